"""Variety corpus: council and board papers from many kinds of bodies.

Notices (møteinnkalling + sakliste), case papers (saksframlegg), minutes
(møteprotokoll, referat) and combinations, in nb, nn and en, each body with its own
numbering, labels and layout. Written as the bodies themselves write, not after the
extraction rules. All organisations, people and figures are invented; real public
bodies are only named.
"""

from __future__ import annotations

from typing import Optional

from .model import (Bullets, Doc, Footnote, Gold, Heading as H, KeyValue, PageBreak, Para as P,
                    Row, Spacer, Table, Title, ddl, pct, sup)

V = "variety"


def case(no: str, title: str, type_: Optional[str] = None, frm: Optional[str] = None,
         officer: Optional[str] = None, proposed: Optional[str] = None,
         decision: Optional[str] = None) -> dict:
    return {"case": no, "title": title, "type": type_, "from": frm, "case_officer": officer,
            "proposed_decision": proposed, "decision": decision}


def mcase(no: str, title: str, decision: Optional[str], vote: Optional[str]) -> dict:
    return {"case": no, "title": title, "decision": decision, "vote": vote}


def subst(name: str, party: Optional[str], for_: Optional[str]) -> dict:
    return {"name": name, "party": party, "for": for_}


def minutes(meeting, date, chair, present, absent, substitutes, cases, also_present=None) -> dict:
    out = {"meeting": meeting, "date": date, "chair": chair, "present": present,
           "absent": absent, "substitutes": substitutes, "cases": cases}
    if also_present is not None:
        out["also_present"] = also_present
    return out


def council_gold(org: str, lang: str, meeting: dict, cases: list, mins: Optional[dict],
                 percentages=(), deadlines=(), organisations=(), suppliers=(),
                 risk_sectors=(), risk_issues=(), published=None) -> Gold:
    return Gold(organisation=org, doc_type="council_papers", language=lang, report_year=None,
                published=published, percentages=list(percentages), deadlines=list(deadlines),
                organisations=list(organisations), suppliers=list(suppliers),
                risk_sectors=list(risk_sectors), risk_issues=list(risk_issues),
                extra={"meeting": meeting, "cases": cases, "minutes": mins})


# ---------------------------------------------------------------------------
# 1. Eikefjord kommune, kommunestyret 27.03.2025 — notice only (nn), agenda table
#    "010/25 | Godkjenning av innkalling og sakliste", PS and RS groups
# ---------------------------------------------------------------------------

EIKEFJORD_PS = [
    ("010/25", "Godkjenning av innkalling og sakliste"),
    ("011/25", "Godkjenning av møtebok frå møte 06.02.2025"),
    ("012/25", "Årsmelding 2024 for kontrollutvalet"),
    ("013/25", "Revidert reglement for godtgjersle til folkevalde"),
    ("014/25", "Lokal forskrift om tildeling av langtidsopphald i sjukeheim"),
    ("015/25", "Kjøp av ny mannskapsbil til Eikefjord brann- og redningsteneste – finansiering"),
    ("016/25", "Sal av kommunal tomt, gnr. 41 bnr. 112"),
    ("017/25", "Val av meddommarar for perioden 2025–2028"),
]
EIKEFJORD_RS = [
    ("RS 3/25", "Melding om vedtak – spelemidlar til nærmiljøanlegg på Hamre"),
    ("RS 4/25", "Protokoll frå møte i eldrerådet 03.03.2025"),
]

EIKEFJORD = Doc(
    doc_id="eikefjord-kommunestyre-innkalling-2025-03",
    layout="portrait", font="serif",
    meta_title="Møteinnkalling Kommunestyret 27.03.2025",
    meta_author="Eikefjord kommune",
    header="Eikefjord kommune", header_on_first_page=False,
    footer="Side {page}", footer_align="center", number_dot=False,
    subdir=V, max_pages=2,
    blocks=[
        Title("Møteinnkalling", ["Eikefjord kommune", "Kommunestyret"]),
        KeyValue([("Utval", "Kommunestyret"),
                  ("Møtestad", "Kommunestyresalen, Eikefjord rådhus"),
                  ("Dato", "torsdag 27.03.2025"), ("Tidspunkt", "kl. 18:00")]),
        P("Medlemene vert med dette kalla inn til møte i kommunestyret. Den som har forfall, "
          "må melde frå snarast råd til politisk sekretariat på telefon 57 71 20 00 eller "
          "e-post postmottak@eikefjord.kommune.no. Varamedlemer møter berre etter nærare "
          "innkalling."),
        P("Sakspapira er lagde ut til ålmenn ettersyn på servicetorget og på heimesida til "
          "kommunen frå 20. mars 2025. Møtet er ope for publikum og vert strøymt."),
        P("Spørsmål til ordføraren etter kommunelova § 11-2 må vere sende skriftleg til "
          "ordføraren innan måndag 24. mars 2025 kl. 12.00."),
        P("Eikefjord, 13.03.2025"),
        Row([[P("Synnøve Hjelmeland"), P("ordførar", "small")],
             [P("Kari Tvinnereim"), P("utvalssekretær", "small")]], widths=[1, 1]),
        H(1, "Sakliste"),
        Table([["Saksnr", "Innhald"], ["", "**Politiske saker**"], *[list(r) for r in EIKEFJORD_PS],
               ["", "**Referatsaker**"], *[list(r) for r in EIKEFJORD_RS],
               ["", "Spørsmål og interpellasjonar"]],
              ruled=False, lines="header_bottom", widths=[1, 6]),
        P("Sak 016/25 er unnateken frå offentlegheit etter offentleglova § 23 tredje ledd og "
          "vert handsama i lukka møte, jf. kommunelova § 11-5.", "small"),
    ],
    gold=council_gold(
        "Eikefjord kommune", "nn",
        {"body": "Kommunestyret", "meeting": None, "date": "2025-03-27"},
        [case(n, t, "Politisk sak") for n, t in EIKEFJORD_PS]
        + [case(n, t, "Referatsak") for n, t in EIKEFJORD_RS],
        None, published="2025-03-13",
        deadlines=[ddl("innan måndag 24. mars 2025", "2025-03-24",
                       "skriftlege spørsmål til ordføraren etter kommunelova § 11-2")],
    ),
)

# ---------------------------------------------------------------------------
# 2. Lindeberg kommune, formannskapet 19.11.2024 — minutes only (nb):
#    "87/24 : TITLE IN CAPITALS" headings, members in one table cell
# ---------------------------------------------------------------------------

LB_PRESENT = ["Tone Hagebakken", "Arild Strand", "Mona Lie", "Sverre Nyhus", "Gro Elvestad",
              "Lars Ødegård", "Helge Brenna", "Siri Tangen"]
LB_89_INNST = ("1. Formannskapet legger budsjett 2025 og økonomiplan 2025–2028 ut til offentlig "
               "ettersyn i 14 dager. 2. Foreldrebetalingen i SFO økes med 4,5 % fra 1. august "
               "2025. 3. Formannskapets innstilling til kommunestyret fremmes etter ettersynet.")
LB_89_ENDRING = ("4. Kommunedirektøren legger fram en sak om gratis kjernetid i SFO for 2. trinn "
                 "innen 1. mars 2025.")
LB_90_INNST = ("Formannskapet godkjenner avtalen med Lindeberg Bygg AS om opparbeiding av gang- "
               "og sykkelvei langs fylkesvei 172. Anlegget skal være ferdigstilt innen "
               "1. juli 2025.")
LB_91_INNST = "Saken tas til orientering."
LB_91_VEDTAK = ("Saken tas til orientering. Formannskapet ber om en ny orientering om "
                "sykefraværet i hjemmetjenesten i september 2025.")

LINDEBERG = Doc(
    doc_id="lindeberg-formannskap-protokoll-2024-11",
    layout="portrait", font="sans",
    meta_title="Møteprotokoll Formannskapet 19.11.2024",
    meta_author="lmoen",
    header=None, footer="Lindeberg kommune – Formannskapet 19.11.2024 – side {page} av {pages}",
    footer_align="left", subdir=V, max_pages=3,
    blocks=[
        Title("MØTEPROTOKOLL", ["Lindeberg kommune", "Formannskapet"]),
        Table([["Møtedato:", "19.11.2024"], ["Møtested:", "Formannskapssalen, Lindeberg rådhus"],
               ["Tid:", "09:00 – 14:15"], ["Møte nr.:", "8/2024"],
               ["Møtende medlemmer:", "Tone Hagebakken (Ap), ordfører, Arild Strand (H), "
                "varaordfører, Mona Lie (Ap), Sverre Nyhus (Sp), Gro Elvestad (FrP), "
                "Lars Ødegård (SV)"],
               ["Forfall:", "Ingrid Bøe (H), Jon Fjeld (Sp)"],
               ["Møtende varamedlemmer:", "Helge Brenna (H) for Ingrid Bøe (H), Siri Tangen (Sp) "
                "for Jon Fjeld (Sp)"],
               ["Fra administrasjonen:", "Kommunedirektør Eirik Haug, kommunalsjef Anette Wold, "
                "økonomisjef Per Kvåle"],
               ["Protokollfører:", "Linn Moen"]],
              header_rows=0, widths=[1.3, 4], ruled=True),
        P("Møtet ble ledet av ordfører Tone Hagebakken. Det var ingen merknader til innkalling "
          "og saksliste. Protokollen godkjennes elektronisk av to medlemmer valgt i møtet: "
          "Mona Lie og Gro Elvestad."),

        H(1, "87/24 : GODKJENNING AV INNKALLING OG SAKSLISTE"),
        P("**Kommunedirektørens innstilling:** Innkalling og saksliste godkjennes."),
        P("**Behandling:** Ingen merknader."),
        P("**Votering:** Enstemmig vedtatt."),
        P("**Formannskapets vedtak:** Innkalling og saksliste godkjennes."),

        H(1, "88/24 : GODKJENNING AV PROTOKOLL FRA MØTE 29.10.2024"),
        P("**Kommunedirektørens innstilling:** Protokoll fra møte 29.10.2024 godkjennes."),
        P("**Votering:** Enstemmig vedtatt."),
        P("**Formannskapets vedtak:** Protokoll fra møte 29.10.2024 godkjennes."),

        H(1, "89/24 : BUDSJETT 2025 OG ØKONOMIPLAN 2025–2028 – FORMANNSKAPETS INNSTILLING"),
        P("**Kommunedirektørens innstilling:**"),
        P(LB_89_INNST),
        P("**Behandling:** Kommunedirektøren orienterte om forslaget. Driftsbudsjettet er "
          "saldert med et netto driftsresultat på 1,2 % av driftsinntektene, mot et "
          "handlingsregelmål på 1,75 %. Gro Elvestad (FrP) fremmet forslag om å stryke punkt 2. "
          "Lars Ødegård (SV) fremmet på vegne av SV, Ap og Sp dette tilleggsforslaget:"),
        P(LB_89_ENDRING),
        P("**Votering:** FrPs forslag falt med 7 mot 1 stemme. Tilleggsforslaget fra SV, Ap og "
          "Sp ble vedtatt med 5 mot 3 stemmer (H, FrP). Innstillingen for øvrig ble vedtatt "
          "med 6 mot 2 stemmer (FrP, SV)."),
        P("**Formannskapets vedtak:**"),
        P(LB_89_INNST + " " + LB_89_ENDRING),

        H(1, "90/24 : AVTALE OM GANG- OG SYKKELVEI LANGS FYLKESVEI 172"),
        P("**Kommunedirektørens innstilling:** " + LB_90_INNST),
        P("**Behandling:** Sverre Nyhus (Sp) stilte spørsmål om sin habilitet, da han er "
          "styremedlem i Lindeberg Bygg AS. Han ble enstemmig erklært inhabil og fratrådte "
          "under behandlingen. Formannskapet var da 7 medlemmer."),
        P("**Votering:** Enstemmig vedtatt."),
        P("**Formannskapets vedtak:** " + LB_90_INNST),

        H(1, "91/24 : ORIENTERING OM SYKEFRAVÆR I HELSE OG OMSORG"),
        P("**Kommunedirektørens innstilling:** " + LB_91_INNST),
        P("**Behandling:** Kommunalsjef Anette Wold orienterte. Sykefraværet i hjemmetjenesten "
          "var 13,4 prosent i 3. kvartal, mot 10,1 prosent samme periode i fjor. Mona Lie (Ap) "
          "fremmet forslag om en ny orientering."),
        P("**Votering:** Innstillingen med Ap sitt tillegg ble enstemmig vedtatt."),
        P("**Formannskapets vedtak:** " + LB_91_VEDTAK),
        Spacer(12),
        P("Rett utskrift bekreftes. Lindeberg, 20.11.2024", "small"),
    ],
    gold=council_gold(
        "Lindeberg kommune", "nb",
        {"body": "Formannskapet", "meeting": "8/2024", "date": "2024-11-19"},
        [
            case("87/24", "GODKJENNING AV INNKALLING OG SAKSLISTE", frm="Kommunedirektøren",
                 proposed="Innkalling og saksliste godkjennes.",
                 decision="Innkalling og saksliste godkjennes."),
            case("88/24", "GODKJENNING AV PROTOKOLL FRA MØTE 29.10.2024", frm="Kommunedirektøren",
                 proposed="Protokoll fra møte 29.10.2024 godkjennes.",
                 decision="Protokoll fra møte 29.10.2024 godkjennes."),
            case("89/24", "BUDSJETT 2025 OG ØKONOMIPLAN 2025–2028 – FORMANNSKAPETS INNSTILLING",
                 frm="Kommunedirektøren", proposed=LB_89_INNST,
                 decision=LB_89_INNST + " " + LB_89_ENDRING),
            case("90/24", "AVTALE OM GANG- OG SYKKELVEI LANGS FYLKESVEI 172",
                 frm="Kommunedirektøren", proposed=LB_90_INNST, decision=LB_90_INNST),
            case("91/24", "ORIENTERING OM SYKEFRAVÆR I HELSE OG OMSORG", frm="Kommunedirektøren",
                 proposed=LB_91_INNST, decision=LB_91_VEDTAK),
        ],
        minutes("8/2024", "2024-11-19", "Tone Hagebakken", LB_PRESENT,
                ["Ingrid Bøe", "Jon Fjeld"],
                [subst("Helge Brenna", "H", "Ingrid Bøe"), subst("Siri Tangen", "Sp", "Jon Fjeld")],
                [
                    mcase("87/24", "GODKJENNING AV INNKALLING OG SAKSLISTE",
                          "Innkalling og saksliste godkjennes.", "Enstemmig vedtatt."),
                    mcase("88/24", "GODKJENNING AV PROTOKOLL FRA MØTE 29.10.2024",
                          "Protokoll fra møte 29.10.2024 godkjennes.", "Enstemmig vedtatt."),
                    mcase("89/24", "BUDSJETT 2025 OG ØKONOMIPLAN 2025–2028 – FORMANNSKAPETS "
                          "INNSTILLING", LB_89_INNST + " " + LB_89_ENDRING,
                          "Innstillingen for øvrig ble vedtatt med 6 mot 2 stemmer (FrP, SV)."),
                    mcase("90/24", "AVTALE OM GANG- OG SYKKELVEI LANGS FYLKESVEI 172",
                          LB_90_INNST, "Enstemmig vedtatt."),
                    mcase("91/24", "ORIENTERING OM SYKEFRAVÆR I HELSE OG OMSORG", LB_91_VEDTAK,
                          "Innstillingen med Ap sitt tillegg ble enstemmig vedtatt."),
                ],
                also_present=["Eirik Haug", "Anette Wold", "Per Kvåle", "Linn Moen"]),
        published="2024-11-20",
        percentages=[
            pct(4.5, "4,5 %", "økning i foreldrebetaling i SFO (innstilling)"),
            pct(1.2, "1,2 %", "netto driftsresultat av driftsinntektene i budsjettforslaget"),
            pct(1.75, "1,75 %", "handlingsregelmål for netto driftsresultat"),
            pct(4.5, "4,5 %", "økning i foreldrebetaling i SFO (vedtak)"),
            pct(13.4, "13,4 prosent", "sykefravær i hjemmetjenesten 3. kvartal 2024"),
            pct(10.1, "10,1 prosent", "sykefravær i hjemmetjenesten samme periode i fjor"),
        ],
        deadlines=[
            ddl("fra 1. august 2025", "2025-08-01",
                "foreldrebetalingen i SFO økes (innstilling, pkt. 2)"),
            ddl("innen 1. mars 2025", "2025-03-01",
                "sak om gratis kjernetid i SFO for 2. trinn (tilleggsforslag)"),
            ddl("fra 1. august 2025", "2025-08-01",
                "foreldrebetalingen i SFO økes (vedtak, pkt. 2)"),
            ddl("innen 1. mars 2025", "2025-03-01",
                "sak om gratis kjernetid i SFO for 2. trinn (vedtak, pkt. 4)"),
            ddl("innen 1. juli 2025", "2025-07-01",
                "gang- og sykkelvei langs fylkesvei 172 ferdigstilt (innstilling)"),
            ddl("innen 1. juli 2025", "2025-07-01",
                "gang- og sykkelvei langs fylkesvei 172 ferdigstilt (vedtak)"),
            ddl("i september 2025", "2025-09-30",
                "ny orientering om sykefraværet i hjemmetjenesten"),
        ],
        organisations=["Lindeberg Bygg AS"],
        suppliers=[sup("Lindeberg Bygg AS", "opparbeiding av gang- og sykkelvei",
                       "avtalen med Lindeberg Bygg AS om opparbeiding av gang- og sykkelvei")],
    ),
)

