"""Heading numbering, ToC lines, levels and the section tree."""
from __future__ import annotations

import pytest

from extractor.model import Word
from extractor.parse.layout import make_line
from extractor.segment import CASE_HEADING, NUMBERED, TOC_LINE, parent_ids, segment
from extractor.settings import SegmentSettings


@pytest.mark.parametrize(
    "text, number, title",
    [
        ("1. Om redegjørelsen", "1", "Om redegjørelsen"),
        ("5.3.1. IKT", "5.3.1", "IKT"),
        ("5.3 Våre største risikoområder", "5.3", "Våre største risikoområder"),
        ("2 Innledning", "2", "Innledning"),
        ("12.4.2 «Sak» om noe", "12.4.2", "«Sak» om noe"),
    ],
)
def test_numbered_headings(text: str, number: str, title: str) -> None:
    m = NUMBERED.match(text)
    assert m and m.group("num") == number and m.group("title") == title


@pytest.mark.parametrize("text", ["2024 var et godt år", "1 053 ansatte", "3,5 millioner", "25. september 2026 er fristen"])
def test_not_numbered_headings(text: str) -> None:
    assert NUMBERED.match(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [("Sak 49/6/2021", True), ("Sak 12/24", True), ("sak 3/2/2020 Godkjenning", True), ("Saksbehandler Ola", False)],
)
def test_case_headings(text: str, expected: bool) -> None:
    assert bool(CASE_HEADING.match(text)) is expected


@pytest.mark.parametrize(
    "text, title",
    [
        ("1. Om redegjørelsen ..... 3", "1. Om redegjørelsen"),
        ("5.3.2. Kontordrift og administrative tjenester..... 9", "5.3.2. Kontordrift og administrative tjenester"),
        ("Innledning ........................ 12", "Innledning"),
    ],
)
def test_toc_lines(text: str, title: str) -> None:
    m = TOC_LINE.match(text)
    assert m and m.group("title") == title


def _line(text: str, top: float, size: float = 10.0, bold: bool = False, page: int = 1):
    font = "Helvetica-Bold" if bold else "Helvetica"
    words, x = [], 50.0
    for w in text.split():
        words.append(Word(w, x, top, x + 5 * len(w), top + size, font, size, bold))
        x += 5 * len(w) + 3
    return make_line(words, page)


BODY = "Dette er brødtekst som fyller en linje med vanlige ord i avsnittet."


def test_levels_from_numbering_and_nesting() -> None:
    lines = [
        _line("Rapport om åpenhet 2024", 40, 20, True),
        _line("Innhold", 80, 14, True),
        _line("1. Innledning ..... 2", 100),
        _line("2. Risiko ..... 2", 114),
        _line("1. Innledning", 40, 14, True, page=2),
        *[_line(BODY, 60 + 14 * i, page=2) for i in range(6)],
        _line("2. Risiko", 160, 14, True, page=2),
        _line("2.1. IKT", 190, 12, True, page=2),
        _line(BODY, 210, page=2),
        _line("Renhold", 230, 12, True, page=2),
        _line(BODY, 250, page=2),
    ]
    seg = segment(lines, SegmentSettings())
    got = [(s.number, s.title, s.level) for s in seg.sections]
    assert got == [
        (None, "Innhold", 1),
        ("1", "Innledning", 1),
        ("2", "Risiko", 1),
        ("2.1", "IKT", 2),
        (None, "Renhold", 3),  # unnumbered heading nests under the numbered one above
    ]
    assert seg.title == "Rapport om åpenhet 2024"
    assert "..... 2" not in " ".join(s.title for s in seg.sections)
    parents = parent_ids(seg.sections)
    assert parents[seg.sections[4].id] == seg.sections[3].id


