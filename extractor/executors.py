"""Run the per-document task in isolated worker processes, locally or on Dask.

The task (:func:`process_job`) is the same everywhere: extract one document
and return its JSON record. Isolation comes from pebble: each task has a time
limit, each worker a memory limit (RLIMIT_DATA), and a worker that hangs,
crashes or runs out of memory is replaced while the task gets an error record
(``timeout``, ``crash``, ``oom``). On Dask the task runs the same isolated
process inside the Dask worker, so limits and error records are identical.
"""
from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import resource
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

import pebble

from extractor.model import Result
from extractor.pipeline import extract_document, file_source
from extractor.settings import Settings

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MEMORY = 2 * 1024**3


@dataclass(frozen=True)
class Job:
    path: Path
    doc_id: str
    sha256: str | None = None


@dataclass(frozen=True)
class Limits:
    timeout: float | None = DEFAULT_TIMEOUT
    max_memory: int | None = DEFAULT_MAX_MEMORY


@dataclass(frozen=True)
class Outcome:
    job: Job
    record: dict[str, Any]
    elapsed: float


def init_worker(max_bytes: int | None) -> None:
    """Worker initializer: one BLAS thread per worker (the pool already uses
    every core; more threads only fight over them) and a memory cap."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)
    set_memory_limit(max_bytes)


def set_memory_limit(max_bytes: int | None) -> None:
    """Cap the heap so that a Flate bomb raises MemoryError in this process."""
    if max_bytes:
        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        limit = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def process_job(job: Job, settings: Settings) -> dict[str, Any]:
    """The per-document task: the JSON record of one document, with the
    worker's peak resident memory so far (``timings.worker_peak_rss_mb``)."""
    record = extract_document(job.path, settings, doc_id=job.doc_id, sha256=job.sha256).to_dict()
    record["timings"]["worker_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return record


def failure_record(job: Job, kind: str, message: str, elapsed: float) -> dict[str, Any]:
    """An error record for a document whose worker timed out, crashed or ran out of memory."""
    result = Result(doc_id=job.doc_id, source=file_source(job.path, job.sha256))
    result.fail(kind, message)
    result.timings["total"] = elapsed
    return result.to_dict()


def _failure_from(exc: BaseException, job: Job, limits: Limits, elapsed: float) -> dict[str, Any]:
    if isinstance(exc, (concurrent.futures.TimeoutError, TimeoutError)):
        return failure_record(job, "timeout", f"stopped after the {limits.timeout:.0f} s limit", elapsed)
    if isinstance(exc, MemoryError):
        return failure_record(job, "oom", f"exceeded the {_gb(limits.max_memory)} memory limit", elapsed)
    if isinstance(exc, pebble.ProcessExpired):
        kind = "oom" if exc.exitcode in (-9, 137) else "crash"
        return failure_record(job, kind, f"worker died (exit code {exc.exitcode})", elapsed)
    return failure_record(job, "internal", f"{type(exc).__name__}: {exc}", elapsed)


def _gb(n: int | None) -> str:
    return f"{n / 1024**3:.1f} GB" if n else "unlimited"


def run_local(
    jobs: Iterable[Job],
    settings: Settings,
    limits: Limits,
    workers: int,
    on_outcome: Callable[[Outcome], bool],
    *,
    task: Callable[[Job, Settings], dict[str, Any]] = process_job,
) -> None:
    """Process jobs in a pool of worker processes; ``on_outcome`` returning
    False stops the run (``--fail-fast``). ``task`` is the per-document
    function (tests pass one that crashes or hangs)."""
    jobs = list(jobs)
    if not jobs:
        return
    if settings.entities:
        # Load the models once here: forked workers share them instead of each loading its own.
        from extractor.entities import load_models

        load_models(settings.models_dir)
    with pebble.ProcessPool(max_workers=max(1, workers), initializer=init_worker,
                            initargs=(limits.max_memory,)) as pool:
        started = time.perf_counter()
        futures = {pool.schedule(task, args=(job, settings), timeout=limits.timeout): job for job in jobs}
        for fut in concurrent.futures.as_completed(futures):
            job = futures[fut]
            elapsed = time.perf_counter() - started
            try:
                record = fut.result()
            except concurrent.futures.CancelledError:
                continue
            except BaseException as exc:  # noqa: BLE001 - every failure becomes a record
                record = _failure_from(exc, job, limits, elapsed)
            if not on_outcome(Outcome(job, record, record.get("timings", {}).get("total", elapsed))):
                for other in futures:
                    other.cancel()
                pool.stop()
                break


def isolated_job(job: Job, settings: Settings, limits: Limits) -> dict[str, Any]:
    """The task as run on a Dask worker: in a fresh process, with the same limits.

    Dask worker processes are daemonic by default and may not start children;
    there the task runs in the worker itself (Dask's nanny then enforces
    memory). Start workers with ``DASK_DISTRIBUTED__WORKER__DAEMON=False`` for
    per-document time and memory limits.
    """
    start = time.perf_counter()
    try:
        if multiprocessing.current_process().daemon:
            return process_job(job, settings)
        task = pebble.concurrent.process(timeout=limits.timeout)(_limited_job)
        return task(job, settings, limits.max_memory).result()
    except BaseException as exc:  # noqa: BLE001
        return _failure_from(exc, job, limits, time.perf_counter() - start)


def _limited_job(job: Job, settings: Settings, max_memory: int | None) -> dict[str, Any]:
    init_worker(max_memory)
    return process_job(job, settings)


def run_dask(
    jobs: Iterable[Job],
    settings: Settings,
    limits: Limits,
    scheduler: str | None,
    on_outcome: Callable[[Outcome], bool],
) -> None:
    """Process jobs on a Dask distributed cluster (``pip install 'extractor[dask]'``).

    Workers need read access to the input paths; records come back to this
    process, which writes every output file itself.
    """
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise RuntimeError("the Dask executor needs the dask extra: pip install 'extractor[dask]'") from exc
    jobs = list(jobs)
    if not jobs:
        return
    with Client(scheduler) if scheduler else Client(processes=False) as client:
        futures = {client.submit(isolated_job, job, settings, limits, pure=False): job for job in jobs}
        for fut in as_completed(list(futures)):
            job = futures[fut]
            try:
                record = fut.result()
            except BaseException as exc:  # noqa: BLE001 - a lost worker
                record = failure_record(job, "crash", f"Dask task failed: {type(exc).__name__}: {exc}", 0.0)
            if not on_outcome(Outcome(job, record, record.get("timings", {}).get("total", 0.0))):
                client.cancel(list(futures))
                break


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
