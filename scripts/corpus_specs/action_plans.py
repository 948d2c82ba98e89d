"""Action plans with measure status (landscape slides). The measure rows are
hand-written data: the renderer prints them as ruled tables with ●/◑/○ glyphs,
and the gold `measures` / `status_counts` are taken from the same rows.
All organisations, people and figures are invented."""

from .model import (Bullets, Doc, Footnote, Gold, Heading as H, Measure as M, MeasureTable,
                    PageBreak, Para as P, Row, StatusCounts, StatusOverviewTable, ddl, pct,
                    status_counts, sup)

DONE, ONGOING, TODO = "completed", "in_progress", "not_started"

# ---------------------------------------------------------------------------
# 10. Nordkyst Innkjøpssamarbeid IKS — handlingsplan for samfunnsansvar, status 14.03.2025
# ---------------------------------------------------------------------------

A = "Anskaffelsesprosess og kontraktsvilkår"
B = "Leverandøroppfølging"
C = "Klima og miljø"

NORDKYST_MEASURES = [
    M(A, "Standard kontraktsvilkår om lønns- og arbeidsvilkår i alle tjenestekontrakter", 1,
      "Like krav til alle leverandører; færre brudd på lønnsvilkår",
      "Tatt inn i alle nye kontrakter fra 1. januar 2024", DONE),
    M(A, "Vekting av pris og kvalitet (50-50%) i tjenesteanskaffelser", 1,
      "Bedre balanse mellom pris og kvalitet",
      "Innført som hovedregel; avvik begrunnes skriftlig", DONE),
    M(A, "Risikovurdering av menneskerettigheter før kunngjøring", 1,
      "Tidlig identifisering av høyrisikoanskaffelser",
      "Mal prøves ut i fire anskaffelser; ferdigstilles Q4 2025", ONGOING),
    M(A, "Felles kravbibliotek for IKT-utstyr og -tjenester", 2,
      "Enklere og mer like krav; økt effektivitet",
      "Utkast sendt på høring til medlemskommunene", ONGOING),
    M(A, "Markedsdialog med leverandørene minst hvert 2. år", 3,
      "Bedre kjennskap til leverandørmarkedet", "Ikke påbegynt", TODO),

    M(B, "Årlig egenerklæring fra alle leverandører i høyrisikokategorier", 1,
      "Oversikt over risiko i leverandørkjeden",
      "Svarprosent 81 % i 2024; mål 95 % innen 2026", ONGOING),
    M(B, "Kontraktsoppfølging av renholdsleverandører med stikkprøver", 1,
      "Færre brudd på renholdsoverenskomsten",
      "Stikkprøver hos tre leverandører i 2024; ett avvik lukket", DONE),
    M(B, "Revisjon av produksjonssted for arbeidstøy", 2,
      "Dokumentert etterlevelse av ILO-konvensjonene",
      "Planlagt gjennomført 3. kvartal 2025 sammen med Etisk handel Norge", TODO),
    M(B, "Opplæring av kontraktsforvaltere i åpenhetsloven", 2,
      "Bedre oppfølging i avtaleperioden",
      "12 av 20 kontraktsforvaltere har gjennomført e-læring", ONGOING),
    M(B, "Felles rutine for håndtering av avvik og brudd hos leverandører", 2,
      "Lik håndtering i alle medlemskommunene",
      "Ikke startet; avventer ny veileder fra DFØ", TODO),
    M(B, "Sporbarhet for medisinsk forbruksmateriell", 3,
      "Kunnskap om produksjonsland for hansker og engangsutstyr",
      "Avventer nasjonal avtale", TODO),

    M(C, "Klimakrav i alle transportanskaffelser", 1, "Lavere utslipp fra transport",
      "Krav om nullutslippskjøretøy stilt i to anskaffelser i 2024", DONE),
    M(C, "Redusere matsvinn i kantinene med 50 %", 2, "Lavere kostnader og utslipp",
      "Målt reduksjon på 18 % siden 2022", ONGOING),
    M(C, "Øke andelen miljømerkede kontorrekvisita til 75%", 2,
      "Mindre bruk av helse- og miljøskadelige stoffer", "Andelen var 62% i 2024", ONGOING),
    M(C, "Sirkulære møbler: ombruk før nykjøp", 3, "Lavere kostnader og mindre avfall",
      "Pilot planlagt høsten 2025", TODO),
    M(C, "Klimaregnskap for innkjøp", 3, "Grunnlag for å prioritere tiltak",
      "Skal leveres innen 31. desember 2025", TODO),
]