# ---------------------------------------------------------------------------
# 3. Helse Nordfjell HF, styremøte 24.10.2024 — notice + case papers (nb),
#    "Styresak 063-2024", "Administrerende direktørs forslag til vedtak"
# ---------------------------------------------------------------------------

HN = "Styret i Helse Nordfjell HF"
HN_AGENDA = [
    ("Styresak 061-2024", "Godkjenning av innkalling og saksliste", "Vedtakssak"),
    ("Styresak 062-2024", "Godkjenning av protokoll fra styremøte 19.09.2024", "Vedtakssak"),
    ("Styresak 063-2024", "Virksomhetsrapport per september 2024", "Vedtakssak"),
    ("Styresak 064-2024", "Utviklingsplan 2025–2038 – oppstart av revisjon", "Vedtakssak"),
    ("Styresak 065-2024", "Orienteringssaker", "Orienteringssak"),
    ("Styresak 066-2024", "Eventuelt", None),
]
HN_061 = "Innkalling og saksliste godkjennes."
HN_062 = "Protokoll fra styremøte 19.09.2024 godkjennes."
HN_063 = ("1. Styret tar virksomhetsrapporten per september 2024 til etterretning. "
          "2. Styret ber administrerende direktør legge fram en plan for å redusere "
          "bruken av innleid personell innen 1. februar 2025.")
HN_064 = ("1. Styret slutter seg til opplegget for revisjon av utviklingsplanen. "
          "2. Revidert utviklingsplan legges fram for styret til vedtak innen 1. oktober 2025, "
          "etter høring i kommunene og hos brukerutvalget.")
HN_065 = "Styret tar orienteringssakene til etterretning."

HELSE_NORDFJELL = Doc(
    doc_id="helse-nordfjell-styremote-2024-10",
    layout="portrait", font="condensed",
    meta_title="Styremøte Helse Nordfjell HF 24. oktober 2024",
    meta_author="Helse Nordfjell HF",
    header="Helse Nordfjell HF – Styremøte 24.10.2024", header_on_first_page=False,
    footer="{page}", footer_align="right", subdir=V, max_pages=5,
    blocks=[
        Title("Innkalling til styremøte", ["Helse Nordfjell HF",
                                           "Dato: torsdag 24. oktober 2024 kl. 09.00–15.00",
                                           "Sted: Nordfjell sjukehus, møterom Fjellstova"]),
        P("Til styrets medlemmer og varamedlemmer til orientering. Forfall meldes til "
          "styresekretær Marit Lunde snarest."),
        P("Saksliste", "label"),
        Table([["Sak", "Sakstittel", "Sakstype"], *[[a, b, c or ""] for a, b, c in HN_AGENDA]],
              ruled=True, widths=[1.4, 4, 1.3]),
        P("Nordfjell, 17. oktober 2024"),
        P("Astrid Vangsnes, styreleder", "small"),
        PageBreak(),

        H(1, "Styresak 061-2024 Godkjenning av innkalling og saksliste"),
        KeyValue([("Møtedato", "24.10.2024"), ("Ansvarlig", "Administrerende direktør"),
                  ("Saksbehandler", "Marit Lunde")]),
        H(2, "Administrerende direktørs forslag til vedtak"),
        P(HN_061),
        H(1, "Styresak 062-2024 Godkjenning av protokoll fra styremøte 19.09.2024"),
        KeyValue([("Møtedato", "24.10.2024"), ("Ansvarlig", "Administrerende direktør"),
                  ("Saksbehandler", "Marit Lunde"),
                  ("Vedlegg", "Protokoll fra styremøte 19.09.2024")]),
        H(2, "Administrerende direktørs forslag til vedtak"),
        P(HN_062),

        H(1, "Styresak 063-2024 Virksomhetsrapport per september 2024"),
        KeyValue([("Møtedato", "24.10.2024"), ("Ansvarlig", "Økonomidirektør Hilde Aune"),
                  ("Saksbehandler", "Torstein Viken"), ("Arkivsaksnr.", "2024/4412"),
                  ("Vedlegg", "Virksomhetsrapport september 2024")]),
        H(2, "Administrerende direktørs forslag til vedtak"),
        P(HN_063),
        H(2, "Oppsummering"),
        P("Foretaket har per september et negativt resultatavvik på 38,6 millioner kroner mot "
          "budsjett. Avviket skyldes i hovedsak høy bruk av innleid helsepersonell og "
          "økte kostnader til legemidler. Aktiviteten innen psykisk helsevern er 3,2 % høyere "
          "enn i samme periode i fjor."),
        Table([["Indikator", "Mål", "Resultat sep. 2024", "Resultat sep. 2023"],
               ["Gjennomsnittlig ventetid, somatikk (dager)", "50", "57", "61"],
               ["Fristbrudd (%)", "0", "2,4", "3,1"],
               ["Sykefravær (%)", "7,0", "8,3", "8,9"],
               ["Korridorpasienter, medisinsk avdeling (%)", "0", "1,8", "2,6"]],
              ruled=False, lines="header", widths=[3.6, 0.8, 1.5, 1.5], align_right_from=1),
        H(2, "Vurdering"),
        P("Administrerende direktør vurderer at resultatavviket ikke kan lukkes i 2024. "
          "Kostnadene til innleie fra bemanningsbyråer var 41 prosent høyere enn budsjettert. "
          "Hovedavtalen med Medbemann AS er i siste opsjonsår, og en ny konkurranse gjennomføres "
          "i samarbeid med Sykehusinnkjøp HF. Det er et mål at andelen innleie skal ned til "
          "under 2 % av brutto lønnskostnader innen utgangen av 2025."),

        H(1, "Styresak 064-2024 Utviklingsplan 2025–2038 – oppstart av revisjon"),
        KeyValue([("Møtedato", "24.10.2024"), ("Ansvarlig", "Fagdirektør Jon Eirik Ramstad"),
                  ("Saksbehandler", "Sunniva Kleppe"), ("Arkivsaksnr.", "2024/3980"),
                  ("Vedlegg", "1. Prosjektplan  2. Mal fra Helse Vest RHF")]),
        H(2, "Administrerende direktørs forslag til vedtak"),
        P(HN_064),
        H(2, "Bakgrunn"),
        P("Helse Vest RHF har bedt alle helseforetakene revidere sine utviklingsplaner etter "
          "den nye veilederen fra Helsedirektoratet. Arbeidet skal skje i tett dialog med "
          "kommunene i opptaksområdet, brukerutvalget og de tillitsvalgte. Planen skal "
          "oversendes Helse Vest RHF innen 1. desember 2025."),

        H(1, "Styresak 065-2024 Orienteringssaker"),
        KeyValue([("Møtedato", "24.10.2024"), ("Ansvarlig", "Administrerende direktør")]),
        Bullets(["Referat fra møte i brukerutvalget 02.10.2024",
                 "Status for innføring av ny kjernejournal",
                 "Tilsynsrapport fra Statsforvalteren i Vestland om fødeavdelingen"]),
        H(2, "Administrerende direktørs forslag til vedtak"),
        P(HN_065),
    ],
    gold=council_gold(
        "Helse Nordfjell HF", "nb",
        {"body": HN, "meeting": None, "date": "2024-10-24"},
        [
            case("Styresak 061-2024", "Godkjenning av innkalling og saksliste", "Vedtakssak",
                 "Administrerende direktør", "Marit Lunde", HN_061),
            case("Styresak 062-2024", "Godkjenning av protokoll fra styremøte 19.09.2024",
                 "Vedtakssak", "Administrerende direktør", "Marit Lunde", HN_062),
            case("Styresak 063-2024", "Virksomhetsrapport per september 2024", "Vedtakssak",
                 "Økonomidirektør Hilde Aune", "Torstein Viken", HN_063),
            case("Styresak 064-2024", "Utviklingsplan 2025–2038 – oppstart av revisjon",
                 "Vedtakssak", "Fagdirektør Jon Eirik Ramstad", "Sunniva Kleppe", HN_064),
            case("Styresak 065-2024", "Orienteringssaker", "Orienteringssak",
                 "Administrerende direktør", None, HN_065),
            case("Styresak 066-2024", "Eventuelt"),
        ],
        None, published="2024-10-17",
        percentages=[
            pct(3.2, "3,2 %", "økt aktivitet i psykisk helsevern mot samme periode i fjor"),
            pct(41, "41 prosent", "kostnader til innleie over budsjett"),
            pct(2, "2 %", "mål for andel innleie av brutto lønnskostnader innen utgangen av 2025"),
        ],
        deadlines=[
            ddl("innen 1. februar 2025", "2025-02-01",
                "plan for å redusere bruken av innleid personell legges fram (forslag til vedtak)"),
            ddl("innen utgangen av 2025", "2025-12-31",
                "andelen innleie under 2 % av brutto lønnskostnader"),
            ddl("innen 1. oktober 2025", "2025-10-01",
                "revidert utviklingsplan legges fram for styret til vedtak"),
            ddl("innen 1. desember 2025", "2025-12-01",
                "utviklingsplanen oversendes Helse Vest RHF"),
        ],
        organisations=["Medbemann AS", "Sykehusinnkjøp HF", "Helse Vest RHF",
                       "Helsedirektoratet", "Statsforvalteren i Vestland"],
        suppliers=[sup(None, "innleid helsepersonell", "bemanningsbyråer"),
                   sup("Medbemann AS", "innleie av helsepersonell",
                       "Hovedavtalen med Medbemann AS")],
    ),
)

