"""A static HTML report for journalists, built from the comparable dataset.

Library API behind ``extractor report`` (see ``docs/report.md``)::

    from extractor.report import build_report
    index = build_report(Path("out"), Path("report"))        # or Path("out/data.sqlite")

The report is a folder that works offline, opened from disk: ``index.html``
(overview table, charts, documents), ``warnings.html``, one page per document
under ``doc/``, page-region images under ``img/`` and the plotly.js bundle
once as ``plotly.min.js``. Needs the ``report`` extra (plotly, jinja2).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable

from extractor.dataset import TABLE_ORDER, DatasetError, build_dataset, load_records, read_table
from extractor.report import crops
from extractor.report.pages import DocImages, ReportData, doc_regions

__all__ = ["DEFAULT_TITLE", "INSTALL_HINT", "MARKER", "ReportError", "ReportData", "available",
           "build_report", "load_report_data"]

DEFAULT_TITLE = "Compliance reports compared"
INSTALL_HINT = "pip install 'extractor[report]'"
MARKER = ".extractor-report"  # marks a folder as ours, so a rebuild may replace it
PLOTLY_FILE = "plotly.min.js"


class ReportError(Exception):
    """The report cannot be built (no dataset, an output folder that is not ours...)."""


def available() -> bool:
    """Whether the ``report`` extra (plotly and jinja2) is installed."""
    try:
        import jinja2  # noqa: F401
        import plotly  # noqa: F401
    except ImportError:
        return False
    return True


def load_report_data(dataset: Path) -> ReportData:
    """The tables of a dataset: ``dataset`` is an extract output folder
    (lined up on the fly from its ``<doc_id>.json``) or a ``data.sqlite``
    built by ``extractor dataset``. For a SQLite file, fact evidence (sentence
    and bbox, which the SQLite file does not keep) is read from the
    ``<doc_id>.json`` beside it when they are there."""
    dataset = Path(dataset)
    try:
        if dataset.is_dir():
            records, warnings = load_records(dataset)
            built = build_dataset(records)
            tables = {name: t.dicts() for name, t in built.tables.items()}
            return _data(tables, records, [*warnings, *built.warnings], [Path.cwd(), dataset, dataset.parent])
        if dataset.is_file():
            tables = {name: read_table(dataset, name).dicts() for name in TABLE_ORDER}
            records = _records_beside(dataset.parent, {d["doc_id"] for d in tables["documents"]})
            return _data(tables, records, [], [Path.cwd(), dataset.parent, dataset.parent.parent])
    except DatasetError as e:
        raise ReportError(str(e)) from e
    raise ReportError(f"{dataset}: no such folder or SQLite file")


def _records_beside(folder: Path, doc_ids: set[str]) -> list[dict[str, Any]]:
    try:
        records, _ = load_records(folder)
    except DatasetError:
        return []
    return [r for r in records if r["doc_id"] in doc_ids]


def _data(tables: dict[str, list[dict[str, Any]]], records: list[dict[str, Any]], warnings: list[str],
          base_dirs: list[Path]) -> ReportData:
    evidence = {r["doc_id"]: r["facts_evidence"] for r in records if isinstance(r.get("facts_evidence"), dict)}
    return ReportData(tables=tables, evidence=evidence, dataset_warnings=warnings,
                      base_dirs=[Path(d) for d in base_dirs])


def build_report(dataset: Path, out_dir: Path, *, title: str = DEFAULT_TITLE, images: bool = True,
                 on_document: Callable[[str], None] | None = None) -> Path:
    """Write the report for ``dataset`` (an extract output folder or its
    ``data.sqlite``) into ``out_dir``; return the path of ``index.html``.

    ``out_dir`` must be missing, empty, or a report written before (it is
    then replaced as a whole: the new report is built beside it and swapped
    in). ``images=False`` skips the page-region images. ``on_document`` is
    called with each doc_id as its page is written (for progress output)."""
    if not available():
        raise ReportError(f"extractor report needs plotly and jinja2: {INSTALL_HINT}")
    from extractor.report import charts, pages  # plotly and jinja2: only with the extra

    out_dir = Path(out_dir)
    _check_target(out_dir)
    data = load_report_data(dataset)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        (stage / MARKER).write_text("written by extractor report; the folder is replaced on a rebuild\n",
                                    encoding="utf-8")
        _write_plotly_js(stage / PLOTLY_FILE)
        slugs = pages.doc_slugs(d["doc_id"] for d in data.tables["documents"])
        images_by_doc = {d["doc_id"]: _document_images(data, d, stage / "img" / slugs[d["doc_id"]], images)
                         for d in data.tables["documents"]}
        files = pages.render_site(data, charts.build_charts(data.tables), images_by_doc, slugs, title=title,
                                  on_document=on_document)
        for rel, html in files.items():
            target = stage / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        _swap_in(stage, out_dir)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return out_dir / "index.html"


def _document_images(data: ReportData, doc: dict[str, Any], img_dir: Path, images: bool) -> DocImages:
    """Find the document's PDF and cut out its figures' page regions."""
    if doc.get("status") == "error":
        return DocImages()
    pdf, problem = crops.resolve_pdf(doc.get("source_path"), doc.get("sha256"), data.base_dirs)
    link = pdf if pdf is not None and crops.linkable(pdf) else None  # no identity number in a link
    if not images:
        return DocImages(pdf=link, problem=problem)
    if pdf is None:
        return DocImages(problem=problem)
    result = crops.render_crops(pdf, doc_regions(data, doc["doc_id"]), img_dir)
    return DocImages(pdf=link, files=result.files, problem=result.problem)


def _write_plotly_js(path: Path) -> None:
    from plotly.offline import get_plotlyjs  # the bundle shipped inside the plotly package

    path.write_text(get_plotlyjs(), encoding="utf-8")


def _check_target(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise ReportError(f"{out_dir} exists and is not a folder")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise ReportError(f"{out_dir} is not empty and holds no report written before; "
                          "choose a new or empty folder")


def _swap_in(stage: Path, out_dir: Path) -> None:
    os.chmod(stage, 0o755)  # mkdtemp's 0700 is for the temporary name only
    if not out_dir.exists():
        os.replace(stage, out_dir)
        return
    _check_target(out_dir)
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
    old.rmdir()
    os.replace(out_dir, old)
    os.replace(stage, out_dir)
    shutil.rmtree(old, ignore_errors=True)
