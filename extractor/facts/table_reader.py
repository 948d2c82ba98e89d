"""Tables read by their headers, for any genre.

A table is a grid of cell texts (:class:`~extractor.model.Table`, ruled or
not). This module says what each data cell is about from its column header
(the header rows joined, spanning cells repeated: ``2024`` over ``K | M``
gives ``2024 K`` and ``2024 M``), its row label and its own text, using
header vocabularies kept as data (the ``vocab`` tables of a rules file):

* gender: ``K``/``M``, ``Kv.``, ``Kvinner``/``Menn``, ``Women``/``Men``, in
  the header, the row label (genders as rows) or the cell ("37 % kvinner");
* year: a year in the header or the row label; only the report year's cells
  are read (the latest year when the report year is not among them);
* organisation: when several organisations stand as columns, only the
  author's column is read;
* unit: ``(%)``, ``andel``, ``uker``, ``kr``, ``timer`` in the header or the label;
* total: a ``Sum``/``Totalt`` row or column, read with its header.

:func:`read_cells` returns one :class:`CellRead` per data cell; what a cell
means for a genre (which fact) is the genre module's business.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

from rapidfuzz import fuzz

from extractor import rules
from extractor.facts.common import (
    NUMBER, PERCENT, as_int_or_float, column_headers, fold, header_labels, to_number,
)
from extractor.model import Table

_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_DIGIT = re.compile(r"\d")
# What is left of "per 31.12.2024" / "ved utgangen av 2024" once the year is gone.
_DATE_REST = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.?|\s+(?:per|pr\.?|ved utgangen av|ved|as at|as of|at the end of|"
                        r"end of|i|in)\s*$", re.IGNORECASE)
_YEAR_WORD = re.compile(r"år|året|year|fy|per|pr\.?|ved utgangen av|end of|at", re.IGNORECASE)
_TOKEN = re.compile(r"[\wæøåÆØÅ.%()]+")
ORG_MATCH = 85.0  # rapidfuzz partial ratio for a column header to name the author


@dataclass(frozen=True)
class Vocab:
    """Compiled header vocabularies: a pattern per word class, and measure patterns by name."""

    classes: dict[str, re.Pattern[str]]
    measures: dict[str, re.Pattern[str]]
    attributes: dict[str, re.Pattern[str]] = field(default_factory=dict)  # staff attributes (average age...)

    def has(self, name: str, text: str) -> bool:
        p = self.classes.get(name)
        return bool(p and p.search(text.strip()))


@lru_cache(maxsize=None)
def vocab(ruleset: str = "equality") -> Vocab:
    """The ``vocab`` tables of a rules file, compiled (case-insensitive)."""
    data: dict[str, Any] = rules.load(ruleset).data.get("vocab", {})
    classes = {k: re.compile(v["pattern"], re.I) for k, v in data.items() if isinstance(v, dict) and "pattern" in v}
    measures = {k: re.compile(v, re.I) for k, v in data.get("measures", {}).items()}
    attributes = {k: re.compile(v, re.I) for k, v in data.get("attributes", {}).items()}
    return Vocab(classes, measures, attributes)


@dataclass(frozen=True)
class CellRead:
    """One data cell and what its header, row label and text say about it."""

    row: int
    col: int
    label: str  # the row label as printed ("" when the row has none)
    header: str  # the column header, header rows joined
    gender: str | None  # "women" / "men"
    total: bool  # a Sum/Totalt row or column
    unit: str | None  # "%", "weeks", "kr", "hours", "count"
    pct: float | None  # a value printed with % (or under a % header)
    number: int | float | None  # the first plain number of the cell
    text: str
    corner: str = ""  # the label column's header: it often names the whole table ("Månedslønn (kr)")
    author_col: bool = False  # the column is the author's among several organisations


def gender_of(text: str, v: Vocab) -> str | None:
    """"women"/"men" when ``text`` names one gender, as a header word ("2024 K") or in words ("37 % kvinner")."""
    t = text.strip()
    if not t:
        return None
    found = set()
    for tok in _TOKEN.findall(t):
        if _DIGIT.search(tok):
            continue
        if v.has("women", tok):
            found.add("women")
        elif v.has("men", tok):
            found.add("men")
    if not found:
        low = fold(t)
        if re.search(r"\bkvinne(?:r|lige?|lege)?\b|\bkvinnar\b|\bwomen\b|\bfemale\b", low):
            found.add("women")
        if re.search(r"\b(?:menn|mann|mannlige?|mannlege|male)\b", low):
            found.add("men")
    return found.pop() if len(found) == 1 else None


def unit_of(text: str, v: Vocab) -> str | None:
    if v.has("weeks", text):
        return "weeks"
    if v.has("percent", text):
        return "%"
    if re.search(r"\bkr\b|kroner|\bnok\b", text, re.I):
        return "kr"
    if v.has("hours", text):
        return "hours"
    if v.has("count", text):
        return "count"
    return None


def _year(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def chosen_year(years: set[int], report_year: int | None) -> int | None:
    """The report year when it is among ``years``, else the latest; 0 (read none) when every year is
    earlier than the report year (an earlier year's figures are not the report's)."""
    if not years:
        return None
    if report_year in years:
        return report_year
    return 0 if report_year and max(years) < report_year else max(years)


def select_columns(headers: list[str], report_year: int | None, author: str | None, v: Vocab) -> set[int]:
    """Columns to read: the chosen year's (when headers carry years) and the author's (when organisations
    stand as columns)."""
    return _select(headers, report_year, author, v)[0]


def _select(headers: list[str], report_year: int | None, author: str | None, v: Vocab) -> tuple[set[int], set[int]]:
    """(columns to read, the author's columns among organisation columns)."""
    n = len(headers) or 64
    cols = set(range(n))
    years = {j: y for j, h in enumerate(headers) if (y := _year(h)) is not None}
    year = chosen_year(set(years.values()), report_year)
    if year is not None:
        cols = {j for j in cols if years.get(j, year) == year}
    if author and headers:
        named = [j for j in cols if j > 0 and headers[j] and not _DIGIT.search(headers[j])
                 and not gender_of(headers[j], v) and not unit_of(headers[j], v) and not v.has("total", headers[j])]
        mine = [j for j in named if fuzz.partial_ratio(fold(author), fold(headers[j])) >= ORG_MATCH]
        if len(named) >= 2 and mine:
            cols -= set(named) - set(mine)
            return cols, set(mine)
    return cols, set()


# A base or scale written in a header ("(menn = 100)", "(1000 kr)"): no figure of its own.
_BASE = re.compile(r"\(?\b(?:menn|men|m)\s*=\s*100\)?|\(?\b(?:i |in )?1[ .,]?000 (?:kr|kroner|nok)\)?", re.IGNORECASE)
_HEADER_CELL = re.compile(r"^(?:[^\d\s]+\s+)?(?:19|20)\d\d\*?(?:\s+[^\d\s]{1,12})?$")


def _header_cell(cell: str, v: Vocab | None = None) -> bool:
    """A header cell with a year: "2024", "2024 K", "År 2023", or words around a year and no other
    figure ("Endring kvinner fra 2023", "Kvinneandel 2024"), or an age group ("Under 30", "50+")."""
    c = _BASE.sub("", cell).strip()
    return not _DIGIT.search(c) or bool(_HEADER_CELL.match(c)) or (v or vocab()).has("age", c) or (
        len(re.findall(r"[a-zæøå]{3,}", c, re.IGNORECASE)) >= 2 and not _DIGIT.search(_YEAR.sub("", c)))


def table_headers(rows: tuple[tuple[str, ...], ...], v: Vocab | None = None) -> tuple[int, list[str]]:
    """(number of header rows, a label per column): the leading rows whose cells hold no figures other
    than years ("2024", "2024 K", "År 2023") and age groups; spanning cells of an upper row cover the empty cells to
    their right ("2024 | | 2023 |" over "K | M | K | M")."""
    n = 0
    while n < len(rows) and not any(_DIGIT.search(c) and not _header_cell(c, v) for c in rows[n][1:]):
        n += 1
    if n == len(rows):
        return 0, []
    if n == 0:
        return column_headers(rows)
    return n, header_labels(rows, n)


def carry_headers(tables: list[Table]) -> list[Table]:
    """A table that continues on the next page without repeating its header gets the header of the
    table it continues (same number of columns, headerless)."""
    out: list[Table] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and t.rows and t.page == prev.page + 1 and table_headers(t.rows)[0] == 0 \
                and len(t.rows[0]) == len(prev.rows[0]) and (n := table_headers(prev.rows)[0]) > 0:
            lines = (prev.lines[:n] + t.lines) if len(t.lines) == len(t.rows) and len(prev.lines) >= n else ()
            t = Table(t.page, t.bbox, prev.rows[:n] + t.rows, lines)
        out.append(t)
    return out


_DOT_DECIMAL = re.compile(r"\d\.\d{1,2}(?!\d)")
_COMMA_DECIMAL = re.compile(r"\d,\d{1,2}(?!\d)")
_COMMA_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def comma_groups(rows: tuple[tuple[str, ...], ...]) -> bool:
    """Does the table write decimals with a point ("18.2") and never with a comma, so that "2,318" is
    two thousand three hundred and eighteen (English tables), not 2.318?"""
    cells = [c for r in rows for c in r[1:]]
    return any(_DOT_DECIMAL.search(c) for c in cells) and not any(_COMMA_DECIMAL.search(c) for c in cells)


def _numbers(cell: str, groups: bool = False) -> list[float]:
    text = _COMMA_GROUP.sub("", cell) if groups else cell
    return [n for m in NUMBER.finditer(PERCENT.sub("", text)) if (n := to_number(m.group(0))) is not None]


def _cell_unit(cell: str, v: Vocab) -> str | None:
    """A unit written in the cell itself ("kr 54 200", "18 uker"); a % sign is read as a share."""
    unit = unit_of(re.sub(r"[\d\s.,%]+", " ", cell), v)
    return unit if unit in ("kr", "weeks") else None


def _label_column(rows: tuple[tuple[str, ...], ...], v: Vocab) -> int:
    """The row-label column: the first, unless it holds only codes ("7001") and the next holds the names."""
    def texts(j: int) -> list[str]:
        return [r[j].strip() for r in rows if j < len(r) and r[j].strip()]

    for j in range(min(2, max((len(r) for r in rows), default=0))):
        cells = texts(j)
        names = sum(1 for c in cells if not re.fullmatch(r"[\d\s.,/-]+", c) or v.has("age", c))
        if cells and names >= 0.5 * len(cells):
            return j
    return 0


def _unit_column(rows: tuple[tuple[str, ...], ...], v: Vocab) -> int | None:
    """A column of units only ("%", "uker", "antall", "kr"): one row per measure with a unit column."""
    width = max((len(r) for r in rows), default=0)
    for j in range(1, width):
        cells = [r[j].strip() for r in rows if j < len(r) and r[j].strip()]
        if len(cells) >= 2 and all(not _DIGIT.search(c) and len(c.split()) <= 2 and unit_of(c, v) for c in cells):
            return j
    return None


_WORD3 = re.compile(r"[A-Za-zÆØÅæøå]{3,}")


def is_label(cell: str, v: Vocab) -> bool:
    """Is a label-column cell a row label? Words ("Ledere"), an age group ("Under 30 år"), or a code with a
    name ("7001 Assistent", "Lønnstrinn 40-50"); not a figure ("12 %", "kr 54 200", "18 uker") nor a year."""
    if not _DIGIT.search(cell) or v.has("age", cell):
        return True
    return bool(_WORD3.search(cell)) and not PERCENT.search(cell) and not _YEAR.search(cell) \
        and unit_of(cell, v) not in ("kr", "weeks", "%", "hours")


def read_cells(table: Table, report_year: int | None = None, author: str | None = None,
               v: Vocab | None = None) -> Iterator[CellRead]:
    """Every data cell of ``table`` of the chosen year and organisation, with gender, unit and total."""
    v = v or vocab()
    n_head, headers = table_headers(table.rows, v)
    cols, authors = _select(headers, report_year, author, v)
    corner = headers[0] if headers else ""
    row_years = {i: y for i, r in enumerate(table.rows[n_head:], start=n_head)
                 if r and (y := _year(r[0])) is not None and len(r[0].split()) <= 4}
    year = chosen_year(set(row_years.values()), report_year)
    unit_col = _unit_column(table.rows[n_head:], v)
    lab = _label_column(table.rows[n_head:], v)
    groups = comma_groups(table.rows[n_head:])
    for i, row in enumerate(table.rows[n_head:], start=n_head):
        if i in row_years and row_years[i] != year:
            continue
        label = row[lab] if lab < len(row) and (i in row_years or is_label(row[lab], v)) else ""
        if i in row_years:  # "2024" (years as rows) has no label; "Ansatte 2024" is "Ansatte" of 2024
            rest = _DATE_REST.sub("", _DATE_REST.sub("", _YEAR.sub("", row[0])).rstrip()).strip(" :–-*,")
            label = rest if lab == 0 and rest and not _DIGIT.search(rest) and not _YEAR_WORD.fullmatch(rest) else ""
        elif not label and lab > 0:
            label = next((c for c in row[:lab] if c and not _DIGIT.search(c)), "")  # a total row's label
        for j, cell in enumerate(row):
            if (j < lab) or (j == lab and (label or i in row_years)) or not _DIGIT.search(cell) \
                    or (headers and j not in cols):
                continue
            header = headers[j] if j < len(headers) else ""
            row_unit = unit_of(row[unit_col], v) if unit_col is not None and unit_col < len(row) else None
            unit = row_unit or unit_of(header, v) or unit_of(label, v) or unit_of(corner, v) or _cell_unit(cell, v)
            pct = PERCENT.search(cell)
            numbers = _numbers(cell, groups)
            pct_value = to_number(pct.group("n")) if pct else (numbers[0] if unit == "%" and numbers else None)
            yield CellRead(
                row=i, col=j, label=label, header=header,
                gender=gender_of(header, v) or gender_of(label, v) or gender_of(cell, v) or gender_of(corner, v),
                total=v.has("total", label) or v.has("total", header),
                unit="%" if pct else unit,
                pct=pct_value,
                number=as_int_or_float(numbers[0]) if numbers and not (unit == "%" and not pct) else None,
                text=cell,
                corner=corner,
                author_col=j in authors,
            )
