"""Change from year to year on the multi-year organisations of the variety corpus: the
``changes`` table, ``extractor compare --years`` and the report's organisation page
(in headless Chromium, as tests/test_report_browser.py drives it)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.dataset import build_dataset, load_records
from extractor.dataset.changes import same_organisation
from extractor.pipeline import extract_document
from extractor.report import available, build_report
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
PAIRS = [("lysheim-nett-likestilling-2023", "lysheim-nett-likestilling-2024"),
         ("fjordlys-dagligvare-apenhet-2023", "fjordlys-dagligvare-apenhet-2024"),
         ("vestvind-kraft-transparency-2023", "vestvind-kraft-transparency-2024")]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("multiyear")
    settings = Settings(entities=False)
    for doc_id in (d for pair in PAIRS for d in pair):
        pdf = ROOT / "corpus" / "variety" / f"{doc_id}.pdf"
        if not pdf.exists():
            pytest.skip(f"{pdf} not in this checkout")
        record = extract_document(pdf, settings).to_dict()
        (out / f"{doc_id}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return out


def gold(doc_id: str) -> dict:
    return json.loads((ROOT / "corpus" / "variety" / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))


def test_changes_hold_the_years_differences(out_dir: Path) -> None:
    records, _ = load_records(out_dir)
    changes = build_dataset(records).tables["changes"].dicts()
    assert changes, "no change found between the two years"
    differing = checked = 0
    names = {r["doc_id"]: (r.get("organisation") or {}).get("name") if isinstance(r.get("organisation"), dict)
             else r.get("organisation") for r in records}
    for before, after in PAIRS:
        g0, g1 = gold(before), gold(after)
        if not all(same_organisation(names[d], g["organisation"]) for d, g in ((before, g0), (after, g1))):
            continue  # the organisation was not read right in one year: nothing to line up (docinfo's part)
        checked += 1
        mine = [c for c in changes if same_organisation(c["organisation"], g1["organisation"])]
        assert {(c["previous_year"], c["year"]) for c in mine} == {(g0["report_year"], g1["report_year"])}
        # every checklist item whose gold status differs between the years is a checklist change
        s0 = {e["item"]: e["status"] for e in g0["checklist"]}
        s1 = {e["item"]: e["status"] for e in g1["checklist"]}
        want = {i for i in s1 if s0.get(i) != s1[i]}
        got = {c["fact"] for c in mine if c["kind"] == "checklist"}
        assert want <= got, (after, want, got)
        differing += bool(want)
        assert all(c["change"] == "added" for c in mine if c["kind"] == "checklist" and s1.get(c["fact"]) == "present")
        # the coverage itself is a fact change, with its difference
        cov = next((c for c in mine if c["fact"] == "checklist_coverage"), None)
        # (no coverage row when the items that changed cancel out: one added, one dropped)
        if cov is not None:
            assert cov["difference"] == pytest.approx(float(cov["value"]) - float(cov["previous_value"]))
        # a figure both years state, with the later minus the earlier
        numeric = [c for c in mine if c["kind"] == "fact" and c["difference"] is not None and c["fact"] != "checklist_coverage"]
        assert numeric and all(c["change"] in ("up", "down") for c in numeric)
    assert checked >= 2 and differing >= 2  # the corpus's pairs differ in coverage, not only in figures


def test_one_year_organisations_have_no_changes(out_dir: Path) -> None:
    records, _ = load_records(out_dir)
    only_2024 = [r for r in records if r.get("report_year") == 2024 or r.get("doc_id", "").endswith("2024")]
    assert build_dataset(only_2024).tables["changes"].rows == []


def test_names_match_across_years_without_their_legal_form() -> None:
    assert same_organisation("Lysheim Nett AS", "HR Lysheim Nett")
    assert same_organisation("Norsk helsenett SF", "norsk helsenett")
    assert not same_organisation("Helse Bergen HF", "Helse Stavanger HF")
    assert not same_organisation("Nett AS", "Lysheim Nett AS")  # one word is too little to go on


def test_compare_years_prints_the_changes(out_dir: Path) -> None:
    result = CliRunner().invoke(main, ["compare", "lysheim", "--dataset", str(out_dir), "--years"])
    assert result.exit_code == 0, result.output
    assert "change from year to year" in result.output
    assert "checklist_coverage" in result.output and "added" in result.output


@pytest.fixture(scope="module")
def report(out_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not available():
        pytest.skip("the report extra is not installed")
    return build_report(out_dir, tmp_path_factory.mktemp("report") / "report", images=False)


def test_report_has_a_checklist_matrix_and_organisation_pages(report: Path) -> None:
    index = report.read_text(encoding="utf-8")
    assert 'id="checklist-matrix"' in index and "org/" in index
    pages = {p.stem: p for p in (report.parent / "org").glob("*.html")}
    assert len(pages) >= len(PAIRS) and "lysheim-nett-as" in pages
    page = pages["lysheim-nett-as"].read_text(encoding="utf-8")
    assert 'id="org-changes"' in page and 'id="y2024-involuntary_part_time"' in page


def test_organisation_page_shows_the_changes_in_a_browser(report: Path, tmp_path: Path) -> None:
    from test_report_browser import Dom, _find_chromium, dump_dom

    chromium = _find_chromium()
    if chromium is None:
        pytest.skip("chromium is not installed")
    index = Dom(dump_dom(chromium, tmp_path / "profile", report.as_uri()))
    assert index.rows["checklist-matrix"] == 2 * len(PAIRS)  # one row per organisation and year
    links = [h for h, table in index.hrefs if table == "checklist-matrix" and "#y2024-" in h and "lysheim" in h]
    assert links, "the matrix links to no evidence"
    target = (report.parent / links[0].split("#")[0]).resolve()
    page = Dom(dump_dom(chromium, tmp_path / "profile", target.as_uri()))
    assert links[0].split("#")[1] in page.ids  # the click lands on the item's evidence
    assert page.rows["org-changes"] >= 5 and page.rows["org-checklist"] == 12
    assert "added" in page.classes and {"y2023-gender_balance", "y2024-gender_balance"} <= page.ids


def _record(doc_id: str, year: int, risks: list[str], statuses: dict[str, str], employees: int) -> dict:
    return {"doc_id": doc_id, "status": "ok", "doc_type": "transparency_report", "schema_version": 2,
            "organisation": {"name": "Havbris Handel AS"}, "report_year": year, "language": "nb",
            "facts": {"employees": employees, "violations_found": year > 2023},
            "entities": [{"type": "risk_sector", "value": v, "text": v} for v in risks],
            "checklist": [{"item": i, "status": s, "evidence": []} for i, s in statuses.items()]}


def test_changes_of_facts_risk_areas_and_checklist_items() -> None:
    records = [
        _record("havbris-2023", 2023, ["textiles", "electronics"],
                {"signed_by_board": "absent", "results_reported": "present"}, 400),
        _record("havbris-2024", 2024, ["electronics", "construction"],
                {"signed_by_board": "present", "results_reported": "absent"}, 430),
    ]
    rows = build_dataset(records).tables["changes"].dicts()
    got = {(r["kind"], r["fact"]): r for r in rows}
    assert got[("fact", "employees")]["difference"] == 30 and got[("fact", "employees")]["change"] == "up"
    assert got[("fact", "violations_found")]["change"] == "changed"
    assert got[("risk_area", "construction")]["change"] == "added"
    assert got[("risk_area", "textiles")]["change"] == "dropped"
    assert ("risk_area", "electronics") not in got
    assert got[("checklist", "signed_by_board")]["change"] == "added"
    assert got[("checklist", "results_reported")]["change"] == "dropped"
    assert {r["previous_year"] for r in rows} == {2023} and {r["year"] for r in rows} == {2024}
