"""Transparency facts beyond single rules: key-figure tables and lines, computed rates, findings tables."""
from __future__ import annotations

import pytest

from extractor import rules
from extractor.facts import transparency
from test_facts import Doc, facts_of, make_table

LABELS = [(t["fact"], ex) for t in rules.load("transparency").data["table_labels"] for ex in t.get("examples", ())]


@pytest.mark.parametrize("fact, label", LABELS, ids=[ex for _, ex in LABELS])
def test_table_label_examples(fact: str, label: str) -> None:
    assert transparency.table_label_fact(label) == fact


@pytest.mark.parametrize("text, k, lang, want", [
    ("1 430 1 300", 2, "nb", [1430, 1300]),
    ("1,920 1,850", 2, "en", [1920, 1850]),
    ("86 74", 2, "en", [86, 74]),
    ("2 140", 1, "nb", [2140]),
    ("12 345 678", 2, "nb", None),  # ambiguous: 12 | 345 678 or 12 345 | 678
])
def test_split_numbers(text: str, k: int, lang: str, want: list | None) -> None:
    assert transparency.split_numbers(text, k, lang) == want


def test_key_figure_lines_take_the_report_years_column() -> None:
    doc = Doc().add("Nøkkeltall", text=["Nøkkeltall 2023 2024", "Antall leverandører 310 355",
                                        "Leverandører med høy risiko 21 19", "Ansatte 1 020 1 075"])
    facts = facts_of("transparency_report", doc, report_year=2024).facts
    assert (facts["business_partners_total"], facts["high_risk_suppliers"], facts["employees"]) == (355, 19, 1075)


def test_a_line_ending_in_a_year_is_not_a_key_figure() -> None:
    doc = Doc().add("Planer", text=["Revisjon av alle hovedleverandører innen utgangen av 2026"])
    assert facts_of("transparency_report", doc, report_year=2024).facts["supplier_audits"] is None


def test_response_rate_from_counts_when_none_is_printed() -> None:
    doc = Doc().add("Oppfølging", text=["Vi sendte skjemaet til 40 leverandører, og 30 svarte."])
    facts = facts_of("transparency_report", doc, report_year=2024).facts
    assert (facts["business_partners_asked_esg"], facts["esg_responses"], facts["esg_response_rate"]) == (40, 30, 75.0)


def test_asked_all_takes_the_partner_count() -> None:
    doc = Doc().add("Oppfølging", text=["Vi har 26 leverandører.", "Alle fikk tilsendt vårt spørreskjema."])
    facts = facts_of("transparency_report", doc, report_year=2024).facts
    assert facts["business_partners_asked_esg"] == 26 and "esg_asked_all" not in facts


@pytest.mark.parametrize("cells, want", [
    (["Ingen funn", "Ingen"], False),
    (["Ingen funn", "For lange arbeidsdager ved ett verksted"], True),
])
def test_findings_column(cells: list[str], want: bool) -> None:
    table = make_table([("Område", "Hva vi fant", "Tiltak")] + [(f"Område {k}", c, "Oppfølging") for k, c in enumerate(cells)])
    facts = facts_of("transparency_report", Doc().add("Risiko", tables=[table]), report_year=2024).facts
    assert facts["violations_found"] is want


def test_a_small_amount_is_not_revenue() -> None:
    doc = Doc().add("Om oss", text=["Leverandører med omsetning på mer enn 50 000 kroner er vurdert."])
    assert facts_of("transparency_report", doc).facts["revenue_nok"] is None
