"""The report's charts, made with plotly from the dataset's tables.

Pure functions: each takes the tables (lists of dicts, see docs/dataset.md)
and returns a :class:`Chart` whose ``figure`` is plotly's JSON (``data`` and
``layout``), or ``None`` when the dataset has nothing to show. The pages
embed the JSON and draw it with the one ``plotly.min.js`` of the report.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go
from plotly.colors import qualitative

RISK_SECTORS = (
    "ict_hardware", "ict_services", "cleaning", "legal_services", "promotional_office_supplies", "furniture",
    "facilities", "food", "flowers", "medical_consumables", "medical_equipment", "pharmaceuticals", "textiles",
    "construction", "transport_logistics", "energy", "travel",
)
RISK_ISSUES = (
    "forced_labour", "child_labour", "wages", "working_hours", "freedom_of_association", "health_safety",
    "migrant_workers", "housing", "discrimination_harassment", "conflict_minerals", "social_dumping",
    "corruption", "environment",
)
GENDER_LEVELS = ("total", "top_management", "department_directors", "section_leaders")
_COLORS = qualitative.Plotly
_FONT = {"family": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", "size": 13}


@dataclass(frozen=True)
class Chart:
    id: str  # the div's id: chart-<id>
    title: str
    description: str
    figure: dict[str, Any] | None  # plotly JSON, None when there is no data
    empty: str = "No data in this dataset."


def build_charts(tables: dict[str, list[dict[str, Any]]]) -> list[Chart]:
    """All charts of the overview page, in page order."""
    return [gender_chart(tables), pay_chart(tables), risk_chart(tables, "risk_sector"),
            risk_chart(tables, "risk_issue"), deadline_chart(tables)]


def _figure(fig: go.Figure) -> dict[str, Any]:
    fig.update_layout(template="plotly_white", font=_FONT, margin={"l": 60, "r": 20, "t": 50, "b": 60},
                      legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"})
    return json.loads(fig.to_json())


def row_label(row: dict[str, Any], fallback: str = "") -> str:
    name = row.get("organisation") or fallback or "?"
    return f"{name} ({row['year']})" if row.get("year") is not None else name


def _level_columns(rows: list[dict[str, Any]], prefix: str, first: tuple[str, ...]) -> list[str]:
    found = {k for r in rows for k, v in r.items() if k.startswith(prefix) and isinstance(v, (int, float))
             and not isinstance(v, bool)}
    levels = {k[len(prefix):] for k in found}
    return [prefix + lv for lv in first if lv in levels] + sorted(prefix + lv for lv in levels if lv not in first)


def document_levels(tables: dict[str, list[dict[str, Any]]], field: str) -> dict[str, list[tuple[str, float]]]:
    """doc_id → [(level as printed, value of ``field``)] from each document's ``levels`` list (facts table)."""
    out: dict[str, list[tuple[str, float]]] = {}
    for row in tables.get("facts", []):
        if row.get("key") != "levels" or not row.get("value"):
            continue
        try:
            levels = json.loads(row["value"])
        except (TypeError, ValueError):
            continue
        for entry in levels if isinstance(levels, list) else []:
            value = entry.get(field) if isinstance(entry, dict) else None
            if isinstance(value, (int, float)) and not isinstance(value, bool) and entry.get("level"):
                out.setdefault(row["doc_id"], []).append((str(entry["level"]), float(value)))
    return out


def _level_bars(tables: dict[str, list[dict[str, Any]]], prefix: str, first: tuple[str, ...], field: str,
                y_title: str, reference: float) -> go.Figure | None:
    """Grouped bars: the fixed levels of the comparison table first, then every level as printed in the
    documents' ``levels`` lists (organisations name their levels differently; each shows as printed)."""
    rows = tables.get("comparison", [])
    columns = _level_columns(rows, prefix, first)
    categories = [c[len(prefix):].replace("_", " ") for c in columns]
    series: dict[str, dict[str, float]] = {}
    for r in rows:
        values = {cat: r[c] for cat, c in zip(categories, columns) if isinstance(r.get(c), (int, float))}
        if values:
            series.setdefault(row_label(r), {}).update(values)
    labels = _document_labels(tables)
    for doc_id, levels in document_levels(tables, field).items():
        values = series.setdefault(labels.get(doc_id, doc_id), {})
        for name, value in levels:
            if name not in categories:
                categories.append(name)
            values.setdefault(name, value)
    series = {k: v for k, v in series.items() if v}
    if not series:
        return None
    fig = go.Figure()
    for i, (label, values) in enumerate(series.items()):
        fig.add_trace(go.Bar(name=label, x=categories, y=[values.get(c) for c in categories],
                             marker_color=_COLORS[i % len(_COLORS)],
                             hovertemplate="%{x}: %{y}<extra>%{fullData.name}</extra>"))
    fig.add_hline(y=reference, line_dash="dot", line_color="#555")
    fig.update_layout(barmode="group", yaxis_title=y_title, height=440, showlegend=True)
    return fig


