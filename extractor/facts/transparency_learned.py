"""A learned component beside the patterns: which fixed transparency fact does a number state?

For every number in a sentence (numerals and number words; not years), a
logistic-regression model over hashed features of its context (the words
around it by position, the noun after it, a per-cent sign, a currency or
scale word) gives a probability per fixed fact and ``none``. The patterns of
``extractor/data/rules/transparency.toml`` stay the high-precision path: the
classifier only fills facts that no rule found, and only above the threshold
chosen on held-out phrasings when it was trained (``scripts/train_facts.py``,
labelled sentences in ``scripts/data/fact_sentences.jsonl``).

The model is plain JSON weights (``models/facts-transparency/model.json``),
read offline; features are hashed with CRC-32, so nothing but the standard
library is needed at run time.
"""
from __future__ import annotations

import json
import math
import re
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from extractor import lexicon
from extractor.facts.common import Fact
from extractor.settings import MODELS_DIR
from extractor.sentences import Sentence

MODEL = MODELS_DIR / "facts-transparency" / "model.json"  # the shipped models folder (Settings.models_dir default)
_WORD = re.compile(r"[\wæøåÆØÅ%-]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_STEM = 6


@lru_cache(maxsize=None)
def _number_pattern(lang: str | None) -> re.Pattern[str]:
    """Numerals and number words of ``lang`` (the article-like "en", "one" left out), compiled once."""
    num = lexicon.numeral_pattern(lang)
    words = lexicon.alternation(w for w in lexicon.number_words(lang) if w not in ("en", "ei", "et", "ein", "a", "one"))
    return re.compile(rf"(?<![\w.,])(?:{num})(?![\w]|[.,]\d)|(?<![\w-])(?:{words})(?![\w-])", re.I)


def candidates(text: str, lang: str | None) -> Iterator[tuple[int, int, float]]:
    """(start, end, value) of every number in ``text`` that could state a count, a rate or an amount."""
    lg = lang if lang in lexicon.LANGS else None
    for m in _number_pattern(lg).finditer(text):
        raw = m.group(0)
        if _YEAR.fullmatch(raw):
            continue
        value = lexicon.parse_number(raw, lg)
        if value is not None:
            yield m.start(), m.end(), value


def features(text: str, start: int, end: int) -> list[str]:
    """Context features of the number at text[start:end]."""
    left = [w.lower() for w in _WORD.findall(text[:start])][-6:]
    right = [w.lower() for w in _WORD.findall(text[end:])][:8]
    out = ["BIAS"]
    for k, w in enumerate(reversed(left), 1):
        out += [f"L{min(k, 4)}={w}", f"LW={w}", f"LS={w[:_STEM]}"]
    for k, w in enumerate(right, 1):
        out += [f"R{min(k, 4)}={w}", f"RW={w}", f"RS={w[:_STEM]}"]
    if right:
        out.append(f"U={right[0]}")
        if len(right) > 1:
            out += [f"R12={right[0]}_{right[1]}", f"U2={right[1]}"]
    if left:
        out.append(f"L1R1={left[-1]}_{right[0] if right else ''}")
    after = text[end:end + 14].lower()
    if re.match(r"\s*(?:%|prosent|pst|per ?cent|percent)", after):
        out.append("PCT")
    if re.search(rf"(?:{lexicon.currency_pattern()}|{lexicon.scale_pattern()})", text[max(0, start - 6):end + 22], re.I):
        out.append("MONEY")
    return out


def hashed(feats: Iterable[str], n_features: int) -> dict[int, float]:
    out: dict[int, float] = {}
    for f in feats:
        i = zlib.crc32(f.encode("utf-8")) % n_features
        out[i] = out.get(i, 0.0) + 1.0
    return out


@lru_cache(maxsize=2)
def load(path: Path = MODEL) -> dict[str, Any] | None:
    """The trained model, or None when it has not been shipped (the rules then work alone)."""
    if not path.is_file():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    model["weights"] = {int(k): v for k, v in model["weights"].items()}
    return model


def probabilities(model: dict[str, Any], feats: list[str]) -> dict[str, float]:
    scores = list(model["intercept"])
    for i, x in hashed(feats, model["n_features"]).items():
        for c, w in enumerate(model["weights"].get(i, ())):
            scores[c] += w * x
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(model["classes"], exp)}


def _value(fact: str, text: str, end: int, value: float) -> float | int | None:
    if fact == "revenue_nok":
        m = re.match(rf"\s*(?P<s>{lexicon.scale_pattern()})?\s*(?P<c>{lexicon.currency_pattern()})?", text[end:], re.I)
        value *= lexicon.scale_of(m.group("s") if m else None) * lexicon.scale_of(m.group("c") if m else None)
        if value < 1_000_000:
            return None
    if fact == "esg_response_rate" and not re.match(r"\s*(?:%|prosent|pst|per ?cent|percent)", text[end:], re.I):
        return None
    return int(round(value)) if float(value).is_integer() or fact != "esg_response_rate" else round(value, 2)


def fill(sents: Iterable[Sentence], lang: str | None, missing: set[str], model: dict[str, Any] | None = None) -> list[Fact]:
    """For each fact in ``missing``, the most probable number of the document above the threshold."""
    model = model if model is not None else load()
    if model is None or not missing:
        return []
    best: dict[str, tuple[float, Fact]] = {}
    threshold = float(model["threshold"])
    for sent in sents:
        for start, end, value in candidates(sent.text, lang):
            probs = probabilities(model, features(sent.text, start, end))
            fact, p = max(probs.items(), key=lambda kv: kv[1])
            if fact not in missing or p < threshold or (fact in best and best[fact][0] >= p):
                continue
            v = _value(fact, sent.text, end, value)
            if v is None:
                continue
            evidence = sent.evidence(start, end)
            evidence["classifier"] = round(p, 3)
            best[fact] = (p, Fact(fact, v, evidence))
    return [f for _, f in best.values()]
