"""Equality facts from every table shape of GENRES.md and from prose in nb, nn and en (fictional figures)."""
from __future__ import annotations

import pytest

from extractor.facts import equality_derive
from extractor.facts.table_reader import gender_of, read_cells, vocab
from test_facts import Doc, facts_of, make_table

YEARS_SIDE_BY_SIDE = make_table([
    ("", "2024", "", "2023", ""),
    ("", "K", "M", "K", "M"),
    ("Ledergruppen", "3", "4", "2", "5"),
    ("Fagarbeidere", "20", "80", "18", "85"),
    ("Totalt", "23", "84", "20", "90"),
])
YEARS_AS_COLUMNS = make_table([
    ("År", "2022", "2023", "2024"),
    ("Kvinneandel (%)", "51", "52", "54"),
    ("Sykefravær kvinner (%)", "7,9", "7,4", "7,0"),
    ("Sykefravær menn (%)", "4,1", "4,0", "3,8"),
])
GENDERS_AS_ROWS = make_table([
    ("Månedslønn (kr)", "Sykepleiere", "Leger", "Totalt"),
    ("Kvinner", "48 000", "82 000", "52 000"),
    ("Menn", "49 500", "85 000", "60 000"),
])
ORGANISATIONS = make_table([
    ("", "Departementet", "Fjordvern direktorat", "Kystilsynet"),
    ("Kvinner (%)", "61", "48", "39"),
    ("Antall tilsette", "310", "120", "85"),
])
UNIT_COLUMN = make_table([
    ("Tema", "Enhet", "Kvinner", "Menn"),
    ("Sykefravær", "%", "6,2", "3,1"),
    ("Foreldrepermisjon", "uker", "18", "12"),
    ("Deltid", "antall", "14", "3"),
    ("Midlertidig tilsette", "antall", "5", "2"),
])
SUM_ROW = make_table([
    ("Stillingsgruppe", "Kvinner", "Menn", "Kvinner si løn i % av menn si løn"),
    ("Reinhald", "12", "2", "101,2"),
    ("Sum", "40", "35", "95,5"),
])
WOMEN_MEN_SHARES = make_table([
    ("Nivå", "Kvinner (%)", "Menn (%)"),
    ("Leiarar med personalansvar", "47", "53"),
    ("Alle tilsette", "58", "42"),
])

YEAR_GENDER_HEADERS = make_table([
    ("Nivå", "2024 K", "2024 M", "2023 K", "2023 M"),
    ("Toppledelse", "2", "3", "1", "4"),
    ("Totalt", "120", "95", "110", "99"),
])
GENDERS_BY_YEAR = make_table([
    ("År", "2022", "2023", "2024"),
    ("Kvinner", "301", "315", "322"),
    ("Menn", "280", "276", "270"),
])

SHARE_HEADER = make_table([
    ("Nivå", "Antall", "Kvinneandel"),
    ("Mellomledere", "40", "45"),
    ("Fagarbeidere", "120", "12,5"),
])

GAP_COLUMN = make_table([
    ("Stillingsgruppe", "Kvinner", "Menn", "Lønnsforskjell (%)"),
    ("Rådgivere", "14", "9", "3,5"),
    ("Totalt", "60", "41", "6,0"),
])

