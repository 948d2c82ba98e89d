"""Many documents: expand inputs, give each a unique doc_id, run, write.

The library entry point behind ``extractor extract``. Each document is
independent: a failure becomes that document's error record and the batch
goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from extractor.export.jsonout import write_dataset_jsonl, write_result
from extractor.model import Result
from extractor.pipeline import extract_document
from extractor.settings import Settings


@dataclass(frozen=True)
class Job:
    path: Path
    doc_id: str


@dataclass
class BatchSummary:
    results: list[Result] = field(default_factory=list)

    @property
    def failed(self) -> list[Result]:
        return [r for r in self.results if r.status == "error"]

    @property
    def ok(self) -> bool:
        return not self.failed


def expand_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the PDFs inside folders (recursively, sorted).

    A file named explicitly is kept whatever its type, so that a non-PDF
    given by mistake gets an error record instead of vanishing.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf"))
        else:
            out.append(p)
    return out


def assign_doc_ids(paths: list[Path]) -> list[Job]:
    """doc_id = file name without ``.pdf``; a clash gets ``-2``, ``-3``..."""
    seen: dict[str, int] = {}
    jobs = []
    for p in paths:
        base = p.stem if p.suffix.lower() == ".pdf" else p.name
        n = seen.get(base, 0) + 1
        seen[base] = n
        jobs.append(Job(p, base if n == 1 else f"{base}-{n}"))
    return jobs


def run_batch(
    paths: Iterable[str | Path],
    out_dir: Path,
    settings: Settings,
    *,
    on_result: Callable[[Result], None] | None = None,
) -> BatchSummary:
    """Extract every input, write ``<doc_id>.json`` and ``dataset.jsonl``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary()
    records = []
    for job in assign_doc_ids(expand_inputs(paths)):
        result = extract_document(job.path, settings, doc_id=job.doc_id)
        write_result(result, out_dir)
        records.append(result.to_dict())
        summary.results.append(result)
        if on_result:
            on_result(result)
    write_dataset_jsonl(records, out_dir)
    return summary
