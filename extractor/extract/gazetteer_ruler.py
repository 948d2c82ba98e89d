"""The gazetteer as a spaCy component: an EntityRuler whose name patterns are phrase patterns.

spaCy's token ``Matcher`` tries every pattern at every token, so the
gazetteer's ~270 name patterns cost as much as the CRF itself. Names are
fixed word sequences, which a ``PhraseMatcher`` finds by one hash lookup per
token: names given on LOWER go to the ruler's own phrase matcher (its
``phrase_matcher_attr`` is LOWER), case-sensitive ones (abbreviations, on
ORTH) to a second phrase matcher on ORTH. Everything else (name shapes with
operators) stays a token pattern. The matches and the entities set are those
of ``EntityRuler`` with the same patterns as token patterns, except where two
matches cover the same tokens: EntityRuler then keeps whichever comes first
in a set's iteration order, this ruler the one with a gazetteer id (it names
the canonical organisation), then the larger label, every time.
"""
from __future__ import annotations

from typing import Any, Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

NAME = "gazetteer_ruler"


def _fixed_words(pattern: Any, attr: str) -> list[str] | None:
    """The words of a token pattern that is one plain ``attr`` value per token, else None."""
    if not isinstance(pattern, list) or not pattern:
        return None
    if not all(isinstance(t, dict) and list(t) == [attr] and isinstance(t[attr], str) for t in pattern):
        return None
    return [t[attr] for t in pattern]


class GazetteerRuler(EntityRuler):
    """``EntityRuler`` (overwriting entities) with fixed-word patterns matched as phrases."""

    def __init__(self, nlp: Language, name: str = NAME) -> None:
        super().__init__(nlp, name, phrase_matcher_attr="LOWER", overwrite_ents=True)
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")

    def _phrase(self, words: Sequence[str], attr: str) -> Doc | None:
        """The words as a pattern Doc, if the tokenizer gives them back as the same tokens."""
        doc = self.nlp.make_doc(" ".join(words))
        got = [t.lower_ if attr == "LOWER" else t.text for t in doc]
        return doc if got == list(words) else None

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        rest = []
        for entry in patterns:
            lower = _fixed_words(entry["pattern"], "LOWER")
            if lower is not None and self._phrase(lower, "LOWER") is not None:
                rest.append({**entry, "pattern": " ".join(lower)})  # the ruler's phrase matcher (on LOWER)
                continue
            orth = _fixed_words(entry["pattern"], "ORTH")
            doc = self._phrase(orth, "ORTH") if orth is not None else None
            if doc is None:
                rest.append(entry)
                continue
            label = entry["label"]
            if "id" in entry:  # as EntityRuler.add_patterns keys an entity id
                label = self._create_label(entry["label"], entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
            self.orth_matcher.add(label, [doc])
        super().add_patterns(rest)

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        matches = list(self.matcher(doc)) + list(self.phrase_matcher(doc)) + list(self.orth_matcher(doc))
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        strings = self.nlp.vocab.strings
        # EntityRuler's order (longest, then leftmost) with ties broken the same way every time
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1], m[0] in self._ent_ids, strings[m[0]]), reverse=True)


@Language.factory(NAME)
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, name)
