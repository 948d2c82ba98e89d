"""Images of the PDF page regions that figures were read from.

Each entity and fact carries a ``page`` (1-based) and a ``bbox`` in
pdfplumber's coordinates (points, origin at the top left of the page). Here
a page is rendered once with pypdfium2 and every requested region is cut
out of it, with some margin, and written as a PNG. Nothing here knows about
HTML: callers get back a map from region to file name.

The JSON has identity numbers masked, but the PDF shows them: every
fødselsnummer on a rendered page (found in the page's own text, the same
forms as :mod:`extractor.privacy` masks, also split over two lines) is
painted over before any region is cut out.
"""
from __future__ import annotations

import fnmatch
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from extractor.privacy import identity_spans, mask_text

SCALE = 2.0  # pixels per point: 144 dpi, sharp enough to read small print
MARGIN_X = 18.0  # points added left and right of the box
MARGIN_Y = 10.0  # points added above and below
MIN_WIDTH = 260.0  # narrow boxes ("85 %") are widened to show their context
MAX_HEIGHT = 420.0  # a box taller than this is cut at its top part


@dataclass(frozen=True)
class Region:
    """A box on a page: ``bbox`` is ``(x0, top, x1, bottom)`` in points."""

    page: int
    bbox: tuple[float, float, float, float]

    @property
    def file_name(self) -> str:
        digest = hashlib.sha1(repr(tuple(round(v, 1) for v in self.bbox)).encode()).hexdigest()[:10]
        return f"p{self.page}-{digest}.png"


@dataclass
class CropResult:
    files: dict[Region, str] = field(default_factory=dict)  # region → file name in the folder
    problem: str | None = None  # why some or all images are missing


def region(page: object, bbox: object) -> Region | None:
    """A :class:`Region` from a JSON page and bbox, or ``None`` when either is unusable."""
    if not isinstance(page, int) or isinstance(page, bool) or page < 1:
        return None
    if not isinstance(bbox, (list, tuple)) or len(bbox) != 4:
        return None
    try:
        x0, top, x1, bottom = (float(v) for v in bbox)
    except (TypeError, ValueError):
        return None
    if not (x1 > x0 and bottom > top):
        return None
    return Region(page, (x0, top, x1, bottom))


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def resolve_pdf(source_path: str | None, sha256: str | None,
                base_dirs: Sequence[Path]) -> tuple[Path | None, str | None]:
    """Find the source PDF of a record: ``source.path`` as it is, then
    relative to each of ``base_dirs`` (paths are usually relative to where
    ``extractor extract`` was run). A file whose SHA-256 differs from the
    record's is not used. Returns ``(path, None)`` or ``(None, reason)``."""
    if not source_path:
        return None, "the record has no source path"
    raw = Path(source_path)
    candidates = [raw] if raw.is_absolute() else [raw, *(Path(d) / raw for d in base_dirs)]
    if sha256 and "*" in raw.name:
        # The file name held an identity number, masked in the record: any file
        # the masked name fits is a candidate, and only the one with the
        # record's SHA-256 is used.
        pattern = re.sub(r"[\[\]?]", lambda m: f"[{m.group(0)}]", raw.name)
        candidates += [m for c in candidates if c.parent.is_dir() for m in sorted(c.parent.iterdir())
                       if fnmatch.fnmatchcase(m.name, pattern)]
    changed = None
    for candidate in candidates:
        try:
            if not candidate.is_file():
                continue
            if sha256 and sha256_of(candidate) != sha256:
                changed = candidate
                continue
        except OSError:
            continue
        return candidate, None
    if changed is not None:
        return None, mask_text(f"{changed} has changed since it was extracted (SHA-256 differs)")
    return None, f"source PDF {source_path} not found"


LINE_TOLERANCE = 3.0  # points: characters whose tops differ less are on one line
PAINT_PAD = 1.5  # points painted beyond each character of an identity number


def identity_boxes(chars: Sequence[dict]) -> list[tuple[float, float, float, float]]:
    """Boxes (points, pdfplumber's coordinates) of the characters of every
    identity number among a page's ``chars`` (pdfplumber's char dicts)."""
    ordered = sorted((c for c in chars if c.get("text")), key=lambda c: (c["top"], c["x0"]))
    lines: list[list[dict]] = []
    for c in ordered:
        if lines and abs(c["top"] - lines[-1][0]["top"]) <= LINE_TOLERANCE:
            lines[-1].append(c)
        else:
            lines.append([c])
    text: list[str] = []
    owner: list[dict | None] = []
    for line in lines:
        if text:
            text.append("\n")
            owner.append(None)
        prev = None
        for c in sorted(line, key=lambda c: c["x0"]):
            if prev is not None and c["x0"] - prev["x1"] > 0.2 * max(c.get("size") or 10.0, 1.0):
                text.append(" ")
                owner.append(None)
            text.append(c["text"][:1])
            owner.append(c)
            prev = c
    joined = "".join(text)
    boxes = []
    for start, end in identity_spans(joined):
        for i in range(start, end):
            c = owner[i]
            if c is not None and joined[i].isdigit():
                boxes.append((c["x0"] - PAINT_PAD, c["top"] - PAINT_PAD, c["x1"] + PAINT_PAD, c["bottom"] + PAINT_PAD))
    return boxes


