"""A fifth self-made blind set for equality reports, continued from tests/test_equality_blind4.py (fictional
figures, own wording, nb/nn/en): the fixed facts said in sentences by other authors (other verbs, word orders,
time phrases, "derav", counts with their women), callouts and key figures on lines of their own, plain-line
tables in en and nn, unit-only headers beside a gender, staff attributes that are not levels, pay gaps in
kroner, level pay ratios in sentences and the whole-organisation ratio said with other verbs. Cases that hold
values never printed must stay empty."""
from __future__ import annotations

import pytest

from test_facts import Doc, facts_of, make_table

T = make_table


def _levels(result) -> dict:
    return {lv["level"]: lv for lv in result.facts["levels"]}


def _approx(got, value) -> bool:
    return (got is None) if value is None else (got is not None and got == pytest.approx(value, abs=0.05))


# ---------------------------------------------------------------- fourth batch: other authors, other shapes
BATCH4_PROSE = [
    ("nn total and women, 'derav'", "nn", ["Ved utgangen av året var det 214 tilsette i selskapet, derav 97 kvinner."],
     {"employees_total": 214, "employees_women": 97}),
    ("nb women share 'av arbeidsstokken'", "nb", ["Kvinner utgjorde 41 prosent av arbeidsstokken ved årsslutt."],
     {"women_share_total": 41}),
    ("en women share 'of the workforce were women'", "en", ["At year end, 44 per cent of the workforce were women."],
     {"women_share_total": 44}),
    ("nn leiargruppa counts", "nn", ["Leiargruppa består av tre kvinner og fem menn."],
     {"women_share_top_management": 37.5}),
    ("en management team counts", "en", ["The management team consists of three women and four men."],
     {"women_share_top_management": 42.9}),
    ("nb part-time share of women", "nb", ["Blant de deltidsansatte er det 38 kvinner og 9 menn."],
     {"part_time_women": 38, "part_time_men": 9}),
    ("en temporary counts 'on fixed-term contracts'", "en", ["Eleven women and six men were on fixed-term contracts."],
     {"temporary_women": 11, "temporary_men": 6}),
    ("nn foreldrepermisjon veker i snitt", "nn", ["I snitt tok kvinnene ut 19 veker foreldrepermisjon og mennene 14 veker."],
     {"parental_leave_weeks_women": 19, "parental_leave_weeks_men": 14}),
    ("en parental leave averaged", "en", ["Parental leave averaged 18 weeks for women and 13 weeks for men."],
     {"parental_leave_weeks_women": 18, "parental_leave_weeks_men": 13}),
    ("nb sick leave 'hos'", "nb", ["Sykefraværet hos kvinner var 7,3 prosent og hos menn 4,8 prosent."],
     {"sick_leave_women": 7.3, "sick_leave_men": 4.8}),
    ("en pay gap 'women earned x per cent less'", "en", ["On average, women earned 5.5 per cent less than men."],
     {"pay_ratio_women_to_men_total": 94.5}),
    ("nb none temporary 'ingen ansatte i midlertidige stillinger'", "nb", ["Selskapet hadde ingen ansatte i midlertidige stillinger."],
     {"temporary_employees": 0}),
    ("en no part-time", "en", ["None of our employees work part-time."], {"part_time_employees": 0}),
]

BATCH4_TABLES = [
    ("Antall | Andel kvinner with a Sum row",
     T([("Stillingskategori", "Antall", "Andel kvinner"), ("Ledere", "24", "37,5 %"), ("Saksbehandlere", "130", "64,6 %"),
        ("Sum", "154", "60,4 %")]),
     {"employees_total": 154, "women_share_total": 60.4, "women_share_managers": 37.5}),
    ("Kv. | Menn | Sum with measures",
     T([("", "Kv.", "Menn", "Sum"), ("Fast ansatte", "80", "95", "175"), ("Midlertidige", "6", "4", "10"),
        ("Deltid", "21", "2", "23")]),
     {"temporary_women": 6, "temporary_employees": 10, "part_time_women": 21, "part_time_employees": 23}),
    ("ministry and agencies as columns",
     T([("", "Departementet", "Tilsynet", "Direktoratet"), ("Kvinner", "120", "80", "300"),
        ("Menn", "90", "60", "250"), ("Andel kvinner (%)", "57", "57", "55")]),
     {"employees_women": 80, "employees_men": 60, "women_share_total": 57}),
    ("note style 'Årsverk' with genders as rows",
     T([("Note 9 Årsverk", "2023", "2024"), ("Kvinner", "41,5", "43,0"), ("Menn", "60,0", "62,5")]),
     {"employees_women": 43.0, "employees_men": 62.5}),
    ("sick leave table with legemeldt and egenmeldt",
     T([("Sykefravær (%)", "Kvinner", "Menn"), ("Egenmeldt", "1,1", "0,8"), ("Legemeldt", "5,2", "3,0"),
        ("Totalt", "6,3", "3,8")]),
     {"sick_leave_women": 6.3, "sick_leave_men": 3.8}),
]


