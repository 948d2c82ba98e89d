"""Equality tables that the table finder does not see, read from plain text lines.

* callouts: "Alle ansatte: 37 % kvinner 63 % menn" (the label maybe on the line
  above) as a one-row table;
* tables set as plain lines: a header of column words ("Kvinner Menn Totalt")
  over rows of a label and as many numbers ("Deltidsansatte 19 4 23");
* key figures: "Kvinneandel totalt: 47 %", a label naming a gender, share or
  pay ratio, a colon and one number, as a one-cell table;
* one-column tables: a header line of a corner and one column that the
  ``vocab`` tables of the rules file name a pay ratio, a pay gap or a women's
  share ("Nivå   Lønnsforhold K/M", "Stillingsgruppe   Kvinneandel (%)"), split
  at its widest gap between words, over rows of a label and one number
  ("Ingeniører 0,99").

Each is yielded as a :class:`~extractor.model.Table` with its section, to be
read cell by cell like any other table.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from extractor.facts.common import NUM
from extractor.facts.table_reader import Vocab
from extractor.model import Line, Section, Table

_GENDERS = r"(?:kvinner|kvinnar|menn|women|men)"
_CALLOUT = re.compile(
    rf"^(?P<label>[^\d|]{{0,60}}?)\s*:?\s*(?P<a>{NUM}\s*%\s*{_GENDERS})\s*\|?\s*"
    rf"(?P<b>{NUM}\s*%\s*{_GENDERS})$",
    re.IGNORECASE,
)
_HEAD_WORDS = frozenset({"kvinner", "menn", "totalt", "sum", "antall", "andel", "kvinnar", "tal", "i alt", "samla",
                         "women", "men", "total", "number", "share", "all"})
_TWO_WORD_HEADS = re.compile(r"\bi alt\b", re.IGNORECASE)
_TEXT_ROW = re.compile(rf"^(?P<label>[^\d|]*[^\d\s|])\s+(?P<values>(?:{NUM})(?:\s*%)?(?:\s+(?:{NUM})(?:\s*%)?)+)$")
_VALUE = re.compile(rf"(?:{NUM})(?:\s*%)?")
_TOKEN_VALUE = re.compile(r"\d+(?:[.,]\d+)?(?:\s*%)?")
_ONE_ROW = re.compile(rf"^(?P<label>[^\d|]*[^\d\s|])\s+(?P<value>(?:{NUM})(?:\s*%)?)$")
_ONE_COLUMN_CLASSES = ("pay_ratio", "ratio", "pay_gap", "women")
# A key figure on a line of its own: "Kvinneandel totalt: 47 %", "Kvinners lønn i prosent av menns: 96,2".
_KEY_VALUE = re.compile(rf"^(?P<label>[^\d:|]{{3,80}}):\s*(?P<value>(?:{NUM})\s*(?:%|prosent|pst\.?|per ?cent|percent)?)$",
                        re.IGNORECASE)
_KEY_CLASSES = ("pay_ratio", "pay_gap", "women", "men")
_MAX_LABEL_WORDS = 6


def callout_tables(seg: Any) -> Iterator[tuple[Table, Section]]:
    """Text lines "Alle ansatte: 37 % kvinner 63 % menn" (label maybe on the line above) as one-row tables."""
    for section in seg.sections:
        prev = None
        for line in section.lines:
            m = None if line.in_table else _CALLOUT.match(line.text.strip())
            if m:
                label = m.group("label").strip()
                if not label and prev is not None and prev.text.strip().endswith(":"):
                    label = prev.text.strip()
                yield Table(line.page, line.bbox, ((label, m.group("a"), m.group("b")),), (line,)), section
            prev = line


def text_tables(seg: Any) -> Iterator[tuple[Table, Section]]:
    """Tables set as plain lines: a header of column words ("Kvinner Menn Totalt") over
    rows of a label and as many numbers ("Deltidsansatte 19 4 23")."""
    for section in seg.sections:
        lines = [l for l in section.lines if not l.in_table]
        for k, head in enumerate(lines):
            words = _TWO_WORD_HEADS.sub("i_alt", head.text).split()
            words = [w.replace("_", " ") for w in words]
            if len(words) < 2 or not all(w.lower() in _HEAD_WORDS for w in words):
                continue
            rows, used = [("", *words)], [head]
            for line in lines[k + 1:]:
                m = _TEXT_ROW.match(line.text.strip())
                values = _values(m.group("values"), len(words)) if m else []
                if not m or len(values) != len(words):
                    break
                rows.append((m.group("label"), *values))
                used.append(line)
            if len(rows) > 1:
                yield Table(head.page, head.bbox, tuple(rows), tuple(used)), section


def _values(text: str, n: int) -> list[str]:
    """The values of a plain-line row: numbers with thousands groups ("1 204 2 046"), or, when that does not
    give one per column, one per space-separated token ("140 160 300")."""
    grouped = _VALUE.findall(text)
    return grouped if len(grouped) == n else _TOKEN_VALUE.findall(text)


def split_header(line: Line) -> tuple[str, str]:
    """(corner, column header) of a two-cell header line, split at the widest gap between its words."""
    words = line.words
    if len(words) < 2 or len(line.offsets) != len(words):
        return "", line.text.strip()
    gaps = [(words[i + 1].bbox[0] - words[i].bbox[2], i) for i in range(len(words) - 1)]
    _, i = max(gaps)
    cut = line.offsets[i + 1][0]
    return line.text[:cut].strip(), line.text[cut:].strip()


def one_column_tables(seg: Any, v: Vocab) -> Iterator[tuple[Table, Section]]:
    """A header line of a corner and one column named by the vocabularies (pay ratio, ratio, pay gap,
    women's share) over two or more rows of a label and one number."""
    for section in seg.sections:
        lines = [l for l in section.lines if not l.in_table]
        for k, head in enumerate(lines):
            text = head.text.strip()
            if not text or _ONE_ROW.match(text) or text.endswith((".", ":")) or len(text.split()) > 10:
                continue
            corner, header = split_header(head)
            if re.search(r"\d", corner) or not any(v.has(name, header) for name in _ONE_COLUMN_CLASSES):
                continue
            rows, used = [(corner, header)], [head]
            for line in lines[k + 1:]:
                m = _ONE_ROW.match(line.text.strip())
                if not m or len(m.group("label").split()) > _MAX_LABEL_WORDS:
                    break
                rows.append((m.group("label"), m.group("value")))
                used.append(line)
            if len(rows) > 2:
                yield Table(head.page, head.bbox, tuple(rows), tuple(used)), section


def key_value_tables(seg: Any, v: Vocab) -> Iterator[tuple[Table, Section]]:
    """Key figures on lines of their own, "<label>: <number>", whose label names a gender, a women's share or
    a pay ratio or gap ("Kvinneandel totalt: 47 %"), as one-cell tables with the label as the row label;
    a target or a change ("Mål for kvinneandel: 40 %") is none."""
    for section in seg.sections:
        for line in section.lines:
            m = None if line.in_table else _KEY_VALUE.match(line.text.strip())
            if not m:
                continue
            label = m.group("label").strip()
            if len(label.split()) > 10 or v.has("change", label) or re.search(r"\b(?:mål|target|innen|innan|by)\b", label,
                                                                            re.IGNORECASE):
                continue
            if any(v.has(name, label) for name in _KEY_CLASSES) or gender_words(label):
                yield Table(line.page, line.bbox, (("", ""), (label, m.group("value"))), (line, line)), section


def gender_words(text: str) -> bool:
    return bool(re.search(r"\b(?:kvinne\w*|kvinnar|menn|women|men)\b", text, re.IGNORECASE))

