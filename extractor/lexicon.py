"""Per-language lexicons: numbers and number words, qualifiers, money scales,
months and seasons, legal forms (``extractor/data/lexicon/*.toml``).

Every stage reads these words from here, so that a new word (a Nynorsk number,
a foreign legal form, an English qualifier) is one data entry that serves
facts, entities and the document fields alike. Languages are ``nb``, ``nn``
and ``en``; ``lang=None`` means "any of them", and a tuple of languages means
their union (a rule written for ``("nb", "nn")`` knows "tvo" as well as "to").

    >>> parse_number("2 318", "nb"), parse_number("7,38", "nb"), parse_number("2,318", "en")
    (2318.0, 7.38, 2318.0)
    >>> parse_number("tjuefem", "nb"), parse_number("tvo", "nn"), parse_number("twelve", "en")
    (25.0, 2.0, 12.0)
    >>> parse_number("tvo", "nb"), parse_number("tvo", ("nb", "nn"))
    (None, 2.0)
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

DATA = Path(__file__).resolve().parent / "data" / "lexicon"
LANGS = ("nb", "nn", "en")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """One lexicon file (``numbers``, ``quantities``, ``time``, ``legal_forms``), read once."""
    with (DATA / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


Langs = str | tuple[str, ...] | None  # one language, the union of several, or any (None)


def _langs(lang: Langs) -> tuple[str, ...]:
    if isinstance(lang, tuple):
        return tuple(lg for lg in LANGS if lg in lang) or LANGS
    return LANGS if lang is None or lang not in LANGS else (lang,)


def numeral_lang(lang: Langs) -> str | None:
    """The numeral convention of one language or a union: "nb" for nb/nn, "en", else None (any)."""
    langs = set(_langs(lang))
    if langs <= {"nb", "nn"}:
        return "nb"
    return "en" if langs == {"en"} else None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, spaces matching any white space."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


# Words grouped by first letter (factored_alternation) match as alternation() does: at a position
# only the group of that letter can match, and within it the words are tried in the same order,
# while the regex engine tests one letter per group instead of every word (hundreds of number
# words or gazetteer names). Heads: first letters whose case-insensitive classes are disjoint
# ("k" also matches the Kelvin sign, "s" the long s, "i" the dotless i; no two share a character).
_FACTOR_HEADS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789æøåéäöü")


def factored_alternation(words: Iterable[str], *, ignore_case: bool, any_space: bool = True) -> str:
    """The words of ``lexicon.alternation`` (longest first, a space matching any white space,
    or with ``any_space=False`` only a space), grouped by first letter (case-folded when the
    regex is compiled with IGNORECASE). With IGNORECASE and a word opening with another
    character, the words stay one plain list."""
    def _escaped(text: str) -> str:
        return re.escape(text).replace(r"\ ", r"\s+") if any_space else re.escape(text)

    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    if not uniq or any(not w or w[0].isspace() for w in uniq) or (
            ignore_case and any(w[0].lower() not in _FACTOR_HEADS for w in uniq)):
        return "|".join(_escaped(w) for w in uniq)
    groups: dict[str, list[str]] = {}
    for w in uniq:
        groups.setdefault(w[0].lower() if ignore_case else w[0], []).append(w)
    return "|".join(re.escape(head) + "(?:" + "|".join(_escaped(w[1:]) for w in ws) + ")"
                    for head, ws in groups.items())


# --------------------------------------------------------------------------- numbers

@lru_cache(maxsize=None)
def number_words(lang: Langs = None) -> dict[str, float]:
    """Cardinal words → value, compounds included ("tjuefem", "femogtjue", "twenty-five")."""
    out: dict[str, float] = {}
    for lg in _langs(lang):
        d = load("numbers")[lg]
        words = {k: float(v) for k, v in d["words"].items()}
        tens = {k: float(v) for k, v in d["tens"].items()}
        units = {k: v for k, v in words.items() if 1 <= v <= 9}
        out.update(words)
        out.update(tens)
        for t, tv in tens.items():
            for u, uv in units.items():
                if lg == "en":
                    out[f"{t}-{u}"] = tv + uv
                else:
                    out[f"{t}{u}"] = tv + uv
                    out[f"{u}og{t}"] = tv + uv
        for z in d.get("zero_words", ()):
            out.setdefault(z, 0.0)
    return out


@lru_cache(maxsize=None)
def zero_words(lang: Langs = None) -> frozenset[str]:
    return frozenset(z for lg in _langs(lang) for z in load("numbers")[lg].get("zero_words", ()))


@lru_cache(maxsize=None)
def number_word_pattern(lang: Langs = None, *, zero: bool = False) -> str:
    """Regex (no groups) for one number word; ``zero`` adds "ingen"/"none". Compounds are
    written by their shape (tens + unit, unit + "og" + tens, "twenty-five"), not listed one by
    one, which keeps every rule that uses the macro small and quick to compile and match."""
    simple: set[str] = set()
    tens: set[str] = set()
    units: set[str] = set()
    hyphen = False
    joined = False
    for lg in _langs(lang):
        d = load("numbers")[lg]
        simple.update(d["words"])
        tens.update(d["tens"])
        units.update(k for k, v in d["words"].items() if 1 <= float(v) <= 9)
        hyphen = hyphen or lg == "en"
        joined = joined or lg != "en"
        if zero:
            simple.update(d.get("zero_words", ()))
    t, u = alternation(tens), alternation(units)
    shapes = []
    if joined:
        shapes += [rf"(?:{t})(?:{u})", rf"(?:{u})og(?:{t})"]
    if hyphen:
        shapes.append(rf"(?:{t})-(?:{u})")
    body = "|".join([*shapes, alternation(simple | tens)])
    return rf"(?<![\w-])(?:{body})(?![\w-])"


# Numerals as printed: "2 318" / "2.318" / "2318" / "7,38" (nb, nn); "2,318" / "7.38" (en).
NUMERAL_NB = r"\d{1,3}(?:[\u00a0\u2009\u202f ]\d{3})+(?:,\d+)?(?!\d|,\d)|\d{1,3}(?:\.\d{3})+(?!\d|\.\d)|\d+(?:,\d+)?"
# English as Norwegian authors write it groups thousands with a space too ("3 150 suppliers", "NOK 1 150 million").
NUMERAL_EN = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,3}(?:[\u00a0\u2009\u202f ]\d{3})+(?:\.\d+)?(?!\d|[.,]\d)"
              r"|\d+(?:\.\d+)?")
NUMERAL_ANY = rf"{NUMERAL_NB}|\d+\.\d+"


def numeral_pattern(lang: Langs = None) -> str:
    """Regex (no groups) for a numeral as written in ``lang`` (or in every language of a tuple)."""
    conv = numeral_lang(lang)
    if conv == "en":
        return NUMERAL_EN
    if conv == "nb":
        return NUMERAL_NB
    return NUMERAL_ANY


def parse_numeral(text: str, lang: Langs = None) -> float | None:
    """Value of a numeral written in ``lang`` ("1 053", "7,38", "2.318"; en "1,120", "3.2")."""
    lang = numeral_lang(lang)
    t = text.strip()
    if not t or not t[0].isdigit():
        return None
    if lang == "en":
        t = _SPACES.sub("", t.replace(",", ""))
    else:
        t = _SPACES.sub("", t)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
            t = t.replace(".", "")
        elif lang is None and re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
            t = t.replace(",", "")
        else:
            t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def parse_number(text: str, lang: Langs = None) -> float | None:
    """A numeral or a number word in ``lang`` (any language when None, each of a tuple); None if neither."""
    t = _SPACES.sub(" ", text.strip().lower())
    if not t:
        return None
    if t[0].isdigit():
        return parse_numeral(t, lang)
    return number_words(lang).get(t)


# --------------------------------------------------------------------------- qualifiers and money

@lru_cache(maxsize=None)
def approx_pattern(lang: Langs = None) -> str:
    """Regex (no groups) for a qualifier before a number ("i overkant av", "approximately")."""
    words = [w for lg in _langs(lang) for w in load("quantities")["approx"][lg]]
    return rf"(?<![\w-])(?:{alternation(words)})(?![\w-])"


@lru_cache(maxsize=None)
def scale_pattern() -> str:
    """Regex (no groups) for a money scale word after a number ("milliarder", "mill.", "billion")."""
    return rf"(?:{alternation(load('quantities')['scales'])})(?!\w)"


@lru_cache(maxsize=None)
def currency_pattern() -> str:
    """Regex (no groups) for a currency word, scaled or not ("MNOK", "kroner", "NOK")."""
    return rf"(?<!\w)(?:{alternation(load('quantities')['currency_scales'])})(?!\w)"


def scale_of(word: str | None) -> float:
    """The factor of a scale or currency word ("milliarder" → 1e9, "MNOK" → 1e6, None → 1)."""
    if not word:
        return 1.0
    w = _SPACES.sub(" ", word.strip())
    q = load("quantities")
    for table in (q["currency_scales"], q["scales"]):
        for k, v in table.items():
            if k.lower() == w.lower():
                return float(v)
    return 1.0


# --------------------------------------------------------------------------- calendar and names

@lru_cache(maxsize=None)
def months(lang: Langs = None) -> dict[str, int]:
    return {k: int(v) for lg in _langs(lang) for k, v in load("time")["months"][lg].items()}


@lru_cache(maxsize=None)
def seasons(lang: Langs = None) -> dict[str, int]:
    """Season word → its last month."""
    return {k: int(v) for lg in _langs(lang) for k, v in load("time")["seasons"][lg].items()}


@lru_cache(maxsize=None)
def legal_forms(kind: str | None = None) -> tuple[str, ...]:
    """Legal-form suffixes (``norwegian``, ``foreign`` or both), longest first."""
    d = load("legal_forms")
    forms = [f for k in (("norwegian", "foreign") if kind is None else (kind,)) for f in d[k]]
    return tuple(sorted(set(forms), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def legal_form_pattern(kind: str | None = None) -> str:
    """Regex (no groups) for a legal form at the end of a name."""
    return rf"(?<!\w)(?:{alternation(legal_forms(kind))})(?![\w/])"
