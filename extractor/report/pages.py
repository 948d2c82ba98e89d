"""The report's HTML pages: template contexts built from the dataset's tables
(pure functions), rendered with the Jinja2 templates in ``templates/``
(autoescape on: every text from the documents is escaped)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from extractor.dataset.tables import unit_for
from extractor.report.crops import Region, region
from extractor.report.factview import FactRow, fact_label, parse_value, split_stated, view

# Comparison columns shown in the overview table, when any row has a value.
KEY_FACTS = (
    "employees_total", "employees", "women_share_total", "women_share_top_management",
    "pay_ratio_women_to_men_total", "sick_leave_women", "sick_leave_men", "parental_leave_weeks_women",
    "parental_leave_weeks_men", "business_partners_total", "high_risk_suppliers", "supplier_audits",
    "esg_response_rate", "violations_found", "revenue_nok", "meeting", "cases_total", "measures_total",
    "measures_completed", "measures_in_progress", "measures_not_started",
)
ENTITY_ORDER = ("percentage", "deadline", "risk_sector", "risk_issue", "supplier", "organisation")
WARNING_KINDS = (
    ("failed", "Documents that failed"),
    ("no_text", "Pages without text"),
    ("facts", "Facts the document contradicts"),
    ("pages", "Other page problems"),
    ("dataset", "Figures that differ between documents"),
    ("images", "Source PDFs not found"),
)
_NO_TEXT = re.compile(r"^page (\d+): no text layer$")
_PAGE_NOTE = re.compile(r"^page \d+: ")


@dataclass
class ReportData:
    """The dataset's tables as lists of dicts (columns as in docs/dataset.md)."""

    tables: dict[str, list[dict[str, Any]]]
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc_id → facts_evidence
    dataset_warnings: list[str] = field(default_factory=list)
    base_dirs: list[Path] = field(default_factory=list)  # where relative source paths are looked up

    def rows(self, table: str, doc_id: str) -> list[dict[str, Any]]:
        return [r for r in self.tables.get(table, []) if r.get("doc_id") == doc_id]


@dataclass
class DocImages:
    pdf: Path | None = None
    files: dict[Region, str] = field(default_factory=dict)
    problem: str | None = None


def doc_slugs(doc_ids: Iterable[str]) -> dict[str, str]:
    """A file-name-safe, unique slug per doc_id (``doc/<slug>.html``)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for doc_id in doc_ids:
        base = re.sub(r"[^A-Za-z0-9._-]+", "-", doc_id).strip("-.") or "document"
        slug, n = base, 2
        while slug.casefold() in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug.casefold())
        out[doc_id] = slug
    return out


def format_value(value: Any, unit: str | None = None) -> str:
    """A value as a journalist reads it: ``1 053``, ``7,38 %``, ``yes``."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)) and unit == "year":
        return str(int(value))
    if isinstance(value, (int, float)):
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
        text = text.replace(",", "\u00a0").replace(".", ",")
        return f"{text}\u00a0{unit}" if unit and unit != "count" else text
    return str(value)


def sort_key(value: Any) -> str:
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 2200000000.0 (SQLite REAL) sorts as 2200000000
    return repr(value) if isinstance(value, (int, float)) else str(value or "").casefold()


def label(key: str) -> str:
    return key.replace("_", " ")


def evidence_for(data: ReportData, doc_id: str, key: str) -> dict[str, Any] | None:
    evidence = data.evidence.get(doc_id) or {}
    for k in (key, key.split(".", 1)[0]):
        if isinstance(evidence.get(k), dict):
            return evidence[k]
    return None


def doc_regions(data: ReportData, doc_id: str) -> set[Region]:
    """Every page region of a document that gets an image: entities and fact evidence."""
    found = {region(e.get("page"), [e.get("x0"), e.get("top"), e.get("x1"), e.get("bottom")])
             for e in data.rows("entities", doc_id)}
    found |= {region(ev.get("page"), ev.get("bbox")) for ev in (data.evidence.get(doc_id) or {}).values()
              if isinstance(ev, dict)}
    found.discard(None)
    return found  # type: ignore[return-value]


def _proof(images: DocImages, slug: str, page: Any, bbox: Any, sentence: Any) -> dict[str, Any]:
    """Sentence, page, page link and image of one figure."""
    r = region(page, bbox)
    file = images.files.get(r) if r else None
    link = f"{images.pdf.resolve().as_uri()}#page={page}" if images.pdf and isinstance(page, int) else None
    return {"sentence": sentence or "", "page": page, "pdf_link": link,
            "image": f"../img/{slug}/{file}" if file else None}


