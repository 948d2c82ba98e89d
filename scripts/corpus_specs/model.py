"""Data model for the sample corpus: document blocks and gold annotations.

A document is a `Doc`: page layout, fonts, running header/footer, PDF metadata,
a list of blocks (what is printed) and a `Gold` (the hand-written answer key).

Blocks are plain data; `scripts/make_corpus.py` turns them into PDF pages.
Only `Heading` blocks become gold `sections`; `Title` blocks (cover titles,
slide-deck titles) are deliberately not sections.

Text conventions inside block strings:
  **bold**   is rendered bold;
  ¹ ² ³      are plain superscript characters (footnote markers);
  everything else is literal text (escaped for reportlab by the renderer).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional, Union

# ---------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------


@dataclass
class Title:
    """Cover or deck title: big text, not a section."""
    text: str
    lines: list[str] = field(default_factory=list)  # subtitle / organisation / date lines
    cover: bool = False  # True: vertically centred cover page


@dataclass
class Heading:
    level: int  # 1 = top
    title: str
    number: Optional[str] = None  # "5.3.1" (printed as "5.3.1." or "5.3.1", see Doc.number_dot)
    toc: bool = True  # listed in the table of contents (if the document has one)


@dataclass
class Para:
    text: str
    style: str = "body"  # body | small | lead | label | right


@dataclass
class Bullets:
    items: list[str]
    glyph: str = "\u2022"  # "\uf0b7" = private-use bullet (Symbol-font style)


@dataclass
class Table:
    rows: list[list[str]]
    header_rows: int = 1
    widths: Optional[list[float]] = None  # fractions of the available width
    ruled: bool = True  # grid lines (pdfplumber finds ruled tables)
    # ruled=False only: "header" = one rule under the header; "header_bottom" = and one under
    # the last row; "none" = no lines at all (columns aligned by position only)
    lines: str = "header"
    font_size: Optional[float] = None
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    align_right_from: Optional[int] = None  # right-align columns >= this index (body rows)


@dataclass
class KeyValue:
    """Boxed key/value list (saksframlegg header box)."""
    pairs: list[tuple[str, str]]


@dataclass
class Callout:
    """One-line gender-balance callout: label, then (value, word) pairs in big type."""
    label: str
    parts: list[tuple[str, str]]


@dataclass
class Footnote:
    """Printed in small type at the bottom of the page where it is placed."""
    text: str


@dataclass
class Toc:
    """Table of contents with dotted leaders; lists the document's Heading blocks with toc=True."""
    max_level: int = 3


@dataclass
class Row:
    """Side-by-side cells, each a list of blocks (rendered as a borderless table)."""
    cells: list[list[Any]]
    widths: Optional[list[float]] = None


@dataclass
class StatusCounts:
    """Small 'status tiltak antall' table with ●/◑/○ glyphs."""
    counts: dict[str, int]  # completed / in_progress / not_started


@dataclass
class StatusOverviewTable:
    """Grid: one row per area with counts per status and a total."""
    areas: list[tuple[str, dict[str, int]]]


@dataclass
class Measure:
    area: str
    title: str
    priority: int
    gain: str
    latest: str
    status: str  # completed | in_progress | not_started


@dataclass
class MeasureTable:
    """Ruled action-plan table: Tiltak | Pri | Gevinst | Siste status | Status."""
    measures: list[Measure]


@dataclass
class Spacer:
    height: float = 8


class PageBreak:
    pass


class ColumnBreak:
    """Move to the next frame (two-column layout: after the full-width title)."""


Block = Union[Title, Heading, Para, Bullets, Table, KeyValue, Callout, Footnote, Toc,
              Row, StatusCounts, StatusOverviewTable, MeasureTable, Spacer, PageBreak, ColumnBreak]

STATUS_GLYPH = {"completed": "\u25cf", "in_progress": "\u25d1", "not_started": "\u25cb"}
STATUS_WORD_NB = {"completed": "Fullført", "in_progress": "Pågår", "not_started": "Ikke startet"}


