"""A fourth self-made blind set for equality reports (fictional figures, own wording, nb/nn/en), written
before the rules that serve it: pay ratios printed as fractions ("0,96 av menns"), as an index (men = 100)
or in øre per krone, in prose, run-in labels and table columns; tables broken down by AGE, which are not
job levels (their figures stay findable as age-group facts); and part-time / temporary / leave / overtime
by gender in tables with units in the headers, years side by side, nn and en labels, total rows, "andel
kvinner" columns and several employers as columns. Cases that hold values never printed must stay empty."""
from __future__ import annotations

import pytest

from test_facts import Doc, facts_of, make_table

T = make_table

# ---------------------------------------------------------------- pay ratios as fractions, indices, øre
PAY_PROSE = [
    ("nb fraction of men's pay", "nb", ["Kvinners lønn utgjør 0,96 av menns lønn."], 96.0),
    ("nn fraction of men's pay", "nn", ["Kvinner si løn utgjer 0,93 av løna til menn."], 93.0),
    ("en fraction of men's pay", "en", ["Women's average pay was 0.94 of men's."], 94.0),
    ("nb ratio named, fraction", "nb", ["Lønnsforholdet mellom kvinner og menn er 0,95 for virksomheten samlet."], 95.0),
    ("nb forholdstall", "nb", ["Forholdstallet mellom kvinners og menns lønn var 0,91 i 2024."], 91.0),
    ("nb index men = 100", "nb", ["Lønnsindeksen for kvinner er 96,4 (menn = 100)."], 96.4),
    ("en index men = 100", "en", ["The pay index for women was 97.2 (men = 100)."], 97.2),
    ("nb øre per krone får", "nb", ["Kvinner får 96 øre per krone menn får."], 96.0),
    ("nn øre definite forms", "nn", ["Kvinnene tente 95 øre for kvar krone mennene tente."], 95.0),
    ("en øre for every krone", "en", ["Women earned 92 øre for every krone earned by men."], 92.0),
    ("en women-to-men ratio", "en", ["The women-to-men pay ratio was 0.89 at year end."], 89.0),
    ("nb run-in label K/M", "nb", ["Lønnsforhold K/M: 0,93"], 93.0),
    ("en run-in label ratio (women/men)", "en", ["Pay ratio (women/men): 0.97"], 97.0),
    ("nn index, run-in", "nn", ["Lønsindeks kvinner (menn = 100): 98,1"], 98.1),
    ("en ratio in per cent stays", "en", ["The women-to-men pay ratio was 95.5 per cent."], 95.5),
]
PAY_NEGATIVE = [
    ("nb position size is no pay ratio", "nb", ["Gjennomsnittlig stillingsstørrelse var 0,86 årsverk for kvinner."]),
    ("nb price index is no pay ratio", "nb", ["Konsumprisindeksen steg med 4,8 prosent i 2024."]),
    ("en a change of the ratio", "en", ["The women-to-men pay ratio rose by 0.02 from last year."]),
]

PAY_TABLES = [
    ("table column Kvinner/menn (ratio)",
     T([("Månedslønn (kr)", "Kvinner", "Menn", "Kvinner/menn (ratio)"), ("Ingeniører", "54 000", "56 000", "0.96"),
        ("Operatører", "41 000", "43 000", "0.95"), ("Totalt", "46 000", "50 500", "0.91")]),
     91.0, {"Ingeniører": 96.0, "Operatører": 95.0}),
    ("table column Lønnsforhold K/M, comma fractions",
     T([("Nivå", "Lønnsforhold K/M"), ("Ledere", "0,97"), ("Fagstillinger", "0,99"), ("Totalt", "0,93")]),
     93.0, {"Ledere": 97.0, "Fagstillinger": 99.0}),
    ("table column index men = 100",
     T([("Stillingsgruppe", "Lønnsindeks kvinner (menn = 100)"), ("Fagarbeidere", "98,5"), ("Alle ansatte", "96,4")]),
     96.4, {"Fagarbeidere": 98.5}),
    ("en table pay ratio (W/M)",
     T([("Job level", "Pay ratio (W/M)"), ("Managers", "0.95"), ("Specialists", "1.02"), ("Total", "0.92")]),
     92.0, {"Managers": 95.0, "Specialists": 102.0}),
    ("levels as columns, a fraction row",
     T([("", "Ledere", "Rådgivere", "Totalt"), ("Kvinner", "6", "40", "46"), ("Menn", "9", "30", "39"),
        ("Forholdstall lønn K/M", "0,98", "1,01", "0,94")]),
     94.0, {"Rådgivere": 101.0}),
    ("nn øre per krone column",
     T([("Stillingskode", "Løn til kvinner i øre per krone til menn"), ("Lektor", "97"), ("Heile verksemda", "93")]),
     93.0, {"Lektor": 97.0}),
    ("years side by side, fraction row",
     T([("", "2023", "2024"), ("Lønnsforhold kvinner/menn", "0,92", "0,93"), ("Kvinneandel (%)", "44", "45")]),
     93.0, {}),
    ("en index column beside amounts",
     T([("Grade", "Women (NOK)", "Men (NOK)", "Index (men = 100)"), ("Grade A", "720,000", "740,000", "97.3"),
        ("All staff", "610,000", "650,000", "93.8")]),
     93.8, {"Grade A": 97.3}),
]

