"""Command line: a thin layer over :mod:`extractor.batch`.

Exit status: 0 when every document was processed, 1 when some failed (their
JSON carries an ``error``; also on a re-run while such records remain in the
output folder) or the output could not be written, 2 for bad usage, 130 or
143 when stopped by Ctrl-C or SIGTERM (after writing dataset.jsonl).
Expected failures (disk full, a folder in use) are one line on stderr, never
a traceback.
"""
from __future__ import annotations

import errno
import logging
import os
import signal
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import click
from rich.console import Console

from extractor import __version__
from extractor.batch import BatchInterrupted, BatchOptions, OutputError, run_batch
from extractor.dataset import DatasetError, build, load_comparison
from extractor.dataset import compare as cmp
from extractor.dataset import compare_out
from extractor.dataset import serve as dataset_serve
from extractor.executors import DASK_HINT, DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, Limits, dask_available, default_workers
from extractor.inputs import expand_inputs
from extractor.privacy import mask_text
from extractor.progress import BatchProgress, summary_table
from extractor.cliopts import formats_option, pages_option, read_list, verbose_option
from extractor.export.renderings import OUTPUT_FORMATS
from extractor.settings import ParseSettings, Settings
from extractor.state import OutputLocked

_WRITE_ERRORS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EROFS, errno.EACCES, errno.EPERM}


