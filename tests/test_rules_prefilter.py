"""The rule prefilter skips a pattern only when it cannot match (extractor.rules.prefilter)."""
from __future__ import annotations

import re

import pytest

from extractor import rules
from extractor.rules.prefilter import fold, may_match, required_literals

CASES = [
    # pattern, the literals every match must hold (None: no test)
    (r"(\d+) leverandører", {" leverandører"}),  # plain regex here: the space is a literal
    (r"(?:kvinner|menn) (\d+)", {"kvinner", "menn"}),
    (r"(?:kvinner|\d+) år", {" år"}),  # the branch with a digit class needs nothing: the run after it is taken
    (r"(?:kvinner)? (\d+) %", {" %"}),
    (r"(?:ab|c) x", {" x"}),  # "c" alone is too short to test, and so is anything it joins
    (r"\d+\s+\w+", None),  # no literal at all
    (r"(?:leverand(?:ør|ører)|supplier)s?", {"leverandør", "supplier"}),  # re factors out "ør"
    (r"(?-i:NOK) \d+", None),  # a case-sensitive part is left alone (the rest has no literal)
    (r"(?:kontroll){1,3}", {"kontroll"}),
    (r"(?:kontroll){0,3} tiltak", {" tiltak"}),
    (r"(?=kvinn)\w+", None),  # look-ahead: not used
]


@pytest.mark.parametrize("pattern,want", CASES)
def test_required_literals(pattern: str, want: set[str] | None) -> None:
    got = required_literals(re.compile(pattern, re.IGNORECASE))
    assert (set(got) if got is not None else None) == want


def test_case_sensitive_pattern_gets_no_prefilter() -> None:
    assert required_literals(re.compile("leverandører")) is None


@pytest.mark.parametrize("text,literal", [
    ("LEVERANDØRER", "leverandører"),
    ("Leverandører", "leverandører"),
    ("İnnkjøp", "innkjøp"),  # "İ" lower-cases to "i" plus a combining dot; the regex takes it as "i"
    ("ſtyret", "styret"),  # long s: a case-insensitive "s"
])
def test_fold_keeps_what_a_case_insensitive_pattern_matches(text: str, literal: str) -> None:
    assert re.search(literal, text, re.IGNORECASE)
    assert may_match(frozenset([literal]), fold(text))


@pytest.mark.parametrize("name", rules.rule_files())
def test_prefilter_changes_no_outcome(name: str) -> None:
    """Every rule on every example and counter-example of its file (in upper case too): a rule
    that matches a text is always among the text's candidates, and the matches are the same."""
    ruleset = rules.load(name)
    texts = [t for r in ruleset.rules for t, _ in r.examples] + [t for r in ruleset.rules for t in r.counter]
    for text in texts + [t.upper() for t in texts]:
        candidates = {r.id for r in ruleset.candidates(text)}
        for rule in ruleset.rules:
            if any(True for _ in rules.match_rule(rule, text)):
                assert rule.id in candidates, (rule.id, text)
        plain = [(m.rule.id, m.value, m.start) for r in ruleset.rules for m in rules.match_rule(r, text)]
        assert [(m.rule.id, m.value, m.start) for m in ruleset.matches(text)] == plain


def test_most_rules_have_a_prefilter() -> None:
    """The speed comes from rules that can be skipped: a change to the reader that loses them shows here."""
    all_rules = [r for name in rules.rule_files() for r in rules.load(name).rules]
    assert sum(r.needs is not None for r in all_rules) >= 0.8 * len(all_rules)
