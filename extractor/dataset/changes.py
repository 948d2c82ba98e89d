"""Change from year to year: for every organisation the dataset holds for several years,
what changed between one year and the next it has.

Three kinds of rows in the ``changes`` table, all between consecutive years of one
organisation (rows of the comparison with the same organisation key):

* ``fact``: a comparison column (a fact, the checklist coverage) whose value differs,
  appears or disappears; ``difference`` is this year minus the previous for numbers;
* ``risk_area``: a risk area (the risk-sector and risk-issue codes the entities found,
  else the facts' largest risk areas) that was added or dropped;
* ``checklist``: a checklist item whose status changed (added: now present; dropped:
  no longer present).
"""
from __future__ import annotations

from typing import Any, Iterable

from rapidfuzz import fuzz

from extractor import lexicon
from extractor.dataset.checklist import item_statuses
from extractor.dataset.compare import Comparison, org_key
from extractor.dataset.tables import Column, TableData, content_records

SKIP_COLUMNS = frozenset({"id", "organisation", "year", "year_source", "doc_types", "doc_ids", "checklist_items_asked"})
RISK_KINDS = ("risk_sector", "risk_issue")

COLUMNS = [
    Column("organisation", "text", "Organisation (its name in the comparison)"),
    Column("kind", "text", "fact, risk_area or checklist"),
    Column("fact", "text", "Comparison column, risk area, or checklist item"),
    Column("previous_year", "int", "The earlier year"),
    Column("previous_value", "text", "Value in the earlier year (null: not stated)"),
    Column("year", "int", "The later year"),
    Column("value", "text", "Value in the later year (null: not stated)"),
    Column("difference", "real", "value - previous_value, for numbers"),
    Column("change", "text", "up, down, changed, added or dropped"),
]


def risk_areas(docs: Iterable[dict[str, Any]]) -> set[str]:
    """Risk areas of documents: entity codes when there are any, else the facts' largest areas."""
    docs = list(docs)
    codes = {str(e.get("value")) for d in docs for e in d.get("entities") or []
             if isinstance(e, dict) and e.get("type") in RISK_KINDS and e.get("value")}
    if codes:
        return codes
    return {str(a) for d in docs for a in (d.get("facts") or {}).get("largest_risk_areas") or [] if a}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return format(value, "f").rstrip("0").rstrip(".")
    return str(value)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def fact_changes(prev: dict[str, Any], this: dict[str, Any]) -> list[tuple[str, Any, Any, float | None, str]]:
    """(column, previous value, value, difference, change) for each comparison column that changed."""
    out = []
    for name, now in this.items():
        if name in SKIP_COLUMNS:
            continue
        before = prev.get(name)
        if before == now or (before is None and now is None):
            continue
        a, b = _number(before), _number(now)
        if before is None:
            change, diff = "added", None
        elif now is None:
            change, diff = "dropped", None
        elif a is not None and b is not None:
            diff = round(b - a, 6)
            change = "up" if diff > 0 else "down"
        else:
            change, diff = "changed", None
        out.append((name, before, now, diff, change))
    return out


SAME_ORG_MIN = 95.0  # token-set similarity of two names (legal forms dropped) for the same organisation


def _name_tokens(name: str | None) -> str:
    key = org_key(lexicon_strip(name or "")) or ""
    return key


def lexicon_strip(name: str) -> str:
    """The name without its legal form ("Lysheim Nett AS" → "Lysheim Nett")."""
    import re

    return re.sub(lexicon.legal_form_pattern(), " ", name).strip()


def same_organisation(a: str | None, b: str | None) -> bool:
    """Two spellings of one organisation: equal keys, or (legal forms dropped) the words of
    one, at least two of them, all among the other's ("HR Lysheim Nett" / "Lysheim Nett AS")."""
    ka, kb = org_key(a), org_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ta, tb = _name_tokens(a), _name_tokens(b)
    if min(len(ta.split()), len(tb.split())) < 2:
        return False
    return fuzz.token_set_ratio(ta, tb) >= SAME_ORG_MIN


