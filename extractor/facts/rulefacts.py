"""Facts from a rules file: every sentence through the document type's pattern table.

The bridge between :mod:`extractor.rules` (patterns as data) and the fact
extractors: each rule match in a sentence becomes a :class:`Fact` with the
sentence as evidence and the matched number's box. The first match per fact
in reading order wins unless the caller ranks them otherwise (``collect``).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from extractor.facts.common import Fact
from extractor.rules import RuleMatch, RuleSet
from extractor.sentences import Sentence


def rule_matches(ruleset: RuleSet, sentences: Iterable[Sentence], lang: str | None,
                 facts: set[str] | None = None) -> Iterator[tuple[Sentence, RuleMatch]]:
    """(sentence, match) for every rule match, sentences in order, rules in file order within one."""
    for sent in sentences:
        for m in ruleset.matches(sent.text, lang, facts=facts):
            yield sent, m


def rule_facts(ruleset: RuleSet, sentences: Iterable[Sentence], lang: str | None,
               facts: set[str] | None = None) -> Iterator[Fact]:
    """A :class:`Fact` per rule match, with evidence (page, bbox of the value, the sentence) and the rule id."""
    for sent, m in rule_matches(ruleset, sentences, lang, facts):
        evidence = sent.evidence(m.start, m.end)
        evidence["rule"] = m.rule.id
        yield Fact(m.fact, m.value, evidence)
