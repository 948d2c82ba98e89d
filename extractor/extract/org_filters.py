"""Classes of candidates that look like organisation names but are not.

The vocabularies live in ``extractor/data/lexicon/org_stoplists.toml`` (party
labels, acronyms of things, job titles, places, concepts, case titles in
capitals), each with examples and counter-examples that
``tests/test_org_stoplists.py`` runs. :func:`reject_reason` names the class a
candidate falls in, or ``None`` when it may be a body. People are handled per
document (:func:`person_words`, :func:`is_person`): a name the NER reads as a
person somewhere, a surname of one, or a name followed by a party label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from extractor import lexicon
from extractor.lexicon import legal_form_pattern

_LEGAL_END = re.compile(rf"{legal_form_pattern()}\s*$")


@dataclass(frozen=True)
class StopClass:
    name: str
    words: frozenset[str]  # compared case-sensitively (acronyms) and lower-cased (words)
    patterns: tuple[re.Pattern[str], ...]
    min_long_word: int = 0


@lru_cache(maxsize=1)
def stop_classes() -> tuple[StopClass, ...]:
    data = lexicon.load("org_stoplists")
    out = []
    for name, d in data.items():
        out.append(StopClass(name, frozenset(d.get("words", [])),
                             tuple(re.compile(p) for p in d.get("patterns", [])), int(d.get("min_long_word", 0))))
    return tuple(out)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,.;:()«»\"'")


def is_label_word(word: str) -> bool:
    """Is ``word`` a form label or a role ("Leder", "Møtedato") that may stand before a name?"""
    return reject_reason(word) in ("labels", "job_titles")


def reject_reason(text: str) -> str | None:
    """The stop class ``text`` belongs to ("places", "job_titles" ...), or None.

    A name ending in a legal form ("Head Oslo AS") is a company whatever its words.
    """
    t = _norm(text)
    if not t or _LEGAL_END.search(t):
        return None
    base = re.sub(r"(?<=[A-ZÆØÅ])s$", "", t)  # "ESGs", "HMSs"
    for c in stop_classes():
        if t in c.words or base in c.words or (not t.isupper() and len(t) > 3 and t.lower() in _lower(c.name)):
            return c.name
        for p in c.patterns:
            if p.search(t):
                if c.min_long_word and not any(len(w) >= c.min_long_word for w in re.findall(r"\w+", t)):
                    continue
                return c.name
    return None


@lru_cache(maxsize=None)
def _lower(name: str) -> frozenset[str]:
    c = next(c for c in stop_classes() if c.name == name)
    return frozenset(w.lower() for w in c.words if not w.isupper() and len(w) > 3)


_PARTY_AFTER = re.compile(r"^\s*\((?:[A-ZÆØÅ][A-Za-zæøåÆØÅ]{0,3}|Uavh\.?)\)")


def party_follows(rest: str) -> bool:
    """Does the text right after a candidate hold a party label: "Kari Nord (Sp)"?"""
    m = _PARTY_AFTER.match(rest)
    if not m:
        return False
    label = m.group(0).strip(" ()")
    return label in next(c for c in stop_classes() if c.name == "party_labels").words


def person_words(names: Iterable[str]) -> frozenset[str]:
    """Capitalised words of the people a document names (first names and surnames)."""
    return frozenset(w for n in names for w in re.findall(r"[A-ZÆØÅ][\wæøåÆØÅ'-]+", n) if len(w) > 1)


def is_person(text: str, people: frozenset[str]) -> bool:
    """Every word of ``text`` is a word of a person's name ("Hansen", "Kari Nord"),
    and it has no legal form."""
    words = re.findall(r"[\wæøåÆØÅ'-]+", _norm(text))
    if not words or _LEGAL_END.search(_norm(text)) or _norm(text).isupper():
        return False
    return all(w in people for w in words)


@lru_cache(maxsize=1)
def _lead() -> re.Pattern[str]:
    return re.compile(lexicon.load("org_stoplists")["leading_nouns"]["pattern"])


def strip_lead(text: str) -> str:
    """Drop a common noun that introduces a name: "Bemanningsbyrået Pluss Helse AS" → "Pluss Helse AS"."""
    m = _lead().match(text)
    return text[m.end():] if m and len(text[m.end():]) > 2 else text


_SPACE_BEFORE_DIGIT = re.compile(r"(?<=[A-Za-zÆØÅæøå])\s+(?=\d)")
_SPACES = re.compile(r"\s+")


def canonical_form(name: str) -> str:
    """One spelling per name across documents: single spaces, no space between a word and the
    number it carries ("HelseOmsorg 21-rådet" and "HelseOmsorg21-rådet" → "HelseOmsorg21-rådet")."""
    return _SPACE_BEFORE_DIGIT.sub("", _SPACES.sub(" ", name).strip())
