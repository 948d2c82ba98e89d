"""Variety corpus: equality reports (likestillingsredegjørelser, aktivitets- og
redegjørelsesplikten) from companies, municipalities, a ministry, an agency and a
hospital trust, in the shapes they really take: stand-alone reports, annual-report
chapters, a note in the annual accounts and a chapter of a budget proposition. A separate
evaluation set written from the genre descriptions, not from the extraction rules. All
organisations, people and figures are invented; real public bodies are only named."""

from .model import (Bullets, ColumnBreak, Doc, Gold, Heading as H, PageBreak, Para as P, Spacer,
                    Table, Title, Toc, ck, ddl, pct)

V = "variety"

# ---------------------------------------------------------------------------
# E1. Brekke Maskin AS, 2024 — nb, stand-alone; ruled table with two header rows
#     (Antall K | M, monthly pay in kroner K | M): pay as two amounts; a second
#     ruled table with K | M | Totalt and units in the row labels
# ---------------------------------------------------------------------------

BREKKE = Doc(
    doc_id="brekke-maskin-likestilling-2024", subdir=V,
    layout="portrait", font="sans",
    meta_title="Likestillingsredegjørelse 2024",
    meta_author="HR",
    header="Brekke Maskin AS", header_on_first_page=False,
    footer="Side {page} av {pages}", footer_align="right",
    blocks=[
        Title("Redegjørelse for likestilling og ikke-diskriminering 2024",
              ["Brekke Maskin AS", "Aktivitets- og redegjørelsesplikten (likestillings- og "
               "diskrimineringsloven § 26 og § 26 a)"]),
        H(1, "Om Brekke Maskin", "1"),
        P("Brekke Maskin AS produserer hydrauliske løsninger og kraner for skip og havbruk ved "
          "fabrikken i Brekke i Sunnfjord. Ved utgangen av 2024 hadde vi 260 ansatte, hvorav 53 "
          "kvinner og 207 menn. Kvinneandelen er dermed 20,4 %, omtrent som året før."),
        H(1, "Tilstanden for kjønnslikestilling", "2"),
        H(2, "Kjønnsbalanse og lønn per stillingsnivå", "2.1"),
        P("Lønn er gjennomsnittlig fast månedslønn per 31.12.2024, omregnet til full stilling. "
          "Faste og variable tillegg er ikke med."),
        Table([["Stillingsnivå", "Antall", "", "Gjennomsnittlig månedslønn (kr)", ""],
               ["", "K", "M", "K", "M"],
               ["Ledergruppen", "2", "5", "98 400", "104 200"],
               ["Mellomledere", "6", "19", "71 300", "73 900"],
               ["Funksjonærer", "28", "41", "58 200", "62 700"],
               ["Operatører og fagarbeidere", "17", "142", "47 900", "49 600"],
               ["Totalt", "53", "207", "57 900", "55 700"]],
              header_rows=2, widths=[2.6, 0.7, 0.7, 1.1, 1.1], align_right_from=1,
              spans=[((1, 0), (2, 0)), ((3, 0), (4, 0)), ((0, 0), (0, 1))]),
        P("Totalt tjener kvinner i gjennomsnitt 103,9 % av det menn tjener. Det skyldes at "
          "kvinnene i større grad enn mennene er funksjonærer, mens de fleste mennene arbeider "
          "i produksjonen. Innenfor hvert nivå tjener kvinner mellom 92 % og 97 % av menns lønn. "
          "Blant alle med personalansvar er 25 % kvinner."),
        H(2, "Deltid, midlertidige stillinger, permisjon og fravær", "2.2"),
        Table([["", "Kvinner", "Menn", "Totalt"],
               ["Deltidsansatte (antall)", "9", "4", "13"],
               ["– herav ufrivillig deltid", "1", "0", "1"],
               ["Midlertidig ansatte (antall)", "3", "8", "11"],
               ["Foreldrepermisjon, gjennomsnitt (uker)", "16,2", "11,8", "–"],
               ["Sykefravær (%)", "6,1", "4,3", "4,7"]],
              widths=[3, 1, 1, 1], align_right_from=1),
        P("Vi kartla ufrivillig deltid i medarbeidersamtalene høsten 2024. Én ansatt oppga at hun "
          "ønsker en høyere stillingsprosent, og hun har fått tilbud om å øke fra 60 % til 80 %. "
          "Av 412 søkere til ledige stillinger var 14 % kvinner, mens 22 % av de nyansatte var "
          "kvinner."),
        H(1, "Arbeidet for likestilling og mot diskriminering", "3"),
        H(2, "Slik jobber vi", "3.1"),
        P("HR-sjefen leder arbeidet sammen med to tillitsvalgte fra Fellesforbundet og "
          "verneombudet. Gruppen gjennomgikk lønnsdataene, medarbeiderundersøkelsen og "
          "rekrutteringsstatistikken i januar 2025 og foreslo tiltakene nedenfor."),
        H(2, "Risikoer og årsaker", "3.2"),
        Bullets(["Få kvinner søker stillinger i produksjonen. Hovedårsaken er at få jenter tar "
                 "fagbrev som industrimekaniker eller sveiser.",
                 "Funksjonærer i salg har lavere lønn enn ingeniører, og kvinnene er "
                 "overrepresentert i salg.",
                 "Ansatte med annet morsmål enn norsk er underrepresentert i lederstillinger, "
                 "blant annet fordi kravet om flytende norsk i stillingsannonsene stenger ute "
                 "gode kandidater."]),
        H(2, "Tiltak vi har gjennomført", "3.3"),
        Bullets(["Sommerjobb for jenter i 10. klasse i samarbeid med Sunnfjord vidaregåande "
                 "skule, gjennomført for andre år på rad.",
                 "Nytt lønnssystem der alle stillinger er plassert i stillingsfamilier.",
                 "Norskkurs i arbeidstiden for 14 ansatte med annet morsmål."]),
        H(2, "Resultater", "3.4"),
        P("Målet fra 2022 om at minst 25 % av lærlingene skal være jenter, ble ikke nådd: "
          "andelen var 18 % i 2024, opp fra 11 %. Vi fortsetter sommerjobbordningen og har satt "
          "et nytt mål om 25 % innen 2027."),
    ],
    gold=Gold(
        organisation="Brekke Maskin AS",
        doc_type="equality_report", language="nb", report_year=2024,
        published=None,
        percentages=[
            pct(20.4, "20,4 %", "kvinneandel totalt"),
            pct(103.9, "103,9 %", "kvinners gjennomsnittslønn i prosent av menns, totalt"),
            pct(92, "92 %", "laveste kvinners lønn i prosent av menns innenfor et nivå"),
            pct(97, "97 %", "høyeste kvinners lønn i prosent av menns innenfor et nivå"),
            pct(25, "25 %", "kvinneandel blant alle med personalansvar"),
            pct(60, "60 %", "stillingsprosent før økning"),
            pct(80, "80 %", "stillingsprosent etter økning"),
            pct(14, "14 %", "andel kvinner blant søkere"),
            pct(22, "22 %", "andel kvinner blant nyansatte"),
            pct(25, "25 %", "mål fra 2022 for andel jenter blant lærlingene"),
            pct(18, "18 %", "andel jenter blant lærlingene i 2024"),
            pct(11, "11 %", "andel jenter blant lærlingene tidligere"),
            pct(25, "25 %", "nytt mål for andel jenter blant lærlingene innen 2027"),
        ],
        deadlines=[ddl("innen 2027", "2027-12-31",
                       "minst 25 % jenter blant lærlingene")],
        organisations=["Fellesforbundet", "Sunnfjord vidaregåande skule"],
        extra={
            "equality_metrics": {
                "employees_total": 260,
                "employees_women": 53,
                "employees_men": 207,
                "women_share_total": 20.4,
                "women_share_top_management": 28.6,
                "women_share_managers": 25.0,
                "pay_ratio_women_to_men_total": 103.9,
                "part_time_employees": 13,
                "part_time_women": 9,
                "part_time_men": 4,
                "temporary_employees": 11,
                "temporary_women": 3,
                "temporary_men": 8,
                "parental_leave_weeks_women": 16.2,
                "parental_leave_weeks_men": 11.8,
                "sick_leave_women": 6.1,
                "sick_leave_men": 4.3,
                "applicants_women_share": 14.0,
                "hires_women_share": 22.0,
                "women_share_ledergruppen": 28.6,
                "women_share_mellomledere": 24.0,
                "women_share_funksjonaerer": 40.6,
                "women_share_operatorer_og_fagarbeidere": 10.7,
                "pay_ratio_women_to_men_ledergruppen": 94.4,
                "pay_ratio_women_to_men_mellomledere": 96.5,
                "pay_ratio_women_to_men_funksjonaerer": 92.8,
                "pay_ratio_women_to_men_operatorer_og_fagarbeidere": 96.6,
                "avg_monthly_pay_women_nok": 57900,
                "avg_monthly_pay_men_nok": 55700,
                "involuntary_part_time_employees": 1,
                "sick_leave_total": 4.7,
                "applicants": 412,
                "apprentices_girls_share": 18.0,
                "norwegian_course_participants": 14,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "Ved utgangen av 2024 hadde vi 260 ansatte, hvorav 53 kvinner og 207 menn."),
                ck("pay_by_gender", "present",
                   "Totalt tjener kvinner i gjennomsnitt 103,9 % av det menn tjener."),
                ck("part_time_by_gender", "present", "Deltidsansatte (antall) 9 4 13"),
                ck("temporary_by_gender", "present", "Midlertidig ansatte (antall) 3 8 11"),
                ck("parental_leave_by_gender", "present",
                   "Foreldrepermisjon, gjennomsnitt (uker) 16,2 11,8"),
                ck("involuntary_part_time", "present",
                   "Vi kartla ufrivillig deltid i medarbeidersamtalene høsten 2024. Én ansatt "
                   "oppga at hun ønsker en høyere stillingsprosent"),
                ck("risks_investigated", "present",
                   "Gruppen gjennomgikk lønnsdataene, medarbeiderundersøkelsen og "
                   "rekrutteringsstatistikken"),
                ck("causes_analysed", "present",
                   "Hovedårsaken er at få jenter tar fagbrev som industrimekaniker eller sveiser."),
                ck("measures_taken", "present",
                   "Norskkurs i arbeidstiden for 14 ansatte med annet morsmål."),
                ck("results_evaluated", "present",
                   "Målet fra 2022 om at minst 25 % av lærlingene skal være jenter, ble ikke nådd"),
                ck("other_grounds", "present",
                   "Ansatte med annet morsmål enn norsk er underrepresentert i lederstillinger"),
                ck("employee_representatives_involved", "present",
                   "HR-sjefen leder arbeidet sammen med to tillitsvalgte fra Fellesforbundet og "
                   "verneombudet."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E2. Sunnvik kommune, 2024 — nn, chapter "Likestilling og mangfald" of the
#     årsmelding; figures in prose ("Av dei 1 240 tilsette var 968 kvinner"); two
#     years side by side (2024 K | 2024 M | 2023 K | 2023 M); job groups as rows with
#     "Kvinner si løn i pst. av menn si løn"; "pst." in prose
# ---------------------------------------------------------------------------

SUNNVIK = Doc(
    doc_id="sunnvik-kommune-arsmelding-likestilling-2024", subdir=V,
    layout="portrait", font="serif",
    meta_title="Årsmelding 2024 – kapittel 6",
    meta_author="Sunnvik kommune",
    header="Sunnvik kommune – Årsmelding 2024", header_on_first_page=True,
    footer="{page}", footer_align="center",
    blocks=[
        H(1, "Likestilling og mangfald", "6"),
        P("Kommunen skal fremje likestilling og hindre diskriminering på grunn av kjønn, "
          "etnisitet, religion, funksjonsnedsetjing, seksuell orientering, kjønnsidentitet og "
          "alder. Kapittelet oppfyller aktivitets- og utgreiingsplikta etter likestillings- og "
          "diskrimineringslova."),
        H(2, "Kjønnsbalanse", "6.1"),
        P("Av dei 1 240 tilsette var 968 kvinner og 272 menn ved utgangen av 2024. Delen kvinner "
          "var 78,1 prosent. I kommunedirektøren si leiargruppe er det fire kvinner og tre menn, "
          "og 70 prosent av leiarane med personalansvar er kvinner."),
        Table([["", "2024", "", "2023", ""],
               ["", "K", "M", "K", "M"],
               ["Tilsette (tal)", "968", "272", "951", "280"],
               ["Deltid (%)", "52", "21", "54", "23"],
               ["Mellombels tilsette (tal)", "71", "24", "80", "22"],
               ["Foreldrepermisjon (veker)", "19,5", "13,0", "18,9", "11,2"],
               ["Sjukefråvær (%)", "9,8", "6,4", "10,2", "6,9"]],
              header_rows=2, widths=[2.6, 0.8, 0.8, 0.8, 0.8], align_right_from=1,
              spans=[((1, 0), (2, 0)), ((3, 0), (4, 0))]),
        H(2, "Løn", "6.2"),
        P("Samla tente kvinner 91,2 pst. av det menn tente i 2024. Skilnaden kjem først og "
          "fremst av at fleire menn er i stillingar med høgare utdanningskrav og i tekniske "
          "stillingar med vaktordningar. Innanfor same stillingsgruppe er skilnadene små."),
        Table([["Stillingsgruppe", "Kvinner", "Menn", "Kvinner si løn i pst. av menn si løn"],
               ["Kommunedirektøren si leiargruppe", "4", "3", "97,1"],
               ["Einingsleiarar", "31", "12", "99,2"],
               ["Sjukepleiarar", "188", "14", "101,3"],
               ["Helsefagarbeidarar", "243", "19", "98,7"],
               ["Lærarar", "167", "58", "98,4"],
               ["Reinhald og drift", "48", "51", "95,5"]],
              widths=[2.8, 0.9, 0.9, 1.8], align_right_from=1),
        H(2, "Deltid og uønskt deltid", "6.3"),
        P("I alt 560 tilsette arbeidde deltid. Deltida kjem i hovudsak av turnusordningar med "
          "mykje helgearbeid i helse og omsorg. Kartlegginga av uønskt deltid i mars 2024 viste "
          "at 64 tilsette ønskte høgare stillingsprosent."),
        H(2, "Tiltak og resultat", "6.4"),
        P("Arbeidet er gjort saman med hovudtillitsvalde i Fagforbundet og Norsk "
          "Sjukepleierforbund, som har delteke i kartlegginga og i val av tiltak."),
        Bullets(["Heiltidsprosjektet i helse og omsorg: 45 stillingar vart auka til 100 prosent "
                 "i 2024.",
                 "Språkpraksis: kommunen tok imot 12 flyktningar i språkpraksis, og fem av dei "
                 "fekk tilsetjing.",
                 "Rekrutteringskampanje retta mot menn i barnehage og heimeteneste."]),
        P("Delen heiltidstilsette i pleie og omsorg auka frå 38 prosent i 2023 til 44 prosent i "
          "2024. Målet om 50 "
          "prosent innan 2026 står fast. Delen menn i barnehagane er framleis låg, og tiltaket "
          "held fram i 2025."),
    ],
    gold=Gold(
        organisation="Sunnvik kommune",
        doc_type="equality_report", language="nn", report_year=2024,
        published=None,
        percentages=[
            pct(78.1, "78,1 prosent", "delen kvinner av alle tilsette"),
            pct(70, "70 prosent", "delen kvinner blant leiarar med personalansvar"),
            pct(91.2, "91,2 pst.", "kvinner si løn i prosent av menn si løn, samla"),
            pct(100, "100 prosent", "stillingsstorleik etter heiltidsprosjektet"),
            pct(38, "38 prosent", "delen heiltidstilsette i pleie og omsorg 2023"),
            pct(44, "44 prosent", "delen heiltidstilsette i pleie og omsorg 2024"),
            pct(50, "50 prosent", "mål for delen heiltidstilsette innan 2026"),
        ],
        deadlines=[ddl("innan 2026", "2026-12-31",
                       "50 prosent heiltidstilsette i pleie og omsorg")],
        organisations=["Fagforbundet", "Norsk Sjukepleierforbund"],
        extra={
            "equality_metrics": {
                "employees_total": 1240,
                "employees_women": 968,
                "employees_men": 272,
                "women_share_total": 78.1,
                "women_share_top_management": 57.1,
                "women_share_managers": 70.0,
                "pay_ratio_women_to_men_total": 91.2,
                "part_time_employees": 560,
                "temporary_employees": 95,
                "temporary_women": 71,
                "temporary_men": 24,
                "parental_leave_weeks_women": 19.5,
                "parental_leave_weeks_men": 13.0,
                "sick_leave_women": 9.8,
                "sick_leave_men": 6.4,
                "women_share_kommunedirektoren_si_leiargruppe": 57.1,
                "women_share_einingsleiarar": 72.1,
                "women_share_sjukepleiarar": 93.1,
                "women_share_helsefagarbeidarar": 92.7,
                "women_share_lararar": 74.2,
                "women_share_reinhald_og_drift": 48.5,
                "pay_ratio_women_to_men_kommunedirektoren_si_leiargruppe": 97.1,
                "pay_ratio_women_to_men_einingsleiarar": 99.2,
                "pay_ratio_women_to_men_sjukepleiarar": 101.3,
                "pay_ratio_women_to_men_helsefagarbeidarar": 98.7,
                "pay_ratio_women_to_men_lararar": 98.4,
                "pay_ratio_women_to_men_reinhald_og_drift": 95.5,
                "part_time_share_women": 52.0,
                "part_time_share_men": 21.0,
                "involuntary_part_time_employees": 64,
                "positions_increased_to_full_time": 45,
                "refugees_in_language_practice": 12,
                "refugees_hired_after_language_practice": 5,
                "full_time_share_care_before": 38.0,
                "full_time_share_care_after": 44.0,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "Av dei 1 240 tilsette var 968 kvinner og 272 menn ved utgangen av 2024."),
                ck("pay_by_gender", "present",
                   "Samla tente kvinner 91,2 pst. av det menn tente i 2024."),
                ck("part_time_by_gender", "present", "Deltid (%) 52 21 54 23"),
                ck("temporary_by_gender", "present", "Mellombels tilsette (tal) 71 24 80 22"),
                ck("parental_leave_by_gender", "present",
                   "Foreldrepermisjon (veker) 19,5 13,0 18,9 11,2"),
                ck("involuntary_part_time", "present",
                   "Kartlegginga av uønskt deltid i mars 2024 viste at 64 tilsette ønskte høgare "
                   "stillingsprosent."),
                ck("risks_investigated", "present",
                   "Deltida kjem i hovudsak av turnusordningar med mykje helgearbeid i helse og "
                   "omsorg.",
                   "The mapping of part-time and pay identifies part-time in care as the main "
                   "risk; the evidence names it."),
                ck("causes_analysed", "present",
                   "Skilnaden kjem først og fremst av at fleire menn er i stillingar med høgare "
                   "utdanningskrav"),
                ck("measures_taken", "present",
                   "Heiltidsprosjektet i helse og omsorg: 45 stillingar vart auka til 100 prosent "
                   "i 2024."),
                ck("results_evaluated", "present",
                   "Delen heiltidstilsette i pleie og omsorg auka frå 38 prosent i 2023 til 44 "
                   "prosent i 2024. Målet om "
                   "50 prosent innan 2026 står fast."),
                ck("other_grounds", "present",
                   "kommunen tok imot 12 flyktningar i språkpraksis, og fem av dei fekk "
                   "tilsetjing"),
                ck("employee_representatives_involved", "present",
                   "Arbeidet er gjort saman med hovudtillitsvalde i Fagforbundet og Norsk "
                   "Sjukepleierforbund"),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E3. Nordlig Eiendom AS, 2024 — nb, a note in the annual accounts ("Note 9 –
#     Lønnskostnader og årsverk"): cost table in kroner, then a short equality
#     paragraph with counts in prose ("13 kvinner og 110 menn", "Ingen midlertidig
#     ansatte"); no pay comparison
# ---------------------------------------------------------------------------

NORDLIG = Doc(
    doc_id="nordlig-eiendom-note9-2024", subdir=V,
    layout="portrait", font="helvetica",
    meta_title="Årsregnskap 2024 Nordlig Eiendom AS",
    meta_author="Regnskapshuset Nord AS",
    header="Nordlig Eiendom AS – Noter til årsregnskapet 2024", header_on_first_page=True,
    footer="{page}", footer_align="right", number_dot=False,
    blocks=[
        H(1, "Note 8 – Varige driftsmidler"),
        P("Selskapets næringseiendommer er bokført til anskaffelseskost med fradrag for "
          "avskrivninger. Bygninger avskrives lineært over 50 år, tekniske installasjoner over "
          "15 år. Tomter avskrives ikke."),
        H(1, "Note 9 – Lønnskostnader og årsverk"),
        Table([["Lønnskostnader (kr)", "2024", "2023"],
               ["Lønninger", "79 412 000", "74 860 000"],
               ["Folketrygdavgift", "11 197 000", "10 555 000"],
               ["Pensjonskostnader", "4 210 000", "3 980 000"],
               ["Andre ytelser", "1 322 000", "1 204 000"],
               ["Sum", "96 141 000", "90 599 000"]],
              widths=[2.6, 1.2, 1.2], ruled=False, lines="header_bottom", align_right_from=1),
        P("Gjennomsnittlig antall årsverk var 118 i 2024 (114 i 2023). Selskapet har "
          "innskuddsbasert tjenestepensjon som oppfyller kravene i lov om obligatorisk "
          "tjenestepensjon."),
        P("**Likestilling.** Ved utgangen av året hadde selskapet 123 ansatte, 13 kvinner og 110 "
          "menn. De fleste mennene arbeider som driftsteknikere og vaktmestere, mens kvinnene i "
          "hovedsak arbeider i administrasjon og utleie. Styret består av to kvinner og tre menn. "
          "Ingen midlertidig ansatte. Fire menn og to kvinner arbeidet deltid, alle etter eget "
          "ønske. To menn tok ut foreldrepermisjon på til sammen 26 uker; ingen kvinner tok ut "
          "foreldrepermisjon i 2024. Selskapet har som mål å rekruttere flere kvinner til "
          "driftsstillinger."),
        H(1, "Note 10 – Ytelser til ledende personer"),
        Table([["Kr", "Daglig leder", "Styret"],
               ["Lønn", "1 640 000", "–"],
               ["Pensjon", "98 000", "–"],
               ["Styrehonorar", "–", "420 000"]],
              widths=[2, 1.2, 1.2], ruled=False, lines="header", align_right_from=1),
    ],
    gold=Gold(
        organisation="Nordlig Eiendom AS",
        doc_type="equality_report", language="nb", report_year=2024,
        published=None,
        percentages=[],
        deadlines=[],
        organisations=[],
        extra={
            "equality_metrics": {
                "employees_total": 123,
                "employees_women": 13,
                "employees_men": 110,
                "part_time_employees": 6,
                "part_time_women": 2,
                "part_time_men": 4,
                "temporary_employees": 0,
                "temporary_women": 0,
                "temporary_men": 0,
                "board_women": 2,
                "board_men": 3,
                "parental_leave_men_count": 2,
                "parental_leave_weeks_men_sum": 26,
                "parental_leave_women_count": 0,
                "full_time_equivalents": 118,
                "full_time_equivalents_previous_year": 114,
                "salaries_nok": 79412000,
                "payroll_costs_total_nok": 96141000,
                "ceo_salary_nok": 1640000,
                "board_fees_nok": 420000,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "Ved utgangen av året hadde selskapet 123 ansatte, 13 kvinner og 110 menn."),
                ck("pay_by_gender", "absent", None),
                ck("part_time_by_gender", "present",
                   "Fire menn og to kvinner arbeidet deltid, alle etter eget ønske."),
                ck("temporary_by_gender", "present", "Ingen midlertidig ansatte.",
                   "A total of zero: the split is zero women and zero men."),
                ck("parental_leave_by_gender", "present",
                   "To menn tok ut foreldrepermisjon på til sammen 26 uker; ingen kvinner tok ut "
                   "foreldrepermisjon i 2024."),
                ck("involuntary_part_time", "absent", None,
                   "'alle etter eget ønske' explains the part-time without saying it was mapped."),
                ck("risks_investigated", "absent", None),
                ck("causes_analysed", "absent", None),
                ck("measures_taken", "absent", None, "A goal, not a measure."),
                ck("results_evaluated", "absent", None),
                ck("other_grounds", "absent", None),
                ck("employee_representatives_involved", "absent", None),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E4. Kyst- og distriktsdepartementet, Prop. 1 S — nb, the "Likestillingsrapportering"
#     chapter of a budget proposition: the ministry and its agencies as COLUMNS, indicator
#     rows with units in the labels; report year 2023 in a 2024 document
# ---------------------------------------------------------------------------

PROP1S = Doc(
    doc_id="kyst-og-distriktsdepartementet-prop1s-likestilling", subdir=V,
    layout="portrait", font="serif",
    meta_title="Prop. 1 S (2024–2025)",
    meta_author="Kyst- og distriktsdepartementet",
    header="Prop. 1 S (2024–2025) – Kyst- og distriktsdepartementet", header_on_first_page=True,
    footer="{page}", footer_align="center", number_dot=False,
    blocks=[
        H(1, "Likestillingsrapportering", "12"),
        H(2, "Rapportering på kjønnslikestilling i departementet og underliggende virksomheter",
          "12.1"),
        P("Departementet og de underliggende virksomhetene rapporterer her om tilstanden for "
          "kjønnslikestilling i 2023, jf. likestillings- og diskrimineringsloven § 26 a. Tallene "
          "er hentet fra Statens sentrale tjenestemannsregister og virksomhetenes egne "
          "personalsystemer. Departementet hadde 198 ansatte ved utgangen av 2023, og "
          "kvinneandelen var 58 prosent."),
        Table([["", "Departementet", "Direktoratet for kystforvaltning", "Havnetilsynet",
                "Senter for lokalsamfunnsutvikling"],
               ["Antall ansatte", "198", "412", "87", "46"],
               ["Kvinner (%)", "58", "44", "31", "65"],
               ["Kvinner i lederstillinger (%)", "52", "38", "25", "60"],
               ["Kvinners lønn i % av menns", "94,6", "92,1", "96,8", "98,3"],
               ["Deltid kvinner (%)", "4,3", "7,1", "3,7", "6,7"],
               ["Deltid menn (%)", "1,2", "2,6", "0,0", "0,0"],
               ["Midlertidig ansatte kvinner (%)", "6,1", "5,0", "3,7", "13,3"],
               ["Midlertidig ansatte menn (%)", "4,8", "3,9", "1,7", "6,3"],
               ["Foreldrepermisjon kvinner (uker)", "17,4", "19,8", "16,0", "18,2"],
               ["Foreldrepermisjon menn (uker)", "13,9", "12,1", "14,5", "15,0"],
               ["Legemeldt sykefravær kvinner (%)", "3,9", "4,8", "5,2", "3,1"],
               ["Legemeldt sykefravær menn (%)", "2,1", "2,9", "3,4", "1,8"]],
              widths=[1.9, 1.2, 1.4, 1.2, 1.9], font_size=7, align_right_from=1),
        P("Kilde: Statens sentrale tjenestemannsregister (SST) og virksomhetene.", "small"),
        H(2, "Departementets eget arbeid", "12.2"),
        P("Kvinners lønn utgjorde 94,6 prosent av menns lønn i departementet. Forskjellen skyldes "
          "i hovedsak at det er flere menn enn kvinner i de høyeste stillingskodene, særlig "
          "blant fagdirektører. Departementet har i 2023 gjennomført en lønnskartlegging sammen "
          "med de tillitsvalgte i Akademikerne, Unio og LO Stat, og ved de lokale "
          "lønnsforhandlingene ble 11 kvinnelige seniorrådgivere løftet til fagdirektør."),
        P("Medarbeiderundersøkelsen viste at ansatte med minoritetsbakgrunn opplever at de i "
          "mindre grad får utviklingsoppgaver. Departementet har derfor innført et "
          "mentorprogram, og alle ledere har gjennomført kurs i inkluderende ledelse. Andelen "
          "ansatte med innvandrerbakgrunn økte fra 7 prosent i 2022 til 9 prosent i 2023."),
        H(2, "Underliggende virksomheter", "12.3"),
        P("Direktoratet for kystforvaltning har lavest kvinneandel blant ingeniører og inspektører "
          "og har satt som mål at minst 40 prosent av nyrekrutterte i tekniske stillinger skal "
          "være kvinner innen 2026. Havnetilsynet har få ansatte, og små endringer gir store "
          "utslag i prosentandelene."),
        Spacer(6),
        P("Tilråding fra Kyst- og distriktsdepartementet 27. september 2024 er godkjent i "
          "statsråd samme dag.", "small"),
    ],
    gold=Gold(
        organisation="Kyst- og distriktsdepartementet",
        doc_type="equality_report", language="nb", report_year=2023,
        published="2024-09-27",
        percentages=[
            pct(58, "58 prosent", "kvinneandel i departementet 2023"),
            pct(94.6, "94,6 prosent", "kvinners lønn i prosent av menns i departementet"),
            pct(7, "7 prosent", "andel ansatte med innvandrerbakgrunn 2022"),
            pct(9, "9 prosent", "andel ansatte med innvandrerbakgrunn 2023"),
            pct(40, "40 prosent", "mål for kvinneandel blant nyrekrutterte i tekniske stillinger "
                "i Direktoratet for kystforvaltning"),
        ],
        deadlines=[ddl("innen 2026", "2026-12-31",
                       "minst 40 prosent kvinner blant nyrekrutterte i tekniske stillinger i "
                       "Direktoratet for kystforvaltning")],
        organisations=["Statens sentrale tjenestemannsregister", "Direktoratet for kystforvaltning",
                       "Havnetilsynet", "Senter for lokalsamfunnsutvikling", "Akademikerne",
                       "Unio", "LO Stat"],
        extra={
            "equality_metrics": {
                "employees_total": 198,
                "women_share_total": 58.0,
                "women_share_managers": 52.0,
                "pay_ratio_women_to_men_total": 94.6,
                "parental_leave_weeks_women": 17.4,
                "parental_leave_weeks_men": 13.9,
                "sick_leave_women": 3.9,
                "sick_leave_men": 2.1,
                "part_time_share_women": 4.3,
                "part_time_share_men": 1.2,
                "temporary_share_women": 6.1,
                "temporary_share_men": 4.8,
                "agency_direktoratet_for_kystforvaltning_employees": 412,
                "agency_direktoratet_for_kystforvaltning_women_share": 44.0,
                "agency_direktoratet_for_kystforvaltning_pay_ratio": 92.1,
                "agency_havnetilsynet_employees": 87,
                "agency_havnetilsynet_women_share": 31.0,
                "agency_havnetilsynet_pay_ratio": 96.8,
                "agency_senter_for_lokalsamfunnsutvikling_employees": 46,
                "agency_senter_for_lokalsamfunnsutvikling_women_share": 65.0,
                "agency_senter_for_lokalsamfunnsutvikling_pay_ratio": 98.3,
                "women_promoted_to_fagdirektor": 11,
                "immigrant_background_share": 9.0,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "Departementet hadde 198 ansatte ved utgangen av 2023, og kvinneandelen var "
                   "58 prosent."),
                ck("pay_by_gender", "present",
                   "Kvinners lønn utgjorde 94,6 prosent av menns lønn i departementet."),
                ck("part_time_by_gender", "present", "Deltid kvinner (%) 4,3 … Deltid menn (%) "
                   "1,2"),
                ck("temporary_by_gender", "present", "Midlertidig ansatte kvinner (%) 6,1 … "
                   "Midlertidig ansatte menn (%) 4,8"),
                ck("parental_leave_by_gender", "present",
                   "Foreldrepermisjon kvinner (uker) 17,4 … Foreldrepermisjon menn (uker) 13,9"),
                ck("involuntary_part_time", "absent", None),
                ck("risks_investigated", "present",
                   "Medarbeiderundersøkelsen viste at ansatte med minoritetsbakgrunn opplever at "
                   "de i mindre grad får utviklingsoppgaver."),
                ck("causes_analysed", "present",
                   "Forskjellen skyldes i hovedsak at det er flere menn enn kvinner i de høyeste "
                   "stillingskodene"),
                ck("measures_taken", "present",
                   "Departementet har derfor innført et mentorprogram, og alle ledere har "
                   "gjennomført kurs i inkluderende ledelse."),
                ck("results_evaluated", "present",
                   "Andelen ansatte med innvandrerbakgrunn økte fra 7 prosent i 2022 til 9 prosent i "
                   "2023.",
                   "An indicator change tied to the mentoring and inclusive-leadership measures."),
                ck("other_grounds", "present",
                   "ansatte med minoritetsbakgrunn opplever at de i mindre grad får "
                   "utviklingsoppgaver"),
                ck("employee_representatives_involved", "present",
                   "gjennomført en lønnskartlegging sammen med de tillitsvalgte i Akademikerne, "
                   "Unio og LO Stat"),
            ],
        },
    ),
)

DOCS = [BREKKE, SUNNVIK, NORDLIG, PROP1S]
