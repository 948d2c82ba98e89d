"""Variety corpus: transparency reports (åpenhetsloven) from many kinds of organisations,
written the way each kind of author writes them. A separate evaluation set: written from
the genre descriptions, not from the extraction rules. All organisations, people and
figures are invented; real public bodies are only named."""

from .model import (Bullets, ColumnBreak, Doc, Footnote, Gold, Heading as H, PageBreak, Para as P,
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
          "arbeidet. Våre etiske retningslinjer for leverandører stiller krav til lønn, "
          "arbeidstid, "
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
            ddl("i første kvartal 2024", "2024-03-31",
                "oppfølgingsrevisjon hos Huerta del Sol S.L."),
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
            pct(92, "92 prosent",
                "andel av snittblomstvolumet som var sertifisert ved utgangen av året"),
        ],
        deadlines=[
            ddl("I 2025", "2025-12-31",
                "alle sjømatleverandører fra Thailand dokumenterer at arbeidstakere ikke har "
                "betalt rekrutteringsgebyr"),
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

# ---------------------------------------------------------------------------
# T5. Vestvind Kraft AS, 2023 — en, renewable energy; "Transparency Act statement";
#     SAQ with count and share; a working-time breach at a subcontractor; board
#     signature block; the right to information stated with only a general web link
# ---------------------------------------------------------------------------

VESTVIND_2023 = Doc(
    doc_id="vestvind-kraft-transparency-2023", subdir=V,
    layout="portrait", font="helvetica",
    meta_title="Transparency Act statement 2023",
    meta_author="Vestvind Kraft AS",
    header="Vestvind Kraft AS | Transparency Act statement 2023", header_on_first_page=False,
    footer="{page}",
    blocks=[
        Title("Transparency Act statement 2023",
              ["Vestvind Kraft AS", "Statement pursuant to Section 5 of the Norwegian "
               "Transparency Act"]),
        H(1, "About Vestvind Kraft"),
        P("Vestvind Kraft AS develops, builds and operates onshore wind farms and small hydropower "
          "plants in Norway and Sweden. The company is owned by Vestvind Holding AS and two "
          "municipal energy companies, and its head office is in Stavanger. In 2023 we had more "
          "than 900 employees and a revenue of NOK 4.8 billion."),
        H(1, "Our commitments"),
        P("Our Code of Conduct and our Supplier Code of Conduct set out what we expect of our own "
          "people and of our suppliers on human rights, labour rights, anti-corruption and the "
          "environment. Both are based on the UN Guiding Principles on Business and Human Rights "
          "and the OECD Guidelines for Multinational Enterprises. The Chief Procurement Officer is "
          "responsible for supplier due diligence and reports to the executive management."),
        H(1, "Our supply chain"),
        P("Our supply chain comprised some 1,850 direct suppliers in 2023, of which 140 are "
          "located in high-risk countries. Wind turbines, foundations and grid components make up "
          "most of the spend. Turbine maintenance is carried out by Nordic Turbine Services Ltd., "
          "and blade components are sourced from Zefiro Componentes S.L. in Spain."),
        H(1, "Due diligence in 2023"),
        P("We sent our self-assessment questionnaire (SAQ) to 160 suppliers; 118 of them "
          "responded, a response rate of 74%. We also carried out six supplier audits, four of "
          "them on site."),
        P("We consider the following to be the most significant risks in our value chain:"),
        Bullets(["forced labour in the production of polysilicon for solar panels, in particular "
                 "in the Xinjiang region of China;",
                 "poor health and safety conditions and excessive working hours in the "
                 "construction of wind farms, where many workers are posted from other countries;",
                 "conflict minerals in batteries and electronic control systems."]),
        H(1, "Findings"),
        P("At one of our wind farm construction sites in Rogaland, we found breaches of the "
          "working-time rules at one subcontractor: several workers had worked more than 60 hours "
          "a week over a period of two months. The subcontractor has been required to prepare a "
          "corrective action plan. The follow-up is ongoing."),
        H(1, "Planned measures"),
        Bullets(["Introduce a traceability requirement for polysilicon in all solar tenders from "
                 "1 January 2024.",
                 "Audit all main contractors on wind farm construction sites by the end of 2024."]),
        P("Everyone has the right to request information about how we address actual and "
          "potential adverse impacts. More information about Vestvind Kraft is available at "
          "www.vestvind.example."),
        Spacer(12),
        P("Stavanger, 26 June 2024", "label"),
        P("The Board of Directors of Vestvind Kraft AS"),
        P("Anne Kristin Tveit (Chair) · Per Olav Håland · Lise Meling · Tor Egil Svendsen"),
    ],
    gold=Gold(
        organisation="Vestvind Kraft AS",
        doc_type="transparency_report", language="en", report_year=2023,
        published="2024-06-26",
        percentages=[pct(74, "74%", "supplier SAQ response rate")],
        deadlines=[
            ddl("from 1 January 2024", "2024-01-01",
                "traceability requirement for polysilicon in all solar tenders"),
            ddl("by the end of 2024", "2024-12-31",
                "audit all main contractors on wind farm construction sites"),
        ],
        organisations=["Vestvind Holding AS", "UN", "OECD", "Nordic Turbine Services Ltd.",
                       "Zefiro Componentes S.L."],
        suppliers=[
            sup("Nordic Turbine Services Ltd.", "turbine maintenance",
                "Turbine maintenance is carried out by Nordic Turbine Services Ltd."),
            sup("Zefiro Componentes S.L.", "blade components",
                "blade components are sourced from Zefiro Componentes S.L. in Spain"),
            sup(None, "subcontractor at a wind farm construction site",
                "we found breaches of the working-time rules at one subcontractor"),
        ],
        risk_sectors=["energy", "construction"],
        risk_issues=["forced_labour", "health_safety", "working_hours", "migrant_workers",
                     "conflict_minerals"],
        extra={
            "transparency_facts": {
                "business_partners_total": 1850,
                "business_partners_asked_esg": 160,
                "esg_response_rate": 74.0,
                "high_risk_suppliers": 140,
                "supplier_audits": 6,
                "violations_found": True,
                "employees": 900,
                "revenue_nok": 4800000000,
                "esg_responses": 118,
                "onsite_audits": 4,
                "weekly_hours_exceeded": 60,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Vestvind Kraft AS develops, builds and operates onshore wind farms and small "
                   "hydropower plants in Norway and Sweden."),
                ck("guidelines_described", "present",
                   "Our Code of Conduct and our Supplier Code of Conduct set out what we expect of "
                   "our own people and of our suppliers"),
                ck("adverse_impacts_or_risks_reported", "present",
                   "we found breaches of the working-time rules at one subcontractor"),
                ck("measures_reported", "present",
                   "The subcontractor has been required to prepare a corrective action plan."),
                ck("results_reported", "absent", None, "'The follow-up is ongoing.'"),
                ck("signed_by_board", "present",
                   "Stavanger, 26 June 2024 … The Board of Directors of Vestvind Kraft AS"),
                ck("information_request_route", "absent", None,
                   "States the right and gives only a general website link."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T6. Vestvind Kraft AS, 2024 — en, same company a year later: key figures in a
#     header-rule-only table with 2024 and 2023 side by side (2024 is the year),
#     results of last year's case, board approval in a sentence, e-mail for requests
# ---------------------------------------------------------------------------

VESTVIND_2024 = Doc(
    doc_id="vestvind-kraft-transparency-2024", subdir=V,
    layout="portrait", font="sans",
    meta_title="Vestvind Kraft - Report pursuant to the Norwegian Transparency Act 2024",
    meta_author="Group Procurement",
    header=None,
    footer="Vestvind Kraft AS – Transparency Act report 2024 – page {page}", footer_align="left",
    number_dot=False,
    blocks=[
        Title("Report pursuant to the Norwegian Transparency Act",
              ["Vestvind Kraft AS – financial year 2024", "Published 24 June 2025"]),
        H(1, "Who we are", "1"),
        P("Vestvind Kraft AS is a renewable energy producer with 14 wind farms and 22 hydropower "
          "plants in Norway and Sweden. The group is headquartered in Stavanger and has "
          "approximately 960 employees. Revenue in 2024 was NOK 5.3 billion, up from NOK 4.8 "
          "billion the year before."),
        H(1, "Key figures", "2"),
        Table([["", "2024", "2023"],
               ["Direct suppliers", "1,920", "1,850"],
               ["– in high-risk countries", "151", "140"],
               ["Suppliers asked to complete the SAQ", "210", "160"],
               ["SAQ response rate (%)", "86", "74"],
               ["Supplier audits", "11", "6"]],
              widths=[3.2, 1, 1], ruled=False, lines="header_bottom", align_right_from=1),
        H(1, "Policies and governance", "3"),
        P("The Supplier Code of Conduct was revised in 2024 and now requires suppliers of solar "
          "modules and batteries to map their supply chains down to raw material level. A "
          "cross-functional human rights committee meets every month and follows up high-risk "
          "suppliers."),
        H(1, "What we found", "4"),
        P("No instances of forced labour were found in our supply chain in 2024. However, the "
          "eleven audits revealed excessive overtime at two component factories in Vietnam, where "
          "workers regularly worked seven days a week during peak production, and unsafe "
          "storage of chemicals at one of them."),
        H(1, "Actions and results", "5"),
        P("Both factories have agreed corrective action plans, and a re-audit is scheduled for "
          "the first half of 2025. The subcontractor in Rogaland where we found breaches of the "
          "working-time rules in 2023 has introduced electronic time registration, and a "
          "follow-up audit in May 2024 found no further breaches. 97% of our solar module volume "
          "can now be traced to the polysilicon producer."),
        H(1, "Requests for information", "6"),
        P("Requests for information under Section 6 of the Transparency Act can be sent to "
          "transparency@vestvind.example. We answer within three weeks."),
        P("This statement was approved by the Board of Directors of Vestvind Kraft AS on "
          "19 June 2025.", "small"),
    ],
    gold=Gold(
        organisation="Vestvind Kraft AS",
        doc_type="transparency_report", language="en", report_year=2024,
        published="2025-06-24",
        percentages=[pct(97, "97%", "share of solar module volume traceable to the polysilicon "
                         "producer")],
        deadlines=[ddl("the first half of 2025", "2025-06-30",
                       "re-audit of the two component factories in Vietnam")],
        organisations=[],
        suppliers=[
            sup(None, "component factory", "excessive overtime at two component factories in "
                "Vietnam"),
            sup(None, "component factory", "excessive overtime at two component factories in "
                "Vietnam"),
            sup(None, "subcontractor (wind farm construction)",
                "The subcontractor in Rogaland where we found breaches of the working-time rules "
                "in 2023"),
        ],
        risk_sectors=["energy"],
        risk_issues=["working_hours", "health_safety"],
        extra={
            "transparency_facts": {
                "business_partners_total": 1920,
                "business_partners_asked_esg": 210,
                "esg_response_rate": 86.0,
                "high_risk_suppliers": 151,
                "supplier_audits": 11,
                "violations_found": True,
                "employees": 960,
                "revenue_nok": 5300000000,
                "wind_farms": 14,
                "hydropower_plants": 22,
                "revenue_previous_year_nok": 4800000000,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Vestvind Kraft AS is a renewable energy producer with 14 wind farms and 22 "
                   "hydropower plants in Norway and Sweden."),
                ck("guidelines_described", "present",
                   "The Supplier Code of Conduct was revised in 2024 and now requires suppliers of "
                   "solar modules and batteries to map their supply chains"),
                ck("adverse_impacts_or_risks_reported", "present",
                   "the eleven audits revealed excessive overtime at two component factories in "
                   "Vietnam"),
                ck("measures_reported", "present",
                   "Both factories have agreed corrective action plans"),
                ck("results_reported", "present",
                   "a follow-up audit in May 2024 found no further breaches"),
                ck("signed_by_board", "present",
                   "This statement was approved by the Board of Directors of Vestvind Kraft AS on "
                   "19 June 2025."),
                ck("information_request_route", "present",
                   "Requests for information under Section 6 of the Transparency Act can be sent "
                   "to transparency@vestvind.example."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T7. Helsevik Omsorg AS, 2024 — nb, private care provider; response rate without a %
#     sign ("Svarprosenten var 77"); number word for high risk ("Ni"); no audits
#     ("ingen" = 0); staffing agencies named; CEO signature only; postal address
# ---------------------------------------------------------------------------

HELSEVIK = Doc(
    doc_id="helsevik-omsorg-apenhet-2024", subdir=V,
    layout="portrait", font="serif",
    meta_title="Åpenhetsredegjørelse 2024",
    meta_author="HR og innkjøp",
    header="Helsevik Omsorg AS", header_on_first_page=False,
    footer="Åpenhetsredegjørelse 2024 – {page}/{pages}", footer_align="right",
    blocks=[
        Title("Åpenhetsredegjørelse 2024", ["Helsevik Omsorg AS"]),
        H(1, "Virksomheten vår"),
        P("Helsevik Omsorg AS driver seks sykehjem, to omsorgsboliger og hjemmetjenester på "
          "oppdrag fra åtte kommuner i Hordaland. Selskapet eies av stiftelsen Helsevik og har "
          "hovedkontor i Bergen. Vi hadde 1 150 ansatte fordelt på om lag 780 årsverk, og en "
          "omsetning på 1,1 milliarder kroner i 2024."),
        H(1, "Rammeverk og rutiner"),
        P("Vi har en rutine for aktsomhetsvurderinger som bygger på OECDs veileder for ansvarlig "
          "næringsliv. Rutinen beskriver hvordan innkjøpsavdelingen kartlegger risiko før "
          "kontraktsinngåelse, hvordan vi følger opp leverandører og hvordan avvik håndteres. "
          "Leverandørene våre må akseptere våre etiske krav som vedlegg til kontrakten."),
        H(1, "Forretningsforbindelser"),
        P("Vi hadde i 2024 kommersielle relasjoner til 347 forretningsforbindelser. Vi ba 92 av "
          "dem om å besvare et spørreskjema om menneskerettigheter og arbeidsforhold, og 71 "
          "besvarte skjemaet. Svarprosenten var 77. Ni av leverandørene er klassifisert som "
          "høyrisikoleverandører."),
        P("Ved sykdom og ferie leier vi inn sykepleiere og helsefagarbeidere gjennom "
          "bemanningsbyråer som Pleiepartner AS og Vikarhuset Norge AS. Renhold av fellesarealer "
          "er satt ut til Renhold Vest AS, mens maten lages i egne kjøkken."),
        H(1, "Risikovurdering"),
        Table([["Kategori", "Hvorfor risiko?", "Vurdering"],
               ["Engangshansker og annet forbruksmateriell", "Tvangsarbeid og "
                "rekrutteringsgebyr for arbeidsinnvandrere i hanskeproduksjon i Malaysia",
                "Høy"],
               ["Innleie av helsepersonell", "Lønns- og arbeidstidsvilkår, lange vakter",
                "Middels"],
               ["Renhold", "Lav lønn og ufrivillig deltid", "Middels"],
               ["Matvarer", "Arbeidsforhold i landbruket", "Lav"]],
              widths=[2.2, 3.4, 1], ruled=False, lines="none"),
        P("Vi gjennomførte ingen leverandørrevisjoner i 2024. Vi har ikke avdekket faktiske "
          "negative konsekvenser i egen virksomhet eller hos leverandørene våre."),
        H(1, "Tiltak og resultater"),
        P("I april 2024 byttet vi leverandør av nitrilhansker. Den nye leverandøren kjøper fra "
          "fabrikker som er revidert av tredjepart, og hele hanskevolumet vårt kommer nå fra slike "
          "fabrikker. For innleie av personell har vi innført stikkprøvekontroll av timelister "
          "hvert kvartal. Neste steg er å ta i bruk en felles digital plattform for "
          "leverandøroppfølging innen 1. juni 2025."),
        H(1, "Kontakt"),
        P("Ønsker du informasjon om hvordan vi håndterer risiko for negative konsekvenser? Skriv "
          "til Helsevik Omsorg AS, Postboks 2040 Nordnes, 5817 Bergen, merket «Åpenhetsloven»."),
        Spacer(10),
        P("Bergen, 28. juni 2025"),
        P("Ingrid Sæle, administrerende direktør"),
    ],
    gold=Gold(
        organisation="Helsevik Omsorg AS",
        doc_type="transparency_report", language="nb", report_year=2024,
        published="2025-06-28",
        percentages=[],
        deadlines=[ddl("innen 1. juni 2025", "2025-06-01",
                       "felles digital plattform for leverandøroppfølging tas i bruk")],
        organisations=["stiftelsen Helsevik", "OECD", "Pleiepartner AS", "Vikarhuset Norge AS",
                       "Renhold Vest AS"],
        suppliers=[
            sup("Pleiepartner AS", "bemanningsbyrå (innleie av helsepersonell)",
                "gjennom bemanningsbyråer som Pleiepartner AS"),
            sup("Vikarhuset Norge AS", "bemanningsbyrå (innleie av helsepersonell)",
                "Vikarhuset Norge AS"),
            sup("Renhold Vest AS", "renhold",
                "Renhold av fellesarealer er satt ut til Renhold Vest AS"),
            sup(None, "nitrilhansker", "I april 2024 byttet vi leverandør av nitrilhansker."),
        ],
        risk_sectors=["medical_consumables", "cleaning"],
        risk_issues=["forced_labour", "migrant_workers", "wages", "working_hours"],
        extra={
            "transparency_facts": {
                "business_partners_total": 347,
                "business_partners_asked_esg": 92,
                "esg_response_rate": 77.0,
                "high_risk_suppliers": 9,
                "supplier_audits": 0,
                "violations_found": False,
                "employees": 1150,
                "revenue_nok": 1100000000,
                "esg_responses": 71,
                "full_time_equivalents": 780,
                "nursing_homes": 6,
                "municipal_clients": 8,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Helsevik Omsorg AS driver seks sykehjem, to omsorgsboliger og hjemmetjenester "
                   "på oppdrag fra åtte kommuner i Hordaland."),
                ck("guidelines_described", "present",
                   "Vi har en rutine for aktsomhetsvurderinger som bygger på OECDs veileder for "
                   "ansvarlig næringsliv."),
                ck("adverse_impacts_or_risks_reported", "present",
                   "Vi har ikke avdekket faktiske negative konsekvenser i egen virksomhet eller "
                   "hos leverandørene våre."),
                ck("measures_reported", "present",
                   "I april 2024 byttet vi leverandør av nitrilhansker."),
                ck("results_reported", "present",
                   "hele hanskevolumet vårt kommer nå fra slike fabrikker"),
                ck("signed_by_board", "absent", None, "Signed by the CEO only."),
                ck("information_request_route", "present",
                   "Skriv til Helsevik Omsorg AS, Postboks 2040 Nordnes, 5817 Bergen, merket "
                   "«Åpenhetsloven»."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T8. Kodeverket AS, 2024 — nb, IT consultancy; a web page printed to PDF (URL as
#     header, print stamp as footer, user name as Author); active vs registered
#     suppliers; no board, no request channel beyond the home page
# ---------------------------------------------------------------------------

KODEVERKET = Doc(
    doc_id="kodeverket-apenhetsloven-web-2024", subdir=V,
    layout="portrait", font="helvetica",
    meta_title="Åpenhetsloven | Kodeverket",
    meta_author="kbj",
    header="https://kodeverket.example/om-oss/apenhetsloven",
    footer="Skrevet ut 03.07.2025 kl. 14:12 – {page}/{pages}", footer_align="right",
    blocks=[
        P("Forside › Om oss › Åpenhetsloven", "small"),
        Title("Åpenhetsloven"),
        P("Her redegjør vi for aktsomhetsvurderingene våre for 2024, slik åpenhetsloven krever.",
          "lead"),
        H(2, "Kort om oss"),
        P("Kodeverket AS lager skreddersydd programvare og driftstjenester for kunder i offentlig "
          "sektor og finans. Vi er 112 ansatte fordelt på kontorer i Oslo, Trondheim og Kraków, og "
          "selskapet er eid av de ansatte og grunnleggerne. Omsetningen var 164 millioner kroner i "
          "fjor."),
        H(2, "Hvordan vi jobber med aktsomhet"),
        P("**Etiske retningslinjer.** Våre etiske retningslinjer gjelder for alle ansatte og "
          "innleide konsulenter, og inneholder krav om respekt for menneskerettigheter, "
          "antikorrupsjon og personvern."),
        P("**Leverandører.** Vi har 85 aktive leverandører. Regnskapssystemet vårt inneholder "
          "312 registrerte leverandører, men de fleste er engangskjøp. Av de aktive leverandørene "
          "er tolv i kategorier med høy risiko, først og fremst datautstyr, mobiltelefoner og "
          "kontormøbler."),
        P("**Risiko.** Bærbare PC-er og telefoner produseres i fabrikker i Kina og Vietnam, der "
          "det er kjent risiko for tvungen overtid og for konfliktmineraler i komponentene. Vi "
          "kjøper alt utstyr gjennom én forhandler, Datakompaniet AS."),
        P("**Funn.** Vi har ikke funnet brudd på menneskerettigheter eller anstendige "
          "arbeidsforhold hos leverandørene våre i 2024."),
        H(2, "Hva vi gjør videre"),
        Bullets(["I 2025 tar vi inn krav om TCO Certified-merking i neste anbud på datautstyr.",
                 "Vi forlenger levetiden på bærbare PC-er fra tre til fire år fra høsten 2025."]),
        P("Vil du vite mer om Kodeverket? Se kodeverket.example."),
    ],
    gold=Gold(
        organisation="Kodeverket AS",
        doc_type="transparency_report", language="nb", report_year=2024,
        published=None,
        percentages=[],
        deadlines=[
            ddl("I 2025", "2025-12-31",
                "krav om TCO Certified-merking i neste anbud på datautstyr"),
            ddl("fra høsten 2025", "2025-11-30",
                "levetiden på bærbare PC-er forlenges fra tre til fire år"),
        ],
        organisations=["Datakompaniet AS"],
        suppliers=[
            sup("Datakompaniet AS", "datautstyr",
                "Vi kjøper alt utstyr gjennom én forhandler, Datakompaniet AS."),
        ],
        risk_sectors=["ict_hardware", "furniture"],
        risk_issues=["working_hours", "forced_labour", "conflict_minerals"],
        extra={
            "transparency_facts": {
                "business_partners_total": 85,
                "high_risk_suppliers": 12,
                "violations_found": False,
                "employees": 112,
                "revenue_nok": 164000000,
                "registered_suppliers": 312,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Kodeverket AS lager skreddersydd programvare og driftstjenester for kunder i "
                   "offentlig sektor og finans."),
                ck("guidelines_described", "present",
                   "Våre etiske retningslinjer gjelder for alle ansatte og innleide konsulenter"),
                ck("adverse_impacts_or_risks_reported", "present",
                   "Vi har ikke funnet brudd på menneskerettigheter eller anstendige "
                   "arbeidsforhold hos leverandørene våre i 2024."),
                ck("measures_reported", "present",
                   "I 2025 tar vi inn krav om TCO Certified-merking i neste anbud på datautstyr.",
                   "Concretely planned preventive measures."),
                ck("results_reported", "absent", None),
                ck("signed_by_board", "absent", None),
                ck("information_request_route", "absent", None,
                   "Only a general website link."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T9. Lindgren Tekstil AS, 2024 — nn, importer of workwear; law-definition trap in
#     nynorsk; "ni amfori BSCI-revisjonar"; foreign legal forms (Ltd., A.Ş.); back pay
#     as a result; board signature; ruled factory table
# ---------------------------------------------------------------------------

LINDGREN = Doc(
    doc_id="lindgren-tekstil-openheit-2024", subdir=V,
    layout="portrait", font="serif",
    meta_title="Openheitsrapport 2024",
    meta_author="Lindgren Tekstil AS",
    header="Lindgren Tekstil AS · Openheitsrapport 2024", header_on_first_page=False,
    footer="{page}",
    blocks=[
        Title("Openheitsrapport 2024", ["Utgreiing om aktsemdsvurderingar etter openheitslova",
                                        "Lindgren Tekstil AS, Ålesund"]),
        H(1, "Bakgrunn"),
        P("Openheitslova skal fremje verksemder sin respekt for grunnleggjande menneskerettar og "
          "anstendige arbeidsforhold. Med grunnleggjande menneskerettar meiner lova dei "
          "internasjonalt anerkjende menneskerettane, mellom anna FN sine konvensjonar og "
          "ILO sine kjernekonvensjonar. Denne rapporten gjeld rekneskapsåret 2024."),
        H(1, "Om Lindgren Tekstil"),
        P("Lindgren Tekstil AS designar og importerer arbeidsklede og profilklede til norske "
          "verksemder innan bygg, industri og helse. Selskapet er eigd av familien Lindgren og "
          "har 23 tilsette ved hovudkontoret og lageret i Ålesund. Omsetnaden var 146 millionar "
          "kroner i 2024."),
        H(1, "Retningslinjer"),
        P("Alle leverandørane våre har skrive under på amfori BSCI sine åtferdsreglar og på vår "
          "eiga leverandørerklæring om løn, arbeidstid og rett til å organisere seg. Me er "
          "medlem av amfori og Etisk handel Norge, og innkjøpssjefen har ansvaret for "
          "oppfølginga."),
        H(1, "Leverandørkjeda"),
        P("Leverandørbasen vår består av 17 leverandørar som produserer i 42 fabrikkar. 14 av dei "
          "17 leverandørane produserer i land som er klassifiserte med høg risiko, og alle fekk "
          "tilsendt eit eigenvurderingsskjema. 15 av 17 svara, det vil seie 88 prosent."),
        Table([["Land", "Fabrikkar", "Del av innkjøpsverdien"],
               ["Bangladesh", "12", "38 %"],
               ["Kina", "11", "27 %"],
               ["Tyrkia", "9", "21 %"],
               ["Portugal", "6", "9 %"],
               ["Litauen", "4", "5 %"]],
              widths=[2, 1.2, 2], align_right_from=1),
        H(1, "Revisjonar og funn"),
        P("I 2024 vart det gjennomført ni amfori BSCI-revisjonar hos fabrikkane våre. Hos Dhaka "
          "Knitwear Ltd. i Bangladesh fann revisorane systematisk overtid på over 72 timar i "
          "veka i høgsesongen. Hos Ege Tekstil A.Ş. i Tyrkia fekk syrske flyktningar utbetalt "
          "løn under minsteløna og var utan skriftleg arbeidskontrakt."),
        H(1, "Tiltak og resultat"),
        P("Me kravde at begge fabrikkane skulle lage ein tiltaksplan. Ege Tekstil A.Ş. har "
          "tilsett arbeidarane med kontrakt, og 64 arbeidarar fekk etterbetalt løn for perioden "
          "frå januar til august. Dhaka Knitwear Ltd. har redusert overtida, men har enno ikkje "
          "nådd målet om under 60 timar i veka. Ein ny revisjon skal gjennomførast innan "
          "30. april 2025."),
        P("Spørsmål om openheitslova kan sendast til openheit@lindgren.example."),
        Spacer(12),
        P("Ålesund, 13. juni 2025"),
        P("Styret i Lindgren Tekstil AS: Berit Lindgren (styreleiar), Håkon Lindgren, "
          "Marte Sylte"),
    ],
    gold=Gold(
        organisation="Lindgren Tekstil AS",
        doc_type="transparency_report", language="nn", report_year=2024,
        published="2025-06-13",
        percentages=[
            pct(88, "88 prosent", "svarprosent på eigenvurderingsskjema"),
            pct(38, "38 %", "del av innkjøpsverdien, Bangladesh"),
            pct(27, "27 %", "del av innkjøpsverdien, Kina"),
            pct(21, "21 %", "del av innkjøpsverdien, Tyrkia"),
            pct(9, "9 %", "del av innkjøpsverdien, Portugal"),
            pct(5, "5 %", "del av innkjøpsverdien, Litauen"),
        ],
        deadlines=[ddl("innan 30. april 2025", "2025-04-30",
                       "ny revisjon hos Dhaka Knitwear Ltd.")],
        organisations=["FN", "ILO", "amfori", "Etisk handel Norge", "Dhaka Knitwear Ltd.",
                       "Ege Tekstil A.Ş."],
        suppliers=[
            sup("Dhaka Knitwear Ltd.", "strikkevarer (fabrikk i Bangladesh)",
                "Hos Dhaka Knitwear Ltd. i Bangladesh"),
            sup("Ege Tekstil A.Ş.", "tekstilfabrikk i Tyrkia", "Hos Ege Tekstil A.Ş. i Tyrkia"),
        ],
        risk_sectors=["textiles"],
        risk_issues=["working_hours", "wages", "migrant_workers"],
        extra={
            "transparency_facts": {
                "business_partners_total": 17,
                "business_partners_asked_esg": 17,
                "esg_response_rate": 88.0,
                "high_risk_suppliers": 14,
                "supplier_audits": 9,
                "violations_found": True,
                "employees": 23,
                "revenue_nok": 146000000,
                "factories": 42,
                "esg_responses": 15,
                "workers_back_paid": 64,
                "overtime_hours_per_week_found": 72,
                "overtime_target_hours_per_week": 60,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Lindgren Tekstil AS designar og importerer arbeidsklede og profilklede til "
                   "norske verksemder innan bygg, industri og helse."),
                ck("guidelines_described", "present",
                   "vår eiga leverandørerklæring om løn, arbeidstid og rett til å organisere seg"),
                ck("adverse_impacts_or_risks_reported", "present",
                   "fann revisorane systematisk overtid på over 72 timar i veka i høgsesongen"),
                ck("measures_reported", "present",
                   "Me kravde at begge fabrikkane skulle lage ein tiltaksplan."),
                ck("results_reported", "present",
                   "64 arbeidarar fekk etterbetalt løn for perioden frå januar til august"),
                ck("signed_by_board", "present",
                   "Ålesund, 13. juni 2025 … Styret i Lindgren Tekstil AS: Berit Lindgren "
                   "(styreleiar)"),
                ck("information_request_route", "present",
                   "Spørsmål om openheitslova kan sendast til openheit@lindgren.example."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T10. Havgløtt Hotell AS, 2024 — nb, hotel chain; the statement is a chapter of the
#      annual report (årsrapport) whose board report is signed; "Åpenhetsloven (2021)"
#      year trap; key figures in a borderless table (MNOK); one wage case in cleaning
# ---------------------------------------------------------------------------

HAVGLOTT = Doc(
    doc_id="havglott-hotell-arsrapport-2024", subdir=V,
    layout="two_column", font="sans", hyphenate=True,
    meta_title="Årsrapport 2024",
    meta_author="Havgløtt Hotell AS – økonomiavdelingen",
    header="Havgløtt Hotell AS – Årsrapport 2024", header_on_first_page=False,
    footer="{page}", footer_align="center",
    blocks=[
        H(1, "Årsrapport 2024"),
        P("Havgløtt Hotell AS", "lead"),
        ColumnBreak(),
        H(2, "Året i korte trekk", "1"),
        P("Havgløtt Hotell AS driver ni hoteller langs kysten fra Kristiansund til Bodø, med til "
          "sammen 1 480 rom og to konferansesentre. Selskapet er eid av Havgløtt Eiendom AS. "
          "Belegget økte til 68 prosent, mot 63 prosent i 2023, drevet av økt kurs- og "
          "konferansetrafikk."),
        Table([["Nøkkeltall", "2024", "2023"],
               ["Driftsinntekter (MNOK)", "812", "744"],
               ["Driftsresultat (MNOK)", "61", "48"],
               ["Medarbeidere ved årsslutt", "614", "590"],
               ["Hoteller", "9", "8"]],
              widths=[2.6, 1, 1], ruled=False, lines="none", align_right_from=1),
        H(2, "Redegjørelse etter åpenhetsloven", "2"),
        P("Åpenhetsloven (2021) pålegger større virksomheter å gjøre aktsomhetsvurderinger og å "
          "offentliggjøre en redegjørelse hvert år. Dette kapittelet er vår redegjørelse for "
          "2024."),
        H(3, "Retningslinjer og organisering", "2.1"),
        P("Havgløtt har etiske retningslinjer for ansatte og et eget sett med etiske krav til "
          "leverandører, som er vedlegg til alle rammeavtaler. Innkjøpssjefen koordinerer "
          "aktsomhetsarbeidet, og status rapporteres til styret to ganger i året."),
        H(3, "Leverandører og risiko", "2.2"),
        P("Vi kjøper varer og tjenester fra rundt 450 leverandører. De største er "
          "matgrossisten Kystmat Engros AS, vaskeriet Vaskeriet Midt AS og "
          "renholdsselskapet Renhold Partner AS. Vi har vurdert 26 leverandører til å ha høy "
          "risiko, særlig innen renhold, vaskeri, tekstiler som sengetøy og håndklær, og "
          "importert frukt og sjømat."),
        P("Vi sendte spørreskjema til 60 leverandører; svarprosenten var 55 %. I november "
          "gjennomførte vi et revisjonsbesøk hos vaskeriet, uten funn."),
        H(3, "Funn og tiltak", "2.3"),
        P("Vi avdekket ett tilfelle av manglende overtidsbetaling hos en leverandør av "
          "renholdstjenester, etter tips fra en ansatt. Leverandøren har rettet forholdet, og "
          "sju renholdere fikk etterbetalt til sammen 86 000 kroner. Vi har innført "
          "kvartalsvise kontroller av timelister hos renholdsleverandørene. Innen sommeren 2025 "
          "skal alle leverandører med høy risiko ha besvart spørreskjemaet."),
        H(2, "Styrets underskrifter", "3"),
        P("Trondheim, 30. april 2025"),
        P("Styret i Havgløtt Hotell AS"),
        P("Grete Havik, styreleder · Anders Moe · Sunniva Berg · Rune Havik · Tone Lie, "
          "adm. direktør"),
    ],
    gold=Gold(
        organisation="Havgløtt Hotell AS",
        doc_type="transparency_report", language="nb", report_year=2024,
        published="2025-04-30",
        percentages=[
            pct(68, "68 prosent", "rombelegg 2024"),
            pct(63, "63 prosent", "rombelegg 2023"),
            pct(55, "55 %", "svarprosent på spørreskjema til leverandører"),
        ],
        deadlines=[ddl("Innen sommeren 2025", "2025-08-31",
                       "alle leverandører med høy risiko har besvart spørreskjemaet")],
        organisations=["Havgløtt Eiendom AS", "Kystmat Engros AS", "Vaskeriet Midt AS",
                       "Renhold Partner AS"],
        suppliers=[
            sup("Kystmat Engros AS", "matgrossist", "matgrossisten Kystmat Engros AS"),
            sup("Vaskeriet Midt AS", "vaskeri", "vaskeriet Vaskeriet Midt AS"),
            sup("Renhold Partner AS", "renhold", "renholdsselskapet Renhold Partner AS"),
            sup(None, "renholdstjenester",
                "manglende overtidsbetaling hos en leverandør av renholdstjenester"),
        ],
        risk_sectors=["cleaning", "textiles", "food"],
        risk_issues=["wages"],
        extra={
            "transparency_facts": {
                "business_partners_total": 450,
                "business_partners_asked_esg": 60,
                "esg_response_rate": 55.0,
                "high_risk_suppliers": 26,
                "supplier_audits": 1,
                "violations_found": True,
                "employees": 614,
                "revenue_nok": 812000000,
                "hotels": 9,
                "rooms": 1480,
                "operating_profit_nok": 61000000,
                "cleaners_back_paid": 7,
                "back_pay_nok": 86000,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Havgløtt Hotell AS driver ni hoteller langs kysten fra Kristiansund til Bodø"),
                ck("guidelines_described", "present",
                   "Havgløtt har etiske retningslinjer for ansatte og et eget sett med etiske krav "
                   "til leverandører, som er vedlegg til alle rammeavtaler."),
                ck("adverse_impacts_or_risks_reported", "present",
                   "Vi avdekket ett tilfelle av manglende overtidsbetaling hos en leverandør av "
                   "renholdstjenester"),
                ck("measures_reported", "present",
                   "Vi har innført kvartalsvise kontroller av timelister hos "
                   "renholdsleverandørene."),
                ck("results_reported", "present",
                   "sju renholdere fikk etterbetalt til sammen 86 000 kroner"),
                ck("signed_by_board", "present",
                   "Trondheim, 30. april 2025 … Styret i Havgløtt Hotell AS",
                   "The annual report, of which the statement is a chapter, is signed by the "
                   "board."),
                ck("information_request_route", "absent", None),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T11. Polarpharma Norge AS, 2024 — en, Norwegian subsidiary of a US group; lettered
#      headings (A., B., ...); the parent's legal department as Author; "commercial
#      relationships with 312 business partners"; "we screened 95 high-risk suppliers";
#      no findings; a result of a measure; board signatures; contact form
# ---------------------------------------------------------------------------

POLARPHARMA = Doc(
    doc_id="polarpharma-norge-transparency-2024", subdir=V,
    layout="portrait", font="serif",
    meta_title="Norwegian Transparency Act – Statement 2024",
    meta_author="Polarpharma Holdings Inc. – Legal Department",
    header="Polarpharma Norge AS", header_on_first_page=False,
    footer="Page {page} of {pages}", footer_align="center",
    blocks=[
        Title("Statement on due diligence under the Norwegian Transparency Act",
              ["Polarpharma Norge AS · Reporting year 2024"]),
        H(1, "Introduction", "A"),
        P("Polarpharma Norge AS is the Norwegian subsidiary of Polarpharma Holdings Inc., a "
          "pharmaceutical group based in New Jersey, USA. From our office in Oslo, 74 employees "
          "import and distribute prescription medicines and medical devices to hospitals and "
          "pharmacies in Norway. Turnover in 2024 was NOK 1.9 billion."),
        H(1, "Policies", "B"),
        P("We follow the group's Global Supplier Standards, which cover forced and child labour, "
          "wages and working hours, health and safety and the environment. In addition, the "
          "Norwegian company adopted a local due diligence procedure in 2023 that sets out how "
          "risks are assessed, who follows up suppliers and how grievances are handled."),
        H(1, "Business partners and risk", "C"),
        P("We had commercial relationships with 312 business partners in 2024, most of them group "
          "companies, logistics providers and service suppliers. Warehousing and distribution are "
          "handled by NordLog Pharma AS and Kjøl & Frakt AS, and our offices are cleaned by Rent "
          "Kontor AS."),
        P("Using country and product risk, we screened 95 high-risk suppliers. We sent our "
          "supplier questionnaire to 40 of them, and 29 responded (73%). The group carried out "
          "two audits of manufacturers supplying the Norwegian market."),
        P("The most significant risks in our value chain are:"),
        Bullets(["Active pharmaceutical ingredients from India and China: occupational health and "
                 "safety and pollution from production.",
                 "Examination gloves and other disposable medical devices from Malaysia: forced "
                 "labour linked to recruitment fees paid by migrant workers.",
                 "Road transport of medicines in Norway: drivers' working hours."]),
        H(1, "Findings", "D"),
        P("No instances of forced labour or child labour were identified in our supply chain in "
          "2024, and the two audits did not reveal any breaches."),
        H(1, "Measures and results", "E"),
        P("After we raised the recruitment-fee risk with our glove supplier, it moved production "
          "to a factory certified under SA8000. All gloves delivered to us in the fourth quarter "
          "came from that factory. We also added human rights clauses to our logistics contracts "
          "and will audit one transport subcontractor by 31 March 2025."),
        H(1, "Requests for information", "F"),
        P("Anyone may ask for information about how we handle adverse impacts. Please use the "
          "contact form at polarpharma.example/no/transparency."),
        Spacer(10),
        P("Oslo, 25 June 2025 – The Board of Directors of Polarpharma Norge AS"),
        P("Laura M. Kessler (Chair) · Henrik Aasen · Mona Lier"),
    ],
    gold=Gold(
        organisation="Polarpharma Norge AS",
        doc_type="transparency_report", language="en", report_year=2024,
        published="2025-06-25",
        percentages=[pct(73, "73%", "supplier questionnaire response rate")],
        deadlines=[ddl("by 31 March 2025", "2025-03-31", "audit one transport subcontractor")],
        organisations=["Polarpharma Holdings Inc.", "NordLog Pharma AS", "Kjøl & Frakt AS",
                       "Rent Kontor AS"],
        suppliers=[
            sup("NordLog Pharma AS", "warehousing and distribution",
                "Warehousing and distribution are handled by NordLog Pharma AS"),
            sup("Kjøl & Frakt AS", "warehousing and distribution", "Kjøl & Frakt AS"),
            sup("Rent Kontor AS", "office cleaning",
                "our offices are cleaned by Rent Kontor AS"),
            sup(None, "examination gloves", "our glove supplier"),
            sup(None, "transport subcontractor", "one transport subcontractor"),
        ],
        risk_sectors=["pharmaceuticals", "medical_consumables", "transport_logistics"],
        risk_issues=["health_safety", "environment", "forced_labour", "migrant_workers",
                     "working_hours"],
        extra={
            "transparency_facts": {
                "business_partners_total": 312,
                "business_partners_asked_esg": 40,
                "esg_response_rate": 73.0,
                "high_risk_suppliers": 95,
                "supplier_audits": 2,
                "violations_found": False,
                "employees": 74,
                "revenue_nok": 1900000000,
                "esg_responses": 29,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Polarpharma Norge AS is the Norwegian subsidiary of Polarpharma Holdings Inc."),
                ck("guidelines_described", "present",
                   "the Norwegian company adopted a local due diligence procedure in 2023 that "
                   "sets out how risks are assessed"),
                ck("adverse_impacts_or_risks_reported", "present",
                   "No instances of forced labour or child labour were identified in our supply "
                   "chain in 2024"),
                ck("measures_reported", "present",
                   "We also added human rights clauses to our logistics contracts"),
                ck("results_reported", "present",
                   "All gloves delivered to us in the fourth quarter came from that factory."),
                ck("signed_by_board", "present",
                   "Oslo, 25 June 2025 – The Board of Directors of Polarpharma Norge AS"),
                ck("information_request_route", "present",
                   "Please use the contact form at polarpharma.example/no/transparency."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T12. Eidsgard Bakeri AS, 2024 — nn, bakery; key figures only in a ruled two-column
#      table ("Svarprosent | 72 %"); "mill. kroner"; "eitt tilfelle" of child labour in
#      hazelnut harvesting; no board; e-mail for requests; short
# ---------------------------------------------------------------------------

EIDSGARD = Doc(
    doc_id="eidsgard-bakeri-openheitslova-2024", subdir=V,
    layout="portrait", font="sans",
    meta_title="Openheitslova 2024",
    meta_author="Dagleg leiar",
    header=None,
    footer="Eidsgard Bakeri AS – utgreiing etter openheitslova – {page}", footer_align="left",
    blocks=[
        Title("Utgreiing etter openheitslova 2024", ["Eidsgard Bakeri AS"]),
        P("Eidsgard Bakeri er eit familieeigd bakeri i Nordfjordeid som bakar brød, kaker og "
          "lefser til daglegvarebutikkar i Vestland og Møre og Romsdal. Me har om lag 140 "
          "tilsette og hadde ein omsetnad på 310 mill. kroner i 2024."),
        H(1, "Nøkkeltal"),
        Table([["Aktsemdsvurderingar 2024", ""],
               ["Leverandørar", "210"],
               ["– av desse i land med høg risiko", "35"],
               ["Leverandørar som fekk eigenerklæring", "60"],
               ["Svarprosent", "72 %"],
               ["Revisjonar", "1"]],
              widths=[3, 1], align_right_from=1),
        H(1, "Rutinar og ansvar"),
        P("Innkjøpsansvarleg gjer ei risikovurdering av alle nye leverandørar av råvarer og "
          "emballasje etter ein skriftleg rutine som vart vedteken i 2023. Alle leverandørar skal "
          "godta dei etiske krava våre før første levering."),
        H(1, "Kva har me funne?"),
        P("Kakao, hasselnøtter og palmeolje er dei råvarene som har høgast risiko. Risikoen gjeld "
          "barnearbeid og låg løn for sesongarbeidarar i innhaustinga, og avskoging knytt til "
          "palmeolje. Mjøl kjøper me frå Vestmøllene AS, og smør frå ein norsk meierileverandør."),
        P("Ved revisjonen hos leverandøren vår av hasselnøtter i Tyrkia fann me eitt tilfelle av "
          "barnearbeid: ein 14 år gammal gut arbeidde i innhaustinga på ein underleverandør sin "
          "gard. Leverandøren har fått krav om ein plan for å sikre at barn ikkje arbeider i "
          "innhaustinga neste sesong."),
        H(1, "Vidare arbeid"),
        P("Innan 1. september 2025 skal all palmeolje me kjøper, vere RSPO-sertifisert. Spørsmål "
          "om utgreiinga kan sendast til post@eidsgard-bakeri.example."),
    ],
    gold=Gold(
        organisation="Eidsgard Bakeri AS",
        doc_type="transparency_report", language="nn", report_year=2024,
        published=None,
        percentages=[pct(72, "72 %", "svarprosent på eigenerklæring frå leverandørar")],
        deadlines=[ddl("Innan 1. september 2025", "2025-09-01",
                       "all palmeolje skal vere RSPO-sertifisert")],
        organisations=["Vestmøllene AS", "RSPO"],
        suppliers=[
            sup("Vestmøllene AS", "mjøl", "Mjøl kjøper me frå Vestmøllene AS"),
            sup(None, "smør (meieri)", "smør frå ein norsk meierileverandør"),
            sup(None, "hasselnøtter", "hos leverandøren vår av hasselnøtter i Tyrkia"),
            sup(None, "hasselnøtter (underleverandør, gard)", "på ein underleverandør sin gard"),
        ],
        risk_sectors=["food"],
        risk_issues=["child_labour", "wages", "environment"],
        extra={
            "transparency_facts": {
                "business_partners_total": 210,
                "business_partners_asked_esg": 60,
                "esg_response_rate": 72.0,
                "high_risk_suppliers": 35,
                "supplier_audits": 1,
                "violations_found": True,
                "employees": 140,
                "revenue_nok": 310000000,
                "child_age_found": 14,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Eidsgard Bakeri er eit familieeigd bakeri i Nordfjordeid som bakar brød, kaker "
                   "og lefser til daglegvarebutikkar"),
                ck("guidelines_described", "present",
                   "Innkjøpsansvarleg gjer ei risikovurdering av alle nye leverandørar av råvarer "
                   "og emballasje etter ein skriftleg rutine som vart vedteken i 2023."),
                ck("adverse_impacts_or_risks_reported", "present",
                   "fann me eitt tilfelle av barnearbeid"),
                ck("measures_reported", "present",
                   "Leverandøren har fått krav om ein plan for å sikre at barn ikkje arbeider i "
                   "innhaustinga neste sesong."),
                ck("results_reported", "absent", None),
                ck("signed_by_board", "absent", None),
                ck("information_request_route", "present",
                   "Spørsmål om utgreiinga kan sendast til post@eidsgard-bakeri.example."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T13. Bo & Hjem Interiør AS, 2024 — nb, furniture and home-textile retail; ruled
#      risk-and-findings table (område | risiko | funn | tiltak | status); footnote;
#      "Co., Ltd.", "Pvt. Ltd.", "Sp. z o.o."; "tolv sosiale revisjoner"; 100 % answered;
#      electronic board signatures
# ---------------------------------------------------------------------------

BOHJEM = Doc(
    doc_id="bo-og-hjem-interior-apenhet-2024", subdir=V,
    layout="landscape", font="sans",
    meta_title="Redegjørelse etter åpenhetsloven",
    meta_author="BHI_Ansvarlighandel",
    header="Bo & Hjem Interiør AS · Redegjørelse etter åpenhetsloven for 2024",
    footer="{page}", footer_align="right",
    blocks=[
        H(1, "Ansvarlig handel i Bo & Hjem 2024"),
        P("Bo & Hjem Interiør AS er en norsk kjede med 48 butikker og nettbutikk for møbler, "
          "tekstiler og interiør. Hovedkontoret ligger i Drammen. Vi har om lag 650 ansatte, og "
          "omsetningen var 1,45 milliarder kroner. Selskapet er eid av Hjem Invest AS."),
        P("Vår policy for ansvarlig handel og leverandørkravene våre bygger på amfori BSCI "
          "Code of Conduct. Kravene er en del av alle innkjøpsavtaler, og avdelingen for "
          "ansvarlig handel følger opp fabrikkene sammen med innkjøperne."),
        P("Vi har direkte avtaler med 58 leverandører; 41 av dem produserer i land vi vurderer "
          "som høyrisikoland¹. Alle 58 fikk vårt spørreskjema om arbeidsforhold, og 100 % "
          "svarte. I 2024 ble det gjennomført tolv sosiale revisjoner (amfori BSCI og SMETA) "
          "hos fabrikker som produserer for oss, blant annet hos Foshan Homeware Co., Ltd. i "
          "Kina, Jaipur Looms Pvt. Ltd. i India og sofaprodusenten Meble Nowak Sp. z o.o. i "
          "Polen."),
        Footnote("¹ Vi bruker amfori Country Risk Classification."),
        Table([["Område", "Vesentlig risiko", "Hva vi fant i 2024", "Tiltak", "Status"],
               ["Tepper og tekstiler (India)", "Barnearbeid i hjemmeproduksjon, lav lønn",
                "Manglende nødutganger ved én fabrikk", "Krav om utbedring, oppfølgingsbesøk",
                "Utbedret og verifisert i november 2024"],
               ["Møbler (Kina, Vietnam)", "Lange arbeidsdager, hindring av "
                "organisasjonsfrihet", "Overtid over 60 timer per uke ved tre fabrikker",
                "Korrigerende handlingsplaner", "Pågår, ny revisjon våren 2025"],
               ["Tremøbler", "Ulovlig hogst og avskoging", "Ingen funn",
                "Krav om FSC-sertifisert tre", "74 % av volumet sertifisert"]],
              widths=[1.6, 2, 2, 1.8, 1.8], font_size=8.5),
        P("Innen utgangen av 2025 skal minst 90 % av trevolumet være FSC-sertifisert. Spørsmål om "
          "redegjørelsen kan sendes til ansvarlighandel@bohjem.example."),
        P("Drammen, 18. juni 2025. Styret i Bo & Hjem Interiør AS – signert elektronisk: Stein "
          "Brenna (styreleder), Guro Tandberg, Erik Lund, Nina Aase."),
    ],
    gold=Gold(
        organisation="Bo & Hjem Interiør AS",
        doc_type="transparency_report", language="nb", report_year=2024,
        published="2025-06-18",
        percentages=[
            pct(100, "100 %", "svarprosent på spørreskjema om arbeidsforhold"),
            pct(74, "74 %", "andel av trevolumet som er FSC-sertifisert"),
            pct(90, "90 %", "mål for FSC-sertifisert trevolum innen utgangen av 2025"),
        ],
        deadlines=[
            ddl("våren 2025", "2025-05-31", "ny revisjon ved møbelfabrikkene"),
            ddl("Innen utgangen av 2025", "2025-12-31",
                "minst 90 % av trevolumet FSC-sertifisert"),
        ],
        organisations=["Hjem Invest AS", "amfori", "Foshan Homeware Co., Ltd.",
                       "Jaipur Looms Pvt. Ltd.", "Meble Nowak Sp. z o.o.", "FSC"],
        suppliers=[
            sup("Foshan Homeware Co., Ltd.", "møbler og interiør (fabrikk i Kina)",
                "Foshan Homeware Co., Ltd. i Kina"),
            sup("Jaipur Looms Pvt. Ltd.", "tepper og tekstiler (fabrikk i India)",
                "Jaipur Looms Pvt. Ltd. i India"),
            sup("Meble Nowak Sp. z o.o.", "sofaer", "sofaprodusenten Meble Nowak Sp. z o.o. i "
                "Polen"),
        ],
        risk_sectors=["textiles", "furniture"],
        risk_issues=["child_labour", "wages", "working_hours", "freedom_of_association",
                     "environment", "health_safety"],
        extra={
            "transparency_facts": {
                "business_partners_total": 58,
                "business_partners_asked_esg": 58,
                "esg_response_rate": 100.0,
                "high_risk_suppliers": 41,
                "supplier_audits": 12,
                "violations_found": True,
                "employees": 650,
                "revenue_nok": 1450000000,
                "stores": 48,
                "factories_with_overtime_breach": 3,
                "weekly_overtime_hours_over": 60,
                "fsc_share_of_wood_volume": 74.0,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Bo & Hjem Interiør AS er en norsk kjede med 48 butikker og nettbutikk for "
                   "møbler, tekstiler og interiør."),
                ck("guidelines_described", "present",
                   "Vår policy for ansvarlig handel og leverandørkravene våre bygger på amfori "
                   "BSCI Code of Conduct."),
                ck("adverse_impacts_or_risks_reported", "present",
                   "Overtid over 60 timer per uke ved tre fabrikker"),
                ck("measures_reported", "present", "Korrigerende handlingsplaner"),
                ck("results_reported", "present", "Utbedret og verifisert i november 2024"),
                ck("signed_by_board", "present",
                   "Styret i Bo & Hjem Interiør AS – signert elektronisk"),
                ck("information_request_route", "present",
                   "Spørsmål om redegjørelsen kan sendes til ansvarlighandel@bohjem.example."),
            ],
        },
    ),
)

# ---------------------------------------------------------------------------
# T14. Vaktsenteret Sikkerhet AS, 2024 — nb, security services; ALL-CAPS headings and
#      headings ending with a colon; "nesten 900 leverandører, men bare 64 ..."; a breach
#      in the company's own business (overtime); "kr 1 120 mill."; the board approved the
#      guidelines (not the statement): signed by the CEO only
# ---------------------------------------------------------------------------

VAKTSENTERET = Doc(
    doc_id="vaktsenteret-sikkerhet-apenhet-2024", subdir=V,
    layout="portrait", font="helvetica",
    meta_title="Åpenhetsloven - Vaktsenteret 2024",
    meta_author="Microsoft Office User",
    header=None,
    footer="Vaktsenteret Sikkerhet AS | Org.nr. 999 888 777 | side {page}", footer_align="left",
    blocks=[
        Title("REDEGJØRELSE ETTER ÅPENHETSLOVEN 2024", ["Vaktsenteret Sikkerhet AS"]),
        H(1, "OM OSS"),
        P("Vaktsenteret Sikkerhet AS leverer vakthold, resepsjonstjenester og alarmmottak til "
          "næringsliv og offentlige virksomheter på Østlandet. Selskapet har hovedkontor i "
          "Lillestrøm og avdelinger i Hamar og Gjøvik. Vi er om lag 1 050 ansatte, hvorav 780 "
          "vektere. Omsetning 2024: kr 1 120 mill."),
        H(1, "RETNINGSLINJER:"),
        P("Våre etiske retningslinjer og vår rutine for aktsomhetsvurderinger beskriver hvordan "
          "vi kartlegger og følger opp risiko i egen virksomhet og hos leverandører. Styret "
          "godkjente de oppdaterte etiske retningslinjene i mars 2024. Åpenhetsloven trådte i "
          "kraft 1. juli 2022, og dette er vår tredje redegjørelse."),
        H(1, "LEVERANDØRKJEDEN:"),
        P("Vi har nesten 900 leverandører, men bare 64 av dem leverer varer eller tjenester for "
          "mer enn 500 000 kroner i året. Vi sendte egenerklæring til disse 64 og mottok svar "
          "fra 37 av dem (58 %). Elleve av leverandørene er plassert i kategorien høy risiko: "
          "leverandørene av uniformer og verneutstyr, som produseres i Pakistan og Bangladesh, "
          "og leverandørene av kameraer og annet elektronisk sikkerhetsutstyr fra Kina. Vi "
          "gjennomførte 4 revisjoner, hvorav 2 uanmeldte, hos leverandører av uniformer."),
        H(1, "FUNN I EGEN VIRKSOMHET"),
        P("Vi har avdekket brudd på arbeidstidsbestemmelsene i egen virksomhet: 23 vektere hadde "
          "mer enn 200 timer overtid i 2024, over grensen i arbeidsmiljøloven. Årsaken var "
          "bemanningsmangel ved to store kundeoppdrag. Hos leverandørene fant vi ingen brudd."),
        H(1, "TILTAK OG RESULTATER"),
        P("Vi rekrutterte 45 nye vektere og innførte ukentlig rapportering av overtid til "
          "avdelingslederne. Overtiden ble redusert med 40 prosent i andre halvår sammenlignet "
          "med første halvår. Målet er at ingen skal ha mer enn 200 timer overtid i 2025."),
        H(1, "SPØRSMÅL?"),
        P("Informasjonskrav etter åpenhetsloven sendes til informasjonskrav@vaktsenteret.example."),
        Spacer(10),
        P("Lillestrøm, 27. juni 2025"),
        P("Knut Olav Dahl, administrerende direktør"),
    ],
    gold=Gold(
        organisation="Vaktsenteret Sikkerhet AS",
        doc_type="transparency_report", language="nb", report_year=2024,
        published="2025-06-27",
        percentages=[
            pct(58, "58 %", "svarprosent på egenerklæring"),
            pct(40, "40 prosent", "reduksjon i overtid i andre halvår"),
        ],
        deadlines=[ddl("i 2025", "2025-12-31",
                       "ingen skal ha mer enn 200 timer overtid")],
        organisations=[],
        suppliers=[
            sup(None, "uniformer og verneutstyr", "leverandørene av uniformer og verneutstyr"),
            sup(None, "kameraer og elektronisk sikkerhetsutstyr",
                "leverandørene av kameraer og annet elektronisk sikkerhetsutstyr fra Kina"),
        ],
        risk_sectors=["textiles", "ict_hardware"],
        risk_issues=["working_hours"],
        extra={
            "transparency_facts": {
                "business_partners_total": 900,
                "business_partners_asked_esg": 64,
                "esg_response_rate": 58.0,
                "high_risk_suppliers": 11,
                "supplier_audits": 4,
                "violations_found": True,
                "employees": 1050,
                "revenue_nok": 1120000000,
                "security_guards": 780,
                "unannounced_audits": 2,
                "guards_over_200_overtime_hours": 23,
                "new_guards_recruited": 45,
                "esg_responses": 37,
            },
            "checklist": [
                ck("organisation_described", "present",
                   "Vaktsenteret Sikkerhet AS leverer vakthold, resepsjonstjenester og alarmmottak "
                   "til næringsliv og offentlige virksomheter på Østlandet."),
                ck("guidelines_described", "present",
                   "Våre etiske retningslinjer og vår rutine for aktsomhetsvurderinger beskriver "
                   "hvordan vi kartlegger og følger opp risiko"),
                ck("adverse_impacts_or_risks_reported", "present",
                   "23 vektere hadde mer enn 200 timer overtid i 2024, over grensen i "
                   "arbeidsmiljøloven"),
                ck("measures_reported", "present",
                   "Vi rekrutterte 45 nye vektere og innførte ukentlig rapportering av overtid til "
                   "avdelingslederne."),
                ck("results_reported", "present",
                   "Overtiden ble redusert med 40 prosent i andre halvår sammenlignet med første "
                   "halvår."),
                ck("signed_by_board", "absent", None,
                   "The board approved the ethical guidelines, not the statement; signed by the "
                   "CEO."),
                ck("information_request_route", "present",
                   "Informasjonskrav etter åpenhetsloven sendes til "
                   "informasjonskrav@vaktsenteret.example."),
            ],
        },
    ),
)

DOCS = [FJORDLYS_2023, FJORDLYS_2024, BRATTLI, ORNES, VESTVIND_2023, VESTVIND_2024, HELSEVIK,
        KODEVERKET, LINDGREN, HAVGLOTT, POLARPHARMA, EIDSGARD, BOHJEM, VAKTSENTERET]
