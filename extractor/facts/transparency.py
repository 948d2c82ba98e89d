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
from extractor.facts import transparency_learned as learned
from extractor.facts import transparency_risk as risk
from extractor.facts.common import Fact, Facts, collect, row_evidence, sentences
from extractor.facts.rulefacts import rule_matches
from extractor.model import Table
from extractor.sentences import Sentence

RULES = "transparency"
CONTRACT_KEYS = catalogue.scalar_fixed_facts("transparency_report")
_FIGURE = re.compile(r"\s*(?P<n>\d[\d\s\u00a0.,]*)\s*%?\s*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rs = rules.load(RULES)
    return tuple((t["fact"], re.compile(t["label"], re.IGNORECASE)) for t in rs.data.get("table_labels", ()))


@lru_cache(maxsize=1)
def _context() -> dict[str, Any]:
    ctx = dict(rules.load(RULES).data.get("context", {}))
    ctx["year_end_re"] = re.compile(ctx.get("year_end", r"(?!x)x"), re.IGNORECASE)
    return ctx


def table_label_fact(label: str) -> str | None:
    """The fact a key-figure label names ("Antall leverandører" → business_partners_total), else None."""
    return next((fact for fact, p in _tables() if p.search(label)), None)


def table_facts(table: Table, lang: str | None = None) -> Iterator[Fact]:
    """Key figures from two-cell rows ("Antall leverandører | 447", "Omsetning (MNOK) | 2 200")."""
    for i, row in enumerate(table.rows):
        cells = [c for c in row if c.strip()]
        if len(cells) != 2 or not (m := _FIGURE.fullmatch(cells[1])):
            continue
        key = table_label_fact(cells[0])
        value = lexicon.parse_number(m.group("n").strip(), lang if lang in lexicon.LANGS else None)
        if key is None or value is None:
            continue
        if key == "revenue_nok":
            scale = re.search(lexicon.currency_pattern() + "|" + lexicon.scale_pattern(), cells[0], re.IGNORECASE)
            value *= lexicon.scale_of(scale.group(0) if scale else None)
        yield Fact(key, int(value) if float(value).is_integer() else value, row_evidence(table, i))


def prose_facts(sents: Iterable[Sentence], lang: str | None) -> list[Fact]:
    """Every rule match as a Fact, best first (rule order in the file, then reading order)."""
    rs = rules.load(RULES)
    rank = {r.id: k for k, r in enumerate(rs.rules)}
    found: list[tuple[int, int, Fact]] = []
    for order, (sent, m) in enumerate(rule_matches(rs, sents, lang)):
        evidence = sent.evidence(m.start, m.end)
        evidence["rule"] = m.rule.id
        found.append((rank[m.rule.id], order, Fact(m.fact, m.value, evidence)))
    found.sort(key=lambda t: (t[0], t[1]))
    return [f for _, _, f in found if plausible(f)]


def plausible(fact: Fact) -> bool:
    """Sanity limits kept as data: a revenue below the floor is a threshold or a price."""
    if fact.key == "revenue_nok":
        return isinstance(fact.value, (int, float)) and fact.value >= float(_context().get("revenue_min_nok", 0))
    if fact.key == "esg_response_rate":
        return isinstance(fact.value, (int, float)) and 0 <= fact.value <= 100
    return True


def dated(result: Facts) -> None:
    """employees_as_of and revenue_year from the sentence that gave the figure."""
    ev = result.evidence.get("employees")
    if ev and result.facts.get("employees") is not None:
        text = ev.get("text", "")
        if _context()["year_end_re"].search(text) and (y := _YEAR.search(text)):
            result.facts["employees_as_of"] = f"{y.group(0)}-12-31"
            result.evidence["employees_as_of"] = ev
    ev = result.evidence.get("revenue_nok")
    if ev and result.facts.get("revenue_nok") is not None and (y := _YEAR.search(ev.get("text", ""))):
        result.facts["revenue_year"] = int(y.group(0))
        result.evidence["revenue_year"] = ev


def response_rate(result: Facts) -> None:
    """esg_response_rate from counts ("77 av 105 svarte") when no rate is printed."""
    f = result.facts
    asked, answered = f.get("business_partners_asked_esg"), f.get("esg_responses")
    if f.get("esg_response_rate") is None and asked and answered is not None and 0 <= answered <= asked:
        f["esg_response_rate"] = round(100.0 * answered / asked, 1)
        result.evidence["esg_response_rate"] = {**result.evidence["esg_responses"], "computed": "esg_responses / business_partners_asked_esg"}


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
    prose = prose_facts(sents, lang)
    found.extend(f for f in prose if f.key != "violations_found")
    found.extend(any_true_wins([f for f in prose if f.key == "violations_found"], list(risk.violation_facts(seg))))
    found.extend(risk.risk_found(seg))
    result = collect(found, base={k: None for k in CONTRACT_KEYS})
    for fact in learned.fill(sents, lang, {k for k in CONTRACT_KEYS if result.facts.get(k) is None}):
        if result.facts.get(fact.key) is None:
            result.facts[fact.key] = fact.value
            result.evidence[fact.key] = fact.evidence
    response_rate(result)
    dated(result)
    areas, area_evidence = risk.risk_areas(seg, getattr(info, "organisation", None))
    result.facts["risk_areas"] = areas
    result.facts["largest_risk_areas"] = [a["area"] for a in areas]
    for k, ev in enumerate(area_evidence):
        result.evidence[f"risk_areas[{k}]"] = ev
    return result
