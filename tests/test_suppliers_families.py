"""Supplier mentions by family, written before the rules were widened for them (nb, nn, en).

The families are the ways transparency reports name suppliers: "vår leverandør av X",
"leverandører innen X", lists of named partners, staffing agencies, hauliers, cleaning and
canteen contractors, IT providers, framework agreements, purchasing through a parent or a
purchasing cooperation, subcontractors on building sites, and purchase categories in risk
tables ("Innkjøpskategori | Risiko"). Counter-cases: customers, owners, authorities,
certification and membership bodies, the author itself, competitors, unions and
collective agreements.

Each row: text, what must be found (a supplier name, or a category the found category
contains, case-insensitive), and names that must NOT be found. An empty expectation means
nothing at all may be found.
"""
from __future__ import annotations

import pytest

from extractor.extract.risk import load_lexicon
from extractor.extract.suppliers import find_suppliers

# (text, expected [(name or None, category substring or None)], forbidden names)
ROWS = [
    # "vår leverandør av X" and its word orders
    ("Vår leverandør av kaffe og frukt er sertifisert etter Fairtrade.", [(None, "kaffe og frukt")], ["Fairtrade"]),
    ("Leverandøren vår av reinhaldstenester har tariffavtale.", [(None, "reinhaldstenester")], []),
    ("Our supplier of office furniture is based in Poland.", [(None, "office furniture")], []),
    ("Suppliers of protective equipment are assessed as high risk.", [(None, "protective equipment")], []),
    ("Leverandørane våre innan bygg og anlegg får eigenerklæring.", [(None, "bygg og anlegg")], []),
    ("Vi kjøper tjenester fra leverandører innenfor IKT og konsulenttjenester.", [(None, "IKT og konsulenttjenester")], []),
    ("Vår leverandør av arbeidsklær, Profilhuset Vest AS, har signert etiske retningslinjer.",
     [("Profilhuset Vest AS", None)], []),
    ("Leverandøren av kantinetjenester er Fresh Kantinedrift.", [("Fresh Kantinedrift", None)], []),
    ("Our providers of cleaning services are audited every year.", [(None, "cleaning services")], []),
    # named partners in lists
    ("Dei viktigaste leverandørane våre er Felleskjøpet Agri og Norgesfôr.",
     [("Felleskjøpet Agri", None), ("Norgesfôr", None)], []),
    ("Blant leverandørene våre finner vi Elkjøp Bedrift, Komplett og Dustin.",
     [("Elkjøp Bedrift", None), ("Komplett", None), ("Dustin", None)], []),
    ("Key suppliers include Tetra Pak, Elopak and Huhtamaki.",
     [("Tetra Pak", None), ("Elopak", None), ("Huhtamaki", None)], []),
    ("Vi har avtale med følgende leverandører: Coor, Sodexo og Elis.",
     [("Coor", None), ("Sodexo", None), ("Elis", None)], []),
    ("Our three largest suppliers, Würth Norge, Ahlsell and Onninen, account for half of the spend.",
     [("Würth Norge", None), ("Ahlsell", None), ("Onninen", None)], []),
    ("Vi har hatt dialog med leverandørane Bakeriet Nord, Møllarane AS og Fjordkorn.",
     [("Bakeriet Nord", None), ("Møllarane AS", None), ("Fjordkorn", None)], []),
    # staffing agencies
    ("Ved behov leier vi inn personell fra bemanningsbyrå.", [(None, "bemanningsbyrå")], []),
    ("Innleie av arbeidskraft skjer gjennom Manpower og Randstad.", [("Manpower", None), ("Randstad", None)], []),
    ("We use temporary workers from staffing agencies in peak season.", [(None, "staffing agenc")], []),
    ("Vi har nytta vikarar frå Vikarhuset Bergen AS i sommar.", [("Vikarhuset Bergen AS", None)], []),
    # hauliers and transport
    ("Varene distribueres av eksterne transportører.", [(None, "transportør")], []),
    ("Deliveries to our stores are handled by third-party hauliers.", [(None, "haulier")], []),
    ("Transporten til kundane vert utført av Sogn Frakt AS.", [("Sogn Frakt AS", None)], []),
    # cleaning, canteen, security
    ("Renhold av kontorene utføres av ISS.", [("ISS", None)], []),
    ("Reinhaldet blir gjort av eit lokalt firma.", [(None, "reinhald")], []),
    ("The canteen is run by Eurest Services.", [("Eurest Services", None)], []),
    ("Vaktselskapet vi bruker har tariffavtale.", [(None, "vaktselskap")], []),
    ("Security at our warehouses is provided by Avarn Security.", [("Avarn Security", None)], []),
    # IT providers
    ("Vår IT-leverandør er Atea.", [("Atea", None)], []),
    ("Our IT services are delivered by Crayon.", [("Crayon", None)], []),
    ("Skytjenestene leveres av Microsoft og Google.", [("Microsoft", None), ("Google", None)], []),
    ("Vi har outsourcet drift av IT-systemene til Sopra Steria.", [("Sopra Steria", None)], []),
    # framework agreements, purchasing through others
    ("Kommunen har rammeavtaler med Lyreco og Staples på kontorrekvisita.", [("Lyreco", None), ("Staples", None)], []),
    ("Vi har inngått rammeavtale om kjøp av arbeidsklær.", [(None, "arbeidsklær")], []),
    ("Gjennom innkjøpssamarbeidet BTV Innkjøp har vi avtaler med Coor Service Management og Norengros.",
     [("Coor Service Management", None), ("Norengros", None)], ["BTV Innkjøp"]),
    ("We have framework agreements with Lyreco and Dustin.", [("Lyreco", None), ("Dustin", None)], []),
    ("Innkjøp av varer skjer i stor grad via morselskapet Fjordgruppen AS.", [], ["Fjordgruppen AS"]),
    # subcontractors on building sites
    ("I byggeprosjektene bruker vi underentreprenører innen elektro, rør og maling.", [(None, "elektro")], []),
    ("Underentreprenøren Betongbygg Vest AS utførte grunnarbeidet.", [("Betongbygg Vest AS", None)], []),
    ("On our construction sites we use subcontractors for electrical work and plumbing.", [(None, "electrical work")], []),
    ("På byggeplassane nyttar vi underentreprenørar til grunnarbeid og betong.", [(None, "grunnarbeid")], []),
    # kinds of supplier
    ("Vi kjøper matvarer fra lokale produsenter.", [(None, "matvarer")], []),
    ("Our cleaning contractor pays all staff above the minimum wage.", [(None, "cleaning")], []),
    ("Vi leier kontorlokaler av Storebrand Eiendom.", [("Storebrand Eiendom", None)], []),
    # purchase categories in risk tables
    ("Innkjøpskategori | Risiko\nArbeidsklær og verneutstyr | Høy\nIT-utstyr | Høy\nKontorrekvisita | Lav",
     [(None, "arbeidsklær og verneutstyr"), (None, "IT-utstyr"), (None, "kontorrekvisita")], []),
    ("Procurement category | Risk level | Measures\nCleaning services | Medium | Audits\nConstruction | High | Site checks",
     [(None, "cleaning services"), (None, "construction")], []),
    ("Vareområde | Risikovurdering\nMatvarer | Middels\nReinhaldstenester | Høg",
     [(None, "matvarer"), (None, "reinhaldstenester")], []),
    # not suppliers of the author
    ("Våre største kunder er Equinor og Statkraft.", [], []),
    ("Vi leverer tjenester til Helse Bergen og Helse Fonna.", [], []),
    ("Selskapet eies av Aker ASA og Folketrygdfondet.", [], []),
    ("Mattilsynet gjennomførte inspeksjon ved anlegget i mai.", [], []),
    ("Vi er tilsluttet UN Global Compact og medlem av Norsk Industri.", [], []),
    ("Vi er en totalleverandør av bygg- og anleggstjenester.", [], []),
    ("Våre viktigste konkurrenter er Veidekke og AF Gruppen.", [], []),
    ("Vi har tariffavtale med Fellesforbundet og EL og IT Forbundet.", [], []),
    ("Virksomheten har IA-avtale med NAV.", [], []),
    ("The company is owned by Nordic Capital Fund X.", [], []),
    ("Fabrikkene er sertifisert etter SA8000 av Bureau Veritas.", [], []),
    ("Leverandørene våre må signere våre etiske retningslinjer.", [], []),
    ("We expect all our suppliers to respect human rights.", [], []),
    ("Redegjerda er godkjend av styret i Fjordkraft Vest AS.", [], []),
    ("The statement was approved by the board of Nordlys Energi AS.", [], []),
    ("Vi kjøper ikke inn varer fra Russland eller Belarus.", [], []),
    ("Kategori | Antall\nKvinner | 120\nMenn | 80", [], []),
    ("Spekter forhandler tariffavtalen på vegne av oss.", [], []),
]

