#!/usr/bin/env python3
"""Generate the project's own sample corpus: fictional Norwegian compliance PDFs
plus a hand-written gold answer file for each.

    python scripts/make_corpus.py            # writes corpus/<doc_id>.pdf and corpus/gold/<doc_id>.json
    python scripts/make_corpus.py --check    # (re)generate, then verify the PDFs against the gold
    python scripts/make_corpus.py --only ID  # one document

The document texts and their gold annotations are data in `scripts/corpus_specs/`
(one module per document kind). This file holds the three page layouts
(one-column portrait, two-column portrait, landscape slides), the block renderers,
and the checks. Output is deterministic: reportlab runs with invariant=1, so the
same script gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_specs import ALL_DOCS  # noqa: E402
from corpus_specs.model import (STATUS_GLYPH, STATUS_WORD_NB, Bullets, Callout,  # noqa: E402
                                ColumnBreak, Doc, Footnote, Heading, KeyValue, MeasureTable,
                                PageBreak, Para, Row, Spacer, StatusCounts,
                                StatusOverviewTable, Table, Title, Toc)

rl_config.invariant = 1  # fixed dates and document ids: identical bytes on every run

REPO = Path(__file__).resolve().parent.parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------

FAMILIES = {
    # family: (regular, bold, italic, bold italic)
    "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "condensed": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold",
                  "DejaVuSansCondensed-Oblique", "DejaVuSansCondensed-BoldOblique"),
    "helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
}
PUA_BULLET_FONT = "DejaVuSans-PUA"  # DejaVuSans that also maps U+F0B7 to its bullet glyph


def register_fonts() -> None:
    if PUA_BULLET_FONT in pdfmetrics.getRegisteredFontNames():
        return
    from reportlab.lib.fonts import addMapping
    for family, faces in FAMILIES.items():
        if family == "helvetica":
            continue
        for face in faces:
            pdfmetrics.registerFont(TTFont(face, str(FONT_DIR / f"{face}.ttf")))
        regular, bold, italic, bold_italic = faces
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, italic)
        addMapping(regular, 1, 1, bold_italic)
    # Word documents often carry their bullets as U+F0B7 in a Symbol-like font.
    pua = TTFont(PUA_BULLET_FONT, str(FONT_DIR / "DejaVuSans.ttf"))
    pua.face.name = b"DejaVuSansPUA"  # reportlab registers one font per face name
    pua.face.charToGlyph[0xF0B7] = pua.face.charToGlyph[0x2022]
    pua.face.charWidths[0xF0B7] = pua.face.charWidths[0x2022]
    pdfmetrics.registerFont(pua)


# ---------------------------------------------------------------------------
# Hyphenation (two-column layout): a small deterministic syllable splitter
# ---------------------------------------------------------------------------

VOWELS = set("aeiouyæøåéèêóòôü")
ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "kv", "pl", "pr", "sk", "sl",
          "sm", "sn", "sp", "st", "sv", "tr", "tv", "sj", "kj", "gj", "hj", "hv", "tj", "skj",
          "skr", "spr", "str", "spl"}


def hyphenate_nb(word: str) -> list[tuple[str, str]]:
    """(head, tail) splits of a Norwegian word, longest head first (reportlab's
    hyphenator protocol). Splits between vowel groups, giving the tail the longest
    consonant cluster that can start a syllable: "likestilling" -> li-ke-stil-ling."""
    if len(word) < 6 or not word.isalpha():
        return []
    low = word.lower()
    vowels = [i for i, c in enumerate(low) if c in VOWELS]
    points = []
    for a, b in zip(vowels, vowels[1:]):
        if b == a + 1:
            continue
        cluster = low[a + 1:b]
        start = len(cluster) - 1
        for j in range(len(cluster)):
            if cluster[j:] in ONSETS:
                start = j
                break
        pos = a + 1 + start
        if pos >= 2 and len(word) - pos >= 3:
            points.append(pos)
    return [(word[:p], word[p:]) for p in reversed(points)]


# ---------------------------------------------------------------------------
# Page geometry
# ---------------------------------------------------------------------------

PORTRAIT = A4
LANDSCAPE = landscape(A4)


class Geometry:
    """Frames, header/footer positions and the regions the checker reads."""

    def __init__(self, layout: str):
        self.layout = layout
        if layout == "landscape":
            self.w, self.h = LANDSCAPE
            self.margin, self.top, self.bottom = 40.0, 50.0, 58.0
            self.header_y, self.footer_y = self.h - 30, 24.0
        else:
            self.w, self.h = PORTRAIT
            self.margin = 52.0 if layout == "two_column" else 62.0
            self.top, self.bottom = 70.0, 86.0
            self.header_y, self.footer_y = self.h - 42, 34.0
        self.footnote_top = self.bottom - 4  # footnotes are printed below the frame

    def frames(self, first_page: bool) -> list[Frame]:
        x0, width = self.margin, self.w - 2 * self.margin
        height = self.h - self.top - self.bottom
        if self.layout != "two_column":
            return [Frame(x0, self.bottom, width, height, id="body")]
        gutter = 20.0
        col = (width - gutter) / 2
        title_h = 0.0
        frames = []
        if first_page:
            title_h = 92.0
            frames.append(Frame(x0, self.h - self.top - title_h, width, title_h, id="title"))
        frames += [Frame(x0, self.bottom, col, height - title_h, id="left"),
                   Frame(x0 + col + gutter, self.bottom, col, height - title_h, id="right")]
        return frames

    def text_regions(self, page_no: int) -> list[tuple[float, float, float, float]]:
        """pdfplumber bboxes (x0, top, x1, bottom) in reading order: frames, then footnotes."""
        out = []
        for fr in self.frames(first_page=(page_no == 1)):
            out.append((fr._x1 - 1, self.h - fr._y2 - 1, fr._x2 + 1, self.h - fr._y1 + 1))
        out.append((self.margin - 1, self.h - self.footnote_top, self.w - self.margin + 1,
                    self.h - self.footer_y - 10))
        return out


# ---------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------


def make_styles(doc: Doc) -> dict[str, ParagraphStyle]:
    regular, bold, _, _ = FAMILIES[doc.font]
    body_size = {"portrait": 10.0, "two_column": 9.5, "landscape": 10.0}[doc.layout]
    body = ParagraphStyle("body", fontName=regular, fontSize=body_size, leading=body_size * 1.35,
                          spaceAfter=6, alignment=TA_LEFT)
    if doc.hyphenate:
        body.alignment = TA_JUSTIFY
        body.hyphenationLang = hyphenate_nb
        body.embeddedHyphenation = 1
    s = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=4),
        "lead": ParagraphStyle("lead", parent=body, fontSize=12, leading=16, spaceAfter=8,
                               alignment=TA_LEFT),
        "label": ParagraphStyle("label", parent=body, fontName=bold, spaceAfter=2,
                                alignment=TA_LEFT),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4,
                                 spaceAfter=2, bulletFontName=regular),
        "cell": ParagraphStyle("cell", parent=body, fontSize=body_size - 1.5,
                               leading=(body_size - 1.5) * 1.25, spaceAfter=0, alignment=TA_LEFT,
                               hyphenationLang="", embeddedHyphenation=0),
        "title": ParagraphStyle("title", fontName=bold, fontSize=24, leading=29, spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", fontName=regular, fontSize=12.5, leading=17,
                                   spaceAfter=3),
        "toc": ParagraphStyle("toc", parent=body, spaceAfter=0),
        "callout_big": ParagraphStyle("callout_big", fontName=bold, fontSize=15, leading=18),
        "footnote": ParagraphStyle("footnote", fontName=regular, fontSize=7.5, leading=9),
        "running": ParagraphStyle("running", fontName=regular, fontSize=8, leading=10),
    }
    sizes = {1: 17.0, 2: 13.5, 3: 11.5, 4: 10.5}
    if doc.layout == "two_column":
        sizes = {1: 20.0, 2: 13.0, 3: 11.0, 4: 10.0}
    for level, size in sizes.items():
        s[f"h{level}"] = ParagraphStyle(
            f"h{level}", fontName=bold, fontSize=size, leading=size * 1.25,
            spaceBefore=size * 0.9, spaceAfter=size * 0.45, keepWithNext=1)
    return s


def markup(text: str) -> str:
    """Escape for reportlab's paragraph parser; **x** becomes bold."""
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(text))


