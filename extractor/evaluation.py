"""Score extractor output against gold answers, field by field.

Gold files follow ``../shared/gold/GUIDELINES.md``. Every list field is scored
with precision, recall and F1 over one-to-one matches; document fields
(type, language, organisation, year, date) by accuracy. ``scripts/evaluate.py``
is the command line over these functions.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from extractor.facts.scoring import score_facts

SECTION_TITLE_MIN_RATIO = 85.0
ORG_MIN_RATIO = 88.0
DOC_FIELDS = ("doc_type", "language", "organisation", "report_year", "published")
FACT_GROUPS = ("contract", "all", "metrics_contract", "levels", "figures", "metrics_all", "measures", "cases",
               "cases_found", "proposed_decisions", "decisions", "people", "meeting", "minutes_cases", "status_counts",
               "checklist")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocScore:
    doc_id: str
    fields: dict[str, bool] = field(default_factory=dict)  # document-level field → right?
    lists: dict[str, PRF] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)


def norm_text(s: str | None) -> str:
    s = unicodedata.normalize("NFC", s or "").lower()
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip(" .,:;")


def same_org(a: str | None, b: str | None) -> bool:
    """Organisation names match when equal ignoring case and spaces, or nearly so."""
    if not a or not b:
        return False
    x, y = norm_text(a), norm_text(b)
    if x.replace(" ", "") == y.replace(" ", ""):
        return True
    return fuzz.ratio(x, y) >= ORG_MIN_RATIO


def match_one_to_one(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> tuple[PRF, list[tuple[int, int]]]:
    """Greedy one-to-one matching in document order."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    tp = len(pairs)
    return PRF(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp), pairs


def _title_key(title: str) -> str:
    return norm_text(title)


def score_sections(gold: list[dict], pred: list[dict]) -> tuple[PRF, dict[str, Any]]:
    """Section titles matched fuzzily in order; level and number accuracy on matches."""
    def same(g: dict, p: dict) -> bool:
        return fuzz.ratio(_title_key(g["title"]), _title_key(p["title"])) >= SECTION_TITLE_MIN_RATIO

    prf, pairs = match_one_to_one(gold, pred, same)
    levels = sum(1 for gi, pi in pairs if gold[gi].get("level") == pred[pi].get("level"))
    numbers = sum(1 for gi, pi in pairs if (gold[gi].get("number") or None) == (pred[pi].get("number") or None))
    missed = [g["title"] for gi, g in enumerate(gold) if gi not in {a for a, _ in pairs}]
    extra = [p["title"] for pi, p in enumerate(pred) if pi not in {b for _, b in pairs}]
    return prf, {"level_accuracy": levels / len(pairs) if pairs else 1.0,
                 "number_accuracy": numbers / len(pairs) if pairs else 1.0,
                 "missed": missed, "extra": extra}


def entities_of(record: dict, kind: str) -> list[dict]:
    return [e for e in record.get("entities", []) if e.get("type") == kind]


def score_percentages(gold: list[dict], pred: list[dict]) -> PRF:
    return match_one_to_one(gold, pred, lambda g, p: abs(float(g["value"]) - float(p.get("value", -1e9))) < 1e-6)[0]


def score_deadlines(gold: list[dict], pred: list[dict]) -> PRF:
    def same(g: dict, p: dict) -> bool:
        if g.get("due") != p.get("normalized", {}).get("due"):
            return False
        context = norm_text(p.get("sentence") or p.get("text"))
        return fuzz.partial_ratio(norm_text(g["text"]), context) >= 60 or norm_text(p.get("text")) in norm_text(g["text"])

    return match_one_to_one(gold, pred, same)[0]


def score_sets(gold: Iterable[str], pred: Iterable[str], same: Callable[[str, str], bool] | None = None) -> PRF:
    g = list(dict.fromkeys(gold))
    p = list(dict.fromkeys(pred))
    return match_one_to_one(g, p, same or (lambda a, b: a == b))[0]


def score_organisations(gold: list[str], pred: list[dict]) -> PRF:
    """Gold names against predicted organisations, one per canonical name.

    A predicted organisation matches when its canonical name or any surface
    form it was found under matches the gold name (gold keeps the form the
    text uses, e.g. "SSB", while the canonical name may be spelled out).
    """
    groups: dict[str, set[str]] = {}
    for e in pred:
        name = e.get("normalized", {}).get("name") or e["text"]
        groups.setdefault(name, {name}).add(e["text"])
    aliases = list(groups.values())
    return match_one_to_one(list(dict.fromkeys(gold)), aliases, lambda g, names: any(same_org(g, n) for n in names))[0]