# A second batch, written after the first was passing, to check that the widened families hold.
ROWS_2 = [
    ("Vi kjøper inn arbeidsklær og verneutstyr gjennom rammeavtalen med Würth Norge AS.", [("Würth Norge AS", None)], []),
    ("Kontrakten med Coor Service Management om renhold løper ut i 2026.", [("Coor Service Management", None)], []),
    ("Leverandøren av kaffeautomatene, Kaffebrenneriet Nord, har fått egenerklæringsskjema.",
     [("Kaffebrenneriet Nord", None)], []),
    ("Our catering partner, Fresh Food Nordic, serves 1,200 meals a day.", [("Fresh Food Nordic", None)], []),
    ("Transportbyrået Fjordlast AS kjører varer for oss.", [("Fjordlast AS", None)], []),  # the trade word is no part of the name
    ("Me har engasjert Fjordrådgjeving til å gå gjennom leverandørkjeda.", [("Fjordrådgjeving", None)], []),
    ("We commissioned Ethica Consulting to carry out the risk assessment.", [("Ethica Consulting", None)], []),
    ("Renholdet i kontorbygget er satt ut til et eksternt firma.", [(None, "renhold")], []),
    ("Fruit and vegetables are bought from local wholesalers.", [(None, "fruit and vegetables")], []),
    ("Matvarer kjøpes i hovedsak fra lokale grossister.", [(None, "matvarer")], []),
    ("Drivstoff kjøper vi av Circle K.", [("Circle K", None)], []),
    ("Elektrisk arbeid på anlegget ble utført av Elektroinstallatøren Vest AS.", [("Elektroinstallatøren Vest AS", None)], []),
    ("Byggeprosjektet har Veidekke som totalentreprenør.", [("Veidekke", None)], []),
    ("We selected Bravida as our electrical contractor.", [("Bravida", None)], []),
    ("Our uniforms are produced by Alpha Textiles Ltd in Turkey.", [("Alpha Textiles Ltd", None)], []),
    ("The haulage is outsourced to Baltic Road Cargo UAB.", [("Baltic Road Cargo UAB", None)], []),
    ("Vi har en avtale med Securitas om vakthold.", [("Securitas", None)], []),
    ("IT-driften er outsourcet til en ekstern leverandør.", [(None, "IT-drift")], []),
    ("Kantinetjenesten kjøpes fra Eurest.", [("Eurest", None)], []),
    ("Avfallet vårt hentes av Norsk Gjenvinning.", [("Norsk Gjenvinning", None)], []),
    ("Waste from our sites is collected by Ragn-Sells.", [("Ragn-Sells", None)], []),
    ("Leverandøren vår innanfor reinhald har tariffavtale.", [(None, "reinhald")], []),
    ("Suppliers of packaging and labels are assessed every year.", [(None, "packaging")], []),
    ("Innkjøpsområde | Antall leverandører | Risiko\nBygg og anlegg | 45 | Høy\nKonsulenttjenester | 30 | Lav",
     [(None, "bygg og anlegg"), (None, "konsulenttjenester")], []),
    ("Varene kjøpes i hovedsak fra to grossister.", [(None, "grossist")], []),
    ("Forskaling kjøper vi fra Baltic Formwork UAB i Litauen.", [("Baltic Formwork UAB", None)], []),
    # not suppliers of the author
    ("Our code of conduct requires suppliers of cocoa to map their supply chains.", [], []),
    ("Vi har mottatt tilskudd fra Innovasjon Norge.", [], []),
    ("Vi har avtale med kommunen om levering av skolemat.", [], []),
    ("Vi leverer renholdstjenester til kommunene i regionen.", [], []),
    ("Kunden vår, Equinor ASA, stiller strenge krav til leverandører.", [], []),
    ("Vi har ingen avtaler med bemanningsbyråer.", [], []),
    ("Our largest customer, Statkraft AS, requires supplier audits.", [], []),
    ("Vi er en av Norges største leverandører av fisk.", [], []),
    ("The Norwegian Labour Inspection Authority carried out an inspection in May.", [], []),
    ("Tariffavtalen med Fagforbundet gjelder alle tilsette.", [], []),
]

