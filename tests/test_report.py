"""``extractor report``: the static HTML report, on small JSON fixtures and a PDF drawn with reportlab.

The pages are parsed with the standard library's ``html.parser``; the browser
test (``test_report_browser.py``) checks the same report after its JavaScript ran.
"""
from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from click.testing import CliRunner
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.cli import main
from extractor.dataset import build
from extractor.report import MARKER, ReportError, build_report
from extractor.report.charts import build_charts
from extractor.report.crops import Region, crop_box, region, render_crops, resolve_pdf
from extractor.report.pages import DocImages, ReportData, doc_slugs, format_value, warning_items

HOSTILE = "<script>alert('x')</script>"
SENTENCE = "Andelen kvinner i toppledelsen er 42 % ved utgangen av året."
EVIDENCE = "Toppledelsen: 42 % kvinner"  # the fact's evidence text (facts_evidence)


# --------------------------------------------------------------------------- fixtures

def draw_pdf(path: Path) -> dict[str, Any]:
    """A two-page PDF; returns the pdfplumber bbox of "42" on page 1."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Fjordlys Energi AS – Likestillingsredegjørelse 2024")
    c.drawString(72, 650, SENTENCE)
    c.showPage()
    c.drawString(72, 700, "Side 2")
    c.showPage()
    c.save()
    with pdfplumber.open(path) as pdf:
        word = next(w for w in pdf.pages[0].extract_words() if w["text"] == "42")
    return {"page": 1, "bbox": [word["x0"], word["top"], word["x1"], word["bottom"]]}


def record(doc_id: str, org: str, doc_type: str, year: int, *, source: dict[str, Any], facts: dict[str, Any],
           evidence: dict[str, Any], entities: list[dict[str, Any]], warnings: list[str]) -> dict[str, Any]:
    return {
        "schema_version": 2, "doc_id": doc_id, "status": "ok", "source": source,
        "organisation": {"name": org, "page": 1}, "doc_type": doc_type, "language": "nb",
        "report_year": year, "published": None,
        "sections": [
            {"id": "s1", "parent": None, "number": "1", "title": "Om rapporten <b>", "level": 1,
             "page_start": 1, "page_end": 1, "text": f"Tekst med {HOSTILE} i seg."},
            {"id": "s2", "parent": "s1", "number": "1.1", "title": "Tall", "level": 2,
             "page_start": 1, "page_end": 2, "text": SENTENCE},
        ],
        "entities": entities, "facts": facts, "facts_evidence": evidence, "tables": [], "warnings": warnings,
        "error": None,
    }


def make_out_dir(root: Path) -> Path:
    """An extract output folder: an equality report whose PDF exists, a
    transparency report whose PDF is gone, and an error record."""
    pdfs, out = root / "pdfs", root / "out"
    pdfs.mkdir(parents=True)
    out.mkdir()
    pdf = pdfs / "fjordlys-likestilling-2024.pdf"
    where = draw_pdf(pdf)
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    percent = {"type": "percentage", "text": "42 %", "value": 42.0, **where, "section_id": "s2",
               "sentence": SENTENCE, "normalized": {"subject": "kvinner i toppledelsen", "unit": "percent"}}
    deadline = {"type": "deadline", "text": "innen 2026", "page": 1, "bbox": where["bbox"], "section_id": "s2",
                "sentence": "Målet skal nås innen 2026.",
                "normalized": {"due": "2026-12-31", "start": "2026-01-01", "what": "likelønn"}}
    equality = record(
        "fjordlys-likestilling-2024", "Fjordlys Energi AS", "equality_report", 2024,
        source={"path": str(pdf), "sha256": sha, "pages": 2, "bytes": pdf.stat().st_size},
        facts={"employees_total": 1053, "women_share_total": 37.0, "women_share_top_management": 42.0,
               "pay_ratio_women_to_men_total": 96.5, "pay_ratio_women_to_men_section_leaders": 101.2},
        evidence={"women_share_top_management": {**where, "text": EVIDENCE}},
        entities=[percent, deadline],
        warnings=["page 2: no text layer",
                  "action plan: area 'Likelønn' states {'completed': 3} but its measures give {'completed': 2}"])
    risk = [{"type": "risk_sector", "text": "IKT", "value": "ict_hardware", "page": 3, "bbox": [72, 90, 110, 102],
             "section_id": "s1", "sentence": "IKT-utstyr fra Asia.", "normalized": {"code": "ict_hardware"}},
            {"type": "risk_issue", "text": "tvangsarbeid", "value": "forced_labour", "page": 3,
             "bbox": [72, 110, 140, 122], "section_id": "s1", "sentence": f"Risiko for tvangsarbeid {HOSTILE}.",
             "normalized": {"code": "forced_labour"}}]
    transparency = record(
        "bergen-havn-apenhet-2024", f"Bergen Havn KF {HOSTILE}", "transparency_report", 2024,
        source={"path": "gone/bergen-havn-apenhet-2024.pdf", "sha256": "2" * 64, "pages": 6, "bytes": 4096},
        facts={"business_partners_total": 312, "violations_found": False}, evidence={}, entities=risk, warnings=[])
    failed = {"schema_version": 2, "doc_id": "notes", "status": "error",
              "source": {"path": "notes.pdf", "sha256": "1" * 64, "pages": None, "bytes": 21},
              "organisation": None, "doc_type": "other", "language": "other", "report_year": None,
              "published": None, "sections": [], "entities": [], "facts": {}, "tables": [], "warnings": [],
              "error": {"kind": "not_pdf", "message": "not a PDF file"}}
    for rec in (equality, transparency, failed):
        (out / f"{rec['doc_id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    return out


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return make_out_dir(tmp_path)


@pytest.fixture
def report(out_dir: Path, tmp_path: Path) -> Path:
    index = build_report(out_dir, tmp_path / "report", title="Test report")
    assert index == tmp_path / "report" / "index.html"
    return index.parent


class Page(HTMLParser):
    """What the tests look at in one HTML page."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.scripts: dict[str, str] = {}  # id of <script type=application/json> → its text
        self.rows: dict[str, int] = {}  # table id → rows in its tbody
        self._table: list[str] = []
        self._in_tbody = False
        self._script: str | None = None
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append((tag, a))
        if tag == "table":
            self._table.append(a.get("id", ""))
        elif tag == "tbody":
            self._in_tbody = True
        elif tag == "tr" and self._in_tbody and self._table:
            self.rows[self._table[-1]] = self.rows.get(self._table[-1], 0) + 1
        elif tag == "script" and a.get("type") == "application/json":
            self._script = a["id"]
            self.scripts[a["id"]] = ""
        elif tag in ("script", "style"):
            self._script = ""  # code, not text

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._table:
            self._table.pop()
        elif tag == "tbody":
            self._in_tbody = False
        elif tag in ("script", "style"):
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script:
            self.scripts[self._script] += data
        elif self._script is None:
            self.text.append(data)

    def all(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def links(self) -> list[str]:
        return [a["href"] for a in self.all("a") if "href" in a]

    @property
    def plain(self) -> str:
        """The visible text, whitespace (no-break spaces too) folded to one space."""
        return " ".join(" ".join(self.text).split())


# --------------------------------------------------------------------------- the report

def test_overview_table_charts_and_links(report: Path) -> None:
    index = Page(report / "index.html")
    assert index.rows["overview-table"] == 2  # organisation-years; the error record has none
    assert index.rows["documents-table"] == 3
    assert "Fjordlys Energi AS" in index.plain and "1 053" in index.plain and "37 %" in index.plain
    for chart in ("gender", "pay", "risk-sectors", "risk-issues", "deadlines"):
        assert index.all("div", id=f"chart-{chart}", **{"data-chart": chart}), chart
        figure = json.loads(index.scripts[f"chart-{chart}-data"])
        assert figure["data"] and "layout" in figure
    gender = json.loads(index.scripts["chart-gender-data"])
    assert gender["data"][0]["x"] == ["total", "top management"]
    assert [a["src"] for a in index.all("script") if a.get("src")] == ["plotly.min.js"]
    assert (report / "plotly.min.js").stat().st_size > 1_000_000
    assert sorted(p.name for p in report.rglob("*.js")) == ["plotly.min.js"]  # the bundle once
    doc_links = sorted({h for h in index.links() if h.startswith("doc/")})
    assert doc_links == ["doc/bergen-havn-apenhet-2024.html", "doc/fjordlys-likestilling-2024.html",
                         "doc/notes.html"]
    for href in doc_links:
        assert (report / href).is_file()
    assert (report / MARKER).is_file()


def test_document_page_shows_sections_facts_entities_and_crops(report: Path) -> None:
    page = Page(report / "doc" / "fjordlys-likestilling-2024.html")
    assert [a["src"] for a in page.all("script") if a.get("src")] == ["../plotly.min.js"]
    assert page.rows["facts-table"] == 5
    assert SENTENCE in page.plain and EVIDENCE in page.plain
    assert "Om rapporten <b>" in page.plain  # a title, shown as text
    assert len(page.all("details", **{"class": "section"})) == 2
    types = [t["data-type"] for t in page.all("table") if "data-type" in t]
    assert types == ["percentage", "deadline"]
    images = [a["src"] for a in page.all("img")]
    assert images and all(src.startswith("../img/fjordlys-likestilling-2024/") for src in images)
    for src in images:
        png = (page.path.parent / src).resolve()
        assert png.is_file()
        with Image.open(png) as im:
            assert im.format == "PNG" and im.width >= 200 and im.height >= 20
            assert im.convert("L").getextrema()[0] < 80  # the text is in it
    assert any("#page=1" in h for h in page.links())
    for href in page.links():
        if not href.startswith(("file:", "#")):
            assert (page.path.parent / href.split("#")[0]).resolve().exists(), href


def test_missing_pdf_and_error_record(report: Path) -> None:
    gone = Page(report / "doc" / "bergen-havn-apenhet-2024.html")
    assert not gone.all("img")
    assert "Risiko for tvangsarbeid" in gone.plain and "not found" in gone.plain
    failed = Page(report / "doc" / "notes.html")
    assert "not_pdf: not a PDF file" in failed.plain


def test_warning_list(report: Path) -> None:
    page = Page(report / "warnings.html")
    sections = {a["id"] for a in page.all("section")}
    assert {"failed", "no_text", "facts", "images"} <= sections
    text = page.plain
    assert "notes : not_pdf: not a PDF file" in text
    assert "page 2: no text layer" in text
    assert "states {'completed': 3} but its measures give {'completed': 2}" in text
    assert "bergen-havn-apenhet-2024" in text and "not found" in text
    assert "doc/notes.html" in page.links()


def test_all_text_is_escaped(report: Path) -> None:
    for html in report.rglob("*.html"):
        source = html.read_text(encoding="utf-8")
        assert "<script>alert" not in source, html
        assert "<b>" not in source, html
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "Bergen Havn KF &lt;script&gt;" in index
    assert "\\u003cscript\\u003e" in index  # in the charts' JSON


def test_sqlite_input_gives_the_same_report(out_dir: Path, tmp_path: Path) -> None:
    build(out_dir)
    index = build_report(out_dir / "data.sqlite", tmp_path / "from-sqlite")
    page = Page(index)
    assert page.rows["overview-table"] == 2 and page.rows["documents-table"] == 3
    doc = Page(tmp_path / "from-sqlite" / "doc" / "fjordlys-likestilling-2024.html")
    assert EVIDENCE in doc.plain and doc.all("img")  # evidence read from the JSON beside the file
    alone = tmp_path / "elsewhere" / "data.sqlite"
    alone.parent.mkdir()
    alone.write_bytes((out_dir / "data.sqlite").read_bytes())
    build_report(alone, tmp_path / "from-lone-sqlite")
    doc = Page(tmp_path / "from-lone-sqlite" / "doc" / "fjordlys-likestilling-2024.html")
    assert EVIDENCE not in doc.plain and doc.rows["facts-table"] == 5 and doc.all("img")  # entities keep bboxes


def test_rebuild_replaces_only_a_report(out_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "report"
    build_report(out_dir, target, images=False)
    assert not (target / "img").exists()
    (target / "stale.html").write_text("old", encoding="utf-8")
    build_report(out_dir, target)
    assert not (target / "stale.html").exists() and (target / "img").is_dir()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report")]  # no leftovers
    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ReportError, match="not empty"):
        build_report(out_dir, other)
    assert (other / "keep.txt").read_text(encoding="utf-8") == "mine"
    with pytest.raises(ReportError):
        build_report(tmp_path / "nothing-here", tmp_path / "r2")


def test_cli(out_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["report", str(out_dir), "--out", str(tmp_path / "r"), "--title", "Havner"])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and "<title>Havner</title>" in (tmp_path / "r" / "index.html").read_text()
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(main, ["report", str(empty), "--out", str(tmp_path / "r3")])
    assert result.exit_code == 1 and "no per-document JSON" in result.output
    assert "--no-images" in runner.invoke(main, ["report", "--help"]).output


def test_cli_without_the_extra(out_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.report

    monkeypatch.setattr(extractor.report, "available", lambda: False)
    result = CliRunner().invoke(main, ["report", str(out_dir), "--out", str(tmp_path / "r")])
    assert result.exit_code == 2 and "extractor[report]" in result.output
    with pytest.raises(ReportError, match="plotly"):
        build_report(out_dir, tmp_path / "r")


# --------------------------------------------------------------------------- pure parts

def test_format_value_and_slugs() -> None:
    assert format_value(1053) == "1\u00a0053"
    assert format_value(7.38, "%") == "7,38\u00a0%"
    assert format_value(894.0, "count") == "894"
    assert format_value(True) == "yes" and format_value(None) == ""
    assert format_value(2025.0, "year") == "2025"
    assert doc_slugs(["a b", "a-b", "../x", "A-B"]) == {"a b": "a-b", "a-b": "a-b-2", "../x": "x", "A-B": "A-B-3"}


def test_crop_geometry() -> None:
    x0, top, x1, bottom = crop_box((10.0, 100.0, 30.0, 110.0), 595.0, 842.0)
    assert x0 == 0 and x1 - x0 >= 260 and top == 90 and bottom == 120
    assert crop_box((580.0, 830.0, 590.0, 840.0), 595.0, 842.0)[2:] == (595.0, 842.0)
    assert region(1, [0, 0, 10, 10]) == Region(1, (0.0, 0.0, 10.0, 10.0))
    assert region(0, [0, 0, 10, 10]) is None and region(1, [5, 0, 1, 10]) is None and region(1, None) is None


def test_render_crops_and_resolve(tmp_path: Path) -> None:
    pdf = tmp_path / "p.pdf"
    where = draw_pdf(pdf)
    wanted = [region(1, where["bbox"]), Region(9, (0, 0, 10, 10))]
    result = render_crops(pdf, wanted, tmp_path / "img")
    assert list(result.files) == [wanted[0]] and "9" in (result.problem or "")
    assert (tmp_path / "img" / result.files[wanted[0]]).is_file()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    assert render_crops(bad, [wanted[0]], tmp_path / "img2").problem
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert resolve_pdf("p.pdf", sha, [tmp_path]) == (pdf, None)
    found, why = resolve_pdf("p.pdf", "0" * 64, [tmp_path])
    assert found is None and "changed" in why
    assert resolve_pdf(None, None, [])[0] is None


def test_warning_items_and_empty_charts() -> None:
    data = ReportData(tables={"documents": [
        {"doc_id": "a", "status": "partial", "warnings": "page 3: no text layer\npage 4: no text layer\n"
                                                         "page 5: garbled text (fonts without ToUnicode)"}]},
        dataset_warnings=["x|2024: women_share_total is 37.0 in a but 38.0 in b; kept a"])
    items = warning_items(data, {"a": "a"}, {"a": DocImages()})
    assert [(i["kind"], i["message"]) for i in items] == [
        ("no_text", "pages 3, 4: no text layer"), ("pages", "page 5: garbled text (fonts without ToUnicode)"),
        ("dataset", "x|2024: women_share_total is 37.0 in a but 38.0 in b; kept a")]
    charts = build_charts({"comparison": [], "documents": [], "entities": []})
    assert [c.figure for c in charts] == [None] * 5


def test_level_charts_show_each_organisations_levels_as_printed() -> None:
    levels_a = [{"level": "Sykepleiere", "women": 412, "men": 61, "women_share": 87.1, "pay_ratio_women_to_men": 99.2}]
    levels_b = [{"level": "Leiargruppa", "women": 2, "men": 2, "women_share": 50.0, "pay_ratio_women_to_men": None}]
    tables = {
        "comparison": [{"organisation": "A", "year": 2024, "women_share_total": 80.0}],
        "documents": [{"doc_id": "a", "organisation": "A", "year": 2024}, {"doc_id": "b", "organisation": "B",
                                                                           "year": 2024}],
        "facts": [{"doc_id": "a", "key": "levels", "value": json.dumps(levels_a)},
                  {"doc_id": "b", "key": "levels", "value": json.dumps(levels_b)}],
        "entities": [],
    }
    gender, pay = build_charts(tables)[:2]
    assert gender.figure["data"][0]["x"] == ["total", "Sykepleiere", "Leiargruppa"]
    by_name = {t["name"]: t["y"] for t in gender.figure["data"]}
    assert by_name["A (2024)"] == [80.0, 87.1, None] and by_name["B (2024)"] == [None, None, 50.0]
    assert [t["name"] for t in pay.figure["data"]] == ["A (2024)"]
