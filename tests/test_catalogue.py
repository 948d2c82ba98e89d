"""The catalogue, the output contract, the docs and the dataset agree on the facts."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor import catalogue
from extractor.dataset.tables import CONTRACT_FACTS, CONTRACT_UNITS
from extractor.facts import EXTRACTORS

ROOT = Path(__file__).resolve().parents[1]


def _contract_fact_names(contract: str) -> dict[str, set[str]]:
    """Fixed fact names per document type from the contract's "Facts, by document type" list."""
    part = contract.split("## Facts, by document type", 1)[1].split("\n## ", 1)[0]
    out: dict[str, set[str]] = {}
    for item in re.split(r"\n- ", part)[1:]:
        kind, _, rest = item.split("\n\n", 1)[0].partition(":")
        names = set(re.findall(r"`([a-z_]+)`", rest))
        out[kind.strip()] = names
    return out


def test_every_fixed_fact_of_the_contract_is_in_the_catalogue(shared_dir: Path) -> None:
    contract = _contract_fact_names((shared_dir / "CONTRACT.md").read_text(encoding="utf-8"))
    assert set(contract) == set(catalogue.doc_type_names()) - {"other"}
    for kind, names in contract.items():
        ours = {f.name for f in catalogue.facts(kind)}
        fields = {"level", "women", "men", "women_share", "pay_ratio_women_to_men", "case", "title", "type", "from",
                  "case_officer", "proposed_decision", "decision", "date", "chair", "present", "absent",
                  "substitutes", "area", "priority", "status", "due", "completed", "in_progress", "not_started"}
        assert names - fields <= ours, (kind, sorted(names - fields - ours))
        assert set(catalogue.fixed_facts(kind)) <= names, (kind, sorted(set(catalogue.fixed_facts(kind)) - names))


def test_docs_carry_the_catalogue_table() -> None:
    doc = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    block = doc.split("<!-- catalogue:facts -->\n", 1)[1].split("\n<!-- /catalogue:facts -->", 1)[0]
    assert block == catalogue.facts_markdown()


def test_dataset_comparison_columns_come_from_the_catalogue() -> None:
    names = [n for n, _, _ in CONTRACT_FACTS]
    assert names[: len(catalogue.scalar_fixed_facts())] == [
        f.name for f in catalogue.facts(fixed=True) if f.type not in ("list", "object")]
    for f in catalogue.facts(fixed=True):
        if f.name in CONTRACT_UNITS:
            assert CONTRACT_UNITS[f.name] == (f.unit or None)


def test_every_document_type_with_facts_has_its_extractor() -> None:
    for name in catalogue.doc_type_names():
        dt = catalogue.doc_type(name)
        assert (dt.extractor != "") == (name in EXTRACTORS), name


def test_a_malformed_catalogue_entry_is_refused() -> None:
    data = {"schema_version": 2, "doc_types": {"x": {"label_nb": "x", "label_en": "x"}},
            "facts": [{"name": "a", "doc_type": "x", "type": "number", "meaning": "", "label_nb": "", "label_en": ""}]}
    with pytest.raises(ValueError, match="unknown type"):
        catalogue.parse(data)
    data["facts"][0]["type"] = "int"
    data["facts"][0]["doc_type"] = "y"
    with pytest.raises(ValueError, match="unknown document type"):
        catalogue.parse(data)
