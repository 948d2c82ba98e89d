"""Stress documents for transparency reports (corpus/stress/): layouts and phrasings the
transparency rules were widened for, whole documents end to end — key figures with two years
side by side (report year in either column, the money unit in the header), run-in bold labels,
Nynorsk number words, replies counted "N av M", findings worded as deviations. All
organisations, people and figures are invented."""

from .model import Doc, Gold, Heading as H, KeyValue, Para as P, Table, Title, ddl, pct, sup

S = "stress"

# S1. Nynorsk building contractor: unruled key-figure table, report year in the right column,
#     "tvo revisjonar", "eitt tilfelle", replies "36 av dei".
BYGG = Doc(
    doc_id="stress-hardanger-bygg-openheit-2024", subdir=S,
    layout="portrait", font="serif",
    meta_title="Utgreiing etter openheitslova 2024", meta_author="kvalitet",
    header=None, footer="Side {page} av {pages}", footer_align="center",
    blocks=[
        Title("Utgreiing om aktsemdsvurderingar 2024", ["Hardangerbygg AS"]),
        H(1, "Om verksemda"),
        P("Hardangerbygg AS er ein entreprenør med hovudkontor i Odda. Verksemda byggjer bustader "
          "og næringsbygg i Vestland."),
        Table([["Nøkkeltal", "2023", "2024"],
               ["Omsetnad (mill. kr)", "412,5", "468,0"],
               ["Talet på tilsette", "131", "142"],
               ["Talet på leverandørar", "286", "311"]],
              ruled=False, lines="header", widths=[3, 1, 1], align_right_from=1),
        H(1, "Kartlegging av leverandørkjeda"),
        P("Me sende eigenerklæring til 48 leverandørar i 2024, og 36 av dei svara innan fristen. "
          "Ingen leverandørar vart vurderte til å ha høg risiko etter kartlegginga."),
        P("I løpet av året gjennomførte me tvo revisjonar hos underleverandørar på byggjeplassane."),
        H(1, "Funn og tiltak"),
        P("Me avdekte eitt tilfelle av for lange arbeidsdagar hos ein underleverandør innan "
          "betongarbeid. Underleverandøren har fått pålegg om å rette forholdet innan 1. mars 2025."),
    ],
    gold=Gold(
        organisation="Hardangerbygg AS", doc_type="transparency_report", language="nn",
        report_year=2024, published=None,
        deadlines=[ddl("innan 1. mars 2025", "2025-03-01", "underleverandøren rettar forholdet")],
        suppliers=[sup(None, "betongarbeid", "hos ein underleverandør innan betongarbeid")],
        risk_sectors=["construction"], risk_issues=["working_hours"],
        extra={"transparency_facts": {
            "business_partners_total": 311, "business_partners_asked_esg": 48, "esg_response_rate": 75.0,
            "high_risk_suppliers": 0, "supplier_audits": 2, "violations_found": True,
            "employees": 142, "revenue_nok": 468_000_000, "esg_responses": 36}},
    ),
)

# S2. English shipping company: run-in bold labels, key figures as lines with the unit in the
#     header, "Of the N suppliers surveyed, M responded", "did not identify any violations".
SHIPPING = Doc(
    doc_id="stress-nordkapp-shipping-transparency-2024", subdir=S,
    layout="portrait", font="sans",
    meta_title="Transparency Act statement 2024", meta_author="",
    header="Nordkapp Shipping ASA", footer="{page}", footer_align="right",
    blocks=[
        Title("Transparency Act statement 2024", ["Nordkapp Shipping ASA"]),
        H(1, "Our business"),
        P("**Operations.** Nordkapp Shipping ASA owns and operates 14 bulk carriers trading "
          "worldwide from its head office in Tromsø."),
        Table([["Key figures (NOK million)", "2024", "2023"],
               ["Revenue", "3,480", "3,115"],
               ["Headcount", "612", "587"]],
              ruled=False, lines="none", widths=[3, 1, 1], align_right_from=1),
        H(1, "Due diligence"),
        P("**Supply chain.** Our vendor base consisted of 1,240 active vendors at year end."),
        P("**Supplier survey.** Of the 210 suppliers surveyed, 168 responded."),
        P("**Risk.** Twenty suppliers were classified as high risk, most of them ship recycling "
          "and crewing agencies."),
        P("**Audits.** The number of supplier audits in 2024 was 11."),
        H(1, "Findings"),
        P("We did not identify any violations of human rights in our supply chain in 2024."),
    ],
    gold=Gold(
        organisation="Nordkapp Shipping ASA", doc_type="transparency_report", language="en",
        report_year=2024, published=None,
        risk_sectors=["shipping"], risk_issues=[],
        extra={"transparency_facts": {
            "business_partners_total": 1240, "business_partners_asked_esg": 210, "esg_response_rate": 80.0,
            "high_risk_suppliers": 20, "supplier_audits": 11, "violations_found": False,
            "employees": 612, "revenue_nok": 3_480_000_000, "esg_responses": 168}},
    ),
)

