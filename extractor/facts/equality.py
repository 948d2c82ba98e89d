"""Equality reports (likestillingsredegjørelse, ARP): gender balance, pay, leave, hiring.

Tables are read by their headers (:mod:`~extractor.facts.table_reader`): each
data cell has a gender, a unit, a year (only the report year's cells are
read) and a row label. What the cell means follows from those: a pay ratio
when the header speaks of women's pay in % of men's, pay amounts by gender
(the ratio is computed), applicants or hires under such headers, a measure
(deltid, midlertidig, foreldrepermisjon, sykefravær) when the row label or the
column header names it, and otherwise a count or share of women or men at the
level the row label names. Levels and job categories are kept as printed in
the ``levels`` list of schema 2; the total row and the top-management and
managers rows also give the fixed facts. Callout lines ("Alle ansatte: 37 %
kvinner 63 % menn") and tables set as plain lines (:mod:`~extractor.facts.equality_lines`)
are read the same way; age groups ("Under 30 år", "50+") give age-group figures, never levels.
Sentences are read by the ``equality`` rules file and
:mod:`~extractor.facts.equality_prose`; :mod:`~extractor.facts.equality_derive`
completes what follows from what was found (totals, ratios from gaps).
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from extractor import catalogue, rules
from extractor.facts import equality_derive as derive
from extractor.facts.equality_levels import (
    printed_ratio, level_fact, level_of, prose_level_counts, prose_level_pay_gaps,
    prose_level_pay_ratios, prose_level_shares,
)
from extractor.facts import equality_lines as lines
from extractor.facts import equality_prose as prose
from extractor.facts import equality_staff as staff
from extractor.facts.common import (
    Fact, Facts, collect, row_evidence, sentences, table_section,
)
from extractor.facts.rulefacts import rule_facts
from extractor.facts.table_reader import CellRead, Vocab, carry_headers, gender_of, read_cells, vocab
from extractor.model import Section, Table

CONTRACT_KEYS = catalogue.scalar_fixed_facts("equality_report")
RULES = "equality"

# Section-title topics for callouts without a label ("51 % kvinner | 49 % menn").
TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), key)
    for p, key in (
        (r"sykefravær|sjukefråvær|sickness", "sick_leave_{g}"),
        (r"sykt barn|barns sykdom|sjukt barn", "sick_child_{g}_share"),
        (r"midlertidig|mellombels", "temporary_{g}_share"),
        (r"deltid", "part_time_{g}_share"),
        (r"foreldrepermisjon|permisjon", "parental_leave_{g}_share"),
        (r"overtid", "overtime_{g}_share"),
    )
)
_SHARE_PREFIX = re.compile(
    r"^(?:kvinneandel(?:en)?|kvinnedel(?:en|a)?|(?:andel(?:en)?|delen?|prosentdel(?:en)?) (?:av )?(?:kvinner|kvinnar)|"
    r"share of women|women.s share)\b(?=.*[a-zæøå]{3})", re.IGNORECASE)
_UNIT_PARENS = re.compile(r"\((?:kr|nok|kroner|%|antall|tal|number|prosent)\)", re.IGNORECASE)
_GENDER_WORDS = re.compile(r"\(?\b(?:kvinner|kvinnar|menn|women|men)(?:['’]s|s)?(?!\w)\)?", re.IGNORECASE)
_LEVEL_KEY = re.compile(r"^(women_share|pay_ratio_women_to_men)_(?P<level>[a-z0-9_]+)$")
_NOT_LEVEL = re.compile(
    r"%|\b(?:andel(?:en)?|del(?:en)?|kvinneandel(?:en)?|kvinnedel(?:en)?|antall|tal|prosent|pst|share|number|kvinner|"
    r"kvinnar|menn|women|men|ansatte|tilsette|employees|årsverk|totalt?|i|av|of|alt|headcount|staff|fte|people|"
    r"personer|workforce|arbeidsstyrken?|all|alle|kr|nok|kroner)\b", re.IGNORECASE)
_SHARE_WORDS = re.compile(
    r"^(?:andel(?:en)?|del(?:en)?|prosentdel(?:en)?|share of|proportion of)?\s*(?:kvinner|kvinnar|women)?\s*"
    r"(?:i|blant|among|in)\s+|\s*\((?:%|prosent|antall|tal)\)\s*$", re.IGNORECASE)
_MEASURE_ONLY = re.compile(
    r"(?:andel(?:en)?|del(?:en)?|prosentdel(?:en)?|share|proportion|prosent|pst\.?|per ?cent|percent|%|antall|tal|number)"
    r"(?:\s*\((?:%|prosent|antall|tal)\))?", re.IGNORECASE)
_SQUASH = re.compile(r"(?<=\w)[\s-]+(?=\w)")
_PAY_WORD = re.compile(r"lønn|løn\b|\bpay\b|salary", re.IGNORECASE)
_TOO_LONG = re.compile(r"(?:\S+\s+){6}|[.!?]$")
_YEAR_CORNER = re.compile(r"^(?:år|årstal|årstall|year|per 31\.12\.?)$", re.IGNORECASE)


def _measure(text: str, v: Vocab) -> str | None:
    for name in ("involuntary", "part_time", "temporary", "parental_leave", "sick_leave", "overtime"):
        p = v.measures.get(name)
        if p and p.search(text):
            return name
    return None


def level_name(label: str) -> str:
    """A level as printed, less the words that only say what is measured ("Andel kvinner i
    foretaksledelsen (%)" → "foretaksledelsen"; "Kvinner i lederstillinger (%)" → "lederstillinger")."""
    name = _SHARE_WORDS.sub("", label).strip(" ,:-")
    return name[:1].upper() + name[1:] if name and name != label.strip() else label


def cell_facts(c: CellRead, ev: dict[str, Any], section: Section | None, recruitment: bool, v: Vocab) -> Iterator[Fact]:
    """Facts one data cell gives, by what its header, row label and section say."""
    if v.has("change", c.header):
        return  # a change or target column ("Endring fra 2023", "Mål 2026") states no fact
    if staff.is_staff_figure(c, v):  # an age group or an attribute of the staff: never a level
        yield from staff.staff_facts(c, ev, v)
        return
    g = c.gender
    metric = next((m for m in ("applicants", "hires") if v.measures[m].search(c.label)), None) if c.label else None
    if metric and not _measure(c.label, v):  # a row of applicants or new hires is no level
        if g and c.pct is not None:
            yield Fact(f"{metric}_{g}_share", c.pct, ev)
        elif c.number is not None and c.pct is None and c.unit in (None, "count"):
            yield Fact(f"{metric}_{g or 'total'}", c.number, ev)
        return
    # the level is the row label, or the column header when the row is a gender (genders as rows); the words
    # that say what is measured ("Kvinneandel", "(kr)") are no part of it
    bare = _GENDER_WORDS.sub("", _UNIT_PARENS.sub("", _SHARE_PREFIX.sub("", c.label))).strip(" ,:-")
    label_level = (level_of(c.label) or level_of(bare)) if c.label else None
    row_total = v.has("total", c.label) or label_level == "total"
    total = row_total or c.total
    if _MEASURE_ONLY.fullmatch(bare):  # "Women's share", "Andel kvinner (%)": a measure row, no level of its own
        bare = ""
    name = c.label if c.label and bare and not gender_of(bare, v) and not _TOO_LONG.search(level_name(bare)) else ""
    if name and bare != c.label.strip():
        name = bare
    if c.label and not _NOT_LEVEL.sub("", c.label).strip(" ,:-()*") and not _measure(c.label, v):
        name = ""  # "Kvinner (%)", "Kvinneandel", "Antall tilsette": the whole organisation, by column
        if c.header and not re.search(r"\d", c.header) and not c.author_col and not gender_of(c.header, v) \
                and not v.has("total", c.header) and not v.has("count", c.header) \
                and not v.has("percent", c.header) and not v.measures["employees"].search(c.header.strip()):
            name = c.header  # genders as rows, job groups as columns
        else:
            total = True
    name = level_name(name)
    pay_row = v.has("pay_ratio", c.label) or v.has("pay_gap", c.label)
    if name and not row_total and c.total and not pay_row:
        total = False  # a Sum column of a level row: the level's head count, not the organisation's
        if g is None:
            return
    measure = _measure(c.label, v) or _measure(c.header, v) or _measure(_SQUASH.sub("", c.header), v) \
        or _measure(c.corner, v)
    value = c.pct if c.pct is not None else c.number
    gap_row = pay_row and not v.has("pay_ratio", c.label)
    gap_col = v.has("pay_gap", c.header) and not v.has("pay_ratio", c.header)
    if (gap_row or gap_col) and value is not None and (c.unit == "kr" or value >= 50):
        return  # a gap in kroner ("Lønnsforskjell (kr)"), not in per cent
    if pay_row and value is not None and not (gap_row and g) and not v.has("pay_ratio", c.header) \
            and not v.has("pay_gap", c.header):
        # one row of pay ratios (or of gaps: 100 - gap), levels as columns
        ratio, ev = (round(100.0 - value, 2), {**ev, "derived": "100 - pay gap"}) if gap_row \
            else printed_ratio(value, ev)
        if total or c.author_col or not c.header or v.has("total", c.header) or re.search(r"\d", c.header):
            yield Fact("pay_ratio_women_to_men_total", ratio, ev)
        else:
            yield level_fact(c.header, "pay_ratio_women_to_men", ratio, ev)
        return
    if gap_col and value is not None and not g:
        ratio = round(100.0 - value, 2)  # a gap column: women's pay is 100 - gap per cent of men's
        if total or not name:
            yield Fact("pay_ratio_women_to_men_total", ratio, {**ev, "derived": "100 - pay gap"})
        else:
            yield level_fact(name, "pay_ratio_women_to_men", ratio, {**ev, "derived": "100 - pay gap"})
        return
    title = section.title if section else ""
    ratio_header = v.has("pay_ratio", c.header) or (
        v.has("ratio", c.header) and bool(_PAY_WORD.search(c.corner) or _PAY_WORD.search(title)))
    if not ratio_header and v.has("ratio", c.header):
        return  # a women/men ratio of head counts (no pay in sight): no fact of its own
    if (ratio_header or (v.has("pay_ratio", c.corner) and not g)) and value is not None:
        value, ev = printed_ratio(value, ev)
        if total or not name:
            yield Fact("pay_ratio_women_to_men_total", value, ev)
        else:
            yield level_fact(name, "pay_ratio_women_to_men", value, ev)
        return
    pay_amount = c.unit == "kr" or (v.has("pay_amount", c.header) or v.has("pay_amount", c.corner) or (
        _PAY_WORD.search(title) and c.number is not None and c.number >= 1000))
    if pay_amount and g and c.number is not None and c.pct is None:
        if total or not name:
            yield Fact(f"pay_amount_{g}", c.number, ev)
        else:
            yield level_fact(name, f"pay_{g}", c.number, ev)
        return
    if recruitment and g:
        metric = "applicants" if re.search(r"søk|applicant", c.header, re.I) else "hires" if c.header else None
        if metric:
            yield Fact(f"{metric}_{g}_share", c.pct, ev)
            yield Fact(f"{metric}_{g}", c.number, ev)
            return
    if measure in ("part_time", "temporary", "involuntary"):
        stem = "involuntary_part_time" if measure == "involuntary" else measure
        if g:
            yield Fact(f"{stem}_{g}_share", c.pct, ev)
            yield Fact(f"{stem}_{g}", c.number if c.unit != "%" else None, ev)
        elif c.pct is None:
            yield Fact("involuntary_part_time_employees" if measure == "involuntary" else f"{stem}_employees", c.number, ev)
        return
    if measure == "parental_leave" and g:
        if c.unit == "weeks" or (c.unit is None and c.pct is None and re.search(r"uke|veke|week", title + c.label, re.I)):
            yield Fact(f"parental_leave_weeks_{g}", c.number, ev)
        return
    if measure == "sick_leave" and g:
        yield Fact(f"sick_leave_{g}", value, ev)
        return
    if measure == "overtime" and g:
        if c.pct is not None:
            yield Fact(f"overtime_{g}_share", c.pct, ev)
        elif c.unit == "hours" or any(v.has("hours", t) for t in (c.label, c.header, c.corner)):
            yield Fact(f"overtime_hours_avg_{g}", c.number, ev)
        return
    if g and (total or name):
        if total:
            yield Fact(f"women_share_total" if g == "women" else "men_share_total", c.pct, ev)
            yield Fact(f"employees_{g}", c.number, ev)
        else:
            field = "women_share" if g == "women" else "men_share"
            yield level_fact(name, field, c.pct, ev)
            if c.number is not None:
                yield level_fact(name, g, c.number, ev)
        return
    if total and not g and c.pct is None and c.unit in (None, "count"):
        yield Fact("employees_total", c.number, ev)
        return
    if g and not c.label:
        topic = next((k for p, k in TOPICS if p.search(title)), None)
        if topic:
            yield Fact(topic.format(g=g), c.pct, ev)
        elif _YEAR_CORNER.match(c.corner.strip()) and c.unit in (None, "count", "%"):
            # years as rows ("År | Kvinner | Menn"): the report year's row is the whole organisation
            yield Fact("women_share_total" if g == "women" else "men_share_total", c.pct, ev)
            yield Fact(f"employees_{g}", c.number, ev)


def table_facts(table: Table, section: Section | None, report_year: int | None = None,
                author: str | None = None, v: Vocab | None = None) -> Iterator[Fact]:
    """Facts from one table, cell by cell, read by header cells and row labels."""
    v = v or vocab(RULES)
    cells = list(read_cells(table, report_year, author, v))
    recruitment = any(v.measures["applicants"].search(c.header) for c in cells)
    found = [(c, f) for c in cells for f in cell_facts(c, row_evidence(table, c.row), section, recruitment, v)]
    # a sick-leave table's total row before its parts ("Egenmeldt", "Legemeldt", "Korttid"): the first wins
    found.sort(key=lambda cf: _part_rank(cf[0], v) if cf[1].key.startswith("sick_leave_") else 1)
    for _, f in found:
        yield f


def _part_rank(c: CellRead, v: Vocab) -> int:
    """0 for a total row, 2 for a row that names a part of the whole (sick leave by kind), else 1."""
    if v.has("total", c.label) or level_of(c.label) == "total":
        return 0
    return 2 if v.has("part_of_whole", c.label) else 1


def prose_facts(seg: Any, report_year: int | None, lang: str | None) -> Iterator[Fact]:
    """Facts said in sentences: the rules file first, then the older sentence readers."""
    sents = list(sentences(seg))
    for fact in rule_facts(rules.load(RULES), sents, lang if lang in ("nb", "nn", "en") else None):
        if not derive.other_year(fact.evidence.get("text", ""), fact.value, report_year):
            yield fact
    for sent in sents:
        for f in [*prose.gendered_values(sent), *prose.count_facts(sent, report_year),
                  *prose.share_facts(sent, level_of)]:
            m = _LEVEL_KEY.match(f.key)
            if m and f.key not in CONTRACT_KEYS:  # a share or ratio at a level named in words
                yield level_fact(m.group("level").replace("_", " ").capitalize(), m.group(1), f.value, f.evidence)
            else:
                yield f
    for sent in sents:
        yield from prose_level_shares(sent)
        yield from prose_level_pay_gaps(sent)
        yield from prose_level_pay_ratios(sent)
        yield from prose_level_counts(sent)


def extract(seg: Any, tables: list[Table], info: Any) -> Facts:
    """All equality facts of a document; contract keys absent from it are None."""
    report_year = getattr(info, "report_year", None)
    author = getattr(info, "organisation", None)
    v = vocab(RULES)
    found: list[Fact] = []
    for table in carry_headers(tables):
        found.extend(table_facts(table, table_section(table, seg), report_year, author, v))
    line_tables = [*lines.callout_tables(seg), *lines.text_tables(seg), *lines.one_column_tables(seg, v),
                   *lines.key_value_tables(seg, v)]
    for table, section in line_tables:
        found.extend(table_facts(table, section, report_year, author, v))
    found.extend(prose_facts(seg, report_year, getattr(info, "language", None)))
    facts = collect(found, base={k: None for k in CONTRACT_KEYS})
    return derive.complete(derive.levels_list(facts, level_of))
