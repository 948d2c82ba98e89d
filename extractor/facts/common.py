"""Shared pieces of the fact extractors: the result type, numbers, sentences, tables.

Every extractor yields :class:`Fact` records (a contract key, its value and the
evidence it came from); :func:`collect` keeps the first value found for each
key, so each module lists its sources from most to least reliable. Evidence is
``{"page": int, "bbox": [x0, top, x1, bottom] | None, "text": str}``: the
sentence or the table row (cells joined by " | ") the value was read from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from extractor.extract.numbers_nb import NUMBER_WORD_PATTERN, parse_number_word
from extractor.model import Line, Section, Table
from extractor.segment import ancestors as segment_ancestors
from extractor.segment import Segmentation, line_section_index, text_maps
from extractor.sentences import Sentence, document_sentences
from extractor.textmap import TextMap

NUM = r"\d{1,3}(?:[\u00a0\u2009\u202f ]\d{3})+(?:,\d+)?(?![\d,])|\d+(?:[.,]\d+)?"
NUMW = rf"(?:{NUM}|{NUMBER_WORD_PATTERN})"
NUMBER = re.compile(rf"(?<![\w.,]){NUM}")
PERCENT = re.compile(rf"(?<![\w.,])(?P<n>{NUM})\s*(?:%|prosent\b)", re.IGNORECASE)
EN_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?"
EN_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
}
EN_NUMW = rf"(?:{EN_NUM}|\b(?:{'|'.join(EN_WORDS)})\b)"
_SLUG_MAP = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ä": "a", "ö": "o", "ü": "u"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DIGIT = re.compile(r"\d")
_YEAR_CELL = re.compile(r"(?:\w+\s+)?(?:19|20)\d\d\*?")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_GROUP_SEP = re.compile(r"[\s\u00a0\u2009\u202f]")
_SOFT_BREAK = re.compile(r"(?<=[a-zæøåA-ZÆØÅ])- (?=[a-zæøå])(?!og\b|eller\b|samt\b|til\b)")
_EDGE_JUNK = re.compile(r"^[\s*:•.–-]+|[\s*:•.–-]+$")
_LEADING_SYMBOLS = re.compile(r"^[^\w\"«(“'\[]+")


@dataclass(frozen=True)
class Fact:
    """One extracted value with the evidence it was read from."""

    key: str
    value: Any
    evidence: dict[str, Any]


@dataclass(frozen=True)
class Facts:
    """What a document says, by contract key, with evidence per key.

    List facts (``cases``, ``measures``, ...) keep one evidence entry per item
    under ``"<key>[<index>]"``.
    """

    facts: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def collect(found: Iterable[Fact], base: dict[str, Any] | None = None, warnings: Iterable[str] = ()) -> Facts:
    """First value per key wins; ``base`` gives the keys that default to None."""
    facts: dict[str, Any] = dict(base or {})
    evidence: dict[str, dict[str, Any]] = {}
    for f in found:
        if f.value is None or (f.key in facts and facts[f.key] is not None):
            continue
        facts[f.key] = f.value
        evidence[f.key] = f.evidence
    return Facts(facts=facts, evidence=evidence, warnings=list(warnings))


def to_number(text: str, lang: str = "nb") -> float | None:
    """Value of ``1 053``, ``7,38``, ``2.5`` or a number word (``ti``); None otherwise.

    With ``lang="en"`` commas group thousands (``1,120``) and words are English (``six``)."""
    t = text.strip()
    if not t:
        return None
    if lang == "en":
        if t[0].isdigit():
            try:
                return float(t.replace(",", ""))
            except ValueError:
                return None
        return float(EN_WORDS[t.lower()]) if t.lower() in EN_WORDS else None
    if t[0].isdigit():
        t = _GROUP_SEP.sub("", t)
        t = t.replace(".", "") if _DOT_THOUSANDS.fullmatch(t) else t.replace(",", ".")
        try:
            return float(t)
        except ValueError:
            return None
    return parse_number_word(t)


def as_int_or_float(value: float | None) -> int | float | None:
    """Counts as int, fractions as float."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def fold(text: str) -> str:
    """Lower-cased label with line-break hyphens healed and edge punctuation gone
    ("Avdelingsdirek- tører:" → "avdelingsdirektører")."""
    return _EDGE_JUNK.sub("", _SOFT_BREAK.sub("", text)).lower().strip()


def slug(text: str) -> str:
    """snake_case ASCII key of a label ("Servitørar og reinhald" → "servitorar_og_reinhald")."""
    return _NON_SLUG.sub("_", fold(text).translate(_SLUG_MAP)).strip("_")


