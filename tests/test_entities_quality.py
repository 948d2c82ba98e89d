"""Entity quality on the project's corpus and ../shared, and provenance checks.

F1 per entity type is measured with ``python scripts/evaluate.py``; the
thresholds below are the figures measured when the entity stage landed minus
a few points, so a drop in quality fails the suite. Every entity's bbox must
hold its text on the page it names.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from conftest import evaluated

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]

# Measured on 2026-12-01 after the entities issue (corpus / shared / variety):
#   percentages 0.991 / 0.997 / 0.978, deadlines 0.991 / 0.937 / 0.928, organisations 0.958 / 0.902 / 0.959,
#   suppliers 0.667 / 0.642 / 0.723, risk sectors 0.944 / 0.941 / 0.894, risk issues 0.899 / 0.963 / 0.870,
#   sections 1.000 / 0.995 / 0.940; doc type and author right for every variety document, published 0.98.
# Round 2 (blind-style families): variety suppliers 0.767, risk issues 0.881, sections 0.944 (corpus suppliers
#   0.653, variety risk sectors 0.875: a few more real suppliers and sectors that the gold leaves out).
# Round 2, supplier families (self-made cases by family first): suppliers corpus 0.694 -> 0.720, variety 0.782 -> 0.809.
# Thresholds a few points lower.
CORPUS_MIN_F1 = {"percentages": 0.97, "deadlines": 0.97, "organisations": 0.93, "suppliers": 0.70,
                 "risk_sectors": 0.91, "risk_issues": 0.87, "sections": 0.98}
SHARED_MIN_F1 = {"percentages": 0.97, "deadlines": 0.91, "organisations": 0.87, "suppliers": 0.62,
                 "risk_sectors": 0.91, "risk_issues": 0.93, "sections": 0.97}
VARIETY_MIN_F1 = {"percentages": 0.95, "deadlines": 0.90, "organisations": 0.93, "suppliers": 0.79,
                  "risk_sectors": 0.86, "risk_issues": 0.85, "sections": 0.92}
VARIETY_MIN_ACCURACY = {"doc_type": 0.97, "organisation": 0.95, "report_year": 0.97, "published": 0.93}


@pytest.fixture(scope="module")
def corpus_run():
    return evaluated("corpus")


@pytest.fixture(scope="module")
def shared_run(shared_dir: Path):
    return evaluated("shared")


@pytest.fixture(scope="module")
def variety_run():
    return evaluated("variety")


@pytest.mark.parametrize("kind", sorted(VARIETY_MIN_F1))
def test_variety_entity_f1(variety_run, kind: str) -> None:
    report, _ = variety_run
    assert report.totals()[kind].f1 >= VARIETY_MIN_F1[kind]


@pytest.mark.parametrize("field", sorted(VARIETY_MIN_ACCURACY))
def test_variety_document_fields(variety_run, field: str) -> None:
    report, _ = variety_run
    assert report.accuracy()[field] >= VARIETY_MIN_ACCURACY[field]


@pytest.mark.parametrize("kind", sorted(CORPUS_MIN_F1))
def test_corpus_entity_f1(corpus_run, kind: str) -> None:
    report, _ = corpus_run
    assert report.totals()[kind].f1 >= CORPUS_MIN_F1[kind]


@pytest.mark.parametrize("kind", sorted(SHARED_MIN_F1))
def test_shared_entity_f1(shared_run, kind: str) -> None:
    report, _ = shared_run
    assert report.totals()[kind].f1 >= SHARED_MIN_F1[kind]


def _alnum(text: str) -> str:
    return re.sub(r"[^0-9a-zæøåA-ZÆØÅ]", "", text).lower()


def _check_boxes(preds: dict[str, dict]) -> None:
    checked = 0
    for record in preds.values():
        with pdfplumber.open(record["source"]["path"]) as pdf:
            for e in record["entities"]:
                page = pdf.pages[e["page"] - 1]
                x0, top, x1, bottom = e["bbox"]
                assert 0 <= x0 <= x1 <= page.width + 1 and 0 <= top <= bottom <= page.height + 1, e
                region = page.crop((max(0, x0 - 2), max(0, top - 2), min(page.width, x1 + 2),
                                    min(page.height, bottom + 2)), strict=False)
                inside = _alnum(region.extract_text() or "")
                first = _alnum(e["text"].split()[0]) if e["text"].split() else ""
                if e.get("normalized", {}).get("evidence") == "heading" or not first:
                    continue
                assert first[:4] in inside, (record["doc_id"], e["type"], e["text"], e["page"], inside[:80])
                checked += 1
    assert checked > 100


def test_corpus_entities_lie_where_their_text_is(corpus_run) -> None:
    _check_boxes(corpus_run[1])


def test_shared_entities_lie_where_their_text_is(shared_run) -> None:
    _check_boxes(shared_run[1])


def test_the_author_is_never_its_own_supplier_or_organisation(corpus_run) -> None:
    """kvitfjell-etiske-retningslinjer-leverandorer opens "Etiske retningslinjer for leverandører" and
    then the author's name: no supplier or organisation entity names the author."""
    _, preds = corpus_run
    for record in preds.values():
        author = ((record.get("organisation") or {}).get("name") or "").lower()
        names = [(e["normalized"].get("name") or "").lower() for e in record["entities"]
                 if e["type"] in ("supplier", "organisation")]
        assert author and author not in names, record["doc_id"]
