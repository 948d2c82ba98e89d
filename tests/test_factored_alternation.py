"""A factored alternation finds what lexicon.alternation finds, word for word."""
from __future__ import annotations

import re

import pytest

from extractor import lexicon
from extractor.extract.organisations import load_gazetteer
from extractor.lexicon import factored_alternation


def _lists() -> list[tuple[list[str], bool]]:
    forms = load_gazetteer().forms
    return [
        (list(lexicon.number_words(None)), True),
        (list(lexicon.number_words("en")), True),
        ([n for n in forms if n != n.lower()], False),
        ([n for n in forms if n == n.lower()], True),
        (["Helse Nord", "Helse", "helse nord rhf", "HN", "h", "ſkatt"], True),  # a long s: left unfactored
        (["Helse Nord", "Helse", "HELSE", "hel", "H"], False),
        (["en", "ett", "eit", "ein", "elleve", "e"], True),
    ]


def _texts(words: list[str]) -> list[str]:
    sample = " ".join(words[:400])
    return [sample, sample.upper(), sample.title(), "Vi har tjuefem ansatte, Helse  Nord RHF og FHI-rapporten; "
            "ELLEVE av femogtjue, en eller ett, ſkatt."]


@pytest.mark.parametrize("k", range(7))
def test_same_matches_as_lexicon_alternation(k: int) -> None:
    words, ignore_case = _lists()[k]
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(rf"(?<![\w-])(?:{lexicon.alternation(words)})(?![\w-])", flags)
    factored = re.compile(rf"(?<![\w-])(?:{factored_alternation(words, ignore_case=ignore_case)})(?![\w-])", flags)
    for text in _texts(words):
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_groups_by_first_letter() -> None:
    assert factored_alternation(["tre", "to", "tjue", "fire"], ignore_case=True) == "f(?:ire)|t(?:jue|re|o)"
    assert factored_alternation(["ſkatt", "skatt"], ignore_case=True) == "skatt|ſkatt"
