"""Items that extracted facts decide: a figure the facts stage read is evidence the report gives it.

Each item lists groups of fact names; the item is shown when every name of one group
(or, for a trailing ``*``, any fact with that prefix) has a value. The evidence is the
facts' own (page and sentence or table row).
"""
from __future__ import annotations

from typing import Any, Iterator

# item → alternatives, each a tuple of fact names that must all be present
FACT_ITEMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "gender_balance": (("employees_women", "employees_men"), ("women_share_total",), ("men_share_total",)),
    "pay_by_gender": (("pay_ratio_women_to_men_total",), ("pay_women", "pay_men"), ("levels:pay_ratio_women_to_men",)),
    "part_time_by_gender": (("part_time_employees_women", "part_time_employees_men"),
                            ("part_time_employees_women_share",), ("part_time_employees_men_share",),
                            ("part_time_women_share",)),
    "temporary_by_gender": (("temporary_employees_women", "temporary_employees_men"),
                            ("temporary_employees_women_share",), ("temporary_employees_men_share",),
                            ("temporary_women_share",)),
    "parental_leave_by_gender": (("parental_leave_weeks_women", "parental_leave_weeks_men"),
                                 ("parental_leave_women_share", "parental_leave_men_share")),
    "involuntary_part_time": (("involuntary_part_time_employees",), ("involuntary_part_time_share",)),
}


def _has(facts: dict[str, Any], name: str) -> bool:
    if name.startswith("levels:"):
        field = name.split(":", 1)[1]
        return any(isinstance(l, dict) and l.get(field) is not None for l in facts.get("levels") or [])
    value = facts.get(name)
    return value is not None and not isinstance(value, bool)


def fact_hits(items: tuple[str, ...], facts: dict[str, Any] | None) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(item, fact names) for each item the facts show."""
    facts = facts or {}
    for item in items:
        for group in FACT_ITEMS.get(item, ()):
            if all(_has(facts, name) for name in group):
                yield item, group
                break


def fact_evidence(names: tuple[str, ...], evidence: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The facts' evidence as checklist evidence ({"page", "sentence"}), one entry per distinct sentence."""
    out: list[dict[str, Any]] = []
    for name in names:
        ev = (evidence or {}).get(name.split(":")[-1] if not name.startswith("levels:") else "levels")
        if isinstance(ev, list):
            ev = ev[0] if ev else None
        if not isinstance(ev, dict) or not ev.get("text"):
            continue
        entry = {"page": ev.get("page"), "sentence": " ".join(str(ev["text"]).split())}
        if entry not in out:
            out.append(entry)
    return out