@pytest.mark.parametrize("name, lang, text, expected", BATCH4_PROSE, ids=[c[0] for c in BATCH4_PROSE])
def test_batch4_prose(name: str, lang: str, text: list[str], expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=text), report_year=2024, language=lang)
    for key, value in expected.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


@pytest.mark.parametrize("name, table, facts", BATCH4_TABLES, ids=[c[0] for c in BATCH4_TABLES])
def test_batch4_tables(name: str, table, facts: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[table]),
                      report_year=2024, organisation="Tilsynet for vassdrag")
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


def test_fraction_ratio_is_marked_derived_and_the_step_is_not_printed() -> None:
    result = facts_of("equality_report", Doc().add("Lønn", text=["Kvinners lønn utgjør 0,96 av menns lønn."]),
                      report_year=2024, language="nb")
    assert result.facts["pay_ratio_women_to_men_total"] == pytest.approx(96.0)
    assert result.evidence["pay_ratio_women_to_men_total"]["derived"] == "fraction × 100"
    assert "pay_ratio_printed_total" not in result.facts
    index = facts_of("equality_report", Doc().add("Lønn", text=["Lønnsindeksen for kvinner er 96,4 (menn = 100)."]),
                     report_year=2024, language="nb")
    assert index.facts["pay_ratio_women_to_men_total"] == pytest.approx(96.4)
    assert "derived" not in index.evidence["pay_ratio_women_to_men_total"]


# ---------------------------------------------------------------- fifth batch: callouts, run-in labels, plain-line tables
BATCH5_PROSE = [
    ("en callout", "en", ["All employees: 37 % women | 63 % men"], {"women_share_total": 37}),
    ("nn callout kvinnar", "nn", ["Alle tilsette: 58 % kvinnar 42 % menn"], {"women_share_total": 58}),
    ("nb run-in share total", "nb", ["Kvinneandel totalt: 47 %"], {"women_share_total": 47}),
    ("nb run-in share management", "nb", ["Andel kvinner i ledergruppen: 40 %"], {"women_share_top_management": 40}),
    ("nb run-in pay ratio per cent", "nb", ["Kvinners lønn i prosent av menns: 96,2"], {"pay_ratio_women_to_men_total": 96.2}),
    ("en run-in women's share", "en", ["Share of women, all employees: 44%"], {"women_share_total": 44}),
    ("nn run-in ratio", "nn", ["Kvinner si løn i prosent av menn si løn: 97,4 prosent"], {"pay_ratio_women_to_men_total": 97.4}),
]


@pytest.mark.parametrize("name, lang, text, expected", BATCH5_PROSE, ids=[c[0] for c in BATCH5_PROSE])
def test_batch5_prose(name: str, lang: str, text: list[str], expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Nøkkeltal", text=text), report_year=2024, language=lang)
    for key, value in expected.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


@pytest.mark.parametrize("lang, lines, expected", [
    ("en", ["Women Men Total", "Employees 140 160 300", "Part-time 22 4 26"],
     {"employees_women": 140, "employees_total": 300, "part_time_women": 22, "part_time_employees": 26}),
    ("nn", ["Kvinner Menn I alt", "Tilsette 61 40 101", "Mellombels 5 2 7"],
     {"employees_women": 61, "employees_total": 101, "temporary_women": 5, "temporary_employees": 7}),
])
def test_batch5_plain_line_tables(lang: str, lines: list[str], expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=lines), report_year=2024, language=lang)
    for key, value in expected.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


@pytest.mark.parametrize("lang, text, key", [
    ("nb", ["Mål for kvinneandel: 40 %"], "women_share_total"),
    ("nb", ["Kvinneandel 2023: 44 %"], "women_share_total"),
    ("en", ["Target share of women by 2027: 45%"], "women_share_total"),
    ("nb", ["Endring i kvinners lønn i prosent av menns: 1,2"], "pay_ratio_women_to_men_total"),
])
def test_batch5_key_figures_that_are_not_facts(lang: str, text: list[str], key: str) -> None:
    result = facts_of("equality_report", Doc().add("Nøkkeltal", text=text), report_year=2024, language=lang)
    assert result.facts.get(key) is None, result.facts.get(key)


