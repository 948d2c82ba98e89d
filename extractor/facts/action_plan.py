"""Action plans: measures with priority and status, counted per area.

Measure tables are recognised and read by their header cells ("Tiltak", "Pri",
"Gevinst", "Siste status", "Status"), whatever their order; a table whose
first header cell names an area and whose other header is "Pri." lists the
measures of that area that have not started (when the section says so). The
area of a measure table is the title of its section without "(1 av 2) ...".
Status comes from glyphs (● ◑ ○ ✓), words in nb/nn/en (Fullført, Avslutta,
Pågår, Starta, Ikkje påbyrja, Not started) and progress in per cent; header
labels, status words and deadline words are data in
``extractor/data/rules/action_plan.toml``. A measure's ``due`` is the ISO last
day of its deadline cell's period.
The plan's own overview tables ("● Fullført | 2") become
``plan_status_counts``; a warning is added wherever they disagree with the
counts of the measures found.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from extractor import lexicon, rules
from extractor.extract import temporal
from extractor.facts import action_plan_layout as layout
from extractor.facts.common import Facts, fold, row_evidence, strip_symbols, table_section
from extractor.model import Table

STATUSES = ("completed", "in_progress", "not_started")
RULES = "action_plan"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """The status, column and deadline vocabularies of ``extractor/data/rules/action_plan.toml``, compiled."""
    d = rules.load(RULES).data
    return {
        "status": tuple((re.compile(d["status"][s], re.IGNORECASE), s) for s in ("not_started", "in_progress", "completed")),
        "percent": re.compile(d["status"]["percent"], re.IGNORECASE),
        "columns": tuple((re.compile(p, re.IGNORECASE), name) for name, p in d["columns"].items()),
        "due": {k: re.compile(v, re.IGNORECASE) for k, v in d["due"].items()},
    }


_AREA_SUFFIX = re.compile(
    r"\s*(?:\(\s*\d+\s*(?:av|/)\s*\d+\s*\)|\(forts\.?\)|\s[–-]\s*(?:fortsettelse|tiltak|status|oversikt)\b).*$",
    re.IGNORECASE,
)
_TOTAL_ROW = re.compile(r"^(?:sum|totalt?|i alt)\b", re.IGNORECASE)
_NOT_STARTED_SECTION = re.compile(r"ikke\s+start|ikke\s+påbegynt|not\s+started", re.IGNORECASE)
_PRI_HEADER = re.compile(r"^pri")
_PRIORITY = re.compile(r"\d+")
_COUNT = re.compile(r"^\d+$")


def status_of(text: str) -> str | None:
    """"◑ Pågår" → "in_progress", "80 % gjennomført" → "in_progress", "100 %" → "completed";
    None when the text names no status."""
    d = _data()
    if m := d["percent"].search(text or ""):
        share = float(m.group("n").replace(",", "."))
        return "completed" if share >= 100 else ("not_started" if share == 0 else "in_progress")
    return next((s for pattern, s in d["status"] if pattern.search(text or "")), None)


def due_of(text: str, ref_year: int | None = None) -> str | None:
    """A measure's deadline cell as the ISO last day of its period ("2. tertial 2025" → 2025-08-31,
    "Q2 2026" → 2026-06-30, "våren 2026" → 2026-05-31); None for "løpende" or no date."""
    t = (text or "").strip()
    d = _data()["due"]
    if not t or d["none"].search(t):
        return None
    if m := d["tertial"].search(t):
        month = {"1": 4, "2": 8, "3": 12}[m.group("t") or m.group("u")]
        year = int(m.group("y"))
        return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    seasons = lexicon.seasons()
    if m := re.search(rf"\b({lexicon.alternation(seasons)})\s+(?P<y>(?:19|20)\d\d)\b", t, re.IGNORECASE):
        year, month = int(m.group("y")), seasons[m.group(1).lower()]
        return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    found = temporal.find_temporal(t, ref_year=ref_year)
    if found:
        return max(found, key=lambda x: x.end_date).end_date.isoformat()
    if m := d["year"].search(t):
        return f"{m.group('y')}-12-31"
    return None


def area_of(title: str) -> str:
    """"Miljø (1 av 2) pågående og implementerte tiltak" → "Miljø"."""
    return _AREA_SUFFIX.sub("", title).strip()


def header_map(row: tuple[str, ...]) -> dict[str, int]:
    """Column index per field for a header row; empty when it is not a measure table's header."""
    found: dict[str, int] = {}
    for j, cell in enumerate(row):
        name = next((n for p, n in _data()["columns"] if p.search(fold(cell))), None)
        if name and name not in found:
            found[name] = j
    return found if "title" in found and len(found) >= 2 else {}


def _priority(cell: str) -> int | None:
    """"1" → 1; a priority word ("Høy", "Middels", "Low") → its rank from the data."""
    m = _PRIORITY.search(cell or "")
    if m:
        return int(m.group(0))
    words = rules.load(RULES).data.get("priority_words", {})
    return words.get(fold(cell or "").strip())


