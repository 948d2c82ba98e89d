"""Equality facts stated in sentences (bokmål and nynorsk).

* values with a unit and a gender: "Kvinner tar ut 23 uker og menn ca. 15
  uker", "Sykefraværet var 6,2 % blant kvinner" (:data:`PAIR_TOPICS`);
* head counts: "ti ansatte i midlertidige stillinger", "De 45 ansatte som jobber
  deltid", "hadde vi 164 tilsette", "133 kvinnelige og 113 mannlige ansatte";
* shares: "Blant avdelingslederne er kvinneandelen 45 %", "34 % av de nyansatte
  var kvinner"; a survey's response rate and respondents. Statements that one
  report alone makes (survey items, targets) are percentages and quantities,
  not facts of their own.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from extractor.facts.common import (
    NUM, NUMW, Fact, Sentence, as_int_or_float, to_number,
)

LevelOf = Callable[[str], "str | None"]

# Prose values with a unit: (topic pattern, unit, key).
PAIR_TOPICS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), unit, key)
    for p, unit, key in (
        (r"foreldrepermisjon|permisjon|parental leave", "uker", "parental_leave_weeks_{g}"),
        (r"sykt barn|barns sykdom|sjukt barn", "dager", "sick_child_days_avg_{g}"),
        (r"overtid", "timer", "overtime_hours_avg_{g}"),
        (r"sykefravær|sjukefråv[æe]r|sick(?:ness)? (?:leave|absence)|absence due to (?:illness|sickness)", "%",
         "sick_leave_{g}"),
        (r"barn under (?P<age>\d+)", "%", "employees_with_children_under_{age}_{g}_share"),
    )
)
_GENDER = re.compile(r"\b(?P<w>kvinn\w*|women|female|mothers|mødre\w*)|"
                     r"\b(?P<m>menn(?:ene|ane|s|enes)?|mann|mannlege|mannlige?|men|male|fathers|fedre\w*)\b", re.IGNORECASE)
_VALUE_UNIT = re.compile(
    rf"(?P<n>{NUMW})\s*(?P<u>(?:uker|uke|veker|veke|weeks?|dager|dag|dagar|days?|timer|time|timar|hours?|prosent|per ?cent|"
    rf"percent)\b|%)", re.IGNORECASE
)
_UNITS = {"uke": "uker", "uker": "uker", "veke": "uker", "veker": "uker", "week": "uker", "weeks": "uker",
          "dag": "dager", "dager": "dager", "dagar": "dager", "day": "dager", "days": "dager", "time": "timer",
          "timer": "timer", "timar": "timer", "hour": "timer", "hours": "timer", "%": "%", "prosent": "%",
          "per cent": "%", "percent": "%"}
_AFTER_GENDER = re.compile(r"^\)?\s*(?:for|blant|hos|among)?\s*(?P<g>kvinn\w*|women|female|menn(?:ene|ane)?|mann|men|male)\b",
                           re.IGNORECASE)
_CHANGE = re.compile(r"reduksjon|økning|auke|redusert|økt|endring|nedgang|mer enn|flere enn", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")

_N = rf"(?!(?:19|20)\d\d\b){NUMW}"  # a number that is not a year
_PEOPLE = r"(?:ansatte|tilsette|personer|medarbeidere|årsverk)"
_TEMPORARY = r"(?:midlertidig\w*|mellombels\w*)"
COUNT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), key)
    for p, key in (
        (rf"(?P<n>{_N})\s+(?:{_PEOPLE}\s+(?:var\s+|er\s+)?(?:i\s+|på\s+|med\s+)?{_TEMPORARY}"
         rf"|(?:var\s+|er\s+)?{_TEMPORARY}\s+(?:ansatte|tilsette|ansettelser|stillinger))", "temporary_employees"),
        (rf"antall(?:et)?\s+{_TEMPORARY}\s+ansatte\s+(?:var|er)\s+(?P<n>{_N})", "temporary_employees"),
        (rf"(?P<n>{_N})\s+(?:{_PEOPLE}\s+(?:som\s+)?(?:jobber\s+|arbeider\s+|er\s+|var\s+|har\s+)?"
         r"(?:i\s+|på\s+|med\s+)?(?:deltid\w*|redusert\s+stilling)|deltidsansatte|deltidstilsette)",
         "part_time_employees"),
        (rf"(?P<n>{NUMW})\s+av\s+(?:disse|dem)\s+(?:[\wæøå]+\s+){{0,3}}?fast\w*\s+ansett",
         "temporary_employees_made_permanent"),
        (rf"(?P<n>{NUMW})\s+(?:nye\s+(?:medarbeidere|ansatte)|nyansatte|nytilsette)", "new_employees"),
        (rf"(?:hadde|har|var|totalt|til sammen|i alt)\s+(?:[\wæøå]+\s+){{0,4}}?(?P<n>{NUM})\s+(?:fast\s+)?"
         r"(?:ansatte|tilsette)\b", "employees_total"),
        (r"(?P<n>\d+(?:,\d+)?)\s*(?:%|prosent)\s+av\s+(?:de\s+)?(?:ansatte|medarbeiderne|de spurte)\s+svarte",
         "survey_response_rate"),
        (r"svarprosent\w*\s+(?:var\s+|på\s+|er\s+)?(?P<n>\d+(?:,\d+)?)", "survey_response_rate"),
        (r"\(n\s*[:=]\s*(?P<n>\d+)\)", "survey_respondents"),
    )
)
_NOT_IN = {
    "employees_total": re.compile(r"midlertidig|mellombels|deltid|nye|søker|sesong", re.I),
}
_PERCENT_KEYS = frozenset({"survey_response_rate"})
_PERCENT_NEXT = re.compile(r"\s*(?:%|prosent)", re.IGNORECASE)
_NEW_EMPLOYEES = re.compile(r"nye\s+(?:medarbeidere|ansatte)|nyansatte", re.IGNORECASE)
_TOPIC_COUNTS = (("temporary_employees", re.compile(r"midlertidig|mellombels", re.I)),
                 ("part_time_employees", re.compile(r"deltid", re.I)))
_PREVIOUS = re.compile(rf"fra\s+(?P<a>{NUMW})\s+i\s+(?P<y1>\d{{4}})\s+til\s+(?P<b>{NUMW})\s+i\s+(?P<y2>\d{{4}})", re.I)
_INCREASE = re.compile(r"økning\s+på\s+(?P<n>\d+(?:,\d+)?)\s*(?:%|prosent)", re.IGNORECASE)
_GENDER_SHARE = re.compile(
    r"(?P<n>\d+(?:,\d+)?)\s*(?:%|prosent)\s+(?P<g>kvinnelige|mannlige|kvinnelege|mannlege)"
    r"(?:\s+(?P<who>søkere?|søkjarar))?",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(
    r"(?P<n>\d+(?:,\d+)?)\s*(?:%|prosent)\s+av\s+(?:de\s+|dei\s+)?(?P<who>nyansatte|nytilsette|nye\s+medarbeidere|"
    r"søkerne|søkere|søkjarane)\s+(?:var\s+)?(?P<g>kvinner|menn)",
    re.IGNORECASE,
)
_WOMEN_SHARE = re.compile(
    r"kvinneandel(?:en)?\s+(?:(?P<total>totalt)\s+)?(?:(?:er|var|på|blir)\s+)?(?P<n>\d+(?:,\d+)?)\s*(?:%|prosent)",
    re.IGNORECASE,
)
_GENDER_COUNTS = re.compile(
    rf"(?P<a>{NUM})\s+(?P<ga>kvinn\w*|menn|mann\w*)\s+og\s+(?P<b>{NUM})\s+(?P<gb>kvinn\w*|menn|mann\w*)", re.I
)
_STAFF = re.compile(r"\b(?:ansatte|tilsette)\b", re.IGNORECASE)
_WORD = re.compile(r"[\wæøåÆØÅ-]+")
def _gender(word: str) -> str:
    return "women" if word.lower().startswith(("kvinn", "women", "female", "mother", "mødre")) else "men"


def gendered_values(sent: Sentence) -> Iterator[Fact]:
    """"Kvinner tar ut 23 uker og menn ca. 15 uker" → one fact per gender and topic."""
    text = sent.text
    genders = list(_GENDER.finditer(text))
    if not genders:
        return
    title = sent.section.title if sent.section else ""
    for m in _VALUE_UNIT.finditer(text):
        unit = _UNITS[m.group("u").lower()]
        after = _AFTER_GENDER.match(text[m.end():])
        before = [g for g in genders if g.end() <= m.start()]
        if after:
            gender = _gender(after.group("g"))
        elif before and not _CHANGE.search(text[before[-1].end():m.start()]):
            gender = "women" if before[-1].group("w") else "men"
        else:
            continue
        rules = [(p, k) for p, u, k in PAIR_TOPICS if u == unit]
        found = next(((t, k) for p, k in rules if (t := p.search(text))), None) or next(
            ((t, k) for p, k in rules if (t := p.search(title))), None)
        if found:
            topic, key = found
            age = topic.groupdict().get("age") or ""
            yield Fact(key.format(g=gender, age=age), to_number(m.group("n")), sent.evidence(m.start(), m.end()))


def count_facts(sent: Sentence, report_year: int | None) -> Iterator[Fact]:
    """Head counts, previous-year figures and a survey's response figures from one sentence."""
    text = sent.text
    for pattern, key in COUNT_RULES:
        avoid = _NOT_IN.get(key)
        if avoid and avoid.search(text):
            continue
        for m in pattern.finditer(text):
            raw = m.group("n")
            tail = text[m.end("n"):m.end("n") + 10]
            if _YEAR.match(raw.strip()) or (key not in _PERCENT_KEYS and _PERCENT_NEXT.match(tail)):
                continue
            yield Fact(key, as_int_or_float(to_number(raw)), sent.evidence(m.start("n"), m.end("n")))
            break
    prev = _PREVIOUS.search(text)
    if prev:
        topic = next((k for k, p in _TOPIC_COUNTS if p.search(text)), None)
        if topic and (report_year is None or int(prev.group("y2")) == report_year):
            yield Fact(f"{topic}_previous_year", as_int_or_float(to_number(prev.group("a"))), sent.evidence())
            yield Fact(topic, as_int_or_float(to_number(prev.group("b"))), sent.evidence())
    inc = _INCREASE.search(text)
    if inc and _NEW_EMPLOYEES.search(text):
        yield Fact("new_employees_increase_pct", to_number(inc.group("n")), sent.evidence(inc.start(), inc.end()))


