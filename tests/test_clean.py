"""Running headers, footers and page numbers."""
from __future__ import annotations

import pytest

from extractor.clean import is_page_number, remove_running_lines
from extractor.model import Page, ParsedDocument, Word
from extractor.parse.layout import make_line
from extractor.settings import CleanSettings


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Side 3", True),
        ("side 12 av 40", True),
        ("7", True),
        ("- 7 -", True),
        ("3 / 10", True),
        ("2024", False),          # a year, not a page number
        ("Side", False),
        ("Kapittel 3", False),
        ("1. Innledning", False),
    ],
)
def test_is_page_number(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


def _line(text: str, top: float, page: int, size: float = 10.0):
    words, x = [], 50.0
    for w in text.split():
        words.append(Word(w, x, top, x + 5 * len(w), top + size, "Helvetica", size, False))
        x += 5 * len(w) + 3
    return make_line(words, page)


def _doc(footers: list[str], header: str | None = "Fjordlys AS – Rapport 2024") -> ParsedDocument:
    pages = []
    for i, footer in enumerate(footers, start=1):
        lines = []
        if header:
            lines.append(_line(header, 20, i, 8))
        lines.append(_line(f"Brødtekst på side {i} med innhold.", 300, i))
        lines.append(_line(footer, 815, i, 8))
        pages.append(Page(number=i, width=595, height=842, lines=tuple(lines)))
    return ParsedDocument(path="x.pdf", pages=tuple(pages), metadata={})


@pytest.mark.parametrize(
    "footers",
    [
        ["Side 1", "Side 2", "Side 3"],
        ["1Likestillingsredegjørelse 2023", "2Likestillingsredegjørelse 2023", "3Likestillingsredegjørelse 2023"],
        ["Likestillingsredegjørelse 2023 · 1", "Likestillingsredegjørelse 2023 · 2", "Likestillingsredegjørelse 2023 · 3"],
        ["19.10.2023 · 1", "19.10.2023 · 2", "19.10.2023 · 3"],
    ],
)
def test_running_lines_are_removed(footers: list[str]) -> None:
    result = remove_running_lines(_doc(footers), CleanSettings())
    kept = [l.text for p in result.document.pages for l in p.lines]
    assert kept == [f"Brødtekst på side {i} med innhold." for i in (1, 2, 3)]
    assert len(result.removed) == 6


def test_repeated_body_text_and_big_headings_stay() -> None:
    doc = _doc(["Side 1", "Side 2"], header=None)
    pages = []
    for p in doc.pages:  # the same big heading at the top of each page is content
        pages.append(Page(p.number, p.width, p.height, (_line("Handlingsplan", 30, p.number, 18), *p.lines)))
    result = remove_running_lines(ParsedDocument("x.pdf", tuple(pages), {}), CleanSettings())
    kept = [l.text for p in result.document.pages for l in p.lines]
    assert kept.count("Handlingsplan") == 2
