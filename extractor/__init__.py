"""extractor: Norwegian compliance PDFs to a comparable dataset.

Library entry points::

    from extractor import extract_document, Settings
    result = extract_document("report.pdf", Settings())
    result.to_dict()

    for record in iter_documents(["reports/"]): ...     # records as they finish
    frames = load("out/")                               # pandas DataFrames (extra: pandas)
"""
from extractor.model import Result, SCHEMA_VERSION
from extractor.settings import Settings
from extractor.pipeline import extract_document
from extractor.api import iter_documents, load

__version__ = "0.1.0"
__all__ = ["extract_document", "iter_documents", "load", "Settings", "Result", "SCHEMA_VERSION", "__version__"]
