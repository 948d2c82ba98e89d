"""Many documents: expand inputs, skip what is done, run in workers, write.

The library entry point behind ``extractor extract``. Every input ends with
exactly one JSON file and one row in ``OUT/state.sqlite``; a failure, an
input that is not a regular file, a folder that cannot be listed, or an
error writing the document's own file is that document's error record, and
the batch goes on (unless ``fail_fast``). Every string of a record is masked
for identity numbers before it is written. ``dataset.jsonl`` is rebuilt at
the end from every per-document file in the folder, also when the run is
interrupted. One run at a time may write to a folder (``extractor.lock``).
"""
from __future__ import annotations

import errno
import hashlib
import json
import logging
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, TextIO

import extractor
from extractor import __version__
from extractor.executors import Job, Limits, Outcome, default_workers, failure_record, run_dask, run_local
from extractor.export.jsonout import atomic_write_text, dumps, read_all_results, write_dataset_jsonl
from extractor.export.renderings import DEFAULT_FORMATS, OUTPUT_FORMATS, missing_renderings, write_renderings
from extractor.inputs import Input, doc_ids, expand_inputs, file_problem, sha256_nonblocking
from extractor.model import is_failure
from extractor.privacy import mask_record, mask_text
from extractor.settings import Settings
from extractor.state import DocState, RunState, output_lock

CODE_SUFFIXES = (".py", ".json", ".toml", ".txt")
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
logger = logging.getLogger(__name__)


def iso_now() -> str:
    """The time for ``extractor.log``: ISO 8601 in UTC, milliseconds (``2026-12-01T02:18:28.123+00:00``)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class BatchInterrupted(Exception):
    """Raised by a signal handler to stop a run cleanly; ``signum`` says which."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by signal {signum}")
        self.signum = signum


class OutputError(Exception):
    """The output folder cannot be written (disk full, read-only, not a folder):
    nothing a re-run of the same command could fix."""


@dataclass(frozen=True)
class BatchOptions:
    workers: int = field(default_factory=default_workers)
    limits: Limits = field(default_factory=Limits)
    force: bool = False
    retry_failed: bool = False
    fail_fast: bool = False
    executor: str = "local"  # or "dask"
    scheduler: str | None = None
    formats: tuple[str, ...] = DEFAULT_FORMATS  # json always; "md", "txt" also write <doc_id>.md / .txt

    def __post_init__(self) -> None:
        if any(f not in OUTPUT_FORMATS for f in self.formats):
            raise ValueError(f"formats must be among {', '.join(OUTPUT_FORMATS)}")
        if self.executor not in ("local", "dask"):
            raise ValueError("executor must be 'local' or 'dask'")
        if self.scheduler and self.executor != "dask":
            raise ValueError("a scheduler address needs the dask executor")


@dataclass
class BatchSummary:
    """What a run did: records of processed documents, skipped doc_ids, and
    the error records in the whole output folder afterwards."""

    records: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    total: int = 0
    elapsed: float = 0.0
    folder_failures: list[str] = field(default_factory=list)  # doc_ids of error records in OUT
    interrupted: int | None = None  # the signal that stopped the run

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
        """No error record in this run, nor left in the folder from an earlier one."""
        return not self.failed and not self.folder_failures and self.interrupted is None


def assign_doc_ids(inputs: list[Input]) -> list[tuple[Job, str | None]]:
    """A job per input (see :func:`extractor.inputs.doc_ids`), with the
    problem that keeps it from being opened, if any."""
    ids = doc_ids([i.path for i in inputs])
    return [(Job(i.path, doc_id), i.problem or file_problem(i.path)) for i, doc_id in zip(inputs, ids)]


