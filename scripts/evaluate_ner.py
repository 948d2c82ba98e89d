#!/usr/bin/env python3
"""Evaluate the Norwegian NER model (models/ner-nb) on NorNE Bokmål, next to published figures.

Scores are entity-level precision/recall/F1 with exact span and label match
(spaCy's ``ents_p/ents_r/ents_f``); the model tokenises the raw sentence text
itself, as it would on real documents. The main figure takes one sentence at a
time, like the published ones; two more show the model as the pipeline uses
it: with the document step that gives a name one label across a document
(``extractor.extract.ner_context``), and on paragraphs of several sentences.
Also holds the NorNE reading helpers shared with ``train_ner.py``.

Usage:  .venv/bin/python scripts/evaluate_ner.py [--model models/ner-nb] [--norne DIR]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import extractor.extract.ner_crf  # noqa: F401  (registers the crf_ner component for spacy.load)

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_NORNE = REPO_ROOT.parent / "shared" / "norne"
DEFAULT_MODEL = REPO_ROOT / "models" / "ner-nb"
# Entity F1 of spaCy's own pipelines on NorNE Bokmål test (as given in the NorNE README).
PUBLISHED_F1 = {"nb_core_news_sm": 0.748, "nb_core_news_md": 0.816, "nb_core_news_lg": 0.839}
# Sentences per "document" for the document step (NorNE keeps a document's sentences together but
# does not mark where one ends); chosen on dev with the train-only model: F1 0.8257 without the step,
# 0.8263 / 0.8305 / 0.8305 / 0.8293 / 0.8299 over 10 / 20 / 50 / 100 / 200 sentences.
CONTEXT = 50
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "»", "”", "%", "..."}
NO_SPACE_AFTER = {"(", "[", "«", "“"}


def read_norne(path: Path) -> list[tuple[list[str], list[str]]]:
    """Read a NorNE TSV file (token<TAB>IOB2 tag, blank line between sentences)."""
    sents, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        token, tag = line.split("\t")
        words.append(token)
        tags.append(tag.strip())
    return sents


def guess_spaces(words: list[str]) -> list[bool]:
    """Guess the whitespace after each token so that doc.text reads like running text."""
    spaces = [True] * len(words)
    open_quote = False
    for i, word in enumerate(words):
        if word == '"':
            if open_quote and i > 0:
                spaces[i - 1] = False
            elif not open_quote:
                spaces[i] = False
            open_quote = not open_quote
        elif word in NO_SPACE_BEFORE and i > 0:
            spaces[i - 1] = False
        elif word in NO_SPACE_AFTER:
            spaces[i] = False
    spaces[-1] = False
    return spaces


def sentences_to_docs(vocab, sents: list[tuple[list[str], list[str]]]) -> list:
    """Build gold spaCy Docs with entity annotation from IOB2-tagged sentences."""
    from spacy.tokens import Doc

    docs = []
    for words, tags in sents:
        fixed, prev = [], "O"
        for tag in tags:  # a stray I- tag after O / another label starts a new entity
            if tag.startswith("I-") and prev[2:] != tag[2:]:
                tag = "B-" + tag[2:]
            fixed.append(tag)
            prev = tag
        docs.append(Doc(vocab, words=words, spaces=guess_spaces(words), ents=fixed))
    return docs


def load_splits(norne: Path, vocab, splits=("train", "dev", "test")) -> dict[str, list]:
    """Load NorNE Bokmål splits as gold Docs; exit with a clear message if data is missing."""
    if not norne.is_dir():
        sys.exit(f"error: NorNE directory not found: {norne}\n"
                 "Pass --norne DIR (the directory with nob-train.tsv, nob-dev.tsv, nob-test.tsv).")
    files = {split: norne / f"nob-{split}.tsv" for split in splits}
    missing = [str(f) for f in files.values() if not f.is_file()]
    if missing:
        sys.exit(f"error: NorNE file(s) missing: {', '.join(missing)}")
    return {split: sentences_to_docs(vocab, read_norne(f)) for split, f in files.items()}


def _scores(examples: list) -> dict:
    from spacy.scorer import Scorer

    scores = Scorer.score_spans(examples, "ents")
    per_label = {label: {k: round(v, 4) for k, v in s.items()}
                 for label, s in sorted((scores.get("ents_per_type") or {}).items())}
    return {"precision": round(scores["ents_p"], 4), "recall": round(scores["ents_r"], 4),
            "f1": round(scores["ents_f"], 4), "per_label": per_label}


def evaluate(nlp, docs: list, context: int = 0) -> dict:
    """Entity-level P/R/F1 (exact span and label), overall and per label, one sentence at a time.

    ``context``: also apply the pipeline's document step (extractor.extract.ner_context.harmonise)
    over runs of this many consecutive sentences, as the pipeline does over a document's paragraphs.
    """
    from spacy.training import Example

    predicted = list(nlp.pipe((doc.text for doc in docs), batch_size=256))
    if context:
        from extractor.extract.ner_context import harmonise

        for i in range(0, len(predicted), context):
            harmonise(predicted[i:i + context])
    return _scores([Example(p, g) for p, g in zip(predicted, docs)])


def evaluate_paragraphs(nlp, docs: list, size: int = 5) -> dict:
    """The same scores with runs of ``size`` sentences given to the model as one text (a paragraph)."""
    from spacy.tokens import Doc
    from spacy.training import Example

    gold = [Doc.from_docs(docs[i:i + size]) for i in range(0, len(docs), size)]
    return _scores([Example(p, g) for p, g in zip(nlp.pipe((g.text for g in gold), batch_size=64), gold)])


def full_scores(nlp, docs: list) -> dict:
    """Sentence-by-sentence scores (comparable with the published figures), plus ``in_document``:
    with the pipeline's document step over runs of CONTEXT sentences, and ``paragraphs``: runs of 5
    sentences given to the model as one text, as the pipeline does."""
    scores = evaluate(nlp, docs)
    for key, extra in (("in_document", evaluate(nlp, docs, context=CONTEXT)),
                       ("paragraphs", evaluate_paragraphs(nlp, docs))):
        scores[key] = {k: extra[k] for k in ("precision", "recall", "f1")}
    scores["in_document"]["sentences_per_document"] = CONTEXT
    return scores


def print_scores(name: str, scores: dict) -> None:
    """Print a P/R/F1 table for one split, followed by the published reference figures."""
    print(f"\n{name}: P {scores['precision']:.4f}  R {scores['recall']:.4f}  F1 {scores['f1']:.4f}")
    for label, s in scores["per_label"].items():
        print(f"  {label:<8} P {s['p']:.4f}  R {s['r']:.4f}  F1 {s['f']:.4f}")
    for key, what in (("in_document", f"with the document step over {CONTEXT} sentences"),
                      ("paragraphs", "5 sentences at a time as one text")):
        if key in scores:
            s = scores[key]
            print(f"  {what}: P {s['precision']:.4f}  R {s['recall']:.4f}  F1 {s['f1']:.4f}")
    print("  published, NorNE Bokmål test F1: "
          + ", ".join(f"{model} {f1:.3f}" for model, f1 in PUBLISHED_F1.items()))


def measure_speed(nlp, docs: list, repeats: int = 3) -> float:
    """Best-of-n sentences per second for nlp.pipe over raw sentence texts (CPU, one process)."""
    texts = [doc.text for doc in docs]
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
        best = min(best, time.perf_counter() - start)
    return round(len(texts) / best, 1)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="trained pipeline directory")
    p.add_argument("--norne", type=Path, default=DEFAULT_NORNE, help="directory with nob-{dev,test}.tsv")
    p.add_argument("--no-speed", action="store_true", help="skip the inference speed measurement")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Print dev and test scores of the model, and its CPU inference speed."""
    args = parse_args(argv)
    if not (args.model / "meta.json").is_file():
        sys.exit(f"error: no trained model at {args.model}; run scripts/train_ner.py first")
    import spacy

    nlp = spacy.load(args.model)
    splits = load_splits(args.norne, nlp.vocab, ("dev", "test"))
    for split in ("dev", "test"):
        print_scores(f"NorNE {split} ({args.model})", full_scores(nlp, splits[split]))
    if not args.no_speed:
        print(f"\nspeed: {measure_speed(nlp, splits['test'])} sentences/s on NorNE test (CPU)")


if __name__ == "__main__":
    main()
