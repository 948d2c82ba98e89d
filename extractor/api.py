"""Python helpers for researchers: documents as they finish, a run as pandas DataFrames.

    import extractor
    for record in extractor.iter_documents(["reports/"]):   # one dict per PDF, as each finishes
        print(record["doc_id"], record["facts"].get("employees"))
    frames = extractor.load("out/")                          # or "out/data.sqlite"
    frames["facts"].query("key == 'women_share_total'")

``load`` needs pandas (``pip install 'extractor[pandas]'``); the rest of the
package does not.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator

from extractor.settings import Settings

TABLES = ("documents", "facts", "entities", "sections", "cases", "measures", "tables", "comparison")
INSTALL_HINT = "pip install 'extractor[pandas]'"


def iter_documents(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[dict[str, Any]]:
    """Run the pipeline over PDFs and folders of PDFs in this process, yielding each
    document's record (the ``<doc_id>.json`` content) as soon as it is done. Bad input
    yields an error record; nothing raises for one broken file."""
    from extractor.batch import assign_doc_ids
    from extractor.executors import failure_record
    from extractor.inputs import expand_inputs
    from extractor.pipeline import extract_document

    settings = settings or Settings()
    for job, problem in assign_doc_ids(expand_inputs(paths)):
        if problem:  # a FIFO, device or unreadable folder: never opened
            yield failure_record(job, "not_pdf", problem, 0.0)
        else:
            yield extract_document(job.path, settings, doc_id=job.doc_id).to_dict()


def load(source: str | Path, tables: Iterable[str] = TABLES) -> dict[str, Any]:
    """The dataset of a run as pandas DataFrames, by table name: from a folder of
    ``<doc_id>.json`` (built in memory) or from a ``data.sqlite`` written by ``extractor dataset``."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"extractor.load needs pandas: {INSTALL_HINT}") from exc
    source = Path(source)
    wanted = list(tables)
    if source.is_dir():
        from extractor.dataset import build_dataset, load_records

        records, _ = load_records(source)
        ds = build_dataset(records)
        return {name: pd.DataFrame(ds.tables[name].rows, columns=ds.tables[name].column_names)
                for name in wanted if name in ds.tables}
    if not source.is_file():
        raise FileNotFoundError(f"{source}: neither an output folder nor a data.sqlite file")
    con = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {name: pd.read_sql_query(f'SELECT * FROM "{name}"', con) for name in wanted if name in present}
    finally:
        con.close()
