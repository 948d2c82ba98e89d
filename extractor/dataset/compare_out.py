"""``extractor compare --format csv|json``: the side-by-side comparison for scripts.

CSV: the terminal table's layout (a row per fact, a column per organisation
and year, after ``fact`` and ``unit``), cells as in the dataset's CSV files
(formula-safe). JSON: one object per organisation and year with its facts;
an organisation without a document for an asked year is there with
``"found": false``, never silently left out.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from extractor.dataset.compare import IDENTITY_COLUMNS, NO_ROW, fact_rows
from extractor.dataset.csvout import cell_text
from extractor.dataset.tables import TableData

FORMATS = ("table", "csv", "json")
_IDENTITY = frozenset({c.name for c in IDENTITY_COLUMNS})


def _label(row: dict[str, Any]) -> str:
    year = row.get("year")
    return f"{row.get('organisation') or row.get('id')}{f' ({year})' if year is not None else ''}"


def comparison_csv(table: TableData, rows: list[dict[str, Any]], *, all_facts: bool = False,
                   absent: list[tuple[str, int]] = ()) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    labels = [*map(_label, rows), *(f"{n} ({y})" for n, y in absent)]
    writer.writerow(["fact", "unit", *map(cell_text, labels)])
    for name, unit, cells in fact_rows(table, rows, all_facts=True):
        if name in _IDENTITY or all_facts or any(c is not None and c != "" for c in cells):
            filler = NO_ROW if name == "doc_ids" else ""
            writer.writerow([name, unit or "", *map(cell_text, cells), *[filler] * len(absent)])
    return buf.getvalue()


def comparison_json(table: TableData, rows: list[dict[str, Any]], *, all_facts: bool = False,
                    absent: list[tuple[str, int]] = ()) -> str:
    facts = [f for f in fact_rows(table, rows, all_facts=all_facts) if f[0] not in _IDENTITY]
    units = {name: unit for name, unit, _ in facts if unit}
    out = []
    for i, r in enumerate(rows):
        out.append({"organisation": r.get("organisation"), "year": r.get("year"), "found": True,
                    "doc_ids": [d for d in (r.get("doc_ids") or "").split(",") if d],
                    "doc_types": [d for d in (r.get("doc_types") or "").split(",") if d],
                    "facts": {name: cells[i] for name, _, cells in facts if all_facts or cells[i] is not None}})
    out += [{"organisation": n, "year": y, "found": False, "doc_ids": [], "doc_types": [], "facts": {}}
            for n, y in absent]
    return json.dumps({"units": units, "rows": out}, ensure_ascii=False, indent=2) + "\n"