def _area_overview(area: str, goals: list[str], measures: list[M]) -> list:
    return [H(2, area),
            Row([[Bullets(goals)], [StatusCounts(status_counts(measures, area))]],
                widths=[3, 1.2])]


NORDKYST = Doc(
    doc_id="nordkyst-innkjop-handlingsplan-2025",
    layout="landscape", font="sans",
    meta_title="Handlingsplan for samfunnsansvar i innkjøp – status 14.03.2025",
    meta_author="Nordkyst Innkjøpssamarbeid IKS",
    header="Nordkyst Innkjøpssamarbeid IKS – Handlingsplan for samfunnsansvar i innkjøp "
           "2024–2026",
    footer="14.03.2025 · {page}", footer_align="right",
    measures=NORDKYST_MEASURES,
    blocks=[
        H(1, "Overordnet status for handlingsplanen"),
        *_area_overview(A, ["Standardisere krav og kontraktsvilkår",
                            "Vurdere risiko for brudd på menneskerettigheter før kunngjøring",
                            "Stimulere til økt konkurranse"], NORDKYST_MEASURES),
        *_area_overview(B, ["Høy risiko for brudd på lønns- og arbeidsvilkår innen renhold og "
                            "bygg og anlegg",
                            "Systematisk oppfølging av leverandører i høyrisikokategorier",
                            "Lik håndtering av avvik i alle medlemskommunene"],
                        NORDKYST_MEASURES),
        *_area_overview(C, ["Redusere klima- og miljøbelastningen fra innkjøp",
                            "Mer ombruk og sirkulære løsninger"], NORDKYST_MEASURES),
        PageBreak(),
        H(1, f"{A} – tiltak og status"),
        MeasureTable([m for m in NORDKYST_MEASURES if m.area == A]),
        Footnote("Pri: 1 = høy, 2 = middels, 3 = lav prioritet. Status: ● Fullført, ◑ Pågår, "
                 "○ Ikke startet."),
        PageBreak(),
        H(1, f"{B} – tiltak og status"),
        MeasureTable([m for m in NORDKYST_MEASURES if m.area == B]),
        PageBreak(),
        H(1, f"{C} – tiltak og status"),
        MeasureTable([m for m in NORDKYST_MEASURES if m.area == C]),
        H(2, "Neste steg"),
        Bullets(["Neste statusrapport legges frem for styret i Q4 2025.",
                 "Revidert handlingsplan for 2027–2029 skal vedtas innen 25. september 2026."]),
    ],
    gold=Gold(
        organisation="Nordkyst Innkjøpssamarbeid IKS",
        doc_type="action_plan", language="nb", report_year=None, published="2025-03-14",
        percentages=[
            pct(50, "50-50%", "vekting av pris i tjenesteanskaffelser (pris-kvalitet 50-50)"),
            pct(50, "50-50%", "vekting av kvalitet i tjenesteanskaffelser (pris-kvalitet 50-50)"),
            pct(81, "81 %", "svarprosent på egenerklæringer fra leverandører i 2024"),
            pct(95, "95 %", "mål for svarprosent på egenerklæringer innen 2026"),
            pct(50, "50 %", "mål for reduksjon av matsvinn i kantinene"),
            pct(18, "18 %", "målt reduksjon i matsvinn siden 2022"),
            pct(75, "75%", "mål for andel miljømerkede kontorrekvisita"),
            pct(62, "62%", "andel miljømerkede kontorrekvisita i 2024"),
        ],
        deadlines=[
            ddl("Q4 2025", "2025-12-31",
                "mal for risikovurdering av menneskerettigheter før kunngjøring ferdigstilles"),
            ddl("innen 2026", "2026-12-31", "svarprosent 95 % på egenerklæringer"),
            ddl("3. kvartal 2025", "2025-09-30",
                "revisjon av produksjonssted for arbeidstøy sammen med Etisk handel Norge"),
            ddl("høsten 2025", "2025-11-30", "pilot for ombruk av møbler"),
            ddl("innen 31. desember 2025", "2025-12-31", "klimaregnskap for innkjøp leveres"),
            ddl("i Q4 2025", "2025-12-31", "neste statusrapport legges frem for styret"),
            ddl("innen 25. september 2026", "2026-09-25",
                "revidert handlingsplan for 2027–2029 vedtas"),
        ],
        organisations=["ILO", "Etisk handel Norge", "DFØ"],
        suppliers=[
            sup(None, "renhold", "Stikkprøver hos tre leverandører i 2024"),
            sup(None, "renhold", "Stikkprøver hos tre leverandører i 2024"),
            sup(None, "renhold", "Stikkprøver hos tre leverandører i 2024"),
            sup(None, "arbeidstøy", "Revisjon av produksjonssted for arbeidstøy"),
        ],
        risk_sectors=["cleaning", "construction"],
        risk_issues=["wages", "working_hours", "environment"],
    ),
)

