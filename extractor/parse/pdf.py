"""PDF → :class:`ParsedDocument`. The only module that imports pdfplumber.

Each page is converted to the project's own dataclasses (words, lines in
reading order, tables) and closed before the next one is read, so memory stays
bounded by one page. Library errors are mapped to :mod:`extractor.errors`.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

from extractor.errors import (
    BrokenPDFError,
    EmptyFileError,
    EncryptedPDFError,
    ExtractorError,
    NotAPDFError,
    OutOfMemoryError,
)
from extractor.model import Line, Page, ParsedDocument, Table, Word
from extractor.parse.layout import CELL_SEPARATOR, Block, make_row_line, order_lines
from extractor.parse.ocr import OCR_RESOLUTION, ocr_unavailable, ocr_words
from extractor.parse.text import count_cid, normalise_text
from extractor.settings import ParseSettings

_BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi", ",b")
_PDF_MAGIC_WINDOW = 1024


def check_file(path: Path) -> None:
    """Raise a clear error for a missing, empty, non-PDF or directory path."""
    if path.is_dir():
        raise NotAPDFError(f"{path} is a folder, not a PDF file", path=str(path))
    if not path.exists():
        raise NotAPDFError(f"{path} does not exist", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(f"{path} is empty (0 bytes)", path=str(path))
    with path.open("rb") as fh:
        head = fh.read(_PDF_MAGIC_WINDOW)
    if b"%PDF-" not in head:
        kind = "a zip archive" if head.startswith(b"PK") else "not a PDF"
        raise NotAPDFError(f"{path} is {kind}: no %PDF- header", path=str(path))


def is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(m in name for m in _BOLD_MARKERS)


def _classify_open_error(exc: BaseException, path: Path) -> ExtractorError:
    """Map a pdfminer/pdfplumber failure to our error kinds, looking inside
    PdfminerException at the exception it wraps."""
    inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(inner, MemoryError):
        return OutOfMemoryError(f"{path} needs more memory than allowed (a decompression bomb?)", path=str(path))
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
        return EncryptedPDFError(
            f"{path} is encrypted: give the password with --password ({type(inner).__name__})", path=str(path)
        )
    if isinstance(inner, BaseException):
        name = type(inner).__name__
    else:
        name = type(exc).__name__
    return BrokenPDFError(f"{path} could not be parsed: {name}: {inner}", path=str(path))


def _to_word(w: dict[str, Any]) -> Word:
    return Word(
        text=w["text"],
        x0=float(w["x0"]),
        top=float(w["top"]),
        x1=float(w["x1"]),
        bottom=float(w["bottom"]),
        fontname=str(w.get("fontname", "")),
        size=float(w.get("size", 0.0)),
        bold=is_bold(str(w.get("fontname", ""))),
    )


def _inside(w: Word, bbox: tuple[float, float, float, float], pad: float = 1.0) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return bbox[0] - pad <= cx <= bbox[2] + pad and bbox[1] - pad <= cy <= bbox[3] + pad


def _table_from(found: Any, words: list[Word], page_no: int) -> Table:
    """A pdfplumber table as a :class:`Table` whose rows are also lines."""
    rows: list[tuple[str, ...]] = []
    row_lines: list[Line] = []
    for row in found.rows:
        cells = [[w for w in words if _inside(w, cell, pad=0.5)] if cell is not None else [] for cell in row.cells]
        line = make_row_line(cells, page_no)
        if line is None:
            continue
        rows.append(tuple(part.strip() for part in line.text.split(CELL_SEPARATOR)))
        row_lines.append(line)
    return Table(page=page_no, bbox=tuple(found.bbox), rows=tuple(rows), lines=tuple(row_lines))


def _page_to_model(page: Any, settings: ParseSettings) -> Page:
    number = page.page_number
    raw = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False)
    words = [_to_word(w) for w in raw if w["text"].strip()]
    warnings: list[str] = []
    if not words:
        warnings.append(f"page {number}: no text layer")
        if settings.ocr:
            words = _ocr_page(page, warnings)
    chars = sum(len(w.text) for w in words)
    tables: list[Table] = []
    if settings.find_tables and (page.lines or page.rects):
        found = [t for t in page.find_tables() if len(t.rows) >= 1 and t.bbox[2] - t.bbox[0] > 20]
        for t in found:
            inside = [w for w in words if _inside(w, t.bbox)]
            if inside:
                table = _table_from(t, inside, number)
                if table.rows:
                    tables.append(table)
    table_boxes = [t.bbox for t in tables]
    prose = [w for w in words if not any(_inside(w, b) for b in table_boxes)]
    blocks = tuple(Block(t.bbox, t.lines) for t in tables)
    lines = order_lines(prose, number, float(page.width), settings, blocks)
    if words and count_cid(" ".join(w.text for w in words)) > 0.3 * len(words):
        warnings.append(f"page {number}: garbled text (fonts without ToUnicode)")
    return Page(
        number=number,
        width=float(page.width),
        height=float(page.height),
        lines=tuple(lines),
        tables=tuple(tables),
        chars=chars,
        warnings=tuple(warnings),
    )


def _ocr_page(page: Any, warnings: list[str]) -> list[Word]:
    """Words from OCR of a page without a text layer (empty when OCR is unavailable)."""
    reason = ocr_unavailable()
    if reason:
        warnings.append(f"page {page.page_number}: {reason}")
        return []
    image = page.to_image(resolution=OCR_RESOLUTION).original
    words = ocr_words(image, scale=OCR_RESOLUTION / 72.0)
    warnings.append(f"page {page.page_number}: text read by OCR (tesseract, nor): {len(words)} words")
    return words


def iter_pages(pdf: Any, settings: ParseSettings) -> Iterator[Page]:
    """Convert and close each page in turn (bounded memory on long documents);
    only the pages ``settings.pages`` names, when it is set (``--pages``)."""
    limit = settings.max_pages or len(pdf.pages)
    for number, page in enumerate(pdf.pages[:limit], start=1):
        if not settings.wants_page(number):
            page.close()
            continue
        try:
            yield _page_to_model(page, settings)
        finally:
            page.close()


def _metadata(pdf: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in (pdf.metadata or {}).items():
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, str) and value.strip():
            out[str(key)] = normalise_text(value).strip()
    return out


def _close_quietly(pdf: Any) -> None:
    """Close the PDF; on a damaged file close() can fail the way reading did."""
    try:
        pdf.close()
    except Exception:  # noqa: BLE001 - the real error has been reported already
        stream = getattr(pdf, "stream", None)
        if stream is not None and not stream.closed:
            stream.close()


def parse_pdf(path: str | os.PathLike[str], settings: ParseSettings) -> ParsedDocument:
    """Read a PDF into pages of lines and tables, or raise an ExtractorError."""
    p = Path(path)
    check_file(p)
    try:
        pdf = pdfplumber.open(p, password=settings.password or "")
    except (PdfminerException, PSException, PDFSyntaxError, PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise _classify_open_error(exc, p) from None
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, AssertionError, OSError, MemoryError) as exc:
        raise _classify_open_error(exc, p) from None
    try:
        meta = _metadata(pdf)
        pages = tuple(iter_pages(pdf, settings))
    except ExtractorError:
        raise
    except Exception as exc:  # pdfminer raises many bare types on damaged files
        raise _classify_open_error(exc, p) from None
    finally:
        _close_quietly(pdf)
    return ParsedDocument(path=str(p), pages=pages, metadata=meta)
