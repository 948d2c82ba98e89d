"""Facts as a reader sees them on a document page: labels from the catalogue,
list and object values as lists and small tables, empty facts set apart."""
from __future__ import annotations

import pytest

from extractor import catalogue
from extractor.report.factview import FactRow, fact_label, humanise, parse_value, split_stated, view


def test_every_catalogue_fact_has_both_labels() -> None:
    for spec in catalogue.load().facts:
        label = fact_label(spec.name)
        assert label.known and label.en == spec.label_en and label.nb == spec.label_nb and label.code == spec.name


@pytest.mark.parametrize("key, en, nb", [
    ("risk_areas", "Risk areas", "Risikoområder"),
    ("minutes.chair", "Minutes · chair", "Protokoll · chair"),
    ("minutes.also_present", "Minutes · also present", "Protokoll · also present"),
    ("survey_feel_welcome_agree", "Survey feel welcome agree", None),  # not in the catalogue
])
def test_fact_label(key: str, en: str, nb: str | None) -> None:
    label = fact_label(key)
    assert (label.en, label.nb, label.code) == (en, nb, key)


@pytest.mark.parametrize("raw, value", [
    ('["IKT", "Renhold"]', ["IKT", "Renhold"]), ('{"a": 1}', {"a": 1}), ("true", True), ("false", False),
    ("[not json", "[not json"), ("IKT", "IKT"), (12, 12), (None, None),
])
def test_parse_value(raw: object, value: object) -> None:
    assert parse_value(raw) == value


def test_view_shapes() -> None:
    fmt = str
    assert view(["IKT", "Renhold"], fmt) == {"kind": "list", "more": 0, "items": [
        {"kind": "text", "text": "IKT", "empty": False}, {"kind": "text", "text": "Renhold", "empty": False}]}
    table = view([{"area": "IKT", "status": None}, {"area": "Renhold", "measures": ["Tilsyn"]}], fmt)
    assert table["kind"] == "table" and table["columns"] == ["Area", "Status", "Measures"] and table["col_rem"] == 8
    assert table["rows"][1][2]["kind"] == "list" and table["rows"][0][2]["empty"]
    nested = view({"chair": "Kari", "place": None, "present": ["A"]}, fmt)
    assert [k for k, _ in nested["items"]] == ["Chair", "Present"]  # empty keys left out
    long = view(list(range(250)), fmt)
    assert len(long["items"]) == 200 and long["more"] == 50


def test_split_stated() -> None:
    def row(key: str, value: object) -> FactRow:
        return FactRow(key, fact_label(key), view(value, lambda v: "" if v is None else str(v)), True)

    rows = [row("employees", 12), row("risk_areas", []), row("supplier_audits", None), row("minutes", {"a": None}),
            row("largest_risk_areas", ["IKT"]), row("violations_found", False)]
    stated, empty = split_stated(rows)
    assert [r.key for r in stated] == ["employees", "largest_risk_areas", "violations_found"]
    assert [r.key for r in empty] == ["risk_areas", "supplier_audits", "minutes"]


def test_humanise() -> None:
    assert humanise("women_share_top_management") == "Women share top management"