# ---------------------------------------------------------------------------
# 11. Solvik kommune — likestilling og mangfold, status 30.09.2024 (no PDF metadata)
# ---------------------------------------------------------------------------

R = "Rekruttering og heltid"
L = "Lønn og arbeidsvilkår"
T = "Trakassering og inkludering"

SOLVIK_MEASURES = [
    M(R, "Anonymiserte søknader i første utvelgelse", 1,
      "Mindre risiko for diskriminering på grunn av navn og alder",
      "Innført i alle enheter fra april 2024", DONE),
    M(R, "Heltidsstillinger i alle utlysninger i helse og omsorg", 1,
      "Færre ufrivillig deltidsansatte",
      "Andelen utlyste heltidsstillinger har økt fra 41 % til 63 %", ONGOING),
    M(R, "Traineeordning for ansatte med innvandrerbakgrunn", 2,
      "Flere ansatte med minoritetsbakgrunn i faglige stillinger",
      "Første kull starter høsten 2025", TODO),
    M(R, "Samarbeid med Nav om språkpraksis", 3, "Flere i arbeid",
      "Avtale signert; seks deltakere", DONE),

    M(L, "Årlig lønnskartlegging per stillingsgruppe og kjønn", 1,
      "Avdekke ubegrunnede lønnsforskjeller",
      "Kartleggingen for 2024 viser at kvinner tjener 96,3 % av menns lønn", DONE),
    M(L, "Likelønnspott i lokale forhandlinger", 1,
      "Lønnsgapet reduseres med 1 prosentpoeng per år",
      "Avsatt i forhandlingene; effekten måles i Q4 2024", ONGOING),
    M(L, "Livsfasepolitikk for seniorer og småbarnsforeldre", 2,
      "Bedre balanse mellom jobb og familie",
      "Utkast drøftes med Fagforbundet og Utdanningsforbundet", ONGOING),
    M(L, "Tilrettelegging for ammefri og omsorgspermisjon i turnus", 3,
      "Flere menn tar ut permisjon", "Ikke påbegynt", TODO),

    M(T, "Ny rutine for varsling om trakassering", 1, "Tryggere arbeidsmiljø",
      "Vedtatt i administrasjonsutvalget 12. juni 2024", DONE),
    M(T, "Opplæring av alle ledere i inkluderende ledelse", 1,
      "Bedre håndtering av konflikter og trakassering",
      "54 av 88 ledere har gjennomført; resten innen 31.12.2024", ONGOING),
    M(T, "Universell utforming av intranett og fagsystemer", 2,
      "Likeverdig tilgang for ansatte med funksjonsnedsettelse",
      "Kartleggingen skal være ferdig i løpet av 2025", ONGOING),
    M(T, "Medarbeiderundersøkelse med spørsmål om diskriminering", 2,
      "Kunnskap om omfanget av diskriminering",
      "Forrige undersøkelse viste at ni prosent har opplevd diskriminering; ny undersøkelse "
      "gjennomføres første halvår 2025", TODO),
]

