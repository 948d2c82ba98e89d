"""Equality tables and sentences in shapes and words written for this test, not taken from any corpus
document (fictional figures): genders as rows with measures as columns, years side by side with % in the
cells, pay only as amounts per job group, gaps printed beside their complement, ratios without a % sign,
levels as columns, service areas of a municipality, English "per cent", and what is not a printed fact."""
from __future__ import annotations

import pytest

from test_facts import Doc, facts_of, make_table

T = make_table
TABLE_CASES = [
    # --- genders as rows, measures as columns
    ("nb genders as rows, measures as columns",
     T([("", "Antall", "Deltid", "Midlertidig", "Foreldrepermisjon (uker)"),
        ("Kvinner", "212", "38", "9", "17,5"), ("Menn", "188", "6", "4", "10"), ("Totalt", "400", "44", "13", "")]),
     2024, {"employees_women": 212, "employees_men": 188, "employees_total": 400, "part_time_women": 38,
            "part_time_men": 6, "temporary_women": 9, "temporary_men": 4, "parental_leave_weeks_women": 17.5,
            "parental_leave_weeks_men": 10}, {}),
    ("nn genders as rows, measures as columns",
     T([("Kjønn", "Tilsette", "Deltidstilsette", "Mellombels tilsette", "Permisjon, veker"),
        ("Kvinner", "1 310", "402", "77", "16"), ("Menn", "655", "51", "30", "9,5")]),
     2024, {"employees_women": 1310, "employees_men": 655, "part_time_women": 402, "part_time_men": 51,
            "temporary_women": 77, "temporary_men": 30, "parental_leave_weeks_women": 16,
            "parental_leave_weeks_men": 9.5}, {}),
    ("en genders as rows, measures as columns",
     T([("Gender", "Headcount", "Part-time", "Temporary", "Parental leave (weeks)"),
        ("Women", "2,318", "140", "61", "18.2"), ("Men", "1,904", "35", "48", "11.0"), ("Total", "4,222", "175", "109", "")]),
     2024, {"employees_women": 2318, "employees_men": 1904, "employees_total": 4222, "part_time_women": 140,
            "part_time_men": 35, "temporary_women": 61, "temporary_men": 48, "parental_leave_weeks_women": 18.2,
            "parental_leave_weeks_men": 11.0}, {}),
    ("nb genders as rows, sick leave and part-time shares in %",
     T([("", "Ansatte", "Deltid (%)", "Sykefravær (%)"),
        ("Kvinner", "90", "21", "6,8"), ("Menn", "60", "4", "3,9")]),
     2024, {"employees_women": 90, "employees_men": 60, "sick_leave_women": 6.8, "sick_leave_men": 3.9,
            "part_time_women": None}, {}),
    # --- years side by side with % inside the cells
    ("three years, genders as rows, % in cells",
     T([("Kjønnsbalanse", "2022", "2023", "2024"), ("Kvinner", "41 %", "43 %", "44 %"), ("Menn", "59 %", "57 %", "56 %")]),
     2024, {"women_share_total": 44}, {}),
    ("three years, levels as rows, % in cells",
     T([("Andel kvinner", "2022", "2023", "2024"), ("Toppledelse", "33 %", "40 %", "50 %"),
        ("Alle ansatte", "45 %", "46 %", "47 %")]),
     2024, {"women_share_top_management": 50, "women_share_total": 47}, {}),
    ("three years, report year in the middle",
     T([("Kvinneandel", "2023", "2024", "2025"), ("Ledere", "38,0 %", "39,5 %", "41,0 %"),
        ("Totalt", "52,0 %", "52,5 %", "53,0 %")]),
     2024, {"women_share_managers": 39.5, "women_share_total": 52.5}, {}),
    ("three years, sick leave by gender, en",
     T([("Sickness absence", "2022", "2023", "2024"), ("Women", "6.1 %", "5.8 %", "5.5 %"), ("Men", "3.2 %", "3.0 %", "2.9 %")]),
     2024, {"sick_leave_women": 5.5, "sick_leave_men": 2.9}, {}),
    # --- pay only as amounts per job group
    ("monthly pay per job group, total row",
     T([("Stillingsgruppe", "Månedslønn kvinner", "Månedslønn menn"), ("Rådgivere", "52 000", "54 000"),
        ("Saksbehandlere", "45 000", "45 000"), ("Alle ansatte", "48 000", "50 000")]),
     2024, {"pay_ratio_women_to_men_total": 96.0},
     {"Rådgivere": {"pay_ratio_women_to_men": 96.3}, "Saksbehandlere": {"pay_ratio_women_to_men": 100.0}}),
    ("annual pay in kroner, spanning header",
     T([("", "Gjennomsnittlig årslønn (kr)", ""), ("Stillingsnivå", "Kvinner", "Menn"),
        ("Ledere", "912 000", "950 000"), ("Fagstillinger", "640 500", "655 000")]),
     2024, {"pay_ratio_women_to_men_total": None},
     {"Ledere": {"pay_ratio_women_to_men": 96.0}, "Fagstillinger": {"pay_ratio_women_to_men": 97.8}}),
    ("en annual salary by job group with a total",
     T([("Job group", "Average salary women (NOK)", "Average salary men (NOK)"),
        ("Engineers", "810,000", "840,000"), ("Operators", "590,000", "600,000"), ("Total", "650,000", "700,000")]),
     2024, {"pay_ratio_women_to_men_total": 92.9},
     {"Engineers": {"pay_ratio_women_to_men": 96.4}, "Operators": {"pay_ratio_women_to_men": 98.3}}),
    # --- pay gap beside its complement; ratio without % under a header
    ("gap and ratio side by side",
     T([("Nivå", "Lønnsgap (%)", "Kvinners lønn i % av menns"), ("Ledere", "4,0", "96,0"), ("Totalt", "7,5", "92,5")]),
     2024, {"pay_ratio_women_to_men_total": 92.5}, {"Ledere": {"pay_ratio_women_to_men": 96.0}}),
    ("ratio without % sign under a header",
     T([("Stillingskategori", "Kvinner", "Menn", "Lønnsforhold kvinner/menn (%)"),
        ("Konsulenter", "22", "18", "97,1"), ("I alt", "80", "70", "94,8")]),
     2024, {"pay_ratio_women_to_men_total": 94.8, "employees_total": 150},
     {"Konsulenter": {"pay_ratio_women_to_men": 97.1, "women": 22}}),
    ("en pay ratio header in words",
     T([("Level", "Women", "Men", "Women's pay as a percentage of men's"), ("Managers", "12", "20", "95.2"),
        ("All employees", "300", "280", "93.7")]),
     2024, {"pay_ratio_women_to_men_total": 93.7, "employees_women": 300},
     {"Managers": {"pay_ratio_women_to_men": 95.2}}),
    # --- levels as columns
    ("levels as columns, genders as rows",
     T([("", "Toppledelse", "Mellomledere", "Øvrige ansatte", "Totalt"), ("Kvinner", "3", "12", "140", "155"),
        ("Menn", "5", "10", "90", "105")]),
     2024, {"employees_women": 155, "employees_men": 105, "employees_total": 260, "women_share_top_management": 37.5},
     {"Mellomledere": {"women": 12, "men": 10}}),
    ("levels as columns, a share row and a pay row named in words",
     T([("", "Drift", "Prosjekt", "Stab"), ("Women", "4", "12", "9"), ("Men", "16", "18", "3"),
        ("Women's share", "20.0", "40.0", "75.0"), ("Women's salary compared with men's", "93.5", "98.1", "101.4")]),
     2024, {}, {"Drift": {"women_share": 20.0, "pay_ratio_women_to_men": 93.5},
                "Stab": {"pay_ratio_women_to_men": 101.4}}),
    ("nb levels as columns, pay named 'i forhold til menns'",
     T([("", "Ledere", "Rådgivere"), ("Kvinner", "5", "30"), ("Menn", "7", "22"),
        ("Kvinners lønn i forhold til menns", "96,0", "99,2")]),
     2024, {}, {"Rådgivere": {"pay_ratio_women_to_men": 99.2}}),
    # --- service areas in a municipal annual report
    ("service areas of a municipality",
     T([("Tjenesteområde", "Kvinner", "Menn", "Andel kvinner"), ("Helse og omsorg", "420", "60", "87,5 %"),
        ("Oppvekst", "310", "70", "81,6 %"), ("Teknisk drift", "30", "110", "21,4 %"),
        ("Sum kommunen", "760", "240", "76,0 %")]),
     2024, {"employees_women": 760, "employees_men": 240, "employees_total": 1000, "women_share_total": 76.0},
     {"Helse og omsorg": {"women": 420, "women_share": 87.5}, "Teknisk drift": {"women_share": 21.4}}),
    ("nn service areas, whole municipality named",
     T([("Tenesteområde", "Kvinner", "Menn"), ("Helse og omsorg", "200", "30"), ("Oppvekst og kultur", "150", "40"),
        ("Heile kommunen", "350", "70")]),
     2024, {"employees_women": 350, "employees_men": 70, "employees_total": 420},
     {"Oppvekst og kultur": {"women": 150}}),
    # --- English per cent
    ("en per cent in the header",
     T([("Level", "Women (per cent)", "Men (per cent)"), ("Executive management", "40", "60"),
        ("All employees", "48", "52")]),
     2024, {"women_share_top_management": 40, "women_share_total": 48}, {}),
    ("en percent in the header",
     T([("", "Women, percent", "Men, percent"), ("Managers", "35", "65"), ("Total", "44", "56")]),
     2024, {"women_share_managers": 35, "women_share_total": 44}, {}),
]


