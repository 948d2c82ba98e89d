"""The meeting page of the report: one page per set of council papers.

What a journalist checking a meeting wants on one screen: the body, the
meeting's number and date, each case with its proposed decision, decision and
vote, and who attended (present, absent, substitutes, others), each case with
the page and image where it was read. Built from the dataset's ``facts``,
``cases`` and ``attendance`` tables (pure functions); rendered with
``templates/meeting.html``.
"""
from __future__ import annotations

from typing import Any

from extractor.report.pages import DocImages, ReportData, _proof, evidence_for

STATUS_ORDER = (("present", "Present"), ("substitute", "Substitutes"), ("absent", "Absent"),
                ("other", "Also present"))


def _fact(data: ReportData, doc_id: str, key: str) -> Any:
    return next((f.get("value") for f in data.rows("facts", doc_id) if f.get("key") == key), None)


def has_meeting(data: ReportData, doc: dict[str, Any]) -> bool:
    """Council papers with cases or attendance get a meeting page."""
    return doc.get("doc_type") == "council_papers" and bool(
        data.rows("cases", doc["doc_id"]) or data.rows("attendance", doc["doc_id"]))


def _vote(case: dict[str, Any]) -> str:
    if case.get("vote_for") is not None or case.get("vote_against") is not None:
        return f"{case.get('vote_for') if case.get('vote_for') is not None else '?'} – {case.get('vote_against')}"
    return "unanimous" if case.get("unanimous") else ""


def meeting_context(data: ReportData, doc: dict[str, Any], slug: str, images: DocImages) -> dict[str, Any]:
    """Body, number, date, cases (papers and minutes) and attendance of one document's meeting."""
    doc_id = doc["doc_id"]
    cases, seen = [], {"papers": 0, "minutes": 0}
    for c in data.rows("cases", doc_id):
        part = c.get("part") or "papers"
        prefix = "cases" if part == "papers" else "minutes.cases"
        ev = evidence_for(data, doc_id, f"{prefix}[{seen.get(part, 0)}]") or {}
        seen[part] = seen.get(part, 0) + 1
        cases.append({**c, "vote": _vote(c), **_proof(images, slug, ev.get("page"), ev.get("bbox"), ev.get("text"))})
    people = data.rows("attendance", doc_id)
    groups = [{"status": s, "label": label, "people": [p for p in people if p.get("status") == s]}
              for s, label in STATUS_ORDER]
    minutes_meeting = next((p.get("meeting") for p in people if p.get("meeting")), None)
    return {
        "doc": doc, "slug": slug,
        "body": _fact(data, doc_id, "body"), "meeting": _fact(data, doc_id, "meeting"),
        "meeting_date": _fact(data, doc_id, "meeting_date"), "minutes_meeting": minutes_meeting,
        "papers": [c for c in cases if c.get("part") != "minutes"],
        "minutes_cases": [c for c in cases if c.get("part") == "minutes"],
        "attendance": [g for g in groups if g["people"]],
    }
