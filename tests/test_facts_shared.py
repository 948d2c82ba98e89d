"""Facts against gold files (``../shared/gold/GUIDELINES.md``): the share got right must not drop.

Sets: ``shared`` (the seven real documents of ``../shared``; skipped when
absent), ``corpus`` (the project's sample corpus) and ``variety`` (the variety
corpus in ``corpus/variety``, written apart from the rules). Groups as in
:mod:`extractor.facts.scoring`. The floors are the figures measured with
``python scripts/evaluate.py`` (see the README) less a small margin; raise them
when quality rises.
"""
from __future__ import annotations

import pytest

from conftest import evaluated
from extractor.facts.scoring import fraction

pytestmark = pytest.mark.slow

# (set, group): floor. Measured 2026-12-01 with scripts/evaluate.py on seven shared documents, twelve corpus
# documents and the variety corpus (shared: contract 0.93, metrics_contract 0.87, figures 0.91; corpus: 1.00;
# variety: figures 0.91, measures 1.00), less a small margin.
FLOORS: dict[tuple[str, str], float] = {
    ("shared", "contract"): 0.90,
    ("shared", "metrics_contract"): 0.84,
    ("shared", "levels"): 0.55,
    ("shared", "figures"): 0.87,
    ("shared", "measures"): 0.95,
    ("shared", "cases_found"): 0.85,
    ("shared", "proposed_decisions"): 0.75,
    ("shared", "decisions"): 0.95,
    ("shared", "people"): 0.95,
    ("corpus", "contract"): 0.97,
    ("corpus", "metrics_all"): 0.95,
    ("corpus", "measures"): 0.95,
    ("variety", "figures"): 0.84,
    ("variety", "measures"): 0.95,
}


@pytest.mark.parametrize("name,group", sorted(FLOORS))
def test_facts_stay_right(name: str, group: str) -> None:
    report, _ = evaluated(name)
    got = report.facts()[group]
    wrong = [w for d in report.docs for w in d.details["facts"]["wrong"]]
    assert fraction(got) >= FLOORS[(name, group)], (got, wrong[:20])
