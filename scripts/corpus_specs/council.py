"""Council and committee papers (saksframlegg, referat, protokoll).
All organisations, people and figures are invented."""

from .model import (Bullets, Doc, Gold, Heading as H, KeyValue, PageBreak, Para as P, Table,
                    Title, ddl, pct, sup)

# ---------------------------------------------------------------------------
# 8. Helserådet i Fjellregionen, møte 3/2024 — saksframlegg "Sak 14/3/2024" + referat
# ---------------------------------------------------------------------------

BODY = "Helserådet i Fjellregionen"
FRA = "Kari Nymoen, leder"

FJELLREGIONEN = Doc(
    doc_id="fjellregionen-helserad-mote3-2024",
    layout="portrait", font="sans",
    meta_title="Helserådet i Fjellregionen møte 3/2024 – saksdokumenter",
    meta_author="Helserådet i Fjellregionen",
    header="Saksframlegg møte 3/2024",
    header_on_first_page=False,
    footer="{page}", footer_align="right",
    blocks=[
        H(1, "Sak 12/3/2024"),
        H(2, "Godkjenning av innkalling og saksliste"),
        KeyValue([("Type sak", "Vedtakssak"), ("Til", BODY), ("Fra", FRA)]),
        H(3, "Bakgrunn"),
        P("Innkalling og saksliste ble sendt medlemmene 29. august 2024."),
        H(3, "Forslag til vedtak"),
        P("Innkalling og saksliste godkjennes."),

        H(1, "Sak 13/3/2024"),
        H(2, "Godkjenning av referat fra møte 2/2024"),
        KeyValue([("Type sak", "Vedtakssak"), ("Til", BODY), ("Fra", FRA),
                  ("Saksbehandler", "Jonas Bakkehaug"),
                  ("Vedlegg", "1. Referat fra møte 2/2024")]),
        H(3, "Bakgrunn"),
        P("Utkast til referat ble sendt medlemmene 14. juni 2024 med frist for merknader "
          "21. juni 2024. Det kom ingen merknader. Referatet følger som vedlegg."),
        H(3, "Forslag til vedtak"),
        P("Referatet godkjennes."),

        H(1, "Sak 14/3/2024"),
        H(2, "Felles innkjøp av velferdsteknologi"),
        KeyValue([("Type sak", "Vedtakssak"), ("Til", BODY), ("Fra", FRA),
                  ("Saksbehandler", "Ingrid Sætre"),
                  ("Vedlegg", "1. Kartlegging av velferdsteknologi i kommunene "
                              "2. Utkast til samarbeidsavtale")]),
        H(3, "Bakgrunn"),
        P("Kommunene i Fjellregionen bruker i dag fem ulike løsninger for trygghetsalarmer og "
          "digitalt tilsyn. En kartlegging fra våren 2024 viser at 85% av hjemmeboende brukere "
          "over 80 år har trygghetsalarm, mens bare 12 % av brukerne med demens har digitalt "
          "tilsyn om natten."),
        P("Et felles innkjøp vil gi bedre priser og enklere drift for helse- og "
          "omsorgstjenestene. Fjellregionen innkjøpskontor har sagt seg villig til å gjennomføre "
          "konkurransen på vegne av kommunene."),
        H(3, "Vurdering"),
        P("Sekretariatet anbefaler at konkurransen kunngjøres innen 1. desember 2024, slik at ny "
          "avtale kan tre i kraft i løpet av første halvår 2025. Rest-/erstatningssaker ved "
          "leveringssvikt må reguleres særskilt i kontrakten, fordi kommunene ikke kan stå uten "
          "alarmer."),
        H(3, "Forslag til vedtak"),
        P("Helserådet slutter seg til forslaget om felles innkjøp av velferdsteknologi og ber "
          "sekretariatet sørge for at konkurransen kunngjøres innen 1. desember 2024."),

        H(1, "Sak 15/3/2024"),
        H(2, "Status for prosjektet Trygg utskriving"),
        KeyValue([("Type sak", "Orienteringssak"), ("Til", BODY), ("Fra", FRA),
                  ("Saksbehandler", "Jonas Bakkehaug"), ("Vedlegg", "Ingen")]),
        H(3, "Bakgrunn"),
        P("Prosjektet Trygg utskriving startet i januar 2023 i samarbeid med Fjellstad sykehus. "
          "Andelen reinnleggelser innen 30 dager etter utskriving er redusert fra 14,2 % til "
          "11,8 %. Sluttrapport legges frem på rådsmøtet i desember."),
        H(3, "Forslag til vedtak"),
        P("Saken tas til orientering."),
        PageBreak(),

        H(1, "Referat møte 2/2024"),
        P(BODY, "lead"),
        KeyValue([("Dato", "Tirsdag 11. juni 2024 kl. 09.00–13.30"),
                  ("Sted", "Kommunestyresalen, Fjellstad rådhus")]),
        P("Tilstede:", "label"),
        Bullets(["Kari Nymoen, Fjellstad kommune (leder)",
                 "Per Arne Hovland, Lidal kommune",
                 "Sigrid Lien, Nordvang kommune",
                 "Tor Eivind Moen, Fjellstad sykehus",
                 "Hanne Rud, brukerrepresentant"]),
        P("Forfall:", "label"),
        Bullets(["Olav Grønli, Nordvang kommune",
                 "Mette Bergan, Fastlegeforeningen i Fjellregionen"]),
        P("Fra sekretariatet:", "label"),
        Bullets(["Jonas Bakkehaug", "Ingrid Sætre"]),
        H(3, "Sak 6/2/2024 Godkjenning av innkalling og saksliste"),
        P("**Vedtak:** Innkalling og saksliste godkjennes."),
        H(3, "Sak 7/2/2024 Godkjenning av referat fra møte 1/2024"),
        P("**Vedtak:** Referatet godkjennes."),
        H(3, "Sak 8/2/2024 Handlingsplan for kompetanse i helse- og omsorgstjenestene"),
        P("Sekretariatet orienterte om utkastet til handlingsplan. Rådet ba om at tiltak for å "
          "rekruttere sykepleiere prioriteres, og at planen legges frem igjen på møtet i "
          "september."),
        P("**Vedtak:** Rådet slutter seg til hovedlinjene i handlingsplanen og ber sekretariatet "
          "innarbeide innspillene fra møtet."),
        H(3, "Sak 9/2/2024 Eventuelt"),
        P("**Vedtak:** Intet."),
        P("Referent: Jonas Bakkehaug", "small"),
    ],
    gold=Gold(
        organisation="Helserådet i Fjellregionen",
        doc_type="council_papers", language="nb", report_year=None, published=None,
        percentages=[
            pct(85, "85%", "hjemmeboende brukere over 80 år med trygghetsalarm"),
            pct(12, "12 %", "brukere med demens som har digitalt tilsyn om natten"),
            pct(14.2, "14,2 %", "andel reinnleggelser innen 30 dager, før prosjektet"),
            pct(11.8, "11,8 %", "andel reinnleggelser innen 30 dager, nå"),
        ],
        deadlines=[
            ddl("innen 1. desember 2024", "2024-12-01",
                "konkurransen om felles innkjøp av velferdsteknologi kunngjøres (vurdering)"),
            ddl("i løpet av første halvår 2025", "2025-06-30",
                "ny avtale om velferdsteknologi trer i kraft"),
            ddl("innen 1. desember 2024", "2024-12-01",
                "konkurransen kunngjøres (forslag til vedtak, sak 14/3/2024)"),
            ddl("på rådsmøtet i desember", "2024-12-31",
                "sluttrapport for prosjektet Trygg utskriving legges frem"),
            ddl("legges frem igjen på møtet i september", "2024-09-30",
                "handlingsplan for kompetanse legges frem igjen (referat møte 2/2024, sak 8/2/2024)"),
        ],
        organisations=["Fjellregionen innkjøpskontor", "Fjellstad sykehus", "Fjellstad kommune",
                       "Lidal kommune", "Nordvang kommune",
                       "Fastlegeforeningen i Fjellregionen"],
        suppliers=[],
        risk_sectors=[], risk_issues=[],
        extra={
            "meeting": {"body": BODY, "meeting": "3/2024", "date": None},
            "cases": [
                {"case": "12/3/2024", "title": "Godkjenning av innkalling og saksliste",
                 "type": "Vedtakssak", "from": "Kari Nymoen", "case_officer": None,
                 "proposed_decision": "Innkalling og saksliste godkjennes.", "decision": None},
                {"case": "13/3/2024", "title": "Godkjenning av referat fra møte 2/2024",
                 "type": "Vedtakssak", "from": "Kari Nymoen", "case_officer": "Jonas Bakkehaug",
                 "proposed_decision": "Referatet godkjennes.", "decision": None},
                {"case": "14/3/2024", "title": "Felles innkjøp av velferdsteknologi",
                 "type": "Vedtakssak", "from": "Kari Nymoen", "case_officer": "Ingrid Sætre",
                 "proposed_decision": "Helserådet slutter seg til forslaget om felles innkjøp av "
                                      "velferdsteknologi og ber sekretariatet sørge for at "
                                      "konkurransen kunngjøres innen 1. desember 2024.",
                 "decision": None},
                {"case": "15/3/2024", "title": "Status for prosjektet Trygg utskriving",
                 "type": "Orienteringssak", "from": "Kari Nymoen",
                 "case_officer": "Jonas Bakkehaug",
                 "proposed_decision": "Saken tas til orientering.", "decision": None},
            ],
            "minutes": {
                "meeting": "2/2024", "date": "2024-06-11", "chair": "Kari Nymoen",
                "present": ["Kari Nymoen", "Per Arne Hovland", "Sigrid Lien", "Tor Eivind Moen",
                            "Hanne Rud"],
                "absent": ["Olav Grønli", "Mette Bergan"],
                "also_present": ["Jonas Bakkehaug", "Ingrid Sætre"],
                "cases": [
                    {"case": "6/2/2024", "title": "Godkjenning av innkalling og saksliste",
                     "decision": "Innkalling og saksliste godkjennes."},
                    {"case": "7/2/2024", "title": "Godkjenning av referat fra møte 1/2024",
                     "decision": "Referatet godkjennes."},
                    {"case": "8/2/2024",
                     "title": "Handlingsplan for kompetanse i helse- og omsorgstjenestene",
                     "decision": "Rådet slutter seg til hovedlinjene i handlingsplanen og ber "
                                 "sekretariatet innarbeide innspillene fra møtet."},
                    {"case": "9/2/2024", "title": "Eventuelt", "decision": "Intet."},
                ],
            },
        },
    ),
)

