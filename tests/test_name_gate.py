"""Which sentences the NER reads: those that can name an organisation the filters keep."""
from __future__ import annotations

import pytest

from extractor.extract.name_gate import may_name_something, sentence_may_name
from extractor.extract.organisations import load_gazetteer


@pytest.mark.parametrize("sentence, expected", [
    ("Vi bruker Teamtailor i rekrutteringen.", True),       # a capital inside the sentence
    ("Banken har 133 ansatte.", False),                       # only the opening word, unknown
    ("Teamtailor brukes i rekrutteringen.", True),            # an opening word the document knows
    ("(Regjeringen, 2023)", True),                            # a gazetteer name after a bracket
    ("(Banken, 2023)", False),
    ("det gjelder alle ansatte.", False),
    ("medlem av amfori sidan 2019.", True),                   # a gazetteer name in lower case
    ("Tangvik pensjonistforening fikk støtte.", True),        # a name's shape
])
def test_sentence_may_name(sentence: str, expected: bool) -> None:
    assert sentence_may_name(sentence, frozenset({"Teamtailor"}), load_gazetteer()) is expected


def test_a_sentence_passing_implies_its_paragraph_passes() -> None:
    """The sentence test only drops sentences of paragraphs the paragraph test let through."""
    gaz = load_gazetteer()
    para = "Banken har 133 ansatte. Vi bruker Teamtailor."
    assert may_name_something(para, frozenset(), gaz)
    assert not sentence_may_name("Banken har 133 ansatte.", frozenset(), gaz)
    assert sentence_may_name("Vi bruker Teamtailor.", frozenset(), gaz)
