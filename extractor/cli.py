"""Command line: a thin layer over :mod:`extractor.batch`.

Exit status: 0 when every document was processed, 1 when some failed (their
JSON carries an ``error``), 2 for bad usage.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table as RichTable

from extractor import __version__
from extractor.batch import run_batch
from extractor.model import Result
from extractor.settings import ParseSettings, Settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
def main() -> None:
    """Turn Norwegian compliance PDFs (transparency reports, equality reports,
    council papers, action plans) into per-document JSON and a comparable
    dataset. See docs/output.md for the output contract."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for <doc_id>.json files and dataset.jsonl (created if missing).")
@click.option("--password", default=None, help="Password for encrypted PDFs (the same for every input).")
@click.option("--no-entities", is_flag=True, help="Skip entity extraction (parse, sections and document info only).")
@click.option("--no-tables", is_flag=True, help="Do not look for ruled tables (faster on table-free reports).")
@click.option("--max-pages", type=click.IntRange(min=1), default=None, help="Read at most this many pages per PDF.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def extract(
    paths: tuple[Path, ...],
    out_dir: Path,
    password: str | None,
    no_entities: bool,
    no_tables: bool,
    max_pages: int | None,
    quiet: bool,
) -> None:
    """Extract PDFs (files or folders of PDFs) to OUT/<doc_id>.json.

    Also writes OUT/dataset.jsonl with one line per document and prints a
    summary table. A file that is not a readable PDF gets an error record and
    the run goes on; the exit status is then 1.
    """
    settings = Settings(
        parse=ParseSettings(password=password, find_tables=not no_tables, max_pages=max_pages),
        entities=not no_entities,
    )
    console = Console(stderr=False, quiet=quiet)
    if not console.is_terminal:
        console.width = 160  # logs and pipes: do not fold the table to 80 columns
    err = Console(stderr=True)

    def report(result: Result) -> None:
        if result.status == "error" and result.error:
            err.print(f"[red]error[/red] {result.source['path']}: {result.error['kind']}: {result.error['message']}",
                      markup=True, highlight=False)

    summary = run_batch(paths, out_dir, settings, on_result=report)
    if not summary.results:
        raise click.UsageError("no PDF found in the given paths")
    console.print(summary_table(summary.results))
    console.print(f"{len(summary.results)} documents, {len(summary.failed)} failed; output in {out_dir}")
    sys.exit(0 if summary.ok else 1)


def summary_table(results: list[Result]) -> RichTable:
    """One row per document: id, status, type, language, year, organisation, counts."""
    table = RichTable(title="extractor: documents", show_lines=False)
    for col in ("doc_id", "status", "doc_type", "lang", "year", "organisation", "pages", "sections", "entities"):
        table.add_column(col, overflow="fold")
    for r in results:
        table.add_row(
            r.doc_id,
            r.status if not r.error else f"{r.status} ({r.error['kind']})",
            r.info.doc_type,
            r.info.language,
            str(r.info.report_year or ""),
            r.info.organisation or "",
            str(r.source.get("pages") or ""),
            str(len(r.sections)),
            str(len(r.entities)),
        )
    return table


if __name__ == "__main__":  # pragma: no cover
    main()