SOLVIK = Doc(
    doc_id="solvik-kommune-likestilling-handlingsplan-2024",
    layout="landscape", font="condensed",
    meta_title="", meta_author="",
    header="Handlingsplan for likestilling, mangfold og inkludering – statusrapport",
    footer="Status per 30. september 2024 · side {page}", footer_align="left",
    measures=SOLVIK_MEASURES,
    blocks=[
        H(1, "Handlingsplan for likestilling, mangfold og inkludering 2024–2025"),
        P("Solvik kommune vedtok handlingsplanen i kommunestyret 8. februar 2024. Planen har 12 "
          "tiltak fordelt på tre innsatsområder. Denne statusrapporten viser hvor langt vi var "
          "kommet per 30. september 2024."),
        H(2, "Status per innsatsområde"),
        StatusOverviewTable([(a, status_counts(SOLVIK_MEASURES, a)) for a in (R, L, T)]),
        P("Prioritet: 1 = høy, 2 = middels, 3 = lav.", "small"),
        PageBreak(),
        H(1, f"{R} – tiltak og status"),
        MeasureTable([m for m in SOLVIK_MEASURES if m.area == R]),
        PageBreak(),
        H(1, f"{L} – tiltak og status"),
        MeasureTable([m for m in SOLVIK_MEASURES if m.area == L]),
        PageBreak(),
        H(1, f"{T} – tiltak og status"),
        MeasureTable([m for m in SOLVIK_MEASURES if m.area == T]),
    ],
    gold=Gold(
        organisation="Solvik kommune",
        doc_type="action_plan", language="nb", report_year=None, published="2024-09-30",
        percentages=[
            pct(41, "41 %", "andel utlyste heltidsstillinger i helse og omsorg, før"),
            pct(63, "63 %", "andel utlyste heltidsstillinger i helse og omsorg, nå"),
            pct(96.3, "96,3 %", "kvinners lønn som andel av menns lønn (lønnskartlegging 2024)"),
            pct(1, "1 prosentpoeng", "mål for årlig reduksjon av lønnsgapet"),
            pct(9, "ni prosent", "ansatte som har opplevd diskriminering (forrige undersøkelse)"),
        ],
        deadlines=[
            ddl("høsten 2025", "2025-11-30", "første kull i traineeordningen starter"),
            ddl("i Q4 2024", "2024-12-31", "effekten av likelønnspotten måles"),
            ddl("innen 31.12.2024", "2024-12-31",
                "resten av lederne gjennomfører opplæring i inkluderende ledelse"),
            ddl("i løpet av 2025", "2025-12-31",
                "kartlegging av universell utforming av intranett og fagsystemer ferdig"),
            ddl("første halvår 2025", "2025-06-30",
                "ny medarbeiderundersøkelse med spørsmål om diskriminering"),
        ],
        organisations=["Nav", "Fagforbundet", "Utdanningsforbundet"],
        suppliers=[],
        risk_sectors=[],
        risk_issues=["discrimination_harassment"],
    ),
)

DOCS = [NORDKYST, SOLVIK]
