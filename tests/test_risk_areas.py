"""Risk facts build on the risk entities: each risk area carries the codes found in its sections."""
from __future__ import annotations

import pytest

from conftest import evaluated

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", ["shared", "corpus"])
def test_risk_area_codes_are_the_risk_entities_of_its_sections(name: str) -> None:
    _, preds = evaluated(name)
    checked = 0
    for record in preds.values():
        for area in record["facts"].get("risk_areas") or []:
            in_area = [e for e in record["entities"] if e["section_id"] == area["section_id"]]
            for kind, key in (("risk_sector", "sectors"), ("risk_issue", "issues")):
                own = {e["value"] for e in in_area if e["type"] == kind}
                assert own <= set(area[key]), (record["doc_id"], area["area"], kind)
                assert set(area[key]) <= {e["value"] for e in record["entities"] if e["type"] == kind}
            checked += bool(area["sectors"] or area["issues"])
    if name == "shared":
        assert checked >= 5  # nhn-apenhet-2025 names its risk areas with their sectors
