"""Table-driven tests for extractor.extract.percentages (and its number words)."""
from __future__ import annotations

import dataclasses

import pytest

from extractor.extract.numbers_nb import parse_number_word
from extractor.extract.percentages import (
    PercentMatch,
    classify_percentage,
    find_percentages,
    percentage_subject,
)


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(m.text, m.value, m.unit) for m in find_percentages(text)]


P, PP = "percent", "percentage_points"

FIND_CASES = [
    ("85 % er enig eller helt enig i påstanden.", [("85 %", 85.0, P)]),
    ("Women make up 41.5 per cent of the workforce.", [("41.5 per cent", 41.5, P)]),
    ("Some 62 percent of suppliers answered.", [("62 percent", 62.0, P)]),
    ("The share rose by 4 percentage points.", [("4 percentage points", 4.0, "percentage_points")]),
    ("Andelen var 85% i fjor.", [("85%", 85.0, P)]),
    ("Om lag 85 prosent av de ansatte deltok.", [("85 prosent", 85.0, P)]),
    ("Sykefraværet blant kvinner var 7,38 %.", [("7,38 %", 7.38, P)]),
    ("Kvinners lønn utgjør 103,4 % av menns.", [("103,4 %", 103.4, P)]),
    ("Veksten var 1\u2009053 % på ti år.", [("1\u2009053 %", 1053.0, P)]),
    ("Veksten var 1 053 % på ti år.", [("1 053 %", 1053.0, P)]),
    ("Vekting av pris og kvalitet (50-50%).", [("50-50%", 50.0, P), ("50-50%", 50.0, P)]),
    ("Fordelingen er 50/50 % mellom regionene.", [("50/50 %", 50.0, P), ("50/50 %", 50.0, P)]),
    ("Mellom 40 og 60 % av leverandørene svarte.", [("Mellom 40 og 60 %", 40.0, P), ("Mellom 40 og 60 %", 60.0, P)]),
    ("Kvinneandelen økte fra 30 til 45 prosent.", [("fra 30 til 45 prosent", 30.0, P), ("fra 30 til 45 prosent", 45.0, P)]),
    ("Det er en økning på ni prosent.", [("ni prosent", 9.0, P)]),
    ("Andelen falt med én prosent.", [("én prosent", 1.0, P)]),
    ("Rundt tjue prosent jobber deltid.", [("tjue prosent", 20.0, P)]),
    ("Nesten femti prosent er ledere.", [("femti prosent", 50.0, P)]),
    ("Bare tjuefem prosent svarte.", [("tjuefem prosent", 25.0, P)]),
    ("Hele femogtjue prosent svarte.", [("femogtjue prosent", 25.0, P)]),
    ("Vi har hundre prosent oppetid.", [("hundre prosent", 100.0, P)]),
    ("Fraværet steg med 12 prosentpoeng.", [("12 prosentpoeng", 12.0, PP)]),
    ("Andelen økte med 3 %-poeng.", [("3 %-poeng", 3.0, PP)]),
    ("Dette gjaldt 85 pro-\nsent av stillingene.", [("85 pro-\nsent", 85.0, P)]),
    ("og 11\nprosent verken/eller", [("11\nprosent", 11.0, P)]),
    ("Resultatet ble -5 % mot budsjett.", [("-5 %", -5.0, P)]),
    ("Kvinner 12 30 % menn 28 70 %", [("30 %", 30.0, P), ("70 %", 70.0, P)]),
    ("Direktører 6 100 % 0 0 %", [("100 %", 100.0, P), ("0 %", 0.0, P)]),
    ("(cid:127) 42 % kvinner", [("42 %", 42.0, P)]),
    ("forsyningssikkerhet/100% kartlagt", [("100%", 100.0, P)]),
]

