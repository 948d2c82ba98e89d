"""How many gold facts the extractor got right, as ``../shared/gold/GUIDELINES.md`` compares them.

:func:`score_facts` compares one document's output (``facts`` and, for
figures, its ``percentage`` and ``quantity`` entities) with its gold file.
Groups, each ``{"right", "total"}``:

* ``metrics_contract``: gold keys that are fixed fact names of the catalogue
  (:func:`extractor.catalogue.scalar_fixed_facts`), compared with the output's
  fact of the same name (an approximate gold value such as "over 1000" counts
  by its number);
* ``levels``: gold ``women_share_<level>`` and ``pay_ratio_women_to_men_<level>``
  keys, right when some entry of the output's ``levels`` list has that value;
* ``figures``: every other numeric gold key, right when the number is found
  at all: as a fact value (nested ones included) or a percentage or quantity
  entity's value (flags and texts are not figures and are not counted);
* ``metrics_all``: the three above together;
* ``measures``: every gold measure, right when an unused extracted measure has
  area + title within :data:`FUZZY_MIN` (rapidfuzz) and equal priority and status;
* ``cases``: every gold case, right when the extracted case with the same
  number (compared on its digits: ``014/24`` = ``PS 14/24``) has a title within
  :data:`FUZZY_MIN` and equal type, from and case officer;
* ``cases_found`` (by number), ``proposed_decisions``, ``decisions`` (fuzzy
  text, null = null), ``people`` (minutes' present and absent names),
  ``meeting`` (body, meeting, date), ``minutes_cases`` and ``status_counts``.

``contract`` sums ``metrics_contract``, ``measures`` and ``cases``; ``all``
sums ``metrics_all``, ``measures`` and ``cases``.
"""
from __future__ import annotations

import math
import re
from typing import Any, Iterable, Iterator

from rapidfuzz import fuzz

from extractor import catalogue

FUZZY_MIN = 85.0
NUMERIC_TOLERANCE = 0.011
METRIC_GROUPS = ("equality_metrics", "transparency_facts")
LEVEL_KEY = re.compile(r"^(?P<kind>women_share|pay_ratio_women_to_men)_(?P<level>[a-z0-9_]+)$")
LEVEL_FIELDS = {"women_share": "women_share", "pay_ratio_women_to_men": "pay_ratio_women_to_men"}
_SPACES = re.compile(r"\s+")
_ONE_NUMBER = re.compile(r"^\D*?(\d[\d\s\u00a0]*(?:[.,]\d+)?)\D*$")


def contract_metrics() -> frozenset[str]:
    """The fixed, scalar fact names (the catalogue's comparison columns)."""
    return frozenset(catalogue.scalar_fixed_facts())


def is_contract_metric(key: str) -> bool:
    """Is ``key`` a fixed fact name of the contract?"""
    return key in contract_metrics()


def level_key(key: str) -> tuple[str, str] | None:
    """(field in a ``levels`` entry, level slug) for a per-level gold key, else None."""
    if key in contract_metrics():
        return None
    m = LEVEL_KEY.match(key)
    return (LEVEL_FIELDS[m.group("kind")], m.group("level")) if m else None


