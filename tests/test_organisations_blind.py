"""Organisation names in citations, lists and foreign forms, in styles the rules were not built from.

Each row: a sentence and the names that must be found (a found name equal to,
inside or around each).
"""
from __future__ import annotations

from pathlib import Path

import pytest

MODELS = Path(__file__).resolve().parents[1] / "models" / "ner-nb"
pytestmark = pytest.mark.skipif(not (MODELS / "meta.json").is_file(), reason="no NER model in models/ner-nb")

ROWS = [
    ("Tallene er hentet fra Statistisk sentralbyrå (SSB, 2024).", {"Statistisk sentralbyrå"}),
    ("Kilde: Arbeidstilsynet (2023) og Datatilsynet (2024).", {"Arbeidstilsynet", "Datatilsynet"}),
    ("Vi samarbeider med NAV, Fafo og LO om tiltakene.", {"NAV", "Fafo", "LO"}),
    ("Retningslinjene bygger på OECDs retningslinjer og FNs veiledende prinsipper.", {"OECD", "FN"}),
    ("We are members of the Fair Labor Association and the Ethical Trading Initiative.", {"Fair Labor Association", "Ethical Trading Initiative"}),
    ("The International Labour Organization (ILO) sets the core conventions.", {"International Labour Organization"}),
    ("Revisjonen ble gjennomført av Bureau Veritas i samarbeid med Fundación Trabajo Digno.", {"Bureau Veritas", "Fundación Trabajo Digno"}),
    ("Vi fekk rettleiing frå Forbrukartilsynet og Likestillings- og diskrimineringsombodet.", {"Forbrukartilsynet", "Likestillings- og diskrimineringsombodet"}),
    ("jf. Likestillings- og diskrimineringsombudet (LDO) sin veileder", {"Likestillings- og diskrimineringsombudet"}),
    ("Partnerne er Kirkens Bymisjon, Røde Kors, Amnesty International og Norsk Folkehjelp.", {"Kirkens Bymisjon", "Røde Kors", "Amnesty International", "Norsk Folkehjelp"}),
    ("Ifølge Human Rights Watch (2023) er risikoen høy i Xinjiang.", {"Human Rights Watch"}),
    ("Data from the Walk Free Foundation's Global Slavery Index were used.", {"Walk Free Foundation"}),
]


@pytest.fixture(scope="module")
def finder():
    from extractor.extract.organisations import find_organisations, load_gazetteer, load_ner

    nlp, gazetteer = load_ner(str(MODELS)), load_gazetteer()
    return lambda text: {m.text for m in find_organisations([text], nlp, gazetteer=gazetteer)[0]}


@pytest.mark.parametrize(("text", "names"), ROWS)
def test_blind_organisations(finder, text: str, names: set[str]) -> None:
    got = finder(text)
    assert all(any(w == g or w in g or g in w for g in got) for w in names), got
