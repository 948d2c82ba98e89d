"""Equality figures about the staff that are not job levels.

* age groups ("Under 30 år", "30–39", "50+", "Alder 60 og over", "<30") as row
  labels or column headers: counts and shares by gender as ``age_<group>_<gender>``
  facts ("age_under_30_women", "age_50_plus_men_share"), the group's head count as
  ``age_<group>_total``;
* attributes of the staff ("Gjennomsnittsalder", "Ansiennitet", "Gjennomsnittlig
  stillingsprosent") by the ``vocab.attributes`` table of the rules file:
  ``<attribute>_<gender>`` ("average_age_women").

A table broken down by age is not a table of levels, and its rows never enter the
``levels`` list.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from extractor.facts.common import Fact, fold
from extractor.facts.table_reader import CellRead, Vocab, gender_of

_AGE_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_AGE_UNDER = re.compile(r"under|yngre|younger|below|less than|<|≤|^u\.")
_AGE_PLUS = re.compile(r"\d\s*\+|\d\s*(?:år\s*)?(?:og|and|or) (?:over|eldre|oppover|older|above|more)|plus")
_AGE_OVER = re.compile(r"over|above|eldre|older|more than|>|≥")


def age_key(label: str) -> str:
    """An age group as a fact-name part: "Under 30 år" → "under_30", "30–39" → "30_39", "50+" / "60 og eldre"
    → "50_plus" / "60_plus", "Over 60 år" → "over_60"."""
    t = fold(label)
    nums = _AGE_NUMBER.findall(t) or ["0"]
    if _AGE_UNDER.search(t):
        return f"under_{nums[0]}"
    if _AGE_PLUS.search(t):
        return f"{nums[0]}_plus"
    if _AGE_OVER.search(t):
        return f"over_{nums[0]}"
    return "_".join(nums[:2])


def age_facts(group: str, c: CellRead, ev: dict[str, Any]) -> Iterator[Fact]:
    """Figures of one age group (a row label or a column header): counts and shares by gender, or the
    group's head count; an age group is not a job level."""
    stem = f"age_{age_key(group)}"
    if c.gender:
        if c.pct is not None:
            yield Fact(f"{stem}_{c.gender}_share", c.pct, ev)
        if c.number is not None and c.unit != "%":
            yield Fact(f"{stem}_{c.gender}", c.number, ev)
    elif c.pct is not None:
        yield Fact(f"{stem}_share", c.pct, ev)
    elif c.number is not None and c.unit in (None, "count"):
        yield Fact(f"{stem}_total", c.number, ev)


def age_group(c: CellRead, v: Vocab) -> str | None:
    """The age group a cell is about: its row label, or its column header when the row is a gender."""
    if c.label and v.has("age", c.label):
        return c.label
    if c.header and v.has("age", c.header) and (not c.label or gender_of(c.label, v)):
        return c.header
    return None


def attribute(c: CellRead, v: Vocab) -> str | None:
    """The staff attribute a cell gives (average age, seniority, position size), by row label or by column
    header when the row is a gender; None for other cells."""
    texts = [c.label] + ([c.header] if c.label and gender_of(c.label, v) else [])
    return next((name for t in texts if t for name, p in v.attributes.items() if p.search(t.strip())), None)


def is_staff_figure(c: CellRead, v: Vocab) -> bool:
    """Is the cell about an age group or an attribute of the staff?"""
    return bool(age_group(c, v) or attribute(c, v))


def staff_facts(c: CellRead, ev: dict[str, Any], v: Vocab) -> Iterator[Fact]:
    """The facts of a cell about an age group or an attribute of the staff."""
    group = age_group(c, v)
    if group:
        yield from age_facts(group, c, ev)
        return
    name = attribute(c, v)
    value = c.pct if c.pct is not None else c.number
    if name and c.gender and value is not None:
        yield Fact(f"{name}_{c.gender}", value, ev)
