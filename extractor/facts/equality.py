"""Equality reports (likestillingsredegjørelse, ARP): gender balance, pay, leave, hiring.

Tables are read by their header cells, never by position: each data cell gets
a gender (from its column header, its row label or its own text: "37 % kvinner"),
a measure (pay ratio when the header speaks of lønn/løn, applicants or hires
when it says søkere / ansatt, a topic such as deltid when the row label names
it) and a level (from the row label through :data:`LEVELS`, a slug for other
job groups, or the section's topic through :data:`TOPICS` for callouts such
as "7,38 % kvinner | 3,29 % menn" under "Sykefravær"). Text lines that are
tables in all but ruling ("Alle ansatte: 37 % kvinner 63 % menn", a "Kvinner
Menn Totalt" header over "Deltidsansatte 19 4 23") are read the same way.
Sentences are read by :mod:`~extractor.facts.equality_prose`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from extractor import catalogue
from extractor.facts import equality_prose as prose
from extractor.facts.common import (
    NUM, NUMBER, PERCENT, Fact, Facts, as_int_or_float, collect, column_headers, current_columns, fold, row_evidence,
    sentences, slug, table_section, to_number,
)
from extractor.model import Section, Table

CONTRACT_KEYS = catalogue.scalar_fixed_facts("equality_report")

# Row labels → level keys; the first pattern that matches the folded label wins.
LEVELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), key)
    for p, key in (
        (r"^(?:alle (?:ansatte|tilsette)|totalt?|sum|i alt|samla?|hele (?:virksomheten|organisasjonen)|heile "
         r"verksemda|virksomheten|verksemda)\b", "total"),
        (r"^(?:administrerende direktør|adm\.? ?dir|dagleg leiar|daglig leder)", "ceo"),
        (r"^(?:avdelingsdirektør|avdelingsled|avdelingsleiar|avdelingssjef)", "department_directors"),
        (r"^(?:seksjonsled|seksjonsleiar|seksjonssjef)", "section_leaders"),
        (r"^(?:toppled|toppleiing|øverste ledelse|ledergrupp|leiargrupp|leiinga|konsernledelse|ledelsen)",
         "top_management"),
        (r"^(?:direktør|divisjonsdirektør|direktører)", "directors"),
        (r"^(?:mellomled|mellomleiar)", "middle_managers"),
        (r"^(?:alle )?(?:ledere|leiarar)\b|^lederstilling|^ledernivå|^leiarstilling", "managers"),
        (r"^(?:medarbeider|medarbeidar|øvrige ansatte|andre (?:ansatte|tilsette)|ansatte uten personalansvar|"
         r"ikke-ledere)", "employees"),
        (r"^(?:styret|styre)\b", "board"),
        (r"^(?:rådgiver|rådgjevar|seniorrådgiver)", "advisers"),
        (r"^(?:kundeservice|kundesenter|kundestøtte)", "customer_service"),
        (r"^(?:fagarbeider|fagarbeidar)", "skilled_workers"),
        (r"^(?:drifts)?operatør", "operators"),
        (r"^(?:administrasjon|administrative|stab)\b", "administration"),
        (r"^(?:ingeniør|ingeniørar)", "engineers"),
        (r"^(?:saksbehandler|saksbehandlar)", "case_officers"),
        (r"^(?:lærling|lærlingar)", "apprentices"),
    )
)
LEVEL_ALIASES = {"employees": ("non_management_employees",)}
# Section-title topics for callouts without a level ("51 % kvinner | 49 % menn").
TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), key)
    for p, key in (
        (r"sykefravær|sjukefråvær", "sick_leave_{g}"),
        (r"sykt barn|barns sykdom|sjukt barn", "sick_child_{g}_share"),
        (r"midlertidig|mellombels", "temporary_employees_{g}_share"),
        (r"deltid", "part_time_employees_{g}_share"),
        (r"foreldrepermisjon|permisjon", "parental_leave_{g}_share"),
        (r"overtid", "overtime_{g}_share"),
    )
)
_WOMEN = re.compile(r"\bkvinn\w*|\bwomen\b|\bfemale\b", re.IGNORECASE)
_MEN = re.compile(r"\b(?:menn|mann|mannlige?|male)\b", re.IGNORECASE)  # not "men": Norwegian "but"
_DIGIT = re.compile(r"\d")
_PAY = re.compile(r"lønn|løn\b|\bpay\b|salary", re.IGNORECASE)
_APPLICANTS = re.compile(r"søker", re.IGNORECASE)
_HIRES = re.compile(r"^(?:ansatt|ansatte|tilsatt|nyansatt\w*|ansettelser|ansatt i \d{4})$", re.IGNORECASE)
_RATIO = re.compile(r"andel|prosent|%|forhold|ratio", re.IGNORECASE)
ROW_TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), key)
    for p, key in (
        (r"ufrivillig deltid", "involuntary_part_time_employees"),
        (r"midlertidig|mellombels", "temporary_employees"),
        (r"deltid", "part_time_employees"),
        (r"foreldrepermisjon|permisjon.*uker", "parental_leave_weeks_{g}"),
        (r"sykefravær|sjukefråvær", "sick_leave_{g}"),
    )
)
_TOO_LONG = re.compile(r"(?:\S+\s+){6}|[.!?]$")
_CALLOUT = re.compile(
    rf"^(?P<label>[^\d|]{{0,60}}?)\s*:?\s*(?P<a>{NUM}\s*%\s*(?:kvinner|menn))\s*\|?\s*"
    rf"(?P<b>{NUM}\s*%\s*(?:kvinner|menn))$",
    re.IGNORECASE,
)
_HEAD_WORDS = frozenset({"kvinner", "menn", "totalt", "sum", "antall", "andel", "kvinnar", "tal", "i", "alt"})
_TEXT_ROW = re.compile(rf"^(?P<label>[^\d|]*[^\d\s|])\s+(?P<values>(?:{NUM})(?:\s*%)?(?:\s+(?:{NUM})(?:\s*%)?)+)$")
_VALUE = re.compile(rf"(?:{NUM})(?:\s*%)?")
_EXCL_CEO = re.compile(r"^\*.*(?:uten|ekskl\w*|unntatt|utenom)\.?\s+(?:adm\w*\.?\s*)?(?:administrerende\s+)?dir", re.I)


def level_of(label: str) -> str | None:
    """Level key of a row label ("Avdelings- direktører" → "department_directors")."""
    folded = fold(label)
    return next((key for pattern, key in LEVELS if pattern.search(folded)), None)


def group_of(label: str) -> str | None:
    """Level key of a table row label, or its slug for a job group outside :data:`LEVELS`."""
    if not label:
        return None
    level = level_of(label)
    if level or gender_of(label) or _TOO_LONG.search(label):
        return level
    return slug(label) or None


def gender_of(text: str) -> str | None:
    """"women" or "men" when ``text`` names exactly one gender."""
    w, m = bool(_WOMEN.search(text)), bool(_MEN.search(text))
    return "women" if w and not m else "men" if m and not w else None


def _excl_ceo(section: Section | None) -> bool:
    return bool(section) and any(_EXCL_CEO.search(l.text.strip()) for l in section.lines)


@dataclass(frozen=True)
class Cell:
    """One data cell with what its header and row label say about it."""

    header: str
    label: str
    level: str | None
    gender: str | None
    pct: float | None
    number: int | float | None


def table_facts(table: Table, section: Section | None) -> Iterator[Fact]:
    """Facts from one table, cell by cell, read by header cells and row labels."""
    n_head, headers = column_headers(table.rows)
    recruitment = any(_APPLICANTS.search(h) for h in headers)
    topic = next((k for p, k in TOPICS if section and p.search(section.title)), None)
    columns = current_columns(headers)
    for i, row in enumerate(table.rows[n_head:], start=n_head):
        label = row[0] if row and not _DIGIT.search(row[0]) else ""
        group = group_of(label)
        row_topic = next((k for p, k in ROW_TOPICS if p.search(label)), None) if label else None
        star = label.rstrip(" :").endswith("*") and _excl_ceo(section)
        for j, cell in enumerate(row):
            if (label and j == 0) or not _DIGIT.search(cell) or (headers and j not in columns):
                continue
            header = headers[j] if j < len(headers) else ""
            pct = PERCENT.search(cell)
            numbers = [to_number(m.group(0)) for m in NUMBER.finditer(PERCENT.sub("", cell))]
            data = Cell(
                header=header,
                label=label,
                level=group or (level_of(header) if header else None),
                gender=gender_of(header) or gender_of(label) or gender_of(cell),
                pct=to_number(pct.group("n")) if pct else None,
                number=as_int_or_float(numbers[0]) if numbers and numbers[0] is not None else None,
            )
            ev = row_evidence(table, i)
            for key, value in cell_keys(data, row_topic, topic, star, recruitment):
                yield Fact(key, value, ev)


def cell_keys(
    c: Cell, row_topic: str | None, topic: str | None, star: bool, recruitment: bool
) -> Iterator[tuple[str, Any]]:
    """(key, value) pairs one cell gives, by what its header, row label and section say."""
    g, value = c.gender, (c.pct if c.pct is not None else c.number)
    if _PAY.search(c.header) and (c.pct is not None or _RATIO.search(c.header)) and (c.level or not c.label):
        for key in _level_keys("pay_ratio_women_to_men_{l}", c.level or "total", star):
            yield key, value
    elif _PAY.search(c.header) and g:
        yield f"pay_{g}_{c.level or 'total'}", c.number
    elif recruitment and g and (_APPLICANTS.search(c.header) or _HIRES.match(c.header.split()[0] if c.header else "")):
        metric = "applicants" if _APPLICANTS.search(c.header) else "hires"
        yield f"{metric}_{g}_share", c.pct
        yield f"{metric}_{g}", c.number
    elif row_topic in ("temporary_employees", "part_time_employees"):
        if g:
            yield f"{row_topic}_{g}_share", c.pct
            yield f"{row_topic}_{g}", c.number
        elif c.pct is None:
            yield row_topic, c.number
    elif row_topic and g:
        yield row_topic.format(g=g), (c.number if "weeks" in row_topic else value)
    elif g and c.level:
        for key in _level_keys(f"{g}_share_{{l}}", c.level, star):
            yield key, c.pct
        yield (f"employees_{g}" if c.level == "total" else f"employees_{g}_{c.level}"), c.number
    elif c.level == "total" and not g and c.pct is None and not _RATIO.match(c.header.strip()):
        yield "employees_total", c.number
    elif g and not c.label and topic:
        yield topic.format(g=g), c.pct


def _level_keys(template: str, level: str, excl_ceo: bool) -> list[str]:
    """The key for ``level``, plus its "_excl_ceo" variant and, for shares, its aliases."""
    keys = [template.format(l=level)]
    if excl_ceo:
        keys.append(template.format(l=f"{level}_excl_ceo"))
    if "_share_" in template:
        keys.extend(template.format(l=alias) for alias in LEVEL_ALIASES.get(level, ()))
    return keys


def callout_tables(seg: Any) -> Iterator[tuple[Table, Section]]:
    """Text lines "Alle ansatte: 37 % kvinner 63 % menn" (label maybe on the line above) as one-row tables."""
    for section in seg.sections:
        prev = None
        for line in section.lines:
            m = None if line.in_table else _CALLOUT.match(line.text.strip())
            if m:
                label = m.group("label").strip()
                if not label and prev is not None and prev.text.strip().endswith(":"):
                    label = prev.text.strip()
                yield Table(line.page, line.bbox, ((label, m.group("a"), m.group("b")),), (line,)), section
            prev = line


def text_tables(seg: Any) -> Iterator[tuple[Table, Section]]:
    """Tables set as plain lines: a header of column words ("Kvinner Menn Totalt") over
    rows of a label and as many numbers ("Deltidsansatte 19 4 23")."""
    for section in seg.sections:
        lines = [l for l in section.lines if not l.in_table]
        for k, head in enumerate(lines):
            words = head.text.split()
            if len(words) < 2 or not all(w.lower() in _HEAD_WORDS for w in words):
                continue
            rows, used = [("", *words)], [head]
            for line in lines[k + 1:]:
                m = _TEXT_ROW.match(line.text.strip())
                values = _VALUE.findall(m.group("values")) if m else []
                if not m or len(values) != len(words):
                    break
                rows.append((m.group("label"), *values))
                used.append(line)
            if len(rows) > 1:
                yield Table(head.page, head.bbox, tuple(rows), tuple(used)), section


def totals(found: list[Fact]) -> Iterator[Fact]:
    """employees_total from the women and men counts of a level table's total row."""
    first: dict[str, Fact] = {}
    for f in found:
        if f.value is not None:
            first.setdefault(f.key, f)
    women, men = first.get("employees_women"), first.get("employees_men")
    if women is not None and men is not None:
        yield Fact("employees_total", women.value + men.value, women.evidence)


