"""Transparency reports (redegjørelser etter åpenhetsloven). All organisations,
people and figures are invented."""

from .checklist_gold import CHECKLIST_GOLD
from .model import (Bullets, Doc, Footnote, Gold, Heading as H, PageBreak, Para as P, Table,
                    Title, Toc, ddl, pct, sup)

# ---------------------------------------------------------------------------
# 1. Skarvheim Energi AS, 2024 — nb, one column, cover + table of contents, footnotes
# ---------------------------------------------------------------------------

SKARVHEIM = Doc(
    doc_id="skarvheim-energi-apenhet-2024",
    layout="portrait", font="sans",
    meta_title="Redegjørelse etter åpenhetsloven 2024",
    meta_author="Skarvheim Energi AS",
    header="Skarvheim Energi AS – Redegjørelse etter åpenhetsloven 2024",
    header_on_first_page=False,
    footer="Side {page}", footer_align="right",
    blocks=[
        Title("Redegjørelse etter åpenhetsloven 2024",
              ["Skarvheim Energi AS", "Publisert 27. juni 2025"]),
        H(1, "Innhold", toc=False),
        Toc(),
        PageBreak(),
        H(1, "Om redegjørelsen", "1"),
        P("Denne redegjørelsen er utarbeidet etter lov om virksomheters åpenhet og arbeid med "
          "grunnleggende menneskerettigheter og anstendige arbeidsforhold (åpenhetsloven) § 5. "
          "Den gjelder regnskapsåret 2024 for Skarvheim Energi AS og datterselskapene Skarvheim "
          "Nett AS og Skarvheim Kraftproduksjon AS. Styret behandlet redegjørelsen i møte "
          "19. juni 2025."),
        H(1, "Om Skarvheim Energi", "2"),
        H(2, "Organisasjon og virksomhet", "2.1"),
        P("Skarvheim Energi AS ble stiftet 14. mars 1991 og har hovedkontor i Skarvheim. "
          "Konsernet produserer fornybar kraft fra elleve vannkraftverk og eier regionalnettet i "
          "Indre Skarvfjord. Ved utgangen av 2024 hadde konsernet 412 ansatte, og omsetningen var "
          "1 870 millioner kroner. Selskapet er eid av tre kommuner i regionen."),
        H(2, "Leverandørkjeden", "2.2"),
        P("I 2024 kjøpte konsernet varer og tjenester for 640 millioner kroner fra 1 236 "
          "leverandører og forretningspartnere. Om lag 85 % av innkjøpsvolumet gikk til "
          "leverandører med hovedkontor i Norge, men mange av dem leverer produkter som er "
          "produsert i andre land."),
        H(1, "Forankring og ansvar", "3"),
        P("Styret har det overordnede ansvaret for arbeidet med åpenhetsloven. Administrerende "
          "direktør har delegert det operative ansvaret til innkjøpssjefen, som rapporterer til "
          "konsernledelsen hvert kvartal. Arbeidet bygger på disse dokumentene:"),
        Bullets(["etiske retningslinjer for ansatte, sist revidert i 2023",
                 "leverandørerklæring om menneskerettigheter og anstendige arbeidsforhold",
                 "kontraktsvilkår om lønns- og arbeidsvilkår og rett til innsyn",
                 "varslingskanal som er åpen for ansatte, leverandører og andre"]),
        P("Skarvheim Energi er medlem av Etisk handel Norge og følger OECDs retningslinjer for "
          "flernasjonale selskaper og FNs veiledende prinsipper for næringsliv og "
          "menneskerettigheter."),
        H(1, "Aktsomhetsvurderinger", "4"),
        H(2, "Metode", "4.1"),
        P("Vi har kartlagt alle leverandører med en årlig omsetning over 100 000 kroner og "
          "vurdert risiko ut fra bransje, produksjonsland og type vare eller tjeneste. Som "
          "grunnlag bruker vi høyrisikolisten fra Direktoratet for forvaltning og "
          "økonomistyring (DFØ)¹ og landindekser fra Verdensbanken."),
        Footnote("¹ Høyrisikolisten er tilgjengelig på anskaffelser.no. Vi brukte versjonen som "
                 "ble publisert i januar 2024."),
        P("I 2024 sendte vi egenerklæringsskjema om menneskerettigheter og arbeidsforhold til "
          "214 leverandører. 171 svarte, noe som gir en svarprosent på 79,9 %. Det er "
          "12 prosentpoeng høyere enn året før."),
        H(2, "Resultat av kartleggingen", "4.2"),
        P("Kartleggingen viser at 38 leverandører har høy risiko for negative konsekvenser for "
          "menneskerettigheter eller anstendige arbeidsforhold. Vi gjennomførte fire "
          "leverandørrevisjoner i 2024, to av dem som uanmeldte besøk på byggeplass."),
        H(1, "Risikoområder og oppfølging", "5"),
        H(2, "Våre største risikoområder", "5.1"),
        P("Tabellen viser områdene vi vurderer som mest risikoutsatte, og hvilke forhold vi "
          "mener er mest alvorlige."),
        Table([["Område", "Viktigste risiko", "Risikonivå"],
               ["IKT-utstyr", "Tvangsarbeid og barnearbeid i utvinning av mineraler; "
                "konfliktmineraler", "Høy"],
               ["Bygg og anlegg", "Sosial dumping, brudd på lønns- og arbeidstidsregler, helse, "
                "miljø og sikkerhet", "Høy"],
               ["Arbeidstøy og verneutstyr", "Lønn under levelønn og lange arbeidsdager",
                "Middels"],
               ["Transport", "Brudd på kjøre- og hviletid og lav lønn for sjåfører", "Middels"]],
              widths=[1.4, 3.2, 1]),
        H(3, "IKT", "5.1.1"),
        P("IKT-utstyr som PC-er, mobiltelefoner og nettverksutstyr produseres i hovedsak i Asia. "
          "Risikoen gjelder særlig tvangsarbeid, ulovlig overtid og konfliktmineraler som tinn, "
          "tantal, wolfram og gull. Vi kjøper IKT-utstyr gjennom en rammeavtale som Vestlandets "
          "innkjøpssamarbeid har inngått², og følger opp vår leverandør av IKT-utstyr og "
          "-tjenester i kvartalsvise møter."),
        Footnote("² Rammeavtalen ble inngått 1. februar 2023."),
        H(3, "Bygg og anlegg", "5.1.2"),
        P("I 2024 hadde vi 17 pågående bygge- og anleggsprosjekter, blant annet rehabiliteringen "
          "av dammen ved Storevatn. Bransjen har høy risiko for sosial dumping og brudd på lønns- "
          "og arbeidsvilkår, særlig i lange kontraktskjeder. Vi tillater derfor høyst to ledd "
          "under hovedentreprenøren."),
        P("Ved en uanmeldt revisjon hos Fjellbygg Entreprenør AS i oktober 2024 fant vi at tre "
          "innleide arbeidere fra en underleverandør manglet gyldig HMS-kort, og at timelistene "
          "viste arbeidsdager på opptil 14 timer. Avvikene er lukket, og underleverandøren er "
          "tatt ut av prosjektet. Alle byggeprosjekter skal ha elektronisk mannskapsliste innen "
          "30.06.2025."),
        H(3, "Arbeidstøy og verneutstyr", "5.1.3"),
        P("Arbeidstøy og verneutstyr produseres ofte i land med lav lønn og svak rett til fri "
          "fagorganisering. Vår leverandør av arbeidstøy, Tekstilhuset Nord AS, har gitt oss en "
          "oversikt over fabrikkene som syr klærne våre. Én av fabrikkene betalte ikke lovfestet "
          "minstelønn og har fått pålegg om å rette dette. Leverandøren skal dokumentere at "
          "pålegget er fulgt opp i løpet av 2025."),
        H(3, "Transport", "5.1.4"),
        P("Materiell til kraftstasjonene fraktes av to regionale transportselskaper. Vi har ikke "
          "avdekket brudd, men vil gjennomføre en egen kontroll av kjøre- og hviletid høsten "
          "2025."),
        H(1, "Mål og planlagte tiltak", "6"),
        Bullets(["Svarprosenten på egenerklæringene skal være minst 90 % innen utgangen av 2025.",
                 "Alle leverandører med høy risiko skal ha signert leverandørerklæringen før "
                 "årsskiftet.",
                 "En ny rutine for risikovurdering før kunngjøring av anskaffelser tas i bruk i "
                 "3. kvartal 2025.",
                 "Klimagassutslippene fra innkjøp skal reduseres med 40 prosent innen 2030."]),
        P("Spørsmål om redegjørelsen kan sendes til apenhet@skarvheim.example. Skriftlige "
          "informasjonskrav besvares innen tre uker, jf. åpenhetsloven § 7."),
    ],
    gold=Gold(
        organisation="Skarvheim Energi AS",
        doc_type="transparency_report", language="nb", report_year=2024,
        published="2025-06-27",
        percentages=[
            pct(85, "85 %", "andel av innkjøpsvolumet til leverandører med hovedkontor i Norge"),
            pct(79.9, "79,9 %", "svarprosent på egenerklæringsskjema fra leverandører i 2024"),
            pct(12, "12 prosentpoeng", "økning i svarprosent på egenerklæringer fra året før"),
            pct(90, "90 %", "mål for svarprosent på egenerklæringene"),
            pct(40, "40 prosent", "mål for reduksjon i klimagassutslipp fra innkjøp"),
        ],
        deadlines=[
            ddl("innen 30.06.2025", "2025-06-30",
                "alle byggeprosjekter skal ha elektronisk mannskapsliste"),
            ddl("i løpet av 2025", "2025-12-31",
                "Tekstilhuset Nord AS dokumenterer at pålegget om minstelønn er fulgt opp"),
            ddl("høsten 2025", "2025-11-30",
                "egen kontroll av kjøre- og hviletid hos transportselskapene"),
            ddl("innen utgangen av 2025", "2025-12-31",
                "svarprosent på egenerklæringene minst 90 %"),
            ddl("før årsskiftet", "2025-12-31",
                "alle høyrisikoleverandører har signert leverandørerklæringen"),
            ddl("i 3. kvartal 2025", "2025-09-30",
                "ny rutine for risikovurdering før kunngjøring av anskaffelser tas i bruk"),
            ddl("innen 2030", "2030-12-31", "40 prosent lavere klimagassutslipp fra innkjøp"),
        ],
        organisations=["Skarvheim Nett AS", "Skarvheim Kraftproduksjon AS", "Etisk handel Norge",
                       "OECD", "FN", "Direktoratet for forvaltning og økonomistyring",
                       "Verdensbanken", "Vestlandets innkjøpssamarbeid",
                       "Fjellbygg Entreprenør AS", "Tekstilhuset Nord AS"],
        suppliers=[
            sup(None, "IKT-utstyr og -tjenester",
                "vår leverandør av IKT-utstyr og -tjenester"),
            sup("Fjellbygg Entreprenør AS", "bygg og anlegg (hovedentreprenør)",
                "Ved en uanmeldt revisjon hos Fjellbygg Entreprenør AS i oktober 2024"),
            sup(None, "innleide arbeidere (underleverandør i byggeprosjekt)",
                "tre innleide arbeidere fra en underleverandør"),
            sup("Tekstilhuset Nord AS", "arbeidstøy",
                "Vår leverandør av arbeidstøy, Tekstilhuset Nord AS"),
            sup(None, "transport av materiell",
                "Materiell til kraftstasjonene fraktes av to regionale transportselskaper."),
            sup(None, "transport av materiell",
                "Materiell til kraftstasjonene fraktes av to regionale transportselskaper."),
        ],
        risk_sectors=["ict_hardware", "construction", "textiles", "transport_logistics"],
        risk_issues=["forced_labour", "child_labour", "conflict_minerals", "working_hours",
                     "social_dumping", "wages", "health_safety", "freedom_of_association"],
        extra={"checklist": CHECKLIST_GOLD["skarvheim-energi-apenhet-2024"], "transparency_facts": {
            "business_partners_total": 1236,
            "business_partners_asked_esg": 214,
            "esg_response_rate": 79.9,
            "high_risk_suppliers": 38,
            "supplier_audits": 4,
            "violations_found": True,
            "employees": 412,
            "revenue_nok": 1870000000,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 2. Kvitfjell Helsedata SF, 2025 — nb, one column, no Author metadata
# ---------------------------------------------------------------------------

KVITFJELL = Doc(
    doc_id="kvitfjell-helsedata-apenhet-2025",
    layout="portrait", font="sans",
    meta_title="Redegjørelse etter åpenhetsloven 2025",
    meta_author="",
    header="Kvitfjell Helsedata SF – Redegjørelse etter åpenhetsloven 2025",
    header_on_first_page=False,
    footer="Side {page} av {pages}",
    blocks=[
        Title("Redegjørelse etter åpenhetsloven 2025", ["Kvitfjell Helsedata SF", "12. juni 2026"]),
        H(1, "Innhold", toc=False),
        Toc(max_level=2),
        PageBreak(),
        H(1, "Innledning", "1"),
        P("Kvitfjell Helsedata SF (heretter Kvitfjell) er et statsforetak eid av Helse- og "
          "omsorgsdepartementet. Vi drifter journalsystemer, meldingstjenester og nettverk for "
          "helse- og omsorgssektoren. Kvitfjell hadde 655 ansatte ved utgangen av 2025, og "
          "omsetningen var 1,4 milliarder kroner."),
        P("Redegjørelsen dekker perioden 1. januar–31. desember 2025 og ble godkjent av styret "
          "28. mai 2026."),
        H(1, "Organisering av arbeidet", "2"),
        H(2, "Ansvar og roller", "2.1"),
        P("Direktør for økonomi og innkjøp har det daglige ansvaret for aktsomhetsvurderingene. "
          "En arbeidsgruppe med representanter fra innkjøp, juridisk avdeling, HR og "
          "IKT-sikkerhet møtes hver måned og rapporterer til ledergruppen."),
        H(2, "Retningslinjer", "2.2"),
        P("Våre etiske retningslinjer for leverandører stiller blant annet krav om:"),
        Bullets(["lønn som minst tilsvarer lovfestet minstelønn eller allmenngjort tariff",
                 "arbeidstid i tråd med nasjonal lov og ILOs konvensjoner",
                 "rett til å organisere seg og forhandle kollektivt",
                 "forbud mot tvangsarbeid, barnearbeid og diskriminering"]),
        H(1, "Kartlegging og risikovurdering", "3"),
        P("Kvitfjell hadde 447 aktive leverandører og samarbeidspartnere i 2025. Av disse ble 96 "
          "vurdert som høyrisikoleverandører ut fra bransje og produksjonsland. Vi ba 120 "
          "leverandører svare på et spørreskjema om menneskerettigheter og arbeidsforhold, og "
          "103 svarte (85,8 %)."),
        H(1, "Våre største risikoområder", "4"),
        P("Risikovurderingen viser at de største risikoene i leverandørkjeden vår finnes innen "
          "disse områdene:"),
        H(2, "IKT", "4.1"),
        P("IKT-utstyr utgjør 45% av innkjøpsverdien vår. Servere, bærbare PC-er og "
          "nettverksutstyr produseres i stor grad i Kina, Vietnam og Malaysia, der det er høy "
          "risiko for tvangsarbeid, ufrivillig overtid og brudd på retten til fri "
          "fagorganisering. Vi kjøper også IKT-tjenester og konsulenttjenester, der risikoen "
          "særlig gjelder innleid arbeidskraft og lange arbeidsdager."),
        P("Vår største leverandør av servere, Nordic Datacenter Supply AS, er medlem av "
          "Responsible Business Alliance og reviderer fabrikkene sine jevnlig. Vi hadde to "
          "oppfølgingsmøter med leverandøren i 2025."),
        H(2, "Renhold", "4.2"),
        P("Renhold av lokalene våre i Tromsø og Bodø utføres av Renholdsfirmaet Glans AS. "
          "Renholdsbransjen har risiko for sosial dumping, lav lønn og ulovlig innleie. I 2025 "
          "kontrollerte vi lønnsslipper og timelister for ti av leverandørens ansatte. To "
          "ansatte hadde fått lavere lønn enn renholdsoverenskomsten krever. Avviket er rettet, "
          "og lønnen er etterbetalt."),
        H(2, "Tekstiler", "4.3"),
        P("Vi kjøper arbeidstøy til driftsteknikere og tekstiler til møterom og hvilerom. "
          "Tekstilindustrien har høy risiko for lav lønn, helseskadelig arbeidsmiljø og "
          "barnearbeid i bomullsproduksjonen. Vår leverandør av arbeidstøy har dokumentert "
          "sporbarhet helt tilbake til spinneriet for 70 prosent av produktene."),
        H(2, "Advokattjenester", "4.4"),
        P("Arbeidstilsynet har de siste årene avdekket omfattende brudd på arbeidstidsreglene i "
          "advokatbransjen. Vår leverandør av advokattjenester har bekreftet at de har innført "
          "nye rutiner for registrering av arbeidstid. Vi vil be om dokumentasjon på rutinene "
          "innen 1. oktober 2026."),
        H(2, "Medisinsk forbruksmateriell", "4.5"),
        P("Vi kjøper hansker, munnbind og desinfeksjonsmidler til driftssentrene våre. Hansker "
          "produseres ofte i Malaysia og Thailand, der migrantarbeidere kan ha betalt høye "
          "rekrutteringsgebyrer og bor i trange arbeiderboliger. Produktene kjøpes fra én "
          "grossist gjennom en felles avtale for helseforvaltningen."),
        H(1, "Tiltak og resultater", "5"),
        H(2, "Gjennomførte tiltak i 2025", "5.1"),
        Bullets(["Innført sosial risikovurdering i alle anskaffelser over 1,3 millioner kroner",
                 "Gjennomført e-læring om åpenhetsloven for 58 innkjøpere og ledere",
                 "Gjennomført to leverandørrevisjoner, hos Renholdsfirmaet Glans AS og hos vår "
                 "leverandør av arbeidstøy",
                 "Fulgt opp alle 96 høyrisikoleverandører med spørreskjema eller dialogmøte"]),
        H(2, "Avdekkede brudd", "5.2"),
        P("I 2025 avdekket vi brudd på lønnsvilkårene hos én leverandør (se punkt 4.2). Vi har "
          "ikke avdekket tvangsarbeid eller barnearbeid i leverandørkjeden vår."),
        H(2, "Planer for 2026", "5.3"),
        P("I 2026 skal vi:"),
        Bullets(["revidere de etiske retningslinjene for leverandører innen 30. september 2026",
                 "gjennomføre minst tre leverandørrevisjoner i første halvår 2026",
                 "øke svarprosenten på spørreskjemaet fra 85,8 % til 95 %",
                 "ta i bruk en ny leverandørportal for egenerklæringer i Q4 2026"]),
    ],
    gold=Gold(
        organisation="Kvitfjell Helsedata SF",
        doc_type="transparency_report", language="nb", report_year=2025,
        published="2026-06-12",
        percentages=[
            pct(85.8, "85,8 %", "svarprosent på spørreskjema til leverandører i 2025"),
            pct(45, "45%", "IKT-utstyrets andel av innkjøpsverdien"),
            pct(70, "70 prosent", "andel av arbeidstøyet med dokumentert sporbarhet til spinneriet"),
            pct(85.8, "85,8 %", "svarprosent på spørreskjemaet (utgangspunkt for mål i 2026)"),
            pct(95, "95 %", "mål for svarprosent på spørreskjemaet i 2026"),
        ],
        deadlines=[
            ddl("innen 1. oktober 2026", "2026-10-01",
                "leverandøren av advokattjenester dokumenterer nye rutiner for arbeidstid"),
            ddl("I 2026 skal vi", "2026-12-31",
                "planer for 2026, blant annet å øke svarprosenten på spørreskjemaet til 95 %"),
            ddl("innen 30. september 2026", "2026-09-30",
                "revidere de etiske retningslinjene for leverandører"),
            ddl("i første halvår 2026", "2026-06-30",
                "gjennomføre minst tre leverandørrevisjoner"),
            ddl("i Q4 2026", "2026-12-31", "ny leverandørportal for egenerklæringer tas i bruk"),
        ],
        organisations=["Helse- og omsorgsdepartementet", "ILO", "Nordic Datacenter Supply AS",
                       "Responsible Business Alliance", "Renholdsfirmaet Glans AS",
                       "Arbeidstilsynet"],
        suppliers=[
            sup("Nordic Datacenter Supply AS", "servere",
                "Vår største leverandør av servere, Nordic Datacenter Supply AS"),
            sup("Renholdsfirmaet Glans AS", "renhold",
                "Renhold av lokalene våre i Tromsø og Bodø utføres av Renholdsfirmaet Glans AS."),
            sup(None, "arbeidstøy", "Vår leverandør av arbeidstøy"),
            sup(None, "advokattjenester", "Vår leverandør av advokattjenester"),
            sup(None, "medisinsk forbruksmateriell (grossist)",
                "Produktene kjøpes fra én grossist"),
        ],
        risk_sectors=["ict_hardware", "ict_services", "cleaning", "textiles", "legal_services",
                      "medical_consumables"],
        risk_issues=["forced_labour", "working_hours", "freedom_of_association",
                     "social_dumping", "wages", "health_safety", "child_labour",
                     "migrant_workers", "housing"],
        extra={"checklist": CHECKLIST_GOLD["kvitfjell-helsedata-apenhet-2025"], "transparency_facts": {
            "business_partners_total": 447,
            "business_partners_asked_esg": 120,
            "esg_response_rate": 85.8,
            "high_risk_suppliers": 96,
            "supplier_audits": 2,
            "violations_found": True,
            "employees": 655,
            "revenue_nok": 1400000000,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 3. Nordavind Logistikk AS, 2024 — English, Helvetica, numbers without trailing dot
# ---------------------------------------------------------------------------

NORDAVIND = Doc(
    doc_id="nordavind-transparency-2024",
    layout="portrait", font="helvetica",
    meta_title="Transparency Act Statement 2024",
    meta_author="Nordavind Logistikk AS",
    header="Nordavind Logistikk AS | Transparency Act Statement 2024",
    footer="Page {page} of {pages}", footer_align="right",
    number_dot=False,
    blocks=[
        Title("Transparency Act Statement 2024",
              ["Nordavind Logistikk AS", "Drammen, 26 June 2025"]),
        P("This statement describes the due diligence carried out by Nordavind Logistikk AS in "
          "2024 under the Norwegian Transparency Act (åpenhetsloven).", "lead"),
        H(1, "About Nordavind Logistikk", "1"),
        P("Nordavind Logistikk AS is a third-party logistics company founded in 2006 and "
          "headquartered in Drammen. We operate eight warehouses in Norway and Sweden and had "
          "1,120 employees at the end of 2024. Revenue in 2024 was NOK 3.2 billion."),
        P("About 31 % of our warehouse staff are hired through staffing agencies, and 64% of our "
          "transport volume is carried by subcontracted hauliers."),
        H(1, "Governance", "2"),
        P("The Board of Directors approved this statement on 19 June 2025. The Chief Operating "
          "Officer is responsible for due diligence, supported by a sustainability manager and "
          "the procurement team. Our Supplier Code of Conduct is based on the ILO core "
          "conventions and the OECD Guidelines for Multinational Enterprises."),
        H(1, "Due diligence", "3"),
        H(2, "Mapping of suppliers", "3.1"),
        P("In 2024 we had 962 active suppliers and business partners. We sent a self-assessment "
          "questionnaire to 150 of them and received 117 responses, a response rate of 78 per "
          "cent. Based on sector and country risk, 41 suppliers were classified as high risk."),
        H(2, "Salient risks", "3.2"),
        P("We consider the following areas to carry the most salient risks to people:"),
        Bullets(["Road transport: long working hours, breaches of driving and rest time rules, "
                 "and social dumping among foreign drivers on cabotage assignments.",
                 "Temporary warehouse staff: recruitment fees paid by migrant workers and poor "
                 "housing provided by staffing agencies.",
                 "Fuel and energy: human rights and environmental harm linked to oil extraction "
                 "and biofuel production.",
                 "Uniforms and workwear: low wages and restrictions on freedom of association in "
                 "garment factories."]),
        H(2, "Findings", "3.3"),
        P("In September 2024 an unannounced inspection at our Drammen terminal, carried out "
          "together with the Norwegian Labour Inspection Authority, found that two drivers "
          "employed by a Lithuanian subcontractor had driven more than 60 hours in one week. The "
          "contract with the subcontractor was terminated."),
        P("We carried out six supplier audits in 2024, all at road haulage companies. Four audits "
          "resulted in corrective action plans. We found no evidence of forced labour or child "
          "labour in our supply chain."),
        H(1, "Planned measures", "4"),
        Bullets(["Introduce a driver hotline in Polish, Lithuanian and Romanian by the end of "
                 "Q3 2025.",
                 "Require all staffing agencies to confirm in writing that workers pay no "
                 "recruitment fees, no later than 31 December 2025.",
                 "Reach a questionnaire response rate of at least 90 per cent by the end of 2026.",
                 "Publish our next statement before 30 June 2026."]),
        P("Requests for information can be sent to transparency@nordavind.example. We answer "
          "written requests within three weeks."),
    ],
    gold=Gold(
        organisation="Nordavind Logistikk AS",
        doc_type="transparency_report", language="en", report_year=2024,
        published="2025-06-26",
        percentages=[
            pct(31, "31 %", "share of warehouse staff hired through staffing agencies"),
            pct(64, "64%", "share of transport volume carried by subcontracted hauliers"),
            pct(78, "78 per cent", "response rate to the supplier self-assessment questionnaire"),
            pct(90, "90 per cent", "target questionnaire response rate"),
        ],
        deadlines=[
            ddl("by the end of Q3 2025", "2025-09-30",
                "driver hotline in Polish, Lithuanian and Romanian"),
            ddl("no later than 31 December 2025", "2025-12-31",
                "staffing agencies confirm in writing that workers pay no recruitment fees"),
            ddl("by the end of 2026", "2026-12-31",
                "questionnaire response rate of at least 90 per cent"),
            ddl("before 30 June 2026", "2026-06-30", "publish the next Transparency Act statement"),
        ],
        organisations=["ILO", "OECD", "Norwegian Labour Inspection Authority"],
        suppliers=[
            sup(None, "staffing agencies", "hired through staffing agencies"),
            sup(None, "subcontracted hauliers", "carried by subcontracted hauliers"),
            sup(None, "road haulage (Lithuanian subcontractor)",
                "two drivers employed by a Lithuanian subcontractor"),
        ],
        risk_sectors=["transport_logistics", "energy", "textiles"],
        risk_issues=["working_hours", "social_dumping", "migrant_workers", "housing",
                     "environment", "wages", "freedom_of_association"],
        extra={"checklist": CHECKLIST_GOLD["nordavind-transparency-2024"], "transparency_facts": {
            "business_partners_total": 962,
            "business_partners_asked_esg": 150,
            "esg_response_rate": 78.0,
            "high_risk_suppliers": 41,
            "supplier_audits": 6,
            "violations_found": True,
            "employees": 1120,
            "revenue_nok": 3200000000,
        }},
    ),
)

# ---------------------------------------------------------------------------
# 4. Sunnfjord Møbelverk AS, 2024 — Nynorsk, serif, no Author metadata
# ---------------------------------------------------------------------------

SUNNFJORD = Doc(
    doc_id="sunnfjord-mobelverk-openheit-2024",
    layout="portrait", font="serif",
    meta_title="Utgreiing etter openheitslova 2024",
    meta_author="",
    header="Sunnfjord Møbelverk AS – Utgreiing etter openheitslova 2024",
    footer="{page}", footer_align="right",
    blocks=[
        Title("Utgreiing etter openheitslova 2024",
              ["Sunnfjord Møbelverk AS", "Førde, 20. juni 2025"]),
        H(1, "Om verksemda", "1"),
        P("Sunnfjord Møbelverk AS vart skipa i 1962 og produserer stolar, bord og skrivepultar "
          "til skular, kontor og helseinstitusjonar. Ved utgangen av 2024 hadde verksemda 138 "
          "tilsette, og omsetnaden var 296 millionar kroner."),
        P("Vi handla frå 214 leverandørar og forretningspartnarar i 2024. Dei fleste er norske, "
          "men om lag 40 % av innkjøpsverdien gjeld råvarer og komponentar frå utlandet."),
        H(1, "Korleis vi arbeider med aktsemdsvurderingar", "2"),
        P("Dagleg leiar har ansvaret for arbeidet, og styret handsamar risikovurderinga kvart "
          "år. Vi følgjer rettleiinga frå Forbrukartilsynet og modellen til OECD for "
          "aktsemdsvurderingar."),
        P("I 2024 sende vi eigenerklæring til 52 leverandørar, og 44 svarte. Det gjev ein "
          "svarprosent på 84,6 prosent."),
        H(1, "Risikoområde", "3"),
        P("Vi har vurdert risikoen ut frå kva vi kjøper, og kvar varene blir produserte. Desse "
          "områda har høgast risiko:"),
        H(2, "Tre og treprodukt", "3.1"),
        P("Heiltre og finér kjem frå Noreg, Sverige og Baltikum. Det er risiko for ulovleg hogst "
          "og høg skaderisiko for skogsarbeidarar i nokre delar av Baltikum. Vi kjøper òg "
          "ferdige stolskal og bordplater frå ein underleverandør i Litauen. Vi krev FSC- eller "
          "PEFC-sertifisert trevirke i alle nye kontraktar."),
        H(2, "Møbelstoff og skumplast", "3.2"),
        P("Møbelstoff og skumplast blir kjøpte frå leverandørar i Polen og Tyrkia. I "
          "tekstilproduksjonen i Tyrkia er det kjend risiko for barnearbeid og for løn under "
          "minsteløn. Leverandøren vår av møbelstoff har fått gjennomført ein tredjepartsrevisjon "
          "av fabrikken sin."),
        H(2, "Metall og beslag", "3.3"),
        P("Stålrøyr og beslag kjem mellom anna frå Kina. Her er risikoen særleg knytt til "
          "tvangsarbeid og lange arbeidsdagar."),
        H(2, "Transport", "3.4"),
        P("Ferdige møblar blir køyrde ut av Fjordfrakt Transport AS. Vi har bede transportøren "
          "om dokumentasjon på løn og arbeidstid for sjåførane."),
        H(1, "Resultat", "4"),
        P("Vi har ikkje avdekt brot på grunnleggjande menneskerettar eller anstendige "
          "arbeidsforhold hos leverandørane våre i 2024."),
        H(1, "Tiltak framover", "5"),
        Bullets(["Alle nye leverandørar skal signere dei etiske retningslinjene våre før første "
                 "ordre.",
                 "Vi skal gjennomføre ein revisjon hos leverandøren av stålrøyr innan 31. mars "
                 "2026.",
                 "Svarprosenten på eigenerklæringane skal aukast til 95 prosent innan utgangen "
                 "av 2025.",
                 "Ny risikovurdering av alle råvareleverandørar blir lagd fram for styret hausten "
                 "2025."]),
    ],
    gold=Gold(
        organisation="Sunnfjord Møbelverk AS",
        doc_type="transparency_report", language="nn", report_year=2024,
        published="2025-06-20",
        percentages=[
            pct(40, "40 %", "del av innkjøpsverdien som gjeld råvarer og komponentar frå utlandet"),
            pct(84.6, "84,6 prosent", "svarprosent på eigenerklæringar frå leverandørar i 2024"),
            pct(95, "95 prosent", "mål for svarprosent på eigenerklæringane"),
        ],
        deadlines=[
            ddl("innan 31. mars 2026", "2026-03-31", "revisjon hos leverandøren av stålrøyr"),
            ddl("innan utgangen av 2025", "2025-12-31",
                "svarprosenten på eigenerklæringane aukast til 95 prosent"),
            ddl("hausten 2025", "2025-11-30",
                "ny risikovurdering av alle råvareleverandørar leggjast fram for styret"),
        ],
        organisations=["Forbrukartilsynet", "OECD", "FSC", "PEFC", "Fjordfrakt Transport AS"],
        suppliers=[
            sup(None, "stolskal og bordplater (underleverandør i Litauen)",
                "ein underleverandør i Litauen"),
            sup(None, "møbelstoff", "Leverandøren vår av møbelstoff"),
            sup("Fjordfrakt Transport AS", "transport av ferdige møblar",
                "Ferdige møblar blir køyrde ut av Fjordfrakt Transport AS."),
            sup(None, "stålrøyr", "leverandøren av stålrøyr"),
        ],
        risk_sectors=["furniture", "textiles", "transport_logistics"],
        risk_issues=["environment", "health_safety", "child_labour", "wages", "forced_labour",
                     "working_hours"],
        extra={"checklist": CHECKLIST_GOLD["sunnfjord-mobelverk-openheit-2024"], "transparency_facts": {
            "business_partners_total": 214,
            "business_partners_asked_esg": 52,
            "esg_response_rate": 84.6,
            "high_risk_suppliers": None,
            "supplier_audits": None,
            "violations_found": False,
            "employees": 138,
            "revenue_nok": 296000000,
        }},
    ),
)

DOCS = [SKARVHEIM, KVITFJELL, NORDAVIND, SUNNFJORD]
