"""How a fact reads on a document page: a human label (Norwegian and English,
from the fact catalogue) and its value as text, a list or a small table.

List and object facts (``risk_areas``, ``levels``, ``minutes.present``, ...)
reach the report as JSON text in the dataset's long ``facts`` table; here
they become a view tree the template draws as nested lists and tables, so
no raw JSON ever sits in a cell. Pure functions over plain values.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable

from extractor import catalogue

MAX_ITEMS = 200  # items of one list shown; the rest are counted


@dataclass(frozen=True)
class Label:
    en: str
    nb: str | None = None  # None: the fact is not in the catalogue
    code: str = ""

    @property
    def known(self) -> bool:
        return self.nb is not None


def humanise(key: str) -> str:
    """``women_share_top_management`` → ``Women share top management``."""
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def fact_label(key: str) -> Label:
    """The catalogue's labels for a fact; a dotted key (``minutes.chair``) gets
    its parent's label followed by the humanised rest."""
    head, _, rest = key.partition(".")
    spec = catalogue.fact(key) or catalogue.fact(head)
    if spec is None:
        return Label(en=humanise(key.replace(".", " · ")), code=key)
    if spec.name == key or not rest:
        return Label(en=spec.label_en, nb=spec.label_nb, code=key)
    tail = humanise(rest.replace(".", " · ")).lower()
    return Label(en=f"{spec.label_en} · {tail}", nb=f"{spec.label_nb} · {tail}", code=key)


def parse_value(value: Any) -> Any:
    """A fact value from the ``facts`` table: JSON lists and objects decoded,
    ``true``/``false`` as booleans, anything else as it is."""
    if isinstance(value, str):
        text = value.strip()
        if text in ("true", "false"):
            return text == "true"
        if text[:1] in "[{" and text[-1:] in "]}":
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                return value
    return value


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def column_rem(n_columns: int) -> int:
    """Least width (rem) of a column of a small table in a fact cell: wide
    enough that a word such as "Advokattjenester" is not broken, narrow enough
    that all columns fit the value column at 1400 px (about 30 rem)."""
    return max(3, min(8, 26 // max(1, n_columns)))


def view(value: Any, fmt: Callable[[Any], str]) -> dict[str, Any]:
    """The view tree of a value: {"kind": "text"|"list"|"table"|"dict", ...}."""
    if isinstance(value, list):
        shown, more = value[:MAX_ITEMS], max(0, len(value) - MAX_ITEMS)
        if shown and all(isinstance(v, dict) for v in shown):
            columns: list[str] = []
            for item in shown:
                columns += [k for k in item if k not in columns]
            rows = [[view(item.get(c), fmt) for c in columns] for item in shown]
            return {"kind": "table", "columns": [humanise(c) for c in columns], "rows": rows, "more": more,
                    "col_rem": column_rem(len(columns))}
        return {"kind": "list", "items": [view(v, fmt) for v in shown], "more": more}
    if isinstance(value, dict):
        return {"kind": "dict", "items": [(humanise(str(k)), view(v, fmt)) for k, v in value.items()
                                          if not is_empty(v)]}
    return {"kind": "text", "text": fmt(value), "empty": is_empty(value)}


@dataclass
class FactRow:
    """One fact of a document page."""

    key: str
    label: Label
    value: dict[str, Any]  # the view tree
    scalar: bool
    proof: dict[str, Any] = field(default_factory=dict)


def split_stated(rows: list[FactRow]) -> tuple[list[FactRow], list[FactRow]]:
    """(facts the document states, facts it leaves empty: null or an empty list)."""
    stated = [r for r in rows if not (r.value["kind"] == "text" and r.value.get("empty"))
              and not (r.value["kind"] in ("list", "table") and not (r.value.get("items") or r.value.get("rows")))
              and not (r.value["kind"] == "dict" and not r.value["items"])]
    return stated, [r for r in rows if r not in stated]