TABLE_CASES += [
    ("counts and average pay per group with a weighted total row",
     T([("Stillingsgruppe", "Antall kvinner", "Antall menn", "Snittlønn kvinner", "Snittlønn menn"),
        ("Lektorer", "40", "30", "61 200", "62 000"), ("Assistenter", "25", "5", "38 400", "40 000"),
        ("Vektet snitt", "", "", "52 431", "58 571")]),
     2024, {"pay_ratio_women_to_men_total": 89.5},
     {"Lektorer": {"women": 40, "men": 30, "pay_ratio_women_to_men": 98.7},
      "Assistenter": {"pay_ratio_women_to_men": 96.0}}),
    ("en weighted average row",
     T([("Job category", "Women (NOK)", "Men (NOK)"), ("Specialists", "720,000", "735,000"),
        ("Weighted average", "655,000", "690,000")]),
     2024, {"pay_ratio_women_to_men_total": 94.9}, {"Specialists": {"pay_ratio_women_to_men": 98.0}}),
    ("ratio header K/M",
     T([("Nivå", "Lønn K/M (%)"), ("Ledere", "97,4"), ("Rådgivere", "99,0"), ("Totalt", "95,1")]),
     2024, {"pay_ratio_women_to_men_total": 95.1}, {"Rådgivere": {"pay_ratio_women_to_men": 99.0}}),
    ("nn ratio as share of men's pay",
     T([("Stillingsgruppe", "Kvinner si løn som del av menn si løn"), ("Sjukepleiarar", "98,2"), ("Samla", "91,0")]),
     2024, {"pay_ratio_women_to_men_total": 91.0}, {"Sjukepleiarar": {"pay_ratio_women_to_men": 98.2}}),
    ("years and genders spanning, part-time shares",
     T([("", "2023", "", "2024", ""), ("", "Kvinner", "Menn", "Kvinner", "Menn"),
        ("Deltid", "30 %", "5 %", "28 %", "6 %"), ("Midlertidig", "9 %", "4 %", "8 %", "3 %")]),
     2024, {"part_time_women": None, "temporary_women": None}, {}),
    ("count with its share in one cell",
     T([("Nivå", "Kvinner", "Menn"), ("Ledergruppe", "2 (33 %)", "4 (67 %)"), ("Totalt", "212 (53 %)", "188 (47 %)")]),
     2024, {"employees_women": 212, "employees_men": 188, "women_share_total": 53, "women_share_top_management": 33},
     {}),
    ("pst. in the cells",
     T([("", "Kvinner", "Menn"), ("Leiarar", "45 pst.", "55 pst."), ("Alle tilsette", "61 pst.", "39 pst.")]),
     2024, {"women_share_managers": 45, "women_share_total": 61}, {}),
]


