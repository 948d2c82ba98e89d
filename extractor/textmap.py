"""Lines → running text that remembers where each character came from.

``join_lines`` builds paragraph text from lines in reading order: words
hyphenated at line ends are joined (likestil-/ling → likestilling) while real
and suspended hyphens stay ("helse- og omsorgssektoren", "IKT-utstyr").
``TextMap.locate`` maps any character span back to page and bbox, so each
entity can be checked against the PDF. ``sentence_spans`` splits text into
sentences with Norwegian abbreviations in mind.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from extractor.model import BBox, Line, union_bbox

_SUSPENDED_NEXT = {"og", "eller", "samt", "til", "enn", "and", "or", "nor", "/"}
_WORD = re.compile(r"[A-Za-zÆØÅæøåÄÖÜäöüÉé0-9]+(?:-[A-Za-zÆØÅæøåÄÖÜäöüÉé0-9]+)*")
_ACRONYM = re.compile(r"^[A-ZÆØÅ0-9]{2,}$|^[A-Za-zÆØÅæøå]$")


@dataclass(frozen=True)
class Segment:
    """text[start:end] equals line.text[line_start:line_start + end - start]."""

    start: int
    end: int
    line: Line
    line_start: int


@dataclass(frozen=True)
class TextMap:
    text: str
    segments: tuple[Segment, ...]

    @cached_property
    def _ends(self) -> tuple[int, ...]:
        return tuple(seg.end for seg in self.segments)

    def locate(self, start: int, end: int) -> tuple[int, BBox] | None:
        """(page, bbox) of text[start:end]; a span over two pages gets its first page.
        Segments are in text order: the first one the span reaches is found by bisection
        (a scan from the start made locating every sentence of a long section quadratic)."""
        boxes: list[BBox] = []
        page: int | None = None
        for k in range(bisect_right(self._ends, start), len(self.segments)):
            seg = self.segments[k]
            if seg.start >= end:
                break
            if seg.end <= start:
                continue
            if page is None:
                page = seg.line.page
            elif seg.line.page != page:
                break
            a = seg.line_start + max(0, start - seg.start)
            b = seg.line_start + min(seg.end, end) - seg.start
            box = seg.line.span_bbox(a, b)
            if box is not None:
                boxes.append(box)
        if page is None or not boxes:
            return None
        return page, union_bbox(boxes)


def document_vocabulary(lines: list[Line]) -> frozenset[str]:
    """Lower-cased words of the document, to decide how to join hyphenated words."""
    vocab: set[str] = set()
    for line in lines:
        for m in _WORD.finditer(line.text):
            vocab.add(m.group(0).lower())
    return frozenset(vocab)


def hyphen_join(prev: str, nxt: str, vocab: frozenset[str] = frozenset()) -> str | None:
    """How to join a line ending in "-" to the next line.

    Returns ``""`` to drop the hyphen and glue the word, ``"-"`` to keep the
    hyphen and glue, ``"- "`` to keep the hyphen and a space (suspended
    hyphen), or None when ``prev`` does not end in a hyphenated word.
    """
    if not prev.endswith("-") or len(prev) < 2 or not prev[-2].isalnum():
        return None
    head = prev[:-1].split()[-1] if prev[:-1].split() else ""
    words = nxt.split()
    if not words or not head:
        return None
    first = words[0]
    if first.lower().strip(",.;:") in _SUSPENDED_NEXT:
        return "- "
    if _ACRONYM.match(head) or not first[0].islower():
        return "-"
    first_word = re.match(r"[\wÆØÅæøå-]+", first)
    tail = first_word.group(0) if first_word else first
    joined = (head + tail).lower()
    hyphened = (head + "-" + tail).lower()
    if hyphened in vocab and joined not in vocab:
        return "-"
    return ""


def _paragraph_break(prev: Line, line: Line) -> bool:
    if line.text.startswith("•") or prev.in_table or line.in_table:
        return True
    if prev.page != line.page or prev.column != line.column:
        return False
    gap = line.bbox[1] - prev.bbox[3]
    if gap > 0.9 * max(prev.size, line.size, 1.0):
        return True
    return abs(prev.size - line.size) > 0.6 or prev.bold != line.bold


def join_lines(lines: list[Line] | tuple[Line, ...], vocab: frozenset[str] = frozenset()) -> TextMap:
    """Text of ``lines`` with paragraphs on their own lines ("\\n")."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    prev: Line | None = None
    trim_prev = 0  # characters cut from the end of the previous line's text
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        if prev is not None:
            joiner = None if (prev.in_table or line.in_table) else hyphen_join(prev.text.rstrip(), text, vocab)
            if joiner is None:
                sep = "\n" if _paragraph_break(prev, line) else " "
                if sep == " " and prev.text.rstrip().endswith("/") and text[0].islower():
                    sep = ""
            else:
                sep = "" if joiner in ("", "-") else " "
                if joiner == "":
                    # drop the hyphen that ends the previous line
                    trim_prev = 1
            if trim_prev:
                parts[-1] = parts[-1][:-1]
                last = segments[-1]
                segments[-1] = Segment(last.start, last.end - 1, last.line, last.line_start)
                pos -= 1
                trim_prev = 0
            parts.append(sep)
            pos += len(sep)
        parts.append(text)
        segments.append(Segment(pos, pos + len(text), line, lead))
        pos += len(text)
        prev = line
    return TextMap("".join(parts), tuple(segments))


_ABBREVIATIONS = {
    "f.eks", "bl.a", "ca", "nr", "kl", "jf", "pkt", "mv", "m.v", "osv", "dvs", "ref", "inkl", "evt", "mill",
    "mrd", "kap", "st", "meld", "t.o.m", "f.o.m", "m.m", "ev", "prof", "dr", "adm", "avd", "tlf", "iht", "vedr",
    "e.l", "o.l", "pr", "ift", "mht", "utg", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "okt", "nov", "des", "min", "maks", "etc", "vs", "no", "e.g", "i.e", "fig", "tab", "approx",
}
_SENT_END = re.compile(r"[.!?](?=[\s\"»”)]*\s+[\"«“(]?[A-ZÆØÅ0-9•])|\n|(?<=\s)•")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; never crosses a paragraph break."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group(0) in ".!?" else m.start()
        if m.group(0) == ".":
            before = text[start : m.start()].split()
            token = before[-1].lower().rstrip(".").lstrip("([«\"“") if before else ""  # "(ca." is "ca."
            if token in _ABBREVIATIONS or (len(token) <= 2 and token.isdigit()) or len(token) == 1:
                continue
        _add_span(text, start, end, spans)
        start = m.end() if m.group(0) == "\n" else end
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
