"""PDF → :class:`ParsedDocument`. The only module that imports pdfplumber.

Each page is converted to the project's own dataclasses (words, lines in
reading order, tables) and closed before the next one is read, so memory stays
bounded by one page. Library errors are mapped to :mod:`extractor.errors`.

Characters come from PDFium (:mod:`extractor.parse.pdfium`), which gives the
same words as pdfplumber's ``extract_words`` at a tenth of the cost, and ruled
tables from pdfplumber's table finder fed with PDFium's ruling edges. A page
PDFium cannot reproduce faithfully (see that module) is read by pdfplumber, as
is a whole document PDFium cannot open; pdfplumber also opens every document
first, so a damaged or encrypted file fails exactly as it always did.
"""
from __future__ import annotations

import os
import re
import resource
from pathlib import Path
from typing import Any, Iterator

import pdfplumber
from pdfplumber.table import TableFinder
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.pdftypes import PDFStream, resolve1
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
from extractor.parse.layout import CELL_SEPARATOR, Block, PageColumns, make_row_line, order_lines, page_columns
from extractor.parse.ocr import OCR_RESOLUTION, ocr_unavailable, ocr_words
from extractor.parse.pdfium import FastPage, close_document, open_document, read_page
from extractor.parse.unruled import find_unruled_tables
from extractor.parse.text import count_cid, normalise_text
from extractor.settings import ParseSettings

_BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi", ",b")
_PDF_MAGIC_WINDOW = 1024
_MAX_INFLATION = 1032  # Flate's worst case: a compressed byte inflates to at most ~1032 bytes


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


