"""Document type and language.

``doc_type`` scores cue phrases, weighting the title and first page above the
body. ``language`` uses langdetect (fixed seed) to tell English and other
languages from the Scandinavian ones, then Bokmål/Nynorsk marker words,
which langdetect cannot tell apart (it knows only "no").
"""
from __future__ import annotations

import functools
import math
import re

from langdetect import DetectorFactory, LangDetectException, detect_langs

from extractor import catalogue
from extractor.literal_gate import LiteralGate
from extractor.settings import ClassifySettings

NYNORSK = {
    "ikkje", "eg", "kva", "korleis", "frå", "vere", "berre", "dei", "òg", "mykje", "noko", "ein", "eit", "vart",
    "verksemda", "verksemd", "utgreiing", "desse", "sjølv", "kvar", "heile", "fleire", "vore",
    "likestillingsutgreiing", "tilsette", "arbeidsgjevar", "heilt", "nokre", "hjå", "difor", "saman",
}
BOKMAL = {
    "ikke", "jeg", "hva", "hvordan", "fra", "være", "bare", "de", "også", "mye", "noe", "en", "et", "ble",
    "virksomheten", "virksomhet", "redegjørelse", "disse", "selv", "hver", "hele", "flere", "vært", "ansatte",
    "arbeidsgiver", "helt", "noen", "hos", "derfor", "sammen",
}
# Words both forms share carry no weight.
_SHARED = NYNORSK & BOKMAL
_WORD = re.compile(r"[a-zæøåòéô]+")


PART_WEIGHT = 4.0
_HEADING_LIKE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?[A-ZÆØÅ][^.!?]{2,70}$")


def _short_lines(text: str) -> list[str]:
    """Lines shaped like headings (short, capitalised, no full stop), where a chapter's title stands."""
    return [line.strip() for line in text.splitlines() if len(line.split()) <= 8 and _HEADING_LIKE.match(line.strip())]


# Counting a cue: an IGNORECASE pattern cannot use the regex engine's fast search for
# its first letters, so the same pattern without the flag counts over the lowercased
# text, which finds the same matches wherever lowercasing is what IGNORECASE does.
def _folds_alike(ch: str, letters: frozenset[str]) -> bool:
    """Whether ``ch`` matches each of ``letters`` under IGNORECASE exactly when
    its lowercase form equals the letter, and lowercasing keeps its length and
    its being a word character (not so for e.g. the long s, dotless i, İ, Σ)."""
    low = ch.lower()
    if len(low) != 1 or (ch.isalnum() or ch == "_") != (low.isalnum() or low == "_") or ch == "\u03a3":
        return False
    return all(bool(re.fullmatch(re.escape(l), ch, re.IGNORECASE)) == (low == l) for l in letters)


_char_folds_alike = functools.lru_cache(maxsize=8192)(_folds_alike)


