"""Characters → words, the way pdfplumber's ``extract_words`` builds them.

A pure function over plain tuples, so that any character source (PDFium's
here) yields the same words as ``pdfplumber.Page.extract_words(
extra_attrs=["fontname", "size"])`` on upright text: characters are taken in
content-stream order in runs of one font and size; each run is clustered into
lines by ``top`` (3 pt tolerance), each line sorted by ``x0``; a word ends at
a blank character, at a gap wider than 3 pt, at a step backwards, or at a jump
of more than 3 pt in ``top``. Ligatures are expanded as pdfplumber does.
"""
from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from extractor.model import Word

X_TOLERANCE = 3.0   # pdfplumber's DEFAULT_X_TOLERANCE
Y_TOLERANCE = 3.0   # pdfplumber's DEFAULT_Y_TOLERANCE
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


_FONT_AND_SIZE = itemgetter(5, 6)
_X0 = itemgetter(1)


class Char(NamedTuple):
    """One character with pdfplumber's box (top-left origin) and font."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fontname: str
    size: float


def _cluster_tops(chars: list[Char]) -> list[list[Char]]:
    """pdfplumber's ``cluster_objects(chars, "top", 3)``: distinct tops chained
    while each is within the tolerance of the previous one; clusters in order
    of their tops, characters within a cluster in their original order."""
    distinct = {c[2] for c in chars}
    if len(distinct) == 1:
        return [chars]  # one baseline: most runs
    tops = sorted(distinct)
    cluster_of: dict[float, int] = {}
    index, last = 0, tops[0]
    for t in tops:
        if t > last + Y_TOLERANCE:
            index += 1
        cluster_of[t] = index
        last = t
    if index == 0:
        return [chars]
    groups: list[list[Char]] = [[] for _ in range(index + 1)]
    for c in chars:
        groups[cluster_of[c[2]]].append(c)
    return groups


def _line_words(line: list[Char], font: str, size: float, bold: bool, out: list[Word]) -> None:
    """The words of one line (its characters sorted by ``x0``), appended to ``out``.

    A word ends before a blank character and where the next character steps
    back, leaves a gap wider than the tolerance or jumps in ``top``; it spans
    its characters' boxes (the first has the smallest ``x0``)."""
    texts = [c[0] for c in line]
    x0s = [c[1] for c in line]
    x1s = [c[3] for c in line]
    tops = [c[2] for c in line]
    level = min(tops) == max(tops)  # one baseline (most lines): no jumps, and top/bottom are shared
    if level:
        cuts = [i for i, x0, prev0, prev1 in zip(range(1, len(line)), x0s[1:], x0s, x1s)
                if x0 < prev0 or x0 > prev1 + X_TOLERANCE]
    else:
        cuts = [i for i, x0, prev0, prev1, top, prev_top in zip(range(1, len(line)), x0s[1:], x0s, x1s, tops[1:], tops)
                if x0 < prev0 or x0 > prev1 + X_TOLERANCE or abs(top - prev_top) > Y_TOLERANCE]
    cuts += [i for i, t in enumerate(texts) if t.isspace()]
    if cuts:
        cuts = sorted(set(cuts))
    bottoms = None if level else [c[4] for c in line]
    top, bottom = line[0][2], line[0][4]
    start = 0
    for end in (*cuts, len(line)):
        if start < end and not texts[start].isspace():
            text = "".join(texts[start:end]) if end - start > 1 else texts[start]
            if not text.isascii() and any(lig in text for lig in _LIGATURES):
                text = "".join(_LIGATURES.get(ch, ch) for ch in texts[start:end])
            if bottoms is not None:
                top, bottom = min(tops[start:end]), max(bottoms[start:end])
            out.append(Word(text, x0s[start], top, max(x1s[start:end]) if end - start > 1 else x1s[start], bottom,
                            font, size, bold))
        start = end
        if start < len(line) and texts[start].isspace():
            start += 1


def chars_to_words(chars: list[Char], bold_of: dict[str, bool]) -> list[Word]:
    """Words of one page from its upright characters in content-stream order.

    ``chars`` are :class:`Char` or plain tuples in its field order (the hot
    path makes tuples). ``bold_of`` maps each font name to its weight (the
    caller decides once per font). Words of blank characters only are
    dropped, as the parser always did.
    """
    words: list[Word] = []
    for (font, size), run in groupby(chars, key=_FONT_AND_SIZE):
        bold = bold_of[font]
        for line in _cluster_tops(list(run)):
            line.sort(key=_X0)
            _line_words(line, font, size, bold, words)
    return [w for w in words if w.text.strip()]