TABLE_CASES = [
    ("pay gap column", GAP_COLUMN, 2024, {"pay_ratio_women_to_men_total": 94.0, "employees_total": 101},
     {"Rådgivere": {"pay_ratio_women_to_men": 96.5, "women": 14}}),
    ("women's share header without a % sign", SHARE_HEADER, 2024, {},
     {"Mellomledere": {"women_share": 45, "women": None}, "Fagarbeidere": {"women_share": 12.5}}),
    ("year and gender in one header cell", YEAR_GENDER_HEADERS, 2024,
     {"employees_women": 120, "employees_men": 95, "employees_total": 215, "women_share_top_management": 40.0},
     {"Toppledelse": {"women": 2, "men": 3}}),
    ("genders as rows, years as columns", GENDERS_BY_YEAR, 2023,
     {"employees_women": 315, "employees_men": 276, "employees_total": 591}, {}),
    ("years side by side, spanning header", YEARS_SIDE_BY_SIDE, 2024,
     {"employees_women": 23, "employees_men": 84, "employees_total": 107},
     {"Ledergruppen": {"women": 3, "men": 4, "women_share": 42.9}, "Fagarbeidere": {"women": 20, "men": 80}}),
    ("years as columns, report year", YEARS_AS_COLUMNS, 2023,
     {"sick_leave_women": 7.4, "sick_leave_men": 4.0}, {}),
    ("genders as rows, pay in kroner", GENDERS_AS_ROWS, 2024,
     {"pay_ratio_women_to_men_total": 86.7}, {"Sykepleiere": {"pay_ratio_women_to_men": 97.0},
                                               "Leger": {"pay_ratio_women_to_men": 96.5}}),
    ("organisations as columns, the author's", ORGANISATIONS, 2024,
     {"women_share_total": None, "employees_total": None}, {}),
    ("one row per measure with a unit column", UNIT_COLUMN, 2024,
     {"sick_leave_women": 6.2, "sick_leave_men": 3.1, "parental_leave_weeks_women": 18, "parental_leave_weeks_men": 12,
      "part_time_women": 14, "part_time_men": 3, "part_time_employees": 17, "temporary_women": 5,
      "temporary_employees": 7}, {}),
    ("Sum row read with its header", SUM_ROW, 2024,
     {"employees_women": 40, "employees_men": 35, "employees_total": 75, "pay_ratio_women_to_men_total": 95.5},
     {"Reinhald": {"women": 12, "men": 2, "pay_ratio_women_to_men": 101.2}}),
    ("shares as columns, managers row", WOMEN_MEN_SHARES, 2024,
     {"women_share_total": 58.0, "women_share_managers": 47.0}, {"Leiarar med personalansvar": {"women_share": 47.0}}),
]


@pytest.mark.parametrize("name, table, year, facts, levels", TABLE_CASES, ids=[c[0] for c in TABLE_CASES])
def test_table_shapes(name: str, table, year: int, facts: dict, levels: dict) -> None:
    result = facts_of("equality_report", Doc().add("Tal", tables=[table]), report_year=year,
                      organisation="Fjordvern direktorat")
    for key, value in facts.items():
        assert result.facts.get(key) == pytest.approx(value) if value is not None else True, (key, result.facts.get(key))
    by_name = {lv["level"]: lv for lv in result.facts["levels"]}
    for level, fields in levels.items():
        assert level in by_name, (level, list(by_name))
        for field, value in fields.items():
            assert by_name[level][field] == pytest.approx(value), (level, field, by_name[level])


def test_organisation_columns_take_the_authors() -> None:
    cells = list(read_cells(ORGANISATIONS, 2024, "Fjordvern direktorat"))
    assert {c.col for c in cells} == {2}
    result = facts_of("equality_report", Doc().add("Tal", tables=[ORGANISATIONS]), report_year=2024,
                      organisation="Fjordvern direktorat")
    assert result.facts["women_share_total"] == 48


def test_earlier_year_is_not_the_report_year() -> None:
    result = facts_of("equality_report", Doc().add("Tal", tables=[YEARS_SIDE_BY_SIDE]), report_year=2024)
    assert result.facts["employees_women"] != 20 and result.facts["employees_total"] != 23


@pytest.mark.parametrize("text, gender", [
    ("2024 K", "women"), ("Kv.", "women"), ("Menn (%)", "men"), ("Women", "women"), ("M", "men"),
    ("Kvinners lønn i % av menns", None), ("Medarbeidere", None), ("Totalt", None),
])
def test_header_gender(text: str, gender: str | None) -> None:
    assert gender_of(text, vocab()) == gender


def test_vocabularies_follow_their_examples() -> None:
    v = vocab()
    from extractor import rules
    data = rules.load("equality").data["vocab"]
    for name, entry in data.items():
        if not isinstance(entry, dict) or "pattern" not in entry:
            continue
        for text in entry.get("examples", []):
            assert v.has(name, text), (name, text)
        for text in entry.get("counter", []):
            assert not v.has(name, text), (name, text)


