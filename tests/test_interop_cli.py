"""The command line fits what users already use: --to md,txt, extractor schema,
--pages, --from-file, -v/-vv, ISO log times, compare's matching and formats,
XLSX date cells."""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

import extractor
import pdf_factory
from extractor.cli import main
from extractor.dataset import build
from extractor.dataset.compare import fold, match_organisations
from extractor.dataset.fulltext import search
from extractor.schema import document_schema
from extractor.settings import parse_page_ranges


def _run(*args: str) -> object:
    result = CliRunner().invoke(main, list(args))
    return result


# --------------------------------------------------------------------------- extractor schema

def test_schema_command_prints_the_schema() -> None:
    result = _run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == document_schema()
    jsonschema.Draft202012Validator.check_schema(schema)


# --------------------------------------------------------------------------- --to, schema, search, pandas

@pytest.mark.slow
def test_shared_corpus_to_markdown_schema_search_and_pandas(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _run("extract", str(shared_dir / "corpus"), "--out", str(out), "--to", "json,md,txt",
                  "--workers", "2", "-q")
    assert result.exit_code == 0, result.output
    pdfs = sorted(p.stem for p in (shared_dir / "corpus").glob("*.pdf"))
    assert sorted(p.stem for p in out.glob("*.md")) == pdfs
    assert sorted(p.stem for p in out.glob("*.txt")) == pdfs
    markdown = {p.stem: p.read_text(encoding="utf-8") for p in out.glob("*.md")}
    for doc_id, md in markdown.items():
        assert len(re.findall(r"^#{2,6} \S", md, flags=re.M)) >= 2 and "<!-- page " in md, doc_id  # headings
    tables = sum(md.count("\n|---") for md in markdown.values())
    assert tables >= 5 and sum(1 for md in markdown.values() if "\n|---" in md) >= 4
    validator = jsonschema.Draft202012Validator(json.loads(_run("schema").stdout))
    for path in out.glob("*.json"):
        errors = [f"{list(e.path)}: {e.message[:100]}" for e in validator.iter_errors(json.loads(path.read_text()))]
        assert not errors, (path.name, errors[:3])
    db = build(out).written[0]
    con = sqlite3.connect(db)
    try:
        hits = search(con, "leverandør*")
    finally:
        con.close()
    assert hits and any("leverandør" in (row[2] or "").lower() for row in hits)
    facts = extractor.load(out)["facts"]
    assert not facts.empty and facts["doc_id"].nunique() >= 5


def test_a_rerun_writes_the_markdown_of_documents_it_skips(pdf_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pdf = pdf_dir / "numbered-report.pdf"
    assert _run("extract", str(pdf), "--out", str(out), "--no-entities", "-q").exit_code == 0
    assert not list(out.glob("*.md"))
    again = _run("extract", str(pdf), "--out", str(out), "--no-entities", "--to", "md")
    assert again.exit_code == 0 and "1 skipped" in again.output
    md = (out / "numbered-report.md").read_text(encoding="utf-8")
    assert md.startswith("<!-- numbered-report") and "\n## " in md
    assert not list(out.glob("*.txt"))


def test_to_refuses_unknown_formats(pdf_dir: Path, tmp_path: Path) -> None:
    result = _run("extract", str(pdf_dir), "--out", str(tmp_path / "o"), "--to", "json,docx")
    assert result.exit_code == 2 and "unknown format docx" in result.output


# --------------------------------------------------------------------------- --pages, --from-file

@pytest.mark.parametrize("spec, pages", [
    ("1-5,9", {1, 2, 3, 4, 5, 9}), ("3", {3}), (" 2 , 4-5 ", {2, 4, 5}), ("7-7", {7}),
])
def test_page_ranges(spec: str, pages: set[int]) -> None:
    assert parse_page_ranges(spec) == pages


@pytest.mark.parametrize("spec", ["", "0", "5-3", "a", "1-", "-2", "1,,2", "1.5"])
def test_page_ranges_refused(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_page_ranges(spec)


def test_pages_parses_only_those_pages(tmp_path: Path) -> None:
    pdf = pdf_factory.two_column(tmp_path / "three.pdf", pages=3)
    out = tmp_path / "out"
    result = _run("extract", str(pdf), "--out", str(out), "--pages", "2", "--no-entities", "-q")
    assert result.exit_code == 0, result.output
    record = json.loads((out / "three.json").read_text(encoding="utf-8"))
    pages = {s["page_start"] for s in record["sections"]} | {s["page_end"] for s in record["sections"]}
    assert pages == {2}
    text = " ".join(s["title"] for s in record["sections"])
    assert "Lønn og permisjon" in text and "Kjønnsbalanse" not in text and "Tiltak" not in text
    bad = _run("extract", str(pdf), "--out", str(out), "--pages", "3-1")
    assert bad.exit_code == 2 and "--pages" in bad.output


def test_from_file_reads_one_path_per_line(pdf_dir: Path, tmp_path: Path) -> None:
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# reports to read\n{pdf_dir / 'numbered-report.pdf'}\n\n  # not this one\n"
                       f"{pdf_dir / 'table-slide.pdf'}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _run("extract", "--from-file", str(listing), "--out", str(out), "--no-entities", "-q")
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in out.glob("*.json")) == ["numbered-report", "table-slide"]
    piped = CliRunner().invoke(main, ["extract", "--from-file", "-", "--out", str(tmp_path / "piped"),
                                      "--no-entities", "-q"], input=f"{pdf_dir / 'table-slide.pdf'}\n")
    assert piped.exit_code == 0 and [p.stem for p in (tmp_path / "piped").glob("*.json")] == ["table-slide"]
    missing = tmp_path / "missing.txt"
    missing.write_text("no-such.pdf\n", encoding="utf-8")
    assert _run("extract", "--from-file", str(missing), "--out", str(out)).exit_code == 2
    assert _run("extract", "--out", str(out)).exit_code == 2  # neither paths nor a list


# --------------------------------------------------------------------------- -v/-vv, extractor.log

def test_verbosity_levels_and_iso_log_times(pdf_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pdf = str(pdf_dir / "numbered-report.pdf")
    quiet = _run("extract", pdf, "--out", str(out), "--no-entities", "-q")
    assert quiet.exit_code == 0 and "INFO" not in quiet.stderr
    info = _run("extract", pdf, "--out", str(out), "--no-entities", "--force", "-q", "-v")
    assert "INFO extractor.batch: numbered-report: ok" in info.stderr and "DEBUG" not in info.stderr
    debug = _run("-v", "extract", pdf, "--out", str(out), "--no-entities", "-q", "-v")  # counts add up
    assert "DEBUG extractor.batch: numbered-report: already done, skipped" in debug.stderr
    entries = [json.loads(line) for line in (out / "extractor.log").read_text(encoding="utf-8").splitlines()]
    assert entries and all(isinstance(e["time"], str) for e in entries)
    for e in entries:
        when = dt.datetime.fromisoformat(e["time"])
        assert when.tzinfo is not None and abs((dt.datetime.now(dt.timezone.utc) - when).total_seconds()) < 3600


# --------------------------------------------------------------------------- compare

NAMES = ["Sølvtind Havbruk AS", "Sør-Varanger kommune", "Tromsø kommune", "Bjørkvik Sparebank",
         "Helse Vest RHF", "Solvik kommune", "Ærøy Fisk AS", "Café Nord AS"]


@pytest.mark.parametrize("query, expected", [
    ("solvtind", ["Sølvtind Havbruk AS"]),
    ("SOLVTIND havbruk", ["Sølvtind Havbruk AS"]),
    ("sorvaranger", ["Sør-Varanger kommune"]),
    ("Sør Varanger", ["Sør-Varanger kommune"]),
    ("tromso", ["Tromsø kommune"]),
    ("aeroy", ["Ærøy Fisk AS"]),
    ("cafe nord", ["Café Nord AS"]),
    ("helsevest", ["Helse Vest RHF"]),
    ("solvik", ["Solvik kommune"]),
    ("bjorkvik sparebnk", ["Bjørkvik Sparebank"]),  # a typo: the fuzzy step
])
def test_compare_matching_ignores_case_accents_spaces_and_hyphens(query: str, expected: list[str]) -> None:
    assert match_organisations([query], NAMES) == (expected, [])


@pytest.mark.parametrize("query", ["Norsk helsenett", "xyz", "as"])
def test_compare_matching_finds_nothing_for_strangers(query: str) -> None:
    assert match_organisations([query], NAMES) == ([], [query])


def test_fold() -> None:
    assert fold("Sølv-tind  Havbruk") == "solvtindhavbruk" == fold("SOLVTIND HAVBRUK")
    assert fold("Ærøy Å") == "aeroya" and fold("Ærøy Å", spaces=True) == "aeroy a"
    assert fold("Crème brûlée") == "cremebrulee"


def _compare_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()

    def rec(doc_id: str, org: str, year: int, facts: dict) -> None:
        r = {"schema_version": 2, "doc_id": doc_id, "status": "ok", "source": {"path": f"{doc_id}.pdf"},
             "organisation": {"name": org, "page": 1}, "doc_type": "equality_report", "language": "nb",
             "report_year": year, "published": f"{year + 1}-03-01", "sections": [], "entities": [],
             "facts": facts, "facts_evidence": {}, "tables": [], "warnings": [], "error": None}
        (out / f"{doc_id}.json").write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")

    rec("solvtind-2023", "Sølvtind Havbruk AS", 2023, {"employees_total": 318, "women_share_total": 28.0})
    rec("solvtind-2024", "Sølvtind Havbruk AS", 2024, {"employees_total": 320, "women_share_total": 30.0})
    rec("bjorkvik-2024", "Bjørkvik Sparebank", 2024, {"employees_total": 246, "women_share_total": 54.0,
                                                      "measures": [{"title": "Kartlegge", "status": "completed",
                                                                    "due": "2025-06-30"}]})
    return out


def test_compare_lists_organisations_without_a_row_for_the_year(tmp_path: Path) -> None:
    out = _compare_dir(tmp_path)
    result = _run("compare", "solvtind", "bjorkvik", "--year", "2023", "--dataset", str(out))
    assert result.exit_code == 0, result.output
    assert "Bjørkvik Sparebank has no document for 2023 (years in the dataset: 2024)" in result.stderr
    assert "(no document)" in result.stdout and "318" in result.stdout
    as_json = json.loads(_run("compare", "solvtind", "bjorkvik", "--year", "2023", "--format", "json",
                              "--dataset", str(out)).stdout)
    rows = {(r["organisation"], r["year"]): r for r in as_json["rows"]}
    assert rows[("Sølvtind Havbruk AS", 2023)]["found"] and rows[("Sølvtind Havbruk AS", 2023)]["facts"] == {
        "employees_total": 318, "women_share_total": 28.0}
    assert rows[("Bjørkvik Sparebank", 2023)] == {"organisation": "Bjørkvik Sparebank", "year": 2023, "found": False,
                                                   "doc_ids": [], "doc_types": [], "facts": {}}
    assert as_json["units"]["women_share_total"] == "%"
    none = _run("compare", "bjorkvik", "--year", "2019", "--dataset", str(out))
    assert none.exit_code == 1 and "no document for 2019" in none.stderr


def test_compare_as_csv(tmp_path: Path) -> None:
    out = _compare_dir(tmp_path)
    result = _run("compare", "Solvtind", "--format", "csv", "--dataset", str(out))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "fact,unit,Sølvtind Havbruk AS (2023),Sølvtind Havbruk AS (2024)"
    assert "employees_total,,318,320" in lines and "women_share_total,%,28.0,30.0" in lines


# --------------------------------------------------------------------------- XLSX dates

def test_xlsx_dates_are_date_cells(tmp_path: Path) -> None:
    out = _compare_dir(tmp_path)
    build(out, xlsx_path=tmp_path / "data.xlsx")
    wb = load_workbook(tmp_path / "data.xlsx")
    docs = wb["documents"]
    header = [c.value for c in docs[1]]
    published = [row[header.index("published")] for row in docs.iter_rows(min_row=2)]
    assert {c.value.date() if isinstance(c.value, dt.datetime) else c.value for c in published} == {
        dt.date(2024, 3, 1), dt.date(2025, 3, 1)}
    assert all(c.number_format == "yyyy-mm-dd" for c in published)
    measures = wb["measures"]
    header = [c.value for c in measures[1]]
    due = measures.cell(row=2, column=header.index("due") + 1)
    assert due.is_date and due.value.date() == dt.date(2025, 6, 30)
    status = measures.cell(row=2, column=header.index("status") + 1)
    assert status.value == "completed" and not status.is_date


@pytest.mark.parametrize("name, is_date", [
    ("published", True), ("meeting_date", True), ("due", True), ("start_date", True),
    ("meeting_date_page", False), ("status", False), ("employees", False), ("doc_id", False),
])
def test_date_columns(name: str, is_date: bool) -> None:
    from extractor.dataset.xlsx import date_value, is_date_column

    assert is_date_column(name) is is_date
    assert date_value("2025-06-30") == dt.date(2025, 6, 30)
    assert date_value("2025-06") == "2025-06" and date_value("2025-02-30") == "2025-02-30" and date_value(7) == 7


def test_an_error_record_gets_its_markdown_too(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "broken.pdf"
    bad.parent.mkdir()
    bad.write_bytes(b"not a pdf at all")
    out = tmp_path / "out"
    result = _run("extract", str(bad.parent), "--out", str(out), "--to", "md,txt", "--no-entities", "-q")
    assert result.exit_code == 1
    assert "Not extracted" in (out / "broken.md").read_text(encoding="utf-8")
    assert "Not extracted" in (out / "broken.txt").read_text(encoding="utf-8")


def test_markdown_and_text_are_masked_like_every_output(tmp_path: Path) -> None:
    from trust_factory import IN_FILE_NAME, NOT_AN_ID, leaks, privacy_pdf

    (tmp_path / "in").mkdir()
    pdf = privacy_pdf(tmp_path / "in" / f"klage-{IN_FILE_NAME}.pdf")
    out = tmp_path / "out"
    result = _run("extract", str(pdf), "--out", str(out), "--to", "md,txt", "--no-entities", "-q")
    assert result.exit_code == 0, result.output
    rendered = sorted(out.glob("*.md")) + sorted(out.glob("*.txt"))
    assert len(rendered) == 2 and IN_FILE_NAME not in rendered[0].name
    for path in rendered:
        text = path.read_text(encoding="utf-8")
        assert not leaks(text), (path.name, leaks(text))
        assert NOT_AN_ID in text  # an ordinary 11-digit number is kept
