"""Tables without ruling lines, found from word positions.

Many reports set their tables with no lines at all (columns aligned by
position) or with only a rule under the header, which a ruling-line finder
does not see. This module finds them from the words alone and returns the
project's :class:`~extractor.model.Table` (rows of cell texts, one row line
per row with ``in_table=True``), so that everything downstream reads them like
ruled tables.

The chain, per text column of the page (:func:`regions`):

1. ``cells_of``: each baseline split into cells at gaps wider than about an
   em (a word space is a third of one);
2. data rows: baselines with at least two short figure cells ("2094",
   "62 %", "37 % kvinner"); a run of them, with label continuation lines
   (a wrapped row label) between them, is the table body;
3. columns: the x-ranges of the body's cells merged where they overlap;
4. header rows: the short lines straight above the body whose cells fall in
   those columns (a caption that runs across the columns ends the header);
   stacked header lines that sit tight together are one header row.

Ordinary prose never qualifies: its word gaps are narrower than a cell gap,
so a prose line is one cell, and a long cell is never a figure cell. A list
(bullet or number, then text) has at most one figure cell per row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from extractor.model import Table, Word, union_bbox
from extractor.parse.layout import PageColumns, make_row_line, page_columns, words_to_rows
from extractor.settings import ParseSettings

CELL_GAP_EM = 0.95  # a gap at least this many font sizes wide separates two cells
TIGHT_EM = 0.5  # lines closer than this (of the font size) belong to one row
ROW_GAP_EM = 2.6  # a body row further below the previous one than this starts a new table
MAX_FIGURE_WORDS = 4
MAX_HEADER_WORDS = 9
MAX_HEADER_LINES = 8
MIN_DATA_ROWS = 2
PROSE_WORDS = 5  # a line of running text has at least this many words
LONG_PROSE_WORDS = 7  # ... and most of its lines this many (row labels rarely do)
_DIGIT = re.compile(r"\d")
_FIRST_NUMBER = re.compile(r"^[-–+(]?\d")
_CURRENCY = re.compile(r"^\s*(?:kr\.?|NOK)\s*", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d\*?$")
_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[•▪‣◦–-])$")


@dataclass(frozen=True)
class Cell:
    words: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True)
class Row:
    """One baseline of a region, split into cells (its figures are asked for
    again and again while a table grows: each is computed once)."""

    cells: tuple[Cell, ...]

    @cached_property
    def top(self) -> float:
        return min(w.top for c in self.cells for w in c.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for c in self.cells for w in c.words)

    @cached_property
    def size(self) -> float:
        sizes = [w.size or (w.bottom - w.top) for c in self.cells for w in c.words]
        return max(1.0, sorted(sizes)[len(sizes) // 2])

    @cached_property
    def figures(self) -> int:
        """Figure cells, years not counted (a "2024 | 2023" header is no data row)."""
        return sum(1 for c in self.cells if is_figure(c.text) and not _YEAR.match(c.text))


def is_figure(text: str) -> bool:
    """A short cell that starts with a number ("2094", "62 %", "37 % kvinner", "kr 41 200"), not a list
    mark ("1.") nor a numbered title ("1 Innledning", "Kapittel 2")."""
    words = _CURRENCY.sub("", text).split()
    return (bool(words) and bool(_FIRST_NUMBER.match(words[0])) and len(words) <= MAX_FIGURE_WORDS
            and not _LIST_MARK.match(text.strip()) and not any(w[:1].isupper() for w in words[1:]))


def cells_of(row: list[Word]) -> tuple[Cell, ...]:
    """Words of one baseline (sorted by x) split at gaps about an em wide."""
    cells: list[list[Word]] = [[row[0]]]
    for w in row[1:]:
        prev = cells[-1][-1]
        size = max(w.size, prev.size) or (w.bottom - w.top)
        if w.x0 - prev.x1 >= CELL_GAP_EM * size:
            cells.append([w])
        else:
            cells[-1].append(w)
    return tuple(Cell(tuple(c)) for c in cells)


def regions(words: list[Word], page_width: float, settings: ParseSettings,
            columns: PageColumns | None = None) -> list[list[Word]]:
    """The page's words split at its column gutters (one region for a one-column page);
    ``columns``: :func:`page_columns` of these words, when the caller has them."""
    columns = columns or page_columns(words, page_width, settings)
    chunks, candidates = columns.chunks, columns.gutters
    gutters: list[float] = []
    for k, g in enumerate(candidates):
        lo = gutters[-1] if gutters else float("-inf")
        hi = candidates[k + 1] if k + 1 < len(candidates) else float("inf")
        if _prose_both_sides([c for c in chunks if c.x0 > lo and c.x1 < hi], g):
            gutters.append(g)
    if not gutters:
        return [list(words)] if words else []
    bounds = [float("-inf"), *gutters, float("inf")]
    out: list[list[Word]] = [[] for _ in range(len(bounds) - 1)]
    for w in words:
        cx = (w.x0 + w.x1) / 2
        k = next(i for i in range(len(bounds) - 1) if bounds[i] <= cx < bounds[i + 1])
        out[k].append(w)
    return [r for r in out if r]


def _prose_both_sides(chunks: list, gutter: float) -> bool:
    """A page gutter has running text on both sides, or long lines of it on one side (a table set beside
    a text column); a table's wide column gap has neither."""
    left = sum(1 for c in chunks if c.x1 < gutter and len(c.words) >= PROSE_WORDS)
    right = sum(1 for c in chunks if c.x0 > gutter and len(c.words) >= PROSE_WORDS)
    long_left = sum(1 for c in chunks if c.x1 < gutter and len(c.words) >= LONG_PROSE_WORDS)
    long_right = sum(1 for c in chunks if c.x0 > gutter and len(c.words) >= LONG_PROSE_WORDS)
    return (left >= 3 and right >= 3) or long_left >= 3 or long_right >= 3  # or a table beside running text


