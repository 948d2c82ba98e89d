"""The dataset as an Excel workbook (openpyxl).

The comparison sheet comes first; then one sheet per table. Every sheet has
a bold, frozen header row and an autofilter; numbers are number cells and
flags boolean cells, never text; ISO dates in date columns (``published``,
``meeting_date``, ``due``, any ``*_date``) are date cells shown as
yyyy-mm-dd, so that a spreadsheet sorts and filters them as dates (partial
dates such as ``2025-06`` stay text). In the comparison sheet every fact column
is followed by ``<fact>_page``: the page the figure was read from
(``facts_evidence``), empty when unknown.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Iterable

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from extractor import catalogue
from extractor.dataset.compare import IDENTITY_COLUMNS
from extractor.export.atomic import atomic_path
from extractor.dataset.tables import TableData

EXCEL_MAX_CELL = 32767  # characters in one cell
MAX_WIDTH = 60
_IDENTITY = frozenset(c.name for c in IDENTITY_COLUMNS)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_PAGE_FONT = Font(color="808080")
DATE_COLUMNS = frozenset({"published", "meeting_date", "due", "date"})
DATE_FORMAT = "yyyy-mm-dd"
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def is_date_column(name: str) -> bool:
    """Columns whose ISO dates become date cells: the fixed names, ``*_date``,
    and facts the catalogue types as ``date``."""
    if name in DATE_COLUMNS or name.endswith("_date"):
        return True
    spec = catalogue.fact(name)
    return spec is not None and spec.type == "date"


def date_value(value: Any) -> Any:
    """An ISO ``YYYY-MM-DD`` string as a date; anything else unchanged."""
    if isinstance(value, str):
        m = _ISO_DATE.fullmatch(value.strip())
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return value
    return value


def cell_value(value: Any) -> Any:
    """A value openpyxl stores as what it is: numbers, booleans, clean text."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > EXCEL_MAX_CELL:
            value = value[: EXCEL_MAX_CELL - 1] + "…"
    return value


def comparison_with_pages(table: TableData,
                          pages: list[dict[str, int | None]] | None) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the comparison sheet: each fact followed by ``<fact>_page``."""
    names = table.column_names
    header: list[str] = []
    for name in names:
        header.append(name)
        if name not in _IDENTITY:
            header.append(f"{name}_page")
    rows = []
    for i, row in enumerate(table.rows):
        row_pages = pages[i] if pages and i < len(pages) else {}
        out: list[Any] = []
        for name, value in zip(names, row):
            out.append(value)
            if name not in _IDENTITY:
                out.append(row_pages.get(name))
        rows.append(out)
    return header, rows


def _fill_sheet(ws: Any, header: list[str], rows: Iterable[Iterable[Any]]) -> None:
    ws.append(header)
    for cell in ws[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    widths = [len(h) for h in header]
    dates = {c for c, name in enumerate(header, start=1) if is_date_column(name)}
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            if c in dates:
                value = date_value(value)
            cell = ws.cell(row=r, column=c, value=cell_value(value))
            if isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
                widths[c - 1] = max(widths[c - 1], 10)
            elif isinstance(value, str):
                cell.data_type = "s"  # text starting with "=" stays text, never a formula
                if r < 200:
                    widths[c - 1] = max(widths[c - 1], min(len(value), MAX_WIDTH))
            elif value is not None and r < 200:
                widths[c - 1] = max(widths[c - 1], len(str(value)))
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(width + 2, MAX_WIDTH)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def write_xlsx(tables: Iterable[TableData], path: Path, *,
               comparison_pages: list[dict[str, int | None]] | None = None) -> Path:
    """Write the workbook atomically; sheets in the order of ``tables``, the
    comparison sheet (if any) moved first."""
    path = Path(path)
    tables = sorted(tables, key=lambda t: t.name != "comparison")  # stable: keeps the rest in order
    wb = Workbook()
    wb.remove(wb.active)
    for table in tables:
        ws = wb.create_sheet(table.name[:31])
        if table.name == "comparison":
            header, rows = comparison_with_pages(table, comparison_pages)
            _fill_sheet(ws, header, rows)
            for c, name in enumerate(header, start=1):
                if name.endswith("_page") and name[: -len("_page")] in header:
                    for cell in ws[get_column_letter(c)][1:]:
                        cell.font = _PAGE_FONT
        else:
            _fill_sheet(ws, table.column_names, table.rows)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path
