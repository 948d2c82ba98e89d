"""The comparison: one row per organisation and year, one column per fact.

Documents line up under their organisation (matched on :func:`org_key`) and
their year (``report_year``, else the year of ``published``), so that an
organisation's equality report and transparency report for 2025 share a row.
Column order is fixed: :data:`IDENTITY_COLUMNS`, then the contract's facts in
contract order (:data:`~extractor.dataset.tables.CONTRACT_FACTS`), then any
other facts alphabetically, then the legal checklist's coverage over the row's
reports (:mod:`extractor.dataset.checklist`). Also here: matching organisation names for
``extractor compare`` and the side-by-side terminal table.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

from rapidfuzz import fuzz, process
from rich.table import Table as RichTable

from extractor.dataset.checklist import COVERAGE_COLUMNS, coverage
from extractor.dataset.tables import (
    CONTRACT_FACTS, Column, TableData, content_records, coerce, evidence_page, org_name, to_number, unit_for,
)

IDENTITY_COLUMNS = (
    Column("id", "text", "Row key: <organisation key>|<year>"),
    Column("organisation", "text", "Organisation name, its most common spelling in the documents"),
    Column("year", "int", "report_year, or the year of published for documents without one"),
    Column("year_source", "text", "report_year and/or published"),
    Column("doc_types", "text", "Document types in this row, comma-separated"),
    Column("doc_ids", "text", "Documents in this row, comma-separated"),
)
DEFAULT_MIN_SCORE = 80
_STATUSES = ("completed", "in_progress", "not_started")
_CONTRACT_TYPES = {name: type_ for name, type_, _ in CONTRACT_FACTS}


@dataclass
class Comparison:
    table: TableData
    pages: list[dict[str, int | None]]  # per row: fact column → source page
    fact_columns: list[str]
    lineup: dict[str, tuple[str, int | None]]  # doc_id → (row id, year)
    warnings: list[str] = field(default_factory=list)


def org_key(name: str | None) -> str | None:
    """Matching key for an organisation name: case-folded, punctuation and
    extra whitespace dropped (``Norsk Helsenett SF.`` → ``norsk helsenett sf``)."""
    key = re.sub(r"[\W_]+", " ", name.casefold()).strip() if name else ""
    return key or None


def comparison_year(record: dict[str, Any]) -> tuple[int | None, str | None]:
    """The year a document lines up under and where it came from."""
    year = record.get("report_year")
    if isinstance(year, int) and not isinstance(year, bool):
        return year, "report_year"
    published = record.get("published")
    m = re.match(r"(\d{4})", published) if isinstance(published, str) else None
    return (int(m.group(1)), "published") if m else (None, None)


def infer_type(values: Iterable[Any]) -> str:
    """The narrowest logical type holding every non-null value."""
    seen = [v for v in values if v is not None]
    if seen and all(isinstance(v, bool) for v in seen):
        return "bool"
    if seen and all(isinstance(v, int) and not isinstance(v, bool) for v in seen):
        return "int"
    if seen and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in seen):
        return "real"
    return "text"


def scalar_facts(record: dict[str, Any]) -> dict[str, tuple[Any, int | None]]:
    """Comparable facts of one document: fact → (value, page). Scalars as
    they are; ``cases`` and ``measures`` (or ``status_counts``) as counts."""
    facts = record.get("facts") or {}
    out = {k: (v, evidence_page(record, k)) for k, v in facts.items()
           if v is not None and isinstance(v, (str, int, float, bool))}
    if isinstance(facts.get("cases"), list):
        out["cases_total"] = (len(facts["cases"]), evidence_page(record, "cases"))
    measures = [m for m in facts.get("measures") or [] if isinstance(m, dict)]
    counts = {s: sum(1 for m in measures if m.get("status") == s) for s in _STATUSES}
    total, source = len(measures), "measures"
    if not measures and isinstance(facts.get("status_counts"), dict):
        areas = [a for a in facts["status_counts"].values() if isinstance(a, dict)]
        counts = {s: sum(int(to_number(a.get(s)) or 0) for a in areas) for s in _STATUSES}
        total, source = sum(counts.values()), "status_counts"
    if total:
        page = evidence_page(record, source)
        out["measures_total"] = (total, page)
        out.update({f"measures_{s}": (n, page) for s, n in counts.items()})
    return out


def fact_columns(found: Iterable[str]) -> list[str]:
    """Contract facts in catalogue order, then the rest alphabetically."""
    found = set(found)
    names = [name for name, _, _ in CONTRACT_FACTS]
    reserved = {c.name for c in IDENTITY_COLUMNS} | {c.name for c in COVERAGE_COLUMNS}
    return names + sorted(found - set(names) - reserved)


def _contract_type(name: str) -> str | None:
    return _CONTRACT_TYPES.get(name)


def display_name(docs: list[dict[str, Any]]) -> str | None:
    """The most common spelling of the organisation in its documents (ties:
    not all capitals, then alphabetical)."""
    names = [n for n in map(org_name, docs) if n]
    return min(names, key=lambda n: (-names.count(n), n.isupper(), n)) if names else None


def comparison_table(records: list[dict[str, Any]]) -> Comparison:
    """Line the documents up: one row per organisation and year."""
    groups: dict[str, list[dict[str, Any]]] = {}
    lineup: dict[str, tuple[str, int | None]] = {}
    for r in sorted(content_records(records), key=lambda r: r["doc_id"]):
        year, _ = comparison_year(r)
        row_id = f"{org_key(org_name(r)) or '(' + r['doc_id'] + ')'}|{'' if year is None else year}"
        groups.setdefault(row_id, []).append(r)
        lineup[r["doc_id"]] = (row_id, year)
    per_doc = {r["doc_id"]: scalar_facts(r) for docs in groups.values() for r in docs}
    names = fact_columns(k for facts in per_doc.values() for k in facts)
    types = {n: _contract_type(n) or infer_type(f[n][0] for f in per_doc.values() if n in f) for n in names}
    warnings: list[str] = []
    rows, pages = [], []
    order = sorted(groups, key=lambda k: (k.rsplit("|", 1)[0], k.rsplit("|", 1)[1] == "", k.rsplit("|", 1)[1]))
    for row_id in order:
        docs = groups[row_id]
        year, _ = comparison_year(docs[0])
        sources = sorted({comparison_year(d)[1] or "" for d in docs} - {""})
        values: list[Any] = []
        row_pages: dict[str, int | None] = {}
        for name in names:
            value, page, winner = None, None, None
            for d in docs:
                if name not in per_doc[d["doc_id"]]:
                    continue
                raw, raw_page = per_doc[d["doc_id"]][name]
                cell = coerce(raw, types[name])
                if cell is None:
                    warnings.append(f"{d['doc_id']}: fact {name}={raw!r} is not {types[name]}; left empty")
                elif winner is None:
                    value, page, winner = cell, raw_page, d["doc_id"]
                elif cell != value:
                    warnings.append(f"{row_id}: {name} is {value!r} in {winner} but {cell!r} in {d['doc_id']}; "
                                    f"kept {winner}")
            values.append(value)
            row_pages[name] = page
        values.extend(coverage(docs))
        rows.append((row_id, display_name(docs), year, ",".join(sources) or None,
                     ",".join(sorted({d.get("doc_type") or "other" for d in docs})),
                     ",".join(d["doc_id"] for d in docs), *values))
        pages.append(row_pages)
    columns = list(IDENTITY_COLUMNS) + [Column(n, types[n], _describe(n)) for n in names] + list(COVERAGE_COLUMNS)
    table = TableData("comparison", "One row per organisation and year, one column per fact", columns, rows,
                      primary_key=("id",), indexes=(("organisation",), ("year",)))
    return Comparison(table, pages, names, lineup, warnings)


def _describe(name: str) -> str:
    unit = unit_for(name, 0)
    origin = "contract fact" if _contract_type(name) else "extra fact"
    return f"{origin}{f', unit {unit}' if unit else ''}"


# --------------------------------------------------------------------------- extractor compare

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ð": "d", "þ": "th", "œ": "oe", "ł": "l", "đ": "d"})
MIN_CONTAINED = 3  # a folded query this long or longer finds the names that contain it


def fold(name: str, *, spaces: bool = False) -> str:
    """Accent- and space-insensitive key for finding an organisation by name:
    case-folded, æ→ae, ø→o, å→a, other diacritics dropped, and spaces,
    hyphens and punctuation removed (``Sølv-tind Havbruk`` → ``solvtindhavbruk``);
    with ``spaces`` they become single spaces instead (for fuzzy scoring)."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_FOLD)
    return re.sub(r"[\W_]+", " ", text).strip() if spaces else re.sub(r"[\W_]+", "", text)