# ---------------------------------------------------------------- age groups are not levels
AGE_TABLES = [
    ("nb age rows with a total",
     T([("Alder", "Kvinner", "Menn"), ("Under 30 år", "12", "20"), ("30–39 år", "40", "35"), ("40–49 år", "52", "41"),
        ("50+", "46", "34"), ("Totalt", "150", "130")]),
     {"employees_women": 150, "employees_men": 130, "employees_total": 280},
     {"age_under_30_women": 12, "age_50_plus_men": 34}),
    ("nn age group rows",
     T([("Aldersgruppe", "Kvinner", "Menn"), ("Yngre enn 30", "8", "5"), ("30-44", "30", "22"), ("45-59", "41", "25"),
        ("60 og eldre", "14", "9")]),
     {}, {"age_under_30_women": 8, "age_60_plus_women": 14}),
    ("en age bands with total",
     T([("Age band", "Women", "Men", "Total"), ("<30", "21", "30", "51"), ("30-49", "88", "97", "185"),
        ("50 and over", "40", "44", "84"), ("Total", "149", "171", "320")]),
     {"employees_women": 149, "employees_men": 171, "employees_total": 320},
     {"age_under_30_women": 21, "age_50_plus_men": 44}),
    ("nb age as columns",
     T([("", "Under 30", "30–49", "50 og over", "Totalt"), ("Kvinner", "10", "50", "30", "90"),
        ("Menn", "15", "45", "20", "80")]),
     {"employees_women": 90, "employees_men": 80, "employees_total": 170},
     {"age_under_30_women": 10, "age_50_plus_men": 20}),
    ("nb 'Alder 60 og over' labels and shares",
     T([("", "Andel kvinner (%)"), ("Alder under 25", "45"), ("Alder 25-39", "51"), ("Alder 40-59", "55"),
        ("Alder 60 og over", "58")]),
     {"women_share_total": None}, {"age_60_plus_women_share": 58}),
    ("en 'aged' labels",
     T([("", "Women", "Men"), ("Aged under 30", "5", "9"), ("Aged 30 to 50", "19", "25"), ("Aged over 50", "12", "8")]),
     {}, {"age_under_30_men": 9, "age_over_50_women": 12}),
    ("age bands in years side by side",
     T([("Alder", "2023 K", "2023 M", "2024 K", "2024 M"), ("20–29 år", "5", "7", "6", "8"),
        ("30–39 år", "9", "12", "10", "11"), ("40 år og eldre", "20", "22", "21", "23")]),
     {}, {"age_20_29_women": 6, "age_40_plus_men": 23}),
]
AGE_BESIDE_LEVELS = T([("Nivå", "Kvinner", "Menn"), ("Ledergruppen", "3", "4"), ("Mellomledere", "9", "11"),
                       ("Under 30 år", "14", "12"), ("Over 60 år", "7", "5"), ("Totalt", "60", "55")])

