"""Stress documents for transparency reports (corpus/stress/): layouts and phrasings the
transparency rules were widened for, whole documents end to end — key figures with two years
side by side (report year in either column, the money unit in the header), run-in bold labels,
Nynorsk number words, replies counted "N av M", findings worded as deviations. All
organisations, people and figures are invented."""

from .model import Doc, Gold, Heading as H, Para as P, Table, Title, ddl, sup

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

DOCS = [BYGG, SHIPPING, GROSSIST]
