"""The tables the parser found in every document, one row per cell (the ``tables`` table)."""
from __future__ import annotations

from typing import Any

from extractor.dataset.tables import Column, TableData, coerce, content_records


def parsed_tables_table(records: list[dict[str, Any]]) -> TableData:
    """Every cell of every parsed table: document, page, table number, row, column, text."""
    cols = [Column("doc_id"), Column("table_no", "int", "Table number within the document (1-based, page order)"),
            Column("page", "int", "Page the table is on"), Column("row", "int", "Row (1-based; row 1 is usually the header)"),
            Column("col", "int", "Column (1-based)"), Column("text", "text", "The cell's text")]
    rows = []
    for r in content_records(records):
        for t, table in enumerate(r.get("tables") or [], start=1):
            for i, row in enumerate(table.get("rows") or [], start=1):
                for j, cell in enumerate(row, start=1):
                    rows.append((r["doc_id"], t, coerce(table.get("page"), "int"), i, j, cell))
    return TableData("tables", "Every cell of the tables found in the documents", cols, rows,
                     primary_key=("doc_id", "table_no", "row", "col"),
                     foreign_keys=(("doc_id", "documents", "doc_id"),), indexes=(("doc_id",),))
