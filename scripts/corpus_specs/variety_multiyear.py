"""Variety corpus, multi-year: one organisation's equality reports for two years.

Lysheim Nett AS reports for 2023 (its first, thin report) and for 2024 (a fuller one
with a table by job category that prints 2023 beside 2024). The figures differ, and
so does what the legal checklist finds: the comparison a researcher makes across years
must read each year's own figures. All organisations, people and figures are invented;
real public bodies and unions are only named.
"""

from __future__ import annotations

from .model import (Bullets, Doc, Gold, Heading as H, Para as P, Table, Title, ddl, pct, sup)

V = "variety"
ORG = "Lysheim Nett AS"


def item(code: str, present: bool, evidence=None, note=None) -> dict:
    out = {"item": code, "status": "present" if present else "absent",
           "evidence": evidence if present else None}
    if note:
        out["note"] = note
    return out


# ---------------------------------------------------------------------------
# 2023: portrait, one table women/men/total, no temporary split, no mapping of
# involuntary part-time, no evaluation yet, only a generic anti-discrimination sentence
# ---------------------------------------------------------------------------

E23_RISK = ("Sammen med de tillitsvalgte gikk vi i 2023 gjennom rekruttering, lønnsfastsettelse, "
            "forfremmelse og tilrettelegging for å finne risikoer for diskriminering.")
E23_RISK2 = ("Den største risikoen vi fant, er at svært få kvinner søker seg til montør- og "
             "ingeniørstillinger.")
E23_CAUSE = ("Lønnsforskjellen skyldes i hovedsak at de fleste kvinnene jobber i administrasjon "
             "og kundesenter, der lønnsnivået er lavere enn i de tekniske stillingene.")
E23_MEASURE = ("Vi har tatt i bruk kjønnsnøytrale stillingsannonser og deltok i 2023 på "
               "jentedagen ved Lysheim videregående skole.")
E23_POLICY = ("Lysheim Nett tolererer ingen form for diskriminering på grunn av kjønn, "
              "etnisitet, religion, funksjonsnedsettelse, seksuell orientering eller alder.")

