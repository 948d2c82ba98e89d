"""Transparency reports (åpenhetsloven): the organisation and its supply chain in figures.

A thin reader over the rule layer: every phrasing lives in
``extractor/data/rules/transparency.toml`` (pattern rules with their own
examples, the key-figure table labels and the context vocabularies). This
module only ranks what the rules found, reads two-cell key-figure tables by
their labels, computes the response rate from counts when no rate is printed,
and asks the learned classifier (:mod:`~extractor.facts.transparency_learned`)
for fixed facts no rule found. What the report found (``violations_found``)
and its ``risk_areas`` come from :mod:`~extractor.facts.transparency_risk`.

Ranking: over the whole document, a match of an earlier rule in the file beats
a match of a later rule for the same fact; among matches of one rule the first
in reading order wins. Key-figure tables come before prose.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

from extractor import catalogue, lexicon, rules
from extractor.facts import transparency_figures as figures
from extractor.facts import transparency_learned as learned
from extractor.facts import transparency_risk as risk
from extractor.facts.common import Fact, Facts, collect, row_evidence, sentences
from extractor.facts.rulefacts import rule_matches
from extractor.facts.transparency_figures import money_unit, table_label_fact
from extractor.model import Table
from extractor.sentences import Sentence

RULES = "transparency"
CONTRACT_KEYS = catalogue.scalar_fixed_facts("transparency_report")
_FIGURE = re.compile(r"\s*(?P<n>\d[\d\s\u00a0.,]*)\s*%?\s*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=1)
def _context() -> dict[str, Any]:
    ctx = dict(rules.load(RULES).data.get("context", {}))
    ctx["year_end_re"] = re.compile(ctx.get("year_end", r"(?!x)x"), re.IGNORECASE)
    return ctx


def table_facts(table: Table, lang: str | None = None) -> Iterator[Fact]:
    """Key figures from two-cell rows ("Antall leverandører | 447", "Omsetning (MNOK) | 2 200",
    "Omsetning | 1,2 mrd. kr", "Leverandørrevisjoner | Ingen")."""
    for i, row in enumerate(table.rows):
        cells = [c for c in row if c.strip()]
        if len(cells) != 2 or not (key := table_label_fact(cells[0])):
            continue
        got = figures.cell_value(cells[1], lang, figures.is_count(key))
        if got is not None and (fact := figures.labelled_fact(key, got[0], got[1], cells[0], 1.0, row_evidence(table, i))):
            yield fact


_YEARS_LINE = re.compile(r"^(?:(?P<head>[^\d|]{0,40})\s)?(?P<years>(?:FY ?)?(?:19|20)\d\d(?:\s+(?:FY ?)?(?:19|20)\d\d)+)\s*$")
_FIGURE_LINE = re.compile(r"^(?P<label>[–\-•]?\s*[^\d|]{3,80}?(?:\s*\((?:per|pr\.?|at|as of|ved)\s[^)|]{1,20}\))?)\s+(?P<nums>\d[\d\s.,%]*?)\s*%?\s*$")
_MONEY = re.compile(lexicon.currency_pattern() + "|" + lexicon.scale_pattern(), re.IGNORECASE)


def split_numbers(text: str, k: int, lang: str | None) -> list[float] | None:
    """``k`` numbers from "1 430 1 300" (groups of three after the first), "1,920 1,850" or "86 74"."""
    tokens = text.split()
    if lang == "en" or any("," in t and lang == "en" for t in tokens):
        vals = [lexicon.parse_number(t, "en") for t in tokens]
        return [v for v in vals if v is not None] if len(tokens) == k and None not in vals else None
    found: list[list[str]] = []

    def walk(i: int, acc: list[str]) -> None:
        if i == len(tokens):
            if len(acc) == k:
                found.append(list(acc))
            return
        for j in range(i + 1, len(tokens) + 1):
            group = tokens[i:j]
            if len(group) > 1 and not all(re.fullmatch(r"\d{3}", g) for g in group[1:]):
                break
            if not re.fullmatch(r"\d{1,3}(?:[.,]\d+)?|\d+(?:[.,]\d+)?", group[0]) or (len(group) > 1 and "," in group[0]) \
                    or re.match(r"0\d", group[0]):  # "045" continues a number, it does not start one
                break
            walk(j, acc + [" ".join(group)])
    walk(0, [])
    if len(found) != 1:
        return None
    vals = [lexicon.parse_number(t, lang if lang in lexicon.LANGS else "nb") for t in found[0]]
    return None if None in vals else vals  # type: ignore[return-value]


def figure_lines(sents: Iterable[Sentence], lang: str | None, report_year: int | None) -> Iterator[Fact]:
    """Key figures printed as lines without a table grid: "2024 2023" then "Direct suppliers 1,920 1,850";
    the value is the one in the report year's column (else the latest year's, else the only one)."""
    years: list[int] = []
    unit = 1.0  # a money unit in the years line ("Nøkkeltall (MNOK) 2024 2023", "Beløp i mill. kroner")
    head_raw: list[str] = []  # the header row's cells, empty ones kept
    section = None
    for sent in sents:
        text = " ".join(sent.text.replace("|", " ").split())
        if sent.section is not section:
            section, years, unit, head_raw = sent.section, [], 1.0, []
        if "|" in sent.text:  # a table row: read it cell by cell
            raw = [c.strip() for c in sent.text.split("|")]
            cells = [c for c in raw if c]
            if (head := figures.header_years(cells)) is not None:
                years, unit, head_raw = head[0], money_unit(head[1]), raw
                continue
            fact, read = figures.aligned_row_fact(raw, head_raw, unit, report_year, lang, sent)
            if read:
                if fact is not None:
                    yield fact
                continue
            if (fact := figures.row_fact(cells, years, unit, report_year, lang, sent)) is not None:
                yield fact
                continue
            if not years and sum(figures.cell_value(c, lang, False) is not None for c in cells[1:]) > 1:
                continue  # separate value cells are not one number to be regrouped ("845 300 | 790 100")
        if (y := _YEARS_LINE.match(text)):
            years = [int(v) for v in re.findall(r"(?:19|20)\d\d", y.group("years"))]
            unit = money_unit(y.group("head") or "")
            continue
        m = _FIGURE_LINE.match(text)
        if not m or not (key := table_label_fact(m.group("label"))):
            continue
        k = len(years) or 1
        raw = m.group("nums").replace("%", " ")  # "74 % 69 %"
        if raw.rstrip().endswith("."):
            continue  # "… carried out in 2024." is a sentence, not a key-figure line
        nums = split_numbers(raw, k, lang)
        if nums is None or any(_YEAR.fullmatch(t) for t in raw.split()) or len(m.group("label").split()) > 8:
            continue  # "… by the end of 2024" is prose, not a key figure
        col = years.index(report_year) if report_year in years else (years.index(max(years)) if years else 0)
        value = nums[col]
        if key == "revenue_nok":
            value *= money_unit(m.group("label")) if _MONEY.search(m.group("label")) else unit
        ev = sent.evidence(m.start("nums"), m.end("nums"))
        ev["rule"] = "key-figure line"
        yield Fact(key, int(value) if float(value).is_integer() else value, ev)


_OTHER_YEAR = re.compile(r"\s*(?:i|in|for|during|under|i løpet av)\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


def other_year(text: str, end: int, report_year: int | None) -> bool:
    """Whether the words right after a match date it to another year than the report's ("3 revisjoner
    i 2023 og 5 i 2024": the 3 is last year's)."""
    m = _OTHER_YEAR.match(text, end)
    return bool(m and report_year and int(m.group("y")) != report_year)


