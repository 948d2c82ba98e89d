"""extractor: Norwegian compliance PDFs to a comparable dataset.

Library entry points::

    from extractor import extract_document, Settings
    result = extract_document("report.pdf", Settings())
    result.to_dict()
"""
from extractor.model import Result, SCHEMA_VERSION
from extractor.settings import Settings
from extractor.pipeline import extract_document

__version__ = "0.1.0"
__all__ = ["extract_document", "Settings", "Result", "SCHEMA_VERSION", "__version__"]