BRATTLI_2023 = Doc(
    doc_id="lysheim-nett-likestilling-2023",
    layout="portrait", font="sans",
    meta_title="Likestillingsredegjørelse 2023", meta_author="HR Lysheim Nett",
    header="Lysheim Nett AS – Redegjørelse for likestilling og ikke-diskriminering 2023",
    header_on_first_page=False, footer="{page}", footer_align="right", subdir=V, max_pages=3,
    blocks=[
        Title("Redegjørelse for likestilling og ikke-diskriminering 2023", [ORG]),
        H(1, "Om Lysheim Nett", "1"),
        P("Lysheim Nett AS bygger, eier og driver strømnettet i fem kommuner i Innlandet og har "
          "om lag 46 000 nettkunder. Selskapet er heleid av Lysheim Energi AS og har hovedkontor "
          "på Lysheim og driftsbase i Skogdal."),
        H(1, "Tilstand for kjønnslikestilling", "2"),
        Table([["31.12.2023", "Kvinner", "Menn", "Totalt"],
               ["Antall ansatte", "38", "134", "172"],
               ["Ledergruppen", "2", "5", "7"],
               ["Ledere med personalansvar", "5", "16", "21"],
               ["Deltidsansatte", "6", "3", "9"],
               ["Foreldrepermisjon, snitt uker", "26,5", "13,0", ""],
               ["Sykefravær (%)", "6,1", "4,4", "4,8"]],
              ruled=True, widths=[2.6, 1, 1, 1], align_right_from=1),
        P("Kvinneandelen var 22,1 prosent ved utgangen av 2023. Kvinners lønn utgjorde 91,4 % "
          "av menns lønn, regnet som gjennomsnittlig avtalt månedslønn for alle ansatte."),
        P("Selskapet hadde sju midlertidig ansatte ved årsskiftet, de fleste lærlinger i "
          "elektrofag. Det er ikke gjennomført en egen kartlegging av ufrivillig deltid; de "
          "ni deltidsansatte har selv søkt om redusert stilling."),
        P("Av 212 søkere til ledige stillinger i 2023 var 18 prosent kvinner. Av 16 nyansatte "
          "var fire kvinner."),
        H(1, "Vårt arbeid for likestilling", "3"),
        P(E23_RISK + " " + E23_RISK2),
        P(E23_CAUSE),
        P(E23_MEASURE + " Vi vil evaluere tiltakene i neste redegjørelse."),
        P(E23_POLICY),
        H(2, "Mål", "3.1"),
        P("Målet er at kvinneandelen skal være minst 25 prosent innen 2026."),
    ],
    gold=Gold(
        organisation=ORG, doc_type="equality_report", language="nb", report_year=2023,
        published=None,
        percentages=[
            pct(22.1, "22,1 prosent", "kvinneandel ved utgangen av 2023"),
            pct(91.4, "91,4 %", "kvinners lønn i prosent av menns"),
            pct(18, "18 prosent", "kvinneandel blant søkere 2023"),
            pct(25, "25 prosent", "mål for kvinneandel innen 2026"),
        ],
        deadlines=[ddl("innen 2026", "2026-12-31", "kvinneandel på minst 25 prosent")],
        organisations=["Lysheim Energi AS", "Lysheim videregående skole"],
        suppliers=[],
        risk_sectors=[], risk_issues=["discrimination_harassment"],
        extra={
            "equality_metrics": {
                "employees_total": 172, "employees_women": 38, "employees_men": 134,
                "women_share_total": 22.1, "women_share_top_management": 28.6,
                "women_share_managers": 23.8, "pay_ratio_women_to_men_total": 91.4,
                "part_time_employees": 9, "part_time_women": 6, "part_time_men": 3,
                "temporary_employees": 7, "temporary_women": None, "temporary_men": None,
                "parental_leave_weeks_women": 26.5, "parental_leave_weeks_men": 13.0,
                "sick_leave_women": 6.1, "sick_leave_men": 4.4,
                "applicants_women_share": 18.0, "hires_women_share": 25.0,
                "sick_leave_total": 4.8, "applicants_total": 212, "hires_total": 16,
                "hires_women": 4, "network_customers": 46000, "municipalities_served": 5,
            },
            "checklist": [
                item("gender_balance", True, "Antall ansatte 38 134 172"),
                item("pay_by_gender", True,
                     "Kvinners lønn utgjorde 91,4 % av menns lønn, regnet som gjennomsnittlig "
                     "avtalt månedslønn for alle ansatte.",
                     "Overall figure only, no levels."),
                item("part_time_by_gender", True, "Deltidsansatte 6 3 9"),
                item("temporary_by_gender", False,
                     note="Only the total ('sju midlertidig ansatte'), no split by gender."),
                item("parental_leave_by_gender", True, "Foreldrepermisjon, snitt uker 26,5 13,0"),
                item("involuntary_part_time", False,
                     note="States that no mapping of involuntary part-time was made."),
                item("risks_investigated", True, E23_RISK2),
                item("causes_analysed", True, E23_CAUSE),
                item("measures_taken", True, E23_MEASURE),
                item("results_evaluated", False,
                     note="Only a promise to evaluate in the next report."),
                item("other_grounds", False,
                     note="Only a generic anti-discrimination list in a policy sentence."),
                item("employee_representatives_involved", True,
                     "Sammen med de tillitsvalgte gikk vi i 2023 gjennom rekruttering, "
                     "lønnsfastsettelse, forfremmelse og tilrettelegging"),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# 2024: serif, table by job category with 2024 and 2023 side by side (two header rows),
# temporary split, involuntary part-time mapped, last year's measures evaluated,
# age and ethnicity dealt with
# ---------------------------------------------------------------------------

E24_INVOL = ("Vi kartla ufrivillig deltid i medarbeiderundersøkelsen i oktober 2024: ingen av de "
             "åtte deltidsansatte ønsker en høyere stillingsprosent.")
E24_RISK = ("Risikoen for at seniorer faller utenfor, er reell: ansatte over 60 år deltok "
            "sjeldnere på kurs og sertifiseringer enn yngre kolleger.")
E24_CAUSE = ("Lønnsgapet skyldes at kvinnene er overrepresentert i administrasjon og kundesenter, "
             "mens tillegg for vakt og beredskap nesten bare går til montørene.")
E24_MEASURE = ("I 2024 innførte vi seniorsamtaler for alle over 58 år og tilbød norskopplæring "
               "i arbeidstiden for fire montører med annet morsmål enn norsk.")
E24_EVAL = ("Kjønnsnøytrale stillingsannonser: gjennomført. Andelen kvinnelige søkere økte fra 18 "
            "prosent til 21 prosent.")
E24_REPS = ("Redegjørelsen er utarbeidet sammen med hovedtillitsvalgte fra EL og IT Forbundet og "
            "Tekna og behandlet i arbeidsmiljøutvalget 12. februar 2025.")

BRATTLI_2024 = Doc(
    doc_id="lysheim-nett-likestilling-2024",
    layout="portrait", font="serif",
    meta_title="Likestillingsredegjørelse 2024", meta_author="Lysheim Nett AS",
    header="Lysheim Nett AS · Likestilling og ikke-diskriminering 2024",
    header_on_first_page=False, footer="Side {page} av {pages}", footer_align="center",
    number_dot=False, subdir=V, max_pages=4,
    blocks=[
        Title("Likestilling og ikke-diskriminering", ["Redegjørelse for 2024", ORG,
                                                      "Publisert 20. februar 2025"]),
        H(1, "Del 1 – Tilstanden for kjønnslikestilling"),
        P("Ved utgangen av 2024 hadde Lysheim Nett 181 ansatte, 43 kvinner og 138 menn. "
          "Kvinneandelen økte fra 22,1 prosent i 2023 til 23,8 prosent. I ledergruppen på sju er det nå tre "
          "kvinner, og av 22 ledere med personalansvar er seks kvinner (27,3 %)."),
        H(2, "Kjønnsfordeling og lønn per stillingskategori"),
        Table([["Stillingskategori", "2024", "", "2023", "", "Kvinners lønn i % av menns"],
               ["", "K", "M", "K", "M", "2024"],
               ["Ledergruppen", "3", "4", "2", "5", "96,1"],
               ["Mellomledere", "3", "12", "3", "11", "98,4"],
               ["Ingeniører og rådgivere", "21", "48", "19", "46", "94,2"],
               ["Montører og fagarbeidere", "2", "68", "1", "67", "97,5"],
               ["Administrasjon og kundesenter", "14", "6", "13", "5", "101,3"],
               ["Totalt", "43", "138", "38", "134", "93,0"]],
              header_rows=2, spans=[((1, 0), (2, 0)), ((3, 0), (4, 0)), ((0, 0), (0, 1))],
              ruled=False, lines="header_bottom", widths=[2.8, 0.6, 0.6, 0.6, 0.6, 1.6],
              align_right_from=1),
        P("Lønn er gjennomsnittlig avtalt månedslønn omregnet til heltid, uten tillegg for vakt "
          "og beredskap.", "small"),
        H(2, "Deltid, midlertidige stillinger og foreldrepermisjon"),
        Table([["2024", "Kvinner", "Menn"],
               ["Deltidsansatte", "5", "3"],
               ["Midlertidig ansatte", "2", "4"],
               ["Uttak av foreldrepermisjon, uker (snitt)", "24,0", "14,5"],
               ["Legemeldt og egenmeldt sykefravær (%)", "5,4", "4,9"]],
              ruled=False, lines="header", widths=[3.4, 1, 1], align_right_from=1),
        P(E24_INVOL),
        H(2, "Rekruttering"),
        P("Vi fikk 240 søknader på ledige stillinger i 2024, og 21 prosent av søkerne var "
          "kvinner. Av 14 nyansatte var fem kvinner (36 %)."),
        H(1, "Del 2 – Vårt arbeid for likestilling og mot diskriminering"),
        H(2, "Slik jobber vi"),
        P(E24_REPS + " Vi følger de fire stegene i aktivitetsplikten: undersøke risiko, "
          "analysere årsaker, iverksette tiltak og evaluere resultater."),
        H(2, "Risikoer og årsaker"),
        Bullets(["Få kvinner søker tekniske stillinger. " + E24_CAUSE,
                 E24_RISK + " Årsaken er at opplæringsplanene prioriterte nyansatte.",
                 "Ansatte med annet morsmål enn norsk rapporterer oftere at de ikke forstår "
                 "skriftlige sikkerhetsinstrukser."]),
        H(2, "Tiltak i 2024"),
        P(E24_MEASURE + " Vi har også satt av en likelønnspott på 0,5 prosent av lønnsmassen "
          "i lønnsoppgjøret for 2025."),
        H(2, "Evaluering av fjorårets tiltak"),
        Table([["Tiltak fra 2023", "Status og resultat"],
               ["Kjønnsnøytrale stillingsannonser", E24_EVAL.split(": ", 1)[1]],
               ["Jentedagen ved Lysheim videregående skole", "Gjennomført igjen i 2024. To av "
                "fem lærlinger tatt inn høsten 2024 er jenter."]],
              ruled=True, widths=[2, 4]),
        H(2, "Mål"),
        P("Målet om minst 25 prosent kvinner innen 2026 ligger fast. Ny lønnskartlegging "
          "gjennomføres innen 30. juni 2025."),
    ],
    gold=Gold(
        organisation=ORG, doc_type="equality_report", language="nb", report_year=2024,
        published="2025-02-20",
        percentages=[
            pct(22.1, "22,1 prosent", "kvinneandel 2023"),
            pct(23.8, "23,8 prosent", "kvinneandel 2024"),
            pct(27.3, "27,3 %", "kvinneandel blant ledere med personalansvar"),
            pct(21, "21 prosent", "kvinneandel blant søkere 2024"),
            pct(36, "36 %", "kvinneandel blant nyansatte 2024"),
            pct(0.5, "0,5 prosent", "likelønnspott av lønnsmassen i lønnsoppgjøret 2025"),
            pct(18, "18 prosent", "andel kvinnelige søkere før tiltaket (2023)"),
            pct(21, "21 prosent", "andel kvinnelige søkere etter tiltaket (2024)"),
            pct(25, "25 prosent", "mål for kvinneandel innen 2026"),
        ],
        deadlines=[
            ddl("innen 2026", "2026-12-31", "minst 25 prosent kvinner"),
            ddl("innen 30. juni 2025", "2025-06-30", "ny lønnskartlegging gjennomføres"),
        ],
        organisations=["EL og IT Forbundet", "Tekna", "Lysheim videregående skole"],
        suppliers=[],
        risk_sectors=[], risk_issues=["discrimination_harassment"],
        extra={
            "equality_metrics": {
                "employees_total": 181, "employees_women": 43, "employees_men": 138,
                "women_share_total": 23.8, "women_share_top_management": 42.9,
                "women_share_managers": 27.3, "pay_ratio_women_to_men_total": 93.0,
                "part_time_employees": 8, "part_time_women": 5, "part_time_men": 3,
                "temporary_employees": 6, "temporary_women": 2, "temporary_men": 4,
                "parental_leave_weeks_women": 24.0, "parental_leave_weeks_men": 14.5,
                "sick_leave_women": 5.4, "sick_leave_men": 4.9,
                "applicants_women_share": 21.0, "hires_women_share": 36.0,
                "women_share_middle_managers": 20.0,
                "women_share_engineers_advisers": 30.4,
                "women_share_fitters_skilled_workers": 2.9,
                "women_share_administration_customer_service": 70.0,
                "pay_ratio_women_to_men_top_management": 96.1,
                "pay_ratio_women_to_men_middle_managers": 98.4,
                "pay_ratio_women_to_men_engineers_advisers": 94.2,
                "pay_ratio_women_to_men_fitters_skilled_workers": 97.5,
                "pay_ratio_women_to_men_administration_customer_service": 101.3,
                "involuntary_part_time_employees": 0, "applications_total": 240,
                "hires_total": 14, "hires_women": 5, "pay_pool_share_of_payroll": 0.5,
                "seniors_age_threshold_for_talks": 58, "fitters_language_training": 4,
                "apprentices_women_2024": 2, "apprentices_total_autumn_2024": 5,
            },
            "checklist": [
                item("gender_balance", True,
                     "Ved utgangen av 2024 hadde Lysheim Nett 181 ansatte, 43 kvinner og 138 menn."),
                item("pay_by_gender", True, "Totalt 43 138 38 134 93,0"),
                item("part_time_by_gender", True, "Deltidsansatte 5 3"),
                item("temporary_by_gender", True, "Midlertidig ansatte 2 4"),
                item("parental_leave_by_gender", True,
                     "Uttak av foreldrepermisjon, uker (snitt) 24,0 14,5"),
                item("involuntary_part_time", True, E24_INVOL),
                item("risks_investigated", True, E24_RISK),
                item("causes_analysed", True, E24_CAUSE),
                item("measures_taken", True, E24_MEASURE),
                item("results_evaluated", True,
                     "Kjønnsnøytrale stillingsannonser … Andelen kvinnelige søkere økte fra 18 "
                     "prosent til 21 prosent."),
                item("other_grounds", True, E24_RISK),
                item("employee_representatives_involved", True, E24_REPS),
            ],
        },
    ),
)

DOCS = [BRATTLI_2023, BRATTLI_2024]
