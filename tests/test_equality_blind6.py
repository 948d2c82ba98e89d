"""A sixth self-made blind set for equality reports, continued from tests/test_equality_blind5.py (fictional
figures, own wording, nb/nn/en): a change from one figure to the next, share rows named with their level, pay
rows with a unit, position codes with their names, dated row labels, a level's women's share said or counted
in a sentence, and leave, sick leave, part-time and hires said by other authors. Cases that hold values never
printed must stay empty."""
from __future__ import annotations

import pytest

from test_facts import Doc, facts_of, make_table

T = make_table


def _levels(result) -> dict:
    return {lv["level"]: lv for lv in result.facts["levels"]}


def _approx(got, value) -> bool:
    return (got is None) if value is None else (got is not None and got == pytest.approx(value, abs=0.05))


# ---------------------------------------------------------------- tenth batch: changes from-to, share rows, pay rows in kroner
BATCH10_PROSE = [
    ("nb", "Kvinneandelen var 44 prosent i 2024 (42 prosent i 2023).", {"women_share_total": 44}),
    ("en", "The share of women rose from 41% in 2023 to 43% in 2024.", {"women_share_total": 43}),
    ("nb", "Andelen kvinner økte fra 38 til 40 prosent.", {"women_share_total": 40}),
    ("nb", "Kvinner tjente 95,1 prosent av det menn tjente i 2024, mot 94,0 prosent året før.",
     {"pay_ratio_women_to_men_total": 95.1}),
    ("nn", "Delen kvinner i leiinga auka frå 33 til 40 prosent.", {"women_share_top_management": 40}),
    ("en", "Women's pay as a share of men's increased from 92.8% to 93.6%.", {"pay_ratio_women_to_men_total": 93.6}),
    ("nb", "Av våre 212 ansatte er 89 kvinner og 123 menn.",
     {"employees_total": 212, "employees_women": 89, "employees_men": 123}),
    ("en", "We employ 87 people: 33 women and 54 men.", {"employees_total": 87, "employees_women": 33, "employees_men": 54}),
    ("nn", "Verksemda har 41 tilsette – 25 kvinner og 16 menn.",
     {"employees_total": 41, "employees_women": 25, "employees_men": 16}),
    ("nb", "Andelen kvinner økte fra 38 prosent i 2023 til 40 prosent i 2022.", {"women_share_total": None}),
]
BATCH10_TABLES = [
    ("years as columns, share rows named with their level",
     T([("", "2022", "2023", "2024"), ("Kvinneandel totalt (%)", "40", "41", "43"), ("Kvinneandel ledere (%)", "30", "33", "35")]),
     {"women_share_total": 43, "women_share_managers": 35}),
    ("en F/M with %F", T([("Grade", "F", "M", "%F"), ("Senior", "5", "9", "35.7"), ("Total", "120", "130", "48.0")]),
     {"employees_women": 120, "women_share_total": 48.0}),
    ("nn genders as rows with years",
     T([("Kjønn", "2023", "2024"), ("Kvinner", "140", "152"), ("Menn", "98", "101"), ("I alt", "238", "253")]),
     {"employees_women": 152, "employees_total": 253}),
    ("levels with K, M and Andel K",
     T([("", "K", "M", "Andel K"), ("Toppleiing", "2", "3", "40 %"), ("Alle", "80", "70", "53 %")]),
     {"women_share_top_management": 40, "women_share_total": 53}),
    ("parental leave in days is no weeks",
     T([("", "Kvinner", "Menn"), ("Foreldrepermisjon (dager)", "105", "60")]), {"parental_leave_weeks_women": None}),
    ("sick leave, genders as rows with a total",
     T([("Sykefravær 2024", "Prosent"), ("Kvinner", "7,2"), ("Menn", "4,1"), ("Totalt", "5,6")]),
     {"sick_leave_women": 7.2, "sick_leave_men": 4.1}),
    ("pay in kroner, genders as rows and levels as columns",
     T([("", "Ledere", "Fag", "Alle"), ("Kvinner (kr)", "72 000", "51 000", "55 000"), ("Menn (kr)", "75 000", "52 000", "58 000")]),
     {"pay_ratio_women_to_men_total": 94.8}),
]


@pytest.mark.parametrize("lang, text, expected", BATCH10_PROSE, ids=[c[1][:50] for c in BATCH10_PROSE])
def test_batch10_prose(lang: str, text: str, expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=[text]), report_year=2024, language=lang)
    for key, value in expected.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


@pytest.mark.parametrize("name, table, facts", BATCH10_TABLES, ids=[c[0] for c in BATCH10_TABLES])
def test_batch10_tables(name: str, table, facts: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[table]), report_year=2024)
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))
    assert not any("(" in lv["level"] or "andel" in lv["level"].lower() for lv in result.facts["levels"])


