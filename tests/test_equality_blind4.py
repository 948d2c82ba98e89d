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
