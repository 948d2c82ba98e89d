"""Norwegian (bokmål, some nynorsk) number words and ordinals, 0–100.

Pure lookups used by the percentage and temporal grammars:

* :data:`NUMBER_WORD_PATTERN` – a regex fragment (no groups) matching one
  cardinal written as a word: ``ni``, ``én``, ``tjuefem``, ``femogtjue``,
  ``hundre``, ``en halv``, ``halvannen``;
* :func:`parse_number_word` – its value;
* :data:`ORDINALS` / :data:`ORDINAL_PATTERN` – ``første`` … ``fjerde`` and
  ``siste`` (value ``-1``: "the last one").
"""
from __future__ import annotations

import re
from types import MappingProxyType

__all__ = ["NUMBER_WORD_PATTERN", "ORDINALS", "ORDINAL_PATTERN", "parse_number_word"]

_UNITS = MappingProxyType({
    "null": 0, "en": 1, "én": 1, "ett": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4,
    "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9,
})
_TEENS = MappingProxyType({
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
})
_TENS = MappingProxyType({
    "tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "femti": 50,
    "seksti": 60, "sytti": 70, "åtti": 80, "nitti": 90,
})
# Units that may appear inside a compound ("tjuefem", "enogtjue").
_COMPOUND_UNITS = ("en", "én", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni")
_SPECIAL = MappingProxyType({
    "hundre": 100.0, "ett hundre": 100.0, "etthundre": 100.0, "hundre og null": 100.0,
    "en halv": 0.5, "et halvt": 0.5, "halvannen": 1.5, "halvannet": 1.5,
})

ORDINALS = MappingProxyType({
    "første": 1, "andre": 2, "annen": 2, "annet": 2, "tredje": 3, "fjerde": 4, "siste": -1,
})


def _alt(words: object) -> str:
    """Alternation of words, longest first so that compounds win."""
    return "|".join(sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


def _first_letters(*tables: object) -> str:
    """A look-ahead for the letters the words of ``tables`` begin with: a position opening with
    any other letter is passed over at once instead of trying every word there (the same
    matches, with or without IGNORECASE: the class and the words fold alike)."""
    letters = sorted({str(w)[0] for table in tables for w in table})  # type: ignore[attr-defined]
    return "(?=[" + "".join(re.escape(c) for c in letters) + "])"


_TENS_ALT = _alt(_TENS)
_CU_ALT = _alt(_COMPOUND_UNITS)

NUMBER_WORD_PATTERN = (
    r"(?<![\w-])" + _first_letters(_SPECIAL, _TENS, _COMPOUND_UNITS, _TEENS, _UNITS) + "(?:"
    + _alt(_SPECIAL)
    + rf"|(?:{_TENS_ALT})(?:{_CU_ALT})?"
    + rf"|(?:{_CU_ALT})og(?:{_TENS_ALT})"
    + "|" + _alt(_TEENS)
    + "|" + _alt(_UNITS)
    + r")(?![\w-])"
)
ORDINAL_PATTERN = r"(?<![\w-])" + _first_letters(ORDINALS) + "(?:" + _alt(ORDINALS) + r")(?![\w-])"

_COMPOUND = re.compile(rf"(?P<tens>{_TENS_ALT})(?P<unit>{_CU_ALT})?|(?P<unit2>{_CU_ALT})og(?P<tens2>{_TENS_ALT})")
_SPACES = re.compile(r"\s+")


def parse_number_word(word: str) -> float | None:
    """Value of a Norwegian number word (0–100), or None if it is not one.

    >>> parse_number_word("tjuefem"), parse_number_word("én"), parse_number_word("hus")
    (25.0, 1.0, None)
    """
    w = _SPACES.sub(" ", word.strip().lower())
    if w in _SPECIAL:
        return _SPECIAL[w]
    for table in (_UNITS, _TEENS):
        if w in table:
            return float(table[w])
    m = _COMPOUND.fullmatch(w)
    if m is None:
        return None
    tens = m.group("tens") or m.group("tens2")
    unit = m.group("unit") or m.group("unit2")
    return float(_TENS[tens] + (_UNITS[unit] if unit else 0))