def status_counts(measures: list[Measure], area: str) -> dict[str, int]:
    out = {"completed": 0, "in_progress": 0, "not_started": 0}
    for m in measures:
        if m.area == area:
            out[m.status] += 1
    return out


# ---------------------------------------------------------------------------
# Gold annotations
# ---------------------------------------------------------------------------


def pct(value: float, text: str, subject: str) -> dict:
    return {"value": float(value), "text": text, "subject": subject}


def ddl(text: str, due: str, what: str) -> dict:
    return {"text": text, "due": due, "what": what}


def sup(name: Optional[str], category: Optional[str], text: str) -> dict:
    return {"name": name, "category": category, "text": text}


@dataclass
class Gold:
    organisation: str
    doc_type: str  # transparency_report | equality_report | council_papers | action_plan | other
    language: str  # nb | nn | en
    report_year: Optional[int]
    published: Optional[str]
    percentages: list[dict] = field(default_factory=list)
    deadlines: list[dict] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    suppliers: list[dict] = field(default_factory=list)
    risk_sectors: list[str] = field(default_factory=list)
    risk_issues: list[str] = field(default_factory=list)
    # doc-type specific keys, written as in /work/shared/gold: equality_metrics,
    # transparency_facts, meeting + cases + minutes, measures + status_counts
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------


@dataclass
class Doc:
    doc_id: str
    layout: str  # portrait | two_column | landscape
    font: str  # sans | serif | condensed | helvetica
    meta_title: str  # PDF Title ("" = not set)
    meta_author: str  # PDF Author ("" = not set)
    header: Optional[str]  # running header text (None = no header)
    footer: str  # running footer, "{page}" and "{pages}" are filled in
    blocks: list
    gold: Gold
    header_on_first_page: bool = True
    footer_on_first_page: bool = True
    number_dot: bool = True  # print heading numbers as "5.3.1." (True) or "5.3.1" (False)
    hyphenate: bool = False  # justified, hyphenated body text (two-column reports)
    footer_align: str = "center"  # left | center | right
    measures: list[Measure] = field(default_factory=list)
    subdir: str = ""  # "variety": written to corpus/variety/ (the variety corpus, its own evaluation set)
    max_pages: int = 4

    def headings(self) -> list[Heading]:
        out: list[Heading] = []

        def walk(blocks):
            for b in blocks:
                if isinstance(b, Heading):
                    out.append(b)
                elif isinstance(b, Row):
                    for cell in b.cells:
                        walk(cell)

        walk(self.blocks)
        return out

    def gold_json(self) -> dict:
        g = self.gold
        d = {
            "doc_id": self.doc_id,
            "organisation": g.organisation,
            "doc_type": g.doc_type,
            "language": g.language,
            "report_year": g.report_year,
            "published": g.published,
            "sections": [{"number": h.number, "title": h.title, "level": h.level}
                         for h in self.headings()],
            "percentages": g.percentages,
            "deadlines": g.deadlines,
            "organisations": g.organisations,
            "suppliers": g.suppliers,
            "risk_sectors": g.risk_sectors,
            "risk_issues": g.risk_issues,
        }
        d.update(g.extra)
        if self.measures:
            d["measures"] = [{"area": m.area, "title": m.title, "priority": m.priority,
                              "status": m.status} for m in self.measures]
            areas: list[str] = []
            for m in self.measures:
                if m.area not in areas:
                    areas.append(m.area)
            d["status_counts"] = {a: status_counts(self.measures, a) for a in areas}
        return d


def ck(item: str, status: str, evidence: Optional[str] = None, note: Optional[str] = None) -> dict:
    """One legal-checklist item (CHECKLIST.md): status present/absent, a verbatim quote."""
    d = {"item": item, "status": status, "evidence": evidence}
    if note:
        d["note"] = note
    return d