def gold_number(value: Any) -> float | None:
    """A gold value as a number: numbers as they are, "over 1000" → 1000; flags and texts → None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and (m := _ONE_NUMBER.match(value)) and not re.search(r"\d{4}-\d\d", value):
        return float(re.sub(r"[\s\u00a0]", "", m.group(1)).replace(",", "."))
    return None


def values_equal(gold: Any, got: Any) -> bool:
    """Booleans must match exactly; numbers within :data:`NUMERIC_TOLERANCE` (or one part in a million)."""
    if isinstance(gold, bool) or isinstance(got, bool):
        return isinstance(gold, bool) and isinstance(got, bool) and gold == got
    g = gold_number(gold)
    if g is None or not isinstance(got, (int, float)):
        return False
    return math.isclose(g, float(got), rel_tol=1e-6, abs_tol=NUMERIC_TOLERANCE)


def _norm(text: Any) -> str:
    return _SPACES.sub(" ", str(text or "")).strip().lower()


def _count(right: int, total: int) -> dict[str, int]:
    return {"right": right, "total": total}


def _numbers(value: Any) -> Iterator[float]:
    """Every number inside a fact value (lists and objects walked)."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, float)):
        yield float(value)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _numbers(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _numbers(v)


def found_numbers(facts: dict[str, Any], entities: Iterable[dict[str, Any]] = ()) -> list[float]:
    """The numbers a document's output states: fact values and percentage/quantity entities."""
    out = list(_numbers(facts))
    out += [float(e["value"]) for e in entities
            if e.get("type") in ("percentage", "quantity") and isinstance(e.get("value"), (int, float))
            and not isinstance(e.get("value"), bool)]
    return out


def score_metrics(gold: dict[str, Any], facts: dict[str, Any], entities: Iterable[dict[str, Any]] = ()
                  ) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Counts per metric group (``metrics_contract``, ``levels``, ``figures``, ``metrics_all``) and misses."""
    counts = {g: [0, 0] for g in ("metrics_contract", "levels", "figures")}
    wrong: list[str] = []
    levels = facts.get("levels") or []
    numbers: list[float] | None = None
    for group in METRIC_GROUPS:
        for key, value in (gold.get(group) or {}).items():
            if is_contract_metric(key):
                if gold_number(value) is None and not isinstance(value, bool):
                    continue
                kind, ok = "metrics_contract", values_equal(value, facts.get(key))
                got = facts.get(key)
            elif (lk := level_key(key)) is not None:
                if gold_number(value) is None:
                    continue
                kind = "levels"
                got = [lv.get(lk[0]) for lv in levels if isinstance(lv, dict)]
                ok = any(values_equal(value, v) for v in got if isinstance(v, (int, float)))
            else:
                g = gold_number(value) if not isinstance(value, str) else None
                if g is None:
                    continue
                if numbers is None:
                    numbers = found_numbers(facts, entities)
                kind = "figures"
                got = None
                ok = any(math.isclose(g, n, rel_tol=1e-6, abs_tol=NUMERIC_TOLERANCE) for n in numbers)
            counts[kind][0] += ok
            counts[kind][1] += 1
            if not ok:
                wrong.append(f"{key}: gold {value!r}, got {got!r}" if kind != "figures" else
                             f"{key}: gold figure {value!r} not found")
    out = {k: _count(*v) for k, v in counts.items()}
    out["metrics_all"] = _count(sum(v[0] for v in counts.values()), sum(v[1] for v in counts.values()))
    return out, wrong


def score_measures(gold: list[dict[str, Any]], got: list[dict[str, Any]]) -> tuple[dict[str, int], list[str]]:
    """Each gold measure matched one-to-one to the closest unused extracted one."""
    used: set[int] = set()
    right = 0
    wrong: list[str] = []
    for g in gold:
        want = _norm(f"{g.get('area')} {g.get('title')}")
        best, best_score = None, 0.0
        for k, m in enumerate(got):
            if k in used:
                continue
            score = fuzz.ratio(want, _norm(f"{m.get('area')} {m.get('title')}"))
            if score > best_score:
                best, best_score = k, score
        if best is not None and best_score >= FUZZY_MIN:
            used.add(best)
            m = got[best]
            if m.get("priority") == g.get("priority") and m.get("status") == g.get("status"):
                right += 1
                continue
            wrong.append(f"measure {g.get('title')!r}: got priority {m.get('priority')}, status {m.get('status')}")
        else:
            wrong.append(f"measure {g.get('title')!r}: not found")
    return _count(right, len(gold)), wrong


def case_key(number: Any) -> tuple[int, ...]:
    """A case number compared on its digits: ``014/24``, ``PS 14/24`` and ``Sak 14/2024`` differ
    only in the year's century, so a four-digit year is cut to two."""
    parts = [int(p) for p in re.findall(r"\d+", str(number or ""))]
    return tuple(p % 100 if p >= 1900 else p for p in parts)


def _same_text(a: Any, b: Any) -> bool:
    if not a and not b:
        return True
    return bool(a and b) and fuzz.ratio(_norm(a), _norm(b)) >= FUZZY_MIN


def score_cases(
    gold: list[dict[str, Any]], got: list[dict[str, Any]], fields: tuple[str, ...]
) -> tuple[dict[str, int], list[str]]:
    """Each gold case: same number (by digits), fuzzy title, equal ``fields`` (decisions fuzzy)."""
    by_number = {case_key(c.get("case")): c for c in got}
    right = 0
    wrong: list[str] = []
    for g in gold:
        c = by_number.get(case_key(g.get("case")))
        if c is None:
            wrong.append(f"case {g.get('case')}: not found")
            continue
        ok = fuzz.ratio(_norm(g.get("title")), _norm(c.get("title"))) >= FUZZY_MIN
        for f in fields:
            if f in ("decision", "proposed_decision"):
                ok = ok and _same_text(g.get(f), c.get(f))
            else:
                ok = ok and _norm(g.get(f)) == _norm(c.get(f))
        right += ok
        if not ok:
            wrong.append(f"case {g.get('case')}: got {({k: c.get(k) for k in ('title', *fields)})}")
    return _count(right, len(gold)), wrong


def score_case_field(gold: list[dict[str, Any]], got: list[dict[str, Any]], field: str) -> dict[str, int]:
    """Gold cases whose ``field`` the output has right (by case number; fuzzy text; null = null)."""
    by_number = {case_key(c.get("case")): c for c in got}
    right = sum(1 for g in gold if (c := by_number.get(case_key(g.get("case")))) is not None
                and _same_text(g.get(field), c.get(field)))
    return _count(right, len(gold))


def _names(value: Any) -> list[str]:
    out = []
    for v in value or []:
        name = v.get("name") if isinstance(v, dict) else v
        if name:
            out.append(_norm(name))
    return out


def score_people(gold: dict[str, Any], got: dict[str, Any]) -> dict[str, int]:
    """Names present and absent in the minutes, each matched fuzzily to the same list."""
    right = total = 0
    for key in ("present", "absent"):
        want, have = _names(gold.get(key)), _names(got.get(key))
        total += len(want)
        used: set[int] = set()
        for name in want:
            k = next((i for i, h in enumerate(have) if i not in used and fuzz.ratio(name, h) >= FUZZY_MIN), None)
            if k is not None:
                used.add(k)
                right += 1
    return _count(right, total)


def score_meeting(gold: dict[str, Any], facts: dict[str, Any]) -> dict[str, int]:
    """Body, meeting number and date of the meeting (gold ``meeting``)."""
    got = {"body": facts.get("body"), "meeting": facts.get("meeting"), "date": facts.get("meeting_date")}
    right = total = 0
    for key in ("body", "meeting", "date"):
        if gold.get(key) is None:
            continue
        total += 1
        if key == "meeting":
            right += case_key(gold[key]) == case_key(got[key])
        elif key == "body":
            right += bool(got[key]) and fuzz.partial_ratio(_norm(gold[key]), _norm(got[key])) >= FUZZY_MIN
        else:
            right += gold[key] == got[key]
    return _count(right, total)


def score_facts(gold: dict[str, Any], facts: dict[str, Any],
                entities: Iterable[dict[str, Any]] = ()) -> dict[str, Any]:
    """Counts right/total per group, the ``contract`` and ``all`` sums, and ``wrong`` (what was missed)."""
    metrics, wrong = score_metrics(gold, facts, list(entities))
    measures, w = score_measures(gold.get("measures") or [], facts.get("measures") or [])
    wrong += w
    gold_cases, got_cases = gold.get("cases") or [], facts.get("cases") or []
    cases, w = score_cases(gold_cases, got_cases, ("type", "from", "case_officer"))
    wrong += w
    minutes_gold = gold.get("minutes") or {}
    minutes_got = facts.get("minutes") or {}
    minutes_cases, _ = score_cases(minutes_gold.get("cases") or [], minutes_got.get("cases") or [], ("decision",))
    counts_gold = gold.get("status_counts") or {}
    counts_got = {_norm(k): v for k, v in (facts.get("status_counts") or {}).items()}
    found = {case_key(c.get("case")) for c in got_cases}
    result: dict[str, Any] = {
        **metrics,
        "measures": measures,
        "cases": cases,
        "cases_found": _count(sum(case_key(g.get("case")) in found for g in gold_cases), len(gold_cases)),
        "proposed_decisions": score_case_field(gold_cases, got_cases, "proposed_decision"),
        "decisions": score_case_field(minutes_gold.get("cases") or [], minutes_got.get("cases") or [], "decision"),
        "people": score_people(minutes_gold, minutes_got),
        "meeting": score_meeting(gold.get("meeting") or {}, facts) if gold.get("meeting") else _count(0, 0),
        "minutes_cases": minutes_cases,
        "status_counts": _count(sum(counts_got.get(_norm(k)) == v for k, v in counts_gold.items()), len(counts_gold)),
    }
    for name, group in (("contract", "metrics_contract"), ("all", "metrics_all")):
        groups = (metrics[group], measures, cases)
        result[name] = _count(sum(g["right"] for g in groups), sum(g["total"] for g in groups))
    result["wrong"] = wrong
    return result


def fraction(counts: dict[str, int]) -> float:
    """right / total (1.0 when there is nothing to get right)."""
    return counts["right"] / counts["total"] if counts["total"] else 1.0
