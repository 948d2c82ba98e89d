"""OCR for pages without a text layer (scans), with Tesseract's Norwegian model.

Optional: needs the ``ocr`` extra (pytesseract) and the ``tesseract`` binary
with the ``nor`` language (Debian: ``apt-get install tesseract-ocr
tesseract-ocr-nor``). Without them a scanned page keeps its "no text layer"
warning and the document is reported as ``needs_ocr``.
"""
from __future__ import annotations

import shutil
from functools import lru_cache
from typing import Any

from extractor.model import Word

OCR_RESOLUTION = 300
MIN_CONFIDENCE = 30.0


@lru_cache(maxsize=4)
def ocr_unavailable(lang: str = "nor") -> str | None:
    """None when OCR can run, else the reason it cannot (for the warning)."""
    try:
        import pytesseract
    except ImportError:
        return "OCR skipped: install the 'ocr' extra (pip install 'extractor[ocr]')"
    if shutil.which("tesseract") is None:
        return "OCR skipped: the tesseract binary is not installed"
    try:
        langs = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # noqa: BLE001 - a broken install is reported, not raised
        return f"OCR skipped: tesseract does not run ({exc})"
    if lang not in langs:
        return f"OCR skipped: tesseract has no '{lang}' language data (tesseract-ocr-{lang})"
    return None


def ocr_words(image: Any, *, scale: float, lang: str = "nor") -> list[Word]:
    """Words Tesseract reads on a page image, in PDF points (``scale`` = pixels per point)."""
    import pytesseract

    data = pytesseract.image_to_data(image, lang=lang, output_type=pytesseract.Output.DICT)
    words: list[Word] = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if not text or conf < MIN_CONFIDENCE:
            continue
        x, y, w, h = (data[k][i] / scale for k in ("left", "top", "width", "height"))
        words.append(Word(text=text, x0=x, top=y, x1=x + w, bottom=y + h, fontname="OCR", size=round(h, 1)))
    return words
