"""Document facts: what each kind of report exists to tell, with evidence.

:func:`extract_facts` dispatches on the document type to one module per kind
(:mod:`~extractor.facts.equality`, :mod:`~extractor.facts.transparency`,
:mod:`~extractor.facts.council`, :mod:`~extractor.facts.action_plan`). Each
returns :class:`Facts`: a flat ``facts`` dict under the contract's names (lists
for council cases and minutes, action-plan measures and status counts),
``evidence`` per key (page, bbox and the sentence or table row) and
``warnings``. Contract keys a document does not state are None.
"""
from __future__ import annotations

from typing import Any, Callable

from extractor.facts import action_plan, council, equality, transparency
from extractor.facts.common import Fact, Facts
from extractor.model import DocInfo, Table

__all__ = ["EXTRACTORS", "Fact", "Facts", "extract_facts"]

Extractor = Callable[[Any, list[Table], DocInfo], Facts]

EXTRACTORS: dict[str, Extractor] = {
    "equality_report": equality.extract,
    "transparency_report": transparency.extract,
    "council_papers": council.extract,
    "action_plan": action_plan.extract,
}


def extract_facts(doc_type: str, seg: Any, tables: list[Table], info: DocInfo) -> Facts:
    """Facts of one document of type ``doc_type`` (an empty :class:`Facts` for ``other``).

    ``seg`` is the :class:`~extractor.segment.Segmentation` of the document and
    ``tables`` its tables in page order. Never raises on odd input: a failing
    extractor leaves a warning instead.
    """
    extractor = EXTRACTORS.get(doc_type)
    if extractor is None:
        return Facts()
    try:
        return extractor(seg, list(tables), info)
    except Exception as exc:  # a rule tripping on an unforeseen layout must not lose the document
        return Facts(warnings=[f"facts ({doc_type}): {type(exc).__name__}: {exc}"])
