"""Crafted inputs for the trust tests: identity numbers in every written
form, formula-like text, awkward file names. Built at test time; every
number is fictional but has valid check digits."""
from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.privacy import _W1, _W2, _check


def make_fnr(first9: str) -> str:
    """Nine digits completed with their two check digits."""
    d = [int(c) for c in first9]
    k1 = _check(d, _W1)
    assert k1 is not None
    k2 = _check(d + [k1], _W2)
    assert k2 is not None
    return first9 + str(k1) + str(k2)


SPLIT = make_fnr("150585491")  # printed split over a line break
# Each identity number, with the forms it is printed in.
NUMBERS = {
    "01019010046": ["01019010046"],
    "28105513552": ["28105513552"],
    "31129917043": ["31129917043"],
    "17037012823": ["170370-12823"],
    SPLIT: [SPLIT[:6]],
}
IN_FILE_NAME = "01019010046"
NOT_AN_ID = "12345678901"  # 11 digits with wrong check digits: an ordinary number, kept

PRIVACY_LINES = (
    "Klager har fødselsnummer 01019010046, 40 prosent av tiden i saken.",
    "Søkerens Fnr.28105513552 viser at 25 prosent er registrert.",
    "Personnummer nr,31129917043 og 30 prosent av beløpet ble nevnt.",
    "Fødselsdato og personnummer 170370-12823 gjelder 35 prosent stilling.",
    f"Saken gjelder også fødselsnummer {SPLIT[:6]}",
    f"{SPLIT[6:]} som har 45 prosent av kravet.",
    f"Kontonummer {NOT_AN_ID} er ikke et fødselsnummer.",
)

FORMULA_LINES = (
    "=cmd|' /C calc'!A0 er 12 % av leverandørene.",
    "+SUM(1,2) utgjør 15 % av innkjøpene.",
    "-2+3 gjelder 20 % av kontraktene.",
    "@SUM(1+1) er 25 % av omsetningen.",
)


def _page(path: Path, title: str, heading: str, lines: tuple[str, ...], author: str = "") -> Path:
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, height - 80, title)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, height - 120, heading)
    c.setFont("Helvetica", 11)
    y = height - 145
    for line in lines:
        c.drawString(50, y, line)
        y -= 16
    c.showPage()
    c.save()
    return path


def privacy_pdf(path: Path) -> Path:
    """A council protocol printing identity numbers in every form, each beside a percentage."""
    return _page(path, "Protokoll fra styremøte 12. mars 2024", "Sak 14/24 Klage på vedtak", PRIVACY_LINES)


def formula_pdf(path: Path) -> Path:
    """A transparency report whose organisation, headings and sections start like formulas."""
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Redegjørelse etter åpenhetsloven 2024")
    c.setAuthor('=HYPERLINK("http://x","click") AS')
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, height - 80, "Redegjørelse etter åpenhetsloven 2024")
    y = height - 120
    for n, line in enumerate(FORMULA_LINES, start=1):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, f"{n}. Leverandører i del {n}")
        c.setFont("Helvetica", 11)
        c.drawString(50, y - 22, line)
        y -= 60
    c.showPage()
    c.save()
    return path


def plain_pdf(path: Path, text: str = "Andelen kvinner i styret er 40 prosent.") -> Path:
    return _page(path, "Likestillingsredegjørelse 2024", "Kjønnsbalanse", (text,))


LONG_NAME = ("likestillingsrapport-æøå-" * 8)[:200]  # 200 characters, 224 bytes


def crafted_batch(root: Path) -> tuple[Path, list[Path]]:
    """The folder of the done-when batch and the extra command-line inputs (a FIFO).
    Returns (folder, extra inputs)."""
    folder = root / "in"
    for sub in ("a", "b"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        plain_pdf(folder / sub / "report.pdf", f"Andelen kvinner i {sub} er 40 prosent.")
    plain_pdf(folder / "report-2.pdf")
    plain_pdf(folder / ".hidden.pdf")
    plain_pdf(folder / "..pdf")
    plain_pdf(folder / f"{LONG_NAME}.pdf")
    privacy_pdf(folder / f"brev-{IN_FILE_NAME}.pdf")
    formula_pdf(folder / "formler.pdf")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a PDF body\n")
    fifo = root / "pipe.pdf"
    os.mkfifo(fifo)
    return folder, [fifo]


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def leaks(blob: str) -> list[str]:
    """The identity numbers (in any printed form) found in ``blob``."""
    found = []
    runs = ["".join(re.findall(r"\d", r)) for r in re.findall(r"\d(?:[\d \-.,\n]*\d)?", blob)]
    for number, forms in NUMBERS.items():
        if any(number in r for r in runs) or any(f in blob for f in forms):
            found.append(number)
    return found


def output_texts(root: Path) -> dict[str, str]:
    """Every file under ``root`` as text: SQLite and binary files decoded
    loosely, XLSX and other zips member by member."""
    texts = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".png"):
        data = path.read_bytes()
        if data[:2] == b"PK":
            with zipfile.ZipFile(path) as z:
                data = b"\n".join(z.read(n) for n in z.namelist())
        texts[str(path.relative_to(root))] = data.decode("utf-8", errors="replace")
    return texts