# S3. Bokmål wholesaler: ruled three-year table with MNOK in the corner cell, label-and-copula
#     sentences, "svar fra N av M", findings worded as "avvik knyttet til".
GROSSIST = Doc(
    doc_id="stress-mjosa-grossist-apenhet-2024", subdir=S,
    layout="portrait", font="condensed",
    meta_title="Åpenhetsloven – redegjørelse 2024", meta_author="Mjøsa Grossist",
    header=None, footer="Mjøsa Grossist AS – {page}", footer_align="left",
    blocks=[
        Title("Redegjørelse etter åpenhetsloven for 2024", ["Mjøsa Grossist AS"]),
        H(1, "Nøkkeltall"),
        Table([["MNOK", "2022", "2023", "2024"],
               ["Driftsinntekter", "1 902", "2 105", "2 318"],
               ["Ansatte¹", "398", "402", "415"]],
              widths=[3, 1, 1, 1], align_right_from=1),
        P("¹ Antall personer ved utgangen av året.", "small"),
        H(1, "Leverandørkjeden"),
        P("Antallet leverandører var 2.318 ved utgangen av 2024, de fleste i Norden."),
        P("Vi mottok svar fra 154 av 190 leverandører på vår egenerklæring om arbeidsforhold."),
        P("Totalt 22 leverandører er definert som høyrisiko etter vår landrisikomodell."),
        P("Antall gjennomførte revisjoner var 7."),
        H(1, "Funn"),
        P("Revisjonene avdekket avvik knyttet til overtidsbetaling hos to leverandører i Polen. "
          "Begge har levert en korrigerende plan."),
    ],
    gold=Gold(
        organisation="Mjøsa Grossist AS", doc_type="transparency_report", language="nb",
        report_year=2024, published=None,
        risk_sectors=["wholesale"], risk_issues=["wages"],
        extra={"transparency_facts": {
            "business_partners_total": 2318, "business_partners_asked_esg": 190, "esg_response_rate": 81.1,
            "high_risk_suppliers": 22, "supplier_audits": 7, "violations_found": True,
            "employees": 415, "revenue_nok": 2_318_000_000, "esg_responses": 154}},
    ),
)


# S4. Bokmål power company: key figures in a boxed key/value list without years
#     ("Antall ansatte | ca. 480", "Omsetning | 1,9 mrd. kr"), a survey "blant N leverandører" with
#     the response share as "svarandel", high risk as a share of the partners, audits negated,
#     requests for information (informasjonskrav) that are no partner count.
KRAFT = Doc(
    doc_id="stress-fjellkraft-energi-apenhet-2024", subdir=S,
    layout="portrait", font="sans",
    meta_title="Redegjørelse for aktsomhetsvurderinger 2024", meta_author="Bærekraft og innkjøp",
    header="Fjellkraft Energi AS", footer="{page}", footer_align="right",
    blocks=[
        Title("Redegjørelse for aktsomhetsvurderinger 2024", ["Fjellkraft Energi AS"]),
        H(1, "Kort om oss"),
        KeyValue([("Antall ansatte", "ca. 480"), ("Omsetning", "1,9 mrd. kr"), ("Leverandører i alt", "1 120"),
                  ("Hovedkontor", "Lillehammer")]),
        P("Fjellkraft Energi AS produserer og selger fornybar kraft fra elleve vannkraftverk i Innlandet."),
        H(1, "Leverandørkjeden"),
        P("Vi gjennomførte en spørreundersøkelse om arbeidsforhold blant 260 leverandører i 2024. "
          "Svarandelen endte på 70 %."),
        P("Av våre 1 120 leverandører er 5 % vurdert å ha høy risiko, først og fremst innen "
          "solcellepaneler og anleggsarbeid."),
        H(1, "Oppfølging"),
        P("Vi har ikke gjennomført revisjoner hos leverandører i 2024. Oppfølgingen skjedde gjennom "
          "dialogmøter med de største leverandørene."),
        H(1, "Funn"),
        P("Ingen brudd på grunnleggende menneskerettigheter eller anstendige arbeidsforhold ble avdekket i 2024."),
        H(1, "Informasjonskrav"),
        P("Vi mottok 4 informasjonskrav etter åpenhetsloven § 6 i 2024. Alle ble besvart innen tre uker."),
    ],
    gold=Gold(
        organisation="Fjellkraft Energi AS", doc_type="transparency_report", language="nb",
        report_year=2024, published=None,
        percentages=[pct(70, "70 %", "svarandel i spørreundersøkelsen"),
                     pct(5, "5 %", "leverandører vurdert å ha høy risiko")],
        suppliers=[sup(None, "solcellepaneler", "innen solcellepaneler og anleggsarbeid")],
        risk_sectors=["energy", "construction"], risk_issues=[],
        extra={"transparency_facts": {
            "business_partners_total": 1120, "business_partners_asked_esg": 260, "esg_response_rate": 70.0,
            "high_risk_suppliers": 56, "supplier_audits": 0, "violations_found": False,
            "employees": 480, "revenue_nok": 1_900_000_000}},
    ),
)