PROSE_CASES = [
    ("nn of the employees", "nn", ["Av dei 860 tilsette var 702 kvinner ved utgangen av året."],
     {"employees_total": 860, "employees_women": 702, "employees_men": 158}),
    ("women and men give the total", "nb", ["Ved årsskiftet hadde verkstedet 13 kvinner og 110 menn i arbeid."],
     {"employees_total": 123, "employees_women": 13, "employees_men": 110}),
    ("pay gap", "nb", ["Lønnsgapet mellom kvinner og menn er 8 prosent."], {"pay_ratio_women_to_men_total": 92.0}),
    ("gap in men's favour", "nb", ["Forskjellen i grunnlønn er 0,5 % i menns favør."],
     {"pay_ratio_women_to_men_total": 99.5}),
    ("gap in women's favour", "nn", ["Skilnaden er 1,5 prosent i kvinner sin favør."],
     {"pay_ratio_women_to_men_total": 101.5}),
    ("english less", "en", ["On average, women earn 4% less than men in the company."],
     {"pay_ratio_women_to_men_total": 96.0}),
    ("two amounts", "nb", ["Gjennomsnittslønnen for kvinner var 600 000 kroner, og for menn 640 000 kroner."],
     {"pay_ratio_women_to_men_total": 93.8}),
    ("none is zero", "nb", ["Selskapet hadde ingen midlertidige ansatte i 2024."], {"temporary_employees": 0}),
    ("nn share", "nn", ["Delen kvinner var 61 pst. ved utgangen av 2024."], {"women_share_total": 61}),
    ("english workforce", "en", ["Of our 1,150 employees, 540 were women.", "Women made up 41% of the executive "
                                 "management team."], {"employees_total": 1150, "employees_women": 540,
                                                       "employees_men": 610, "women_share_top_management": 41}),
    ("earlier year in the sentence", "nb", ["Kvinneandelen var 44 % i 2023 og har økt."], {"women_share_total": None}),
]


@pytest.mark.parametrize("name, lang, text, expected", PROSE_CASES, ids=[c[0] for c in PROSE_CASES])
def test_prose(name: str, lang: str, text: list[str], expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=text), report_year=2024, language=lang)
    for key, value in expected.items():
        got = result.facts.get(key)
        assert (got is None) if value is None else got == pytest.approx(value), (key, got)
        if value is not None:
            assert result.evidence[key]["page"] >= 1


def test_other_year() -> None:
    assert equality_derive.other_year("Kvinneandelen var 44 % i 2023.", 44, 2024)
    assert not equality_derive.other_year("Kvinneandelen var 44 % i 2024.", 44, 2024)
    assert not equality_derive.other_year("Kvinneandelen var 44 %.", 44, 2024)


def test_level_share_patterns_follow_their_examples() -> None:
    from extractor import rules
    from extractor.facts.equality_levels import _level_share_patterns
    data = rules.load("equality").data["level_share"]
    for text, level, share in data["examples"]:
        found = [(m.group("level").strip(), float(m.group("n").replace(",", ".")))
                 for p in _level_share_patterns() for m in p.finditer(text)]
        assert (level, share) in found, (text, found)
    import re
    for text in data["counter"]:
        assert re.search(data["unless"], text, re.I) or not [m for p in _level_share_patterns()
                                                             for m in p.finditer(text)], text


def test_table_continued_on_next_page_keeps_its_header() -> None:
    from extractor.model import Table
    first = make_table([("Stillingsgruppe", "Kvinner", "Menn"), ("Sykepleiere", "412", "61")])
    rest = make_table([("Leger", "38", "41"), ("Totalt", "450", "102")])
    rest = Table(2, rest.bbox, rest.rows, rest.lines)
    result = facts_of("equality_report", Doc().add("Tal", tables=[first]).add("Tal", tables=[rest]), report_year=2024)
    by_name = {lv["level"]: lv for lv in result.facts["levels"]}
    assert by_name["Leger"]["women"] == 38 and result.facts["employees_total"] == 552


def test_only_earlier_years_are_not_the_reports() -> None:
    table = make_table([("", "2022", "2023"), ("Kvinneandel (%)", "51", "52")])
    result = facts_of("equality_report", Doc().add("Tal", tables=[table]), report_year=2024)
    assert result.facts["women_share_total"] is None
