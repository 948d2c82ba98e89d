"""Table-driven tests for the Norwegian temporal grammar (extractor.extract.temporal)."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from extractor.extract.temporal import TemporalMatch, find_temporal

D = date.fromisoformat
REF = 2024

# (text, expected match text, start, end, granularity, relative); resolved with ref_year=2024.
CASES = [
    # full dates
    ("Frist for å oppfylle pålegg er 25. september 2026.", "25. september 2026", "2026-09-25", "2026-09-25", "day", False),
    ("Stiftelsen ble opprettet 1. juli 2009.", "1. juli 2009", "2009-07-01", "2009-07-01", "day", False),
    ("Rapporten leveres innen 30.06.2026.", "innen 30.06.2026", "2026-06-30", "2026-06-30", "day", False),
    ("Svar sendes senest 30.6.26.", "senest 30.6.26", "2026-06-30", "2026-06-30", "day", False),
    ("Dato for ferdigstillelse: 2026-06-30", "2026-06-30", "2026-06-30", "2026-06-30", "day", False),
    ("Tallene gjelder per 31.12.2023.", "per 31.12.2023", "2023-12-31", "2023-12-31", "day", False),
    ("Søknadsfristen er 1. mars 2025 kl. 12.00.", "1. mars 2025 kl. 12.00", "2025-03-01", "2025-03-01", "day", False),
    ("Seminaret holdes torsdag 18. november kl. 0900.", "torsdag 18. november kl. 0900", "2024-11-18", "2024-11-18", "day", True),
    ("Innspill innen 15.\nfebruar 2025.", "innen 15.\nfebruar 2025", "2025-02-15", "2025-02-15", "day", False),
    ("Markedsdialog i Malmø 12.oktober.", "12.oktober", "2024-10-12", "2024-10-12", "day", True),
    ("Kronikken publiseres 19. november.", "19. november", "2024-11-19", "2024-11-19", "day", True),
    ("Det skjer den 3. des. 2024.", "den 3. des. 2024", "2024-12-03", "2024-12-03", "day", False),
    ("Skuddårsdagen 29. februar 2024 er gyldig.", "29. februar 2024", "2024-02-29", "2024-02-29", "day", False),
    # months
    ("Arbeidet starter i september 2026.", "i september 2026", "2026-09-01", "2026-09-30", "month", False),
    ("Planen legges frem igjen i november.", "i november", "2024-11-01", "2024-11-30", "month", True),
    ("Avtalen løper til mars.", "til mars", "2024-03-01", "2024-03-31", "month", True),
    ("Avtalen løper til utgangen av mars 2025.", "til utgangen av mars 2025", "2025-03-01", "2025-03-31", "month", False),
    ("Lanseringen er planlagt mai 2025.", "mai 2025", "2025-05-01", "2025-05-31", "month", False),
    # quarters
    ("Møtene gjennomføres i Q4.", "i Q4", "2024-10-01", "2024-12-31", "quarter", True),
    ("Leveransen kommer Q4 2023.", "Q4 2023", "2023-10-01", "2023-12-31", "quarter", False),
    ("Systemet tas i bruk i 4. kvartal 2024.", "i 4. kvartal 2024", "2024-10-01", "2024-12-31", "quarter", False),
    ("Vi evaluerer i tredje kvartal.", "i tredje kvartal", "2024-07-01", "2024-09-30", "quarter", True),
    ("Ferdig innen 3. kvartal 2024.", "innen 3. kvartal 2024", "2024-07-01", "2024-09-30", "quarter", False),
    ("Oppstart første kvartal 2025.", "første kvartal 2025", "2025-01-01", "2025-03-31", "quarter", False),
    ("Rapport i siste kvartal.", "i siste kvartal", "2024-10-01", "2024-12-31", "quarter", True),
    # halves
    ("Dette gjøres i første halvår 2025.", "i første halvår 2025", "2025-01-01", "2025-06-30", "half", False),
    ("Piloten starter andre halvår.", "andre halvår", "2024-07-01", "2024-12-31", "half", True),
    ("Målet nås i 1. halvår.", "i 1. halvår", "2024-01-01", "2024-06-30", "half", True),
    ("I første halvdel av 2023 ble tiltakene laget.", "I første halvdel av 2023", "2023-01-01", "2023-06-30", "half", False),
    ("Budsjett for H2 2025 vedtas.", "for H2 2025", "2025-07-01", "2025-12-31", "half", False),
    # seasons
    ("Undersøkelsen gjennomføres høsten 2024.", "høsten 2024", "2024-09-01", "2024-11-30", "season", False),
    ("Vi starter våren 2025.", "våren 2025", "2025-03-01", "2025-05-31", "season", False),
    ("Kontoret flytter sommeren 2024.", "sommeren 2024", "2024-06-01", "2024-08-31", "season", False),
    ("Anbudet lyses ut vinteren 2025.", "vinteren 2025", "2025-12-01", "2026-02-28", "season", False),
    ("Samlingen holdes vinteren 2023.", "vinteren 2023", "2023-12-01", "2024-02-29", "season", False),
    ("Vi kartlegger behov før samlingen til høsten.", "til høsten", "2024-09-01", "2024-11-30", "season", True),
    ("Ny plan kommer i høst.", "i høst", "2024-09-01", "2024-11-30", "season", True),
    ("Evaluering høst 2026.", "høst 2026", "2026-09-01", "2026-11-30", "season", False),
    # years, year ends, relative years
    ("Målet skal nås innen 2030.", "innen 2030", "2030-01-01", "2030-12-31", "year", False),
    ("Tiltaket er ferdig innen utgangen av 2024.", "innen utgangen av 2024", "2024-01-01", "2024-12-31", "year", False),
    ("Møtene holdes før årsskiftet 2023.", "før årsskiftet 2023", "2023-12-31", "2023-12-31", "day", False),
    ("Møtene holdes før årsskiftet.", "før årsskiftet", "2024-12-31", "2024-12-31", "day", True),
    ("Moduler legges til i løpet av 2024.", "i løpet av 2024", "2024-01-01", "2024-12-31", "year", False),
    ("Det evalueres i løpet av året.", "i løpet av året", "2024-01-01", "2024-12-31", "year", True),
    ("Revisjonen gjentas neste år.", "neste år", "2025-01-01", "2025-12-31", "year", True),
    ("Vi har ansatt fem personer i år.", "i år", "2024-01-01", "2024-12-31", "year", True),
    ("Tallet falt fra i fjor.", "fra i fjor", "2023-01-01", "2023-12-31", "year", True),
    ("Vi hadde 200 ansatte ved årsslutt.", "ved årsslutt", "2024-12-31", "2024-12-31", "day", True),
    ("Loven endres i 2026.", "i 2026", "2026-01-01", "2026-12-31", "year", False),
    ("Vi har satt mål for 2025.", "for 2025", "2025-01-01", "2025-12-31", "year", False),
    ("Det gjelder år 2030.", "år 2030", "2030-01-01", "2030-12-31", "year", False),
    ("Vi rekrutterte gjennom hele 2023.", "gjennom hele 2023", "2023-01-01", "2023-12-31", "year", False),
    # tertials end 30 April, 31 August, 31 December; medio is mid-year; "ut <år>"
    ("Tiltaket avsluttes i 2. tertial 2025.", "i 2. tertial 2025", "2025-05-01", "2025-08-31", "tertial", False),
    ("Rapport leveres første tertial 2026.", "første tertial 2026", "2026-01-01", "2026-04-30", "tertial", False),
    ("Frist T3 2025.", "T3 2025", "2025-09-01", "2025-12-31", "tertial", False),
    ("Systemet er på plass medio 2026.", "medio 2026", "2026-06-01", "2026-06-30", "month", False),
    ("Avtalen gjeld ut 2025.", "ut 2025", "2025-01-01", "2025-12-31", "year", False),
    ("Prosjektet held fram ut året.", "ut året", "2024-01-01", "2024-12-31", "year", True),
    ("Anbodet vert lyst ut hausten 2025.", "hausten 2025", "2025-09-01", "2025-11-30", "season", False),
    ("The building will be completed in the spring of 2026.", "in the spring of 2026", "2026-03-01", "2026-05-31", "season", False),
    ("Re-audits are planned for the first half of 2025.", "for the first half of 2025", "2025-01-01", "2025-06-30", "half", False),
    # ranges
    ("Handlingsplanen gjelder 2024–2026.", "2024–2026", "2024-01-01", "2026-12-31", "multi_year", False),
    ("Strategien for 2024-2026 er vedtatt.", "for 2024-2026", "2024-01-01", "2026-12-31", "multi_year", False),
    ("Se Meld. St. 18 (2018–2019).", "2018–2019", "2018-01-01", "2019-12-31", "multi_year", False),
    ("Planperioden 2022-23 er over.", "2022-23", "2022-01-01", "2023-12-31", "multi_year", False),
]


@pytest.mark.parametrize(("text", "want", "start", "end", "gran", "rel"), CASES)
def test_find_temporal(text: str, want: str, start: str, end: str, gran: str, rel: bool) -> None:
    found = find_temporal(text, ref_year=REF)
    assert [m.text for m in found] == [want]
    (m,) = found
    assert (m.start_date, m.end_date, m.granularity, m.relative) == (D(start), D(end), gran, rel)
    assert text[m.start:m.end] == m.text


NO_MATCH = [
    "Vi har 1 053 ansatte.",
    "Menn 2094 62 % 101 64 %",
    "Likestillingsredegjørelse 2023",
    "Se punkt 2.1.10 i avtalen.",
    "Sak 12/2021 ble behandlet.",
    "Det var 2030 søkere i alt.",
    "Møter fire ganger i året.",
    "Kostnaden var 2025 kroner.",
    "Dette gjelder i vår organisasjon.",
    "Tallet 31.13.2024 er ikke en dato.",
    "Beløpet er 1999,50.",
    "Vi har vært i 2500 møter.",
]


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_temporal(text: str) -> None:
    assert find_temporal(text, ref_year=REF) == []


@pytest.mark.parametrize(
    "text",
    ["Planen legges frem i november.", "Vi starter i Q4.", "Ny plan kommer neste år.", "Frist 19. november."],
)
def test_relative_without_reference_is_left_out(text: str) -> None:
    assert find_temporal(text) == []


def test_ref_date_gives_the_year() -> None:
    (m,) = find_temporal("Evaluering i tredje kvartal.", ref_date=date(2023, 10, 19))
    assert m.end_date == date(2023, 9, 30)
    # the document's date wins over the report year for relative expressions
    (m,) = find_temporal("Samling til høsten.", ref_year=2025, ref_date=date(2026, 6, 5))
    assert m.end_date == date(2026, 11, 30)


def test_several_in_order_and_prep() -> None:
    text = "Redegjørelsen dekker perioden fra januar 2025 til desember 2025."
    found = find_temporal(text)
    assert [(m.text, m.prep, m.end_date) for m in found] == [
        ("fra januar 2025", "fra", D("2025-01-31")),
        ("til desember 2025", "til", D("2025-12-31")),
    ]
    assert isinstance(found[0], TemporalMatch)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text, due",
    [
        ("Opplæringa blir gjennomført hausten 2025.", "2025-11-30"),
        ("Planen skal vere klar innan 2026.", "2026-12-31"),
        ("We will finish the mapping by the end of 2026.", "2026-12-31"),
        ("Audits are planned by the end of Q3 2025.", "2025-09-30"),
        ("The statement was signed in Drammen, 26 June 2025.", "2025-06-26"),
    ],
)
def test_nynorsk_and_english(text: str, due: str) -> None:
    got = find_temporal(text, ref_year=2025)
    assert got and got[-1].end_date.isoformat() == due
