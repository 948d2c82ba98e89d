"""Batch runs: workers, limits, resume after kill -9, error records for bad input."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.batch import BatchOptions, run_batch
from extractor.executors import Job, Limits, Outcome, run_local
from extractor.model import STATUSES
from extractor.settings import ParseSettings, Settings

import pdf_factory

FAST = Settings(entities=False)


def outputs(out: Path) -> dict[str, dict]:
    """Every per-document record without its timings (which differ run to run)."""
    got = {}
    for p in sorted(out.glob("*.json")):
        record = json.loads(p.read_text())
        record.pop("timings", None)
        got[p.name] = record
    return got


@pytest.fixture(scope="module")
def many_docs(tmp_path_factory: pytest.TempPathFactory, pdf_dir: Path) -> Path:
    d = tmp_path_factory.mktemp("many")
    for i in range(24):
        src = ["two-column", "numbered-report", "table-slide"][i % 3]
        shutil.copy(pdf_dir / f"{src}.pdf", d / f"doc{i:02d}.pdf")
    return d


def test_rerun_skips_done_documents_and_force_redoes_them(pdf_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch([pdf_dir], out, FAST, BatchOptions(workers=2))
    assert len(first.records) == 3 and not first.skipped
    before = outputs(out)
    second = run_batch([pdf_dir], out, FAST, BatchOptions(workers=2))
    assert second.records == [] and len(second.skipped) == 3
    assert outputs(out) == before
    assert len((out / "dataset.jsonl").read_text().splitlines()) == 3
    third = run_batch([pdf_dir], out, FAST, BatchOptions(workers=1, force=True))
    assert len(third.records) == 3


def test_changed_file_is_redone(pdf_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(pdf_dir / "table-slide.pdf", src / "plan.pdf")
    out = tmp_path / "out"
    run_batch([src], out, FAST, BatchOptions(workers=1))
    shutil.copy(pdf_dir / "numbered-report.pdf", src / "plan.pdf")
    again = run_batch([src], out, FAST, BatchOptions(workers=1))
    assert [r["doc_id"] for r in again.records] == ["plan"]
    assert json.loads((out / "plan.json").read_text())["doc_type"] == "transparency_report"


def test_kill_9_then_rerun_equals_uninterrupted_run(many_docs: Path, tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    run_batch([many_docs], reference, FAST, BatchOptions(workers=1))
    out = tmp_path / "killed"
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(many_docs), "--out", str(out),
           "--workers", "1", "--no-entities", "--quiet"]
    proc = subprocess.Popen(cmd, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("doc*.json"))) < 5:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list(out.glob("doc*.json")))
    assert 0 < done_before < 24, "the run should have been killed part-way"
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert outputs(out) == outputs(reference)
    lines = (out / "dataset.jsonl").read_text().splitlines()
    assert sorted(json.loads(l)["doc_id"] for l in lines) == [f"doc{i:02d}" for i in range(24)]


def _crash(job: Job, settings: Settings) -> dict:
    os._exit(3)


def _hang(job: Job, settings: Settings) -> dict:
    time.sleep(60)
    return {}


@pytest.mark.parametrize("task, kind", [(_crash, "crash"), (_hang, "timeout")])
def test_worker_crash_or_hang_gives_error_record_and_run_goes_on(pdf_dir: Path, task, kind: str) -> None:
    jobs = [Job(pdf_dir / "table-slide.pdf", "a"), Job(pdf_dir / "two-column.pdf", "b")]
    got: list[Outcome] = []
    run_local(jobs, FAST, Limits(timeout=2, max_memory=None), 2, lambda o: got.append(o) or True, task=task)
    assert sorted(o.job.doc_id for o in got) == ["a", "b"]
    assert {o.record["error"]["kind"] for o in got} == {kind}
    assert {o.record["status"] for o in got} <= set(STATUSES)


def test_memory_limit_gives_oom_record(tmp_path: Path) -> None:
    big = pdf_factory.many_pages(tmp_path / "big.pdf", pages=300)
    got: list[Outcome] = []
    run_local([Job(big, "big")], FAST, Limits(timeout=60, max_memory=40 * 1024**2), 1,
              lambda o: got.append(o) or True)
    assert got[0].record["error"]["kind"] == "oom"
    assert got[0].record["status"] == "oom"


def test_fail_fast_stops_the_run(pdf_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-bad.pdf").write_bytes(b"not a pdf")
    for i in range(6):
        shutil.copy(pdf_dir / "numbered-report.pdf", src / f"b{i}.pdf")
    summary = run_batch([src], tmp_path / "out", FAST, BatchOptions(workers=1, fail_fast=True))
    assert summary.failed and len(summary.records) < 7


def test_bad_inputs_each_get_one_terminal_record(pdf_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    data = (pdf_dir / "numbered-report.pdf").read_bytes()
    (src / "not-a-pdf.pdf").write_text("hei")
    (src / "empty.pdf").write_bytes(b"")
    (src / "truncated.pdf").write_bytes(data[:300])
    (src / "archive.zip").write_bytes(b"PK\x03\x04rest")
    pdf_factory.broken_xref(src / "broken-xref.pdf", pdf_dir / "numbered-report.pdf")
    pdf_factory.encrypted(src / "encrypted.pdf")
    pdf_factory.scanned(src / "scanned.pdf")
    pdf_factory.self_referencing_form(src / "loop.pdf")
    inputs = sorted(src.iterdir()) + [tmp_path / "in"]  # a folder given by mistake too: it is expanded
    summary = run_batch(inputs, tmp_path / "out", FAST, BatchOptions(workers=2, limits=Limits(timeout=30)))
    by_id = {r["doc_id"]: r for r in summary.records}
    status = {k: (v["status"], (v["error"] or {}).get("kind")) for k, v in by_id.items()}
    assert status["not-a-pdf"] == ("error", "not_pdf")
    assert status["empty"] == ("error", "empty_file")
    assert status["truncated"][0] in {"error", "needs_ocr"}
    assert status["archive.zip"] == ("error", "not_pdf")
    assert status["encrypted"] == ("encrypted", "encrypted")
    assert status["scanned"] == ("needs_ocr", "needs_ocr")
    assert "page 1: no text layer" in by_id["scanned"]["warnings"]
    assert status["broken-xref"][0] in {"ok", "error"}
    assert status["loop"][0] in STATUSES
    for record in by_id.values():
        assert record["status"] in STATUSES
        assert record["status"] != "ok" or record["source"]["pages"]


def test_encrypted_with_password(tmp_path: Path) -> None:
    pdf = pdf_factory.encrypted(tmp_path / "enc.pdf", password="hemmelig")
    settings = Settings(entities=False, parse=ParseSettings(password="hemmelig"))
    summary = run_batch([pdf], tmp_path / "out", settings, BatchOptions(workers=1))
    record = summary.records[0]
    assert record["status"] == "ok" and record["sections"][0]["title"] == "Likestillingsredegjørelse 2024"


def test_thousand_pages(tmp_path: Path) -> None:
    pdf = pdf_factory.many_pages(tmp_path / "long.pdf", pages=1000)
    summary = run_batch([pdf], tmp_path / "out", FAST, BatchOptions(workers=1, limits=Limits(timeout=120)))
    record = summary.records[0]
    assert record["status"] == "ok" and record["source"]["pages"] == 1000
    assert len(record["sections"]) == 1000


def test_flate_bomb_under_memory_cap_gives_oom(tmp_path: Path) -> None:
    bomb = pdf_factory.flate_bomb(tmp_path / "bomb.pdf", inflated_mb=600)
    limits = Limits(timeout=60, max_memory=300 * 1024**2)
    summary = run_batch([bomb], tmp_path / "out", FAST, BatchOptions(workers=1, limits=limits))
    record = summary.records[0]
    assert (record["status"], record["error"]["kind"]) == ("oom", "oom")


def test_unmapped_glyphs_are_garbled_not_ok(tmp_path: Path) -> None:
    pdf = pdf_factory.cid_font_without_tounicode(tmp_path / "cid.pdf")
    summary = run_batch([pdf], tmp_path / "out", FAST, BatchOptions(workers=1))
    record = summary.records[0]
    assert (record["status"], record["error"]["kind"]) == ("garbled", "garbled")
    assert "page 1: garbled text (fonts without ToUnicode)" in record["warnings"]
