"""Shared fixtures: small PDFs drawn at test time, paths to ../shared."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(TESTS))

import pdf_factory  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.json from the current output (the tests then fail on purpose)",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("pdfs")
    pdf_factory.two_column(d / "two-column.pdf")
    pdf_factory.numbered_report(d / "numbered-report.pdf")
    pdf_factory.table_slide(d / "table-slide.pdf")
    return d


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip("../shared/corpus and ../shared/gold are not present")
    return SHARED


# --------------------------------------------------------------------------- quality runs

EVAL_SETS = {  # name: (pdf folder, gold folder); each set is run through the pipeline once per session
    "corpus": (ROOT / "corpus", ROOT / "corpus" / "gold"),
    "variety": (ROOT / "corpus" / "variety", ROOT / "corpus" / "variety" / "gold"),
    "shared": (SHARED / "corpus", SHARED / "gold"),
    "stress": (ROOT / "corpus" / "stress", ROOT / "corpus" / "stress" / "gold"),
}
_EVALUATED: dict[str, tuple[object, dict[str, dict]]] = {}


def evaluated(name: str) -> tuple[object, dict[str, dict]]:
    """(evaluation report, predictions by doc_id) for one set; skips when the set is absent."""
    if name not in _EVALUATED:
        import json

        from extractor.evaluation import evaluate
        from extractor.pipeline import extract_document
        from extractor.settings import Settings

        pdfs, gold = EVAL_SETS[name]
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))] if gold.is_dir() else []
        golds = [g for g in golds if (pdfs / f"{g['doc_id']}.pdf").exists()]
        if not golds:
            pytest.skip(f"{gold} has no gold file with its PDF")
        preds = {g["doc_id"]: extract_document(pdfs / f"{g['doc_id']}.pdf", Settings()).to_dict() for g in golds}
        _EVALUATED[name] = (evaluate(golds, preds), preds)
    return _EVALUATED[name]