TABLE_CASES += [
    ("en female/male columns with a dash",
     T([("Category", "Female", "Male", "Total"), ("Board of directors", "3", "4", "7"),
        ("Temporary employees", "12", "9", "21"), ("Part-time employees", "30", "–", "30"),
        ("All employees", "410", "388", "798")]),
     2024, {"employees_women": 410, "employees_men": 388, "employees_total": 798, "temporary_women": 12,
            "temporary_employees": 21, "part_time_women": 30}, {}),
    ("count and % per gender as separate columns",
     T([("Nivå", "Kvinner antall", "Kvinner %", "Menn antall", "Menn %"), ("Ledere", "14", "41", "20", "59"),
        ("Totalt", "220", "55", "180", "45")]),
     2024, {"employees_women": 220, "employees_men": 180, "women_share_total": 55, "women_share_managers": 41},
     {"Ledere": {"women": 14, "men": 20, "women_share": 41}}),
    ("years as rows",
     T([("År", "Kvinner", "Menn", "Totalt"), ("2023", "140", "160", "300"), ("2024", "150", "155", "305")]),
     2024, {"employees_women": 150, "employees_men": 155, "employees_total": 305}, {}),
    ("parental leave row with average weeks in the label",
     T([("", "Kvinner", "Menn"), ("Foreldrepermisjon, gj.sn. uker", "19,2", "12,0"),
        ("Sykefravær i %", "7,1", "4,0")]),
     2024, {"parental_leave_weeks_women": 19.2, "parental_leave_weeks_men": 12.0, "sick_leave_women": 7.1,
            "sick_leave_men": 4.0}, {}),
    ("en average weeks of parental leave",
     T([("", "Women", "Men"), ("Average weeks of parental leave", "17", "12"), ("Sick leave (%)", "5.9", "3.1")]),
     2024, {"parental_leave_weeks_women": 17, "parental_leave_weeks_men": 12, "sick_leave_women": 5.9}, {}),
    ("pay gap in men's favour per level",
     T([("Stillingsnivå", "Lønnsgap i menns favør (%)"), ("Ledere", "2,5"), ("Alle ansatte", "7,0")]),
     2024, {"pay_ratio_women_to_men_total": 93.0}, {"Ledere": {"pay_ratio_women_to_men": 97.5}}),
    ("annual pay in thousands with genders as rows",
     T([("Årslønn (1000 kr)", "Ledere", "Rådgivere", "Totalt"), ("Kvinner", "1 020", "712", "760"),
        ("Menn", "1 060", "720", "800")]),
     2024, {"pay_ratio_women_to_men_total": 95.0},
     {"Ledere": {"pay_ratio_women_to_men": 96.2}, "Rådgivere": {"pay_ratio_women_to_men": 98.9}}),
    ("kr inside the cells",
     T([("Stillingsgruppe", "Kvinner", "Menn"), ("Lærere", "kr 54 200", "kr 55 000"),
        ("Totalt", "kr 50 100", "kr 53 300")]),
     2024, {"pay_ratio_women_to_men_total": 94.0}, {"Lærere": {"pay_ratio_women_to_men": 98.5}}),
]


