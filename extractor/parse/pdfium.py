"""The fast character source: PDFium (through pypdfium2) → words and ruling edges.

PDFium reads a page's characters about ten times faster than pdfminer turns
them into dicts. This module gives, per page, what :mod:`extractor.parse.pdf`
needs in pdfplumber's terms (top-left origin, pdfminer's character boxes):

* ``words``: the words ``extract_words(extra_attrs=["fontname", "size"])``
  would give (see :mod:`extractor.parse.words`);
* ``edges``: the horizontal and vertical ruling edges pdfplumber's table
  finder would see, for pages drawn with straight axis-aligned paths only.

Whatever this source cannot reproduce faithfully comes back as ``None`` and
the caller reads that page with pdfplumber instead: rotated or cropped pages,
rotated or skewed text, glyphs without a Unicode mapping (pdfminer's
"(cid:N)", which the garbled-text check counts), pages without text (OCR),
and paths with curves or diagonals.
"""
from __future__ import annotations

import ctypes
import os
import threading
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfminer.fontmetrics import FONT_METRICS

from extractor.model import Word
from extractor.parse.words import Segment, segments_to_words

_FONT_NAME_BUFFER = 256
# PDFium is not thread-safe: one call into it at a time per process (Dask may
# run documents on threads); uncontended, the lock costs nothing measurable.
PDFIUM_LOCK = threading.RLock()
_AXIS_EPS = 1e-3       # pt: a segment this close to axis-aligned is axis-aligned
_PDFIUM_HYPHENS = "\x02\ufffe"  # PDFium marks a hyphen that ends a line (U+0002, U+FFFE in GetText)


@dataclass(frozen=True)
class FastPage:
    """What PDFium gave for one page; ``words``/``edges`` None: use pdfplumber."""

    width: float
    height: float
    words: list[Word] | None
    edges: list[dict[str, Any]] | None
    has_rules: bool


def open_document(path: str | os.PathLike[str], password: str | None) -> pdfium.PdfDocument | None:
    """The document, or None when PDFium cannot open it (pdfplumber then reads
    it and reports the error it always reported)."""
    try:
        with PDFIUM_LOCK:
            return pdfium.PdfDocument(str(path), password=password or None)
    except (pdfium.PdfiumError, OSError, ValueError):
        return None


def close_document(doc: pdfium.PdfDocument) -> None:
    with PDFIUM_LOCK:
        doc.close()


def _font_info(obj: int, cache: dict, buf: Any, bold: Any) -> tuple[str, float, bool]:
    """(name, descent per unit of font size, bold) of a text object's font.

    The descent is pdfminer's (a character's box runs from baseline + descent
    to that + size): the font descriptor's exact /Descent where the caller
    found one (``cache["descents"]``), the AFM figure for the standard 14
    fonts, else PDFium's (which keeps it in whole font units)."""
    key = _obj_font(ctypes.c_void_p(obj)) or 0
    hit = cache.get(key)
    if hit is not None:
        return hit
    font = ctypes.cast(key, raw.FPDF_FONT)
    raw.FPDFFont_GetBaseFontName(font, buf, _FONT_NAME_BUFFER)
    name = buf.value.decode("utf-8", "replace")
    metrics = FONT_METRICS.get(name) if not raw.FPDFFont_GetIsEmbedded(font) else None
    exact = cache.get("descents", {}).get(name)
    if exact is not None:
        descent = exact
    elif metrics is not None:  # the standard 14 fonts: pdfminer's own AFM figures
        descent = float(metrics[0].get("Descent", 0)) / 1000.0
    else:
        value = ctypes.c_float()
        raw.FPDFFont_GetDescent(font, ctypes.c_float(1.0), ctypes.byref(value))
        descent = -abs(value.value)
    info = cache[key] = (name, descent, bold(name))
    return info


def _fast(name: str, restype: Any, *argtypes: Any) -> Any:
    """A PDFium function taking plain handles (ints) instead of typed pointers:
    the per-character calls are the hot loop of parsing, and pypdfium2's typed
    prototypes cost a pointer cast per call."""
    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def _untyped(name: str, restype: Any) -> Any:
    """A PDFium function called without argument conversion, for the calls
    made once per character: the caller passes ready ctypes objects for the
    handles (a ``c_void_p``, a pointer) and Python ints for C ints, which
    ctypes hands over as they are (half the cost of converting them by
    prototype)."""
    function = _fast(name, restype)
    function.argtypes = None
    return function


