"""Per-document records (``<doc_id>.json``) → rows of the dataset's tables.

Pure functions: each ``*_table`` takes the list of records and returns a
:class:`TableData` (columns with logical types, rows as tuples of plain Python
values, keys and indexes). The writers (SQLite, CSV, XLSX) only render these.

Logical column types: ``text``, ``int``, ``real``, ``bool`` (Python bool; 0/1
in SQLite), ``json`` (JSON text). The comparison table is built in
:mod:`extractor.dataset.compare`.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from extractor import catalogue
from extractor.model import is_failure

# BOOLEAN has NUMERIC affinity in SQLite (stored 0/1) and tells readers the column is a flag.
SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "real": "REAL", "bool": "BOOLEAN", "json": "TEXT"}
NUMERIC_TYPES = frozenset({"int", "real"})

# Facts that have a table of their own (not repeated in the long ``facts`` table).
STRUCTURED_FACTS = frozenset({"cases", "measures"})


class DatasetError(Exception):
    """A dataset cannot be built or read (no records, a broken SQLite file...)."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "text"
    description: str = ""

    @property
    def sql_type(self) -> str:
        return SQL_TYPES[self.type]


@dataclass
class TableData:
    name: str
    description: str
    columns: list[Column]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    indexes: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        self.rows = [conform(self.columns, row) for row in self.rows]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def dicts(self) -> list[dict[str, Any]]:
        names = self.column_names
        return [dict(zip(names, row)) for row in self.rows]


# --------------------------------------------------------------------------- fact catalogue

# The contract's facts in catalogue order: (name, logical type, unit), derived
# from extractor/data/catalogue.toml (scalar fixed facts). List-valued contract
# facts appear in the comparison as derived counts (``cases_total``,
# ``measures_*``).
_LOGICAL = {"int": "int", "real": "real", "bool": "bool", "text": "text", "date": "text"}
DERIVED_FACTS: tuple[tuple[str, str, str | None], ...] = (
    ("cases_total", "int", "count"), ("measures_total", "int", "count"), ("measures_completed", "int", "count"),
    ("measures_in_progress", "int", "count"), ("measures_not_started", "int", "count"),
)
CONTRACT_FACTS: tuple[tuple[str, str, str | None], ...] = tuple(
    (f.name, _LOGICAL[f.type], f.unit or None) for f in catalogue.facts(fixed=True) if f.type in _LOGICAL
) + DERIVED_FACTS
CONTRACT_UNITS = {name: unit for name, _, unit in CONTRACT_FACTS}
_UNIT_RULES = (  # (regex on the fact name, unit) for facts outside the contract
    (r"(^|_)(share|rate|percent|pct)(_|$)|^pay_ratio_|^sick_leave_", "%"), (r"(^|_)weeks(_|$)", "weeks"),
    (r"(^|_)days(_|$)", "days"), (r"(^|_)hours(_|$)", "hours"), (r"(^|_)nok(_|$)", "NOK"), (r"_year$", "year"),
)


def unit_for(key: str, value: Any = None) -> str | None:
    """Unit of a fact, from the contract or from its name (``*_share`` → ``%``)."""
    if key in CONTRACT_UNITS:
        return CONTRACT_UNITS[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) and to_number(value) is None:
        return None
    for pattern, unit in _UNIT_RULES:
        if re.search(pattern, key.rsplit(".", 1)[-1]):
            return unit
    return "count" if key.startswith("status_counts.") else None


# --------------------------------------------------------------------------- helpers

def org_name(record: dict[str, Any]) -> str | None:
    org = record.get("organisation")
    name = org.get("name") if isinstance(org, dict) else org
    return name.strip() if isinstance(name, str) and name.strip() else None


