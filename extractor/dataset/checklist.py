"""The ``checklist`` table (one row per evidence sentence, or one per absent item) and
checklist coverage per organisation and year for the comparison.

Pure functions of the per-document records (``checklist`` key, docs/checklist.md).
"""
from __future__ import annotations

from typing import Any, Iterable

from extractor.dataset.tables import Column, TableData, content_records

COVERAGE_COLUMNS = (
    Column("checklist_coverage", "real", "Legal checklist: items present / items asked (0-1) over this row's reports"),
    Column("checklist_items_asked", "int", "Legal checklist: items asked of this row's transparency and equality reports"),
)


def entries(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The checklist entries of a record ([] when it has none)."""
    return [e for e in record.get("checklist") or [] if isinstance(e, dict) and e.get("item")]


def checklist_table(records: list[dict[str, Any]]) -> TableData:
    cols = [
        Column("doc_id", "text", "Document"),
        Column("part", "int", "0 for the whole document, else the 1-based index of the part in `parts`"),
        Column("doc_type", "text", "transparency_report or equality_report (of the document or part)"),
        Column("item", "text", "Checklist item (docs/checklist.md)"),
        Column("status", "text", "present or absent"),
        Column("seq", "int", "Evidence number within the item (1-based; 1 for an absent item)"),
        Column("page", "int", "Page of the evidence sentence"),
        Column("sentence", "text", "Evidence sentence (null for an absent item)"),
        Column("source", "text", "What found it: rule:<id>, table_row, facts:<names> or model:<probability>"),
    ]
    rows = []
    for r in content_records(records):
        for e in entries(r):
            part = e["part"] + 1 if isinstance(e.get("part"), int) else 0
            doc_type = e.get("doc_type") or r.get("doc_type")
            evidence = [ev for ev in e.get("evidence") or [] if isinstance(ev, dict)]
            if not evidence:
                rows.append((r["doc_id"], part, doc_type, e["item"], e.get("status"), 1, None, None, None))
            for k, ev in enumerate(evidence, start=1):
                rows.append((r["doc_id"], part, doc_type, e["item"], e.get("status"), k, ev.get("page"),
                             ev.get("sentence"), ev.get("source")))
    return TableData("checklist", "Legal checklist of transparency and equality reports, with evidence", cols, rows,
                     primary_key=("doc_id", "part", "item", "seq"), foreign_keys=(("doc_id", "documents", "doc_id"),),
                     indexes=(("doc_id",), ("item",), ("status",)))


def coverage(docs: Iterable[dict[str, Any]]) -> tuple[float | None, int | None]:
    """(items present / items asked, items asked) over documents; (None, None) when none is asked."""
    statuses = [e.get("status") for d in docs for e in entries(d)]
    if not statuses:
        return None, None
    return round(sum(s == "present" for s in statuses) / len(statuses), 3), len(statuses)


def item_statuses(docs: Iterable[dict[str, Any]]) -> dict[str, str]:
    """item → status over documents (present wins when two parts ask the same item)."""
    out: dict[str, str] = {}
    for d in docs:
        for e in entries(d):
            if out.get(e["item"]) != "present":
                out[e["item"]] = e.get("status") or "absent"
    return out
