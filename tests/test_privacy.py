"""National identity numbers never reach the output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.batch import BatchOptions, run_batch
from extractor.privacy import _W1, _W2, _check, is_fodselsnummer, mask_text
from extractor.settings import Settings


def make_fnr(first9: str) -> str:
    """Complete nine digits with their two check digits (skipping invalid ones)."""
    d = [int(c) for c in first9]
    k1 = _check(d, _W1)
    assert k1 is not None
    k2 = _check(d + [k1], _W2)
    assert k2 is not None
    return first9 + str(k1) + str(k2)


VALID = make_fnr("010190124")
D_NUMBER = make_fnr("410190123")


@pytest.mark.parametrize(
    "number, expected",
    [
        (VALID, True),
        (D_NUMBER, True),
        (VALID[:-1] + str((int(VALID[-1]) + 1) % 10), False),  # wrong check digit
        ("12345678901", False),
        ("32019012345", False),  # day 32
        ("0101901234", False),   # 10 digits
    ],
)
def test_is_fodselsnummer(number: str, expected: bool) -> None:
    assert is_fodselsnummer(number) is expected


@pytest.mark.parametrize(
    "text, masked",
    [
        (f"Fødselsnummer {VALID} er oppgitt.", "Fødselsnummer *********** er oppgitt."),
        (f"Fnr. {VALID[:6]} {VALID[6:]} i søknaden", "Fnr. ****** ***** i søknaden"),
        ("Omsetningen var 12345678901 kroner.", "Omsetningen var 12345678901 kroner."),
        ("Telefon 22 33 44 55, sak 2021/123456", "Telefon 22 33 44 55, sak 2021/123456"),
    ],
)
def test_mask_text(text: str, masked: str) -> None:
    out = mask_text(text)
    assert out == masked and len(out) == len(text)


def test_identity_numbers_never_written(tmp_path: Path) -> None:
    pdf = tmp_path / "referat.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, 780, "Sak 12/3/2024 Klage på vedtak")
    c.setFont("Helvetica", 11)
    c.drawString(50, 750, f"Klager Ola Nordmann (fnr. {VALID}) ba om innsyn.")
    c.drawString(50, 735, f"Medklager har fødselsnummer {D_NUMBER[:6]} {D_NUMBER[6:]}.")
    c.showPage()
    c.save()
    out = tmp_path / "out"
    run_batch([pdf], out, Settings(entities=False), BatchOptions(workers=1))
    for path in out.glob("*.json*"):
        text = path.read_text()
        assert VALID not in text and D_NUMBER[6:] not in text
    record = json.loads((out / "referat.json").read_text())
    assert "Ola Nordmann (fnr. ***********)" in record["sections"][0]["text"]