TABLE_CASES += [
    ("a change column is not a count",
     T([("", "Kvinner", "Menn", "Endring kvinner fra 2023"), ("Totalt", "210", "190", "+12")]),
     2024, {"employees_women": 210, "employees_men": 190, "employees_total": 400}, {}),
    ("a target column is not the share",
     T([("Nivå", "Kvinneandel (%)", "Mål for kvinneandel (%)"), ("Ledere", "38", "45"), ("Totalt", "51", "50")]),
     2024, {"women_share_managers": 38, "women_share_total": 51}, {}),
    ("average position size is not a share",
     T([("", "Kvinner", "Menn"), ("Tilsette", "300", "120"), ("Gjennomsnittleg stillingsprosent", "82", "95")]),
     2024, {"employees_women": 300, "employees_men": 120, "women_share_total": 71.4}, {}),
    ("count with share in one cell, years side by side",
     T([("", "2023", "2024"), ("Kvinner", "140 (47 %)", "150 (49 %)"), ("Menn", "158 (53 %)", "156 (51 %)")]),
     2024, {"employees_women": 150, "employees_men": 156, "women_share_total": 49}, {}),
]


TABLE_CASES += [
    ("nn one row per measure, units in the labels",
     T([("", "Kvinner", "Menn", "Totalt"), ("Tal tilsette", "512", "230", "742"), ("Deltid (tal)", "188", "21", "209"),
        ("Mellombels (tal)", "40", "12", "52"), ("Foreldrepermisjon (veker i snitt)", "17,0", "10,5", ""),
        ("Sjukefråvær (%)", "8,9", "5,2", "7,8")]),
     2024, {"employees_women": 512, "employees_men": 230, "employees_total": 742, "part_time_women": 188,
            "part_time_employees": 209, "temporary_women": 40, "temporary_employees": 52,
            "parental_leave_weeks_women": 17.0, "parental_leave_weeks_men": 10.5, "sick_leave_women": 8.9,
            "sick_leave_men": 5.2}, {}),
    ("en one row per measure",
     T([("Indicator", "Women", "Men"), ("Number of employees", "1,480", "1,020"), ("Part-time (number)", "96", "14"),
        ("Temporary (number)", "33", "28"), ("Parental leave, average weeks", "16.8", "9.9"), ("Sick leave (%)", "4.7", "2.8")]),
     2024, {"employees_women": 1480, "employees_men": 1020, "part_time_women": 96, "part_time_men": 14,
            "temporary_women": 33, "temporary_men": 28, "parental_leave_weeks_women": 16.8,
            "parental_leave_weeks_men": 9.9, "sick_leave_women": 4.7, "sick_leave_men": 2.8}, {}),
]


