"""The report's document pages read well in a real browser at 1400 px: every
fact value lies within the page width (no cell pushes it off screen, no raw
JSON in a no-wrap cell), facts carry human labels, null facts are folded
away; the overview has a search box, a sticky organisation column and a CSV
download. Headless Chromium as in test_report_browser (skipped without it)."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from conftest import evaluated
from extractor.report import build_report
from test_report_browser import Dom, chromium, run_chromium  # noqa: F401  (chromium is a fixture)

WIDTH = 1400
MEASURE = """<script>
window.addEventListener("load", function () {
  var w = document.documentElement.clientWidth, bad = [], cells = document.querySelectorAll("#facts-table td.value");
  cells.forEach(function (td) {
    var key = td.parentNode.getAttribute("data-key");
    var r = td.getBoundingClientRect();
    if (r.right > w + 0.5 || r.width < 60) { bad.push(key + ": cell at " + Math.round(r.left) + "-" + Math.round(r.right)); }
    if (td.scrollWidth > td.clientWidth + 1) { bad.push(key + ": overflows its cell"); }
    td.querySelectorAll("*").forEach(function (el) {
      var q = el.getBoundingClientRect();
      if (q.right > w + 0.5) { bad.push(key + ": " + el.tagName + " ends at " + Math.round(q.right)); }
    });
    if (!td.textContent.trim()) { bad.push(key + ": empty"); }
  });
  document.body.setAttribute("data-layout", JSON.stringify(
    {width: w, scroll: document.documentElement.scrollWidth, cells: cells.length, bad: bad}));
});
</script>"""


def dump_dom(chromium: str, profile: Path, url: str) -> str:
    """The DOM after the page's scripts ran, in a window {WIDTH} px wide."""
    return run_chromium(chromium, profile, f"--window-size={WIDTH},900", "--dump-dom", url).stdout


def measure(chromium: str, profile: Path, page: Path) -> dict:
    probe = page.with_name(page.stem + ".layout-check.html")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    try:
        html = dump_dom(chromium, profile, probe.as_uri())
    finally:
        probe.unlink()
    found = re.search(r'data-layout="([^"]*)"', html)
    assert found, "the measuring script did not run"
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<")
                      .replace("&gt;", ">"))


def _record(doc_id: str, org: str, facts: dict) -> dict:
    return {"schema_version": 2, "doc_id": doc_id, "status": "ok",
            "source": {"path": f"gone/{doc_id}.pdf", "sha256": "3" * 64, "pages": 9, "bytes": 1},
            "organisation": {"name": org, "page": 1}, "doc_type": "transparency_report", "language": "nb",
            "report_year": 2025, "published": "2026-06-05", "sections": [], "entities": [], "facts": facts,
            "facts_evidence": {}, "tables": [], "warnings": [], "error": None}


LONG = "Påse- og kontrollplikten innebærer at vi gjennomfører nødvendig kontroll av om leverandøren etterlever " * 3
FACTS = {
    "employees": 1053, "revenue_nok": 2_200_000_000, "high_risk_suppliers": None, "supplier_audits": None,
    "largest_risk_areas": ["IKT", "Renholdstjenester", "Leie av lokaler, mattjenester og fruktleveranser"],
    "risk_areas": [{"area": "IKT", "measures": [], "status": None},
                   {"area": "Renholdstjenester", "measures": [LONG, "Vi gjennomfører tilsyn."], "status": "ongoing"},
                   {"area": "Kontordrift" + "x" * 120, "measures": ["Dialog"], "status": "planned"}],
    "minutes": {"chair": "Kari Nordmann", "present": ["A", "B"], "place": None},
    "some_unlisted_flag": True,
}


def test_document_page_fits_1400px_with_labels_lists_and_folded_nulls(chromium: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "nhn.json").write_text(json.dumps(_record("nhn", "Norsk helsenett SF", FACTS), ensure_ascii=False),
                                  encoding="utf-8")
    index = build_report(out, tmp_path / "report", images=False)
    page = index.parent / "doc" / "nhn.html"
    html = page.read_text(encoding="utf-8")
    assert "Risikoområder" in html and "Risk areas" in html  # labels from the catalogue, both languages
    assert '"area"' not in html and "[{" not in html  # no raw JSON anywhere
    assert 'class="fact-table"' in html and 'class="fact-list"' in html
    dom = Dom(html)
    n_facts = html.count("<tr data-key=")
    assert n_facts == 7 and "unstated" in dom.ids  # minutes.chair and minutes.present: two rows
    unstated = html[html.index('id="unstated"'):]
    assert "high_risk_suppliers" in unstated and "supplier_audits" in unstated and "minutes.place" in unstated
    assert "Some unlisted flag" in html  # a fact outside the catalogue: its name made readable
    layout = measure(chromium, tmp_path / "profile", page)
    assert layout["width"] >= 1300 and layout["cells"] == n_facts
    assert not layout["bad"], layout["bad"]
    assert layout["scroll"] <= layout["width"] + 1, "the page scrolls sideways"


def test_overview_has_search_sticky_column_and_csv(chromium: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for doc_id, org in (("a", "Sølvtind Havbruk AS"), ("b", "Bjørkvik Sparebank")):
        (out / f"{doc_id}.json").write_text(json.dumps(_record(doc_id, org, {"employees": 10})), encoding="utf-8")
    index = build_report(out, tmp_path / "report", images=False)
    rows = list(csv.reader(io.StringIO((index.parent / "overview.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["organisation", "year", "documents"] and "employees" in rows[0]
    assert sorted(r[0] for r in rows[1:]) == ["Bjørkvik Sparebank", "Sølvtind Havbruk AS"]
    # a reader types "solvtind" (no ø) in the search box: one row stays
    typing = ('<script>window.addEventListener("load", function () { var i = document.getElementById('
              '"overview-search"); i.value = "solvtind"; i.dispatchEvent(new Event("input")); '
              'var r = document.querySelectorAll("#overview-table tbody tr"); var shown = [];'
              'r.forEach(function (x) { if (!x.hidden) { shown.push(x.cells[0].textContent.trim()); } });'
              'var s = getComputedStyle(r[0].cells[0]).position;'
              'document.body.setAttribute("data-shown", shown.join("|") + "/" + s); });</script>')
    probe = index.with_name("search-check.html")
    probe.write_text(index.read_text(encoding="utf-8").replace("</body>", typing + "</body>"), encoding="utf-8")
    try:
        html = dump_dom(chromium, tmp_path / "profile", probe.as_uri())
    finally:
        probe.unlink()
    assert 'data-shown="Sølvtind Havbruk AS/sticky"' in html


@pytest.mark.slow
def test_every_shared_document_page_fits_1400px(chromium: str, tmp_path: Path) -> None:
    _, preds = evaluated("shared")
    out = tmp_path / "out"
    out.mkdir()
    for doc_id, record in preds.items():
        (out / f"{doc_id}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    index = build_report(out, tmp_path / "report", images=False)
    for page in sorted((index.parent / "doc").glob("*.html")):
        layout = measure(chromium, tmp_path / "profile", page)
        assert layout["cells"] > 0 or "facts-table" not in page.read_text(encoding="utf-8"), page.name
        assert not layout["bad"], (page.name, layout["bad"][:5])
        assert layout["scroll"] <= layout["width"] + 1, (page.name, layout)
