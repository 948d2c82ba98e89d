"""Scanned pages: OCR with Tesseract (nor) when installed, a warning when not."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.parse.ocr import ocr_unavailable
from extractor.pipeline import extract_document
from extractor.settings import ParseSettings, Settings

import pdf_factory

LINES = ("Likestillingsredegjørelse 2024", "Andelen kvinner i styret er 40 prosent.")


def test_scanned_page_is_read_by_ocr(tmp_path: Path) -> None:
    if ocr_unavailable():
        pytest.skip(ocr_unavailable())
    pdf = pdf_factory.scanned_text(tmp_path / "scan.pdf", LINES)
    record = extract_document(pdf, Settings(entities=False)).to_dict()
    assert record["error"] is None
    text = " ".join(s["title"] + " " + s["text"] for s in record["sections"]) + (record["front_matter"] or {}).get("text", "")
    assert "kvinner" in text and "40 prosent" in text
    assert any("OCR" in w for w in record["warnings"]) and "page 1: no text layer" in record["warnings"]


def test_without_ocr_a_scan_needs_ocr(tmp_path: Path) -> None:
    pdf = pdf_factory.scanned_text(tmp_path / "scan.pdf", LINES)
    record = extract_document(pdf, Settings(entities=False, parse=ParseSettings(ocr=False))).to_dict()
    assert record["status"] == "needs_ocr" and record["error"]["kind"] == "needs_ocr"
    assert record["warnings"] == ["page 1: no text layer"]