def _centres(words: list[Word]) -> list[tuple[float, float]]:
    """Each word's centre: a word belongs to a box (a table, a cell) when its centre is inside."""
    return [((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in words]


def _words_inside(words: list[Word], centres: list[tuple[float, float]], bbox: Any, pad: float = 1.0) -> list[Word]:
    """The words whose centre lies in ``bbox`` widened by ``pad`` on every side."""
    x0, top, x1, bottom = bbox[0] - pad, bbox[1] - pad, bbox[2] + pad, bbox[3] + pad
    return [w for w, (cx, cy) in zip(words, centres) if x0 <= cx <= x1 and top <= cy <= bottom]


def _outside_all(words: list[Word], centres: list[tuple[float, float]], boxes: list[Any]) -> list[Word]:
    """The words whose centre lies in none of ``boxes`` widened by 1 pt."""
    padded = [(b[0] - 1.0, b[1] - 1.0, b[2] + 1.0, b[3] + 1.0) for b in boxes]
    return [w for w, (cx, cy) in zip(words, centres)
            if not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in padded)]


def _table_from(found: Any, words: list[Word], page_no: int) -> Table:
    """A pdfplumber table as a :class:`Table` whose rows are also lines."""
    rows: list[tuple[str, ...]] = []
    row_lines: list[Line] = []
    centres = _centres(words)
    for row in found.rows:
        cells = [_words_inside(words, centres, cell, pad=0.5) if cell is not None else [] for cell in row.cells]
        line = make_row_line(cells, page_no)
        if line is None:
            continue
        rows.append(tuple(part.strip() for part in line.text.split(CELL_SEPARATOR)))
        row_lines.append(line)
    return Table(page=page_no, bbox=tuple(found.bbox), rows=tuple(rows), lines=tuple(row_lines))


def page_tables(found: list[Any], words: list[Word], page_no: int, width: float,
                settings: ParseSettings) -> tuple[list[Table], PageColumns | None]:
    """Every table of one page: the one place where a page's tables are collected,
    whichever reader (PDFium or pdfplumber) gave the words.

    ``found`` are pdfplumber tables (ruled: from its table finder); each keeps
    the page's words inside its cells, so table text has the same words and
    boxes as the prose around it. Tables found without ruling lines (from the
    words outside these) belong here too, so that both readers get them and
    their words leave the prose.

    With the tables comes :func:`page_columns` of the words outside ruled
    tables (None when unruled tables are not looked for): the prose's own
    when no table is found.
    """
    tables: list[Table] = []
    centres = _centres(words) if found else []  # needed only to place words in ruled tables
    for t in found:
        bbox = t.bbox  # a computed property in pdfplumber: read it once
        if len(t.rows) < 1 or bbox[2] - bbox[0] <= 20:
            continue
        inside = _words_inside(words, centres, bbox)
        if inside:
            table = _table_from(t, inside, page_no)
            if table.rows:
                tables.append(table)
    columns = None
    if settings.find_tables:
        free = _outside_all(words, centres, [t.bbox for t in tables]) if tables else words
        columns = page_columns(free, width, settings)
        tables.extend(find_unruled_tables(free, page_no, width, settings, columns))
    return tables, columns


def _assemble(number: int, width: float, words: list[Word], tables: tuple[list[Table], PageColumns | None],
              warnings: list[str], height: float, settings: ParseSettings) -> Page:
    """A :class:`Page` from its words and :func:`page_tables`: prose outside the tables in reading order."""
    tables, columns = tables
    table_boxes = [t.bbox for t in tables]
    prose = _outside_all(words, _centres(words), table_boxes) if table_boxes else words
    blocks = tuple(Block(t.bbox, t.lines) for t in tables)
    lines = order_lines(prose, number, width, settings, blocks, columns if not tables else None)
    if words and count_cid(" ".join(w.text for w in words)) > 0.3 * len(words):
        warnings.append(f"page {number}: garbled text (fonts without ToUnicode)")
    return Page(
        number=number,
        width=width,
        height=height,
        lines=tuple(lines),
        tables=tuple(tables),
        chars=sum(len(w.text) for w in words),
        warnings=tuple(warnings),
    )


class _EdgePage:
    """What pdfplumber's table finder reads of a page (its ruling edges), from PDFium."""

    def __init__(self, edges: list[dict[str, Any]], width: float, height: float) -> None:
        self.edges = edges
        self.bbox = (0.0, 0.0, width, height)


def _fast_page_to_model(fast: FastPage, number: int, plumber_page: Any, settings: ParseSettings) -> Page:
    """A page read by PDFium; pdfplumber only looks for tables where PDFium
    could not describe the page's ruling lines."""
    words = fast.words or []
    found: list[Any] = []
    if settings.find_tables and fast.has_rules:
        if fast.edges is not None:
            found = TableFinder(_EdgePage(fast.edges, fast.width, fast.height)).tables
        else:
            page = plumber_page()
            if page.lines or page.rects:
                found = page.find_tables()
    tables = page_tables(found, words, number, fast.width, settings)
    return _assemble(number, fast.width, words, tables, [], fast.height, settings)


def _page_to_model(page: Any, settings: ParseSettings) -> Page:
    """A page read by pdfplumber alone (PDFium could not reproduce it)."""
    number = page.page_number
    raw = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False)
    words = [_to_word(w) for w in raw if w["text"].strip()]
    warnings: list[str] = []
    if not words:
        warnings.append(f"page {number}: no text layer")
        if settings.ocr:
            words = _ocr_page(page, warnings)
    found = page.find_tables() if settings.find_tables and (page.lines or page.rects) else []
    tables = page_tables(found, words, number, float(page.width), settings)
    return _assemble(number, float(page.width), words, tables, warnings, float(page.height), settings)


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


def _stream_bytes(obj: Any) -> int:
    obj = resolve1(obj)
    if isinstance(obj, PDFStream):
        return len(obj.rawdata or b"")
    if isinstance(obj, list):
        return sum(_stream_bytes(o) for o in obj)
    return 0


_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


