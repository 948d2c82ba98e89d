"""A regex alternation of literal words, grouped by first letter: one letter test per group.

``lexicon.alternation(words)`` writes ``longest|...|shortest``, and at every
position of a text the regex engine tries each word in turn: with hundreds of
number words or gazetteer names that scan costs more than everything else the
extractor does with the match. :func:`factored_alternation` writes the same
words as ``a(?:...)|b(?:...)|...``, each group holding the words of one first
letter in the same order. At a position only the group of that letter can
match, and within it the words are tried in the original order, so the
first word that matches, and the match, are the same as with
``lexicon.alternation`` (the table test in tests/test_word_alternation.py).
"""
from __future__ import annotations

import re
from typing import Iterable

# First letters whose case-insensitive classes are disjoint ("k" also matches the Kelvin sign,
# "s" the long s, "i" the dotless i, but no two of these letters share a character).
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789æøåéäöü")


def factored_alternation(words: Iterable[str], *, ignore_case: bool, any_space: bool = True) -> str:
    """The words of ``lexicon.alternation`` (longest first, a space matching any white space,
    or with ``any_space=False`` only a space), grouped by first letter (case-folded when the
    regex is compiled with IGNORECASE). With IGNORECASE and a word opening with another
    character, the words stay one plain list."""
    def _escaped(text: str) -> str:
        return re.escape(text).replace(r"\ ", r"\s+") if any_space else re.escape(text)

    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    if not uniq or any(not w or w[0].isspace() for w in uniq) or (
            ignore_case and any(w[0].lower() not in _PLAIN for w in uniq)):
        return "|".join(_escaped(w) for w in uniq)
    groups: dict[str, list[str]] = {}
    for w in uniq:
        groups.setdefault(w[0].lower() if ignore_case else w[0], []).append(w)
    return "|".join(re.escape(head) + "(?:" + "|".join(_escaped(w[1:]) for w in ws) + ")"
                    for head, ws in groups.items())
