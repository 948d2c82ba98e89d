"""Every rule of every rules file gives its own examples and refuses its counter-examples.

Rules live as data in ``extractor/data/rules/*.toml`` (see :mod:`extractor.rules`);
this test is generated from them, one case per rule, so adding a phrasing is one
table entry with its examples and no code.
"""
from __future__ import annotations

import pytest

from extractor import catalogue, rules

RULESETS = [rules.load(name) for name in rules.rule_files()]
CASES = [(rs.name, rule.id) for rs in RULESETS for rule in rs.rules]


def test_there_are_rules() -> None:
    assert CASES


@pytest.mark.parametrize("name,rule_id", CASES)
def test_rule_examples(name: str, rule_id: str) -> None:
    rs = rules.load(name)
    rule = next(r for r in rs.rules if r.id == rule_id)
    one = rules.RuleSet(name=name, rules=(rule,))
    assert rules.check_examples(one) == []


@pytest.mark.parametrize("name,rule_id", CASES)
def test_rule_languages_are_known(name: str, rule_id: str) -> None:
    rule = next(r for r in rules.load(name).rules if r.id == rule_id)
    assert set(rule.langs) <= {"nb", "nn", "en"}


def test_fixed_facts_named_by_rules_are_in_the_catalogue() -> None:
    known = {f.name for f in catalogue.facts()}
    for rs in RULESETS:
        for rule in rs.rules:
            if rule.fact in known:
                assert catalogue.fact(rule.fact) is not None


def test_macros_expand_and_unknown_ones_are_refused() -> None:
    macros = {**rules.lexicon_macros("nb"), **rules.shared_macros()}
    pattern = rules.expand("{Q}{N:n} leverandører", macros)
    import re
    m = re.search(pattern, "i overkant av 2 300 leverandører", re.I)
    assert m and m.group("n") == "2 300"
    with pytest.raises(rules.RuleError, match="unknown macro"):
        rules.expand("{NOPE}", macros)


def test_a_rule_that_misses_its_example_is_reported() -> None:
    rs = rules.parse("t", {"rules": [{"id": "x", "fact": "employees", "lang": ["nb"], "pattern": "{N:n} ansatte",
                                      "examples": [["Vi har 12 tilsette.", 12], ["Vi har 12 ansatte.", 13]],
                                      "counter": ["Vi har 40 ansatte."]}]})
    problems = rules.check_examples(rs)
    assert any("misses" in p for p in problems)
    assert any("want 13" in p for p in problems)
    assert any("counter-example" in p for p in problems)


def test_values_read_numbers_words_and_money_in_the_rule_language() -> None:
    rs = rules.parse("t", {"rules": [
        {"id": "nb", "fact": "revenue_nok", "lang": ["nb"], "pattern": "{NUM:n} {SCALE:scale} kroner",
         "examples": [["omsetning på 2,2 milliarder kroner", 2.2e9]]},
        {"id": "en", "fact": "revenue_nok", "lang": ["en"], "pattern": "NOK {NUM:n} {SCALE:scale}",
         "examples": [["revenue of NOK 1.2 billion", 1.2e9]]},
        {"id": "nn", "fact": "supplier_audits", "lang": ["nn"], "pattern": "{N:n} revisjonar",
         "examples": [["Vi gjennomførte tvo revisjonar.", 2]]},
        {"id": "zero", "fact": "high_risk_suppliers", "lang": ["nb"], "pattern": "ingen høyrisikoleverandører",
         "value": 0, "examples": [["Vi har ingen høyrisikoleverandører.", 0]]},
    ]})
    assert rules.check_examples(rs) == []


def test_a_rule_for_nb_and_nn_knows_the_number_words_of_both() -> None:
    rs = rules.parse("t", {"rules": [
        {"id": "audits", "fact": "supplier_audits", "lang": ["nb", "nn"], "pattern": "{N:n} revisjon(?:er|ar)",
         "examples": [["Me gjennomførte tvo revisjonar.", 2], ["Vi gjennomførte to revisjoner.", 2]]},
        {"id": "cases", "fact": "supplier_audits", "lang": ["nb", "nn"], "pattern": "{NUMW:n} tilfelle",
         "examples": [["Me fann eitt tilfelle av barnearbeid.", 1], ["Vi fant ett tilfelle.", 1]]},
    ]})
    assert rules.check_examples(rs) == []
    nn_text = "I fjor gjorde me tvo revisjonar og fann eitt tilfelle."
    assert [m.value for m in rs.matches(nn_text, "nb")] == [2, 1]  # even when the document was taken for nb
    only_nb = rules.parse("t", {"rules": [{"id": "x", "fact": "supplier_audits", "lang": ["nb"],
                                           "pattern": "{NUMW:n} revisjon(?:er|ar)", "examples": []}]})
    assert list(only_nb.matches("tvo revisjonar", "nb")) == []
