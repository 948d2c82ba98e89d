"""Tables without ruling lines (extractor.parse.unruled): found from word positions, and
ordinary prose, lists and contents pages left alone."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.facts.common import column_headers
from extractor.parse.pdf import parse_pdf
from extractor.settings import ParseSettings

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _draw(path: Path, rows: list[tuple[float, float, str, int]]) -> Path:
    """rows: (x, y from the top, text, font size) drawn in Helvetica on one A4 page, no lines."""
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for x, y, text, size in rows:
        c.setFont("Helvetica", size)
        c.drawString(x, height - y, text)
    c.showPage()
    c.save()
    return path


def _grid(x_cols: list[float], top: float, cells: list[list[str]], size: int = 9, pitch: float = 14):
    return [(x, top + i * pitch, text, size) for i, row in enumerate(cells) for x, text in zip(x_cols, row) if text]


def _tables(path: Path):
    doc = parse_pdf(path, ParseSettings())
    return [t for p in doc.pages for t in p.tables], doc


def test_year_columns_with_spanning_header(tmp_path: Path) -> None:
    rows = [(60, 80, "Kjønnsbalanse per stillingsnivå", 12)]
    rows += [(250, 110, "2024", 9), (370, 110, "2023", 9)]
    rows += _grid([60, 230, 290, 350, 410], 124, [
        ["", "K", "M", "K", "M"],
        ["Ledergruppen", "4", "5", "3", "6"],
        ["Sykepleiere", "412", "61", "398", "70"],
        ["Totalt", "430", "80", "415", "90"],
    ])
    rows += [(60, 200, "Teksten etter tabellen er vanlig prosa som fortsetter her.", 10)]
    tables, doc = _tables(_draw(tmp_path / "t.pdf", rows))
    assert len(tables) == 1
    t = tables[0]
    assert column_headers(t.rows) == (2, ["", "2024 K", "2024 M", "2023 K", "2023 M"])  # the span read
    assert t.rows[3] == ("Sykepleiere", "412", "61", "398", "70")
    assert len(t.lines) == len(t.rows) and all(l.in_table for l in t.lines)
    # the heading and the prose after the table stay text
    texts = [l.text for l in doc.pages[0].lines if not l.in_table]
    assert "Kjønnsbalanse per stillingsnivå" in texts
    assert any(x.startswith("Teksten etter") for x in texts)


def test_wrapped_row_label_joins_its_row(tmp_path: Path) -> None:
    rows = _grid([60, 200, 260], 100, [["", "Kvinner", "Menn"], ["Alle ansatte", "37 %", "63 %"]])
    rows += [(60, 128, "Avdelings-", 9), (200, 128, "50 %", 9), (260, 128, "50 %", 9), (60, 138, "direktører", 9)]
    rows += _grid([60, 200, 260], 155, [["Medarbeidere", "36 %", "64 %"]])
    tables, _ = _tables(_draw(tmp_path / "t.pdf", rows))
    assert [r[0] for r in tables[0].rows] == ["", "Alle ansatte", "Avdelings- direktører", "Medarbeidere"]


def test_label_line_above_its_figures_joins_them(tmp_path: Path) -> None:
    rows = _grid([60, 200, 260], 100, [["", "Kvinner", "Menn"], ["Alle ansatte", "37 %", "63 %"]])
    rows += [(60, 132, "Avdelingsdirektører", 9), (60, 142, "og seksjonsledere", 9), (200, 142, "50 %", 9),
             (260, 142, "50 %", 9)]
    rows += _grid([60, 200, 260], 160, [["Medarbeidere", "36 %", "64 %"]])
    tables, _ = _tables(_draw(tmp_path / "t.pdf", rows))
    assert [r[0] for r in tables[0].rows] == ["", "Alle ansatte", "Avdelingsdirektører og seksjonsledere",
                                              "Medarbeidere"]


def test_figure_and_gender_word_are_one_cell(tmp_path: Path) -> None:
    rows = _grid([60, 180, 210, 260, 290], 100, [
        ["Alle ansatte", "54 %", "kvinner", "46 %", "menn"],
        ["Styret", "50 %", "kvinner", "50 %", "menn"],
    ])
    tables, _ = _tables(_draw(tmp_path / "t.pdf", rows))
    assert tables[0].rows[0] == ("Alle ansatte", "54 % kvinner", "46 % menn")


def test_left_aligned_header_over_right_aligned_figures(tmp_path: Path) -> None:
    width, height = A4
    c = canvas.Canvas(str(tmp_path / "t.pdf"), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)
    c.drawString(60, height - 100, "Stillingsgruppe")
    for x, head in ((250, "Kvinner"), (330, "Menn")):
        c.drawString(x, height - 100, head)
    for i, (label, w, m) in enumerate((("Sykepleiere", "412", "61"), ("Leger", "38", "41"), ("Totalt", "450", "102"))):
        y = height - 116 - 14 * i
        c.drawString(60, y, label)
        c.drawRightString(300, y, w)  # figures end well right of their header's start
        c.drawRightString(380, y, m)
    c.showPage()
    c.save()
    tables, _ = _tables(tmp_path / "t.pdf")
    assert tables[0].rows[0] == ("Stillingsgruppe", "Kvinner", "Menn")
    assert tables[0].rows[1] == ("Sykepleiere", "412", "61")


def test_table_beside_a_text_column_keeps_the_text_out(tmp_path: Path) -> None:
    rows = _grid([60, 160, 210], 100, [["", "Kvinner", "Menn"], ["Ledere", "12", "30"], ["Fagarbeidere", "40", "95"],
                                       ["Totalt", "52", "125"]])
    prose = ["Tabellen til venstre viser fordelingen av kvinner og menn",
             "på ulike nivåer i selskapet ved utgangen av året, og vi ser",
             "at kvinneandelen blant lederne har økt noe siden forrige",
             "kartlegging. Vi arbeider videre med rekruttering av kvinner",
             "til tekniske stillinger i hele organisasjonen i 2025."]
    rows += [(320, 100 + 14 * i, t[:60], 9) for i, t in enumerate(prose)]
    tables, doc = _tables(_draw(tmp_path / "t.pdf", rows))
    assert len(tables) == 1 and tables[0].rows[2] == ("Fagarbeidere", "40", "95")
    texts = [l.text for l in doc.pages[0].lines if not l.in_table]
    assert any(t.startswith("Tabellen til venstre") for t in texts)


PROSE = [
    "Vi har kartlagt kjønnsbalansen i alle avdelinger i 2024, og andelen",
    "kvinner er 54 prosent. Lønnsforskjellene er små, og 12 av 40 ledere",
    "er kvinner. Vi følger opp med tiltak i 2025 og rapporterer til styret.",
]


@pytest.mark.parametrize("name,rows", [
    ("prose", [(60, 100 + 14 * i, t, 10) for i, t in enumerate(PROSE)]),
    ("two columns", [(x, 100 + 14 * i, t[:34], 10) for i, t in enumerate(PROSE * 2) for x in (60, 320)]),
    ("numbered list", [(x, 100 + 14 * i, t, 10) for i in range(4) for x, t in ((60, f"{i + 1}."), (80, PROSE[i % 3]))]),
    ("bullets", [(x, 100 + 14 * i, t, 10) for i in range(4) for x, t in ((60, "•"), (80, PROSE[i % 3][:40]))]),
    ("contents", [(x, 100 + 14 * i, t, 10) for i in range(5) for x, t in ((60, f"Kapittel {i + 1}"), (400, str(3 + i)))]),
])
def test_prose_and_lists_are_not_tables(tmp_path: Path, name: str, rows) -> None:
    tables, doc = _tables(_draw(tmp_path / "t.pdf", rows))
    assert tables == [], name
    assert not any(l.in_table for l in doc.pages[0].lines)


@pytest.mark.skipif(not SHARED.exists(), reason="shared corpus not available")
def test_plain_report_gives_the_ruled_reports_tables() -> None:
    ruled, _ = _tables(SHARED / "nhn-likestilling-2023.pdf")
    plain, _ = _tables(SHARED / "nhn-likestilling-2023-plain.pdf")
    multi = lambda ts: sorted(t.rows for t in ts if len(t.rows) > 1)  # noqa: E731
    assert multi(plain) == multi(ruled)
