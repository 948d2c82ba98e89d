"""Checks on the shipped Norwegian NER model in models/ner-nb (see scripts/train_ner.py)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "models" / "ner-nb"
NORNE = ROOT.parent / "shared" / "norne"
# Regression floor for the entity F1 on NorNE test (sentence by sentence). The shipped model scores
# 0.772 (the issue asks for at least 0.75; spaCy's nb_core_news_sm scores 0.748), so a retrain that
# loses more than about a point fails here.
MIN_TEST_F1 = 0.76

pytestmark = pytest.mark.skipif(
    not (MODEL_DIR / "meta.json").is_file(),
    reason=f"NER model not found at {MODEL_DIR}; train it with scripts/train_ner.py",
)


@pytest.fixture(scope="module")
def nlp():
    """The trained spaCy pipeline, loaded once per module."""
    spacy = pytest.importorskip("spacy")
    import extractor.extract.ner_crf  # noqa: F401  (registers crf_ner)

    return spacy.load(MODEL_DIR)


def test_pipeline_components(nlp):
    """The model is a Bokmål pipeline whose CRF knows NorNE's labels and carries its lexicon."""
    assert nlp.lang == "nb"
    crf = nlp.get_pipe("crf_ner")
    assert set(crf.labels) >= {"PER", "ORG", "GPE_LOC", "GPE_ORG", "LOC", "PROD", "DRV", "EVT"}
    assert len(crf.lexicon) > 500_000


def test_tags_obvious_organisation(nlp):
    """An agency and a state enterprise are recognised as organisations."""
    doc = nlp("Arbeidstilsynet ga pålegg til Norsk helsenett SF i 2025.")
    orgs = {ent.text for ent in doc.ents if ent.label_ in ("ORG", "GPE_ORG")}
    assert orgs & {"Arbeidstilsynet", "Norsk helsenett SF", "Norsk helsenett"}, doc.ents


def test_recorded_test_f1():
    """scores.json records an entity F1 on NorNE test at or above the accepted floor."""
    scores = json.loads((MODEL_DIR / "scores.json").read_text(encoding="utf-8"))
    assert scores["test"]["f1"] >= MIN_TEST_F1, scores["test"]
    assert set(scores["published_f1_norne_nob_test"]) >= {"nb_core_news_sm", "nb_core_news_md"}
    assert isinstance(scores["seed"], int)
    assert scores["dev"]["f1"] > 0 and scores["data"]["train"] > 15000 and scores["data"]["extra"] > 0


@pytest.mark.skipif(not (NORNE / "nob-test.tsv").is_file(), reason=f"NorNE not found at {NORNE}")
def test_measured_test_f1(nlp):
    """Scored again here on NorNE test: the model in the repository is the one scores.json describes."""
    spec = importlib.util.spec_from_file_location("evaluate_ner", ROOT / "scripts" / "evaluate_ner.py")
    evaluate_ner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate_ner)
    docs = evaluate_ner.load_splits(NORNE, nlp.vocab, splits=("test",))["test"]
    measured = evaluate_ner.evaluate(nlp, docs)
    recorded = json.loads((MODEL_DIR / "scores.json").read_text(encoding="utf-8"))["test"]
    assert measured["f1"] >= MIN_TEST_F1, measured
    assert measured["f1"] == pytest.approx(recorded["f1"], abs=0.002)
