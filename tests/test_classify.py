"""Document type, language and document-level facts."""
from __future__ import annotations

import pytest

from extractor.classify import classify_doc_type, detect_language, nb_or_nn
from extractor.docinfo import council_body, find_organisation, find_report_year
from extractor.settings import ClassifySettings


@pytest.mark.parametrize(
    "title, first, expected",
    [
        ("Redegjørelse etter åpenhetsloven 2024", "Aktsomhetsvurderinger i leverandørkjeden", "transparency_report"),
        ("Likestillingsredegjørelse 2023", "Kjønnsbalanse og lønn", "equality_report"),
        ("Møtebok styret 3/2024", "Sak 12/3/2024 Forslag til vedtak", "council_papers"),
        ("Handlingsplan – status 19.10.2023", "status tiltak antall Pågår Ikke startet", "action_plan"),
        ("Årsmelding", "Vi hadde et godt år med mange besøkende.", "other"),
        ("Etiske retningslinjer for leverandører", "Leverandøren skal respektere menneskerettigheter og "
         "åpenhetsloven i hele leverandørkjeden.", "other"),
    ],
)
def test_doc_type(title: str, first: str, expected: str) -> None:
    assert classify_doc_type(title, first, first) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi har ikke kartlagt hvordan de ansatte opplever arbeidsmiljøet, men det skal gjøres også i år.", "nb"),
        ("Vi har ikkje kartlagt korleis dei tilsette opplever arbeidsmiljøet, men det skal gjerast òg i år.", "nn"),
        ("We have not yet mapped how employees experience the working environment, but we will do so this year.", "en"),
        ("12 34 56", "other"),
    ],
)
def test_language(text: str, expected: str) -> None:
    assert detect_language(text * 3, ClassifySettings()) == expected


def test_language_is_deterministic() -> None:
    text = "Likestilling handler om like muligheter. " * 5
    assert {detect_language(text, ClassifySettings()) for _ in range(5)} == {"nb"}


@pytest.mark.parametrize("text, expected", [("Eg veit ikkje kva dei meiner", "nn"), ("Jeg vet ikke hva de mener", "nb")])
def test_nb_or_nn(text: str, expected: str) -> None:
    assert nb_or_nn(text) == expected


@pytest.mark.parametrize(
    "title, text, doc_type, expected",
    [
        ("Redegjørelse", "Redegjørelsen dekker perioden fra januar 2025 til desember 2025.", "transparency_report", 2025),
        ("Likestillingsredegjørelse 2023", "I 2024 skal vi gjøre mer.", "equality_report", 2023),
        ("Rapport", "Åpenhetsrapport for 2024 fra oss.", "transparency_report", 2024),
        ("Møtebok", "Møte 6/2021", "council_papers", None),
        ("Handlingsplan 2023", "Tiltak for 2024", "action_plan", None),
    ],
)
def test_report_year(title: str, text: str, doc_type: str, expected: int | None) -> None:
    assert find_report_year(doc_type=doc_type, title=title, text=text) == expected


def test_council_body_is_spelled_out() -> None:
    text = "Til HO21-rådet\nFra Ola\nReferat\nHelseOmsorg 21-rådet\nTil HO21-rådet"
    assert council_body(text) == "HelseOmsorg 21-rådet"


@pytest.mark.parametrize(
    "metadata, pages, headings, expected",
    [
        ({"Author": "Fjordlys Energi AS"}, ["Tekst"], [], "Fjordlys Energi AS"),
        ({"Author": "Microsoft Word - rapport.docx"}, ["Bergvik Vann AS har 40 ansatte. Bergvik Vann AS eies av kommunen."], [], "Bergvik Vann AS"),
        ({}, ["Innledning", "Norsk helsenett SF (heretter Norsk helsenett) er omfattet."], ["Om Norsk helsenett"], "Norsk helsenett SF"),
        ({"Author": "Kari Nordmann"}, ["Tromsø kommune legger fram planen. Tromsø kommune skal ..."], [], "Tromsø kommune"),
    ],
)
def test_find_organisation(metadata: dict, pages: list[str], headings: list[str], expected: str) -> None:
    guess = find_organisation(metadata=metadata, doc_type="transparency_report", pages_text=pages, headings=headings)
    assert guess is not None and guess.name == expected
