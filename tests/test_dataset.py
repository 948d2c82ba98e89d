"""The comparable dataset as a library: records → tables → SQLite, CSV, XLSX."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from extractor.dataset import (
    TABLE_ORDER, DatasetError, build, build_dataset, load_comparison, load_records, write_sqlite,
)
from extractor.dataset.compare import (
    IDENTITY_COLUMNS, comparison_table, fact_columns, format_value, match_organisations,
)
from extractor.dataset.tables import CONTRACT_FACTS, flatten_facts, to_number, unit_for


def record(doc_id: str, *, org: str | None, doc_type: str, report_year: int | None = None,
           published: str | None = None, facts: dict[str, Any] | None = None,
           evidence: dict[str, Any] | None = None, status: str = "ok") -> dict[str, Any]:
    rec: dict[str, Any] = {
        "schema_version": 2, "doc_id": doc_id, "status": status,
        "source": {"path": f"/pdfs/{doc_id}.pdf", "sha256": "ab" * 32, "pages": 3, "bytes": 1000},
        "organisation": {"name": org, "page": 1} if org else None,
        "doc_type": doc_type, "language": "nb", "report_year": report_year, "published": published,
        "sections": [{"id": "s1", "parent": None, "number": "1", "title": "Innledning", "level": 1,
                      "page_start": 1, "page_end": 2, "text": "Tekst."}],
        "entities": [{"type": "percentage", "text": "37 %", "value": 37.0, "page": 2,
                      "bbox": [10.0, 20.0, 40.0, 30.0], "section_id": "s1", "sentence": "37 % er kvinner.",
                      "normalized": {"subject": "kvinner"}}],
        "facts": facts or {}, "tables": [], "warnings": [], "error": None,
    }
    if evidence is not None:
        rec["facts_evidence"] = evidence
    return rec


def records() -> list[dict[str, Any]]:
    return [
        record("a-likestilling-2023", org="Alfa Helse HF", doc_type="equality_report", report_year=2023,
               facts={"women_share_total": 37.0, "employees_total": 894, "pay_ratio_women_to_men_total": 103.4,
                      "pay_ratio_women_to_men_section_leaders": 101.5, "overtime_hours_avg_men": 49.37,
                      "other_offices": ["Moss", "Oslo"]},
               evidence={"women_share_total": {"page": 2, "bbox": [1, 2, 3, 4], "text": "37 %"}}),
        record("a-apenhet-2023", org="ALFA HELSE HF.", doc_type="transparency_report", report_year=2023,
               published="2024-06-28", facts={"business_partners_total": 447, "violations_found": True,
                                              "revenue_nok": 2200000000}),
        record("b-plan", org="Beta Innkjøp AS", doc_type="action_plan", published="2023-10-19",
               facts={"measures": [{"area": "Miljø", "title": "Kartlegge", "priority": 1, "status": "completed"},
                                   {"area": "Miljø", "title": "Følge opp", "priority": 2, "status": "not_started"}],
                      "status_counts": {"Miljø": {"completed": 1, "in_progress": 0, "not_started": 1}}}),
        record("c-mote", org="Gamma-rådet", doc_type="council_papers",
               facts={"meeting": "6/2021", "body": "Gamma-rådet",
                      "cases": [{"case": "49/6/2021", "title": "Habilitet", "type": "Vedtakssak", "from": "Ola",
                                 "case_officer": None, "proposed_decision": "Ingen", "decision": None}],
                      "minutes": {"meeting": "5/2021", "chair": "Kari",
                                  "cases": [{"case": "38/5/21", "title": "Innkalling", "decision": "Godkjent"}]}}),
        {"schema_version": 2, "doc_id": "broken", "status": "error",
         "source": {"path": "/pdfs/broken.pdf", "sha256": None, "pages": None, "bytes": 0},
         "organisation": None, "doc_type": "other", "language": "other", "report_year": None, "published": None,
         "sections": [], "entities": [], "facts": {"women_share_total": 99.0}, "tables": [], "warnings": [],
         "error": {"kind": "empty_file", "message": "the file is empty"}},
    ]


def test_documents_line_up_by_organisation_and_year() -> None:
    ds = build_dataset(records())
    rows = {r["id"]: r for r in ds.tables["comparison"].dicts()}
    assert sorted(rows) == ["alfa helse hf|2023", "beta innkjøp as|2023", "gamma rådet|"]
    alfa = rows["alfa helse hf|2023"]
    assert alfa["doc_ids"] == "a-apenhet-2023,a-likestilling-2023"
    assert alfa["women_share_total"] == 37.0 and alfa["business_partners_total"] == 447
    assert alfa["violations_found"] is True and alfa["year_source"] == "report_year"
    beta = rows["beta innkjøp as|2023"]
    assert beta["year_source"] == "published" and beta["measures_total"] == 2 and beta["measures_completed"] == 1
    assert rows["gamma rådet|"]["cases_total"] == 1 and rows["gamma rådet|"]["meeting"] == "6/2021"
    docs = {r["doc_id"]: r for r in ds.tables["documents"].dicts()}
    assert docs["broken"]["comparison_id"] is None and docs["broken"]["error_kind"] == "empty_file"
    assert docs["b-plan"]["comparison_id"] == "beta innkjøp as|2023" and docs["b-plan"]["year"] == 2023


def test_column_order_is_fixed() -> None:
    table = build_dataset(records()).tables["comparison"]
    names = table.column_names
    assert names[: len(IDENTITY_COLUMNS)] == [c.name for c in IDENTITY_COLUMNS]
    contract = [n for n, _, _ in CONTRACT_FACTS]
    # the checklist coverage columns close the row
    assert names[-2:] == ["checklist_coverage", "checklist_items_asked"]
    facts = names[len(IDENTITY_COLUMNS):-2]
    assert [n for n in facts if n in contract] == contract
    # extras (per-level keys of old records included) at the end, sorted
    extras = facts[len(contract):]
    assert extras == sorted(extras) and "overtime_hours_avg_men" in extras
    assert "other_offices" not in facts  # lists are not comparable cells
    # even with no documents the contract columns are there
    assert fact_columns([]) == contract


def test_types_units_and_pages() -> None:
    ds = build_dataset(records())
    types = {c.name: c.type for c in ds.tables["comparison"].columns}
    assert types["women_share_total"] == "real" and types["employees_total"] == "int"
    assert types["violations_found"] == "bool" and types["overtime_hours_avg_men"] == "real"
    facts = {(r["doc_id"], r["key"]): r for r in ds.tables["facts"].dicts()}
    share = facts[("a-likestilling-2023", "women_share_total")]
    assert (share["value"], share["value_num"], share["unit"], share["page"]) == ("37.0", 37.0, "%", 2)
    assert facts[("a-apenhet-2023", "violations_found")]["value_num"] == 1
    assert facts[("b-plan", "status_counts.Miljø.completed")]["value_num"] == 1
    assert ("b-plan", "measures") not in facts and ("c-mote", "cases") not in facts
    assert facts[("c-mote", "minutes.chair")]["value"] == "Kari"
    assert not [k for k in facts if k[0] == "broken"]  # errors contribute no facts
    pages = ds.comparison.pages[[r[0] for r in ds.tables["comparison"].rows].index("alfa helse hf|2023")]
    assert pages["women_share_total"] == 2 and pages["employees_total"] is None


def test_structured_tables() -> None:
    ds = build_dataset(records())
    measures = ds.tables["measures"].dicts()
    assert [(m["seq"], m["status"], m["priority"]) for m in measures] == [(1, "completed", 1), (2, "not_started", 2)]
    cases = ds.tables["cases"].dicts()
    assert [(c["part"], c["meeting"], c["case_no"]) for c in cases] == [
        ("papers", "6/2021", "49/6/2021"), ("minutes", "5/2021", "38/5/21")]
    assert cases[0]["from_name"] == "Ola"


def test_conflicting_values_warn_and_keep_first() -> None:
    recs = [record("x1", org="X", doc_type="equality_report", report_year=2024, facts={"employees_total": 10}),
            record("x2", org="x", doc_type="equality_report", report_year=2024, facts={"employees_total": 12})]
    ds = build_dataset(recs)
    assert ds.tables["comparison"].dicts()[0]["employees_total"] == 10
    assert any("employees_total" in w and "kept x1" in w for w in ds.warnings)


def test_sqlite_is_checked_and_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite"
    tables = build_dataset(records()).tables
    write_sqlite(tables.values(), db)
    first = dump(db)
    write_sqlite(build_dataset(records()).tables.values(), db)
    assert dump(db) == first
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    fks = {t: con.execute(f"PRAGMA foreign_key_list({t})").fetchall() for t in ("sections", "entities", "facts")}
    assert all(fk and fk[0][2] == "documents" for fk in fks.values())
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"idx_entities_type", "idx_facts_key", "idx_entities_doc_id"} <= indexes
    assert con.execute("SELECT typeof(women_share_total), typeof(employees_total) FROM comparison "
                       "WHERE id='alfa helse hf|2023'").fetchone() == ("real", "integer")
    con.close()
    assert not [p for p in tmp_path.iterdir() if p.name != "data.sqlite"]  # no temp files left


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in TABLE_ORDER}
    finally:
        con.close()


def test_load_records_skips_strays(tmp_path: Path) -> None:
    for rec in records():
        (tmp_path / f"{rec['doc_id']}.json").write_text(json.dumps(rec), encoding="utf-8")
    (tmp_path / "notes.json").write_text('{"hello": 1}', encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    recs, warnings = load_records(tmp_path)
    assert [r["doc_id"] for r in recs] == sorted(r["doc_id"] for r in records())
    assert len(warnings) == 2
    with pytest.raises(DatasetError):
        load_records(tmp_path / "missing")


def test_load_records_falls_back_to_jsonl(tmp_path: Path) -> None:
    (tmp_path / "dataset.jsonl").write_text("\n".join(json.dumps(r) for r in records()) + "\n", encoding="utf-8")
    recs, _ = load_records(tmp_path)
    assert len(recs) == 5


def test_load_comparison_from_sqlite_keeps_types(tmp_path: Path) -> None:
    for rec in records():
        (tmp_path / f"{rec['doc_id']}.json").write_text(json.dumps(rec), encoding="utf-8")
    summary = build(tmp_path)
    assert summary.written == [tmp_path / "data.sqlite"]
    from_db = load_comparison(tmp_path / "data.sqlite")
    from_json = load_comparison(tmp_path)
    assert from_db.column_names == from_json.column_names
    assert from_db.rows == from_json.rows


@pytest.mark.parametrize("query, expected", [
    ("alfa helse hf", ["Alfa Helse HF"]),
    ("ALFA HELSE", ["Alfa Helse HF"]),
    ("Alfa Helse", ["Alfa Helse HF"]),
    ("Alfa Helse H.F.", ["Alfa Helse HF"]),
    ("Beta Innkjop", ["Beta Innkjøp AS"]),
    ("zzz qqq", []),
])
def test_match_organisations(query: str, expected: list[str]) -> None:
    found, missing = match_organisations([query], ["Alfa Helse HF", "Beta Innkjøp AS", "Gamma-rådet"])
    assert found == expected and missing == ([] if expected else [query])


@pytest.mark.parametrize("value, number", [(37, 37), (7.38, 7.38), ("1 053", 1053), ("7,38 %", 7.38),
                                           (True, None), ("ca. 10", None), (None, None)])
def test_to_number(value: Any, number: Any) -> None:
    assert to_number(value) == number


@pytest.mark.parametrize("key, unit", [("women_share_total", "%"), ("hires_men_share", "%"),
                                       ("sick_child_days_avg_women", "days"), ("overtime_hours_avg_men", "hours"),
                                       ("revenue_nok", "NOK"), ("employees_men", "count"), ("hires_men", None),
                                       ("pay_ratio_women_to_men_directors", "%")])
def test_unit_for(key: str, unit: str | None) -> None:
    assert unit_for(key, 1) == unit


def test_flatten_and_format() -> None:
    assert flatten_facts({"a": {"b": 1, "c": [1]}, "cases": [], "minutes": {"cases": [1], "chair": "K"}}) == [
        ("a.b", 1), ("a.c", [1]), ("minutes.chair", "K")]
    assert [format_value(v) for v in (None, True, 2200000000.0, 7.38, 894)] == ["", "yes", "2200000000", "7.38", "894"]
    assert comparison_table([]).table.rows == []


def test_odd_values_do_not_break_the_tables(tmp_path: Path) -> None:
    rec = record("odd", org="Odd AS", doc_type="action_plan", published="2024",
                 facts={"measures": [{"title": {"nb": "Tiltak"}, "priority": "høy", "status": "completed"}, "x"],
                        "cases": {"not": "a list"}, "employees_total": "1 053", "women_share_total": "ca. 40"})
    ds = build_dataset([rec])
    measure = ds.tables["measures"].dicts()[0]
    assert measure["title"] == '{"nb":"Tiltak"}' and measure["priority"] == "høy"
    row = ds.tables["comparison"].dicts()[0]
    assert row["employees_total"] == 1053 and row["women_share_total"] is None and row["year"] == 2024
    assert any("women_share_total" in w for w in ds.warnings)
    write_sqlite(ds.tables.values(), tmp_path / "odd.sqlite")