TABLE_CASES += [
    ("levels as columns with a pay ratio row",
     T([("", "Ledere", "Rådgivere", "Konsulenter", "Totalt"), ("Kvinner", "4", "10", "36", "50"),
        ("Menn", "6", "9", "25", "40"), ("Kvinners lønn i prosent av menns", "97,0", "99,1", "98,4", "93,2")]),
     2024, {"pay_ratio_women_to_men_total": 93.2, "employees_total": 90, "women_share_managers": 40.0},
     {"Rådgivere": {"pay_ratio_women_to_men": 99.1, "women": 10}, "Konsulenter": {"men": 25}}),
    ("en levels as columns with a pay ratio row and a gap row",
     T([("", "Managers", "Engineers", "All employees"), ("Women's pay as % of men's", "96.1", "98.8", "92.4"),
        ("Pay gap (%)", "3.9", "1.2", "7.6")]),
     2024, {"pay_ratio_women_to_men_total": 92.4}, {"Engineers": {"pay_ratio_women_to_men": 98.8}}),
]


@pytest.mark.parametrize("name, table, year, facts, levels", TABLE_CASES, ids=[c[0] for c in TABLE_CASES])
def test_table_shapes(name: str, table, year: int, facts: dict, levels: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[table]), report_year=year)
    for key, value in facts.items():
        got = result.facts.get(key)
        assert (got is None) if value is None else got == pytest.approx(value, abs=0.05), (key, got)
    by_name = {lv["level"]: lv for lv in result.facts["levels"]}
    assert not any(n.strip(" '’s").lower() in ("share", "andel") for n in by_name), list(by_name)
    for level, fields in levels.items():
        assert level in by_name, (level, list(by_name))
        for field, value in fields.items():
            got = by_name[level][field]
            assert (got is None) if value is None else got == pytest.approx(value, abs=0.05), (level, field, got)


PROSE_CASES = [
    ("en per cent of the workforce", "en", ["Women make up 46 per cent of the workforce."], {"women_share_total": 46}),
    ("en percent of employees", "en", ["At year end, 38.5 percent of our employees were women."],
     {"women_share_total": 38.5}),
    ("en per cent of management", "en", ["Women held 30 per cent of the positions in the management team."],
     {"women_share_top_management": 30}),
    ("gap with its complement nb", "nb", ["Kvinner tjener i snitt 92,5 prosent av det menn tjener, et lønnsgap "
                                          "på 7,5 prosent."], {"pay_ratio_women_to_men_total": 92.5}),
    ("gap with its complement en", "en", ["The gender pay gap is 6 per cent, meaning women earn 94 per cent of what "
                                          "men earn."], {"pay_ratio_women_to_men_total": 94}),
    ("nn pay gap in words", "nn", ["Lønsskilnaden mellom kvinner og menn var 3,2 prosent i menn sin favør."],
     {"pay_ratio_women_to_men_total": 96.8}),
    ("counts only are no printed share", "nb", ["Vi hadde 45 kvinner og 55 menn ansatt ved utgangen av 2024."],
     {"employees_total": 100, "employees_women": 45}),
]


PROSE_CASES += [
    ("nb approx staff", "nb", ["Ved utgangen av 2024 hadde konsernet ca. 1 100 ansatte, hvorav 420 kvinner."],
     {"employees_total": 1100, "employees_women": 420}),
    ("nb part-time by gender", "nb", ["Totalt 38 kvinner og 6 menn jobbet deltid."],
     {"part_time_women": 38, "part_time_men": 6}),
    ("nn temporary", "nn", ["Det var 12 mellombels tilsette, 8 kvinner og 4 menn."], {"temporary_employees": 12}),
    ("en parental leave weeks", "en", ["On average, women took 17.5 weeks of parental leave and men took 11 weeks."],
     {"parental_leave_weeks_women": 17.5, "parental_leave_weeks_men": 11}),
    ("nb sick leave both", "nb", ["Sykefraværet blant kvinner var 6,8 prosent, mens det for menn var 3,9 prosent."],
     {"sick_leave_women": 6.8, "sick_leave_men": 3.9}),
    ("en sickness absence", "en", ["Sickness absence was 5.1 per cent for women and 3.2 per cent for men."],
     {"sick_leave_women": 5.1, "sick_leave_men": 3.2}),
    ("nb pay ratio in words", "nb", ["Kvinners gjennomsnittslønn utgjorde 94,3 prosent av menns."],
     {"pay_ratio_women_to_men_total": 94.3}),
    ("en women's share percent", "en", ["The share of women in the company was 42 percent."], {"women_share_total": 42}),
    ("nb no temporary", "nb", ["Vi har ingen midlertidig ansatte."], {"temporary_employees": 0}),
    ("nn share of women", "nn", ["Kvinnedelen i verksemda var 58 prosent ved utgangen av året."], {"women_share_total": 58}),
]


