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
    tops = sorted({c[2] for c in chars})
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


def _merge(chars: list[Char], bold_of: dict[str, bool]) -> Word:
    first = chars[0]
    if len(chars) == 1:
        return Word(_LIGATURES.get(first[0], first[0]), first[1], first[2], first[3], first[4],
                    first[5], first[6], bold_of[first[5]])
    text = "".join([c[0] for c in chars])
    if any(lig in text for lig in _LIGATURES):
        text = "".join(_LIGATURES.get(c[0], c[0]) for c in chars)
    # the characters are sorted by x0: the first has the smallest
    return Word(text, first[1], min([c[2] for c in chars]), max([c[3] for c in chars]),
                max([c[4] for c in chars]), first[5], first[6], bold_of[first[5]])


def chars_to_words(chars: list[Char], bold_of: dict[str, bool]) -> list[Word]:
    """Words of one page from its upright characters in content-stream order.

    ``chars`` are :class:`Char` or plain tuples in its field order (the hot
    path makes tuples). ``bold_of`` maps each font name to its weight (the
    caller decides once per font). Words of blank characters only are
    dropped, as the parser always did.
    """
    words: list[Word] = []
    append = words.append
    for _, run in groupby(chars, key=_FONT_AND_SIZE):
        for line in _cluster_tops(list(run)):
            line.sort(key=_X0)
            current: list[Char] = []
            for c in line:
                if c[0].isspace():
                    if current:
                        append(_merge(current, bold_of))
                    current = []
                    continue
                if current:
                    prev = current[-1]
                    if c[1] < prev[1] or c[1] > prev[3] + X_TOLERANCE or abs(c[2] - prev[2]) > Y_TOLERANCE:
                        append(_merge(current, bold_of))
                        current = []
                current.append(c)
            if current:
                append(_merge(current, bold_of))
    return [w for w in words if w.text.strip()]
