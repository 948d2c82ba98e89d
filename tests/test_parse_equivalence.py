"""The fast character source (PDFium) against the reference (pdfplumber alone).

On every PDF of corpus/ and ../shared/corpus, and on the test factory's PDFs,
both readers must give the same words on each page, the same lines in the
same reading order, the same tables and the same sections. Word boxes may
move a little along a line (up to 1.4 pt at the end of justified lines on
this corpus: PDFium's glyph advances are not pdfminer's to the last decimal).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.model import ParsedDocument
from extractor.parse import parse_pdf
from extractor.parse.pdf import is_bold
from extractor.parse.pdfium import open_document, read_page
from extractor.parse.words import Char, chars_to_words
from extractor.segment import segment
from extractor.settings import ParseSettings, SegmentSettings

import pdf_factory
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
FAST, REFERENCE = ParseSettings(fast=True), ParseSettings(fast=False)
BOX_TOLERANCE = 2.0  # pt
# pdfminer writes a glyph without a Unicode mapping as "(cid:N)"; PDFium often knows it ("•").
_CID = re.compile(r"\(cid:\d+\)")


def _corpus() -> list[Path]:
    folders = [ROOT / "corpus", ROOT.parent / "shared" / "corpus"]
    return sorted(p for f in folders if f.is_dir() for p in f.rglob("*.pdf"))


def _glyphs(text: str) -> str:
    return _CID.sub("\ufffd", text)


def _same_text(a: str, b: str) -> bool:
    a, b = _glyphs(a), _glyphs(b)
    return len(a) == len(b) and all(x == y or "\ufffd" in (x, y) for x, y in zip(a, b))


def assert_same_parse(fast: ParsedDocument, ref: ParsedDocument) -> None:
    assert len(fast.pages) == len(ref.pages)
    for pf, pr in zip(fast.pages, ref.pages):
        where = f"page {pr.number}"
        assert (pf.width, pf.height) == pytest.approx((pr.width, pr.height)), where
        lines_f, lines_r = [l.text for l in pf.lines], [l.text for l in pr.lines]
        assert len(lines_f) == len(lines_r), where
        assert all(_same_text(a, b) for a, b in zip(lines_f, lines_r)), (where, lines_f, lines_r)
        assert [(l.bold, l.in_table, l.column) for l in pf.lines] == [(l.bold, l.in_table, l.column) for l in pr.lines]
        words_f = [w for l in pf.lines for w in l.words]
        words_r = [w for l in pr.lines for w in l.words]
        assert len(words_f) == len(words_r), where
        assert all(_same_text(a.text, b.text) for a, b in zip(words_f, words_r)), where
        for a, b in zip(words_f, words_r):
            if _CID.search(b.text):
                continue  # pdfminer gives an unmapped glyph no width
            assert max(abs(x - y) for x, y in zip(a.bbox, b.bbox)) < BOX_TOLERANCE, (where, a, b)
            assert (a.bold, a.size) == (b.bold, pytest.approx(b.size)), (where, a, b)
        assert [t.rows for t in pf.tables] == [t.rows for t in pr.tables], where
        for a, b in zip(pf.tables, pr.tables):
            assert max(abs(x - y) for x, y in zip(a.bbox, b.bbox)) < BOX_TOLERANCE, where
        assert pf.warnings == pr.warnings, where


def assert_same_sections(fast: ParsedDocument, ref: ParsedDocument) -> None:
    seg_f = segment([l for p in fast.pages for l in p.lines], SegmentSettings())
    seg_r = segment([l for p in ref.pages for l in p.lines], SegmentSettings())
    assert [(s.title, s.level, s.page_start, s.page_end) for s in seg_f.sections] == \
        [(s.title, s.level, s.page_start, s.page_end) for s in seg_r.sections]
    assert all(_same_text(a.text, b.text) for a, b in zip(seg_f.sections, seg_r.sections))
    assert seg_f.title == seg_r.title


@pytest.mark.parametrize("pdf", _corpus(), ids=lambda p: p.stem)
def test_corpus_reads_the_same_with_pdfium_and_pdfplumber(pdf: Path) -> None:
    fast, ref = parse_pdf(pdf, FAST), parse_pdf(pdf, REFERENCE)
    assert_same_parse(fast, ref)
    assert_same_sections(fast, ref)


@pytest.mark.parametrize("make", [pdf_factory.two_column, pdf_factory.numbered_report, pdf_factory.table_slide])
def test_factory_pdfs_read_the_same(make, tmp_path: Path) -> None:
    pdf = make(tmp_path / "doc.pdf")
    fast, ref = parse_pdf(pdf, FAST), parse_pdf(pdf, REFERENCE)
    assert_same_parse(fast, ref)
    assert_same_sections(fast, ref)


def typesetting_pdf(path: Path) -> Path:
    """Text rise, character and word spacing, horizontal scaling, bold, a table of
    boxes; then a page with rotated text and a landscape page (both for pdfplumber)."""
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    t = c.beginText(50, height - 80)
    t.setFont("Helvetica", 11)
    t.textOut("Fotnote etter ordet")
    t.setRise(4)
    t.setFont("Helvetica", 7)
    t.textOut("12")
    t.setRise(0)
    t.setFont("Helvetica", 11)
    t.textLine(" og videre tekst.")
    t.setCharSpace(1.5)
    t.textLine("Sperret tekst med tegnavstand")
    t.setCharSpace(0)
    t.setWordSpace(6)
    t.textLine("Blokkjustert tekst med ordavstand her")
    t.setWordSpace(0)
    t.setHorizScale(80)
    t.textLine("Smal tekst med horisontal skalering")
    t.setHorizScale(100)
    c.drawText(t)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, height - 200, "Overskrift i fet skrift")
    c.setFont("Helvetica", 10)
    for r, row in enumerate([("Kjønn", "Andel"), ("Kvinner", "48 %"), ("Menn", "52 %")]):
        for k, cell in enumerate(row):
            c.rect(50 + 120 * k, height - 300 - 20 * r, 120, 20)
            c.drawString(55 + 120 * k, height - 294 - 20 * r, cell)
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(50, height - 80, "Vanlig tekst over en rotert merknad.")
    c.saveState()
    c.translate(300, 300)
    c.rotate(90)
    c.drawString(0, 0, "Rotert merknad")
    c.restoreState()
    c.showPage()
    c.setPageRotation(90)
    c.drawString(50, height - 80, "Liggende side med tekst")
    c.showPage()
    c.save()
    return path


def test_typesetting_reads_the_same(tmp_path: Path) -> None:
    pdf = typesetting_pdf(tmp_path / "typesetting.pdf")
    doc = open_document(pdf, None)
    fast_pages = [read_page(doc, i, {}, is_bold, with_edges=True) for i in range(len(doc))]
    doc.close()
    assert [p.words is not None for p in fast_pages] == [True, False, False]  # rotated text, landscape: pdfplumber
    assert fast_pages[0].edges and fast_pages[0].has_rules
    fast, ref = parse_pdf(pdf, FAST), parse_pdf(pdf, REFERENCE)
    assert_same_parse(fast, ref)
    assert_same_sections(fast, ref)
    assert fast.pages[0].tables and fast.pages[0].tables[0].rows[1] == ("Kvinner", "48 %")


def test_pdfium_reads_the_corpus_itself() -> None:
    """The comparison above must not pass because every page fell back to pdfplumber."""
    pdfs = _corpus()
    if not pdfs:
        pytest.skip("no corpus")
    fast = total = 0
    for pdf in pdfs:
        doc = open_document(pdf, None)
        assert doc is not None, pdf
        for i in range(len(doc)):
            total += 1
            fast += read_page(doc, i, {}, is_bold, with_edges=True).words is not None
        doc.close()
    assert fast == total


def test_unmapped_glyphs_fall_back_to_pdfplumber(tmp_path: Path) -> None:
    """Glyphs without Unicode stay pdfminer's "(cid:N)", which the garbled-text check counts."""
    pdf = pdf_factory.cid_font_without_tounicode(tmp_path / "cid.pdf")
    doc = open_document(pdf, None)
    assert read_page(doc, 0, {}, is_bold, with_edges=True).words is None
    doc.close()
    parsed = parse_pdf(pdf, FAST)
    assert "(cid:" in parsed.pages[0].lines[0].text
    assert any("garbled" in w for w in parsed.pages[0].warnings)


