"""Supplier mentions written in styles the rules were not built from (nb, nn, en).

Each row: a sentence and what must be found — a supplier name, or a category the
found category contains (case-insensitive) — or nothing at all for an empty list.
"""
from __future__ import annotations

import pytest

from extractor.extract.risk import load_lexicon
from extractor.extract.suppliers import find_suppliers

# (text, expected [(name or None, category substring or None)])
BLIND_ROWS = [
    ("Vår leverandør av arbeidsklær har fabrikker i Bangladesh.", [(None, "arbeidsklær")]),
    ("Our glove supplier in Malaysia was audited last year.", [(None, "glove")]),
    ("Vi nyttar underleverandørar av transport i travle periodar.", [(None, "transport")]),
    ("I sesongen leide vi inn fagarbeidere gjennom bemanningsforetak.", [(None, "bemanningsforetak")]),
    ("Innleid vakthold brukes ved større arrangementer.", [(None, "vakthold")]),
    ("Renhaldet er sett ut til Glans Reinhald AS.", [("Glans Reinhald AS", None)]),
    ("Our cleaning contractor, Brightway Services Ltd, pays the living wage.", [("Brightway Services Ltd", None)]),
    ("We buy uniforms from Textil Moda GmbH and Kaya Tekstil.", [("Textil Moda GmbH", None), ("Kaya Tekstil", None)]),
    ("Kantinedrifta er sett bort til ein ekstern leverandør.", [(None, "kantinedrift")]),
    ("Vi benytter to vikarbyråer i høysesongen.", [(None, "vikarbyrå")]),
    ("Our logistics provider handles all deliveries to the stores.", [(None, "logistics")]),
    ("Bygningsarbeidet ble utført av underentreprenører.", [(None, "underentreprenør")]),
    ("Transporten er satt bort til Frakt og Logistikk Vest AS.", [("Frakt og Logistikk Vest AS", None)]),
    ("Our main suppliers are Nordic Paper AB, Stora Enso and Smurfit Kappa.",
     [("Nordic Paper AB", None), ("Stora Enso", None), ("Smurfit Kappa", None)]),
    ("Vi handlar inn mat og drikke frå lokale grossistar.", [(None, "mat og drikke")]),
    ("Reinhaldet vert utført av eit innleigd reinhaldsbyrå.", [(None, "reinhald")]),
    ("The uniforms are made by a factory in Vietnam owned by our supplier Hoang Garment Co.",
     [("Hoang Garment Co", None)]),
    ("Vaktselskapet Securitas leverer vakttjenester til alle byggene.", [("Securitas", None)]),
    ("We outsource cleaning to ISS Facility Services.", [("ISS Facility Services", None)]),
    ("Kommunen kjøper inn hansker og smittevernutstyr gjennom en grossist.", [(None, "hansker")]),
    # not a supplier of the author, or too generic
    ("Vi stiller krav til alle leverandører om anstendige arbeidsforhold.", []),
    ("We are a leading supplier of software to hospitals.", []),
    ("Kommunen er selv leverandør av helsetjenester til innbyggerne.", []),
    ("Our suppliers must sign the Supplier Code of Conduct.", []),
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _found(matches, name, cat) -> bool:
    for m in matches:
        if name and m.name and m.name.strip(" .") == name:
            return True
        if cat and m.category and cat.lower() in m.category.lower():
            return True
    return False


@pytest.mark.parametrize(("text", "expected"), BLIND_ROWS)
def test_blind_suppliers(lexicon, text: str, expected: list[tuple]) -> None:
    matches = find_suppliers(text, lexicon=lexicon)
    if not expected:
        assert matches == []
    for name, cat in expected:
        assert _found(matches, name, cat), [(m.name, m.category) for m in matches]


KIND_ROWS = [
    ("Revisjonene fant brudd hos to underentreprenører i Oslo.", [(None, "underentreprenør")]),
    ("Vi gjennomførte tre revisjoner hos produsenter av frukt og grønt i Spania.", [(None, "frukt og grønt")]),
    ("The audits revealed excessive overtime at two component factories in Vietnam.", [(None, "component factor")]),
    ("We found breaches at one subcontractor on the building site.", [(None, "subcontractor")]),
    ("To verft i Tyrkia og Polen er fulgt opp med revisjonar.", [(None, "verft")]),
    ("Nordfisk er en av landets største produsenter av laks.", []),
    ("Krav til underentreprenører står i kontrakten.", []),
    ("Vi har kartlagt alle førsteleddsleverandører og strategiske leverandører.", []),
    ("Hovedleverandørene våre har signert avtalen.", []),
]


@pytest.mark.parametrize(("text", "expected"), KIND_ROWS)
def test_blind_supplier_kinds(lexicon, text: str, expected: list[tuple]) -> None:
    test_blind_suppliers(lexicon, text, expected)


def test_kind_pointing_back_is_the_supplier_met(lexicon) -> None:
    text = ("Two drivers employed by a Lithuanian subcontractor drove too long. The subcontractor has been warned. "
            "Our glove supplier moved production. All gloves came from that factory.")
    cats = {m.category for m in find_suppliers(text, lexicon=lexicon)}
    assert cats == {"Lithuanian subcontractor", "glove"}
