"""Run the per-document task in isolated worker processes, locally or on Dask.

The task (:func:`process_job`) is the same everywhere: extract one document
and return its JSON record. Isolation comes from pebble: each task has a time
limit, each worker a memory limit (RLIMIT_DATA), and a worker that hangs,
crashes or runs out of memory is replaced while the task gets an error record
(``timeout``, ``crash``, ``oom``). Workers guard themselves too: they die with
their parent (``PR_SET_PDEATHSIG`` on Linux, a watchdog thread elsewhere), so a
``kill -9`` of the batch leaves nothing running, and each task runs under a
CPU-time limit (RLIMIT_CPU) a little above the time limit. On Dask the task
runs the same isolated process inside the Dask worker, so limits and error
records are identical.
"""
from __future__ import annotations

import concurrent.futures
import ctypes
import json
import math
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

import pebble

from extractor.export.jsonout import dumps
from extractor.model import Result
from extractor.pipeline import extract_document
from extractor.privacy import mask_record
from extractor.settings import Settings

DEFAULT_TIMEOUT = 120.0
DEFAULT_MAX_MEMORY = 2 * 1024**3
OOM_EXIT = 99  # a worker that ran out of memory exits with this, so that it is replaced
CPU_GRACE_S = 10.0  # CPU seconds a task may use beyond its time limit before RLIMIT_CPU stops it
_PR_SET_PDEATHSIG = 1
POLL_S = 0.25  # how often the parent looks which tasks have started


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
    text: str | None = None  # the record as masked and written by a worker (the parent writes it as is)


@dataclass(frozen=True)
class Rendered:
    """What a pool worker sends back: its record masked and serialised in the worker, so that
    the parent, which shares the cores with the workers, only writes it (masking and
    pretty-printing took a fifth of a core in the parent, serially, with two workers)."""

    text: str

    @classmethod
    def of(cls, record: dict[str, Any]) -> "Rendered":
        return cls(dumps(mask_record(record)))


def init_worker(max_bytes: int | None, parent_pid: int | None = None) -> None:
    """Worker initializer: one BLAS thread per worker (the pool already uses
    every core; more threads only fight over them), a memory cap, and death
    with the parent."""
    from threadpoolctl import threadpool_limits

    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    threadpool_limits(limits=1)
    set_memory_limit(max_bytes)