def to_number(value: Any) -> int | float | None:
    """A number from a JSON value: numbers as they are (booleans are not);
    text such as ``1 053`` or ``7,38 %`` parsed; anything else ``None``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return value if math.isfinite(value) else None
    if not isinstance(value, str):
        return None
    s = re.sub(r"[\s\u00a0\u202f%]", "", value).replace(",", ".")
    if not re.fullmatch(r"[+-]?\d+(\.\d+)?", s):
        return None
    return float(s) if "." in s else int(s)


_BOOLS = {"true": True, "ja": True, "1": True, "false": False, "nei": False, "0": False}


def coerce(value: Any, type_: str) -> Any:
    """``value`` as a cell of a column of logical type ``type_`` (``None`` if it does not fit)."""
    if value is None:
        return None
    if type_ == "bool":
        return value if isinstance(value, bool) else _BOOLS.get(str(value).strip().casefold())
    if type_ in NUMERIC_TYPES:
        num = to_number(value)
        if num is not None and type_ == "int" and isinstance(num, float) and num.is_integer():
            return int(num)
        return num
    if isinstance(value, bool):
        return "true" if value else "false"
    return dumps(value) if type_ == "json" or isinstance(value, (dict, list)) else str(value)


def conform(columns: list[Column], row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row whose cells fit their columns: text as text, numbers as numbers
    (text that is not a number is kept as text rather than lost)."""
    out = []
    for col, value in zip(columns, row, strict=True):
        if value is None or col.type == "json" and isinstance(value, str):
            out.append(value)
        elif col.type in NUMERIC_TYPES and isinstance(value, str):
            num = coerce(value, col.type)
            out.append(value if num is None else num)
        else:
            out.append(coerce(value, col.type))
    return tuple(out)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def evidence_page(record: dict[str, Any], key: str) -> int | None:
    """The page of ``facts_evidence[key]`` (or of its top-level key), if any."""
    evidence = record.get("facts_evidence") or {}
    for k in (key, key.split(".", 1)[0]):
        ev = evidence.get(k)
        if isinstance(ev, dict) and isinstance(ev.get("page"), int):
            return ev["page"]
    return None


def flatten_facts(facts: dict[str, Any]) -> list[tuple[str, Any]]:
    """``facts`` as (dotted key, value) pairs: nested objects flattened
    (``status_counts.<area>.completed``), lists kept whole; ``cases``,
    ``measures`` and ``minutes.cases`` left to their own tables."""
    out: list[tuple[str, Any]] = []

    def walk(prefix: str, value: Any) -> None:
        if not (isinstance(value, dict) and value):
            out.append((prefix, value))
            return
        for k in sorted(value):
            if not (prefix == "minutes" and k in ("cases", "people")):
                walk(f"{prefix}.{k}", value[k])

    for key in sorted(k for k in facts if k not in STRUCTURED_FACTS):
        walk(key, facts[key])
    return out


# --------------------------------------------------------------------------- tables

