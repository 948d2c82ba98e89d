"""Run state in SQLite (WAL): one row per document, for resumable batches.

A row is written only after the document's JSON has been renamed into place,
so after ``kill -9`` a re-run redoes exactly the documents without a row:
none lost, none twice. Rows are keyed by doc_id and remember the content
sha256 and the pipeline version that produced them; a changed file or a new
version makes the document due again.
"""
from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

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
