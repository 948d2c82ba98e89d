"""The learned sentence classifier: which checklist item, if any, a sentence shows.

Trained by ``scripts/train_checklist.py`` on ``scripts/data/checklist_sentences.jsonl``
(TF-IDF over character 3- to 5-grams inside word boundaries, one logistic regression per
item) and shipped as
plain JSON in ``models/checklist/model.json`` (never pickle). This module re-implements
the vectoriser (scikit-learn's ``char_wb`` n-grams, sublinear tf, smoothed idf, l2 norm) so
that loading needs no scikit-learn; the training script checks both agree.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping

import numpy as np

from extractor.extract.risk import char_wb_ngrams  # the same n-grams as scikit-learn's char_wb

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "checklist"
MODEL_FILE = "model.json"
MODEL_FORMAT = "checklist-charwb-lr/1"


@dataclass(frozen=True)
class ItemModel:
    intercept: float
    coef: dict[int, float]
    threshold: float


@dataclass(frozen=True)
class Classifier:
    vocabulary: dict[str, int]
    idf: tuple[float, ...]
    ngram_range: tuple[int, int]
    items: dict[str, ItemModel]

    @cached_property
    def matrix(self) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
        """(item names, intercepts, weights as a vocabulary × items array), built once per
        model: every item's score of a sentence in one product instead of a loop over items."""
        names = tuple(self.items)
        weights = np.zeros((len(self.idf), len(names)))
        for k, name in enumerate(names):
            for j, w in self.items[name].coef.items():
                weights[j, k] = w
        return names, np.array([self.items[n].intercept for n in names]), weights

    @cached_property
    def word_features(self) -> Callable[[str], tuple[int, ...]]:
        """A word's n-gram indices in the vocabulary, remembered for the words met most
        (char_wb n-grams never cross a word boundary, so a word's are always the same)."""
        vocabulary, ngram_range = self.vocabulary, self.ngram_range

        def indices(word: str) -> tuple[int, ...]:
            return tuple(vocabulary[g] for g in char_wb_ngrams(word, ngram_range, lowercase=False) if g in vocabulary)

        return lru_cache(maxsize=1 << 15)(indices)

    def features(self, text: str) -> dict[int, float]:
        counts: Counter[int] = Counter()
        for word in text.lower().split():
            counts.update(self.word_features(word))
        weights = {j: (1.0 + math.log(c)) * self.idf[j] for j, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {j: w / norm for j, w in weights.items()} if norm else {}

    def probability(self, item: str, text: str) -> float:
        """P(``text`` shows ``item``); 0 for an item the model does not know."""
        return self.probabilities(text, (item,))[item]

    def probabilities(self, text: str, items: tuple[str, ...]) -> dict[str, float]:
        """P(``text`` shows the item) for each of ``items``, all scored in one product."""
        names, intercepts, weights = self.matrix
        x = self.features(text)
        z = intercepts + (np.fromiter(x.values(), float, len(x)) @ weights[list(x)] if x else 0.0)
        scores = dict(zip(names, z.tolist()))
        return {item: _sigmoid(scores[item]) if item in scores else 0.0 for item in items}


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def classifier_from_dict(data: Mapping[str, Any]) -> Classifier:
    if data.get("format") != MODEL_FORMAT:
        raise ValueError(f"not a checklist model ({data.get('format')!r}, want {MODEL_FORMAT!r})")
    items = {
        name: ItemModel(float(m["intercept"]), {int(k): float(v) for k, v in m["coef"].items()}, float(m["threshold"]))
        for name, m in data["items"].items()
    }
    return Classifier(dict(data["vocabulary"]), tuple(float(v) for v in data["idf"]),
                      tuple(data["ngram_range"]), items)  # type: ignore[arg-type]


@lru_cache(maxsize=4)
def load_classifier(model_dir: Path | None = None) -> Classifier | None:
    """The shipped model (None when the file is missing: the rules then decide alone)."""
    path = Path(model_dir or MODEL_DIR) / MODEL_FILE
    if not path.exists():
        return None
    return classifier_from_dict(json.loads(path.read_text(encoding="utf-8")))
