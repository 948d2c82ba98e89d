"""Council and board papers: the meeting, its cases, and the minutes.

A file may hold the notice (with the case list), the case papers, the minutes,
or all of them, and often the minutes of an earlier meeting as an attachment.
The document is read as one stream of headings, lines and table rows
(:mod:`~extractor.facts.council_stream`); numbering styles and labels are data
in ``extractor/data/rules/council.toml`` (:mod:`~extractor.facts.council_rules`).

* cases (:mod:`~extractor.facts.council_cases`): every case start (heading,
  agenda row, listed line), one record per case merged from notice, case paper
  and minutes, with proposed decision, decisions per body, vote, officer,
  origin, type, attachments and earlier handling;
* minutes: from a "Møteprotokoll"/"Referat"/"Minutes" start on; attendance
  (:mod:`~extractor.facts.council_people`) from its header, its cases with their
  decisions. Minutes whose cases are none of the papers' cases are an earlier
  meeting's: their cases stay in ``minutes`` only;
* meeting (:mod:`~extractor.facts.council_meeting`): body, number, date.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from extractor.facts import council_rules as cr
from extractor.facts.common import Facts
from extractor.facts.council_cases import find_cases, merge, read_case
from extractor.facts import council_meeting
from extractor.facts.council_meeting import council_author, find_body, find_date, find_number, iso_date
from extractor.facts.council_people import read_attendance
from extractor.facts.council_persons import person_name
from extractor.facts.council_stream import Item, stream
from extractor.facts.scoring import case_key
from extractor.model import Table

__all__ = ["extract", "council_author", "document_dates", "minutes_start"]

_RUNNING = re.compile(r" [–|-] |\bside \d|\bpage \d", re.I)
_PLACE = re.compile(r"^(?:.*?\b)?(?:sted|stad|møtested|møtestad|venue|place)\s*[:|]?\s+(?P<place>[A-ZÆØÅ][^|]{1,80})$",
                    re.I)
_MINUTES_NUMBER = re.compile(r"\bmøte(?:t)?\s+(?:nr\.?\s*)?(?P<num>\d{1,2}/(?:19|20)?\d\d)\b", re.I)


def minutes_start(items: list[Item]) -> int | None:
    """Where the minutes begin: a heading or header line "Møteprotokoll", "Referat frå møte ...", "Minutes"."""
    c = cr.compiled()
    for it in items:
        head = it.is_heading or (it.bold and it.kind == "line") or it.index < 3
        if head and c["minutes"].match(cr.strip_bullet(it.text)) and not cr.case_number_at(it.text) \
                and _opens_minutes(items[it.index + 1:it.index + 16]):
            return it.index
    return None


def _opens_minutes(after: list[Item]) -> bool:
    """Minutes name who attended or when they met right under their title ("Referat fra arbeidsgruppen"
    inside a case paper does not)."""
    c = cr.compiled()
    return any(cr.attendance_label_at(it.text) or c["date_label"].match(it.text) or c["date_label_weak"].match(it.text)
               or any(c["date_label"].match(cell) for cell in it.cells) or c["weekday"].match(it.text)
               or c["body_label"].match(it.text) for it in after)


def document_dates(seg: Any) -> list[dict[str, Any]]:
    """Dates of a set of council papers that are never deadlines: meeting, saksgang, handling and
    place-and-date lines, each ``{date, kind, text, page}`` (for the deadline stage to skip)."""
    return council_meeting.document_dates(stream(seg))


def minutes_end(items: list[Item], start: int | None) -> int:
    """Where minutes that start at a heading end: the next heading of the same or a higher level
    (the case papers going on after attached minutes)."""
    if start is None or not items[start].is_heading:
        return len(items)
    level = items[start].level
    return next((it.index for it in items[start + 1:] if it.is_heading and it.level <= level), len(items))


def _boundaries(items: list[Item], start: int | None) -> set[int]:
    c = cr.compiled()
    out = {start, minutes_end(items, start)} if start is not None else set()
    for it in items:
        if it.is_heading and (c["paper"].match(it.text) or c["notice"].match(it.text)):
            out.add(it.index)
    return out


def _record(block: Any) -> dict[str, Any]:
    rec = read_case(block)
    rec["_from_heading"] = block.kind == "heading"
    rec["_start"] = block.start
    return rec


def _public(case: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in case.items() if not k.startswith("_")}


def _without_running_lines(items: list[Item]) -> list[Item]:
    """The stream without running heads and feet the cleaner left ("Sunnfjella regionråd – møte 3/2025"
    on every page): short lines printed more than once with a dash, bar or page word, and no label."""
    counts = Counter(it.text for it in items if not it.is_heading)
    out: list[Item] = []
    for k, it in enumerate(items):
        edge = (k == 0 or items[k - 1].page != it.page) or (k + 1 < len(items) and items[k + 1].page != it.page)
        running = ((counts[it.text] >= 2 or (edge and k > 0)) and len(it.text.split()) <= 10
                   and _RUNNING.search(it.text) and not it.is_heading and it.kind == "line"
                   and not cr.label_at(it.text, whole=True) and not cr.case_number_at(it.text)
                   and not cr.attendance_label_at(it.text))
        if not running:
            out.append(replace(it, index=len(out)))
    return out


def extract(seg: Any, tables: list[Table], info: Any) -> Facts:
    """meeting, body, meeting date, cases and minutes of a set of council papers."""
    items = _without_running_lines(stream(seg))
    start = minutes_start(items)
    blocks = find_cases(items, _boundaries(items, start))
    records = [_record(b) for b in blocks]
    end = minutes_end(items, start)
    after = [r for r in records if start is not None and start < r["_start"] < end]
    before = [r for r in records if r not in after]
    same_meeting = start is None or not before or bool({case_key(r["case"]) for r in before} & {case_key(r["case"]) for r in after})
    cases = merge(records) if same_meeting else merge(before)
    facts: dict[str, Any] = {"meeting": None, "body": None, "meeting_date": None, "cases": [], "minutes": None}
    evidence: dict[str, dict[str, Any]] = {}
    warnings: list[str] = []
    for k, case in enumerate(cases):
        facts["cases"].append(_public(case))
        evidence[f"cases[{k}]"] = items[case["_start"]].evidence()

    first_case = min((b.start for b in blocks), default=len(items))
    header = [it for it in items[:first_case] if start is None or it.index < start or same_meeting]
    attendance_items: list[Item] = []
    if start is not None:
        first_after = min((b.start for b in blocks if b.start > start), default=end)
        attendance_items = items[start:first_after]
        if same_meeting:
            header += [it for it in attendance_items if it not in header]
    numbers = {case_key(c["case"]) for c in cases}
    organisation = getattr(info, "organisation", None)
    body, body_item = find_body(items if same_meeting else items[:start], header, numbers, organisation)
    addressed = [c["to"] for c in cases if c.get("to")]
    if addressed:  # the body the case papers are addressed to ("Til | HO21-rådet")
        body = max(set(addressed), key=addressed.count)
        body_item = items[next(c["_start"] for c in cases if c.get("to") == body)]
    handled = [h for c in cases for h in c.get("_handled", [])]
    if body is None and handled:  # "Behandling i Utvalg for helse og omsorg 22.10.2024"
        names = [h["body"] for h in handled]
        body = max(set(names), key=names.count)
        body_item = items[cases[0]["_start"]]
    facts["body"] = body
    if body_item is not None:
        evidence["body"] = body_item.evidence()
    facts["meeting"] = find_number(header, [c["case"] for c in cases])
    date, date_item = find_date(items if same_meeting or start is None else items[:start], header, body)
    if date is None:
        date = next((h["date"] for h in handled if h["date"] and body and h["body"].lower() == body.lower()), None)
    facts["meeting_date"] = date
    if date_item is not None:
        evidence["meeting_date"] = date_item.evidence()

    if start is not None or any(cr.attendance_label_at(it.text) for it in header):
        people = read_attendance(attendance_items or header)
        minutes_cases = merge(after) if start is not None else []
        if same_meeting:
            keys = {case_key(c["case"]) for c in minutes_cases}
            minutes_cases = [c for c in cases if case_key(c["case"]) in keys]
        place = next((m.group("place") for it in (attendance_items or header) if (m := _PLACE.match(it.text))), None)
        minutes: dict[str, Any] = {"meeting": facts["meeting"], "date": facts["meeting_date"], "place": place,
                                   **people,
                                   "cases": [_minutes_case(c) for c in minutes_cases]}
        if not same_meeting and start is not None:
            minutes["meeting"], minutes["date"] = _earlier_meeting(items[start], attendance_items, after)
        minutes["chair"] = _chair(attendance_items or header) or minutes["chair"]
        if minutes["cases"] or people["present"] or people["absent"]:
            facts["minutes"] = minutes
            evidence["minutes"] = items[start].evidence() if start is not None else header[0].evidence()
            for k, case in enumerate(minutes_cases):
                evidence[f"minutes.cases[{k}]"] = items[case["_start"]].evidence()
    if not same_meeting:
        warnings.append("the minutes are of an earlier meeting; their cases are kept under minutes")
    return Facts(facts=facts, evidence=evidence, warnings=warnings)


def _chair(items: list[Item]) -> str | None:
    """Who chaired: "Møteleiar: Kari Nord", "Chair Eivind Hareide", "Møtet ble ledet av ordfører Tone Hagebakken"."""
    c = cr.compiled()
    for it in items:
        if m := c["chair_label"].match(it.text):
            return m.group("name")
    for it in items:
        if m := c["chair_sentence"].search(it.text):
            name = m.group("name") or m.group("name2")
            return person_name(name) or name  # "Fylkesordførar Ingvild Sæbø" → "Ingvild Sæbø"
    return None


def _minutes_case(case: dict[str, Any]) -> dict[str, Any]:
    out = {"case": case["case"], "title": case.get("title"), "decision": case.get("decision")}
    if case.get("vote"):
        out["vote"] = case["vote"]
    return out


def full_meeting(number: str) -> str | None:
    """"49/6/2021" → "6/2021", "38/5/21" → "5/2021" (None for a number without the meeting)."""
    parts = number.split("/")
    if len(parts) != 3:
        return None
    year = parts[2] if len(parts[2]) == 4 else f"20{parts[2][-2:]}"
    return f"{int(parts[1])}/{year}"


def _earlier_meeting(head: Item, header: list[Item], cases: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """Number and date of the earlier meeting whose minutes are attached."""
    number = None
    for it in [head, *header]:
        m = _MINUTES_NUMBER.search(it.text)
        if m:
            number = m.group("num")
            break
    if number is None:
        number = find_number([], [c["case"] for c in cases])
    lines = [head, *header]
    date = next((d for it in lines if (d := iso_date(it.text))), None)
    if date is None and number:  # "Onsdag 1. september" in the minutes of meeting 5/2021
        year = number.split("/")[-1]
        year = year if len(year) == 4 else f"20{year}"
        date = next((d for it in lines if (d := iso_date(it.text, year))), None)
    return number, date
