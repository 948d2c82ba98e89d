"""Levels in equality reports: the level vocabulary, per-level facts, and levels named in sentences.

A level or job category is kept as printed (``levels`` of schema 2); :data:`LEVELS`
maps a label to the fixed groups (the whole organisation, top management,
managers) whose figures are also fixed facts. The sentence readers here take a
level's women's share, head count, pay gap or pay ratio from the ``level_share``,
``level_counts``, ``level_pay_gap`` and ``level_pay_ratio`` tables of the
``equality`` rules file ("64 prosent kvinner i økonomiavdelingen", "For ledere
utgjør kvinners lønn 97,5 prosent av menns").
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Any, Iterator

from extractor import rules
from extractor.facts import equality_derive as derive
from extractor.facts.common import Fact, as_int_or_float, fold, to_number

RULES = "equality"

# Row labels → level keys (prose shares and the fixed facts); the first pattern that matches wins.
LEVELS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), key)
    for p, key in (
        (r"^(?:alle (?:ansatte|tilsette)|totalt?|sum|i alt|samla?|hele (?:virksomheten|organisasjonen)|heile "
         r"verksemda|virksomheten|verksemda|all employees|all staff|(?:hele|heile) (?:kommunen|fylkeskommunen|"
         r"konsernet|selskapet|organisasjonen|foretaket|føretaket)|(?:kommunen|konsernet|selskapet) (?:totalt|samla|"
         r"samlet|i alt)|whole (?:organisation|organization|company|group)|group total|vekta? (?:snitt|gjennomsnitt)|"
         r"weighted (?:average|mean|total))\b", "total"),
        (r"^(?:administrerende direktør|adm\.? ?dir|dagleg leiar|daglig leder)", "ceo"),
        (r"^(?:avdelingsdirektør|avdelingsled|avdelingsleiar|avdelingssjef)", "department_directors"),
        (r"^(?:seksjonsled|seksjonsleiar|seksjonssjef)", "section_leaders"),
        (r"^(?:foretaksled|foretaksleiing|virksomhetsledelse|toppled|toppleiing|øverste ledelse|ledergrupp|leiargrupp|leiinga|konsernledelse|ledelsen|"
         r"executive management|senior management|top management|management team|management group|"
         r"leadership team|executive team|group management|kommunedirektør|rådmann|fylkesdirektør|"
         r"konsernsjef og|administrerende direktør og|dagleg leiar og|daglig leder og)", "top_management"),
        (r"^(?:direktør|divisjonsdirektør|direktører)", "directors"),
        (r"^(?:mellomled|mellomleiar)", "middle_managers"),
        (r"^(?:alle )?(?:ledere|leiarar|managers)\b|^lederstilling|^ledernivå|^leiarstilling", "managers"),
        (r"^(?:medarbeider|medarbeidar|øvrige ansatte|andre (?:ansatte|tilsette)|ansatte uten personalansvar|"
         r"ikke-ledere)", "employees"),
        (r"^(?:styret|styre)\b", "board"),
    )
)
_SOFT_BREAK = re.compile(r"(?<=[a-zæøåA-ZÆØÅ])- (?=[a-zæøå])(?!og\b|eller\b|samt\b|til\b)")
_EDGE = re.compile(r"^[\s*:•.–-]+|[\s*:•.–]+$")


def level_of(label: str) -> str | None:
    """Level key of a row label ("Avdelings- direktører" → "department_directors")."""
    folded = fold(label)
    return next((key for pattern, key in LEVELS if pattern.search(folded)), None)


def printed(label: str) -> str:
    """A level name as printed, line-break hyphens healed ("Avdelings- direktører:" → "Avdelingsdirektører")."""
    return _EDGE.sub("", _SOFT_BREAK.sub("", " ".join(label.split())))


def printed_ratio(value: float, ev: dict[str, Any]) -> tuple[float, dict[str, Any]]:
    """A pay ratio cell as printed → per cent (a fraction "0,96" is × 100; an index or a per cent is kept)."""
    ratio = derive.ratio_percent(value)
    return (ratio, ev) if ratio == value else (ratio, {**ev, "derived": "fraction × 100"})


def level_fact(name: str, field: str, value: Any, ev: dict[str, Any]) -> Fact:
    """A per-level figure, keyed by the level's printed name (collected into ``levels``)."""
    return Fact(f"level|{printed(name)}|{field}", value, ev)


@lru_cache(maxsize=1)
def _level_share_patterns() -> tuple[re.Pattern[str], ...]:
    data = rules.load(RULES).data.get("level_share", {})
    return tuple(re.compile(rules.expand(p, {}), re.IGNORECASE) for p in data.get("patterns", ()))