def _page_identity_boxes(pdf_path: Path, numbers: Iterable[int],
                         password: str | None) -> dict[int, list[tuple[float, float, float, float]]]:
    """Identity-number boxes per page number; pages that cannot be read have none."""
    import pdfplumber

    out: dict[int, list[tuple[float, float, float, float]]] = {}
    try:
        with pdfplumber.open(pdf_path, password=password or "") as pdf:
            for number in numbers:
                if 1 <= number <= len(pdf.pages):
                    out[number] = identity_boxes(pdf.pages[number - 1].chars)
    except Exception:  # noqa: BLE001 - a PDF pdfplumber cannot read: pdfium may still render it
        pass
    return out


def linkable(path: Path) -> bool:
    """Whether the report may show ``path`` (in a link): not when its name
    holds an identity number."""
    return mask_text(str(Path(path).resolve())) == str(Path(path).resolve())


def crop_box(bbox: tuple[float, float, float, float], page_width: float,
             page_height: float) -> tuple[float, float, float, float]:
    """The box to cut out, in points: ``bbox`` with margins, widened to
    :data:`MIN_WIDTH`, at most :data:`MAX_HEIGHT` tall, kept on the page."""
    x0, top, x1, bottom = bbox
    x0, x1 = x0 - MARGIN_X, x1 + MARGIN_X
    if x1 - x0 < MIN_WIDTH:
        grow = (MIN_WIDTH - (x1 - x0)) / 2
        x0, x1 = x0 - grow, x1 + grow
    if x0 < 0:
        x0, x1 = 0.0, x1 - x0
    if x1 > page_width:
        x0, x1 = max(0.0, x0 - (x1 - page_width)), page_width
    top, bottom = max(0.0, top - MARGIN_Y), min(page_height, bottom + MARGIN_Y)
    bottom = min(bottom, top + MAX_HEIGHT)
    return x0, top, max(x1, x0 + 1), max(bottom, top + 1)


def render_crops(pdf_path: Path, regions: Iterable[Region], out_dir: Path, *,
                 password: str | None = None) -> CropResult:
    """Write one PNG per region into ``out_dir`` (named by
    :attr:`Region.file_name`); each needed page is rendered once. A PDF
    that cannot be opened, or a page that is not there, leaves those images
    out and says why in :attr:`CropResult.problem`."""
    import pypdfium2 as pdfium  # comes with pdfplumber

    by_page: dict[int, list[Region]] = {}
    for r in sorted(set(regions), key=lambda r: (r.page, r.bbox)):
        by_page.setdefault(r.page, []).append(r)
    result = CropResult()
    if not by_page:
        return result
    try:
        pdf = pdfium.PdfDocument(str(pdf_path), password=password)
    except (pdfium.PdfiumError, OSError) as e:
        result.problem = mask_text(f"{pdf_path}: not readable ({e})")
        return result
    out_dir.mkdir(parents=True, exist_ok=True)
    missing: list[int] = []
    hidden = _page_identity_boxes(pdf_path, by_page, password)
    try:
        for number, page_regions in by_page.items():
            if number > len(pdf):
                missing.append(number)
                continue
            page = pdf[number - 1]
            try:
                width, height = page.get_size()
                image = page.render(scale=SCALE).to_pil()
            except pdfium.PdfiumError:
                missing.append(number)
                continue
            finally:
                page.close()
            if hidden.get(number):
                from PIL import ImageDraw

                draw = ImageDraw.Draw(image)
                for x0, top, x1, bottom in hidden[number]:
                    draw.rectangle([x0 * SCALE, top * SCALE, x1 * SCALE, bottom * SCALE], fill="black")
            for r in page_regions:
                x0, top, x1, bottom = crop_box(r.bbox, width, height)
                box = tuple(int(round(v * SCALE)) for v in (x0, top, x1, bottom))
                image.crop(box).save(out_dir / r.file_name, format="PNG", optimize=True)
                result.files[r] = r.file_name
    finally:
        pdf.close()
    if missing:
        result.problem = mask_text(f"{pdf_path}: page(s) {', '.join(map(str, missing))} could not be rendered")
    return result
