"""Facts against gold files: the share got right must not drop.

Two sets: ``../shared`` (four real reports; skipped when absent) and the
fictional sample corpus in ``corpus/`` (twelve documents, in the repository).
Measured when the fact extractors were written:

* shared: contract facts 61/61 = 1.000, all numeric gold facts 104/129 = 0.806;
* sample corpus: contract facts 110/111 = 0.991, all numeric 118/119 = 0.992.

The floors are those figures minus 0.05.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extractor.clean import remove_running_lines
from extractor.facts import extract_facts
from extractor.facts.scoring import fraction, score_facts
from extractor.parse import parse_pdf
from extractor.pipeline import document_info
from extractor.segment import segment
from extractor.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE = Path(__file__).resolve().parents[1] / "corpus"
SETS = {  # name: (pdf folder, gold folder, contract floor, all-numeric floor)
    "shared": (SHARED / "corpus", SHARED / "gold", 1.000 - 0.05, 0.806 - 0.05),
    "sample": (SAMPLE, SAMPLE / "gold", 0.991 - 0.05, 0.992 - 0.05),
}

pytestmark = pytest.mark.slow


def _facts(pdf: Path) -> dict[str, Any]:
    settings = Settings(entities=False)
    parsed = parse_pdf(pdf, settings.parse)
    cleaned = remove_running_lines(parsed, settings.clean)
    seg = segment([l for p in cleaned.document.pages for l in p.lines], settings.segment)
    info = document_info(cleaned.document, seg, list(cleaned.removed), settings)
    tables = [t for p in parsed.pages for t in p.tables]
    return extract_facts(info.doc_type, seg, tables, info).facts


def _scores(pdfs: Path, gold: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for gold_path in sorted(gold.glob("*.json")):
        pdf = pdfs / f"{gold_path.stem}.pdf"
        if pdf.exists():
            out[gold_path.stem] = score_facts(json.loads(gold_path.read_text(encoding="utf-8")), _facts(pdf))
    return out


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, dict[str, Any]]]:
    pdfs, gold, _, _ = SETS[request.param]
    if not gold.is_dir() or not pdfs.is_dir():
        pytest.skip(f"{gold} or {pdfs} is not present")
    scores = _scores(pdfs, gold)
    if not scores:
        pytest.skip(f"no gold file in {gold} has its PDF in {pdfs}")
    return request.param, scores


def _total(scores: dict[str, dict[str, Any]], group: str) -> dict[str, int]:
    return {k: sum(s[group][k] for s in scores.values()) for k in ("right", "total")}


def test_contract_facts_stay_right(scored: tuple[str, dict[str, dict[str, Any]]]) -> None:
    name, scores = scored
    got = _total(scores, "contract")
    wrong = [w for s in scores.values() for w in s["wrong"]]
    assert fraction(got) >= SETS[name][2], (got, wrong[:20])


def test_all_numeric_gold_facts_stay_right(scored: tuple[str, dict[str, dict[str, Any]]]) -> None:
    name, scores = scored
    assert fraction(_total(scores, "all")) >= SETS[name][3], _total(scores, "all")
