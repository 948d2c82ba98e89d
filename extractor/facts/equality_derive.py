"""What follows from the equality figures found: the ``levels`` list and the fixed facts a report implies.

* ``levels``: per-level figures (``level|<printed name>|<field>`` facts) as one
  entry per level or job category as printed, with the women's share from the
  men's share or the two counts, and the pay ratio from two amounts, where the
  report gives only those;
* fixed facts from others: a total from women and men ("13 kvinner og 110
  menn" → 123), the pay ratio from a gap ("lønnsgap 8 %" → 92, "0,5 % i menns
  favør" → 99.5), from a ratio printed as a fraction ("0,96 av menns" → 96) or
  from two amounts, part-time and temporary totals from the
  counts by gender, the share of women among applicants and hires from counts,
  the top-management and managers shares from the levels.

Every derived value keeps the evidence of the figure it was derived from, with
``derived`` saying how.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from extractor.facts.common import Facts, as_int_or_float

LevelOf = Callable[[str], "str | None"]
LEVEL_FIELDS = ("women", "men", "women_share", "pay_ratio_women_to_men")
_YEAR_AFTER = re.compile(r"^\s*%?\s*(?:prosent|pst\.?)?\s*(?:i|in|for|per|pr\.?)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def other_year(text: str, value: Any, report_year: int | None) -> bool:
    """Is ``value`` in ``text`` followed by another year than the report's ("44 % i 2022")?"""
    if not report_year or not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    forms = {f"{value:g}", f"{value:g}".replace(".", ",")}
    for form in forms:
        for m in re.finditer(rf"(?<![\d,.]){re.escape(form)}(?![\d])", text):
            after = _YEAR_AFTER.match(text[m.end():])
            if after:
                return int(after.group(1)) != report_year
    return False


def ratio_percent(value: float) -> float:
    """Women's pay as % of men's from a ratio as printed: a fraction ("0,96", "1,02") is × 100; an index
    (men = 100) or a per cent is kept."""
    return round(100.0 * value, 2) if 0.3 <= value <= 2.0 else value


def _ratio(a: float, b: float) -> float:
    return round(100.0 * a / b, 1)


def _same_level(a: str, b: str) -> bool:
    """One level printed twice ("Konsernledelse", "Konsernledelsen:")."""
    x, y = sorted((a.lower().rstrip(" :*"), b.lower().rstrip(" :*")), key=len)
    return x == y or (len(x) >= 5 and y.startswith(x) and len(y) - len(x) <= 2)


def levels_list(facts: Facts, level_of: LevelOf) -> Facts:
    """``level|<name>|<field>`` facts → the ``levels`` list (one entry per printed level, first-found order)."""
    raw: dict[str, dict[str, Any]] = {}
    first_ev: dict[str, dict[str, Any]] = {}
    out: dict[str, Any] = {}
    evidence = {}
    for key, value in facts.facts.items():
        if not key.startswith("level|"):
            out[key] = value
            if key in facts.evidence:
                evidence[key] = facts.evidence[key]
            continue
        _, name, field = key.split("|", 2)
        name = next((n for n in raw if _same_level(n, name)), name)
        raw.setdefault(name, {}).setdefault(field, value)
        first_ev.setdefault(name, facts.evidence.get(key, {}))
    levels = []
    computed: list[tuple[str, dict[str, Any]]] = []
    ev_level_of: dict[str, str] = {}
    for name, f in raw.items():
        entry = {"level": name, **{k: f.get(k) for k in LEVEL_FIELDS}}
        printed_share = entry["women_share"] is not None
        if entry["women_share"] is None and f.get("men_share") is not None:
            entry["women_share"] = round(100.0 - f["men_share"], 2)
            printed_share = True
        derived = []  # computed, not printed: said in the evidence
        if entry["women_share"] is None and entry["women"] is not None and entry["men"] is not None \
                and entry["women"] + entry["men"] > 0:
            entry["women_share"] = _ratio(entry["women"], entry["women"] + entry["men"])
            derived.append("women_share = women / (women + men) × 100")
        if entry["pay_ratio_women_to_men"] is None and f.get("pay_women") and f.get("pay_men"):
            entry["pay_ratio_women_to_men"] = _ratio(f["pay_women"], f["pay_men"])
            derived.append("pay_ratio_women_to_men = women's pay / men's pay × 100")
        if all(entry[k] is None for k in LEVEL_FIELDS):
            continue
        ev_level = dict(first_ev[name])
        if derived:
            ev_level["derived"] = "; ".join(derived)
        evidence[f"levels[{len(levels)}]"] = ev_level
        levels.append(entry)
        ev_level_of[name] = ev_level.get("derived", "")
        (computed.insert(0, (name, entry)) if printed_share else computed.append((name, entry)))
    for name, entry in computed:  # printed shares before shares computed from counts
        kind = level_of(name)
        fixed = {"top_management": "women_share_top_management", "managers": "women_share_managers"}.get(kind or "")
        if fixed and out.get(fixed) is None and entry["women_share"] is not None:
            out[fixed] = entry["women_share"]
            how = f"level {name}" + (f" ({ev_level_of[name]})" if ev_level_of.get(name) else "")
            evidence[fixed] = {**first_ev[name], "derived": how}
    out["levels"] = levels
    return Facts(facts=out, evidence=evidence, warnings=facts.warnings)


