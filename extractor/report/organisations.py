"""The report's legal-checklist matrix (organisations × items, on the index page) and
one page per organisation with its years side by side: facts, checklist with evidence,
risk areas and what changed from one year to the next (the ``changes`` table).

Pure functions from :class:`~extractor.report.pages.ReportData` to template contexts,
rendered by :func:`render_pages` with the templates ``checklist_matrix.html`` and
``organisation.html``.
"""
from __future__ import annotations

import re
from typing import Any

from extractor.checklist.items import EQUALITY_ITEMS, TRANSPARENCY_ITEMS
from extractor.dataset.changes import organisation_years
from extractor.dataset.tables import unit_for
from extractor.report.pages import KEY_FACTS, ReportData, format_value, label

SKIP = frozenset({"id", "organisation", "year", "year_source", "doc_types", "doc_ids"})


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "org"


def organisation_groups(data: ReportData) -> list[list[dict[str, Any]]]:
    """Comparison rows per organisation (spellings matched across years), each by year;
    an organisation with one year only is a group of one."""
    rows = data.tables.get("comparison", [])
    multi = organisation_years(rows)
    placed = {id(r) for g in multi for r in g}
    singles = [[r] for r in rows if id(r) not in placed and r.get("organisation")]
    groups = multi + singles
    return sorted(groups, key=lambda g: (g[-1].get("organisation") or "").casefold())


def org_slugs(groups: list[list[dict[str, Any]]]) -> dict[int, str]:
    """Group index → unique file-name slug (``org/<slug>.html``)."""
    out: dict[int, str] = {}
    used: set[str] = set()
    for k, g in enumerate(groups):
        base = _slug(g[-1].get("organisation") or f"org-{k}")
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        out[k] = slug
    return out


def _checklist_by_doc(data: ReportData) -> dict[str, dict[str, dict[str, Any]]]:
    """doc_id → item → {"status", "evidence": [{"page", "sentence"}]}."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in data.tables.get("checklist", []):
        entry = out.setdefault(r["doc_id"], {}).setdefault(r["item"], {"status": r["status"], "evidence": []})
        if r["status"] == "present":
            entry["status"] = "present"
        if r.get("sentence"):
            entry["evidence"].append({"page": r.get("page"), "sentence": r["sentence"], "source": r.get("source")})
    return out


def _row_checklist(row: dict[str, Any], by_doc: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """item → status and evidence over the row's documents (with the document of each)."""
    out: dict[str, dict[str, Any]] = {}
    for doc_id in [d for d in (row.get("doc_ids") or "").split(",") if d]:
        for item, e in by_doc.get(doc_id, {}).items():
            cell = out.setdefault(item, {"status": e["status"], "evidence": [], "doc_id": doc_id})
            if e["status"] == "present":
                cell["status"] = "present"
            cell["evidence"].extend({**ev, "doc_id": doc_id} for ev in e["evidence"])
    return out


def matrix(data: ReportData, groups: list[list[dict[str, Any]]], slugs: dict[int, str]) -> dict[str, Any]:
    """Organisations × items: one row per organisation and year that has a checklist."""
    by_doc = _checklist_by_doc(data)
    rows = []
    asked: set[str] = set()
    for k, group in enumerate(groups):
        for row in group:
            cells = _row_checklist(row, by_doc)
            if not cells:
                continue
            asked |= set(cells)
            rows.append({"organisation": row.get("organisation"), "year": row.get("year"), "cells": cells,
                         "href": f"org/{slugs[k]}.html", "anchor": f"y{row.get('year')}",
                         "coverage": row.get("checklist_coverage")})
    items = [i for i in TRANSPARENCY_ITEMS + EQUALITY_ITEMS if i in asked]
    return {"items": [{"key": i, "label": label(i)} for i in items], "rows": rows}


def organisation_context(data: ReportData, group: list[dict[str, Any]], doc_slugs: dict[str, str]) -> dict[str, Any]:
    """One organisation's page: years side by side."""
    by_doc = _checklist_by_doc(data)
    records = {d["doc_id"]: d for d in data.tables.get("documents", [])}
    years = [r.get("year") for r in group]
    names = [c for c in (group[0].keys() if group else []) if c not in SKIP]
    facts = []
    for name in names:
        values = [r.get(name) for r in group]
        if all(v is None for v in values):
            continue
        unit = unit_for(name) if name not in ("checklist_coverage", "checklist_items_asked") else None
        facts.append({"key": name, "label": label(name), "key_fact": name in KEY_FACTS,
                      "values": [format_value(v, unit) for v in values]})
    checklists = [_row_checklist(r, by_doc) for r in group]
    items = [i for i in TRANSPARENCY_ITEMS + EQUALITY_ITEMS if any(i in c for c in checklists)]
    checklist_rows = [{"key": i, "label": label(i), "cells": [c.get(i) for c in checklists]} for i in items]
    documents = [[{"doc_id": d, "href": f"../doc/{doc_slugs[d]}.html" if d in doc_slugs else None,
                   "doc_type": (records.get(d) or {}).get("doc_type")}
                  for d in (r.get("doc_ids") or "").split(",") if d] for r in group]
    changes = [c for c in data.tables.get("changes", [])
               if c.get("organisation") == group[-1].get("organisation") and c.get("year") in years]
    areas = [_areas(data, r) for r in group]
    return {"organisation": group[-1].get("organisation"), "years": years, "documents": documents,
            "facts": facts, "checklist_rows": checklist_rows, "changes": changes, "risk_areas": areas,
            "doc_slugs": doc_slugs}


def _areas(data: ReportData, row: dict[str, Any]) -> list[str]:
    """Risk areas of a row's documents, from the entities table (codes)."""
    doc_ids = {d for d in (row.get("doc_ids") or "").split(",") if d}
    return sorted({str(e.get("value")) for e in data.tables.get("entities", [])
                   if e.get("doc_id") in doc_ids and e.get("type") in ("risk_sector", "risk_issue") and e.get("value")})


def render_pages(env: Any, data: ReportData, doc_slugs: dict[str, str], common: dict[str, Any]
                 ) -> tuple[dict[str, Any], dict[str, str]]:
    """The matrix context for the index page, and the organisation pages (path → HTML)."""
    groups = organisation_groups(data)
    slugs = org_slugs(groups)
    page = env.get_template("organisation.html")
    files = {f"org/{slugs[k]}.html": page.render(**common, root="../", **organisation_context(data, g, doc_slugs))
             for k, g in enumerate(groups)}
    context = matrix(data, groups, slugs)
    context["organisations"] = [{"name": g[-1].get("organisation"), "href": f"org/{slugs[k]}.html",
                                 "years": [r.get("year") for r in g]} for k, g in enumerate(groups)]
    return context, files
