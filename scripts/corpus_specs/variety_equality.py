"""Variety corpus: equality reports (likestillingsredegjørelser, aktivitets- og
redegjørelsesplikten) from companies, municipalities, a ministry, an agency and a
hospital trust, in the shapes they really take: stand-alone reports, annual-report
chapters, a note in the annual accounts and a chapter of a budget proposition. A separate
evaluation set written from the genre descriptions, not from the extraction rules. All
organisations, people and figures are invented; real public bodies are only named."""

from .model import (Bullets, Callout, Doc, Gold, Heading as H, Para as P, Spacer,
                    Table, Title, ck, ddl, pct)

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
        P("Risikokartlegginga for 2024 byggjer på lønsstatistikken, medarbeidarundersøkinga og "
          "ei kartlegging av deltid. Ho viste at menn er underrepresenterte i helse og oppvekst, "
          "og at kvinner langt oftare enn menn arbeider deltid."),
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
                   "Risikokartlegginga for 2024 byggjer på lønsstatistikken, "
                   "medarbeidarundersøkinga og ei kartlegging av deltid. Ho viste at menn er "
                   "underrepresenterte i helse og oppvekst"),
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
          "mentorprogram, og alle ledere har gjennomført kurs i inkluderende ledelse. Etter at "
          "mentorprogrammet startet, økte andelen ansatte med innvandrerbakgrunn fra 7 prosent i "
          "2022 til 9 prosent i 2023."),
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
                   "Etter at mentorprogrammet startet, økte andelen ansatte med innvandrerbakgrunn "
                   "fra 7 prosent i 2022 til 9 prosent i 2023.",
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

# ---------------------------------------------------------------------------
# E5. Helse Nordfjell HF, 2024 — nb, hospital trust; years as COLUMNS
#     (Indikator | 2022 | 2023 | 2024) in a header-rule-only table; job categories as
#     rows with "Andel kvinner (%)" and "Lønn K i % av M" (cells without % signs)
# ---------------------------------------------------------------------------