def match_organisations(queries: Iterable[str], names: Iterable[str], *,
                        min_score: int = DEFAULT_MIN_SCORE) -> tuple[list[str], list[str]]:
    """Organisation names matching the queries, and the queries that matched
    nothing. Matching ignores case, accents, spaces and hyphens (:func:`fold`):
    the same folded name first; else every name containing the query (at
    least :data:`MIN_CONTAINED` letters); else the best rapidfuzz WRatio ≥
    ``min_score``, ties kept (a shorter query matches only exactly)."""
    by_key: dict[str, str] = {}
    for name in names:
        if name and fold(name):
            by_key.setdefault(fold(name), name)
    spaced = {fold(name, spaces=True): key for key, name in by_key.items()}
    chosen: list[str] = []
    missing: list[str] = []
    for q in queries:
        qk = fold(q)
        if qk in by_key:
            hits = [by_key[qk]]
        elif len(qk) >= MIN_CONTAINED and any(qk in k for k in by_key):
            hits = [name for k, name in sorted(by_key.items()) if qk in k]
        elif len(qk) < MIN_CONTAINED:  # "as", "sf": a legal form, not a name
            hits = []
        else:
            scored = process.extract(fold(q, spaces=True), list(spaced), scorer=fuzz.WRatio,
                                     score_cutoff=min_score, limit=None)
            best = max((s for _, s, _ in scored), default=None)
            hits = [by_key[spaced[k]] for k, s, _ in scored if s == best]
        if not hits:
            missing.append(q)
        chosen.extend(h for h in hits if h not in chosen)
    return chosen, missing


