"""Purchase categories listed as the rows of a table: a supplier named by what it supplies.

Transparency reports often assess risk per purchase category in a table
(``Innkjøpskategori | Risiko``, ``Varegruppe | Risikonivå | Tiltak``,
``Procurement category | Risk level``). Each row's category cell ("Arbeidsklær og
verneutstyr", "Cleaning services") is then one supplier, named by its category.

A table is read from the text as lines of cells joined by `` | `` (how the parser
writes table rows). A header cell names the category column on its own
(``category_headers``) or only beside a column whose header speaks of risk
(``generic_headers`` + ``risk_header``); the table ends at the first line that is
not a row. The words are data (``[tables]`` in ``extractor/data/lexicon/supplier_cues.toml``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor import lexicon

__all__ = ["category_rows"]

SEP = " | "
_MAX_WORDS = 8


@dataclass(frozen=True)
class _Tables:
    specific: frozenset[str]
    generic: frozenset[str]
    risk: re.Pattern[str]
    skip: frozenset[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    d = lexicon.load("supplier_cues")["tables"]
    return _Tables(frozenset(d["category_headers"]), frozenset(d["generic_headers"]),
                   re.compile(d["risk_header"]), frozenset(d["not_categories"]))


def _key(cell: str) -> str:
    """A header cell compared by its words: "Innkjøpskategori:" / "Kategori (vare)" → "innkjøpskategori" / "kategori"."""
    return re.sub(r"\s+", " ", re.sub(r"\(.*?\)|[:*]", "", cell)).strip().lower()


def _category_column(cells: list[str], t: _Tables) -> int | None:
    keys = [_key(c) for c in cells]
    for i, k in enumerate(keys):
        if k in t.specific:
            return i
    if any(t.risk.search(c) for c in cells):
        for i, k in enumerate(keys):
            if k in t.generic:
                return i
    return None


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cells of the row ``text[start:end]``, without surrounding blanks."""
    out, pos = [], start
    while True:
        cut = text.find(SEP, pos, end)
        stop = end if cut < 0 else cut
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
        if cut < 0:
            return out
        pos = cut + len(SEP)


def _is_category(cell: str, t: _Tables) -> bool:
    return bool(cell) and cell[0].isalpha() and cell.lower().strip(" .:") not in t.skip \
        and len(cell.split()) <= _MAX_WORDS and not any(ch.isdigit() for ch in cell)


def category_rows(text: str) -> list[tuple[int, int, str]]:
    """(start, end, category) of each category cell of each purchase-category table in ``text``."""
    if SEP not in text:
        return []
    t = _tables()
    out: list[tuple[int, int, str]] = []
    column: int | None = None
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if SEP not in line:
            column = None
            continue
        cells = _cells(text, start, end)
        if column is None:
            column = _category_column([text[a:b] for a, b in cells], t)
            continue
        if column < len(cells):
            a, b = cells[column]
            if _is_category(text[a:b], t):
                out.append((a, b, text[a:b]))
    return out
