"""Typed data passed between the pipeline stages.

Stages never share mutable state: each takes these dataclasses and returns new
ones. Only :class:`Result` is serialised (``to_dict``), following the output
contract in ``docs/output.md``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 2

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom (pdfplumber's)


def union_bbox(boxes: list[BBox]) -> BBox:
    """The smallest box holding every box in ``boxes`` (which must not be empty)."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fontname: str = ""
    size: float = 0.0
    bold: bool = False

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line of text in reading order, with its provenance.

    ``offsets`` gives, for each word, its (start, end) character range in
    ``text`` so that a span of text maps back to a bbox on the page.
    """

    text: str
    page: int  # 1-based
    bbox: BBox
    words: tuple[Word, ...]
    offsets: tuple[tuple[int, int], ...]
    size: float
    bold: bool
    fontname: str = ""
    column: int = 0
    in_table: bool = False

    def span_bbox(self, start: int, end: int) -> BBox | None:
        """The bbox of the words overlapping characters [start, end) of ``text``."""
        boxes = [w.bbox for w, (s, e) in zip(self.words, self.offsets) if s < end and e > start]
        return union_bbox(boxes) if boxes else None


@dataclass(frozen=True)
class Table:
    page: int
    bbox: BBox
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[Line, ...] = ()  # one Line per row (cells joined by " | "), for provenance

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "bbox": _round_box(self.bbox), "rows": [list(r) for r in self.rows]}


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...]  # reading order; table rows are lines with in_table=True
    tables: tuple[Table, ...] = ()
    chars: int = 0
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedDocument:
    path: str
    pages: tuple[Page, ...]
    metadata: dict[str, str]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    id: str
    number: str | None
    title: str
    level: int
    page_start: int
    page_end: int
    lines: tuple[Line, ...] = ()  # body lines (heading lines excluded)
    heading_lines: tuple[Line, ...] = ()
    text: str = ""
    parent: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parent": self.parent,
            "number": self.number,
            "title": self.title,
            "level": self.level,
            "page_start": self.page_start,
            "page_end": self.page_end,
            "text": self.text,
        }


@dataclass(frozen=True)
class Entity:
    type: str
    text: str
    page: int
    bbox: BBox
    section_id: str | None
    sentence: str
    value: Any = None
    normalized: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.type, "text": self.text}
        if self.value is not None:
            d["value"] = self.value
        if self.type == "quantity":
            d["unit"] = self.normalized.get("unit")  # the contract names it beside the value
        d.update(
            page=self.page,
            bbox=_round_box(self.bbox),
            section_id=self.section_id,
            sentence=self.sentence,
            normalized=dict(self.normalized),
        )
        return d


@dataclass(frozen=True)
class DocInfo:
    """Document-level answers: what kind of document, whose, which year."""

    doc_type: str = "other"
    language: str = "other"
    organisation: str | None = None
    organisation_page: int | None = None
    report_year: int | None = None
    published: str | None = None  # ISO date


# Terminal status of a document whose ``error`` is set, by error kind.
_FAILURE_STATUS = {"encrypted": "encrypted", "needs_ocr": "needs_ocr", "garbled": "garbled",
                   "timeout": "timeout", "oom": "oom"}
STATUSES = ("ok", "partial", "encrypted", "needs_ocr", "garbled", "timeout", "oom", "error")


def status_for(kind: str) -> str:
    """The terminal status for an error kind (``error`` unless a named one)."""
    return _FAILURE_STATUS.get(kind, "error")


def is_failure(record: dict[str, Any]) -> bool:
    """A record whose document could not be extracted (it carries an ``error``)."""
    return record.get("error") is not None


@dataclass
class Result:
    """The per-document record written as ``<doc_id>.json``.

    ``status`` is one of :data:`STATUSES`: ``ok``, ``partial`` (processed, but
    some pages lost content), or a failure status with ``error`` set; an error
    record keeps ``source`` so a batch never loses track of a file.
    """

    doc_id: str
    source: dict[str, Any]
    status: str = "ok"
    info: DocInfo = field(default_factory=DocInfo)
    sections: list[Section] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    facts_evidence: dict[str, dict[str, Any]] = field(default_factory=dict)  # fact key → page, bbox, text
    tables: list[Table] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: dict[str, str] | None = None
    front_matter: dict[str, Any] | None = None  # text before the first heading
    parts: list[dict[str, Any]] = field(default_factory=list)  # [{"doc_type", "section_ids"}] when several kinds
    checklist: list[dict[str, Any]] | None = None  # the legal checklist (transparency and equality reports)
    timings: dict[str, float] = field(default_factory=dict)

    def fail(self, kind: str, message: str) -> None:
        self.status = status_for(kind)
        self.error = {"kind": kind, "message": message}

    def to_dict(self) -> dict[str, Any]:
        org = None
        if self.info.organisation:
            org = {"name": self.info.organisation, "page": self.info.organisation_page}
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "status": self.status,
            "source": self.source,
            "organisation": org,
            "doc_type": self.info.doc_type,
            "language": self.info.language,
            "report_year": self.info.report_year,
            "published": self.info.published,
            "sections": [s.to_dict() for s in self.sections],
            "entities": [e.to_dict() for e in self.entities],
            "facts": self.facts,
            "facts_evidence": self.facts_evidence,
            "tables": [t.to_dict() for t in self.tables],
            "parts": list(self.parts),
            "checklist": self.checklist,
            "front_matter": self.front_matter,
            "warnings": list(self.warnings),
            "error": self.error,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }


def _round_box(b: BBox) -> list[float]:
    return [round(v, 2) for v in b]
