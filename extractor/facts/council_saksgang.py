"""Saksgang rows of council papers: the same case listed for a body and a meeting date.

"Kommunestyret | 12.12.2024 | 059/24", "45/24 | Formannskapet | 04.06.2024": such a
row names where a case is handled; it never starts a case, and its date is never a
deadline (:func:`extractor.facts.council.document_dates`).
"""
from __future__ import annotations

import re

from extractor.facts import council_rules as cr
from extractor.facts.council_stream import Item, clean

DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
NUMBER_TOKEN = re.compile(r"(?<![\d/.])(?P<num>(?:19|20)\d\d/\d{1,3}|\d{1,3}[a-z]?/(?:\d{2}|(?:19|20)\d\d)|"
                           r"\d{1,3}-(?:19|20)\d\d)(?![\d/]|-\d)")


def saksgang_row(item: Item) -> tuple[str, str, str | None] | None:
    """(body, ISO date, case number or None) of a "Saksgang" row: a body, a meeting date, a number
    ("Kommunestyret | 12.12.2024 | 059/24", "45/24 | Formannskapet | 04.06.2024")."""
    if item.is_heading:
        return None
    d = DATE.search(item.text)
    if not d:
        return None
    first = cr.case_number_at(item.cells[0] if item.cells else item.text)
    if first is not None:  # the number first: the rest must be a body's name and nothing else
        rest = clean(" ".join(item.cells[1:]) if item.cells else first.rest)
        body = clean(DATE.sub("", rest).strip(" |"))
        if not cr.compiled()["body"].fullmatch(body):
            return None
        return body, f"{d['y']}-{int(d['m']):02d}-{int(d['d']):02d}", first.number
    cells = item.cells or (item.text,)
    body = clean(DATE.split(cells[0])[0]) if item.cells else clean(item.text[:d.start()])
    body = clean(NUMBER_TOKEN.sub("", body))
    if not body or not body[:1].isupper() or len(body.split()) > 8 or cr.label_at(body, whole=True) \
            or re.search(r"[,;:]|\.\s", body):
        return None
    rest = item.text[len(cells[0]):] if item.cells else item.text[d.start():]
    num = NUMBER_TOKEN.search(rest) or NUMBER_TOKEN.search(item.text[len(body):])
    if num is None and not item.cells and len(item.text.split()) > len(body.split()) + 2:
        return None
    iso = f"{d['y']}-{int(d['m']):02d}-{int(d['d']):02d}"
    return body, iso, (num.group("num") if num else None)
