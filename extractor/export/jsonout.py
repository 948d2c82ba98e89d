"""Per-document JSON and ``dataset.jsonl``, written atomically.

Each file is written to a temporary name in the same folder and renamed into
place, so a killed run never leaves half a file behind. ``dataset.jsonl`` is
rebuilt from every per-document file in the folder, never appended to.
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


def record_files(out_dir: Path) -> list[Path]:
    """Every ``*.json`` file of the folder, whatever its name (dot-files
    included), sorted by name. Temporary files of the atomic writer end in
    ``.tmp`` and are not among them."""
    try:
        entries = list(Path(out_dir).iterdir())
    except FileNotFoundError:
        return []
    return sorted(p for p in entries if p.name.lower().endswith(".json") and p.is_file())


def is_record(obj: Any) -> bool:
    """A per-document record: a JSON object with a non-empty string ``doc_id``."""
    return isinstance(obj, dict) and isinstance(obj.get("doc_id"), str) and bool(obj["doc_id"])


def read_all_results(out_dir: Path) -> list[dict[str, Any]]:
    """Every per-document record in the folder, sorted by doc_id (the first
    file wins when two carry the same doc_id; unreadable files are left out)."""
    records: dict[str, dict[str, Any]] = {}
    for path in record_files(out_dir):
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        if is_record(obj) and obj["doc_id"] not in records:
            records[obj["doc_id"]] = obj
    return [records[k] for k in sorted(records)]


def write_dataset_jsonl(records: Iterable[dict[str, Any]], out_dir: Path) -> Path:
    """(Re)write ``dataset.jsonl``: one compact line per document."""
    path = out_dir / "dataset.jsonl"
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
    atomic_write_text(path, "\n".join(lines) + ("\n" if lines else ""))
    return path