def code_digest() -> Any:
    """SHA-256 over the package's code and rule files (*.py, *.json, *.toml,
    *.txt under ``extractor/``, in sorted order): a changed rule or lexicon
    makes every document due again."""
    root = Path(extractor.__file__).resolve().parent
    digest = hashlib.sha256()
    files = sorted(p for p in root.rglob("*") if p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts)
    for p in files:
        digest.update(p.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(p.read_bytes())
    return digest


def pipeline_version(settings: Settings) -> str:
    """Extractor version plus a digest of the code, rules and trained models' metadata."""
    digest = code_digest()
    digest.update(__version__.encode())
    models = Path(settings.models_dir)
    if models.is_dir():
        for meta in sorted(models.glob("*/*.json")):
            digest.update(meta.name.encode())
            digest.update(meta.read_bytes())
    digest.update(repr((settings.entities, settings.parse.password is not None, settings.parse.max_pages,
                        sorted(settings.parse.pages or ()))).encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _output_error(exc: OSError, out_dir: Path) -> OutputError:
    if exc.errno in _DISK_FULL:
        return OutputError(f"disk full while writing to {out_dir} ({exc.strerror})")
    return OutputError(f"cannot write to {out_dir}: {exc.strerror or exc}")


def _open_output(out_dir: Path) -> TextIO:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        return (out_dir / "extractor.log").open("a", encoding="utf-8")
    except OSError as e:
        raise _output_error(e, out_dir) from e


def _read_record(path: Path) -> dict[str, Any] | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return record if isinstance(record, dict) and isinstance(record.get("doc_id"), str) else None


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
    ``on_record(record)`` after each document's JSON is in place. Raises
    :class:`OutputError` when the folder cannot be written,
    :class:`extractor.state.OutputLocked` when another run holds it; a
    :class:`BatchInterrupted` raised by a signal handler ends the run with
    ``summary.interrupted`` set, after dataset.jsonl is written.
    """
    options = options or BatchOptions()
    out_dir = Path(out_dir)
    start = time.perf_counter()
    log = _open_output(out_dir)
    try:
        with output_lock(out_dir):
            summary = _run_locked(paths, out_dir, settings, options, log, on_record, on_start)
    except sqlite3.DatabaseError as e:  # full, read-only, or not a database at all
        raise OutputError(f"cannot use {out_dir / 'state.sqlite'} ({e}); if it is damaged, remove it "
                          "and run again (documents already done are then redone)") from e
    finally:
        log.close()
    summary.elapsed = time.perf_counter() - start
    return summary


def _run_locked(paths: Iterable[str | Path], out_dir: Path, settings: Settings, options: BatchOptions,
                log: TextIO, on_record: Callable[[dict[str, Any]], None] | None,
                on_start: Callable[[int, int], None] | None) -> BatchSummary:
    start = time.perf_counter()
    jobs = assign_doc_ids(expand_inputs(paths))
    version = pipeline_version(settings)
    state = RunState(out_dir / "state.sqlite")
    summary = BatchSummary(total=len(jobs))

    def write_log(entry: dict[str, Any]) -> None:
        try:
            log.write(json.dumps(mask_record(entry), ensure_ascii=False) + "\n")
            log.flush()
        except OSError as e:
            raise _output_error(e, out_dir) from e

    def render(record: dict[str, Any], formats: Iterable[str]) -> None:
        try:
            write_renderings(record, out_dir, formats)
        except OSError as e:
            if e.errno in _DISK_FULL:
                raise _output_error(e, out_dir) from e
            logger.warning("%s: could not write its %s rendering: %s", record["doc_id"], "/".join(formats),
                        e.strerror or e)

    def finish(outcome: Outcome) -> bool:
        job = outcome.job
        if outcome.text is not None:  # masked and serialised by the worker
            record, text = outcome.record, outcome.text
        else:
            record = mask_record(outcome.record)
            text = dumps(record)
        target = out_dir / f"{job.doc_id}.json"
        try:
            atomic_write_text(target, text)
        except OSError as e:
            if e.errno in _DISK_FULL:
                raise _output_error(e, out_dir) from e
            record = failure_record(job, "internal", f"could not write {target.name}: {e.strerror or e}",
                                    outcome.elapsed)
            record = mask_record(record)
            try:
                atomic_write_text(target, dumps(record))
            except OSError:
                pass  # the state row and the log still say what happened
        render(record, options.formats)
        err = record.get("error") or {}
        state.record(DocState(
            doc_id=job.doc_id, path=mask_text(str(job.path)), sha256=job.sha256, version=version,
            status=record.get("status", "error"), error_kind=err.get("kind"),
            pages=(record.get("source") or {}).get("pages"), elapsed=outcome.elapsed,
        ))
        logger.info("%s: %s in %.2f s%s", job.doc_id, record.get("status"), outcome.elapsed,
                 f" ({err.get('kind')}: {err.get('message')})" if err else "")
        write_log({"time": iso_now(), "event": "document", "doc_id": job.doc_id, "path": str(job.path),
                   "status": record.get("status"), "error": err or None, "elapsed": round(outcome.elapsed, 3)})
        summary.records.append(record)
        if on_record:
            on_record(record)
        return not (options.fail_fast and is_failure(record))

    try:
        todo: list[Job] = []
        blocked: list[tuple[Job, str]] = []
        for job, problem in jobs:
            if problem is None:
                job = Job(job.path, job.doc_id, sha256_nonblocking(job.path))
            row = state.get(job.doc_id)
            done = state.is_done(job.doc_id, job.sha256, version, out_dir / f"{job.doc_id}.json")
            redo = options.force or (options.retry_failed and row is not None and row.error_kind is not None)
            if done and not redo:
                summary.skipped.append(job.doc_id)
                logger.debug("%s: already done, skipped", job.doc_id)
                stale = missing_renderings(out_dir, job.doc_id, options.formats)
                if stale:  # a re-run asking for --to md after a JSON-only run
                    record = _read_record(out_dir / f"{job.doc_id}.json")
                    if record is not None:
                        render(record, stale)
            elif problem is not None:
                blocked.append((job, problem))
            else:
                todo.append(job)
        if on_start:
            on_start(len(jobs), len(summary.skipped))
        going = True
        for job, problem in blocked:
            going = finish(Outcome(job, failure_record(job, "not_pdf", problem, 0.0), 0.0))
            if not going:
                break
        if going and options.executor == "dask":
            run_dask(todo, settings, options.limits, options.scheduler, finish)
        elif going:
            run_local(todo, settings, options.limits, min(options.workers, max(1, len(todo))), finish)
    except BatchInterrupted as e:
        summary.interrupted = e.signum
    finally:
        state.close()
        try:
            records = read_all_results(out_dir)
            write_dataset_jsonl(records, out_dir)
        except OSError as e:
            raise _output_error(e, out_dir) from e
        summary.folder_failures = [r["doc_id"] for r in records if is_failure(r)]
        write_log({"time": iso_now(), "event": "run", "total": summary.total,
                   "processed": len(summary.records), "skipped": len(summary.skipped),
                   "failed": dict(summary.failures_by_kind), "failures_in_folder": len(summary.folder_failures),
                   "interrupted": summary.interrupted, "elapsed": round(time.perf_counter() - start, 3)})
    return summary
