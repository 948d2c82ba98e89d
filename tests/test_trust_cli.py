"""Usage mistakes and spreadsheet safety through the command line: one clean
line each, never a traceback."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import cli as cli_module
from extractor.cli import main
from extractor.dataset.csvout import FORMULA_START, cell_text

import trust_factory as tf


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def assert_clean(result, code: int, needle: str) -> None:
    assert result.exit_code == code, result.output
    assert needle in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    good = tf.plain_pdf(tmp_path / "a.pdf")
    result = run("extract", str(good), str(tmp_path / "nope.pdf"), "--out", str(tmp_path / "out"))
    assert_clean(result, 2, "no such file or folder")
    assert not (tmp_path / "out").exists()


def test_unwritable_out_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("extract", str(tf.plain_pdf(tmp_path / "a.pdf")), "--out", str(blocker / "out"), "--no-entities")
    assert_clean(result, 2, "cannot write to")


def test_scheduler_without_dask_executor(tmp_path: Path) -> None:
    result = run("extract", str(tf.plain_pdf(tmp_path / "a.pdf")), "--out", str(tmp_path / "o"),
                 "--scheduler", "tcp://127.0.0.1:8786")
    assert_clean(result, 2, "--scheduler needs --executor dask")


def test_dask_executor_without_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "dask_available", lambda: False)
    result = run("extract", str(tf.plain_pdf(tmp_path / "a.pdf")), "--out", str(tmp_path / "o"), "--executor", "dask")
    assert_clean(result, 2, "pip install 'extractor[dask]'")


def test_serve_given_the_wrong_file(tmp_path: Path) -> None:
    jsonl = tmp_path / "dataset.jsonl"
    jsonl.write_text('{"doc_id": "a"}\n')
    result = run("serve", str(jsonl))
    assert_clean(result, 2, "is not a SQLite database")
    assert len(result.output.strip().splitlines()) <= 4
    assert_clean(run("serve", str(tmp_path)), 2, "holds no data.sqlite")


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://x\",\"click\") AS", "'=HYPERLINK(\"http://x\",\"click\") AS"),
    ("+SUM(1,2)", "'+SUM(1,2)"), ("-2+3 gjelder", "'-2+3 gjelder"), ("@SUM(1+1)", "'@SUM(1+1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("-12", "-12"), ("+3.5", "+3.5"), ("-0,5", "-0,5"), (-7, "-7"),
    (2.5, "2.5"), ("Vanlig tekst", "Vanlig tekst"), ("", ""), (None, ""),
])
def test_cell_text_neutralises_formulas(value: object, expected: str) -> None:
    assert cell_text(value) == expected


def test_csv_has_no_formula_cell_from_crafted_pdf(tmp_path: Path) -> None:
    pdf = tf.formula_pdf(tmp_path / "formler.pdf")
    out = tmp_path / "out"
    assert run("extract", str(pdf), "--out", str(out)).exit_code == 0
    assert run("dataset", str(out), "--csv", str(out / "csv")).exit_code == 0
    cells = []
    for path in sorted((out / "csv").glob("*.csv")):
        cells += [c for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))) for c in row]
    neutralised = [c for c in cells if c.startswith("'") and c[1:2] in "=+-@"]
    assert len(neutralised) >= 4, neutralised  # the crafted text reached the CSV ...
    assert {c[1] for c in neutralised} >= {"=", "+", "-", "@"}
    formulas = [c for c in cells if c.startswith(FORMULA_START) and not _number(c)]
    assert formulas == []  # ... and none of it as a formula


def _number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
        return True
    except ValueError:
        return False


def test_disk_full_while_building_the_dataset_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from extractor.dataset import csvout

    out = tmp_path / "out"
    assert run("extract", str(tf.plain_pdf(tmp_path / "a.pdf")), "--out", str(out), "--no-entities").exit_code == 0

    def full(path: Path, text: str, **kw) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(csvout, "atomic_write_text", full)
    result = run("dataset", str(out), "--csv", str(tmp_path / "csv"))
    assert_clean(result, 1, "disk full")
    assert len(result.output.strip().splitlines()) == 1


def test_damaged_state_file_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "state.sqlite").write_bytes(b"this is not a database" * 100)
    result = run("extract", str(tf.plain_pdf(tmp_path / "a.pdf")), "--out", str(out), "--no-entities")
    assert_clean(result, 1, "remove it and run again")
