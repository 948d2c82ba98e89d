"""Risk sectors and risk issues that a document names as a risk.

Two signals decide whether a lexicon word is a *named risk* rather than a
passing mention:

* **Headings.** A section whose ancestor heading speaks of risk ("Våre største
  risikoområder", "Risiko, tiltak og mål") makes its own title a candidate:
  "IKT" under "Våre største risikoområder" is the sector ``ict_hardware``.
* **Sentences.** Inside text, a lexicon hit counts only when its sentence is a
  risk statement: the :class:`RiskClassifier` (a TF-IDF char n-gram logistic
  regression trained by ``scripts/train_risk.py``, stored as plain JSON) gives
  it a probability at or above the threshold, or it holds a strong cue ("høy
  risiko for", "kan forekomme", "utsatt for"). Sections under a risk heading
  use a lower threshold. A sector in text also needs a supply-chain word
  (production, supplier, industry, purchase) in its sentence.

The lexicon is data (``risk_lexicon.json``): code → regex stems, compiled once into one
matcher (:mod:`extractor.extract.risk_terms`). Every function here is pure; the classifier
and lexicon are passed in.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from extractor.errors import ExtractorError, ModelMissingError
from extractor.extract.deadlines import column_header
from extractor.literal_gate import LiteralGate
from extractor.extract.risk_cues import DEFINITION as _DEFINITION
from extractor.extract.risk_cues import DEFINITION_SECTION as _DEFINITION_SECTION
from extractor.extract.risk_cues import REQUIREMENT as _REQUIREMENT
from extractor.extract.risk_cues import RISK_COLUMN as _RISK_COLUMN
from extractor.extract.risk_terms import (DEFAULT_LEXICON_PATH, KINDS, Kind, Lexicon, LexiconHit, lexicon_from_dict,
                                          lexicon_hits, load_lexicon)

__all__ = [
    "DEFAULT_LEXICON_PATH", "Lexicon", "LexiconHit", "RiskClassifier", "RiskMatch", "RiskSection",
    "build_risk_sections", "char_wb_ngrams", "codes_for_doc_type", "classifier_from_dict", "find_risks", "is_risk_statement", "lexicon_hits",
    "lexicon_from_dict", "load_lexicon", "load_risk_classifier", "risk_codes", "risk_probability", "split_sentences",
]

Evidence = Literal["heading", "sentence"]

MODEL_FORMAT = "risk-clf/v1"
MODEL_FILE = "model.json"
DEFAULT_THRESHOLD = 0.5
DEFAULT_CONTEXT_THRESHOLD = 0.35
_KINDS = KINDS

_RISK_HEADING = re.compile(r"risiko|risk", re.IGNORECASE)
_STRONG_CUE = re.compile(
    r"\b(?:h[øo]ye?|h[øo]ge?|forh[øo]ye?t|betydelige?|stor)\s+risiko\b|\bh[øo][yg]risiko|\brisiko(?:en)?\s+for\b"
    r"|risiko\w*områd|\bkan\s+(?:forekomme|f[øo]rekome|oppst[åa])\b|\butsatte?\s+for\b|\butsette\s+for\b"
    r"|\bs[åa]rbare?\s+for\b|\bhigh[- ]risk\b|\brisks?\s+of\b|\bat\s+risk\b|\bexposed\s+to\b"
    # an actual adverse impact found: "fann revisorane systematisk overtid", "we found breaches of"
    r"|\b(?:fann|fant|avdekk(?:a|et|te|de)|avdekt|oppdaga|oppdaget|påviste|found|identified|uncovered|detected|observed)\b"
    r"[^.]{0,80}\b(?:brot|brudd|avvik|mangl\w*|overtid\w*|breach\w*|violation\w*|non-?conformit\w*|excessive)"
    r"|\b(?:brot|brudd|breach\w*|violations?)\s+(?:på|av|of)\b"
    # the risks the due diligence identified: "the risks identified in our due diligence: forced labour ..."
    r"|\brisks?\s+(?:we\s+(?:have\s+)?)?identified\b|\bidentified\s+(?:\w+\s+){0,2}risks?\b"
    r"|\brisiko(?:ane|ene|en)?\s+(?:vi\s+(?:har\s+)?)?(?:identifisert|avdekt|avdekket|funne|funnet)\b"
    r"|\b(?:identifisert|avdekt|avdekket)\s+(?:\w+\s+){0,2}risiko",
    re.IGNORECASE,
)
_SUPPLY_CUE = re.compile(
    r"produks|produser|produsent|leverand[øo]r|bransj|n[æa]ring|innkj[øo]p|anskaff|kj[øo]p|r[åa]vare|fabrikk"
    r"|verdikjed|import|industri|sektor|risiko\w*(?:områd|kategori)|h[øo][yg]risiko|supplier|supply|sourcing"
    r"|production|manufactur|industry|sector",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[\"«(•\-–]?\s*[A-ZÆØÅ0-9])"  # . ! ? before a capital or digit
    r"|\s*\n\s*(?=[^\sa-zæøå])"  # a line break, unless the next line goes on in lower case
    r"|\s+(?=[•▪●◦]\s)"  # a bullet
)
_LIST_ITEM = re.compile(r"^\s*(?:[•▪●◦*\-–]|\d{1,2}[.)])\s")
MIN_WORDS = 4  # shorter fragments (citations, list labels) need a strong cue or a risk lead-in


@dataclass(frozen=True, slots=True)
class RiskSection:
    """A section as the risk finder sees it: its title, ancestor titles (outermost first), text."""

    id: str
    title: str
    level: int
    path: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class RiskMatch:
    """One named risk. Offsets index the section's ``text``; heading matches have start=end=-1."""

    section_id: str
    start: int
    end: int
    text: str
    kind: Kind
    code: str
    evidence: Evidence


