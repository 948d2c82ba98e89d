"""What a transparency report says it found, and how it follows up its risk areas.

The vocabularies are data (``[violations]`` in ``extractor/data/rules/transparency.toml``).
``violations_found`` reads every sentence that speaks of a breach (brudd, brot,
breach, violation, tvangsarbeid ...) together with a finding verb: "avdekket vi
brudd" is true, "ikke avdekket brudd" / "ingen kontraktsbrudd" / "found no
evidence of forced labour" false; "fant vi at ..." and "avviket er rettet"
report a finding too. Any true wins. The sections above the sentence tell own
business from supply chain. ``risk_areas`` lists the sub-headings under a risk
heading with the sentences describing measures the organisation took there.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

from extractor import rules
from extractor.facts.common import Fact, Sentence, ancestors, descendants, sentences
from extractor.model import Section
from extractor.textmap import sentence_spans

_LEGAL_FORM = re.compile(r"\s+(?:SF|HF|RHF|AS|ASA|IKS|KF)$")


@lru_cache(maxsize=1)
def vocab() -> dict[str, re.Pattern[str]]:
    """The [violations] vocabularies of the transparency rules file, compiled."""
    table = rules.load("transparency").data["violations"]
    return {k: re.compile(v, re.IGNORECASE) for k, v in table.items()}


def breach_findings(sent: Sentence) -> Iterator[bool]:
    """For each breach the sentence reports on: True (found) or False (none found)."""
    text = sent.text
    if vocab()["found_that"].search(text) or vocab()["fixed"].search(text):
        yield True
    stated = _stated_case(text)
    if stated is not None:
        yield stated
    for m in vocab()["breach"].finditer(text):
        window = text[max(0, m.start() - 90):m.start()]
        cuts = [c.end() for c in vocab()["clause"].finditer(window)]
        clause = window[cuts[-1]:] if cuts else window
        if not vocab()["finding"].search(clause) and not vocab()["none_before"].search(clause):
            if vocab()["known"].search(clause) and vocab()["negation"].search(clause) \
                    and not vocab()["potential"].search(clause):
                yield False  # "ikke kjent at noen bryter", "not reported"
            continue
        if vocab()["potential"].search(clause):
            continue  # "identifisert vesentlig risiko for brudd" names a risk, not a finding
        yield not vocab()["negation"].search(clause)


def _stated_case(text: str) -> bool | None:
    """True when the sentence states a case as found ("det ble funnet ...", "passports were held"),
    None when it states none, speaks of what could happen or follows up an earlier finding."""
    if vocab()["hypothetical"].search(text) or vocab()["follow_up"].search(text):
        return None
    for m in vocab()["case"].finditer(text):
        after = text[m.end():]
        if not vocab()["case_none_after"].search(after) and not vocab()["case_fine_after"].search(after):
            return True
    if vocab()["abuse"].search(text) and not vocab()["negation"].search(text):
        return True
    return None


def scope_of(sent: Sentence, seg: Any) -> str:
    """"supply_chain" or "own_business", from the section titles above the sentence and its words."""
    titles = " ".join(s.title for s in ([sent.section] + ancestors(seg, sent.section))) if sent.section else ""
    if vocab()["supply"].search(titles) or vocab()["supply"].search(sent.text):
        return "supply_chain"
    return "own_business"


def violation_facts(seg: Any) -> Iterator[Fact]:
    """violations_found overall and per scope; any breach found wins over any "none found"."""
    verdicts: dict[str, tuple[bool, dict[str, Any]]] = {}
    overtime: tuple[bool, dict[str, Any]] | None = None
    for sent in sentences(seg):
        for found in breach_findings(sent):
            scope = scope_of(sent, seg)
            for key in ("violations_found", f"violations_found_{scope}"):
                if key not in verdicts or (found and not verdicts[key][0]):
                    verdicts[key] = (found, sent.evidence())
            if scope == "own_business" and vocab()["overtime"].search(sent.text) and (overtime is None or found):
                overtime = (found, sent.evidence())
    for key, (value, ev) in verdicts.items():
        yield Fact(key, value, ev)
    if overtime:
        yield Fact("internal_overtime_breaches_found", overtime[0], overtime[1])


def risk_found(seg: Any) -> Iterator[Fact]:
    """significant_risk_found: the report rates something as high or significant risk."""
    for sent in sentences(seg):
        if vocab()["high_risk"].search(sent.text) and not vocab()["no_high_risk"].search(sent.text):
            yield Fact("significant_risk_found", True, sent.evidence())
            return


def measure_status(sentence: str) -> str:
    """"planned", "ongoing" or "done" for a sentence describing a measure."""
    if vocab()["planned"].search(sentence):
        return "planned"
    if vocab()["ongoing"].search(sentence):
        return "ongoing"
    return "done"


def _subject(organisation: str | None) -> re.Pattern[str]:
    """The organisation acting: "vi har stilt", "I 2025 gjennomførte vi", "<Org> vil følge opp"."""
    names = [r"[Vv]i"]
    if organisation:
        names.append(re.escape(_LEGAL_FORM.sub("", organisation)))
    who = "|".join(names)
    act = vocab()["action"].pattern
    return re.compile(
        rf"\b(?:{who})\s+(?:(?:har|hadde|vil|skal|må)\s+)?"
        r"(?:(?:også|likevel|derfor|nå|i\s+tillegg|blant\s+annet)\s+)?"
        rf"{act}|{act}\s+(?:også\s+)?(?:{who})\b"
    )


def risk_areas(seg: Any, organisation: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(areas, evidence per area): sub-headings under risk headings with the measures taken."""
    subject = _subject(organisation)
    areas: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    seen: set[str] = set()
    for heading in seg.sections:
        if not vocab()["risk_heading"].search(heading.title):
            continue
        for sub in descendants(seg, heading):
            if sub.id in seen or not sub.text.strip():
                continue
            seen.add(sub.id)
            measures, statuses = _measures(seg.maps.get(sub.id), sub, subject)
            if "ongoing" in statuses or ("done" in statuses and "planned" in statuses):
                status = "ongoing"
            else:
                status = "planned" if "planned" in statuses else ("done" if statuses else None)
            areas.append({"area": sub.title, "section_id": sub.id, "measures": measures, "status": status})
            evidence.append({"page": sub.page_start, "bbox": [round(v, 2) for v in sub.heading_lines[0].bbox]
                             if sub.heading_lines else None, "text": sub.title})
    return areas, evidence


