"""A third self-made blind set for the equality report's fixed facts (fictional figures, own wording):
totals by gender with the number after the noun, part-time / temporary staff broken down by gender in
a clause ("av de deltidsansatte er 296 kvinner"), parental leave and hires shares in prose, whole-
organisation pay ratios stated in a sentence or in a total row with an unusual label, and totals in a
column with a rare label. Cases that hold values never printed must stay empty."""
from __future__ import annotations

import pytest

from test_facts import Doc, facts_of, make_table

T = make_table

PROSE = [
    # --- totals by gender, other word orders
    ("nb women first, total after", "nb", ["Av totalt 640 ansatte var 402 kvinner og 238 menn."],
     {"employees_total": 640, "employees_women": 402, "employees_men": 238}),
    ("nb men first", "nb", ["Ved årsskiftet var 77 menn og 93 kvinner ansatt i selskapet."],
     {"employees_women": 93, "employees_men": 77}),
    ("nn of whom", "nn", ["Verksemda hadde 212 tilsette ved utgangen av 2024, av desse 130 kvinner og 82 menn."],
     {"employees_total": 212, "employees_women": 130, "employees_men": 82}),
    ("en workforce of", "en", ["Our workforce of 1,240 people comprised 530 women and 710 men."],
     {"employees_total": 1240, "employees_women": 530, "employees_men": 710}),
    ("en employed", "en", ["At the end of 2024 the company employed 318 people, of whom 141 were women."],
     {"employees_total": 318, "employees_women": 141}),
    ("nb fordelt på", "nb", ["Selskapet har 96 ansatte fordelt på 41 kvinner og 55 menn."],
     {"employees_total": 96, "employees_women": 41, "employees_men": 55}),
    # --- part-time / temporary by gender in a clause
    ("nb of the part-timers", "nb", ["Av de deltidsansatte er 296 kvinner og 35 menn."],
     {"part_time_women": 296, "part_time_men": 35}),
    ("en of our temporary staff", "en", ["Of our 58 temporary staff, 47 are women and 11 are men."],
     {"temporary_employees": 58, "temporary_women": 47, "temporary_men": 11}),
    ("nn mellombels of whom", "nn", ["Av dei mellombels tilsette var 19 kvinner og 6 menn."],
     {"temporary_women": 19, "temporary_men": 6}),
    ("en part-time women men", "en", ["Part-time work: 64 women and 9 men worked part-time in 2024."],
     {"part_time_women": 64, "part_time_men": 9}),
    ("nb temporary count then split", "nb", ["Vi hadde 23 midlertidig ansatte, hvorav 15 kvinner og 8 menn."],
     {"temporary_employees": 23, "temporary_women": 15, "temporary_men": 8}),
    # --- parental leave in prose
    ("nb women took on average", "nb", ["Kvinnene tok i snitt ut 21 uker foreldrepermisjon, mens mennene tok ut 12 uker."],
     {"parental_leave_weeks_women": 21, "parental_leave_weeks_men": 12}),
    ("en average weeks", "en", ["Men took an average of 9.5 weeks of parental leave, women 19 weeks."],
     {"parental_leave_weeks_women": 19, "parental_leave_weeks_men": 9.5}),
    ("nn fødselspermisjon", "nn", ["Foreldrepermisjonen var i gjennomsnitt 20 veker for kvinner og 13 veker for menn."],
     {"parental_leave_weeks_women": 20, "parental_leave_weeks_men": 13}),
    # --- hires / applicants share
    ("nb of new hires", "nb", ["31 % av de nyansatte var kvinner."], {"hires_women_share": 31}),
    ("nb andel kvinner blant nyansatte", "nb", ["Andelen kvinner blant nyansatte var 44 prosent i 2024."],
     {"hires_women_share": 44}),
    ("en of new hires", "en", ["Women accounted for 38 per cent of new hires."], {"hires_women_share": 38}),
    ("nn nytilsette", "nn", ["Av dei nytilsette var 52 prosent kvinner."], {"hires_women_share": 52}),
    ("nb applicants share", "nb", ["Kvinner utgjorde 27 % av søkerne til ledige stillinger."],
     {"applicants_women_share": 27}),
    ("en applicants", "en", ["Women made up 35 percent of applicants."], {"applicants_women_share": 35}),
    # --- whole-organisation pay ratio in a sentence
    ("nb pay overall sentence", "nb", ["Samlet for hele virksomheten tjener kvinner 93,4 prosent av det menn tjener."],
     {"pay_ratio_women_to_men_total": 93.4}),
    ("en overall pay", "en", ["Across the organisation, women's average pay is 95.1% of men's."],
     {"pay_ratio_women_to_men_total": 95.1}),
    ("nn løn totalt", "nn", ["Totalt sett utgjer kvinner si løn 97,2 prosent av løna til menn."],
     {"pay_ratio_women_to_men_total": 97.2}),
    # --- top management / managers shares
    ("nb top management share", "nb", ["I toppledelsen er kvinneandelen 43 prosent."],
     {"women_share_top_management": 43}),
    ("en managers share", "en", ["Women held 41 percent of all management positions."], {"women_share_managers": 41}),
    ("nb sick leave overall words", "nb", ["Sykefraværet var 7,1 prosent for kvinner og 4,0 prosent for menn."],
     {"sick_leave_women": 7.1, "sick_leave_men": 4.0}),
    # --- negatives
    ("nb survey is no hires share", "nb", ["31 % av de ansatte svarte at de var fornøyde."], {"hires_women_share": None}),
    ("nb target is not a printed share", "nb", ["Målet er at 40 % av de nyansatte skal være kvinner innen 2027."],
     {"hires_women_share": None}),
]

