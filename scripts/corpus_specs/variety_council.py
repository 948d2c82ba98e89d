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


def subst(name: str, party: Optional[str], for_: str) -> dict:
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
        None,
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
                "sykefraværet i hjemmetjenesten i første møte etter 2. tertial 2025.")

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
            ddl("i første møte etter 2. tertial 2025", "2025-08-31",
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
        None,
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

DOCS = [EIKEFJORD, LINDEBERG, HELSE_NORDFJELL, HALLVIK]