NO_MATCH = [
    "Saken er registrert som nr. 85 i arkivet.",
    "Møtet ble holdt 31.12.2023 kl. 10.00.",
    "Omsetningen var 3,5 mill. kroner.",
    "Vi har 1 053 ansatte og 2094 søkere.",
    "Rapporten gjelder 2023 og 2024.",
    "En prosentvis økning er ikke målt.",
    "(cid:127) Tiltak (cid:128) uten tall",
    "Prosentandelen er ikke oppgitt.",
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_percentages(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", NO_MATCH)
def test_no_percentage(text: str) -> None:
    assert find_percentages(text) == []


def test_offsets_and_frozen() -> None:
    text = "Her er 37 % kvinner."
    (m,) = find_percentages(text)
    assert text[m.start:m.end] == m.text == "37 %"
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.value = 1.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("word", "value"),
    [("ni", 9), ("én", 1), ("tjue", 20), ("tjuefem", 25), ("femogtjue", 25), ("nitti", 90),
     ("sytten", 17), ("hundre", 100), ("halvannen", 1.5), ("vi", None), ("tjuetjue", None)],
)
def test_number_words(word: str, value: float | None) -> None:
    assert parse_number_word(word) == value


CLASSIFY_CASES = [
    ("Alle ansatte: 37 % kvinner 63 % menn", 0, "gender_share"),
    ("Vi har en andel på 70 prosent kvinner i stab.", 0, "gender_share"),
    ("Kvinners gjennomsnittlige lønn utgjør 95,2 % av menns lønn.", 0, "pay_ratio"),
    ("I alt 85 % er enig eller helt enig i at de trives.", 0, "survey"),
    ("Undersøkelsen viser at 26 prosent er usikre.", 0, "survey"),
    ("Svarprosenten i undersøkelsen var 65 prosent.", 0, "response_rate"),
    ("Hele 71 prosent av de ansatte svarte.", 0, "response_rate"),
    ("Det var en økning på 15 prosent fra året før.", 0, "change"),
    ("Andelen kvinner økte med 4 prosentpoeng.", 0, "change"),
    ("Målet er at minst 90 prosent skal oppleve det som trygt.", 0, "target"),
    ("Innen 2030 skal 75% av produktene være uten farlige stoffer.", 0, "target"),
    ("Oppetiden i nettet var 99,9 % i perioden.", 0, "other"),
]


@pytest.mark.parametrize(("sentence", "index", "category"), CLASSIFY_CASES)
def test_classify(sentence: str, index: int, category: str) -> None:
    assert classify_percentage(sentence, find_percentages(sentence)[index]) == category


SUBJECT_CASES = [
    ("85 % er enig eller helt enig i at de føler seg velkomne.", 0, "enig eller helt enig i at de føler seg velkomne"),
    ("Alle ansatte: 37 % kvinner 63 % menn", 0, "alle ansatte kvinner"),
    ("Alle ansatte: 37 % kvinner 63 % menn", 1, "alle ansatte menn"),
    ("Hele 71 prosent av de ansatte svarte.", 0, "de ansatte svarte"),
    ("Kvinneandelen har økt med 8 prosent fra 2022.", 0, "Kvinneandelen har økt"),
    ("Vi ser en 75 prosent økning for menn og 18 prosent for kvinner.", 0, "økning for menn"),
    ("Vekting av pris og kvalitet (50-50%)", 0, "Vekting av pris og kvalitet"),
    ("Sykefravær 7,38 % kvinner 3,29 % menn", 1, "menn"),
    ("Totalt | 565 | 63 % | 329 | 37 % | 103,4 %", 2, "Totalt"),
    ("Ikke binær | 1 | 0,03 % | 0 | 0 %", 1, "Ikke binær"),
]


@pytest.mark.parametrize(("sentence", "index", "subject"), SUBJECT_CASES)
def test_subject(sentence: str, index: int, subject: str) -> None:
    got = percentage_subject(sentence, find_percentages(sentence)[index])
    assert got == subject
    assert len(got.split()) <= 10


def test_subject_with_foreign_offsets() -> None:
    """A match found in a longer text is located in the sentence by its text."""
    text = "Innledning. Her svarte 64 % ja på spørsmålet."
    m = find_percentages(text)[0]
    sentence = text[12:]
    assert percentage_subject(sentence, m) == "ja på spørsmålet"
    assert isinstance(m, PercentMatch)