@dataclass(frozen=True, slots=True, eq=False)
class RiskClassifier:
    """A TF-IDF (``char_wb``) logistic regression read from JSON; see :func:`risk_probability`."""

    ngram_range: tuple[int, int]
    lowercase: bool
    sublinear_tf: bool
    index: Mapping[str, int]
    idf: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    context_threshold: float


def codes_for_doc_type(doc_type: str | None, path: Path = DEFAULT_LEXICON_PATH) -> frozenset[str] | None:
    """The risk codes a document type can name (``doc_type_codes`` in the lexicon), or None for all."""
    allowed = _doc_type_codes(path).get(doc_type or "")
    return frozenset(allowed) if allowed is not None else None


def _doc_type_codes(path: Path) -> dict[str, list[str]]:
    if path not in _DOC_TYPE_CODES:
        data = json.loads(path.read_text(encoding="utf-8")).get("doc_type_codes", {})
        _DOC_TYPE_CODES[path] = {k: v for k, v in data.items() if not k.startswith("_")}
    return _DOC_TYPE_CODES[path]


_DOC_TYPE_CODES: dict[Path, dict[str, list[str]]] = {}


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: at . ! ? before a capital or digit, at line breaks (unless the
    next line goes on in lower case) and before bullets."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            spans.append((pos + lead, pos + len(chunk.rstrip())))
        pos = m.end() if m else len(text)
    return spans