def font_descents(page: Any) -> dict[str, float]:
    """The descent (per unit of font size) pdfminer gives each font of the
    page's resources, by name without subset tag: the AFM figure for a Type1 or
    TrueType font named like one of the standard 14, else the font
    descriptor's /Descent (made negative)."""
    out: dict[str, float] = {}
    try:
        fonts = resolve1(resolve1(page.page_obj.resources or {}).get("Font")) or {}
        for spec in map(resolve1, fonts.values()):
            if not isinstance(spec, dict):
                continue
            subtype = getattr(resolve1(spec.get("Subtype")), "name", "")
            name = getattr(resolve1(spec.get("BaseFont")), "name", None)
            if subtype == "Type3" or not isinstance(name, str):
                continue
            if subtype in ("Type1", "MMType1", "TrueType") and name in FONT_METRICS:
                out[name] = float(FONT_METRICS[name][0].get("Descent", 0)) / 1000.0
                continue
            holder = spec
            if subtype == "Type0":
                holder = resolve1((resolve1(spec.get("DescendantFonts")) or [None])[0]) or {}
            descriptor = resolve1(holder.get("FontDescriptor")) if isinstance(holder, dict) else None
            if isinstance(descriptor, dict):
                out[_SUBSET_TAG.sub("", name)] = -abs(float(resolve1(descriptor.get("Descent", 0)))) / 1000.0
    except Exception:  # noqa: BLE001 - a damaged font dictionary: PDFium's figures then
        return out
    return out


def _is_form(stream: PDFStream) -> bool:
    subtype = resolve1(stream.attrs.get("Subtype"))
    return getattr(subtype, "name", None) == "Form"


def _fits_in_memory(page: Any) -> bool:
    """Can PDFium read this page without risk of exhausting the memory limit?

    PDFium aborts the process when an allocation fails, where pdfminer raises
    MemoryError (an "oom" record); so under a memory limit a page whose
    content could inflate past half of it (a Flate bomb) is read by pdfplumber.
    """
    limit, _ = resource.getrlimit(resource.RLIMIT_DATA)
    if limit == resource.RLIM_INFINITY:
        return True
    try:
        size = _stream_bytes(page.page_obj.attrs.get("Contents"))
        xobjects = resolve1(resolve1(page.page_obj.resources or {}).get("XObject")) or {}
        # forms are parsed with the page; images are not decoded to read text
        size += sum(_stream_bytes(x) for x in map(resolve1, xobjects.values())
                    if isinstance(x, PDFStream) and _is_form(x))
    except Exception:  # noqa: BLE001 - a damaged object: let pdfplumber meet it
        return False
    return size * _MAX_INFLATION < limit / 2


def iter_pages(pdf: Any, settings: ParseSettings, fast_doc: Any = None) -> Iterator[Page]:
    """Convert and close each page in turn (bounded memory on long documents).

    With ``fast_doc`` (PDFium's copy of the same file) pages are read by PDFium,
    pdfplumber only for the pages PDFium cannot reproduce. Only the pages
    ``settings.pages`` names are read, when it is set (``--pages``).
    """
    limit = settings.max_pages or len(pdf.pages)
    if fast_doc is not None and len(fast_doc) != len(pdf.pages):
        fast_doc = None  # the two readers disagree on the page tree: trust the reference
    fonts: dict = {}
    for index, page in enumerate(pdf.pages[:limit]):
        if not settings.wants_page(index + 1):
            page.close()
            continue
        try:
            fast = None
            if fast_doc is not None and _fits_in_memory(page):
                fast = read_page(fast_doc, index, fonts, is_bold, with_edges=settings.find_tables,
                                 descents=font_descents(page), size=(float(page.width), float(page.height)))
            if fast is None or fast.words is None:
                yield _page_to_model(page, settings)
            else:
                yield _fast_page_to_model(fast, index + 1, lambda: page, settings)
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
    fast_doc = None
    try:
        meta = _metadata(pdf)
        fast_doc = open_document(p, settings.password) if settings.fast else None
        pages = tuple(iter_pages(pdf, settings, fast_doc))
    except ExtractorError:
        raise
    except Exception as exc:  # pdfminer raises many bare types on damaged files
        raise _classify_open_error(exc, p) from None
    finally:
        _close_quietly(pdf)
        if fast_doc is not None:
            close_document(fast_doc)
    return ParsedDocument(path=str(p), pages=pages, metadata=meta)
