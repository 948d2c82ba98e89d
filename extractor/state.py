"""Run state in SQLite (WAL): one row per document, for resumable batches.

A row is written only after the document's JSON has been renamed into place,
so after ``kill -9`` a re-run redoes exactly the documents without a row:
none lost, none twice. Rows are keyed by doc_id and remember the content
sha256 and the pipeline version that produced them; a changed file or a new
version makes the document due again.

:func:`output_lock` keeps a second run from writing to the same folder at
the same time (an advisory ``flock`` on ``OUT/extractor.lock``, released by
the kernel when the holder dies, even by ``kill -9``).
"""
from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "extractor.lock"
LOCK_WAIT_S = 3.0  # a run that just died may still be letting go
_held: set[int] = set()  # lock descriptors of this process, closed in forked workers


def _close_in_child() -> None:
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


class OutputLocked(Exception):
    """Another run is writing to the folder."""


@contextmanager
def output_lock(out_dir: Path, *, wait: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold ``out_dir/extractor.lock`` for the duration; raises
    :class:`OutputLocked` naming the other run's process id."""
    path = Path(out_dir) / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is not None:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        other = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
                        raise OutputLocked(f"another extractor run (process {other}) is writing to {out_dir}; "
                                           "wait for it to end, or use another --out") from None
                    time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _held.add(fd)
        yield
    finally:
        _held.discard(fd)
        os.close(fd)

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id     TEXT PRIMARY KEY,
    path       TEXT NOT NULL,
    sha256     TEXT,
    version    TEXT NOT NULL,
    status     TEXT NOT NULL,
    error_kind TEXT,
    pages      INTEGER,
    elapsed    REAL,
    updated    REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_sha ON documents (sha256, version);
"""


@dataclass(frozen=True)
class DocState:
    doc_id: str
    path: str
    sha256: str | None
    version: str
    status: str
    error_kind: str | None
    pages: int | None
    elapsed: float | None


class RunState:
    """A small wrapper over ``OUT/state.sqlite``; one connection, used by the parent only."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(SCHEMA)

    def get(self, doc_id: str) -> DocState | None:
        row = self.conn.execute(
            "SELECT doc_id, path, sha256, version, status, error_kind, pages, elapsed FROM documents WHERE doc_id = ?",
            (doc_id,),
        ).fetchone()
        return DocState(*row) if row else None

    def is_done(self, doc_id: str, sha256: str | None, version: str, out_json: Path) -> bool:
        """Already processed by this version from the same content, with its JSON in place."""
        s = self.get(doc_id)
        return bool(s and s.sha256 == sha256 and s.version == version and out_json.exists())

    def record(self, state: DocState) -> None:
        self.conn.execute(
            "INSERT INTO documents (doc_id, path, sha256, version, status, error_kind, pages, elapsed, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE SET path=excluded.path, "
            "sha256=excluded.sha256, version=excluded.version, status=excluded.status, "
            "error_kind=excluded.error_kind, pages=excluded.pages, elapsed=excluded.elapsed, updated=excluded.updated",
            (state.doc_id, state.path, state.sha256, state.version, state.status, state.error_kind, state.pages,
             state.elapsed, time.time()),
        )

    def close(self) -> None:
        self.conn.close()
