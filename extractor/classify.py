"""Document type and language.

``doc_type`` scores cue phrases, weighting the title and first page above the
body. ``language`` uses langdetect (fixed seed) to tell English and other
languages from the Scandinavian ones, then Bokmål/Nynorsk marker words,
which langdetect cannot tell apart (it knows only "no").
"""
from __future__ import annotations

import math
import re

from langdetect import DetectorFactory, LangDetectException, detect_langs

from extractor import catalogue
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
    for kind, t in types.items():
        if kind == "other":
            continue
        s = 12.0 if kind in titled else 0.0
        if t.part_cue is not None and any(t.part_cue.search(line) for line in _short_lines(body)):
            s += PART_WEIGHT  # a chapter of this kind: "4.3. Likestilling og mangfold" in an annual report
        for p in t.cues:
            s += 2.0 * min(3, len(p.findall(first_page)))
            s += math.log1p(len(p.findall(body)))
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