# S5. English seafood group, landscape: a ruled key-figure table with a unit column, fiscal-year
#     headers ("FY2023 | FY2024", the report year on the right) and numbers grouped by spaces;
#     run-in response rate, "flagged N suppliers as high-risk", findings "uncovered".
SEAFOOD = Doc(
    doc_id="stress-polarhav-seafood-transparency-2024", subdir=S,
    layout="landscape", font="helvetica",
    meta_title="Polarhav Seafood - Transparency Act report 2024", meta_author="",
    header=None, footer="Polarhav Seafood AS | page {page}", footer_align="left",
    blocks=[
        Title("Report pursuant to the Norwegian Transparency Act 2024", ["Polarhav Seafood AS"]),
        H(1, "About us"),
        P("Polarhav Seafood AS farms and processes salmon in Troms and sells to customers in 30 markets."),
        Table([["Indicator", "Unit", "FY2023", "FY2024"],
               ["Revenue", "NOK million", "1 410", "1 532"],
               ["Employees", "number", "371", "388"],
               ["Suppliers", "number", "905", "960"],
               ["Supplier audits", "number", "6", "9"]],
              widths=[3, 1.4, 1, 1], align_right_from=2),
        H(1, "Due diligence in 2024"),
        P("Self-assessment questionnaires were distributed to 120 suppliers of feed, packaging and services."),
        P("Response rate: 80 %"),
        P("Our risk assessment flagged 11 suppliers as high-risk, mainly feed producers and crewing agencies."),
        H(1, "What we found"),
        P("We uncovered excessive working hours at two processing plants run by subcontractors. Both have "
          "agreed a corrective plan with us."),
        H(1, "Requests for information"),
        P("We received 2 requests for information under the Transparency Act in 2024, and both were answered."),
    ],
    gold=Gold(
        organisation="Polarhav Seafood AS", doc_type="transparency_report", language="en",
        report_year=2024, published=None,
        percentages=[pct(80, "80 %", "response rate")],
        suppliers=[sup(None, "feed", "suppliers of feed, packaging and services"),
                   sup(None, "processing plants", "two processing plants run by subcontractors")],
        risk_sectors=["food"], risk_issues=["working_hours"],
        extra={"transparency_facts": {
            "business_partners_total": 960, "business_partners_asked_esg": 120, "esg_response_rate": 80.0,
            "high_risk_suppliers": 11, "supplier_audits": 9, "violations_found": True,
            "employees": 388, "revenue_nok": 1_532_000_000}},
    ),
)