def _columns(rows: list[Row]) -> list[tuple[float, float]]:
    """Column x-ranges: the body's cell ranges merged where they overlap."""
    spans = sorted((c.x0, c.x1) for r in rows for c in r.cells)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def _suffix_merged(cols: list[tuple[float, float]], rows: list[Row]) -> list[tuple[float, float]]:
    """A column of single words after a column of figures ("54 % | kvinner") is the figures' suffix: one column."""
    out = list(cols)
    j = 1
    while j < len(out):
        mine, left = _cells_in(out[j], rows), _cells_in(out[j - 1], rows)
        if mine and left and all(len(t.split()) == 1 and not _DIGIT.search(t) for t in mine) \
                and all(is_figure(t) for t in left):
            out[j - 1:j + 1] = [(out[j - 1][0], out[j][1])]
        else:
            j += 1
    return out


def _cells_in(col: tuple[float, float], rows: list[Row]) -> list[str]:
    return [c.text for r in rows for c in r.cells if c.x0 < col[1] and c.x1 > col[0]]


def _overlapping(cell: Cell, cols: list[tuple[float, float]]) -> list[int]:
    hit = [j for j, (a, b) in enumerate(cols) if cell.x0 < b and cell.x1 > a]
    if hit:
        return hit
    left = [j for j, (a, b) in enumerate(cols) if b <= cell.x0]
    right = [j for j, (a, b) in enumerate(cols) if a >= cell.x1]
    if not left or not right:
        return left[-1:] + right[:1]
    d_left, d_right = cell.x0 - cols[left[-1]][1], cols[right[0]][0] - cell.x1
    if abs(d_left - d_right) <= 0.3 * max(d_left, d_right, 1.0):  # centred over the gap: spans both
        return [left[-1], right[0]]
    return [left[-1]] if d_left < d_right else [right[0]]


def _is_header(row: Row, cols: list[tuple[float, float]], body_size: float) -> bool:
    """Short cells that fall in the columns, set no larger than the body; a caption or heading is not a header."""
    if row.size > 1.15 * body_size or (len(row.cells) == 1 and row.cells[0].x0 < cols[0][1]):
        return False
    if row.figures and any(not is_figure(c.text) for c in row.cells[1:]):
        return False
    for c in row.cells:
        if len(c.text.split()) > MAX_HEADER_WORDS or c.x0 < cols[0][0] - 2 * row.size or c.x1 > cols[-1][1] + 2 * row.size:
            return False
        if len(_overlapping(c, cols)) > 2 and len(c.text.split()) > 2:
            return False
    return True


def _continues(row: Row, prev: Row, cols: list[tuple[float, float]]) -> bool:
    """A wrapped line of the row above: no figures, tight below it, in the label column or under a text cell."""
    gap = row.top - prev.bottom
    return not row.figures and gap <= TIGHT_EM * row.size


def _split_at_columns(cell: Cell, cols: list[tuple[float, float]]) -> list[Cell]:
    """A header cell whose words run on past the end of a column ("Menn Kvinner si løn ...", set with a
    narrow gap) split where one word sits over a column and the next starts after that column's end."""
    def over(w: Word) -> set[int]:
        return {j for j, (a, b) in enumerate(cols) if w.x1 > a and w.x0 < b}

    words = cell.words
    parts: list[list[Word]] = [[words[0]]]
    for i, w in enumerate(words[1:], start=1):
        prev = parts[-1][-1]
        mine = over(prev)
        ahead = set().union(*(over(x) for x in words[i:]))
        if mine and all(w.x0 > cols[j][1] for j in mine) and ahead - mine:
            parts.append([w])
        else:
            parts[-1].append(w)
    return [Cell(tuple(p)) for p in parts]


