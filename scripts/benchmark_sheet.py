#!/usr/bin/env python3
"""From a folder of PDFs to one Excel workbook, for spreadsheet users.

    python scripts/benchmark_sheet.py reports/ --out bench.xlsx
    python scripts/benchmark_sheet.py reports/ --out bench.xlsx --work out/   # keep the JSON (and re-use it)

Runs the batch extraction (``extractor.batch.run_batch``) into a work folder
(a temporary one unless ``--work`` is given; a kept work folder makes a re-run
skip documents already done), then writes the dataset workbook: the
comparison sheet first (one row per organisation and year, every figure
followed by the page it came from), then one sheet per table. See
docs/dataset.md.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from extractor.batch import run_batch
from extractor.dataset import DatasetError, build_dataset, load_records, write_xlsx
from extractor.settings import Settings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("pdf_dir", type=Path, help="folder of PDFs (searched recursively)")
    ap.add_argument("--out", type=Path, required=True, help="the workbook to write (.xlsx)")
    ap.add_argument("--work", type=Path, default=None,
                    help="folder for the per-document JSON (default: a temporary folder, removed afterwards)")
    ap.add_argument("--no-entities", action="store_true", help="skip entity extraction (faster; fewer facts)")
    args = ap.parse_args(argv)
    if not args.pdf_dir.is_dir():
        ap.error(f"{args.pdf_dir} is not a folder")
    if args.work is not None:
        return run(args.pdf_dir, args.out, args.work, entities=not args.no_entities)
    with tempfile.TemporaryDirectory(prefix="benchmark-sheet-") as tmp:
        return run(args.pdf_dir, args.out, Path(tmp), entities=not args.no_entities)


def run(pdf_dir: Path, out: Path, work: Path, *, entities: bool = True) -> int:
    summary = run_batch([pdf_dir], work, Settings(entities=entities))
    print(f"extracted {len(summary.records)} documents ({len(summary.failed)} failed, "
          f"{len(summary.skipped)} already done) into {work}", file=sys.stderr)
    try:
        records, warnings = load_records(work)
    except DatasetError as e:
        print(f"benchmark_sheet: {e}", file=sys.stderr)
        return 1
    dataset = build_dataset(records)
    for warning in warnings + dataset.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    write_xlsx(dataset.tables.values(), out, comparison_pages=dataset.comparison.pages)
    rows = len(dataset.tables["comparison"].rows)
    print(f"wrote {out}: {len(records)} documents, {rows} organisation-year rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
