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


# ---------------------------------------------------------------- tables without a grid (word positions)

from extractor.facts import action_plan_layout as layout  # noqa: E402
from extractor.model import Word  # noqa: E402
from extractor.parse.layout import make_line  # noqa: E402


def _cells(cells: list[tuple[float, str]], top: float, size: float = 9.0, page: int = 1):
    """One line per cell, as the reading order of a grid-less table often comes out."""
    lines = []
    for x, text in cells:
        words, pos = [], x
        for token in text.split():
            words.append(Word(token, pos, top, pos + 4.5 * len(token), top + size, size=size))
            pos += 4.5 * len(token) + 3
        lines.append(make_line(words, page))
    return lines


def test_a_gridless_measure_table_is_read_under_its_header() -> None:
    cols = (50.0, 80.0, 300.0, 400.0, 480.0)
    lines = _cells(list(zip(cols, ["Nr", "Tiltak", "Ansvarlig", "Frist", "Fremdrift"])), 100)
    lines += _cells(list(zip(cols, ["1", "Nye sykkelstativer ved skolene", "Teknisk drift", "2. tertial 2025",
                                    "Delvis levert"])), 115)
    lines += _cells([(80.0, "og barnehagene")], 127)  # a wrapped title cell
    lines += _cells(list(zip(cols, ["2", "Gangvei til hallen", "Plan", "løpende", "Ikke påbegynt"])), 142)
    lines += _cells([(50.0, "Teksten etter tabellen er satt i en større skrift og hører ikke til tabellen.")], 170,
                    size=11.0)
    rows = layout.read_tables(lines, action_plan._column_name, lambda page, top: "Samferdsel")
    got = [(a, c["title"], action_plan.status_of(c["status"]), action_plan.due_of(c.get("due", ""))) for a, c, _ in rows]
    assert got == [("Samferdsel", "Nye sykkelstativer ved skolene og barnehagene", "in_progress", "2025-08-31"),
                   ("Samferdsel", "Gangvei til hallen", "not_started", None)]


def test_prose_is_not_a_header() -> None:
    lines = _cells([(50.0, "Tiltak og status følges opp av ansvarlig leder innen fristen.")], 100)
    assert layout.read_tables(lines, action_plan._column_name, lambda page, top: "") == []
