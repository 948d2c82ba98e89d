"""Quality on the published reports in ../shared (skipped when absent).

Thresholds are the issue's acceptance levels; the evaluation script prints
the same figures (``python scripts/evaluate.py --set shared``).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.evaluation import DOC_FIELDS, evaluate
from extractor.pipeline import extract_document
from extractor.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def shared_report(shared_dir: Path):
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((shared_dir / "gold").glob("*.json"))]
    preds = {g["doc_id"]: extract_document(shared_dir / "corpus" / f"{g['doc_id']}.pdf", Settings()).to_dict() for g in golds}
    return evaluate(golds, preds), preds


def test_sections_f1(shared_report) -> None:
    report, _ = shared_report
    assert report.totals()["sections"].f1 >= 0.90


@pytest.mark.parametrize("field", DOC_FIELDS)
def test_document_fields_right_for_every_document(shared_report, field: str) -> None:
    report, _ = shared_report
    wrong = [d.doc_id for d in report.docs if not d.fields[field]]
    assert not wrong, f"{field} wrong for {wrong}"


def test_no_traceback_and_all_ok(shared_report) -> None:
    _, preds = shared_report
    assert all(p["status"] == "ok" and p["error"] is None for p in preds.values())
