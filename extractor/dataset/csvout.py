"""The dataset as CSV: one ``<table>.csv`` per table.

UTF-8 with a byte-order mark (so that Excel reads æ, ø, å right when the
file is double-clicked), comma-separated, ``\\r\\n`` line ends (RFC 4180),
a header row, empty cells for nulls, booleans as ``true``/``false``, numbers
with a decimal point. Each file is written atomically.

Text from the PDFs is untrusted: a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return would open as a formula in a
spreadsheet program, so it gets a leading ``'`` (as OWASP recommends for CSV
injection). Numbers, and text that is just a number ("-12", "+3.5"), are
written as they are.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any, Iterable

from extractor.export.atomic import atomic_write_text
from extractor.dataset.tables import TableData

ENCODING = "utf-8-sig"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def neutralise(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    if text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    return neutralise(str(value))


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
