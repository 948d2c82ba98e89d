"""``<doc_id>.md`` and ``<doc_id>.txt`` beside ``<doc_id>.json`` (``extractor extract --to``).

Rendered from the record as written (already masked for identity numbers),
atomically, like every other output. JSON is always written: it is what a
re-run resumes from and what the dataset is built from.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from extractor.export.atomic import atomic_write_text
from extractor.export.markdown import FORMATS

OUTPUT_FORMATS = ("json", *FORMATS)  # what --to accepts
DEFAULT_FORMATS = ("json",)


def parse_formats(spec: str) -> tuple[str, ...]:
    """``"json,md"`` → ("json", "md"); ValueError for an unknown name. JSON is always among them."""
    names = [n.strip().lower() for n in spec.split(",") if n.strip()]
    unknown = [n for n in names if n not in OUTPUT_FORMATS]
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)} (choose from {', '.join(OUTPUT_FORMATS)})")
    return tuple(n for n in OUTPUT_FORMATS if n in names or n == "json")


def rendering_path(out_dir: Path, doc_id: str, fmt: str) -> Path:
    return Path(out_dir) / f"{doc_id}{FORMATS[fmt][0]}"


def write_renderings(record: dict[str, Any], out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Write the record's Markdown / plain text renderings; returns the paths written."""
    written = []
    for fmt in formats:
        if fmt == "json":
            continue
        path = rendering_path(out_dir, record["doc_id"], fmt)
        atomic_write_text(path, FORMATS[fmt][1](record))
        written.append(path)
    return written


def missing_renderings(out_dir: Path, doc_id: str, formats: Iterable[str]) -> list[str]:
    """The formats (other than json) whose file is absent or older than ``<doc_id>.json``."""
    source = Path(out_dir) / f"{doc_id}.json"
    try:
        mtime = source.stat().st_mtime
    except OSError:
        return []
    out = []
    for fmt in formats:
        if fmt == "json":
            continue
        try:
            if rendering_path(out_dir, doc_id, fmt).stat().st_mtime >= mtime:
                continue
        except OSError:
            pass
        out.append(fmt)
    return out
