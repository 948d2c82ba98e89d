#!/usr/bin/env python3
"""Speed and memory benchmark in CPU time: prints figures beside the targets, asserts nothing.

    python scripts/bench.py                      # corpus/ and ../shared/corpus (3 copies), long reports
    python scripts/bench.py DIR --copies 1 --long-pages 50,300 --workers 2

CPU time (``time.process_time``), not wall time, is what is compared: the
machine is shared, and another process's load changes wall time, not the CPU
seconds a stage needs. On the same PDFs in one run it measures:

- the floors: plain pdfplumber ``extract_words`` on every page, and PDFium
  (pypdfium2) characters with their boxes;
- the whole pipeline in this process, one worker: pages per CPU-second for
  each stage (parse, clean, segment, classify, facts, checklist, entities) and in all,
  and its ratio to both floors;
- the batch runner with 1 and with N workers (wall time: the speed-up is a
  wall-clock figure), the peak memory of a worker, and a re-run of the
  unchanged folder (which should skip everything);
- a generated long report at several lengths (50 to 300 pages): CPU per page
  and per stage at each length, which should stay flat.
"""
from __future__ import annotations

import argparse
import ctypes
import logging
import resource
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor import pipeline as pipeline_module
from extractor.batch import BatchOptions, run_batch
from extractor.executors import Limits, default_workers
from extractor.pipeline import extract_document
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("parse", "clean", "segment", "classify", "facts", "checklist", "entities")
PARAGRAPH = ("Norsk helsenett jobber aktivt med likestilling og mangfold i hele virksomheten, og andelen "
             "kvinner i lederstillinger var 42 prosent ved utgangen av året. Tiltakene skal være gjennomført "
             "innen 30. juni 2026, og status rapporteres til styret hvert kvartal.").split()


def write_long_report(path: Path, pages: int) -> Path:
    """A long two-column report with a contents page, a heading and a ruled table on every page."""
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, height - 70, "Innhold")
    c.setFont("Helvetica", 9.5)
    for page in range(1, min(pages, 60) + 1):
        c.drawString(50, height - 90 - 12 * page, f"{page}. Risikoområde {page} {'.' * 40} {page + 1}")
    c.showPage()
    for page in range(1, pages):
        c.setFont("Helvetica", 8)
        c.drawString(50, height - 30, "Fjordlys Energi AS – Redegjørelse etter åpenhetsloven 2025")
        c.drawString(width - 90, 25, f"Side {page + 1}")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, height - 70, f"{page}. Risikoområde {page}")
        c.setFont("Helvetica", 9.5)
        for x in (50, 315):
            y, line = height - 100, []
            for w in PARAGRAPH * 4:
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


def cpu() -> float:
    return time.process_time()


def plain_pdfplumber(pdfs: list[Path]) -> tuple[float, int]:
    """CPU seconds of pdfplumber ``extract_words`` on every page, and the page count."""
    start, pages = cpu(), 0
    for pdf in pdfs:
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                page.extract_words()
                page.close()
                pages += 1
    return cpu() - start, pages


def plain_pdfium(pdfs: list[Path]) -> float:
    """CPU seconds of PDFium characters with their boxes on every page."""
    start = cpu()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    for pdf in pdfs:
        doc = pdfium.PdfDocument(str(pdf))
        for page in doc:
            textpage = page.get_textpage()
            for k in range(textpage.count_chars()):
                pdfium_raw.FPDFText_GetUnicode(textpage.raw, k)
                pdfium_raw.FPDFText_GetCharBox(textpage.raw, k, left, right, bottom, top)
            textpage.close()
            page.close()
        doc.close()
    return cpu() - start


@contextmanager
def cpu_stage_timings() -> Iterator[None]:
    """Make the pipeline's per-stage timings CPU time for an in-process run."""
    original = pipeline_module._timed

    @contextmanager
    def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
        start = cpu()
        try:
            yield
        finally:
            timings[stage] = timings.get(stage, 0.0) + cpu() - start

    pipeline_module._timed = timed
    try:
        yield
    finally:
        pipeline_module._timed = original


def in_process(pdfs: list[Path], settings: Settings) -> tuple[float, dict[str, float], int]:
    """(CPU seconds, CPU seconds per stage, pages) of the whole pipeline, one worker, this process."""
    stages = dict.fromkeys(STAGES, 0.0)
    pages = 0
    with cpu_stage_timings():
        start = cpu()
        for pdf in pdfs:
            result = extract_document(pdf, settings)
            pages += result.source.get("pages") or 0
            for k in STAGES:
                stages[k] += result.timings.get(k, 0.0)
        total = cpu() - start
    return total, stages, pages


