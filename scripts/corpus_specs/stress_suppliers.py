"""Stress documents for supplier mentions (corpus/stress/): suppliers named the ways reports name
them and that the supplier rules were widened for, whole documents end to end — a bulleted list of
named suppliers after "Våre viktigste leverandører:", a purchase-category risk table, a table of
named suppliers with what each supplies, framework agreements, a bought-in service done by a named
firm, staffing agencies and hauliers named by kind; and around them what is no supplier: the owner,
a customer, a union, NAV, membership bodies. All organisations, people and figures are invented."""

from .model import Bullets, Doc, Gold, Heading as H, Para as P, Table, Title, ddl, sup

S = "stress"

# SUP1. Bokmål caterer: bullets "Name – category", a risk table by purchase category,
#       rammeavtaler through a purchasing cooperation, "utføres av", staff hired in from an agency.
KJOKKEN = Doc(
    doc_id="stress-fjellheim-storkjokken-apenhet-2024", subdir=S,
    layout="portrait", font="sans",
    meta_title="Redegjørelse etter åpenhetsloven 2024", meta_author="økonomi",
    header=None, footer="{page}", footer_align="right",
    blocks=[
        Title("Redegjørelse etter åpenhetsloven 2024", ["Fjellheim Storkjøkken AS"]),
        H(1, "Om virksomheten"),
        P("Fjellheim Storkjøkken AS lager mat til kantiner og sykehjem i Innlandet. "
          "Selskapet eies av Mjøskraft Invest AS."),
        H(1, "Leverandørkjeden"),
        P("Gjennom et innkjøpssamarbeid med andre storkjøkken har vi rammeavtaler med Gartnerhallen "
          "og Norsk Kylling."),
        P("Våre viktigste leverandører:"),
        Bullets(["Gudbrandsdal Meieri SA – meieriprodukter",
                 "Hedmark Kjøtt AS – kjøtt og pølser",
                 "Mjøsbrød AS – brød og bakevarer"]),
        P("Renhold av produksjonslokalene utføres av Glitre Renhold AS. I høysesongen leier vi inn "
          "kokker fra bemanningsbyrå."),
        H(1, "Risikovurdering"),
        Table([["Innkjøpskategori", "Risiko", "Begrunnelse"],
               ["Frukt og grønt", "Høy", "Sesongarbeid i Sør-Europa"],
               ["Arbeidstøy", "Middels", "Produksjon i Asia"],
               ["Emballasje", "Lav", "Europeiske produsenter"]],
              widths=[2, 1, 3]),
        H(1, "Funn og tiltak"),
        P("Vi har ikke avdekket brudd på menneskerettigheter eller anstendige arbeidsforhold i 2024."),
        P("Vi har tariffavtale med Fellesforbundet og IA-avtale med NAV."),
    ],
    gold=Gold(
        organisation="Fjellheim Storkjøkken AS", doc_type="transparency_report", language="nb",
        report_year=2024, published=None,
        organisations=["Mjøskraft Invest AS", "Gartnerhallen", "Norsk Kylling", "Gudbrandsdal Meieri SA",
                       "Hedmark Kjøtt AS", "Mjøsbrød AS", "Glitre Renhold AS", "Fellesforbundet", "NAV"],
        suppliers=[
            sup("Gartnerhallen", None, "rammeavtaler med Gartnerhallen"),
            sup("Norsk Kylling", None, "Norsk Kylling"),
            sup("Gudbrandsdal Meieri SA", "meieriprodukter", "Gudbrandsdal Meieri SA – meieriprodukter"),
            sup("Hedmark Kjøtt AS", "kjøtt og pølser", "Hedmark Kjøtt AS – kjøtt og pølser"),
            sup("Mjøsbrød AS", "brød og bakevarer", "Mjøsbrød AS – brød og bakevarer"),
            sup("Glitre Renhold AS", "renhold", "Renhold av produksjonslokalene utføres av Glitre Renhold AS"),
            sup(None, "bemanningsbyrå", "leier vi inn kokker fra bemanningsbyrå"),
            sup(None, "frukt og grønt", "Frukt og grønt"),
            sup(None, "arbeidstøy", "Arbeidstøy"),
            sup(None, "emballasje", "Emballasje"),
        ],
        risk_sectors=["food", "textiles"], risk_issues=[],
        extra={"transparency_facts": {"violations_found": False}},
    ),
)

# SUP2. English logistics company: a "Supplier | Service | Country" table, hauliers by kind,
#       a cleaning contractor in apposition, framework agreements; a customer with a legal form.
LOGISTICS = Doc(
    doc_id="stress-nordlys-logistics-transparency-2024", subdir=S,
    layout="portrait", font="serif",
    meta_title="Transparency Act statement 2024", meta_author="",
    header="Nordlys Logistics AS", footer="Page {page}", footer_align="center",
    blocks=[
        Title("Transparency Act statement 2024", ["Nordlys Logistics AS"]),
        H(1, "About us"),
        P("Nordlys Logistics AS runs warehouses in Drammen and Trondheim for retail chains. "
          "Our largest customer, Coop Norge SA, accounts for a third of revenue."),
        H(1, "Our suppliers"),
        Table([["Supplier", "Service", "Country"],
               ["Baltic Road Cargo UAB", "Road haulage", "Lithuania"],
               ["Kaya Tekstil", "Workwear", "Turkey"],
               ["Vaktpartner AS", "Security", "Norway"]],
              widths=[2, 2, 1]),
        P("Deliveries between our warehouses are handled by third-party hauliers. Our cleaning "
          "contractor, Rentco Services, pays all staff above the minimum wage."),
        P("We have framework agreements with Dustin and Lyreco for IT equipment and office supplies."),
        P("We are a member of amfori and of the UN Global Compact."),
        H(1, "Findings"),
        P("We found breaches of the driving-time rules at one haulier, Baltic Road Cargo UAB. The "
          "haulier has agreed to correct this by 31 March 2025."),
    ],
    gold=Gold(
        organisation="Nordlys Logistics AS", doc_type="transparency_report", language="en",
        report_year=2024, published=None,
        deadlines=[ddl("by 31 March 2025", "2025-03-31", "the haulier corrects the breaches of the driving-time rules")],
        organisations=["Coop Norge SA", "Baltic Road Cargo UAB", "Kaya Tekstil", "Vaktpartner AS",
                       "Rentco Services", "Dustin", "Lyreco", "amfori", "UN Global Compact"],
        suppliers=[
            sup("Baltic Road Cargo UAB", "road haulage", "Baltic Road Cargo UAB"),
            sup("Kaya Tekstil", "workwear", "Kaya Tekstil"),
            sup("Vaktpartner AS", "security", "Vaktpartner AS"),
            sup(None, "third-party hauliers", "handled by third-party hauliers"),
            sup("Rentco Services", "cleaning", "Our cleaning contractor, Rentco Services"),
            sup("Dustin", None, "framework agreements with Dustin"),
            sup("Lyreco", None, "Lyreco"),
        ],
        risk_sectors=[], risk_issues=["working_hours"],
        extra={"transparency_facts": {"violations_found": True}},
    ),
)

DOCS = [KJOKKEN, LOGISTICS]