# S6. Nynorsk bus company, serif: a two-cell key-figure table under a title with the year
#     ("Omsetnad | 640 mill. kr", "Leverandørrevisjonar | Ingen"), replies "Av dei N ... har M svart",
#     "ingen leverandørar med høg risiko", a risk description next to a clean result.
BUSS = Doc(
    doc_id="stress-vestlandsbuss-openheit-2024", subdir=S,
    layout="portrait", font="serif",
    meta_title="Openheitslova - utgreiing 2024", meta_author="Vestlandsbuss",
    header=None, footer="Side {page}", footer_align="center",
    blocks=[
        Title("Utgreiing etter openheitslova for 2024", ["Vestlandsbuss AS"]),
        H(1, "Verksemda"),
        P("Vestlandsbuss AS køyrer rutebuss i Sogn og Fjordane på oppdrag frå fylkeskommunen."),
        Table([["Nøkkeltal 2024", ""],
               ["Omsetnad", "640 mill. kr"],
               ["Tilsette", "om lag 450"],
               ["Leverandørar", "214"],
               ["Leverandørrevisjonar", "Ingen"]],
              widths=[3, 1.5], align_right_from=1),
        H(1, "Aktsemdsvurderingar"),
        P("Eigenerklæringsskjema gjekk ut til 52 leverandørar i 2024. Av dei 52 leverandørane som fekk "
          "skjemaet, har 39 svart."),
        P("Det er ingen leverandørar med høg risiko i porteføljen vår."),
        P("I bransjen er det risiko for brot på reglane om arbeidstid hjå underleverandørar innan reinhald."),
        H(1, "Resultat"),
        P("Kartlegginga avdekte ingen brot på grunnleggjande menneskerettar i 2024."),
    ],
    gold=Gold(
        organisation="Vestlandsbuss AS", doc_type="transparency_report", language="nn",
        report_year=2024, published=None,
        suppliers=[sup(None, "reinhald", "underleverandørar innan reinhald")],
        risk_sectors=["cleaning"], risk_issues=["working_hours"],
        extra={"transparency_facts": {
            "business_partners_total": 214, "business_partners_asked_esg": 52, "esg_response_rate": 75.0,
            "high_risk_suppliers": 0, "supplier_audits": 0, "violations_found": False,
            "employees": 450, "revenue_nok": 640_000_000, "esg_responses": 39}},
    ),
)

# S7. Bokmål bakery chain: an unruled key-figure table with a change column beside the years (report year
#     first), an unruled risk-level table with a total row, audits counted by kind, revenue as "Inntektene".
BAKERI = Doc(
    doc_id="stress-nordlandsbakeri-apenhet-2024", subdir=S,
    layout="portrait", font="condensed",
    meta_title="Redegjørelse etter åpenhetsloven 2024", meta_author="Nordlandsbakeri AS",
    header="Åpenhetsloven 2024", footer="{page}", footer_align="center",
    blocks=[
        Title("Åpenhetsloven – redegjørelse for 2024", ["Nordlandsbakeri AS"]),
        H(1, "Virksomheten i tall"),
        Table([["Nøkkeltall", "2024", "2023", "Endring"],
               ["Ansatte", "268", "255", "13"],
               ["Leverandører", "310", "296", "14"],
               ["Egenerklæringer sendt", "64", "40", "24"]],
              ruled=False, lines="none", widths=[3, 1, 1, 1], align_right_from=1),
        P("Inntektene i 2024 var 742 millioner kroner, mot 701 millioner kroner året før."),
        H(1, "Risikovurdering"),
        P("Leverandørene er vurdert etter land, bransje og råvare. Fordelingen er slik:"),
        Table([["Risikonivå", "Antall leverandører"],
               ["Høy", "17"], ["Middels", "88"], ["Lav", "205"], ["Totalt", "310"]],
              ruled=False, lines="header", widths=[2, 1.5], align_right_from=1),
        H(1, "Oppfølging"),
        P("Av de 64 leverandørene som fikk egenerklæring, har 48 svart. Vi gjennomførte fem fysiske "
          "og tre digitale revisjoner hos leverandører av kakao, nøtter og emballasje."),
        P("Revisjonene avdekket mangler knyttet til arbeidskontrakter hos én kakaoleverandør."),
    ],
    gold=Gold(
        organisation="Nordlandsbakeri AS", doc_type="transparency_report", language="nb",
        report_year=2024, published=None,
        suppliers=[sup(None, "kakao", "leverandører av kakao, nøtter og emballasje"),
                   sup(None, "kakao", "hos én kakaoleverandør")],
        risk_sectors=["food"], risk_issues=[],
        extra={"transparency_facts": {
            "business_partners_total": 310, "business_partners_asked_esg": 64, "esg_response_rate": 75.0,
            "high_risk_suppliers": 17, "supplier_audits": 8, "violations_found": True,
            "employees": 268, "revenue_nok": 742_000_000, "esg_responses": 48}},
    ),
)

DOCS = [BYGG, SHIPPING, GROSSIST, KRAFT, SEAFOOD, BUSS, BAKERI]
