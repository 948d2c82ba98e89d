"""Options shared by the commands of :mod:`extractor.cli`: -v/-vv logging,
--pages ranges, --to formats, --from-file lists."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from extractor.export.renderings import parse_formats
from extractor.settings import parse_page_ranges

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time of the log line (a
    test runner or a pipe may have replaced it since the handler was made)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def configure_logging(verbosity: int) -> None:
    """Log to stderr: warnings by default, -v info (a line per document), -vv debug.
    pdfminer logs every oddity of a damaged file; it speaks only at -vv (the
    error records say what matters)."""
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_extractor", False):
            root.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT, datefmt="%Y-%m-%dT%H:%M:%S%z"))
    handler._extractor = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    logging.getLogger("extractor").setLevel(level)
    logging.getLogger("pdfminer").setLevel(logging.DEBUG if verbosity >= 3 else logging.ERROR)
    root.setLevel(level)


def _verbosity(ctx: click.Context, param: click.Parameter, value: int) -> int:
    total = value + (ctx.find_root().meta.get("extractor.verbosity", 0) if ctx.parent else 0)
    ctx.find_root().meta["extractor.verbosity"] = total
    if value or not ctx.parent:
        configure_logging(total)
    return total


def verbose_option(f):  # type: ignore[no-untyped-def]
    return click.option("-v", "--verbose", count=True, expose_value=False, callback=_verbosity,
                        help="More log lines on stderr: -v one per document, -vv debug.")(f)


def read_list(handle: object) -> list[Path]:
    """Paths from a --from-file list: one per line; blank lines and lines
    starting with # are skipped; relative paths are taken from the current folder."""
    out = []
    for line in handle:  # type: ignore[attr-defined]
        line = line.rstrip("\r\n")
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(Path(line.strip()))
    return out


def pages_option(ctx: click.Context, param: click.Parameter, value: str | None) -> frozenset[int] | None:
    if value is None:
        return None
    try:
        return parse_page_ranges(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from e


def formats_option(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    try:
        return parse_formats(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from e