def prose_facts(sents: Iterable[Sentence], lang: str | None, report_year: int | None = None) -> list[Fact]:
    """Every rule match as a Fact, best first: a match dated to another year than the report's after all
    others, then rule order in the file, then reading order."""
    rs = rules.load(RULES)
    rank = {r.id: k for k, r in enumerate(rs.rules)}
    found: list[tuple[bool, int, int, Fact]] = []
    for order, (sent, m) in enumerate(rule_matches(rs, sents, lang)):
        evidence = sent.evidence(m.start, m.end)
        evidence["rule"] = m.rule.id
        found.append((other_year(sent.text, max(m.end, m.match.end()), report_year), rank[m.rule.id], order, Fact(m.fact, m.value, evidence)))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    return [f for *_, f in found if plausible(f)]


@lru_cache(maxsize=1)
def _parts_pattern() -> re.Pattern[str]:
    return re.compile(rules.load(RULES).data["employees_parts"]["pattern"], re.IGNORECASE)


def workforce_parts(text: str, lang: str | None) -> tuple[int, re.Match[str]] | None:
    """A head count stated in parts ("80 fast tilsette og 12 mellombels"): the sum and the match."""
    m = _parts_pattern().search(text)
    if not m:
        return None
    a, b = lexicon.parse_number(m.group("a"), lang), lexicon.parse_number(m.group("b"), lang)
    if a is None or b is None:
        return None
    return int(a + b), m


