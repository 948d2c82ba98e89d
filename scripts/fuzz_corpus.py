#!/usr/bin/env python3
"""Mutate PDFs into many damaged ones and check that each gets one terminal record.

    python scripts/fuzz_corpus.py corpus/ --out build/fuzz --count 200
    python scripts/fuzz_corpus.py corpus/ --out build/fuzz --count 200 --run   # also extract, print p50/p95

Mutations (deterministic with --seed): truncation, byte flips, corrupted
stream data, a renamed /Root, a removed xref table, duplicated objects.
The run prints statuses and the time per file (p50, p95, max).
"""
from __future__ import annotations

import argparse
import logging
import random
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

MUTATIONS = ("truncate", "flip", "stream", "root", "xref", "duplicate")


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    """One damaged variant of ``data``."""
    b = bytearray(data)
    if kind == "truncate":
        return bytes(b[: rng.randint(8, max(9, len(b) - 1))])
    if kind == "flip":
        for _ in range(rng.randint(1, 40)):
            i = rng.randrange(len(b))
            b[i] = rng.randrange(256)
        return bytes(b)
    if kind == "stream":
        starts = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
        if starts:
            s = rng.choice(starts)
            for i in range(s, min(len(b), s + rng.randint(4, 200))):
                b[i] = rng.randrange(256)
        return bytes(b)
    if kind == "root":
        return data.replace(b"/Root", rng.choice([b"/Rxxt", b"/Root 999 0 R /Xoot", b"/Info"]), 1)
    if kind == "xref":
        i = data.rfind(b"xref")
        return data[:i] + data[i + rng.randint(4, 40):] if i > 0 else data
    if kind == "duplicate":
        m = list(re.finditer(rb"\d+ 0 obj", data))
        if m:
            a = rng.choice(m)
            return data + b"\n" + data[a.start(): a.start() + rng.randint(20, 400)]
        return data
    raise ValueError(kind)


def make_fuzz_set(sources: list[Path], out: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` mutated PDFs to ``out`` (names say source and mutation)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(count):
        src = sources[n % len(sources)]
        kind = MUTATIONS[n % len(MUTATIONS)]
        path = out / f"fuzz-{n:04d}-{kind}-{src.stem}.pdf"
        path.write_bytes(mutate(src.read_bytes(), kind, rng))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # damaged files log every oddity
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path, help="a folder of PDFs to mutate")
    ap.add_argument("--out", type=Path, default=Path("build/fuzz"))
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--run", action="store_true", help="extract the files and print statuses and timings")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    sources = sorted(args.source.glob("*.pdf"))
    if not sources:
        print(f"no PDFs in {args.source}", file=sys.stderr)
        return 2
    files = make_fuzz_set(sources, args.out / "pdfs", args.count, args.seed)
    print(f"wrote {len(files)} mutated PDFs to {args.out / 'pdfs'}")
    if not args.run:
        return 0
    from extractor.batch import BatchOptions, run_batch
    from extractor.executors import Limits
    from extractor.settings import Settings

    summary = run_batch([args.out / "pdfs"], args.out / "results", Settings(), BatchOptions(
        workers=args.workers, force=True, limits=Limits(timeout=30)))
    times = sorted(r.get("timings", {}).get("total", 0.0) for r in summary.records)
    statuses = Counter(r["status"] for r in summary.records)
    p95 = times[int(0.95 * (len(times) - 1))] if times else 0.0
    print(f"records {len(summary.records)} of {len(files)}; statuses {dict(statuses)}")
    print(f"seconds per file: p50 {statistics.median(times):.3f}, p95 {p95:.3f}, max {times[-1]:.3f}")
    return 0 if len(summary.records) == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
