"""Progress for batch runs: a bar on a terminal, plain periodic lines elsewhere.

Shows documents and pages per second, errors so far and the ETA. Used by the
CLI through the callbacks of :func:`extractor.batch.run_batch`.
"""
from __future__ import annotations

import time
from collections import Counter
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table as RichTable

from extractor.model import is_failure

PLAIN_INTERVAL_S = 10.0


class BatchProgress:
    """Callbacks for run_batch; ``quiet`` prints nothing."""

    def __init__(self, console: Console, *, quiet: bool = False) -> None:
        self.console = console
        self.quiet = quiet
        self.bar: Progress | None = None
        self.task: Any = None
        self.total = 0
        self.done = 0
        self.pages = 0
        self.errors = 0
        self.start = time.perf_counter()
        self.last_line = 0.0

    def on_start(self, total: int, skipped: int) -> None:
        self.total = total - skipped
        self.start = time.perf_counter()
        if self.quiet:
            return
        if skipped:
            self.console.print(f"{skipped} of {total} documents already done "
                               "(--force redoes them, --retry-failed only the failed ones)")
        if self.console.is_terminal and self.total:
            self.bar = Progress(
                TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TextColumn("[red]{task.fields[errors]}"),
                TimeRemainingColumn(), console=self.console, transient=True,
            )
            self.task = self.bar.add_task("extract", total=self.total, rate="", errors="")
            self.bar.start()

    def rates(self) -> tuple[float, float]:
        secs = max(time.perf_counter() - self.start, 1e-6)
        return self.done / secs, self.pages / secs

    def eta(self) -> float:
        docs_per_s, _ = self.rates()
        return (self.total - self.done) / docs_per_s if docs_per_s else float("inf")

    def on_record(self, record: dict[str, Any]) -> None:
        self.done += 1
        self.pages += (record.get("source") or {}).get("pages") or 0
        self.errors += is_failure(record)
        if self.quiet:
            return
        docs_s, pages_s = self.rates()
        if self.bar is not None:
            self.bar.update(self.task, advance=1, rate=f"{docs_s:.1f} docs/s {pages_s:.0f} pages/s",
                            errors=f"{self.errors} errors" if self.errors else "")
            return
        now = time.perf_counter()
        if now - self.last_line >= PLAIN_INTERVAL_S or self.done == self.total:
            self.last_line = now
            self.console.print(
                f"progress {self.done}/{self.total} documents, {docs_s:.2f} docs/s, {pages_s:.1f} pages/s, "
                f"{self.errors} errors, ETA {self.eta():.0f} s", highlight=False)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def summary_table(records: list[dict[str, Any]], skipped: int, failed: Counter[str]) -> RichTable:
    """Final summary: one row per processed document, then the totals."""
    table = RichTable(title="extractor: documents")
    for col in ("doc_id", "status", "doc_type", "lang", "year", "organisation", "pages", "sections", "entities"):
        table.add_column(col, overflow="fold")
    for r in sorted(records, key=lambda r: r["doc_id"]):
        err = r.get("error") or {}
        table.add_row(
            r["doc_id"], r["status"] + (f" ({err['kind']})" if err else ""), r.get("doc_type") or "",
            r.get("language") or "", str(r.get("report_year") or ""), (r.get("organisation") or {}).get("name") or "",
            str((r.get("source") or {}).get("pages") or ""), str(len(r.get("sections") or [])),
            str(len(r.get("entities") or [])),
        )
    done = sum(1 for r in records if not is_failure(r))
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(failed.items())) or "none"
    table.caption = f"done {done}, skipped {skipped}, failed {sum(failed.values())} ({kinds})"
    return table