def content_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records that contribute content: failed ones (an ``error`` record) contribute none."""
    return [r for r in records if not is_failure(r)]


def documents_table(records: list[dict[str, Any]], lineup: dict[str, tuple[str, int | None]]) -> TableData:
    """``lineup``: doc_id → (comparison row id, year) for documents in the comparison."""
    cols = [
        Column("doc_id", "text", "File name of the PDF without .pdf"),
        Column("status", "text", "ok, partial or error"),
        Column("doc_type", "text", "transparency_report, equality_report, council_papers, action_plan, other"),
        Column("language", "text", "nb, nn, en or other"),
        Column("organisation", "text", "Author organisation as written in the document"),
        Column("organisation_page", "int", "Page the organisation name was read from"),
        Column("report_year", "int", "Year the report covers"),
        Column("published", "text", "Publication date (ISO)"),
        Column("year", "int", "Year used in the comparison: report_year, else the year of published"),
        Column("comparison_id", "text", "Row of the comparison table this document contributes to"),
        Column("source_path", "text", "Path of the PDF when extracted"),
        Column("sha256", "text", "SHA-256 of the PDF"),
        Column("pages", "int", "Number of pages"),
        Column("bytes", "int", "File size in bytes"),
        Column("schema_version", "int", "schema_version of the per-document JSON"),
        Column("n_sections", "int", "Number of sections"),
        Column("n_entities", "int", "Number of entities"),
        Column("n_tables", "int", "Number of tables found in the PDF"),
        Column("warnings", "text", "Extraction warnings, one per line"),
        Column("error_kind", "text", "Error kind for status=error"),
        Column("error_message", "text", "Error message for status=error"),
    ]
    rows = []
    for r in records:
        src = r.get("source") or {}
        org = r.get("organisation") if isinstance(r.get("organisation"), dict) else {}
        err = r.get("error") if isinstance(r.get("error"), dict) else {}
        row_id, year = lineup.get(r["doc_id"], (None, None))
        rows.append((
            r["doc_id"], r.get("status") or ("error" if err else "ok"), r.get("doc_type"), r.get("language"),
            org_name(r), coerce(org.get("page"), "int"), coerce(r.get("report_year"), "int"),
            r.get("published"), year, row_id,
            src.get("path"), src.get("sha256"), coerce(src.get("pages"), "int"), coerce(src.get("bytes"), "int"),
            coerce(r.get("schema_version"), "int"), len(r.get("sections") or []), len(r.get("entities") or []),
            len(r.get("tables") or []), "\n".join(map(str, r.get("warnings") or [])) or None,
            err.get("kind"), err.get("message"),
        ))
    return TableData("documents", "One row per document, error records included", cols, rows,
                     primary_key=("doc_id",), foreign_keys=(("comparison_id", "comparison", "id"),),
                     indexes=(("doc_type",), ("organisation",), ("year",)))


def sections_table(records: list[dict[str, Any]]) -> TableData:
    cols = [Column("doc_id"), Column("section_id", "text", "Section id within the document (s1, s2, ...)"),
            Column("parent", "text", "section_id of the enclosing section"), Column("number", "text", "Heading number"),
            Column("title"), Column("level", "int", "1 = top level"), Column("page_start", "int"),
            Column("page_end", "int"), Column("text", "text", "Body text of the section")]
    rows = [(r["doc_id"], s.get("id"), s.get("parent"), s.get("number"), s.get("title"), coerce(s.get("level"), "int"),
             coerce(s.get("page_start"), "int"), coerce(s.get("page_end"), "int"), s.get("text"))
            for r in content_records(records) for s in r.get("sections") or [] if s.get("id")]
    return TableData("sections", "Section tree of every document", cols, rows, primary_key=("doc_id", "section_id"),
                     foreign_keys=(("doc_id", "documents", "doc_id"),), indexes=(("doc_id",),))


def entities_table(records: list[dict[str, Any]]) -> TableData:
    cols = [Column("doc_id"), Column("seq", "int", "Position in the document's entity list (1-based)"),
            Column("type", "text", "percentage, deadline, organisation, supplier, risk_sector, risk_issue, ..."),
            Column("text", "text", "The entity as written"), Column("value", "text", "Value (code or number) as text"),
            Column("value_num", "real", "Value when it is a number"), Column("page", "int"),
            Column("x0", "real"), Column("top", "real"), Column("x1", "real"), Column("bottom", "real"),
            Column("section_id"), Column("sentence"), Column("normalized", "json", "Normalised form (JSON)")]
    rows = []
    for r in content_records(records):
        for i, e in enumerate(r.get("entities") or [], start=1):
            bbox = list(e.get("bbox") or [])[:4]
            bbox += [None] * (4 - len(bbox))
            rows.append((r["doc_id"], i, e.get("type"), e.get("text"), coerce(e.get("value"), "text"),
                         to_number(e.get("value")), coerce(e.get("page"), "int"), *(coerce(b, "real") for b in bbox),
                         e.get("section_id"), e.get("sentence"), dumps(e.get("normalized") or {})))
    return TableData("entities", "Every entity with its page, bbox and sentence", cols, rows,
                     primary_key=("doc_id", "seq"), foreign_keys=(("doc_id", "documents", "doc_id"),),
                     indexes=(("doc_id",), ("type",)))


def facts_table(records: list[dict[str, Any]]) -> TableData:
    cols = [Column("doc_id"), Column("key", "text", "Fact name; nested objects as dotted keys"),
            Column("value", "text", "Value as text (lists and objects as JSON)"),
            Column("value_num", "real", "Value when it is a number (booleans 1/0)"),
            Column("unit", "text", "%, count, weeks, NOK, year, ... (from the fact name)"),
            Column("page", "int", "Source page (facts_evidence), when known")]
    rows = []
    for r in content_records(records):
        for key, value in flatten_facts(r.get("facts") or {}):
            num = 1 if value is True else 0 if value is False else to_number(value)
            rows.append((r["doc_id"], key, coerce(value, "text"), num, unit_for(key, value), evidence_page(r, key)))
    return TableData("facts", "Facts of every document, one row per fact (long form)", cols, rows,
                     primary_key=("doc_id", "key"), foreign_keys=(("doc_id", "documents", "doc_id"),),
                     indexes=(("doc_id",), ("key",)))


def _extra(item: dict[str, Any], known: Iterable[str]) -> str | None:
    rest = {k: v for k, v in item.items() if k not in set(known)}
    return dumps(rest) if rest else None


def measures_table(records: list[dict[str, Any]]) -> TableData:
    known = ("area", "title", "priority", "status", "due")
    cols = [Column("doc_id"), Column("seq", "int", "Position in the plan (1-based)"), Column("area"),
            Column("title"), Column("priority", "int"), Column("status", "text", "completed, in_progress, not_started"),
            Column("due", "text", "Deadline of the measure (ISO date)"),
            Column("extra", "json", "Other fields of the measure (JSON)")]
    rows = []
    for r in content_records(records):
        measures = (r.get("facts") or {}).get("measures") or []
        for i, m in enumerate((m for m in measures if isinstance(m, dict)), start=1):
            rows.append((r["doc_id"], i, m.get("area"), m.get("title"), m.get("priority"), m.get("status"),
                         m.get("due"), _extra(m, known)))
    return TableData("measures", "Measures of action plans", cols, rows, primary_key=("doc_id", "seq"),
                     foreign_keys=(("doc_id", "documents", "doc_id"),), indexes=(("doc_id",), ("status",)))


def _vote(case: dict[str, Any]) -> tuple[int | None, int | None, bool | None]:
    """(for, against, unanimous) of a case's vote ({"for": 17, "against": 8} or {"unanimous": true})."""
    vote = case.get("vote") if isinstance(case.get("vote"), dict) else {}
    if not vote:
        return None, None, None
    return vote.get("for"), vote.get("against"), bool(vote.get("unanimous"))


