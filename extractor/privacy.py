"""Mask Norwegian national identity numbers before anything is written.

Council papers are public but may carry personal data. A fødselsnummer (or
D-/H-number) is 11 digits whose two last digits are mod-11 check digits. It
is written in many ways: ``01019012345``, ``010190 12345``, ``170370-12823``,
glued to a label (``Fnr.28105513552``, ``nr,31129917043``), followed by a
comma or full stop, or split over two lines. Every valid one is replaced by
the same number of ``*`` (the separators stay) so that character offsets, and
so page/bbox provenance, stay as they were. Ordinary 11-digit numbers whose
check digits do not add up (amounts, case numbers) are kept. Names of
officials and members are kept as printed.

The masking runs on the parsed document (lines are masked together, so a
number split over a line break is found), again on every record before it is
written (paths, messages, metadata), and on page images in the report
(:func:`identity_spans` gives the character spans to paint over).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Sequence

from extractor.model import Line, Page, ParsedDocument, Table

MASK = "*"
_BREAK = r"(?:[ \t\u00a0]*\n[ \t\u00a0]*)?"  # a line break inside the number
_DASH = "-\u2010\u2011\u2012\u2013"
# Between the birth date (6 digits) and the personal number (5): nothing, a
# space, a dash (with spaces), and/or a line break.
_SEP = rf"(?:[ \u00a0]?(?:[{_DASH}][ \u00a0]?)?(?:\n[ \t\u00a0]*)?)"
_CANDIDATE = re.compile(
    r"(?<!\d)(?<!\d[.,])"  # not the tail of a longer number or a decimal
    + r"\d" + (_BREAK + r"\d") * 5 + _SEP + r"\d" + (_BREAK + r"\d") * 4
    + r"(?!\d|[.,]\d)"  # a comma or full stop after it is punctuation, not a decimal
)
_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _check(digits: list[int], weights: tuple[int, ...]) -> int | None:
    k = 11 - sum(d * w for d, w in zip(digits, weights)) % 11
    if k == 11:
        return 0
    return None if k == 10 else k


def is_fodselsnummer(number: str) -> bool:
    """True for 11 digits with valid check digits and a plausible birth date."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 11:
        return False
    day = digits[0] * 10 + digits[1]
    month = digits[2] * 10 + digits[3]
    day = day - 40 if day > 40 else day  # D-number
    month = month - 40 if month > 40 else month  # H-number
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return _check(digits[:9], _W1) == digits[9] and _check(digits[:10], _W2) == digits[10]


def identity_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character spans of every identity number in ``text``
    (from its first digit to its last, separators included)."""
    if sum(map(str.isdigit, text)) < 11:  # (map: no Python frame per character)
        return []
    return [m.span() for m in _CANDIDATE.finditer(text) if is_fodselsnummer(m.group(0))]


def mask_text(text: str) -> str:
    """``text`` with the digits of every identity number replaced by ``*`` (same length)."""
    spans = identity_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isdigit():
                chars[i] = MASK
    return "".join(chars)


def mask_record(value: Any) -> Any:
    """A copy of a JSON-like value with every string masked (keys included):
    the last check before a record is written."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {mask_text(k) if isinstance(k, str) else k: mask_record(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_record(v) for v in value]
    return value


def _with_text(line: Line, text: str) -> Line:
    if text == line.text:
        return line
    words = tuple(
        replace(w, text=text[s:e]) if len(w.text) == e - s and text[s:e] != w.text else w
        for w, (s, e) in zip(line.words, line.offsets)
    )
    return replace(line, text=text, words=words + line.words[len(words):])


def mask_lines(lines: Sequence[Line]) -> tuple[Line, ...]:
    """Mask a run of consecutive lines together, so that a number split over a
    line break is found; each line keeps its length."""
    joined = "\n".join(l.text for l in lines)
    masked = mask_text(joined)
    if masked == joined:
        return tuple(lines)
    out: list[Line] = []
    pos = 0
    for line in lines:
        out.append(_with_text(line, masked[pos:pos + len(line.text)]))
        pos += len(line.text) + 1
    return tuple(out)


def _mask_table(table: Table) -> Table:
    rows = tuple(tuple(mask_text(c) for c in row) for row in table.rows)
    return replace(table, rows=rows, lines=mask_lines(table.lines))


def mask_document(document: ParsedDocument) -> ParsedDocument:
    """A copy of the document whose lines, tables and metadata carry no identity numbers."""
    pages: list[Page] = []
    for page in document.pages:
        pages.append(replace(page, lines=mask_lines(page.lines),
                             tables=tuple(_mask_table(t) for t in page.tables)))
    metadata = {k: mask_text(v) for k, v in document.metadata.items()}
    return replace(document, pages=tuple(pages), metadata=metadata)

