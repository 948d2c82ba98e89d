"""Council and board papers: the meeting, its cases, and the minutes of the last meeting.

A case starts at a heading "Sak 49/6/2021" (optionally "Sak <body> 38/5/21
<title>"); its title is the rest of the heading or the heading right below it.
The key/value box under it ("Type sak | Vedtakssak", "Fra | ...",
"Saksbehandler | ...") is read from the case's table rows or "Key: value"
lines, and the sub-sections "Forslag til vedtak" and "Vedtak" give the
proposed decision and the decision. A "Referat" / "Protokoll" section gives
the minutes: date and place from its key/value rows, who was present, absent
(Forfall) or observing from its labelled bullet lists ("• Name, Organisation"
→ the name), the chair from "X ledet møtet", and its cases with their "Vedtak:".
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from extractor.facts.common import Facts, descendants, line_evidence
from extractor.model import Section, Table

CASE_HEADING = re.compile(
    r"^(?:Sak|Sak\s+nr\.?|PS|Saksnr\.?)\s+(?:(?P<body>[^\d\s]\S*)\s+)?(?P<num>\d{1,3}/\d{1,2}(?:/\d{2,4})?)\b"
    r"[\s:.–-]*(?P<title>.*)$",
    re.IGNORECASE,
)
MINUTES_HEADING = re.compile(
    r"^(?:Referat|Protokoll|Møtereferat|Møteprotokoll)\b(?:.*?(?P<meeting>\d{1,2}/\d{2,4}))?", re.IGNORECASE
)
SUBHEADING = re.compile(
    r"^(?:bakgrunn|forslag til (?:vedtak|beslutning)|vedtak|(?:\w+s\s+)?innstilling|hovedpunkter|saksfremstilling|"
    r"saksopplysninger|behandling\b|hvorfor saken fremmes|vurdering|vedlegg|beslutning|oppsummering|sammendrag)\b",
    re.IGNORECASE,
)
PROPOSAL_HEADING = re.compile(r"^(?:forslag til (?:vedtak|beslutning)|(?:\w+s\s+)?innstilling|\w+s forslag)", re.I)
DECISION_HEADING = re.compile(r"^(?:vedtak|beslutning|rådets vedtak|styrets vedtak)$", re.IGNORECASE)
DECISION_LINE = re.compile(r"^(?:Vedtak|Beslutning)\s*:\s*(?P<text>.+)$", re.MULTILINE)
PROPOSAL_LINE = re.compile(r"^(?:Forslag til vedtak|Innstilling)\s*:\s*(?P<text>.+)$", re.MULTILINE | re.IGNORECASE)
BOX_KEYS = {
    "type sak": "type", "sakstype": "type", "type": "type", "til": "to", "fra": "from",
    "saksbehandler": "case_officer", "saksbehandlere": "case_officer", "vedlegg": "attachments",
    "tidligere behandlet": "earlier_handling", "tidligere behandling": "earlier_handling",
    "dato": "date", "møtedato": "date", "sted": "place", "møtested": "place", "tid": "time",
}
_BOX_LINE = re.compile(r"^(?P<key>[A-ZÆØÅa-zæøå][\wæøå ]{1,25}?)\s*(?:\||:)\s*(?P<value>.*)$")
_BOX_KEY = re.compile(
    r"(?<!\S)(?P<key>Type sak|Sakstype|Saksbehandlere?|Saksbehandlar|Tidligere behandlet|Tidligere behandling|"
    r"Vedlegg|Arkivsak|Til|Fra|Dato|Møtedato|Sted|Møtested)(?:\s*[:|]\s*|\s+)"
)
_ROLE = re.compile(r",\s*[a-zæøå][\wæøå -]*$")
_NO_ATTACHMENT = re.compile(r"^(?:ingen|none|-)$", re.IGNORECASE)
_MEETING = re.compile(r"\bmøte\s+(?:nr\.?\s*)?(?P<m>\d{1,2}/\d{4})\b", re.IGNORECASE)
_HANDLED_BY = re.compile(r"^Behandling i (?P<body>.+?)\s+(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})$")
_CHAIR_ROLE = re.compile(r"\((?:møte)?(?:leder|leiar|chair)\)", re.IGNORECASE)
_ATTACHMENT_SPLIT = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+|;\s*")
ATTENDANCE_LABEL = re.compile(
    r"(?P<label>(?:Til\s*stede|Møtt|Deltakere|Forfall|Meldt\s+forfall|Fraværende|Observatører|Observatør|"
    r"Fra\s+sekretariatet|Sekretariat|Referent|Møteleder|Deltok\s+på\s+hele\s+eller\s+deler\s+av\s+møtet|"
    r"Også\s+til\s+stede|I\s+tillegg\s+møtte)[^:•\n|]{0,40})\s*:",
    re.IGNORECASE,
)
ATTENDANCE_GROUPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), group)
    for p, group in (
        (r"forfall|fravær", "absent"),
        (r"observatør", "observers"),
        (r"\bfra\b|sekretariat|også|i tillegg", "also_present"),
        (r"^(?:til\s*stede|møtt|deltakere)", "present"),
    )
)
_CONTINUED = re.compile(r"deltok på hele", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_PARENTHESES = re.compile(r"\(.*?\)")
_CHAIR = re.compile(r"(?P<name>(?:[A-ZÆØÅ][\wæøåé'-]+\s+){1,4}?[A-ZÆØÅ][\wæøåé'-]+)\s+ledet\s+møtet")
_CHAIR_LABEL = re.compile(r"Møteleder\s*[:|]\s*(?P<name>[A-ZÆØÅ][^,\n•|]+)")
_PERSON = re.compile(r"^[A-ZÆØÅ][\wæøåé'-]+(?:\s+(?:[A-ZÆØÅ][\wæøåé'-]+|van|von|de|der|den|da|af))+$")
_DATE = re.compile(r"(?P<d>\d{1,2})\.\s*(?P<m>[a-zæøå]+)(?:\s+(?P<y>\d{4}))?", re.IGNORECASE)
MONTHS = {m: i for i, m in enumerate(
    ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
     "desember"), start=1)}


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def full_meeting(number: str) -> str | None:
    """"49/6/2021" → "6/2021", "38/5/21" → "5/2021" (None for a bare "12/2021")."""
    parts = number.split("/")
    if len(parts) != 3:
        return None
    year = parts[2] if len(parts[2]) == 4 else f"20{parts[2][-2:]}"
    return f"{int(parts[1])}/{year}"


def parse_date(text: str, year: int | None) -> str | None:
    """ISO date of "Onsdag 1. september" (year from the text, else ``year``)."""
    m = _DATE.search(text)
    if not m or m.group("m").lower() not in MONTHS:
        return None
    y = int(m.group("y")) if m.group("y") else year
    return f"{y:04d}-{MONTHS[m.group('m').lower()]:02d}-{int(m.group('d')):02d}" if y else None


def box_values(sections: list[Section]) -> tuple[dict[str, str], dict[str, Any]]:
    """Key/value rows of ``sections`` ("Fra | Ole", "Sted: Zoom", or a run of keys on
    plain lines: "Type sak Vedtakssak Til Rådet Fra Kari Nymoen, leder"): (values, evidence per key)."""
    values: dict[str, str] = {}
    evidence: dict[str, Any] = {}
    for s in sections:
        for line in s.lines:
            for raw_key, value in _box_pairs(line):
                key = BOX_KEYS.get(raw_key.strip().lower())
                if key and key not in values:
                    values[key] = _clean(value.strip(" |"))
                    evidence[key] = line_evidence(line)
    return values, evidence


def _box_pairs(line: Any) -> list[tuple[str, str]]:
    """(key, value) pairs of one line: a table row "Key | value", or known keys in a row."""
    text = line.text.strip()
    if line.in_table:
        m = _BOX_LINE.match(text)
        return [(m.group("key"), m.group("value"))] if m else []
    keys = list(_BOX_KEY.finditer(text))
    if not keys or keys[0].start() != 0:
        return []
    ends = [k.start() for k in keys[1:]] + [len(text)]
    return [(k.group("key"), text[k.end():end]) for k, end in zip(keys, ends)]


def person(value: str | None) -> str | None:
    """A name without its role ("Kari Nymoen, leder" → "Kari Nymoen")."""
    return _ROLE.sub("", value).strip() or None if value else None


def attachments(value: str | None) -> list[str]:
    """"1. Utkast referat; 2. Notat" → ["Utkast referat", "Notat"]."""
    parts = [p.strip() for p in _ATTACHMENT_SPLIT.split(value or "") if p.strip()]
    return [p for p in parts if not _NO_ATTACHMENT.match(p)]


def _case_span(sections: list[Section], k: int, stop: set[str]) -> list[Section]:
    """The sections of the case whose heading is ``sections[k]``: up to the next case,
    minutes or non-case heading at its level (its own title heading and sub-headings
    such as "Forslag til vedtak" may sit at the same level)."""
    head = sections[k]
    span = [head]
    m = CASE_HEADING.match(head.title)
    titled = bool(m and m.group("title").strip())
    for s in sections[k + 1:]:
        if s.id in stop or CASE_HEADING.match(s.title) or MINUTES_HEADING.match(s.title):
            break
        if s.level <= head.level and not SUBHEADING.match(s.title):
            if titled or len(span) > 1:
                break
            titled = True
        span.append(s)
    return span


def _section_text(seg: Any, s: Section) -> str:
    return _clean(seg.maps[s.id].text if s.id in seg.maps else s.text)


def read_case(seg: Any, span: list[Section]) -> tuple[dict[str, Any], dict[str, Any]]:
    """One case from its sections: (case record, evidence)."""
    m = CASE_HEADING.match(span[0].title)
    assert m is not None
    title = _clean(m.group("title")) or None
    if not title and len(span) > 1 and not SUBHEADING.match(span[1].title):
        title = span[1].title
    box, _ = box_values(span)
    proposal = next((_section_text(seg, s) for s in span[1:] if PROPOSAL_HEADING.match(s.title)), None)
    decision = next((_section_text(seg, s) for s in span[1:] if DECISION_HEADING.match(s.title)), None)
    body_text = "\n".join(seg.maps[s.id].text if s.id in seg.maps else s.text for s in span)
    if decision is None and (d := DECISION_LINE.search(body_text)):
        decision = _clean(d.group("text"))
    if proposal is None and (p := PROPOSAL_LINE.search(body_text)):
        proposal = _clean(p.group("text"))
    case = {
        "case": m.group("num"),
        "title": title,
        "type": box.get("type") or None,
        "to": box.get("to") or None,
        "from": person(box.get("from")),
        "case_officer": person(box.get("case_officer")),
        "attachments": attachments(box.get("attachments")),
        "earlier_handling": box.get("earlier_handling") or None,
        "proposed_decision": proposal or None,
        "decision": decision or None,
    }
    head = span[0]
    ev = line_evidence(head.heading_lines[0]) if head.heading_lines else {"page": head.page_start, "bbox": None,
                                                                          "text": head.title}
    return case, ev


def attendance(text: str) -> dict[str, Any]:
    """Names under each attendance label: present, absent, observers, also_present (and
    ``chair`` when one of them is marked "(leder)")."""
    groups: dict[str, Any] = {"present": [], "absent": [], "observers": [], "also_present": [], "chair": None}
    parts = ATTENDANCE_LABEL.split(text)
    # re.split with one group: [before, label, after, label, after, ...]
    current: str | None = None
    for k in range(1, len(parts), 2):
        current = _group_of(parts[k], current)
        if current is None:
            continue
        for item in parts[k + 1].split("•"):
            name = _person(item)
            if name and name not in groups[current]:
                groups[current].append(name)
                if _CHAIR_ROLE.search(item.split("\n")[0]) and not groups["chair"]:
                    groups["chair"] = name
    return groups


def _group_of(label: str, current: str | None) -> str | None:
    lab = label.lower()
    if _CONTINUED.match(lab):
        return current
    return next((group for pattern, group in ATTENDANCE_GROUPS if pattern.search(lab)), None)


def _person(item: str) -> str | None:
    """"Gro Jamtvedt, OsloMet, Oslo (deltok t.o.m. Sak 42)" → "Gro Jamtvedt"."""
    first = item.strip().split("\n")[0]
    name = _PARENTHESES.sub("", first.split(",")[0]).strip(" .;")
    return name if _PERSON.match(name) and len(name.split()) <= 6 else None


def read_minutes(seg: Any, head: Section) -> tuple[dict[str, Any], dict[str, Any]]:
    """The minutes under ``head`` ("Referat Møte 5/2021") and evidence for them."""
    m = MINUTES_HEADING.match(head.title)
    meeting = m.group("meeting") if m else None
    year = int(meeting.split("/")[1]) if meeting and len(meeting.split("/")[1]) == 4 else None
    box, _ = box_values([head])
    text = seg.maps[head.id].text if head.id in seg.maps else head.text
    chair = _CHAIR.search(text) or _CHAIR_LABEL.search(text)
    people = attendance(text)
    minutes: dict[str, Any] = {
        "meeting": meeting,
        "date": parse_date(box.get("date", ""), year),
        "place": box.get("place") or None,
        **people,
        "chair": _clean(chair.group("name")) if chair else people["chair"],
        "cases": [],
    }
    for s in descendants(seg, head):
        cm = CASE_HEADING.match(s.title)
        if cm:
            stext = seg.maps[s.id].text if s.id in seg.maps else s.text
            d = DECISION_LINE.search(stext)
            minutes["cases"].append({"case": cm.group("num"), "title": _clean(cm.group("title")) or None,
                                     "decision": _clean(d.group("text")) if d else None})
    ev = line_evidence(head.heading_lines[0]) if head.heading_lines else {"page": head.page_start, "bbox": None,
                                                                          "text": head.title}
    return minutes, ev


def extract(seg: Any, tables: list[Table], info: Any) -> Facts:
    """meeting, body, cases and minutes of a set of council papers."""
    sections = list(seg.sections)
    in_minutes: set[str] = set()
    minutes_heads = [s for s in sections if MINUTES_HEADING.match(s.title)]
    for head in minutes_heads:
        in_minutes.update(d.id for d in descendants(seg, head))
    facts: dict[str, Any] = {"meeting": None, "body": None, "cases": [], "minutes": None}
    evidence: dict[str, dict[str, Any]] = {}
    warnings: list[str] = []
    for k, s in enumerate(sections):
        if s.id in in_minutes or not CASE_HEADING.match(s.title):
            continue
        case, ev = read_case(seg, _case_span(sections, k, in_minutes))
        evidence[f"cases[{len(facts['cases'])}]"] = ev
        facts["cases"].append(case)
    meetings = Counter(full_meeting(c["case"]) for c in facts["cases"] if full_meeting(c["case"]))
    handled = [m for s in sections if (m := _HANDLED_BY.match(s.title))]
    if meetings:
        facts["meeting"] = meetings.most_common(1)[0][0]
        evidence["meeting"] = evidence["cases[0]"]
    elif (front := _MEETING.search(seg.front.text if getattr(seg, "front", None) else "")):
        facts["meeting"] = front.group("m")
    if handled:
        facts["meeting_date"] = f"{handled[0]['y']}-{int(handled[0]['mo']):02d}-{int(handled[0]['d']):02d}"
    bodies = Counter(c["to"] for c in facts["cases"] if c["to"])
    if bodies:
        facts["body"] = bodies.most_common(1)[0][0]
        evidence["body"] = evidence["cases[0]"]
    elif handled:
        facts["body"] = handled[0].group("body")
    elif getattr(info, "organisation", None):
        facts["body"] = info.organisation
    if len(meetings) > 1:
        warnings.append(f"cases from several meetings: {', '.join(sorted(meetings))}")
    if minutes_heads:
        facts["minutes"], evidence["minutes"] = read_minutes(seg, minutes_heads[0])
    return Facts(facts=facts, evidence=evidence, warnings=warnings)