# ---------------------------------------------------------------------------
# 4. Hallvik kommune, kontrollutvalet 15.10.2024 — case papers only (nn),
#    "Sakshandsamar", "Arkivsak: 24/1187" trap, Saksgang table, Tidlegare handsaming
# ---------------------------------------------------------------------------

HV_23 = ("Kontrollutvalet rår kommunestyret til å gjere slikt vedtak: 1. Kommunestyret tek "
         "forvaltningsrevisjonsrapporten «Sjukefråvær i pleie og omsorg» til vitande. "
         "2. Kommunestyret ber kommunedirektøren følgje opp tilrådingane i rapporten og "
         "rapportere til kontrollutvalet innan 1. oktober 2025 om korleis dei er følgde opp.")
HV_24 = ("1. Kontrollutvalet vedtek revidert plan for eigarskapskontroll 2024–2027. "
         "2. Planen skal evaluerast innan utgangen av 2027. 3. Kontrollutvalet får fullmakt "
         "til å gjere endringar i planen i perioden.")

HALLVIK = Doc(
    doc_id="hallvik-kontrollutval-saksframlegg-2024-10",
    layout="portrait", font="sans",
    meta_title="", meta_author="Vest kontrollutvalssekretariat IKS",
    header="Hallvik kommune – Kontrollutvalet", header_on_first_page=True,
    footer="Side {page} av {pages}", subdir=V, max_pages=4,
    blocks=[
        Title("Saksframlegg", ["Hallvik kommune"]),
        KeyValue([("Sakshandsamar", "Marte Øyre"), ("Arkivsak", "24/1187"),
                  ("Arkivkode", "033"), ("Dato", "01.10.2024")]),
        Table([["Utval", "Møtedato", "Saksnr"],
               ["Kontrollutvalet", "15.10.2024", "023/24"],
               ["Kommunestyret", "07.11.2024", ""]],
              ruled=False, lines="header", widths=[3, 1.3, 1]),
        H(1, "023/24 Forvaltningsrevisjonsrapport – sjukefråvær i pleie og omsorg"),
        H(2, "Sekretariatet sitt framlegg til vedtak"),
        P(HV_23),
        H(2, "Vedlegg"),
        Bullets(["Forvaltningsrevisjonsrapport «Sjukefråvær i pleie og omsorg», Kystrevisjon IKS, "
                 "september 2024",
                 "Høyringsuttale frå kommunedirektøren, 12.09.2024"]),
        H(2, "Tidlegare handsaming"),
        P("Kontrollutvalet bestilte prosjektet i sak 031/23 den 14.11.2023, med "
          "prosjektplan godkjend i sak 004/24."),
        H(2, "Saksutgreiing"),
        P("Kystrevisjon IKS har undersøkt korleis Hallvik kommune arbeider for å førebyggje og "
          "følgje opp sjukefråvær i pleie- og omsorgstenestene. Sjukefråværet i tenestene var "
          "11,2 prosent i 2023, mot 7,9 prosent for kommunen samla. Revisjonen fann at "
          "oppfølgingsplanar var utarbeidde i 64 % av sjukefråverstilfella som varte meir enn "
          "fire veker, medan krava i folketrygdlova gjeld alle slike tilfelle."),
        P("Revisjonen tilrår mellom anna at kommunen styrkjer opplæringa av leiarar, nyttar "
          "bedriftshelsetenesta meir aktivt og rapporterer sjukefråvær per eining til "
          "kommunestyret kvart tertial."),
        H(2, "Vurdering"),
        P("Sekretariatet meiner rapporten svarar på problemstillingane i prosjektplanen. "
          "Kommunedirektøren har i høyringsuttalen sagt seg samd i tilrådingane."),
        PageBreak(),

        Title("Saksframlegg", ["Hallvik kommune"]),
        KeyValue([("Sakshandsamar", "Sindre Lothe"), ("Arkivsak", "24/1203"),
                  ("Arkivkode", "033"), ("Dato", "02.10.2024")]),
        Table([["Utval", "Møtedato", "Saksnr"], ["Kontrollutvalet", "15.10.2024", "024/24"]],
              ruled=False, lines="header", widths=[3, 1.3, 1]),
        H(1, "024/24 Revidert plan for eigarskapskontroll 2024–2027"),
        H(2, "Sekretariatet sitt framlegg til vedtak"),
        P(HV_24),
        H(2, "Vedlegg"),
        P("Utkast til plan for eigarskapskontroll 2024–2027."),
        H(2, "Tidlegare handsaming"),
        P("Kommunestyret vedtok gjeldande plan i sak 012/24 den 22.02.2024."),
        H(2, "Saksutgreiing"),
        P("Hallvik kommune eig aksjar i Hallvik Hamn AS og Fjordkraftverket AS og er deltakar i "
          "Kystrevisjon IKS og Vest kontrollutvalssekretariat IKS. Hallvik Hamn AS har fått "
          "ny eigarstrategi, og sekretariatet tilrår at kontrollen av selskapet vert framskunda "
          "til 2. halvår 2025."),
    ],
    gold=council_gold(
        "Hallvik kommune", "nn",
        {"body": "Kontrollutvalet", "meeting": None, "date": "2024-10-15"},
        [
            case("023/24", "Forvaltningsrevisjonsrapport – sjukefråvær i pleie og omsorg",
                 frm="Sekretariatet", officer="Marte Øyre", proposed=HV_23),
            case("024/24", "Revidert plan for eigarskapskontroll 2024–2027",
                 frm="Sekretariatet", officer="Sindre Lothe", proposed=HV_24),
        ],
        None,
        percentages=[
            pct(11.2, "11,2 prosent", "sjukefråvær i pleie- og omsorgstenestene 2023"),
            pct(7.9, "7,9 prosent", "sjukefråvær for kommunen samla 2023"),
            pct(64, "64 %", "sjukefråverstilfelle over fire veker med oppfølgingsplan"),
        ],
        deadlines=[
            ddl("innan 1. oktober 2025", "2025-10-01",
                "kommunedirektøren rapporterer til kontrollutvalet om oppfølging av tilrådingane"),
            ddl("innan utgangen av 2027", "2027-12-31",
                "planen for eigarskapskontroll skal evaluerast"),
            ddl("til 2. halvår 2025", "2025-12-31",
                "eigarskapskontroll av Hallvik Hamn AS (framskunda)"),
        ],
        organisations=["Kystrevisjon IKS", "Hallvik Hamn AS", "Fjordkraftverket AS",
                       "Vest kontrollutvalssekretariat IKS"],
        suppliers=[sup("Kystrevisjon IKS", "forvaltningsrevisjon",
                       "Forvaltningsrevisjonsrapport «Sjukefråvær i pleie og omsorg», Kystrevisjon "
                       "IKS"),
                   sup(None, "bedriftshelseteneste", "bedriftshelsetenesta")],
    ),
)


# ---------------------------------------------------------------------------
# 5. Tangvik kommune, Eldrerådet 10.02.2025 — minutes only (nb), attendance table
#    "Navn | Funksjon | Representerer", "Meldt forfall" inline, run-in "Vedtak:"
# ---------------------------------------------------------------------------

TV_1 = "Innkalling og saksliste godkjennes."
TV_2 = "Referat fra møtet 02.12.2024 godkjennes."
TV_3 = ("Eldrerådet støtter forslaget til ny forskrift om kriterier for langtidsopphold, men "
        "ber om at ventetiden for plass ikke skal overstige 30 dager. Rådet ber om å få saken "
        "til ny uttalelse før endelig behandling i kommunestyret.")
TV_4 = ("Eldrerådet ber kommunedirektøren sørge for at alle innbyggere over 80 år får tilbud "
        "om forebyggende hjemmebesøk innen utgangen av 2026.")
TV_5 = "Orienteringen tas til etterretning."

TANGVIK = Doc(
    doc_id="tangvik-eldreradet-referat-2025-02",
    layout="portrait", font="helvetica",
    meta_title="Referat eldrerådet 10.02.2025", meta_author="Tangvik kommune",
    header="TANGVIK KOMMUNE", header_on_first_page=True,
    footer="Side {page} av {pages}", footer_align="right", subdir=V, max_pages=3,
    blocks=[
        Title("Referat fra møte i Eldrerådet", ["Møtedato: 10.02.2025 kl. 10.00–13.00",
                                                "Møtested: Tangvik helsehus, kantina"]),
        P("Til stede:", "label"),
        Table([["Navn", "Funksjon", "Representerer"],
               ["Bjørg Solheim", "Leder", "Tangvik pensjonistforening"],
               ["Kåre Mjelde", "Nestleder", "Kommunestyret"],
               ["Randi Vik", "Medlem", "Tangvik sanitetsforening"],
               ["Odd Helge Furre", "Medlem", "Tangvik pensjonistforening"],
               ["Synnøve Aarvik", "Varamedlem", "Kommunestyret"]],
              ruled=False, lines="header_bottom", widths=[2, 1.4, 2.6]),
        P("**Meldt forfall:** Åse Lid (Kommunestyret). Ingen vara kunne møte for henne.", "body"),
        P("**Andre til stede:** Enhetsleder for helse og omsorg Trond Vassbotn (sak 3/25 og "
          "4/25), rådgiver Eli Sande (sekretær)."),

        H(1, "Sak 1/25 Godkjenning av innkalling og saksliste"),
        P("**Vedtak:** " + TV_1),
        H(1, "Sak 2/25 Godkjenning av referat fra møte 02.12.2024"),
        P("**Vedtak:** " + TV_2),
        H(1, "Sak 3/25 Høring – forskrift om kriterier og ventelister for langtidsopphold"),
        P("Trond Vassbotn orienterte om høringsforslaget. I 2024 fikk 62 % av søkerne plass "
          "innen 30 dager. Høringsfristen er 1. mars 2025, og saken skal behandles i "
          "kommunestyret i april."),
        P("**Vedtak:** " + TV_3),
        P("Enstemmig.", "small"),
        H(1, "Sak 4/25 Forebyggende hjemmebesøk"),
        P("Randi Vik la fram forslag om å utvide ordningen med forebyggende hjemmebesøk, som i "
          "dag bare gis til innbyggere som fyller 78 år. Vassbotn opplyste at om lag halvparten "
          "takker ja."),
        P("**Vedtak:** " + TV_4),
        P("Vedtatt med 4 mot 1 stemme.", "small"),
        H(1, "Sak 5/25 Orienteringssaker"),
        Bullets(["Status for Trygg hjemme-prosjektet (Vassbotn)",
                 "Invitasjon til seniorkonferanse i regi av Statsforvalteren i Rogaland, "
                 "påmelding innen 20. februar 2025"]),
        P("**Vedtak:** " + TV_5),
        Spacer(10),
        P("Referent: Eli Sande", "small"),
    ],
    gold=council_gold(
        "Tangvik kommune", "nb",
        {"body": "Eldrerådet", "meeting": None, "date": "2025-02-10"},
        [
            case("1/25", "Godkjenning av innkalling og saksliste", decision=TV_1),
            case("2/25", "Godkjenning av referat fra møte 02.12.2024", decision=TV_2),
            case("3/25", "Høring – forskrift om kriterier og ventelister for langtidsopphold",
                 decision=TV_3),
            case("4/25", "Forebyggende hjemmebesøk", decision=TV_4),
            case("5/25", "Orienteringssaker", decision=TV_5),
        ],
        minutes(None, "2025-02-10", "Bjørg Solheim",
                ["Bjørg Solheim", "Kåre Mjelde", "Randi Vik", "Odd Helge Furre",
                 "Synnøve Aarvik"],
                ["Åse Lid"], [],
                [
                    mcase("1/25", "Godkjenning av innkalling og saksliste", TV_1, None),
                    mcase("2/25", "Godkjenning av referat fra møte 02.12.2024", TV_2, None),
                    mcase("3/25", "Høring – forskrift om kriterier og ventelister for "
                          "langtidsopphold", TV_3, "Enstemmig."),
                    mcase("4/25", "Forebyggende hjemmebesøk", TV_4, "Vedtatt med 4 mot 1 stemme."),
                    mcase("5/25", "Orienteringssaker", TV_5, None),
                ],
                also_present=["Trond Vassbotn", "Eli Sande"]),
        percentages=[pct(62, "62 %", "søkere som fikk plass på langtidsopphold innen 30 dager i 2024")],
        deadlines=[
            ddl("Høringsfristen er 1. mars 2025", "2025-03-01",
                "høringsfrist for forskrift om langtidsopphold"),
            ddl("i kommunestyret i april", "2025-04-30",
                "forskriften behandles i kommunestyret"),
            ddl("innen utgangen av 2026", "2026-12-31",
                "tilbud om forebyggende hjemmebesøk til alle innbyggere over 80 år"),
            ddl("påmelding innen 20. februar 2025", "2025-02-20",
                "påmelding til seniorkonferanse hos Statsforvalteren i Rogaland"),
        ],
        organisations=["Tangvik pensjonistforening", "Tangvik sanitetsforening",
                       "Statsforvalteren i Rogaland"],
    ),
)