@lru_cache(maxsize=None)
def _audit_parts_pattern(lang: str | None) -> re.Pattern[str]:
    num = rules.lexicon_macros(lang if lang in lexicon.LANGS else None)["NUMW"]
    return re.compile(rules.load(RULES).data["audits_parts"]["pattern"].replace("{NUMW}", num), re.IGNORECASE)


def audit_parts(text: str, lang: str | None) -> tuple[int, re.Match[str]] | None:
    """Audits counted by kind ("6 on-site audits and 2 remote audits", "fem fysiske og tre digitale
    revisjoner"): the sum and the match; counts of two years ("3 i 2023 og 5 i 2024") are no parts."""
    m = _audit_parts_pattern(lang).search(text)
    if not m or _YEAR.search(m.group(0)):
        return None
    a, b = lexicon.parse_number(m.group("a"), lang), lexicon.parse_number(m.group("b"), lang)
    return None if a is None or b is None else (int(a + b), m)


def parts_facts(sents: Iterable[Sentence], lang: str | None) -> Iterator[Fact]:
    """employees from a workforce stated in parts, supplier_audits from audits counted by kind; they go
    before the rules that read only the first part."""
    for sent in sents:
        for key, hit in (("employees", workforce_parts(sent.text, lang)), ("supplier_audits", audit_parts(sent.text, lang))):
            if hit is not None:
                total, m = hit
                ev = sent.evidence(m.start(), m.end())
                ev["rule"] = f"{key}.parts"
                yield Fact(key, total, ev)


_FTE = re.compile(r"årsverk|\bFTEs?\b|full[- ]time equivalents?", re.IGNORECASE)
_HEADS = re.compile(r"ansatte|tilsette|medarbeid|arbeidstak|employees|headcount|head count|staff|people|personer|personar", re.IGNORECASE)


def full_time_equivalents_only(fact: Fact) -> bool:
    """Whether an employees fact counts full-time equivalents only ("Årsverk | 80"): the contract's
    employees is a head count, so such a fact ranks after every head count ("Antall ansatte | 87")."""
    text = fact.evidence.get("text", "") if isinstance(fact.evidence, dict) else ""
    return fact.key == "employees" and bool(_FTE.search(text)) and not _HEADS.search(text)


def plausible(fact: Fact) -> bool:
    """Sanity limits kept as data: a revenue below the floor is a threshold or a price."""
    if fact.key == "revenue_nok":
        return isinstance(fact.value, (int, float)) and fact.value >= float(_context().get("revenue_min_nok", 0))
    if fact.key == "esg_response_rate":
        return isinstance(fact.value, (int, float)) and 0 <= fact.value <= 100
    return True


def dated(result: Facts, report_year: int | None = None) -> None:
    """employees_as_of and revenue_year from the sentence that gave the figure; a revenue read from a
    key-figure table or line without a year of its own is the report year's."""
    ev = result.evidence.get("employees")
    if ev and result.facts.get("employees") is not None:
        text = ev.get("text", "")
        if _context()["year_end_re"].search(text) and (y := _YEAR.search(text)):
            result.facts["employees_as_of"] = f"{y.group(0)}-12-31"
            result.evidence["employees_as_of"] = ev
    ev = result.evidence.get("revenue_nok")
    if ev and result.facts.get("revenue_nok") is not None:
        y = _YEAR.search(ev.get("text", ""))
        key_figure = str(ev.get("rule", "key-figure")).startswith(("key-figure", "run-in"))  # a table row has no rule
        year = int(y.group(0)) if y else (report_year if key_figure else None)
        if year is not None:
            result.facts["revenue_year"] = year
            result.evidence["revenue_year"] = ev


def response_rate(result: Facts) -> None:
    """esg_response_rate from counts ("77 av 105 svarte") when no rate is printed."""
    f = result.facts
    if f.get("business_partners_asked_esg") is None and f.pop("esg_asked_all", None) and f.get("business_partners_total"):
        f["business_partners_asked_esg"] = f["business_partners_total"]  # "alle fekk tilsendt skjemaet"
        result.evidence["business_partners_asked_esg"] = result.evidence.pop("esg_asked_all")
    f.pop("esg_asked_all", None)
    result.evidence.pop("esg_asked_all", None)
    if f.pop("esg_all_answered", None) and f.get("esg_responses") is None and f.get("business_partners_asked_esg"):
        f["esg_responses"] = f["business_partners_asked_esg"]  # "… og alle svara"
        result.evidence["esg_responses"] = result.evidence.get("esg_all_answered", {})
    f.pop("esg_all_answered", None)
    result.evidence.pop("esg_all_answered", None)
    asked, answered = f.get("business_partners_asked_esg"), f.get("esg_responses")
    if f.get("esg_response_rate") is None and asked and answered is not None and 0 <= answered <= asked:
        f["esg_response_rate"] = round(100.0 * answered / asked, 1)
        result.evidence["esg_response_rate"] = {**result.evidence["esg_responses"], "computed": "esg_responses / business_partners_asked_esg"}


