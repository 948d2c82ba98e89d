"""Parsing: PDF pages → lines in reading order, tables, clean text.

``parse_pdf`` (in :mod:`extractor.parse.pdf`) is the only door to pdfplumber
and PDFium (:mod:`extractor.parse.pdfium`, the fast character source);
:func:`extractor.parse.pdf.page_tables` is where a page's tables are collected.
"""
from extractor.parse.pdf import parse_pdf

__all__ = ["parse_pdf"]
