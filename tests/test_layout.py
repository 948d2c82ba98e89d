"""Reading order: columns from word geometry, tables kept apart from prose."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.model import Word
from extractor.parse import parse_pdf
from extractor.parse.layout import Block, chunks_to_gutters, make_line, order_lines, words_to_chunks
from extractor.settings import ParseSettings

import pdf_factory


def _words(text: str, x: float, top: float) -> list[Word]:
    out = []
    for w in text.split():
        out.append(Word(w, x, top, x + 5 * len(w), top + 10, "Helvetica", 10.0, False))
        x += 5 * len(w) + 3
    return out


def _page(columns: list[float], rows: int = 8, right: float = 560) -> list[Word]:
    """Justified-looking columns: each line filled up to 15 pt before the next column."""
    words = []
    edges = columns[1:] + [right + 15]
    for c, (x, edge) in enumerate(zip(columns, edges)):
        for r in range(rows):
            text = f"spalte{c} linje {r}"
            while 5 * len(text + " tekst") + 3 * (text.count(" ") + 1) < edge - 15 - x:
                text += " tekst"
            words += _words(text, x, 100 + 14 * r)
    return words


@pytest.mark.parametrize("columns", [[50], [50, 320], [40, 220, 400]])
def test_columns_are_read_one_after_another(columns: list[float]) -> None:
    lines = order_lines(_page(columns), 1, 595, ParseSettings())
    texts = [l.text for l in lines]
    assert len(texts) == 8 * len(columns)
    for line in texts:  # no line mixes words from two columns
        assert len({w for w in line.split() if w.startswith("spalte")}) == 1
    order = [t.split()[0] for t in texts]
    assert order == [f"spalte{c}" for c in range(len(columns)) for _ in range(8)]


def test_single_column_with_a_centred_gap_is_one_column() -> None:
    words = []
    for r in range(10):
        words += _words("Navn Navnesen", 50, 100 + 14 * r) + _words("Direktør", 300, 100 + 14 * r)
    words += _words("En lang linje som krysser hele siden fra venstre mot høyre marg her", 50, 260)
    chunks = words_to_chunks(words, ParseSettings())
    # short items with a wide gap (a list of names and titles) are read row by row
    assert chunks_to_gutters(chunks, 595, ParseSettings()) == []
    lines = order_lines(words, 1, 595, ParseSettings())
    assert lines[0].text == "Navn Navnesen Direktør"


def test_full_width_heading_cuts_columns_into_bands() -> None:
    words = _words("Overskrift over begge spalter som går tvers over", 50, 60)
    words += _page([50, 320], rows=6)
    lines = order_lines(words, 1, 595, ParseSettings())
    assert lines[0].text.startswith("Overskrift")
    assert lines[1].text.startswith("spalte0") and lines[7].text.startswith("spalte1")


def test_table_block_is_placed_in_its_column() -> None:
    words = _page([50, 320], rows=6)
    row = make_line(_words("Menn 565 63 %", 320, 300), 1, in_table=True)
    lines = order_lines(words, 1, 595, ParseSettings(), (Block((320, 300, 500, 310), (row,)),))
    texts = [l.text for l in lines]
    assert texts.index("Menn 565 63 %") == len(texts) - 1
    assert lines[-1].in_table and lines[-1].column == 1


def test_two_column_pdf_has_no_mixed_lines(pdf_dir: Path) -> None:
    doc = parse_pdf(pdf_dir / "two-column.pdf", ParseSettings())
    left = set(" ".join(pdf_factory.LEFT_COLUMN).split())
    right = set(" ".join(pdf_factory.RIGHT_COLUMN).split())
    only_left, only_right = left - right, right - left
    for page in doc.pages:
        for line in page.lines:
            words = set(line.text.split())
            assert not (words & only_left and words & only_right), line.text
        body = [l for l in page.lines if set(l.text.split()) & (only_left | only_right)]
        columns = [l.column for l in body]
        assert columns == sorted(columns)  # all of the left column before the right one


def test_table_text_is_not_woven_into_prose(pdf_dir: Path) -> None:
    doc = parse_pdf(pdf_dir / "table-slide.pdf", ParseSettings())
    page = doc.pages[0]
    assert [list(r) for r in page.tables[0].rows] == [
        ["Tiltak", "Pri", "Status"],
        ["Redusere plastforbruk", "1", "Pågår"],
        ["Kartlegge leverandører", "2", "Ikke startet"],
    ]
    prose = [l.text for l in page.lines if not l.in_table]
    assert prose == ["Miljø og samfunnsansvar", "Tiltakene følges opp av styringsgruppen."]
