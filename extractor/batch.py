"""Many documents: expand inputs, skip what is done, run in workers, write.

The library entry point behind ``extractor extract``. Every document ends
with exactly one JSON file and one row in ``OUT/state.sqlite``; a failure is
that document's error record and the batch goes on (unless ``fail_fast``).
``dataset.jsonl`` is rebuilt at the end from the per-document files.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable

from extractor import __version__
from extractor.executors import Job, Limits, Outcome, default_workers, run_dask, run_local
from extractor.export.jsonout import atomic_write_text, dumps, read_results, write_dataset_jsonl
from extractor.model import is_failure
from extractor.pipeline import sha256_of
from extractor.settings import Settings
from extractor.state import DocState, RunState


@dataclass(frozen=True)
class BatchOptions:
    workers: int = field(default_factory=default_workers)
    limits: Limits = field(default_factory=Limits)
    force: bool = False
    fail_fast: bool = False
    executor: str = "local"  # or "dask"
    scheduler: str | None = None

    def __post_init__(self) -> None:
        if self.executor not in ("local", "dask"):
            raise ValueError("executor must be 'local' or 'dask'")


@dataclass
class BatchSummary:
    """What a run did: records of processed documents, skipped doc_ids."""

    records: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    total: int = 0
    elapsed: float = 0.0

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [r for r in self.records if is_failure(r)]

    @property
    def failures_by_kind(self) -> Counter[str]:
        return Counter(r["error"]["kind"] for r in self.failed if r.get("error"))

    @property
    def pages(self) -> int:
        return sum((r.get("source") or {}).get("pages") or 0 for r in self.records)

    @property
    def ok(self) -> bool:
        return not self.failed


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the PDFs inside folders (recursively, sorted).

    A file named explicitly is kept whatever its type, so that a non-PDF
    given by mistake gets an error record instead of vanishing.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf"))
        else:
            out.append(p)
    return out


def assign_doc_ids(paths: list[Path]) -> list[Job]:
    """doc_id = file name without ``.pdf``; a clash gets ``-2``, ``-3``..."""
    seen: dict[str, int] = {}
    jobs = []
    for p in paths:
        base = p.stem if p.suffix.lower() == ".pdf" else p.name
        n = seen.get(base, 0) + 1
        seen[base] = n
        jobs.append(Job(p, base if n == 1 else f"{base}-{n}"))
    return jobs


def pipeline_version(settings: Settings) -> str:
    """Extractor version plus a digest of the trained models' metadata."""
    digest = hashlib.sha256(__version__.encode())
    models = Path(settings.models_dir)
    if models.is_dir():
        for meta in sorted(models.glob("*/*.json")):
            digest.update(meta.name.encode())
            digest.update(meta.read_bytes())
    digest.update(repr((settings.entities, settings.parse.password is not None, settings.parse.max_pages)).encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def run_batch(
    paths: Iterable[str | Path],
    out_dir: Path,
    settings: Settings,
    options: BatchOptions | None = None,
    *,
    on_record: Callable[[dict[str, Any]], None] | None = None,
    on_start: Callable[[int, int], None] | None = None,
) -> BatchSummary:
    """Extract every input not already done; write JSON, state and dataset.jsonl.

    ``on_start(total, skipped)`` is called once the work is known, and
    ``on_record(record)`` after each document's JSON is in place.
    """
    options = options or BatchOptions()
    out_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    jobs = assign_doc_ids(expand_inputs(paths))
    version = pipeline_version(settings)
    state = RunState(out_dir / "state.sqlite")
    summary = BatchSummary(total=len(jobs))
    log = (out_dir / "extractor.log").open("a", encoding="utf-8")
    try:
        todo: list[Job] = []
        for job in jobs:
            job = replace(job, sha256=sha256_of(job.path))
            done = state.is_done(job.doc_id, job.sha256, version, out_dir / f"{job.doc_id}.json")
            if done and not options.force:
                summary.skipped.append(job.doc_id)
            else:
                todo.append(job)
        if on_start:
            on_start(len(jobs), len(summary.skipped))

        def finish(outcome: Outcome) -> bool:
            record = outcome.record
            atomic_write_text(out_dir / f"{outcome.job.doc_id}.json", dumps(record))
            err = record.get("error") or {}
            state.record(DocState(
                doc_id=outcome.job.doc_id, path=str(outcome.job.path), sha256=outcome.job.sha256,
                version=version, status=record.get("status", "error"), error_kind=err.get("kind"),
                pages=(record.get("source") or {}).get("pages"), elapsed=outcome.elapsed,
            ))
            log.write(json.dumps({"time": time.time(), "event": "document", "doc_id": outcome.job.doc_id,
                                  "path": str(outcome.job.path), "status": record.get("status"),
                                  "error": err or None, "elapsed": round(outcome.elapsed, 3)},
                                 ensure_ascii=False) + "\n")
            log.flush()
            summary.records.append(record)
            if on_record:
                on_record(record)
            return not (options.fail_fast and is_failure(record))

        if options.executor == "dask":
            run_dask(todo, settings, options.limits, options.scheduler, finish)
        else:
            run_local(todo, settings, options.limits, min(options.workers, max(1, len(todo))), finish)
        write_dataset_jsonl(read_results(out_dir, [j.doc_id for j in jobs]), out_dir)
    finally:
        state.close()
        summary.elapsed = time.perf_counter() - start
        log.write(json.dumps({"time": time.time(), "event": "run", "total": summary.total,
                              "processed": len(summary.records), "skipped": len(summary.skipped),
                              "failed": dict(summary.failures_by_kind), "elapsed": round(summary.elapsed, 3)}) + "\n")
        log.close()
    return summary
