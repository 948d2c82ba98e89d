"""Write a file atomically: build it under a temporary name beside the target,
then rename it into place, so a killed run never leaves half a file.

Used by every writer (JSON, JSONL, CSV, XLSX, SQLite). The finished file gets
ordinary permissions (0644); ``mkstemp``'s 0600 is for the temporary name only.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

FILE_MODE = 0o644


@contextmanager
def atomic_path(path: Path, *, leftovers: tuple[str, ...] = ()) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    On failure the temporary file (and ``tmp + suffix`` for each of
    ``leftovers``, e.g. SQLite's "-journal") is removed and the error raised.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name is bounded: a long target name must not make it too long.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name.encode()[:64].decode(errors='ignore')}.", suffix=".tmp",
                               dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, *(tmp + s for s in leftovers)):
            if os.path.exists(leftover):
                os.unlink(leftover)
        raise


def atomic_write_text(path: Path, text: str, *, encoding: str = "utf-8", newline: str | None = None) -> None:
    """Write ``text`` to ``path`` atomically (flushed to disk before the rename)."""
    with atomic_path(path) as tmp:
        with tmp.open("w", encoding=encoding, newline=newline) as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
