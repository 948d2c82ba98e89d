"""Command line: a thin layer over :mod:`extractor.batch`.

Exit status: 0 when every document was processed, 1 when some failed (their
JSON carries an ``error``), 2 for bad usage.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click
from rich.console import Console

from extractor import __version__
from extractor.batch import BatchOptions, expand_inputs, run_batch
from extractor.executors import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, Limits, default_workers
from extractor.progress import BatchProgress, summary_table
from extractor.settings import ParseSettings, Settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
def main() -> None:
    """Turn Norwegian compliance PDFs (transparency reports, equality reports,
    council papers, action plans) into per-document JSON and a comparable
    dataset. See docs/output.md for the output contract."""
    # pdfminer logs every oddity of a damaged file; the error records say what matters.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for <doc_id>.json files, dataset.jsonl, state.sqlite and extractor.log (created if missing).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--timeout", type=click.FloatRange(min=1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one document may take before it gets a 'timeout' error record.")
@click.option("--max-memory", type=float, default=DEFAULT_MAX_MEMORY / 1024**3, show_default=True,
              help="Memory limit per worker in GB; a document over it gets an 'oom' error record.")
@click.option("--force", is_flag=True, help="Redo documents already done (by default a re-run skips them).")
@click.option("--fail-fast", is_flag=True, help="Stop at the first document that fails.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run workers locally, or on a Dask cluster (needs the 'dask' extra).")
@click.option("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask).")
@click.option("--password", default=None, help="Password for encrypted PDFs (the same for every input).")
@click.option("--no-entities", is_flag=True, help="Skip entity extraction (parse, sections and document info only).")
@click.option("--no-tables", is_flag=True, help="Do not look for ruled tables (faster on table-free reports).")
@click.option("--max-pages", type=click.IntRange(min=1), default=None, help="Read at most this many pages per PDF.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def extract(
    paths: tuple[Path, ...],
    out_dir: Path,
    workers: int | None,
    timeout: float,
    max_memory: float,
    force: bool,
    fail_fast: bool,
    executor: str,
    scheduler: str | None,
    password: str | None,
    no_entities: bool,
    no_tables: bool,
    max_pages: int | None,
    quiet: bool,
) -> None:
    """Extract PDFs (files or folders of PDFs) to OUT/<doc_id>.json.

    Also writes OUT/dataset.jsonl with one line per document, keeps the run's
    state in OUT/state.sqlite (a re-run skips what is done, so a killed run can
    simply be started again) and prints a summary table. A file that is not a
    readable PDF gets an error record and the run goes on; the exit status is
    then 1.
    """
    settings = Settings(
        parse=ParseSettings(password=password, find_tables=not no_tables, max_pages=max_pages),
        entities=not no_entities,
    )
    options = BatchOptions(
        workers=workers or default_workers(),
        limits=Limits(timeout=timeout, max_memory=int(max_memory * 1024**3) if max_memory > 0 else None),
        force=force, fail_fast=fail_fast, executor=executor, scheduler=scheduler,
    )
    if not expand_inputs(paths):
        raise click.UsageError("no PDF found in the given paths")
    console = Console(quiet=quiet)
    if not console.is_terminal:
        console.width = 160  # logs and pipes: do not fold the table to 80 columns
    err = Console(stderr=True)
    progress = BatchProgress(console, quiet=quiet)

    def on_record(record: dict) -> None:
        progress.on_record(record)
        if record.get("error"):
            e = record["error"]
            err.print(f"error {record['source']['path']}: {e['kind']}: {e['message']}", markup=False, highlight=False)

    try:
        summary = run_batch(paths, out_dir, settings, options, on_record=on_record, on_start=progress.on_start)
    finally:
        progress.stop()
    console.print(summary_table(summary.records, len(summary.skipped), summary.failures_by_kind))
    console.print(f"{summary.total} documents, {len(summary.skipped)} skipped, {len(summary.failed)} failed, "
                  f"{summary.pages} pages in {summary.elapsed:.1f} s; output in {out_dir}", highlight=False)
    sys.exit(0 if summary.ok else 1)


if __name__ == "__main__":  # pragma: no cover
    main()
