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
from typing import NamedTuple

from extractor.model import Word

X_TOLERANCE = 3.0   # pdfplumber's DEFAULT_X_TOLERANCE
Y_TOLERANCE = 3.0   # pdfplumber's DEFAULT_Y_TOLERANCE
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


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
    tops = sorted({c.top for c in chars})
    cluster_of: dict[float, int] = {}
    index, last = 0, tops[0]
    for t in tops:
        if t > last + Y_TOLERANCE:
            index += 1
        cluster_of[t] = index
        last = t
    groups: list[list[Char]] = [[] for _ in range(index + 1)]
    for c in chars:
        groups[cluster_of[c.top]].append(c)
    return groups


def _merge(chars: list[Char], bold_of: dict[str, bool]) -> Word:
    text = "".join(_LIGATURES.get(c.text, c.text) for c in chars)
    first = chars[0]
    return Word(
        text=text,
        x0=min(c.x0 for c in chars),
        top=min(c.top for c in chars),
        x1=max(c.x1 for c in chars),
        bottom=max(c.bottom for c in chars),
        fontname=first.fontname,
        size=first.size,
        bold=bold_of[first.fontname],
    )


def chars_to_words(chars: list[Char], bold_of: dict[str, bool]) -> list[Word]:
    """Words of one page from its upright characters in content-stream order.

    ``bold_of`` maps each font name to its weight (the caller decides once per
    font). Words of blank characters only are dropped, as the parser always did.
    """
    words: list[Word] = []
    for _, run in groupby(chars, key=lambda c: (c.fontname, c.size)):
        for line in _cluster_tops(list(run)):
            line.sort(key=lambda c: c.x0)
            current: list[Char] = []
            for c in line:
                if c.text.isspace():
                    if current:
                        words.append(_merge(current, bold_of))
                    current = []
                    continue
                if current:
                    prev = current[-1]
                    if c.x0 < prev.x0 or c.x0 > prev.x1 + X_TOLERANCE or abs(c.top - prev.top) > Y_TOLERANCE:
                        words.append(_merge(current, bold_of))
                        current = []
                current.append(c)
            if current:
                words.append(_merge(current, bold_of))
    return [w for w in words if w.text.strip()]