def _cell(text: str, value: Any, *, num: bool = False, links: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"text": text, "sort": sort_key(value), "num": num, "links": links or [], "raw": value}


def overview(data: ReportData, slugs: dict[str, str]) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """Header cells and rows of the overview table (one row per organisation and year)."""
    rows = data.tables.get("comparison", [])
    facts = [k for k in KEY_FACTS if any(r.get(k) is not None for r in rows)]
    header = [{"label": name, "key": None, "unit": None, "nb": None, "code": None}
              for name in ("organisation", "year", "documents")]
    labels = [fact_label(k).en for k in facts]
    header += [{"label": fact_label(k).en, "key": k, "unit": unit_for(k), "nb": fact_label(k).nb,
                "code": k if labels.count(fact_label(k).en) > 1 else None} for k in facts]
    body = []
    for r in rows:
        doc_ids = [d for d in (r.get("doc_ids") or "").split(",") if d]
        links = [{"href": f"doc/{slugs[d]}.html", "text": d} for d in doc_ids if d in slugs]
        cells = [_cell(r.get("organisation") or "", r.get("organisation")),
                 _cell("" if r.get("year") is None else str(r["year"]), r.get("year"), num=True),
                 _cell("", r.get("doc_ids"), links=links)]
        cells += [_cell(format_value(r.get(k), unit_for(k)), r.get(k), num=True) for k in facts]
        body.append(cells)
    return header, body


def overview_csv(header: list[dict[str, Any]], rows: list[list[dict[str, Any]]]) -> str:
    """The overview table as CSV (UTF-8 with BOM, formula-safe cells, numbers
    unformatted), fact codes as column names."""
    import csv
    import io

    from extractor.dataset.csvout import cell_text

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([h["key"] or h["label"] for h in header])
    for cells in rows:
        writer.writerow([cell_text(c["raw"]) for c in cells])
    return "\ufeff" + buf.getvalue()


def warning_items(data: ReportData, slugs: dict[str, str], images: dict[str, DocImages]) -> list[dict[str, Any]]:
    """The warning list: failed documents, pages without text, facts in doubt, ..."""
    items: list[dict[str, Any]] = []

    def add(kind: str, doc_id: str | None, message: str) -> None:
        href = f"doc/{slugs[doc_id]}.html" if doc_id in slugs else None
        items.append({"kind": kind, "doc_id": doc_id, "href": href, "message": message})

    for d in data.tables.get("documents", []):
        doc_id = d["doc_id"]
        if d.get("status") == "error":
            add("failed", doc_id, f"{d.get('error_kind') or 'error'}: {d.get('error_message') or ''}".strip())
        lines = [w for w in (d.get("warnings") or "").splitlines() if w.strip()]
        no_text = [m.group(1) for m in map(_NO_TEXT.match, lines) if m]
        if no_text:
            add("no_text", doc_id, f"page{'s' if len(no_text) > 1 else ''} {', '.join(no_text)}: no text layer")
        for w in lines:
            if not _NO_TEXT.match(w):
                add("pages" if _PAGE_NOTE.match(w) else "facts", doc_id, w)
        problem = images.get(doc_id, DocImages()).problem
        if problem:
            add("images", doc_id, problem)
    for w in data.dataset_warnings:
        add("dataset", None, w)
    order = [k for k, _ in WARNING_KINDS]
    return sorted(items, key=lambda i: order.index(i["kind"]))


def grouped_warnings(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"kind": k, "title": t, "entries": [i for i in items if i["kind"] == k]} for k, t in WARNING_KINDS]


def _normalized_text(raw: Any) -> str:
    try:
        norm = json.loads(raw) if isinstance(raw, str) else raw
    except json.JSONDecodeError:
        return str(raw)
    if not isinstance(norm, dict):
        return "" if norm is None else str(norm)
    return "; ".join(f"{k}: {format_value(v)}" for k, v in norm.items() if v not in (None, "", [], {}))


