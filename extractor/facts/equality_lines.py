"""Equality tables that the table finder does not see, read from plain text lines.

* callouts: "Alle ansatte: 37 % kvinner 63 % menn" (the label maybe on the line
  above) as a one-row table;
* tables set as plain lines: a header of column words ("Kvinner Menn Totalt")
  over rows of a label and as many numbers ("Deltidsansatte 19 4 23");
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

_CALLOUT = re.compile(
    rf"^(?P<label>[^\d|]{{0,60}}?)\s*:?\s*(?P<a>{NUM}\s*%\s*(?:kvinner|menn))\s*\|?\s*"
    rf"(?P<b>{NUM}\s*%\s*(?:kvinner|menn))$",
    re.IGNORECASE,
)
_HEAD_WORDS = frozenset({"kvinner", "menn", "totalt", "sum", "antall", "andel", "kvinnar", "tal", "i", "alt"})
_TEXT_ROW = re.compile(rf"^(?P<label>[^\d|]*[^\d\s|])\s+(?P<values>(?:{NUM})(?:\s*%)?(?:\s+(?:{NUM})(?:\s*%)?)+)$")
_VALUE = re.compile(rf"(?:{NUM})(?:\s*%)?")
_ONE_ROW = re.compile(rf"^(?P<label>[^\d|]*[^\d\s|])\s+(?P<value>(?:{NUM})(?:\s*%)?)$")
_ONE_COLUMN_CLASSES = ("pay_ratio", "ratio", "pay_gap", "women")
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
            words = head.text.split()
            if len(words) < 2 or not all(w.lower() in _HEAD_WORDS for w in words):
                continue
            rows, used = [("", *words)], [head]
            for line in lines[k + 1:]:
                m = _TEXT_ROW.match(line.text.strip())
                values = _VALUE.findall(m.group("values")) if m else []
                if not m or len(values) != len(words):
                    break
                rows.append((m.group("label"), *values))
                used.append(line)
            if len(rows) > 1:
                yield Table(head.page, head.bbox, tuple(rows), tuple(used)), section


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