# ---------------------------------------------------------------- sixth batch: attributes are no levels, gaps in kroner
BATCH6_TABLES = [
    ("average age and seniority rows are no levels",
     T([("", "Kvinner", "Menn"), ("Antall ansatte", "100", "120"), ("Gjennomsnittsalder", "44", "46"),
        ("Ansiennitet (år)", "9,5", "12,1"), ("Gjennomsnittlig stillingsprosent", "88", "97")]),
     {"employees_women": 100, "employees_total": 220}, []),
    ("en average age row",
     T([("", "Women", "Men"), ("Headcount", "64", "80"), ("Average age", "41.2", "45.0"), ("Average FTE (%)", "91", "99")]),
     {"employees_women": 64}, []),
    ("pay gap in kroner is no per-cent gap",
     T([("Nivå", "Lønnsforskjell (kr)", "Kvinners lønn i % av menns"), ("Ledere", "3 500", "95,1"),
        ("Totalt", "2 100", "96,4")]),
     {"pay_ratio_women_to_men_total": 96.4}, ["Ledere"]),
    ("two header rows, a K/M column under average pay",
     T([("", "Gjennomsnittslønn", "", ""), ("Nivå", "Kvinner", "Menn", "K/M"), ("Ledere", "71 000", "74 000", "0,96"),
        ("Totalt", "52 000", "55 500", "0,94")]),
     {"pay_ratio_women_to_men_total": 94.0}, ["Ledere"]),
]

BATCH6_PROSE = [
    ("nb level pay ratio in words", "nb", ["For ledere utgjør kvinners lønn 97,5 prosent av menns lønn."],
     {"pay_ratio_women_to_men_total": None}, {"Ledere": 97.5}),
    ("nn level pay fraction", "nn", ["Blant sjukepleiarane utgjer løna til kvinnene 0,99 av løna til mennene."],
     {"pay_ratio_women_to_men_total": None}, {"Sjukepleiarane": 99.0}),
    ("en level pay ratio", "en", ["Among engineers, women's pay was 98.2 per cent of men's."],
     {"pay_ratio_women_to_men_total": None}, {"Engineers": 98.2}),
]


@pytest.mark.parametrize("name, table, facts, levels", BATCH6_TABLES, ids=[c[0] for c in BATCH6_TABLES])
def test_batch6_tables(name: str, table, facts: dict, levels: list) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[table]), report_year=2024)
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))
    assert [lv["level"] for lv in result.facts["levels"]] == levels
    for lv in result.facts["levels"]:
        r = lv["pay_ratio_women_to_men"]
        assert r is None or 50 < r < 150, lv


@pytest.mark.parametrize("name, lang, text, facts, levels", BATCH6_PROSE, ids=[c[0] for c in BATCH6_PROSE])
def test_batch6_level_pay_in_prose(name: str, lang: str, text: list[str], facts: dict, levels: dict) -> None:
    result = facts_of("equality_report", Doc().add("Lønn", text=text), report_year=2024, language=lang)
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))
    by_name = _levels(result)
    for level, ratio in levels.items():
        assert level in by_name, (level, list(by_name))
        assert _approx(by_name[level]["pay_ratio_women_to_men"], ratio), by_name[level]


def test_level_pay_ratio_patterns_follow_their_examples() -> None:
    from extractor import rules
    from extractor.facts.equality_levels import _level_ratio_patterns, level_of
    from extractor.facts.equality_derive import ratio_percent
    from extractor.facts.common import to_number
    data = rules.load("equality").data["level_pay_ratio"]
    for text, level, ratio in data["examples"]:
        found = [(m.group("level").strip(), ratio_percent(to_number(m.group("n").replace(".", ","))))
                 for p in _level_ratio_patterns() for m in p.finditer(text)]
        assert (level, pytest.approx(ratio)) in found, (text, found)
    for text in data["counter"]:
        found = [m.group("level") for p in _level_ratio_patterns() for m in p.finditer(text)]
        assert all(level_of(x) == "total" for x in found), (text, found)


