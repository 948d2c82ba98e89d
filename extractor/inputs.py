"""The inputs of a batch: which files, under which doc_id, read how.

Folders are walked without following links to folders; every entry whose
name ends in ``.pdf`` becomes an input, whatever its type, and a folder that
cannot be listed becomes an input too, so that each gets a record instead of
vanishing. Files named on the command line are kept whatever their name.

doc_ids are the file name without ``.pdf``, made safe for a file name:
identity numbers masked, runs of anything but letters, digits, ``.``, ``_``
and ``-`` turned into one ``-``, no leading dot, at most
:data:`MAX_ID_BYTES` bytes of UTF-8. Inputs whose ids would clash (compared
without case, as on macOS and Windows), and ids that had to be cut, get
``-`` and 8 hex digits of the SHA-256 of the input's (masked) path as given:
the same input set always gives the same ids, whichever order it is listed
in, and no document overwrites another.

Nothing here opens a file that can block: non-regular files (FIFOs,
devices, sockets) are recognised by ``stat`` and never opened, and regular
files are opened with ``O_NONBLOCK``.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from extractor.privacy import mask_text

MAX_ID_BYTES = 96
HASH_CHARS = 8
FALLBACK_ID = "document"
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True)
class Input:
    """One input: ``problem`` says why it cannot be read at all (it then gets
    an error record without being opened)."""

    path: Path
    problem: str | None = None


def expand_inputs(paths: Iterable[str | Path]) -> list[Input]:
    """Files as given, and every ``*.pdf`` inside folders (recursively, sorted).
    A file reached twice (named, and inside a named folder) is one input."""
    out: list[Input] = []
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        for item in (_walk(p) if p.is_dir() else [Input(p)]):
            key = os.path.realpath(item.path)
            if key not in seen:
                seen.add(key)
                out.append(item)
    return out


def _walk(root: Path) -> list[Input]:
    found: list[Input] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            found.append(Input(folder, f"{folder}: folder not readable ({e.strerror or e}); "
                                       "the PDFs in it could not be listed"))
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(Path(entry.path))
            elif entry.name.lower().endswith(".pdf"):
                found.append(Input(Path(entry.path)))
        stack.extend(reversed(subfolders))
    return sorted(found, key=lambda i: str(i.path))


def file_problem(path: Path) -> str | None:
    """Why ``path`` is not a file that can be read without blocking (a FIFO,
    a device, a socket), or None. Found with ``stat``; nothing is opened."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # missing or unreadable: the worker's record says so
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a character device" if stat.S_ISCHR(mode)
            else "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "special")
    return f"{path} is {kind}, not a regular file"


def sha256_nonblocking(path: Path) -> str | None:
    """The SHA-256 of a regular file, or None when it cannot be read or is
    not a regular file (checked on the open descriptor, so a file swapped for
    a FIFO meanwhile cannot block)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        digest = hashlib.sha256()
        while block := os.read(fd, 1 << 20):
            digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None
    finally:
        os.close(fd)


def slug(name: str) -> str:
    """``name`` made safe as (part of) a file name; may be empty."""
    text = unicodedata.normalize("NFC", mask_text(name))
    text = _UNSAFE.sub("-", text.replace("*", "-"))
    return re.sub(r"-{2,}", "-", text).strip("-._ ")


def _cut(text: str, max_bytes: int) -> str:
    raw = text.encode("utf-8")[:max_bytes]
    return raw.decode("utf-8", errors="ignore").rstrip("-._")


def _short_hash(path: Path) -> str:
    key = mask_text(os.path.normpath(str(path)))
    return hashlib.sha256(key.encode("utf-8", errors="surrogateescape")).hexdigest()[:HASH_CHARS]


def doc_ids(paths: list[Path]) -> list[str]:
    """One unique doc_id per path (see the module text for the rule)."""
    bases = []
    for p in paths:
        stem = p.name[:-4] if p.name.lower().endswith(".pdf") else p.name
        base = slug(stem) or FALLBACK_ID
        bases.append((base, len(base.encode("utf-8")) > MAX_ID_BYTES))
    counts: dict[str, int] = {}
    for base, _ in bases:
        counts[base.casefold()] = counts.get(base.casefold(), 0) + 1
    ids: list[str] = []
    taken: set[str] = set()
    for p, (base, too_long) in zip(paths, bases):
        if too_long or counts[base.casefold()] > 1:
            base = f"{_cut(base, MAX_ID_BYTES - HASH_CHARS - 1)}-{_short_hash(p)}"
        doc_id, n = base, 1
        while doc_id.casefold() in taken:  # a file literally named like a hashed id
            n += 1
            doc_id = f"{base}-{n}"
        taken.add(doc_id.casefold())
        ids.append(doc_id)
    return ids
