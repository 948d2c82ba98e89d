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
        ("Universitetsstyret 5. mars 2025", "Styresak 12/2025 Likestillingsrapport 2024. Forslag til vedtak: Styret tar "
         "likestillingsrapporten til orientering. Kjønnsbalanse og likestilling i stillingskategoriene.", "council_papers"),
        ("Sakspapir til styremøte", "Sak 4/25 Handlingsplan for likestilling. Innstilling: Styret vedtar planen.",
         "council_papers"),
        ("Årsmelding 2023", "Granvik kommune – Årsmelding 2023\n4.3. Likestilling og mangfold\nTabellen viser hovedtall.",
         "equality_report"),
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
        # a department, a user name or a file name is not the author; a two-word company name is a name
        ({"Author": "HR Nordvik"}, ["Nordvik Transport AS har 80 ansatte. Nordvik Transport AS kjører gods."], [],
         "Nordvik Transport AS"),
        ({"Author": "kbj"}, ["Lindås Bygg AS har 12 ansatte. Lindås Bygg AS bygger hus."], [], "Lindås Bygg AS"),
        ({"Author": "rapport_2024.docx"}, ["Sørbø Fisk AS har 30 tilsette. Sørbø Fisk AS sel fisk."], [], "Sørbø Fisk AS"),
        ({"Author": "Ørland Transport"}, ["Ørland Transport har 25 sjåfører. Ørland Transport kjører for Posten."], [],
         "Ørland Transport"),
        ({"Author": "Fornybar Norge"}, ["Fornybar Norge er en næringsorganisasjon."], [], "Fornybar Norge"),
    ],
)
def test_find_organisation(metadata: dict, pages: list[str], headings: list[str], expected: str) -> None:
    guess = find_organisation(metadata=metadata, doc_type="transparency_report", pages_text=pages, headings=headings)
    assert guess is not None and guess.name == expected


@pytest.mark.parametrize("text, expected", [
    ("Kommunestyret i Ørland kommune\nTil Kommunestyret\nSak 12/24", "Ørland kommune"),
    ("Til Kommunestyret\nMøteprotokoll\nVedtak i Lindvik kommune. Lindvik kommune sitt budsjett.", "Lindvik kommune"),
    ("Til stede: Kari Nord (Sp)\nTil HO21-rådet\nHelseOmsorg 21-rådet har møte.", "HelseOmsorg 21-rådet"),
    ("Styret i Helse Fjordane HF\nSak 10/2024", "Helse Fjordane HF"),
])
def test_council_papers_belong_to_the_bodys_organisation(text: str, expected: str) -> None:
    assert council_body(text) == expected


@pytest.mark.parametrize("title, text, expected", [
    ("Redegjørelse etter åpenhetsloven", "Åpenhetsloven (2021) trådte i kraft 1. juli 2022. Redegjørelsen gjelder for 2024.",
     2024),
    ("Transparency Act statement", "The Transparency Act entered into force on 1 July 2022. This statement covers 2025.", 2025),
    ("Openheitslova", "Lova trådde i kraft 1. juli 2022. Utgreiinga gjeld for året 2024.", 2024),
])
def test_report_year_is_not_the_laws_year(title: str, text: str, expected: int) -> None:
    assert find_report_year(doc_type="transparency_report", title=title, text=text) == expected


@pytest.mark.parametrize("doc_type, lines, expected", [
    ("transparency_report", ["Redegjørelse", "Drammen, 18. juni 2025. Styret i Bo AS – signert elektronisk"], "2025-06-18"),
    ("council_papers", ["Innkalling", "Eikefjord, 13.03.2025"], "2025-03-13"),
    ("transparency_report", ["Styret i Brattli Bygg AS har behandlet og godkjent redegjørelsen i styremøte 12. juni 2025."],
     "2025-06-12"),
    ("equality_report", ["Arctic Seafood Group AS · Tromsø · 14 March 2025", "Equality statement"], "2025-03-14"),
    ("action_plan", ["Handlingsplan", "Oppdatert 15. mars 2024"], "2024-03-15"),
])
def test_published_date(doc_type: str, lines: list[str], expected: str) -> None:
    from extractor.docinfo import find_published

    assert find_published(doc_type=doc_type, title="", first_page="", lines=lines, margins="") == expected


CUE_TEXTS = [
    "Likestilling og LIKESTILLINGSREDEGJØRELSE; kjønnsbalanse. ARP arp carp",
    "Menneſkerettigheter og ſupply chain: the long s folds to s only under IGNORECASE",
    "LİKESTİLLİNG (capital dotted I lowers to two characters) likestilling",
    "ΣΑΚ 12/24 Sak 12/24 sak 3/2025 Styresak STYRESAK",
    "Kelvin \u212a: TILTAK tiltak Tiltak; Handlingsplanen, HANDLINGSPLAN",
    "Rektor forslag, REKTORS FORSLAG; Resolution RESOLUTIONS; women's pay WOMEN\u2019S PAY; Case 4/25 ITEM 5/25",
    "",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_cue_counts_are_findall_counts(text):
    """The fast count over lowercased text finds what each IGNORECASE cue finds."""
    from extractor import catalogue
    from extractor.classify import cue_counts

    cues = tuple(p for t in catalogue.load().doc_types.values() for p in t.cues)
    assert cue_counts(cues, text) == [len(c.findall(text)) for c in cues]


def test_cue_counts_keep_patterns_that_lowercasing_would_change():
    import re

    from extractor.classify import cue_counts

    cues = (re.compile(r"\bQ\d\b", re.IGNORECASE), re.compile(r"[a-z]+\W", re.IGNORECASE), re.compile("sak", re.IGNORECASE))
    text = "q1 Q2 SAK ſak Sak; ſ"
    assert cue_counts(cues, text) == [len(c.findall(text)) for c in cues]