class _Group(click.Group):
    """Turns the write errors any command can meet (disk full, read-only or
    forbidden folder) into one line and exit status 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except OSError as e:
            if e.errno not in _WRITE_ERRORS:
                raise
            what = "disk full" if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) else e.strerror
            raise click.ClickException(f"{what}: {e.filename or ''}".rstrip(": ")) from e


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise BatchInterrupted: the first stops the run
    cleanly (dataset.jsonl and the summary are written), a second one while
    that is under way skips the rest of the clean-up."""
    def handler(signum: int, frame: object) -> None:
        raise BatchInterrupted(signum)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _check_out_dir(out_dir: Path) -> None:
    """Usage error unless files can be created in ``out_dir`` (made if missing)."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir):
            pass
    except OSError as e:
        raise click.BadParameter(f"cannot write to {out_dir}: {e.strerror or e}", param_hint="--out") from e


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
@verbose_option
def main() -> None:
    """Turn Norwegian compliance PDFs (transparency reports, equality reports,
    council papers, action plans) into per-document JSON and a comparable
    dataset. See docs/output.md for the output contract."""


@main.command()
@verbose_option
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--from-file", "from_file", type=click.File("r", encoding="utf-8"), default=None,
              help="Also read the inputs from this file: one path per line, # starts a comment line; "
                   "'-' reads standard input.")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for <doc_id>.json files, dataset.jsonl, state.sqlite and extractor.log (created if missing).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--timeout", type=click.FloatRange(min=1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one document may take before it gets a 'timeout' error record.")
@click.option("--max-memory", type=float, default=DEFAULT_MAX_MEMORY / 1024**3, show_default=True,
              help="Memory limit per worker in GB; a document over it gets an 'oom' error record.")
@click.option("--force", is_flag=True, help="Redo documents already done (by default a re-run skips them).")
@click.option("--retry-failed", is_flag=True, help="Redo the documents whose record is an error; skip the others.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first document that fails.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run workers locally, or on a Dask cluster (needs the 'dask' extra).")
@click.option("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --executor dask).")
@click.option("--password", default=None, help="Password for encrypted PDFs (the same for every input).")
@click.option("--no-entities", is_flag=True, help="Skip entity extraction (parse, sections and document info only).")
@click.option("--no-tables", is_flag=True, help="Do not look for ruled tables (faster on table-free reports).")
@click.option("--max-pages", type=click.IntRange(min=1), default=None, help="Read at most this many pages per PDF.")
@click.option("--pages", "pages", default=None, callback=pages_option, metavar="RANGES",
              help="Parse only these pages of every PDF, e.g. 1-5,9 (pages count from 1; "
                   "page numbers in the output stay those of the PDF).")
@click.option("--to", "formats", default="json", show_default=True, callback=formats_option,
              metavar="FORMATS",
              help=f"Comma-separated outputs per document, from {', '.join(OUTPUT_FORMATS)}: "
                   "md writes <doc_id>.md (headings, pipe tables), txt <doc_id>.txt; the JSON is always written.")
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
    retry_failed: bool,
    fail_fast: bool,
    executor: str,
    scheduler: str | None,
    password: str | None,
    no_entities: bool,
    no_tables: bool,
    max_pages: int | None,
    models_dir: Path | None,
    quiet: bool,
    from_file: object,
    pages: frozenset[int] | None,
    formats: tuple[str, ...],
) -> None:
    """Extract PDFs (files or folders of PDFs) to OUT/<doc_id>.json.

    Also writes OUT/dataset.jsonl with one line per document, keeps the run's
    state in OUT/state.sqlite (a re-run skips what is done, so a killed run can
    simply be started again) and prints a summary table. A file that is not a
    readable PDF gets an error record and the run goes on; the exit status is
    then 1, also on re-runs while error records remain in OUT (redo them with
    --retry-failed). Ctrl-C or SIGTERM stop the run cleanly (exit 130 or 143);
    one run at a time may write to OUT.
    """
    if from_file is not None:
        paths = (*paths, *read_list(from_file))
    if not paths:
        raise click.UsageError("give PDFs or folders, or --from-file LIST")
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise click.BadParameter("no such file or folder: " + ", ".join(mask_text(str(p)) for p in missing),
                                 param_hint="PATHS")
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    if executor == "dask" and not dask_available():
        click.echo(f"--executor dask needs the dask extra: {DASK_HINT}", err=True)
        sys.exit(2)
    settings = Settings(
        parse=ParseSettings(password=password, find_tables=not no_tables, max_pages=max_pages, pages=pages),
        entities=not no_entities,
        **({"models_dir": models_dir.resolve()} if models_dir else {}),
    )
    options = BatchOptions(
        workers=workers or default_workers(),
        limits=Limits(timeout=timeout, max_memory=int(max_memory * 1024**3) if max_memory > 0 else None),
        force=force, retry_failed=retry_failed, fail_fast=fail_fast, executor=executor, scheduler=scheduler,
        formats=formats,
    )
    if not expand_inputs(paths):
        raise click.UsageError("no PDF found in the given paths")
    _check_out_dir(out_dir)
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
        with _stop_on_signals():
            summary = run_batch(paths, out_dir, settings, options, on_record=on_record, on_start=progress.on_start)
    except BatchInterrupted as e:  # a second signal while finishing up
        progress.stop()
        click.echo(f"stopped by {signal.Signals(e.signum).name}", err=True)
        sys.exit(128 + e.signum)
    except (OutputError, OutputLocked) as e:
        progress.stop()
        raise click.ClickException(str(e)) from e
    finally:
        progress.stop()
    console.print(summary_table(summary.records, len(summary.skipped), summary.failures_by_kind))
    console.print(f"{summary.total} documents, {len(summary.skipped)} skipped, {len(summary.failed)} failed, "
                  f"{summary.pages} pages in {summary.elapsed:.1f} s; output in {out_dir}", highlight=False)
    earlier = sorted(set(summary.folder_failures) - {r["doc_id"] for r in summary.failed})
    if earlier:
        err.print(f"{len(earlier)} error record(s) from earlier runs remain in {out_dir} "
                  f"({', '.join(earlier[:5])}{', ...' if len(earlier) > 5 else ''}); "
                  "redo them with --retry-failed", markup=False, highlight=False)
    if summary.interrupted is not None:
        name = signal.Signals(summary.interrupted).name
        err.print(f"stopped by {name}: {len(summary.records)} documents done, dataset.jsonl written; "
                  "run the same command again to do the rest", markup=False, highlight=False)
        sys.exit(128 + summary.interrupted)
    sys.exit(0 if summary.ok else 1)


@main.command("dataset")
@verbose_option
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
@verbose_option
@click.argument("organisations", nargs=-1, required=True)
@click.option("--dataset", "source", required=True, type=click.Path(exists=True, path_type=Path),
              help="A folder of <doc_id>.json (lined up on the fly) or a data.sqlite built by `extractor dataset`.")
@click.option("--year", "years", type=int, multiple=True, help="Show only this year (repeatable).")
@click.option("--all-facts", is_flag=True, help="Also show facts that none of the shown organisations reports.")
@click.option("--min-score", type=click.IntRange(0, 100), default=cmp.DEFAULT_MIN_SCORE, show_default=True,
              help="Lowest rapidfuzz score (0-100) for a fuzzy organisation-name match.")
@click.option("--format", "fmt", type=click.Choice(compare_out.FORMATS), default="table", show_default=True,
              help="table: for the terminal; csv: the same layout as CSV; json: one object per organisation "
                   "and year.")
def compare_command(organisations: tuple[str, ...], source: Path, years: tuple[int, ...], all_facts: bool,
                    min_score: int, fmt: str) -> None:
    """Show organisations side by side: facts as rows, organisation and year as columns.

    Names match ignoring case, accents, spaces and hyphens ("solvtind" finds
    "Sølvtind Havbruk AS"), then fuzzily ("helsenett" finds "Norsk helsenett
    SF"). With --year, an organisation without a document for that year is
    listed as such. Exit status 1 when nothing matches.
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
    absent = cmp.absent_years(table, names, years)
    for name, year in absent:
        have = sorted({r["year"] for r in table.dicts()
                       if cmp.org_key(r["organisation"]) == cmp.org_key(name) and r["year"] is not None})
        click.echo(f"{name} has no document for {year} (years in the dataset: "
                   f"{', '.join(map(str, have)) or 'none'})", err=True)
    if not rows:
        if names:
            raise click.ClickException("nothing to compare for the asked year(s)")
        raise click.ClickException("nothing to compare; organisations in the dataset: " + "; ".join(known))
    if fmt == "csv":
        click.echo(compare_out.comparison_csv(table, rows, all_facts=all_facts, absent=absent), nl=False)
        return
    if fmt == "json":
        click.echo(compare_out.comparison_json(table, rows, all_facts=all_facts, absent=absent), nl=False)
        return
    console = Console()
    if not console.is_terminal:
        console.width = 200  # logs and pipes: do not fold names
    console.print(cmp.side_by_side(table, rows, all_facts=all_facts, absent=absent))


@main.command("schema")
@verbose_option
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of a document record, <doc_id>.json.

    Generated from the data model and the fact catalogue; every output of
    `extractor extract` validates against it. Save it with
    `extractor schema > record.schema.json`.
    """
    import json

    from extractor.schema import document_schema

    click.echo(json.dumps(document_schema(), ensure_ascii=False, indent=2))


@main.command("serve")
@verbose_option
@click.argument("db", type=click.Path(exists=True, path_type=Path))
@click.option("--host", default=dataset_serve.DEFAULT_HOST, show_default=True,
              help="Interface to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=dataset_serve.DEFAULT_PORT, show_default=True,
              help="Port to listen on.")
def serve_command(db: Path, host: str, port: int) -> None:
    """Browse a data.sqlite (or the one in an output folder) in the web browser with Datasette.

    Needs the optional extra: pip install 'extractor[serve]'. Exit status 2
    when it is missing.
    """
    if not dataset_serve.available():
        click.echo(f"extractor serve needs Datasette: {dataset_serve.INSTALL_HINT}", err=True)
        sys.exit(2)
    try:
        db = dataset_serve.check_database(db)
    except DatasetError as e:
        raise click.BadParameter(str(e), param_hint="DB") from e
    try:
        dataset_serve.serve(db, host, port)
    except DatasetError as e:
        raise click.ClickException(str(e)) from e


@main.command("report")
@verbose_option
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
