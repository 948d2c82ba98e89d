#!/usr/bin/env python3
"""Score the extractor against gold answers: precision, recall, F1 per field.

    python scripts/evaluate.py                 # corpus/, corpus/variety/ and ../shared/gold when present
    python scripts/evaluate.py --set shared -v # one set, with per-document detail
    python scripts/evaluate.py --json out.json # machine-readable figures too

Each set is a folder of PDFs and a folder of gold JSON with the same doc_ids.
The PDFs are run through the pipeline (``extract_document``) unless
``--pred DIR`` points at existing ``<doc_id>.json`` output.
"""
from __future__ import annotations

import argparse
import logging
import json
import sys
import time
from pathlib import Path

from extractor.evaluation import DOC_FIELDS, Report, evaluate
from extractor.pipeline import extract_document
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "corpus": (ROOT / "corpus", ROOT / "corpus" / "gold"),
    "variety": (ROOT / "corpus" / "variety", ROOT / "corpus" / "variety" / "gold"),
    "shared": (ROOT.parent / "shared" / "corpus", ROOT.parent / "shared" / "gold"),
    "stress": (ROOT / "corpus" / "stress", ROOT / "corpus" / "stress" / "gold"),
    # Held out: written by an author who read no rules; measure on it, never tune a rule to it.
    "holdout": (ROOT / "corpus" / "holdout", ROOT / "corpus" / "holdout" / "gold"),
}


def load_golds(gold_dir: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def predict(pdf_dir: Path, golds: list[dict], pred_dir: Path | None, settings: Settings) -> tuple[dict[str, dict], float, int]:
    preds: dict[str, dict] = {}
    pages = 0
    start = time.perf_counter()
    for g in golds:
        if pred_dir is not None:
            path = pred_dir / f"{g['doc_id']}.json"
            if path.exists():
                preds[g["doc_id"]] = json.loads(path.read_text(encoding="utf-8"))
            continue
        pdf = pdf_dir / f"{g['doc_id']}.pdf"
        if pdf.exists():
            record = extract_document(pdf, settings).to_dict()
            preds[g["doc_id"]] = record
            pages += record["source"].get("pages") or 0
    return preds, time.perf_counter() - start, pages


def print_report(name: str, report: Report, verbose: bool) -> None:
    print(f"\n== {name}: {len(report.docs)} documents")
    acc = report.accuracy()
    print("document fields (accuracy): " + ", ".join(f"{k} {acc[k]:.2f}" for k in DOC_FIELDS))
    print(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for k, prf in report.totals().items():
        print(f"{k:<14}{prf.precision:7.3f}{prf.recall:7.3f}{prf.f1:7.3f}{prf.tp:6d}{prf.fp:6d}{prf.fn:6d}")
    facts = report.facts()
    print("facts (right/total): " + ", ".join(
        f"{g} {c['right']}/{c['total']}" + (f" ({100 * c['right'] / c['total']:.0f} %)" if c["total"] else "")
        for g, c in facts.items()))
    for d in report.docs:
        wrong = [f for f, ok in d.fields.items() if not ok]
        sec = d.lists["sections"]
        line = f"  {d.doc_id}: sections F1 {sec.f1:.2f}, level acc {d.details['sections']['level_accuracy']:.2f}"
        if wrong:
            line += "; wrong: " + ", ".join(f"{f}={d.details['predicted'][f]!r}" for f in wrong)
        print(line)
        if verbose:
            for k, prf in d.lists.items():
                print(f"      {k:<14} P {prf.precision:.2f} R {prf.recall:.2f} F1 {prf.f1:.2f}")
            for t in d.details["sections"]["missed"]:
                print(f"      missed section: {t}")
            for t in d.details["sections"]["extra"]:
                print(f"      extra section:  {t}")
            for t in d.details["facts"]["wrong"]:
                print(f"      fact wrong: {t}")


def print_fact_sources(preds: dict[str, dict]) -> None:
    """Where the stated facts came from: a pattern rule, the learned classifier, or another reader (tables, ...)."""
    counts = {"rules": 0, "classifier": 0, "other": 0}
    for record in preds.values():
        for key, ev in (record.get("facts_evidence") or {}).items():
            if "[" in key or not isinstance(ev, dict) or (record.get("facts") or {}).get(key) is None:
                continue
            counts["rules" if "rule" in ev else "classifier" if "classifier" in ev else "other"] += 1
    print("fact sources: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def evaluate_ner(models_dir: Path, norne: Path) -> dict | None:
    """Entity P/R/F1 of the shipped NER on NorNE Bokmål test, beside published figures."""
    test = norne / "nob-test.tsv"
    if not test.exists():
        print(f"\n== NER: skipped ({test} not found)")
        return None
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import spacy
    from evaluate_ner import full_scores, load_splits, print_scores

    nlp = spacy.load(models_dir / "ner-nb")
    scores = full_scores(nlp, load_splits(norne, nlp.vocab, splits=("test",))["test"])
    print_scores(f"== NER on NorNE Bokmål test ({models_dir / 'ner-nb'})", scores)
    return scores


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # damaged files log every oddity
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="evaluate only this set (repeatable)")
    ap.add_argument("--pdfs", type=Path, help="a folder of PDFs (with --gold) instead of the named sets")
    ap.add_argument("--gold", type=Path, help="a folder of gold JSON files (with --pdfs or --pred)")
    ap.add_argument("--pred", type=Path, help="read existing <doc_id>.json output instead of running the pipeline")
    ap.add_argument("--json", type=Path, help="also write all figures to this JSON file")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-document figures and section misses")
    ap.add_argument("--models", type=Path, help="a models folder other than models/ (e.g. a retrained NER)")
    ap.add_argument("--norne", type=Path, default=ROOT.parent / "shared" / "norne", help="NorNE folder for the NER figures")
    ap.add_argument("--no-ner", action="store_true", help="skip the NER evaluation on NorNE test")
    args = ap.parse_args(argv)

    if args.gold:
        sets = {"custom": (args.pdfs or Path("."), args.gold)}
    else:
        sets = {k: v for k, v in SETS.items() if not args.set or k in args.set}
    settings = Settings(models_dir=args.models) if args.models else Settings()
    out: dict[str, dict] = {}
    for name, (pdf_dir, gold_dir) in sets.items():
        if not gold_dir.is_dir():
            print(f"\n== {name}: skipped ({gold_dir} not found)")
            continue
        golds = load_golds(gold_dir)
        preds, seconds, pages = predict(pdf_dir, golds, args.pred, settings)
        report = evaluate(golds, preds)
        print_report(name, report, args.verbose)
        print_fact_sources(preds)
        if pages:
            print(f"speed: {pages} pages in {seconds:.1f} s = {pages / seconds:.1f} pages/s")
        out[name] = report.as_dict()
    if not args.no_ner and not args.gold:
        ner = evaluate_ner(settings.models_dir, args.norne)
        if ner:
            out["ner_norne_test"] = ner
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
