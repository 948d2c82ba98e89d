"""Per-document JSON and ``dataset.jsonl``, written atomically.

Each file is written to a temporary name in the same folder and renamed into
place, so a killed run never leaves half a file behind. ``dataset.jsonl`` is
rebuilt from the per-document files, never appended to.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from extractor.export.atomic import atomic_write_text
from extractor.model import Result


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def write_result(result: Result, out_dir: Path) -> Path:
    """Write ``<doc_id>.json``; returns its path."""
    path = out_dir / f"{result.doc_id}.json"
    atomic_write_text(path, dumps(result.to_dict()))
    return path


def read_results(out_dir: Path, doc_ids: Iterable[str]) -> list[dict[str, Any]]:
    records = []
    for doc_id in doc_ids:
        path = out_dir / f"{doc_id}.json"
        if path.exists():
            records.append(json.loads(path.read_text(encoding="utf-8")))
    return records


def write_dataset_jsonl(records: Iterable[dict[str, Any]], out_dir: Path) -> Path:
    """(Re)write ``dataset.jsonl``: one compact line per document."""
    path = out_dir / "dataset.jsonl"
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
    atomic_write_text(path, "\n".join(lines) + ("\n" if lines else ""))
    return path