# ---------------------------------------------------------------------------
# 6. Vestfjord fylkeskommune, fylkestinget 03.12.2024 — notice + case papers + minutes
#    of the same meeting (nn); Saksgang lists the fylkesutval's own number (trap)
# ---------------------------------------------------------------------------

VF = "Fylkestinget"
VF_AGENDA = [
    ("PS 44/2024", "Godkjenning av innkalling og sakliste"),
    ("PS 45/2024", "Godkjenning av protokoll frå møtet 15.10.2024"),
    ("PS 46/2024", "Regional plan for kollektivtransport 2025–2036"),
    ("PS 47/2024", "Tannhelsetenesta – ny klinikkstruktur"),
    ("PS 48/2024", "Interpellasjon frå Karianne Rød (MDG) om ferjeprisar"),
]
VF_46_FD = ("1. Fylkestinget vedtek Regional plan for kollektivtransport 2025–2036. "
            "2. Handlingsprogrammet skal rullerast årleg, første gong innan 1. juni 2025. "
            "3. Nye takstsoner tek til å gjelde 1. september 2025.")
VF_46_FU = VF_46_FD + (" 4. Fylkesdirektøren legg fram ei eiga sak om gratis buss for "
                       "ungdom under 20 år innan utgangen av 2025.")
VF_47 = ("1. Fylkestinget sluttar seg til ny klinikkstruktur for den offentlege "
         "tannhelsetenesta med åtte klinikkar. 2. Klinikkane i Straumnes og Bø vert slått saman "
         "med verknad frå 1. august 2025. 3. Ordninga skal evaluerast innan utgangen av 2027.")
VF_47_ALT = "Dagens klinikkstruktur vert vidareført."

VESTFJORD = Doc(
    doc_id="vestfjord-fylkesting-motebok-2024-12",
    layout="portrait", font="serif",
    meta_title="Møtebok fylkestinget 3. desember 2024", meta_author="Vestfjord fylkeskommune",
    header="Vestfjord fylkeskommune · Fylkestinget 03.12.2024", header_on_first_page=False,
    footer="{page}", footer_align="center", number_dot=False, subdir=V, max_pages=6,
    blocks=[
        Title("Møteinnkalling", ["Vestfjord fylkeskommune – Fylkestinget",
                                 "Møtedato: 03.12.2024 kl. 10:00",
                                 "Møtestad: Fylkeshuset, tingsalen"]),
        P("Forfall skal meldast til politisk sekretariat så tidleg som mogleg. Vararepresentantar "
          "vert kalla inn etter nærare melding."),
        Table([["Sak", "Innhald"], *[list(r) for r in VF_AGENDA]],
              ruled=True, widths=[1.2, 5]),
        P("Ingvild Sæbø, fylkesordførar", "small"),
        PageBreak(),

        H(1, "Saksframlegg"),
        H(2, "PS 46/2024 Regional plan for kollektivtransport 2025–2036"),
        KeyValue([("Sakshandsamar", "Aslak Nygard"), ("Arkivsak", "2023/14522-41"),
                  ("Frå", "Fylkesdirektør for mobilitet")]),
        Table([["Utval", "Møtedato", "Saksnummer"],
               ["Fylkesutvalet", "19.11.2024", "112/2024"],
               ["Fylkestinget", "03.12.2024", "46/2024"]],
              ruled=False, lines="header", widths=[3, 1.3, 1.3]),
        H(3, "Fylkesdirektøren sitt framlegg til vedtak"),
        P(VF_46_FD),
        H(3, "Samandrag"),
        P("Planen legg opp til at kollektivdelen av motoriserte reiser i dei største byane skal "
          "auke frå 14 prosent i dag til 20 prosent. Alle nye bussar skal vere utsleppsfrie innan 2028. "
          "Planen har vore på høyring, og 23 av 26 kommunar har gitt uttale."),
        H(3, "Fylkesutvalet si handsaming 19.11.2024"),
        P("Fylkesutvalet gjorde samrøystes slik innstilling til fylkestinget:"),
        H(3, "Fylkesutvalet si innstilling"),
        P(VF_46_FU),

        H(2, "PS 47/2024 Tannhelsetenesta – ny klinikkstruktur"),
        KeyValue([("Sakshandsamar", "Lise Hovland"), ("Arkivsak", "2024/8807-9"),
                  ("Frå", "Fylkestannlegen")]),
        Table([["Utval", "Møtedato", "Saksnummer"],
               ["Fylkesutvalet", "19.11.2024", "115/2024"],
               ["Fylkestinget", "03.12.2024", "47/2024"]],
              ruled=False, lines="header", widths=[3, 1.3, 1.3]),
        H(3, "Fylkesutvalet si innstilling"),
        P(VF_47),
        H(3, "Saksutgreiing"),
        P("Den offentlege tannhelsetenesta har i dag elleve klinikkar. Tre av klinikkane har "
          "mindre enn to tannlegeårsverk, og 15 prosent av dei prioriterte pasientane i "
          "Straumnes fekk ikkje innkalling til rett tid i 2023."),
        PageBreak(),

        H(1, "Møteprotokoll"),
        Table([["Til stade", "31 av 35 representantar"],
               ["Forfall", "Hans Olav Lægreid (Sp), Marianne Bø (KrF), Tor Steinsvik (H), "
                "Rune Lunde (Ap)"],
               ["Møtande varamedlemer", "Gunhild Teigen (Sp) for Hans Olav Lægreid (Sp), "
                "Arne Fossheim (H) for Tor Steinsvik (H), Silje Rygg (Ap) for Rune Lunde (Ap)"],
               ["Frå administrasjonen", "Fylkesdirektør Elin Hagen, fylkesdirektør for mobilitet "
                "Per Ivar Lid"]],
              header_rows=0, ruled=False, lines="none", widths=[1.6, 4.4]),
        P("Fylkesordførar Ingvild Sæbø leia møtet. Marianne Bø (KrF) hadde forfall utan vara. "
          "Frå kl. 14:30 var 33 representantar til stades."),
        H(2, "PS 44/2024 Godkjenning av innkalling og sakliste"),
        P("**Vedtak:** Innkalling og sakliste vert godkjende. Samrøystes vedteke."),
        H(2, "PS 45/2024 Godkjenning av protokoll frå møtet 15.10.2024"),
        P("**Vedtak:** Protokollen vert godkjend. Samrøystes vedteke."),
        H(2, "PS 46/2024 Regional plan for kollektivtransport 2025–2036"),
        P("**Handsaming:** Fylkesutvalet si innstilling vart samrøystes vedteken."),
        P("**Vedtak:**"),
        P(VF_46_FU),
        H(2, "PS 47/2024 Tannhelsetenesta – ny klinikkstruktur"),
        P("**Handsaming:** Oddny Vik (SV) sette fram framlegg om at dagens klinikkstruktur vert "
          "vidareført. Ved alternativ røysting mellom innstillinga og framlegget frå SV fekk "
          "innstillinga 24 røyster og SV sitt framlegg 9 røyster."),
        P("**Vedtak:**"),
        P(VF_47),
        H(2, "PS 48/2024 Interpellasjon frå Karianne Rød (MDG) om ferjeprisar"),
        P("Fylkesordføraren svarte på interpellasjonen. Ordskifte. Ikkje vedtak i saka."),
    ],
    gold=council_gold(
        "Vestfjord fylkeskommune", "nn",
        {"body": VF, "meeting": None, "date": "2024-12-03"},
        [
            case("PS 44/2024", "Godkjenning av innkalling og sakliste",
                 decision="Innkalling og sakliste vert godkjende."),
            case("PS 45/2024", "Godkjenning av protokoll frå møtet 15.10.2024",
                 decision="Protokollen vert godkjend."),
            case("PS 46/2024", "Regional plan for kollektivtransport 2025–2036",
                 frm="Fylkesdirektør for mobilitet", officer="Aslak Nygard",
                 proposed=VF_46_FU, decision=VF_46_FU),
            case("PS 47/2024", "Tannhelsetenesta – ny klinikkstruktur", frm="Fylkestannlegen",
                 officer="Lise Hovland", proposed=VF_47, decision=VF_47),
            case("PS 48/2024", "Interpellasjon frå Karianne Rød (MDG) om ferjeprisar"),
        ],
        minutes(None, "2024-12-03", "Ingvild Sæbø", None,  # "31 av 35 representantar", no names
                ["Hans Olav Lægreid", "Marianne Bø", "Tor Steinsvik", "Rune Lunde"],
                [subst("Gunhild Teigen", "Sp", "Hans Olav Lægreid"),
                 subst("Arne Fossheim", "H", "Tor Steinsvik"),
                 subst("Silje Rygg", "Ap", "Rune Lunde")],
                [
                    mcase("PS 44/2024", "Godkjenning av innkalling og sakliste",
                          "Innkalling og sakliste vert godkjende.", "Samrøystes vedteke."),
                    mcase("PS 45/2024", "Godkjenning av protokoll frå møtet 15.10.2024",
                          "Protokollen vert godkjend.", "Samrøystes vedteke."),
                    mcase("PS 46/2024", "Regional plan for kollektivtransport 2025–2036",
                          VF_46_FU, "Fylkesutvalet si innstilling vart samrøystes vedteken."),
                    mcase("PS 47/2024", "Tannhelsetenesta – ny klinikkstruktur", VF_47,
                          "innstillinga 24 røyster og SV sitt framlegg 9 røyster"),
                    mcase("PS 48/2024", "Interpellasjon frå Karianne Rød (MDG) om ferjeprisar",
                          None, None),
                ],
                also_present=["Elin Hagen", "Per Ivar Lid"]),
        percentages=[
            pct(14, "14 prosent", "kollektivdel av motoriserte reiser i dei største byane, i dag"),
            pct(20, "20 prosent", "mål for kollektivdel av motoriserte reiser"),
            pct(15, "15 prosent", "prioriterte pasientar i Straumnes utan innkalling til rett tid i 2023"),
        ],
        deadlines=[
            ddl("første gong innan 1. juni 2025", "2025-06-01",
                "handlingsprogrammet rullerast (fylkesdirektøren sitt framlegg)"),
            ddl("tek til å gjelde 1. september 2025", "2025-09-01",
                "nye takstsoner (fylkesdirektøren sitt framlegg)"),
            ddl("innan 2028", "2028-12-31", "alle nye bussar utsleppsfrie"),
            ddl("første gong innan 1. juni 2025", "2025-06-01",
                "handlingsprogrammet rullerast (innstilling)"),
            ddl("tek til å gjelde 1. september 2025", "2025-09-01", "nye takstsoner (innstilling)"),
            ddl("innan utgangen av 2025", "2025-12-31",
                "sak om gratis buss for ungdom under 20 år (innstilling)"),
            ddl("med verknad frå 1. august 2025", "2025-08-01",
                "klinikkane i Straumnes og Bø slått saman (innstilling)"),
            ddl("innan utgangen av 2027", "2027-12-31", "klinikkstrukturen evaluert (innstilling)"),
            ddl("første gong innan 1. juni 2025", "2025-06-01",
                "handlingsprogrammet rullerast (vedtak)"),
            ddl("tek til å gjelde 1. september 2025", "2025-09-01", "nye takstsoner (vedtak)"),
            ddl("innan utgangen av 2025", "2025-12-31",
                "sak om gratis buss for ungdom under 20 år (vedtak)"),
            ddl("med verknad frå 1. august 2025", "2025-08-01",
                "klinikkane i Straumnes og Bø slått saman (vedtak)"),
            ddl("innan utgangen av 2027", "2027-12-31", "klinikkstrukturen evaluert (vedtak)"),
        ],
    ),
)

