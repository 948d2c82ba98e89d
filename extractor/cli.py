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
from extractor.dataset import DatasetError, build, load_comparison
from extractor.dataset import compare as cmp
from extractor.dataset import serve as dataset_serve
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
@click.option("--models", "models_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of trained models (default: the project's models/), e.g. a retrained NER.")
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
    models_dir: Path | None,
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
        **({"models_dir": models_dir.resolve()} if models_dir else {}),
    )
    options = BatchOptions(
        workers=workers or default_workers(),
        limits=Limits(timeout=timeout, max_memory=int(max_memory * 1024**3) if max_memory > 0 else None),
        force=force, fail_fast=fail_fast, executor=executor, scheduler=scheduler,
    )
    if not expand_inputs(paths):
        raise click.UsageError("no PDF found in the given paths")
    if settings.entities:
        from extractor.entities import missing_models

        missing = missing_models(settings.models_dir)
        if missing:
            raise click.UsageError("trained models are missing: " + "; ".join(missing) + " (or use --no-entities)")
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


@main.command("dataset")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--sqlite", "sqlite_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite file to (re)build; default OUT_DIR/data.sqlite. Always written.")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for one CSV file per table (UTF-8 with BOM).")
@click.option("--xlsx", "xlsx_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Excel workbook: the comparison sheet first, then one sheet per table.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but warnings and errors.")
def dataset_command(out_dir: Path, sqlite_path: Path | None, csv_dir: Path | None, xlsx_path: Path | None,
                    quiet: bool) -> None:
    """Build the comparable dataset from OUT_DIR/<doc_id>.json.

    Tables: comparison (one row per organisation and year, one column per
    fact), documents, sections, entities, facts, measures, cases. See
    docs/dataset.md. Rebuilding replaces the files atomically.
    """
    try:
        summary = build(out_dir, sqlite_path=sqlite_path, csv_dir=csv_dir, xlsx_path=xlsx_path)
    except DatasetError as e:
        raise click.ClickException(str(e)) from e
    err = Console(stderr=True)
    for warning in summary.dataset.warnings:
        err.print(f"[yellow]warning[/yellow] {warning}", markup=True, highlight=False)
    if not quiet:
        click.echo(", ".join(f"{name} {n}" for name, n in summary.counts.items()))
        for path in summary.written:
            click.echo(f"wrote {path}")


@main.command("compare")
@click.argument("organisations", nargs=-1, required=True)
@click.option("--dataset", "source", required=True, type=click.Path(exists=True, path_type=Path),
              help="A folder of <doc_id>.json (lined up on the fly) or a data.sqlite built by `extractor dataset`.")
@click.option("--year", "years", type=int, multiple=True, help="Show only this year (repeatable).")
@click.option("--all-facts", is_flag=True, help="Also show facts that none of the shown organisations reports.")
@click.option("--years", "changes", is_flag=True,
              help="Also print what changed from year to year (facts, risk areas, checklist items).")
@click.option("--min-score", type=click.IntRange(0, 100), default=cmp.DEFAULT_MIN_SCORE, show_default=True,
              help="Lowest rapidfuzz score (0-100) for a fuzzy organisation-name match.")
def compare_command(organisations: tuple[str, ...], source: Path, years: tuple[int, ...], all_facts: bool,
                    changes: bool, min_score: int) -> None:
    """Show organisations side by side: facts as rows, organisation and year as columns.

    Names match case-insensitively, and fuzzily ("helsenett" finds
    "Norsk helsenett SF").
    """
    try:
        table = load_comparison(source)
    except DatasetError as e:
        raise click.ClickException(str(e)) from e
    known = sorted({r["organisation"] for r in table.dicts() if r["organisation"]})
    names, missing = cmp.match_organisations(organisations, known, min_score=min_score)
    err = Console(stderr=True)
    for q in missing:
        err.print(f"[yellow]no organisation matches[/yellow] {q!r}", markup=True, highlight=False)
    rows = cmp.select_rows(table, names, years)
    if not rows:
        raise click.ClickException("nothing to compare; organisations in the dataset: " + "; ".join(known))
    console = Console()
    if not console.is_terminal:
        console.width = 200  # logs and pipes: do not fold names
    console.print(cmp.side_by_side(table, rows, all_facts=all_facts))
    if changes:
        from extractor.dataset.changes import changes_view, load_changes

        try:
            console.print(changes_view(load_changes(source), names))
        except DatasetError as e:
            raise click.ClickException(f"no changes table: {e}") from e


@main.command("serve")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--host", default=dataset_serve.DEFAULT_HOST, show_default=True,
              help="Interface to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=dataset_serve.DEFAULT_PORT, show_default=True,
              help="Port to listen on.")
def serve_command(db: Path, host: str, port: int) -> None:
    """Browse a data.sqlite in the web browser with Datasette.

    Needs the optional extra: pip install 'extractor[serve]'. Exit status 2
    when it is missing.
    """
    if not dataset_serve.available():
        click.echo(f"extractor serve needs Datasette: {dataset_serve.INSTALL_HINT}", err=True)
        sys.exit(2)
    try:
        dataset_serve.serve(db, host, port)
    except DatasetError as e:
        raise click.ClickException(str(e)) from e


@main.command("report")
@click.argument("dataset", type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the report (index.html, warnings.html, doc/, img/, plotly.min.js); must be new, "
                   "empty, or a report written before, which is replaced.")
@click.option("--title", default=None, help="Title shown on every page [default: Compliance reports compared].")
@click.option("--no-images", is_flag=True, help="Skip the images of PDF page regions (faster, smaller report).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def report_command(dataset: Path, out_dir: Path, title: str | None, no_images: bool, quiet: bool) -> None:
    """Write a static HTML report from DATASET: an extract output folder or its data.sqlite.

    Overview table, charts (gender balance, pay ratio, risk matrix,
    deadlines), a page per document with every figure's sentence and an
    image of its PDF page region, and a warning list. Opens offline from
    disk. Needs the optional extra: pip install 'extractor[report]' (exit
    status 2 when it is missing). See docs/report.md.
    """
    from extractor import report

    if not report.available():
        click.echo(f"extractor report needs plotly and jinja2: {report.INSTALL_HINT}", err=True)
        sys.exit(2)
    try:
        index = report.build_report(dataset, out_dir, title=title or report.DEFAULT_TITLE, images=not no_images)
    except report.ReportError as e:
        raise click.ClickException(str(e)) from e
    if not quiet:
        click.echo(f"wrote {index}")


if __name__ == "__main__":  # pragma: no cover
    main()