NORDFJELL = Doc(
    doc_id="helse-nordfjell-likestilling-2024", subdir=V,
    layout="portrait", font="sans",
    meta_title="Likestillingsrapport 2024",
    meta_author="Seksjon for HR-analyse",
    header="Helse Nordfjell HF", header_on_first_page=False,
    footer="Likestilling og mangfold 2024 | side {page}", footer_align="left",
    blocks=[
        Title("Likestilling og mangfold 2024", ["Rapport etter aktivitets- og "
                                                "redegjørelsesplikten", "Helse Nordfjell HF"]),
        H(1, "Innledning"),
        P("Helse Nordfjell HF er et helseforetak i Helse Midt-Norge RHF med sykehus i Ørsta, "
          "Volda og Nordfjordeid og distriktspsykiatriske sentre i tre kommuner. Rapporten "
          "beskriver tilstanden for likestilling per 31. desember 2024 og hva foretaket gjør for "
          "å fremme likestilling og hindre diskriminering. Den er utarbeidet av HR i samarbeid "
          "med foretakstillitsvalgte og hovedverneombudet, og behandlet i "
          "arbeidsmiljøutvalget 12. mars 2025."),
        H(1, "Utvikling over tid"),
        Table([["Indikator", "2022", "2023", "2024"],
               ["Antall ansatte", "3 980", "4 055", "4 120"],
               ["Andel kvinner (%)", "77,9", "77,6", "77,4"],
               ["Andel kvinner i foretaksledelsen (%)", "44,4", "50,0", "55,6"],
               ["Andel kvinner blant ledere med personalansvar (%)", "68,2", "69,0", "70,3"],
               ["Kvinners lønn i % av menns", "86,1", "86,9", "87,8"],
               ["Deltid kvinner (%)", "38,5", "36,9", "35,2"],
               ["Deltid menn (%)", "17,4", "16,8", "16,0"],
               ["Sykefravær kvinner (%)", "9,4", "9,1", "8,7"],
               ["Sykefravær menn (%)", "5,6", "5,4", "5,0"]],
              widths=[3.4, 1, 1, 1], ruled=False, lines="header", align_right_from=1),
        P("Lønnsforskjellen mellom kvinner og menn skyldes i stor grad at legene, der andelen "
          "menn er høyere, har høyere lønn enn andre grupper. Når vi ser på hver stillingsgruppe, "
          "er forskjellene mindre."),
        H(1, "Stillingsgrupper"),
        Table([["Stillingsgruppe", "Antall", "Andel kvinner (%)", "Lønn K i % av M"],
               ["Sykepleiere", "1 412", "89,1", "99,4"],
               ["Leger", "603", "52,4", "91,8"],
               ["Helsefagarbeidere", "388", "84,0", "100,2"],
               ["Psykologer", "96", "77,1", "97,5"],
               ["Merkantilt personale", "350", "88,3", "96,0"],
               ["Teknisk personale og drift", "240", "21,7", "98,9"]],
              widths=[2.6, 1, 1.3, 1.3], ruled=False, lines="header", align_right_from=1),
        H(1, "Midlertidige stillinger og foreldrepermisjon"),
        P("Midlertidig ansatte utgjorde 9,2 % av kvinnene og 7,5 % av mennene, de fleste "
          "vikarer i sykepleie og leger i spesialisering. Kvinner tok i snitt ut 17,9 uker "
          "foreldrepermisjon, menn 12,3 uker."),
        H(1, "Uønsket deltid"),
        P("Vi kartla uønsket deltid i årets medarbeiderundersøkelse: 212 deltidsansatte oppga at "
          "de ønsker en høyere stillingsandel, 189 kvinner og 23 menn. Det er 41 færre enn i "
          "2023."),
        H(1, "Risikoer, tiltak og resultater"),
        P("Risikoanalysen er gjort i samarbeid med foretakstillitsvalgte. Vi ser særlig tre "
          "risikoer: ufrivillig deltid i turnus, lønnsforskjeller mellom kvinnelige og mannlige "
          "leger, og at ansatte med utdanning fra utlandet blir værende i lavere stillinger enn "
          "kompetansen tilsier. Forskjellen i legelønn skyldes særlig at flere menn har "
          "overlegestillinger med ekstra vakter."),
        Bullets(["Heltidsprosjekt på 14 sengeposter: 118 ansatte har fått større stilling.",
                 "Alle ledere har gjennomgått lønn for egne ansatte etter kjønn før de lokale "
                 "forhandlingene.",
                 "Godkjenningsløp og norskopplæring for 37 sykepleiere utdannet utenfor EU/EØS."]),
        P("Heltidsandelen i sykepleie økte med 3,1 prosentpoeng, og lønnsgapet for leger ble "
          "redusert fra 10,1 % til 8,2 %. Målet om at ingen skal jobbe uønsket deltid, er "
          "ikke nådd."),
    ],
    gold=Gold(
        organisation="Helse Nordfjell HF",
        doc_type="equality_report", language="nb", report_year=2024,
        published=None,
        percentages=[
            pct(9.2, "9,2 %", "andel midlertidig ansatte blant kvinner"),
            pct(7.5, "7,5 %", "andel midlertidig ansatte blant menn"),
            pct(3.1, "3,1 prosentpoeng", "økning i heltidsandelen i sykepleie"),
            pct(10.1, "10,1 %", "lønnsgap for leger før"),
            pct(8.2, "8,2 %", "lønnsgap for leger etter"),
        ],
        deadlines=[],
        organisations=["Helse Midt-Norge RHF"],
        extra={
            "equality_metrics": {
                "employees_total": 4120,
                "women_share_total": 77.4,
                "women_share_top_management": 55.6,
                "women_share_managers": 70.3,
                "pay_ratio_women_to_men_total": 87.8,
                "parental_leave_weeks_women": 17.9,
                "parental_leave_weeks_men": 12.3,
                "sick_leave_women": 8.7,
                "sick_leave_men": 5.0,
                "part_time_share_women": 35.2,
                "part_time_share_men": 16.0,
                "temporary_share_women": 9.2,
                "temporary_share_men": 7.5,
                "women_share_sykepleiere": 89.1,
                "women_share_leger": 52.4,
                "women_share_helsefagarbeidere": 84.0,
                "women_share_psykologer": 77.1,
                "women_share_merkantilt_personale": 88.3,
                "women_share_teknisk_personale_og_drift": 21.7,
                "pay_ratio_women_to_men_sykepleiere": 99.4,
                "pay_ratio_women_to_men_leger": 91.8,
                "pay_ratio_women_to_men_helsefagarbeidere": 100.2,
                "pay_ratio_women_to_men_psykologer": 97.5,
                "pay_ratio_women_to_men_merkantilt_personale": 96.0,
                "pay_ratio_women_to_men_teknisk_personale_og_drift": 98.9,
                "involuntary_part_time_employees": 212,
                "involuntary_part_time_women": 189,
                "involuntary_part_time_men": 23,
                "employees_given_larger_positions": 118,
                "nurses_educated_abroad_in_programme": 37,
                "doctors_pay_gap": 8.2,
            },
            "checklist": [
                ck("gender_balance", "present", "Andel kvinner (%) 77,9 77,6 77,4"),
                ck("pay_by_gender", "present", "Kvinners lønn i % av menns 86,1 86,9 87,8"),
                ck("part_time_by_gender", "present", "Deltid kvinner (%) 38,5 36,9 35,2"),
                ck("temporary_by_gender", "present",
                   "Midlertidig ansatte utgjorde 9,2 % av kvinnene og 7,5 % av mennene"),
                ck("parental_leave_by_gender", "present",
                   "Kvinner tok i snitt ut 17,9 uker foreldrepermisjon, menn 12,3 uker."),
                ck("involuntary_part_time", "present",
                   "Vi kartla uønsket deltid i årets medarbeiderundersøkelse: 212 deltidsansatte "
                   "oppga at de ønsker en høyere stillingsandel"),
                ck("risks_investigated", "present",
                   "Risikoanalysen er gjort i samarbeid med foretakstillitsvalgte. Vi ser særlig "
                   "tre risikoer: ufrivillig deltid i turnus"),
                ck("causes_analysed", "present",
                   "Forskjellen i legelønn skyldes særlig at flere menn har overlegestillinger "
                   "med ekstra vakter."),
                ck("measures_taken", "present",
                   "Heltidsprosjekt på 14 sengeposter: 118 ansatte har fått større stilling."),
                ck("results_evaluated", "present",
                   "lønnsgapet for leger ble redusert fra 10,1 % til 8,2 %. Målet om at ingen "
                   "skal jobbe uønsket deltid, er ikke nådd."),
                ck("other_grounds", "present",
                   "ansatte med utdanning fra utlandet blir værende i lavere stillinger enn "
                   "kompetansen tilsier"),
                ck("employee_representatives_involved", "present",
                   "Den er utarbeidet av HR i samarbeid med foretakstillitsvalgte og "
                   "hovedverneombudet"),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E6. Arctic Seafood Group AS, 2024 — en; levels as COLUMNS in a borderless table
#     (no lines at all); pay as a gap ("women earn 6.2% less than men"); "None of our
#     part-time employees ..." (involuntary part-time = 0)
# ---------------------------------------------------------------------------

ARCTIC = Doc(
    doc_id="arctic-seafood-equality-statement-2024", subdir=V,
    layout="portrait", font="helvetica",
    meta_title="Equality and anti-discrimination statement 2024",
    meta_author="People & Culture",
    header="Arctic Seafood Group AS", header_on_first_page=False,
    footer="{page}", footer_align="right",
    blocks=[
        Title("Equality and anti-discrimination statement 2024",
              ["Arctic Seafood Group AS · Tromsø · 14 March 2025"]),
        H(1, "About us"),
        P("Arctic Seafood Group AS processes and exports whitefish and salmon from plants in "
          "Tromsø and Hammerfest. At year-end 2024 we had 486 employees: 211 women and 275 men. "
          "Women thus made up 43.4% of the workforce."),
        H(1, "Gender balance and pay by level"),
        P("Pay is average basic monthly salary for permanent employees, converted to full time."),
        Table([["", "Executive management", "Middle managers", "Office staff", "Production",
                "Total"],
               ["Women", "3", "11", "38", "159", "211"],
               ["Men", "5", "23", "27", "220", "275"],
               ["Women (%)", "37.5", "32.4", "58.5", "42.0", "43.4"],
               ["Women's pay as % of men's", "91.0", "95.3", "94.8", "98.1", "93.8"]],
              widths=[2.2, 1.4, 1.2, 1.1, 1.1, 0.9], ruled=False, lines="none",
              align_right_from=1),
        P("Overall, women earn 6.2% less than men. The gap is largest in executive management, "
          "where the two highest-paid positions are held by men."),
        H(1, "Part-time, temporary work and parental leave"),
        P("Part-time: 31 women and 9 men. Temporary: 58 (35 women, 23 men), most of them "
          "seasonal workers in production during the winter cod season. Women took 21.4 weeks "
          "of parental leave on average and men 13.0 weeks. Sick leave was 7.9% for women and "
          "5.2% for men."),
        P("In a survey in September 2024 we asked all part-time employees whether they wanted a "
          "larger position. None of our part-time employees report working part-time "
          "involuntarily."),
        H(1, "Our work on equality and non-discrimination"),
        P("This statement was prepared in cooperation with the employee representatives from "
          "the Norwegian Union of Food, Beverage and Allied Workers (NNN) and the safety "
          "delegates. Together we reviewed pay data, recruitment and the results of the "
          "working environment survey."),
        P("About 40% of production staff have a first language other than Norwegian. The survey "
          "showed that they are less likely to be promoted to shift leader, mainly because "
          "safety training and written procedures were only available in Norwegian. In 2024 we "
          "translated all safety procedures into Polish, Lithuanian and Tigrinya and started a "
          "paid Norwegian course for 24 employees."),
        P("Our 2023 target was that at least one in three new shift leaders should have a first "
          "language other than Norwegian. Four of the nine shift leaders appointed in 2024 did, "
          "so the target was met."),
    ],
    gold=Gold(
        organisation="Arctic Seafood Group AS",
        doc_type="equality_report", language="en", report_year=2024,
        published="2025-03-14",
        percentages=[
            pct(43.4, "43.4%", "women's share of the workforce"),
            pct(6.2, "6.2%", "gender pay gap, women earn less than men"),
            pct(7.9, "7.9%", "sick leave women"),
            pct(5.2, "5.2%", "sick leave men"),
            pct(40, "40%", "share of production staff with a first language other than "
                "Norwegian"),
        ],
        deadlines=[],
        organisations=["Norwegian Union of Food, Beverage and Allied Workers"],
        extra={
            "equality_metrics": {
                "employees_total": 486,
                "employees_women": 211,
                "employees_men": 275,
                "women_share_total": 43.4,
                "women_share_top_management": 37.5,
                "pay_ratio_women_to_men_total": 93.8,
                "part_time_employees": 40,
                "part_time_women": 31,
                "part_time_men": 9,
                "temporary_employees": 58,
                "temporary_women": 35,
                "temporary_men": 23,
                "parental_leave_weeks_women": 21.4,
                "parental_leave_weeks_men": 13.0,
                "sick_leave_women": 7.9,
                "sick_leave_men": 5.2,
                "women_share_executive_management": 37.5,
                "women_share_middle_managers": 32.4,
                "women_share_office_staff": 58.5,
                "women_share_production": 42.0,
                "pay_ratio_women_to_men_executive_management": 91.0,
                "pay_ratio_women_to_men_middle_managers": 95.3,
                "pay_ratio_women_to_men_office_staff": 94.8,
                "pay_ratio_women_to_men_production": 98.1,
                "pay_gap_percent": 6.2,
                "involuntary_part_time_employees": 0,
                "norwegian_course_participants": 24,
                "shift_leaders_appointed": 9,
                "shift_leaders_other_first_language": 4,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "At year-end 2024 we had 486 employees: 211 women and 275 men."),
                ck("pay_by_gender", "present", "Overall, women earn 6.2% less than men."),
                ck("part_time_by_gender", "present", "Part-time: 31 women and 9 men."),
                ck("temporary_by_gender", "present", "Temporary: 58 (35 women, 23 men)"),
                ck("parental_leave_by_gender", "present",
                   "Women took 21.4 weeks of parental leave on average and men 13.0 weeks."),
                ck("involuntary_part_time", "present",
                   "None of our part-time employees report working part-time involuntarily."),
                ck("risks_investigated", "present",
                   "The survey showed that they are less likely to be promoted to shift leader"),
                ck("causes_analysed", "present",
                   "mainly because safety training and written procedures were only available in "
                   "Norwegian"),
                ck("measures_taken", "present",
                   "In 2024 we translated all safety procedures into Polish, Lithuanian and "
                   "Tigrinya"),
                ck("results_evaluated", "present",
                   "Four of the nine shift leaders appointed in 2024 did, so the target was met."),
                ck("other_grounds", "present",
                   "About 40% of production staff have a first language other than Norwegian."),
                ck("employee_representatives_involved", "present",
                   "This statement was prepared in cooperation with the employee representatives "
                   "from the Norwegian Union of Food, Beverage and Allied Workers (NNN)"),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E7. Granli kommune, 2023 — nb, årsmelding chapter; genders as ROWS
#     (Kvinner | Menn | Totalt rows, measures as columns); pay as a gap "i menns
#     favør" / "i kvinners favør"; several checklist items absent
# ---------------------------------------------------------------------------

GRANLI = Doc(
    doc_id="granli-kommune-arsmelding-likestilling-2023", subdir=V,
    layout="portrait", font="condensed",
    meta_title="Årsmelding 2023",
    meta_author="postmottak",
    header="Granli kommune – Årsmelding 2023", header_on_first_page=True,
    footer="Side {page}", footer_align="right",
    blocks=[
        H(1, "Organisasjon og medarbeidere", "4"),
        H(2, "Likestilling og mangfold", "4.3"),
        P("Granli kommune skal være en inkluderende arbeidsplass der alle har like muligheter, "
          "uavhengig av kjønn, etnisitet, religion, funksjonsevne, seksuell orientering og "
          "alder. Tabellen viser hovedtall per 31.12.2023."),
        Table([["", "Antall ansatte", "Andel (%)", "Deltid", "Midlertidig",
                "Foreldre-permisjon (uker)", "Sykefravær (%)"],
               ["Kvinner", "812", "79", "398", "61", "18,7", "10,4"],
               ["Menn", "216", "21", "37", "19", "9,9", "6,2"],
               ["Totalt", "1 028", "100", "435", "80", "–", "9,5"]],
              widths=[1.3, 1.1, 0.9, 0.8, 1.0, 1.3, 1.1], align_right_from=1),
        P("Kommunedirektørens ledergruppe består av fem kvinner og to menn. Lønnsgapet mellom "
          "kvinner og menn er 8 % i menns favør for kommunen samlet, mens det blant ledere er "
          "1,5 % i kvinners favør. Lønnsgapet forklares først og fremst med at menn i større grad "
          "har stillinger innen teknisk drift og ingeniørfag med høyere lønnsnivå, mens mange "
          "kvinner arbeider som assistenter og fagarbeidere i helse og barnehage."),
        P("Deltid er mest utbredt i helse og omsorg, der turnusen er bygget opp med korte vakter "
          "i helgene. Mange ansatte kombinerer deltid med utdanning."),
        H(3, "Tiltak i 2023"),
        Bullets(["Ny heltidsturnus ble innført ved Granli sykehjem fra 1. september 2023.",
                 "Alle stillinger lyses nå ut som hele stillinger, med mindre det er særlige "
                 "grunner til noe annet.",
                 "Menn oppfordres særskilt til å søke i utlysninger til barnehagene."]),
        P("Kommunen vil evaluere heltidsturnusen innen utgangen av 2024."),
    ],
    gold=Gold(
        organisation="Granli kommune",
        doc_type="equality_report", language="nb", report_year=2023,
        published=None,
        percentages=[
            pct(8, "8 %", "lønnsgap i menns favør, kommunen samlet"),
            pct(1.5, "1,5 %", "lønnsgap blant ledere i kvinners favør"),
        ],
        deadlines=[ddl("innen utgangen av 2024", "2024-12-31", "evaluering av heltidsturnusen")],
        organisations=[],
        extra={
            "equality_metrics": {
                "employees_total": 1028,
                "employees_women": 812,
                "employees_men": 216,
                "women_share_total": 79.0,
                "women_share_top_management": 71.4,
                "pay_ratio_women_to_men_total": 92.0,
                "part_time_employees": 435,
                "part_time_women": 398,
                "part_time_men": 37,
                "temporary_employees": 80,
                "temporary_women": 61,
                "temporary_men": 19,
                "parental_leave_weeks_women": 18.7,
                "parental_leave_weeks_men": 9.9,
                "sick_leave_women": 10.4,
                "sick_leave_men": 6.2,
                "pay_ratio_women_to_men_ledere": 101.5,
                "sick_leave_total": 9.5,
                "top_management_women": 5,
                "top_management_men": 2,
            },
            "checklist": [
                ck("gender_balance", "present", "Kvinner 812 79"),
                ck("pay_by_gender", "present",
                   "Lønnsgapet mellom kvinner og menn er 8 % i menns favør for kommunen samlet"),
                ck("part_time_by_gender", "present", "Kvinner 812 79 398 … Menn 216 21 37"),
                ck("temporary_by_gender", "present", "Kvinner 812 79 398 61 … Menn 216 21 37 19"),
                ck("parental_leave_by_gender", "present",
                   "Kvinner 812 79 398 61 18,7 … Menn 216 21 37 19 9,9"),
                ck("involuntary_part_time", "absent", None,
                   "Explains why part-time is common but does not say it was mapped."),
                ck("risks_investigated", "absent", None,
                   "Describes the gaps but not how risks of discrimination were examined."),
                ck("causes_analysed", "present",
                   "Lønnsgapet forklares først og fremst med at menn i større grad har stillinger "
                   "innen teknisk drift og ingeniørfag"),
                ck("measures_taken", "present",
                   "Ny heltidsturnus ble innført ved Granli sykehjem fra 1. september 2023."),
                ck("results_evaluated", "absent", None, "Evaluation only planned."),
                ck("other_grounds", "absent", None,
                   "Only a generic policy sentence listing the grounds."),
                ck("employee_representatives_involved", "absent", None),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E8. Tinde Rekneskap AS, 2024 — nn, small firm, prose-heavy: "Av dei 36 tilsette var
#     22 kvinner", "delen kvinner var 61 pst.", "Ingen mellombels tilsette", nn number
#     words ("ein mann", "tre menn"); small header-rule-only table with "pst."
# ---------------------------------------------------------------------------

TINDE = Doc(
    doc_id="tinde-rekneskap-likestilling-2024", subdir=V,
    layout="portrait", font="serif",
    meta_title="Likestillingsutgreiing 2024",
    meta_author="Tinde Rekneskap AS",
    header=None,
    footer="Tinde Rekneskap AS · Likestillingsutgreiing 2024", footer_align="center",
    blocks=[
        Title("Likestillingsutgreiing for 2024", ["Tinde Rekneskap AS, Sogndal"]),
        P("Tinde Rekneskap AS er eit autorisert rekneskapsbyrå med kontor i Sogndal og Førde. Me "
          "fører rekneskap og løn for om lag 900 små og mellomstore verksemder i Sogn og "
          "Fjordane. Utgreiinga er utarbeidd saman med den tillitsvalde og gjeld 2024."),
        H(1, "Kjønnsbalanse og løn"),
        P("Av dei 36 tilsette var 22 kvinner og 14 menn, og delen kvinner var 61 pst. Leiargruppa "
          "består av to kvinner og to menn. Kvinner si gjennomsnittlege løn utgjorde 93,4 pst. "
          "av menn si. Skilnaden kjem mest av at fleire av mennene er autoriserte "
          "rekneskapsførarar med lang ansiennitet."),
        Table([["Stillingsnivå", "Kvinner", "Menn", "Kvinner si løn i pst. av menn si løn"],
               ["Leiargruppa", "2", "2", "96,0"],
               ["Rekneskapsførarar", "17", "9", "98,5"],
               ["Kundestøtte og lønsmedarbeidarar", "3", "3", "100,4"]],
              widths=[2.6, 0.9, 0.9, 2], ruled=False, lines="header", align_right_from=1),
        H(1, "Deltid, mellombels tilsetjing og permisjon"),
        P("Fire kvinner og ein mann arbeider deltid. Me kartla i haust om nokon av dei ønskjer "
          "høgare stilling, og ingen av dei deltidstilsette ønskjer det. Ingen mellombels "
          "tilsette. To kvinner tok ut foreldrepermisjon, i snitt 20 veker, og tre menn tok ut i "
          "snitt 15 veker."),
        H(1, "Arbeidet vårt"),
        P("Me har gått gjennom rekruttering, løn og høve til fleksibel arbeidstid. Risikoen me "
          "ser, er at kvinner med små born i mindre grad tek på seg kundeansvar for store "
          "kundar, fordi dei arbeidsintensive periodane fell saman med skuleferiar. Sidan 2023 "
          "har alle tilsette hatt høve til heimekontor to dagar i veka, og kundeporteføljane vart "
          "fordelte på nytt i februar 2024. Etter omfordelinga har kvinnene 52 pst. av "
          "kundeansvaret, mot 41 pst. året før."),
    ],
    gold=Gold(
        organisation="Tinde Rekneskap AS",
        doc_type="equality_report", language="nn", report_year=2024,
        published=None,
        percentages=[
            pct(61, "61 pst.", "delen kvinner av alle tilsette"),
            pct(93.4, "93,4 pst.", "kvinner si gjennomsnittlege løn i prosent av menn si"),
            pct(52, "52 pst.", "kvinnene sin del av kundeansvaret etter omfordelinga"),
            pct(41, "41 pst.", "kvinnene sin del av kundeansvaret året før"),
        ],
        deadlines=[],
        organisations=[],
        extra={
            "equality_metrics": {
                "employees_total": 36,
                "employees_women": 22,
                "employees_men": 14,
                "women_share_total": 61.0,
                "women_share_top_management": 50.0,
                "pay_ratio_women_to_men_total": 93.4,
                "part_time_employees": 5,
                "part_time_women": 4,
                "part_time_men": 1,
                "temporary_employees": 0,
                "temporary_women": 0,
                "temporary_men": 0,
                "parental_leave_weeks_women": 20.0,
                "parental_leave_weeks_men": 15.0,
                "women_share_leiargruppa": 50.0,
                "women_share_rekneskapsforarar": 65.4,
                "women_share_kundestotte_og_lonsmedarbeidarar": 50.0,
                "pay_ratio_women_to_men_leiargruppa": 96.0,
                "pay_ratio_women_to_men_rekneskapsforarar": 98.5,
                "pay_ratio_women_to_men_kundestotte_og_lonsmedarbeidarar": 100.4,
                "involuntary_part_time_employees": 0,
                "parental_leave_women_count": 2,
                "parental_leave_men_count": 3,
                "clients": 900,
                "home_office_days_per_week": 2,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "Av dei 36 tilsette var 22 kvinner og 14 menn, og delen kvinner var 61 pst."),
                ck("pay_by_gender", "present",
                   "Kvinner si gjennomsnittlege løn utgjorde 93,4 pst. av menn si."),
                ck("part_time_by_gender", "present", "Fire kvinner og ein mann arbeider deltid."),
                ck("temporary_by_gender", "present", "Ingen mellombels tilsette.",
                   "A total of zero: the split is zero women and zero men."),
                ck("parental_leave_by_gender", "present",
                   "To kvinner tok ut foreldrepermisjon, i snitt 20 veker, og tre menn tok ut i "
                   "snitt 15 veker."),
                ck("involuntary_part_time", "present",
                   "Me kartla i haust om nokon av dei ønskjer høgare stilling, og ingen av dei "
                   "deltidstilsette ønskjer det."),
                ck("risks_investigated", "present",
                   "Risikoen me ser, er at kvinner med små born i mindre grad tek på seg "
                   "kundeansvar for store kundar"),
                ck("causes_analysed", "present",
                   "fordi dei arbeidsintensive periodane fell saman med skuleferiar"),
                ck("measures_taken", "present",
                   "kundeporteføljane vart fordelte på nytt i februar 2024"),
                ck("results_evaluated", "present",
                   "Etter omfordelinga har kvinnene 52 pst. av kundeansvaret, mot 41 pst. året "
                   "før."),
                ck("other_grounds", "absent", None),
                ck("employee_representatives_involved", "present",
                   "Utgreiinga er utarbeidd saman med den tillitsvalde og gjeld 2024."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E9. Landbruksregisteret, 2024 — nb, state agency annual report (årsrapport, part III
#     section 3.6); one row per indicator with a UNIT column (antall, %, kr, uker);
#     pay as two amounts in kroner; Totalt column
# ---------------------------------------------------------------------------

LANDBRUK = Doc(
    doc_id="landbruksregisteret-arsrapport-likestilling-2024", subdir=V,
    layout="portrait", font="sans",
    meta_title="Årsrapport 2024 Landbruksregisteret",
    meta_author="",
    header="Årsrapport 2024 – Landbruksregisteret", header_on_first_page=True,
    footer="{page}", footer_align="right", number_dot=False,
    blocks=[
        H(1, "Årets aktiviteter og resultater", "III"),
        H(2, "Likestilling og ikke-diskriminering", "3.6"),
        P("Landbruksregisteret er en statlig etat under Landbruks- og matdepartementet med 267 "
          "ansatte i Steinkjer og Hamar. Vi forvalter registre over landbrukseiendommer, "
          "produksjonstilskudd og husdyr."),
        Table([["Indikator", "Enhet", "Kvinner", "Menn", "Totalt"],
               ["Ansatte", "antall", "146", "121", "267"],
               ["Andel av ansatte", "%", "54,7", "45,3", "100"],
               ["Ledere", "antall", "14", "11", "25"],
               ["Gjennomsnittlig månedslønn", "kr", "61 870", "64 210", "62 930"],
               ["Deltidsansatte", "antall", "9", "3", "12"],
               ["Midlertidig ansatte", "antall", "7", "6", "13"],
               ["Foreldrepermisjon, gjennomsnitt", "uker", "17,1", "14,6", "–"],
               ["Sykefravær", "%", "5,3", "3,1", "4,3"]],
              widths=[3, 0.9, 1, 1, 1], align_right_from=2),
        P("Kvinners gjennomsnittlige månedslønn var 96,4 % av menns. Forskjellen skyldes at "
          "flere menn er ansatt i IT-stillinger med markedstillegg. I ledergruppen på seks er det "
          "tre kvinner."),
        P("Etaten har kartlagt ufrivillig deltid i medarbeidersamtalene. Ingen av de "
          "deltidsansatte ønsket høyere stillingsprosent."),
        P("Likestillingsarbeidet gjøres i samarbeid med de tillitsvalgte i "
          "informasjons- og drøftingsmøtene. I 2024 gjennomgikk vi rekrutteringsprosessen "
          "og fant at søkere med utenlandsk utdanning sjeldnere ble kalt inn til intervju. Vi "
          "har derfor innført anonymiserte søknader i første utvelgelsesrunde fra oktober 2024. "
          "Effekten evalueres i 2025."),
        P("Etaten er IA-virksomhet og har som mål at sykefraværet skal være under 4,0 % innen "
          "2026."),
    ],
    gold=Gold(
        organisation="Landbruksregisteret",
        doc_type="equality_report", language="nb", report_year=2024,
        published=None,
        percentages=[
            pct(96.4, "96,4 %", "kvinners gjennomsnittlige månedslønn i prosent av menns"),
            pct(4.0, "4,0 %", "mål for sykefraværet (under)"),
        ],
        deadlines=[
            ddl("i 2025", "2025-12-31", "evaluering av anonymiserte søknader"),
            ddl("innen 2026", "2026-12-31", "sykefravær under 4,0 %"),
        ],
        organisations=["Landbruks- og matdepartementet"],
        extra={
            "equality_metrics": {
                "employees_total": 267,
                "employees_women": 146,
                "employees_men": 121,
                "women_share_total": 54.7,
                "women_share_top_management": 50.0,
                "women_share_managers": 56.0,
                "pay_ratio_women_to_men_total": 96.4,
                "part_time_employees": 12,
                "part_time_women": 9,
                "part_time_men": 3,
                "temporary_employees": 13,
                "temporary_women": 7,
                "temporary_men": 6,
                "parental_leave_weeks_women": 17.1,
                "parental_leave_weeks_men": 14.6,
                "sick_leave_women": 5.3,
                "sick_leave_men": 3.1,
                "women_share_ledere": 56.0,
                "avg_monthly_pay_women_nok": 61870,
                "avg_monthly_pay_men_nok": 64210,
                "avg_monthly_pay_total_nok": 62930,
                "managers_women": 14,
                "managers_men": 11,
                "sick_leave_total": 4.3,
                "involuntary_part_time_employees": 0,
                "sick_leave_target": 4.0,
            },
            "checklist": [
                ck("gender_balance", "present", "Ansatte antall 146 121 267"),
                ck("pay_by_gender", "present",
                   "Kvinners gjennomsnittlige månedslønn var 96,4 % av menns."),
                ck("part_time_by_gender", "present", "Deltidsansatte antall 9 3 12"),
                ck("temporary_by_gender", "present", "Midlertidig ansatte antall 7 6 13"),
                ck("parental_leave_by_gender", "present",
                   "Foreldrepermisjon, gjennomsnitt uker 17,1 14,6"),
                ck("involuntary_part_time", "present",
                   "Etaten har kartlagt ufrivillig deltid i medarbeidersamtalene. Ingen av de "
                   "deltidsansatte ønsket høyere stillingsprosent."),
                ck("risks_investigated", "present",
                   "I 2024 gjennomgikk vi rekrutteringsprosessen og fant at søkere med utenlandsk "
                   "utdanning sjeldnere ble kalt inn til intervju."),
                ck("causes_analysed", "present",
                   "Forskjellen skyldes at flere menn er ansatt i IT-stillinger med "
                   "markedstillegg."),
                ck("measures_taken", "present",
                   "Vi har derfor innført anonymiserte søknader i første utvelgelsesrunde fra "
                   "oktober 2024."),
                ck("results_evaluated", "absent", None, "'Effekten evalueres i 2025.'"),
                ck("other_grounds", "present",
                   "søkere med utenlandsk utdanning sjeldnere ble kalt inn til intervju"),
                ck("employee_representatives_involved", "present",
                   "Likestillingsarbeidet gjøres i samarbeid med de tillitsvalgte i informasjons- "
                   "og drøftingsmøtene."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E10. Lysefjord Energi AS, 2024 — nb; levels as COLUMNS in a header-rule-only table
#      (Konsernledelse | Ledere med personalansvar | Ingeniører | Montører | Adm.);
#      a second table with 2024 and 2023 as column groups (Kvinner (%) | Menn (%))
# ---------------------------------------------------------------------------

LYSEFJORD = Doc(
    doc_id="lysefjord-energi-likestilling-2024", subdir=V,
    layout="landscape", font="sans",
    meta_title="Likestilling 2024",
    meta_author="Lysefjord Energi AS",
    header="Lysefjord Energi AS · Redegjørelse for likestilling og ikke-diskriminering 2024",
    footer="{page}", footer_align="right",
    blocks=[
        H(1, "Likestilling i Lysefjord Energi 2024"),
        P("Lysefjord Energi AS eier og driver vannkraftverk og strømnett i Rogaland. Konsernet "
          "hadde 418 ansatte ved utgangen av 2024, 97 kvinner og 321 menn. Kvinneandelen har "
          "økt fra 21,8 % til 23,2 % på ett år."),
        Table([["", "Konsernledelse", "Ledere med personalansvar", "Ingeniører",
                "Montører og driftspersonell", "Administrasjon"],
               ["Kvinner", "3", "12", "31", "6", "45"],
               ["Menn", "4", "37", "88", "170", "22"],
               ["Kvinneandel (%)", "42,9", "24,5", "26,1", "3,4", "67,2"],
               ["Kvinners lønn i % av menns", "94,2", "97,6", "96,3", "99,0", "101,1"]],
              widths=[2, 1.3, 1.6, 1.1, 1.7, 1.3], ruled=False, lines="header_bottom",
              align_right_from=1),
        P("Samlet var kvinners lønn 90,7 % av menns. Hovedforklaringen er at de fleste "
          "kvinnene arbeider i administrasjonen, der lønnsnivået er lavere enn for ingeniører og "
          "montører."),
        Table([["", "2024", "", "2023", ""],
               ["", "Kvinner (%)", "Menn (%)", "Kvinner (%)", "Menn (%)"],
               ["Deltid", "6,2", "0,9", "7,4", "1,3"],
               ["Midlertidig ansatte", "4,1", "2,8", "3,2", "3,5"],
               ["Sykefravær", "5,6", "3,7", "6,0", "3,9"]],
              header_rows=2, widths=[2.2, 1, 1, 1, 1], ruled=False, lines="header",
              align_right_from=1, spans=[((1, 0), (2, 0)), ((3, 0), (4, 0))]),
        P("Menn tok i gjennomsnitt ut 15,1 uker foreldrepermisjon, kvinner 18,8 uker. I 2024 "
          "mottok vi 1 264 søknader, hvorav 19 % fra kvinner, og 27 % av dem som ble ansatt var "
          "kvinner. Arbeidet med likestilling drøftes med hovedtillitsvalgte i EL og IT Forbundet "
          "og Tekna i de faste kvartalsmøtene."),
    ],
    gold=Gold(
        organisation="Lysefjord Energi AS",
        doc_type="equality_report", language="nb", report_year=2024,
        published=None,
        percentages=[
            pct(21.8, "21,8 %", "kvinneandel året før"),
            pct(23.2, "23,2 %", "kvinneandel 2024"),
            pct(90.7, "90,7 %", "kvinners lønn i prosent av menns, samlet"),
            pct(19, "19 %", "andel søknader fra kvinner"),
            pct(27, "27 %", "andel kvinner blant nyansatte"),
        ],
        deadlines=[],
        organisations=["EL og IT Forbundet", "Tekna"],
        extra={
            "equality_metrics": {
                "employees_total": 418,
                "employees_women": 97,
                "employees_men": 321,
                "women_share_total": 23.2,
                "women_share_top_management": 42.9,
                "women_share_managers": 24.5,
                "pay_ratio_women_to_men_total": 90.7,
                "parental_leave_weeks_women": 18.8,
                "parental_leave_weeks_men": 15.1,
                "sick_leave_women": 5.6,
                "sick_leave_men": 3.7,
                "applicants_women_share": 19.0,
                "hires_women_share": 27.0,
                "women_share_konsernledelse": 42.9,
                "women_share_ledere_med_personalansvar": 24.5,
                "women_share_ingeniorer": 26.1,
                "women_share_montorer_og_driftspersonell": 3.4,
                "women_share_administrasjon": 67.2,
                "pay_ratio_women_to_men_konsernledelse": 94.2,
                "pay_ratio_women_to_men_ledere_med_personalansvar": 97.6,
                "pay_ratio_women_to_men_ingeniorer": 96.3,
                "pay_ratio_women_to_men_montorer_og_driftspersonell": 99.0,
                "pay_ratio_women_to_men_administrasjon": 101.1,
                "part_time_share_women": 6.2,
                "part_time_share_men": 0.9,
                "temporary_share_women": 4.1,
                "temporary_share_men": 2.8,
                "applicants": 1264,
                "women_share_previous_year": 21.8,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "Konsernet hadde 418 ansatte ved utgangen av 2024, 97 kvinner og 321 menn."),
                ck("pay_by_gender", "present", "Samlet var kvinners lønn 90,7 % av menns."),
                ck("part_time_by_gender", "present", "Deltid 6,2 0,9"),
                ck("temporary_by_gender", "present", "Midlertidig ansatte 4,1 2,8"),
                ck("parental_leave_by_gender", "present",
                   "Menn tok i gjennomsnitt ut 15,1 uker foreldrepermisjon, kvinner 18,8 uker."),
                ck("involuntary_part_time", "absent", None),
                ck("risks_investigated", "absent", None),
                ck("causes_analysed", "present",
                   "Hovedforklaringen er at de fleste kvinnene arbeider i administrasjonen, der "
                   "lønnsnivået er lavere enn for ingeniører og montører."),
                ck("measures_taken", "absent", None),
                ck("results_evaluated", "absent", None),
                ck("other_grounds", "absent", None),
                ck("employee_representatives_involved", "present",
                   "Arbeidet med likestilling drøftes med hovedtillitsvalgte i EL og IT Forbundet "
                   "og Tekna i de faste kvartalsmøtene.",
                   "Discussed in the regular meetings: involvement in the equality work."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E11. Tveit & Sønner Entreprenør AS, 2024 — nn, construction firm; ruled table with
#      genders as columns (Kvinner | Menn | Sum) and a Sum ROW whose first numeric cell
#      is not the total; yearly pay in kroner per category with a ratio column; "9 av
#      dei var kvinner"; no part-timers ("Ingen deltidstilsette")
# ---------------------------------------------------------------------------

TVEIT = Doc(
    doc_id="tveit-sonner-entreprenor-likestilling-2024", subdir=V,
    layout="portrait", font="condensed",
    meta_title="ARP 2024",
    meta_author="tveit-adm",
    header="Tveit & Sønner Entreprenør AS", header_on_first_page=False,
    footer="Side {page} av {pages}", footer_align="center",
    blocks=[
        Title("Aktivitets- og utgreiingsplikta – rapport for 2024",
              ["Tveit & Sønner Entreprenør AS, Voss"]),
        H(1, "Tilstand for kjønnslikestilling", "1"),
        P("Me var 87 tilsette ved årsskiftet, og 9 av dei var kvinner. Bransjen er tradisjonelt "
          "mannsdominert, og dei fleste kvinnene arbeider i administrasjon og prosjektleiing."),
        Table([["Stillingskategori", "Kvinner", "Menn", "Sum"],
               ["Leiargruppa", "1", "4", "5"],
               ["Prosjektleiarar og ingeniørar", "4", "11", "15"],
               ["Administrasjon", "3", "2", "5"],
               ["Fagarbeidarar", "1", "53", "54"],
               ["Lærlingar", "0", "8", "8"],
               ["Sum", "9", "78", "87"]],
              widths=[3, 1, 1, 1], align_right_from=1),
        H(2, "Løn", "1.1"),
        Table([["Stillingskategori", "Gj.snittleg årsløn kvinner (kr)",
                "Gj.snittleg årsløn menn (kr)", "Kvinner si løn i % av menn si"],
               ["Leiargruppa", "1 045 000", "1 120 000", "93,3"],
               ["Prosjektleiarar og ingeniørar", "782 000", "805 000", "97,1"],
               ["Administrasjon", "598 000", "611 000", "97,9"],
               ["Fagarbeidarar", "566 000", "574 000", "98,6"],
               ["Alle tilsette", "726 000", "607 000", "119,6"]],
              widths=[2.6, 1.4, 1.4, 1.4], align_right_from=1, font_size=8),
        P("At kvinner samla tener meir enn menn, kjem av at ein stor del av kvinnene er "
          "funksjonærar, medan dei fleste mennene er fagarbeidarar og lærlingar med lågare "
          "løn."),
        H(2, "Deltid, mellombels tilsetjing og permisjon", "1.2"),
        P("Ingen deltidstilsette. To menn og ei kvinne var mellombels tilsette i samband med "
          "eit stort prosjekt på Voss stasjon. Tre menn tok ut foreldrepermisjon, i snitt 15 "
          "veker. Ingen kvinner hadde foreldrepermisjon i 2024. Sjukefråværet var 3,9 % for "
          "kvinner og 6,8 % for menn."),
        H(1, "Arbeid for likestilling", "2"),
        P("Saman med verneombodet og den tillitsvalde frå Fellesforbundet har me gått gjennom "
          "rekrutteringa og arbeidsmiljøet på byggeplassane. Kvinner som har vore hos oss som "
          "lærlingar, har fortalt om manglande garderobar og toalett for kvinner på fleire "
          "byggeplassar. Det er ein risiko for at kvinner sluttar eller ikkje søkjer seg til "
          "faget."),
        P("I 2024 kjøpte me inn fire nye mobile garderobar med eigne rom for kvinner, og alle "
          "byggeplassar over 20 tilsette har no eigen garderobe for kvinner. Me har også "
          "innført rutine for varsling om trakassering på byggeplass, og alle formenn har "
          "gjennomført opplæring."),
        P("Me vil evaluere tiltaka i medarbeidarundersøkinga hausten 2025."),
    ],
    gold=Gold(
        organisation="Tveit & Sønner Entreprenør AS",
        doc_type="equality_report", language="nn", report_year=2024,
        published=None,
        percentages=[
            pct(3.9, "3,9 %", "sjukefråvær kvinner"),
            pct(6.8, "6,8 %", "sjukefråvær menn"),
        ],
        deadlines=[ddl("hausten 2025", "2025-11-30",
                       "evaluering av tiltaka i medarbeidarundersøkinga")],
        organisations=["Fellesforbundet"],
        extra={
            "equality_metrics": {
                "employees_total": 87,
                "employees_women": 9,
                "employees_men": 78,
                "women_share_top_management": 20.0,
                "pay_ratio_women_to_men_total": 119.6,
                "part_time_employees": 0,
                "part_time_women": 0,
                "part_time_men": 0,
                "temporary_employees": 3,
                "temporary_women": 1,
                "temporary_men": 2,
                "parental_leave_weeks_men": 15.0,
                "sick_leave_women": 3.9,
                "sick_leave_men": 6.8,
                "women_share_leiargruppa": 20.0,
                "women_share_prosjektleiarar_og_ingeniorar": 26.7,
                "women_share_administrasjon": 60.0,
                "women_share_fagarbeidarar": 1.9,
                "women_share_laerlingar": 0.0,
                "pay_ratio_women_to_men_leiargruppa": 93.3,
                "pay_ratio_women_to_men_prosjektleiarar_og_ingeniorar": 97.1,
                "pay_ratio_women_to_men_administrasjon": 97.9,
                "pay_ratio_women_to_men_fagarbeidarar": 98.6,
                "avg_annual_pay_women_nok": 726000,
                "avg_annual_pay_men_nok": 607000,
                "parental_leave_men_count": 3,
                "parental_leave_women_count": 0,
                "mobile_changing_rooms_bought": 4,
            },
            "checklist": [
                ck("gender_balance", "present", "Me var 87 tilsette ved årsskiftet, og 9 av dei "
                   "var kvinner."),
                ck("pay_by_gender", "present", "Alle tilsette 726 000 607 000 119,6"),
                ck("part_time_by_gender", "present", "Ingen deltidstilsette.",
                   "A total of zero: the split is zero women and zero men."),
                ck("temporary_by_gender", "present",
                   "To menn og ei kvinne var mellombels tilsette"),
                ck("parental_leave_by_gender", "present",
                   "Tre menn tok ut foreldrepermisjon, i snitt 15 veker. Ingen kvinner hadde "
                   "foreldrepermisjon i 2024."),
                ck("involuntary_part_time", "absent", None,
                   "No part-timers are reported, but no mapping of involuntary part-time is "
                   "described."),
                ck("risks_investigated", "present",
                   "Det er ein risiko for at kvinner sluttar eller ikkje søkjer seg til faget."),
                ck("causes_analysed", "present",
                   "At kvinner samla tener meir enn menn, kjem av at ein stor del av kvinnene er "
                   "funksjonærar"),
                ck("measures_taken", "present",
                   "I 2024 kjøpte me inn fire nye mobile garderobar med eigne rom for kvinner"),
                ck("results_evaluated", "absent", None,
                   "States what now exists but the evaluation is planned for autumn 2025."),
                ck("other_grounds", "absent", None),
                ck("employee_representatives_involved", "present",
                   "Saman med verneombodet og den tillitsvalde frå Fellesforbundet har me gått "
                   "gjennom rekrutteringa og arbeidsmiljøet"),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E12. Skagerak Offshore Services AS, 2024 — en; levels as rows with TWO YEARS side by
#      side (2024 Women | 2024 Men | 2023 Women | 2023 Men), ruled, spanned header;
#      pay ratio per level for both years; approximations ("approximately 38%")
# ---------------------------------------------------------------------------

SKAGERAK = Doc(
    doc_id="skagerak-offshore-equality-2024", subdir=V,
    layout="portrait", font="sans",
    meta_title="Gender equality report 2024",
    meta_author="SOS HR",
    header="Skagerak Offshore Services AS – Gender equality and non-discrimination 2024",
    header_on_first_page=True,
    footer="{page}", footer_align="right", number_dot=False,
    blocks=[
        H(1, "Gender equality and non-discrimination report 2024"),
        P("Skagerak Offshore Services AS provides inspection, maintenance and modification "
          "services to offshore installations from its base in Kristiansand. This report covers "
          "the year 2024 and our duty to promote equality under Section 26 of the Norwegian "
          "Equality and Anti-Discrimination Act."),
        H(2, "Gender balance by level", "1"),
        Table([["Level", "2024", "", "2023", ""],
               ["", "Women", "Men", "Women", "Men"],
               ["Management team", "3", "5", "2", "6"],
               ["Department managers", "6", "18", "5", "19"],
               ["Engineers", "41", "97", "36", "95"],
               ["Technicians offshore", "12", "238", "10", "231"],
               ["Administration", "29", "11", "30", "12"],
               ["Total", "91", "369", "83", "363"]],
              header_rows=2, widths=[2.6, 1, 1, 1, 1], align_right_from=1,
              spans=[((1, 0), (2, 0)), ((3, 0), (4, 0))]),
        P("Women made up 19.8% of the workforce at the end of 2024, up from 18.6% in 2023. Among "
          "managers with personnel responsibility (the management team and department managers) "
          "the share of women was 28.1%."),
        H(2, "Pay", "2"),
        Table([["Women's pay as % of men's", "2024", "2023"],
               ["Management team", "92.5", "90.1"],
               ["Department managers", "96.0", "95.2"],
               ["Engineers", "97.8", "97.0"],
               ["Technicians offshore", "99.1", "98.7"],
               ["Administration", "101.6", "100.9"],
               ["All employees", "84.7", "83.9"]],
              widths=[2.6, 1, 1], ruled=False, lines="header_bottom", align_right_from=1),
        P("The overall gap is mainly explained by the offshore allowances, which go to the "
          "technicians offshore, of whom only approximately 5% are women."),
        H(2, "Working time, leave and absence", "3"),
        P("Part-time: 14 employees, 11 women and 3 men. Temporary: 22 employees, 4 women and 18 "
          "men, mostly hired for the summer maintenance season. Average parental leave was 19.0 "
          "weeks for women and 14.2 weeks for men. We asked all part-time employees about their "
          "preferred working hours; two women wanted to work more and have been offered larger "
          "positions."),
        H(2, "Risks and measures", "4"),
        P("Together with the union representatives and the working environment committee (AMU) "
          "we identified two main risks: few women apply for offshore technician jobs, and "
          "employees over 55 are rarely selected for further training. We have introduced an "
          "apprenticeship quota of 30% women and a training budget reserved for employees over "
          "55. In 2024, 7 of the 20 new apprentices were women, compared with 3 of 18 in 2023."),
    ],
    gold=Gold(
        organisation="Skagerak Offshore Services AS",
        doc_type="equality_report", language="en", report_year=2024,
        published=None,
        percentages=[
            pct(19.8, "19.8%", "women's share of the workforce end of 2024"),
            pct(18.6, "18.6%", "women's share of the workforce 2023"),
            pct(28.1, "28.1%", "women's share among managers with personnel responsibility"),
            pct(5, "5%", "women's share among technicians offshore (approximately)"),
            pct(30, "30%", "apprenticeship quota for women"),
        ],
        deadlines=[],
        organisations=[],
        extra={
            "equality_metrics": {
                "employees_total": 460,
                "employees_women": 91,
                "employees_men": 369,
                "women_share_total": 19.8,
                "women_share_top_management": 37.5,
                "women_share_managers": 28.1,
                "pay_ratio_women_to_men_total": 84.7,
                "part_time_employees": 14,
                "part_time_women": 11,
                "part_time_men": 3,
                "temporary_employees": 22,
                "temporary_women": 4,
                "temporary_men": 18,
                "parental_leave_weeks_women": 19.0,
                "parental_leave_weeks_men": 14.2,
                "women_share_management_team": 37.5,
                "women_share_department_managers": 25.0,
                "women_share_engineers": 29.7,
                "women_share_technicians_offshore": 4.8,
                "women_share_administration": 72.5,
                "pay_ratio_women_to_men_management_team": 92.5,
                "pay_ratio_women_to_men_department_managers": 96.0,
                "pay_ratio_women_to_men_engineers": 97.8,
                "pay_ratio_women_to_men_technicians_offshore": 99.1,
                "pay_ratio_women_to_men_administration": 101.6,
                "involuntary_part_time_employees": 2,
                "new_apprentices": 20,
                "new_apprentices_women": 7,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "Women made up 19.8% of the workforce at the end of 2024"),
                ck("pay_by_gender", "present", "All employees 84.7 83.9"),
                ck("part_time_by_gender", "present",
                   "Part-time: 14 employees, 11 women and 3 men."),
                ck("temporary_by_gender", "present",
                   "Temporary: 22 employees, 4 women and 18 men"),
                ck("parental_leave_by_gender", "present",
                   "Average parental leave was 19.0 weeks for women and 14.2 weeks for men."),
                ck("involuntary_part_time", "present",
                   "We asked all part-time employees about their preferred working hours; two "
                   "women wanted to work more"),
                ck("risks_investigated", "present",
                   "we identified two main risks: few women apply for offshore technician jobs"),
                ck("causes_analysed", "present",
                   "The overall gap is mainly explained by the offshore allowances"),
                ck("measures_taken", "present",
                   "We have introduced an apprenticeship quota of 30% women and a training budget "
                   "reserved for employees over 55."),
                ck("results_evaluated", "present",
                   "In 2024, 7 of the 20 new apprentices were women, compared with 3 of 18 in "
                   "2023."),
                ck("other_grounds", "present",
                   "employees over 55 are rarely selected for further training"),
                ck("employee_representatives_involved", "present",
                   "Together with the union representatives and the working environment "
                   "committee (AMU) we identified two main risks"),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E13. Brennvik kommune, 2024 — nb, appendix to the årsberetning; ALL-CAPS headings,
#      headings ending with a colon; a LONG ruled table of stillingskoder that breaks
#      over pages and repeats its header; a Sum row; part-time, temporary and leave only
#      by pointer to another chapter (absent)
# ---------------------------------------------------------------------------

# (stillingskode, stillingsbetegnelse, kvinner, menn, kvinners lønn i % av menns)
BRENNVIK_ROWS = [
    ("7001", "Kommunedirektør og kommunalsjefer", 3, 2, "96,4"),
    ("7002", "Enhetsledere", 24, 11, "98,1"),
    ("7003", "Avdelingsledere", 31, 9, "99,0"),
    ("7011", "Rådgivere", 38, 21, "93,7"),
    ("7012", "Konsulenter", 44, 6, "97,2"),
    ("7013", "Saksbehandlere", 29, 8, "98,8"),
    ("7020", "Lektorer", 61, 37, "99,3"),
    ("7021", "Adjunkter", 88, 30, "100,4"),
    ("7022", "Lærere", 42, 12, "99,7"),
    ("7023", "Barnehagelærere", 71, 6, "100,9"),
    ("7024", "Pedagogiske ledere", 48, 3, "101,2"),
    ("7025", "Barne- og ungdomsarbeidere", 66, 9, "99,6"),
    ("7026", "Assistenter i skole og barnehage", 93, 28, "100,1"),
    ("7031", "Sykepleiere", 117, 9, "100,3"),
    ("7032", "Spesialsykepleiere", 23, 2, "97,8"),
    ("7033", "Vernepleiere", 36, 11, "99,5"),
    ("7034", "Helsefagarbeidere", 152, 14, "100,6"),
    ("7035", "Assistenter i helse og omsorg", 121, 33, "99,8"),
    ("7036", "Fysioterapeuter", 9, 4, "98,2"),
    ("7037", "Ergoterapeuter", 7, 1, "96,9"),
    ("7038", "Leger", 8, 7, "92,6"),
    ("7041", "Sosionomer og barnevernspedagoger", 27, 4, "99,9"),
    ("7042", "Miljøarbeidere", 31, 12, "100,2"),
    ("7051", "Ingeniører", 9, 22, "94,5"),
    ("7052", "Fagarbeidere teknisk drift", 3, 41, "97,6"),
    ("7053", "Renholdere", 38, 7, "100,0"),
    ("7054", "Kokker og kjøkkenassistenter", 14, 3, "98,5"),
    ("7061", "Bibliotekarer og kulturarbeidere", 11, 5, "98,0"),
]


def _share(w: int, m: int) -> float:
    return round(100 * w / (w + m), 1)


def _nb(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def _slug(title: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "-": " "})
    return "_".join(title.lower().translate(table).split())


BRENNVIK_W = sum(r[2] for r in BRENNVIK_ROWS)
BRENNVIK_M = sum(r[3] for r in BRENNVIK_ROWS)

BRENNVIK = Doc(
    doc_id="brennvik-kommune-likestilling-2024", subdir=V,
    layout="portrait", font="sans", max_pages=4,
    meta_title="Vedlegg 3 Likestilling 2024",
    meta_author="Personal og organisasjon",
    header="Brennvik kommune – Årsberetning 2024 – Vedlegg 3", header_on_first_page=True,
    footer="{page}", footer_align="center",
    blocks=[
        H(1, "VEDLEGG 3: LIKESTILLING OG IKKE-DISKRIMINERING 2024"),
        P("Vedlegget redegjør for kjønnsfordeling og lønn per stillingskode i Brennvik kommune per "
          "1. desember 2024, slik likestillings- og diskrimineringsloven § 26 a krever. Deltid, "
          "midlertidige ansettelser, sykefravær og foreldrepermisjon er omtalt i årsberetningen "
          "kapittel 5."),
        H(2, "Kjønnsbalanse:"),
        P("Kommunen hadde 1 601 ansatte i faste og midlertidige stillinger, 1 244 kvinner og 357 "
          "menn. Kvinneandelen var 77,7 prosent."),
        H(2, "Likelønn:"),
        P("Tabellen viser antall kvinner og menn og kvinners gjennomsnittlige grunnlønn i prosent "
          "av menns per stillingskode. Samlet utgjorde kvinners lønn 89,6 prosent av menns. "
          "Forskjellen skyldes i hovedsak at menn er overrepresentert i tekniske stillinger og "
          "ledende stillinger med høyere lønn, mens kvinner er overrepresentert i "
          "assistentstillinger."),
        Table([["Stillingskode", "Stillingsbetegnelse", "Kvinner", "Menn", "Andel kvinner (%)",
                "Kvinners lønn i % av menns"]]
              + [[c, t, str(w), str(m), _nb(_share(w, m)), r] for c, t, w, m, r in BRENNVIK_ROWS]
              + [["", "Sum", f"{BRENNVIK_W:,}".replace(",", " "),
                  f"{BRENNVIK_M:,}".replace(",", " "), _nb(_share(BRENNVIK_W, BRENNVIK_M)),
                  "89,6"]],
              widths=[0.8, 3.2, 0.8, 0.8, 1.0, 1.2], font_size=8, align_right_from=2),
        H(2, "Arbeidet med likestilling:"),
        P("Lønnspolitikken ble revidert i 2024 sammen med de hovedtillitsvalgte, og likelønn er "
          "nå et eget kriterium i de lokale forhandlingene. Ved forhandlingene i 2024 fikk 212 "
          "ansatte i kvinnedominerte stillingsgrupper et særskilt tillegg."),
    ],
    gold=Gold(
        organisation="Brennvik kommune",
        doc_type="equality_report", language="nb", report_year=2024,
        published=None,
        percentages=[
            pct(77.7, "77,7 prosent", "kvinneandel i kommunen"),
            pct(89.6, "89,6 prosent", "kvinners lønn i prosent av menns, samlet"),
        ],
        deadlines=[],
        organisations=[],
        extra={
            "equality_metrics": {
                "employees_total": 1601,
                "employees_women": 1244,
                "employees_men": 357,
                "women_share_total": 77.7,
                "women_share_top_management": 60.0,
                "pay_ratio_women_to_men_total": 89.6,
                **{f"women_share_{_slug(t)}": _share(w, m) for _, t, w, m, _ in BRENNVIK_ROWS},
                **{f"pay_ratio_women_to_men_{_slug(t)}": float(r.replace(",", "."))
                   for _, t, _, _, r in BRENNVIK_ROWS},
                "employees_given_equal_pay_supplement": 212,
            },
            "checklist": [
                ck("gender_balance", "present",
                   "Kommunen hadde 1 601 ansatte i faste og midlertidige stillinger, 1 244 kvinner "
                   "og 357 menn."),
                ck("pay_by_gender", "present",
                   "Samlet utgjorde kvinners lønn 89,6 prosent av menns."),
                ck("part_time_by_gender", "absent", None,
                   "Only a pointer to chapter 5 of the annual report."),
                ck("temporary_by_gender", "absent", None, "Only a pointer."),
                ck("parental_leave_by_gender", "absent", None, "Only a pointer."),
                ck("involuntary_part_time", "absent", None),
                ck("risks_investigated", "absent", None,
                   "Pay gaps are explained, but no examination of risks is described."),
                ck("causes_analysed", "present",
                   "Forskjellen skyldes i hovedsak at menn er overrepresentert i tekniske "
                   "stillinger og ledende stillinger med høyere lønn"),
                ck("measures_taken", "present",
                   "Ved forhandlingene i 2024 fikk 212 ansatte i kvinnedominerte "
                   "stillingsgrupper et særskilt tillegg."),
                ck("results_evaluated", "absent", None),
                ck("other_grounds", "absent", None),
                ck("employee_representatives_involved", "present",
                   "Lønnspolitikken ble revidert i 2024 sammen med de hovedtillitsvalgte"),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# E14. Fjordkysten høgskule, 2024 — nn, state university college, annual report part
#      III; big-number callouts ("Alle tilsette: 60,2 % kvinner 39,8 % menn"); academic
#      job categories as rows with Kvinner (%) | Menn (%) and counts; involuntary
#      part-time explicitly not mapped (absent); disability as another ground
# ---------------------------------------------------------------------------

# (stillingskategori, kvinner, menn, kvinner si løn i % av menn si)
FJORDKYSTEN_ROWS = [
    ("Professorar", 15, 33, "93,8"),
    ("Dosentar", 4, 6, "97,0"),
    ("Førsteamanuensar", 50, 46, "98,9"),
    ("Høgskulelektorar", 78, 46, "99,6"),
    ("Stipendiatar", 20, 15, "100,0"),
    ("Administrative og tekniske stillingar", 149, 61, "95,2"),
    ("Leiarar", 11, 9, "96,1"),
]

FJORDKYSTEN = Doc(
    doc_id="fjordkysten-hogskule-arsrapport-likestilling-2024", subdir=V,
    layout="portrait", font="serif",
    meta_title="Årsrapport 2024",
    meta_author="Fjordkysten høgskule",
    header="Fjordkysten høgskule – Årsrapport 2024", header_on_first_page=False,
    footer="Side {page}", footer_align="right", number_dot=False,
    blocks=[
        Title("Årsrapport 2024", ["Fjordkysten høgskule", "Del III – Årets aktivitetar og "
                                                          "resultat (utdrag)"]),
        H(1, "Likestilling, inkludering og mangfald", "3.8"),
        P("Høgskulen har 543 tilsette fordelte på campusane i Florø og Sogndal. Likestillings"
          "utvalet, der tillitsvalde frå Forskerforbundet og NTL er med, har gjennomført "
          "kartlegginga og føreslått tiltaka i dette kapittelet."),
        Callout("Alle tilsette:", [("60,2 %", "kvinner"), ("39,8 %", "menn")]),
        Callout("Leiarar:", [("55,0 %", "kvinner"), ("45,0 %", "menn")]),
        Spacer(4),
        Table([["Stillingskategori", "Kvinner", "Menn", "Kvinner (%)", "Menn (%)",
                "Kvinner si løn i % av menn si"]]
              + [[t, str(w), str(m), _nb(_share(w, m)), _nb(100 - _share(w, m)), r]
                 for t, w, m, r in FJORDKYSTEN_ROWS],
              widths=[2.8, 0.8, 0.7, 0.9, 0.9, 1.5], font_size=8, align_right_from=1),
        P("Samla utgjorde kvinner si løn 94,1 % av menn si. Deltid: 38 kvinner og 12 menn. "
          "Mellombels tilsette: 61 kvinner og 44 menn, inkludert stipendiatane. Kvinner tok i "
          "snitt ut 18,0 veker foreldrepermisjon, menn 14,9 veker. Sjukefråværet var 5,2 % for "
          "kvinner og 2,9 % for menn. Me har ikkje kartlagt ufrivillig deltid i 2024."),
        H(2, "Risiko, årsaker og tiltak", "3.8.1"),
        P("Kvinner er framleis underrepresenterte blant professorane. Det kjem mellom anna av at "
          "kvinner oftare har hatt lengre permisjonar i kvalifiseringsløpet, og at dei har hatt "
          "meir undervisning og mindre tid til forsking. I 2024 gjennomførte me eit "
          "opprykksprogram for førsteamanuensar med 14 deltakarar, av dei 10 kvinner."),
        P("Høgskulen tok i 2024 imot tre personar gjennom traineeprogrammet i staten for personar "
          "med funksjonsnedsetjing, og alle bygg på campus Florø er no universelt utforma."),
        H(2, "Resultat", "3.8.2"),
        P("Delen kvinnelege professorar auka frå 27,1 % i 2022 til 31,2 % i 2024, og fire av "
          "deltakarane i opprykksprogrammet fekk opprykk til professor. Målet om 40 % kvinner "
          "blant professorane innan 2028 ligg fast."),
    ],
    gold=Gold(
        organisation="Fjordkysten høgskule",
        doc_type="equality_report", language="nn", report_year=2024,
        published=None,
        percentages=[
            pct(60.2, "60,2 %", "delen kvinner av alle tilsette"),
            pct(39.8, "39,8 %", "delen menn av alle tilsette"),
            pct(55.0, "55,0 %", "delen kvinner blant leiarar"),
            pct(45.0, "45,0 %", "delen menn blant leiarar"),
            pct(94.1, "94,1 %", "kvinner si løn i prosent av menn si, samla"),
            pct(5.2, "5,2 %", "sjukefråvær kvinner"),
            pct(2.9, "2,9 %", "sjukefråvær menn"),
            pct(27.1, "27,1 %", "delen kvinnelege professorar 2022"),
            pct(31.2, "31,2 %", "delen kvinnelege professorar 2024"),
            pct(40, "40 %", "mål for delen kvinner blant professorane innan 2028"),
        ],
        deadlines=[ddl("innan 2028", "2028-12-31", "40 % kvinner blant professorane")],
        organisations=["Forskerforbundet", "NTL"],
        extra={
            "equality_metrics": {
                "employees_total": 543,
                "employees_women": 327,
                "employees_men": 216,
                "women_share_total": 60.2,
                "women_share_managers": 55.0,
                "pay_ratio_women_to_men_total": 94.1,
                "part_time_employees": 50,
                "part_time_women": 38,
                "part_time_men": 12,
                "temporary_employees": 105,
                "temporary_women": 61,
                "temporary_men": 44,
                "parental_leave_weeks_women": 18.0,
                "parental_leave_weeks_men": 14.9,
                "sick_leave_women": 5.2,
                "sick_leave_men": 2.9,
                **{f"women_share_{_slug(t)}": _share(w, m) for t, w, m, _ in FJORDKYSTEN_ROWS},
                **{f"pay_ratio_women_to_men_{_slug(t)}": float(r.replace(",", "."))
                   for t, _, _, r in FJORDKYSTEN_ROWS},
                "promotion_programme_participants": 14,
                "promotion_programme_women": 10,
                "promoted_to_professor": 4,
                "trainees_with_disabilities": 3,
                "women_professors_share_2022": 27.1,
            },
            "checklist": [
                ck("gender_balance", "present", "Alle tilsette: 60,2 % kvinner 39,8 % menn"),
                ck("pay_by_gender", "present",
                   "Samla utgjorde kvinner si løn 94,1 % av menn si."),
                ck("part_time_by_gender", "present", "Deltid: 38 kvinner og 12 menn."),
                ck("temporary_by_gender", "present",
                   "Mellombels tilsette: 61 kvinner og 44 menn, inkludert stipendiatane."),
                ck("parental_leave_by_gender", "present",
                   "Kvinner tok i snitt ut 18,0 veker foreldrepermisjon, menn 14,9 veker."),
                ck("involuntary_part_time", "absent", None,
                   "'Me har ikkje kartlagt ufrivillig deltid i 2024.'"),
                ck("risks_investigated", "present",
                   "Likestillingsutvalet, der tillitsvalde frå Forskerforbundet og NTL er med, har "
                   "gjennomført kartlegginga … Kvinner er framleis underrepresenterte blant "
                   "professorane."),
                ck("causes_analysed", "present",
                   "Det kjem mellom anna av at kvinner oftare har hatt lengre permisjonar i "
                   "kvalifiseringsløpet"),
                ck("measures_taken", "present",
                   "I 2024 gjennomførte me eit opprykksprogram for førsteamanuensar med 14 "
                   "deltakarar, av dei 10 kvinner."),
                ck("results_evaluated", "present",
                   "fire av deltakarane i opprykksprogrammet fekk opprykk til professor"),
                ck("other_grounds", "present",
                   "tok i 2024 imot tre personar gjennom traineeprogrammet i staten for personar "
                   "med funksjonsnedsetjing"),
                ck("employee_representatives_involved", "present",
                   "Likestillingsutvalet, der tillitsvalde frå Forskerforbundet og NTL er med, har "
                   "gjennomført kartlegginga"),
            ],
        },
    ),
)

DOCS = [BREKKE, SUNNVIK, NORDLIG, PROP1S, NORDFJELL, ARCTIC, GRANLI, TINDE, LANDBRUK, LYSEFJORD,
        TVEIT, SKAGERAK, BRENNVIK, FJORDKYSTEN]