def implied_high_risk(result: Facts) -> None:
    """high_risk_suppliers from a share of the partners ("9 % av våre 1 400 leverandører") when no count is
    printed: the share of business_partners_total, rounded (the helper share itself is not output)."""
    f = result.facts
    pct, ev = f.pop("high_risk_pct", None), result.evidence.pop("high_risk_pct", None)
    total = f.get("business_partners_total")
    if f.get("high_risk_suppliers") is None and pct is not None and total and 0 <= pct <= 100:
        f["high_risk_suppliers"] = int(round(pct * total / 100.0))
        result.evidence["high_risk_suppliers"] = {**(ev or {}), "computed": "high_risk_pct × business_partners_total"}


def findings_tables(tables: list[Table]) -> Iterator[Fact]:
    """violations_found from a findings column: any finding row is True, only "none" cells False."""
    spec = rules.load(RULES).data.get("findings_table")
    if not spec:
        return
    header, none = re.compile(spec["header"], re.I), re.compile(spec["none"], re.I)
    for table in tables:
        if len(table.rows) < 2:
            continue
        cols = [j for j, c in enumerate(table.rows[0]) if header.search(c)]
        if not cols:
            continue
        verdict: Fact | None = None
        for i, row in enumerate(table.rows[1:], start=1):
            cell = " ".join(row[cols[0]].split()) if cols[0] < len(row) else ""
            if not cell:
                continue
            found = not none.match(cell)
            if verdict is None or (found and verdict.value is False):
                verdict = Fact("violations_found", found, row_evidence(table, i))
        if verdict is not None:
            yield verdict


def any_true_wins(from_rules: list[Fact], from_clauses: list[Fact]) -> list[Fact]:
    """violations_found: a breach found anywhere wins over every "none found"; the per-scope keys follow."""
    overall = [f for f in from_clauses + from_rules if f.key == "violations_found"]
    best = next((f for f in overall if f.value is True), overall[0] if overall else None)
    return ([best] if best else []) + [f for f in from_clauses if f.key != "violations_found"]


def extract(seg: Any, tables: list[Table], info: Any) -> Facts:
    """All transparency facts of a document; contract keys absent from it are None."""
    lang = getattr(info, "language", None)
    sents = list(sentences(seg))
    found: list[Fact] = [f for table in tables for f in table_facts(table, lang)]
    found.extend(figures.risk_level_facts(tables, lang))
    found.extend(figures.risk_level_lines(getattr(seg, "sections", ()), lang))
    found.extend(f for f in figure_lines(list(sentences(seg, prose_only=False)), lang, getattr(info, "report_year", None))
                 if plausible(f))
    found.extend(f for f in figures.transposed_facts(list(sentences(seg, prose_only=False)), lang,
                                                     getattr(info, "report_year", None)) if plausible(f))
    found.extend(f for f in figures.run_in_facts(sents, lang) if plausible(f))
    found.extend(f for f in figures.heading_facts(getattr(seg, "sections", ()), lang) if plausible(f))
    found.extend(parts_facts(sents, lang))
    prose = prose_facts(sents, lang, getattr(info, "report_year", None))
    found.extend(f for f in prose if f.key != "violations_found")
    from_rules = [f for f in prose if f.key == "violations_found"] + list(findings_tables(tables))
    found.extend(any_true_wins(from_rules, list(risk.violation_facts(seg))))
    found.extend(risk.risk_found(seg))
    found.extend(f for f in figures.line_facts(getattr(seg, "sections", ()), lang) if plausible(f))
    found.sort(key=full_time_equivalents_only)  # stable: a head count before a count of FTEs
    result = collect(found, base={k: None for k in CONTRACT_KEYS})
    for fact in learned.fill(sents, lang, {k for k in CONTRACT_KEYS if result.facts.get(k) is None}):
        if result.facts.get(fact.key) is None:
            result.facts[fact.key] = fact.value
            result.evidence[fact.key] = fact.evidence
    response_rate(result)
    implied_high_risk(result)
    dated(result, getattr(info, "report_year", None))
    areas, area_evidence = risk.risk_areas(seg, getattr(info, "organisation", None))
    result.facts["risk_areas"] = areas
    result.facts["largest_risk_areas"] = [a["area"] for a in areas]
    for k, ev in enumerate(area_evidence):
        result.evidence[f"risk_areas[{k}]"] = ev
    return result
