"""Per-stage settings, passed in explicitly (never read from globals).

Defaults are named constants so that tests and docs can refer to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_LINE_TOLERANCE = 3.0        # pt: words whose tops differ less share a line
DEFAULT_MIN_GUTTER = 9.0            # pt: narrowest empty vertical strip between columns
DEFAULT_MAX_COLUMNS = 3
DEFAULT_REPEAT_FRACTION = 0.5       # a line on at least half the pages is a running header/footer
DEFAULT_MARGIN_FRACTION = 0.12      # running headers/footers live in the top/bottom 12 % of a page
DEFAULT_HEADING_MAX_WORDS = 16
DEFAULT_LANGDETECT_SEED = 0
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


@dataclass(frozen=True)
class ParseSettings:
    line_tolerance: float = DEFAULT_LINE_TOLERANCE
    min_gutter: float = DEFAULT_MIN_GUTTER
    max_columns: int = DEFAULT_MAX_COLUMNS
    find_tables: bool = True
    password: str | None = None
    max_pages: int | None = None
    pages: frozenset[int] | None = None  # 1-based page numbers to parse (None: all); see parse_page_ranges
    ocr: bool = True  # OCR pages without a text layer when Tesseract is installed
    fast: bool = True  # characters from PDFium; False: pdfplumber alone (the reference it is tested against)

    def __post_init__(self) -> None:
        if self.line_tolerance <= 0:
            raise ValueError("line_tolerance must be positive")
        if not 1 <= self.max_columns <= 4:
            raise ValueError("max_columns must be between 1 and 4")
        if self.pages is not None and (not self.pages or min(self.pages) < 1):
            raise ValueError("pages must be a non-empty set of page numbers from 1")

    def wants_page(self, number: int) -> bool:
        """Whether the 1-based page ``number`` is to be parsed (the ``--pages`` filter)."""
        return self.pages is None or number in self.pages


def parse_page_ranges(spec: str) -> frozenset[int]:
    """``"1-5,9"`` → {1, 2, 3, 4, 5, 9}: comma-separated pages and inclusive
    ranges, 1-based; ``"7-"`` is not allowed (say the last page). ValueError on
    anything else."""
    pages: set[int] = set()
    for part in spec.replace(" ", "").split(","):
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not m:
            raise ValueError(f"not a page or range: {part!r} (write e.g. 1-5,9)")
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if first < 1 or last < first:
            raise ValueError(f"not a page range: {part!r} (pages count from 1, ranges go up)")
        if last - first > 100_000:
            raise ValueError(f"range too long: {part!r}")
        pages.update(range(first, last + 1))
    return frozenset(pages)


@dataclass(frozen=True)
class CleanSettings:
    repeat_fraction: float = DEFAULT_REPEAT_FRACTION
    margin_fraction: float = DEFAULT_MARGIN_FRACTION

    def __post_init__(self) -> None:
        if not 0 < self.repeat_fraction <= 1:
            raise ValueError("repeat_fraction must be in (0, 1]")


@dataclass(frozen=True)
class SegmentSettings:
    heading_max_words: int = DEFAULT_HEADING_MAX_WORDS


@dataclass(frozen=True)
class ClassifySettings:
    langdetect_seed: int = DEFAULT_LANGDETECT_SEED


@dataclass(frozen=True)
class Settings:
    """All settings of one run; each stage receives only its own part."""

    parse: ParseSettings = field(default_factory=ParseSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    segment: SegmentSettings = field(default_factory=SegmentSettings)
    classify: ClassifySettings = field(default_factory=ClassifySettings)
    models_dir: Path = MODELS_DIR
    entities: bool = True
