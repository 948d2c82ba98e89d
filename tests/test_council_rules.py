"""Every example and counter-example of the council rules file (extractor/data/rules/council.toml).

The numbering styles, labels, votes, attendance labels, body names and the
author pattern are data there, each with its own examples; this test is
generated from them, so a new phrasing is one table entry and no code.
"""
from __future__ import annotations

import re

import pytest

from extractor.facts import council_meeting, council_persons
from extractor.facts import council_rules as cr

DATA = cr.data()


def _case_examples() -> list[tuple[str, str | None]]:
    cn = DATA["case_number"]
    return [(text, want) for text, want in cn["examples"]] + [(text, None) for text in cn["counter"]]


@pytest.mark.parametrize("text, number", _case_examples())
def test_case_numbers(text: str, number: str | None) -> None:
    got = cr.case_number_at(text)
    assert (got.number if got else None) == number


def _label_examples() -> list[tuple[str, str, str | None]]:
    out = []
    for label in DATA["labels"]:
        out += [(label["field"], text, by) for text, by in label.get("examples", [])]
        out += [(label["field"], text, None) for text in label.get("counter", [])]
    return out


@pytest.mark.parametrize("field, text, by", _label_examples())
def test_labels(field: str, text: str, by: str | None) -> None:
    got = cr.label_at(text, whole=True, box_ok=False)
    if by is None:
        assert got is None or got.field != field
    else:
        assert got is not None and got.field == field
        assert (got.by or "") == by


def _vote_examples() -> list[tuple[str, dict | None]]:
    out: list[tuple[str, dict | None]] = []
    for vote in DATA["votes"]:
        out += [(text, want) for text, want in vote.get("examples", [])]
    return out


@pytest.mark.parametrize("text, want", _vote_examples())
def test_votes(text: str, want: dict) -> None:
    assert cr.vote_of(text) == want


@pytest.mark.parametrize("text", DATA["votes"][0]["counter"])
def test_fallen_proposals_are_no_adoption(text: str) -> None:
    assert cr.vote_of(text) is None


@pytest.mark.parametrize("text, stop", [(t, True) for t in DATA["decision_stop"]["examples"]]
                         + [(t, False) for t in DATA["decision_stop"]["counter"]])
def test_decision_stops(text: str, stop: bool) -> None:
    assert cr.is_decision_stop(text) is stop


def _attendance_examples() -> list[tuple[str, str, bool]]:
    out = []
    for a in DATA["attendance"]:
        out += [(a["group"], text, True) for text in a["examples"]]
        out += [(a["group"], text, False) for text in a.get("counter", [])]
    return out


@pytest.mark.parametrize("group, text, opens", _attendance_examples())
def test_attendance_labels(group: str, text: str, opens: bool) -> None:
    got = cr.attendance_label_at(text)
    if opens:
        assert got is not None and got[0] == group
    else:
        assert got is None or got[0] != group or got[1].strip()


@pytest.mark.parametrize("key", ["paper", "minutes", "notice"])
def test_places(key: str) -> None:
    pattern = cr.compiled()[key]
    for text in DATA["places"][f"{key}_examples"]:
        assert pattern.match(text), text
    for text in DATA["places"][f"{key}_counter"]:
        assert not pattern.match(text), text


@pytest.mark.parametrize("text", DATA["meeting"]["body_examples"])
def test_body_names(text: str) -> None:
    assert council_meeting.bodies_in(text) == [text[:1].upper() + text[1:]]


@pytest.mark.parametrize("text", DATA["meeting"]["body_counter"])
def test_not_body_names(text: str) -> None:
    assert council_meeting.bodies_in(text) == []


@pytest.mark.parametrize("text, number", DATA["meeting"]["number_examples"])
def test_meeting_numbers(text: str, number: str) -> None:
    assert council_meeting.find_number([_item(text)], []) == number


@pytest.mark.parametrize("text", DATA["author"]["examples"])
def test_author_organisations(text: str) -> None:
    assert cr.compiled()["organisation"].fullmatch(text)


@pytest.mark.parametrize("text", DATA["author"]["counter"])
def test_not_author_organisations(text: str) -> None:
    assert not cr.compiled()["organisation"].search(text)


@pytest.mark.parametrize("text, name", DATA["chair_sentence"]["examples"])
def test_chair_sentences(text: str, name: str) -> None:
    m = cr.compiled()["chair_sentence"].search(text)
    assert m and (m.group("name") or m.group("name2")) == name


@pytest.mark.parametrize("text", DATA["chair_sentence"]["counter"])
def test_not_chair_sentences(text: str) -> None:
    assert not cr.compiled()["chair_sentence"].search(text)


@pytest.mark.parametrize("text, name", DATA["chair_label"]["examples"])
def test_chair_labels(text: str, name: str) -> None:
    m = cr.compiled()["chair_label"].match(text)
    assert m and m.group("name") == name


@pytest.mark.parametrize("text", DATA["chair_label"]["counter"])
def test_not_chair_labels(text: str) -> None:
    assert not cr.compiled()["chair_label"].match(text)


@pytest.mark.parametrize("text", DATA["roles"]["title_examples"])
def test_titles_before_names(text: str) -> None:
    assert council_persons.person_name(f"{text} Kari Nord") == "Kari Nord"


@pytest.mark.parametrize("label, party", [("Sp", "Sp"), ("FrP", "FrP"), ("Høgre", "H"), ("Tverrpolitisk liste", "Tverrpolitisk liste"),
                                          ("Raudt", "R"), ("Nordbygda bygdeliste", "Nordbygda bygdeliste"),
                                          ("Kari", None), ("kommunestyret", None)])
def test_party_lexicon(label: str, party: str | None) -> None:
    assert council_persons.party_of(label) == party


def _item(text: str):
    from extractor.facts.council_stream import Item

    cells = tuple(c.strip() for c in text.split(" | ")) if " | " in text else ()
    return Item(0, "row" if cells else "line", text, cells, False, 0, 1, None)


def test_every_pattern_compiles() -> None:
    c = cr.compiled()
    assert all(isinstance(p, re.Pattern) for _f, p, _v in c["votes"])
    assert c["labels"] and c["attendance"]