# ---------------------------------------------------------------- other families in tables
OTHER_TABLES = [
    ("nb units in header, count columns",
     T([("", "Kvinner (antall)", "Menn (antall)"), ("Deltidsansatte", "45", "8"), ("Midlertidig ansatte", "11", "4"),
        ("Ansatte totalt", "210", "190")]),
     {"part_time_women": 45, "part_time_men": 8, "temporary_women": 11, "temporary_men": 4, "employees_women": 210,
      "employees_men": 190}),
    ("years and genders side by side, measures as rows",
     T([("", "2023 K", "2023 M", "2024 K", "2024 M"), ("Midlertidig ansatte", "5", "3", "7", "2"),
        ("Deltid", "30", "6", "28", "5"), ("Foreldrepermisjon (uker)", "18", "10", "19", "11")]),
     {"temporary_women": 7, "temporary_men": 2, "part_time_women": 28, "part_time_men": 5,
      "parental_leave_weeks_women": 19, "parental_leave_weeks_men": 11}),
    ("nn measures as rows, veker and tal",
     T([("Indikator", "Kvinner", "Menn"), ("Deltidstilsette (tal)", "61", "9"), ("Mellombels tilsette (tal)", "17", "12"),
        ("Uttak av foreldrepermisjon (veker)", "16,5", "12,0"), ("Sjukefråvær (%)", "7,4", "4,1")]),
     {"part_time_women": 61, "part_time_men": 9, "temporary_women": 17, "temporary_men": 12,
      "parental_leave_weeks_women": 16.5, "parental_leave_weeks_men": 12.0, "sick_leave_women": 7.4,
      "sick_leave_men": 4.1}),
    ("andel kvinner column with a total row",
     T([("Avdeling", "Antall ansatte", "Andel kvinner"), ("Økonomi", "12", "58 %"), ("Produksjon", "180", "31 %"),
        ("Totalt", "240", "47 %")]),
     {"women_share_total": 47, "employees_total": 240}),
    ("several employers as columns",
     T([("", "Fjellbu kommune", "Fjellbu Eiendom KF", "Fjellbu Havn KF"), ("Kvinner", "820", "14", "3"),
        ("Menn", "310", "40", "22")]),
     {"employees_women": 14, "employees_men": 40, "employees_total": 54}),
    ("en overtime hours by gender",
     T([("", "Women", "Men"), ("Employees", "120", "140"), ("Overtime (hours per employee)", "38", "61")]),
     {"employees_women": 120, "overtime_hours_avg_women": 38, "overtime_hours_avg_men": 61}),
    ("nb involuntary part-time row",
     T([("", "Kvinner", "Menn"), ("Ansatte", "300", "100"), ("Ufrivillig deltid (antall)", "12", "2")]),
     {"involuntary_part_time_women": 12, "involuntary_part_time_men": 2, "employees_total": 400}),
    ("en parental leave avg weeks, genders as rows",
     T([("", "Headcount", "Parental leave taken (avg. weeks)"), ("Women", "88", "17.4"), ("Men", "97", "12.6")]),
     {"employees_women": 88, "employees_men": 97, "parental_leave_weeks_women": 17.4,
      "parental_leave_weeks_men": 12.6}),
    ("recruitment counts, genders as rows",
     T([("Rekruttering 2024", "Søkere", "Tilsette"), ("Kvinner", "120", "9"), ("Menn", "280", "21")]),
     {"applicants_women_share": 30.0, "hires_women_share": 30.0}),
    ("nb total row Hele kommunen with share column",
     T([("Sektor", "Kvinner", "Menn", "Kvinneandel"), ("Oppvekst", "300", "60", "83 %"), ("Teknisk", "20", "90", "18 %"),
        ("Hele kommunen", "320", "150", "68 %")]),
     {"women_share_total": 68, "employees_women": 320, "employees_total": 470}),
    ("en temporary share per gender with count column",
     T([("Contract", "Number", "Women (%)", "Men (%)"), ("Temporary", "24", "62", "38"), ("Permanent", "400", "48", "52")]),
     {"temporary_employees": 24}),
]


def _levels(result) -> dict:
    return {lv["level"]: lv for lv in result.facts["levels"]}


def _approx(got, value) -> bool:
    return (got is None) if value is None else (got is not None and got == pytest.approx(value, abs=0.05))


@pytest.mark.parametrize("name, lang, text, ratio", PAY_PROSE, ids=[c[0] for c in PAY_PROSE])
def test_pay_ratio_in_prose(name: str, lang: str, text: list[str], ratio: float) -> None:
    result = facts_of("equality_report", Doc().add("Lønn", text=text), report_year=2024, language=lang)
    got = result.facts.get("pay_ratio_women_to_men_total")
    assert _approx(got, ratio), got


@pytest.mark.parametrize("name, lang, text", PAY_NEGATIVE, ids=[c[0] for c in PAY_NEGATIVE])
def test_no_pay_ratio(name: str, lang: str, text: list[str]) -> None:
    result = facts_of("equality_report", Doc().add("Lønn", text=text), report_year=2024, language=lang)
    assert result.facts.get("pay_ratio_women_to_men_total") is None


