"""Table-driven: the supplier cues of supplier_cues.toml find each named partner of a list,
with the cue's category; memberships and certifications give no supplier."""
from __future__ import annotations

import pytest

from extractor import lexicon
from extractor.extract.partner_lists import find_partner_names, find_supplier_kinds
from extractor.extract.suppliers import find_suppliers

DATA = lexicon.load("supplier_cues")


@pytest.mark.parametrize("sentence,names,category", DATA["examples"])
def test_partner_lists(sentence: str, names: list[str], category: str) -> None:
    found = find_partner_names(sentence)
    assert [p.name for p in found] == names
    assert {p.category for p in found} == {category or None}


@pytest.mark.parametrize("sentence", DATA["counter"])
def test_memberships_are_no_suppliers(sentence: str) -> None:
    assert find_partner_names(sentence) == []
    assert all(m.name is None for m in find_suppliers(sentence))


def test_find_suppliers_lists_each_partner() -> None:
    found = find_suppliers("Vi samarbeider om transport og lager med Schenker, Bring, Leman og DHL.")
    assert [m.name for m in found] == ["Schenker", "Bring", "Leman", "DHL"]
    assert all(m.category == "transport og lager" for m in found)


@pytest.mark.parametrize("sentence,category", DATA["category_examples"])
def test_supplier_kinds(sentence: str, category: str) -> None:
    assert [c for _, _, c in find_supplier_kinds(sentence)] == [category]


@pytest.mark.parametrize("sentence,name,expected", [
    ("Frukt og grønt kjøpes fra Huerta del Sol S.L. i Spania.", "Huerta del Sol S.L.", True),
    ("Strikkevarer produseres for oss av Dhaka Knitwear Ltd. i Bangladesh.", "Dhaka Knitwear Ltd.", True),
    ("Vi kjøper via avtaler inngått av Sykehusinnkjøp HF.", "Sykehusinnkjøp HF", False),
    ("Nordvik Eiendom AS eier bygget som Nordvik Transport AS leier.", "Nordvik Eiendom AS", False),
    ("Blade components are sourced from Zefiro Componentes S.L. in Spain.", "Zefiro Componentes S.L.", True),
    ("Avtale med Vest krisesenter IKS om oppfølging etter opphald.", "Vest krisesenter IKS", True),
    ("Kommunen eig aksjar i Hallvik Hamn AS og har avtale om revisjon med Kystrevisjon IKS.", "Hallvik Hamn AS", False),
])
def test_companies_with_a_legal_form_in_supply_sentences(sentence: str, name: str, expected: bool) -> None:
    found = {m.name for m in find_suppliers(sentence, org_names=["Nordvik Transport AS"])}
    assert (name in found) is expected


@pytest.mark.parametrize("sentence", DATA.get("category_counter", []))
def test_no_supplier_kind(sentence: str) -> None:
    assert find_supplier_kinds(sentence) == []