def distinct_suppliers(pred: list[dict]) -> list[dict]:
    """One predicted supplier per name (or, unnamed, per category): gold lists
    each supplier once, the output has one entity per mention."""
    seen: dict[str, dict] = {}
    for e in pred:
        n = e.get("normalized", {})
        key = norm_text(n.get("name")) or "category:" + norm_text(n.get("category") or e.get("text"))
        seen.setdefault(key, e)
    return list(seen.values())


def score_suppliers(gold: list[dict], pred: list[dict]) -> PRF:
    """Gold suppliers against distinct predicted ones (name equal, or category alike)."""
    pred = distinct_suppliers(pred)

    def same(g: dict, p: dict) -> bool:
        n = p.get("normalized", {})
        if g.get("name") and n.get("name") and same_org(g["name"], n["name"]):
            return True
        gc, pc = norm_text(g.get("category")), norm_text(n.get("category"))
        return bool(gc and pc) and fuzz.token_set_ratio(gc, pc, processor=default_process) >= 80

    return match_one_to_one(gold, pred, same)[0]


def score_document(gold: dict, pred: dict) -> DocScore:
    """Score one document's output against its gold answer."""
    s = DocScore(doc_id=gold["doc_id"])
    org = (pred.get("organisation") or {}).get("name") if isinstance(pred.get("organisation"), dict) else pred.get("organisation")
    s.fields = {
        "doc_type": gold.get("doc_type") == pred.get("doc_type"),
        "language": gold.get("language") == pred.get("language"),
        "organisation": same_org(gold.get("organisation"), org),
        "report_year": gold.get("report_year") == pred.get("report_year"),
        "published": gold.get("published") == pred.get("published"),
    }
    s.details["predicted"] = {k: (org if k == "organisation" else pred.get(k)) for k in DOC_FIELDS}
    sections, detail = score_sections(gold.get("sections", []), pred.get("sections", []))
    s.lists["sections"] = sections
    s.details["sections"] = detail
    s.details["facts"] = score_facts(gold, pred.get("facts") or {}, pred.get("entities") or [],
                                         pred.get("checklist"))
    if pred.get("entities") is not None and "percentages" in gold:
        s.lists["percentages"] = score_percentages(gold["percentages"], entities_of(pred, "percentage"))
        s.lists["deadlines"] = score_deadlines(gold.get("deadlines", []), entities_of(pred, "deadline"))
        s.lists["organisations"] = score_organisations(gold.get("organisations", []), entities_of(pred, "organisation"))
        s.lists["suppliers"] = score_suppliers(gold.get("suppliers", []), entities_of(pred, "supplier"))
        s.lists["risk_sectors"] = score_sets(gold.get("risk_sectors", []), [e["value"] for e in entities_of(pred, "risk_sector")])
        s.lists["risk_issues"] = score_sets(gold.get("risk_issues", []), [e["value"] for e in entities_of(pred, "risk_issue")])
    return s


@dataclass
class Report:
    docs: list[DocScore]

    def totals(self) -> dict[str, PRF]:
        out: dict[str, PRF] = {}
        for d in self.docs:
            for k, prf in d.lists.items():
                out.setdefault(k, PRF()).add(prf)
        return out

    def facts(self) -> dict[str, dict[str, int]]:
        """right/total per facts group, summed over documents."""
        out: dict[str, dict[str, int]] = {}
        for d in self.docs:
            for group in FACT_GROUPS:
                counts = d.details["facts"][group]
                acc = out.setdefault(group, {"right": 0, "total": 0})
                acc["right"] += counts["right"]
                acc["total"] += counts["total"]
        return out

    def accuracy(self) -> dict[str, float]:
        return {f: sum(d.fields[f] for d in self.docs) / len(self.docs) for f in DOC_FIELDS} if self.docs else {}

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.docs),
            "accuracy": {k: round(v, 4) for k, v in self.accuracy().items()},
            "lists": {k: v.as_dict() for k, v in self.totals().items()},
            "facts": self.facts(),
            "per_document": [
                {"doc_id": d.doc_id, "fields": d.fields, "lists": {k: v.as_dict() for k, v in d.lists.items()},
                 "details": d.details}
                for d in self.docs
            ],
        }


def evaluate(golds: list[dict], preds: dict[str, dict]) -> Report:
    """Score every gold document that has a prediction (a missing one scores zero)."""
    docs = []
    for g in golds:
        pred = preds.get(g["doc_id"], {"entities": []})
        docs.append(score_document(g, pred))
    return Report(docs)
