"""Words → lines in reading order, with one, two or three text columns.

Pure functions over :class:`~extractor.model.Word` lists. The chain is
``words_to_chunks`` (words on one baseline, split at wide gaps) →
``chunks_to_gutters`` (empty vertical strips that separate columns) →
``chunks_to_bands`` (full-width chunks cut the page into bands) →
``order_lines`` (each band read column by column).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import accumulate
from operator import attrgetter

from extractor.model import Line, Word
from extractor.parse.text import normalise_word
from extractor.settings import DEFAULT_LINE_TOLERANCE, ParseSettings

CELL_SEPARATOR = " | "
_RUN_OF_ONES = re.compile(b"\x01+")


@dataclass(frozen=True)
class Chunk:
    """Words on one baseline with no wide gap between them."""

    words: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)


_X0 = attrgetter("x0")


def _row_key(w: Word) -> tuple[float, float]:
    return (round(w.top, 1), w.x0)


def words_to_rows(words: list[Word], tol: float) -> list[list[Word]]:
    """Group words into rows sharing a baseline, each row sorted left to right: in order of
    (top to 0.1 pt, x0), a word joins the current row when its top or its bottom is within
    ``tol`` of the row's first word's."""
    rows: list[list[Word]] = []
    row: list[Word] = []
    top = bottom = 0.0  # of the row's first word
    for w in sorted(words, key=_row_key):
        if row and (abs(top - w.top) <= tol or abs(bottom - w.bottom) <= tol):
            row.append(w)
        else:
            row = [w]
            rows.append(row)
            top, bottom = w.top, w.bottom
    return [sorted(r, key=_X0) for r in rows]


def words_to_chunks(words: list[Word], settings: ParseSettings) -> list[Chunk]:
    """Split each row wherever the gap between words is at least a gutter wide."""
    return rows_to_chunks(words_to_rows(words, settings.line_tolerance), settings)


def rows_to_chunks(rows: list[list[Word]], settings: ParseSettings) -> list[Chunk]:
    """:func:`words_to_chunks` of the rows :func:`words_to_rows` made."""
    chunks: list[Chunk] = []
    min_gutter = settings.min_gutter
    for row in rows:
        current = [row[0]]
        for w in row[1:]:
            gap = w.x0 - current[-1].x1
            if gap >= max(min_gutter, 1.2 * max(w.size, current[-1].size)):
                chunks.append(Chunk(tuple(current)))
                current = [w]
            else:
                current.append(w)
        chunks.append(Chunk(tuple(current)))
    return chunks


@dataclass(frozen=True)
class PageColumns:
    """The first steps of reading a list of words, which the unruled-table
    finder and :func:`order_lines` share when they read the same words."""

    rows: list[list[Word]]
    chunks: list[Chunk]
    gutters: list[float]  # candidate gutters (:func:`chunks_to_gutters`)


def page_columns(words: list[Word], page_width: float, settings: ParseSettings) -> PageColumns:
    """Rows, chunks and gutter candidates of ``words`` (read-only: shared by their readers)."""
    rows = words_to_rows(words, settings.line_tolerance)
    chunks = rows_to_chunks(rows, settings) if words else []
    return PageColumns(rows, chunks, chunks_to_gutters(chunks, page_width, settings))


def chunks_to_gutters(chunks: list[Chunk], page_width: float, settings: ParseSettings) -> list[float]:
    """x positions of the column gutters (empty for a one-column page).

    A gutter is a vertical strip at least ``min_gutter`` wide, away from the
    margins, that few chunks cross and that has text on both sides at many
    baselines.
    """
    if settings.max_columns < 2 or len(chunks) < 6:
        return []
    extents = [(c.x0, c.x1) for c in chunks]  # Chunk.x1 is computed: once per chunk
    left = min(x0 for x0, _ in extents)
    right = max(x1 for _, x1 in extents)
    width = right - left
    if width <= 0:
        return []
    step = 1.0
    n = int(width / step) + 1
    starts = [0] * (n + 1)  # how many chunks start covering each step, less those that stop
    for x0, x1 in extents:
        a, b = int((x0 - left) / step), min(n, int((x1 - left) / step) + 1)
        if a < b:
            starts[a] += 1
            starts[b] -= 1
    cover = list(accumulate(starts[:n]))
    max_cross = max(1, len(chunks) // 12)
    # maximal runs of steps that few chunks cross, as (start, end) step indices
    runs = [m.span() for m in _RUN_OF_ONES.finditer(bytes([k <= max_cross for k in cover]))]
    candidates = []
    for a, b in runs:
        x_a, x_b = left + a * step, left + b * step
        if x_b - x_a < settings.min_gutter:
            continue
        mid = (x_a + x_b) / 2
        if not (left + 0.15 * width < mid < right - 0.15 * width):
            continue
        lefts = [c for c, (_, x1) in zip(chunks, extents) if x1 <= x_a + step]
        rights = [c for c, (x0, _) in zip(chunks, extents) if x0 >= x_b - step]
        if len(lefts) < 3 or len(rights) < 3:
            continue
        # Text on both sides at many baselines: a real column layout.
        right_tops = sorted(c.top for c in rights)
        paired = sum(1 for c in lefts if _near_any(c.top, right_tops, 4.0))
        if paired < 3 or paired < 0.25 * min(len(lefts), len(rights)):
            continue
        # Prose columns are filled up to the gutter; short items with a wide gap
        # (names and titles, keys and values) are read row by row instead.
        col_left = min(c.x0 for c in lefts)
        if x_b - x_a > 0.6 * (x_a - col_left):
            continue
        candidates.append((x_b - x_a, mid))
    candidates.sort(reverse=True)
    return sorted(mid for _, mid in candidates[: settings.max_columns - 1])


def _parts(columns: PageColumns) -> tuple[list[list[Word]], list[Chunk], list[float]]:
    return columns.rows, columns.chunks, columns.gutters


def _near_any(value: float, sorted_values: list[float], tol: float) -> bool:
    import bisect

    i = bisect.bisect_left(sorted_values, value - tol)
    return i < len(sorted_values) and sorted_values[i] <= value + tol


def column_of(chunk: Chunk | Block, gutters: list[float]) -> int | None:
    """Column index of a chunk, or None when it crosses a gutter (full width)."""
    for g in gutters:
        if chunk.x0 < g < chunk.x1:
            return None
    return sum(1 for g in gutters if chunk.x0 >= g)


@dataclass(frozen=True)
class Block:
    """Lines that are placed as one unit in reading order (a table's rows)."""

    bbox: tuple[float, float, float, float]
    lines: tuple[Line, ...]

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def top(self) -> float:
        return self.bbox[1]


def order_chunks(chunks: list[Chunk | Block], gutters: list[float]) -> list[tuple[int, Chunk | Block]]:
    """(column, item) in reading order: full-width items cut the page into
    bands; inside a band each column is read top to bottom, left to right."""
    ordered: list[tuple[int, Chunk | Block]] = []
    band: list[tuple[int, Chunk | Block]] = []

    def flush() -> None:
        band.sort(key=lambda cc: (cc[0], cc[1].top, cc[1].x0))
        ordered.extend(band)
        band.clear()

    for c in sorted(chunks, key=lambda c: (c.top, c.x0)):
        col = column_of(c, gutters)
        if col is None:
            flush()
            ordered.append((0, c))
        else:
            band.append((col, c))
    flush()
    return ordered


def _dominant(words: tuple[Word, ...]) -> tuple[float, bool, str]:
    first = words[0]
    if all(w.size == first.size and w.bold == first.bold and w.fontname == first.fontname for w in words):
        return round(first.size * 2) / 2, first.bold, first.fontname  # one style (most lines)
    weights: Counter[tuple[float, bool, str]] = Counter()
    for w in words:
        weights[(round(w.size * 2) / 2, w.bold, w.fontname)] += max(1, len(w.text))
    (size, bold, font), _ = weights.most_common(1)[0]
    return size, bold, font


def _join_words(words: list[Word], *, start: int = 0, line_start: bool) -> tuple[str, list[tuple[int, int]], list[Word]]:
    """Normalised words joined by spaces, each word's (start, end) from ``start``,
    and the words kept (glyph junk that normalises to nothing is dropped)."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    kept: list[Word] = []
    pos = start
    for w in words:
        text = normalise_word(w.text, first_in_line=line_start and not kept)
        if not text:
            continue
        if kept:
            pos += 1
        parts.append(text)
        offsets.append((pos, pos + len(text)))
        kept.append(w)
        pos += len(text)
    return " ".join(parts), offsets, kept


def _line_from(text: str, words: list[Word], offsets: list[tuple[int, int]], page: int, *, column: int = 0,
               in_table: bool = False) -> Line:
    size, bold, font = _dominant(tuple(words))
    bbox = (min([w.x0 for w in words]), min([w.top for w in words]), max([w.x1 for w in words]),
            max([w.bottom for w in words]))  # union_bbox of the words' boxes
    return Line(text=text, page=page, bbox=bbox, words=tuple(words),
                offsets=tuple(offsets), size=size, bold=bold, fontname=font, column=column, in_table=in_table)


def make_line(words: list[Word] | tuple[Word, ...], page: int, *, column: int = 0, in_table: bool = False) -> Line:
    """Build a :class:`Line` from words of one baseline, with word offsets."""
    text, offsets, kept = _join_words(sorted(words, key=_X0), line_start=True)
    if not kept:
        kept, offsets = list(words)[:1], [(0, 0)]
    return _line_from(text, kept, offsets, page, column=column, in_table=in_table)


def order_lines(
    words: list[Word],
    page: int,
    page_width: float,
    settings: ParseSettings,
    blocks: tuple[Block, ...] = (),
    columns: PageColumns | None = None,
) -> list[Line]:
    """Lines of a page in reading order (columns detected from word geometry).

    ``blocks`` (tables) keep their own lines and are placed where they stand,
    so table text is never woven into the prose beside it. ``columns``:
    :func:`page_columns` of these same words, when the caller has them.
    """
    rows, chunks, gutters = _parts(columns or page_columns(words, page_width, settings))
    if not gutters:
        # One column: a row is one line even where words stand far apart.
        items: list[tuple[float, list[Line]]] = [(row[0].top, [make_line(row, page)]) for row in rows]
        items += [(b.top, list(b.lines)) for b in blocks]
        items.sort(key=lambda it: it[0])
        return [line for _, group in items for line in group if line.text.strip()]
    lines: list[Line] = []
    for col, item in order_chunks([*chunks, *blocks], gutters):
        if isinstance(item, Block):
            lines.extend(replace(l, column=col) for l in item.lines)
            continue
        line = make_line(item.words, page, column=col)
        if line.text.strip():
            lines.append(line)
    return _merge_same_row(lines)


def make_row_line(cells: list[list[Word]], page: int) -> Line | None:
    """One table row as a line: cell texts joined by " | ", words kept for bboxes."""
    texts: list[str] = []
    offsets: list[tuple[int, int]] = []
    words: list[Word] = []
    pos = 0
    for cell in cells:
        cell_words = [w for row in words_to_rows(cell, DEFAULT_LINE_TOLERANCE) for w in row]
        text, cell_offsets, kept = _join_words(cell_words, start=pos, line_start=False)
        texts.append(text)
        offsets += cell_offsets
        words += kept
        pos += len(text) + len(CELL_SEPARATOR)
    if not words:
        return None
    return _line_from(CELL_SEPARATOR.join(texts), words, offsets, page, in_table=True)


def _merge_same_row(lines: list[Line]) -> list[Line]:
    """Join consecutive chunks of one row and column (a wide gap inside a column)."""
    merged: list[Line] = []
    for line in lines:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.column == line.column
            and not prev.in_table
            and not line.in_table
            and abs(prev.bbox[1] - line.bbox[1]) <= 3
            and line.bbox[0] > prev.bbox[2]
        ):
            merged[-1] = make_line(prev.words + line.words, line.page, column=line.column)
        else:
            merged.append(line)
    return merged
