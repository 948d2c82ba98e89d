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

from extractor.settings import ClassifySettings

DOC_TYPES = ("transparency_report", "equality_report", "council_papers", "action_plan", "other")

_CUES: dict[str, tuple[str, ...]] = {
    "transparency_report": (
        r"åpenhetslov\w*", r"openheitslov\w*", r"aktsomhetsvurdering\w*", r"aktsemdsvurdering\w*",
        r"transparency act", r"due diligence", r"leverandørkjede\w*", r"menneskerettighet\w*",
        r"anstendige arbeidsforhold", r"redegjørelse etter",
    ),
    "equality_report": (
        r"likestillingsredegjørels\w*", r"likestillingsutgreiing\w*", r"likestilling\w*", r"kjønnsbalanse\w*",
        r"\barp\b", r"aktivitets- og redegjørelsesplikt\w*", r"foreldrepermisjon\w*", r"gender equality",
        r"kvinneandel\w*", r"lønnsforskjell\w*",
    ),
    "council_papers": (
        r"\bsak \d+/\d+", r"forslag til vedtak", r"saksframlegg\w*", r"saksfremlegg\w*", r"\breferat\b",
        r"møtebok\w*", r"\bvedtak\b", r"\bsaksbehandler\b", r"\bsakliste\b", r"\bforfall\b", r"innkalling\w*",
        r"\bresolutions?\b", r"\bapologies\b", r"board meeting", r"\bunanimous\b", r"deputy members",
    ),
    "action_plan": (
        r"handlingsplan\w*", r"\btiltak\b", r"ikke startet", r"\bpågår\b", r"\bfullført\b", r"action plan",
        r"siste status", r"tiltaksplan\w*",
    ),
}
_COMPILED = {k: [re.compile(p, re.IGNORECASE) for p in v] for k, v in _CUES.items()}
# Title words that settle the type on their own.
_TITLE_CUES = {
    "transparency_report": re.compile(r"åpenhetslov|openheitslov|transparency act", re.I),
    "equality_report": re.compile(r"likestilling|gender equality", re.I),
    "council_papers": re.compile(r"saksdokument|saksframlegg|saksfremlegg|møtebok|referat|innkalling|\bsak\b|"
                                 r"møteprotokoll|styremøte|board meeting|\bminutes\b", re.I),
    "action_plan": re.compile(r"handlingsplan|tiltaksplan|action plan", re.I),
}

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


# A title naming another kind of document settles it as "other".
_OTHER_TITLE = re.compile(
    r"retningslinjer|code of conduct|policy|strategi|årsrapport|årsberetning|årsmelding|instruks|reglement|veileder",
    re.IGNORECASE,
)


def classify_doc_type(title: str, first_page: str, body: str) -> str:
    """The document kind from cue phrases; ``other`` when nothing fits."""
    if _OTHER_TITLE.search(title) and not any(c.search(title) for c in _TITLE_CUES.values()):
        return "other"
    scores: dict[str, float] = {}
    for kind, patterns in _COMPILED.items():
        s = 0.0
        if _TITLE_CUES[kind].search(title):
            s += 12.0
        for p in patterns:
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
