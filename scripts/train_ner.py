#!/usr/bin/env python3
"""Train the Norwegian Bokmål NER model shipped in ``models/ner-nb`` (spaCy, CPU).

The NorNE TSV files are converted to spaCy DocBin files under ``build/ner/``
(git-ignored; the data itself never enters the repository), a blank ``nb``
pipeline with ``tok2vec`` + ``ner`` is trained with a fixed seed, the best
checkpoint is picked on NorNE dev (test is never used for selection), and that
model alone is written to ``--out`` with ``scores.json`` (test and dev scores,
seed, data sizes, spaCy version, training time, published comparison figures).

Retrain the shipped model (two steps: choose the step count on dev, then train on train+dev+our sentences):
           .venv/bin/python scripts/train_ner.py --extra scripts/data/ner_sentences.jsonl --out build/ner/dev-run
           .venv/bin/python scripts/train_ner.py --extra scripts/data/ner_sentences.jsonl --train-on-dev \
               --max-steps <best_step from build/ner/dev-run/scores.json>      # 3000 for the shipped model
Evaluate:  .venv/bin/python scripts/train_ner.py --evaluate-only   (= scripts/evaluate_ner.py)
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training.initialize import init_nlp
from spacy.training.loop import create_evaluation_callback, create_train_batches, train_while_improving
from spacy.util import fix_random_seed, load_config_from_str, registry, resolve_dot_names

from evaluate_ner import (DEFAULT_MODEL, DEFAULT_NORNE, PUBLISHED_F1, REPO_ROOT, load_splits,
                          full_scores, main as evaluate_main, measure_speed, print_scores)

# Settings that are not exposed as options use spaCy's defaults or the values below.
CONFIG_TEMPLATE = """
[paths]
train = null
dev = null
[system]
seed = {seed}
gpu_allocator = null
[nlp]
lang = "nb"
pipeline = ["tok2vec","ner"]
batch_size = 256
[components]
[components.tok2vec]
factory = "tok2vec"
[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"
[components.tok2vec.model.embed]
{embed}
[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = 4
window_size = 1
maxout_pieces = 3
[components.ner]
factory = "ner"
[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
[corpora]
[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
[training]
seed = {seed}
gpu_allocator = null
dropout = {dropout}
patience = {patience}
max_epochs = 0
max_steps = {max_steps}
eval_frequency = {eval_frequency}
[training.batcher]
@batchers = "spacy.batch_by_words.v1"
[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
[training.optimizer]
@optimizers = "Adam.v1"
L2 = 0.01
use_averages = true
[training.optimizer.learn_rate]
@schedules = "warmup_linear.v1"
warmup_steps = 250
total_steps = {max_steps}
initial_rate = {learn_rate}
[initialize]
"""
# Hashed NORM/PREFIX/SUFFIX/SHAPE features; with "hash+char" concatenated with byte-level
# character embeddings (first and last 4 UTF-8 bytes) and reduced back to `width` by a Maxout.
HASH_EMBED = """@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [{rows},2000,4000,1000]
include_static_vectors = false"""
HASH_CHAR_EMBED = """@layers = "chain.v1"
[components.tok2vec.model.embed.*.cat]
@layers = "concatenate.v1"
[components.tok2vec.model.embed.*.cat.*.hash]
{hash}
[components.tok2vec.model.embed.*.cat.*.char]
@architectures = "spacy.CharacterEmbed.v2"
width = {width}
rows = {rows}
nM = 32
nC = 8
include_static_vectors = false
feature = "NORM"
[components.tok2vec.model.embed.*.reduce]
@layers = "with_array.v1"
[components.tok2vec.model.embed.*.reduce.layer]
@layers = "Maxout.v1"
nO = {width}
nI = {double}
nP = 3
normalize = true
dropout = 0.0"""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--norne", type=Path, default=DEFAULT_NORNE,
                   help="directory with nob-{train,dev,test}.tsv (default: ../shared/norne from the repo root)")
    p.add_argument("--out", type=Path, default=DEFAULT_MODEL, help="model output directory")
    p.add_argument("--build", type=Path, default=REPO_ROOT / "build" / "ner", help="scratch dir (DocBins, config)")
    p.add_argument("--extra", type=Path, help='JSONL of extra sentences {"text", "entities": [[start, end, label]]}')
    p.add_argument("--evaluate-only", action="store_true", help="only evaluate the model in --out and exit")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--max-minutes", type=float, default=45.0, help="wall-clock safety cap for training")
    p.add_argument("--max-steps", type=int, default=5000, help="training steps (the LR decays linearly to 0)")
    p.add_argument("--patience", type=int, default=3000, help="stop after this many steps without dev gain")
    p.add_argument("--eval-frequency", type=int, default=300, help="steps between dev evaluations")
    p.add_argument("--embed", choices=("hash", "hash+char"), default="hash+char", help="tok2vec embedding")
    p.add_argument("--width", type=int, default=128, help="tok2vec width")
    p.add_argument("--rows", type=int, default=10000, help="hash-embedding rows for NORM")
    p.add_argument("--hidden", type=int, default=64, help="NER hidden width")
    p.add_argument("--dropout", type=float, default=0.15)
    p.add_argument("--learn-rate", type=float, default=0.002, help="peak learning rate (after warm-up)")
    p.add_argument("--group", type=int, default=1,
                   help="train on runs of 1..N consecutive sentences joined into one Doc (default 1: sentences)")
    p.add_argument("--train-on-dev", action="store_true",
                   help="final model: train on train+dev (+extra) for exactly --max-steps steps, chosen on dev "
                        "in an earlier run, and keep the last weights (dev scores are then not held out)")
    return p.parse_args(argv)


def group_sentences(docs: list, most: int, seed: int) -> list:
    """Join runs of 1..``most`` consecutive sentences into one Doc (NorNE keeps a document's sentences
    together), so that the model also learns from paragraphs: documents reach the NER a paragraph at a
    time, and a model that only saw single sentences takes many sentence-initial words for names."""
    if most <= 1:
        return docs
    import random

    from spacy.tokens import Doc

    rng, grouped, i = random.Random(seed), [], 0
    while i < len(docs):
        n = rng.randint(1, most)
        grouped.append(Doc.from_docs(docs[i:i + n]) if n > 1 else docs[i])
        i += n
    return grouped


def load_extra(nlp, path: Path) -> list:
    """Read extra annotated sentences (JSONL: text + [start, end, label] char offsets) as gold Docs."""
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        doc = nlp.make_doc(record["text"])
        spans = []
        for start, end, label in record.get("entities", []):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:
                raise ValueError(f"{path}:{n}: entity [{start}, {end}, {label!r}] is outside the text")
            spans.append(span)
        doc.ents = spans  # raises on overlapping entities
        docs.append(doc)
    return docs


def build_config(args: argparse.Namespace, train_path: Path, dev_path: Path):
    """Fill the config template from the command-line hyper-parameters and corpus paths."""
    embed = HASH_EMBED.format(width=args.width, rows=args.rows)
    if args.embed == "hash+char":
        embed = HASH_CHAR_EMBED.format(hash=embed, width=args.width, rows=args.rows, double=2 * args.width)
    config = load_config_from_str(CONFIG_TEMPLATE.format(
        seed=args.seed, embed=embed, width=args.width, hidden=args.hidden, dropout=args.dropout,
        patience=args.patience, max_steps=args.max_steps, eval_frequency=args.eval_frequency,
        learn_rate=args.learn_rate))
    config["paths"]["train"], config["paths"]["dev"] = str(train_path), str(dev_path)
    return config


def train(config, max_minutes: float, log=print, keep_last: bool = False):
    """Run spaCy's training loop with a wall-clock cap; return (nlp with the best dev weights, or the
    last ones with ``keep_last``, info)."""
    fix_random_seed(config["training"]["seed"])
    nlp = init_nlp(config)
    filled = nlp.config.interpolate()
    T = registry.resolve(filled["training"])
    train_corpus, dev_corpus = resolve_dot_names(filled, [T["train_corpus"], T["dev_corpus"]])
    optimizer = T["optimizer"]
    steps = train_while_improving(
        nlp, optimizer,
        create_train_batches(nlp, train_corpus, T["batcher"], T["max_epochs"]),
        create_evaluation_callback(nlp, dev_corpus, T["score_weights"]),
        dropout=T["dropout"], accumulate_gradient=T["accumulate_gradient"], patience=T["patience"],
        max_steps=T["max_steps"], eval_frequency=T["eval_frequency"], exclude=[],
        annotating_components=[], before_update=None)
    start, best_bytes, best, info = time.time(), None, {"dev_f1": -1.0}, {"step": 0}
    for _batch, info, is_best in steps:
        if is_best is None:  # not an evaluation step
            continue
        minutes = (time.time() - start) / 60
        log(f"epoch {info['epoch']:>2} step {info['step']:>5} loss {info['losses'].get('ner', 0):8.1f} "
            f"dev F1 {info['score']:.4f} ({minutes:.1f} min){' *' if is_best else ''}", flush=True)
        if is_best or keep_last:  # keep the averaged weights of the chosen checkpoint in memory only
            with nlp.use_params(optimizer.averages):
                best_bytes = nlp.to_bytes()
            best = {"dev_f1": round(info["score"], 4), "best_step": info["step"], "best_epoch": info["epoch"]}
        if minutes >= max_minutes:
            log(f"stopping early: --max-minutes {max_minutes} reached (run is not step-reproducible)")
            break
    best.update(minutes=round((time.time() - start) / 60, 2), last_step=info["step"])
    nlp.from_bytes(best_bytes)
    return nlp, best


def dir_size_mb(path: Path) -> float:
    """Total size of the files under a directory, in MB."""
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 2)


def main(argv: list[str] | None = None) -> None:
    """Convert NorNE (+ extra data), train, evaluate on dev and test, and save model + scores.json."""
    args = parse_args(argv)
    if args.evaluate_only:
        evaluate_main(["--model", str(args.out), "--norne", str(args.norne)])
        return
    blank = spacy.blank("nb")
    splits = load_splits(args.norne, blank.vocab)
    extra = load_extra(blank, args.extra) if args.extra else []
    if extra:
        print(f"extra: {len(extra)} annotated sentences from {args.extra}")
    args.build.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = args.build / "train.spacy", args.build / "dev.spacy"
    train_docs = splits["train"] + (splits["dev"] if args.train_on_dev else [])
    train_docs = group_sentences(train_docs, args.group, args.seed) + extra
    DocBin(docs=train_docs).to_disk(train_path)
    DocBin(docs=splits["dev"]).to_disk(dev_path)
    config = build_config(args, train_path, dev_path)
    config.to_disk(args.build / "config.cfg")

    if args.train_on_dev:
        config["training"]["patience"] = 0  # no early stopping: dev is part of training
    nlp, info = train(config, args.max_minutes, keep_last=args.train_on_dev)
    dev, test = full_scores(nlp, splits["dev"]), full_scores(nlp, splits["test"])
    print_scores("NorNE dev", dev)
    print_scores("NorNE test", test)
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    data = {split: {"sentences": len(docs), "tokens": sum(len(d) for d in docs),
                    "entities": sum(len(d.ents) for d in docs)} for split, docs in splits.items()}
    data["extra"] = {"sentences": len(extra), "entities": sum(len(d.ents) for d in extra)}
    scores = {
        "metric": "entity-level exact span+label match (spaCy ents_p/ents_r/ents_f), model tokenisation",
        "test": test, "dev": dev, "seed": args.seed, "spacy_version": spacy.__version__,
        "data": data,
        "training": {**info, "model_selection": (
            f"trained on train+dev+extra for {args.max_steps} steps (step count chosen on dev in a train-only run); "
            "dev scores are not held out; test never used" if args.train_on_dev
            else "best dev F1 checkpoint (test never used)"),
                     "options": {k: v for k, v in vars(args).items()
                                 if k not in ("norne", "out", "build", "extra", "evaluate_only")}},
        "speed_sentences_per_second": measure_speed(nlp, splits["test"]),
        "published_f1_norne_nob_test": PUBLISHED_F1,
    }
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    scores["model_size_mb"] = dir_size_mb(args.out)
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    print(f"\nsaved {args.out} ({scores['model_size_mb']} MB): test F1 {test['f1']:.4f}, "
          f"dev F1 {dev['f1']:.4f}, {info['minutes']} min training")


if __name__ == "__main__":
    sys.exit(main())
