"""Variety corpus: action plans with measure status, written as municipalities,
health trusts and companies write them: tables with other columns than the sample
corpus (`Tiltak | Ansvar | Frist | Status`, `Nr | Tiltak | Eier | Tidsplan | Status`),
lists per area, a long table that breaks over pages and repeats its header; status
as words in nb/nn/en, as symbols and as a share done. All organisations, people
and figures are invented; real public bodies are only named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .model import (Bullets, Doc, Footnote, Gold, Heading as H, PageBreak, Para as P, Row,
                    Spacer, Table, Title, ddl, pct, sup)

V = "variety"
DONE, ONGOING, TODO = "completed", "in_progress", "not_started"


@dataclass
class PM:
    """One planned measure as printed: `shown` is the status cell as the plan prints it,
    `status` the gold code; `due` the ISO end of the deadline (None for 'løpende')."""
    area: str
    nr: str
    title: str
    owner: str
    when: str  # the deadline cell as printed
    due: Optional[str]
    status: str
    shown: str
    priority: Optional[int] = None


def measures_gold(ms: list[PM]) -> dict:
    areas: list[str] = []
    for m in ms:
        if m.area not in areas:
            areas.append(m.area)
    counts = {}
    for a in areas:
        c = {DONE: 0, ONGOING: 0, TODO: 0}
        for m in ms:
            if m.area == a:
                c[m.status] += 1
        counts[a] = c
    return {"measures": [{"area": m.area, "title": m.title, "priority": m.priority,
                          "status": m.status, "due": m.due} for m in ms],
            "status_counts": counts}


def plan_gold(org: str, lang: str, published: str, ms: list[PM], percentages=(), deadlines=(),
              organisations=(), suppliers=(), risk_sectors=(), risk_issues=()) -> Gold:
    return Gold(organisation=org, doc_type="action_plan", language=lang, report_year=None,
                published=published, percentages=list(percentages),
                deadlines=list(deadlines), organisations=list(organisations),
                suppliers=list(suppliers), risk_sectors=list(risk_sectors),
                risk_issues=list(risk_issues), extra=measures_gold(ms))


# ---------------------------------------------------------------------------
# 1. Kvamsøy kommune — handlingsplan mot vald i nære relasjonar (nn), one table per area
#    "Tiltak | Ansvar | Frist | Status", nn status words, tertial and season deadlines
# ---------------------------------------------------------------------------

K1 = "Kunnskap og kompetanse"
K2 = "Førebygging og tidleg innsats"
K3 = "Hjelp og oppfølging"

KVAMSOY_MS = [
    PM(K1, "1.1", "Opplæring i rettleiaren «Snakke med barn» for tilsette i barnehage og skule",
       "Kommunalsjef oppvekst", "1. tertial 2025", "2025-04-30", DONE, "Fullført"),
    PM(K1, "1.2", "Temadag om vald og overgrep for leiarar i helse og omsorg",
       "Kommunalsjef helse", "haust 2025", "2025-11-30", TODO, "Ikkje påbyrja"),
    PM(K1, "1.3", "E-læringskurs om vald i nære relasjonar for alle tilsette i NAV Kvamsøy",
       "Leiar NAV", "2. tertial 2025", "2025-08-31", ONGOING, "Starta"),
    PM(K2, "2.1", "Foreldrerettleiing (ICDP) i alle barnehagar", "Barnehagesjef",
       "løpande", None, ONGOING, "Starta"),
    PM(K2, "2.2", "Rutine for å spørje om vald i svangerskapsomsorga", "Leiande helsesjukepleiar",
       "1. tertial 2025", "2025-04-30", DONE, "Fullført"),
    PM(K2, "2.3", "Undervisningsopplegg om kropp, grenser og seksualitet på 1.–10. trinn",
       "Rektorane", "våren 2026", "2026-05-31", TODO, "Utsett"),
    PM(K3, "3.1", "Fast kontaktperson for utsette familiar i barnevernet", "Barnevernleiar",
       "2. tertial 2025", "2025-08-31", ONGOING, "Starta"),
    PM(K3, "3.2", "Avtale med Vest krisesenter IKS om oppfølging etter opphald",
       "Kommunalsjef helse", "3. tertial 2024", "2024-12-31", DONE, "Fullført"),
    PM(K3, "3.3", "Tverrfagleg samarbeidsteam (SLT) med eige spor for vald i nære relasjonar",
       "Kommunedirektøren", "innan utgangen av 2027", "2027-12-31", TODO, "Ikkje påbyrja"),
]


def _area_table(ms: list[PM], area: str, font_size=None) -> Table:
    rows = [["Nr", "Tiltak", "Ansvar", "Frist", "Status"]]
    rows += [[m.nr, m.title, m.owner, m.when, m.shown] for m in ms if m.area == area]
    return Table(rows, ruled=True, widths=[0.5, 4, 1.9, 1.4, 1.2], font_size=font_size)


KVAMSOY = Doc(
    doc_id="kvamsoy-vald-handlingsplan-status-2025",
    layout="portrait", font="serif",
    meta_title="Handlingsplan mot vald i nære relasjonar – status", meta_author="Kvamsøy kommune",
    header="Kvamsøy kommune · Handlingsplan mot vald i nære relasjonar 2024–2027",
    header_on_first_page=False, footer="Status per 30.04.2025 – side {page}",
    footer_align="left", number_dot=False, subdir=V, max_pages=3,
    blocks=[
        Title("Handlingsplan mot vald i nære relasjonar 2024–2027",
              ["Kvamsøy kommune", "Statusrapport per 30. april 2025"]),
        H(1, "Innleiing", "1"),
        P("Kommunestyret vedtok handlingsplanen 14. mars 2024 (sak 019/24). Planen har ni tiltak "
          "fordelte på tre innsatsområde. Denne rapporten viser status per 30. april 2025 og "
          "vert lagd fram for Utval for helse og oppvekst i juni."),
        P("Status vert oppgitt som Fullført, Starta, Ikkje påbyrja eller Utsett. Tiltak med "
          "frist «løpande» er faste oppgåver utan sluttdato."),
        H(1, "Status per innsatsområde", "2"),
        H(2, K1, "2.1"),
        _area_table(KVAMSOY_MS, K1),
        H(2, K2, "2.2"),
        _area_table(KVAMSOY_MS, K2),
        P("Tiltak 2.3 er utsett fordi ny læreplan i helse- og livsmeistring vert innført "
          "trinnvis. Rektorane har fått ny frist våren 2026."),
        H(2, K3, "2.3"),
        _area_table(KVAMSOY_MS, K3),
        H(1, "Vidare arbeid", "3"),
        P("Om lag 33 prosent av tiltaka er fullførte, og ingen tiltak har fått auka kostnader. "
          "Planen skal rullerast innan utgangen av 2027, i samarbeid med Statsforvaltaren i "
          "Vestland og RVTS Vest."),
    ],
    gold=plan_gold(
        "Kvamsøy kommune", "nn", "2025-04-30", KVAMSOY_MS,
        percentages=[pct(33, "33 prosent", "andel tiltak som er fullførte (om lag)")],
        deadlines=[
            ddl("haust 2025", "2025-11-30", "temadag om vald og overgrep for leiarar (tiltak 1.2)"),
            ddl("2. tertial 2025", "2025-08-31", "e-læringskurs for tilsette i NAV (tiltak 1.3)"),
            ddl("våren 2026", "2026-05-31", "undervisningsopplegg 1.–10. trinn (tiltak 2.3)"),
            ddl("2. tertial 2025", "2025-08-31", "fast kontaktperson i barnevernet (tiltak 3.1)"),
            ddl("innan utgangen av 2027", "2027-12-31",
                "tverrfagleg samarbeidsteam med spor for vald (tiltak 3.3)"),
            ddl("i juni", "2025-06-30", "statusrapporten vert lagd fram for Utval for helse og oppvekst"),
            ddl("ny frist våren 2026", "2026-05-31", "rektorane sin nye frist for tiltak 2.3"),
            ddl("innan utgangen av 2027", "2027-12-31", "planen skal rullerast"),
        ],
        organisations=["NAV Kvamsøy", "Vest krisesenter IKS", "Statsforvaltaren i Vestland",
                       "RVTS Vest"],
        suppliers=[sup("Vest krisesenter IKS", "oppfølging etter krisesenteropphald",
                       "Avtale med Vest krisesenter IKS om oppfølging etter opphald")],
    ),
)

# ---------------------------------------------------------------------------
# 2. Sykehuset Østfjord HF — tiltaksplan informasjonssikkerhet (nb): one long table
#    "Nr | Tiltak | Eier | Tidsplan | Status" over two pages, repeated header, area rows
#    spanning the table, status as ●/◑/○ with a legend
# ---------------------------------------------------------------------------

S1 = "A. Styring og ledelse"
S2 = "B. Tilgangsstyring"
S3 = "C. Leverandører og databehandlere"
S4 = "D. Beredskap og hendelseshåndtering"
GLYPH = {DONE: "●", ONGOING: "◑", TODO: "○"}

OSTFJORD_MS = [
    PM(S1, "A1", "Oppdatere styringssystem for informasjonssikkerhet etter Normen versjon 7",
       "Sikkerhetssjef", "3. kvartal 2024", "2024-09-30", DONE, "●"),
    PM(S1, "A2", "Årlig ledelsens gjennomgang med rapport til styret", "Administrerende direktør",
       "Q4 hvert år", None, ONGOING, "◑"),
    PM(S1, "A3", "Risikovurdering av alle kliniske fagsystemer med personopplysninger",
       "Systemeiere", "Q2 2026", "2026-06-30", ONGOING, "◑"),
    PM(S1, "A4", "Obligatorisk e-læring i informasjonssikkerhet for alle ansatte, med "
       "oppfølging av ledere der gjennomføringen er lav", "HR-direktør", "Q4 2025", "2025-12-31",
       ONGOING, "◑"),
    PM(S2, "B1", "Automatisk fjerning av tilganger ved avsluttet arbeidsforhold",
       "IKT-sjef", "2. kvartal 2025", "2025-06-30", DONE, "●"),
    PM(S2, "B2", "Logganalyse av oppslag i pasientjournal (snoking) med månedlige stikkprøver",
       "Personvernombud", "Q3 2025", "2025-09-30", ONGOING, "◑"),
    PM(S2, "B3", "Tofaktorautentisering for all fjerntilgang, også for innleid personell",
       "IKT-sjef", "1. kvartal 2025", "2025-03-31", DONE, "●"),
    PM(S2, "B4", "Rollebasert tilgang i ny kurve- og medikasjonsløsning", "Klinikksjef medisin",
       "Q1 2026", "2026-03-31", TODO, "○"),
    PM(S3, "C1", "Gjennomgang av alle databehandleravtaler mot ny mal fra Helse Sør-Øst RHF",
       "Innkjøpssjef", "Q4 2025", "2025-12-31", ONGOING, "◑"),
    PM(S3, "C2", "Revisjon av driftsleverandøren Sykehuspartner HF sine sikkerhetstiltak",
       "Sikkerhetssjef", "Q2 2026", "2026-06-30", TODO, "○"),
    PM(S3, "C3", "Krav om lagring innenfor EØS i alle nye skytjenesteavtaler",
       "Innkjøpssjef", "løpende", None, ONGOING, "◑"),
    PM(S4, "D1", "Øvelse i løsepengevirus-angrep med kliniske enheter", "Beredskapsleder",
       "4. kvartal 2024", "2024-12-31", DONE, "●"),
    PM(S4, "D2", "Reserveløsning for røntgen ved bortfall av nett", "Klinikksjef diagnostikk",
       "Q1 2026", "2026-03-31", TODO, "○"),
    PM(S4, "D3", "Rutine for varsling av avvik til Datatilsynet innen 72 timer",
       "Personvernombud", "Q3 2025", "2025-09-30", ONGOING, "◑"),
]


def _long_table(ms: list[PM]) -> Table:
    rows = [["Nr", "Tiltak", "Eier", "Tidsplan", "Status"]]
    spans = []
    area = None
    for m in ms:
        if m.area != area:
            area = m.area
            spans.append(((0, len(rows)), (-1, len(rows))))
            rows.append([f"**{area}**", "", "", "", ""])
        rows.append([m.nr, m.title, m.owner, m.when, m.shown])
    return Table(rows, ruled=True, widths=[0.5, 4.0, 1.8, 1.3, 0.9], spans=spans, font_size=9.5)


OSTFJORD = Doc(
    doc_id="ostfjord-informasjonssikkerhet-tiltaksplan-2025",
    layout="portrait", font="sans",
    meta_title="Tiltaksplan informasjonssikkerhet og personvern – status juni 2025",
    meta_author="Sykehuset Østfjord HF",
    header="Sykehuset Østfjord HF – Tiltaksplan informasjonssikkerhet og personvern 2024–2026",
    footer="Side {page} av {pages}", footer_align="center", subdir=V, max_pages=3,
    blocks=[
        H(1, "Tiltaksplan for informasjonssikkerhet og personvern – status per 1. juni 2025"),
        P("Tiltaksplanen ble vedtatt av direktørens ledergruppe i februar 2024 etter "
          "internrevisjonen av tilgangsstyring. Planen følges opp kvartalsvis i "
          "informasjonssikkerhetsutvalget og rapporteres til styret to ganger i året."),
        P("Status: ● gjennomført   ◑ pågår   ○ ikke startet", "small"),
        P("Planen omfatter fire områder: styring og ledelse, tilgangsstyring, leverandører og "
          "databehandlere samt beredskap og hendelseshåndtering. Hvert tiltak har en eier i "
          "linjen, og eier melder status til sikkerhetssjefen før hvert kvartalsmøte. "
          "Tidsplanen er justert etter at ny kurve- og medikasjonsløsning ble forsinket."),
        _long_table(OSTFJORD_MS),
        Footnote("Tidsplan angir kvartalet tiltaket skal være gjennomført. «Løpende» betyr at "
                 "tiltaket er en fast oppgave."),
        H(2, "Kommentarer til status"),
        P("Gjennomføringen av e-læringen var 71 % ved utgangen av mai, mot målet på 90 %. "
          "Tiltak B4 og D2 er ikke startet fordi ny kurveløsning er forsinket. Neste "
          "statusrapport legges fram for styret i desember 2025."),
    ],
    gold=plan_gold(
        "Sykehuset Østfjord HF", "nb", "2025-06-01", OSTFJORD_MS,
        percentages=[pct(71, "71 %", "gjennomføring av e-læring i informasjonssikkerhet per mai"),
                     pct(90, "90 %", "mål for gjennomføring av e-læring")],
        deadlines=[
            ddl("Q2 2026", "2026-06-30", "risikovurdering av kliniske fagsystemer (A3)"),
            ddl("Q4 2025", "2025-12-31", "obligatorisk e-læring i informasjonssikkerhet (A4)"),
            ddl("Q3 2025", "2025-09-30", "logganalyse av journaloppslag (B2)"),
            ddl("Q1 2026", "2026-03-31", "rollebasert tilgang i kurveløsning (B4)"),
            ddl("Q4 2025", "2025-12-31", "gjennomgang av databehandleravtaler (C1)"),
            ddl("Q2 2026", "2026-06-30", "revisjon av Sykehuspartner HF (C2)"),
            ddl("Q1 2026", "2026-03-31", "reserveløsning for røntgen (D2)"),
            ddl("Q3 2025", "2025-09-30", "rutine for avviksvarsling til Datatilsynet (D3)"),
            ddl("i desember 2025", "2025-12-31", "neste statusrapport legges fram for styret"),
        ],
        organisations=["Helse Sør-Øst RHF", "Sykehuspartner HF", "Datatilsynet"],
        suppliers=[sup("Sykehuspartner HF", "IKT-drift", "driftsleverandøren Sykehuspartner HF"),
                   sup(None, "skytjenester", "alle nye skytjenesteavtaler")],
    ),
)


# ---------------------------------------------------------------------------
# 3. Nordhav Seafood AS — sustainability action plan progress (en): lists per area,
#    status words (Completed, In progress, Not started, Planned), ✓ marks, "60% complete"
# ---------------------------------------------------------------------------

N1 = "People and working conditions"
N2 = "Responsible sourcing"
N3 = "Climate and environment"

NORDHAV_MS = [
    PM(N1, "", "Living wage assessment for all production staff", "HR Director", "Q3 2024",
       "2024-09-30", DONE, "✓ Completed"),
    PM(N1, "", "Ethical recruitment checks of staffing agencies supplying seasonal workers",
       "Head of Operations", "Q3 2025", "2025-09-30", ONGOING, "In progress (60% complete)"),
    PM(N1, "", "Worker dialogue meetings in Polish and Lithuanian at the Vikna plant",
       "Plant Manager", "ongoing", None, ONGOING, "In progress"),
    PM(N1, "", "Grievance channel open to workers of contractors", "Compliance Officer",
       "H1 2026", "2026-06-30", TODO, "Planned"),
    PM(N2, "", "Supplier Code of Conduct signed by all direct suppliers", "Head of Procurement",
       "Q4 2024", "2024-12-31", DONE, "✓ Completed"),
    PM(N2, "", "Traceability of soy in fish feed to farm level", "Head of Procurement",
       "by the end of 2026", "2026-12-31", ONGOING, "In progress"),
    PM(N2, "", "Third-party audit of the net supplier in Türkiye", "Compliance Officer",
       "spring 2026", "2026-05-31", TODO, "Not started"),
    PM(N3, "", "Shore power at all sites with service vessels", "Technical Director",
       "Q2 2024", "2024-06-30", DONE, "✓ Completed"),
    PM(N3, "", "Reduce feed-related emissions per kg salmon by 25%", "Head of Procurement",
       "2025–2030", "2030-12-31", ONGOING, "In progress"),
    PM(N3, "", "Recycling scheme for used nets and ropes", "Technical Director", "Q1 2026",
       "2026-03-31", TODO, "Not started"),
]


def _bullet(m: PM) -> str:
    return f"**{m.title}** – Owner: {m.owner}. Deadline: {m.when}. Status: {m.shown}"


NORDHAV = Doc(
    doc_id="nordhav-seafood-action-plan-progress-2025",
    layout="portrait", font="sans",
    meta_title="Sustainability action plan – progress January 2025",
    meta_author="Sustainability team",
    header=None, footer="Nordhav Seafood AS | Action plan progress report | {page}",
    footer_align="left", subdir=V, max_pages=2,
    blocks=[
        Title("Sustainability action plan 2024–2026", ["Progress report, January 2025",
                                                      "Nordhav Seafood AS"]),
        P("This report shows the status of the ten measures in our action plan for human rights, "
          "decent work and the environment. The plan follows up the risks identified in our due "
          "diligence under the Norwegian Transparency Act: forced labour and poor working "
          "conditions in the soy supply chain for fish feed, and recruitment fees paid by "
          "migrant workers hired through staffing agencies for our processing plants."),
        P("✓ marks measures that are completed. Measures marked Planned or Not started have not "
          "begun.", "small"),
        H(1, N1),
        Bullets([_bullet(m) for m in NORDHAV_MS if m.area == N1], glyph="–"),
        H(1, N2),
        Bullets([_bullet(m) for m in NORDHAV_MS if m.area == N2], glyph="–"),
        P("Our main feed supplier, Havfôr AS, has mapped 70 per cent of its soy volumes to "
          "certified farms."),
        H(1, N3),
        Bullets([_bullet(m) for m in NORDHAV_MS if m.area == N3], glyph="–"),
        H(1, "Next steps"),
        P("The board will review an updated action plan for 2027–2029 by 30 November 2026. "
          "The next progress report will be published in Q3 2025."),
    ],
    gold=plan_gold(
        "Nordhav Seafood AS", "en", None, NORDHAV_MS,
        percentages=[pct(60, "60%", "completion of ethical recruitment checks of staffing agencies"),
                     pct(25, "25%", "target reduction of feed-related emissions per kg salmon"),
                     pct(70, "70 per cent", "share of Havfôr AS soy volumes mapped to certified farms")],
        deadlines=[
            ddl("Q3 2025", "2025-09-30", "ethical recruitment checks of staffing agencies"),
            ddl("H1 2026", "2026-06-30", "grievance channel open to contractors' workers"),
            ddl("by the end of 2026", "2026-12-31", "traceability of soy in fish feed to farm level"),
            ddl("spring 2026", "2026-05-31", "third-party audit of the net supplier in Türkiye"),
            ddl("2025–2030", "2030-12-31", "25% reduction of feed-related emissions per kg salmon"),
            ddl("Q1 2026", "2026-03-31", "recycling scheme for used nets and ropes"),
            ddl("by 30 November 2026", "2026-11-30",
                "board reviews updated action plan for 2027–2029"),
            ddl("in Q3 2025", "2025-09-30", "next progress report published"),
        ],
        organisations=["Havfôr AS"],
        suppliers=[sup(None, "staffing agencies (seasonal workers)", "staffing agencies"),
                   sup("Havfôr AS", "fish feed", "Our main feed supplier, Havfôr AS"),
                   sup(None, "nets", "the net supplier in Türkiye")],
        risk_issues=["forced_labour", "migrant_workers"],
    ),
)

# ---------------------------------------------------------------------------
# 4. Ringvoll kommune — klimahandlingsplan, rapportering 2024 (nb, landscape): tables with
#    no ruling lines, status as a share done ("80 % gjennomført") or words
# ---------------------------------------------------------------------------

R1 = "Transport"
R2 = "Bygg og energi"
R3 = "Innkjøp og forbruk"
R4 = "Landbruk og arealbruk"

RINGVOLL_MS = [
    PM(R1, "T1", "Elektrifisering av kommunale personbiler", "Eiendom og drift",
       "innen utgangen av 2027", "2027-12-31", ONGOING, "80 % gjennomført"),
    PM(R1, "T2", "Ladepunkter ved alle kommunale arbeidsplasser", "Eiendom og drift", "2024",
       "2024-12-31", DONE, "Ferdig (100 %)"),
    PM(R1, "T3", "Pendlerparkering og sykkelparkering ved Ringvoll stasjon", "Plan og miljø",
       "2025–2026", "2026-12-31", ONGOING, "Igangsatt"),
    PM(R2, "B1", "Energimerking og energiplan for alle kommunale bygg", "Eiendom og drift",
       "høsten 2025", "2025-11-30", ONGOING, "Under arbeid – 50 %"),
    PM(R2, "B2", "Fjerne fossil fyringsolje som reserve i sykehjemmet", "Eiendom og drift",
       "2024", "2024-12-31", DONE, "Ferdig"),
    PM(R2, "B3", "Solceller på taket av Ringvoll ungdomsskole", "Eiendom og drift", "Q2 2026",
       "2026-06-30", TODO, "Planlagt"),
    PM(R3, "I1", "Klimakrav med minst 30 % vekt i alle bygg- og anleggskontrakter",
       "Innkjøpsenheten", "løpende", None, ONGOING, "Under arbeid"),
    PM(R3, "I2", "Ombruksbutikk for kontormøbler og IKT-utstyr", "Innkjøpsenheten", "2026",
       "2026-12-31", TODO, "Ikke startet (0 %)"),
    PM(R3, "I3", "Redusere matsvinn i kommunale kjøkken", "Helse og omsorg", "innen 2026",
       "2026-12-31", ONGOING, "40 % gjennomført"),
    PM(R4, "L1", "Veileder for klimavennlig jordbruk sammen med Ringvoll bondelag",
       "Landbrukskontoret", "våren 2025", "2025-05-31", ONGOING, "Igangsatt"),
    PM(R4, "L2", "Tilbakeføre 40 dekar myr til LNF-formål i kommuneplanen", "Plan og miljø",
       "2026", "2026-12-31", TODO, "Ikke startet"),
]


def _plain_table(ms: list[PM], area: str) -> Table:
    rows = [["Nr", "Tiltak", "Ansvarlig", "Frist", "Gjennomføring"]]
    rows += [[m.nr, m.title, m.owner, m.when, m.shown] for m in ms if m.area == area]
    return Table(rows, ruled=False, lines="none", widths=[0.45, 4.6, 1.8, 1.8, 1.9])


RINGVOLL = Doc(
    doc_id="ringvoll-klimahandlingsplan-rapport-2024",
    layout="landscape", font="helvetica",
    meta_title="", meta_author="",
    header="Ringvoll kommune – Klimahandlingsplan 2023–2026", header_on_first_page=True,
    footer="Rapportering for 2024 · side {page} av {pages}", footer_align="right",
    subdir=V, max_pages=3,
    blocks=[
        H(1, "Rapportering på klimahandlingsplanen for 2024"),
        P("Klimahandlingsplanen 2023–2026 har 11 tiltak i fire innsatsområder. Tabellene viser "
          "hvor langt hvert tiltak var kommet ved utgangen av 2024. Der enhetene har anslått hvor "
          "stor del av tiltaket som er gjennomført, er dette oppgitt i prosent. De direkte "
          "utslippene fra kommunens egen drift var 12 prosent lavere i 2024 enn i 2022."),
        H(2, R1),
        _plain_table(RINGVOLL_MS, R1),
        H(2, R2),
        _plain_table(RINGVOLL_MS, R2),
        PageBreak(),
        H(2, R3),
        _plain_table(RINGVOLL_MS, R3),
        H(2, R4),
        _plain_table(RINGVOLL_MS, R4),
        P("Kommunestyret skal behandle revidert klimahandlingsplan innen 1. desember 2026.",
          "body"),
    ],
    gold=plan_gold(
        "Ringvoll kommune", "nb", None, RINGVOLL_MS,
        percentages=[
            pct(12, "12 prosent", "lavere direkte utslipp fra egen drift i 2024 enn i 2022"),
            pct(80, "80 %", "gjennomført: elektrifisering av kommunale personbiler"),
            pct(100, "100 %", "gjennomført: ladepunkter ved kommunale arbeidsplasser"),
            pct(50, "50 %", "gjennomført: energimerking og energiplan for kommunale bygg"),
            pct(30, "30 %", "minste vekt på klimakrav i bygg- og anleggskontrakter"),
            pct(0, "0 %", "gjennomført: ombruksbutikk"),
            pct(40, "40 %", "gjennomført: redusere matsvinn i kommunale kjøkken"),
        ],
        deadlines=[
            ddl("innen utgangen av 2027", "2027-12-31", "elektrifisering av kommunale personbiler"),
            ddl("2025–2026", "2026-12-31", "pendler- og sykkelparkering ved Ringvoll stasjon"),
            ddl("høsten 2025", "2025-11-30", "energimerking og energiplan for kommunale bygg"),
            ddl("Q2 2026", "2026-06-30", "solceller på Ringvoll ungdomsskole"),
            ddl("2026", "2026-12-31", "ombruksbutikk for kontormøbler og IKT-utstyr"),
            ddl("innen 2026", "2026-12-31", "redusere matsvinn i kommunale kjøkken"),
            ddl("våren 2025", "2025-05-31", "veileder for klimavennlig jordbruk"),
            ddl("2026", "2026-12-31", "tilbakeføre 40 dekar myr til LNF-formål"),
            ddl("innen 1. desember 2026", "2026-12-01",
                "kommunestyret behandler revidert klimahandlingsplan"),
        ],
        organisations=["Ringvoll bondelag"],
    ),
)


# ---------------------------------------------------------------------------
# 5. Tindvik kommune — handlingsplan for universell utforming (nb): exactly
#    "Tiltak | Ansvar | Frist | Status" with a priority word column; Gjennomført /
#    Pågår / Utsatt / Ikke startet; colours described in the text; plan dated early
#    2024, so "3. kvartal 2024" lies ahead
# ---------------------------------------------------------------------------

U1 = "Bygg og uteområder"
U2 = "Digitale tjenester"
U3 = "Informasjon og medvirkning"
PRI = {1: "Høy", 2: "Middels", 3: "Lav"}

TINDVIK_MS = [
    PM(U1, "", "Automatiske døråpnere ved hovedinngangen til rådhuset", "Eiendomsavdelingen",
       "januar 2024", "2024-01-31", DONE, "Gjennomført", 1),
    PM(U1, "", "Ledelinjer og kontrastmerking i Tindvik kulturhus", "Eiendomsavdelingen",
       "3. kvartal 2024", "2024-09-30", ONGOING, "Pågår", 1),
    PM(U1, "", "HC-parkering og trinnfri adkomst til badeplassen på Sandvika",
       "Park og idrett", "2. tertial 2024", "2024-08-31", TODO, "Utsatt", 2),
    PM(U1, "", "Teleslynge i alle møterom i rådhuset", "IT og servicetorg", "Q4 2024",
       "2024-12-31", TODO, "Ikke startet", 3),
    PM(U2, "", "WCAG-gjennomgang av kommunens nettsider", "Kommunikasjonsenheten",
       "februar 2024", "2024-02-29", DONE, "Gjennomført", 1),
    PM(U2, "", "Universelt utformede skjemaer i innbyggerportalen", "IT og servicetorg",
       "innen 31.12.2025", "2025-12-31", ONGOING, "Pågår", 1),
    PM(U2, "", "Opplæring av saksbehandlere i klarspråk", "Personalavdelingen", "løpende",
       None, ONGOING, "Pågår", 2),
    PM(U3, "", "Universell utforming som fast sak i rådsmøtene", "Politisk sekretariat", "løpende", None, DONE,
       "Gjennomført", 2),
    PM(U3, "", "Informasjonsfilm med tegnspråk og teksting", "Kommunikasjonsenheten",
       "våren 2025", "2025-05-31", TODO, "Ikke startet", 3),
]


def _pri_table(ms: list[PM], area: str) -> Table:
    rows = [["Tiltak", "Ansvar", "Frist", "Prioritet", "Status"]]
    rows += [[m.title, m.owner, m.when, PRI[m.priority], m.shown] for m in ms if m.area == area]
    return Table(rows, ruled=False, lines="header_bottom", widths=[4.6, 2.0, 1.4, 0.9, 1.2],
                 font_size=9)


TINDVIK = Doc(
    doc_id="tindvik-universell-utforming-handlingsplan-2024",
    layout="landscape", font="serif",
    meta_title="Handlingsplan universell utforming 2024-2025",
    meta_author="Tindvik kommune",
    header=None, footer="Tindvik kommune · Handlingsplan for universell utforming · {page}",
    footer_align="center", subdir=V, max_pages=3,
    blocks=[
        Title("Handlingsplan for universell utforming 2024–2025",
              ["Tindvik kommune", "Oppdatert 15. mars 2024"]),
        H(1, "Om planen"),
        P("Planen følger opp kommuneplanens mål om et samfunn der alle kan delta. Tiltakene er "
          "prioritert som høy, middels eller lav. I den digitale versjonen av planen er "
          "gjennomførte tiltak markert med grønt, tiltak som pågår med gult, og tiltak som er "
          "utsatt eller ikke startet med rødt."),
        P("Rådet for personer med funksjonsnedsettelse har gitt innspill til planen, og Norges "
          "Blindeforbund og Hørselshemmedes Landsforbund har deltatt i befaringer."),
        H(1, U1),
        _pri_table(TINDVIK_MS, U1),
        P("Tiltaket ved badeplassen er utsatt fordi reguleringsplanen for Sandvika må endres. "
          "Ny frist settes når planen er vedtatt."),
        H(1, U2),
        _pri_table(TINDVIK_MS, U2),
        P("Gjennomgangen av nettsidene viste at 68 % av sidene oppfylte kravene i "
          "forskriften. Målet er 100 % innen utgangen av 2025."),
        H(1, U3),
        _pri_table(TINDVIK_MS, U3),
        H(1, "Oppfølging"),
        P("Planen rulleres i 2. tertial 2025, og status rapporteres i årsmeldingen."),
    ],
    gold=plan_gold(
        "Tindvik kommune", "nb", "2024-03-15", TINDVIK_MS,
        percentages=[pct(68, "68 %", "nettsider som oppfylte kravene i forskriften"),
                     pct(100, "100 %", "mål for nettsider som oppfyller kravene")],
        deadlines=[
            ddl("3. kvartal 2024", "2024-09-30", "ledelinjer og kontrastmerking i kulturhuset"),
            ddl("2. tertial 2024", "2024-08-31",
                "HC-parkering og trinnfri adkomst til badeplassen (utsatt)"),
            ddl("Q4 2024", "2024-12-31", "teleslynge i alle møterom i rådhuset"),
            ddl("innen 31.12.2025", "2025-12-31", "universelt utformede skjemaer i innbyggerportalen"),
            ddl("våren 2025", "2025-05-31", "informasjonsfilm med tegnspråk og teksting"),
            ddl("innen utgangen av 2025", "2025-12-31", "alle nettsider oppfyller kravene"),
            ddl("i 2. tertial 2025", "2025-08-31", "planen rulleres"),
        ],
        organisations=["Norges Blindeforbund", "Hørselshemmedes Landsforbund"],
    ),
)

DOCS = [KVAMSOY, OSTFJORD, NORDHAV, RINGVOLL, TINDVIK]
