"""End to end through the command line (click's CliRunner)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main


def test_every_command_has_help() -> None:
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    for name, command in main.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts} has no help"
                assert param.opts[-1] in result.output


def test_extract_folder(pdf_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(pdf_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.glob("*.json"))
    assert files == ["numbered-report.json", "table-slide.json", "two-column.json"]
    record = json.loads((out / "numbered-report.json").read_text())
    assert record["schema_version"] == 2 and record["error"] is None
    assert record["doc_type"] == "transparency_report"
    assert record["organisation"]["name"] == "Bergvik Kommunalteknikk AS"
    assert [s["title"] for s in record["sections"]][:3] == ["Innhold", "Om redegjørelsen", "Risikoområder"]
    lines = (out / "dataset.jsonl").read_text().splitlines()
    assert [json.loads(l)["doc_id"] for l in lines] == ["numbered-report", "table-slide", "two-column"]
    assert "numbered-report" in result.output and "3 documents, 0 skipped, 0 failed" in result.output


@pytest.mark.parametrize(
    "name, content, kind",
    [
        ("notes.pdf", b"Dette er ikke en PDF\n", "not_pdf"),
        ("empty.pdf", b"", "empty_file"),
        ("archive.pdf", b"PK\x03\x04" + b"\x00" * 100, "not_pdf"),
    ],
)
def test_bad_input_gives_error_record(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    record = json.loads((out / f"{bad.stem}.json").read_text())
    assert record["status"] == "error" and record["error"]["kind"] == kind
    assert record["source"]["bytes"] == len(content)


def test_truncated_pdf_and_batch_goes_on(pdf_dir: Path, tmp_path: Path) -> None:
    data = (pdf_dir / "numbered-report.pdf").read_bytes()
    broken = tmp_path / "in" / "truncated.pdf"
    broken.parent.mkdir()
    broken.write_bytes(data[: len(data) // 3])
    shutil.copy(pdf_dir / "table-slide.pdf", broken.parent / "good.pdf")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(broken.parent), "--out", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    bad = json.loads((out / "truncated.json").read_text())
    assert bad["error"]["kind"] in {"broken_pdf", "needs_ocr"} and bad["status"] in {"error", "needs_ocr"}
    good = json.loads((out / "good.json").read_text())
    assert good["status"] == "ok" and good["sections"]


def test_same_file_name_twice_gets_unique_doc_ids(pdf_dir: Path, tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(pdf_dir / "table-slide.pdf", tmp_path / sub / "plan.pdf")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out)])
    assert result.exit_code == 0
    names = sorted(p.name for p in out.glob("plan*.json"))
    assert len(names) == 2 and all(re.fullmatch(r"plan-[0-9a-f]{8}\.json", n) for n in names)
    # the same inputs in the other order: the same doc_ids, both skipped as done
    again = CliRunner().invoke(main, ["extract", str(tmp_path / "b"), str(tmp_path / "a"), "--out", str(out)])
    assert again.exit_code == 0 and "2 skipped" in again.output
    assert sorted(p.name for p in out.glob("plan*.json")) == names


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["extract", str(tmp_path)]).exit_code == 2  # --out missing
    assert runner.invoke(main, ["extract", str(tmp_path), "--out", str(tmp_path / "o")]).exit_code == 2  # no PDFs


def test_missing_models_are_named_with_their_script(pdf_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(pdf_dir), "--out", str(tmp_path / "o"),
                                       "--models", str(tmp_path / "no-models")])
    assert result.exit_code == 2
    assert "scripts/train_ner.py" in result.output and "scripts/train_risk.py" in result.output