# ---------------------------------------------------------------- eleventh batch: position codes with their names
BATCH11_TABLES = [
    ("code and name in one cell",
     T([("Stillingskode", "Kvinner", "Menn"), ("7001 Assistent", "12", "3"), ("7002 Konsulent", "20", "15"),
        ("Totalt", "32", "18")]),
     {"employees_women": 32, "employees_total": 50}, {"7001 Assistent": ("women", 12), "7002 Konsulent": ("men", 15)}),
    ("code and name with a pay ratio column",
     T([("SSB-kode", "Kvinner", "Menn", "Lønn K/M (%)"), ("2310 Lektor", "40", "35", "98,1"), ("Alle", "120", "90", "95,0")]),
     {"pay_ratio_women_to_men_total": 95.0}, {"2310 Lektor": ("pay_ratio_women_to_men", 98.1)}),
    ("code column beside a name column",
     T([("Kode", "Stilling", "Kvinner", "Menn"), ("1065", "Konsulent", "12", "3"), ("1408", "Førstekonsulent", "20", "15"),
        ("", "Sum", "32", "18")]),
     {"employees_women": 32, "employees_total": 50}, {"Førstekonsulent": ("women", 20)}),
    ("a dated label: only the report year's row",
     T([("", "Kvinner", "Menn"), ("Ansatte per 31.12.2023", "100", "90"), ("Ansatte per 31.12.2024", "104", "92")]),
     {"employees_women": 104, "employees_men": 92}, {}),
]


@pytest.mark.parametrize("name, table, facts, levels", BATCH11_TABLES, ids=[c[0] for c in BATCH11_TABLES])
def test_batch11_coded_labels(name: str, table, facts: dict, levels: dict) -> None:
    result = facts_of("equality_report", Doc().add("Lønn", tables=[table]), report_year=2024)
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))
    by_name = _levels(result)
    for level, (field, value) in levels.items():
        assert level in by_name, (level, list(by_name))
        assert _approx(by_name[level][field], value), by_name[level]


# ---------------------------------------------------------------- twelfth batch: a level's women's share in a sentence
BATCH12_PROSE = [
    ("nn", "Blant sjukepleiarane er 91 prosent kvinner.", {"Sjukepleiarane": 91}),
    ("en", "Women make up 88% of our nurses and 23% of our engineers.", {"Nurses": 88, "Engineers": 23}),
    ("en", "The share of women among engineers was 29.7%.", {"Engineers": 29.7}),
    ("nb", "I driftsavdelingen er kvinneandelen 12 prosent.", {"Driftsavdelingen": 12}),
    ("nb", "Kvinner utgjør 64 prosent av sykepleierne.", {"Sykepleierne": 64}),
    ("nn", "Av dei 40 ingeniørane er 11 kvinner.", {"Ingeniørane": 27.5}),
    ("nb", "Kvinner utgjør 64 prosent av de ansatte.", {}),
    ("en", "Women accounted for 41% of applicants and 30% of new hires.", {}),
]


@pytest.mark.parametrize("lang, text, levels", BATCH12_PROSE, ids=[c[1][:50] for c in BATCH12_PROSE])
def test_batch12_level_shares_in_prose(lang: str, text: str, levels: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=[text]), report_year=2024, language=lang)
    by_name = {lv["level"]: lv["women_share"] for lv in result.facts["levels"]}
    assert set(by_name) == set(levels), by_name
    for level, share in levels.items():
        assert _approx(by_name[level], share), by_name


def test_level_count_patterns_follow_their_examples() -> None:
    from extractor import rules
    from extractor.facts.equality_levels import _level_count_patterns
    data = rules.load("equality").data["level_counts"]
    for text, level, women, total in data["examples"]:
        found = [(m.group("level"), int(m.group("women")), int(m.group("total")))
                 for p in _level_count_patterns() for m in p.finditer(text)]
        assert (level, women, total) in found, (text, found)
    for text in data["counter"]:
        assert not [m for p in _level_count_patterns() for m in p.finditer(text)], text