def document_context(data: ReportData, doc: dict[str, Any], slug: str, images: DocImages) -> dict[str, Any]:
    """Everything the page of one document shows."""
    doc_id = doc["doc_id"]
    facts = []
    for f in data.rows("facts", doc_id):
        ev = evidence_for(data, doc_id, f["key"]) or {}
        unit = f.get("unit")
        value = f["value_num"] if f.get("value_num") is not None and unit else parse_value(f.get("value"))
        tree = view(value, lambda v, unit=unit: format_value(v, unit) if not isinstance(v, (list, dict)) else "")
        facts.append(FactRow(f["key"], fact_label(f["key"]), tree, tree["kind"] == "text",
                             _proof(images, slug, ev.get("page", f.get("page")), ev.get("bbox"), ev.get("text"))))
    facts, unstated = split_stated(facts)
    measures = []
    for m in data.rows("measures", doc_id):
        ev = evidence_for(data, doc_id, f"measures[{m['seq'] - 1}]") or {}
        measures.append({**m, **_proof(images, slug, ev.get("page"), ev.get("bbox"), ev.get("text"))})
    cases, seen = [], {"papers": 0, "minutes": 0}
    for c in data.rows("cases", doc_id):
        prefix = "cases" if c.get("part") == "papers" else "minutes.cases"
        ev = evidence_for(data, doc_id, f"{prefix}[{seen.get(c.get('part'), 0)}]") or {}
        seen[c.get("part")] = seen.get(c.get("part"), 0) + 1
        cases.append({**c, **_proof(images, slug, ev.get("page"), ev.get("bbox"), ev.get("text"))})
    groups: dict[str, list[dict[str, Any]]] = {}
    for e in data.rows("entities", doc_id):
        bbox = [e.get("x0"), e.get("top"), e.get("x1"), e.get("bottom")]
        groups.setdefault(e.get("type") or "other", []).append(
            {"text": e.get("text"), "value": e.get("value"), "normalized": _normalized_text(e.get("normalized")),
             **_proof(images, slug, e.get("page"), bbox, e.get("sentence"))})
    types = [t for t in ENTITY_ORDER if t in groups] + sorted(t for t in groups if t not in ENTITY_ORDER)
    warnings = [w for w in (doc.get("warnings") or "").splitlines() if w.strip()]
    return {"doc": doc, "slug": slug, "facts": facts, "unstated": unstated, "measures": measures, "cases": cases,
            "entity_groups": [{"type": t, "label": label(t), "entries": groups[t]} for t in types],
            "sections": [{**s, "indent": _indent(s.get("level"))} for s in data.rows("sections", doc_id)],
            "warnings": warnings,
            "pdf_link": images.pdf.resolve().as_uri() if images.pdf else None, "image_problem": images.problem}


def _indent(level: Any) -> float:
    """Left indent of a section heading in rem (level 1: none)."""
    ok = isinstance(level, int) and not isinstance(level, bool)
    return round((min(max(level, 1), 6) - 1) * 1.2, 1) if ok else 0.0


def environment() -> Any:
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("extractor.report", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["fmt"] = format_value
    return env


def render_site(data: ReportData, charts: list[Any], images: dict[str, DocImages], slugs: dict[str, str], *,
                title: str, on_document: Callable[[str], None] | None = None) -> dict[str, str]:
    """Every page of the report: relative path → HTML."""
    env = environment()
    documents = data.tables.get("documents", [])
    items = warning_items(data, slugs, images)
    header, rows = overview(data, slugs)
    common = {"title": title, "n_warnings": len(items)}
    files = {
        "index.html": env.get_template("index.html").render(
            **common, root="", header=header, rows=rows, charts=charts, documents=documents, slugs=slugs,
            warning_groups=grouped_warnings(items)),
        "overview.csv": overview_csv(header, rows),
        "warnings.html": env.get_template("warnings.html").render(
            **common, root="", warning_groups=grouped_warnings(items)),
    }
    page = env.get_template("document.html")
    for doc in documents:
        slug = slugs[doc["doc_id"]]
        files[f"doc/{slug}.html"] = page.render(
            **common, root="../", **document_context(data, doc, slug, images.get(doc["doc_id"], DocImages())))
        if on_document:
            on_document(doc["doc_id"])
    from extractor.report import meeting  # the meeting page of council papers

    for doc in (d for d in documents if meeting.has_meeting(data, d)):
        slug = slugs[doc["doc_id"]]
        files[f"meeting/{slug}.html"] = env.get_template("meeting.html").render(
            **common, root="../", **meeting.meeting_context(data, doc, slug, images.get(doc["doc_id"], DocImages())))
    return files