@functools.lru_cache(maxsize=1024)
def _lowercase_twin(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The pattern without IGNORECASE, for lowercased text, and the letters it
    names; None when that would not be the same pattern (capitals, escapes
    such as \\B or \\W, character classes, other flags)."""
    text = pattern.pattern
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE) or "[" in text or "(?" in text.replace("(?:", ""):
        return None
    if text != text.lower():
        return None
    return re.compile(text), frozenset(ch for ch in text if ch.isalpha())


_gate = functools.lru_cache(maxsize=8)(LiteralGate.of)


def cue_counts(cues: tuple[re.Pattern[str], ...], text: str) -> list[int]:
    """``len(cue.findall(text))`` for each cue (IGNORECASE patterns); a cue whose required
    words the text lacks counts 0 without a search (:mod:`extractor.literal_gate`)."""
    twins = [_lowercase_twin(c) if c.flags & re.IGNORECASE else None for c in cues]
    letters = frozenset().union(*(t[1] for t in twins if t is not None))
    lowered = text.lower() if letters or any(twins) else text
    safe = all(_char_folds_alike(ch, letters) for ch in set(text))
    counts = []
    for cue, twin, possible in zip(cues, twins, _gate(cues).possible(text)):
        if not possible:
            counts.append(0)
        elif twin is None or not safe:
            counts.append(len(cue.findall(text)))
        else:
            counts.append(len(twin[0].findall(lowered)))
    return counts


def classify_doc_type(title: str, first_page: str, body: str) -> str:
    """The document kind from the catalogue's cues (``extractor/data/catalogue.toml``); ``other``
    when nothing fits.

    A title cue settles the type (+12); cue hits on the first page count double, in the body
    on a log scale. A title naming another kind of document (the ``other`` type's title cue:
    guidelines, a policy, an annual report) settles it as ``other`` unless another type's
    title cue is there too.
    """
    types = catalogue.load().doc_types
    other = types.get("other")
    titled = {k for k, t in types.items() if k != "other" and t.title_cue is not None and t.title_cue.search(title)}
    if other is not None and other.title_cue is not None and other.title_cue.search(title) and not titled:
        return "other"
    scores: dict[str, float] = {}
    cues = tuple(p for kind, t in types.items() if kind != "other" for p in t.cues)
    first_hits, body_hits = iter(cue_counts(cues, first_page)), iter(cue_counts(cues, body))
    short_lines = _short_lines(body)
    for kind, t in types.items():
        if kind == "other":
            continue
        s = 12.0 if kind in titled else 0.0
        if t.part_cue is not None and any(t.part_cue.search(line) for line in short_lines):
            s += PART_WEIGHT  # a chapter of this kind: "4.3. Likestilling og mangfold" in an annual report
        for _ in t.cues:
            s += 2.0 * min(3, next(first_hits))
            s += math.log1p(next(body_hits))
        scores[kind] = s
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 3.0 else "other"


def nb_or_nn(text: str) -> str:
    """Bokmål or Nynorsk from marker words."""
    words = _WORD.findall(text.lower())
    nn = sum(1 for w in words if w in NYNORSK and w not in _SHARED)
    nb = sum(1 for w in words if w in BOKMAL and w not in _SHARED)
    return "nn" if nn > nb else "nb"


# Function words only the Scandinavian languages or only English write. A sample full of one
# and nearly free of the other is settled without langdetect (the slowest part of
# classification); anything less clear-cut goes to langdetect as before.
SCANDINAVIAN_ONLY = frozenset({
    "og", "det", "som", "er", "på", "til", "av", "med", "har", "vi", "å", "skal", "eller", "kan", "ikke",
    "ikkje", "også", "òg", "ble", "vart", "blir", "vil", "etter", "mot", "hos", "hjå", "sin", "sitt", "sine",
    "vår", "vårt", "våre", "alle", "andre", "denne", "dette", "disse", "desse", "hvor", "kor", "når", "mellom",
    "gjennom", "innen", "innan", "samt", "ved", "seg", "deres", "være", "vere", "blitt", "vore",
})
ENGLISH_ONLY = frozenset({
    "the", "and", "of", "to", "is", "that", "with", "are", "this", "our", "has", "have", "was", "were",
    "which", "from", "will", "been", "their", "they", "these", "those", "would", "should", "its", "into",
    "such", "than", "more", "also", "each", "who", "what", "where", "when", "all", "other", "between",
})
CLEAR_LANGUAGE_MIN_WORDS = 30   # function words of one side, at least
CLEAR_LANGUAGE_RATIO = 10       # times as many as of the other side


def clear_language(words: list[str]) -> str | None:
    """"scandinavian" or "en" when the function words leave no doubt, else None."""
    scandinavian = sum(1 for w in words if w in SCANDINAVIAN_ONLY)
    english = sum(1 for w in words if w in ENGLISH_ONLY)
    if scandinavian >= CLEAR_LANGUAGE_MIN_WORDS and scandinavian >= CLEAR_LANGUAGE_RATIO * english:
        return "scandinavian"
    if english >= CLEAR_LANGUAGE_MIN_WORDS and english >= CLEAR_LANGUAGE_RATIO * scandinavian:
        return "en"
    return None


def detect_language(text: str, settings: ClassifySettings) -> str:
    """nb, nn, en or other (on the first 6000 characters)."""
    sample = text[:6000]
    words = _WORD.findall(sample.lower())
    if len(words) < 3:
        return "other"
    clear = clear_language(words)
    if clear is not None:
        return nb_or_nn(sample) if clear == "scandinavian" else clear
    DetectorFactory.seed = settings.langdetect_seed
    try:
        guesses = detect_langs(sample)
    except LangDetectException:
        return "other"
    top = guesses[0].lang if guesses else ""
    if top in ("no", "nn", "nb", "da", "sv"):
        return nb_or_nn(sample)
    if top == "en":
        return "en"
    return "other"