def prose_level_shares(sent: Any) -> Iterator[Fact]:
    """"64 prosent kvinner i økonomiavdelingen" → the level as printed with its women's share (the
    ``level_share`` patterns of the rules file); levels that are the total or a fixed group give those."""
    data = rules.load(RULES).data.get("level_share", {})
    unless, not_level = data.get("unless"), data.get("not_level")
    if unless and re.search(unless, sent.text, re.IGNORECASE):
        return
    for pattern in _level_share_patterns():
        for m in pattern.finditer(sent.text):
            level, value = m.group("level").strip(), to_number(m.group("n"))
            if not_level and re.search(not_level, level, re.IGNORECASE):
                continue  # an age group, not a level
            kind = level_of(level)
            ev = sent.evidence(m.start("n"), m.end("n"))
            if kind == "total":
                yield Fact("women_share_total", value, ev)
            elif kind in ("top_management", "managers"):
                yield Fact(f"women_share_{kind}", value, ev)
            else:
                yield level_fact(level[:1].upper() + level[1:], "women_share", value, ev)


@lru_cache(maxsize=1)
def _level_count_patterns() -> tuple[re.Pattern[str], ...]:
    data = rules.load(RULES).data.get("level_counts", {})
    return tuple(re.compile(rules.expand(p, {}), re.IGNORECASE) for p in data.get("patterns", ()))


def prose_level_counts(sent: Any) -> Iterator[Fact]:
    """"Av dei 40 ingeniørane er 11 kvinner" → the level as printed with its women and its share (women /
    members × 100, marked derived); the managers and top groups give theirs by level kind."""
    for pattern in _level_count_patterns():
        for m in pattern.finditer(sent.text):
            level, women, members = m.group("level").strip(), to_number(m.group("women")), to_number(m.group("total"))
            if not women or not members or women > members or level_of(level) == "total":
                continue
            name = level[:1].upper() + level[1:]
            ev = sent.evidence(m.start("women"), m.end("women"))
            yield level_fact(name, "women", as_int_or_float(women), ev)
            share_ev = {**sent.evidence(m.start("total"), m.end("women")), "derived": "women / members × 100"}
            yield level_fact(name, "women_share", round(100.0 * women / members, 1), share_ev)


@lru_cache(maxsize=1)
def _level_gap_patterns() -> tuple[re.Pattern[str], ...]:
    data = rules.load(RULES).data.get("level_pay_gap", {})
    return tuple(re.compile(rules.expand(p, {}), re.IGNORECASE) for p in data.get("patterns", ()))


def level_pay_gap(m: re.Match[str]) -> float:
    """Women's pay in % of men's from a gap match: 100 - gap in men's favour (or unsaid), 100 + in women's."""
    gap = to_number(m.group("n").replace(".", ",")) or 0.0
    fav = (m.group("fav") or "").lower()
    return round(100.0 + gap if re.search(r"kvinn|women", fav) else 100.0 - gap, 2)


def prose_level_pay_gaps(sent: Any) -> Iterator[Fact]:
    """"mens det blant ledere er 1,5 % i kvinners favør" → the level as printed with its pay ratio
    (the ``level_pay_gap`` patterns of the rules file); the whole organisation is left to the rules."""
    for pattern in _level_gap_patterns():
        for m in pattern.finditer(sent.text):
            level = m.group("level").strip()
            if level_of(level) == "total":
                continue
            ev = {**sent.evidence(m.start("n"), m.end("n")), "derived": "100 ∓ pay gap"}
            yield level_fact(level[:1].upper() + level[1:], "pay_ratio_women_to_men", level_pay_gap(m), ev)


@lru_cache(maxsize=1)
def _level_ratio_patterns() -> tuple[re.Pattern[str], ...]:
    with (rules.DATA / f"{RULES}.toml").open("rb") as fh:
        own = tomllib.load(fh).get("macros", {})  # the file's macros (WPAY, MENPAY), which the tables may use
    macros = {**rules.shared_macros(), **own}
    return tuple(re.compile(rules.expand(p, macros), re.IGNORECASE)
                 for p in rules.load(RULES).data.get("level_pay_ratio", {}).get("patterns", ()))


def prose_level_pay_ratios(sent: Any) -> Iterator[Fact]:
    """"For ledere utgjør kvinners lønn 97,5 prosent av menns" → the level as printed with its pay ratio (a
    fraction is × 100); the whole organisation is left to the rules."""
    for pattern in _level_ratio_patterns():
        for m in pattern.finditer(sent.text):
            level = m.group("level").strip()
            value = to_number(m.group("n").replace(".", ","))
            if level_of(level) == "total" or value is None:
                continue
            ev = sent.evidence(m.start("n"), m.end("n"))
            ratio, ev = printed_ratio(value, ev)
            yield level_fact(level[:1].upper() + level[1:], "pay_ratio_women_to_men", ratio, ev)
