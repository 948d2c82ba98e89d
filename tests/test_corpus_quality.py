"""Document fields and sections on the project's own corpus (corpus/ with corpus/gold).

Figures measured when the foundation landed: sections F1 1.00 and every
document field right on all 12 documents (``python scripts/evaluate.py
--set corpus``). The thresholds leave a few points of slack.
"""
from __future__ import annotations

import pytest

from conftest import evaluated
from extractor.evaluation import DOC_FIELDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_report():
    report, _ = evaluated("corpus")
    assert len(report.docs) >= 12
    return report


def test_sections(corpus_report) -> None:
    assert corpus_report.totals()["sections"].f1 >= 0.95


@pytest.mark.parametrize("field", DOC_FIELDS)
def test_document_fields(corpus_report, field: str) -> None:
    assert corpus_report.accuracy()[field] >= 0.9
