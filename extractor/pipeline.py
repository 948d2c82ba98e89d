"""The stages in order: path → :class:`Result`.

parse (then identity-number masking) → clean → segment → classify and
document info → parts (chapters of another kind) → facts (of the document
and of each part) → entities. Every stage is a pure function of the
previous stage's output and its own settings; this module is the only place
that composes them. Failures become error records, never tracebacks.
"""
from __future__ import annotations

import hashlib
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from extractor import classify, docinfo
from extractor.clean import remove_running_lines
from extractor.facts import extract_facts
from extractor.facts.transparency_risk import with_risk_codes
from extractor.errors import ExtractorError, GarbledTextError, NoTextError
from extractor.model import DocInfo, Line, ParsedDocument, Result
from extractor.parse import parse_pdf
from extractor.parts import facts_with_parts, find_parts, main_doc_type
from extractor.privacy import mask_document
from extractor.segment import Segmentation, segment
from extractor.settings import Settings


def sha256_of(path: Path) -> str | None:
    """The file's content hash, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def file_source(path: Path, sha256: str | None = None) -> dict[str, object]:
    """The ``source`` block: path, sha256 (computed unless given) and size."""
    try:
        size = path.stat().st_size if path.is_file() else 0
    except OSError:
        size = 0
    return {"path": str(path), "sha256": sha256 or sha256_of(path), "pages": None, "bytes": size}


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


def document_info(parsed: ParsedDocument, seg: Segmentation, margins: list[Line], settings: Settings) -> DocInfo:
    """Type, language, organisation, report year and publication date."""
    title = parsed.metadata.get("Title", "") or seg.title or (seg.sections[0].title if seg.sections else "")
    pages_text = ["\n".join(l.text for l in p.lines) for p in parsed.pages]
    tables_text = "\n".join(" ".join(c for c in row) for p in parsed.pages for t in p.tables for row in t.rows)
    body = "\n".join(pages_text)
    headings = [s.title for s in seg.sections]
    outline_title = " ".join([title, seg.title or ""] + headings[:1])
    doc_type = classify.classify_doc_type(outline_title, pages_text[0] if pages_text else "", body + "\n" + tables_text)
    language = classify.detect_language("\n".join(s.text for s in seg.sections) or body, settings.classify)
    org = docinfo.find_organisation(
        metadata=parsed.metadata, doc_type=doc_type, pages_text=pages_text, headings=headings, table_text=tables_text,
        cover_lines=[l.text for l in seg.front_lines], margins=[l.text for l in margins],
    )
    return DocInfo(
        doc_type=doc_type,
        language=language,
        organisation=org.name if org else None,
        organisation_page=org.page if org else None,
        report_year=docinfo.find_report_year(doc_type=doc_type, title=outline_title, text=body),
        published=docinfo.find_published(
            doc_type=doc_type,
            title=parsed.metadata.get("Title", ""),
            lines=[l.text for p in parsed.pages for l in p.lines if not l.in_table],
            first_page=seg.front.text,  # the title page: text before the first heading
            margins="\n".join(l.text for l in margins),
        ),
    )


def run_stages(path: Path, settings: Settings, result: Result) -> None:
    """Fill ``result`` stage by stage; raises ExtractorError on unusable input."""
    t = result.timings
    with _timed(t, "parse"):
        parsed = mask_document(parse_pdf(path, settings.parse))
    result.source["pages"] = len(parsed.pages)
    result.warnings.extend(w for p in parsed.pages for w in p.warnings)
    if not parsed.pages or sum(p.chars for p in parsed.pages) == 0:
        ocr = next((w.split(": ", 1)[1] for w in result.warnings if "OCR skipped" in w), "")
        raise NoTextError(f"{path} has {len(parsed.pages)} pages but no text layer (scanned?) {ocr}".strip(),
                          path=str(path))
    garbled = sum(1 for p in parsed.pages if any("garbled" in w for w in p.warnings))
    if garbled and garbled >= 0.5 * sum(1 for p in parsed.pages if p.chars):
        raise GarbledTextError(f"{path}: text on {garbled} of {len(parsed.pages)} pages is unmapped glyph codes", path=str(path))
    with _timed(t, "clean"):
        cleaned = remove_running_lines(parsed, settings.clean)
    lines = [l for p in cleaned.document.pages for l in p.lines]
    with _timed(t, "segment"):
        seg = segment(lines, settings.segment)
    with _timed(t, "classify"):
        result.info = document_info(cleaned.document, seg, list(cleaned.removed), settings)
    result.sections = list(seg.sections)
    result.tables = [table for page in parsed.pages for table in page.tables]
    with _timed(t, "facts"):
        found_parts = find_parts(seg, result.info.doc_type, result.tables, result.info)
        kind = main_doc_type(result.info.doc_type, seg, found_parts)
        if kind != result.info.doc_type:  # "other" whose chapter of one kind is the main content
            result.info = replace(result.info, doc_type=kind)
            found_parts = [p for p in found_parts if p["doc_type"] != kind]
        facts = facts_with_parts(extract_facts(result.info.doc_type, seg, result.tables, result.info),
                                 seg, result.tables, result.info, found_parts)
        result.parts = found_parts
    result.facts = facts.facts
    result.facts_evidence = facts.evidence
    result.warnings.extend(facts.warnings)
    if settings.entities:
        # Imported here: spaCy and the models load only when entities are asked for.
        from extractor.entities import extract_entities, load_models

        with _timed(t, "entities"):
            models = load_models(settings.models_dir)
            result.entities = extract_entities(seg, result.info, models, result.facts)
        if result.facts.get("risk_areas"):  # risk facts take their codes from the risk entities
            result.facts["risk_areas"] = with_risk_codes(result.facts["risk_areas"], result.entities, seg)
    if seg.front_lines:
        result.front_matter = {
            "page_start": seg.front_lines[0].page,
            "page_end": seg.front_lines[-1].page,
            "text": seg.front.text,
        }
    if any("garbled" in w for w in result.warnings) or any(p.chars == 0 for p in parsed.pages):
        result.status = "partial"


def extract_document(
    path: str | Path, settings: Settings | None = None, *, doc_id: str | None = None, sha256: str | None = None
) -> Result:
    """Run the whole pipeline on one PDF. Never raises for bad input: the
    returned Result then has an ``error`` record and a failure status.
    ``sha256`` saves reading the file twice when the caller hashed it."""
    settings = settings or Settings()
    p = Path(path)
    result = Result(doc_id=doc_id or p.stem, source=file_source(p, sha256))
    start = time.perf_counter()
    try:
        run_stages(p, settings, result)
    except ExtractorError as exc:
        result.fail(exc.kind, exc.message)
    except MemoryError:
        result.fail("oom", f"{p}: ran out of memory")
    except RecursionError:
        result.fail("broken_pdf", f"{p}: object structure too deep (RecursionError)")
    except Exception as exc:  # a bug or an unforeseen PDF: keep the batch going
        result.fail("internal", f"{type(exc).__name__}: {exc}")
    result.timings["total"] = time.perf_counter() - start
    return result
