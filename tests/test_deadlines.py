"""Table-driven tests for deadline classification (extractor.extract.deadlines)."""
from __future__ import annotations

from datetime import date

import pytest

from extractor.extract.deadlines import column_header, deadline_what, is_deadline
from extractor.extract.temporal import find_temporal

D = date.fromisoformat


def _only(sentence: str, ref_year: int = 2024):
    found = find_temporal(sentence, ref_year=ref_year)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# (sentence, doc_date or None, is it a deadline?, expected due date)
CASES = [
    # entry into force, tertials, medio, nn and en
    ("Reglementet tek til å gjelde 1. september 2025.", None, True, "2025-09-01"),
    ("Endringene trer i kraft 1. januar 2026.", None, True, "2026-01-01"),
    ("The new code of conduct takes effect on 1 March 2026.", None, True, "2026-03-01"),
    ("Kartlegginga skal vere ferdig i 2. tertial 2025.", None, True, "2025-08-31"),
    ("Det nye systemet skal være på plass medio 2026.", None, True, "2026-06-30"),
    ("Tiltaket skal evaluerast innan utgangen av 2027.", None, True, "2027-12-31"),
    # the document's own dates are not deadlines
    ("Møtedato: 04.06.2024", None, False, "2024-06-04"),
    ("Saksgang: Formannskapet 12.03.2025", None, False, "2025-03-12"),
    ("Sist oppdatert 15. mars 2025", None, False, "2025-03-15"),
    ("Handlingsplan for likestilling 2026–2036", None, False, "2036-12-31"),
    ("Drammen, 18. juni 2025.", None, False, "2025-06-18"),
    ("Skrevet ut 03.07.2025 kl. 14:12", None, False, "2025-07-03"),
    ("2. Investeringsbudsjettet for 2025 vedtas med en ramme på 148 millioner kroner.", None, False, "2025-12-31"),
    ("Teleslynge i alle møterom i rådhuset | IT og servicetorg | Q4 2024 | Lav | Ikke startet", None, True, "2024-12-31"),
    ("Opplæring for tilsette i barnehage | Kommunalsjef | 1. tertial 2025 | Fullført", D("2025-06-01"), False, "2025-04-30"),
    ("Professor Tveit is appointed Dean for the period from 1 August 2025.", None, False, "2025-08-01"),
    ("Elevtalet er venta å gå ned med om lag 18 % fram mot 2035.", None, False, "2035-12-31"),
    ("Kommunestyret 07.11.2024", None, False, "2024-11-07"),
    ("Medarbeidere ved årsslutt | 614 | 590", D("2024-06-01"), False, "2024-12-31"),
    # forward-looking
    ("Frist for å lukke avvikene er 1. mars 2025.", None, True, "2025-03-01"),
    ("Leverandøren må dokumentere tiltakene innen 30.06.2025.", None, True, "2025-06-30"),
    ("Målet er at halvparten av lederne er kvinner innen 2030.", None, True, "2030-12-31"),
    ("Den nye retningslinjen skal vedtas av styret i 2025.", None, True, "2025-12-31"),
    ("Opplæringen er planlagt gjennomført våren 2025.", None, True, "2025-05-31"),
    ("Revisjonen planlegges i 3. kvartal 2025.", None, True, "2025-09-30"),
    ("Rutinen ferdigstilles i løpet av 2024.", None, True, "2024-12-31"),
    ("Handlingsplanen legges frem for styret i november.", None, True, "2024-11-30"),
    ("Vi vil følge opp alle avtalene i 2025.", None, True, "2025-12-31"),
    ("Det nye systemet tas i bruk i første halvår 2025.", None, True, "2025-06-30"),
    ("Oppstart for prosjektet er høsten 2024.", None, True, "2024-11-30"),
    ("Kurset blir gjennomført høsten 2025.", None, True, "2025-11-30"),
    ("Årlige møter med leverandørene gjennomføres før årsskiftet 2024.", None, True, "2024-12-31"),
    ("Kartlegge behovet for tilrettelegging til høsten.", None, True, "2024-11-30"),
    ("Vår målsetting for 2025 er en kvinneandel på 40 prosent.", None, True, "2025-12-31"),
    ("Tilsynet er varslet, og pålegget må oppfylles innen 1. oktober 2026.", D("2026-06-05"), True, "2026-10-01"),
    ("I 2026 innføres nye krav i anskaffelsesloven.", D("2026-06-05"), True, "2026-12-31"),
    ("Neste møte avholdes 14. oktober 2026.", D("2026-06-05"), True, "2026-10-14"),
    ("Evalueringen overleveres statsråden torsdag 18. november kl. 0900.", None, True, "2024-11-18"),
    # past events, reporting dates, periods
    ("Foreningen ble stiftet 1. juli 2009.", None, False, "2009-07-01"),
    ("Selskapet ble opprettet i oktober 2004.", None, False, "2004-10-31"),
    ("Medarbeiderundersøkelsen ble gjennomført høsten 2023.", None, False, "2023-11-30"),
    ("I 2023 hadde vi 1 053 ansatte.", None, False, "2023-12-31"),
    ("Sykefraværet har vært lavt i 2023.", None, False, "2023-12-31"),
    ("Ledergruppen gjennomførte en workshop i mars 2023.", None, False, "2023-03-31"),
    ("I 2023 var målet å øke kvinneandelen.", None, False, "2023-12-31"),
    ("Antall ansatte per 31.12.2023 var 1053.", None, False, "2023-12-31"),
    ("Redegjørelsen dekker perioden fra januar 2025.", None, False, "2025-01-31"),
    ("Kronikken ble publisert i Dagsavisen 10. november.", None, False, "2024-11-10"),
    ("Vi avdekket brudd på arbeidstiden i 2025.", D("2026-06-05"), False, "2025-12-31"),
    ("Avtalen utløp i 2025.", D("2026-06-05"), False, "2025-12-31"),
    ("Redegjørelse etter åpenhetsloven, 5. juni 2026", D("2026-06-05"), False, "2026-06-05"),
    ("Antall sluttere i fjor var lavt.", None, False, "2023-12-31"),
    ("Referatet ble sendt ut med merknadsfrist 28. september.", None, False, "2024-09-28"),
    ("Dialogmøtet ble arrangert 14. juni.", None, False, "2024-06-14"),
    ("Andelen økte sammenlignet med 2022.", None, False, "2022-12-31"),
    ("Tiltakene ble definert i 2023.", D("2024-03-01"), False, "2023-12-31"),
    ("I 2023 implementerte vi nye etiske retningslinjer.", None, False, "2023-12-31"),
    ("Vi jobbet med rekruttering gjennom hele 2023.", None, False, "2023-12-31"),
    ("Planlagt pilot for verdibaserte anskaffelser med oppstart høsten 2025.", None, True, "2025-11-30"),
    ("Vi skal sette det ut i livet i 2025.", None, True, "2025-12-31"),
]


