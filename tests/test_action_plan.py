"""Action-plan vocabularies as data: every status and deadline example of extractor/data/rules/action_plan.toml."""
from __future__ import annotations

import pytest

from extractor import rules
from extractor.facts import action_plan

DATA = rules.load("action_plan").data


@pytest.mark.parametrize("case", DATA["status_examples"], ids=[c["text"] for c in DATA["status_examples"]])
def test_status_words(case: dict) -> None:
    assert (action_plan.status_of(case["text"]) or "") == case["want"]


@pytest.mark.parametrize("case", DATA["due_examples"], ids=[c["text"] for c in DATA["due_examples"]])
def test_due_dates(case: dict) -> None:
    assert (action_plan.due_of(case["text"], 2025) or "") == case["want"]


@pytest.mark.parametrize("row, fields", [
    (("Nr", "Tiltak", "Eier", "Tidsplan", "Status"), {"number", "title", "owner", "due", "status"}),
    (("Measure", "Responsible", "Deadline", "Progress"), {"title", "owner", "due", "status"}),
    (("Tiltak", "Ansvar", "Frist", "Status"), {"title", "owner", "due", "status"}),
    (("Nr", "Tiltak", "Ansvarlig", "Frist", "Gjennomføring"), {"number", "title", "owner", "due", "status"}),
    (("Navn", "Adresse"), set()),
])
def test_measure_table_headers(row: tuple, fields: set) -> None:
    assert set(action_plan.header_map(row)) == fields


@pytest.mark.parametrize("case", DATA["list_examples"], ids=[c["text"][:30] for c in DATA["list_examples"]])
def test_labelled_list_measures(case: dict) -> None:
    (_, title, fields), = action_plan.list_items(case["text"])
    assert [title, action_plan.status_of(fields["status"]), action_plan.due_of(fields["due"], 2025)] == case["want"]
