"""One sentence model per document: every sentence with its page, box and section.

Facts, quantities, the checklist and entities read the same sentences in the
same order: :func:`document_sentences` splits each section's text (front
matter first) once per segmentation, and each :class:`Sentence` can locate
any span of itself in the PDF (page and bbox) through its section's
:class:`~extractor.textmap.TextMap`.
Table rows (cells joined by " | ") are sentences too, marked ``is_table_row``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterable

from extractor.model import BBox, Section
from extractor.segment import text_maps
from extractor.textmap import TextMap, sentence_spans


@dataclass(frozen=True)
class Sentence:
    """A sentence of one section's text, located in the PDF through its TextMap."""

    text: str
    start: int  # offsets in the section's text
    end: int
    tmap: TextMap
    section: Section | None

    @property
    def section_id(self) -> str | None:
        return self.section.id if self.section else None

    @property
    def is_table_row(self) -> bool:
        return " | " in self.text

    @cached_property
    def where(self) -> tuple[int, BBox] | None:
        """(page, bbox) of the whole sentence."""
        return self.tmap.locate(self.start, self.end)

    @property
    def page(self) -> int | None:
        w = self.where
        return w[0] if w else (self.section.page_start if self.section else None)

    def locate(self, start: int, end: int) -> tuple[int, BBox] | None:
        """(page, bbox) of text[start:end] of this sentence."""
        return self.tmap.locate(self.start + start, self.start + end)

    def evidence(self, start: int | None = None, end: int | None = None) -> dict[str, Any]:
        """Evidence for the span [start, end) of the sentence (whole sentence by default):
        ``{"page", "bbox", "text"}`` with the sentence as the text."""
        a = start or 0
        b = end if end is not None else len(self.text)
        where = self.locate(a, b) or self.where
        page = where[0] if where else (self.section.page_start if self.section else None)
        bbox = [round(v, 2) for v in where[1]] if where else None
        return {"page": page, "bbox": bbox, "text": self.text}


def document_sentences(seg: Any) -> tuple[Sentence, ...]:
    """Every sentence of a segmented document, front matter first, in reading order; split once
    per :class:`~extractor.segment.Segmentation` (its ``sentences``), however many stages ask."""
    cached = getattr(type(seg), "sentences", None)
    return seg.sentences if cached is not None else split_sentences(seg)


def split_sentences(seg: Any) -> tuple[Sentence, ...]:
    """Split each section's text (and the front matter's) into located sentences."""
    out: list[Sentence] = []
    for section, tmap in text_maps(seg):
        out.extend(Sentence(tmap.text[a:b], a, b, tmap, section) for a, b in sentence_spans(tmap.text))
    return tuple(out)


def prose(sentences: Iterable[Sentence]) -> list[Sentence]:
    """The sentences that are not table rows."""
    return [s for s in sentences if not s.is_table_row]