@pytest.mark.parametrize("name, table, total, levels", PAY_TABLES, ids=[c[0] for c in PAY_TABLES])
def test_pay_ratio_in_tables(name: str, table, total: float, levels: dict) -> None:
    result = facts_of("equality_report", Doc().add("Lønn", tables=[table]), report_year=2024)
    got = result.facts.get("pay_ratio_women_to_men_total")
    assert _approx(got, total), got
    by_name = _levels(result)
    for level, ratio in levels.items():
        assert level in by_name, (level, list(by_name))
        assert _approx(by_name[level]["pay_ratio_women_to_men"], ratio), (level, by_name[level])
    for lv in by_name.values():  # no ratio left as a fraction
        r = lv["pay_ratio_women_to_men"]
        assert r is None or r > 5, lv


@pytest.mark.parametrize("name, table, facts, ages", AGE_TABLES, ids=[c[0] for c in AGE_TABLES])
def test_age_groups_are_not_levels(name: str, table, facts: dict, ages: dict) -> None:
    result = facts_of("equality_report", Doc().add("Aldersfordeling", tables=[table]), report_year=2024)
    assert result.facts["levels"] == [], [lv["level"] for lv in result.facts["levels"]]
    for key, value in {**facts, **ages}.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


def test_age_rows_beside_job_levels() -> None:
    result = facts_of("equality_report", Doc().add("Kjønnsbalanse", tables=[AGE_BESIDE_LEVELS]), report_year=2024)
    assert list(_levels(result)) == ["Ledergruppen", "Mellomledere"]
    assert result.facts["employees_total"] == 115
    assert result.facts["age_under_30_women"] == 14 and result.facts["age_over_60_men"] == 5


@pytest.mark.parametrize("name, table, facts", OTHER_TABLES, ids=[c[0] for c in OTHER_TABLES])
def test_other_equality_tables(name: str, table, facts: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[table]),
                      report_year=2024, organisation="Fjellbu Eiendom KF")
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


# ---------------------------------------------------------------- second batch: written after the first fixes
AGE_PROSE = [
    ("nb share in an age group", "nb", ["Det er 38 prosent kvinner i aldersgruppen under 30 år."]),
    ("nb among staff over 60", "nb", ["Blant ansatte over 60 år er 40 prosent kvinner, og 45 prosent kvinner blant de under 30 år."]),
    ("nn share among the youngest", "nn", ["Kvinnedelen blant tilsette under 30 år er 52 prosent."]),
]

BATCH2_PROSE = [
    ("nb run-in ratio without colon", "nb", ["Lønnsforhold K/M 0,93"], {"pay_ratio_women_to_men_total": 93.0}),
    ("nn fraction with 'tilsvarar'", "nn", ["Løna til kvinnene tilsvarar 0,97 av løna til mennene."],
     {"pay_ratio_women_to_men_total": 97.0}),
    ("en earn per krone", "en", ["On average, women are paid 94 øre for each krone paid to men."],
     {"pay_ratio_women_to_men_total": 94.0}),
    ("nb index phrase 'indeks 96,4'", "nb", ["Med menns lønn som indeks 100 ligger kvinnenes lønn på indeks 96,4."],
     {"pay_ratio_women_to_men_total": 96.4}),
    ("en ratio 'for every 100'", "en", ["For every NOK 100 paid to men, women are paid NOK 95.3."],
     {"pay_ratio_women_to_men_total": 95.3}),
    ("nb fraction level sentence is no total", "nb", ["Blant ledere utgjør kvinners lønn 0,91 av menns."],
     {"pay_ratio_women_to_men_total": None}),
]

