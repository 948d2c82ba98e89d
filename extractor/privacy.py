"""Mask Norwegian national identity numbers before anything is written.

Council papers are public but may carry personal data. A fødselsnummer (or
D-/H-number) is 11 digits, optionally written "DDMMYY NNNNN", whose two last
digits are mod-11 check digits. Every valid one is replaced by the same
number of ``*`` so that character offsets (and so page/bbox provenance) stay
as they were. Names of officials and members are kept as printed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractor.model import Line, Page, ParsedDocument, Table

MASK = "*"
_CANDIDATE = re.compile(r"(?<![\d.,])(\d{6})([ \u00a0]?)(\d{5})(?![\d,]|\.\d)")
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


def mask_text(text: str) -> str:
    """``text`` with every identity number replaced by ``*`` (same length)."""
    if not any(c.isdigit() for c in text):
        return text

    def repl(m: re.Match[str]) -> str:
        whole = m.group(0)
        return re.sub(r"\d", MASK, whole) if is_fodselsnummer(whole) else whole

    return _CANDIDATE.sub(repl, text)


def _mask_line(line: Line) -> Line:
    masked = mask_text(line.text)
    return line if masked == line.text else replace(line, text=masked)


def _mask_table(table: Table) -> Table:
    rows = tuple(tuple(mask_text(c) for c in row) for row in table.rows)
    return replace(table, rows=rows, lines=tuple(_mask_line(l) for l in table.lines))


def mask_document(document: ParsedDocument) -> ParsedDocument:
    """A copy of the document whose lines and tables carry no identity numbers."""
    pages: list[Page] = []
    for page in document.pages:
        pages.append(replace(page, lines=tuple(_mask_line(l) for l in page.lines),
                             tables=tuple(_mask_table(t) for t in page.tables)))
    metadata = {k: mask_text(v) for k, v in document.metadata.items()}
    return replace(document, pages=tuple(pages), metadata=metadata)