# A third batch: suppliers laid out as lists and tables, partners, trade and supply verbs with the firm first.
ROWS_3 = [
    ("Våre viktigste leverandører:\n• Tine SA – meieriprodukter\n• Nortura SA – kjøtt og egg\n• Bama Gruppen – frukt og grønt",
     [("Tine SA", None), ("Nortura SA", None), ("Bama Gruppen", None)], []),
    ("Our key suppliers are:\n- Lyreco (office supplies)\n- Dustin (IT equipment)\n\nWe audit them yearly.",
     [("Lyreco", None), ("Dustin", None)], []),
    ("Dei største leverandørane våre i 2024 var:\n1. Fjordkorn AS: mjøl\n2. Vestmeieriet: smør",
     [("Fjordkorn AS", None), ("Vestmeieriet", None)], []),
    ("Leverandør | Kategori | Land\nTine SA | Meieriprodukter | Norge\nArla Foods | Ost | Danmark",
     [("Tine SA", None), ("Arla Foods", None)], []),
    ("Supplier | Product | Risk\nKaya Tekstil | Workwear | High\nNordic Paper AB | Paper | Low",
     [("Kaya Tekstil", None), ("Nordic Paper AB", None)], []),
    ("Vi har 320 leverandører, og de største er Ahlsell, Onninen og Brødrene Dahl.",
     [("Ahlsell", None), ("Onninen", None), ("Brødrene Dahl", None)], []),
    ("Våre samarbeidspartnere i byggeprosjektene er Veidekke og Betonmast.", [("Veidekke", None), ("Betonmast", None)], []),
    ("Our business partners include Maersk and DFDS.", [("Maersk", None), ("DFDS", None)], []),
    ("Vi handler hovedsakelig med Norgesgruppen og Bama.", [("Norgesgruppen", None), ("Bama", None)], []),
    ("Tine leverer meieriprodukter til alle våre kantiner.", [("Tine", None)], []),
    ("Bergen Vaskeri leverer rene arbeidsklær til oss hver uke.", [("Bergen Vaskeri", None)], []),
    ("Kiwa supplies the certification audits to us.", [("Kiwa", None)], []),
    ("Our cleaning contractor, Rentco Services, pays all staff above the minimum wage.", [("Rentco Services", None)], []),
    ("We have framework agreements with Dustin and Lyreco for IT equipment.", [("Dustin", None), ("Lyreco", None)], ["Lyreco for IT"]),
    # not suppliers of the author
    ("Våre viktigste kunder:\n• Equinor ASA\n• Statkraft AS", [], []),
    ("Eierne våre er:\n- Fjordkraft Holding AS (60 %)\n- Kommunen (40 %)", [], []),
    ("Vi leverer strøm til 40 000 kunder.", [], []),
    ("Kommunen leverer helsetjenester til innbyggerne.", [], []),
    ("Kunde | Omsetning | Andel\nEquinor ASA | 120 | 40 %", [], []),
    ("Samarbeidspartnere i likestillingsarbeidet er NAV og Fylkeskommunen.", [], ["NAV"]),
]

