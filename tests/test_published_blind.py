"""The document's own date (published, signed, adopted) in styles the rules were not built from.

Each row: the document type, its lines, and the expected ISO date (None: the
document names no date of its own; a meeting date the papers announce is not one).
"""
from __future__ import annotations

import pytest

from extractor.docinfo import find_published

ROWS = [
    ("transparency_report", ["Åpenhetsredegjørelse 2024", "Vi har kartlagt leverandørene.", "Oslo, 14. mars 2025"], "2025-03-14"),
    ("transparency_report", ["Redegjørelse 2024", "Vedtatt av styret 20.05.2025"], "2025-05-20"),
    ("equality_report", ["Likestillingsredegjørelse", "Publisert: 3. juni 2025"], "2025-06-03"),
    ("transparency_report", ["Transparency statement", "Dated 3 June 2025"], "2025-06-03"),
    ("transparency_report", ["Redegjørelse", "Bergen, den 2. april 2025"], "2025-04-02"),
    ("transparency_report", ["Statement 2024", "Oslo, 3 June 2025"], "2025-06-03"),
    ("transparency_report", ["Statement", "Signed in Oslo on 12 June 2025 by the Board of Directors"], "2025-06-12"),
    ("transparency_report", ["Redegjørelsen ble godkjent av styret i møte 12. juni 2025."], "2025-06-12"),
    ("equality_report", ["Likestillingsutgreiing", "Sist oppdatert 15.03.2025"], "2025-03-15"),
    ("action_plan", ["Handlingsplan", "Vedteke i kommunestyret 19. juni 2025"], "2025-06-19"),
    ("transparency_report", ["The Board of Directors, Bergen, 14 March 2025"], "2025-03-14"),
    ("transparency_report", ["Styret i Nordfisk AS", "Tromsø 28. mai 2025"], "2025-05-28"),
    ("transparency_report", ["Utgreiing etter openheitslova", "Førde, 30. juni 2025", "Styret i Fjordbygg AS"], "2025-06-30"),
    ("equality_report", ["Report", "Approved by the board on 4 April 2025"], "2025-04-04"),
    ("transparency_report", ["Redegjørelse", "Åpenhetsloven trådte i kraft 1. juli 2022.", "Styret, 24. april 2025"], "2025-04-24"),
    ("equality_report", ["Likestilling 2024", "Per 31.12.2024 hadde vi 120 tilsette.", "Stavanger 14. februar 2025",
                         "Kari Nordmann, dagleg leiar"], "2025-02-14"),
    ("transparency_report", ["Statement", "On 1 July 2022 the Act entered into force.", "This statement was adopted by the "
                             "Board on 26 June 2025."], "2025-06-26"),
    ("transparency_report", ["Redegjørelse", "Styremøte 12. juni 2025"], None),
    # council papers: the meeting the papers announce is no date of the document
    ("council_papers", ["Møteinnkalling", "Kommunestyret", "Møtedato: 12.06.2025", "Saksliste"], None),
    ("council_papers", ["Møte i formannskapet 24. september 2025", "Saksliste"], None),
    ("council_papers", ["Innkalling", "Møtedato: 12.06.2025", "Eikefjord, 3. juni 2025", "Ordførar"], "2025-06-03"),
]


@pytest.mark.parametrize(("doc_type", "lines", "expected"), ROWS)
def test_blind_published(doc_type: str, lines: list[str], expected: str | None) -> None:
    got = find_published(doc_type=doc_type, title=lines[0], first_page="",
                         lines=lines, margins="")
    assert got == expected