BATCH2_TABLES = [
    ("unit column with a ratio row",
     T([("Indikator", "Enhet", "2023", "2024"), ("Lønnsforhold K/M", "ratio", "0,92", "0,93"),
        ("Kvinneandel", "%", "44", "46")]),
     {"pay_ratio_women_to_men_total": 93.0, "women_share_total": 46}),
    ("part-time shares by gender, genders as rows",
     T([("", "Andel deltid (%)", "Andel midlertidig (%)"), ("Kvinner", "31", "9"), ("Menn", "6", "4")]),
     {"part_time_women_share": 31, "part_time_men_share": 6, "temporary_women_share": 9, "part_time_women": None}),
    ("parental leave as a count of people is no weeks",
     T([("", "Kvinner", "Menn"), ("Foreldrepermisjon (antall personer)", "14", "11"), ("Ansatte", "120", "130")]),
     {"parental_leave_weeks_women": None, "employees_total": 250}),
    ("en parental leave by number of employees",
     T([("", "Women", "Men"), ("Parental leave (number of employees)", "9", "12"), ("Headcount", "80", "95")]),
     {"parental_leave_weeks_women": None, "employees_women": 80}),
    ("nn legemeldt and veker",
     T([("", "Kvinner", "Menn"), ("Legemeldt sjukefråvær (%)", "6,1", "3,3"), ("Foreldrepermisjon, snitt veker", "17", "10")]),
     {"sick_leave_women": 6.1, "sick_leave_men": 3.3, "parental_leave_weeks_women": 17, "parental_leave_weeks_men": 10}),
    ("en female male with FTE headcount",
     T([("", "Female", "Male", "Total"), ("Headcount", "412", "388", "800"), ("Temporary contracts", "21", "14", "35"),
        ("Part-time", "60", "12", "72")]),
     {"employees_women": 412, "employees_men": 388, "employees_total": 800, "temporary_women": 21,
      "temporary_employees": 35, "part_time_men": 12}),
    ("nn I alt column and Tilsette i alt row",
     T([("", "Kvinner", "Menn", "I alt"), ("Tilsette i alt", "230", "170", "400"), ("Vikarar", "12", "5", "17")]),
     {"employees_women": 230, "employees_men": 170, "employees_total": 400, "temporary_women": 12,
      "temporary_employees": 17}),
    ("several employers with a group total column",
     T([("", "Morselskap", "Datterselskap AS", "Konsern totalt"), ("Kvinner", "40", "12", "52"),
        ("Menn", "60", "30", "90")]),
     {"employees_women": 12, "employees_men": 30}),
    ("genders as columns, years as row blocks",
     T([("", "Kvinner", "Menn"), ("Ansatte 2023", "100", "120"), ("Ansatte 2024", "110", "118"),
        ("Deltid 2024", "20", "3")]),
     {"employees_women": 110, "employees_men": 118, "part_time_women": 20, "part_time_men": 3}),
]


@pytest.mark.parametrize("name, lang, text", AGE_PROSE, ids=[c[0] for c in AGE_PROSE])
def test_age_groups_in_prose_are_not_levels(name: str, lang: str, text: list[str]) -> None:
    result = facts_of("equality_report", Doc().add("Alder", text=text), report_year=2024, language=lang)
    assert result.facts["levels"] == [], result.facts["levels"]
    assert result.facts.get("women_share_total") is None