# A fourth batch: council and board papers, action plans (contracts awarded, tenders, decisions).
ROWS_4 = [
    ("Kontrakten om nytt ventilasjonsanlegg tildeles Klima Vest AS.", [("Klima Vest AS", None)], []),
    ("Formannskapet tildeler oppdraget med brøyting til Fjellmaskin AS.", [("Fjellmaskin AS", None)], []),
    ("The contract for the new campus canteen was awarded to Fresh Food Nordic.", [("Fresh Food Nordic", None)], []),
    ("Tilbudet fra Betongbygg Nord AS aksepteres.", [("Betongbygg Nord AS", None)], []),
    ("Anbudskonkurransen ble vunnet av Veidekke Entreprenør.", [("Veidekke Entreprenør", None)], []),
    ("Styret godkjenner at det inngås avtale med Sykehuspartner om IKT-drift.", [("Sykehuspartner", None)], []),
    ("Valgt leverandør er Atea AS.", [("Atea AS", None)], []),
    ("Kommunestyret vedtar å inngå kontrakt med Nordbygg AS om bygging av ny skole.", [("Nordbygg AS", None)], []),
    ("Innstilt leverandør for skoleskyss er Nettbuss Vest.", [("Nettbuss Vest", None)], []),
    ("Tiltak: inngå avtale med ny leverandør av vikartjenester innen utgangen av 2025.", [(None, "vikartjenester")], []),
    # grants, prizes and appointments are not purchases
    ("Kulturprisen for 2024 tildeles Ola Nordmann.", [], []),
    ("Tilskudd på 50 000 kroner tildeles Fjellsport IL.", [], []),
    ("Kommunestyret velger Kari Hansen som leder av kontrollutvalget.", [], []),
    ("Saken ble sendt på høring til Statsforvalteren.", [], []),
]

