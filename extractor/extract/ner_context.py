"""Document context for the NER: one label per name across a document.

The NER reads one paragraph at a time and may call the same unseen name a
person in one sentence and an organisation in the next ("Steinnes",
"Fortodol"). A reader takes the document as a whole, and so does this step,
run over all the paragraphs (spaCy Docs) of one document after the NER:

- *vote*: a name the NER labelled more often with another label takes that
  label (ties keep their own);
- *name parts*: a one-word name that is a word of a longer person name in the
  same document ("Siw Treider" … "Treider", "Treiders") is a person.

Spans keep their ``ent_id`` (the gazetteer's canonical name), and labels set
by the gazetteer's EntityRuler are never changed.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from spacy.tokens import Doc, Span

PERSON = "PER"


def _base(word: str) -> str:
    """The name without a genitive s ("Treiders" → "Treider")."""
    return word[:-1] if len(word) > 3 and word[-1] in "s'’" else word


def _person_parts(docs: Sequence[Doc]) -> set[str]:
    parts: set[str] = set()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == PERSON and len(ent) > 1:
                parts.update(t.text for t in ent if t.is_title and len(t) > 1)
    return parts


def harmonise(docs: Sequence[Doc]) -> int:
    """Make entity labels consistent across the Docs of one document; return how many changed.

    Spans with an ``ent_id`` (gazetteer matches) keep their label.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        for ent in doc.ents:
            votes[_base(ent.text)][ent.label_] += 1
    parts = _person_parts(docs)
    changed = 0
    for doc in docs:
        spans = []
        for ent in doc.ents:
            label = ent.label_
            if not ent.ent_id_:
                counts = votes[_base(ent.text)]
                best, n = counts.most_common(1)[0]
                if n > counts[label]:
                    label = best
                if len(ent) == 1 and label != PERSON and (ent.text in parts or _base(ent.text) in parts):
                    label = PERSON
            if label != ent.label_:
                changed += 1
                spans.append(Span(doc, ent.start, ent.end, label=label, kb_id=ent.kb_id, span_id=ent.id))
            else:
                spans.append(ent)
        doc.ents = spans
    return changed