# ---------------------------------------------------------------------------
# 7. University of Fjordland, board meeting 4/2025 — minutes (en), resolutions in a
#    table "Case | Subject | Resolution", attendance as run-in labels
# ---------------------------------------------------------------------------

UF = "The Board of the University of Fjordland"
UF_CASES = [
    ("S 30/25", "Approval of the notice and agenda", "The notice and agenda were approved.",
     "Unanimous."),
    ("S 31/25", "Approval of the minutes of meeting 3/2025",
     "The minutes of meeting 3/2025 were approved.", "Unanimous."),
    ("S 32/25", "Budget framework 2026",
     "1. The Board adopts the budget framework for 2026 as proposed. 2. The Rector shall "
     "present a plan for reducing vacant office space by 15% by 1 October 2025.",
     "Adopted with 8 votes to 3. The student members voted against."),
    ("S 33/25", "Strategy for open science 2025–2030",
     "The Board adopts the strategy for open science. An action plan shall be presented "
     "to the Board in Q1 2026.", "Unanimous."),
    ("S 34/25", "Appointment of Dean of the Faculty of Health Sciences",
     "Professor Ragnhild Tveit is appointed Dean for the period 1 August 2025 to 31 July "
     "2029.", "Unanimous."),
    ("S 35/25", "Orientation items",
     "The Board took the orientation items into account.", None),
]
UF_PRESENT = ["Eivind Hareide", "Mari Kolstad", "Jostein Ness", "Lena Ohm", "Tariq Aziz",
              "Kristin Berg", "Henrik Sæle", "Ida Fosse", "Ola Vatne", "Amalie Rønning",
              "Jonas Myklebust"]

FJORDLAND_UNI = Doc(
    doc_id="fjordland-university-board-minutes-2025-06",
    layout="portrait", font="sans",
    meta_title="Minutes board meeting 4/2025", meta_author="University of Fjordland",
    header="University of Fjordland – Board", header_on_first_page=False,
    footer="Page {page} of {pages}", footer_align="right", subdir=V, max_pages=3,
    blocks=[
        Title("Minutes", ["Board meeting 4/2025", "University of Fjordland"]),
        KeyValue([("Date", "Wednesday 18 June 2025, 09:00–15:30"),
                  ("Venue", "Campus Nordvik, Board Room A2-104"),
                  ("Chair", "Eivind Hareide (external member)")]),
        P("**Present:** Eivind Hareide, Mari Kolstad, Jostein Ness, Lena Ohm, Tariq Aziz, "
          "Kristin Berg, Henrik Sæle, Ida Fosse, Ola Vatne, Amalie Rønning (student)"),
        P("**Apologies:** Sunniva Hellesøy (student)"),
        P("**Deputy members:** Jonas Myklebust (student) for Sunniva Hellesøy"),
        P("**Also present:** Rector Anne Marit Fløysand, University Director Bjørn Tangen, "
          "Head of Finance Lise Aga (item S 32/25), Board Secretary Helga Nes (minutes)"),
        H(1, "Resolutions"),
        Table([["Case", "Subject", "Resolution", "Vote"],
               *[[c, t, d, v or "–"] for c, t, d, v in UF_CASES]],
              ruled=True, widths=[0.9, 1.9, 4, 1.5]),
        H(1, "Notes to the resolutions"),
        H(2, "S 32/25 Budget framework 2026"),
        P("The Head of Finance presented the framework. The university's share of basic "
          "funding from the Ministry of Education and Research falls by 1.8 per cent in real "
          "terms, while student numbers in health education rise. About 62% of the premises are "
          "used less than half of the teaching hours. The student members proposed that the "
          "reduction of office space should not affect study places; the proposal was not "
          "adopted."),
        H(2, "S 33/25 Strategy for open science 2025–2030"),
        P("The strategy sets the goal that all peer-reviewed articles shall be openly available "
          "by 2027. The share was 84 per cent in 2024. The library will negotiate new "
          "agreements through Sikt."),
        H(2, "S 35/25 Orientation items"),
        Bullets(["Report from the Working Environment Committee, meeting 2/2025",
                 "Status of the new campus building: the contractor Byggmester Tveit AS reports "
                 "that the building will be completed in the spring of 2026",
                 "Letter from NOKUT on the accreditation of the master's programme in nursing"]),
        Spacer(8),
        P("The minutes were approved by e-mail on 25 June 2025.", "small"),
    ],
    gold=council_gold(
        "University of Fjordland", "en",
        {"body": UF, "meeting": "4/2025", "date": "2025-06-18"},
        [case(c, t, decision=d) for c, t, d, _ in UF_CASES],
        minutes("4/2025", "2025-06-18", "Eivind Hareide", UF_PRESENT, ["Sunniva Hellesøy"],
                [subst("Jonas Myklebust", None, "Sunniva Hellesøy")],
                [mcase(c, t, d, v) for c, t, d, v in UF_CASES],
                also_present=["Anne Marit Fløysand", "Bjørn Tangen", "Lise Aga", "Helga Nes"]),
        percentages=[
            pct(15, "15%", "reduction of vacant office space (resolution S 32/25)"),
            pct(1.8, "1.8 per cent", "real fall in basic funding from the ministry"),
            pct(62, "62%", "premises used less than half of the teaching hours"),
            pct(84, "84 per cent", "share of peer-reviewed articles openly available in 2024"),
        ],
        deadlines=[
            ddl("by 1 October 2025", "2025-10-01",
                "plan for reducing vacant office space by 15% presented"),
            ddl("in Q1 2026", "2026-03-31", "action plan for open science presented to the Board"),
            ddl("by 2027", "2027-12-31", "all peer-reviewed articles openly available"),
            ddl("in the spring of 2026", "2026-05-31", "new campus building completed"),
        ],
        organisations=["Ministry of Education and Research", "Sikt", "Byggmester Tveit AS",
                       "NOKUT"],
        suppliers=[sup("Byggmester Tveit AS", "construction of the new campus building",
                       "the contractor Byggmester Tveit AS")],
    ),
)

# ---------------------------------------------------------------------------
# 8. Sunnfjella regionråd, møte 3/2025 — case papers (nn) with the minutes of the
#    previous meeting attached; "Sak 14/2025:" headings
# ---------------------------------------------------------------------------

SF = "Sunnfjella regionråd"
SF_14 = "Referatet frå møte 2/2025 vert godkjent."
SF_15 = ("1. Sunnfjella regionråd sluttar seg til høyringsuttalen om nasjonal transportplan. "
         "2. Dagleg leiar sender uttalen til Samferdselsdepartementet innan høyringsfristen "
         "30. september 2025.")
SF_16 = ("Regionrådet løyver inntil 450 000 kroner til forprosjektet «Felles "
         "barnevernvakt i Sunnfjella». Forprosjektet skal vere ferdig innan 31. mars 2026.")
SF_PREV = [
    ("Sak 08/2025", "Godkjenning av innkalling og sakliste",
     "Innkalling og sakliste vert godkjende.", "Samrøystes"),
    ("Sak 09/2025", "Godkjenning av referat frå møte 1/2025", "Referatet vert godkjent.",
     "Samrøystes"),
    ("Sak 10/2025", "Årsmelding og rekneskap 2024",
     "Regionrådet godkjenner årsmelding og rekneskap for 2024. Overskotet på 312 000 kroner "
     "vert overført til disposisjonsfond.", "Samrøystes"),
    ("Sak 11/2025", "Felles kompetanseplan for helse og omsorg",
     "Regionrådet ber administrasjonen utarbeide ein felles kompetanseplan for "
     "kommunane. Planen skal leggjast fram for regionrådet i løpet av hausten 2025.",
     "Vedteke med 5 mot 1 røyst"),
]

SUNNFJELLA = Doc(
    doc_id="sunnfjella-regionrad-mote3-2025",
    layout="portrait", font="sans",
    meta_title="Sakspapir møte 3/2025", meta_author="",
    header="Sunnfjella regionråd – møte 3/2025", header_on_first_page=False,
    footer="{page}/{pages}", footer_align="right", subdir=V, max_pages=4,
    blocks=[
        Title("Sakspapir til møte 3/2025", [SF, "Møtedato: 11. september 2025",
                                            "Stad: Vassenden, Fjellstova"]),
        H(1, "Sak 14/2025: Godkjenning av referat frå møte 2/2025"),
        P("**Frå:** Dagleg leiar Ragna Solberg"),
        P("Referatet frå møte 2/2025 den 12. juni 2025 ligg ved."),
        P("**Framlegg til vedtak:**"),
        P(SF_14),
        H(1, "Sak 15/2025: Høyringsuttale – Nasjonal transportplan 2026–2037"),
        P("**Frå:** Dagleg leiar Ragna Solberg   **Sakshandsamar:** Eirik Hatlem"),
        P("Samferdselsdepartementet har sendt utkast til ny nasjonal transportplan på høyring. "
          "Regionen har tre av dei ti mest rasutsette vegstrekningane i fylket, og 28 % av "
          "vegnettet har dårleg standard. Utkastet til uttale prioriterer rassikring på "
          "riksveg 5 og ny ferjeavløysing over Høyangsfjorden."),
        P("**Framlegg til vedtak:**"),
        P(SF_15),
        H(1, "Sak 16/2025: Forprosjekt felles barnevernvakt"),
        P("**Frå:** Dagleg leiar Ragna Solberg   **Sakshandsamar:** Tone Eikås"),
        P("Kommunane har i dag kvar si avtale om barnevernvakt. Eit felles tilbod vil gje betre "
          "kvalitet og lågare kostnad per innbyggjar. Forprosjektet vert gjennomført i "
          "samarbeid med Bufetat region vest."),
        P("**Framlegg til vedtak:**"),
        P(SF_16),
        PageBreak(),

        H(1, "Vedlegg: Referat frå møte 2/2025"),
        P(f"{SF} – møte 12. juni 2025 kl. 10.00–14.00, Hyllestad rådhus", "lead"),
        P("**Til stades:** Gunnar Hamre (leiar, ordførar Fjellvik kommune), Kirsti Rygg "
          "(ordførar Hyllevåg kommune), Olav Tefre (ordførar Sandal kommune), Mette Hovden "
          "(ordførar Vassdal kommune), Sigbjørn Ness (varaordførar Brekkedal kommune), "
          "Lars Haugland (ordførar Nordfjella kommune)"),
        P("**Forfall:** Liv Årdal (ordførar Brekkedal kommune)"),
        P("**Møtande vara:** Sigbjørn Ness for Liv Årdal"),
        P("**Elles møtte:** Ragna Solberg (dagleg leiar), kommunedirektørane i Fjellvik og "
          "Sandal"),
        *[x for c, t, d, v in SF_PREV
          for x in (H(2, f"{c} {t}"), P(f"**Vedtak:** {d}"), P(f"{v}.", "small"))],
        P("Referent: Ragna Solberg", "small"),
    ],
    gold=council_gold(
        "Sunnfjella regionråd", "nn",
        {"body": SF, "meeting": "3/2025", "date": "2025-09-11"},
        [
            case("Sak 14/2025", "Godkjenning av referat frå møte 2/2025",
                 frm="Dagleg leiar Ragna Solberg", proposed=SF_14),
            case("Sak 15/2025", "Høyringsuttale – Nasjonal transportplan 2026–2037",
                 frm="Dagleg leiar Ragna Solberg", officer="Eirik Hatlem", proposed=SF_15),
            case("Sak 16/2025", "Forprosjekt felles barnevernvakt",
                 frm="Dagleg leiar Ragna Solberg", officer="Tone Eikås", proposed=SF_16),
        ],
        minutes("2/2025", "2025-06-12", "Gunnar Hamre",
                ["Gunnar Hamre", "Kirsti Rygg", "Olav Tefre", "Mette Hovden", "Sigbjørn Ness",
                 "Lars Haugland"],
                ["Liv Årdal"], [subst("Sigbjørn Ness", None, "Liv Årdal")],
                [mcase(c, t, d, v) for c, t, d, v in SF_PREV],
                also_present=["Ragna Solberg"]),
        percentages=[pct(28, "28 %", "vegnett i regionen med dårleg standard")],
        deadlines=[
            ddl("innan høyringsfristen 30. september 2025", "2025-09-30",
                "høyringsuttale om nasjonal transportplan sendt Samferdselsdepartementet"),
            ddl("innan 31. mars 2026", "2026-03-31",
                "forprosjektet felles barnevernvakt ferdig"),
            ddl("i løpet av hausten 2025", "2025-11-30",
                "felles kompetanseplan for helse og omsorg lagt fram (referat møte 2/2025)"),
        ],
        organisations=["Samferdselsdepartementet", "Bufetat region vest", "Fjellvik kommune",
                       "Hyllevåg kommune", "Sandal kommune", "Vassdal kommune",
                       "Brekkedal kommune", "Nordfjella kommune"],
    ),
)

