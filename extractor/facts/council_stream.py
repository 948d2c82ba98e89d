"""Council papers as one stream of items: headings, lines and table rows in reading order.

Council papers put the same things in headings, bold run-in text, key/value
boxes and tables, depending on the body's template. The case, attendance and
meeting readers therefore walk one flat stream rather than the section tree:
an :class:`Item` is a heading (a section title), a body line, or a table row
(its cells when the table has ruling lines). Front matter (text before the
first heading) comes first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extractor.facts.common import line_evidence
from extractor.model import Line

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Item:
    index: int
    kind: str  # "heading" | "line" | "row"
    text: str
    cells: tuple[str, ...]  # table cells (a ruled table row), else ()
    bold: bool
    level: int  # heading level; 0 for lines
    page: int
    line: Line | None

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"

    @property
    def whole(self) -> bool:
        """Can the item be a label by itself (a heading, a bold line, a cell)?"""
        return self.kind == "heading" or self.bold

    def evidence(self) -> dict[str, Any]:
        if self.line is not None:
            return line_evidence(self.line)
        return {"page": self.page, "bbox": None, "text": self.text}


def clean(text: str) -> str:
    return _SPACES.sub(" ", text or "").strip()


def _line_item(k: int, line: Line) -> Item:
    text = clean(line.text)
    cells: tuple[str, ...] = ()
    if line.in_table and " | " in line.text:
        cells = tuple(clean(c) for c in line.text.split(" | "))
    return Item(k, "row" if line.in_table else "line", text, cells, bool(line.bold), 0, line.page, line)


def stream(seg: Any) -> list[Item]:
    """Every heading, line and table row of the document, in reading order."""
    items: list[Item] = []
    for line in getattr(seg, "front_lines", None) or ():
        items.append(_line_item(len(items), line))
    for s in seg.sections:
        head = s.heading_lines[0] if s.heading_lines else None
        items.append(Item(len(items), "heading", clean(s.title), (), True, s.level, s.page_start, head))
        for line in s.lines:
            items.append(_line_item(len(items), line))
    return items
