"""Quality on the project's own corpus (corpus/ with corpus/gold).

Figures measured when the foundation landed: sections F1 1.00 and every
document field right on all 12 documents (``python scripts/evaluate.py
--set corpus``). The thresholds leave a few points of slack.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.evaluation import DOC_FIELDS, evaluate
from extractor.pipeline import extract_document
from extractor.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def corpus_report():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "gold").glob("*.json"))]
    assert len(golds) >= 12
    preds = {g["doc_id"]: extract_document(CORPUS / f"{g['doc_id']}.pdf", Settings()).to_dict() for g in golds}
    return evaluate(golds, preds)


def test_sections(corpus_report) -> None:
    assert corpus_report.totals()["sections"].f1 >= 0.95


@pytest.mark.parametrize("field", DOC_FIELDS)
def test_document_fields(corpus_report, field: str) -> None:
    assert corpus_report.accuracy()[field] >= 0.9