@pytest.mark.parametrize(("sentence", "doc_date", "expected", "due"), CASES)
def test_is_deadline(sentence: str, doc_date: date | None, expected: bool, due: str) -> None:
    m = _only(sentence, ref_year=2024 if doc_date is None else doc_date.year)
    assert m.end_date == D(due)
    assert is_deadline(sentence, m, doc_date=doc_date) is expected


def test_doc_date_turns_a_past_date_into_no_deadline() -> None:
    sentence = "Tiltaket gjennomføres i mars 2025."
    m = _only(sentence)
    assert is_deadline(sentence, m)
    assert not is_deadline(sentence, m, doc_date=D("2025-06-01"))


def test_offsets_from_a_longer_text() -> None:
    text = "Innledning. Rapporten skal ferdigstilles i 2025."
    m = _only(text)
    sentence = text[12:]
    assert is_deadline(sentence, m)
    assert deadline_what(sentence, m) == "Rapporten skal ferdigstilles"


WHAT_CASES = [
    ("Frist for å oppfylle pålegg er 25. september 2026 (kilde Arbeidstilsynet).", "Frist for å oppfylle pålegg"),
    ("Medarbeiderundersøkelse er planlagt gjennomført høsten 2024.", "Medarbeiderundersøkelse er planlagt gjennomført"),
    ("Innen 2030 skal 75 % av produktene være uten farlige stoffer.", "skal 75 % av produktene være uten farlige stoffer"),
    ("Det er et pågående partssamarbeid som skal ferdigstilles i 2024.", "Det er et pågående partssamarbeid som skal ferdigstilles"),
    ("Flere moduler legges til i løpet av 2024, blant annet lønn.", "Flere moduler legges til"),
    ("Strategisk oppfølging | Møter planlegges gjennomført i Q4 | ◑ Pågår", "Møter planlegges gjennomført"),
]


@pytest.mark.parametrize(("sentence", "what"), WHAT_CASES)
def test_deadline_what(sentence: str, what: str) -> None:
    got = deadline_what(sentence, _only(sentence))
    assert got == what
    assert len(got.split()) <= 12


def test_deadline_what_is_short() -> None:
    sentence = ("Prosjektgruppen for innkjøp og logistikk i regionen skal sammen med leverandørene og "
                "de tillitsvalgte gjennomføre en grundig risikovurdering av alle avtaler innen 1. mars 2026 "
                "slik at styret kan behandle saken i sitt første møte.")
    got = deadline_what(sentence, _only(sentence))
    assert len(got.split()) <= 12
    assert "risikovurdering" in got


@pytest.mark.parametrize(
    "sentence, title, expected",
    [
        ("Alle leverandører med høy risiko skal ha signert erklæringen før årsskiftet.", "", True),
        ("Ny avtale kan tre i kraft i løpet av første halvår 2025.", "", True),
        ("• gjennomføre minst tre leverandørrevisjoner i første halvår 2026", "Planer for 2026", True),
        ("We will complete the mapping of high-risk suppliers by the end of 2026.", "", True),
        ("Ny opplæring blir gjennomført hausten 2025.", "", True),
        ("Selskapet ble stiftet i 2009.", "Mål for 2026", False),
    ],
)
def test_context_cues(sentence: str, title: str, expected: bool) -> None:
    m = find_temporal(sentence, ref_year=2025)[-1]
    assert is_deadline(sentence, m, section_title=title) is expected


@pytest.mark.parametrize(("text", "cell", "column", "expected"), [
    ("Tiltak | Ansvar | Frist\nOpplæring av innkjøparar | HR | 30.09.2025\n", "30.09.2025", "Frist", True),
    ("Measure | Owner | Due\nSupplier audit | CFO | 31.03.2026\n", "31.03.2026", "Due", True),
    ("Utval | Møtedato | Saksnr\nFormannskapet | 12.03.2025 | 14/25\n", "12.03.2025", "Møtedato", False),
])
def test_dates_in_table_cells_follow_their_column(text: str, cell: str, column: str, expected: bool) -> None:
    pos = text.index(cell)
    assert column_header(text, pos) == column
    (m,) = [m for m in find_temporal(text, ref_year=2025) if m.text == cell]
    row = text.splitlines()[1]
    local = find_temporal(row, ref_year=2025)[0]
    assert is_deadline(row, local, column=column_header(text, pos)) is expected
    assert m.end_date.isoformat() == local.end_date.isoformat()
