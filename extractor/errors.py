"""Errors the library raises, each with a stable ``kind`` code.

A batch turns these into error records (``Result.error``) instead of stopping;
the CLI turns them into a message and exit status 1.
"""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class. ``kind`` is a short stable code written to error records."""

    kind = "error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


class NotAPDFError(ExtractorError):
    kind = "not_pdf"


class EmptyFileError(ExtractorError):
    kind = "empty_file"


class BrokenPDFError(ExtractorError):
    kind = "broken_pdf"


class EncryptedPDFError(ExtractorError):
    kind = "encrypted"


class NoTextError(ExtractorError):
    """The PDF opened but holds no extractable text (scanned, or images only)."""

    kind = "needs_ocr"


class GarbledTextError(ExtractorError):
    """Most text is unmapped glyph codes "(cid:NN)": fonts without ToUnicode."""

    kind = "garbled"


class OutOfMemoryError(ExtractorError):
    """The document needed more memory than the worker may use (a Flate bomb, say)."""

    kind = "oom"


class ModelMissingError(ExtractorError):
    """A trained artefact under models/ is missing; the message names the script."""

    kind = "model_missing"
