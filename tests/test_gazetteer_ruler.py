"""The gazetteer ruler finds what spaCy's EntityRuler finds with the same patterns.

Where a gazetteer name and a name shape cover the same tokens, EntityRuler
keeps either (set order); the gazetteer ruler always keeps the gazetteer's,
with its canonical id.
"""
from __future__ import annotations

import json

import pytest
import spacy
from spacy.pipeline import EntityRuler

from extractor.extract.gazetteer_ruler import GazetteerRuler
from extractor.extract.organisations import GAZETTEER, ruler_patterns

TEMPLATES = [
    "Vi samarbeider med {a} om dette.",
    "{a}s styre vedtok planen, og {a} fulgte opp.",
    "Tilsynet fra {a} og {a}-rådet gjaldt Fjellbygg Entreprenør AS og Trondheim kommune.",
    "{a}  {a} {a}.",
    "IKKE {u} men {l} og {a}.",
]


def _ents(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


@pytest.fixture(scope="module")
def rulers():
    nlp = spacy.blank("nb")
    patterns = ruler_patterns(nlp)
    reference = EntityRuler(nlp, overwrite_ents=True)
    reference.add_patterns(patterns)
    fast = GazetteerRuler(nlp)
    fast.add_patterns(patterns)
    return nlp, reference, fast


def test_names_become_phrase_patterns(rulers) -> None:
    _, _, fast = rulers
    assert len(fast.phrase_matcher) > 50 and len(fast.orth_matcher) > 20
    assert len(fast.matcher) <= 2  # only the name shapes stay token patterns


def test_same_entities_as_entity_ruler_for_every_gazetteer_name(rulers) -> None:
    nlp, reference, fast = rulers
    data = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    checked = 0
    for entry in data["entries"]:
        for alias in [entry["name"], *entry["aliases"]]:
            for template in TEMPLATES:
                text = template.format(a=alias, u=alias.upper(), l=alias.lower())
                a, b = nlp.make_doc(text), nlp.make_doc(text)
                got, want = _ents(fast(a)), _ents(reference(b))
                assert [e[:3] for e in got] == [e[:3] for e in want], text
                assert all(g[3] == w[3] or (g[3] and not w[3]) for g, w in zip(got, want)), text
                checked += 1
    assert checked > 500


def test_a_gazetteer_name_wins_over_a_name_shape_on_the_same_tokens(rulers) -> None:
    nlp, _, fast = rulers
    doc = fast(nlp.make_doc("Tilsynet fra Helse Sør-Øst RHF kom i mai."))
    assert _ents(doc) == [(2, 5, "ORG", "Helse Sør-Øst RHF")]


def test_entities_already_set_are_overwritten_as_entity_ruler_does(rulers) -> None:
    nlp, reference, fast = rulers
    text = "Møtet med NHO og Arbeidstilsynet i Oslo."
    a, b = nlp.make_doc(text), nlp.make_doc(text)
    for doc in (a, b):
        doc.ents = [doc.char_span(10, 34, label="PER")]  # "NHO og Arbeidstilsynet"
    assert _ents(fast(a)) == _ents(reference(b))
