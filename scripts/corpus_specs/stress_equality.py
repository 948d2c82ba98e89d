"""Stress documents for equality reports (corpus/stress/): table shapes and chapter layouts that the
sample and variety corpora do not show, written by the equality rule writer as a whole-document check
of the families in tests/test_equality_wide.py. All organisations, people and figures are invented."""

from .model import Doc, Gold, Heading as H, Para as P, Table, Title, pct

S = "stress"

# ---------------------------------------------------------------------------
# 1. nn municipal annual report: the equality chapter with service areas as rows (unruled),
#    genders as rows with measures as columns, monthly pay per job group, a sick-leave section after it
# ---------------------------------------------------------------------------
LYNGHAUG = Doc(
    doc_id="lynghaug-kommune-arsmelding-2024", subdir=S,
    layout="portrait", font="serif",
    meta_title="Årsmelding 2024", meta_author="Lynghaug kommune",
    header="Lynghaug kommune – årsmelding 2024", header_on_first_page=False,
    footer="Side {page} av {pages}", footer_align="right",
    blocks=[
        Title("Årsmelding 2024", ["Lynghaug kommune"]),
        H(1, "Økonomi", "1"),
        P("Kommunen fekk eit driftsresultat på 14 millionar kroner. Investeringane gjekk i hovudsak til "
          "skulebygg og vassforsyning, og lånegjelda auka noko."),
        H(1, "Likestilling og mangfald", "2"),
        P("Lynghaug kommune skal vere ein arbeidsplass der alle har like moglegheiter uavhengig av kjønn, "
          "etnisitet, funksjonsevne, seksuell orientering og alder. Tala gjeld tilsette per 31.12.2024."),
        Table([["Tenesteområde", "Kvinner", "Menn", "Del kvinner"],
               ["Helse og omsorg", "420", "60", "87,5 %"],
               ["Oppvekst og kultur", "310", "70", "81,6 %"],
               ["Teknisk drift", "30", "110", "21,4 %"],
               ["Heile kommunen", "760", "240", "76,0 %"]],
              ruled=False, widths=[2.2, 1, 1, 1.2], align_right_from=1),
        P("Tabellen under viser deltid, mellombels tilsetjing og uttak av foreldrepermisjon etter kjønn."),
        Table([["Kjønn", "Tilsette", "Deltidstilsette", "Mellombels tilsette", "Permisjon, veker"],
               ["Kvinner", "760", "402", "57", "16,5"],
               ["Menn", "240", "51", "20", "9,5"]],
              widths=[1.2, 1, 1.3, 1.5, 1.4], align_right_from=1),
        P("Gjennomsnittleg månadsløn for fast tilsette etter stillingsgruppe:"),
        Table([["Stillingsgruppe", "Månadsløn kvinner", "Månadsløn menn"],
               ["Leiarar", "68 400", "70 100"],
               ["Sjukepleiarar", "52 300", "51 900"],
               ["Fagarbeidarar", "44 800", "46 200"],
               ["Heile kommunen", "48 600", "52 800"]],
              widths=[2, 1.5, 1.5], align_right_from=1),
        H(1, "Sjukefråvær", "3"),
        P("Sjukefråværet var 9,1 prosent for kvinner og 5,6 prosent for menn. Fråværet var høgast i "
          "heimetenestene, der kommunen har sett i verk eit eige nærværsprosjekt."),
        H(1, "Miljø og klima", "4"),
        P("Kommunen bytte ut fire dieselbilar med elbilar og starta arbeidet med ein ny klimaplan."),
    ],
    gold=Gold(
        organisation="Lynghaug kommune", doc_type="equality_report", language="nn", report_year=2024,
        published=None,
        percentages=[
            pct(87.5, "87,5 %", "del kvinner i helse og omsorg"),
            pct(81.6, "81,6 %", "del kvinner i oppvekst og kultur"),
            pct(21.4, "21,4 %", "del kvinner i teknisk drift"),
            pct(76.0, "76,0 %", "del kvinner i heile kommunen"),
            pct(9.1, "9,1 prosent", "sjukefråvær kvinner"),
            pct(5.6, "5,6 prosent", "sjukefråvær menn"),
        ],
        extra={"equality_metrics": {
            "employees_total": 1000, "employees_women": 760, "employees_men": 240, "women_share_total": 76.0,
            "pay_ratio_women_to_men_total": 92.0,
            "part_time_employees": 453, "part_time_women": 402, "part_time_men": 51,
            "temporary_employees": 77, "temporary_women": 57, "temporary_men": 20,
            "parental_leave_weeks_women": 16.5, "parental_leave_weeks_men": 9.5,
            "sick_leave_women": 9.1, "sick_leave_men": 5.6,
            "women_share_helse_og_omsorg": 87.5, "women_share_oppvekst_og_kultur": 81.6,
            "women_share_teknisk_drift": 21.4,
            "pay_ratio_women_to_men_leiarar": 97.6, "pay_ratio_women_to_men_sjukepleiarar": 100.8,
            "pay_ratio_women_to_men_fagarbeidarar": 97.0,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 2. en equality statement, landscape: levels as columns (unruled), genders as rows with measures,
#    English thousands separators, three years of sickness absence with % in the cells, gap and complement
# ---------------------------------------------------------------------------
NORTHBAY = Doc(
    doc_id="northbay-logistics-equality-2024", subdir=S,
    layout="landscape", font="helvetica",
    meta_title="Equality statement 2024", meta_author="Northbay Logistics AS",
    header=None, footer="Northbay Logistics AS · {page}",
    blocks=[
        H(1, "Equality and anti-discrimination statement 2024"),
        P("Northbay Logistics AS runs warehouses and transport services in four regions. This statement "
          "describes gender balance, pay and working conditions at the end of 2024."),
        H(2, "Gender balance by level"),
        Table([["", "Executive management", "Middle managers", "Specialists", "Operators", "Total"],
               ["Women", "3", "24", "310", "867", "1,204"],
               ["Men", "5", "40", "290", "1,711", "2,046"],
               ["Women (per cent)", "37.5", "37.5", "51.7", "33.6", "37.0"]],
              ruled=False, widths=[1.6, 1.6, 1.3, 1.1, 1.1, 1.0], align_right_from=1),
        H(2, "Working time and leave"),
        Table([["Gender", "Headcount", "Part-time", "Temporary", "Parental leave (weeks)"],
               ["Women", "1,204", "188", "61", "18.4"],
               ["Men", "2,046", "97", "83", "11.2"],
               ["Total", "3,250", "285", "144", ""]],
              widths=[1.2, 1.2, 1.1, 1.1, 1.6], align_right_from=1),
        H(2, "Pay"),
        P("The gender pay gap is 6.5 per cent, meaning that women earn 93.5 per cent of what men earn. "
          "Most of the gap follows from the larger share of men in night-shift driving roles."),
        H(2, "Sickness absence"),
        Table([["Sickness absence", "2022", "2023", "2024"],
               ["Women", "6.4 %", "6.0 %", "5.7 %"],
               ["Men", "4.1 %", "3.9 %", "3.6 %"]],
              widths=[1.8, 1, 1, 1], align_right_from=1),
    ],
    gold=Gold(
        organisation="Northbay Logistics AS", doc_type="equality_report", language="en", report_year=2024,
        published=None,
        percentages=[
            pct(6.5, "6.5 per cent", "gender pay gap"),
            pct(93.5, "93.5 per cent", "women's pay as a share of men's"),
            pct(6.4, "6.4 %", "sickness absence women 2022"), pct(6.0, "6.0 %", "sickness absence women 2023"),
            pct(5.7, "5.7 %", "sickness absence women 2024"), pct(4.1, "4.1 %", "sickness absence men 2022"),
            pct(3.9, "3.9 %", "sickness absence men 2023"), pct(3.6, "3.6 %", "sickness absence men 2024"),
        ],
        extra={"equality_metrics": {
            "employees_total": 3250, "employees_women": 1204, "employees_men": 2046, "women_share_total": 37.0,
            "women_share_top_management": 37.5, "pay_ratio_women_to_men_total": 93.5,
            "part_time_employees": 285, "part_time_women": 188, "part_time_men": 97,
            "temporary_employees": 144, "temporary_women": 61, "temporary_men": 83,
            "parental_leave_weeks_women": 18.4, "parental_leave_weeks_men": 11.2,
            "sick_leave_women": 5.7, "sick_leave_men": 3.6,
            "women_share_middle_managers": 37.5, "women_share_specialists": 51.7, "women_share_operators": 33.6,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 3. nb company report: three years side by side with % in the cells, average pay with a weighted
#    average row, a K/M pay-ratio column, run-in labels
# ---------------------------------------------------------------------------
STEINSETH = Doc(
    doc_id="steinseth-verktoy-likestilling-2024", subdir=S,
    layout="portrait", font="sans",
    meta_title="Likestillingsredegjørelse 2024", meta_author="Steinseth Verktøy AS",
    header="Steinseth Verktøy AS", footer="{page}",
    blocks=[
        H(1, "Likestillingsredegjørelse 2024"),
        P("Steinseth Verktøy AS produserer håndverktøy ved to fabrikker. Ved utgangen av 2024 hadde "
          "selskapet ca. 480 ansatte, hvorav 130 kvinner."),
        H(2, "Kjønnsbalanse over tid"),
        Table([["Andel kvinner", "2022", "2023", "2024"],
               ["Toppledelse", "20 %", "25 %", "33 %"],
               ["Ledere", "18 %", "21 %", "24 %"],
               ["Alle ansatte", "25 %", "26 %", "27 %"]],
              ruled=False, widths=[2, 1, 1, 1], align_right_from=1),
        H(2, "Lønn"),
        Table([["Stillingsgruppe", "Antall kvinner", "Antall menn", "Snittlønn kvinner", "Snittlønn menn",
                "Lønn K/M (%)"],
               ["Ingeniører", "22", "61", "58 900", "60 100", "98,0"],
               ["Operatører", "96", "270", "41 200", "43 400", "94,9"],
               ["Vektet snitt", "", "", "45 100", "47 900", "94,2"]],
              widths=[1.6, 1.1, 1.1, 1.2, 1.2, 1.0], align_right_from=1),
        P("Deltid: 31 ansatte, herav 24 kvinner og 7 menn. Midlertidig ansatte: 12 ansatte, herav "
          "5 kvinner og 7 menn."),
        P("Sykefraværet blant kvinner var 6,2 prosent, mens det for menn var 4,4 prosent."),
    ],
    gold=Gold(
        organisation="Steinseth Verktøy AS", doc_type="equality_report", language="nb", report_year=2024,
        published=None,
        percentages=[
            pct(20, "20 %", "andel kvinner i toppledelsen 2022"), pct(25, "25 %", "andel kvinner i toppledelsen 2023"),
            pct(33, "33 %", "andel kvinner i toppledelsen 2024"), pct(18, "18 %", "andel kvinner blant ledere 2022"),
            pct(21, "21 %", "andel kvinner blant ledere 2023"), pct(24, "24 %", "andel kvinner blant ledere 2024"),
            pct(25, "25 %", "andel kvinner blant alle ansatte 2022"),
            pct(26, "26 %", "andel kvinner blant alle ansatte 2023"),
            pct(27, "27 %", "andel kvinner blant alle ansatte 2024"),
            pct(6.2, "6,2 prosent", "sykefravær kvinner"), pct(4.4, "4,4 prosent", "sykefravær menn"),
        ],
        extra={"equality_metrics": {
            "employees_total": 480, "employees_women": 130, "employees_men": 350, "women_share_total": 27,
            "women_share_top_management": 33, "women_share_managers": 24, "pay_ratio_women_to_men_total": 94.2,
            "part_time_employees": 31, "part_time_women": 24, "part_time_men": 7,
            "temporary_employees": 12, "temporary_women": 5, "temporary_men": 7,
            "sick_leave_women": 6.2, "sick_leave_men": 4.4,
            "pay_ratio_women_to_men_ingeniorer": 98.0, "pay_ratio_women_to_men_operatorer": 94.9,
        }},
    ),
)

DOCS = [LYNGHAUG, NORTHBAY, STEINSETH]