def strip_symbols(text: str) -> str:
    """Drop decorative glyphs before a title ("⚖ Vekting ..." → "Vekting ...")."""
    return _LEADING_SYMBOLS.sub("", text).strip()


def section_maps(seg: Any) -> Iterator[tuple[Section | None, TextMap]]:
    """(section, its TextMap) for the front matter and every section, in order."""
    return text_maps(seg)


def sentences(seg: Any, *, prose_only: bool = True) -> Iterator[Sentence]:
    """Every sentence of the document (:mod:`extractor.sentences`); table rows (" | ") are left out by default."""
    for sent in document_sentences(seg):
        if prose_only and sent.is_table_row:
            continue
        yield sent


def span_evidence(tmap: TextMap, start: int, end: int, text: str, section: Section | None = None) -> dict[str, Any]:
    """Evidence for text[start:end] of ``tmap``, quoting ``text`` (whitespace collapsed)."""
    where = tmap.locate(start, end)
    page = where[0] if where else (section.page_start if section else None)
    return {"page": page, "bbox": [round(v, 2) for v in where[1]] if where else None, "text": " ".join(text.split())}


def line_evidence(line: Line) -> dict[str, Any]:
    """Evidence for a whole line (a table row)."""
    return {"page": line.page, "bbox": [round(v, 2) for v in line.bbox], "text": line.text}


def row_evidence(table: Table, index: int) -> dict[str, Any]:
    """Evidence for row ``index`` of ``table``: its line when known, else the table box."""
    if index < len(table.lines):
        return line_evidence(table.lines[index])
    return {"page": table.page, "bbox": [round(v, 2) for v in table.bbox], "text": " | ".join(table.rows[index])}


def table_section(table: Table, seg: Any) -> Section | None:
    """The section whose body holds the table's rows (else the last section starting on or before its page)."""
    index = seg.line_sections if isinstance(seg, Segmentation) else line_section_index(seg.sections)
    holding = [index[key] for l in table.lines if (key := (l.page, l.bbox, l.text)) in index]
    if holding:
        return seg.sections[min(holding)]
    before = [s for s in seg.sections if s.page_start <= table.page]
    return before[-1] if before else None


def descendants(seg: Any, section: Section) -> list[Section]:
    """Sections nested under ``section`` (by level, in document order)."""
    out: list[Section] = []
    secs = list(seg.sections)
    k = next((i for i, s in enumerate(secs) if s.id == section.id), None)
    if k is None:
        return out
    for s in secs[k + 1:]:
        if s.level <= section.level:
            break
        out.append(s)
    return out


def ancestors(seg: Any, section: Section) -> list[Section]:
    """The chain of sections above ``section``, nearest first."""
    return segment_ancestors(seg.sections, section)


def column_headers(rows: tuple[tuple[str, ...], ...]) -> tuple[int, list[str]]:
    """(number of header rows, a label per column); spanning cells of an upper
    header row cover the empty cells to their right ("Søkere | | Ansatt | ").
    Header rows are the leading rows without data cells (years are labels)."""
    n = 0
    while n < len(rows) and not any(_DIGIT.search(c) and not _YEAR_CELL.fullmatch(c.strip()) for c in rows[n][1:]):
        n += 1
    if n == len(rows):
        return 0, []
    return n, header_labels(rows, n)


def header_labels(rows: tuple[tuple[str, ...], ...], n: int) -> list[str]:
    """A label per column from the first ``n`` rows, upper rows first; a cell of an upper row
    spans the empty cells to its right ("2024 | | 2023 |" over "K | M | K | M")."""
    width = max(len(r) for r in rows)
    labels = [""] * width
    for k, row in enumerate(rows[:n]):
        cells = list(row) + [""] * (width - len(row))
        if k < n - 1:  # spanning row: fill forward
            last = ""
            for j in range(1, width):
                last = cells[j] or last
                cells[j] = last
        for j, c in enumerate(cells):
            if c:
                labels[j] = f"{labels[j]} {c}".strip()
    return labels


def current_columns(headers: list[str]) -> set[int]:
    """Columns to read: all, or only those of the latest year when headers carry years."""
    years = {j: int(m.group(0)) for j, h in enumerate(headers) if (m := _YEAR_IN.search(h))}
    if not years:
        return set(range(len(headers) or 64))
    latest = max(years.values())
    return {j for j in range(len(headers)) if years.get(j, latest) == latest}
