"""Every ``extractor ...`` command in the README's shell blocks runs as written.

The commands run in order in a temporary folder whose ``corpus/`` holds the
bundled sample reports (the top-level PDFs of the project's corpus/, the
variety set left out for time), through click's CliRunner, so the README
cannot drift from what the tool does. ``serve`` blocks (a web server) and the
Dask example needs a cluster: for those the test checks that the command and
its options exist.
"""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main

ROOT = Path(__file__).resolve().parent.parent
_COMMAND = re.compile(r"(?:^|\s)(?:\S*/)?extractor\s+(.*)$")


def readme_commands(text: str) -> list[str]:
    """The extractor part of every line of the README's ``sh`` blocks that runs the tool."""
    out = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            for part in line.split("&&"):
                m = _COMMAND.search(part.strip())
                if m and not part.strip().startswith("#"):
                    out.append(m.group(1).strip())
    return out


def test_readme_commands_are_found() -> None:
    commands = readme_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    verbs = {shlex.split(c)[0] for c in commands}
    assert {"extract", "dataset", "compare", "schema", "serve", "report"} <= verbs, verbs
    assert readme_commands("```sh\n.venv/bin/pip install x && .venv/bin/extractor dataset out/  # note\n```") == \
        ["dataset out/  # note"]


@pytest.mark.slow
def test_every_readme_command_runs_on_the_bundled_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for pdf in sorted((ROOT / "corpus").glob("*.pdf")):
        (corpus / pdf.name).symlink_to(pdf)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    ran = []
    for command in readme_commands((ROOT / "README.md").read_text(encoding="utf-8")):
        args = shlex.split(command, comments=True)
        target = None
        if ">" in args:
            at = args.index(">")
            args, target = args[:at], args[at + 1]
        if args[0] == "serve":  # a web server that runs until stopped
            assert "serve" in main.commands and Path(args[1]).exists(), command
            assert runner.invoke(main, ["serve", "--help"]).exit_code == 0
            continue
        if "--executor" in args and "dask" in args:  # needs a Dask cluster
            help_text = runner.invoke(main, ["extract", "--help"]).output
            assert "--executor" in help_text and "--scheduler" in help_text
            continue
        if args[0] == "extract" and "--workers" not in args and "--help" not in args:
            args += ["--workers", "2"]
        result = runner.invoke(main, args)
        assert result.exit_code == 0, (command, result.output[-2000:], result.exception)
        if target:
            Path(target).write_text(result.stdout, encoding="utf-8")
        ran.append(args[0])
    assert {"extract", "dataset", "compare", "schema", "report"} <= set(ran)
    out = tmp_path / "out"
    pdfs = sorted(p.stem for p in corpus.glob("*.pdf"))
    assert sorted(p.stem for p in out.glob("*.md")) == pdfs  # --to md also for documents a re-run skipped
    assert (tmp_path / "report" / "index.html").is_file() and (tmp_path / "out" / "data.sqlite").is_file()
    assert '"$schema"' in (tmp_path / "record.schema.json").read_text(encoding="utf-8")
