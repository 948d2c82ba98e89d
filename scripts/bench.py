#!/usr/bin/env python3
"""Speed and memory benchmark: prints figures, asserts nothing.

    python scripts/bench.py                      # corpus/ and ../shared/corpus, plus a 300-page report
    python scripts/bench.py DIR --long-pages 300 --workers 2

On the same PDFs in one run it measures: plain pdfplumber text extraction
(the floor for anything built on it), the full pipeline with 1 worker and with
all workers, peak memory per worker (on the long report too), and a re-run of
the unchanged folder (which should skip everything). Targets from the issue
are printed beside the figures.
"""
from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.batch import BatchOptions, run_batch
from extractor.executors import Limits, default_workers
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = ("Norsk helsenett jobber aktivt med likestilling og mangfold i hele virksomheten, og andelen "
             "kvinner i lederstillinger var 42 prosent ved utgangen av året. Tiltakene skal være gjennomført "
             "innen 30. juni 2026, og status rapporteres til styret hvert kvartal.").split()


def write_long_report(path: Path, pages: int) -> Path:
    """A long two-column report with a heading and a ruled table on every page."""
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(50, height - 30, "Fjordlys Energi AS – Redegjørelse etter åpenhetsloven 2025")
        c.drawString(width - 90, 25, f"Side {page}")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, height - 70, f"{page}. Risikoområde {page}")
        c.setFont("Helvetica", 9.5)
        for col, x in enumerate((50, 315)):
            y, words = height - 100, PARAGRAPH * 4
            line: list[str] = []
            for w in words:
                if c.stringWidth(" ".join(line + [w]), "Helvetica", 9.5) > 230:
                    c.drawString(x, y, " ".join(line))
                    y, line = y - 12, []
                line.append(w)
            c.drawString(x, y, " ".join(line))
        top = 300
        for r in range(4):
            for k, cell in enumerate(("Kvinner", f"{40 + r} %", "Menn", f"{60 - r} %")):
                c.drawString(60 + 120 * k, top - 14 - 18 * r, cell)
        for r in range(5):
            c.line(50, top - 18 * r, 530, top - 18 * r)
        for k in range(5):
            c.line(50 + 120 * k, top, 50 + 120 * k, top - 72)
        c.showPage()
    c.save()
    return path


def plain_pdfplumber(pdfs: list[Path]) -> tuple[float, int]:
    start, pages = time.perf_counter(), 0
    for pdf in pdfs:
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                page.extract_text()
                page.close()
                pages += 1
    return time.perf_counter() - start, pages


def pipeline(pdfs: list[Path], out: Path, workers: int, force: bool = True) -> tuple[float, list[dict]]:
    start = time.perf_counter()
    summary = run_batch(pdfs, out, Settings(), BatchOptions(workers=workers, force=force, limits=Limits(timeout=600)))
    return time.perf_counter() - start, summary.records


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # damaged files log every oddity
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, help="folders of PDFs (default: corpus/ and ../shared/corpus)")
    ap.add_argument("--copies", type=int, default=3, help="copies of each PDF in the throughput set (many documents)")
    ap.add_argument("--long-pages", type=int, default=300, help="pages of the generated long report (0: none)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="'all workers' figure (default: cores)")
    args = ap.parse_args(argv)
    folders = args.folders or [p for p in (ROOT / "corpus", ROOT.parent / "shared" / "corpus") if p.is_dir()]
    sources = sorted(p for f in folders for p in f.glob("*.pdf"))
    work = Path(tempfile.mkdtemp(prefix="extractor-bench-"))
    try:
        docs = work / "docs"
        docs.mkdir()
        for k in range(args.copies):
            for src in sources:
                shutil.copy(src, docs / f"{src.stem}-{k}.pdf")
        pdfs = sorted(docs.glob("*.pdf"))
        floor_s, pages = plain_pdfplumber(pdfs)
        one_s, records = pipeline(pdfs, work / "one", 1)
        all_s, _ = pipeline(pdfs, work / "all", args.workers)
        rerun_s, _ = pipeline(pdfs, work / "all", args.workers, force=False)
        peak = max(r["timings"].get("worker_peak_rss_mb", 0.0) for r in records)
        print(f"throughput set: {len(pdfs)} PDFs ({args.copies} copies of {len(sources)}), {pages} pages")
        print(f"plain pdfplumber          {floor_s:7.2f} s  {pages / floor_s:7.1f} pages/s")
        print(f"pipeline, 1 worker        {one_s:7.2f} s  {pages / one_s:7.1f} pages/s  "
              f"ratio to pdfplumber {one_s / floor_s:.2f}x (target <= 2.5x)")
        print(f"pipeline, {args.workers} workers       {all_s:7.2f} s  {pages / all_s:7.1f} pages/s  "
              f"speed-up {one_s / all_s:.2f}x (target >= 1.8x with 2 workers)")
        print(f"re-run, unchanged folder  {rerun_s:7.2f} s  {100 * rerun_s / all_s:.1f} % of the first run (target < 5 %)")
        print(f"peak memory per worker    {peak:7.1f} MB")
        if args.long_pages:
            long_pdf = write_long_report(work / "long-report.pdf", args.long_pages)
            floor_s, pages = plain_pdfplumber([long_pdf])
            long_s, long_records = pipeline([long_pdf], work / "long", 1)
            long_peak = long_records[0]["timings"].get("worker_peak_rss_mb")
            print(f"long report: {pages} pages, plain pdfplumber {floor_s:.2f} s, pipeline {long_s:.2f} s "
                  f"({pages / long_s:.1f} pages/s, ratio {long_s / floor_s:.2f}x); "
                  f"peak worker memory {long_peak} MB (target < 1024 MB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