def _cell(row: tuple[str, ...], j: int | None) -> str:
    return row[j].strip() if j is not None and j < len(row) else ""


def _continues(table: Table, head: dict[str, int], page: int) -> bool:
    """Is a header-less ``table`` the rest of the measure table with ``head`` on the page before?"""
    return table.page == page + 1 and len(table.rows[0]) == max(head.values()) + 1


def measure_tables(tables: list[Table], seg: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(measures, evidence per measure) from every measure table, in document order."""
    measures: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    previous: tuple[dict[str, int], str, int, str] | None = None  # header, area, page, section area of the last table
    for table in tables:
        if not table.rows:
            continue
        section = table_section(table, seg)
        title = section.title if section else ""
        head = header_map(table.rows[0])
        start = 1
        area = area_of(title)
        default_status = None
        if not head and len(table.rows[0]) == 2 and _PRI_HEADER.match(fold(table.rows[0][1])):
            # "<Area> | Pri." lists: title and priority, the status from the section title
            head = {"title": 0, "priority": 1}
            area = strip_symbols(table.rows[0][0])
            default_status = status_of(title) if _NOT_STARTED_SECTION.search(title) else None
        elif not head and previous and _continues(table, previous[0], previous[2]):
            head, area, start = previous[0], previous[1], 0
        elif head and previous and head == previous[0] and table.page == previous[2] + 1 and area == previous[3]:
            area = previous[1]  # the header repeated on the next page: the same table, the same area
        if not head:
            continue
        section_area = area_of(title)
        for i, row in enumerate(table.rows[start:], start=start):
            filled = [j for j, c in enumerate(row) if c.strip()]
            if len(row) >= 3 and len(filled) == 1 and filled[0] != head.get("title"):
                area = row[filled[0]].strip()  # "A. Styring og ledelse |  |  |": a group row names the area
                continue
            name = strip_symbols(_cell(row, head.get("title")))
            if not name:
                continue
            priority = _priority(_cell(row, head.get("priority")))
            status = status_of(_cell(row, head.get("status"))) if "status" in head else default_status
            if priority is None and status is None and measures and measures[-1]["area"] == area:
                measures[-1]["title"] = f"{measures[-1]['title']} {name}"  # a title broken over two rows
                continue
            measures.append({
                "area": area,
                "title": name,
                "priority": priority,
                "status": status,
                "gains": _cell(row, head.get("gains")) or None,
                "latest_status": _cell(row, head.get("latest_status")) or None,
                "due": due_of(_cell(row, head.get("due"))) if "due" in head else None,
            })
            evidence.append(row_evidence(table, i))
        previous = (head, area, table.page, section_area)
    return measures, evidence


@lru_cache(maxsize=1)
def _list_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = rules.load(RULES).data["list"]
    item = d["item"].replace("{labels}", d["labels"])
    field = d["field"].replace("{labels}", d["labels"])
    return re.compile(item, re.IGNORECASE), re.compile(field, re.IGNORECASE | re.DOTALL)


def list_items(text: str) -> list[tuple[int, str, dict[str, str]]]:
    """(offset, title, {column field: value}) for every labelled list measure in ``text``."""
    item, field = _list_patterns()
    starts = list(item.finditer(text))
    out = []
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        fields: dict[str, str] = {}
        for f in field.finditer(text[m.end():end]):
            name = next((n for p, n in _data()["columns"] if p.search(fold(f.group("label")))), None)
            if name and name not in fields:
                value = f.group("value").strip()
                fields[name] = " ".join((value.split("\n")[0] if name == "status" else value).split())
        if "status" in fields or "due" in fields:
            out.append((m.start("title"), " ".join(m.group("title").split()), fields))
    return out


def measure_lists(seg: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Measures from labelled lists; the area is the last heading above that is not itself a list item."""
    joined, marks, pages = "", [], []
    for section in seg.sections:
        if not re.match(r"[–•▪-]\s", section.title.strip()):
            marks.append((len(joined), area_of(section.title)))
        pages.append((len(joined), section.page_start))
        joined += f"\n{section.title} {section.text}"
    measures, evidence = [], []
    for offset, title, fields in list_items(joined):
        area = next((a for o, a in reversed(marks) if o <= offset), "")
        page = next((p for o, p in reversed(pages) if o <= offset), None)
        measures.append({"area": area, "title": title, "priority": _priority(fields.get("priority", "")) if fields.get("priority") else None,
                         "status": status_of(fields.get("status", "")), "gains": None,
                         "latest_status": fields.get("status"), "due": due_of(fields.get("due", ""))})
        evidence.append({"page": page, "bbox": None, "text": title})
    return measures, evidence


def _column_name(cell: str) -> str | None:
    return next((n for p, n in _data()["columns"] if p.search(cell)), None)


def _area_at(seg: Any) -> Any:
    """area_at(page, top): the title of the last real heading above that point (header rows taken
    for headings by the segmenter are skipped)."""
    heads = sorted(((l.page, l.bbox[1], s.title) for s in seg.sections for l in s.heading_lines[:1]
                    if not layout.header_columns(layout.VisualRow(l.page, l.bbox[1], l.size, l.words), _column_name)
                    and not _column_name(fold(s.title))), key=lambda h: (h[0], h[1]))

    def area_at(page: int, top: float) -> str:
        above = [t for p, y, t in heads if (p, y) < (page, top)]
        return area_of(above[-1]) if above else ""
    return area_at


def measure_layout(seg: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Measures from tables without a grid, read from word positions (:mod:`action_plan_layout`)."""
    measures, evidence = [], []
    for area, cells, row in layout.read_tables(layout.all_lines(seg), _column_name, _area_at(seg)):
        measures.append({"area": area, "title": strip_symbols(cells["title"]),
                         "priority": _priority(cells.get("priority", "")) if cells.get("priority") else None,
                         "status": status_of(cells.get("status", "")), "gains": cells.get("gains"),
                         "latest_status": cells.get("latest_status"), "due": due_of(cells.get("due", ""))})
        box = (min(w.x0 for w in row.words), row.top, max(w.x1 for w in row.words), max(w.bottom for w in row.words))
        evidence.append({"page": row.page, "bbox": [round(v, 2) for v in box], "text": row.text})
    return measures, evidence


def count_statuses(measures: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per area, how many measures are completed, in progress and not started."""
    counts: dict[str, dict[str, int]] = {}
    for m in measures:
        area = counts.setdefault(m["area"], {s: 0 for s in STATUSES})
        if m["status"] in area:
            area[m["status"]] += 1
    return counts


def plan_counts(tables: list[Table], seg: Any) -> tuple[dict[str, dict[str, int]], dict[str, Any]]:
    """The plan's own counts per area, and evidence per area: rows "● Fullført | 2" under an
    area heading, or an overview table with one row per area and one column per status."""
    counts: dict[str, dict[str, int]] = {}
    evidence: dict[str, Any] = {}
    for table in tables:
        if not table.rows:
            continue
        columns = {j: st for j, cell in enumerate(table.rows[0]) if j and (st := status_of(cell))}
        if len(columns) >= 2:  # areas down, statuses across
            for i, row in enumerate(table.rows[1:], start=1):
                if not row or not row[0].strip() or _TOTAL_ROW.match(row[0].strip()):
                    continue
                area = counts.setdefault(area_of(strip_symbols(row[0])), {s: 0 for s in STATUSES})
                for j, st in columns.items():
                    if j < len(row) and _COUNT.match(row[j].strip()):
                        area[st] += int(row[j])
                evidence[area_of(strip_symbols(row[0]))] = row_evidence(table, i)
            continue
        rows = [r for r in table.rows if len(r) == 2 and status_of(r[0]) and _COUNT.match(r[1].strip())]
        if len(rows) < 2:
            continue
        section = table_section(table, seg)
        name = area_of(section.title) if section else f"page {table.page}"
        mine = counts.setdefault(name, {s: 0 for s in STATUSES})
        for r in rows:
            mine[status_of(r[0])] += int(r[1])  # type: ignore[index]
        evidence[name] = row_evidence(table, 0)
    return counts, evidence


def compare_counts(plan: dict[str, dict[str, int]], found: dict[str, dict[str, int]]) -> list[str]:
    """A warning for each area whose stated counts differ from the measures found."""
    warnings: list[str] = []
    for area, stated in plan.items():
        match = max(found, key=lambda a: fuzz.ratio(fold(a), fold(area)), default=None)
        if match is None or fuzz.ratio(fold(match), fold(area)) < 90:
            warnings.append(f"action plan: area {area!r} has counts {stated} but no measures were found")
            continue
        if stated != found[match]:
            warnings.append(f"action plan: area {area!r} states {stated} but its measures give {found[match]}")
    return warnings


def extract(seg: Any, tables: list[Table], info: Any) -> Facts:
    """measures, status_counts (from the measures) and plan_status_counts (as stated)."""
    measures, measure_evidence = measure_tables(tables, seg)
    if not measures:
        measures, measure_evidence = measure_layout(seg)
    if not measures:
        measures, measure_evidence = measure_lists(seg)
    counts = count_statuses(measures)
    plan, plan_evidence = plan_counts(tables, seg)
    facts: dict[str, Any] = {"measures": measures, "status_counts": counts, "plan_status_counts": plan}
    evidence = {f"measures[{k}]": ev for k, ev in enumerate(measure_evidence)}
    evidence.update({f"plan_status_counts[{area}]": ev for area, ev in plan_evidence.items()})
    warnings = compare_counts(plan, counts)
    missing = sum(1 for m in measures if m["status"] is None)
    if missing:
        warnings.append(f"action plan: {missing} measures without a status")
    return Facts(facts=facts, evidence=evidence, warnings=warnings)