def select_rows(table: TableData, organisations: list[str], years: Iterable[int] = ()) -> list[dict[str, Any]]:
    """Comparison rows of the organisations (in that order), each by year."""
    years = set(years)
    rows = table.dicts()
    out = []
    for name in organisations:
        mine = [r for r in rows if org_key(r["organisation"]) == org_key(name) and (not years or r["year"] in years)]
        out.extend(sorted(mine, key=lambda r: (r["year"] is None, r["year"] or 0)))
    return out


def absent_years(table: TableData, organisations: list[str], years: Iterable[int]) -> list[tuple[str, int]]:
    """(organisation, year) for each asked year an organisation has no row for."""
    have = {(org_key(r["organisation"]), r["year"]) for r in table.dicts()}
    return [(name, y) for name in organisations for y in sorted(set(years)) if (org_key(name), y) not in have]


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return format(value, "f").rstrip("0").rstrip(".") if abs(value) < 1e15 else repr(value)
    return str(value)


def fact_rows(table: TableData, rows: list[dict[str, Any]], *,
              all_facts: bool = False) -> list[tuple[str, str | None, list[Any]]]:
    """(column, unit, a value per row) for each fact shown side by side."""
    types = {c.name: c.type for c in table.columns}
    out = []
    for col in table.columns:
        if col.name in ("id", "organisation", "year"):
            continue
        cells = [r.get(col.name) for r in rows]
        if types[col.name] == "bool":
            cells = [None if v is None else bool(v) for v in cells]
        if not all_facts and all(v is None or v == "" for v in cells):
            continue
        unit = unit_for(col.name, 0) if col.type in ("int", "real") else None
        out.append((col.name, unit if unit != "count" else None, cells))
    return out


NO_ROW = "(no document)"


def side_by_side(table: TableData, rows: list[dict[str, Any]], *, all_facts: bool = False,
                 absent: list[tuple[str, int]] = ()) -> RichTable:
    """Facts as rows, organisations (and year) as columns; an ``absent``
    organisation and year gets a column saying it has no document."""
    out = RichTable(title="extractor: comparison", show_lines=False)
    out.add_column("fact", style="bold", no_wrap=True)
    for r in rows:
        out.add_column(f"{r['organisation'] or r['id']}\n{r['year'] if r['year'] is not None else ''}",
                       justify="right", overflow="fold")
    for name, year in absent:
        out.add_column(f"{name}\n{year}", justify="right", overflow="fold", style="dim")
    for name, unit, cells in fact_rows(table, rows, all_facts=all_facts):
        out.add_row(f"{name} ({unit})" if unit else name, *map(format_value, cells), *[NO_ROW] * len(absent))
    if absent:
        out.caption = "no document for " + "; ".join(f"{n} in {y}" for n, y in absent)
    return out