# ---------------------------------------------------------------------------
# 9. Storhavn kommune, Utvalg for helse og omsorg 22.10.2024 — "PS 41/24", Helvetica
# ---------------------------------------------------------------------------

UTVALG = "Utvalg for helse og omsorg"
INNSTILLING_41 = [
    "1. Utvalg for helse og omsorg slutter seg til tiltaksplanen for heltidskultur.",
    "2. Kommunedirektøren legger frem en evaluering av tiltakene høsten 2025.",
]
TILLEGG_41 = ("3. Utvalget ber om en egen sak om ufrivillig deltid blant helsefagarbeidere "
              "innen 1. mars 2025.")

STORHAVN = Doc(
    doc_id="storhavn-kommune-helse-omsorg-2024-10",
    layout="portrait", font="helvetica",
    meta_title="Utvalg for helse og omsorg 22.10.2024 – saksframlegg og protokoll",
    meta_author="Storhavn kommune",
    header="Storhavn kommune – Utvalg for helse og omsorg – møte 5/2024",
    footer="Side {page} av {pages}",
    blocks=[
        Title(UTVALG, ["Storhavn kommune", "Saksframlegg og protokoll, møte 5/2024"]),
        H(1, "PS 41/24 Heltidskultur i helse- og omsorgstjenestene"),
        KeyValue([("Saksbehandler", "Lene Aasheim"), ("Arkivsak", "24/1187"),
                  ("Sakstype", "Vedtakssak"), ("Fra", "Kommunedirektøren"),
                  ("Vedlegg", "1. Tiltaksplan for heltidskultur 2025–2027")]),
        Table([["Saksgang", "Møtedato", "Saksnr"], [UTVALG, "22.10.2024", "41/24"]],
              ruled=False, widths=[3, 1.2, 1]),
        H(2, "Kommunedirektørens innstilling"),
        *[P(x) for x in INNSTILLING_41],
        H(2, "Saksopplysninger"),
        P("Kommunestyret vedtok 14. desember 2023 at heltid skal være hovedregel i Storhavn "
          "kommune. I dag har 38 % av de fast ansatte i helse- og omsorgstjenestene en "
          "heltidsstilling. Gjennomsnittlig stillingsstørrelse er 71,4 %, og 46 prosent av de "
          "ansatte har en stilling på under 50 %."),
        P("Kommunedirektøren har utarbeidet tiltaksplanen i samarbeid med Fagforbundet og Norsk "
          "Sykepleierforbund. Planen innebærer blant annet langvakter i helgene og en felles "
          "ressursbank for sykehjemmene. Erfaringer fra Nordvik kommune viser at andelen "
          "heltidsansatte der økte med 17 prosentpoeng på tre år."),
        H(2, "Vurdering"),
        P("Kommunedirektøren mener at målet om at minst 60 % av de ansatte skal ha "
          "heltidsstilling innen 2027, er realistisk. Ressursbanken etableres i løpet av 2025, "
          "og første evaluering legges frem for utvalget høsten 2025. Bemanningsbyrået Pluss "
          "Helse AS skal fases ut som fast leverandør av helgevakter før årsskiftet 2025/2026."),
        H(2, f"Behandling i {UTVALG} 22.10.2024"),
        P(f"Representanten Anne Grete Ulvik fremmet dette tilleggsforslaget: «{TILLEGG_41}» "
          "Tilleggsforslaget ble vedtatt med 7 mot 2 stemmer. Kommunedirektørens innstilling ble "
          "enstemmig vedtatt."),
        H(2, "Vedtak"),
        *[P(x) for x in INNSTILLING_41 + [TILLEGG_41]],

        H(1, "PS 42/24 Orientering om legevaktsamarbeidet"),
        KeyValue([("Saksbehandler", "Rune Fosse"), ("Arkivsak", "24/1302"),
                  ("Sakstype", "Orienteringssak"), ("Fra", "Kommunedirektøren"),
                  ("Vedlegg", "Ingen")]),
        Table([["Saksgang", "Møtedato", "Saksnr"], [UTVALG, "22.10.2024", "42/24"]],
              ruled=False, widths=[3, 1.2, 1]),
        H(2, "Kommunedirektørens innstilling"),
        P("Saken tas til orientering."),
        H(2, "Saksopplysninger"),
        P("Storhavn kommune er vertskommune for Kystlegevakten IKS, som betjener fire kommuner "
          "med til sammen 61 000 innbyggere. I 2023 hadde legevakten 18 400 henvendelser, en "
          "økning på 7,5 % fra året før. Ny avtale med samarbeidskommunene skal signeres innen "
          "31.01.2025."),
        H(2, f"Behandling i {UTVALG} 22.10.2024"),
        P("Kommunedirektørens innstilling ble enstemmig vedtatt."),
        H(2, "Vedtak"),
        P("Saken tas til orientering."),
    ],
    gold=Gold(
        organisation="Storhavn kommune",
        doc_type="council_papers", language="nb", report_year=None, published=None,
        percentages=[
            pct(38, "38 %", "fast ansatte i helse- og omsorgstjenestene med heltidsstilling"),
            pct(71.4, "71,4 %", "gjennomsnittlig stillingsstørrelse"),
            pct(46, "46 prosent", "ansatte med stilling på under 50 %"),
            pct(50, "50 %", "grense for stillingsstørrelse (under 50 %)"),
            pct(17, "17 prosentpoeng", "økning i andel heltidsansatte i Nordvik kommune på tre år"),
            pct(60, "60 %", "mål for andel ansatte med heltidsstilling innen 2027"),
            pct(7.5, "7,5 %", "økning i henvendelser til legevakten fra året før"),
        ],
        deadlines=[
            ddl("høsten 2025", "2025-11-30",
                "kommunedirektøren legger frem evaluering av tiltakene (innstilling, pkt. 2)"),
            ddl("innen 2027", "2027-12-31", "minst 60 % av de ansatte har heltidsstilling"),
            ddl("i løpet av 2025", "2025-12-31", "ressursbanken etableres"),
            ddl("høsten 2025", "2025-11-30", "første evaluering legges frem for utvalget"),
            ddl("før årsskiftet 2025/2026", "2025-12-31",
                "Pluss Helse AS fases ut som fast leverandør av helgevakter"),
            ddl("innen 1. mars 2025", "2025-03-01",
                "egen sak om ufrivillig deltid blant helsefagarbeidere (tilleggsforslag)"),
            ddl("høsten 2025", "2025-11-30",
                "evaluering av tiltakene legges frem (vedtak, pkt. 2)"),
            ddl("innen 1. mars 2025", "2025-03-01",
                "egen sak om ufrivillig deltid blant helsefagarbeidere (vedtak, pkt. 3)"),
            ddl("innen 31.01.2025", "2025-01-31",
                "ny legevaktavtale med samarbeidskommunene signeres"),
        ],
        organisations=["Fagforbundet", "Norsk Sykepleierforbund", "Nordvik kommune",
                       "Pluss Helse AS", "Kystlegevakten IKS"],
        suppliers=[sup("Pluss Helse AS", "bemanningsbyrå (helgevakter)",
                       "Bemanningsbyrået Pluss Helse AS")],
        risk_sectors=[], risk_issues=[],
        extra={
            "meeting": {"body": UTVALG, "meeting": "5/2024", "date": "2024-10-22"},
            "cases": [
                {"case": "41/24", "title": "Heltidskultur i helse- og omsorgstjenestene",
                 "type": "Vedtakssak", "from": "Kommunedirektøren",
                 "case_officer": "Lene Aasheim",
                 "proposed_decision": " ".join(INNSTILLING_41),
                 "decision": " ".join(INNSTILLING_41 + [TILLEGG_41])},
                {"case": "42/24", "title": "Orientering om legevaktsamarbeidet",
                 "type": "Orienteringssak", "from": "Kommunedirektøren",
                 "case_officer": "Rune Fosse",
                 "proposed_decision": "Saken tas til orientering.",
                 "decision": "Saken tas til orientering."},
            ],
            "minutes": None,
        },
    ),
)

DOCS = [FJELLREGIONEN, STORHAVN]