def test_levels_from_style_rank_and_multiline_heading() -> None:
    lines = [
        _line("Likestillingsredegjø-", 40, 18, True),
        _line("relse 2023", 60, 18, True),
        *[_line(BODY, 90 + 12 * i) for i in range(5)],
        _line("Kjønnsbalanse", 170, 14, True),
        *[_line(BODY, 190 + 12 * i) for i in range(5)],
        _line("Lønn", 260, 10, True),
        _line(BODY, 275),
        _line("37 %", 300, 26, True),  # a callout number is not a heading
        _line(BODY, 330),
    ]
    seg = segment(lines, SegmentSettings())
    assert [(s.title, s.level) for s in seg.sections] == [
        ("Likestillingsredegjørelse 2023", 1),
        ("Kjønnsbalanse", 2),
        ("Lønn", 3),
    ]
    assert seg.sections[2].text.startswith("Dette er brødtekst")
    assert "37 %" in seg.sections[2].text


def test_cover_title_with_subtitles_is_not_a_section() -> None:
    lines = [
        _line("Redegjørelse etter åpenhetsloven 2024", 80, 24, True),
        _line("Fjordlys Energi AS", 120, 12.5),
        _line("Publisert 27. juni 2025", 140, 12.5),
        _line("Innledning", 200, 17, True),
        *[_line(BODY, 230 + 14 * i) for i in range(6)],
        _line("Risiko", 330, 17, True),
        *[_line(BODY, 360 + 14 * i) for i in range(6)],
    ]
    seg = segment(lines, SegmentSettings())
    assert [(s.title, s.level) for s in seg.sections] == [("Innledning", 1), ("Risiko", 1)]
    assert seg.title == "Redegjørelse etter åpenhetsloven 2024"
    assert "Publisert 27. juni 2025" in seg.front.text


@pytest.mark.parametrize("text", ["Tilstede:", "Drammen, 26. juni 2025", "Oslo, 3 March 2024"])
def test_labels_and_datelines_are_not_headings(text: str) -> None:
    from extractor.segment import is_heading_candidate

    assert not is_heading_candidate(_line(text, 100, 12, True), 10.0, SegmentSettings())


@pytest.mark.parametrize("text, expected", [
    # a short bold line ending with a colon is a heading
    ("Likelønn:", True), ("Bakgrunn:", True), ("Formål med møtet:", True), ("Lønn og arbeidsvilkår:", True),
    # form labels whose value follows, lead-in sentences and run-in labels are not
    ("Møtedato:", False), ("Til stede:", False), ("Fra sekretariatet:", False), ("Saksbehandler:", False),
    ("Vi har gjort følgende for å fremme likestilling i virksomheten i løpet av året:", False),
    ("Bakgrunn: Saken gjelder innkjøp av nye møbler til rådhuset", False),
    ("Vedtak: Kommunestyret tek saka til orientering", False),
    ("Sak 12/24: Godkjenning av protokoll fra forrige møte", True),
    # a case's decision labels, label lines, table headers and dash bullets
    ("Styrets vedtak:", False), ("Kommunedirektørens innstilling:", False), ("Formannskapet si innstilling:", False),
    ("Framlegg til vedtak:", False), ("Vedtak:", False), ("Fra styret: Forfall:", False), ("Nr Tiltak", False),
    ("Tiltak Ansvar Frist Prioritet Status", False), ("– Supplier Code of Conduct signed by all suppliers", False),
])
def test_colon_headings_and_run_in_labels(text: str, expected: bool) -> None:
    from extractor.segment import is_heading_candidate

    assert is_heading_candidate(_line(text, 100, 10, True), 10.0, SegmentSettings()) is expected


def test_wrapped_title_is_one_heading() -> None:
    lines = [
        _line("Redegjørelse for likestilling og ikke-diskriminering i", 100, 14, True),
        _line("Nordvik Transport AS", 116, 14, True),
        _line(BODY, 140), _line(BODY, 152),
        _line("Likelønn:", 180, 10, True),
        _line(BODY, 194),
    ]
    seg = segment(lines, SegmentSettings())
    titles = [s.title for s in seg.sections] + ([seg.title] if seg.title else [])
    assert "Redegjørelse for likestilling og ikke-diskriminering i Nordvik Transport AS" in titles
    assert "Likelønn:" in [s.title for s in seg.sections]