@pytest.mark.parametrize("label, attribute", [
    ("Gjennomsnittsalder", "average_age"), ("Snittalder", "average_age"), ("Average age", "average_age"),
    ("Ansiennitet (år)", "average_seniority"), ("Gjennomsnittleg stillingsprosent", "average_position_pct"),
    ("Average FTE (%)", "average_position_pct"), ("FTE", None), ("Årsverk", None), ("Ledere", None),
    ("Alder", None),
])
def test_staff_attributes_by_label(label: str, attribute) -> None:
    from extractor.facts.table_reader import vocab
    v = vocab()
    assert next((n for n, p in v.attributes.items() if p.search(label)), None) == attribute


# ---------------------------------------------------------------- seventh batch: unit-only headers beside a gender
BATCH7_TABLES = [
    ("Kvinner | % | Menn | % in one header row",
     T([("Nivå", "Kvinner", "%", "Menn", "%"), ("Ledere", "12", "40", "18", "60"), ("Totalt", "200", "45", "244", "55")]),
     {"employees_women": 200, "employees_men": 244, "women_share_total": 45, "women_share_managers": 40}),
    ("Women | Share | Men | Share",
     T([("Level", "Women", "Share", "Men", "Share"), ("Executive management", "3", "37.5", "5", "62.5"),
        ("All employees", "410", "41.0", "590", "59.0")]),
     {"employees_women": 410, "women_share_total": 41.0, "women_share_top_management": 37.5}),
    ("K | M | Tot. with an abbreviated total",
     T([("", "K", "M", "Tot."), ("Ansatte", "55", "70", "125"), ("Deltid", "12", "3", "15")]),
     {"employees_total": 125, "part_time_employees": 15, "part_time_women": 12}),
    ("nn Kvinner | Del (%) | Menn | Del (%)",
     T([("Stillingsgruppe", "Kvinner", "Del (%)", "Menn", "Del (%)"), ("Leiarar", "7", "41,2", "10", "58,8"),
        ("I alt", "150", "60,0", "100", "40,0")]),
     {"employees_women": 150, "employees_total": 250, "women_share_total": 60.0, "women_share_managers": 41.2}),
]


@pytest.mark.parametrize("name, table, facts", BATCH7_TABLES, ids=[c[0] for c in BATCH7_TABLES])
def test_batch7_tables(name: str, table, facts: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[table]), report_year=2024)
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))
    assert not any(lv["level"] in ("%", "Share", "Del (%)") for lv in result.facts["levels"])


# ---------------------------------------------------------------- eighth batch: the whole-organisation ratio, other verbs
BATCH8_PROSE = [
    ("nb andel av menns lønn", "nb", "Kvinners andel av menns lønn er 94,3 prosent.", 94.3),
    ("nb har i snitt", "nb", "Kvinner har i snitt 94,3 prosent av menns lønn.", 94.3),
    ("nb kroner for hver krone", "nb", "Kvinnene tjente i gjennomsnitt 0,94 kroner for hver krone mennene tjente.", 94.0),
    ("nn ligg på", "nn", "Løna til kvinner ligg på 96 prosent av løna til menn.", 96.0),
    ("en are paid of what", "en", "Women are paid 95 per cent of what men are paid.", 95.0),
    ("nb likelønnsindikator with a parenthesis", "nb",
     "Likelønnsindikatoren (kvinners lønn i prosent av menns) var 97,1.", 97.1),
    ("nb kvinnelige ansatte tjener", "nb", "Kvinnelige ansatte tjener 96,8 prosent av det mannlige ansatte tjener.", 96.8),
    ("nb er i snitt", "nb", "Kvinners lønn er i snitt 95 prosent av menns lønn.", 95.0),
    ("nn kvinnene si løn, fraction", "nn", "Kvinnene si løn var 0,96 av mennene si løn.", 96.0),
    ("en NOK 0.94 for every NOK 1", "en", "On average, women earn NOK 0.94 for every NOK 1 earned by men.", 94.0),
    ("nb gap in prosentpoeng", "nb", "Lønnsgapet er på 3,1 prosentpoeng.", 96.9),
]


@pytest.mark.parametrize("name, lang, text, ratio", BATCH8_PROSE, ids=[c[0] for c in BATCH8_PROSE])
def test_batch8_pay_ratio(name: str, lang: str, text: str, ratio: float) -> None:
    result = facts_of("equality_report", Doc().add("Lønn", text=[text]), report_year=2024, language=lang)
    assert _approx(result.facts.get("pay_ratio_women_to_men_total"), ratio), result.facts.get("pay_ratio_women_to_men_total")



