"""Supplier mentions in fresh styles: other verbs, word orders and kinds of partner (nb, nn, en).

Written before the rules were widened for them. Each row: a sentence and what must be
found — a supplier name, or a category the found category contains (case-insensitive) —
or nothing at all for an empty list. Countries, the author, customers, authorities and
membership bodies are never suppliers.
"""
from __future__ import annotations

import pytest

from extractor.extract.risk import load_lexicon
from extractor.extract.suppliers import find_suppliers

FRESH_ROWS = [
    ("Revisjonen av ISO-sertifikatet gjøres av Kiwa Norge AS.", [("Kiwa Norge AS", None)]),
    ("Vi kjøper inn kontorrekvisita fra Staples Norge.", [("Staples Norge", None)]),
    ("Nortrafikk AS leverer busstjenester til oss.", [("Nortrafikk AS", None)]),
    ("Vi har rammeavtale med Atea om IT-utstyr.", [("Atea", None)]),
    ("Tjenesten driftes av Visma Enterprise.", [("Visma Enterprise", None)]),
    ("Vaskeriet vi bruker har tariffavtale.", [(None, "vaskeri")]),
    ("Vi har innleid arbeidskraft fra Adecco i sommermånedene.", [("Adecco", None)]),
    ("Kantinen drives av Compass Group.", [("Compass Group", None)]),
    ("Our auditor Deloitte AS reviewed the report.", [("Deloitte AS", None)]),
    ("We source garments from factories in Bangladesh.", [(None, "factor")]),
    ("Employees report concerns through a digital platform provided by WhistleB.", [("WhistleB", None)]),
    ("Varslingskanalen leveres av en ekstern leverandør av varslingskanal.", [(None, "varslingskanal")]),
    ("Kantina vert driven av Fjordmat AS.", [("Fjordmat AS", None)]),
    ("Reinhaldet i alle bygga vert levert av Vestrein.", [("Vestrein", None)]),
    ("Vi nyttar Tidsbanken som leverandør av timeregistrering.", [("Tidsbanken", None)]),
    ("Arbeidsklærne våre kommer fra Kansas Wenaas.", [("Kansas Wenaas", None)]),
    ("Revisor for selskapet er BDO AS.", [("BDO AS", None)]),
    ("Lønnskjøringen er outsourcet til Azets.", [("Azets", None)]),
    ("The company's IT operations are managed by Sopra Steria.", [("Sopra Steria", None)]),
    ("Vi leier lokaler av Entra ASA.", [("Entra ASA", None)]),
    ("Rammeavtalen om renhold er inngått med Norrein AS.", [("Norrein AS", None)]),
    ("All frakt til butikkane skjer med Bring.", [("Bring", None)]),
    ("We use an external cleaning company for our offices.", [(None, "cleaning")]),
    # not suppliers of the author
    ("Vi leverer tjenester til Statens vegvesen og flere kommuner.", []),
    ("Arbeidstilsynet gjennomførte tilsyn hos oss i mars.", []),
    ("Vi er medlem av Virke og Etisk handel Norge.", []),
    ("Vi stiller krav til leverandører.", []),
    ("We source most of our cotton from India and Turkey.", []),
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


@pytest.mark.parametrize(("text", "expected"), FRESH_ROWS)
def test_fresh_suppliers(lexicon, text: str, expected: list[tuple]) -> None:
    matches = find_suppliers(text, lexicon=lexicon)
    if not expected:
        assert matches == [], [(m.name, m.category) for m in matches]
    for name, cat in expected:
        assert _found(matches, name, cat), [(m.name, m.category) for m in matches]