_VP, _INT = ctypes.c_void_p, ctypes.c_int
_is_generated = _untyped("FPDFText_IsGenerated", _INT)
_map_error = _untyped("FPDFText_HasUnicodeMapError", _INT)
_text_object = _untyped("FPDFText_GetTextObject", _VP)
_loose_box = _untyped("FPDFText_GetLooseCharBox", _INT)
_obj_font = _untyped("FPDFTextObj_GetFont", _VP)
_char_matrix = _untyped("FPDFText_GetMatrix", _INT)
_obj_font_size = _untyped("FPDFTextObj_GetFontSize", _INT)
_origin = _fast("FPDFText_GetCharOrigin", _INT, _VP, _INT, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double))


def _text_of(textpage: Any, n: int) -> str | None:
    """All n characters of the page in one call (None if they do not map one to one)."""
    buf = ctypes.create_string_buffer(2 * (n + 1))
    got = raw.FPDFText_GetText(textpage, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: 2 * max(got - 1, 0)].decode("utf-16-le", "replace")
    return text if len(text) == n else None


def _style(textpage: Any, tp: int, k: int, obj: int, height: float, fonts: dict, bold: Any,
           buf: Any) -> tuple[str, float, float, float] | None:
    """(font name, size, top, bottom) of the characters of character k's text
    object, in pdfminer's terms; None for text that is not upright and
    unskewed (pdfplumber's rules for rotated text apply there).

    A text object's characters share one baseline when it is upright, so
    the baseline is read once per object, not once per character.
    ``textpage``: the text page's handle as a ``c_void_p``, ``tp`` as an int."""
    matrix, size_out = raw.FS_MATRIX(), ctypes.c_float()
    if not (_char_matrix(textpage, k, ctypes.byref(matrix))
            and _obj_font_size(ctypes.c_void_p(obj), ctypes.byref(size_out))):
        return None
    if not (matrix.b == 0 and matrix.c == 0 and matrix.a > 0 and matrix.d > 0):
        return None
    name, descent, _ = _font_info(obj, fonts, buf, bold)
    size = size_out.value * matrix.d
    ox, oy = ctypes.c_double(), ctypes.c_double()
    _origin(tp, k, ctypes.byref(ox), ctypes.byref(oy))
    bottom = height - (oy.value + descent * size)
    return (name, size, bottom - size, bottom)


def _page_chars(textpage: Any, height: float, fonts: dict, bold: Any) -> list[Segment] | None:
    """The page's characters as :class:`Segment` s (one per run of a text
    object), or None when pdfplumber must read the page."""
    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return None
    text = _text_of(textpage, n)
    if text is None:  # a NUL or a character outside the BMP: one call per character
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, k)) for k in range(n))
    for hyphen in _PDFIUM_HYPHENS:
        text = text.replace(hyphen, "-")
    tp = ctypes.cast(textpage, ctypes.c_void_p).value
    handle = ctypes.c_void_p(tp)
    rect = raw.FS_RECTF()
    prect = ctypes.pointer(rect)
    buf = ctypes.create_string_buffer(_FONT_NAME_BUFFER)
    styles: dict[int, tuple | None] = {}
    segments: list[Segment] = []  # this loop runs once per character: it only appends to lists
    is_generated, map_error, text_object, loose_box = _is_generated, _map_error, _text_object, _loose_box
    add_text = add_x0 = add_x1 = None
    last = None
    for k, ch in enumerate(text):
        if ch.isspace() and is_generated(handle, k):
            continue
        if map_error(handle, k):
            return None  # pdfminer would give "(cid:N)": the garbled-text check needs those
        obj = text_object(handle, k)
        if obj != last or obj is None:
            style = styles.get(obj, False) if obj else None
            if style is False:
                style = styles[obj] = _style(handle, tp, k, obj, height, fonts, bold, buf)
            if style is None:
                return None
            name, size, top, bottom = style
            segment = Segment(name, size, top, bottom, [], [], [])
            segments.append(segment)
            add_text, add_x0, add_x1 = segment.texts.append, segment.x0s.append, segment.x1s.append
            last = obj
        loose_box(handle, k, prect)
        add_text(ch)  # type: ignore[misc]
        add_x0(rect.left)  # type: ignore[misc]
        add_x1(rect.right)  # type: ignore[misc]
    return segments


def _subpath_edges(points: list[tuple[float, float]], height: float) -> list[dict[str, Any]] | None:
    edges: list[dict[str, Any]] = []
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if abs(x0 - x1) <= _AXIS_EPS:
            orientation, x1 = "v", x0
        elif abs(y0 - y1) <= _AXIS_EPS:
            orientation, y1 = "h", y0
        else:
            return None  # a diagonal: pdfplumber decides what it is
        top, bottom = height - max(y0, y1), height - min(y0, y1)
        left, right = min(x0, x1), max(x0, x1)
        edges.append({"object_type": "edge", "x0": left, "x1": right, "top": top, "bottom": bottom, "doctop": top,
                      "width": right - left, "height": bottom - top, "orientation": orientation})
    return edges