PROSE_CASES += [
    ("nn managers share", "nn", ["Kvinnedelen blant leiarane er 45 prosent."], {"women_share_managers": 45}),
    ("nn part-time of whom", "nn", ["Det var 31 deltidstilsette, av dei 24 kvinner og 7 menn."],
     {"part_time_employees": 31, "part_time_women": 24, "part_time_men": 7}),
    ("nn parental leave weeks", "nn", ["Kvinner tok i snitt ut 18 veker foreldrepermisjon, menn 11 veker."],
     {"parental_leave_weeks_women": 18, "parental_leave_weeks_men": 11}),
    ("en temporary staff", "en", ["We had 14 temporary employees, 9 women and 5 men."],
     {"temporary_employees": 14, "temporary_women": 9, "temporary_men": 5}),
    ("en part-time share", "en", ["Of the 85 part-time employees, 70 were women."],
     {"part_time_employees": 85, "part_time_women": 70}),
    ("nb pay ratio øre", "nb", ["For hver krone en mann tjener, tjener en kvinne 94 øre."],
     {"pay_ratio_women_to_men_total": 94}),
    ("en pay gap stood at", "en", ["The unadjusted gender pay gap stood at 8.2 per cent in 2024."],
     {"pay_ratio_women_to_men_total": 91.8}),
    ("nb share of women number word", "nb", ["Ledergruppen består av tre kvinner og fire menn."],
     {"women_share_top_management": 42.9}),
    ("nb percent total employees", "nb", ["Kvinner utgjør 64 prosent av de ansatte i kommunen."], {"women_share_total": 64}),
    ("nn permanent and temporary together are all staff", "nn",
     ["Verksemda hadde 420 tilsette i faste og mellombels stillingar, 300 kvinner og 120 menn."],
     {"employees_total": 420, "employees_women": 300, "employees_men": 120}),
    ("nb among those with staff responsibility", "nb", ["Av de som har personalansvar, er 28 % kvinner."],
     {"women_share_managers": 28}),
    ("en among people managers", "en", ["Among people managers, 36 per cent are women."], {"women_share_managers": 36}),
    ("nn group size and women in it", "nn", ["I leiargruppa på seks personar er det to kvinner."],
     {"women_share_top_management": 33.3}),
    ("en team size and women in it", "en", ["Our leadership team of nine has four women."],
     {"women_share_top_management": 44.4}),
    ("en women represent", "en", ["Women represent 52 percent of our employees."], {"women_share_total": 52}),
]


@pytest.mark.parametrize("name, lang, text, expected", PROSE_CASES, ids=[c[0] for c in PROSE_CASES])
def test_prose(name: str, lang: str, text: list[str], expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", text=text), report_year=2024, language=lang)
    for key, value in expected.items():
        got = result.facts.get(key)
        assert (got is None) if value is None else got == pytest.approx(value, abs=0.05), (key, got)


def test_share_from_counts_is_marked_derived_and_printed_share_wins() -> None:
    counts = T([("", "Kvinner", "Menn"), ("Ledergruppen", "3", "4"), ("Totalt", "45", "55")])
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[counts]), report_year=2024)
    assert result.facts["women_share_total"] == pytest.approx(45.0)
    assert result.evidence["women_share_total"].get("derived")
    printed = T([("", "Kvinner", "Menn", "Kvinner (%)"), ("Ledergruppen", "3", "4", "43"), ("Totalt", "45", "56", "44")])
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[printed]), report_year=2024)
    assert result.facts["women_share_total"] == 44
    assert not result.evidence["women_share_total"].get("derived")
    lv = {x["level"]: x for x in result.facts["levels"]}
    assert lv["Ledergruppen"]["women_share"] == 43
    k = [x["level"] for x in result.facts["levels"]].index("Ledergruppen")
    assert "derived" not in result.evidence[f"levels[{k}]"]
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[counts]), report_year=2024)
    k = [x["level"] for x in result.facts["levels"]].index("Ledergruppen")
    assert "women_share" in result.evidence[f"levels[{k}]"]["derived"]
    assert "women_share" in result.evidence["women_share_top_management"]["derived"]