def char_wb_ngrams(text: str, ngram_range: tuple[int, int], *, lowercase: bool = True) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's ``analyzer="char_wb"``."""
    if lowercase:
        text = text.lower()
    min_n, max_n = ngram_range
    grams: list[str] = []
    for word in text.split():
        w = f" {word} "
        for n in range(min_n, max_n + 1):
            offset = 0
            grams.append(w[offset:offset + n])
            while offset + n < len(w):
                offset += 1
                grams.append(w[offset:offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return grams


def risk_probability(classifier: RiskClassifier, text: str) -> float:
    """P(risk statement) for ``text``: tf (sublinear) × idf, L2-normalised, logistic."""
    counts = Counter(
        classifier.index[g]
        for g in char_wb_ngrams(text, classifier.ngram_range, lowercase=classifier.lowercase)
        if g in classifier.index
    )
    weights = {
        i: ((1.0 + math.log(c)) if classifier.sublinear_tf else float(c)) * classifier.idf[i]
        for i, c in counts.items()
    }
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    z = classifier.intercept + sum(w / norm * classifier.coef[i] for i, w in weights.items())
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def classifier_from_dict(data: Mapping[str, Any]) -> RiskClassifier:
    """Build a :class:`RiskClassifier` from the JSON written by ``scripts/train_risk.py``."""
    if data.get("format") != MODEL_FORMAT or data.get("analyzer") != "char_wb" or data.get("norm") != "l2":
        raise ExtractorError(f"unsupported risk classifier (format {data.get('format')!r}); retrain with scripts/train_risk.py")
    features = data["features"]
    lo, hi = data["ngram_range"]
    return RiskClassifier(
        ngram_range=(int(lo), int(hi)),
        lowercase=bool(data["lowercase"]),
        sublinear_tf=bool(data["sublinear_tf"]),
        index=MappingProxyType({f[0]: i for i, f in enumerate(features)}),
        idf=tuple(float(f[1]) for f in features),
        coef=tuple(float(f[2]) for f in features),
        intercept=float(data["intercept"]),
        threshold=float(data.get("threshold", DEFAULT_THRESHOLD)),
        context_threshold=float(data.get("context_threshold", DEFAULT_CONTEXT_THRESHOLD)),
    )


def load_risk_classifier(path: Path) -> RiskClassifier:
    """Load the classifier from ``path`` (``models/risk-clf`` or its ``model.json``).

    Raises :class:`ModelMissingError` naming ``scripts/train_risk.py`` when the file is absent.
    """
    path = Path(path)
    file = path / MODEL_FILE if path.is_dir() or not path.suffix else path
    if not file.is_file():
        raise ModelMissingError(
            f"risk classifier not found at {file}; train it with: python scripts/train_risk.py", path=str(file)
        )
    try:
        return classifier_from_dict(json.loads(file.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as exc:
        raise ExtractorError(f"cannot read risk classifier {file}: {exc}; retrain with scripts/train_risk.py") from exc


def is_risk_statement(sentence: str, classifier: RiskClassifier, *, threshold: float | None = None) -> bool:
    """True when ``sentence`` holds a strong risk cue, or has ≥ MIN_WORDS words and the
    classifier scores it ≥ ``threshold`` (default: the classifier's own)."""
    if _STRONG_CUE.search(sentence):
        return True
    if len(sentence.split()) < MIN_WORDS:
        return False
    limit = classifier.threshold if threshold is None else threshold
    return risk_probability(classifier, sentence) >= limit


def build_risk_sections(rows: Iterable[Mapping[str, Any]]) -> list[RiskSection]:
    """:class:`RiskSection` list from section dicts (``id``, ``title``, ``level``, ``text``, optional ``parent``).

    Ancestors come from ``parent`` ids when given, else from the levels of the preceding sections.
    """
    rows = list(rows)
    by_id = {str(r["id"]): r for r in rows}
    out: list[RiskSection] = []
    stack: list[Mapping[str, Any]] = []
    for r in rows:
        level = int(r.get("level") or 1)
        if "parent" in r:
            path: list[str] = []
            parent, seen = r.get("parent"), set()
            while parent is not None and str(parent) in by_id and parent not in seen:
                seen.add(parent)
                path.insert(0, str(by_id[str(parent)].get("title") or ""))
                parent = by_id[str(parent)].get("parent")
        else:
            while stack and int(stack[-1].get("level") or 1) >= level:
                stack.pop()
            path = [str(s.get("title") or "") for s in stack]
            stack.append(r)
        out.append(RiskSection(str(r["id"]), str(r.get("title") or ""), level, tuple(path), str(r.get("text") or "")))
    return out


def find_risks(
    sections: list[RiskSection],
    classifier: RiskClassifier,
    *,
    lexicon: Lexicon | None = None,
    threshold: float | None = None,
    context_threshold: float | None = None,
) -> list[RiskMatch]:
    """Every named risk sector and issue in ``sections``, one :class:`RiskMatch` per mention.

    ``threshold`` and ``context_threshold`` (for text in sections under, or titled as, a
    risk heading) default to the classifier's own, chosen by cross-validation in training.
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    base = classifier.threshold if threshold is None else threshold
    context = classifier.context_threshold if context_threshold is None else context_threshold
    out: list[RiskMatch] = []
    for sec in sections:
        under_risk = any(_RISK_HEADING.search(t) for t in sec.path)
        in_context = under_risk or bool(_RISK_HEADING.search(sec.title))
        if in_context:
            for h in lexicon_hits(sec.title, lex):
                out.append(RiskMatch(sec.id, -1, -1, sec.title[h.start:h.end], h.kind, h.code, "heading"))
        limit = min(base, context) if in_context else base
        out.extend(_sentence_matches(sec, classifier, lex, limit))
    return out


_SECTION_GATE = LiteralGate.of((_DEFINITION, _REQUIREMENT))


def _sentence_matches(sec: RiskSection, classifier: RiskClassifier, lex: Lexicon, limit: float) -> list[RiskMatch]:
    """Lexicon hits in risk statements of ``sec.text``; list items inherit a risk lead-in ("...:")."""
    out: list[RiskMatch] = []
    if _DEFINITION_SECTION.search(sec.title):
        return out  # a section of definitions quotes the law
    lead_in = False  # the list we are in was introduced by a risk statement ending in ":"
    defining = False  # the list we are in was introduced by a definition ending in ":"
    # a sentence can hold a definition or a requirement only where its section has one of their words
    definitions, requirements = _SECTION_GATE.possible(sec.text)
    for s0, s1 in split_sentences(sec.text):
        sentence = sec.text[s0:s1]
        short = bool(_LIST_ITEM.match(sentence)) or len(sentence.split()) < MIN_WORDS
        if (definitions and _DEFINITION.search(sentence)) or (defining and short):
            defining = defining and short or sentence.rstrip().endswith(":")
            lead_in = False
            continue  # the law's definition, not the organisation's finding
        defining = False
        if requirements and _REQUIREMENT.search(sentence) and not _STRONG_CUE.search(sentence):
            continue  # a rule for suppliers, not a risk the organisation found
        hits = lexicon_hits(sentence, lex)
        item = lead_in and short
        if sentence.endswith(":"):
            lead_in = is_risk_statement(sentence, classifier, threshold=limit)
        elif not item:
            lead_in = False
        in_column = {i for i, h in enumerate(hits) if _RISK_COLUMN.search(column_header(sec.text, s0 + h.start))}
        if not hits or not (item or in_column or is_risk_statement(sentence, classifier, threshold=limit)):
            continue
        supply = bool(_SUPPLY_CUE.search(sentence))
        for i, h in enumerate(hits):
            if h.kind == "risk_sector" and not supply and not item and i not in in_column:
                continue
            if in_column and i not in in_column and not is_risk_statement(sentence, classifier, threshold=limit):
                continue  # a row with a risk column: only that column's words, unless the row reads as a risk
            out.append(RiskMatch(sec.id, s0 + h.start, s0 + h.end, sentence[h.start:h.end], h.kind, h.code, "sentence"))
    return out


def risk_codes(matches: Iterable[RiskMatch]) -> dict[Kind, set[str]]:
    """The sets of codes per kind, as the contract's document-level fields compare them."""
    matches = list(matches)
    return {kind: {m.code for m in matches if m.kind == kind} for kind in _KINDS}
