"""Each supplier once in the supplier mentions of one part of a document.

* A category-only mention in a sentence that names the firm with that category
  ("Leverandørane av frakt er Bring og PostNord") is that firm, not another supplier.
* A category that covers everything bought ("leverandører av varer og tjenester",
  "suppliers of goods and services") names no supplier; the list is data
  (``generic_categories`` in ``extractor/data/lexicon/supplier_cues.toml``).
* A narrower category met later ("leverandører av uniformer" after "leverandørene av
  uniformer og verneutstyr") is the same suppliers again and takes the wider category.

Works on any frozen dataclass with ``start``, ``end``, ``name`` and ``category``
(:class:`extractor.extract.suppliers.SupplierMatch`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any, TypeVar

from extractor import lexicon

__all__ = ["each_once"]

M = TypeVar("M", bound=Any)
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(lexicon.load("supplier_cues")["generic_categories"])


def each_once(found: list[M], sentence: Callable[[int, int], str]) -> list[M]:
    """``found`` without repeated or all-covering category-only mentions; ``sentence(start, end)``
    gives the sentence around a span."""
    named = {(sentence(m.start, m.end), m.category.lower()) for m in found if m.name and m.category}
    kept = [m for m in found if m.name or not m.category
            or ((sentence(m.start, m.end), m.category.lower()) not in named
                and m.category.lower().strip(" .,") not in _generic())]
    out: list[M] = []
    for m in kept:
        words = set(_WORD.findall((m.category or "").lower()))
        wider = next((o.category for o in out if not m.name and not o.name and o.category and words
                      and words < set(_WORD.findall(o.category.lower()))), None)
        out.append(replace(m, category=wider) if wider else m)
    return out
