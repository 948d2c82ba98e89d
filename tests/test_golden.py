"""Golden files per stage on small PDFs.

Expected output lives in tests/golden/<pdf>.json, one key per stage. After an
intended change, regenerate with ``pytest tests/test_golden.py --update-golden``
(the run then fails on purpose, so the flag cannot be left on by accident)
and review the diff before committing.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extractor.clean import remove_running_lines
from extractor.parse import parse_pdf
from extractor.pipeline import extract_document
from extractor.segment import segment
from extractor.settings import Settings

GOLDEN = Path(__file__).resolve().parent / "golden"
PDFS = ["two-column", "numbered-report", "table-slide"]


def stages(path: Path) -> dict[str, Any]:
    settings = Settings(entities=False)
    parsed = parse_pdf(path, settings.parse)
    cleaned = remove_running_lines(parsed, settings.clean).document
    lines = [l for p in cleaned.pages for l in p.lines]
    seg = segment(lines, settings.segment)
    record = extract_document(path, settings).to_dict()
    return {
        "parse": [
            {"page": p.number, "lines": [[l.column, l.in_table, l.text] for l in p.lines],
             "tables": [[list(r) for r in t.rows] for t in p.tables]}
            for p in parsed.pages
        ],
        "clean": [[l.page, l.text] for l in lines],
        "segment": [[s.number, s.title, s.level, s.page_start, s.page_end, s.text] for s in seg.sections],
        "document": {k: record[k] for k in ("doc_type", "language", "organisation", "report_year", "published")},
    }


@pytest.mark.parametrize("name", PDFS)
def test_golden(name: str, pdf_dir: Path, update_golden: bool) -> None:
    got = stages(pdf_dir / f"{name}.pdf")
    path = GOLDEN / f"{name}.json"
    if update_golden:
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pytest.fail(f"regenerated {path.name}; review the diff and rerun without --update-golden")
    expected = json.loads(path.read_text(encoding="utf-8"))
    for stage in expected:
        assert got[stage] == expected[stage], f"stage {stage!r} of {name} differs from {path.name}"
