"""Council papers in the dataset and the report: the cases table's votes, the attendance table,
and the meeting page (a record with the minutes of the same meeting)."""
from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from extractor.dataset import build_dataset
from extractor.dataset.tables import attendance_table, cases_table
from extractor.report import meeting
from extractor.report.pages import DocImages, ReportData, environment


def council_record() -> dict[str, Any]:
    cases = [
        {"case": "PS 36/25", "title": "Lokal forskrift", "type": None, "from": "Formannskapet", "case_officer": None,
         "proposed_decision": "Kommunestyret vedtek forskrifta.", "decision": "Kommunestyret vedtek forskrifta.",
         "vote": {"for": 17, "against": 8}},
        {"case": "PS 37/25", "title": "Årsrekneskap 2024", "type": None, "from": None, "case_officer": None,
         "proposed_decision": None, "decision": "Godkjent.", "vote": {"unanimous": True}},
    ]
    people = [
        {"name": "Ottar Straume", "party": "Sp", "role": "Ordførar", "status": "present", "for": None},
        {"name": "Magnus Rygg", "party": "Sp", "role": None, "status": "absent", "for": None},
        {"name": "Asbjørn Dale", "party": "Sp", "role": "Varamedlem", "status": "substitute", "for": "Magnus Rygg"},
        {"name": "Vigdis Holm", "party": None, "role": "møtesekretær", "status": "other", "for": None},
    ]
    minutes = {"meeting": None, "date": "2025-06-19", "chair": "Ottar Straume",
               "present": ["Ottar Straume", "Asbjørn Dale"], "absent": ["Magnus Rygg"],
               "substitutes": [{"name": "Asbjørn Dale", "party": "Sp", "for": "Magnus Rygg"}],
               "also_present": ["Vigdis Holm"], "people": people,
               "cases": [{"case": c["case"], "title": c["title"], "decision": c["decision"]} for c in cases]}
    return {"schema_version": 2, "doc_id": "straum-ks", "status": "ok", "source": {"path": "x.pdf", "pages": 2},
            "organisation": {"name": "Straumsvik kommune", "page": 1}, "doc_type": "council_papers",
            "language": "nn", "report_year": None, "published": None, "sections": [], "entities": [],
            "facts": {"meeting": None, "body": "Kommunestyret", "meeting_date": "2025-06-19", "cases": cases,
                      "minutes": minutes},
            "facts_evidence": {"cases[0]": {"page": 2, "bbox": [1, 2, 3, 4], "text": "Sak 036/25 Lokal forskrift"}},
            "warnings": []}


def test_cases_table_carries_the_vote() -> None:
    rows = cases_table([council_record()]).dicts()
    papers = [r for r in rows if r["part"] == "papers"]
    assert [(r["case_no"], r["vote_for"], r["vote_against"], r["unanimous"]) for r in papers] == [
        ("PS 36/25", 17, 8, False), ("PS 37/25", None, None, True)]


def test_attendance_table_one_row_per_person_and_status() -> None:
    rows = attendance_table([council_record()]).dicts()
    assert [(r["person"], r["party"], r["status"], r["substitute_for"]) for r in rows] == [
        ("Ottar Straume", "Sp", "present", None), ("Magnus Rygg", "Sp", "absent", None),
        ("Asbjørn Dale", "Sp", "substitute", "Magnus Rygg"), ("Vigdis Holm", None, "other", None)]
    assert {r["body"] for r in rows} == {"Kommunestyret"} and {r["meeting_date"] for r in rows} == {"2025-06-19"}


def test_attendance_from_name_lists_when_no_people() -> None:
    rec = council_record()
    del rec["facts"]["minutes"]["people"]
    rows = attendance_table([rec]).dicts()
    assert ("Magnus Rygg", "absent") in [(r["person"], r["status"]) for r in rows]
    assert ("Asbjørn Dale", "substitute") in [(r["person"], r["status"]) for r in rows]


def test_dataset_has_the_attendance_table() -> None:
    ds = build_dataset([council_record()])
    assert len(ds.tables["attendance"].rows) == 4


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.update(v for k, v in attrs if k == "id" and v)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_meeting_page() -> None:
    ds = build_dataset([council_record()])
    data = ReportData({name: t.dicts() for name, t in ds.tables.items()},
                      evidence={"straum-ks": council_record()["facts_evidence"]})
    doc = data.tables["documents"][0]
    assert meeting.has_meeting(data, doc)
    ctx = meeting.meeting_context(data, doc, "straum-ks", DocImages())
    assert ctx["body"] == "Kommunestyret" and ctx["meeting_date"] == "2025-06-19"
    assert [c["vote"] for c in ctx["papers"]] == ["17 – 8", "unanimous"] and ctx["papers"][0]["page"] == 2
    html = environment().get_template("meeting.html").render(title="t", n_warnings=0, root="../", **ctx)
    parsed = _Text()
    parsed.feed(html)
    text = " ".join(parsed.text)
    assert "Kommunestyret" in text and "Asbjørn Dale" in text and "for Magnus Rygg" in text
    assert {"meeting-cases", "attendance", "minutes-cases-table"} <= parsed.ids
