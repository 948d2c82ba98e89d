"""Figures (quantity entities): the table of cases in extractor/data/rules/quantities.toml, and the entity stage."""
from __future__ import annotations

import pytest

from extractor.extract import quantities

CASES = quantities.vocabulary()["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_quantity_cases(case: dict) -> None:
    got = [[q.value, q.unit] for q in quantities.find_quantities(case["text"], case.get("lang", "nb"))]
    assert got == case["want"]


def test_a_quantity_keeps_its_text_and_qualifier() -> None:
    text = "Vi har årlig om lag 350.000 pasientbesøk."
    (q,) = quantities.find_quantities(text, "nb")
    assert (q.text, q.value, q.unit, q.qualifier) == ("350.000 pasientbesøk", 350000, "pasientbesøk", "om lag")
    assert text[q.start:q.end] == q.text


def test_every_case_list_has_negatives_and_positives() -> None:
    assert any(c["want"] for c in CASES) and any(not c["want"] for c in CASES)
