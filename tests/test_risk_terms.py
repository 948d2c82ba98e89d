"""The risk lexicon's one matcher finds exactly what each code's own regex finds."""
from __future__ import annotations

import dataclasses
import json

import pytest

from extractor.extract.risk_terms import DEFAULT_LEXICON_PATH, _head, compile_starts, lexicon_hits, load_lexicon

SENTENCES = [
    "Vi ser høy risiko for tvangsarbeid og barnearbeid i produksjon av tekstiler og elektronikk.",
    "Leverandører av IKT-utstyr, møbler og arbeidshansker i Kina; helse, miljø og sikkerhet (HMS).",
    "Forced labour, child labour and low wages in cotton farming; living wages and debt bondage.",
    "Helse- og omsorgstjenester kjøper medisinsk forbruksmateriell og legemidler.",
    "Arbeidstakarar med låg løn og tvunge overtid i byggebransjen og på verft.",
    "Ingen treff her i det hele tatt.",
    "",
]


def _every_stem_text() -> list[str]:
    data = json.loads(DEFAULT_LEXICON_PATH.read_text(encoding="utf-8"))
    stems = [p for kind in ("risk_sector", "risk_issue") for ps in data[kind].values() for p in ps]
    # each stem's own letters (regex syntax stripped) as a word in a sentence, capitalised too
    words = ["".join(c for c in s if c.isalnum() or c == " ") for s in stems]
    return [f"Om {w} og {w.capitalize()}s ({w}-x)." for w in words]


@pytest.mark.parametrize("text", SENTENCES + _every_stem_text())
def test_one_matcher_equals_every_code_scanning(text: str) -> None:
    lexicon = load_lexicon()
    assert lexicon.starts is not None
    assert lexicon_hits(text, lexicon) == lexicon_hits(text, dataclasses.replace(lexicon, starts=None))


def test_lexicon_compiled_once() -> None:
    assert load_lexicon() is load_lexicon()


@pytest.mark.parametrize("stem, head", [
    ("tvangsarbeid", ("t", "vangsarbeid")),
    ("Lave? lønn", ("l", "ave? lønn")),
    ("forced labou?r", ("f", "orced labou?r")),
    ("a|b", None),             # a top-level alternative: not one first letter
    ("a(?:b|c)", ("a", "(?:b|c)")),
    ("a[|]b", ("a", "[|]b")),
    ("a[]|]b", ("a", "[]|]b")),
    ("a?b", None),             # the first letter is optional
    ("\\w*møbl", None),
    ("3tg\\b", None),
])
def test_head(stem: str, head: tuple[str, str] | None) -> None:
    assert _head(stem) == head


def test_stem_matching_empty_disables_the_matcher() -> None:
    assert compile_starts(["x?"]) is None
    assert compile_starts([]) is None
