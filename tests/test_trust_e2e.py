"""The crafted batch, end to end through the command line: identity numbers
in every form, colliding and dot-file names, a 200-character non-ASCII name,
a FIFO on the command line, a broken file and formula-like text give one
record per input, no traceback, no identity number in any output, no formula
cell in the CSV, and a re-run that exits 1 while the broken file's error
remains."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.dataset.csvout import FORMULA_START

import trust_factory as tf
from trust_factory import leaks, output_texts


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs FIFOs")
def test_crafted_batch(tmp_path: Path) -> None:
    folder, extra = tf.crafted_batch(tmp_path)
    inputs = sorted(p for p in folder.rglob("*.pdf")) + extra
    assert len(inputs) == 10 and any(len(p.name) == 204 for p in inputs)
    out = tmp_path / "out"
    first = run_cli("extract", str(folder), *map(str, extra), "--out", str(out), "--workers", "2", "--timeout", "60")
    assert first.returncode == 1
    assert "Traceback" not in first.stdout + first.stderr

    # one record per input, each under its own doc_id
    records = [json.loads(p.read_text()) for p in out.glob("*.json")]
    assert len(records) == len({r["doc_id"] for r in records}) == len(inputs)
    by_id = {r["doc_id"]: r for r in records}
    assert by_id["broken"]["error"]["kind"] == "broken_pdf"
    assert by_id["pipe"]["error"]["kind"] == "not_pdf"
    assert {r["doc_id"] for r in records if r["error"]} == {"broken", "pipe"}
    assert len((out / "dataset.jsonl").read_text().splitlines()) == len(inputs)

    report = tmp_path / "report"
    built = run_cli("dataset", str(out), "--csv", str(out / "csv"), "--xlsx", str(out / "data.xlsx"))
    assert built.returncode == 0, built.stderr
    assert "documents 10" in built.stdout
    assert run_cli("report", str(out), "--out", str(report)).returncode == 0

    # no identity number anywhere (the privacy test OCRs the page images)
    texts = output_texts(out) | {f"report/{k}": v for k, v in output_texts(report).items()}
    assert {k: leaks(v) for k, v in texts.items() if leaks(v)} == {}
    assert leaks(first.stdout + first.stderr) == []
    assert "***********" in by_id["brev"]["sections"][-1]["text"]

    # no formula cell in the CSV, though formula-like text is there
    cells = [c for p in (out / "csv").glob("*.csv")
             for row in csv.reader(io.StringIO(p.read_text(encoding="utf-8-sig"))) for c in row]
    assert any(c.startswith("'=") for c in cells)
    assert [c for c in cells if c.startswith(FORMULA_START) and not c.lstrip("+-").replace(".", "").isdigit()] == []

    # a re-run tells the truth while the broken file's error remains
    again = run_cli("extract", str(folder), *map(str, extra), "--out", str(out))
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "error record(s) from earlier runs remain" in again.stderr and "broken" in again.stderr