def extract(seg: Any, tables: list[Table], info: Any) -> Facts:
    """All equality facts of a document; contract keys absent from it are None."""
    found: list[Fact] = []
    for table in tables:
        found.extend(table_facts(table, table_section(table, seg)))
    for table, section in [*callout_tables(seg), *text_tables(seg)]:
        found.extend(table_facts(table, section))
    found.extend(list(totals(found)))
    report_year = getattr(info, "report_year", None)
    for sent in sentences(seg):
        found.extend(prose.gendered_values(sent))
        found.extend(prose.count_facts(sent, report_year))
        found.extend(prose.share_facts(sent, level_of))
    found.extend(prose.survey_facts(seg))
    return levels_list(collect(found, base={k: None for k in CONTRACT_KEYS}))


_LEVEL_KEY = re.compile(r"^(women_share|pay_ratio_women_to_men)_(?P<level>[a-z0-9_]+)$")


def levels_list(facts: Facts) -> Facts:
    """Per-level keys (``women_share_<level>``, ``pay_ratio_women_to_men_<level>``) → the ``levels`` list
    of schema 2, one entry per level in the order first found, with its evidence."""
    fixed = set(catalogue.scalar_fixed_facts("equality_report"))
    levels: dict[str, dict[str, Any]] = {}
    evidence: dict[str, dict[str, Any]] = {}
    out = {}
    for key, value in facts.facts.items():
        m = _LEVEL_KEY.match(key)
        if key in fixed or m is None or isinstance(value, bool):
            out[key] = value
            continue
        field = m.group(1)
        entry = levels.setdefault(m.group("level"), {"level": m.group("level").replace("_", " ").capitalize(),
                                                     "women": None, "men": None, "women_share": None,
                                                     "pay_ratio_women_to_men": None})
        entry[field] = value
        evidence.setdefault(m.group("level"), facts.evidence.get(key, {}))
    out["levels"] = list(levels.values())
    ev = {k: v for k, v in facts.evidence.items() if not (_LEVEL_KEY.match(k) and k not in fixed)}
    for k, level in enumerate(levels):
        ev[f"levels[{k}]"] = evidence[level]
    return Facts(facts=out, evidence=ev, warnings=facts.warnings)