# A fifth batch: the firm first ("X er vår leverandør av Y", "X handles our payroll"), Nynorsk verbs,
# and each supplier once when a sentence names both the firm and its category.
ROWS_5 = [
    ("Atea er vår leverandør av PC-ar og skjermar.", [("Atea", "PC-ar og skjermar")], []),
    ("Visma is our provider of payroll services.", [("Visma", "payroll services")], []),
    ("Azets handles our payroll and accounting.", [("Azets", None)], []),
    ("Securitas provides all our guarding services.", [("Securitas", None)], []),
    ("Me kjøper inn reinhaldsmiddel frå Tana AS.", [("Tana AS", None)], []),
    ("Leverandørane av frakt er Bring og PostNord.", [("Bring", None), ("PostNord", None)], []),
    ("Arbeidskleda vert sydde av Kaya Tekstil i Tyrkia.", [("Kaya Tekstil", None)], []),
    ("Vaskeriet Sentrum vaskar alle sengekleda våre.", [("Vaskeriet Sentrum", None)], []),
    # not suppliers
    ("Statsforvaltaren er vår tilsynsmyndigheit.", [], []),
    ("Fellesforbundet is our employees' union.", [], []),
    ("Equinor er vår største kunde.", [], []),
]

# A sixth batch: what every report says about suppliers in general, which names no supplier.
ROWS_6 = [
    ("Leverandører av varer og tjenester skal følge våre etiske retningslinjer.", [], []),
    ("We sent the self-assessment questionnaire to 120 suppliers of goods and services.", [], []),
    ("Vi har 450 leverandører i 20 land.", [], []),
    ("Innkjøpsavdelingen følger opp leverandørene.", [], []),
    ("Vi har ikke avdekket brudd hos våre leverandører.", [], []),
    ("Revisjonen ble gjennomført av amfori BSCI.", [], []),
    ("Dette gjelder også leverandører av tjenester til kommunen.", [], []),
    ("Our suppliers of products and services must respect human rights.", [], []),
    ("Vi kjøper inn varer og tjenester fra om lag 300 leverandører.", [], []),
    ("Leverandørane våre av varer og tenester har fått eigenerklæring.", [], []),
    ("Kommunen følger opp leverandører av helse- og omsorgstjenester.", [(None, "helse- og omsorgstjenester")], []),
]

# A seventh batch: audits and visits at a named supplier, names first ("A og B er våre viktigste leverandører").
ROWS_7 = [
    ("Vi gjennomførte revisjon hos Fjordtekstil i mars.", [("Fjordtekstil", None)], []),
    ("An audit at Kaya Tekstil found excessive overtime.", [("Kaya Tekstil", None)], []),
    ("I 2024 besøkte vi fabrikken til Dhaka Knit i Bangladesh.", [("Dhaka Knit", None)], []),
    ("We carried out a site visit at Hoang Garment in Vietnam.", [("Hoang Garment", None)], []),
    ("Tine og Nortura er våre viktigste leverandører.", [("Tine", None), ("Nortura", None)], []),
    ("Bring and PostNord are our main logistics partners.", [("Bring", None), ("PostNord", None)], []),
    ("Fjordkorn er blant dei største leverandørane våre.", [("Fjordkorn", None)], []),
    # not suppliers
    ("Arbeidstilsynet hadde tilsyn hos oss i mai.", [], []),
    ("Equinor og Statkraft er våre største kunder.", [], []),
    ("Revisjonen hos Kommunen ble utsatt.", [], []),
]

