"""Rule matches become facts with evidence that names the rule and locates the value."""
from __future__ import annotations

from extractor import rules
from extractor.facts.rulefacts import rule_facts
from extractor.model import Line, Word
from extractor.sentences import Sentence
from extractor.textmap import join_lines


def _sentence(text: str) -> Sentence:
    words, offsets, x = [], [], 50.0
    pos = 0
    for w in text.split(" "):
        words.append(Word(w, x, 100, x + 6 * len(w), 110))
        offsets.append((pos, pos + len(w)))
        x += 6 * len(w) + 4
        pos += len(w) + 1
    line = Line(text, 1, (50, 100, x, 110), tuple(words), tuple(offsets), 10.0, False)
    tmap = join_lines([line])
    return Sentence(tmap.text, 0, len(tmap.text), tmap, None)


def test_rule_facts_carry_evidence_and_rule_id() -> None:
    rs = rules.parse("t", {"rules": [{"id": "p", "fact": "business_partners_total", "lang": ["nb"],
                                      "pattern": "{Q}{N:n} leverandører", "examples": [["12 leverandører", 12]]}]})
    [fact] = list(rule_facts(rs, [_sentence("Vi har om lag 447 leverandører i dag.")], "nb"))
    assert fact.key == "business_partners_total" and fact.value == 447
    assert fact.evidence["rule"] == "p" and fact.evidence["page"] == 1
    x0 = fact.evidence["bbox"][0]
    assert x0 > 50  # the box is the number's, not the sentence's