PROSE += [
    # --- second batch: more authors
    ("nb totalt antall then split with colon", "nb", ["Antall ansatte per 31.12.2024: 455 (kvinner: 201, menn: 254)."],
     {"employees_total": 455, "employees_women": 201, "employees_men": 254}),
    ("nn deltid women share", "nn", ["Av dei 120 deltidstilsette var 97 kvinner og 23 menn."],
     {"part_time_employees": 120, "part_time_women": 97, "part_time_men": 23}),
    ("en temporary contracts split", "en", ["There were 31 employees on temporary contracts (20 women, 11 men)."],
     {"temporary_employees": 31, "temporary_women": 20, "temporary_men": 11}),
    ("nb leave gjennomsnittlig uttak", "nb", ["Gjennomsnittlig uttak av foreldrepermisjon var 22 uker for kvinner og 14 uker for menn."],
     {"parental_leave_weeks_women": 22, "parental_leave_weeks_men": 14}),
    ("en hires share the share of", "en", ["The share of women among new hires was 47 per cent."], {"hires_women_share": 47}),
    ("nn søkjarar share", "nn", ["Delen kvinner blant søkjarane var 36 prosent."], {"applicants_women_share": 36}),
    ("nb pay ratio whole organisation gap", "nb", ["For virksomheten samlet er lønnsgapet 5,5 prosent i menns favør."],
     {"pay_ratio_women_to_men_total": 94.5}),
    ("en women's share of employees", "en", ["Women represent 52 percent of our employees."], {"women_share_total": 52}),
    ("nb top management share words", "nb", ["Kvinneandelen i konsernledelsen er 40 prosent."], {"women_share_top_management": 40}),
    ("nn leiarar andel", "nn", ["Blant leiarane med personalansvar er 48 prosent kvinner."], {"women_share_managers": 48}),
    ("nb sick leave women only", "nb", ["Sykefraværet blant kvinnene var på 8,2 prosent."], {"sick_leave_women": 8.2}),
    ("en total headcount year end", "en", ["Headcount at year end was 2,045, of whom 1,020 were women and 1,025 men."],
     {"employees_total": 2045, "employees_women": 1020}),
]

TABLES = [
    ("nb total row Alle with pay ratio",
     T([("Stillingsnivå", "Kvinner", "Menn", "Kvinners lønn i % av menns"), ("Ledere", "8", "12", "95,0"),
        ("Rådgivere", "40", "30", "98,0"), ("Alle", "48", "42", "96,3")]),
     {"pay_ratio_women_to_men_total": 96.3, "employees_women": 48, "employees_men": 42, "employees_total": 90}),
    ("nb total row Samlet",
     T([("Nivå", "Kvinner", "Menn", "Lønnsforhold (%)"), ("Ledelse", "3", "4", "91,0"),
        ("Fagstillinger", "60", "50", "97,5"), ("Samlet", "63", "54", "95,8")]),
     {"pay_ratio_women_to_men_total": 95.8, "employees_women": 63, "employees_men": 54}),
    ("en total row Organisation total",
     T([("Band", "Women", "Men"), ("Band A", "10", "20"), ("Band B", "30", "25"), ("Organisation total", "40", "45")]),
     {"employees_women": 40, "employees_men": 45, "employees_total": 85}),
    ("nn total row Sum verksemda",
     T([("Stillingsgruppe", "Kvinner", "Menn"), ("Leiarar", "6", "9"), ("Andre", "100", "70"),
        ("Sum verksemda", "106", "79")]),
     {"employees_women": 106, "employees_men": 79, "employees_total": 185}),
    ("nb total column Sum",
     T([("", "Kvinner", "Menn", "Sum"), ("Fast ansatte", "210", "190", "400"), ("Midlertidig ansatte", "12", "6", "18")]),
     {"temporary_women": 12, "temporary_men": 6}),
    ("en genders as columns with total column",
     T([("", "Women", "Men", "All"), ("Employees", "150", "130", "280"), ("Part-time", "40", "5", "45"),
        ("Temporary", "9", "7", "16")]),
     {"employees_women": 150, "employees_men": 130, "employees_total": 280, "part_time_women": 40,
      "part_time_men": 5, "temporary_women": 9, "temporary_men": 7}),
]


@pytest.mark.parametrize("name, lang, text, expected", PROSE, ids=[c[0] for c in PROSE])
def test_prose_blind3(name: str, lang: str, text: list[str], expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=text), report_year=2024, language=lang)
    for key, value in expected.items():
        got = result.facts.get(key)
        assert (got is None) if value is None else got == pytest.approx(value, abs=0.05), (key, got)


@pytest.mark.parametrize("name, table, expected", TABLES, ids=[c[0] for c in TABLES])
def test_tables_blind3(name: str, table, expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[table]), report_year=2024)
    for key, value in expected.items():
        got = result.facts.get(key)
        assert (got is None) if value is None else got == pytest.approx(value, abs=0.05), (key, got)


@pytest.mark.parametrize("lang, text, value", [
    ("en", "was 2,045, of whom", 2045), ("nb", "hadde 2 318, hvorav", 2318), ("nb", "var 2.318.", 2318),
    ("nb", "2 318,5 timer", 2318.5), ("en", "1,2345", 1),
])
def test_grouped_numeral_before_punctuation(lang: str, text: str, value: float) -> None:
    import re

    from extractor import lexicon
    m = re.search(lexicon.numeral_pattern((lang,)), text)
    assert lexicon.parse_number(m.group(0), lang) == value