# --- the equality chapter of an annual report as a part, in nb, nn and en, with a sick-leave section after it
def _annual(chapter: str, lang_text: list[str], after: tuple[str, list[str]] | None, sub: tuple[str, list[str]] | None = None):
    doc = (Doc().add("Årsrapport 2024", text=["Styret legger fram årsrapporten for virksomheten."])
           .add("Økonomi", text=["Driftsinntektene økte med 12 millioner kroner."])
           .add(chapter, text=lang_text))
    if sub:
        doc.add(sub[0], level=2, text=sub[1])
    if after:
        doc.add(after[0], text=after[1])
    return doc.add("Miljø og klima", text=["Utslippene ble redusert med 4 prosent."])


PART_CASES = [
    ("nb diversity chapter", "nb", _annual("Mangfold og inkludering", [
        "Virksomheten hadde 240 ansatte, av disse var 130 kvinner.",
        "Kvinneandelen i ledergruppen er 40 prosent, og kvinners lønn utgjør 95 prosent av menns lønn."], None),
     {"employees_total": 240, "women_share_top_management": 40}, None),
    ("nn equality chapter with a sick-leave section after", "nn", _annual("Likestilling og mangfald", [
        "Av dei 310 tilsette var 190 kvinner. Kvinnedelen i leiargruppa er 50 prosent."],
        ("Sjukefråvær", ["Sjukefråværet var 7,2 prosent for kvinner og 4,1 prosent for menn."])),
     {"employees_total": 310}, "Sjukefråvær"),
    ("en diversity chapter with sickness absence after", "en", _annual("Diversity and inclusion", [
        "Of our 1,150 employees, 540 were women. Women made up 41% of the executive management team.",
        "Gender balance and pay gap figures are reported below."],
        ("Sickness absence", ["Sickness absence was 5.1 per cent for women and 3.2 per cent for men."])),
     {"employees_total": 1150, "women_share_top_management": 41}, "Sickness absence"),
    ("nb work environment and sick leave after", "nb", _annual("Likestilling og inkludering", [
        "Selskapet hadde 120 ansatte, hvorav 45 kvinner. Kvinneandelen i ledergruppen er 40 prosent."],
        ("Arbeidsmiljø og sykefravær", ["Sykefraværet blant kvinner var 6,8 prosent, mens det for menn var "
                                        "3,9 prosent."])),
     {"employees_total": 120}, "Arbeidsmiljø og sykefravær"),
    ("en numbered gender equality chapter", "en", _annual("5.3 Gender equality and diversity", [
        "At year end we had around 2,400 employees, of whom 1,050 were women.",
        "Women accounted for 37.5 percent of the executive team, and the gender pay gap is 4 per cent."],
        ("5.4 Sick leave", ["Sickness absence was 5.1 per cent for women and 3.2 per cent for men."])),
     {"employees_total": 2400, "women_share_top_management": 37.5, "pay_ratio_women_to_men_total": 96},
     "5.4 Sick leave"),
    ("nb equality chapter, HMS section after is not taken", "nb", _annual("Likestilling", [
        "Vi hadde 45 kvinner og 55 menn ansatt. Kvinneandelen i ledergruppen er 33 prosent."],
        ("Helse, miljø og sikkerhet", ["Det var to skader med fravær i 2024."])),
     {"employees_total": 100}, None),
]


@pytest.mark.parametrize("name, lang, doc, facts, follower", PART_CASES, ids=[c[0] for c in PART_CASES])
def test_equality_chapter_parts(name: str, lang: str, doc, facts: dict, follower: str | None) -> None:
    from extractor.facts import extract_facts
    from extractor.model import DocInfo
    from extractor.parts import find_parts, part_segmentation
    seg, tables = doc.build()
    parts = [p for p in find_parts(seg, "other", tables, DocInfo(doc_type="equality_report", report_year=2024,
                                                                  language=lang))
             if p["doc_type"] == "equality_report"]
    assert len(parts) == 1, parts
    titles = [s.title for s in seg.sections if s.id in parts[0]["section_ids"]]
    assert "Miljø og klima" not in titles and "Økonomi" not in titles, titles
    if follower:
        assert follower in titles, titles
    else:
        assert titles[-1] not in ("Helse, miljø og sikkerhet",), titles
    sub = part_segmentation(seg, parts[0]["section_ids"])
    found = extract_facts("equality_report", sub, [], DocInfo(doc_type="equality_report", report_year=2024,
                                                             language=lang))
    for key, value in facts.items():
        assert found.facts.get(key) == pytest.approx(value), (key, found.facts.get(key))
    if follower:
        assert found.facts["sick_leave_women"] is not None and found.facts["sick_leave_men"] is not None


