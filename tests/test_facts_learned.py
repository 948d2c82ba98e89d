"""The learned fact classifier: shipped, read offline, and only filling facts the rules left empty."""
from __future__ import annotations

from extractor.facts import transparency_learned as tl


def test_the_model_is_shipped_with_a_threshold() -> None:
    model = tl.load()
    assert model is not None and "none" in model["classes"] and 0.5 <= model["threshold"] <= 1.0


def test_years_are_never_candidates() -> None:
    assert [v for _, _, v in tl.candidates("I 2024 hadde vi 37 leverandører.", "nb")] == [37.0]


def test_features_see_the_noun_and_the_percent_sign() -> None:
    text = "Vi fikk svar fra 64 % av de spurte."
    (start, end, _), = list(tl.candidates(text, "nb"))
    feats = tl.features(text, start, end)
    assert "PCT" in feats and "U=%" in feats and "L1=fra" in feats


def test_training_sentences_are_told_apart() -> None:
    model = tl.load()
    text = "Headcount stood at 812 at the end of 2024."
    (start, end, _), = list(tl.candidates(text, "en"))
    probs = tl.probabilities(model, tl.features(text, start, end))
    assert max(probs, key=probs.get) == "employees"


def test_fill_only_names_missing_facts() -> None:
    assert tl.fill([], "nb", set()) == []