def _set(facts: dict[str, Any], ev: dict[str, Any], key: str, value: Any, source: str, how: str) -> None:
    if facts.get(key) is None and value is not None:
        facts[key] = value
        ev[key] = {**ev.get(source, {}), "derived": how}


def complete(result: Facts) -> Facts:
    """Fixed facts that follow from the others (see the module docstring)."""
    f, ev = dict(result.facts), dict(result.evidence)
    g = f.get
    if "pay_ratio_printed_total" in f:  # a step: the ratio as printed, the fact keeps it in per cent
        value, printed_ev = f.pop("pay_ratio_printed_total"), ev.pop("pay_ratio_printed_total", {})
        if value is not None and f.get("pay_ratio_women_to_men_total") is None:
            f["pay_ratio_women_to_men_total"] = ratio_percent(value)
            ev["pay_ratio_women_to_men_total"] = (
                {**printed_ev, "derived": "fraction × 100"} if ratio_percent(value) != value else printed_ev)
    if g("pay_gap_total") is not None:
        _set(f, ev, "pay_ratio_women_to_men_total", round(100.0 - g("pay_gap_total"), 2), "pay_gap_total",
             "100 - pay gap")
    if g("pay_gap_women_favour_total") is not None:
        _set(f, ev, "pay_ratio_women_to_men_total", round(100.0 + g("pay_gap_women_favour_total"), 2),
             "pay_gap_women_favour_total", "100 + pay gap in women's favour")
    if g("pay_amount_women") and g("pay_amount_men"):
        _set(f, ev, "pay_ratio_women_to_men_total", _ratio(g("pay_amount_women"), g("pay_amount_men")),
             "pay_amount_women", "women's pay / men's pay × 100")
    if g("employees_total") and g("women_share_total") is not None and g("employees_women") is None \
            and g("employees_men") is None:
        _set(f, ev, "employees_women", int(round(g("employees_total") * g("women_share_total") / 100.0)),
             "women_share_total", "total × women's share")
    women, men, total = g("employees_women"), g("employees_men"), g("employees_total")
    if women is not None and men is not None:
        _set(f, ev, "employees_total", as_int_or_float(women + men), "employees_women", "women + men")
    elif total is not None and women is not None and total >= women:
        _set(f, ev, "employees_men", as_int_or_float(total - women), "employees_total", "total - women")
    elif total is not None and men is not None and total >= men:
        _set(f, ev, "employees_women", as_int_or_float(total - men), "employees_total", "total - men")
    for stem in ("part_time", "temporary"):
        if g(f"{stem}_employees") == 0:  # "ingen mellombels tilsette": none of either gender
            _set(f, ev, f"{stem}_women", 0, f"{stem}_employees", "none at all")
            _set(f, ev, f"{stem}_men", 0, f"{stem}_employees", "none at all")
        w, m = g(f"{stem}_women"), g(f"{stem}_men")
        if w is not None and m is not None:
            _set(f, ev, f"{stem}_employees", as_int_or_float(w + m), f"{stem}_women", "women + men")
    if g("men_share_total") is not None:
        _set(f, ev, "women_share_total", round(100.0 - g("men_share_total"), 2), "men_share_total", "100 - men's share")
    if g("employees_women") and g("employees_total"):
        _set(f, ev, "women_share_total", _ratio(g("employees_women"), g("employees_total")), "employees_women",
             "women / total × 100")
    w, m = g("top_management_women"), g("top_management_men")
    if w is not None and m is not None and w + m > 0:
        _set(f, ev, "women_share_top_management", _ratio(w, w + m), "top_management_women",
             "women / (women + men) in the top management group × 100")
    if g("top_management_women") is not None and g("top_management_total"):
        _set(f, ev, "women_share_top_management", _ratio(g("top_management_women"), g("top_management_total")),
             "top_management_women", "women / members of the top management group × 100")
    if g("managers_women") is not None and g("managers_total"):
        _set(f, ev, "women_share_managers", _ratio(g("managers_women"), g("managers_total")), "managers_women",
             "women managers / all managers × 100")
    if g("applicants_women") is not None and g("applicants_total"):
        _set(f, ev, "applicants_women_share", _ratio(g("applicants_women"), g("applicants_total")), "applicants_women",
             "women applicants / all applicants × 100")
    if g("hires_women") is not None and g("hires_total"):
        _set(f, ev, "hires_women_share", _ratio(g("hires_women"), g("hires_total")), "hires_women",
             "women hired / all hired × 100")
    for metric in ("applicants", "hires"):
        w, m = g(f"{metric}_women"), g(f"{metric}_men")
        if w is not None and m is not None and w + m > 0:
            _set(f, ev, f"{metric}_women_share", _ratio(w, w + m), f"{metric}_women", "women / (women + men) × 100")
    return Facts(facts=f, evidence=ev, warnings=result.warnings)