def cases_table(records: list[dict[str, Any]]) -> TableData:
    known = ("case", "title", "type", "from", "case_officer", "proposed_decision", "decision", "vote")
    cols = [Column("doc_id"), Column("seq", "int", "Position within the document (1-based)"),
            Column("part", "text", "papers (facts.cases) or minutes (facts.minutes.cases)"),
            Column("meeting", "text", "Meeting the case belongs to (6/2021)"),
            Column("case_no", "text", "Case number (JSON field 'case')"), Column("title"), Column("type"),
            Column("from_name", "text", "Who the case is from (JSON field 'from')"), Column("case_officer"),
            Column("proposed_decision"), Column("decision"),
            Column("vote_for", "int", "Votes for the decision, when the minutes count them"),
            Column("vote_against", "int", "Votes against the decision"),
            Column("unanimous", "bool", "Adopted unanimously (enstemmig, samrøystes)"),
            Column("extra", "json", "Other fields (JSON)")]
    rows = []
    for r in content_records(records):
        facts = r.get("facts") or {}
        minutes = facts.get("minutes") if isinstance(facts.get("minutes"), dict) else {}
        parts = [("papers", facts.get("meeting"), facts.get("cases") or []),
                 ("minutes", minutes.get("meeting"), minutes.get("cases") or [])]
        seq = 0
        for part, meeting, cases in parts:
            for c in (c for c in cases if isinstance(c, dict)):
                seq += 1
                rows.append((r["doc_id"], seq, part, meeting, c.get("case"), c.get("title"), c.get("type"),
                             c.get("from"), c.get("case_officer"), c.get("proposed_decision"), c.get("decision"),
                             *_vote(c), _extra(c, known)))
    return TableData("cases", "Cases of council papers and minutes", cols, rows, primary_key=("doc_id", "seq"),
                     foreign_keys=(("doc_id", "documents", "doc_id"),), indexes=(("doc_id",), ("case_no",)))


ATTENDANCE_STATUS = {"present": "present", "absent": "absent", "substitutes": "substitute",
                     "also_present": "other", "observers": "other"}


def _attendance_people(minutes: dict[str, Any]) -> list[dict[str, Any]]:
    """The minutes' people: ``minutes.people`` when the extractor gave it, else the name lists."""
    people = [p for p in minutes.get("people") or [] if isinstance(p, dict) and p.get("name")]
    if people:
        return people
    out: list[dict[str, Any]] = []
    for key, status in ATTENDANCE_STATUS.items():
        for p in minutes.get(key) or []:
            name = p.get("name") if isinstance(p, dict) else p
            if name:
                out.append({"name": name, "party": p.get("party") if isinstance(p, dict) else None,
                            "role": p.get("role") if isinstance(p, dict) else None, "status": status,
                            "for": p.get("for") if isinstance(p, dict) else None})
    return out


def attendance_table(records: list[dict[str, Any]]) -> TableData:
    """Who attended each meeting whose minutes a document holds, one row per person and status."""
    cols = [Column("doc_id"), Column("seq", "int", "Position in the minutes (1-based)"),
            Column("meeting", "text", "Meeting of the minutes (8/2024)"),
            Column("meeting_date", "text", "ISO date of the meeting"), Column("body", "text", "The body that met"),
            Column("person"), Column("party", "text", "Party label as printed (Sp, FrP, H)"),
            Column("role", "text", "Role as printed (ordførar, medlem, leder)"),
            Column("status", "text", "present, absent, substitute or other (administration, secretaries)"),
            Column("substitute_for", "text", "Whom a substitute met for")]
    rows = []
    for r in content_records(records):
        facts = r.get("facts") or {}
        minutes = facts.get("minutes") if isinstance(facts.get("minutes"), dict) else None
        if not minutes:
            continue
        same = minutes.get("meeting") == facts.get("meeting") and minutes.get("date") == facts.get("meeting_date")
        body = facts.get("body") if same else None
        for i, p in enumerate(_attendance_people(minutes), start=1):
            rows.append((r["doc_id"], i, minutes.get("meeting"), minutes.get("date"), body, p.get("name"),
                         p.get("party"), p.get("role"), p.get("status"), p.get("for")))
    return TableData("attendance", "People at the meetings whose minutes the documents hold", cols, rows,
                     primary_key=("doc_id", "seq"), foreign_keys=(("doc_id", "documents", "doc_id"),),
                     indexes=(("doc_id",), ("person",), ("status",)))