def gender_chart(tables: dict[str, list[dict[str, Any]]]) -> Chart:
    fig = _level_bars(tables, "women_share_", GENDER_LEVELS, "women_share", "women, % of the level", 50)
    if fig is not None:
        fig.update_yaxes(range=[0, 100])
    return Chart("gender", "Gender balance per level",
                 "Share of women per level, one bar per organisation and year: the fixed levels (all "
                 "employees, top management, managers) first, then each level or job category as the "
                 "report prints it; the dotted line is 50 %.", _figure(fig) if fig else None)


def pay_chart(tables: dict[str, list[dict[str, Any]]]) -> Chart:
    fig = _level_bars(tables, "pay_ratio_women_to_men_", ("total",), "pay_ratio_women_to_men",
                      "women's pay, % of men's", 100)
    return Chart("pay", "Pay ratio per level",
                 "Women's pay as a percentage of men's, in total and per level or job category as printed; "
                 "the dotted line is equal pay (100 %).", _figure(fig) if fig else None)


def _document_labels(tables: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    return {d["doc_id"]: row_label(d, d["doc_id"]) for d in tables.get("documents", [])}


def risk_chart(tables: dict[str, list[dict[str, Any]]], entity_type: str) -> Chart:
    """Organisation × code heatmap: how often each risk code is named."""
    known = RISK_SECTORS if entity_type == "risk_sector" else RISK_ISSUES
    labels = _document_labels(tables)
    counts: dict[str, dict[str, int]] = {}
    for e in tables.get("entities", []):
        if e.get("type") == entity_type and e.get("value"):
            row = counts.setdefault(labels.get(e["doc_id"], e["doc_id"]), {})
            row[e["value"]] = row.get(e["value"], 0) + 1
    what = "sectors" if entity_type == "risk_sector" else "issues"
    title = f"Risk {what} named"
    description = (f"How often each document names a risk {what[:-1]} ({entity_type} entities), per "
                   "organisation and year; 0 means not named.")
    if not counts:
        return Chart(f"risk-{what}", title, description, None)
    codes = list(known) + sorted({c for row in counts.values() for c in row} - set(known))
    names = sorted(counts)
    z = [[counts[n].get(c, 0) for c in codes] for n in names]
    fig = go.Figure(go.Heatmap(
        z=z, x=[c.replace("_", " ") for c in codes], y=names, colorscale="Blues", zmin=0,
        text=[[str(v) for v in row] for row in z], texttemplate="%{text}",
        hovertemplate="%{y}<br>%{x}: %{z}<extra></extra>", colorbar={"title": {"text": "mentions"}}))
    fig.update_layout(height=300 + 40 * len(names), xaxis={"tickangle": -40})
    figure = _figure(fig)
    figure["layout"]["margin"]["l"] = 40 + 7 * max(len(n) for n in names)
    figure["layout"]["margin"]["b"] = 150
    return Chart(f"risk-{what}", title, description, figure)


def _normalized(raw: Any) -> dict[str, Any]:
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def deadline_chart(tables: dict[str, list[dict[str, Any]]]) -> Chart:
    """Deadlines on a timeline: a dot at the due date, a line from the start of the period."""
    labels = _document_labels(tables)
    per_row: dict[str, list[tuple[str, str, str]]] = {}
    for e in tables.get("entities", []):
        norm = _normalized(e.get("normalized"))
        due = norm.get("due")
        if e.get("type") != "deadline" or not isinstance(due, str):
            continue
        start = norm.get("start") if isinstance(norm.get("start"), str) else due
        hover = f"{e.get('text') or ''}: {norm.get('what') or ''} ({e['doc_id']}, p. {e.get('page')})"
        per_row.setdefault(labels.get(e["doc_id"], e["doc_id"]), []).append((start, due, hover))
    title, description = "Deadlines", ("Forward-looking dates and periods (deadline entities): a dot at the "
                                       "due date, a line over the period it covers. Hover for the sentence.")
    if not per_row:
        return Chart("deadlines", title, description, None)
    fig = go.Figure()
    for i, name in enumerate(sorted(per_row)):
        items = sorted(per_row[name])
        color = _COLORS[i % len(_COLORS)]
        xs: list[str | None] = []
        for start, due, _ in items:
            if start < due:
                xs += [start, due, None]
        if xs:
            fig.add_trace(go.Scatter(x=xs, y=[None if x is None else name for x in xs], mode="lines",
                                     line={"color": color, "width": 6}, opacity=0.35, legendgroup=name,
                                     showlegend=False, hoverinfo="skip"))
        fig.add_trace(go.Scatter(x=[due for _, due, _ in items], y=[name] * len(items), mode="markers",
                                 name=name, legendgroup=name, marker={"color": color, "size": 11},
                                 text=[h for _, _, h in items], hovertemplate="%{x}<br>%{text}<extra></extra>"))
    fig.update_layout(height=160 + 50 * len(per_row), xaxis={"type": "date", "title": "due"}, showlegend=False)
    figure = _figure(fig)
    figure["layout"]["margin"]["l"] = 40 + 7 * max(len(n) for n in per_row)
    return Chart("deadlines", title, description, figure)
