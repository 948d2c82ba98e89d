#!/usr/bin/env python3
"""Train the checklist sentence classifier shipped in ``models/checklist``.

Data: ``scripts/data/checklist_sentences.jsonl``, one ``{"text", "lang", "items": [...]}``
a line, phrasings written for this project in nb, nn and en (an empty ``items`` list is a
sentence that shows no item: promises, pointers to other documents, the law restated, a
CEO's signature ...). Model: TF-IDF over character 3- to 5-grams inside word boundaries (``char_wb``,
sublinear tf, n-grams seen twice or more) and one
logistic regression per item (balanced classes, liblinear, fixed seed), so a retrain
gives the same file. Each item's threshold is chosen on out-of-fold probabilities
(stratified 4-fold CV): the one in [0.5, 0.9] with the best F0.5 (precision first: the
rules find most items, the model adds phrasings they miss); an item whose best F0.5 is
below MIN_F05 gets threshold 1.0, i.e. the model never decides it alone.

Written as plain JSON (``model.json``), never pickle, and read back by
:mod:`extractor.checklist.classifier`, which re-implements the vectoriser; the script
checks both give the same probabilities. ``scores.json`` holds the CV figures.

Retrain:  .venv/bin/python scripts/train_checklist.py
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from extractor.checklist.classifier import MODEL_FILE, MODEL_FORMAT, classifier_from_dict
from extractor.checklist.items import ALL_ITEMS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "scripts" / "data" / "checklist_sentences.jsonl"
OUT = ROOT / "models" / "checklist"
SEED = 7
FOLDS = 4
C = 30.0
NGRAMS = (3, 5)
MIN_DF = 2
MAX_FEATURES = 3000
MIN_F05 = 0.6
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(9))  # 0.50 … 0.90
OFF = 1.0


def load(path: Path) -> tuple[list[str], list[set[str]]]:
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    return [r["text"] for r in rows], [set(r.get("items") or []) for r in rows]


def vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char_wb", lowercase=True, ngram_range=NGRAMS, sublinear_tf=True,
                           min_df=MIN_DF, max_features=MAX_FEATURES, norm="l2", smooth_idf=True)


def model() -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=SEED)


def choose_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, dict[str, float]]:
    best = (0.0, OFF, 0.0, 0.0)
    for t in THRESHOLDS:
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        prec = tp / pred.sum() if pred.sum() else 0.0
        rec = tp / max(1, int(y.sum()))
        f05 = 1.25 * prec * rec / (0.25 * prec + rec) if prec + rec else 0.0
        if f05 > best[0]:
            best = (f05, t, prec, rec)
    f05, t, prec, rec = best
    figures = {"f05": round(f05, 3), "precision": round(prec, 3), "recall": round(rec, 3)}
    return (t if f05 >= MIN_F05 else OFF), figures


def train(texts: list[str], labels: list[set[str]]) -> tuple[dict, dict]:
    vec = vectorizer()
    X = vec.fit_transform(texts)
    vocab = {term: int(i) for term, i in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])}
    items: dict[str, dict] = {}
    scores: dict[str, dict] = {}
    for item in ALL_ITEMS:
        y = np.array([1 if item in l else 0 for l in labels])
        if y.sum() < FOLDS:
            continue
        folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
        oof = cross_val_predict(model(), X, y, cv=folds, method="predict_proba")[:, 1]
        threshold, cv = choose_threshold(y, oof)
        scores[item] = {"positives": int(y.sum()), "threshold": threshold, **cv}
        if threshold >= OFF:
            continue  # the model would never decide this item: not shipped
        clf = model().fit(X, y)
        coef = {str(j): round(float(w), 4) for j, w in enumerate(clf.coef_[0]) if abs(w) >= 0.05}
        items[item] = {"intercept": round(float(clf.intercept_[0]), 5), "coef": coef, "threshold": threshold}
    data = {"format": MODEL_FORMAT, "ngram_range": list(NGRAMS), "vocabulary": vocab,
            "idf": [round(float(v), 6) for v in vec.idf_], "items": items}
    return data, scores


def check_parity(data: dict, texts: list[str], labels: list[set[str]]) -> float:
    """Largest difference between sklearn's probabilities and the shipped re-implementation."""
    vec = TfidfVectorizer(analyzer="char_wb", lowercase=True, ngram_range=NGRAMS, sublinear_tf=True,
                          vocabulary=data["vocabulary"])
    vec.fit(texts)
    vec.idf_ = np.array(data["idf"])
    clf = classifier_from_dict(data)
    worst = 0.0
    X = vec.transform(texts)
    for item, m in data["items"].items():
        w = np.zeros(len(data["vocabulary"]))
        for j, c in m["coef"].items():
            w[int(j)] = c
        z = X @ w + m["intercept"]
        ref = 1 / (1 + np.exp(-z))
        ours = np.array([clf.probability(item, t) for t in texts])
        worst = max(worst, float(np.abs(ref - ours).max()))
    return worst


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    texts, labels = load(args.data)
    data, scores = train(texts, labels)
    gap = check_parity(data, texts, labels)
    if gap > 1e-3:
        print(f"re-implementation differs from scikit-learn by {gap:.4f}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / MODEL_FILE).write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
                                       encoding="utf-8")
    (args.out / "scores.json").write_text(json.dumps({"sentences": len(texts), "items": scores}, indent=1,
                                                     sort_keys=True) + "\n", encoding="utf-8")
    for item, s in scores.items():
        print(f"{item:<36} n={s['positives']:<3} t={s['threshold']:.2f} F0.5={s['f05']:.2f} P={s['precision']:.2f} R={s['recall']:.2f}")
    print(f"{len(texts)} sentences, {len(data['vocabulary'])} features; written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
