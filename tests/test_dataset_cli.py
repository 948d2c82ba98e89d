"""``extractor dataset``, ``compare`` and ``serve`` through the command line."""
from __future__ import annotations

import csv
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from extractor.cli import main
from extractor.dataset import TABLE_ORDER

EQUALITY_FACTS = {"employees_total": 894, "women_share_total": 37.0, "pay_ratio_women_to_men_total": 103.4,
                  "sick_leave_women": 7.38, "temporary_employees": 10}


def doc(doc_id: str, org: str | None, doc_type: str, year: int | None, facts: dict[str, Any],
        evidence: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "schema_version": 2, "doc_id": doc_id, "status": "ok",
        "source": {"path": f"{doc_id}.pdf", "sha256": "0" * 64, "pages": 4, "bytes": 2048},
        "organisation": {"name": org, "page": 1}, "doc_type": doc_type, "language": "nb",
        "report_year": year, "published": None,
        "sections": [{"id": "s1", "parent": None, "number": None, "title": "Om rapporten", "level": 1,
                      "page_start": 1, "page_end": 4, "text": "=SUM(A1) er ikke en formel."}],
        "entities": [{"type": "risk_sector", "text": "IKT", "value": "ict_hardware", "page": 3,
                      "bbox": [1.0, 2.0, 3.0, 4.0], "section_id": "s1", "sentence": "IKT-utstyr.",
                      "normalized": {}}],
        "facts": facts, "facts_evidence": evidence or {}, "tables": [], "warnings": [], "error": None,
    }


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    records = [
        doc("nhn-likestilling-2023", "Norsk helsenett SF", "equality_report", 2023, EQUALITY_FACTS,
            {"women_share_total": {"page": 3, "bbox": [0, 0, 1, 1], "text": "37 %"}}),
        doc("hv-likestilling-2024", "Helse Vest RHF", "equality_report", 2024,
            {"employees_total": 120, "women_share_total": 61.5}),
        doc("nhn-apenhet-2025", "Norsk helsenett SF", "transparency_report", 2025,
            {"business_partners_total": 447, "violations_found": True, "revenue_nok": 2200000000}),
        {"schema_version": 2, "doc_id": "notes", "status": "error",
         "source": {"path": "notes.pdf", "sha256": "1" * 64, "pages": None, "bytes": 21},
         "organisation": None, "doc_type": "other", "language": "other", "report_year": None, "published": None,
         "sections": [], "entities": [], "facts": {}, "tables": [], "warnings": [],
         "error": {"kind": "not_pdf", "message": "not a PDF file"}},
    ]
    for rec in records:
        (out / f"{rec['doc_id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    return out


def invoke(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in TABLE_ORDER}
    finally:
        con.close()


def test_dataset_writes_sqlite_csv_xlsx(out_dir: Path, tmp_path: Path) -> None:
    csv_dir, xlsx = tmp_path / "csv", tmp_path / "data.xlsx"
    result = invoke("dataset", str(out_dir), "--csv", str(csv_dir), "--xlsx", str(xlsx))
    assert result.exit_code == 0, result.output
    db = out_dir / "data.sqlite"  # the default store
    assert f"wrote {db}" in result.output

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT doc_id, status, error_kind FROM documents WHERE doc_id='notes'").fetchone() == (
        "notes", "error", "not_pdf")
    assert con.execute("SELECT count(*) FROM facts WHERE doc_id='notes'").fetchone() == (0,)
    assert con.execute("SELECT organisation, year, women_share_total FROM comparison ORDER BY id").fetchall() == [
        ("Helse Vest RHF", 2024, 61.5), ("Norsk helsenett SF", 2023, 37.0), ("Norsk helsenett SF", 2025, None)]
    con.close()

    first = rows(db)
    assert invoke("dataset", str(out_dir), "-q").exit_code == 0
    assert rows(db) == first  # rebuilding is idempotent

    for table in TABLE_ORDER:
        raw = (csv_dir / f"{table}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for Excel
        header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
        con = sqlite3.connect(db)
        assert header == [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        con.close()
    with (csv_dir / "facts.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh)) == ["doc_id", "key", "value", "value_num", "unit", "page"]

    wb = load_workbook(xlsx)
    assert wb.sheetnames[0] == "comparison" and set(TABLE_ORDER) == set(wb.sheetnames)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
    ws = wb["comparison"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["id", "organisation", "year"]
    i = header.index("women_share_total")
    assert header[i + 1] == "women_share_total_page"
    nhn_2023 = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "norsk helsenett sf|2023")
    assert nhn_2023[i].value == 37.0 and nhn_2023[i].data_type == "n"
    assert nhn_2023[i + 1].value == 3 and nhn_2023[i + 1].data_type == "n"
    emp = header.index("employees_total")
    assert nhn_2023[emp].value == 894 and nhn_2023[emp].data_type == "n"
    assert nhn_2023[header.index("year")].data_type == "n"
    assert nhn_2023[header.index("employees_total_page")].value is None
    text = wb["sections"]["I2"]
    assert wb["sections"]["I1"].value == "text" and text.data_type == "s" and text.value.startswith("=SUM")


def test_dataset_without_records_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["dataset", str(tmp_path)])
    assert result.exit_code == 1 and "no per-document JSON" in result.output


@pytest.mark.parametrize("source", ["folder", "sqlite"])
def test_compare_prints_both_organisations(out_dir: Path, source: str) -> None:
    target = out_dir
    if source == "sqlite":
        assert invoke("dataset", str(out_dir), "-q").exit_code == 0
        target = out_dir / "data.sqlite"
    result = invoke("compare", "norsk helsenett", "HELSE VEST", "--dataset", str(target))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Norsk helsenett SF" in out and "Helse Vest RHF" in out
    assert "women_share_total (%)" in out and "61.5" in out and "447" in out
    line = next(l for l in out.splitlines() if "women_share_total" in l)
    assert line.index("37") < line.index("61.5")  # columns in the order asked for


def test_compare_year_filter_and_unknown_name(out_dir: Path) -> None:
    result = invoke("compare", "Norsk helsenett", "Nobody AS", "--year", "2025", "--dataset", str(out_dir))
    assert result.exit_code == 0
    assert "2025" in result.output and "2023" not in result.output
    assert "no organisation matches 'Nobody AS'" in result.output
    nothing = CliRunner().invoke(main, ["compare", "Nobody AS", "--dataset", str(out_dir)])
    assert nothing.exit_code == 1 and "Helse Vest RHF" in nothing.output


def test_serve_without_datasette_exits_2(out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.dataset import serve

    assert invoke("dataset", str(out_dir), "-q").exit_code == 0
    monkeypatch.setattr(serve, "available", lambda: False)
    result = CliRunner().invoke(main, ["serve", str(out_dir / "data.sqlite")])
    assert result.exit_code == 2 and "pip install 'extractor[serve]'" in result.output


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_over_http(out_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    assert invoke("dataset", str(out_dir), "-q").exit_code == 0
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", str(out_dir / "data.sqlite"),
                             "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/data/comparison.json?_shape=objects"
    try:
        deadline, body = time.monotonic() + 20, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    body = json.load(resp)
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        log.flush()
        assert body is not None, f"no answer from datasette ({proc.poll()=}): {(tmp_path / 'serve.log').read_text()}"
        got = {(r["organisation"], r["year"]): r for r in body["rows"]}
        assert set(got) == {("Helse Vest RHF", 2024), ("Norsk helsenett SF", 2023), ("Norsk helsenett SF", 2025)}
        assert got[("Norsk helsenett SF", 2023)]["women_share_total"] == 37.0
        assert got[("Norsk helsenett SF", 2025)]["violations_found"] == 1
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
