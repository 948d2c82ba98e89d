"""The rules engine tries a rule only on texts that hold the words its pattern requires
(extractor.literal_gate): on every example and counter-example of every rules file the
candidates hold every rule that matches, and the matches are those of all the rules."""
from __future__ import annotations

import pytest

from extractor import rules


@pytest.mark.parametrize("name", rules.rule_files())
def test_gate_changes_no_outcome(name: str) -> None:
    ruleset = rules.load(name)
    texts = [t for r in ruleset.rules for t, _ in r.examples] + [t for r in ruleset.rules for t in r.counter]
    for text in texts + [t.upper() for t in texts]:
        candidates = {r.id for r in ruleset.candidates(text)}
        for rule in ruleset.rules:
            if any(True for _ in rules.match_rule(rule, text)):
                assert rule.id in candidates, (rule.id, text)
        plain = [(m.rule.id, m.value, m.start) for r in ruleset.rules for m in rules.match_rule(r, text)]
        assert [(m.rule.id, m.value, m.start) for m in ruleset.matches(text)] == plain


def test_most_rules_are_gated() -> None:
    """The speed comes from rules that can be skipped: a change to the gate that loses them shows here."""
    sets = [rules.load(name) for name in rules.rule_files()]
    gated = sum(r is not None for s in sets for r in s._gate.required)  # noqa: SLF001
    assert gated >= 0.8 * sum(len(s.rules) for s in sets)


def test_candidates_keep_language_and_fact_filters() -> None:
    ruleset = rules.load("transparency")
    text = "Vi har 447 leverandører."
    for lang in ("nb", "en"):
        assert all(lang in r.langs for r in ruleset.candidates(text, lang))
    facts = {ruleset.rules[0].fact}
    assert all(r.fact in facts for r in ruleset.candidates(text, "nb", facts=facts))
