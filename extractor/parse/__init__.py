"""Parsing: PDF pages → lines in reading order, tables, clean text.

``parse_pdf`` (in :mod:`extractor.parse.pdf`) is the only door to pdfplumber.
"""
from extractor.parse.pdf import parse_pdf

__all__ = ["parse_pdf"]