# ---------------------------------------------------------------------------
# Special flowables
# ---------------------------------------------------------------------------


class FootnoteAnchor(Flowable):
    """Zero-size marker: the page it lands on prints `text` at the bottom."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class TocLine(Flowable):
    """'5.3.1. IKT ........ 8' with a dotted leader."""

    def __init__(self, text: str, page: int, level: int, style: ParagraphStyle):
        super().__init__()
        self.text, self.page, self.level, self.style = text, page, level, style

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.style.leading + 2

    def draw(self):
        c, st = self.canv, self.style
        font = st.fontName
        size = st.fontSize
        indent = 14.0 * (self.level - 1)
        c.setFont(font, size)
        c.drawString(indent, 3, self.text)
        num = str(self.page)
        c.drawRightString(self.width, 3, num)
        x0 = indent + pdfmetrics.stringWidth(self.text, font, size) + 4
        x1 = self.width - pdfmetrics.stringWidth(num, font, size) - 4
        dot_w = pdfmetrics.stringWidth(".", font, size) + 1.6
        n = int((x1 - x0) / dot_w)
        if n > 2:
            for k in range(n):
                c.drawString(x1 - (n - k) * dot_w, 3, ".")


# ---------------------------------------------------------------------------
# Block rendering
# ---------------------------------------------------------------------------


class Renderer:
    def __init__(self, doc: Doc, heading_pages: dict[int, int]):
        self.doc = doc
        self.st = make_styles(doc)
        self.heading_pages = heading_pages
        self.heading_idx = 0
        regular, bold, _, _ = FAMILIES[doc.font]
        self.regular, self.bold = regular, bold

    def heading_text(self, h: Heading) -> str:
        if h.number:
            return f"{h.number}{'.' if self.doc.number_dot else ''} {h.title}"
        return h.title

    def flowables(self, blocks) -> list:
        out = []
        for b in blocks:
            out.extend(self.block(b))
        return out

    def block(self, b) -> list:
        st = self.st
        if isinstance(b, Title):
            out = []
            if b.cover:
                out.append(RLSpacer(1, 170))
            out.append(Paragraph(markup(b.text), st["title"]))
            out += [Paragraph(markup(line), st["subtitle"]) for line in b.lines]
            out.append(RLSpacer(1, 10))
            return out
        if isinstance(b, Heading):
            p = Paragraph(markup(self.heading_text(b)), st[f"h{b.level}"])
            p._heading_idx = self.heading_idx
            self.heading_idx += 1
            return [p]
        if isinstance(b, Para):
            return [Paragraph(markup(b.text), st[b.style])]
        if isinstance(b, Bullets):
            style = st["bullet"]
            if b.glyph == "\uf0b7":
                style = ParagraphStyle("pua_bullet", parent=style, bulletFontName=PUA_BULLET_FONT)
            out = [Paragraph(markup(item), style, bulletText=b.glyph) for item in b.items]
            out.append(RLSpacer(1, 4))
            return out
        if isinstance(b, Table):
            return [self.table(b)]
        if isinstance(b, KeyValue):
            return [self.key_value(b)]
        if isinstance(b, Callout):
            return self.callout(b)
        if isinstance(b, Footnote):
            return [FootnoteAnchor(b.text)]
        if isinstance(b, Toc):
            return self.toc(b)
        if isinstance(b, Row):
            return [self.row(b)]
        if isinstance(b, StatusCounts):
            return [self.status_counts(b)]
        if isinstance(b, StatusOverviewTable):
            return [self.status_overview(b)]
        if isinstance(b, MeasureTable):
            return [self.measure_table(b)]
        if isinstance(b, Spacer):
            return [RLSpacer(1, b.height)]
        if isinstance(b, PageBreak):
            return [RLPageBreak()]
        if isinstance(b, ColumnBreak):
            return [FrameBreak()]
        raise TypeError(f"unknown block {b!r}")

    # -- tables ------------------------------------------------------------

    def _cell_styles(self, font_size):
        cell = self.st["cell"]
        if font_size:
            cell = ParagraphStyle("cell_fs", parent=cell, fontSize=font_size,
                                  leading=font_size * 1.25)
        head = ParagraphStyle("cell_head", parent=cell, fontName=self.bold)
        return cell, head

    def table(self, t: Table) -> RLTable:
        cell, head = self._cell_styles(t.font_size)
        right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
        head_right = ParagraphStyle("cell_head_right", parent=head, alignment=TA_RIGHT)
        data = []
        for r, row in enumerate(t.rows):
            is_head = r < t.header_rows
            out_row = []
            for c, text in enumerate(row):
                style = head if is_head else cell
                if t.align_right_from is not None and c >= t.align_right_from:
                    style = head_right if is_head else right
                out_row.append(Paragraph(markup(text), style))
            data.append(out_row)
        widths = self._widths(t.widths, len(t.rows[0]))
        tbl = RLTable(data, colWidths=widths, repeatRows=t.header_rows, hAlign="LEFT")
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if t.ruled:
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")),
                     ("BACKGROUND", (0, 0), (-1, t.header_rows - 1), colors.HexColor("#dde6ee"))]
        elif t.lines in ("header", "header_bottom"):
            cmds += [("LINEBELOW", (0, t.header_rows - 1), (-1, t.header_rows - 1), 0.6,
                      colors.black)]
            if t.lines == "header_bottom":
                cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black))
        for start, end in t.spans:
            cmds.append(("SPAN", start, end))
        tbl.setStyle(TableStyle(cmds))
        tbl.spaceAfter = 8
        return tbl

    def _widths(self, fractions, n):
        avail = self.avail_width()
        if not fractions:
            return [avail / n] * n
        total = sum(fractions)
        return [avail * f / total for f in fractions]

    def avail_width(self) -> float:
        g = Geometry(self.doc.layout)
        fr = g.frames(first_page=False)[0]
        return fr._width - fr._leftPadding - fr._rightPadding - 1

    def key_value(self, kv: KeyValue) -> RLTable:
        cell, head = self._cell_styles(None)
        data = [[Paragraph(markup(k), head), Paragraph(markup(v), cell)] for k, v in kv.pairs]
        avail = self.avail_width()
        tbl = RLTable(data, colWidths=[avail * 0.24, avail * 0.76], hAlign="LEFT")
        tbl.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#4a5a6a")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f4f7")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        tbl.spaceAfter = 10
        return tbl

    def callout(self, c: Callout) -> list:
        """'Alle ansatte: 37 % kvinner 63 % menn' on one line; in a narrow column the
        label goes on its own line above the figures."""
        cell, head = self._cell_styles(None)
        big = self.st["callout_big"]
        narrow = self.doc.layout == "two_column"
        figures = []
        for value, word in c.parts:
            figures += [Paragraph(markup(value), big), Paragraph(markup(word), cell)]
        avail = self.avail_width()
        label_w = 0 if narrow else avail * 0.30
        rest = (avail - label_w) / len(c.parts)
        widths = [rest * 0.5, rest * 0.5] * len(c.parts)
        row = figures if narrow else [Paragraph(markup(c.label), head)] + figures
        if not narrow:
            widths = [label_w] + widths
        tbl = RLTable([row], colWidths=widths, hAlign="LEFT")
        tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3 if narrow else 4),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
                                + ([] if narrow else [("LINEABOVE", (0, 0), (-1, 0), 0.4,
                                                       colors.HexColor("#9ab"))])))
        tbl.spaceAfter = 4
        if not narrow:
            return [tbl]
        label = Paragraph(markup(c.label), ParagraphStyle("callout_label", parent=head,
                                                          spaceBefore=2))
        rule = RLTable([[""]], colWidths=[avail], rowHeights=[2])
        rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.HexColor("#9ab"))]))
        return [rule, label, tbl]

    def row(self, r: Row) -> RLTable:
        cells = [self.flowables(cell) for cell in r.cells]
        widths = self._widths(r.widths, len(cells))
        tbl = RLTable([cells], colWidths=widths, hAlign="LEFT")
        tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        tbl.spaceAfter = 6
        return tbl

    def status_counts(self, s: StatusCounts) -> RLTable:
        cell, head = self._cell_styles(None)
        data = [[Paragraph("status tiltak", head), Paragraph("antall", head)]]
        for key in ("completed", "in_progress", "not_started"):
            data.append([Paragraph(f"{STATUS_GLYPH[key]} {STATUS_WORD_NB[key]}", cell),
                         Paragraph(str(s.counts[key]), cell)])
        tbl = RLTable(data, colWidths=[110, 50], hAlign="LEFT")
        tbl.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return tbl

    def status_overview(self, s: StatusOverviewTable) -> RLTable:
        rows = [["Innsatsområde"] + [f"{STATUS_GLYPH[k]} {STATUS_WORD_NB[k]}"
                                     for k in ("completed", "in_progress", "not_started")]
                + ["Totalt"]]
        totals = [0, 0, 0]
        for area, counts in s.areas:
            vals = [counts["completed"], counts["in_progress"], counts["not_started"]]
            totals = [a + b for a, b in zip(totals, vals)]
            rows.append([area] + [str(v) for v in vals] + [str(sum(vals))])
        rows.append(["Sum"] + [str(v) for v in totals] + [str(sum(totals))])
        return self.table(Table(rows, widths=[3.2, 1.2, 1.2, 1.2, 1], align_right_from=1))

    def measure_table(self, m: MeasureTable) -> RLTable:
        rows = [["Tiltak", "Pri", "Gevinst", "Siste status", "Status"]]
        for x in m.measures:
            rows.append([x.title, str(x.priority), x.gain, x.latest,
                         f"{STATUS_GLYPH[x.status]} {STATUS_WORD_NB[x.status]}"])
        return self.table(Table(rows, widths=[3.2, 0.45, 2.6, 2.9, 1.25], font_size=9.5))

    def toc(self, t: Toc) -> list:
        out = []
        for i, h in enumerate(self.doc.headings()):
            if h.toc and h.level <= t.max_level and h.title != "Innhold":
                out.append(TocLine(self.heading_text(h), self.heading_pages.get(i, 0), h.level,
                                   self.st["toc"]))
        return out


# ---------------------------------------------------------------------------
# Document template: header, footer, footnotes, heading pages
# ---------------------------------------------------------------------------


class CorpusDocTemplate(BaseDocTemplate):
    def __init__(self, buf, doc: Doc, styles, total_pages: int):
        self.spec, self.styles, self.total_pages = doc, styles, total_pages
        self.heading_pages: dict[int, int] = {}
        self.footnotes: dict[int, list[str]] = defaultdict(list)
        self.geom = Geometry(doc.layout)
        super().__init__(
            buf, pagesize=(self.geom.w, self.geom.h), title=doc.meta_title,
            author=doc.meta_author, subject="", creator="scripts/make_corpus.py",
            producer="ReportLab", invariant=1, leftMargin=self.geom.margin,
            rightMargin=self.geom.margin, topMargin=self.geom.top, bottomMargin=self.geom.bottom)
        first = PageTemplate(id="first", frames=self.geom.frames(first_page=True),
                             onPage=self.on_page, onPageEnd=self.on_page_end)
        later = PageTemplate(id="later", frames=self.geom.frames(first_page=False),
                             onPage=self.on_page, onPageEnd=self.on_page_end)
        self.addPageTemplates([first, later])

    def afterFlowable(self, flowable):
        idx = getattr(flowable, "_heading_idx", None)
        if idx is not None and idx not in self.heading_pages:
            self.heading_pages[idx] = self.page
        if isinstance(flowable, FootnoteAnchor):
            self.footnotes[self.page].append(flowable.text)

    def on_page(self, canv, _doc):
        g, spec = self.geom, self.spec
        font = self.styles["running"].fontName
        canv.saveState()
        canv.setFont(font, 8)
        canv.setFillColor(colors.HexColor("#444444"))
        if spec.header and (self.page > 1 or spec.header_on_first_page):
            canv.drawString(g.margin, g.header_y, spec.header)
            canv.setStrokeColor(colors.HexColor("#999999"))
            canv.setLineWidth(0.4)
            canv.line(g.margin, g.header_y - 5, g.w - g.margin, g.header_y - 5)
        if spec.footer and (self.page > 1 or spec.footer_on_first_page):
            text = spec.footer.format(page=self.page, pages=self.total_pages)
            if spec.footer_align == "left":
                canv.drawString(g.margin, g.footer_y, text)
            elif spec.footer_align == "right":
                canv.drawRightString(g.w - g.margin, g.footer_y, text)
            else:
                canv.drawCentredString(g.w / 2, g.footer_y, text)
        canv.restoreState()

    def on_page_end(self, canv, _doc):
        notes = self.footnotes.get(self.page)
        if not notes:
            return
        g = self.geom
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.4)
        canv.line(g.margin, g.footnote_top - 2, g.margin + 120, g.footnote_top - 2)
        y = g.footnote_top - 4
        for text in notes:
            p = Paragraph(markup(text), self.styles["footnote"])
            _, h = p.wrap(g.w - 2 * g.margin, 100)
            y -= h
            p.drawOn(canv, g.margin, y)
            y -= 1
        canv.restoreState()


def render_pdf(doc: Doc) -> bytes:
    """Two passes: the first finds the page of every heading and the page count
    (for the table of contents and 'Side 3 av 4'), the second prints them."""
    register_fonts()
    heading_pages: dict[int, int] = {}
    total = 0
    for _ in range(3):
        renderer = Renderer(doc, heading_pages)
        story = [NextPageTemplate("later")] + renderer.flowables(doc.blocks)
        buf = io.BytesIO()
        tmpl = CorpusDocTemplate(buf, doc, renderer.st, total)
        tmpl.build(story)
        if tmpl.heading_pages == heading_pages and tmpl.page == total:
            return buf.getvalue()
        heading_pages, total = tmpl.heading_pages, tmpl.page
    raise RuntimeError(f"{doc.doc_id}: page numbers do not settle")


# ---------------------------------------------------------------------------
# Checks: the PDFs must contain what the gold says they contain
# ---------------------------------------------------------------------------

NUMBER_WORDS = ("én|ett|en|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|"
                "one|two|three|four|five|six|seven|eight|nine|ten")
PCT_MENTION = re.compile(
    r"(?<![\w,.])(?:\d+(?:[ ,.]\d+)*|(?:%s))(?:\s*-\s*\d+(?:,\d+)?)?\s*"
    r"(?:%%|prosentpoeng|prosent|pst\.?|per cent|percent|percentage points?)(?!\w)" % NUMBER_WORDS,
    re.IGNORECASE)
RANGE_PCT = re.compile(r"\d\s*-\s*\d+(?:,\d+)?\s*%")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf_path: Path, doc: Doc) -> list[str]:
    """Reading-order text of each page: frame by frame (columns separately), tables
    cell by cell, running header and footer left out."""
    import pdfplumber
    geom = Geometry(doc.layout)
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages, start=1):
            parts = []
            for bbox in geom.text_regions(i):
                region = page.crop(bbox)
                tables = region.find_tables()
                boxes = [t.bbox for t in tables]

                def outside(obj, boxes=boxes):
                    return not any(b[0] - 1 <= obj.get("x0", 0) and obj.get("x1", 0) <= b[2] + 1
                                   and b[1] - 1 <= obj.get("top", 0)
                                   and obj.get("bottom", 0) <= b[3] + 1 for b in boxes)

                parts.append(region.filter(outside).extract_text() or "")
                for t in tables:
                    for row in t.extract():
                        parts.append("\n".join(c or "" for c in row))
            out.append("\n".join(parts))
    return out


def text_variants(raw: str) -> list[str]:
    """As printed, with line-end hyphens removed ('likestil-\\nling'), and with
    line-end hyphens kept but the break removed ('IKT-\\nutstyr')."""
    dehy = re.sub(r"(?<=[a-zæøå])-\n(?=[a-zæøå])", "", raw)
    keep = re.sub(r"-\n", "-", raw)
    return [norm(raw), norm(dehy), norm(keep)]


def count_mentions(text: str, needle: str) -> int:
    pat = r"(?<![\w,])" + re.escape(needle) + r"(?!\w)"
    return len(re.findall(pat, text))


def check_doc(doc: Doc, pdf_path: Path, gold: dict) -> list[str]:
    import pdfplumber
    problems = []
    pages = page_texts(pdf_path, doc)
    raw = "\n".join(pages)
    variants = text_variants(raw)

    def found(t: str) -> bool:
        return any(norm(t) in v for v in variants)

    with pdfplumber.open(pdf_path) as pdf:
        meta = pdf.metadata
        n_pages = len(pdf.pages)
    if not 1 <= n_pages <= doc.max_pages:
        problems.append(f"{n_pages} pages (want 1-{doc.max_pages})")
    if (meta.get("Title") or "") != doc.meta_title:
        problems.append(f"Title metadata {meta.get('Title')!r} != {doc.meta_title!r}")
    if (meta.get("Author") or "") != doc.meta_author:
        problems.append(f"Author metadata {meta.get('Author')!r} != {doc.meta_author!r}")

    # every gold percentage / deadline text is printed, as often as the gold says
    for key in ("percentages", "deadlines"):
        wanted: dict[str, int] = defaultdict(int)
        for e in gold[key]:
            wanted[norm(e["text"])] += 1
        for text, n in wanted.items():
            if key == "percentages" and RANGE_PCT.search(text):
                n = (n + 1) // 2  # "50-50%" is one mention, two values
            have = max(count_mentions(v, text) for v in variants)
            if have < n:
                problems.append(f"{key}: {text!r} printed {have}x, gold has {n}")
    # and no percentage in the text is missing from the gold
    printed = 0
    for m in PCT_MENTION.finditer(variants[1]):
        printed += 2 if RANGE_PCT.search(m.group(0)) else 1
    if printed != len(gold["percentages"]):
        problems.append(f"percentages: {printed} mentions printed, {len(gold['percentages'])} in gold")

    for s in gold["sections"]:
        title = (f"{s['number']}{'.' if doc.number_dot else ''} " if s["number"] else "") + s["title"]
        if not found(title):
            problems.append(f"section not printed: {title!r}")
    for o in gold["organisations"]:
        if not found(o):
            problems.append(f"organisation not printed: {o!r}")
    for s in gold["suppliers"]:
        if not found(s["text"]):
            problems.append(f"supplier text not printed: {s['text']!r}")
    for c in gold.get("cases", []):
        for k in ("proposed_decision", "decision"):
            if c.get(k) and not found(c[k]):
                problems.append(f"case {c['case']} {k} not printed")
    for c in (gold.get("minutes") or {}).get("cases", []):
        if c.get("decision") and not found(c["decision"]):
            problems.append(f"minutes case {c['case']} decision not printed")
    for c in gold.get("checklist", []):
        for piece in (c.get("evidence") or "").split("\u2026"):
            if piece.strip() and not found(piece.strip()):
                problems.append(f"checklist {c['item']} evidence not printed: {piece.strip()!r}")
    for m in gold.get("measures", []):
        if not found(m["title"]):
            problems.append(f"measure not printed: {m['title']!r}")

    if doc.hyphenate:
        breaks = len(re.findall(r"[a-zæøå]-\n[a-zæøå]", raw))
        if breaks < 5:
            problems.append(f"only {breaks} hyphenated line breaks in a hyphenated layout")
    return problems


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def write_corpus(docs: list[Doc], out: Path) -> dict[str, bytes]:
    written = {}
    for doc in docs:
        folder = out / doc.subdir if doc.subdir else out
        (folder / "gold").mkdir(parents=True, exist_ok=True)
        pdf = render_pdf(doc)
        (folder / f"{doc.doc_id}.pdf").write_bytes(pdf)
        gold = json.dumps(doc.gold_json(), ensure_ascii=False, indent=2) + "\n"
        (folder / "gold" / f"{doc.doc_id}.json").write_text(gold, encoding="utf-8")
        written[doc.doc_id] = pdf
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "corpus", help="output folder")
    ap.add_argument("--check", action="store_true",
                    help="after writing, verify every PDF against its gold file")
    ap.add_argument("--only", action="append", help="only this doc_id (repeatable)")
    args = ap.parse_args(argv)

    docs = [d for d in ALL_DOCS if not args.only or d.doc_id in args.only]
    ids = [d.doc_id for d in ALL_DOCS]
    assert len(ids) == len(set(ids)), "duplicate doc_id"
    t0 = time.time()
    written = write_corpus(docs, args.out)
    print(f"wrote {len(written)} PDFs and gold files to {args.out} in {time.time() - t0:.1f}s")
    if not args.check:
        return 0

    failed = 0
    import pdfplumber
    for doc in docs:
        folder = args.out / doc.subdir if doc.subdir else args.out
        path = folder / f"{doc.doc_id}.pdf"
        again = render_pdf(doc)
        problems = [] if again == written[doc.doc_id] else ["second rendering differs (not deterministic)"]
        gold = json.loads((folder / "gold" / f"{doc.doc_id}.json").read_text(encoding="utf-8"))
        problems += check_doc(doc, path, gold)
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
        sha = hashlib.sha256(written[doc.doc_id]).hexdigest()[:12]
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {doc.doc_id:40} {doc.gold.doc_type:20} {doc.gold.language} "
              f"{doc.layout:10} {n}p  {len(gold['percentages']):3} pct {len(gold['deadlines']):3} ddl  {sha}")
        for p in problems:
            print(f"     - {p}")
        failed += bool(problems)
    print(f"{len(docs) - failed}/{len(docs)} documents pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