# Words from characters: pdfplumber's extract_words rules, case by case.
def _c(text: str, x0: float, top: float = 100.0, *, font: str = "F", size: float = 10.0, width: float = 5.0) -> Char:
    return Char(text, x0, top, x0 + width, top + size, font, size)


@pytest.mark.parametrize("chars, words", [
    ([_c("a", 10), _c("b", 15)], ["ab"]),                              # touching
    ([_c("a", 10), _c("b", 17.9)], ["ab"]),                            # a gap under 3 pt
    ([_c("a", 10), _c("b", 18.1)], ["a", "b"]),                        # a gap over 3 pt
    ([_c("a", 10), _c(" ", 15), _c("b", 20)], ["a", "b"]),             # a space
    ([_c("b", 15), _c("a", 10)], ["ab"]),                              # drawn right to left
    ([_c("a", 10), _c("b", 15, top=102.5)], ["ab"]),                   # a baseline within 3 pt
    ([_c("a", 10), _c("b", 15, top=104)], ["a", "b"]),                 # a new line
    ([_c("a", 10), _c("b", 15, font="G")], ["a", "b"]),                # a font change
    ([_c("a", 10), _c("b", 15, size=11)], ["a", "b"]),                 # a size change
    ([_c("ﬁ", 10), _c("n", 15)], ["fin"]),                             # a ligature expanded
    ([_c("a", 10), _c("b", 15), _c("c", 12)], ["acb"]),                # sorted by x0 within a line
    ([_c(" ", 10)], []),                                               # blanks only
])
def test_chars_to_words_follows_pdfplumber(chars: list[Char], words: list[str]) -> None:
    assert [w.text for w in chars_to_words(chars, {"F": False, "G": True})] == words


def test_chars_to_words_keeps_font_size_weight_and_box() -> None:
    [word] = chars_to_words([_c("a", 10, font="X-Bold"), _c("b", 15, top=101, font="X-Bold")], {"X-Bold": True})
    assert (word.x0, word.top, word.x1, word.bottom) == (10, 100, 20, 111)
    assert (word.fontname, word.size, word.bold) == ("X-Bold", 10.0, True)
