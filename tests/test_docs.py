"""The project's docs stay in step with the shared output contract."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_output_doc_contains_the_shared_contract(shared_dir: Path) -> None:
    contract = (shared_dir / "CONTRACT.md").read_text(encoding="utf-8").strip()
    ours = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    assert ours.startswith(contract), "docs/output.md must begin with ../shared/CONTRACT.md word for word"


@pytest.mark.parametrize("command", ["extract", "dataset", "compare", "serve", "report"])
def test_readme_mentions_every_command(command: str) -> None:
    assert f"extractor {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands_ci_runs() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```sh") + 1: lines.index("```sh") + 3]
    assert "extractor extract corpus/" in block[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert block[1] in ci
