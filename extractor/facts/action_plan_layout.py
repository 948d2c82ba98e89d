"""Measure tables without a grid, read from word positions under their header.

Many plans set the measures table with no ruling lines at all: the table
finder sees no table, and the segmenter may even take the header row ("Nr
Tiltak", "Ansvarlig Frist") for headings. Here every word of a page is put
back on its visual row (same baseline), a row whose words name at least the
title column and two more of the measure-table columns (the ``[columns]``
vocabulary of ``extractor/data/rules/action_plan.toml``) is a header, and the
rows below it, in the same type size, are read cell by cell: each word goes
to the column whose header starts at or left of it. A row without a number
(in a numbered table), or with nothing but a title cell, continues the cells
of the row above (a wrapped cell). The area is the heading just above the
header.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from extractor.facts.common import fold
from extractor.model import Line, Word

ROW_TOLERANCE = 2.0  # points: words whose tops differ less sit on one visual row
SIZE_TOLERANCE = 0.6


@dataclass(frozen=True)
class VisualRow:
    page: int
    top: float
    size: float
    words: tuple[Word, ...]  # left to right

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def visual_rows(lines: list[Line]) -> list[VisualRow]:
    """Every page's words regrouped into rows by baseline, top to bottom."""
    by_page: dict[int, list[tuple[Word, float]]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).extend((w, line.size) for w in line.words)
    rows: list[VisualRow] = []
    for page in sorted(by_page):
        words = sorted(by_page[page], key=lambda ws: (ws[0].top, ws[0].x0))
        current: list[tuple[Word, float]] = []
        for w, size in words:
            if current and abs(w.top - current[0][0].top) > ROW_TOLERANCE:
                rows.append(_row(page, current))
                current = []
            current.append((w, size))
        if current:
            rows.append(_row(page, current))
    return rows


def _row(page: int, items: list[tuple[Word, float]]) -> VisualRow:
    items = sorted(items, key=lambda ws: ws[0].x0)
    return VisualRow(page, min(w.top for w, _ in items), max(s for _, s in items), tuple(w for w, _ in items))


def header_columns(row: VisualRow, name_of: Callable[[str], str | None]) -> list[tuple[str, float]]:
    """(field, x where its column starts) when ``row`` is a measure-table header, else []."""
    found: list[tuple[str, float]] = []
    words = row.words
    k = 0
    while k < len(words):
        for span in (1, 2):  # a word alone ("Ansvarlig", "Frist"), else with the next ("Siste status")
            if k + span > len(words):
                continue
            name = name_of(fold(" ".join(w.text for w in words[k:k + span])))
            if name and name not in {n for n, _ in found}:
                found.append((name, words[k].x0))
                k += span
                break
        else:
            k += 1
    names = {n for n, _ in found}
    return found if "title" in names and len(names) >= 3 else []


def read_tables(lines: list[Line], name_of: Callable[[str], str | None],
                area_at: Callable[[int, float], str]) -> list[tuple[str, dict[str, str], VisualRow]]:
    """(area, {field: cell text}, first visual row) for every measure row under a grid-less header."""
    rows = visual_rows(lines)
    out: list[tuple[str, dict[str, str], VisualRow]] = []
    k = 0
    while k < len(rows):
        columns = header_columns(rows[k], name_of)
        if not columns:
            k += 1
            continue
        head = rows[k]
        area = area_at(head.page, head.top)
        starts = sorted(columns, key=lambda c: c[1])
        k += 1
        while k < len(rows) and rows[k].page == head.page and abs(rows[k].size - head.size) <= SIZE_TOLERANCE:
            row = rows[k]
            if header_columns(row, name_of) or row.words[0].x0 < starts[0][1] - 3:
                break
            cells: dict[str, list[str]] = {}
            for w in row.words:
                field = next((n for n, x in reversed(starts) if x <= w.x0 + 1), starts[0][0])
                cells.setdefault(field, []).append(w.text)
            joined = {f: " ".join(ws) for f, ws in cells.items()}
            numbered = any(n == "number" for n, _ in starts)
            wrapped = not joined.get("number") and (numbered or set(joined) <= {"title"})
            if out and out[-1][2].page == row.page and wrapped:
                prev = out[-1][1]
                for f, text in joined.items():
                    prev[f] = f"{prev.get(f, '')} {text}".strip()
            elif joined.get("title"):
                out.append((area, joined, row))
            k += 1
    return out


def all_lines(seg: Any) -> list[Line]:
    """Every line of the document: front matter, headings and bodies."""
    lines = list(getattr(seg, "front_lines", ()))
    for section in seg.sections:
        lines.extend(section.heading_lines)
        lines.extend(section.lines)
    return lines
