"""Table-driven: every stop class of org_stoplists.toml rejects its examples and keeps its counter-examples;
names in lists split into one name each; people and party labels are not organisations."""
from __future__ import annotations

import pytest

from extractor import lexicon
from extractor.extract.org_filters import is_person, party_follows, person_words, reject_reason, strip_lead
from extractor.extract.organisations import list_siblings, split_list

DATA = lexicon.load("org_stoplists")
CLASSES = [k for k in DATA if k not in ("leading_nouns", "shapes")]


@pytest.mark.parametrize("name,text", [(k, t) for k in CLASSES for t in DATA[k]["examples"]])
def test_stop_class_rejects_its_examples(name: str, text: str) -> None:
    assert reject_reason(text) is not None, (name, text)


@pytest.mark.parametrize("name,text", [(k, t) for k in CLASSES for t in DATA[k].get("counter", [])])
def test_stop_class_keeps_counter_examples(name: str, text: str) -> None:
    assert reject_reason(text) is None, (name, text, reject_reason(text))


@pytest.mark.parametrize("text,expected", DATA["leading_nouns"]["examples"])
def test_leading_noun_is_dropped(text: str, expected: str) -> None:
    assert strip_lead(text) == expected


@pytest.mark.parametrize("text", DATA["leading_nouns"]["counter"])
def test_leading_noun_keeps_names(text: str) -> None:
    assert strip_lead(text) == text


@pytest.mark.parametrize("text,items", [
    ("Schenker, Bring, Leman og DHL", ["Schenker", "Bring", "Leman", "DHL"]),
    ("Helse- og omsorgsdepartementet", ["Helse- og omsorgsdepartementet"]),
    ("Vetlefjord Hotell og Reiseliv AS", ["Vetlefjord Hotell og Reiseliv AS"]),
    ("Helse- omsorgskomiteen, Næringskomiteen", ["Helse- omsorgskomiteen", "Næringskomiteen"]),
])
def test_split_list(text: str, items: list[str]) -> None:
    assert [text[a:b] for a, b in split_list(text)] == items


@pytest.mark.parametrize("para,anchor,siblings", [
    ("Vi samarbeider om transport og lager med Schenker, Bring, Leman og DHL.", "Bring", ["Schenker", "Leman", "DHL"]),
    ("through staffing agencies such as Adecco Norge AS and Manpower.", "Manpower", ["Adecco Norge AS"]),
    ("staffing agencies such as Adecco Norge AS and Manpower.", "Adecco Norge AS", ["Manpower"]),
    ("levert av Skarvheim Kraftproduksjon AS. Styret har vedtatt", "Skarvheim Kraftproduksjon AS", []),
])
def test_list_siblings(para: str, anchor: str, siblings: list[str]) -> None:
    s = para.index(anchor)
    assert [para[a:b] for a, b in list_siblings(para, s, s + len(anchor))] == siblings


def test_people_and_party_labels() -> None:
    people = person_words(["Kari Nordmann", "Ola Hansen"])
    assert is_person("Hansen", people) and is_person("Kari Nordmann", people)
    assert not is_person("Hansen Transport AS", people) and not is_person("Fornybar Norge", people)
    assert party_follows(" (Sp) for Ola") and party_follows(" (FrP)")
    assert not party_follows(" (NHO)") and not party_follows(" og Bring")


@pytest.mark.parametrize("sentence,name", DATA["shapes"]["examples"])
def test_name_shapes(sentence: str, name: str) -> None:
    from extractor.extract.org_shapes import shape_names

    assert name in [n for _, _, n in shape_names(sentence)]


@pytest.mark.parametrize("sentence", DATA["shapes"]["counter"])
def test_no_name_shapes(sentence: str) -> None:
    from extractor.extract.org_shapes import shape_names

    assert shape_names(sentence) == []


@pytest.mark.parametrize("a, b", [("HelseOmsorg 21-rådet", "HelseOmsorg21-rådet"), ("Helse  Vest  RHF", "Helse Vest RHF")])
def test_one_spelling_per_name_across_documents(a: str, b: str) -> None:
    from extractor.extract.org_filters import canonical_form

    assert canonical_form(a) == canonical_form(b)