# --- levels as columns in an unruled landscape table, read from a PDF
def test_unruled_landscape_levels_as_columns(tmp_path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    from extractor.facts import extract_facts
    from extractor.model import DocInfo
    from extractor.parse.pdf import parse_pdf
    from extractor.segment import segment
    from extractor.settings import ParseSettings, SegmentSettings

    width, height = landscape(A4)
    path = tmp_path / "landscape.pdf"
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 70, "Kjønnsbalanse per nivå 2024")
    c.setFont("Helvetica", 10)
    c.drawString(60, height - 95, "Tabellen viser fordelingen av kvinner og menn på hvert nivå ved utgangen av året.")
    xs = [60, 260, 380, 500, 620, 740]
    rows = [["", "Toppledelse", "Mellomledere", "Fagstillinger", "Støttefunksjoner", "Totalt"],
            ["Kvinner", "3", "12", "140", "40", "195"],
            ["Menn", "5", "10", "90", "20", "125"],
            ["Kvinneandel (%)", "37,5", "54,5", "60,9", "66,7", "60,9"]]
    for i, row in enumerate(rows):
        for x, text in zip(xs, row):
            if text:
                c.drawString(x, height - 130 - 16 * i, text)
    c.drawString(60, height - 230, "Kvinneandelen har vært stabil de siste årene, og arbeidet med rekruttering fortsetter.")
    c.showPage()
    c.save()
    doc = parse_pdf(path, ParseSettings())
    tables = [t for p in doc.pages for t in p.tables]
    assert len(tables) == 1 and len(tables[0].rows[0]) == 6, [t.rows for t in tables]
    seg = segment([l for p in doc.pages for l in p.lines], SegmentSettings())
    found = extract_facts("equality_report", seg, tables, DocInfo(doc_type="equality_report", report_year=2024))
    assert found.facts["employees_women"] == 195 and found.facts["employees_men"] == 125
    assert found.facts["women_share_total"] == pytest.approx(60.9)
    assert found.facts["women_share_top_management"] == pytest.approx(37.5)
    lv = {x["level"]: x for x in found.facts["levels"]}
    assert lv["Støttefunksjoner"]["women"] == 40 and lv["Støttefunksjoner"]["women_share"] == pytest.approx(66.7)


@pytest.mark.parametrize("text, values", [
    ("The gap is 6.5 per cent.", [6.5]), ("women earn 93.5 percent of what men earn", [93.5]),
    ("Kvinneandelen er 45 prosent.", [45.0]), ("a percentage of 5 and the 12th percentile", []),
])
def test_english_per_cent_is_a_percentage(text: str, values: list[float]) -> None:
    from extractor.extract.percentages import find_percentages
    assert [m.value for m in find_percentages(text)] == values


def test_level_pay_gap_patterns_follow_their_examples() -> None:
    from extractor import rules
    from extractor.facts.equality_levels import _level_gap_patterns, level_pay_gap
    data = rules.load("equality").data["level_pay_gap"]
    for text, level, ratio in data["examples"]:
        found = [(m.group("level").strip(), level_pay_gap(m)) for p in _level_gap_patterns() for m in p.finditer(text)]
        assert (level, pytest.approx(ratio)) in found, (text, found)
    from extractor.facts.equality_levels import level_of
    for text in data["counter"]:
        found = [m.group("level") for p in _level_gap_patterns() for m in p.finditer(text)]
        assert all(level_of(x) == "total" for x in found), (text, found)


def test_level_pay_gap_in_prose_is_a_level_ratio() -> None:
    text = ["Lønnsgapet for kommunen samla er 7 prosent i menn sin favør, mens det blant reinhaldarar er 2 prosent "
            "i kvinner sin favør."]
    result = facts_of("equality_report", Doc().add("Løn", text=text), report_year=2024, language="nn")
    lv = {x["level"]: x for x in result.facts["levels"]}
    assert lv["Reinhaldarar"]["pay_ratio_women_to_men"] == pytest.approx(102.0)
    assert result.facts["pay_ratio_women_to_men_total"] == pytest.approx(93.0)