# ---------------------------------------------------------------------------
# 9. Brekkøy kommune, Utval for oppvekst og kultur 12.02.2025 — case papers with the
#    committee's handling and decision (nn), "<Body> - <date>: Vedtak" labels
# ---------------------------------------------------------------------------

OK = "Utval for oppvekst og kultur"
BK_5_FR = ("1. Utkast til skulebruksplan for Brekkøy kommune 2025–2035 vert lagt ut på "
           "offentleg høyring. 2. Høyringsfristen vert sett til 15. april 2025.")
BK_5_V = BK_5_FR + (" 3. Kommunedirektøren legg fram ei vurdering av skyss og reisetid "
                    "for elevane på Nordøy saman med den endelege planen.")
BK_6 = ("Utval for oppvekst og kultur fordeler kulturmidlar for 2025 slik det går fram av "
        "tabellen i saksutgreiinga. Midlane skal nyttast innan 31.12.2025, og ubrukte midlar "
        "vert kravde tilbakebetalte.")
BK_7 = "Tilstandsrapporten for grunnskulen 2024 vert teken til orientering."

BREKKOY = Doc(
    doc_id="brekkoy-oppvekst-kultur-saksprotokoll-2025-02",
    layout="portrait", font="condensed",
    meta_title="Saksprotokollar Utval for oppvekst og kultur 12.02.2025",
    meta_author="Brekkøy kommune",
    header="Brekkøy kommune", header_on_first_page=True,
    footer="Side {page} av {pages}", footer_align="center", subdir=V, max_pages=5,
    blocks=[
        H(1, "PS 5/25 Skulebruksplan 2025–2035 – utlegging til høyring"),
        KeyValue([("Sakshandsamar", "Hilde Brekke"), ("Arkiv", "K2-A20"),
                  ("Arkivsaksnr.", "24/902"), ("Løpenr.", "3411/25")]),
        Table([["Saksgang", "Utvalsaksnr", "Møtedato"],
               [OK, "5/25", "12.02.2025"], ["Kommunestyret", "", ""]],
              ruled=False, lines="header", widths=[3, 1.2, 1.2]),
        H(2, "Kommunedirektøren sitt framlegg til vedtak"),
        P(BK_5_FR),
        H(2, "Saksopplysningar"),
        P("Elevtalet i Brekkøy er venta å gå ned med om lag 18 % fram mot 2035. Fire av sju "
          "skular har under 60 elevar, og to skulebygg treng omfattande rehabilitering."),
        H(2, f"{OK} - 12.02.2025: Handsaming"),
        P("Kjell Inge Hauge (Sp) sette fram tilleggsframlegg om eit nytt punkt 3 om skyss og "
          "reisetid. Tilleggsframlegget vart samrøystes vedteke. Kommunedirektøren sitt framlegg "
          "vart samrøystes vedteke."),
        H(2, f"{OK} - 12.02.2025: Vedtak"),
        P(BK_5_V),

        H(1, "PS 6/25 Fordeling av kulturmidlar 2025"),
        KeyValue([("Sakshandsamar", "Geir Vestrheim"), ("Arkiv", "K2-C00"),
                  ("Arkivsaksnr.", "25/114")]),
        Table([["Saksgang", "Utvalsaksnr", "Møtedato"], [OK, "6/25", "12.02.2025"]],
              ruled=False, lines="header", widths=[3, 1.2, 1.2]),
        H(2, "Kommunedirektøren sitt framlegg til vedtak"),
        P(BK_6),
        H(2, "Saksopplysningar"),
        Table([["Søkjar", "Søkt beløp", "Tilrådd"],
               ["Brekkøy musikklag", "60 000", "45 000"],
               ["Nordøy idrettslag", "120 000", "80 000"],
               ["Brekkøy sogelag", "25 000", "25 000"],
               ["Ungdomslaget Framtid", "40 000", "30 000"],
               ["Sum", "245 000", "180 000"]],
              ruled=False, lines="none", widths=[3, 1.2, 1.2], align_right_from=1),
        P("Budsjettramma for 2025 er 180 000 kroner, det same som i 2024."),
        H(2, f"{OK} - 12.02.2025: Handsaming"),
        P("Framlegget vart vedteke med 6 mot 1 røyst."),
        H(2, f"{OK} - 12.02.2025: Vedtak"),
        P(BK_6),

        H(1, "PS 7/25 Tilstandsrapport for grunnskulen 2024"),
        KeyValue([("Sakshandsamar", "Hilde Brekke"), ("Arkivsaksnr.", "25/87")]),
        H(2, "Kommunedirektøren sitt framlegg til vedtak"),
        P(BK_7),
        H(2, "Saksopplysningar"),
        P("I elevundersøkinga svarar 91 prosent av elevane på 7. trinn at dei trivst godt på "
          "skulen, mot 87 prosent i 2023. Delen lærarar med godkjend utdanning i matematikk er "
          "78 %. Kommunen har som mål at alle lærarar som underviser i matematikk, skal ha "
          "kompetanse for undervisning innan 2030."),
        H(2, f"{OK} - 12.02.2025: Handsaming"),
        P("Samrøystes vedteke."),
        H(2, f"{OK} - 12.02.2025: Vedtak"),
        P(BK_7),
    ],
    gold=council_gold(
        "Brekkøy kommune", "nn",
        {"body": OK, "meeting": None, "date": "2025-02-12"},
        [
            case("PS 5/25", "Skulebruksplan 2025–2035 – utlegging til høyring",
                 frm="Kommunedirektøren", officer="Hilde Brekke", proposed=BK_5_FR,
                 decision=BK_5_V),
            case("PS 6/25", "Fordeling av kulturmidlar 2025", frm="Kommunedirektøren",
                 officer="Geir Vestrheim", proposed=BK_6, decision=BK_6),
            case("PS 7/25", "Tilstandsrapport for grunnskulen 2024", frm="Kommunedirektøren",
                 officer="Hilde Brekke", proposed=BK_7, decision=BK_7),
        ],
        None,
        percentages=[
            pct(18, "18 %", "venta nedgang i elevtalet fram mot 2035"),
            pct(91, "91 prosent", "elevar på 7. trinn som trivst godt på skulen 2024"),
            pct(87, "87 prosent", "elevar på 7. trinn som trivst godt på skulen 2023"),
            pct(78, "78 %", "lærarar med godkjend utdanning i matematikk"),
        ],
        deadlines=[
            ddl("Høyringsfristen vert sett til 15. april 2025", "2025-04-15",
                "høyringsfrist for skulebruksplanen (framlegg til vedtak)"),
            ddl("Høyringsfristen vert sett til 15. april 2025", "2025-04-15",
                "høyringsfrist for skulebruksplanen (vedtak)"),
            ddl("innan 31.12.2025", "2025-12-31", "kulturmidlane nytta (framlegg til vedtak)"),
            ddl("innan 31.12.2025", "2025-12-31", "kulturmidlane nytta (vedtak)"),
            ddl("innan 2030", "2030-12-31",
                "alle matematikklærarar har kompetanse for undervisning"),
        ],
        organisations=["Brekkøy musikklag", "Nordøy idrettslag", "Brekkøy sogelag",
                       "Ungdomslaget Framtid"],
    ),
)

# ---------------------------------------------------------------------------
# 10. Straumsvik kommune, kommunestyret 19.06.2025 — minutes (nn): table
#     "Møtedeltakarar | Parti | Rolle", "Forfall:" inline, votes 17 mot 8
# ---------------------------------------------------------------------------

SV_MEMBERS = [
    ("Ottar Straume", "Sp", "Ordførar"), ("Brit Helle", "H", "Varaordførar"),
    ("Nils Aksnes", "Sp", "Medlem"), ("Jorunn Vik", "Sp", "Medlem"),
    ("Per Inge Nes", "Sp", "Medlem"), ("Målfrid Sandal", "Sp", "Medlem"),
    ("Eirik Furnes", "Sp", "Medlem"), ("Aud Lothe", "H", "Medlem"),
    ("Steinar Hovde", "H", "Medlem"), ("Kari Bakke", "H", "Medlem"),
    ("Geir Aarseth", "Ap", "Medlem"), ("Solveig Eide", "Ap", "Medlem"),
    ("Torbjørn Lie", "Ap", "Medlem"), ("Hanne Stokke", "Ap", "Medlem"),
    ("Arve Midtbø", "FrP", "Medlem"), ("Linda Osland", "FrP", "Medlem"),
    ("Roy Hagen", "FrP", "Medlem"), ("Kjersti Flo", "KrF", "Medlem"),
    ("Johannes Røyrvik", "KrF", "Medlem"), ("Marte Sunde", "SV", "Medlem"),
    ("Bjarte Heggheim", "V", "Medlem"), ("Ingrid Tufte", "MDG", "Medlem"),
    ("Ola Kvamme", "Tverrpolitisk liste", "Medlem"),
    ("Asbjørn Dale", "Sp", "Varamedlem"), ("Gunn Rita Myrvang", "FrP", "Varamedlem"),
]
SV_34 = "Innkalling og sakliste vert godkjende."
SV_35 = "Møteboka frå møtet 24.04.2025 vert godkjend."
SV_36 = ("1. Kommunestyret vedtek lokal forskrift om sals- og skjenketider for alkohol i "
         "Straumsvik kommune. 2. Forskrifta tek til å gjelde 1. september 2025. "
         "3. Ordninga skal evaluerast innan utgangen av 2027.")
SV_37 = ("Kommunestyret godkjenner årsrekneskapen for 2024 med eit netto driftsresultat på "
         "2,9 % av driftsinntektene. Mindreforbruket vert sett av til disposisjonsfond.")
SV_38_INNST = ("1. Kommunestyret vedtek å byggje ny fleirbrukshall ved Straumsvik skule med ei "
               "kostnadsramme på 94 millionar kroner. 2. Hallen skal stå ferdig innan "
               "1. august 2027.")

