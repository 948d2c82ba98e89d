"""Whole-document stress tests for transparency reports (corpus/stress/, specs in
scripts/corpus_specs/stress_transparency.py): every fixed fact of each gold file, read end to end
from the PDF — key figures with years side by side and the unit in the header, run-in labels,
Nynorsk number words, replies counted "N av M"."""
from __future__ import annotations

import json

import pytest

from conftest import EVAL_SETS, evaluated
from extractor import catalogue

pytestmark = pytest.mark.slow

PDFS, GOLD = EVAL_SETS["stress"]
DOCS = sorted(p.stem for p in GOLD.glob("stress-*.json")
              if json.loads(p.read_text(encoding="utf-8"))["doc_type"] == "transparency_report")


@pytest.mark.parametrize("doc_id", DOCS)
def test_fixed_facts(doc_id: str) -> None:
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))["transparency_facts"]
    _, preds = evaluated("stress")
    facts = preds[doc_id]["facts"]
    wrong = {k: (facts.get(k), want) for k, want in gold.items()
             if (k in catalogue.scalar_fixed_facts("transparency_report") or k == "esg_responses")
             and not (facts.get(k) == want or (isinstance(want, float) and isinstance(facts.get(k), (int, float))
                                               and abs(facts[k] - want) < 0.11))}
    assert not wrong, wrong


def test_there_are_stress_documents() -> None:
    assert len(DOCS) >= 3


PLANS = sorted(p.stem for p in GOLD.glob("stress-*.json")
               if json.loads(p.read_text(encoding="utf-8"))["doc_type"] == "action_plan")


@pytest.mark.parametrize("doc_id", PLANS)
def test_action_plan_statuses_and_deadlines(doc_id: str) -> None:
    """Every measure's status and due date as the gold has them ("Levert", "Forsinket", "Avvent", "T2 2025")."""
    gold = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))["measures"]
    _, preds = evaluated("stress")
    got = {m["title"]: (m.get("status"), m.get("due")) for m in preds[doc_id]["facts"]["measures"]}
    wrong = {m["title"]: (got.get(m["title"]), (m["status"], m["due"])) for m in gold
             if got.get(m["title"]) != (m["status"], m["due"])}
    assert PLANS and not wrong, wrong