def die_with_parent(parent_pid: int | None) -> None:
    """End this process when ``parent_pid`` ends: the kernel's parent-death
    signal on Linux, else a thread that watches the parent id."""
    if parent_pid is None:
        return
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent_pid:  # the parent died before prctl
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def set_memory_limit(max_bytes: int | None) -> None:
    """Cap the heap so that a Flate bomb raises MemoryError in this process."""
    if max_bytes:
        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        limit = max_bytes if hard == resource.RLIM_INFINITY else min(max_bytes, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def set_cpu_limit(timeout: float | None, grace: float = CPU_GRACE_S) -> None:
    """Let this process use at most ``timeout`` + a grace of CPU seconds more
    than it has used so far (SIGXCPU ends it): a limit that holds even when
    no parent is left to enforce the time limit."""
    if not timeout:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime + timeout + grace)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def process_job(job: Job, settings: Settings) -> dict[str, Any]:
    """The per-document task: the JSON record of one document, with the
    worker's peak resident memory so far (``timings.worker_peak_rss_mb``)."""
    record = extract_document(job.path, settings, doc_id=job.doc_id, sha256=job.sha256).to_dict()
    record["timings"]["worker_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return record


def guarded_task(task: Callable[[Job, Settings], dict[str, Any]], job: Job, settings: Settings,
                 timeout: float | None) -> Rendered:
    """Run ``task`` in a worker under the CPU limit; a worker that ran out of
    memory, also while writing the record out, exits (and is replaced, its
    heap with it) instead of taking the next document."""
    set_cpu_limit(timeout)
    try:
        record = task(job, settings)
        if (record.get("error") or {}).get("kind") == "oom":
            os._exit(OOM_EXIT)
        return Rendered.of(record)
    except MemoryError:
        os._exit(OOM_EXIT)


def failure_record(job: Job, kind: str, message: str, elapsed: float) -> dict[str, Any]:
    """An error record for a document that could not be run to the end.

    Built without opening the file (it may be a FIFO or a device): the
    ``sha256`` is the one the batch computed, if any."""
    try:
        size = job.path.stat().st_size if job.path.is_file() else 0
    except OSError:
        size = 0
    result = Result(doc_id=job.doc_id, source={"path": str(job.path), "sha256": job.sha256, "pages": None,
                                               "bytes": size})
    result.fail(kind, message)
    result.timings["total"] = round(elapsed, 3)
    return result.to_dict()


def _failure_from(exc: BaseException, job: Job, limits: Limits, elapsed: float) -> dict[str, Any]:
    if isinstance(exc, (concurrent.futures.TimeoutError, TimeoutError)):
        return failure_record(job, "timeout", f"stopped after the {limits.timeout:.0f} s limit", elapsed)
    if isinstance(exc, MemoryError):
        return failure_record(job, "oom", f"exceeded the {_gb(limits.max_memory)} memory limit", elapsed)
    if isinstance(exc, pebble.ProcessExpired):
        if exc.exitcode in (-signal.SIGKILL, 128 + signal.SIGKILL, OOM_EXIT):
            return failure_record(job, "oom", f"exceeded the {_gb(limits.max_memory)} memory limit", elapsed)
        if exc.exitcode == -signal.SIGXCPU:
            return failure_record(job, "timeout", f"used more than its CPU-time limit "
                                  f"({(limits.timeout or 0) + CPU_GRACE_S:.0f} s)", elapsed)
        return failure_record(job, "crash", f"worker died (exit code {exc.exitcode})", elapsed)
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
    function (tests pass one that crashes or hangs). An exception in the
    parent (Ctrl-C, SIGTERM) stops the workers at once and is raised again."""
    jobs = list(jobs)
    if not jobs:
        return
    if settings.entities:
        # Load the models once here: forked workers share them instead of each loading its own.
        from extractor.entities import load_models

        load_models(settings.models_dir)
    pool = pebble.ProcessPool(max_workers=max(1, workers), initializer=init_worker,
                              initargs=(limits.max_memory, os.getpid()))
    try:
        futures = {pool.schedule(guarded_task, args=(task, job, settings, limits.timeout),
                                 timeout=limits.timeout): job for job in jobs}
        started: dict[concurrent.futures.Future, float] = {}
        pending = set(futures)
        stop = False
        while pending and not stop:
            done, pending = concurrent.futures.wait(pending, timeout=POLL_S,
                                                    return_when=concurrent.futures.FIRST_COMPLETED)
            now = time.perf_counter()
            for fut in pending:
                if fut not in started and fut.running():
                    started[fut] = now
            for fut in done:
                job = futures[fut]
                # The document's own time: from when a worker took it (to within POLL_S).
                elapsed = now - started.get(fut, now)
                text = None
                try:
                    text = fut.result().text
                    record = json.loads(text)
                except concurrent.futures.CancelledError:
                    continue
                except BaseException as exc:  # noqa: BLE001 - every failure becomes a record
                    record, text = _failure_from(exc, job, limits, elapsed), None
                if not on_outcome(Outcome(job, record, record.get("timings", {}).get("total", elapsed), text)):
                    stop = True
                    break
    except BaseException:
        pool.stop()
        pool.join(timeout=10)
        raise
    if stop:
        for fut in futures:
            fut.cancel()
        pool.stop()
        pool.join(timeout=10)
    else:
        pool.close()
        pool.join()


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
        return task(job, settings, limits.max_memory, os.getpid(), limits.timeout).result()
    except BaseException as exc:  # noqa: BLE001
        return _failure_from(exc, job, limits, time.perf_counter() - start)


def _limited_job(job: Job, settings: Settings, max_memory: int | None, parent_pid: int,
                 timeout: float | None) -> dict[str, Any]:
    init_worker(max_memory, parent_pid)
    return json.loads(guarded_task(process_job, job, settings, timeout).text)


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
            except Exception as exc:  # noqa: BLE001 - a lost worker
                record = failure_record(job, "crash", f"Dask task failed: {type(exc).__name__}: {exc}", 0.0)
            if not on_outcome(Outcome(job, record, record.get("timings", {}).get("total", 0.0))):
                client.cancel(list(futures))
                break


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


DASK_HINT = "pip install 'extractor[dask]'"


def dask_available() -> bool:
    """Whether the Dask executor's extra is installed."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("dask", "distributed"))