STRAUMSVIK = Doc(
    doc_id="straumsvik-kommunestyre-protokoll-2025-06",
    layout="portrait", font="serif",
    meta_title="Møteprotokoll Kommunestyret 19.06.2025", meta_author="Straumsvik kommune",
    header="Straumsvik kommune – Møteprotokoll", header_on_first_page=False,
    footer="Side {page}", footer_align="right", subdir=V, max_pages=4,
    blocks=[
        Title("Møteprotokoll", ["Kommunestyret", "Straumsvik kommune"]),
        KeyValue([("Møtestad", "Kommunestyresalen, Straumsvik rådhus"),
                  ("Dato", "19.06.2025"), ("Tid", "17:00 – 22:40")]),
        Table([["Møtedeltakarar", "Parti", "Rolle"], *[list(m) for m in SV_MEMBERS]],
              ruled=True, widths=[3, 2, 1.6], font_size=8.5),
        P("**Forfall:** Magnus Rygg (Sp), Tove Lindås (FrP)"),
        P("**Møtande varamedlemer:** Asbjørn Dale (Sp) for Magnus Rygg (Sp), Gunn Rita Myrvang "
          "(FrP) for Tove Lindås (FrP)"),
        P("**Frå administrasjonen:** Kommunedirektør Hallgeir Nesse, økonomisjef Randi Søvik, "
          "møtesekretær Vigdis Holm"),
        P("Ordføraren leia møtet. Det var ingen merknader til innkallinga. Protokollen vert "
          "underteikna av ordføraren og to representantar valde i møtet."),

        H(1, "Sak 034/25 Godkjenning av innkalling og sakliste"),
        P("**Handsaming:** Samrøystes vedteke."),
        P("**Kommunestyret sitt vedtak:** " + SV_34),
        H(1, "Sak 035/25 Godkjenning av møtebok frå 24.04.2025"),
        P("**Handsaming:** Samrøystes vedteke."),
        P("**Kommunestyret sitt vedtak:** " + SV_35),
        H(1, "Sak 036/25 Lokal forskrift om sals- og skjenketider for alkohol"),
        P("**Handsaming:** Arve Midtbø (FrP) sette fram framlegg om at skjenketida i helgane "
          "skal vere til kl. 03.00. Framlegget fall med 8 mot 17 røyster. Formannskapet si "
          "innstilling vart vedteken med 17 mot 8 røyster (FrP, H)."),
        P("**Kommunestyret sitt vedtak:**"),
        P(SV_36),
        H(1, "Sak 037/25 Årsrekneskap og årsmelding 2024"),
        P("**Handsaming:** Økonomisjefen orienterte. Samrøystes vedteke."),
        P("**Kommunestyret sitt vedtak:** " + SV_37),
        H(1, "Sak 038/25 Ny fleirbrukshall ved Straumsvik skule"),
        P("**Formannskapet si innstilling:**"),
        P(SV_38_INNST),
        P("**Handsaming:** Brit Helle (H) bad om at saka vert utsett til oktober for å få "
          "betre kostnadsoverslag. Utsetjingsframlegget vart vedteke med 13 mot 12 røyster."),
        P("**Kommunestyret sitt vedtak:** Saka vert utsett til møtet i oktober 2025."),
    ],
    gold=council_gold(
        "Straumsvik kommune", "nn",
        {"body": "Kommunestyret", "meeting": None, "date": "2025-06-19"},
        [
            case("Sak 034/25", "Godkjenning av innkalling og sakliste", decision=SV_34),
            case("Sak 035/25", "Godkjenning av møtebok frå 24.04.2025", decision=SV_35),
            case("Sak 036/25", "Lokal forskrift om sals- og skjenketider for alkohol",
                 decision=SV_36),
            case("Sak 037/25", "Årsrekneskap og årsmelding 2024", decision=SV_37),
            case("Sak 038/25", "Ny fleirbrukshall ved Straumsvik skule", frm="Formannskapet",
                 proposed=SV_38_INNST, decision="Saka vert utsett til møtet i oktober 2025."),
        ],
        minutes(None, "2025-06-19", "Ottar Straume", [m[0] for m in SV_MEMBERS],
                ["Magnus Rygg", "Tove Lindås"],
                [subst("Asbjørn Dale", "Sp", "Magnus Rygg"),
                 subst("Gunn Rita Myrvang", "FrP", "Tove Lindås")],
                [
                    mcase("Sak 034/25", "Godkjenning av innkalling og sakliste", SV_34,
                          "Samrøystes vedteke."),
                    mcase("Sak 035/25", "Godkjenning av møtebok frå 24.04.2025", SV_35,
                          "Samrøystes vedteke."),
                    mcase("Sak 036/25", "Lokal forskrift om sals- og skjenketider for alkohol",
                          SV_36, "vedteken med 17 mot 8 røyster (FrP, H)"),
                    mcase("Sak 037/25", "Årsrekneskap og årsmelding 2024", SV_37,
                          "Samrøystes vedteke."),
                    mcase("Sak 038/25", "Ny fleirbrukshall ved Straumsvik skule",
                          "Saka vert utsett til møtet i oktober 2025.",
                          "vedteke med 13 mot 12 røyster"),
                ],
                also_present=["Hallgeir Nesse", "Randi Søvik", "Vigdis Holm"]),
        percentages=[pct(2.9, "2,9 %", "netto driftsresultat av driftsinntektene 2024")],
        deadlines=[
            ddl("tek til å gjelde 1. september 2025", "2025-09-01",
                "lokal forskrift om sals- og skjenketider"),
            ddl("innan utgangen av 2027", "2027-12-31", "ordninga med nye skjenketider evaluert"),
            ddl("innan 1. august 2027", "2027-08-01",
                "ny fleirbrukshall ved Straumsvik skule ferdig (innstilling)"),
            ddl("møtet i oktober 2025", "2025-10-31",
                "utsett sak om fleirbrukshall handsama på nytt"),
        ],
    ),
)


# ---------------------------------------------------------------------------
# 11. Myrvoll kommune, kommunestyret 12.12.2024 — notice with "Saksnr | Innhold | Side",
#     then saksframlegg with "Rådmannens forslag til vedtak" and the council's handling
#     and decision (nb); "Saksnr.: 012/24" in the header box, RS items
# ---------------------------------------------------------------------------

MV_AGENDA = [
    ("PS 58/24", "Godkjenning av innkalling og saksliste", "1"),
    ("PS 59/24", "Budsjett 2025 og økonomiplan 2025–2028", "2"),
    ("PS 60/24", "Vann- og avløpsgebyrer 2025", "3"),
    ("RS 12/24", "Tilsynsrapport fra Arbeidstilsynet – Myrvoll sykehjem", "4"),
]
MV_59_FV = ("1. Driftsbudsjettet for 2025 vedtas med netto driftsresultat på 1,0 % av "
            "driftsinntektene. 2. Investeringsbudsjettet for 2025 vedtas med en ramme på "
            "148 millioner kroner. 3. Eiendomsskatten videreføres med 3,5 promille.")
MV_59_V = MV_59_FV + (" 4. Rådmannen legger fram en plan for nedtrekk i driften på "
                      "12 millioner kroner innen 1. april 2025.")
MV_60_FV = ("Vann- og avløpsgebyrene økes med 9,8 % fra 1. januar 2025, i tråd med "
            "selvkostberegningen.")
MV_RS = "Saken tas til orientering."

MYRVOLL = Doc(
    doc_id="myrvoll-kommunestyre-saksdokumenter-2024-12",
    layout="portrait", font="condensed",
    meta_title="Kommunestyret 12.12.2024 – saksdokumenter med vedtak",
    meta_author="Myrvoll kommune",
    header="Myrvoll kommune – Kommunestyret 12.12.2024", header_on_first_page=True,
    footer="{page}", footer_align="center", number_dot=False, subdir=V, max_pages=4,
    blocks=[
        Title("Innkalling til møte i kommunestyret", ["Møtedato: 12.12.2024 kl. 10.00",
                                                      "Møtested: Myrvoll kulturhus, salen"]),
        P("Eventuelt forfall meldes til servicekontoret. Varamedlemmer møter etter særskilt "
          "innkalling."),
        Table([["Saksnr", "Innhold", "Side"], *[list(r) for r in MV_AGENDA]],
              ruled=False, lines="header_bottom", widths=[1.1, 5, 0.6]),
        P("Myrvoll, 28.11.2024 – Trine Aas, ordfører"),

        H(1, "PS 59/24 Budsjett 2025 og økonomiplan 2025–2028"),
        KeyValue([("Saksnr.", "059/24"), ("Arkivsaksnr.", "24/1187"),
                  ("Saksbehandler", "Odd Arne Grini"), ("Dato", "20.11.2024")]),
        Table([["Utvalg", "Møtedato", "Saksnummer"],
               ["Formannskapet", "26.11.2024", "071/24"], ["Kommunestyret", "12.12.2024",
                                                            "059/24"]],
              ruled=True, widths=[3, 1.3, 1.3]),
        H(2, "Rådmannens forslag til vedtak"),
        P(MV_59_FV),
        H(2, "Saksopplysninger"),
        P("Kommunen har lave fondsreserver, og disposisjonsfondet utgjør 3,1 prosent av "
          "driftsinntektene. Lånegjelden er høy etter byggingen av ny ungdomsskole."),
        H(2, "Behandling i kommunestyret 12.12.2024"),
        P("V, Ap og Sp fremmet et fellesforslag om nytt punkt 4 om "
          "nedtrekk i driften. Fellesforslaget ble vedtatt med 17 mot 8 stemmer. Rådmannens "
          "forslag for øvrig ble vedtatt med 15 mot 10 stemmer."),
        H(2, "Kommunestyrets vedtak"),
        P(MV_59_V),

        H(1, "PS 60/24 Vann- og avløpsgebyrer 2025"),
        KeyValue([("Saksnr.", "060/24"), ("Arkivsaksnr.", "24/1290"),
                  ("Saksbehandler", "Kine Ludvigsen"), ("Dato", "18.11.2024")]),
        H(2, "Rådmannens forslag til vedtak"),
        P(MV_60_FV),
        H(2, "Behandling i kommunestyret 12.12.2024"),
        P("Enstemmig vedtatt."),
        H(2, "Kommunestyrets vedtak"),
        P(MV_60_FV),

        H(1, "RS 12/24 Tilsynsrapport fra Arbeidstilsynet – Myrvoll sykehjem"),
        P("Arbeidstilsynet gjennomførte tilsyn 3. oktober 2024 og ga pålegg om risikovurdering "
          "av vold og trusler. Pålegget skal være oppfylt innen 15. januar 2025."),
        H(2, "Kommunestyrets vedtak"),
        P(MV_RS),
    ],
    gold=council_gold(
        "Myrvoll kommune", "nb",
        {"body": "Kommunestyret", "meeting": None, "date": "2024-12-12"},
        [
            case("PS 58/24", "Godkjenning av innkalling og saksliste"),
            case("PS 59/24", "Budsjett 2025 og økonomiplan 2025–2028", frm="Rådmannen",
                 officer="Odd Arne Grini", proposed=MV_59_FV, decision=MV_59_V),
            case("PS 60/24", "Vann- og avløpsgebyrer 2025", frm="Rådmannen",
                 officer="Kine Ludvigsen", proposed=MV_60_FV, decision=MV_60_FV),
            case("RS 12/24", "Tilsynsrapport fra Arbeidstilsynet – Myrvoll sykehjem",
                 "Referatsak", decision=MV_RS),
        ],
        None,
        percentages=[
            pct(1.0, "1,0 %", "netto driftsresultat av driftsinntektene (forslag til vedtak)"),
            pct(3.1, "3,1 prosent", "disposisjonsfond av driftsinntektene"),
            pct(1.0, "1,0 %", "netto driftsresultat av driftsinntektene (vedtak)"),
            pct(9.8, "9,8 %", "økning i vann- og avløpsgebyrene (forslag til vedtak)"),
            pct(9.8, "9,8 %", "økning i vann- og avløpsgebyrene (vedtak)"),
        ],
        deadlines=[
            ddl("innen 1. april 2025", "2025-04-01", "plan for nedtrekk i driften (vedtak, pkt. 4)"),
            ddl("fra 1. januar 2025", "2025-01-01", "økte vann- og avløpsgebyrer (forslag)"),
            ddl("fra 1. januar 2025", "2025-01-01", "økte vann- og avløpsgebyrer (vedtak)"),
            ddl("innen 15. januar 2025", "2025-01-15",
                "pålegg fra Arbeidstilsynet om risikovurdering oppfylt"),
        ],
        organisations=["Arbeidstilsynet"],
        risk_issues=[],
    ),
)

# ---------------------------------------------------------------------------
# 12. Helse Kystnord RHF, styremøte 13.02.2025 — minutes only (nb), "Sak 014/2025",
#     "Styrets vedtak", a split vote with the minority named, signature block
# ---------------------------------------------------------------------------

KN = "Styret i Helse Kystnord RHF"
KN_CASES = [
    ("Sak 012/2025", "Godkjenning av innkalling og saksliste",
     "Innkalling og saksliste godkjennes.", "Enstemmig vedtatt."),
    ("Sak 013/2025", "Godkjenning av protokoll fra styremøte 12. desember 2024",
     "Protokoll fra styremøte 12. desember 2024 godkjennes.", "Enstemmig vedtatt."),
    ("Sak 014/2025", "Oppdragsdokument 2025 til helseforetakene",
     "1. Styret vedtar oppdragsdokument 2025 til helseforetakene i tråd med saksframlegget. "
     "2. Helseforetakene skal rapportere på ventetider og fristbrudd hver måned og på "
     "bemanningsplaner innen 1. mai 2025.", "Enstemmig vedtatt."),
    ("Sak 015/2025", "Regional plan for psykisk helsevern – utsendelse på høring",
     "1. Forslag til regional plan for psykisk helsevern sendes på høring med høringsfrist "
     "25. april 2025. 2. Endelig plan legges fram for styret i løpet av første halvår 2026.",
     "Vedtatt mot to stemmer."),
    ("Sak 016/2025", "Eventuelt", None, None),
]