# ---------------------------------------------------------------- ninth batch: the fixed facts in prose, more authors
BATCH9_PROSE = [
("nb","Per 31.12.2024 var det 312 ansatte i konsernet, 118 kvinner og 194 menn.",{"employees_total":312,"employees_women":118,"employees_men":194}),
("nn","Talet på tilsette var 87 ved utgangen av 2024.",{"employees_total":87}),
("en","The group had 1,045 employees at the end of 2024 (463 women and 582 men).",{"employees_total":1045,"employees_women":463,"employees_men":582}),
("nb","Kvinneandelen i selskapet var ved utgangen av året 38 prosent.",{"women_share_total":38}),
("nn","Kvinnene utgjer 71 prosent av dei tilsette.",{"women_share_total":71}),
("en","Women accounted for 31 per cent of our total workforce.",{"women_share_total":31}),
("nb","I toppledelsen er det to kvinner og fire menn.",{"women_share_top_management":33.3}),
("nn","Av dei 12 leiarane med personalansvar er fem kvinner.",{"women_share_managers":41.7}),
("en","Of our 40 people managers, 17 are women.",{"women_share_managers":42.5}),
("nb","Totalt 46 ansatte jobbet deltid, hvorav 39 kvinner.",{"part_time_employees":46,"part_time_women":39}),
("nn","29 kvinner og 4 menn hadde deltidsstilling ved årsskiftet.",{"part_time_women":29,"part_time_men":4}),
("en","A total of 52 employees worked part-time, of whom 44 were women.",{"part_time_employees":52,"part_time_women":44}),
("nb","Ni ansatte var midlertidig ansatt ved utgangen av året, seks kvinner og tre menn.",{"temporary_employees":9}),
("en","There were 17 temporary employees: 10 women and 7 men.",{"temporary_employees":17,"temporary_women":10,"temporary_men":7}),
("nn","Det var ingen mellombels tilsette i 2024.",{"temporary_employees":0}),
("nb","Menn tok i snitt ut 14,5 uker foreldrepermisjon, kvinner 22 uker.",{"parental_leave_weeks_men":14.5,"parental_leave_weeks_women":22}),
("en","Female employees took an average of 20 weeks of parental leave and male employees 12 weeks.",{"parental_leave_weeks_women":20,"parental_leave_weeks_men":12}),
("nn","Sjukefråveret var 6,9 prosent blant kvinner og 3,8 prosent blant menn.",{"sick_leave_women":6.9,"sick_leave_men":3.8}),
("en","Sick leave among women was 5.2% and among men 2.9%.",{"sick_leave_women":5.2,"sick_leave_men":2.9}),
("nb","Kvinners sykefravær var 6,1 prosent, mens menns sykefravær var 3,4 prosent.",{"sick_leave_women":6.1,"sick_leave_men":3.4}),
("nb","Av 240 søkere var 96 kvinner.",{"applicants_women_share":40}),
("en","Women made up 36% of applicants and 41% of new hires.",{"applicants_women_share":36,"hires_women_share":41}),
("nn","Vi tilsette 14 nye medarbeidarar, av dei 6 kvinner.",{"hires_women_share":42.9}),
("nb","Selskapet har 58 ansatte; 21 av dem er kvinner.",{"employees_total":58,"employees_women":21}),
("en","Our headcount was 610, with women making up 47 per cent.",{"employees_total":610,"women_share_total":47}),
("nb","Andelen kvinner i ledende stillinger var 35 prosent.",{"women_share_managers":35}),
("en","37% of our leaders are women.",{"women_share_managers":37}),
("nb","Kvinner utgjør 44 prosent av ledergruppen.",{"women_share_top_management":44}),
("en","The executive management team had a women's share of 40 per cent.",{"women_share_top_management":40}),
("nb","Ingen ansatte jobber ufrivillig deltid, og vi har ingen midlertidige stillinger.",{"temporary_employees":0}),
]


@pytest.mark.parametrize("lang, text, expected", BATCH9_PROSE, ids=[c[1][:50] for c in BATCH9_PROSE])
def test_batch9_prose(lang: str, text: str, expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=[text]), report_year=2024, language=lang)
    for key, value in expected.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


def test_average_head_count_or_fte_is_no_total() -> None:
    text = ["Gjennomsnittleg tal på tilsette var 64 i 2024.", "Antall årsverk var 52,4."]
    result = facts_of("equality_report", Doc().add("Tilsette", text=text), report_year=2024, language="nn")
    assert result.facts["employees_total"] is None
