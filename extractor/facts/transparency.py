"""Transparency reports (åpenhetsloven): the organisation and its supply chain in figures.

Head counts and money come from prose ("1 053 ansatte", "138 tilsette", "en
omsetning på 2,2 milliarder kroner", "Revenue in 2024 was NOK 3.2 billion");
supplier figures from counting phrases ("447 aktive leverandører", "sendte
egenerklæring til 120 leverandører", "svarprosent på 64 %", "41 suppliers were
classified as high risk") and from two-cell key-figure tables. Rules exist for
bokmål, nynorsk and English; English figures use "1,120" and "3.2". What the
report found (``violations_found``) and its ``risk_areas`` come from
:mod:`~extractor.facts.transparency_risk`.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from extractor import catalogue
from extractor.facts import transparency_risk as risk
from extractor.facts.common import (
    EN_NUM, EN_NUMW, NUM, NUMW, Fact, Facts, Sentence, as_int_or_float, collect, row_evidence, sentences,
    span_evidence, to_number,
)
from extractor.model import Table

CONTRACT_KEYS = catalogue.scalar_fixed_facts("transparency_report")
_N = rf"(?!(?:19|20)\d\d\b)(?:{NUMW})"
_PARTNERS = (r"(?:leverandør(?:er|ar)|forretningspartner(?:e|ar)|forretningsforbindelser|leverandøravtaler|"
             r"underleverandør(?:er|ar)|samarbeidspartnere)")
_PCT = r"\s*(?:%|prosent)"
_AUDITS = (r"(?:leverandør)?(?:revisjoner|revisjonar|tilsyn|kontroller|stikkprøvekontroller|leverandørbesøk|"
           r"revisjonsbesøk)")
# (pattern, key, number language): the first rule that matches a sentence gives the value.
COUNT_RULES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), key, lang)
    for p, key, lang in (
        (rf"(?P<n>{NUM})\s+(?:fast\s+)?(?:ansatte|tilsette|medarbeidere|årsverk)\b", "employees", "nb"),
        (rf"(?P<n>{EN_NUM})\s+(?:full-time\s+)?(?:employees|staff)\b", "employees", "en"),
        (rf"\b(?:sendt|sendte|sende|send)\s+(?:ut\s+)?(?:[\wæøå-]+\s+){{0,8}}?til\s+(?P<n>{_N})\s+"
         rf"(?:av\s+\w+\s+)?{_PARTNERS}", "business_partners_asked_esg", "nb"),
        (rf"\b(?:ba|bad|bede|bedt)\s+(?:vi\s+)?(?P<n>{_N})\s+{_PARTNERS}", "business_partners_asked_esg", "nb"),
        (rf"(?P<n>{_N})\s+{_PARTNERS}\s+(?:ble|har\s+blitt|er|var|vart)\s+(?:bedt|spurt|forespurt|kontaktet)",
         "business_partners_asked_esg", "nb"),
        (rf"\bsent\s+(?:[\w-]+\s+){{0,6}}?to\s+(?P<n>{EN_NUMW})\s+(?:of\s+them|suppliers|business\s+partners)",
         "business_partners_asked_esg", "en"),
        (rf"svarprosent\w*\s+(?:var\s+|på\s+|er\s+)?(?:\w+\s+)?(?P<n>{NUM}){_PCT}", "esg_response_rate", "nb"),
        (rf"(?P<n>{NUM}){_PCT}\s+(?:av\s+(?:dem|disse|leverandørene|forretningspartnerne)\s+)?(?:har\s+)?"
         r"(?:svarte|svart|besvarte|besvart)", "esg_response_rate", "nb"),
        (rf"\bsvarte\s*\(\s*(?P<n>{NUM})\s*%\s*\)", "esg_response_rate", "nb"),
        (rf"response\s+rate\s+(?:of|was|:)\s+(?P<n>{EN_NUM})\s*(?:%|per\s*cent|percent)", "esg_response_rate", "en"),
        (rf"(?P<n>{_N})\s+(?:{_PARTNERS}|avtaler)\s+(?:har|hadde|med|i|innen)\s+(?:en\s+)?"
         r"(?:høy|høg|forhøyet|vesentlig)\s+risiko", "high_risk_suppliers", "nb"),
        (rf"(?P<n>{_N})\s+(?:[\wæøå]+\s+){{0,3}}?høy(?:risiko|e?\s+risiko)(?:leverandør(?:er|ar)|avtaler)",
         "high_risk_suppliers", "nb"),
        (rf"(?P<n>{EN_NUMW})\s+(?:suppliers|business\s+partners)\s+(?:were|are|was)\s+(?:classified|assessed|"
         r"considered|rated|identified)\s+as\s+high[\s-]risk", "high_risk_suppliers", "en"),
        (rf"(?P<n>{EN_NUMW})\s+high[\s-]risk\s+suppliers", "high_risk_suppliers", "en"),
        (rf"(?:gjennomførte|gjennomført|gjennomfører|utførte|utført)\s+(?:vi\s+)?(?P<n>{_N})\s+{_AUDITS}",
         "supplier_audits", "nb"),
        (rf"(?P<n>{_N})\s+(?:leverandør)?revisjon(?:er|ar)\s+(?:ble|er|har\s+blitt|vart)\s+gjennomført",
         "supplier_audits", "nb"),
        (rf"(?:carried\s+out|conducted|performed|completed)\s+(?P<n>{EN_NUMW})\s+(?:supplier\s+|on-site\s+|"
         r"third-party\s+)?(?:audits|inspections)", "supplier_audits", "en"),
        (rf"(?P<n>{NUM})\s+(?:aktive\s+)?{_PARTNERS}", "business_partners_total", "nb"),
        (rf"antall\s+{_PARTNERS}\s+(?:var|er|:)\s+(?P<n>{NUM})", "business_partners_total", "nb"),
        (rf"(?P<n>{EN_NUM})\s+(?:active\s+)?(?:suppliers|business\s+partners|vendors)", "business_partners_total",
         "en"),
        (rf"(?P<n>{_N})\s+bærekraftsløfter", "sustainability_pledges", "nb"),
    )
)
_NOT_IN = {"business_partners_total": re.compile(
    r"risiko|risk|revisjon|audit|svar|respon|sendt|sende|sent\b|\bba\b|bedt|brudd|spørreskjema|egenerklæring|"
    r"eigenerklæring|questionnaire", re.I)}
TABLE_LABELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), key)
    for p, key in (
        (r"forespurt|spurt|sendt|bedt", "business_partners_asked_esg"),
        (r"svarprosent|svarandel|svar\w*\s+i\s+%", "esg_response_rate"),
        (r"høy\s*risiko|høyrisiko", "high_risk_suppliers"),
        (r"revisjon|tilsyn|kontroller", "supplier_audits"),
        (r"leverandør|forretningspartner|forretningsforbindelse", "business_partners_total"),
        (r"^(?:antall\s+)?(?:ansatte|tilsette|medarbeidere|årsverk)\b", "employees"),
        (r"omsetning|driftsinntekter", "revenue_nok"),
    )
)
REVENUE = re.compile(
    r"(?:omsetn|driftsinntekter|inntekter|omsatte)\w*\s+(?:[\wæøå]+\s+){0,3}?(?:på|av|for|var|er|:)?\s*"
    rf"(?:ca\.?\s+|om\s+lag\s+|over\s+|cirka\s+|nesten\s+)?(?P<n>{NUM})\s*"
    r"(?P<scale>milliarder|milliardar|milliard|mrd\.?|millioner|millionar|million|mill\.?|MNOK|MRD|TNOK|tusen)?\s*"
    r"(?:kroner|kr\.?|NOK)?",
    re.IGNORECASE,
)
REVENUE_EN = re.compile(
    rf"revenue\w*\s+(?:[\w]+\s+){{0,3}}?(?:was|of|totalled|amounted\s+to|:)?\s*(?:NOK|kr)\s*(?P<n>{EN_NUM})\s*"
    r"(?P<scale>billion|million|bn|thousand)?",
    re.IGNORECASE,
)
SCALES = (("milliard", 1e9), ("mrd", 1e9), ("billion", 1e9), ("bn", 1e9), ("mill", 1e6), ("mnok", 1e6),
          ("tusen", 1e3), ("tnok", 1e3), ("thousand", 1e3))
_HEADCOUNT_CONTEXT = re.compile(r"omsetn|hadde|sysselsatte|\bhad\b|at the end of", re.IGNORECASE)
_CURRENCY = re.compile(r"kroner|kr\b|NOK", re.IGNORECASE)
_FIGURE = re.compile(rf"\s*(?P<n>{NUM})\s*%?\s*")
_SCALE_WORD = re.compile(r"milliard|mrd|mill|mnok|tusen|tnok", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_END = re.compile(r"ved\s+årsslutt|ved\s+utgangen\s+av|per\s+31\.\s*(?:12\.|desember)|at\s+the\s+end\s+of", re.I)
_UPTIME = re.compile(rf"oppetid\w*[^.]*?(?P<n>{NUM}){_PCT}", re.IGNORECASE)
_BACKBONE = re.compile(r"stamnett|backbone|kjernenett", re.IGNORECASE)
_STATE_OWNED = re.compile(r"\bheleid\s+av\s+staten|\b100\s*%\s+statlig\s+eid|\bheleid\s+statlig", re.IGNORECASE)
_NON_ECONOMIC = re.compile(r"ikke-økonomisk\s+formål|ikke\s+økonomisk\s+formål", re.IGNORECASE)
_EXPECTS = re.compile(r"forvent\w*\s+at\s+[^\n]*:\s*\n", re.IGNORECASE)


def scale_of(word: str) -> float:
    """The factor a money word stands for ("milliarder" → 1e9, "mill." → 1e6, "" → 1)."""
    w = word.lower()
    return next((factor for prefix, factor in SCALES if w.startswith(prefix)), 1.0)


def _value_evidence(sent: Sentence, m: re.Match[str]) -> dict[str, Any]:
    return sent.evidence(m.start("n"), m.end("n"))


def count_facts(sent: Sentence) -> Iterator[Fact]:
    """Counts, rates and money from one sentence."""
    text = sent.text
    for pattern, key, lang in COUNT_RULES:
        avoid = _NOT_IN.get(key)
        if avoid and avoid.search(text):
            continue
        m = pattern.search(text)
        if not m:
            continue
        value = as_int_or_float(to_number(m.group("n"), lang))
        if key != "employees":
            yield Fact(key, value, _value_evidence(sent, m))
            continue
        prefer = bool(_YEAR_END.search(text) or _HEADCOUNT_CONTEXT.search(text))
        yield Fact("employees" if prefer else "employees_mentioned", value, _value_evidence(sent, m))
        if prefer and _YEAR_END.search(text) and (y := _YEAR.search(text)):
            yield Fact("employees_as_of", f"{y.group(0)}-12-31", _value_evidence(sent, m))
    yield from revenue_facts(sent)
    if (up := _UPTIME.search(text)):
        key = "uptime_backbone" if _BACKBONE.search(text) else "uptime"
        yield Fact(f"{key}_percent", as_int_or_float(to_number(up.group("n"))), _value_evidence(sent, up))
        if y := _YEAR.search(text):
            yield Fact(f"{key}_year", int(y.group(0)), _value_evidence(sent, up))
    if _STATE_OWNED.search(text):
        yield Fact("wholly_state_owned", True, sent.evidence())
    if _NON_ECONOMIC.search(text):
        yield Fact("non_economic_purpose", True, sent.evidence())


def revenue_facts(sent: Sentence) -> Iterator[Fact]:
    """revenue_nok and its year: "omsetning på 2,2 milliarder kroner", "Revenue in 2024 was NOK 3.2 billion"."""
    text = sent.text
    for pattern, lang in ((REVENUE, "nb"), (REVENUE_EN, "en")):
        rev = pattern.search(text)
        if not rev or not (rev.group("scale") or _CURRENCY.search(rev.group(0))):
            continue
        amount = to_number(rev.group("n"), lang)
        if amount is None:
            continue
        yield Fact("revenue_nok", int(round(amount * scale_of(rev.group("scale") or ""))), _value_evidence(sent, rev))
        if y := _YEAR.search(text):
            yield Fact("revenue_year", int(y.group(0)), _value_evidence(sent, rev))
        return


def table_facts(table: Table) -> Iterator[Fact]:
    """Key figures from two-cell rows ("Antall leverandører | 447", "Omsetning (MNOK) | 2 200")."""
    for i, row in enumerate(table.rows):
        cells = [c for c in row if c.strip()]
        if len(cells) != 2 or not (m := _FIGURE.fullmatch(cells[1])):
            continue
        key = next((k for p, k in TABLE_LABELS if p.search(cells[0])), None)
        value = to_number(m.group("n"))
        if key is None or value is None:
            continue
        if key == "revenue_nok":
            scale = _SCALE_WORD.search(cells[0])
            value = value * scale_of(scale.group(0) if scale else "")
        yield Fact(key, as_int_or_float(value), row_evidence(table, i))


def expectations(seg: Any) -> Iterator[Fact]:
    """owner_expectations_listed: bullets after "... forventer at selskapene:"."""
    for section in seg.sections:
        text = seg.maps[section.id].text if section.id in seg.maps else section.text
        m = _EXPECTS.search(text)
        if m:
            bullets = 0
            for line in text[m.end():].split("\n"):
                if not line.startswith("•"):
                    break
                bullets += 1
            if bullets and section.id in seg.maps:
                ev = span_evidence(seg.maps[section.id], m.start(), m.end(), m.group(0), section)
                yield Fact("owner_expectations_listed", bullets, ev)
                return


def extract(seg: Any, tables: list[Table], info: Any) -> Facts:
    """All transparency facts of a document; contract keys absent from it are None."""
    found: list[Fact] = [f for table in tables for f in table_facts(table)]
    for sent in sentences(seg):
        found.extend(count_facts(sent))
    found.extend(risk.violation_facts(seg))
    found.extend(risk.risk_found(seg))
    found.extend(expectations(seg))
    result = collect(found, base={k: None for k in CONTRACT_KEYS})
    if result.facts.get("employees") is None and "employees_mentioned" in result.facts:
        result.facts["employees"] = result.facts["employees_mentioned"]
        result.evidence["employees"] = result.evidence["employees_mentioned"]
    result.facts.pop("employees_mentioned", None)
    result.evidence.pop("employees_mentioned", None)
    areas, area_evidence = risk.risk_areas(seg, getattr(info, "organisation", None))
    result.facts["risk_areas"] = areas
    result.facts["largest_risk_areas"] = [a["area"] for a in areas]
    for k, ev in enumerate(area_evidence):
        result.evidence[f"risk_areas[{k}]"] = ev
    return result
