"""Variety corpus: transparency reports (åpenhetsloven) from many kinds of organisations,
written the way each kind of author writes them. A separate evaluation set: written from
the genre descriptions, not from the extraction rules. All organisations, people and
figures are invented; real public bodies are only named."""

from .model import (Bullets, Doc, Footnote, Gold, Heading as H, KeyValue, PageBreak, Para as P,
                    Row, Spacer, Table, Title, Toc, ck, ddl, pct, sup)

V = "variety"

# ---------------------------------------------------------------------------
# T1. Fjordlys Dagligvare AS, 2023 — nb, grocery chain, stand-alone, ruled key-figure table,
#     board signature block, e-mail for information requests, law-definition trap
# ---------------------------------------------------------------------------

FJORDLYS_2023 = Doc(
    doc_id="fjordlys-dagligvare-apenhet-2023", subdir=V,
    layout="portrait", font="sans",
    meta_title="Redegjørelse åpenhetsloven 2023",
    meta_author="Bærekraftsavdelingen",
    header="Fjordlys Dagligvare AS", header_on_first_page=False,
    footer="{page}", footer_align="right",
    blocks=[
        Title("Redegjørelse for aktsomhetsvurderinger 2023",
              ["Fjordlys Dagligvare AS", "Etter åpenhetsloven § 5"]),
        H(1, "Innledning", "1"),
        P("Fjordlys Dagligvare AS er omfattet av lov om virksomheters åpenhet og arbeid med "
          "grunnleggende menneskerettigheter og anstendige arbeidsforhold (åpenhetsloven), som "
          "trådte i kraft 1. juli 2022. Med anstendige arbeidsforhold menes arbeid som ivaretar "
          "grunnleggende menneskerettigheter og helse, miljø og sikkerhet i arbeidet, og som gir "
          "en lønn det er mulig å leve av. Redegjørelsen omfatter kalenderåret 2023."),
        H(1, "Om Fjordlys", "2"),
        P("Fjordlys er en regional dagligvarekjede med 64 butikker på Vestlandet og i Trøndelag. "
          "Selskapet er heleid av Fjordlys Holding AS og har sentrallager i Åsane. Ved utgangen av "
          "2023 hadde vi om lag 2 100 ansatte, og omsetningen endte på 6,2 milliarder kroner."),
        Table([["Nøkkeltall 2023", ""],
               ["Butikker", "64"],
               ["Ansatte (ca.)", "2 100"],
               ["Omsetning", "6,2 mrd. kr"],
               ["Leverandører med kjøp i 2023", "1 430"],
               ["– herav i land med høy risiko", "210"]],
              widths=[3, 1.4], align_right_from=1),
        H(1, "Retningslinjer og ansvarsfordeling", "3"),
        P("Styret har det overordnede ansvaret, mens innkjøpsdirektøren leder det daglige "
          "arbeidet. Våre etiske retningslinjer for leverandører stiller krav til lønn, arbeidstid, "
          "organisasjonsfrihet og helse og sikkerhet, og er en del av alle nye "
          "leverandøravtaler. Retningslinjene ble sist oppdatert i september 2023. Fjordlys er "
          "medlem av Etisk handel Norge, og vi bruker høyrisikolisten til Direktoratet for "
          "forvaltning og økonomistyring når vi vurderer varekategorier."),
        H(1, "Kartlegging av leverandørkjeden", "4"),
        P("I 2023 hadde Fjordlys handel med 1 430 leverandører av varer for videresalg og "
          "driftsvarer, hvorav 210 er lokalisert i land med høy risiko. Vi har prioritert "
          "leverandører av egne merkevarer og leverandører i kategorier med kjent høy risiko."),
        P("Vi ba 180 leverandører med høy eller middels risiko om å fylle ut et "
          "egenerklæringsskjema. 115 av dem svarte, en svarprosent på 64 prosent. I tillegg "
          "gjennomførte vi tre revisjoner sammen med et uavhengig revisjonsbyrå, alle hos "
          "produsenter av frukt og grønt i Sør-Spania."),
        H(1, "Vesentlige risikoer og funn", "5"),
        P("Vi vurderer følgende områder som de mest utsatte i vår verdikjede:"),
        Bullets(["Frukt og grønt fra Sør-Europa: migrantarbeidere med lav lønn, lange dager og "
                 "dårlige boforhold.",
                 "Kaffe og kakao: risiko for barnearbeid på små gårder i Vest-Afrika og "
                 "Mellom-Amerika.",
                 "Reker og annen sjømat fra Sørøst-Asia: risiko for tvangsarbeid på fiskefartøy."]),
        P("Ved én av revisjonene, hos Huerta del Sol S.L. i Almería, fant vi at sesongarbeidere "
          "bodde i overfylte brakker og at overtid ikke var utbetalt. Leverandøren har fått en "
          "korrigerende handlingsplan med frister. Oppfølgingen pågår, og vi vil rapportere om "
          "resultatet i neste års redegjørelse."),
        H(1, "Tiltak fremover", "6"),
        Bullets(["Innen utgangen av 2024 skal alle leverandører av egne merkevarer ha besvart "
                 "egenerklæringen.",
                 "Vi skal gjennomføre en oppfølgingsrevisjon hos Huerta del Sol S.L. i første "
                 "kvartal 2024.",
                 "Innkjøperne får opplæring i aktsomhetsvurderinger høsten 2024."]),
        H(1, "Spørsmål og informasjonskrav", "7"),
        P("Alle har rett til å be om informasjon om hvordan vi håndterer faktiske og potensielle "
          "negative konsekvenser. Informasjonskrav sendes skriftlig til apenhet@fjordlys.example."),
        Spacer(14),
        P("Bergen, 24. juni 2024", "label"),
        P("Styret i Fjordlys Dagligvare AS"),
        Row([[P("Marit Solheim Aas"), P("styreleder", "small")],
             [P("Jon Erik Fosse"), P("styremedlem", "small")],
             [P("Hilde Vang"), P("styremedlem", "small")],
             [P("Arne Bø"), P("daglig leder", "small")]]),
    ],
    gold=Gold(
        organisation="Fjordlys Dagligvare AS",
        doc_type="transparency_report", language="nb", report_year=2023,
        published="2024-06-24",
        percentages=[pct(64, "64 prosent", "svarprosent på egenerklæringsskjema fra leverandører")],
        deadlines=[
            ddl("Innen utgangen av 2024", "2024-12-31",
                "alle leverandører av egne merkevarer har besvart egenerklæringen"),
            ddl("i første kvartal 2024", "2024-03-31", "oppfølgingsrevisjon hos Huerta del Sol S.L."),
            ddl("høsten 2024", "2024-11-30", "opplæring av innkjøpere i aktsomhetsvurderinger"),
        ],
        organisations=["Fjordlys Holding AS", "Etisk handel Norge",
                       "Direktoratet for forvaltning og økonomistyring", "Huerta del Sol S.L."],
        suppliers=[
            sup("Huerta del Sol S.L.", "frukt og grønt",
                "Ved én av revisjonene, hos Huerta del Sol S.L. i Almería"),
            sup(None, "frukt og grønt",
                "alle hos produsenter av frukt og grønt i Sør-Spania"),
        ],
        risk_sectors=["food"],
        risk_issues=["migrant_workers", "wages", "working_hours", "housing", "child_labour",
                     "forced_labour"],
        extra={
            "transparency_facts": {
                "business_partners_total": 1430,
                "business_partners_asked_esg": 180,
                "esg_response_rate": 64.0,
                "high_risk_suppliers": 210,
                "supplier_audits": 3,
                "violations_found": True,
                "employees": 2100,
                "revenue_nok": 6200000000,
                "stores": 64,
                "esg_responses": 115,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Fjordlys er en regional dagligvarekjede med 64 butikker på Vestlandet og i "
                   "Trøndelag. Selskapet er heleid av Fjordlys Holding AS"),
                ck("guidelines_described", "present",
                   "Våre etiske retningslinjer for leverandører stiller krav til lønn, arbeidstid, "
                   "organisasjonsfrihet og helse og sikkerhet"),
                ck("adverse_impacts_or_risks_reported", "present",
                   "fant vi at sesongarbeidere bodde i overfylte brakker og at overtid ikke var "
                   "utbetalt"),
                ck("measures_reported", "present",
                   "Leverandøren har fått en korrigerende handlingsplan med frister."),
                ck("results_reported", "absent", None,
                   "The follow-up is ongoing; the result is promised for next year's report."),
                ck("signed_by_board", "present",
                   "Bergen, 24. juni 2024 … Styret i Fjordlys Dagligvare AS"),
                ck("information_request_route", "present",
                   "Informasjonskrav sendes skriftlig til apenhet@fjordlys.example."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T2. Fjordlys Dagligvare AS, 2024 — nb, same organisation one year later: question-style
#     unnumbered headings, active vs registered suppliers, a follow-up result, no new
#     breaches, approved by the CEO only (no board), a web form for requests
# ---------------------------------------------------------------------------

FJORDLYS_2024 = Doc(
    doc_id="fjordlys-dagligvare-apenhet-2024", subdir=V,
    layout="portrait", font="serif",
    meta_title="Åpenhetsloven – redegjørelse 2024",
    meta_author="ingrid.holm",
    header=None,
    footer="Fjordlys Dagligvare AS · Redegjørelse 2024 · side {page} av {pages}",
    blocks=[
        Title("Åpenhet i verdikjeden", ["Redegjørelse etter åpenhetsloven for 2024",
                                        "Fjordlys Dagligvare AS · 20. juni 2025"]),
        H(1, "Hvem er vi?"),
        P("Fjordlys Dagligvare AS driver 66 dagligvarebutikker og en nettbutikk i Vestland, "
          "Møre og Romsdal og Trøndelag. Vi er et datterselskap av Fjordlys Holding AS. I 2024 "
          "hadde vi i overkant av 2 200 medarbeidere og en omsetning på 6 580 millioner kroner."),
        H(1, "Hvordan jobber vi?"),
        P("Arbeidet er forankret i vår policy for ansvarlig handel og i leverandørkravene "
          "(Supplier Code of Conduct), som alle leverandører av egne merkevarer har signert. "
          "Kategorisjefene gjør en risikovurdering før hver ny avtale, og bærekraftsavdelingen "
          "følger opp leverandører med høy risiko gjennom året."),
        H(1, "Hvor mange leverandører har vi?"),
        P("I 2024 kjøpte vi varer og tjenester fra 1 180 aktive leverandører. Leverandørregisteret "
          "vårt inneholder totalt 1 512 leverandører, men mange av dem har ikke hatt leveranser på "
          "flere år. Av de aktive leverandørene vurderer vi 195 som høyrisikoleverandører, i "
          "hovedsak på grunn av produksjonsland og råvare."),
        H(1, "Hva har vi undersøkt?"),
        P("Egenerklæringen ble sendt til 240 leverandører, og 201 av 240 svarte. Svarprosenten "
          "ble dermed 84 %, mot 64 % året før. Sammen med to andre kjeder i Etisk handel Norge "
          "gjennomførte vi fem tredjepartsrevisjoner: to hos reke- og fiskeforedlingsanlegg i "
          "Thailand, to hos blomsterfarmer i Kenya og én hos Huerta del Sol S.L. i Spania."),
        H(1, "Hva har vi funnet?"),
        P("Vi har ikke avdekket nye brudd på menneskerettigheter eller anstendige "
          "arbeidsforhold hos våre leverandører i 2024. De vesentligste risikoene vi ser, er "
          "gjeldsbinding og beslag av pass blant arbeidsinnvandrere i sjømatindustrien i "
          "Thailand, og eksponering for plantevernmidler og lav lønn på blomsterfarmer i Kenya."),
        H(1, "Hva har vi gjort, og hva ble resultatet?"),
        P("Oppfølgingsrevisjonen hos Huerta del Sol S.L. i mars 2024 viste at boforholdene var "
          "utbedret, og at 23 sesongarbeidere hadde fått etterbetalt overtid for 2023. Saken er "
          "derfor lukket. For snittblomster krever vi nå Fairtrade-sertifisering eller "
          "tilsvarende, og 92 prosent av volumet var sertifisert ved utgangen av året."),
        P("I 2025 skal alle sjømatleverandører fra Thailand dokumentere at arbeidstakere ikke har "
          "betalt rekrutteringsgebyr. Kravet gjelder fra 1. oktober 2025."),
        H(1, "Har du spørsmål?"),
        P("Bruk skjemaet på fjordlys.example/apenhet for å be om informasjon etter "
          "åpenhetsloven § 6. Vi svarer innen tre uker."),
        Spacer(10),
        P("Redegjørelsen er godkjent av administrerende direktør Arne Bø.", "small"),
    ],
    gold=Gold(
        organisation="Fjordlys Dagligvare AS",
        doc_type="transparency_report", language="nb", report_year=2024,
        published="2025-06-20",
        percentages=[
            pct(84, "84 %", "svarprosent på egenerklæringen i 2024"),
            pct(64, "64 %", "svarprosent på egenerklæringen året før"),
            pct(92, "92 prosent", "andel av snittblomstvolumet som var sertifisert ved utgangen av året"),
        ],
        deadlines=[
            ddl("fra 1. oktober 2025", "2025-10-01",
                "sjømatleverandører fra Thailand dokumenterer at arbeidstakere ikke har betalt "
                "rekrutteringsgebyr"),
        ],
        organisations=["Fjordlys Holding AS", "Etisk handel Norge", "Huerta del Sol S.L.",
                       "Fairtrade"],
        suppliers=[
            sup(None, "reke- og fiskeforedlingsanlegg",
                "to hos reke- og fiskeforedlingsanlegg i Thailand"),
            sup(None, "reke- og fiskeforedlingsanlegg",
                "to hos reke- og fiskeforedlingsanlegg i Thailand"),
            sup(None, "blomsterfarmer", "to hos blomsterfarmer i Kenya"),
            sup(None, "blomsterfarmer", "to hos blomsterfarmer i Kenya"),
            sup("Huerta del Sol S.L.", "frukt og grønt", "én hos Huerta del Sol S.L. i Spania"),
        ],
        risk_sectors=["food", "flowers"],
        risk_issues=["forced_labour", "migrant_workers", "health_safety", "wages"],
        extra={
            "transparency_facts": {
                "business_partners_total": 1180,
                "business_partners_asked_esg": 240,
                "esg_response_rate": 84.0,
                "high_risk_suppliers": 195,
                "supplier_audits": 5,
                "violations_found": False,
                "employees": 2200,
                "revenue_nok": 6580000000,
                "registered_suppliers": 1512,
                "esg_responses": 201,
                "stores": 66,
                "workers_back_paid_overtime": 23,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Fjordlys Dagligvare AS driver 66 dagligvarebutikker og en nettbutikk i "
                   "Vestland, Møre og Romsdal og Trøndelag."),
                ck("guidelines_described", "present",
                   "Arbeidet er forankret i vår policy for ansvarlig handel og i "
                   "leverandørkravene (Supplier Code of Conduct)"),
                ck("adverse_impacts_or_risks_reported", "present",
                   "De vesentligste risikoene vi ser, er gjeldsbinding og beslag av pass blant "
                   "arbeidsinnvandrere i sjømatindustrien i Thailand"),
                ck("measures_reported", "present",
                   "For snittblomster krever vi nå Fairtrade-sertifisering eller tilsvarende"),
                ck("results_reported", "present",
                   "23 sesongarbeidere hadde fått etterbetalt overtid for 2023. Saken er derfor "
                   "lukket."),
                ck("signed_by_board", "absent", None,
                   "Approved by the CEO only; no board signature."),
                ck("information_request_route", "present",
                   "Bruk skjemaet på fjordlys.example/apenhet for å be om informasjon etter "
                   "åpenhetsloven § 6."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T3. Brattli Bygg AS, 2024 — nb, construction; the statement is chapter 3 of a
#     sustainability report with a table of contents; Word file name as Author;
#     named subcontractors in a list, foreign legal forms (UAB, GmbH); board approval
# ---------------------------------------------------------------------------

BRATTLI = Doc(
    doc_id="brattli-bygg-baerekraft-2024", subdir=V,
    layout="portrait", font="condensed",
    meta_title="Microsoft Word - baerekraft2024_v7.docx",
    meta_author="Microsoft Word - baerekraft2024_v7.docx",
    header="Bærekraftsrapport 2024 | Brattli Bygg", header_on_first_page=False,
    footer="Side {page}", footer_align="left", max_pages=5,
    blocks=[
        Title("Bærekraftsrapport 2024", ["Brattli Bygg AS"], cover=True),
        PageBreak(),
        H(1, "Innhold", toc=False),
        Toc(max_level=2),
        H(1, "Om Brattli Bygg", "1"),
        P("Brattli Bygg AS er en entreprenør innen bolig, næringsbygg og rehabilitering i "
          "Innlandet og Viken. Selskapet ble grunnlagt i 1978 og eies i dag av familien Brattli "
          "(60 %) og ansatte (40 %). Ved årsskiftet var vi 356 ansatte, hvorav 241 fagarbeidere, "
          "og driftsinntektene var MNOK 2 140."),
        H(1, "Klima og miljø", "2"),
        P("Utslippene fra egne byggeplasser ble redusert med 18 prosent fra 2023, hovedsakelig "
          "fordi 11 av 14 byggeplasser gikk over til elektriske eller fossilfrie maskiner. "
          "Sorteringsgraden for byggavfall var 89 %."),
        H(1, "Redegjørelse etter åpenhetsloven", "3"),
        H(2, "Forankring og retningslinjer", "3.1"),
        P("Styret vedtok i 2023 en policy for ansvarlig næringsliv som gjelder for egne ansatte, "
          "underentreprenører og leverandører. Alle kontrakter inneholder krav om lønns- og "
          "arbeidsvilkår, maksimalt to ledd i kontraktskjeden og rett for oss til å gjennomføre "
          "revisjoner. HMS- og kvalitetssjefen har ansvaret for aktsomhetsvurderingene."),
        H(2, "Leverandørkjeden", "3.2"),
        P("Vi har rundt 620 leverandører og underentreprenører, og 95 av dem vurderes å ha høy "
          "risiko. Vi samarbeider tett med Rørlegger Hansen AS, Vestnorsk Elektro AS og Stillas "
          "Øst AS, som til sammen sto for en fjerdedel av innkjøpene. Forskaling kjøper vi fra "
          "Baltic Formwork UAB i Litauen, og stålkonstruksjoner fra Stahlbau Kessler GmbH i "
          "Tyskland. Byggevarer som fliser, armering og solskjerming kommer delvis fra Kina og "
          "Tyrkia."),
        H(2, "Risikoer vi har identifisert", "3.3"),
        P("Den største risikoen i vår bransje er sosial dumping: lønn under allmenngjort "
          "minstelønn, ulovlig lange arbeidsdager og dårlige boforhold for utenlandske "
          "arbeidstakere hos underentreprenører. For byggevarer fra Kina ser vi risiko for "
          "tvangsarbeid og farlige arbeidsforhold i produksjonen."),
        H(2, "Kontroller og funn i 2024", "3.4"),
        P("Vi gjennomførte ni revisjoner av lønns- og arbeidsvilkår hos underentreprenører. Ved "
          "to av dem fant vi brudd på allmenngjort lønn, og ved én av dem bodde arbeiderne i "
          "brakker som ikke oppfylte kravene i byggherreforskriften."),
        H(2, "Tiltak og resultater", "3.5"),
        P("Begge underentreprenørene måtte etterbetale lønn. 14 arbeidere fikk til sammen "
          "412 000 kroner etterbetalt, og den ene underentreprenøren ble utestengt fra nye "
          "oppdrag i to år. Fra 1. mars 2025 krever vi elektronisk mannskapsliste fra første dag "
          "på alle byggeplasser, og innen 31. desember 2025 skal alle underentreprenører med høy "
          "risiko ha vært revidert minst én gang."),
        H(2, "Behandling i styret og kontakt", "3.6"),
        P("Styret i Brattli Bygg AS har behandlet og godkjent redegjørelsen i styremøte "
          "12. juni 2025. Spørsmål om redegjørelsen eller om vårt arbeid med "
          "menneskerettigheter kan rettes til vår bærekraftsansvarlige på e-post "
          "baerekraft@brattli.example."),
    ],
    gold=Gold(
        organisation="Brattli Bygg AS",
        doc_type="transparency_report", language="nb", report_year=2024,
        published="2025-06-12",
        percentages=[
            pct(60, "60 %", "eierandel familien Brattli"),
            pct(40, "40 %", "eierandel ansatte"),
            pct(18, "18 prosent", "reduksjon i utslipp fra egne byggeplasser fra 2023"),
            pct(89, "89 %", "sorteringsgrad for byggavfall"),
        ],
        deadlines=[
            ddl("Fra 1. mars 2025", "2025-03-01",
                "krav om elektronisk mannskapsliste fra første dag på alle byggeplasser"),
            ddl("innen 31. desember 2025", "2025-12-31",
                "alle underentreprenører med høy risiko revidert minst én gang"),
        ],
        organisations=["Rørlegger Hansen AS", "Vestnorsk Elektro AS", "Stillas Øst AS",
                       "Baltic Formwork UAB", "Stahlbau Kessler GmbH"],
        suppliers=[
            sup("Rørlegger Hansen AS", "rørlegger", "Vi samarbeider tett med Rørlegger Hansen AS"),
            sup("Vestnorsk Elektro AS", "elektro", "Vestnorsk Elektro AS"),
            sup("Stillas Øst AS", "stillas", "Stillas Øst AS, som til sammen sto for en "
                "fjerdedel av innkjøpene"),
            sup("Baltic Formwork UAB", "forskaling",
                "Forskaling kjøper vi fra Baltic Formwork UAB i Litauen"),
            sup("Stahlbau Kessler GmbH", "stålkonstruksjoner",
                "stålkonstruksjoner fra Stahlbau Kessler GmbH i Tyskland"),
            sup(None, "underentreprenør", "Ved to av dem fant vi brudd på allmenngjort lønn"),
            sup(None, "underentreprenør", "Ved to av dem fant vi brudd på allmenngjort lønn"),
        ],
        risk_sectors=["construction"],
        risk_issues=["social_dumping", "wages", "working_hours", "housing", "migrant_workers",
                     "forced_labour", "health_safety"],
        extra={
            "transparency_facts": {
                "business_partners_total": 620,
                "high_risk_suppliers": 95,
                "supplier_audits": 9,
                "violations_found": True,
                "employees": 356,
                "revenue_nok": 2140000000,
                "skilled_workers": 241,
                "subcontractors_with_wage_breach": 2,
                "workers_back_paid": 14,
                "back_pay_nok": 412000,
                "construction_sites_fossil_free": 11,
                "construction_sites": 14,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Brattli Bygg AS er en entreprenør innen bolig, næringsbygg og rehabilitering "
                   "i Innlandet og Viken."),
                ck("guidelines_described", "present",
                   "Styret vedtok i 2023 en policy for ansvarlig næringsliv som gjelder for egne "
                   "ansatte, underentreprenører og leverandører."),
                ck("adverse_impacts_or_risks_reported", "present",
                   "Ved to av dem fant vi brudd på allmenngjort lønn"),
                ck("measures_reported", "present",
                   "Fra 1. mars 2025 krever vi elektronisk mannskapsliste fra første dag på alle "
                   "byggeplasser"),
                ck("results_reported", "present",
                   "14 arbeidere fikk til sammen 412 000 kroner etterbetalt"),
                ck("signed_by_board", "present",
                   "Styret i Brattli Bygg AS har behandlet og godkjent redegjørelsen i styremøte "
                   "12. juni 2025."),
                ck("information_request_route", "present",
                   "kan rettes til vår bærekraftsansvarlige på e-post baerekraft@brattli.example."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T4. Ørnes Transport AS, 2024 — nn, road haulage; a person as Author; "ingen"
#     high-risk suppliers (0); "to" audits; no breaches; named partners in a list;
#     board names under place and date; e-mail for requests
# ---------------------------------------------------------------------------

ORNES = Doc(
    doc_id="ornes-transport-openheit-2024", subdir=V,
    layout="portrait", font="sans",
    meta_title="Utgreiing etter openheitslova 2024",
    meta_author="Kari Ness",
    header="Ørnes Transport AS – utgreiing etter openheitslova", header_on_first_page=True,
    footer="Side {page} av {pages}",
    number_dot=False,
    blocks=[
        H(1, "Utgreiing etter openheitslova for 2024"),
        P("Ørnes Transport AS", "lead"),
        H(2, "Om verksemda", "1"),
        P("Ørnes Transport AS er eit familieeigd transportselskap med hovudkontor i Førde og "
          "terminalar i Bergen og Ålesund. Me køyrer gods for daglegvarehandel, byggevarehandel "
          "og industri på Vestlandet. Selskapet hadde i overkant av 300 tilsette og ei omsetning "
          "på MNOK 540 i 2024."),
        H(2, "Retningslinjer og ansvar", "2"),
        P("Dei etiske retningslinjene våre gjeld både for tilsette og for underleverandørar. "
          "Alle transportørar som køyrer for oss, må signere ei eigenerklæring om løns- og "
          "arbeidsvilkår, køyre- og kviletid og bruk av innleigde sjåførar. Dagleg leiar har "
          "ansvaret for aktsemdsvurderingane og rapporterer til styret kvart halvår."),
        H(2, "Leverandørar og samarbeidspartnarar", "3"),
        P("Me har om lag 120 faste leverandørar. Dei viktigaste er underleverandørar av "
          "transport, leverandørar av drivstoff, dekk og reservedelar, og leverandørar av "
          "arbeidsklede. Me samarbeider om lager og terminaldrift med Nordvegen Logistikk AS, "
          "Sunnmøre Terminal AS og Fjordfrakt AS."),
        H(2, "Aktsemdsvurderingar i 2024", "4"),
        P("Me sende eigenerklæring til 48 leverandørar, og 39 av dei svara (81 prosent). Ingen "
          "av leverandørane vart vurderte til å ha høg risiko etter gjennomgangen, men "
          "underleverandørar av transport har forhøgd risiko fordi bransjen har mange utanlandske "
          "sjåførar og press på prisane. Me gjennomførte to leverandørrevisjonar hos "
          "underleverandørar av transport, med kontroll av lønsslippar og køyretidsdata."),
        H(2, "Funn", "5"),
        P("Me har ikkje avdekt brot på grunnleggjande menneskerettar eller anstendige "
          "arbeidsforhold i 2024. Den største risikoen me ser, er sosial dumping og brot på "
          "køyre- og kviletid hos mindre underleverandørar."),
        H(2, "Tiltak og resultat", "6"),
        P("I 2024 innførte me krav om at alle underleverandørar av transport skal dokumentere "
          "løn etter allmenngjort tariff før oppstart. Alle 31 underleverandørane innan transport "
          "har no signert dei etiske retningslinjene våre, mot 22 i 2023. Innan utgangen av "
          "2025 skal me ha revidert minst fem underleverandørar."),
        H(2, "Informasjonskrav", "7"),
        P("Førespurnader om informasjon etter openheitslova § 6 kan sendast til "
          "post@ornes-transport.example eller til Ørnes Transport AS, Postboks 77, 6801 Førde."),
        Spacer(12),
        P("Førde, 26. juni 2025", "label"),
        Table([["Ola Ørnes", "Siri Ørnes Lunde", "Terje Vik", "Kari Ness"],
               ["styreleiar", "styremedlem", "styremedlem", "dagleg leiar"]],
              header_rows=0, ruled=False, lines="none"),
    ],
    gold=Gold(
        organisation="Ørnes Transport AS",
        doc_type="transparency_report", language="nn", report_year=2024,
        published="2025-06-26",
        percentages=[pct(81, "81 prosent", "svarprosent på eigenerklæring frå leverandørar")],
        deadlines=[ddl("Innan utgangen av 2025", "2025-12-31",
                       "revidere minst fem underleverandørar av transport")],
        organisations=["Nordvegen Logistikk AS", "Sunnmøre Terminal AS", "Fjordfrakt AS"],
        suppliers=[
            sup("Nordvegen Logistikk AS", "lager og terminaldrift",
                "Me samarbeider om lager og terminaldrift med Nordvegen Logistikk AS"),
            sup("Sunnmøre Terminal AS", "lager og terminaldrift", "Sunnmøre Terminal AS"),
            sup("Fjordfrakt AS", "lager og terminaldrift", "Fjordfrakt AS"),
            sup(None, "underleverandørar av transport", "underleverandørar av transport"),
            sup(None, "drivstoff, dekk og reservedelar",
                "leverandørar av drivstoff, dekk og reservedelar"),
            sup(None, "arbeidsklede", "leverandørar av arbeidsklede"),
        ],
        risk_sectors=["transport_logistics"],
        risk_issues=["social_dumping", "working_hours"],
        extra={
            "transparency_facts": {
                "business_partners_total": 120,
                "business_partners_asked_esg": 48,
                "esg_response_rate": 81.0,
                "high_risk_suppliers": 0,
                "supplier_audits": 2,
                "violations_found": False,
                "employees": 300,
                "revenue_nok": 540000000,
                "esg_responses": 39,
                "transport_subcontractors_signed_guidelines": 31,
                "transport_subcontractors_signed_guidelines_previous_year": 22,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Ørnes Transport AS er eit familieeigd transportselskap med hovudkontor i Førde "
                   "og terminalar i Bergen og Ålesund."),
                ck("guidelines_described", "present",
                   "Dei etiske retningslinjene våre gjeld både for tilsette og for "
                   "underleverandørar."),
                ck("adverse_impacts_or_risks_reported", "present",
                   "Me har ikkje avdekt brot på grunnleggjande menneskerettar eller anstendige "
                   "arbeidsforhold i 2024."),
                ck("measures_reported", "present",
                   "I 2024 innførte me krav om at alle underleverandørar av transport skal "
                   "dokumentere løn etter allmenngjort tariff før oppstart."),
                ck("results_reported", "present",
                   "Alle 31 underleverandørane innan transport har no signert dei etiske "
                   "retningslinjene våre, mot 22 i 2023."),
                ck("signed_by_board", "present",
                   "Førde, 26. juni 2025 … Ola Ørnes Siri Ørnes Lunde Terje Vik Kari Ness "
                   "styreleiar styremedlem styremedlem dagleg leiar",
                   "Signature block with the board chair and members under place and date."),
                ck("information_request_route", "present",
                   "Førespurnader om informasjon etter openheitslova § 6 kan sendast til "
                   "post@ornes-transport.example"),
            ],
        },
    ),
)

DOCS = [FJORDLYS_2023, FJORDLYS_2024, BRATTLI, ORNES]
