"""Remove running headers, footers and page numbers.

A line is a running header or footer when it sits in the top or bottom margin
of the page and its text, with digits masked, repeats on many pages
("Side 3", "6Likestillingsredegjørelse 2023", "Rapport 2024 · 7"). Page
numbers alone in a margin go even on short documents.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from extractor.model import Line, Page, ParsedDocument
from extractor.settings import CleanSettings

_DIGITS = re.compile(r"\d+")
# "Side 12", "12 av 40", "- 7 -"; a bare four-digit number is more likely a year.
_PAGE_NUMBER = re.compile(
    r"^(?:(?:side|s\.|page|sida)\s*\d{1,4}|[-–(]?\s*\d{1,3}\s*[-–)]?)(?:\s*(?:av|of|/|frå|fra)\s*\d{1,4})?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CleanResult:
    document: ParsedDocument
    removed: tuple[Line, ...]  # kept for document-level clues (dates in footers)


def _mask(text: str) -> str:
    return _DIGITS.sub("#", text.strip().lower())


def _in_margin(line: Line, page: Page, fraction: float) -> bool:
    top, bottom = line.bbox[1], line.bbox[3]
    return bottom <= page.height * fraction or top >= page.height * (1 - fraction)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def running_lines(document: ParsedDocument, settings: CleanSettings) -> set[tuple[int, int]]:
    """(page, index) of every line judged a running header, footer or page number."""
    pages = document.pages
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    masks: Counter[str] = Counter()
    for page in pages:
        seen = {_mask(l.text) for l in page.lines if _in_margin(l, page, settings.margin_fraction)}
        masks.update(seen)
    min_pages = max(2, int(round(settings.repeat_fraction * len(pages))))
    repeated = {m for m, n in masks.items() if n >= min_pages}
    hits: set[tuple[int, int]] = set()
    for page in pages:
        for i, line in enumerate(page.lines):
            if not _in_margin(line, page, settings.margin_fraction):
                continue
            # Running headers are set no bigger than the body text; a repeated
            # heading at the top of each page is content.
            small = line.size <= body + 0.5 and not line.in_table
            if (small and _mask(line.text) in repeated) or is_page_number(line.text):
                hits.add((page.number, i))
    return hits


def remove_running_lines(document: ParsedDocument, settings: CleanSettings) -> CleanResult:
    """A copy of the document without running headers and footers."""
    hits = running_lines(document, settings)
    if len(hits) == sum(len(p.lines) for p in document.pages):
        hits = set()  # every line "repeats": that is the content, not a header
    removed: list[Line] = []
    pages: list[Page] = []
    for page in document.pages:
        keep: list[Line] = []
        for i, line in enumerate(page.lines):
            (removed if (page.number, i) in hits else keep).append(line)
        pages.append(replace(page, lines=tuple(keep)))
    return CleanResult(document=replace(document, pages=tuple(pages)), removed=tuple(removed))
