"""Stress documents for equality reports (corpus/stress/), second set: pay ratios printed as fractions
(0,92), as an index with men = 100 and as a women/men ratio column under a pay heading; tables broken down
by age (rows and columns) beside tables by job level; years and genders side by side; a unit column with
weeks, hours and per cent; overtime by gender. Written by the equality rule writer as a whole-document
check of tests/test_equality_blind4.py. All organisations, people and figures are invented."""

from .model import Doc, Gold, Heading as H, Para as P, Table, pct

S = "stress"

# ---------------------------------------------------------------------------
# 1. nb company report: levels with a share column (ruled), a K/M ratio column as fractions (unruled),
#    an age table by rows, years and genders side by side for part-time / temporary / leave
# ---------------------------------------------------------------------------
FJELLSTRAND = Doc(
    doc_id="stress-fjellstrand-energi-likestilling-2024", subdir=S,
    layout="portrait", font="sans",
    meta_title="Likestillingsredegjørelse 2024", meta_author="Fjellstrand Energi AS",
    header="Fjellstrand Energi AS", footer="Side {page}", footer_align="right",
    blocks=[
        H(1, "Likestillingsredegjørelse 2024"),
        P("Fjellstrand Energi AS driver vannkraftverk og nett i tre fylker. Redegjørelsen gjelder "
          "situasjonen per 31.12.2024 og det arbeidet vi har gjort gjennom året."),
        H(2, "Kjønnsbalanse per nivå"),
        Table([["Nivå", "Kvinner", "Menn", "Kvinneandel (%)"],
               ["Konsernledelse", "2", "5", "28,6"],
               ["Avdelingsledere", "9", "21", "30,0"],
               ["Ingeniører", "41", "118", "25,8"],
               ["Driftsteknikere", "60", "130", "31,6"],
               ["Totalt", "112", "274", "29,0"]],
              widths=[2, 1, 1, 1.4], align_right_from=1),
        H(2, "Lønn"),
        P("Tabellen viser forholdstallet mellom gjennomsnittlig månedslønn for kvinner og menn på hvert "
          "nivå. Et forholdstall under 1 betyr at kvinnene i snitt tjener mindre enn mennene."),
        Table([["Nivå", "Lønnsforhold K/M"],
               ["Konsernledelse", "0,94"],
               ["Avdelingsledere", "0,97"],
               ["Ingeniører", "0,99"],
               ["Driftsteknikere", "0,98"],
               ["Totalt", "0,92"]],
              ruled=False, lines="header_bottom", widths=[2, 1.4], align_right_from=1),
        H(2, "Aldersfordeling"),
        Table([["Alder", "Kvinner", "Menn"],
               ["Under 30 år", "18", "41"],
               ["30–49 år", "61", "150"],
               ["50 år og eldre", "33", "83"]],
              widths=[2, 1, 1], align_right_from=1),
        H(2, "Deltid, midlertidige stillinger og foreldrepermisjon"),
        Table([["", "2023", "", "2024", ""],
               ["", "K", "M", "K", "M"],
               ["Deltid", "13", "4", "11", "3"],
               ["Midlertidig ansatte", "6", "9", "5", "7"],
               ["Foreldrepermisjon (uker)", "17,0", "12,5", "18,5", "13,0"]],
              header_rows=2, widths=[2.4, 0.8, 0.8, 0.8, 0.8], align_right_from=1),
        P("Sykefraværet var 5,8 prosent for kvinner og 3,9 prosent for menn."),
    ],
    gold=Gold(
        organisation="Fjellstrand Energi AS", doc_type="equality_report", language="nb", report_year=2024,
        published=None,
        percentages=[pct(5.8, "5,8 prosent", "sykefravær kvinner"), pct(3.9, "3,9 prosent", "sykefravær menn")],
        extra={"equality_metrics": {
            "employees_total": 386, "employees_women": 112, "employees_men": 274, "women_share_total": 29.0,
            "women_share_top_management": 28.6, "pay_ratio_women_to_men_total": 92.0,
            "part_time_employees": 14, "part_time_women": 11, "part_time_men": 3,
            "temporary_employees": 12, "temporary_women": 5, "temporary_men": 7,
            "parental_leave_weeks_women": 18.5, "parental_leave_weeks_men": 13.0,
            "sick_leave_women": 5.8, "sick_leave_men": 3.9,
            "women_share_avdelingsledere": 30.0, "women_share_ingeniorer": 25.8,
            "women_share_driftsteknikere": 31.6,
            "pay_ratio_women_to_men_konsernledelse": 94.0, "pay_ratio_women_to_men_avdelingsledere": 97.0,
            "pay_ratio_women_to_men_ingeniorer": 99.0, "pay_ratio_women_to_men_driftsteknikere": 98.0,
            "age_under_30_women": 18, "age_under_30_men": 41, "age_50_plus_women": 33, "age_50_plus_men": 83,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 2. nn inter-municipal company: ages as columns with genders as rows, an index column (menn = 100)
#    beside monthly pay, the whole-company ratio as a fraction in prose, a unit column table
# ---------------------------------------------------------------------------
HAUKAAS = Doc(
    doc_id="stress-haukas-vassverk-likestilling-2024", subdir=S,
    layout="portrait", font="serif",
    meta_title="Utgreiing om likestilling og ikkje-diskriminering 2024", meta_author="Haukås Vassverk IKS",
    header=None, footer="{page}",
    blocks=[
        H(1, "Utgreiing om likestilling og ikkje-diskriminering 2024"),
        P("Haukås Vassverk IKS leverer drikkevatn og handterer avløp for fire kommunar. Tala under gjeld "
          "tilsette ved utgangen av 2024."),
        H(2, "Kjønn og alder"),
        Table([["Kjønn", "Under 30", "30–44", "45–59", "60 og eldre", "I alt"],
               ["Kvinner", "6", "14", "19", "7", "46"],
               ["Menn", "11", "25", "31", "12", "79"]],
              ruled=False, lines="none", widths=[1.2, 1, 1, 1, 1.2, 0.9], align_right_from=1),
        H(2, "Løn"),
        Table([["Stillingsgruppe", "Månadsløn kvinner", "Månadsløn menn", "Indeks (menn = 100)"],
               ["Ingeniørar", "61 200", "63 800", "95,9"],
               ["Fagarbeidarar", "47 100", "47 900", "98,3"],
               ["Administrasjon", "52 400", "55 000", "95,3"]],
              widths=[1.6, 1.3, 1.3, 1.3], align_right_from=1),
        P("Ser ein heile verksemda under eitt, tilsvarar løna til kvinnene 0,95 av løna til mennene. "
          "Skilnaden kjem mest av at fleire menn har vaktordning med tillegg."),
        H(2, "Arbeidstid, permisjon og fråvær"),
        Table([["Indikator", "Eining", "Kvinner", "Menn"],
               ["Deltidstilsette", "tal", "9", "2"],
               ["Mellombels tilsette", "tal", "3", "4"],
               ["Foreldrepermisjon", "veker", "15,0", "11,5"],
               ["Overtid", "timar", "31", "54"],
               ["Sjukefråvær", "%", "6,4", "4,2"]],
              widths=[1.8, 0.8, 1, 1], align_right_from=2),
    ],
    gold=Gold(
        organisation="Haukås Vassverk IKS", doc_type="equality_report", language="nn", report_year=2024,
        published=None,
        percentages=[],
        extra={"equality_metrics": {
            "employees_total": 125, "employees_women": 46, "employees_men": 79, "women_share_total": 36.8,
            "pay_ratio_women_to_men_total": 95.0,
            "part_time_employees": 11, "part_time_women": 9, "part_time_men": 2,
            "temporary_employees": 7, "temporary_women": 3, "temporary_men": 4,
            "parental_leave_weeks_women": 15.0, "parental_leave_weeks_men": 11.5,
            "sick_leave_women": 6.4, "sick_leave_men": 4.2,
            "pay_ratio_women_to_men_ingeniorar": 95.9, "pay_ratio_women_to_men_fagarbeidarar": 98.3,
            "pay_ratio_women_to_men_administrasjon": 95.3,
            "age_under_30_women": 6, "age_60_plus_men": 12, "overtime_hours_avg_women": 31,
            "overtime_hours_avg_men": 54,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 3. en offshore services statement, landscape: job families with % shares, a women/men (ratio) column
#    under a pay heading, an age band table, genders as rows with leave and overtime in the headers
# ---------------------------------------------------------------------------
KESTREL = Doc(
    doc_id="stress-kestrel-offshore-equality-2024", subdir=S,
    layout="landscape", font="helvetica",
    meta_title="Equality and anti-discrimination statement 2024", meta_author="Kestrel Offshore Services AS",
    header="Kestrel Offshore Services AS", footer="{page}",
    blocks=[
        H(1, "Equality and anti-discrimination statement 2024"),
        P("Kestrel Offshore Services AS provides vessel crews and engineering services to the offshore "
          "industry. All figures are for 31 December 2024."),
        H(2, "Gender balance by job family"),
        Table([["Job family", "Women", "Men", "Total", "Share of women"],
               ["Executive management", "2", "4", "6", "33.3 %"],
               ["Engineering", "30", "95", "125", "24.0 %"],
               ["Vessel crew", "22", "110", "132", "16.7 %"],
               ["Onshore support", "35", "20", "55", "63.6 %"],
               ["All employees", "89", "229", "318", "28.0 %"]],
              ruled=False, lines="header_bottom", widths=[2, 0.8, 0.8, 0.8, 1.2], align_right_from=1),
        H(2, "Pay"),
        Table([["Job family", "Average salary women (NOK)", "Average salary men (NOK)", "Women/men (ratio)"],
               ["Engineering", "812,000", "846,000", "0.96"],
               ["Vessel crew", "655,000", "690,000", "0.95"],
               ["Onshore support", "540,000", "552,000", "0.98"],
               ["All employees", "640,000", "712,000", "0.90"]],
              widths=[1.6, 1.6, 1.6, 1.2], align_right_from=1),
        H(2, "Age profile"),
        Table([["Age band", "Women", "Men"],
               ["<30", "14", "38"],
               ["30-49", "53", "123"],
               ["50 and over", "22", "68"]],
              widths=[1.4, 1, 1], align_right_from=1),
        H(2, "Working time, leave and overtime"),
        Table([["", "Part-time", "Temporary", "Parental leave (avg. weeks)", "Overtime (hours per employee)"],
               ["Women", "19", "6", "17.5", "42"],
               ["Men", "7", "15", "12.0", "96"]],
              widths=[1, 1, 1, 1.6, 1.8], align_right_from=1),
        P("Sickness absence was 4.9 per cent for women and 3.1 per cent for men."),
    ],
    gold=Gold(
        organisation="Kestrel Offshore Services AS", doc_type="equality_report", language="en",
        report_year=2024, published=None,
        percentages=[
            pct(33.3, "33.3 %", "share of women in executive management"),
            pct(24.0, "24.0 %", "share of women in engineering"),
            pct(16.7, "16.7 %", "share of women in vessel crew"),
            pct(63.6, "63.6 %", "share of women in onshore support"),
            pct(28.0, "28.0 %", "share of women among all employees"),
            pct(4.9, "4.9 per cent", "sickness absence women"), pct(3.1, "3.1 per cent", "sickness absence men"),
        ],
        extra={"equality_metrics": {
            "employees_total": 318, "employees_women": 89, "employees_men": 229, "women_share_total": 28.0,
            "women_share_top_management": 33.3, "pay_ratio_women_to_men_total": 90.0,
            "part_time_employees": 26, "part_time_women": 19, "part_time_men": 7,
            "temporary_employees": 21, "temporary_women": 6, "temporary_men": 15,
            "parental_leave_weeks_women": 17.5, "parental_leave_weeks_men": 12.0,
            "sick_leave_women": 4.9, "sick_leave_men": 3.1,
            "women_share_engineering": 24.0, "women_share_vessel_crew": 16.7, "women_share_onshore_support": 63.6,
            "pay_ratio_women_to_men_engineering": 96.0, "pay_ratio_women_to_men_vessel_crew": 95.0,
            "pay_ratio_women_to_men_onshore_support": 98.0,
            "age_under_30_women": 14, "age_50_plus_men": 68, "overtime_hours_avg_women": 42,
            "overtime_hours_avg_men": 96,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 4. nn report where most figures stand in sentences and key-figure lines: a from-to change, managers
#    counted, a one-column share table without rules, ages as rows, leave and hires in words
# ---------------------------------------------------------------------------
SOLBAKKEN = Doc(
    doc_id="stress-solbakken-skulelag-likestilling-2024", subdir=S,
    layout="portrait", font="serif",
    meta_title="Likestilling og ikkje-diskriminering 2024", meta_author="Solbakken skulelag SA",
    header="Solbakken skulelag SA", footer="Side {page}",
    blocks=[
        H(1, "Likestilling og ikkje-diskriminering 2024"),
        P("Solbakken skulelag SA driv tre private skular og ein barnehage. Verksemda hadde 212 tilsette ved "
          "utgangen av 2024, av desse 136 kvinner og 76 menn."),
        H(2, "Nøkkeltal"),
        P("Kvinnedel totalt: 64 %"),
        P("Kvinnedel i leiargruppa: 50 %"),
        P("Kvinner si løn i prosent av menn si løn: 96,8"),
        H(2, "Kjønnsbalanse"),
        P("Delen kvinner i verksemda auka frå 62 prosent til 64 prosent i løpet av året. Av dei 18 leiarane er 9 "
          "kvinner."),
        Table([["Stillingsgruppe", "Kvinnedel (%)"],
               ["Undervisning", "78"],
               ["Reinhald", "91"],
               ["Drift og vedlikehald", "22"]],
              ruled=False, lines="none", widths=[2.2, 1.2], align_right_from=1),
        H(2, "Alder"),
        Table([["Aldersgruppe", "Kvinner", "Menn"],
               ["Yngre enn 30 år", "21", "12"],
               ["30–49 år", "70", "38"],
               ["50 år og eldre", "45", "26"]],
              widths=[2, 1, 1], align_right_from=1),
        H(2, "Arbeidstid, permisjon og rekruttering"),
        P("41 av dei 60 deltidstilsette var kvinner. Vi hadde 9 mellombels tilsette ved utgangen av året: 6 "
          "kvinner og 3 menn."),
        P("Kvinnene tok i snitt ut 18 veker foreldrepermisjon og mennene 12 veker. Sjukefråveret var 7,2 prosent "
          "blant kvinner og 4,4 prosent blant menn."),
        P("Av dei 14 nytilsette i 2024 var 8 kvinner."),
    ],
    gold=Gold(
        organisation="Solbakken skulelag SA", doc_type="equality_report", language="nn", report_year=2024,
        published=None,
        percentages=[
            pct(64, "64 %", "kvinnedel totalt"), pct(50, "50 %", "kvinnedel i leiargruppa"),
            pct(62, "62 prosent", "delen kvinner året før"), pct(64, "64 prosent", "delen kvinner ved utgangen av året"),
            pct(7.2, "7,2 prosent", "sjukefråvær kvinner"), pct(4.4, "4,4 prosent", "sjukefråvær menn"),
        ],
        extra={"equality_metrics": {
            "employees_total": 212, "employees_women": 136, "employees_men": 76, "women_share_total": 64,
            "women_share_top_management": 50, "women_share_managers": 50.0, "pay_ratio_women_to_men_total": 96.8,
            "part_time_employees": 60, "part_time_women": 41,
            "temporary_employees": 9, "temporary_women": 6, "temporary_men": 3,
            "parental_leave_weeks_women": 18, "parental_leave_weeks_men": 12,
            "sick_leave_women": 7.2, "sick_leave_men": 4.4, "hires_women_share": 57.1,
            "women_share_undervisning": 78, "women_share_reinhald": 91, "women_share_drift_og_vedlikehald": 22,
            "age_under_30_women": 21, "age_50_plus_men": 26,
        }},
    ),
)

DOCS = [FJELLSTRAND, HAUKAAS, KESTREL, SOLBAKKEN]
