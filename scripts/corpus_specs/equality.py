"""Equality reports (likestillingsredegjørelser / likestillingsutgreiingar).
All organisations, people and figures are invented."""

from .checklist_gold import CHECKLIST_GOLD
from .model import (Bullets, Callout, ColumnBreak, Doc, Gold, Heading as H, Para as P, Spacer,
                    Table, Title, ddl, pct, sup)

# ---------------------------------------------------------------------------
# 5. Sølvtind Havbruk AS, 2023 — nb, TWO COLUMNS, justified and hyphenated
# ---------------------------------------------------------------------------

SOLVTIND = Doc(
    doc_id="solvtind-havbruk-likestilling-2023",
    layout="two_column", font="sans", hyphenate=True,
    meta_title="Likestillingsredegjørelse 2023",
    meta_author="Sølvtind Havbruk AS",
    header="Sølvtind Havbruk AS",
    header_on_first_page=False,
    footer="{page} · Likestillingsredegjørelse 2023", footer_align="left",
    blocks=[
        H(1, "Likestillingsredegjørelse 2023"),
        P("Sølvtind Havbruk AS", "lead"),
        ColumnBreak(),
        P("Sølvtind Havbruk AS driver oppdrett av laks på tolv lokaliteter langs kysten av "
          "Trøndelag, med eget settefiskanlegg og slakteri. Vi skal være en arbeidsplass der "
          "alle har like muligheter, uavhengig av kjønn, etnisitet, funksjonsevne, seksuell "
          "orientering og alder. Denne redegjørelsen beskriver tilstanden for likestilling i "
          "virksomheten og arbeidet vårt med å fremme likestilling og hindre diskriminering i "
          "2023."),
        H(2, "Tilstand for kjønnslikestilling"),
        H(3, "Kjønnsbalanse"),
        P("Ved utgangen av 2023 hadde Sølvtind Havbruk 318 ansatte, 89 kvinner og 229 menn. "
          "Havbruk har tradisjonelt vært en mannsdominert næring, særlig i sjøbaserte "
          "stillinger som røkter og brønnbåtmannskap."),
        Callout("Alle ansatte:", [("28 %", "kvinner"), ("72 %", "menn")]),
        Callout("Ledergruppen:", [("43 %", "kvinner"), ("57 %", "menn")]),
        Callout("Avdelingsledere:", [("25 %", "kvinner"), ("75 %", "menn")]),
        Spacer(4),
        P("Andelen kvinner har økt med tre prosentpoeng siden 2021. Målet er at minst 35 prosent "
          "av de ansatte skal være kvinner innen 2027."),
        H(3, "Lønn"),
        P("Tabellen viser kjønnsfordeling og kvinners lønn som andel av menns lønn på hvert "
          "stillingsnivå. Lønn er gjennomsnittlig fast månedslønn for heltidsekvivalenter."),
        Table([["Stillingsnivå", "Menn", "Kvinner", "Kvinners andel av menns lønn i prosent"],
               ["Totalt", "72 %", "28 %", "91,6 %"],
               ["Ledergruppen", "57 %", "43 %", "97,3 %"],
               ["Avdelingsledere", "75 %", "25 %", "98,8 %"],
               ["Driftsoperatører", "81 %", "19 %", "96,1 %"],
               ["Administrasjon", "56 %", "44 %", "88,9 %"]],
              widths=[2.2, 1.1, 1.1, 1.8], font_size=7.5, align_right_from=1),
        P("Kvinner tjente i gjennomsnitt 91,6 % av det menn tjente i 2023. Forskjellen skyldes i "
          "hovedsak at flere menn har skifttillegg og tillegg for arbeid på brønnbåt. Justert "
          "for tillegg er forskjellen under 2 %."),
        H(3, "Deltid og midlertidige stillinger"),
        P("I 2023 hadde vi 21 deltidsansatte, hvorav 14 kvinner. Det tilsvarer 67 prosent "
          "kvinner blant de deltidsansatte, mens kvinneandelen totalt er 28 %. Ingen oppgir at "
          "de jobber ufrivillig deltid. Vi hadde 17 midlertidig ansatte, de fleste "
          "sesongarbeidere på slakteriet i perioden august–november."),
        H(3, "Foreldrepermisjon"),
        P("Kvinner tok i gjennomsnitt ut 26,5 uker foreldrepermisjon, og menn 14,2 uker. "
          "Sølvtind Havbruk dekker full lønn under permisjonen, også for den delen av lønnen "
          "som overstiger seks ganger grunnbeløpet i folketrygden."),
        H(3, "Sykefravær"),
        P("Sykefraværet var 8,4 % for kvinner og 5,1 % for menn. Det legemeldte fraværet blant "
          "kvinner på slakteriet økte med 1,5 prosentpoeng fra året før. Bedriftshelsetjenesten "
          "vår, Havhelse BHT AS, har kartlagt arbeidsbelastningen på slakteriet, og "
          "anbefalingene følges opp i arbeidsmiljøutvalget."),
        H(2, "Vårt arbeid for likestilling og mot diskriminering"),
        P("Arbeidet med likestilling er forankret i styret og ledergruppen. HR-sjefen har det "
          "daglige ansvaret. Tillitsvalgte fra Fellesforbundet og Norsk Nærings- og "
          "Nytelsesmiddelarbeiderforbund deltar i arbeidsgruppen, som møtes fire ganger i året."),
        H(3, "Risikoer vi har avdekket"),
        P("Gjennom medarbeiderundersøkelsen, lønnskartleggingen og samtaler med tillitsvalgte "
          "har vi funnet disse risikoene for diskriminering og hindre for likestilling:"),
        Bullets(["Kvinner søker i liten grad på stillinger som røkter og brønnbåtmannskap.",
                 "Skiftordningene gjør det vanskelig å kombinere arbeid og småbarnsfase.",
                 "Ansatte med et annet morsmål enn norsk blir sjeldnere rekruttert til "
                 "lederstillinger.",
                 "Vi mottok to varsler om seksuell trakassering i 2023."]),
        H(3, "Tiltak"),
        Bullets(["Vi skal ha minst én kvinnelig røkter på hver lokalitet innen 31.12.2025.",
                 "En ny skiftplan med mer forutsigbare vakter innføres i løpet av 2024.",
                 "Alle ledere skal gjennomføre kurs i inkluderende rekruttering første halvår "
                 "2024.",
                 "Varslingsrutinen revideres og presenteres på allmøtet i oktober 2024."]),
        H(3, "Resultater av fjorårets tiltak"),
        P("I 2022 satte vi et mål om at kvinneandelen blant nyansatte skulle være minst 30 %. I "
          "2023 var 34 % av de nyansatte kvinner, og 31 % av søkerne var kvinner. Målet er "
          "dermed nådd."),
        Spacer(10),
        P("Sølvvika, 15. mars 2024", "label"),
        P("Styret i Sølvtind Havbruk AS"),
    ],
    gold=Gold(
        organisation="Sølvtind Havbruk AS",
        doc_type="equality_report", language="nb", report_year=2023,
        published="2024-03-15",
        percentages=[
            pct(28, "28 %", "andel kvinner, alle ansatte"),
            pct(72, "72 %", "andel menn, alle ansatte"),
            pct(43, "43 %", "andel kvinner i ledergruppen"),
            pct(57, "57 %", "andel menn i ledergruppen"),
            pct(25, "25 %", "andel kvinner blant avdelingsledere"),
            pct(75, "75 %", "andel menn blant avdelingsledere"),
            pct(3, "tre prosentpoeng", "økning i kvinneandelen siden 2021"),
            pct(35, "35 prosent", "mål for kvinneandel blant de ansatte innen 2027"),
            pct(72, "72 %", "andel menn totalt (lønnstabell)"),
            pct(28, "28 %", "andel kvinner totalt (lønnstabell)"),
            pct(91.6, "91,6 %", "kvinners andel av menns lønn, totalt (lønnstabell)"),
            pct(57, "57 %", "andel menn i ledergruppen (lønnstabell)"),
            pct(43, "43 %", "andel kvinner i ledergruppen (lønnstabell)"),
            pct(97.3, "97,3 %", "kvinners andel av menns lønn, ledergruppen"),
            pct(75, "75 %", "andel menn blant avdelingsledere (lønnstabell)"),
            pct(25, "25 %", "andel kvinner blant avdelingsledere (lønnstabell)"),
            pct(98.8, "98,8 %", "kvinners andel av menns lønn, avdelingsledere"),
            pct(81, "81 %", "andel menn blant driftsoperatører"),
            pct(19, "19 %", "andel kvinner blant driftsoperatører"),
            pct(96.1, "96,1 %", "kvinners andel av menns lønn, driftsoperatører"),
            pct(56, "56 %", "andel menn i administrasjonen"),
            pct(44, "44 %", "andel kvinner i administrasjonen"),
            pct(88.9, "88,9 %", "kvinners andel av menns lønn, administrasjon"),
            pct(91.6, "91,6 %", "kvinners gjennomsnittslønn som andel av menns i 2023"),
            pct(2, "2 %", "lønnsforskjell mellom kvinner og menn justert for tillegg (under)"),
            pct(67, "67 prosent", "andel kvinner blant deltidsansatte"),
            pct(28, "28 %", "kvinneandel totalt (sammenlignet med deltidsansatte)"),
            pct(8.4, "8,4 %", "sykefravær kvinner"),
            pct(5.1, "5,1 %", "sykefravær menn"),
            pct(1.5, "1,5 prosentpoeng", "økning i legemeldt fravær blant kvinner på slakteriet"),
            pct(30, "30 %", "mål fra 2022 for kvinneandel blant nyansatte (minst)"),
            pct(34, "34 %", "andel kvinner blant nyansatte i 2023"),
            pct(31, "31 %", "andel kvinner blant søkere i 2023"),
        ],
        deadlines=[
            ddl("innen 2027", "2027-12-31", "minst 35 prosent av de ansatte skal være kvinner"),
            ddl("innen 31.12.2025", "2025-12-31",
                "minst én kvinnelig røkter på hver lokalitet"),
            ddl("i løpet av 2024", "2024-12-31",
                "ny skiftplan med mer forutsigbare vakter innføres"),
            ddl("første halvår 2024", "2024-06-30",
                "alle ledere gjennomfører kurs i inkluderende rekruttering"),
            ddl("i oktober 2024", "2024-10-31",
                "revidert varslingsrutine presenteres på allmøtet"),
        ],
        organisations=["Havhelse BHT AS", "Fellesforbundet",
                       "Norsk Nærings- og Nytelsesmiddelarbeiderforbund"],
        suppliers=[sup("Havhelse BHT AS", "bedriftshelsetjeneste",
                       "Bedriftshelsetjenesten vår, Havhelse BHT AS")],
        risk_sectors=[],
        risk_issues=["discrimination_harassment"],
        extra={"checklist": CHECKLIST_GOLD["solvtind-havbruk-likestilling-2023"], "equality_metrics": {
            "employees_total": 318,
            "employees_women": 89,
            "employees_men": 229,
            "women_share_total": 28.0,
            "women_share_top_management": 43.0,
            "women_share_department_directors": 25.0,
            "women_share_section_leaders": None,
            "pay_ratio_women_to_men_total": 91.6,
            "pay_ratio_women_to_men_top_management": 97.3,
            "pay_ratio_women_to_men_department_directors": 98.8,
            "pay_ratio_women_to_men_operators": 96.1,
            "pay_ratio_women_to_men_administration": 88.9,
            "part_time_employees": 21,
            "temporary_employees": 17,
            "parental_leave_weeks_women": 26.5,
            "parental_leave_weeks_men": 14.2,
            "sick_leave_women": 8.4,
            "sick_leave_men": 5.1,
            "applicants_women_share": 31.0,
            "hires_women_share": 34.0,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 6. Bjørkvik Sparebank, 2024 — nb, one column, private-use (U+F0B7) bullets
# ---------------------------------------------------------------------------

BJORKVIK = Doc(
    doc_id="bjorkvik-sparebank-likestilling-2024",
    layout="portrait", font="sans",
    meta_title="Likestillings- og diskrimineringsredegjørelse 2024",
    meta_author="Bjørkvik Sparebank",
    header="Bjørkvik Sparebank | Likestillings- og diskrimineringsredegjørelse 2024",
    footer="Side {page}",
    blocks=[
        Title("Likestillings- og diskrimineringsredegjørelse 2024",
              ["Bjørkvik Sparebank", "Publisert 20. februar 2025"]),
        H(1, "Innledning", "1"),
        P("Bjørkvik Sparebank ble etablert i 1857 og er en selvstendig sparebank med elleve "
          "kontorer på Sørlandet. Ved utgangen av 2024 hadde banken 246 ansatte. Redegjørelsen "
          "oppfyller kravene i likestillings- og diskrimineringsloven § 26 og er utarbeidet i "
          "samarbeid med tillitsvalgte fra Finansforbundet."),
        H(1, "Tilstand for kjønnslikestilling", "2"),
        H(2, "Kjønnsbalanse", "2.1"),
        Callout("Alle ansatte", [("54 %", "kvinner"), ("46 %", "menn")]),
        Callout("Konsernledelsen", [("38 %", "kvinner"), ("62 %", "menn")]),
        Callout("Styret", [("50 %", "kvinner"), ("50 %", "menn")]),
        Spacer(4),
        P("Banken har 133 kvinnelige og 113 mannlige ansatte. I konsernledelsen er det tre "
          "kvinner og fem menn. Blant avdelingslederne er kvinneandelen 45 %."),
        H(2, "Lønn per stillingsnivå", "2.2"),
        Table([["Stillingsnivå", "Menn", "Kvinner", "Kvinners andel av menns lønn i prosent"],
               ["Konsernledelse", "5", "3", "87,5 %"],
               ["Avdelingsledere", "12", "10", "96,8 %"],
               ["Rådgivere", "71", "64", "93,0 %"],
               ["Kundeservice og støtte", "25", "56", "101,2 %"],
               ["Totalt", "113", "133", "84,7 %"]],
              widths=[2.4, 1, 1, 2.2], align_right_from=1),
        P("Totalt tjener kvinner 84,7 % av det menn tjener. Forskjellen skyldes først og fremst "
          "at det er flere kvinner i kundeservice, som har lavere lønnsnivå. På samme "
          "stillingsnivå er forskjellene mindre, og i kundeservice tjener kvinnene 1,2 % mer enn "
          "mennene. Lønnsgapet totalt er redusert med 2,1 prosentpoeng siden 2023."),
        H(2, "Deltid og midlertidige ansettelser", "2.3"),
        Table([["", "Kvinner", "Menn", "Totalt"],
               ["Deltidsansatte", "19", "4", "23"],
               ["Midlertidig ansatte", "6", "5", "11"],
               ["Ufrivillig deltid", "1", "0", "1"]],
              ruled=False, widths=[2.4, 1, 1, 1], align_right_from=1),
        P("Av de 23 deltidsansatte er 83 % kvinner. De fleste jobber deltid etter eget ønske, "
          "blant annet på grunn av omsorg for små barn eller delvis pensjon. Én ansatt oppgir at "
          "hun jobber ufrivillig deltid."),
        H(2, "Foreldrepermisjon og sykefravær", "2.4"),
        P("Kvinner tok i snitt ut 18,3 uker og menn 12,6 uker foreldrepermisjon i 2024. "
          "Sykefraværet var 6,2 % blant kvinner og 3,4 % blant menn. Målet er at det samlede "
          "sykefraværet skal være under 4,5 %."),
        H(1, "Vårt arbeid for likestilling", "3"),
        H(2, "Slik jobber vi", "3.1"),
        P("Vi arbeider etter de fire trinnene i aktivitetsplikten: undersøke risiko, analysere "
          "årsaker, iverksette tiltak og evaluere resultater. HR, tillitsvalgte og verneombud "
          "samarbeider om arbeidet, og styret får rapport to ganger i året. Faste aktiviteter "
          "er:"),
        Bullets(["lønnskartlegging per stillingsnivå hvert år",
                 "medarbeiderundersøkelse med spørsmål om diskriminering og trakassering",
                 "gjennomgang av rekrutteringsprosesser og kandidatlister",
                 "oppfølging av varsler og avvik"], glyph="\uf0b7"),
        H(2, "Risiko og tiltak", "3.2"),
        P("Medarbeiderundersøkelsen høsten 2024 viste at 4 % av de ansatte har opplevd uønsket "
          "seksuell oppmerksomhet det siste året, de fleste fra kunder. Alle saker som er meldt "
          "inn, er behandlet etter varslingsrutinen. Tabellen viser risikoene vi har funnet, og "
          "tiltakene vi setter inn."),
        Table([["Risiko", "Tiltak", "Frist"],
               ["Skjev kjønnsbalanse i konsernledelsen",
                "Minst én kvinne og én mann blant de siste kandidatene ved alle "
                "lederansettelser", "Q2 2025"],
               ["Lønnsforskjeller i rådgiverstillinger",
                "Egen pott til likelønnsjusteringer i lønnsoppgjøret", "3. kvartal 2025"],
               ["Trakassering fra kunder",
                "Kurs i håndtering av truende og trakasserende kunder, levert av "
                "bedriftshelsetjenesten", "Innen 30.06.2026"],
               ["Få ansatte med innvandrerbakgrunn",
                "Samarbeid med Nav om arbeidspraksis for innvandrere", "Løpende"]],
              widths=[2, 3, 1.2]),
    ],
    gold=Gold(
        organisation="Bjørkvik Sparebank",
        doc_type="equality_report", language="nb", report_year=2024,
        published="2025-02-20",
        percentages=[
            pct(54, "54 %", "andel kvinner, alle ansatte"),
            pct(46, "46 %", "andel menn, alle ansatte"),
            pct(38, "38 %", "andel kvinner i konsernledelsen"),
            pct(62, "62 %", "andel menn i konsernledelsen"),
            pct(50, "50 %", "andel kvinner i styret"),
            pct(50, "50 %", "andel menn i styret"),
            pct(45, "45 %", "kvinneandel blant avdelingslederne"),
            pct(87.5, "87,5 %", "kvinners andel av menns lønn, konsernledelse"),
            pct(96.8, "96,8 %", "kvinners andel av menns lønn, avdelingsledere"),
            pct(93.0, "93,0 %", "kvinners andel av menns lønn, rådgivere"),
            pct(101.2, "101,2 %", "kvinners andel av menns lønn, kundeservice og støtte"),
            pct(84.7, "84,7 %", "kvinners andel av menns lønn, totalt (tabell)"),
            pct(84.7, "84,7 %", "kvinners lønn som andel av menns lønn totalt"),
            pct(1.2, "1,2 %", "hvor mye mer kvinner enn menn tjener i kundeservice"),
            pct(2.1, "2,1 prosentpoeng", "reduksjon i lønnsgapet totalt siden 2023"),
            pct(83, "83 %", "andel kvinner blant deltidsansatte"),
            pct(6.2, "6,2 %", "sykefravær kvinner"),
            pct(3.4, "3,4 %", "sykefravær menn"),
            pct(4.5, "4,5 %", "mål for samlet sykefravær (under)"),
            pct(4, "4 %", "ansatte som har opplevd uønsket seksuell oppmerksomhet siste år"),
        ],
        deadlines=[
            ddl("Q2 2025", "2025-06-30",
                "minst én kvinne og én mann blant de siste kandidatene ved lederansettelser"),
            ddl("3. kvartal 2025", "2025-09-30",
                "egen pott til likelønnsjusteringer for rådgivere i lønnsoppgjøret"),
            ddl("Innen 30.06.2026", "2026-06-30",
                "kurs i håndtering av truende og trakasserende kunder"),
        ],
        organisations=["Finansforbundet", "Nav"],
        suppliers=[sup(None, "bedriftshelsetjeneste", "levert av bedriftshelsetjenesten")],
        risk_sectors=[],
        risk_issues=["discrimination_harassment"],
        extra={"checklist": CHECKLIST_GOLD["bjorkvik-sparebank-likestilling-2024"], "equality_metrics": {
            "employees_total": 246,
            "employees_women": 133,
            "employees_men": 113,
            "women_share_total": 54.0,
            "women_share_top_management": 38.0,
            "women_share_department_directors": 45.0,
            "women_share_section_leaders": None,
            "women_share_board": 50.0,
            "pay_ratio_women_to_men_total": 84.7,
            "pay_ratio_women_to_men_top_management": 87.5,
            "pay_ratio_women_to_men_department_directors": 96.8,
            "pay_ratio_women_to_men_advisers": 93.0,
            "pay_ratio_women_to_men_customer_service": 101.2,
            "part_time_employees": 23,
            "temporary_employees": 11,
            "involuntary_part_time_employees": 1,
            "parental_leave_weeks_women": 18.3,
            "parental_leave_weeks_men": 12.6,
            "sick_leave_women": 6.2,
            "sick_leave_men": 3.4,
            "applicants_women_share": None,
            "hires_women_share": None,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 7. Vetlefjord Hotell og Reiseliv AS, 2023 — Nynorsk, serif, one column
# ---------------------------------------------------------------------------

VETLEFJORD = Doc(
    doc_id="vetlefjord-reiseliv-likestilling-2023",
    layout="portrait", font="serif",
    meta_title="Likestillingsutgreiing 2023",
    meta_author="Vetlefjord Hotell og Reiseliv AS",
    header="Vetlefjord Hotell og Reiseliv AS",
    footer="Likestillingsutgreiing 2023 – side {page}",
    blocks=[
        H(1, "Likestillingsutgreiing 2023"),
        P("Vetlefjord Hotell og Reiseliv AS driv tre hotell og ein fjordcruisebåt i Sogn. Ved "
          "utgangen av 2023 hadde vi 164 tilsette, men talet varierer mykje gjennom året. I "
          "høgsesongen er vi over 300 tilsette."),
        H(2, "Kjønnsbalanse og løn"),
        Callout("Alle tilsette:", [("61 %", "kvinner"), ("39 %", "menn")]),
        Callout("Leiargruppa:", [("50 %", "kvinner"), ("50 %", "menn")]),
        Callout("Avdelingsleiarar:", [("67 %", "kvinner"), ("33 %", "menn")]),
        Spacer(6),
        Table([["Stillingsnivå", "Menn", "Kvinner", "Kvinner si løn i prosent av menn si løn"],
               ["Leiargruppa", "3", "3", "92,4 %"],
               ["Avdelingsleiarar", "4", "8", "99,0 %"],
               ["Fagarbeidarar (kokkar, resepsjon)", "32", "41", "97,5 %"],
               ["Servitørar og reinhald", "25", "48", "100,8 %"],
               ["Totalt", "64", "100", "94,1 %"]],
              widths=[2.6, 0.9, 0.9, 2.2], align_right_from=1),
        P("Kvinner tener i gjennomsnitt 94,1 % av det menn tener. Skilnaden kjem mest av at "
          "fleire menn arbeider som kokkar med ansiennitetstillegg. I 2022 var det tilsvarande "
          "talet 91 %."),
        H(2, "Deltid, mellombels tilsette og permisjon"),
        P("Reiselivet er prega av sesongarbeid. Ved utgangen av 2023 hadde 58 tilsette "
          "deltidsstilling, og 23 var mellombels tilsette. Tre av fire deltidstilsette er "
          "kvinner. Vi har spurt dei deltidstilsette, og 12 prosent svarar at dei ønskjer større "
          "stilling."),
        P("Kvinner tok i snitt ut 19 veker foreldrepermisjon og menn 11 veker. Sjukefråværet var "
          "9,2 % for kvinner og 4,8 % for menn."),
        H(2, "Arbeid for likestilling og mot diskriminering"),
        P("Saman med tillitsvalde frå Fellesforbundet har vi gått gjennom risikoen for "
          "diskriminering. Dei største risikoane er:"),
        Bullets(["uføreseielege arbeidstider som gjer det vanskeleg å kombinere arbeid og familie",
                 "trakassering frå gjester, særleg på kveldstid",
                 "språkbarrierar for tilsette med anna morsmål enn norsk"]),
        H(3, "Tiltak"),
        Bullets(["Nye turnusplanar med faste fridagar skal vere på plass før sesongstart 1. mai "
                 "2024.",
                 "Alle som arbeider i resepsjon og servering, skal få kurs i handtering av "
                 "trakassering innan 30. april 2024.",
                 "Vi tilbyr norskopplæring i arbeidstida i løpet av hausten 2024, med lærarar frå "
                 "Sogn vidaregåande skule."]),
        P("Utgreiinga vart handsama av styret 7. mars 2024."),
    ],
    gold=Gold(
        organisation="Vetlefjord Hotell og Reiseliv AS",
        doc_type="equality_report", language="nn", report_year=2023,
        published=None,
        percentages=[
            pct(61, "61 %", "del kvinner, alle tilsette"),
            pct(39, "39 %", "del menn, alle tilsette"),
            pct(50, "50 %", "del kvinner i leiargruppa"),
            pct(50, "50 %", "del menn i leiargruppa"),
            pct(67, "67 %", "del kvinner blant avdelingsleiarar"),
            pct(33, "33 %", "del menn blant avdelingsleiarar"),
            pct(92.4, "92,4 %", "kvinner si løn i prosent av menn si løn, leiargruppa"),
            pct(99.0, "99,0 %", "kvinner si løn i prosent av menn si løn, avdelingsleiarar"),
            pct(97.5, "97,5 %", "kvinner si løn i prosent av menn si løn, fagarbeidarar"),
            pct(100.8, "100,8 %",
                "kvinner si løn i prosent av menn si løn, servitørar og reinhald"),
            pct(94.1, "94,1 %", "kvinner si løn i prosent av menn si løn, totalt (tabell)"),
            pct(94.1, "94,1 %", "kvinner si gjennomsnittsløn i prosent av menn si"),
            pct(91, "91 %", "kvinner si løn i prosent av menn si løn i 2022"),
            pct(12, "12 prosent", "deltidstilsette som ønskjer større stilling"),
            pct(9.2, "9,2 %", "sjukefråvær kvinner"),
            pct(4.8, "4,8 %", "sjukefråvær menn"),
        ],
        deadlines=[
            ddl("før sesongstart 1. mai 2024", "2024-05-01",
                "nye turnusplanar med faste fridagar på plass"),
            ddl("innan 30. april 2024", "2024-04-30",
                "kurs i handtering av trakassering for tilsette i resepsjon og servering"),
            ddl("i løpet av hausten 2024", "2024-11-30", "norskopplæring i arbeidstida"),
        ],
        organisations=["Fellesforbundet", "Sogn vidaregåande skule"],
        suppliers=[sup("Sogn vidaregåande skule", "norskopplæring (lærarar)",
                       "med lærarar frå Sogn vidaregåande skule")],
        risk_sectors=[],
        risk_issues=["discrimination_harassment"],
        extra={"checklist": CHECKLIST_GOLD["vetlefjord-reiseliv-likestilling-2023"], "equality_metrics": {
            "employees_total": 164,
            "employees_women": 100,
            "employees_men": 64,
            "women_share_total": 61.0,
            "women_share_top_management": 50.0,
            "women_share_department_directors": 67.0,
            "women_share_section_leaders": None,
            "pay_ratio_women_to_men_total": 94.1,
            "pay_ratio_women_to_men_top_management": 92.4,
            "pay_ratio_women_to_men_department_directors": 99.0,
            "pay_ratio_women_to_men_skilled_workers": 97.5,
            "pay_ratio_women_to_men_service_and_cleaning": 100.8,
            "part_time_employees": 58,
            "temporary_employees": 23,
            "parental_leave_weeks_women": 19.0,
            "parental_leave_weeks_men": 11.0,
            "sick_leave_women": 9.2,
            "sick_leave_men": 4.8,
            "applicants_women_share": None,
            "hires_women_share": None,
        }},
    ),
)

DOCS = [SOLVTIND, BJORKVIK, VETLEFJORD]
