"""Browse the SQLite dataset in a web browser with Datasette.

Datasette is optional (``pip install 'extractor[serve]'``); it is imported
only when serving. Table and column descriptions are handed to it as
metadata, so that its pages explain what every column means.
"""
from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path
from typing import Any

from extractor import catalogue
from extractor.dataset.compare import comparison_table
from extractor.dataset.doctables import parsed_tables_table
from extractor.dataset.fulltext import FTS_TABLES
from extractor.dataset.tables import (
    DatasetError, cases_table, documents_table, entities_table, facts_table, measures_table, sections_table,
)

INSTALL_HINT = "pip install 'extractor[serve]'"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001


def available() -> bool:
    """Whether Datasette can be imported here."""
    return importlib.util.find_spec("datasette") is not None


def metadata(db_path: Path) -> dict[str, Any]:
    """Datasette metadata: a title, the description of every table and column (units and
    meanings of the facts from the catalogue), facets, and the full-text search tables."""
    empty = [comparison_table([]).table, documents_table([], {}), sections_table([]), entities_table([]),
             facts_table([]), measures_table([]), cases_table([]), parsed_tables_table([])]
    tables = {
        t.name: {"description": t.description,
                 "columns": {c.name: c.description for c in t.columns if c.description}}
        for t in empty
    }
    for f in catalogue.facts():
        if f.name in tables["comparison"]["columns"] or f.type not in ("list", "object"):
            unit = f" (unit: {f.unit})" if f.unit else ""
            tables["comparison"]["columns"][f.name] = f"{f.label_en}: {f.meaning}{unit}"
    tables["comparison"]["sort"] = "id"
    tables["comparison"]["facets"] = ["doc_types", "organisation", "year"]
    tables["documents"]["facets"] = ["doc_type", "organisation", "report_year", "language", "status"]
    tables["entities"]["facets"] = ["type", "value"]
    tables["facts"]["facets"] = ["key"]
    for name, columns in FTS_TABLES.items():
        tables[name]["fts_table"] = f"{name}_fts"
        tables[name]["searchmode"] = "raw"
    return {
        "title": "extractor: the comparable dataset",
        "description": "Norwegian compliance reports, one row per organisation and year in `comparison`; "
                       "search section text on the `sections` page; see docs/dataset.md.",
        "databases": {Path(db_path).stem: {"tables": tables}},
    }


SQLITE_MAGIC = b"SQLite format 3\x00"


def check_database(db_path: Path) -> Path:
    """The SQLite file to serve: ``db_path`` itself, or ``data.sqlite`` in an
    output folder. Raises :class:`DatasetError` with a one-line reason for
    anything else (a dataset.jsonl, a CSV, a folder without a database)."""
    db_path = Path(db_path)
    if db_path.is_dir():
        db_path = db_path / "data.sqlite"
        if not db_path.is_file():
            raise DatasetError(f"{db_path.parent} holds no data.sqlite; build it with "
                               f"`extractor dataset {db_path.parent}`")
    if not db_path.is_file():
        raise DatasetError(f"{db_path}: no such SQLite file; build it with `extractor dataset`")
    try:
        with db_path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise DatasetError(f"{db_path}: not readable ({e.strerror})") from e
    if head != SQLITE_MAGIC:
        raise DatasetError(f"{db_path} is not a SQLite database; serve the data.sqlite that "
                           "`extractor dataset OUT` writes")
    return db_path


def serve(db_path: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Run Datasette on ``db_path`` until interrupted (blocks)."""
    if not available():
        raise DatasetError(f"Datasette is not installed: {INSTALL_HINT}")
    db_path = check_database(db_path)
    from datasette.cli import cli  # optional dependency

    with tempfile.TemporaryDirectory(prefix="extractor-serve-") as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(db_path), ensure_ascii=False, indent=2), encoding="utf-8")
        args = ["serve", str(db_path), "--host", host, "--port", str(port), "--metadata", str(meta)]
        cli.main(args=args, prog_name="datasette", standalone_mode=False)
