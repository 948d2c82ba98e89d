"""Characters → words, the way pdfplumber's ``extract_words`` builds them.

Pure functions over plain data, so that any character source (PDFium's
here) yields the same words as ``pdfplumber.Page.extract_words(
extra_attrs=["fontname", "size"])`` on upright text: characters are taken in
content-stream order in runs of one font and size; each run is clustered into
lines by ``top`` (3 pt tolerance), each line sorted by ``x0``; a word ends at
a blank character, at a gap wider than 3 pt, at a step backwards, or at a jump
of more than 3 pt in ``top``. Ligatures are expanded as pdfplumber does.

The characters come as :class:`Segment` s, runs that share font, size, top
and bottom (what one PDF text object gives), so that the common case, a run
on one baseline, is handled a line at a time rather than a character at a
time; :func:`chars_to_words` takes single characters.
"""
from __future__ import annotations

import re
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from extractor.model import Word

X_TOLERANCE = 3.0   # pdfplumber's DEFAULT_X_TOLERANCE
Y_TOLERANCE = 3.0   # pdfplumber's DEFAULT_Y_TOLERANCE
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


_SEGMENT_FONT_AND_SIZE = itemgetter(0, 1)
_BLANK = re.compile(r"\s")
_X0 = itemgetter(1)


class Segment(NamedTuple):
    """Characters in content-stream order sharing font, size, top and bottom,
    as parallel lists of their texts and horizontal extents."""

    fontname: str
    size: float
    top: float
    bottom: float
    texts: list[str]
    x0s: list[float]
    x1s: list[float]


class Char(NamedTuple):
    """One character with pdfplumber's box (top-left origin) and font."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fontname: str
    size: float


def _cluster_tops(run: list[Segment]) -> list[list[Segment]]:
    """pdfplumber's ``cluster_objects(chars, "top", 3)`` over the characters of
    ``run``: distinct tops chained while each is within the tolerance of the
    previous one; clusters in order of their tops, characters within a cluster
    in their original order (a segment's characters share one top)."""
    distinct = {seg.top for seg in run}
    if len(distinct) == 1:
        return [run]  # one baseline
    tops = sorted(distinct)
    cluster_of: dict[float, int] = {}
    index, last = 0, tops[0]
    for t in tops:
        if t > last + Y_TOLERANCE:
            index += 1
        cluster_of[t] = index
        last = t
    if index == 0:
        return [run]
    groups: list[list[Segment]] = [[] for _ in range(index + 1)]
    for seg in run:
        groups[cluster_of[seg.top]].append(seg)
    return groups


def _line_words(texts: list[str], x0s: list[float], x1s: list[float], tops: list[float] | float,
                bottoms: list[float] | float, font: str, size: float, bold: bool, out: list[Word]) -> None:
    """The words of one line, its characters sorted by ``x0`` (parallel lists;
    ``tops``/``bottoms`` one number for a line on one baseline), appended to ``out``.

    A word ends before a blank character and where the next character steps
    back, leaves a gap wider than the tolerance or jumps in ``top``; it spans
    its characters' boxes (the first has the smallest ``x0``)."""
    n = len(texts)
    stepped = isinstance(tops, list)
    if stepped:
        cuts = [i for i, x0, prev0, prev1, top, prev_top in zip(range(1, n), x0s[1:], x0s, x1s, tops[1:], tops)
                if x0 < prev0 or x0 > prev1 + X_TOLERANCE or abs(top - prev_top) > Y_TOLERANCE]
    else:
        cuts = [i for i, x0, prev0, prev1 in zip(range(1, n), x0s[1:], x0s, x1s)
                if x0 < prev0 or x0 > prev1 + X_TOLERANCE]
    joined = "".join(texts)
    single = len(joined) == n  # one character each: a word's text is a slice of the line's
    if single:  # (\s is what str.isspace() calls blank)
        cuts += [m.start() for m in _BLANK.finditer(joined)]
    else:
        cuts += [i for i, t in enumerate(texts) if t.isspace()]
    if cuts:
        cuts = sorted(set(cuts))
    top, bottom = tops, bottoms
    start = 0
    for end in (*cuts, n):
        if start < end and not texts[start].isspace():
            text = joined[start:end] if single else "".join(texts[start:end])
            if not text.isascii() and any(lig in text for lig in _LIGATURES):
                text = "".join(_LIGATURES.get(ch, ch) for ch in texts[start:end])
            if stepped:
                top, bottom = min(tops[start:end]), max(bottoms[start:end])  # type: ignore[index]
            out.append(Word(text, x0s[start], top, max(x1s[start:end]) if end - start > 1 else x1s[start], bottom,
                            font, size, bold))
        start = end
        if start < n and texts[start].isspace():
            start += 1


def _level_line(run: list[Segment], font: str, size: float, bold: bool, out: list[Word]) -> None:
    """The words of segments on one top and bottom (one line)."""
    if len(run) == 1:
        texts, x0s, x1s = run[0].texts, run[0].x0s, run[0].x1s
    else:
        texts = [t for seg in run for t in seg.texts]
        x0s = [x for seg in run for x in seg.x0s]
        x1s = [x for seg in run for x in seg.x1s]
    if x0s != sorted(x0s):  # not yet left to right: a stable sort by x0
        order = sorted(range(len(x0s)), key=x0s.__getitem__)
        texts, x0s, x1s = [texts[i] for i in order], [x0s[i] for i in order], [x1s[i] for i in order]
    _line_words(texts, x0s, x1s, run[0].top, run[0].bottom, font, size, bold, out)


def segments_to_words(segments: list[Segment], bold_of: dict[str, bool]) -> list[Word]:
    """Words of one page from its upright characters in content-stream order.

    ``bold_of`` maps each font name to its weight (the caller decides once
    per font). Words of blank characters only are dropped, as the parser
    always did.
    """
    words: list[Word] = []
    for (font, size), group in groupby(segments, key=_SEGMENT_FONT_AND_SIZE):
        bold = bold_of[font]
        for line in _cluster_tops(list(group)):
            first = line[0]
            if all(seg.top == first.top and seg.bottom == first.bottom for seg in line):
                _level_line(line, font, size, bold, words)
                continue
            chars = [(t, x0, seg.top, x1, seg.bottom) for seg in line for t, x0, x1 in zip(seg.texts, seg.x0s, seg.x1s)]
            chars.sort(key=_X0)
            _line_words([c[0] for c in chars], [c[1] for c in chars], [c[3] for c in chars], [c[2] for c in chars],
                        [c[4] for c in chars], font, size, bold, words)
    return [w for w in words if w.text.strip()]


def chars_to_words(chars: list[Char], bold_of: dict[str, bool]) -> list[Word]:
    """:func:`segments_to_words` of single characters (:class:`Char` or plain
    tuples in its field order)."""
    segments = [Segment(c[5], c[6], c[2], c[4], [c[0]], [c[1]], [c[3]]) for c in chars]
    return segments_to_words(segments, bold_of)