def _label_above(row: Row, prev: Row, after: list[Row]) -> bool:
    """Is ``row`` the first line of a label whose figures stand on the next line, tight below it?"""
    if not after or after[0].figures < 2 or len(row.cells) != 1:
        return False
    gap_up, gap_down = row.top - prev.bottom, after[0].top - row.bottom
    return gap_down <= TIGHT_EM * row.size < gap_up <= ROW_GAP_EM * row.size and row.cells[0].x0 <= after[0].cells[0].x0 + row.size


def _grid(rows: list[list[Row]], cols: list[tuple[float, float]], header: int) -> list[list[list[Word]]]:
    """Logical rows (lists of baselines) → a grid of cell words; header cells spanning columns repeat."""
    grid: list[list[list[Word]]] = []
    for k, group in enumerate(rows):
        cells: list[list[Word]] = [[] for _ in cols]
        for line in group:
            line_cells = [p for c in line.cells for p in _split_at_columns(c, cols)] if k < header else line.cells
            for c in line_cells:
                hit = _overlapping(c, cols)
                targets = hit if k < header else hit[:1]
                for j in targets:
                    cells[j].extend(c.words)
        grid.append(cells)
    return grid


def _table(body: list[list[Row]], header_lines: list[Row], page: int) -> Table | None:
    flat = [r for group in body for r in group]
    data = [next((r for r in g if r.figures >= 2), g[0]) for g in body]
    cols = _suffix_merged(_columns([r for r in flat if r.figures]), data)
    if len(cols) < 2:
        return None
    header: list[list[Row]] = []
    for line in header_lines:  # top to bottom
        if header and line.top - header[-1][-1].bottom <= TIGHT_EM * line.size:
            header[-1].append(line)
        else:
            header.append([line])
    grid = _grid([*header, *body], cols, len(header))
    rows: list[tuple[str, ...]] = []
    lines = []
    for cells in grid:
        line = make_row_line(cells, page)
        if line is None:
            continue
        rows.append(tuple(p.strip() for p in line.text.split(" | ")))
        lines.append(line)
    words = [w for line in lines for w in line.words]
    return Table(page=page, bbox=union_bbox([w.bbox for w in words]), rows=tuple(rows), lines=tuple(lines))


def _tables_in(words: list[Word], page: int, settings: ParseSettings,
               rows: list[list[Word]] | None = None) -> list[Table]:
    if rows is None:
        rows = words_to_rows(words, settings.line_tolerance)
    baselines = [Row(cells_of(r)) for r in rows]
    tables: list[Table] = []
    i = 0
    while i < len(baselines):
        if baselines[i].figures < 2:
            i += 1
            continue
        body: list[list[Row]] = [[baselines[i]]]
        j = i + 1
        pending = False  # the last group is a label's first line waiting for its figures
        while j < len(baselines):
            row, prev = baselines[j], body[-1][-1]
            if row.figures >= 2 and row.top - prev.bottom <= ROW_GAP_EM * row.size:
                if pending:
                    body[-1].append(row)
                    pending = False
                else:
                    body.append([row])
            elif not pending and not row.figures and _label_above(row, prev, baselines[j + 1:j + 2]):
                body.append([row])  # a label's first line set above the line with its figures
                pending = True
            elif not pending and _continues(row, prev, []):
                body[-1].append(row)
            else:
                break
            j += 1
        if pending:
            body.pop()
            j -= 1
        data = [next(r for r in g if r.figures >= 2) for g in body]
        if len(data) >= MIN_DATA_ROWS:
            cols = _columns(data)
            head: list[Row] = []
            k = i - 1
            while k >= 0 and len(head) < MAX_HEADER_LINES:
                row, below = baselines[k], (head[0] if head else body[0][0])
                if row.bottom > below.top or below.top - row.bottom > ROW_GAP_EM * row.size:
                    break
                if not _is_header(row, cols, body[0][0].size):
                    break
                head.insert(0, row)
                k -= 1
            table = _table(body, head, page)
            if table is not None and table.rows:
                tables.append(table)
        i = j
    return tables


def find_unruled_tables(words: list[Word], page: int, page_width: float, settings: ParseSettings,
                        columns: PageColumns | None = None) -> list[Table]:
    """Tables set without ruling lines among ``words`` (the words outside ruled tables) of one page;
    ``columns``: :func:`~extractor.parse.layout.page_columns` of these words, when the caller has them."""
    columns = columns or page_columns(words, page_width, settings)
    parts = regions(words, page_width, settings, columns)
    if len(parts) == 1:  # the words in their own order: their rows are already known
        return _tables_in(parts[0], page, settings, columns.rows)
    tables: list[Table] = []
    for region in parts:
        tables.extend(_tables_in(region, page, settings))
    return tables