@pytest.mark.parametrize("name, lang, text, expected", BATCH2_PROSE, ids=[c[0] for c in BATCH2_PROSE])
def test_batch2_prose(name: str, lang: str, text: list[str], expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Lønn", text=text), report_year=2024, language=lang)
    for key, value in expected.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


@pytest.mark.parametrize("name, table, facts", BATCH2_TABLES, ids=[c[0] for c in BATCH2_TABLES])
def test_batch2_tables(name: str, table, facts: dict) -> None:
    result = facts_of("equality_report", Doc().add("Likestilling", tables=[table]),
                      report_year=2024, organisation="Datterselskap AS")
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


BATCH3_TABLES = [
    ("a women/men ratio in a balance table is no pay ratio",
     T([("Kjønnsbalanse", "Kvinner", "Menn", "Kvinner/menn (ratio)"), ("Ledere", "9", "20", "0,45"),
        ("Totalt", "120", "200", "0,60")]),
     "Kjønnsbalanse", {"pay_ratio_women_to_men_total": None, "employees_total": 320}),
    ("a women/men ratio under a pay heading",
     T([("Stillingsgruppe", "Kvinner", "Menn", "Kvinner/menn (ratio)"), ("Ledere", "61 000", "64 000", "0,95"),
        ("Totalt", "48 000", "52 000", "0,92")]),
     "Lønn etter kjønn", {"pay_ratio_women_to_men_total": 92.0}),
    # (batch 2 had this table under "Likestilling": without pay in the heading or corner a bare K/M ratio is
    # read as no fact, since it may as well be women per man)
    ("pay ratio column named only 'Forholdstall K/M' under a pay heading",
     T([("Stillingsgruppe", "Kvinner", "Menn", "Forholdstall K/M"), ("Sykepleiere", "410", "52", "0,99"),
        ("Leger", "60", "71", "0,93"), ("Totalt", "470", "123", "0,87")]),
     "Lønn og kjønnsbalanse", {"pay_ratio_women_to_men_total": 87.0, "employees_women": 470, "employees_total": 593}),
    ("nn unit column with hours, weeks, count and per cent",
     T([("Indikator", "Eining", "Kvinner", "Menn"), ("Deltidstilsette", "tal", "9", "2"),
        ("Mellombels tilsette", "tal", "3", "4"), ("Foreldrepermisjon", "veker", "15,0", "11,5"),
        ("Overtid", "timar", "31", "54"), ("Sjukefråvær", "%", "6,4", "4,2")]),
     "Likestilling", {"part_time_women": 9, "temporary_men": 4, "parental_leave_weeks_men": 11.5,
                      "overtime_hours_avg_women": 31, "overtime_hours_avg_men": 54, "sick_leave_women": 6.4}),
    ("en part-time and full-time columns are not hours",
     T([("", "Full-time", "Part-time"), ("Women", "90", "30"), ("Men", "140", "10")]),
     "Working time", {"part_time_women": 30, "part_time_men": 10}),
]


@pytest.mark.parametrize("name, table, title, facts", BATCH3_TABLES, ids=[c[0] for c in BATCH3_TABLES])
def test_batch3_tables(name: str, table, title: str, facts: dict) -> None:
    result = facts_of("equality_report", Doc().add(title, tables=[table]), report_year=2024)
    for key, value in facts.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


# ---------------------------------------------------------------- found by the whole-document stress set
STRESS_FINDINGS = [
    ("nn verb before subject", "nn", ["Når ein ser alle tilsette under eitt, tilsvarar løna til kvinner 0,94 av løna til menn."],
     {"pay_ratio_women_to_men_total": 94.0}),
    ("nb verb before subject, per cent", "nb", ["Totalt sett utgjør kvinnenes lønn 95,5 prosent av mennenes lønn."],
     {"pay_ratio_women_to_men_total": 95.5}),
]


@pytest.mark.parametrize("name, lang, text, expected", STRESS_FINDINGS, ids=[c[0] for c in STRESS_FINDINGS])
def test_stress_findings_prose(name: str, lang: str, text: list[str], expected: dict) -> None:
    result = facts_of("equality_report", Doc().add("Løn", text=text), report_year=2024, language=lang)
    for key, value in expected.items():
        assert _approx(result.facts.get(key), value), (key, result.facts.get(key))


def test_one_column_table_set_as_plain_lines() -> None:
    """A label column and one ratio column with no rules, which the table finder does not see: the lines
    themselves ("Ingeniører 0,99") under a header line split at its widest gap."""
    from extractor.facts import extract_facts
    from extractor.model import DocInfo
    from extractor.segment import Segmentation
    from test_facts import Doc as _Doc
    from test_facts import text_line

    doc = _Doc().add("Lønn", text=["Tabellen viser lønnsforholdet per nivå."])
    seg, _ = doc.build()
    section = seg.sections[0]
    head = text_line("Nivå", 200.0)
    col = text_line("Lønnsforhold K/M", 200.0, 1)
    from extractor.parse.layout import make_line
    words = list(head.words) + [w.__class__(w.text, w.x0 + 250, w.top, w.x1 + 250, w.bottom, size=w.size)
                                for w in col.words]
    rows = [make_line(words, 1)] + [text_line(f"{label} {value}", 215.0 + 15 * i)
                                    for i, (label, value) in enumerate([("Ledere", "0,97"), ("Ingeniører", "0,99"),
                                                                        ("Totalt", "0,92")])]
    section = section.__class__(**{**section.__dict__, "lines": tuple(section.lines) + tuple(rows)})
    seg = Segmentation(**{**seg.__dict__, "sections": [section]})
    found = extract_facts("equality_report", seg, [], DocInfo(doc_type="equality_report", report_year=2024))
    assert found.facts["pay_ratio_women_to_men_total"] == pytest.approx(92.0)
    lv = {x["level"]: x for x in found.facts["levels"]}
    assert lv["Ingeniører"]["pay_ratio_women_to_men"] == pytest.approx(99.0)


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
    from extractor.facts.equality import _level_ratio_patterns, level_of
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
