#!/usr/bin/env python3
"""Train the "is this sentence a risk statement?" classifier shipped in ``models/risk-clf``.

Data: ``scripts/data/risk_sentences.jsonl``, one ``{"text": ..., "risk": true|false}`` a
line, written for this project (transparency and equality report style, Bokmål,
some Nynorsk and English). Model: TF-IDF over ``char_wb`` n-grams + logistic
regression, fixed seed, stratified 5-fold cross-validation.

The model is written as plain JSON (``model.json``: n-gram, idf and coefficient per
feature, intercept), never pickle, and read back by
``extractor.extract.risk.load_risk_classifier``, which reimplements the
vectoriser; the script checks that both give the same probabilities.
``scores.json`` holds the cross-validated precision, recall and F1.

The two decision thresholds are chosen on the out-of-fold probabilities, not on
any test document: ``threshold`` maximises F0.5 (precision first: a risk code is
usually stated in several sentences), ``context_threshold`` (text under a risk
heading) maximises F2.

Retrain:   .venv/bin/python scripts/train_risk.py
CV only:   .venv/bin/python scripts/train_risk.py --cv-only
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline

from extractor.extract.risk import MODEL_FILE, MODEL_FORMAT, classifier_from_dict, risk_probability

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA = REPO_ROOT / "scripts" / "data" / "risk_sentences.jsonl"
OUT = REPO_ROOT / "models" / "risk-clf"
SEED = 13
FOLDS = 5
NGRAM_RANGE = (2, 4)
MIN_DF = 2
MAX_FEATURES = 4000
C = 10.0
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(11))  # 0.30 … 0.80


def load_data(path: Path) -> tuple[list[str], np.ndarray]:
    """Texts and 0/1 labels from the JSONL file; duplicate texts are an error."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [str(r["text"]) for r in rows]
    if len(set(texts)) != len(texts):
        raise SystemExit(f"{path}: duplicate sentences")
    return texts, np.array([1 if r["risk"] else 0 for r in rows])


def make_pipeline(seed: int) -> Pipeline:
    """The vectoriser and classifier, with the settings the JSON export supports."""
    return Pipeline([
        ("tfidf", TfidfVectorizer(
            analyzer="char_wb", ngram_range=NGRAM_RANGE, lowercase=True, sublinear_tf=True,
            min_df=MIN_DF, max_features=MAX_FEATURES, norm="l2",
        )),
        ("clf", LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=seed)),
    ])


def _prf(labels: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    p, r, f, _ = precision_recall_fscore_support(labels, pred, average="binary", zero_division=0)
    return float(p), float(r), float(f)


def _fbeta(p: float, r: float, beta: float) -> float:
    return (1 + beta * beta) * p * r / (beta * beta * p + r) if p + r else 0.0


def cross_validate(texts: list[str], labels: np.ndarray, seed: int) -> dict:
    """Stratified k-fold figures: P/R/F1 at 0.5 (pooled and per fold) and the chosen thresholds."""
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    proba = cross_val_predict(make_pipeline(seed), texts, labels, cv=folds, method="predict_proba")[:, 1]
    p, r, f = _prf(labels, proba >= 0.5)
    per_fold = [round(_prf(labels[test], proba[test] >= 0.5)[2], 4) for _, test in folds.split(texts, labels)]
    curve = {t: _prf(labels, proba >= t) for t in THRESHOLDS}
    threshold = max(THRESHOLDS, key=lambda t: (_fbeta(curve[t][0], curve[t][1], 0.5), -t))
    context = max(THRESHOLDS, key=lambda t: (_fbeta(curve[t][0], curve[t][1], 2.0), t))
    tp, tr, tf = curve[threshold]
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "f1_per_fold": per_fold,
            "threshold": threshold, "context_threshold": context,
            "at_threshold": {"precision": round(tp, 4), "recall": round(tr, 4), "f1": round(tf, 4)}}


def export(pipe: Pipeline, threshold: float, context_threshold: float) -> dict:
    """The fitted pipeline as the JSON document ``load_risk_classifier`` reads."""
    vec: TfidfVectorizer = pipe.named_steps["tfidf"]
    clf: LogisticRegression = pipe.named_steps["clf"]
    vocab = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
    features = [[gram, float(vec.idf_[i]), float(clf.coef_[0][i])] for gram, i in vocab]
    return {
        "format": MODEL_FORMAT, "analyzer": "char_wb", "ngram_range": list(NGRAM_RANGE), "lowercase": True,
        "sublinear_tf": True, "norm": "l2", "threshold": threshold, "context_threshold": context_threshold,
        "intercept": float(clf.intercept_[0]),
        "features": features,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--cv-only", action="store_true", help="print cross-validated figures, write nothing")
    args = ap.parse_args(argv)

    texts, labels = load_data(args.data)
    cv = cross_validate(texts, labels, args.seed)
    print(f"{len(texts)} sentences ({int(labels.sum())} risk), {FOLDS}-fold CV (seed {args.seed}): "
          f"P={cv['precision']:.3f} R={cv['recall']:.3f} F1={cv['f1']:.3f} at 0.5, per fold {cv['f1_per_fold']}")
    at = cv["at_threshold"]
    print(f"chosen threshold {cv['threshold']} (max F0.5): P={at['precision']:.3f} R={at['recall']:.3f} F1={at['f1']:.3f}; "
          f"context threshold {cv['context_threshold']} (max F2)")
    if args.cv_only:
        return 0

    pipe = make_pipeline(args.seed).fit(texts, labels)
    model = export(pipe, cv["threshold"], cv["context_threshold"])
    loaded = classifier_from_dict(model)
    ours = np.array([risk_probability(loaded, t) for t in texts])
    max_diff = float(np.max(np.abs(ours - pipe.predict_proba(texts)[:, 1])))
    if max_diff > 1e-9:
        print(f"JSON model disagrees with scikit-learn (max |Δp| = {max_diff:.2e})", file=sys.stderr)
        return 1

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / MODEL_FILE).write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    scores = {
        "task": "risk statement (sentence) classification", "data": str(args.data.relative_to(REPO_ROOT))
        if args.data.is_relative_to(REPO_ROOT) else str(args.data),
        "n": len(texts), "n_risk": int(labels.sum()), "folds": FOLDS, "seed": args.seed, "cv": cv,
        "features": len(model["features"]), "json_vs_sklearn_max_abs_diff": max_diff,
        "params": {"analyzer": "char_wb", "ngram_range": list(NGRAM_RANGE), "min_df": MIN_DF,
                   "max_features": MAX_FEATURES, "C": C, "class_weight": "balanced"},
    }
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out / MODEL_FILE} ({len(model['features'])} features) and scores.json; "
          f"JSON vs sklearn max |Δp| = {max_diff:.1e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