# An eighth batch: English statements across the families.
ROWS_8 = [
    ("We hire temporary staff through Adecco and Manpower.", [("Adecco", None), ("Manpower", None)], []),
    ("Cleaning of our offices is carried out by ISS.", [("ISS", None)], []),
    ("Our canteen is operated by Eurest.", [("Eurest", None)], []),
    ("Goods are transported by DSV and DB Schenker.", [("DSV", None), ("DB Schenker", None)], []),
    ("We lease our offices from Entra.", [("Entra", None)], []),
    ("IT services are bought from Atea under a framework agreement.", [("Atea", None)], []),
    ("Our travel agency is Berg-Hansen.", [("Berg-Hansen", None)], []),
    ("Payroll services are provided by Visma.", [("Visma", None)], []),
    ("We use Bring for parcel deliveries.", [("Bring", None)], []),
    ("Vi bruker Posten og Bring til utsending av varer.", [("Posten", None), ("Bring", None)], []),
    # not suppliers
    ("We use a risk-based approach for all suppliers.", [], []),
    ("Vi bruker Arbeidstilsynets veileder for aktsomhetsvurderinger.", [], []),
    ("Our customers include Rema 1000 and Kiwi.", [], []),
]

# A ninth batch: Nynorsk across the families.
ROWS_9 = [
    ("Vi kjøper arbeidsklede frå Kansas Wenaas.", [("Kansas Wenaas", None)], []),
    ("Reinhaldet i lokala vert utført av Fjordrein AS.", [("Fjordrein AS", None)], []),
    ("Me leiger inn sjåførar frå bemanningsbyrå i sommarsesongen.", [(None, "bemanningsbyrå")], []),
    ("Kantina er sett bort til Fjordkost AS.", [("Fjordkost AS", None)], []),
    ("Transporten av varer vert gjort av eit lokalt transportfirma.", [(None, "transport")], []),
    ("Me har rammeavtale med Lyreco på kontorrekvisita.", [("Lyreco", None)], []),
    ("Leverandøren vår av IT-tenester, Sopra Steria, har signert avtalen.", [("Sopra Steria", None)], []),
    ("Me nyttar underleverandørar til transport i travle periodar.", [(None, "transport")], []),
    ("Vi kjøper inn mat til kantina frå ein lokal grossist.", [(None, "mat")], []),
    ("Bedriftshelsetenesta vår er Stamina Helse.", [("Stamina Helse", None)], []),
    # not suppliers
    ("Kommunen er medlem av KS og Innlandsrådet.", [], []),
    ("Tilsette i reinhaldet har fått opplæring i HMS.", [], []),
    ("Me leverer reinhaldstenester til private og offentlege kundar.", [], []),
]

# A tenth batch: more table shapes (a spend column, English headers, the risk first, a total row).
ROWS_10 = [
    ("Innkjøpskategori | Innkjøpsvolum (MNOK) | Risiko\nBygg og anlegg | 120,5 | Høy\nIKT | 40 | Middels\nTotalt | 160,5 |",
     [(None, "bygg og anlegg"), (None, "IKT")], []),
    ("Spend category | Share of spend | Risk assessment\nFacility services | 22 % | High\nTravel | 5 % | Low",
     [(None, "facility services"), (None, "travel")], []),
    ("Risikonivå | Varegruppe\nHøy | Tekstilar og sko\nLåg | Papir", [(None, "tekstilar og sko"), (None, "papir")], []),
    ("Leverandørnavn | Leveranse | Land | Risiko\nNordic Steel AB | Armeringsstål | Sverige | Middels",
     [("Nordic Steel AB", "armeringsstål")], []),
    ("Underentreprenør | Fag\nRørlegger Berg AS | Rør\nElektro Nord AS | Elektro",
     [("Rørlegger Berg AS", None), ("Elektro Nord AS", None)], []),
    # tables of other things
    ("Risikoområde | Sannsynlighet | Konsekvens\nTvangsarbeid | Lav | Høy", [], []),
    ("Land | Antall leverandører | Risiko\nKina | 12 | Høy\nPolen | 8 | Middels", [], []),
    ("Leverandører | 2023 | 2024\nAntall leverandører | 410 | 432", [], []),
]

