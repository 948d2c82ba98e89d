"""Deadlines written in styles the cue table was not built from (nb, nn, en).

Each row: a sentence, the date expression in it, the document's date (or None)
and whether that expression is a due date.
"""
from __future__ import annotations

from datetime import date

import pytest

from extractor.extract.deadlines import column_header, is_deadline
from extractor.extract.temporal import find_temporal

D = date.fromisoformat

BLIND = [
    # due dates
    ("Rapporten skal leverast seinast 15. oktober 2026.", "15. oktober 2026", None, True),
    ("Alle leverandører må ha signert erklæringen no later than 30 June 2026.", "30 June 2026", None, True),
    ("We aim to complete the risk assessment by the end of Q3 2026.", "Q3 2026", None, True),
    ("Opplæringa skal gjennomførast i løpet av våren 2026.", "våren 2026", None, True),
    ("Gjennomgå innkjøpsrutinane | Innkjøpssjef | Frist: 1. mars 2026", "1. mars 2026", None, True),
    ("Kartlegginga skal vere ferdig innan 1. juni 2026.", "1. juni 2026", None, True),
    ("Innen 2028 skal alle avtaler ha klausuler om menneskerettigheter.", "2028", None, True),
    ("Målsetjinga er 40 prosent kvinner i leiinga innan 2030.", "2030", None, True),
    ("Deadline for feedback is 12 September 2026.", "12 September 2026", None, True),
    ("The new policy will be rolled out in spring 2026.", "spring 2026", None, True),
    ("Ny handlingsplan skal være klar til sommeren 2026.", "sommeren 2026", None, True),
    ("Suppliers are required to submit their reports by 1 April 2026.", "1 April 2026", D("2026-01-10"), True),
    ("Leverandøren skal sende inn dokumentasjon innen 31.03.2026.", "31.03.2026", D("2026-01-10"), True),
    # not due dates: past events, plans done, periods, starts, the document's own dates
    ("Vi gjennomførte risikovurderinga i mars 2025.", "mars 2025", None, False),
    ("Opplæringa vart halden i februar 2025.", "februar 2025", None, False),
    ("The audit took place in October 2024.", "October 2024", None, False),
    ("Fra 1. januar 2025 har alle ansatte hatt tilgang til varslingskanalen.", "1. januar 2025", None, False),
    ("Redegjørelsen gjelder for regnskapsåret 2025.", "2025", None, False),
    ("Oslo, 14. mars 2026", "14. mars 2026", None, False),
    ("Vedtatt av styret 20.05.2025", "20.05.2025", None, False),
    ("Selskapet har hatt tariffavtale siden 2019.", "2019", None, False),
    ("Published: 3 June 2026", "3 June 2026", None, False),
    ("Avtalen løper fram til 31.12.2027 med mulighet for forlengelse.", "31.12.2027", None, False),
    ("The plan was adopted by the board on 12 March 2025.", "12 March 2025", None, False),
    ("Dated 3 June 2025", "3 June 2025", None, False),
    ("Tiltaket vart fullført i november 2025, som planlagt.", "november 2025", D("2026-02-01"), False),
    ("Kontrakten ble signert 4. februar 2025 og gjelder i tre år.", "4. februar 2025", None, False),
    ("From 1 January 2025 all new contracts include the clause.", "1 January 2025", None, False),
    # in a document dated 1 June 2025
    ("Medarbeidarundersøkinga vart gjennomført i februar 2025.", "februar 2025", D("2025-06-01"), False),
    ("Styret behandlet saken i møte 12. mars 2025.", "12. mars 2025", D("2025-06-01"), False),
    ("Status per 30.09.2025: fire av seks tiltak er gjennomført.", "30.09.2025", D("2025-10-15"), False),
    ("Rapporten omfatter perioden 1. januar–31. desember 2024.", "31. desember 2024", D("2025-06-01"), False),
    ("Tiltaket ble ferdigstilt i april 2025, to måneder før fristen.", "april 2025", D("2025-06-01"), False),
    ("Ny varslingsrutine ble innført fra 1. januar 2025.", "1. januar 2025", D("2025-06-01"), False),
    ("Planen gjelder for perioden 2025–2028.", "2025–2028", D("2025-06-01"), False),
    ("Kurs i arbeidsmiljø | HR | Mars 2025 | Gjennomført", "Mars 2025", D("2025-06-01"), False),
    ("Kommunestyret vedtok planen 19. juni 2024.", "19. juni 2024", D("2025-06-01"), False),
    ("Åpenhetsloven trådte i kraft 1. juli 2022.", "1. juli 2022", D("2025-06-01"), False),
    ("By 2024 we had audited all tier-1 suppliers.", "2024", D("2025-06-01"), False),
    ("Innen utgangen av 2024 hadde alle ledere fått opplæring.", "2024", D("2025-06-01"), False),
    ("The deadline of 30 April 2025 was met.", "30 April 2025", D("2025-06-01"), False),
    ("Dokumenta er lagt ut til offentlig ettersyn fra 3. juni 2025.", "3. juni 2025", D("2025-06-01"), False),
    ("The papers are available for public inspection from 4 June 2025.", "4 June 2025", D("2025-06-01"), False),
    ("Alle leverandører skal ha svart på egenvurderingen innen 1. september 2025.", "1. september 2025", D("2025-06-01"), True),
    ("Next review: March 2026", "March 2026", D("2025-06-01"), True),
    ("Planned completion: Q2 2026", "Q2 2026", D("2025-06-01"), True),
    ("Ferdig innan: 31.12.2025", "31.12.2025", D("2025-06-01"), True),
    ("Revidere etiske retningslinjer | Innkjøpssjef | Desember 2025 | Ikkje starta", "Desember 2025", D("2025-06-01"), True),
]


@pytest.mark.parametrize(("sentence", "expr", "doc_date", "due"), BLIND)
def test_blind_deadlines(sentence: str, expr: str, doc_date, due: bool) -> None:
    found = [m for m in find_temporal(sentence, ref_year=2026) if expr in m.text or m.text in expr]
    if not found:
        assert not due, [m.text for m in find_temporal(sentence, ref_year=2026)]
        return  # no date expression taken: no deadline
    m = found[0]
    column = column_header(sentence, m.start)
    assert is_deadline(sentence, m, doc_date=doc_date, column=column) is due
