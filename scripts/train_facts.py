#!/usr/bin/env python3
"""Train the learned transparency-fact classifier (models/facts-transparency/model.json).

Reads labelled sentences (scripts/data/fact_sentences.jsonl, made by
scripts/make_fact_sentences.py): each number in a sentence with the fixed fact
it states or ``none``; every other number of the sentence is ``none`` too.
Whole phrasings (templates) are held out to choose the probability threshold:
the lowest one at which the held-out predictions of a fact (not ``none``)
reach the target precision. The final model is trained on every sentence.
Deterministic: fixed split, lbfgs on a fixed order, weights rounded.

    python scripts/train_facts.py [--precision 0.95]
"""
from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extractor.facts import transparency_learned as tl  # noqa: E402

DATA = ROOT / "scripts" / "data" / "fact_sentences.jsonl"
OUT = ROOT / "models" / "facts-transparency"
N_FEATURES = 2 ** 14


def examples(path: Path) -> list[tuple[list[str], str, str]]:
    """(features, label, template) per number of every sentence."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text, lang = rec["text"], rec["lang"]
        labelled = {n: label for n, label in rec["numbers"]}
        for start, end, _ in tl.candidates(text, lang):
            label = labelled.get(text[start:end], "none")
            out.append((tl.features(text, start, end), label, rec["template"]))
    return out


def matrix(rows: list[list[str]]) -> csr_matrix:
    data, ind, ptr = [], [], [0]
    for feats in rows:
        h = tl.hashed(feats, N_FEATURES)
        for i in sorted(h):
            ind.append(i)
            data.append(h[i])
        ptr.append(len(ind))
    return csr_matrix((np.array(data), np.array(ind), np.array(ptr)), shape=(len(rows), N_FEATURES))


def fit(rows: list[tuple[list[str], str, str]]) -> LogisticRegression:
    clf = LogisticRegression(C=4.0, max_iter=2000)
    clf.fit(matrix([r[0] for r in rows]), [r[1] for r in rows])
    return clf


def held_out(template: str) -> bool:
    return zlib.crc32(template.encode()) % 4 == 0


def choose_threshold(clf: LogisticRegression, test: list[tuple[list[str], str, str]], precision: float) -> tuple[float, dict]:
    probs = clf.predict_proba(matrix([r[0] for r in test]))
    classes = list(clf.classes_)
    best, scores = 0.99, {}
    for t in [x / 100 for x in range(40, 100, 2)]:
        tp = fp = fn = 0
        for p, (_, gold, _) in zip(probs, test):
            k = int(np.argmax(p))
            pred = classes[k] if p[k] >= t else "none"
            if pred != "none":
                tp, fp = tp + (pred == gold), fp + (pred != gold)
            if gold != "none" and pred != gold:
                fn += 1
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores[f"{t:.2f}"] = {"precision": round(prec, 3), "recall": round(rec, 3)}
        if prec >= precision:
            best = t
            break
    return best, scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--precision", type=float, default=0.95, help="held-out precision the threshold must reach")
    args = ap.parse_args()
    rows = examples(DATA)
    train = [r for r in rows if not held_out(r[2])]
    test = [r for r in rows if held_out(r[2])]
    threshold, curve = choose_threshold(fit(train), test, args.precision)
    clf = fit(rows)
    weights: dict[str, list[float]] = {}
    coef = clf.coef_
    for i in range(N_FEATURES):
        col = [round(float(w), 4) for w in coef[:, i]]
        if any(abs(w) >= 1e-3 for w in col):
            weights[str(i)] = col
    model = {"n_features": N_FEATURES, "classes": [str(c) for c in clf.classes_],
             "intercept": [round(float(b), 4) for b in clf.intercept_], "threshold": threshold, "weights": weights}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "model.json").write_text(json.dumps(model, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    scores = {"examples": len(rows), "train": len(train), "held_out": len(test), "threshold": threshold,
              "held_out_curve": curve}
    (OUT / "scores.json").write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(rows)} numbers ({len(test)} held out); threshold {threshold}: {curve.get(f'{threshold:.2f}')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