# An eleventh batch: purchase categories listed in prose after a colon.
ROWS_11 = [
    ("Følgende innkjøpskategorier er vurdert å ha høy risiko: arbeidsklær, IKT-utstyr og byggevarer.",
     [(None, "arbeidsklær"), (None, "IKT-utstyr"), (None, "byggevarer")], []),
    ("Risikovurdering per innkjøpskategori: arbeidstøy (høy), matvarer (middels) og kontorrekvisita (lav).",
     [(None, "arbeidstøy"), (None, "matvarer"), (None, "kontorrekvisita")], []),
    ("The highest-risk procurement categories are: electronics, workwear and construction materials.",
     [(None, "electronics"), (None, "workwear"), (None, "construction materials")], []),
    ("Høgrisikokategoriane våre er: reinhald, bygg og anlegg, og tekstilar.",
     [(None, "reinhald"), (None, "bygg og anlegg"), (None, "tekstilar")], []),
    # categories of other things
    ("Følgende kategorier ansatte er omfattet: fast ansatte, midlertidige og innleide.", [], []),
    ("Risikokategoriane er: tvangsarbeid, barnearbeid og lønn.", [], []),
]

# A twelfth batch: categories each with its firm in brackets.
ROWS_12 = [
    ("Vi har avtaler om renhold (Coor), vakthold (Securitas) og kantinedrift (Eurest).",
     [("Coor", None), ("Securitas", None), ("Eurest", None)], []),
    ("Our main suppliers by category: packaging (Elopak), transport (Schenker AS) and IT (Crayon).",
     [("Elopak", None), ("Schenker AS", None), ("Crayon", None)], []),
    ("Vi kjøper arbeidstøy (Kansas Wenaas) og verneutstyr (Würth).", [("Kansas Wenaas", None), ("Würth", None)], []),
    # a bracket that explains or abbreviates names no supplier
    ("Vi sendte egenerklæringsskjema (SAQ) til 40 leverandører.", [], []),
    ("Leverandørene må følge arbeidsmiljøloven (Arbeidsmiljøloven § 14-9) og lønnsforskriftene.", [], []),
    ("Vi har rapportert til Arbeidstilsynet (tilsynsmyndighet) og NHO (arbeidsgiverorganisasjon).", [], []),
]
ALL_ROWS = ROWS + ROWS_2 + ROWS_3 + ROWS_4 + ROWS_5 + ROWS_6 + ROWS_7 + ROWS_8 + ROWS_9 + ROWS_10 + ROWS_11 + ROWS_12


def _one_each(matches) -> bool:
    """No supplier twice: a firm named with its category is not also a category-only supplier."""
    named = {m.category.lower() for m in matches if m.name and m.category}
    return not any(m.name is None and m.category and m.category.lower() in named for m in matches)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _found(matches, name, cat) -> bool:
    for m in matches:
        if name and m.name and m.name.strip(" .") == name:
            return True
        if cat and m.category and cat.lower() in m.category.lower():
            return True
    return False


@pytest.mark.parametrize(("text", "expected", "forbidden"), ALL_ROWS)
def test_supplier_families(lexicon, text: str, expected: list[tuple], forbidden: list[str]) -> None:
    matches = find_suppliers(text, lexicon=lexicon)
    got = [(m.name, m.category) for m in matches]
    if not expected:
        assert matches == [], got
    for name, cat in expected:
        assert _found(matches, name, cat), got
    for name in forbidden:
        assert not any(m.name and name in m.name for m in matches), got
    assert _one_each(matches), got


def test_a_narrower_category_later_is_the_same_suppliers(lexicon) -> None:
    text = ("Vi følger opp leverandørene av arbeidsklær og sko med revisjon. "
            "To leverandører av arbeidsklær har fått besøk i år.")
    assert {m.category for m in find_suppliers(text, lexicon=lexicon)} == {"arbeidsklær og sko"}