KYSTNORD = Doc(
    doc_id="helse-kystnord-rhf-protokoll-2025-02",
    layout="portrait", font="serif",
    meta_title="Protokoll styremøte 13. februar 2025", meta_author="Helse Kystnord RHF",
    header=None, footer="Protokoll styremøte Helse Kystnord RHF 13.02.2025 – {page}/{pages}",
    footer_align="center", subdir=V, max_pages=3,
    blocks=[
        Title("Protokoll fra styremøte i Helse Kystnord RHF",
              ["Dato: 13. februar 2025 kl. 09.00–14.30", "Sted: Styrerommet, Kystby"]),
        Row([[P("Fra styret:", "label"),
              Bullets(["Ragnhild Solvang, styreleder", "Petter Kvalsvik, nestleder",
                       "Ellen Moe", "Kjell Arne Hoff", "Linn Rasmussen",
                       "Bjarne Teigen (ansattvalgt)", "Sara Nilsen (ansattvalgt)",
                       "Hans Aronsen (vara for Ole Mikal Dahl)"])],
             [P("Forfall:", "label"), Bullets(["Ole Mikal Dahl"]),
              P("Fra administrasjonen:", "label"),
              Bullets(["Administrerende direktør Tone Eliassen",
                       "Fagdirektør Arvid Rønning", "Styresekretær Mona Hansen"])]],
            widths=[1, 1]),
        P("Styreleder ønsket velkommen. Det ble ikke meldt inhabilitet i noen av sakene."),
        *[x for c, t, d, v in KN_CASES for x in (
            H(1, f"{c} {t}"),
            *([P("Sekretariatet orienterte. Styremedlemmene Bjarne Teigen og Sara Nilsen fremmet "
                 "forslag om å utsette høringen til etter forhandlingene med "
                 "Spesialistforbundet. Forslaget falt med 6 mot 2 stemmer.")]
              if c == "Sak 015/2025" else []),
            *([P("**Styrets vedtak:**"), P(d), P(v, "small")] if d else
              [P("Ingen saker ble tatt opp.")]))],
        Spacer(14),
        P("Protokollen er godkjent elektronisk av styrets medlemmer 20. februar 2025.", "small"),
        P("Ragnhild Solvang, styreleder     Petter Kvalsvik, nestleder     Ellen Moe     "
          "Kjell Arne Hoff", "small"),
    ],
    gold=council_gold(
        "Helse Kystnord RHF", "nb",
        {"body": KN, "meeting": None, "date": "2025-02-13"},
        [case(c, t, decision=d) for c, t, d, _ in KN_CASES],
        minutes(None, "2025-02-13", "Ragnhild Solvang",
                ["Ragnhild Solvang", "Petter Kvalsvik", "Ellen Moe", "Kjell Arne Hoff",
                 "Linn Rasmussen", "Bjarne Teigen", "Sara Nilsen", "Hans Aronsen"],
                ["Ole Mikal Dahl"], [subst("Hans Aronsen", None, "Ole Mikal Dahl")],
                [mcase(c, t, d, v) for c, t, d, v in KN_CASES],
                also_present=["Tone Eliassen", "Arvid Rønning", "Mona Hansen"]),
        deadlines=[
            ddl("innen 1. mai 2025", "2025-05-01",
                "helseforetakene rapporterer på bemanningsplaner"),
            ddl("høringsfrist 25. april 2025", "2025-04-25",
                "høringsfrist for regional plan for psykisk helsevern"),
            ddl("i løpet av første halvår 2026", "2026-06-30",
                "endelig regional plan for psykisk helsevern legges fram for styret"),
        ],
        organisations=["Spesialistforbundet"],
    ),
)

# ---------------------------------------------------------------------------
# 13. Statens fjordsamband AS, styremøte 2/2025 — board deck in landscape (nb): one case
#     per slide, "Sak 14/25", run-in "Forslag til vedtak:", no metadata title
# ---------------------------------------------------------------------------

FS = "Styret i Statens fjordsamband AS"
FS_14 = ("Styret godkjenner årsregnskapet for 2024 med et årsresultat på 212 millioner kroner "
         "og foreslår for generalforsamlingen at det ikke deles ut utbytte.")
FS_15 = ("Styret godkjenner at administrasjonen kunngjør konkurranse om to nye elektriske "
         "ferjer. Kontrakt skal signeres innen 30. september 2025, og ferjene skal settes i drift "
         "i Q2 2028.")
FS_16 = "Styret tar redegjørelsen etter åpenhetsloven til etterretning og godkjenner den."
FS_17 = "Saken tas til orientering."

FJORDSAMBAND = Doc(
    doc_id="fjordsamband-styremote-2025-2",
    layout="landscape", font="sans",
    meta_title="", meta_author="fjordsamband\\ksl",
    header="Statens fjordsamband AS – styremøte 2/2025 – 24. april 2025",
    footer="{page}", footer_align="right", subdir=V, max_pages=5,
    blocks=[
        H(1, "Styremøte 2/2025 – saksliste"),
        Table([["Sak", "Tittel", "Type"],
               ["Sak 13/25", "Godkjenning av innkalling og protokoll fra styremøte 1/2025",
                "Vedtak"],
               ["Sak 14/25", "Årsregnskap og årsberetning 2024", "Vedtak"],
               ["Sak 15/25", "Fornyelse av ferjeflåten – kunngjøring av konkurranse", "Vedtak"],
               ["Sak 16/25", "Redegjørelse etter åpenhetsloven for 2024", "Vedtak"],
               ["Sak 17/25", "Administrerende direktørs orientering", "Orientering"]],
              ruled=True, widths=[1, 6, 1.4]),
        P("Sak 13/25 behandles uten egen presentasjon.", "small"),
        PageBreak(),
        H(1, "Sak 14/25 Årsregnskap og årsberetning 2024"),
        Bullets(["Driftsinntekter 1,84 milliarder kroner, opp 6 % fra 2023",
                 "Regularitet i ferjedriften 99,2 %",
                 "Drivstoffkostnadene falt med 11 prosent etter overgangen til batteridrift på "
                 "tre samband",
                 "Revisor, Nordre Revisjon AS, avgir beretning uten forbehold"]),
        P("**Forslag til vedtak:** " + FS_14),
        PageBreak(),
        H(1, "Sak 15/25 Fornyelse av ferjeflåten – kunngjøring av konkurranse"),
        Bullets(["Fire av selskapets ferjer er eldre enn 30 år",
                 "Konkurransen gjennomføres i samarbeid med Statens vegvesen",
                 "Kostnadsanslag 1,1 milliarder kroner, finansiert med lån fra eier"]),
        P("**Forslag til vedtak:** " + FS_15),
        PageBreak(),
        H(1, "Sak 16/25 Redegjørelse etter åpenhetsloven for 2024"),
        Bullets(["Redegjørelsen skal publiseres innen 30. juni 2025",
                 "Høy risiko for brudd på lønns- og arbeidsvilkår hos verftenes underleverandører",
                 "To verft i Tyrkia og Polen er fulgt opp med revisjoner i 2024"]),
        P("**Forslag til vedtak:** " + FS_16),
        H(1, "Sak 17/25 Administrerende direktørs orientering"),
        Bullets(["Sykefraværet var 5,8 % i første kvartal", "Ny rutetabell fra 15. juni 2025"]),
        P("**Forslag til vedtak:** " + FS_17),
    ],
    gold=council_gold(
        "Statens fjordsamband AS", "nb",
        {"body": FS, "meeting": "2/2025", "date": "2025-04-24"},
        [
            case("Sak 13/25", "Godkjenning av innkalling og protokoll fra styremøte 1/2025",
                 "Vedtak"),
            case("Sak 14/25", "Årsregnskap og årsberetning 2024", "Vedtak", proposed=FS_14),
            case("Sak 15/25", "Fornyelse av ferjeflåten – kunngjøring av konkurranse", "Vedtak",
                 proposed=FS_15),
            case("Sak 16/25", "Redegjørelse etter åpenhetsloven for 2024", "Vedtak",
                 proposed=FS_16),
            case("Sak 17/25", "Administrerende direktørs orientering", "Orientering",
                 proposed=FS_17),
        ],
        None,
        percentages=[
            pct(6, "6 %", "økning i driftsinntekter fra 2023"),
            pct(99.2, "99,2 %", "regularitet i ferjedriften 2024"),
            pct(11, "11 prosent", "fall i drivstoffkostnader etter batteridrift"),
            pct(5.8, "5,8 %", "sykefravær første kvartal 2025"),
        ],
        deadlines=[
            ddl("innen 30. september 2025", "2025-09-30", "kontrakt om nye elektriske ferjer signeres"),
            ddl("i Q2 2028", "2028-06-30", "nye elektriske ferjer settes i drift"),
            ddl("innen 30. juni 2025", "2025-06-30", "redegjørelsen etter åpenhetsloven publiseres"),
            ddl("fra 15. juni 2025", "2025-06-15", "ny rutetabell"),
        ],
        organisations=["Nordre Revisjon AS", "Statens vegvesen"],
        suppliers=[sup("Nordre Revisjon AS", "revisor", "Revisor, Nordre Revisjon AS"),
                   sup(None, "verft", "To verft i Tyrkia og Polen")],
        risk_sectors=[], risk_issues=["wages"],
    ),
)


# ---------------------------------------------------------------------------
# 14. Solåsen kommune, ungdomsrådet 05.03.2025 — minutes (nb) where every case is a
#     two-column table: the labels ("Forslag til vedtak", "Behandling", "Vedtak") are cells
# ---------------------------------------------------------------------------

SO_CASES = [
    ("UR 06/25", "Godkjenning av innkalling og saksliste", "Godkjennes.",
     "Enstemmig.", "Innkalling og saksliste godkjennes."),
    ("UR 07/25", "Uttalelse om ny ruteplan for skolebussene",
     "Ungdomsrådet ber om at siste avgang fra Solåsen sentrum på fredager flyttes til kl. 23.00.",
     "Ungdomsrådet var enige om forslaget, men ønsket også en avgang på lørdager. Vedtatt "
     "enstemmig med tillegg.",
     "Ungdomsrådet ber om at siste avgang fra Solåsen sentrum på fredager flyttes til kl. 23.00, "
     "og at det settes opp en tilsvarende avgang på lørdager fra 1. august 2025."),
    ("UR 08/25", "Fordeling av ungdomsmidler 2025",
     "Ungdomsrådet fordeler 60 000 kroner til tiltak for ungdom etter søknad.",
     "Søknadsfristen var 15. februar. Rådet behandlet sju søknader. Vedtatt med 6 mot 1 stemme.",
     "Ungdomsrådet fordeler 60 000 kroner: 25 000 kroner til Solåsen ungdomsklubb, 20 000 "
     "kroner til Solåsen skateklubb og 15 000 kroner til UKM Solåsen. Midlene skal være brukt "
     "innen 31. desember 2025."),
]
SO_PRESENT = ["Emma Lindqvist", "Jonas Berge", "Sofie Tran", "Henrik Ødegaard", "Aisha Noor",
              "Mathias Lunde", "Ella Strøm"]

SOLASEN = Doc(
    doc_id="solasen-ungdomsrad-referat-2025-03",
    layout="portrait", font="sans",
    meta_title="Referat ungdomsrådet 5. mars 2025", meta_author="Solåsen kommune",
    header="Solåsen kommune – Ungdomsrådet", header_on_first_page=True,
    footer="{page} av {pages}", footer_align="right", subdir=V, max_pages=3,
    blocks=[
        Title("Referat", ["Ungdomsrådet, møte 3/2025", "Onsdag 5. mars 2025 kl. 17.00–19.00, "
                                                      "Ungdommens hus"]),
        Table([["Til stede", "Emma Lindqvist (leder), Jonas Berge (nestleder), Sofie Tran, "
                "Henrik Ødegaard, Aisha Noor, Mathias Lunde, Ella Strøm (vara)"],
               ["Forfall", "Oskar Bakken"],
               ["Sekretær", "Ungdomskoordinator Mari Fjeld"]],
              header_rows=0, ruled=False, lines="none", widths=[1.2, 5]),
        *[x for c, t, fv, b, v in SO_CASES for x in (
            Spacer(4),
            Table([["Sak", f"{c} {t}"], ["Forslag til vedtak", fv], ["Behandling", b],
                   ["Vedtak", v]],
                  header_rows=1, ruled=True, widths=[1.4, 5]))],
        P("Saker til neste møte meldes til sekretæren innen 26. mars 2025."),
    ],
    gold=council_gold(
        "Solåsen kommune", "nb",
        {"body": "Ungdomsrådet", "meeting": "3/2025", "date": "2025-03-05"},
        [case(c, t, proposed=fv, decision=v) for c, t, fv, _, v in SO_CASES],
        minutes("3/2025", "2025-03-05", "Emma Lindqvist", SO_PRESENT, ["Oskar Bakken"],
                [subst("Ella Strøm", None, None)],  # "(vara)", not said for whom
                [mcase(c, t, v, vote) for (c, t, _, _, v), vote in zip(
                    SO_CASES, ["Enstemmig.", "Vedtatt enstemmig med tillegg.",
                               "Vedtatt med 6 mot 1 stemme."])],
                also_present=["Mari Fjeld"]),
        deadlines=[
            ddl("fra 1. august 2025", "2025-08-01", "ny lørdagsavgang for skolebuss (vedtak)"),
            ddl("innen 31. desember 2025", "2025-12-31", "ungdomsmidlene brukt"),
            ddl("innen 26. mars 2025", "2025-03-26", "saker til neste møte meldes til sekretæren"),
        ],
        organisations=["Solåsen ungdomsklubb", "Solåsen skateklubb", "UKM Solåsen"],
    ),
)

DOCS = [EIKEFJORD, LINDEBERG, HELSE_NORDFJELL, HALLVIK, TANGVIK, VESTFJORD, FJORDLAND_UNI,
        SUNNFJELLA, BREKKOY, STRAUMSVIK, MYRVOLL, KYSTNORD, FJORDSAMBAND, SOLASEN]