def share_facts(sent: Sentence, level_of: LevelOf) -> Iterator[Fact]:
    """Women's shares and head counts by gender said in words."""
    text = sent.text
    for m in _SHARE_OF.finditer(text):
        metric = "applicants" if m.group("who").lower().startswith("søk") else "hires"
        key = f"{metric}_{_gender(m.group('g'))}_share"
        yield Fact(key, to_number(m.group("n")), sent.evidence(m.start(), m.end()))
    for m in _GENDER_SHARE.finditer(text):
        if m.group("who") or "søk" in text.lower():
            yield Fact(f"applicants_{_gender(m.group('g'))}_share", to_number(m.group("n")),
                       sent.evidence(m.start(), m.end()))
    if (m := _WOMEN_SHARE.search(text)):
        level = "total" if m.group("total") else next(
            (lv for w in _WORD.findall(text[:m.start()]) if (lv := level_of(w))), None)
        if level:
            yield Fact(f"women_share_{level}", to_number(m.group("n")), sent.evidence(m.start("n"), m.end("n")))
    m = _GENDER_COUNTS.search(text) if _STAFF.search(text) else None
    if m and not _NOT_IN["employees_total"].search(text):
        if not any(level_of(w) not in (None, "total") for w in _WORD.findall(text)):
            for num, g in (("a", "ga"), ("b", "gb")):
                yield Fact(f"employees_{_gender(m.group(g))}", as_int_or_float(to_number(m.group(num))),
                           sent.evidence(m.start(num), m.end(num)))