def _path_edges(obj: Any, height: float) -> tuple[list[dict[str, Any]], bool] | None:
    """(edges, whether a line or box is among them) of one path object, or
    None when it has curves or diagonals."""
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    edges: list[dict[str, Any]] = []
    subpath: list[tuple[float, float]] = []
    rule = False
    for i in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_BEZIERTO or not raw.FPDFPathSegment_GetPoint(seg, x, y):
            return None
        point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            found = _subpath_edges(subpath, height)
            if found is None:
                return None
            edges += found
            rule = rule or _is_rule(subpath)
            subpath = [point]
            continue
        subpath.append(point)
        if raw.FPDFPathSegment_GetClose(seg) and subpath and subpath[-1] != subpath[0]:
            subpath.append(subpath[0])  # closing back to the start (PDFium may have drawn that line already)
    found = _subpath_edges(subpath, height)
    if found is None:
        return None
    return edges + found, rule or _is_rule(subpath)


def _is_rule(points: list[tuple[float, float]]) -> bool:
    """A line or a closed four-sided box: what pdfplumber calls lines and rects
    (only pages with one of those are searched for ruled tables)."""
    return len(points) == 2 or (len(points) == 5 and points[0] == points[-1])


def _page_edges(page: Any, height: float) -> tuple[list[dict[str, Any]] | None, bool]:
    """(ruling edges, whether the page may hold a ruled table); edges None:
    let pdfplumber look."""
    edges: list[dict[str, Any]] = []
    has_rules = False
    for k in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            return None, True  # paths inside form XObjects: leave them to pdfplumber
        if kind != raw.FPDF_PAGEOBJ_PATH:
            continue
        found = _path_edges(obj, height)
        if found is None:
            return None, True
        edges += found[0]
        has_rules = has_rules or found[1]
    return edges, has_rules


def _plain_geometry(page: Any) -> bool:
    """Unrotated, with the crop box equal to a media box at the origin (else
    pdfplumber's coordinates differ from PDFium's and pdfplumber reads it)."""
    if raw.FPDFPage_GetRotation(page) != 0:
        return False
    box = [ctypes.c_float() for _ in range(4)]
    if not raw.FPDFPage_GetMediaBox(page, *box):
        return False
    media = tuple(round(b.value, 3) for b in box)
    if media[0] != 0 or media[1] != 0:
        return False
    if raw.FPDFPage_GetCropBox(page, *box):
        return tuple(round(b.value, 3) for b in box) == media
    return True


def read_page(doc: pdfium.PdfDocument, index: int, fonts: dict, bold: Any, *, with_edges: bool,
              descents: dict[str, float] | None = None, size: tuple[float, float] | None = None) -> FastPage:
    """One page's words and ruling edges (None where pdfplumber must read it).

    ``fonts`` is a per-document store of font facts (font handles are only
    trusted within the page: PDFium may free a font with its page); ``bold`` the font-name
    rule for bold (the same rule as for pdfplumber's font names);
    ``descents`` the exact /Descent (per unit of size) of fonts by name, and
    ``size`` the page's (width, height) as pdfplumber has them, when the
    caller knows them (PDFium keeps both rounded).
    """
    known = fonts.setdefault("descents", {})
    known.update(descents or {})
    fonts.clear()
    fonts["descents"] = known
    with PDFIUM_LOCK:
        return _read_page(doc, index, fonts, bold, with_edges=with_edges, size=size)


def _read_page(doc: pdfium.PdfDocument, index: int, fonts: dict, bold: Any, *, with_edges: bool,
               size: tuple[float, float] | None) -> FastPage:
    page = raw.FPDF_LoadPage(doc.raw, index)
    if not page:
        return FastPage(0.0, 0.0, None, None, True)
    try:
        width, height = size or (raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page))
        if not _plain_geometry(page):
            return FastPage(width, height, None, None, True)
        textpage = raw.FPDFText_LoadPage(page)
        try:
            segments = _page_chars(textpage, height, fonts, bold) if textpage else None
        finally:
            if textpage:
                raw.FPDFText_ClosePage(textpage)
        words = segments_to_words(segments, {f[0]: f[2] for k, f in fonts.items() if k != "descents"}) if segments else None
        edges, has_rules = _page_edges(page, height) if with_edges else ([], False)
        return FastPage(width, height, words or None, edges, has_rules)
    finally:
        raw.FPDF_ClosePage(page)
