"""Fits the tools users already use: Markdown/text, the JSON Schema, full-text search, pandas."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest

import extractor
from conftest import evaluated
from extractor.dataset import build
from extractor.dataset.fulltext import search
from extractor.export.markdown import pipe_table, to_markdown, to_text
from extractor.schema import document_schema

VALIDATOR = jsonschema.Draft202012Validator(document_schema())


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(document_schema())


@pytest.mark.slow
@pytest.mark.parametrize("name", ["corpus", "shared", "variety"])
def test_every_output_validates_against_the_schema(name: str) -> None:
    _, preds = evaluated(name)
    for doc_id, record in preds.items():
        errors = [f"{list(e.path)}: {e.message[:120]}" for e in VALIDATOR.iter_errors(record)]
        assert not errors, (doc_id, errors[:5])


def test_the_schema_refuses_a_broken_record() -> None:
    bad = {"schema_version": 2, "doc_id": "x", "status": "fine", "source": {}, "doc_type": "memo",
           "language": "nb", "sections": [], "entities": [{"type": "quantity", "text": "12"}], "facts": {},
           "tables": [], "warnings": [], "error": None}
    messages = " ".join(e.message for e in VALIDATOR.iter_errors(bad))
    assert "'fine' is not one of" in messages and "'memo' is not one of" in messages
    assert "'page' is a required property" in messages


def test_markdown_has_headings_pipe_tables_and_page_markers() -> None:
    record = {"doc_id": "d", "source": {"path": "d.pdf"}, "organisation": {"name": "Solvik AS"},
              "doc_type": "equality_report", "report_year": 2024, "error": None,
              "front_matter": {"page_start": 1, "text": "Likestillingsredegjørelse 2024"},
              "sections": [
                  {"number": "1", "title": "Kjønnsbalanse", "level": 1, "page_start": 1,
                   "text": "Tabellen viser fordelingen.\nNivå | Kvinner | Menn\nLedere | 4 | 6\nAndre | 40 | 50"},
                  {"number": "1.1", "title": "Lønn", "level": 2, "page_start": 2, "text": "Kvinner tjener 98 %."}]}
    md = to_markdown(record)
    assert "# Solvik AS – equality report – 2024" in md
    assert "## 1 Kjønnsbalanse" in md and "### 1.1 Lønn" in md
    assert "| Nivå | Kvinner | Menn |\n|---|---|---|\n| Ledere | 4 | 6 |" in md
    assert md.index("<!-- page 2 -->") < md.index("### 1.1 Lønn")
    txt = to_text(record)
    assert "1.1 Lønn" in txt and "#" not in txt and "Kvinner tjener 98 %." in txt


def test_pipe_table_escapes_bars_and_pads_rows() -> None:
    assert pipe_table([["a", "b"], ["x|y"]]) == "| a | b |\n|---|---|\n| x\\|y |  |"


@pytest.mark.slow
def test_full_text_search_and_pandas_on_a_run(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for record in extractor.iter_documents([shared_dir / "corpus" / "aleris-apenhet-2024.pdf",
                                            shared_dir / "corpus" / "nhn-apenhet-2025.pdf"]):
        (out / f"{record['doc_id']}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    summary = build(out)
    db = summary.written[0]
    con = sqlite3.connect(db)
    try:
        hits = search(con, "leverandør*")
        assert hits and any("leverandør" in (row[2] or "").lower() for row in hits)
        assert con.execute("SELECT count(*) FROM tables").fetchone()[0] > 0
    finally:
        con.close()
    frames = extractor.load(out)
    assert not frames["facts"].empty and set(frames["documents"]["doc_id"]) == {"aleris-apenhet-2024",
                                                                                 "nhn-apenhet-2025"}
    assert not extractor.load(db)["facts"].empty