def organisation_years(rows: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Comparison rows grouped by organisation (names matched by :func:`same_organisation`,
    never two rows of the same year in one group), each group by year."""
    groups: list[list[dict[str, Any]]] = []
    for row in sorted(rows, key=lambda r: (r.get("year") or 0, r.get("id") or "")):
        if not isinstance(row.get("year"), int) or not org_key(row.get("organisation")):
            continue
        home = next((g for g in groups if all(r["year"] != row["year"] for r in g)
                     and any(same_organisation(r["organisation"], row["organisation"]) for r in g)), None)
        if home is None:
            groups.append([row])
        else:
            home.append(row)
    return [sorted(g, key=lambda r: r["year"]) for g in groups if len(g) > 1]


def changes_table(records: list[dict[str, Any]], comparison: Comparison) -> TableData:
    rows_by_org = {str(k): g for k, g in enumerate(organisation_years(comparison.table.dicts()))}
    by_id = {r["doc_id"]: r for r in content_records(records)}
    out: list[tuple[Any, ...]] = []
    for key in rows_by_org:
        years = rows_by_org[key]
        name = years[-1]["organisation"]  # the latest spelling
        for prev, this in zip(years, years[1:]):
            y0, y1 = prev["year"], this["year"]
            for col, before, now, diff, change in fact_changes(prev, this):
                out.append((name, "fact", col, y0, _text(before), y1, _text(now), diff, change))
            docs0 = [by_id[d] for d in (prev.get("doc_ids") or "").split(",") if d in by_id]
            docs1 = [by_id[d] for d in (this.get("doc_ids") or "").split(",") if d in by_id]
            areas0, areas1 = risk_areas(docs0), risk_areas(docs1)
            for area in sorted(areas1 - areas0):
                out.append((name, "risk_area", area, y0, None, y1, area, None, "added"))
            for area in sorted(areas0 - areas1):
                out.append((name, "risk_area", area, y0, area, y1, None, None, "dropped"))
            items0, items1 = item_statuses(docs0), item_statuses(docs1)
            for item in sorted(set(items0) | set(items1)):
                a, b = items0.get(item), items1.get(item)
                if a == b:
                    continue
                change = "added" if b == "present" else "dropped" if a == "present" else "changed"
                out.append((name, "checklist", item, y0, a, y1, b, None, change))
    return TableData("changes", "Change from one year to the next, per organisation", list(COLUMNS), out,
                     primary_key=("organisation", "kind", "fact", "year"), indexes=(("organisation",), ("kind",)))


# --------------------------------------------------------------------------- extractor compare --years

def load_changes(source: Any) -> TableData:
    """The changes table of a folder of per-document JSON (built on the fly) or of a data.sqlite."""
    from pathlib import Path

    from extractor.dataset import build_dataset, load_records, read_table  # the package imports this module

    source = Path(source)
    if source.is_dir():
        records, _ = load_records(source)
        return build_dataset(records).tables["changes"]
    return read_table(source, "changes")


def changes_view(table: TableData, organisations: Iterable[str]) -> Any:
    """The changes of the organisations as a terminal table, one line per change."""
    from rich.table import Table as RichTable

    wanted = list(organisations)
    out = RichTable(title="extractor: change from year to year", show_lines=False)
    for col in ("organisation", "kind", "fact", "previous", "now", "difference", "change"):
        out.add_column(col, justify="right" if col == "difference" else "left", overflow="fold")
    for r in table.dicts():
        if wanted and not any(same_organisation(r["organisation"], w) for w in wanted):
            continue
        diff = "" if r["difference"] is None else f"{r['difference']:+g}"
        out.add_row(r["organisation"], r["kind"], r["fact"], f"{r['previous_year']}: {r['previous_value'] or '–'}",
                    f"{r['year']}: {r['value'] or '–'}", diff, r["change"])
    return out