def _measures(tmap: Any, section: Section, subject: re.Pattern[str]) -> tuple[list[str], list[str]]:
    text = tmap.text if tmap is not None else section.text
    measures: list[str] = []
    statuses: list[str] = []
    for a, b in sentence_spans(text):
        s = text[a:b]
        if subject.search(s) and not vocab()["not_done"].search(s):
            measures.append(s)
            statuses.append(measure_status(s))
    return measures, statuses


def with_risk_codes(areas: list[dict[str, Any]], entities: Iterable[Any], seg: Any) -> list[dict[str, Any]]:
    """Each risk area with the ``sectors`` and ``issues`` codes of the risk entities found in its
    section or the sections under it: the codes are decided once, by the risk entity stage."""
    under: dict[str, set[str]] = {}
    for s in seg.sections:
        under[s.id] = {s.id} | {d.id for d in descendants(seg, s)}
    out = []
    for area in areas:
        ids = under.get(area.get("section_id") or "", set())
        found = [e for e in entities if e.section_id in ids and e.type in ("risk_sector", "risk_issue")]
        sectors = sorted({e.value for e in found if e.type == "risk_sector"})
        issues = sorted({e.value for e in found if e.type == "risk_issue"})
        out.append({**area, "sectors": sectors, "issues": issues})
    return out
