"""One label per name across a document (extractor.extract.ner_context), on spacy.blank("nb") Docs."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from extractor.extract.ner_context import harmonise

nlp = spacy.blank("nb")


def make(text: str, ents: list[tuple[str, str]] | list[tuple[str, str, str]]):
    """A Doc with the given (surface, label[, ent_id]) entities, each at its first occurrence."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, label, *ent_id in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label, span_id=ent_id[0] if ent_id else 0)
        spans.append(span)
    doc.ents = spans
    return doc


def labels(docs) -> list[list[tuple[str, str]]]:
    return [[(e.text, e.label_) for e in d.ents] for d in docs]


CASES = [
    # (paragraphs with their predicted entities, expected labels after harmonise)
    ("majority wins",
     [("Fortodol ble solgt.", [("Fortodol", "PROD")]), ("Fortodol er et middel.", [("Fortodol", "PROD")]),
      ("Legen skrev ut Fortodol.", [("Fortodol", "PER")])],
     [[("Fortodol", "PROD")], [("Fortodol", "PROD")], [("Fortodol", "PROD")]]),
    ("a tie keeps each label",
     [("Norge sa nei.", [("Norge", "GPE_ORG")]), ("I Norge snør det.", [("Norge", "GPE_LOC")])],
     [[("Norge", "GPE_ORG")], [("Norge", "GPE_LOC")]]),
    ("a surname after the full name is a person",
     [("Siw Treider tok over.", [("Siw Treider", "PER")]), ("Treider sier ja.", [("Treider", "ORG")]),
      ("Treiders plan.", [("Treiders", "LOC")])],
     [[("Siw Treider", "PER")], [("Treider", "PER")], [("Treiders", "PER")]]),
    ("genitive counts with the name",
     [("Bringwell AB og Bringwell.", [("Bringwell", "ORG")]), ("Bringwells salg.", [("Bringwells", "ORG")]),
      ("Bringwell vant.", [("Bringwell", "PER")])],
     [[("Bringwell", "ORG")], [("Bringwells", "ORG")], [("Bringwell", "ORG")]]),
    ("different names are left alone",
     [("Oslo og Bergen.", [("Oslo", "GPE_LOC"), ("Bergen", "GPE_LOC")]), ("Statoil.", [("Statoil", "ORG")])],
     [[("Oslo", "GPE_LOC"), ("Bergen", "GPE_LOC")], [("Statoil", "ORG")]]),
]


@pytest.mark.parametrize("name,paragraphs,expected", CASES, ids=[c[0] for c in CASES])
def test_harmonise(name, paragraphs, expected):
    docs = [make(text, ents) for text, ents in paragraphs]
    before = labels(docs)
    changed = harmonise(docs)
    assert labels(docs) == expected
    assert changed == sum(a != b for x, y in zip(before, expected) for a, b in zip(x, y))


def test_gazetteer_spans_keep_label_and_id():
    """A span the EntityRuler matched (it has an ent_id) is never relabelled, and keeps its id."""
    docs = [make("KS svarte.", [("KS", "GPE_ORG", "Kommunesektorens organisasjon")]),
            make("KS og KS.", [("KS", "ORG")]), make("Til KS.", [("KS", "ORG")])]
    harmonise(docs)
    assert labels(docs)[0] == [("KS", "GPE_ORG")]
    assert docs[0].ents[0].ent_id_ == "Kommunesektorens organisasjon"


def test_relabelled_span_keeps_its_id():
    """kb_id and id survive a relabelling."""
    doc = nlp.make_doc("Treider sier ja.")
    doc.ents = [Span(doc, 0, 1, label="ORG", kb_id="Q1")]
    docs = [make("Siw Treider tok over.", [("Siw Treider", "PER")]), doc]
    assert harmonise(docs) == 1
    assert (docs[1].ents[0].label_, docs[1].ents[0].kb_id_) == ("PER", "Q1")
