"""Heading decisions on lines written in styles the rules were not built from (nb, nn, en).

Each row: a line's text, its size and weight (body text is 10 pt light), and
whether it starts a section. Captions, labels with their value, table header
rows, signature lines and datelines are not headings.
"""
from __future__ import annotations

import pytest

from extractor.parse.layout import make_line
from extractor.model import Word
from extractor.segment import is_heading_candidate
from extractor.settings import SegmentSettings


def _line(text: str, size: float = 10.0, bold: bool = True):
    font = "Helvetica-Bold" if bold else "Helvetica"
    words, x = [], 50.0
    for w in text.split():
        words.append(Word(w, x, 100, x + 5 * len(w), 100 + size, font, size, bold))
        x += 5 * len(w) + 3
    return make_line(words, 1)


ROWS = [
    # headings
    ("Risikovurdering", 14, True),
    ("3. Tiltak og resultater", 12, True),
    ("Likelønn:", 10, True),
    ("Our approach to due diligence", 12, True),
    ("Kjønnsbalanse i leiinga", 11, True),
    ("Vurdering av risiko i leverandørkjeda", 10, True),
    # captions
    ("Tabell 3: Lønn etter stillingsnivå", 10, False),
    ("Table 2. Gender balance by level", 10, False),
    ("Figur 1 Kjønnsfordeling i 2024", 10, False),
    ("Tabell 4 – Sjukefråvær", 10, False),
    # labels with their value
    ("Ansvar: HR-sjef", 10, False),
    ("Frist: 1. mars 2026", 10, False),
    ("Kilde: SSB", 10, False),
    ("Source: payroll system", 10, False),
    ("Responsible: Head of Procurement", 10, False),
    ("Merknad:", 10, False),
    # table header rows without ruling lines
    ("Kjønn Antall Andel", 10, False),
    ("Stillingskategori Kvinner Menn Totalt", 10, False),
    ("2024 2023 Endring", 10, False),
    ("Measure Responsible Deadline Status", 10, False),
    ("Nivå Kvinner % Menn %", 10, False),
    # signature lines and datelines
    ("Daglig leder", 10, False),
    ("Styreleiar", 10, False),
    ("Chief Executive Officer", 10, False),
    ("Oslo, 14. mars 2025", 10, False),
    ("Oppdatert 15. mars 2024", 10, False),
    ("Torsdag 12. juni 2025 kl. 18.00, kommunestyresalen", 10, False),
    ("Tidspunkt kl. 18:00", 10, False),
    ("Updated: 3 June 2025", 10, False),
    ("Kari Nordmann, administrerende direktør", 10, False),
    ("12 March 2025", 12, False),
    ("Vedlegg 2 Lønnskartlegging 2024", 12, True),
    ("2024 i tal", 12, True),
    ("Mål og tiltak", 12, True),
    ("12. Kapittel 12", 14, True),
    ("4. Mål 2025", 14, True),
]


@pytest.mark.parametrize(("text", "size", "heading"), ROWS)
def test_blind_heading_lines(text: str, size: float, heading: bool) -> None:
    assert is_heading_candidate(_line(text, size), 10.0, SegmentSettings()) is heading
