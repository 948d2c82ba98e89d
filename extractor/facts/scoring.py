"""How many gold facts the extractor got right: numbers, measures and cases.

:func:`score_facts` compares one document's extracted ``facts`` with its gold
file (``/work/shared/gold/<doc_id>.json``):

* ``metrics_all``: every int/float/bool value in the gold ``equality_metrics``
  and ``transparency_facts`` (extra keys included); a missing key is wrong;
* ``metrics_contract``: the same, only for the keys the output contract names;
* ``measures``: every gold measure, right when an unused extracted measure has
  area + title within :data:`FUZZY_MIN` (rapidfuzz) and equal priority and status;
* ``cases``: every gold case, right when the extracted case with the same number
  has a title within :data:`FUZZY_MIN` and equal type, from and case officer;
* ``minutes_cases`` and ``status_counts``: reported, not part of the totals.

``contract`` and ``all`` sum the groups (``metrics_contract`` or
``metrics_all``, plus ``measures`` and ``cases``).
"""
from __future__ import annotations

import math
import re
from typing import Any

from rapidfuzz import fuzz

FUZZY_MIN = 85.0
NUMERIC_TOLERANCE = 0.011
METRIC_GROUPS = ("equality_metrics", "transparency_facts")
CONTRACT_METRICS = frozenset({
    "employees_total", "women_share_total", "women_share_top_management", "women_share_department_directors",
    "women_share_section_leaders", "pay_ratio_women_to_men_total", "part_time_employees", "temporary_employees",
    "parental_leave_weeks_women", "parental_leave_weeks_men", "sick_leave_women", "sick_leave_men",
    "applicants_women_share", "hires_women_share", "business_partners_total", "business_partners_asked_esg",
    "esg_response_rate", "high_risk_suppliers", "supplier_audits", "violations_found", "employees", "revenue_nok",
})
_CONTRACT_PATTERN = re.compile(r"^pay_ratio_women_to_men_[a-z_]+$")
_SPACES = re.compile(r"\s+")


def is_contract_metric(key: str) -> bool:
    """Is ``key`` a fact name the output contract lists (``pay_ratio_women_to_men_<level>`` included)?"""
    return key in CONTRACT_METRICS or bool(_CONTRACT_PATTERN.match(key))


def values_equal(gold: Any, got: Any) -> bool:
    """Booleans must match exactly; numbers within :data:`NUMERIC_TOLERANCE` (or one part in a million)."""
    if isinstance(gold, bool) or isinstance(got, bool):
        return isinstance(gold, bool) and isinstance(got, bool) and gold == got
    if isinstance(got, (int, float)):
        return math.isclose(float(gold), float(got), rel_tol=1e-6, abs_tol=NUMERIC_TOLERANCE)
    return False


def _norm(text: Any) -> str:
    return _SPACES.sub(" ", str(text or "")).strip().lower()


def _count(right: int, total: int) -> dict[str, int]:
    return {"right": right, "total": total}


def score_metrics(gold: dict[str, Any], facts: dict[str, Any]) -> tuple[dict[str, int], dict[str, int], list[str]]:
    """(all numeric, contract-only, keys got wrong) for the gold metric groups."""
    right_all = total_all = right_c = total_c = 0
    wrong: list[str] = []
    for group in METRIC_GROUPS:
        for key, value in (gold.get(group) or {}).items():
            if not isinstance(value, (int, float, bool)):
                continue
            ok = values_equal(value, facts.get(key))
            total_all += 1
            right_all += ok
            if is_contract_metric(key):
                total_c += 1
                right_c += ok
            if not ok:
                wrong.append(f"{key}: gold {value!r}, got {facts.get(key)!r}")
    return _count(right_all, total_all), _count(right_c, total_c), wrong


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


def score_cases(
    gold: list[dict[str, Any]], got: list[dict[str, Any]], fields: tuple[str, ...]
) -> tuple[dict[str, int], list[str]]:
    """Each gold case: same number, fuzzy title, equal ``fields``."""
    by_number = {_norm(c.get("case")): c for c in got}
    right = 0
    wrong: list[str] = []
    for g in gold:
        c = by_number.get(_norm(g.get("case")))
        if c is None:
            wrong.append(f"case {g.get('case')}: not found")
            continue
        ok = fuzz.ratio(_norm(g.get("title")), _norm(c.get("title"))) >= FUZZY_MIN
        for f in fields:
            if f == "decision":
                ok = ok and fuzz.ratio(_norm(g.get(f)), _norm(c.get(f))) >= FUZZY_MIN
            else:
                ok = ok and _norm(g.get(f)) == _norm(c.get(f))
        right += ok
        if not ok:
            wrong.append(f"case {g.get('case')}: got {({k: c.get(k) for k in ('title', *fields)})}")
    return _count(right, len(gold)), wrong


def score_facts(gold: dict[str, Any], facts: dict[str, Any]) -> dict[str, Any]:
    """Counts right/total per group, the ``contract`` and ``all`` sums, and ``wrong`` (what was missed)."""
    metrics_all, metrics_contract, wrong = score_metrics(gold, facts)
    measures, w = score_measures(gold.get("measures") or [], facts.get("measures") or [])
    wrong += w
    cases, w = score_cases(gold.get("cases") or [], facts.get("cases") or [], ("type", "from", "case_officer"))
    wrong += w
    minutes_gold = (gold.get("minutes") or {}).get("cases") or []
    minutes_got = (facts.get("minutes") or {}).get("cases") or []
    minutes_cases, _ = score_cases(minutes_gold, minutes_got, ("decision",))
    counts_gold = gold.get("status_counts") or {}
    counts_got = {_norm(k): v for k, v in (facts.get("status_counts") or {}).items()}
    status_counts = _count(sum(counts_got.get(_norm(k)) == v for k, v in counts_gold.items()), len(counts_gold))
    result: dict[str, Any] = {
        "metrics_all": metrics_all,
        "metrics_contract": metrics_contract,
        "measures": measures,
        "cases": cases,
        "minutes_cases": minutes_cases,
        "status_counts": status_counts,
    }
    for name, metrics in (("contract", metrics_contract), ("all", metrics_all)):
        groups = (metrics, measures, cases)
        result[name] = _count(sum(g["right"] for g in groups), sum(g["total"] for g in groups))
    result["wrong"] = wrong
    return result


def fraction(counts: dict[str, int]) -> float:
    """right / total (1.0 when there is nothing to get right)."""
    return counts["right"] / counts["total"] if counts["total"] else 1.0
