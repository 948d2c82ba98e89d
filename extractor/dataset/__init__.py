"""The comparable dataset: every document of an output folder in one set of
tables where organisations and years line up.

Library API behind ``extractor dataset``, ``extractor compare`` and
``extractor serve`` (see ``docs/dataset.md``)::

    from extractor.dataset import load_records, build_dataset, write_sqlite
    records, warnings = load_records(Path("out"))
    ds = build_dataset(records)
    write_sqlite(ds, Path("out/data.sqlite"))

or all at once: ``build(Path("out"), sqlite_path=..., csv_dir=..., xlsx_path=...)``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.dataset.compare import Comparison, comparison_table
from extractor.dataset.csvout import write_csv
from extractor.dataset.doctables import parsed_tables_table
from extractor.dataset.sqlite import read_table, write_sqlite
from extractor.dataset.tables import (
    DatasetError, TableData, attendance_table, cases_table, documents_table, entities_table, facts_table,
    measures_table, sections_table,
)
from extractor.dataset.xlsx import write_xlsx
from extractor.export.jsonout import is_record, record_files

__all__ = [
    "TABLE_ORDER", "Dataset", "DatasetError", "BuildSummary", "load_records", "build_dataset", "build",
    "load_comparison", "write_sqlite", "write_csv", "write_xlsx", "read_table",
]

# Table order: the SQLite creation order (referenced tables first), the CSV
# files and the XLSX sheets (comparison first).
TABLE_ORDER = ("comparison", "documents", "sections", "entities", "facts", "measures", "cases", "attendance",
               "tables")
DEFAULT_SQLITE_NAME = "data.sqlite"


@dataclass
class Dataset:
    tables: dict[str, TableData]  # in TABLE_ORDER
    comparison: Comparison
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildSummary:
    dataset: Dataset
    written: list[Path] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {name: len(t.rows) for name, t in self.dataset.tables.items()}


def load_records(out_dir: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The per-document records of ``out_dir`` (every ``*.json`` whatever its
    name, sorted by file name), falling back to ``dataset.jsonl`` when there are none; plus
    warnings for files skipped. Raises :class:`DatasetError` if none is found."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DatasetError(f"{out_dir} is not a folder")
    warnings: list[str] = []
    candidates: list[tuple[str, Any]] = []
    for path in record_files(out_dir):  # every *.json, dot-files included
        try:
            candidates.append((path.name, json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            warnings.append(f"{path.name}: skipped, not readable JSON ({e})")
    jsonl = out_dir / "dataset.jsonl"
    if not any(is_record(c) for _, c in candidates) and jsonl.exists():
        for n, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    candidates.append((f"dataset.jsonl:{n}", json.loads(line)))
                except json.JSONDecodeError as e:
                    warnings.append(f"dataset.jsonl:{n}: skipped, not JSON ({e})")
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for where, rec in candidates:
        if not is_record(rec):
            warnings.append(f"{where}: skipped, not a per-document record (no doc_id)")
        elif rec["doc_id"] in seen:
            warnings.append(f"{where}: skipped, doc_id {rec['doc_id']!r} seen before")
        else:
            seen.add(rec["doc_id"])
            records.append(rec)
    if not records:
        raise DatasetError(f"no per-document JSON (<doc_id>.json) in {out_dir}; "
                           f"run `extractor extract ... --out {out_dir}`")
    records.sort(key=lambda r: r["doc_id"])
    return records, warnings


def build_dataset(records: list[dict[str, Any]]) -> Dataset:
    """All tables from the records (pure; nothing is written)."""
    comparison = comparison_table(records)
    tables = {
        "comparison": comparison.table,
        "documents": documents_table(records, comparison.lineup),
        "sections": sections_table(records),
        "entities": entities_table(records),
        "facts": facts_table(records),
        "measures": measures_table(records),
        "cases": cases_table(records),
        "attendance": attendance_table(records),
        "tables": parsed_tables_table(records),
    }
    assert tuple(tables) == TABLE_ORDER
    return Dataset(tables, comparison, list(comparison.warnings))


def build(out_dir: Path, *, sqlite_path: Path | None = None, csv_dir: Path | None = None,
          xlsx_path: Path | None = None) -> BuildSummary:
    """Read ``out_dir`` and write the dataset: SQLite always (default
    ``out_dir/data.sqlite``), CSV and XLSX when asked."""
    records, warnings = load_records(out_dir)
    dataset = build_dataset(records)
    dataset.warnings[:0] = warnings
    summary = BuildSummary(dataset)
    summary.written.append(write_sqlite(dataset.tables.values(), sqlite_path or Path(out_dir) / DEFAULT_SQLITE_NAME))
    if csv_dir is not None:
        summary.written.extend(write_csv(dataset.tables.values(), csv_dir))
    if xlsx_path is not None:
        summary.written.append(write_xlsx(dataset.tables.values(), xlsx_path,
                                          comparison_pages=dataset.comparison.pages))
    return summary


def load_comparison(source: Path) -> TableData:
    """The comparison table from a folder of per-document JSON (built on the
    fly) or from a SQLite file written by :func:`write_sqlite`."""
    source = Path(source)
    if source.is_dir():
        records, _ = load_records(source)
        return comparison_table(records).table
    return read_table(source, "comparison")
