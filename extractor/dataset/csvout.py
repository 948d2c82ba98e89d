"""The dataset as CSV: one ``<table>.csv`` per table.

UTF-8 with a byte-order mark (so that Excel reads æ, ø, å right when the
file is double-clicked), comma-separated, ``\\r\\n`` line ends (RFC 4180),
a header row, empty cells for nulls, booleans as ``true``/``false``, numbers
with a decimal point. Each file is written atomically.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Iterable

from extractor.export.atomic import atomic_write_text
from extractor.dataset.tables import TableData

ENCODING = "utf-8-sig"


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def table_csv(table: TableData) -> str:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(table.column_names)
    writer.writerows([cell_text(v) for v in row] for row in table.rows)
    return buf.getvalue()


def write_csv(tables: Iterable[TableData], out_dir: Path) -> list[Path]:
    """Write ``out_dir/<table>.csv`` for every table; returns the paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        path = out_dir / f"{table.name}.csv"
        atomic_write_text(path, table_csv(table), encoding=ENCODING, newline="")
        written.append(path)
    return written
