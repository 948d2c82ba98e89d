"""Malformed PDFs: qpdf's robustness files and mutated copies of our own PDFs.

Every file ends with exactly one terminal record, and nothing with 0 pages or
0 characters is ever "ok".
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extractor.batch import BatchOptions, run_batch
from extractor.executors import Limits
from extractor.model import STATUSES
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("fuzz_corpus", ROOT / "scripts" / "fuzz_corpus.py")
fuzz_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz_corpus)

OPTIONS = BatchOptions(workers=2, limits=Limits(timeout=30))


def check_terminal_records(inputs: list[Path], out: Path) -> dict[str, int]:
    summary = run_batch(inputs, out, Settings(entities=False), OPTIONS)
    records = {r["doc_id"]: r for r in summary.records}
    assert len(records) == len(summary.records) == len(inputs)  # one record each, none twice
    counts: dict[str, int] = {}
    for r in records.values():
        assert r["status"] in STATUSES
        assert (r["status"] in {"ok", "partial"}) == (r["error"] is None)
        if r["status"] in {"ok", "partial"}:
            assert r["source"]["pages"], r["doc_id"]
            text = "".join(s["text"] + s["title"] for s in r["sections"]) + ((r["front_matter"] or {}).get("text") or "")
            assert text.strip(), f"{r['doc_id']} is ok but has no text"
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    assert sorted(p.name for p in out.glob("*.json")) == sorted(f"{d}.json" for d in records)
    return counts


def test_qpdf_hostile_files(shared_dir: Path, tmp_path: Path) -> None:
    files = sorted((shared_dir / "hostile" / "qpdf").glob("*.pdf"))
    assert len(files) >= 130
    counts = check_terminal_records(files, tmp_path / "out")
    assert counts.get("ok", 0) > 0 and counts.get("error", 0) > 0


def test_fuzzed_pdfs(pdf_dir: Path, tmp_path: Path) -> None:
    files = fuzz_corpus.make_fuzz_set(sorted(pdf_dir.glob("*.pdf")), tmp_path / "fuzz", count=210, seed=11)
    counts = check_terminal_records(files, tmp_path / "out")
    assert sum(counts.values()) == 210
    log = [json.loads(l) for l in (tmp_path / "out" / "extractor.log").read_text().splitlines()]
    assert sum(1 for e in log if e["event"] == "document") == 210