# ---------------------------------------------------------------- thirteenth batch: leave, sick leave, part-time, hires
BATCH13_PROSE = [
("nb","Kvinner tok i gjennomsnitt ut 15,2 uker foreldrepermisjon, mot 9,8 uker for menn.",{"parental_leave_weeks_women":15.2,"parental_leave_weeks_men":9.8}),
("nn","Gjennomsnittleg uttak av foreldrepermisjon var 17 veker for kvinner og 11 veker for menn.",{"parental_leave_weeks_women":17,"parental_leave_weeks_men":11}),
("en","Parental leave: women 21 weeks, men 13 weeks on average.",{"parental_leave_weeks_women":21,"parental_leave_weeks_men":13}),
("nb","Menn hadde i snitt 10 uker foreldrepermisjon og kvinner 18 uker.",{"parental_leave_weeks_women":18,"parental_leave_weeks_men":10}),
("en","On average, fathers took 12 weeks of parental leave and mothers 20 weeks.",{"parental_leave_weeks_women":20,"parental_leave_weeks_men":12}),
("nb","Sykefraværet var på 6,4 prosent for kvinnene og 3,1 prosent for mennene.",{"sick_leave_women":6.4,"sick_leave_men":3.1}),
("en","Absence due to illness was 5.8% among female employees and 3.3% among male employees.",{"sick_leave_women":5.8,"sick_leave_men":3.3}),
("nn","Kvinnene hadde eit sjukefråvær på 8,1 prosent, mennene 4,7 prosent.",{"sick_leave_women":8.1,"sick_leave_men":4.7}),
("nb","Andelen deltidsansatte var 14 prosent, og 41 av de 52 deltidsansatte var kvinner.",{"part_time_employees":52,"part_time_women":41}),
("en","Part-time work is more common among women: 38 women and 7 men work part-time.",{"part_time_women":38,"part_time_men":7}),
("nb","Vi hadde 6 midlertidig ansatte ved utgangen av året: 4 kvinner og 2 menn.",{"temporary_employees":6,"temporary_women":4,"temporary_men":2}),
("nn","Fire kvinner og to menn var mellombels tilsette.",{"temporary_women":4,"temporary_men":2}),
("en","Of the 23 employees on fixed-term contracts, 15 were women.",{"temporary_employees":23,"temporary_women":15}),
("nb","Av de 15 nyansatte i 2024 var 7 kvinner.",{"hires_women_share":46.7}),
("en","We hired 40 people in 2024, 18 of whom were women.",{"hires_women_share":45}),
("nn","Det kom inn 310 søknader, og 38 prosent av søkjarane var kvinner.",{"applicants_women_share":38}),
]


@pytest.mark.parametrize("lang, text, expected", BATCH13_PROSE, ids=[c[1][:50] for c in BATCH13_PROSE])
def test_batch13_prose(lang: str, text: str, expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=[text]), report_year=2024, language=lang)
    for key, value in expected.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


# ---------------------------------------------------------------- fourteenth batch: applicants and new hires are no levels
BATCH14 = [
    ("key figures", ["Kvinneandel blant søkere: 30 %", "Andel kvinner blant nyansatte: 45 %"], None,
     {"applicants_women_share": 30, "hires_women_share": 45}),
    ("rows of counts", [], T([("", "Kvinner", "Menn"), ("Ansatte", "100", "120"), ("Søkere", "80", "160"),
                              ("Nyansatte", "6", "9")]),
     {"employees_total": 220, "applicants_women_share": 33.3, "hires_women_share": 40.0}),
    ("a share column", [], T([("", "Andel kvinner"), ("Alle ansatte", "45 %"), ("Søkere", "33 %"), ("Nyansatte", "40 %")]),
     {"women_share_total": 45, "applicants_women_share": 33, "hires_women_share": 40}),
    ("en rows", [], T([("", "Women", "Men", "Total"), ("Applicants", "140", "260", "400"), ("New hires", "12", "18", "30")]),
     {"applicants_women_share": 35.0, "hires_women_share": 40.0}),
]


@pytest.mark.parametrize("name, text, table, facts", BATCH14, ids=[c[0] for c in BATCH14])
def test_batch14_recruitment_rows(name: str, text: list[str], table, facts: dict) -> None:
    doc = Doc().add("Likestilling", text=text, tables=[table] if table else [])
    result = facts_of("equality_report", doc, report_year=2024, language="nb")
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))
    assert result.facts["levels"] == [], [lv["level"] for lv in result.facts["levels"]]


# ---------------------------------------------------------------- fifteenth batch: a level's pay said in a sentence is no total
BATCH15 = [
    ("en", "Among managers, women earn 96 per cent of what men earn.", None, {"Managers": 96.0}),
    ("nb", "Blant ledere tjener kvinner 91 prosent av det menn tjener.", None, {"Ledere": 91.0}),
    ("nb", "For sykepleiere er kvinners lønn 101 prosent av menns.", None, {"Sykepleiere": 101.0}),
    ("en", "For engineers, women's average pay was 98% of men's.", None, {"Engineers": 98.0}),
    ("en", "Among operators the gender pay gap was 2.1%.", None, {"Operators": 97.9}),
    ("nb", "For virksomheten samlet er kvinners lønn 95 prosent av menns.", 95.0, {}),
    ("nb", "I 2024 var kvinners lønn 95,5 prosent av menns.", 95.5, {}),
    ("en", "For the company as a whole, women's pay was 94% of men's.", 94.0, {}),
]


@pytest.mark.parametrize("lang, text, total, levels", BATCH15, ids=[c[1][:50] for c in BATCH15])
def test_batch15_level_pay_is_no_total(lang: str, text: str, total, levels: dict) -> None:
    result = facts_of("equality_report", Doc().add("Lønn", text=[text]), report_year=2024, language=lang)
    assert _approx(result.facts.get("pay_ratio_women_to_men_total"), total), result.facts.get("pay_ratio_women_to_men_total")
    by_name = {lv["level"]: lv["pay_ratio_women_to_men"] for lv in result.facts["levels"]}
    assert set(by_name) == set(levels), by_name
    for level, ratio in levels.items():
        assert _approx(by_name[level], ratio), by_name