def _all_cpu() -> float:
    """CPU seconds of this process and of its finished children (the batch's workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def batch(pdfs: list[Path], out: Path, workers: int, force: bool = True) -> tuple[float, float, list[dict]]:
    """(wall seconds, CPU seconds of this process and the workers, records) of a batch run."""
    start, start_cpu = time.perf_counter(), _all_cpu()
    summary = run_batch(pdfs, out, Settings(), BatchOptions(workers=workers, force=force, limits=Limits(timeout=600)))
    return time.perf_counter() - start, _all_cpu() - start_cpu, summary.records


def rate(pages: int, seconds: float) -> str:
    return f"{pages / seconds:7.1f} pages/CPU-s" if seconds > 0 else "      - pages/CPU-s"


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # damaged files log every oddity
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, help="folders of PDFs (default: corpus/ and ../shared/corpus)")
    ap.add_argument("--copies", type=int, default=3, help="copies of each PDF in the throughput set (many documents)")
    ap.add_argument("--long-pages", default="50,100,200,300", help="lengths of the generated long report ('' for none)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="'all workers' figure (default: cores)")
    args = ap.parse_args(argv)
    folders = args.folders or [p for p in (ROOT / "corpus", ROOT.parent / "shared" / "corpus") if p.is_dir()]
    sources = sorted(p for f in folders for p in f.glob("*.pdf"))
    settings = Settings()
    work = Path(tempfile.mkdtemp(prefix="extractor-bench-"))
    try:
        docs = work / "docs"
        docs.mkdir()
        for k in range(args.copies):
            for src in sources:
                shutil.copy(src, docs / f"{src.stem}-{k}.pdf")
        pdfs = sorted(docs.glob("*.pdf"))
        # Models and rules files load once per worker, on first use: one pass over the distinct
        # files loads all of them before anything is timed, and its cost is shown on its own.
        distinct = [docs / f"{src.stem}-0.pdf" for src in sources]
        startup_s, _, _ = in_process(distinct[:1], settings)
        warm_s, _, warm_pages = in_process(distinct[1:], settings)
        plumber_s, pages = plain_pdfplumber(pdfs)
        pdfium_s = plain_pdfium(pdfs)
        one_s, stages, _ = in_process(pdfs, settings)
        print(f"throughput set: {len(pdfs)} PDFs ({args.copies} copies of {len(sources)}), {pages} pages; CPU time")
        print(f"start-up (models, rules)   {startup_s:7.2f} s once per worker (first document included), "
              f"then {warm_s:.2f} s for the other {len(sources) - 1} files' first pass ({warm_pages} pages, lazily loaded rules)")
        print(f"pdfplumber extract_words   {plumber_s:7.2f} s {rate(pages, plumber_s)}")
        print(f"pypdfium2 chars with boxes {pdfium_s:7.2f} s {rate(pages, pdfium_s)}")
        for k in STAGES:
            print(f"  stage {k:<19} {stages[k]:7.2f} s {rate(pages, stages[k])}")
        print(f"pipeline, 1 worker         {one_s:7.2f} s {rate(pages, one_s)}  "
              f"ratio to pdfplumber {one_s / plumber_s:.2f}x (target <= 0.6x), to pypdfium2 {one_s / pdfium_s:.1f}x")
        one_wall, one_cpu, records = batch(pdfs, work / "one", 1)
        all_wall, all_cpu, _ = batch(pdfs, work / "all", args.workers)
        rerun_wall, _, _ = batch(pdfs, work / "all", args.workers, force=False)
        peak = max(r["timings"].get("worker_peak_rss_mb", 0.0) for r in records)
        print(f"batch, 1 worker            {one_wall:7.2f} s wall  {pages / one_wall:7.1f} pages/s  ({one_cpu:.2f} CPU-s)")
        print(f"batch, {args.workers} workers          {all_wall:7.2f} s wall  {pages / all_wall:7.1f} pages/s  ({all_cpu:.2f} CPU-s)  "
              f"speed-up {one_wall / all_wall:.2f}x (target >= 1.8x with 2 workers; wall time, so a busy machine lowers it)")
        print(f"  the same work in CPU time: {args.workers} workers spend {all_cpu / one_cpu:.2f}x the CPU of one, "
              f"so on {args.workers} idle cores the speed-up is at most {args.workers * one_cpu / all_cpu:.2f}x")
        print(f"re-run, unchanged folder   {rerun_wall:7.2f} s wall  {100 * rerun_wall / all_wall:.1f} % of the first run (target < 5 %)")
        print(f"peak memory per worker     {peak:7.1f} MB (target <= 300 MB)")
        lengths = [int(x) for x in args.long_pages.split(",") if x.strip()]
        per_page: list[float] = []
        for n in lengths:
            long_pdf = write_long_report(work / f"long-{n}.pdf", n)
            total, long_stages, got = in_process([long_pdf], settings)
            per_page.append(1000 * total / got)
            detail = ", ".join(f"{k} {1000 * long_stages[k] / got:.2f}" for k in STAGES)
            print(f"long report {n:4d} pages: {1000 * total / got:6.2f} ms CPU/page ({detail})")
        if lengths:
            _, _, long_records = batch([work / f"long-{lengths[-1]}.pdf"], work / "long", 1)
            print(f"long report cost per page, longest vs shortest: {per_page[-1] / per_page[0]:.2f}x (target within 20 %); "
                  f"peak worker memory {long_records[0]['timings'].get('worker_peak_rss_mb')} MB")
        print(f"this process's peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
