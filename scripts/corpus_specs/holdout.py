"""Held-out corpus (corpus/holdout/): twelve documents written apart from the rules and
apart from the variety corpus, to measure how the extraction holds on unseen writing.

Never tune rules, lexicons or label tables to these documents: they are a blind check.
Phrasings, number formats ("1.487", "ca. 1 100", "tolv"), table shapes, labels and
numbering deliberately differ from the genre notes' examples. All organisations, people
and figures are invented; real public bodies and unions are only named.
"""

from __future__ import annotations

import re
from typing import Optional

from .model import (Bullets, Doc, Gold, Heading as H, KeyValue, Para as P, Row, Table, Title,
                    ck, ddl, pct, sup)

HO = "holdout"

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e"})


def slug(level: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", level.lower().translate(_FOLD)).strip("_")


def levels(rows: list[tuple[str, Optional[float], Optional[float]]]) -> dict:
    """(level as printed, women share, pay ratio women to men) -> per-level gold keys."""
    out: dict = {}
    for name, share, ratio in rows:
        if share is not None:
            out[f"women_share_{slug(name)}"] = share
        if ratio is not None:
            out[f"pay_ratio_women_to_men_{slug(name)}"] = ratio
    return out


def report_gold(doc_type: str, org: str, lang: str, year: int, published: Optional[str],
                facts: dict, checklist: list, percentages=(), deadlines=(), organisations=(),
                suppliers=(), risk_sectors=(), risk_issues=()) -> Gold:
    key = "transparency_facts" if doc_type == "transparency_report" else "equality_metrics"
    return Gold(organisation=org, doc_type=doc_type, language=lang, report_year=year,
                published=published, percentages=list(percentages), deadlines=list(deadlines),
                organisations=list(organisations), suppliers=list(suppliers),
                risk_sectors=list(risk_sectors), risk_issues=list(risk_issues),
                extra={key: facts, "checklist": checklist})


# ===========================================================================
# Transparency reports
# ===========================================================================

# ---------------------------------------------------------------------------
# T1. Havbris Sjømat AS (nn): seafood exporter. Thousands with a dot ("1.487"),
#     "om lag 1 100", a number word ("Tolv"), a response rate printed without a
#     percent sign, the law's year and its definitions as traps, board signature,
#     a person as PDF author.
# ---------------------------------------------------------------------------

HAVBRIS = Doc(
    doc_id="havbris-sjomat-openheit-2024",
    layout="portrait", font="serif",
    meta_title="Utgreiing om aktsemdsvurderingar 2024",
    meta_author="Solveig Aarflot",
    header="Havbris Sjømat AS", header_on_first_page=False,
    footer="{page} / {pages}", footer_align="right", number_dot=False,
    subdir=HO, max_pages=3,
    blocks=[
        Title("Utgreiing om aktsemdsvurderingar 2024",
              ["Havbris Sjømat AS", "etter openheitslova § 5"]),
        H(1, "Kven vi er"),
        P("Havbris Sjømat AS kjøper, foredlar og sel laks, sei og torsk frå kysten mellom Stad og "
          "Lofoten. Selskapet er eigd av familien Aarflot gjennom Aarflot Holding AS og har "
          "produksjonsanlegg i Ålesund og Båtsfjord og salskontor i Oslo. Om lag 1 100 personar "
          "arbeidde hos oss ved utgangen av året, og omsetnaden enda på 6,4 milliardar kroner."),
        H(1, "Kva lova krev"),
        P("Openheitslova vart vedteken i 2021 og tok til å gjelde 1. juli 2022. Med grunnleggjande "
          "menneskerettar meiner lova dei internasjonalt anerkjende rettane, medrekna ILO sine "
          "kjernekonvensjonar om grunnleggjande prinsipp og rettar i arbeidslivet. Anstendige "
          "arbeidsforhold er arbeid som varetek desse rettane og helse, miljø og tryggleik, og som "
          "gjev ei løn det går an å leve av."),
        H(1, "Retningslinjer og ansvar"),
        P("Styret vedtok i 2023 ein eigen leverandørkodeks, «Krav til partnarar i Havbris», som "
          "alle leverandørar med avtale over 50 000 kroner må skrive under på. Kodeksen forbyr "
          "tvangsarbeid, barnearbeid og gebyr for rekruttering, og krev at løn og arbeidstid "
          "følgjer nasjonal lov. Innkjøpssjefen har det daglege ansvaret, og leiargruppa får "
          "ein statusrapport kvart halvår."),
        H(1, "Kartlegging av leverandørkjeda"),
        P("Havbris handla i 2024 med 1.487 leverandørar og forretningspartnarar. Rundt 60 prosent "
          "av innkjøpsvolumet går til råstoff frå fiskefartøy. Alle partnarane vart vurderte etter "
          "land og bransje. Ut frå denne grovsiktinga sende vi eigenerklæring til 146 av dei, og "
          "118 svara innan fristen – ein svarprosent på 81. Tolv leverandørar er no plasserte i "
          "høgaste risikoklasse."),
        Table([["Område", "Kva vi fann", "Risiko"],
               ["Råstoff frå fiskefartøy", "Lange arbeidsøkter og utanlandske mannskap på innleigde "
                "fartøy", "Høg"],
               ["Vidareforedling i Vietnam", "Rekrutteringsgebyr og innehaldne pass hos éin "
                "underleverandør", "Høg"],
               ["Kjøletransport", "Sosial dumping blant sjåførar i Europa", "Middels"],
               ["Arbeidsklede og verneutstyr", "Tvangsarbeid i bomullsproduksjon", "Middels"],
               ["Emballasje og isoporkasser", "Låg løn i produksjonslanda", "Låg"]],
              ruled=False, lines="header_bottom", widths=[2.2, 4, 1]),
        H(1, "Funn og tiltak i 2024"),
        P("Under ein uvarsla revisjon hos Mekong Frozen Foods Ltd., som fileterer og pakkar sei "
          "for oss i Can Tho, fann vi at 37 arbeidarar hadde betalt rekrutteringsgebyr til eit "
          "byrå, og at passa til ni av dei var haldne tilbake av arbeidsgjevaren. Vi gjennomførte "
          "i alt fire revisjonar på staden i løpet av året; dei tre andre gav ingen alvorlege "
          "avvik."),
        P("Vi kravde at passa vart leverte tilbake same veka, og at leverandøren betalte tilbake "
          "gebyra. Alle ni har no passa sine, og arbeidarane har fått tilbakebetalt til saman "
          "212 000 kroner. Ein oppfølgingsrevisjon i februar 2025 stadfesta at praksisen er "
          "avslutta."),
        P("For fartøya har vi innført krav om kvilelogg i alle nye kjøpsavtalar. Innan 1. oktober "
          "2025 skal alle reiarlag som leverer råstoff til oss, ha dokumentert kviletida for "
          "mannskapet. Vi skal òg ha revidert minst seks av høgrisikoleverandørane innan "
          "utgangen av første kvartal 2026."),
        H(1, "Spørsmål frå ålmenta"),
        P("Alle kan be om informasjon om korleis vi handterer risiko for menneskerettar og "
          "arbeidsforhold. Send spørsmålet til openheit@havbris.no eller i brev til Havbris "
          "Sjømat AS, Postboks 412 Sentrum, 6001 Ålesund."),
        P("Ålesund, 26. juni 2025"),
        P("**Styret i Havbris Sjømat AS**"),
        Table([["Kjell Aarflot", "Marit Ulstein", "Per Olav Giske", "Heidi Brandal"],
               ["styreleiar", "styremedlem", "styremedlem", "styremedlem"]],
              header_rows=0, ruled=False, lines="none"),
        P("Solveig Aarflot, dagleg leiar", "small"),
    ],
    gold=report_gold(
        "transparency_report", "Havbris Sjømat AS", "nn", 2024, "2025-06-26",
        {"business_partners_total": 1487, "business_partners_asked_esg": 146,
         "esg_response_rate": 81.0, "high_risk_suppliers": 12, "supplier_audits": 4,
         "violations_found": True, "employees": 1100, "revenue_nok": 6400000000,
         "esg_responses": 118, "code_signing_threshold_nok": 50000,
         "workers_paid_recruitment_fees": 37, "passports_withheld": 9,
         "recruitment_fees_repaid_nok": 212000, "planned_high_risk_audits": 6},
        [ck("organisation_described", "present",
            "Havbris Sjømat AS kjøper, foredlar og sel laks, sei og torsk frå kysten mellom Stad og Lofoten."),
         ck("guidelines_described", "present",
            "Kodeksen forbyr tvangsarbeid, barnearbeid og gebyr for rekruttering, og krev at løn og "
            "arbeidstid følgjer nasjonal lov."),
         ck("adverse_impacts_or_risks_reported", "present",
            "fann vi at 37 arbeidarar hadde betalt rekrutteringsgebyr til eit byrå"),
         ck("measures_reported", "present",
            "Vi kravde at passa vart leverte tilbake same veka, og at leverandøren betalte tilbake gebyra."),
         ck("results_reported", "present",
            "Alle ni har no passa sine, og arbeidarane har fått tilbakebetalt til saman 212 000 kroner."),
         ck("signed_by_board", "present", "Styret i Havbris Sjømat AS"),
         ck("information_request_route", "present", "Send spørsmålet til openheit@havbris.no")],
        percentages=[pct(60, "60 prosent", "del av innkjøpsvolumet som går til råstoff frå fiskefartøy")],
        deadlines=[ddl("Innan 1. oktober 2025", "2025-10-01",
                       "reiarlag som leverer råstoff skal ha dokumentert kviletid for mannskapet"),
                   ddl("innan utgangen av første kvartal 2026", "2026-03-31",
                       "revidere minst seks høgrisikoleverandørar")],
        organisations=["Aarflot Holding AS", "ILO", "Mekong Frozen Foods Ltd."],
        suppliers=[sup("Mekong Frozen Foods Ltd.", "filetering og pakking av sei",
                       "Mekong Frozen Foods Ltd., som fileterer og pakkar sei for oss"),
                   sup(None, "råstoff (reiarlag)", "alle reiarlag som leverer råstoff til oss")],
        risk_sectors=["food", "transport_logistics", "textiles"],
        risk_issues=["working_hours", "migrant_workers", "forced_labour", "social_dumping", "wages"],
    ),
)

# ---------------------------------------------------------------------------
# T2. Brennfjord Consulting AS (en): IT consultancy, key-figure table, English
#     thousands separators, signed by the CEO only (no board), no stated results,
#     the board approving a code (not the statement).
# ---------------------------------------------------------------------------

BRENNFJORD = Doc(
    doc_id="brennfjord-consulting-transparency-2024",
    layout="portrait", font="helvetica",
    meta_title="Transparency Act Statement 2024", meta_author="",
    header=None, footer="Brennfjord Consulting AS · Transparency Act Statement 2024 · {page}",
    footer_align="left", number_dot=False, subdir=HO, max_pages=3,
    blocks=[
        Title("Transparency Act Statement 2024", ["Brennfjord Consulting AS", "20 June 2025"]),
        H(1, "About Brennfjord", "1"),
        P("Brennfjord Consulting AS is an IT consultancy that designs, builds and runs software "
          "for public agencies and private clients. The company is wholly owned by Brennfjord "
          "Group AB of Stockholm and has offices in Oslo, Trondheim and Tromsø. At year-end we "
          "employed approx. 640 people, and revenue for 2024 was NOK 1.2 billion."),
        H(1, "Our supply chain in figures", "2"),
        Table([["Key figure", "2024"],
               ["Active suppliers during the year", "1,046"],
               ["Suppliers screened for country and sector risk", "1,046"],
               ["Suppliers sent our self-assessment questionnaire", "58"],
               ["Questionnaires returned", "49"],
               ["Response rate", "84.5 %"],
               ["Suppliers rated high risk", "7"],
               ["On-site audits", "2"],
               ["Confirmed breaches of our code", "0"]],
              widths=[4, 1], align_right_from=1),
        H(1, "Our guidelines", "3"),
        P("The Board of Directors approved our Supplier Code of Conduct in March 2023. The Code "
          "sets minimum requirements on wages, working hours, freedom of association and health "
          "and safety, is part of every framework agreement, and must be passed on by suppliers "
          "to their own sub-suppliers."),
        H(1, "Salient risks", "4"),
        P("Our own operations carry little risk: nearly all staff are salaried consultants working "
          "in Norway. The significant risks lie in what we buy:"),
        Bullets(["laptops, screens and mobile phones, where assembly plants in Asia have a record "
                 "of excessive hours and forced overtime, and where tin, tantalum and tungsten may "
                 "come from conflict areas;",
                 "office cleaning and canteen services at our three offices, where low pay and "
                 "social dumping occur in parts of the Norwegian market."]),
        P("We buy all end-user equipment through one distributor, Nordic Device Partners AS. "
          "Our cleaning contractor and our canteen operator are both approved by the Norwegian "
          "Labour Inspection Authority."),
        H(1, "What we did in 2024", "5"),
        P("We asked Nordic Device Partners AS to document which assembly plants supply our "
          "laptops, and through the distributor we take part in the audit programme of the "
          "Responsible Business Alliance. Both on-site audits were made at cleaning contractors "
          "in Oslo and covered pay slips, contracts and working hours."),
        P("We have not yet measured the effect of these steps. We aim to have 90 per cent of our "
          "hardware spend placed with audited factories by the end of 2026."),
        H(1, "Contact", "6"),
        P("Questions about this statement or about our due diligence can be sent to "
          "transparency@brennfjord.no."),
        P("Oslo, 20 June 2025"),
        P("Ingrid Sæther, Chief Executive Officer"),
    ],
    gold=report_gold(
        "transparency_report", "Brennfjord Consulting AS", "en", 2024, "2025-06-20",
        {"business_partners_total": 1046, "business_partners_asked_esg": 58,
         "esg_response_rate": 84.5, "high_risk_suppliers": 7, "supplier_audits": 2,
         "violations_found": False, "employees": 640, "revenue_nok": 1200000000,
         "suppliers_screened": 1046, "esg_responses": 49, "offices": 3},
        [ck("organisation_described", "present",
            "Brennfjord Consulting AS is an IT consultancy that designs, builds and runs software "
            "for public agencies and private clients."),
         ck("guidelines_described", "present",
            "The Code sets minimum requirements on wages, working hours, freedom of association "
            "and health and safety"),
         ck("adverse_impacts_or_risks_reported", "present",
            "The significant risks lie in what we buy:"),
         ck("measures_reported", "present",
            "We asked Nordic Device Partners AS to document which assembly plants supply our laptops"),
         ck("results_reported", "absent", "We have not yet measured the effect of these steps."),
         ck("signed_by_board", "absent", "Ingrid Sæther, Chief Executive Officer",
            "signed by the CEO only; the board approved the code, not the statement"),
         ck("information_request_route", "present",
            "Questions about this statement or about our due diligence can be sent to "
            "transparency@brennfjord.no.")],
        percentages=[pct(84.5, "84.5 %", "response rate to the supplier self-assessment"),
                     pct(90, "90 per cent", "target share of hardware spend with audited factories")],
        deadlines=[ddl("by the end of 2026", "2026-12-31",
                       "90 per cent of hardware spend placed with audited factories")],
        organisations=["Brennfjord Group AB", "Nordic Device Partners AS",
                       "Norwegian Labour Inspection Authority", "Responsible Business Alliance"],
        suppliers=[sup("Nordic Device Partners AS", "end-user equipment",
                       "We buy all end-user equipment through one distributor, Nordic Device Partners AS."),
                   sup(None, "cleaning", "Our cleaning contractor"),
                   sup(None, "canteen", "our canteen operator")],
        risk_sectors=["ict_hardware", "cleaning", "facilities"],
        risk_issues=["working_hours", "forced_labour", "conflict_minerals", "wages", "social_dumping"],
    ),
)

# ---------------------------------------------------------------------------
# T3. Skarsvåg Energi AS (nb): the åpenhetsloven statement is chapter 3 of a
#     municipally owned energy company's annual report; key-figure table with two
#     years side by side; the law's long name with its year; numbered 3.1-3.4.
# ---------------------------------------------------------------------------

SKARSVAG = Doc(
    doc_id="skarsvag-energi-arsrapport-2024",
    layout="portrait", font="sans",
    meta_title="Årsrapport 2024", meta_author="Trond Lysaker",
    header="Skarsvåg Energi AS – Årsrapport 2024", header_on_first_page=False,
    footer="Side {page}", footer_align="center", number_dot=False, subdir=HO, max_pages=4,
    blocks=[
        Title("Årsrapport 2024", ["Skarsvåg Energi AS"], cover=False),
        H(1, "Nøkkeltall", "1"),
        Table([["", "2024", "2023"],
               ["Driftsinntekter (MNOK)", "1 845", "1 612"],
               ["Årsresultat (MNOK)", "214", "187"],
               ["Kraftproduksjon (GWh)", "1 320", "1 255"],
               ["Ansatte per 31.12.", "291", "284"]],
              widths=[3, 1, 1], align_right_from=1),
        H(1, "Styrets årsberetning", "2"),
        P("Skarsvåg Energi AS produserer og selger fornybar kraft fra elleve vannkraftverk og ett "
          "vindkraftverk i Nord-Troms, og eier nettselskapet Skarsvåg Nett AS. Selskapet eies av "
          "Skarsvåg kommune (68 %) og Nordvik kommune (32 %). Hovedkontoret ligger på Storslett."),
        P("Året ga et godt resultat drevet av høy produksjon og stabile priser. Styret foreslår et "
          "utbytte til eierne på 90 millioner kroner."),
        H(1, "Redegjørelse etter åpenhetsloven", "3"),
        H(2, "Rammeverk og retningslinjer", "3.1"),
        P("Dette kapitlet oppfyller kravet i lov om virksomheters åpenhet og arbeid med "
          "grunnleggende menneskerettigheter og anstendige arbeidsforhold (2021) § 5. Styret har "
          "fastsatt retningslinjer for ansvarlige innkjøp som bygger på OECDs veiledning for "
          "aktsomhetsvurderinger. Retningslinjene krever at leverandører dokumenterer hvor "
          "solcellepaneler, kabler og transformatorer er produsert."),
        H(2, "Risiko i leverandørkjeden", "3.2"),
        P("Vi hadde kjøp fra 873 leverandører i 2024, og 41 av dem sto for tre firedeler av "
          "innkjøpsvolumet. Vurderingen viser at risikoen er størst for:"),
        Bullets(["polysilisium til solcellepaneler fra Xinjiang, der statlig organisert "
                 "tvangsarbeid er dokumentert;",
                 "anleggsarbeid på kraftstasjoner og linjenett, der underentreprenører kan drive "
                 "sosial dumping og bryte HMS-reglene;",
                 "kobber og kobolt i transformatorer og generatorer, der gruvedriften kan "
                 "innebære barnearbeid."], glyph="–"),
        H(2, "Tiltak og resultater", "3.3"),
        P("Vi sendte egenerklæring til de 41 største leverandørene; 39 svarte, det vil si 95 "
          "prosent. Åtte leverandører er klassifisert med høy risiko. Sammen med Skarsvåg Nett AS "
          "gjennomførte vi tre revisjoner hos underentreprenører på anlegget ved Reisa kraftverk."),
        P("Revisjonene avdekket at seks montører fra et polsk bemanningsforetak hadde fått lønn "
          "under allmenngjort minstelønn. Forholdet er rettet, og montørene har fått etterbetalt "
          "til sammen 184 500 kroner. De øvrige revisjonene ga ingen avvik."),
        P("Før vi kjøper solcellepaneler til den planlagte solparken på Sørkjosen, må "
          "leverandørene legge fram sporbarhet for polysilisium. Anskaffelsen lyses ut i "
          "2. halvår 2025."),
        H(2, "Innsyn", "3.4"),
        P("Spørsmål om aktsomhetsvurderingene våre kan sendes til postmottak@skarsvag-energi.no, "
          "merket «Åpenhetsloven»."),
        P("Storslett, 12. mars 2025"),
        P("Styret i Skarsvåg Energi AS"),
        Table([["Ellen Mikkelsen", "Rolf Isaksen", "Sunniva Karlsen", "Trond Lysaker"],
               ["styreleder", "nestleder", "styremedlem", "administrerende direktør"]],
              header_rows=0, ruled=False, lines="none"),
    ],
    gold=report_gold(
        "transparency_report", "Skarsvåg Energi AS", "nb", 2024, "2025-03-12",
        {"business_partners_total": 873, "business_partners_asked_esg": 41,
         "esg_response_rate": 95.0, "high_risk_suppliers": 8, "supplier_audits": 3,
         "violations_found": True, "employees": 291, "revenue_nok": 1845000000,
         "esg_responses": 39, "underpaid_workers": 6, "back_pay_nok": 184500,
         "hydropower_plants": 11, "dividend_nok": 90000000, "annual_result_nok": 214000000,
         "power_production_gwh": 1320},
        [ck("organisation_described", "present",
            "Skarsvåg Energi AS produserer og selger fornybar kraft fra elleve vannkraftverk og ett "
            "vindkraftverk i Nord-Troms"),
         ck("guidelines_described", "present",
            "Styret har fastsatt retningslinjer for ansvarlige innkjøp som bygger på OECDs "
            "veiledning for aktsomhetsvurderinger."),
         ck("adverse_impacts_or_risks_reported", "present",
            "Revisjonene avdekket at seks montører fra et polsk bemanningsforetak hadde fått lønn "
            "under allmenngjort minstelønn."),
         ck("measures_reported", "present",
            "må leverandørene legge fram sporbarhet for polysilisium"),
         ck("results_reported", "present",
            "Forholdet er rettet, og montørene har fått etterbetalt til sammen 184 500 kroner."),
         ck("signed_by_board", "present", "Styret i Skarsvåg Energi AS"),
         ck("information_request_route", "present",
            "Spørsmål om aktsomhetsvurderingene våre kan sendes til postmottak@skarsvag-energi.no")],
        percentages=[pct(68, "68 %", "Skarsvåg kommunes eierandel"),
                     pct(32, "32 %", "Nordvik kommunes eierandel"),
                     pct(95, "95 prosent", "svarandel på egenerklæring fra de største leverandørene")],
        deadlines=[ddl("i 2. halvår 2025", "2025-12-31",
                       "utlysning av anskaffelse av solcellepaneler til solparken på Sørkjosen")],
        organisations=["Skarsvåg Nett AS", "Skarsvåg kommune", "Nordvik kommune", "OECD"],
        suppliers=[sup(None, "underentreprenører (anleggsarbeid)",
                       "underentreprenører på anlegget ved Reisa kraftverk"),
                   sup(None, "bemanningsforetak", "et polsk bemanningsforetak"),
                   sup(None, "solcellepaneler", "leverandørene legge fram sporbarhet for polysilisium")],
        risk_sectors=["energy", "construction"],
        risk_issues=["forced_labour", "social_dumping", "health_safety", "child_labour", "wages"],
    ),
)

# ---------------------------------------------------------------------------
# T4. Bjørkås Bygg og Anlegg AS (nb): construction contractor; revenue "2.318
#     millioner kroner"; risk table with supplier counts per category and a sum;
#     "tolv" controls; the statutory definition and threshold as traps; the board's
#     adoption stated in a sentence above the names.
# ---------------------------------------------------------------------------

BJORKAS = Doc(
    doc_id="bjorkas-bygg-apenhet-2024",
    layout="portrait", font="condensed",
    meta_title="Åpenhetsredegjørelse 2024", meta_author="",
    header="BJØRKÅS BYGG OG ANLEGG", header_on_first_page=True,
    footer="Åpenhetsredegjørelse for regnskapsåret 2024 – side {page} av {pages}",
    footer_align="center", number_dot=False, subdir=HO, max_pages=3,
    blocks=[
        Title("Åpenhetsredegjørelse for regnskapsåret 2024", ["Bjørkås Bygg og Anlegg AS"]),
        H(1, "Virksomheten vår"),
        P("Bjørkås Bygg og Anlegg AS er en totalentreprenør i Innlandet som bygger skoler, "
          "omsorgsboliger, næringsbygg og vann- og avløpsanlegg. Selskapet har 412 egne ansatte og "
          "leide i tillegg inn rundt 150 fagarbeidere gjennom bemanningsforetak i 2024. "
          "Omsetningen var 2.318 millioner kroner. Underentreprenører utførte 61 prosent av "
          "timene på våre byggeplasser."),
        H(1, "Hva loven krever"),
        P("Etter åpenhetsloven § 3 bokstav b menes med anstendige arbeidsforhold arbeid som "
          "ivaretar grunnleggende menneskerettigheter og helse, miljø og sikkerhet, og som gir en "
          "lønn det er mulig å leve av. Loven omfatter blant annet virksomheter med mer enn 50 "
          "årsverk i gjennomsnitt, og vi har vært omfattet siden den trådte i kraft i 2022."),
        H(1, "Våre retningslinjer"),
        P("De etiske retningslinjene og «Seriøsitetskrav for underentreprenører» inngår i alle "
          "kontrakter. Kravene tillater høyst to ledd under oss, krever HMS-kort for alle på "
          "byggeplass og forbyr lønnsutbetaling i kontanter."),
        H(1, "Vurdering av risiko"),
        Table([["Innkjøpskategori", "Antall leverandører", "Risikonivå", "Viktigste risiko"],
               ["Underentreprenører (tømrer, betong, elektro)", "164", "Høy",
                "Sosial dumping, ulovlig lange arbeidsdager"],
               ["Bemanningsforetak", "9", "Høy", "Innkvartering, gjeld til rekrutteringsbyrå"],
               ["Byggevarer og stål", "203", "Middels", "Tvangsarbeid i stålproduksjon"],
               ["Maskinleie og transport", "71", "Middels", "Arbeidstid for sjåfører"],
               ["Øvrige", "287", "Lav", "–"],
               ["**Sum**", "**734**", "", ""]],
              widths=[3, 1.3, 1.1, 3], font_size=8.5),
        P("Totalt 173 leverandører er i høyrisikokategoriene. Alle ble bedt om å fylle ut vår "
          "egenvurdering, og 152 gjorde det (88 %)."),
        H(1, "Hva vi fant"),
        P("Vi gjennomførte tolv uanmeldte kontroller på byggeplassene. Ved to av dem fant vi "
          "arbeidere fra en underentreprenør som bodde i brakker uten godkjent brannsikring, og "
          "én underentreprenør hadde ikke betalt tariffestet lønn til fire arbeidere. Vi har "
          "ikke funnet tegn til tvangsarbeid."),
        H(1, "Tiltak og effekt"),
        P("Underentreprenøren med brakkene måtte flytte arbeiderne til godkjente boliger innen 48 "
          "timer, og det ble gjort. De fire arbeiderne har fått etterbetalt lønn etter tariff, "
          "til sammen 96 300 kroner, og kontrakten med underentreprenøren er avsluttet. Vi krever "
          "nå fotodokumentasjon av innkvarteringen før oppstart, og innen 31. desember 2025 skal "
          "alle bemanningsforetak vi bruker være godkjent av Arbeidstilsynet og medlem av NHO "
          "Service og Handel."),
        H(1, "Innsyn"),
        P("Har du spørsmål om hvordan vi arbeider med menneskerettigheter i leverandørkjeden? "
          "Skriv til Bjørkås Bygg og Anlegg AS, Postboks 114, 2301 Hamar, eller bruk skjemaet på "
          "bjorkas.no/innsyn."),
        P("Redegjørelsen er behandlet og vedtatt av styret 19. juni 2025."),
        Table([["Anne Bjørkås", "Geir Tollefsen", "Lise Moe", "Rune Kvisle"],
               ["styreleder", "styremedlem", "styremedlem", "daglig leder"]],
              header_rows=0, ruled=False, lines="none"),
    ],
    gold=report_gold(
        "transparency_report", "Bjørkås Bygg og Anlegg AS", "nb", 2024, "2025-06-19",
        {"business_partners_total": 734, "business_partners_asked_esg": 173,
         "esg_response_rate": 88.0, "high_risk_suppliers": 173, "supplier_audits": 12,
         "violations_found": True, "employees": 412, "revenue_nok": 2318000000,
         "hired_craftsmen": 150, "esg_responses": 152, "subcontractors": 164,
         "staffing_agencies": 9, "building_material_suppliers": 203,
         "machine_transport_suppliers": 71, "other_suppliers": 287,
         "underpaid_workers": 4, "back_pay_nok": 96300},
        [ck("organisation_described", "present",
            "Bjørkås Bygg og Anlegg AS er en totalentreprenør i Innlandet som bygger skoler, "
            "omsorgsboliger, næringsbygg og vann- og avløpsanlegg."),
         ck("guidelines_described", "present",
            "Kravene tillater høyst to ledd under oss, krever HMS-kort for alle på byggeplass og "
            "forbyr lønnsutbetaling i kontanter."),
         ck("adverse_impacts_or_risks_reported", "present",
            "én underentreprenør hadde ikke betalt tariffestet lønn til fire arbeidere"),
         ck("measures_reported", "present",
            "Underentreprenøren med brakkene måtte flytte arbeiderne til godkjente boliger innen 48 timer"),
         ck("results_reported", "present",
            "De fire arbeiderne har fått etterbetalt lønn etter tariff, til sammen 96 300 kroner"),
         ck("signed_by_board", "present",
            "Redegjørelsen er behandlet og vedtatt av styret 19. juni 2025."),
         ck("information_request_route", "present",
            "Skriv til Bjørkås Bygg og Anlegg AS, Postboks 114, 2301 Hamar")],
        percentages=[pct(61, "61 prosent", "andel av timene på byggeplass utført av underentreprenører"),
                     pct(88, "88 %", "andel høyrisikoleverandører som fylte ut egenvurderingen")],
        deadlines=[ddl("innen 31. desember 2025", "2025-12-31",
                       "alle bemanningsforetak godkjent av Arbeidstilsynet og medlem av NHO Service og Handel")],
        organisations=["Arbeidstilsynet", "NHO Service og Handel"],
        suppliers=[sup(None, "bemanningsforetak", "fagarbeidere gjennom bemanningsforetak"),
                   sup(None, "underentreprenører (tømrer, betong, elektro)",
                       "Underentreprenører (tømrer, betong, elektro)")],
        risk_sectors=["construction", "transport_logistics"],
        risk_issues=["social_dumping", "working_hours", "housing", "migrant_workers",
                     "forced_labour", "wages", "health_safety"],
    ),
)


# ===========================================================================
# Equality reports
# ===========================================================================

# ---------------------------------------------------------------------------
# E1. Grønnvik Dagligvare AS (nb): genders as rows (counts, part-time, temporary,
#     leave weeks as columns); pay as monthly amounts per job group, ratios not
#     printed per group; overall ratio in a sentence.
# ---------------------------------------------------------------------------

GV_LEVELS = [  # group, women, men, women's pay, men's pay (kroner per month)
    ("Ledergruppe", 3, 5, "89 400", "92 100"),
    ("Butikksjefer", 9, 14, "58 700", "60 200"),
    ("Fagansvarlige", 46, 31, "44 150", "45 000"),
    ("Butikkmedarbeidere", 348, 161, "37 900", "37 600"),
    ("Lager og sjåfører", 25, 42, "41 300", "42 800"),
]


def _gv_levels() -> dict:
    rows = []
    for name, w, m, pw, pm in GV_LEVELS:
        ratio = round(100 * int(pw.replace(" ", "")) / int(pm.replace(" ", "")), 1)
        rows.append((name, round(100 * w / (w + m), 1), ratio))
    return levels(rows)


GRONNVIK = Doc(
    doc_id="gronnvik-dagligvare-likestilling-2024",
    layout="portrait", font="sans",
    meta_title="Likestillingsredegjørelse 2024", meta_author="HR Grønnvik",
    header=None, footer="Grønnvik Dagligvare AS | {page}", footer_align="right",
    number_dot=False, subdir=HO, max_pages=3,
    blocks=[
        Title("Likestillingsredegjørelse 2024", ["Grønnvik Dagligvare AS"]),
        H(1, "Slik er vi organisert"),
        P("Grønnvik Dagligvare AS driver 23 dagligvarebutikker i Vestfold og Telemark og et "
          "sentrallager i Sandefjord. Ved utgangen av 2024 hadde vi 684 ansatte, og "
          "kvinneandelen var 63 prosent."),
        H(1, "Kjønnsfordeling, deltid og midlertidige stillinger"),
        Table([["", "Ansatte", "Deltid", "Midlertidig", "Foreldrepermisjon, snitt uker"],
               ["Kvinner", "431", "287", "38", "17,5"],
               ["Menn", "253", "119", "29", "9,0"],
               ["I alt", "684", "406", "67", "–"]],
              widths=[1.4, 1, 1, 1.2, 2], align_right_from=1),
        P("Den høye deltidsandelen henger sammen med åpningstider på kvelder og i helger. I "
          "medarbeiderundersøkelsen i oktober svarte 58 deltidsansatte at de ønsker en større "
          "stilling; 41 av dem er kvinner."),
        H(1, "Lønn"),
        P("Tabellen viser gjennomsnittlig månedslønn i kroner for heltidsekvivalenter, inkludert "
          "faste tillegg.", "small"),
        Table([["Stillingsgruppe", "Kvinner", "Menn", "Månedslønn kvinner", "Månedslønn menn"],
               *[[n, str(w), str(m), pw, pm] for n, w, m, pw, pm in GV_LEVELS]],
              widths=[2.2, 1, 1, 1.6, 1.6], align_right_from=1),
        P("Samlet tjener kvinner i snitt 93,6 prosent av det menn tjener. Forskjellen skyldes "
          "først og fremst at flere menn jobber i ledelsen og på lageret, der lønnen er høyere, "
          "mens forskjellene innen hver stillingsgruppe er små. Blant alle med personalansvar – "
          "ledergruppen og butikksjefene – er 12 av 31 kvinner."),
        H(1, "Arbeid for likestilling og mot diskriminering"),
        P("Sammen med de tillitsvalgte fra Handel og Kontor gikk vi i september gjennom "
          "rekruttering, lønn, forfremmelse, tilrettelegging og muligheten til å kombinere jobb og "
          "familie. Vi fant to risikoområder: få kvinner søker stillinger som butikksjef, og "
          "ansatte med et annet morsmål enn norsk får sjeldnere fagansvar."),
        P("Dette gjorde vi i 2024:"),
        Bullets(["Alle utlysninger av butikksjefstillinger ble sendt direkte til kvinnelige "
                 "fagansvarlige.",
                 "Vi startet et lederprogram med 14 deltakere, hvorav ni kvinner.",
                 "Fagansvarskurset ble tilbudt på engelsk og arabisk i tillegg til norsk."],
                glyph="\u25aa"),
        P("Andelen kvinner blant butikksjefene økte fra 30 prosent i 2023 til 39 prosent i 2024. "
          "Målet er 40 prosent innen 2026, og det ser ut til å bli nådd."),
    ],
    gold=report_gold(
        "equality_report", "Grønnvik Dagligvare AS", "nb", 2024, None,
        {"employees_total": 684, "employees_women": 431, "employees_men": 253,
         "women_share_total": 63.0, "women_share_top_management": 37.5,
         "pay_ratio_women_to_men_total": 93.6,
         "part_time_employees": 406, "part_time_women": 287, "part_time_men": 119,
         "temporary_employees": 67, "temporary_women": 38, "temporary_men": 29,
         "parental_leave_weeks_women": 17.5, "parental_leave_weeks_men": 9.0,
         **_gv_levels(),
         "stores": 23, "involuntary_part_time_employees": 58, "involuntary_part_time_women": 41,
         "managers_women": 12, "managers_total": 31, "leader_programme_participants": 14,
         "leader_programme_women": 9},
        [ck("gender_balance", "present", "Ved utgangen av 2024 hadde vi 684 ansatte, og kvinneandelen var 63 prosent."),
         ck("pay_by_gender", "present", "Samlet tjener kvinner i snitt 93,6 prosent av det menn tjener."),
         ck("part_time_by_gender", "present", "Kvinner 431 287"),
         ck("temporary_by_gender", "present", "Menn 253 119 29 9,0"),
         ck("parental_leave_by_gender", "present", "Kvinner 431 287 38 17,5"),
         ck("involuntary_part_time", "present",
            "svarte 58 deltidsansatte at de ønsker en større stilling; 41 av dem er kvinner."),
         ck("risks_investigated", "present", "Vi fant to risikoområder: få kvinner søker stillinger som butikksjef"),
         ck("causes_analysed", "present",
            "Forskjellen skyldes først og fremst at flere menn jobber i ledelsen og på lageret"),
         ck("measures_taken", "present", "Vi startet et lederprogram med 14 deltakere, hvorav ni kvinner."),
         ck("results_evaluated", "present",
            "Andelen kvinner blant butikksjefene økte fra 30 prosent i 2023 til 39 prosent i 2024."),
         ck("other_grounds", "present", "ansatte med et annet morsmål enn norsk får sjeldnere fagansvar."),
         ck("employee_representatives_involved", "present",
            "Sammen med de tillitsvalgte fra Handel og Kontor gikk vi i september gjennom rekruttering")],
        percentages=[pct(63, "63 prosent", "kvinneandel blant alle ansatte"),
                     pct(93.6, "93,6 prosent", "kvinners lønn i prosent av menns, samlet"),
                     pct(30, "30 prosent", "andel kvinner blant butikksjefene 2023"),
                     pct(39, "39 prosent", "andel kvinner blant butikksjefene 2024"),
                     pct(40, "40 prosent", "mål for andel kvinner blant butikksjefene")],
        deadlines=[ddl("innen 2026", "2026-12-31", "40 prosent kvinner blant butikksjefene")],
        organisations=["Handel og Kontor"],
    ),
)

# ---------------------------------------------------------------------------
# E2. Fjellheim Hotelldrift AS (nn): three years side by side (only 2024 is the
#     report's), percent cells in the year table, level table with pay as
#     "kvinneløn i % av menn" without percent signs in the cells, no results.
# ---------------------------------------------------------------------------

FH_LEVELS = [("Hotelldirektørar og avdelingsleiarar", 6, 5, "91,8"),
             ("Resepsjon og booking", 24, 6, "100,3"),
             ("Kjøkken", 19, 22, "96,4"),
             ("Servering og bar", 38, 17, "99,1"),
             ("Reinhald og vaskeri", 30, 19, "98,7")]

FJELLHEIM = Doc(
    doc_id="fjellheim-hotelldrift-likestilling-2024",
    layout="portrait", font="serif",
    meta_title="Likestillingsutgreiing 2024", meta_author="Fjellheim Hotelldrift AS",
    header="Fjellheim Hotelldrift AS", header_on_first_page=False,
    footer="Likestillingsutgreiing 2024 · side {page}", footer_align="center",
    number_dot=True, subdir=HO, max_pages=3,
    blocks=[
        Title("Utgreiing om likestilling og ikkje-diskriminering 2024",
              ["Fjellheim Hotelldrift AS – fire hotell i Hallingdal og Valdres"]),
        H(1, "Tilstanden for kjønnslikestilling", "1"),
        P("Tabellen viser utviklinga dei tre siste åra. Tala gjeld per 31. desember."),
        Table([["", "2022", "2023", "2024"],
               ["Tilsette i alt", "171", "178", "186"],
               ["– av desse kvinner", "104", "110", "117"],
               ["– av desse menn", "67", "68", "69"],
               ["Delen kvinner", "60,8 %", "61,8 %", "62,9 %"],
               ["Deltidstilsette kvinner", "48", "51", "46"],
               ["Deltidstilsette menn", "20", "17", "15"],
               ["Mellombels tilsette kvinner", "22", "19", "24"],
               ["Mellombels tilsette menn", "14", "12", "10"],
               ["Foreldrepermisjon kvinner, veker i snitt", "19", "22", "20"],
               ["Foreldrepermisjon menn, veker i snitt", "12", "14", "15"]],
              widths=[3.2, 1, 1, 1], align_right_from=1),
        P("I leiargruppa sit tre kvinner og to menn."),
        H(1, "Løn", "2"),
        P("Kvinner si gjennomsnittlege grunnløn utgjorde 95,2 prosent av menn si i 2024, mot 94,1 "
          "prosent året før. Lønsskilnaden i den øvste gruppa kjem av at dei to største hotella "
          "har mannlege direktørar med lang ansiennitet."),
        Table([["Stillingskategori", "Kvinner", "Menn", "Kvinneløn i % av menn si løn"],
               *[[n, str(w), str(m), r] for n, w, m, r in FH_LEVELS]],
              ruled=False, lines="header", widths=[3.2, 1, 1, 2], align_right_from=1),
        H(1, "Ufrivillig deltid", "3"),
        P("Vi spurde alle deltidstilsette i mars 2025. Ni av 61 svarte at dei ønskjer ei større "
          "stilling, sju kvinner og to menn."),
        H(1, "Arbeidet vårt for likestilling", "4"),
        P("Kartlegginga vart gjord saman med hovudtillitsvalt i Fellesforbundet og verneombodet. "
          "Vi gjekk gjennom rekruttering, løn, forfremjing, tilrettelegging og høvet til å "
          "kombinere arbeid og familie. Den største risikoen vi fann, er at tilsette med "
          "utanlandsk bakgrunn i reinhald og kjøkken sjeldan går vidare til andre stillingar."),
        P("I 2024 tilbaud vi norskopplæring i arbeidstida til 22 tilsette, og vi lyste ut alle "
          "leiarstillingar internt først. Effekten av tiltaka vil bli vurdert i neste utgreiing. "
          "Ei ny lønskartlegging skal vere ferdig innan 1. mars 2026."),
    ],
    gold=report_gold(
        "equality_report", "Fjellheim Hotelldrift AS", "nn", 2024, None,
        {"employees_total": 186, "employees_women": 117, "employees_men": 69,
         "women_share_total": 62.9, "women_share_top_management": 60.0,
         "pay_ratio_women_to_men_total": 95.2,
         "part_time_employees": 61, "part_time_women": 46, "part_time_men": 15,
         "temporary_employees": 34, "temporary_women": 24, "temporary_men": 10,
         "parental_leave_weeks_women": 20.0, "parental_leave_weeks_men": 15.0,
         **levels([(n, round(100 * w / (w + m), 1), float(r.replace(",", ".")))
                   for n, w, m, r in FH_LEVELS]),
         "hotels": 4, "involuntary_part_time_employees": 9, "involuntary_part_time_women": 7,
         "involuntary_part_time_men": 2, "norwegian_course_participants": 22,
         "previous_year_pay_ratio_total": 94.1},
        [ck("gender_balance", "present", "Delen kvinner 60,8 % 61,8 % 62,9 %"),
         ck("pay_by_gender", "present", "Kvinner si gjennomsnittlege grunnløn utgjorde 95,2 prosent av menn si i 2024"),
         ck("part_time_by_gender", "present", "Deltidstilsette kvinner 48 51 46"),
         ck("temporary_by_gender", "present", "Mellombels tilsette menn 14 12 10"),
         ck("parental_leave_by_gender", "present", "Foreldrepermisjon menn, veker i snitt 12 14 15"),
         ck("involuntary_part_time", "present",
            "Ni av 61 svarte at dei ønskjer ei større stilling, sju kvinner og to menn."),
         ck("risks_investigated", "present",
            "Den største risikoen vi fann, er at tilsette med utanlandsk bakgrunn i reinhald og "
            "kjøkken sjeldan går vidare"),
         ck("causes_analysed", "present",
            "Lønsskilnaden i den øvste gruppa kjem av at dei to største hotella har mannlege "
            "direktørar med lang ansiennitet."),
         ck("measures_taken", "present", "I 2024 tilbaud vi norskopplæring i arbeidstida til 22 tilsette"),
         ck("results_evaluated", "absent", "Effekten av tiltaka vil bli vurdert i neste utgreiing."),
         ck("other_grounds", "present", "tilsette med utanlandsk bakgrunn i reinhald og kjøkken"),
         ck("employee_representatives_involved", "present",
            "Kartlegginga vart gjord saman med hovudtillitsvalt i Fellesforbundet og verneombodet.")],
        percentages=[pct(60.8, "60,8 %", "delen kvinner 2022"),
                     pct(61.8, "61,8 %", "delen kvinner 2023"),
                     pct(62.9, "62,9 %", "delen kvinner 2024"),
                     pct(95.2, "95,2 prosent", "kvinner si grunnløn i prosent av menn si 2024"),
                     pct(94.1, "94,1 prosent", "kvinner si grunnløn i prosent av menn si 2023")],
        deadlines=[ddl("innan 1. mars 2026", "2026-03-01", "ny lønskartlegging ferdig")],
        organisations=["Fellesforbundet"],
    ),
)

# ---------------------------------------------------------------------------
# E3. Nordkapp Subsea Services AS (en): levels as columns in a table with no
#     ruling lines, "per cent"/"percent" spelled out, temporary staff without a
#     gender split, age as the other ground.
# ---------------------------------------------------------------------------

NK_LEVELS = ["Executive team", "Line managers", "Engineers", "Technicians", "Administration"]
NK_WOMEN = [2, 9, 21, 6, 20]
NK_MEN = [5, 31, 74, 132, 12]
NK_PAY = ["94.0", "96.8", "97.9", "92.5", "103.2"]
NK_SHARE = [round(100 * w / (w + m), 1) for w, m in zip(NK_WOMEN, NK_MEN)]

NORDKAPP = Doc(
    doc_id="nordkapp-subsea-equality-2024",
    layout="landscape", font="sans",
    meta_title="Equality and Anti-Discrimination Report 2024", meta_author="",
    header="Nordkapp Subsea Services AS", header_on_first_page=True,
    footer="Page {page} of {pages}", footer_align="right", number_dot=False,
    subdir=HO, max_pages=3,
    blocks=[
        Title("Equality and Anti-Discrimination Report 2024", ["Nordkapp Subsea Services AS"]),
        H(1, "Who we are"),
        P("Nordkapp Subsea Services AS inspects, maintains and repairs subsea installations for "
          "oil, gas and offshore wind operators from its base in Hammerfest. On 31 December 2024 "
          "the company had 312 employees, of whom 58 were women (18.6 per cent)."),
        H(1, "Women and men by job level"),
        Table([["", *NK_LEVELS],
               ["Women", *[str(x) for x in NK_WOMEN]],
               ["Men", *[str(x) for x in NK_MEN]],
               ["Women's share", *[f"{x:.1f}" for x in NK_SHARE]],
               ["Women's pay relative to men's", *NK_PAY]],
              ruled=False, lines="none", widths=[2.4, 1.3, 1.1, 1.1, 1.2, 1.3],
              align_right_from=1),
        P("Shares and pay ratios are given per hundred. Pay is average monthly base pay plus "
          "fixed allowances.", "small"),
        P("Across the company, women's average pay is 88.4 percent of men's. The gap is mainly "
          "explained by the fact that few women work as offshore technicians, where shift "
          "allowances make up a large part of pay."),
        H(1, "Working time and leave"),
        P("Part-time work is rare: eleven employees work part time, eight women and three men. "
          "Our survey of part-time staff in January 2025 found no involuntary part-time. We had "
          "19 temporary employees, all of them technicians on project contracts. Men took an "
          "average of 14.5 weeks of parental leave and women 21 weeks."),
        H(1, "Risks, causes and measures"),
        P("Together with the employee representatives from Industri Energi and the safety "
          "delegate, we reviewed recruitment, promotion and working conditions offshore. We "
          "identified two risks: women rarely apply for technician jobs, and older technicians "
          "are seldom offered retraining for offshore wind work."),
        P("In 2024 we took on 12 apprentices, half of them women, and we opened our offshore wind "
          "course to all technicians over 55."),
        P("Our goal for 2024 of at least 25 per cent women among new hires was met: 31 per cent "
          "of those hired during the year were women. We aim to raise the share of women managers "
          "to 30 per cent by 2027."),
    ],
    gold=report_gold(
        "equality_report", "Nordkapp Subsea Services AS", "en", 2024, None,
        {"employees_total": 312, "employees_women": 58, "employees_men": 254,
         "women_share_total": 18.6, "women_share_top_management": 28.6,
         "pay_ratio_women_to_men_total": 88.4,
         "part_time_employees": 11, "part_time_women": 8, "part_time_men": 3,
         "temporary_employees": 19, "temporary_women": None, "temporary_men": None,
         "parental_leave_weeks_women": 21.0, "parental_leave_weeks_men": 14.5,
         "hires_women_share": 31.0,
         **levels([(n, s, float(p)) for n, s, p in zip(NK_LEVELS, NK_SHARE, NK_PAY)]),
         "apprentices": 12, "involuntary_part_time_employees": 0,
         "hires_women_share_target": 25.0, "women_managers_target_share": 30.0},
        [ck("gender_balance", "present",
            "the company had 312 employees, of whom 58 were women (18.6 per cent)."),
         ck("pay_by_gender", "present", "Across the company, women's average pay is 88.4 percent of men's."),
         ck("part_time_by_gender", "present", "eleven employees work part time, eight women and three men."),
         ck("temporary_by_gender", "absent", "We had 19 temporary employees",
            "total only, no gender split"),
         ck("parental_leave_by_gender", "present",
            "Men took an average of 14.5 weeks of parental leave and women 21 weeks."),
         ck("involuntary_part_time", "present",
            "Our survey of part-time staff in January 2025 found no involuntary part-time."),
         ck("risks_investigated", "present",
            "We identified two risks: women rarely apply for technician jobs"),
         ck("causes_analysed", "present",
            "The gap is mainly explained by the fact that few women work as offshore technicians"),
         ck("measures_taken", "present", "In 2024 we took on 12 apprentices, half of them women"),
         ck("results_evaluated", "present",
            "Our goal for 2024 of at least 25 per cent women among new hires was met"),
         ck("other_grounds", "present",
            "older technicians are seldom offered retraining for offshore wind work."),
         ck("employee_representatives_involved", "present",
            "Together with the employee representatives from Industri Energi and the safety delegate")],
        percentages=[pct(18.6, "18.6 per cent", "women's share of all employees"),
                     pct(88.4, "88.4 percent", "women's average pay as a share of men's"),
                     pct(25, "25 per cent", "2024 goal for women among new hires"),
                     pct(31, "31 per cent", "women among those hired in 2024"),
                     pct(30, "30 per cent", "target share of women managers")],
        deadlines=[ddl("by 2027", "2027-12-31", "30 per cent women managers")],
        organisations=["Industri Energi"],
    ),
)

# ---------------------------------------------------------------------------
# E4. Rødvika kommune (nb): the equality report is section 3.1 of the
#     municipality's årsmelding; a table by service area (tjenesteområde) with
#     shares in the cells; pay as a gap and its complement; involuntary part-time
#     and parental leave not covered; sick leave by gender in the next section.
# ---------------------------------------------------------------------------

RB_AREAS = [("Oppvekst og kultur", "212", 198, 41), ("Helse og omsorg", "318", 361, 41),
            ("Teknisk drift", "64", 9, 57), ("Sentraladministrasjon", "38", 27, 14)]

RODVIKA = Doc(
    doc_id="rodvika-kommune-arsmelding-2024",
    layout="portrait", font="serif",
    meta_title="Årsmelding 2024", meta_author="Kari Nes",
    header="Rødvika kommune · Årsmelding 2024", header_on_first_page=False,
    footer="{page}", footer_align="center", number_dot=True, subdir=HO, max_pages=4,
    blocks=[
        Title("Årsmelding 2024", ["Rødvika kommune"]),
        H(1, "Kommunedirektørens innledning", "1"),
        P("2024 ble et år med stram økonomi, men også med gode resultater i skolene og en ny "
          "barnehage på Nesheim. Kommunen har lagt vekt på heltidskultur og på å beholde "
          "fagfolk i helse og omsorg."),
        H(1, "Økonomi", "2"),
        P("Netto driftsresultat ble 1,8 prosent av driftsinntektene. Disposisjonsfondet var ved "
          "årsskiftet 41 millioner kroner."),
        H(1, "Organisasjon og medarbeidere", "3"),
        H(2, "Likestilling og mangfold", "3.1"),
        P("Ved utgangen av 2024 hadde Rødvika kommune 748 ansatte i 632 årsverk. Fordelingen på "
          "tjenesteområdene var slik:"),
        Table([["Tjenesteområde", "Årsverk", "Kvinner", "Menn", "Andel kvinner"],
               *[[n, aw, str(w), str(m), f"{100 * w / (w + m):.1f}".replace(".", ",")]
                 for n, aw, w, m in RB_AREAS],
               ["Sum", "632", "595", "153", "79,5"]],
              widths=[2.6, 1, 1, 1, 1.2], align_right_from=1, font_size=8),
        P("Kommunedirektørens ledergruppe består av fire kvinner og to menn."),
        P("Lønnsgapet mellom kvinner og menn, målt som gjennomsnittlig avtalt årslønn per "
          "årsverk, var 4,1 prosent i 2024; kvinner tjente altså 95,9 prosent av det menn "
          "tjente."),
        P("Av de ansatte arbeidet 331 deltid, 296 kvinner og 35 menn. Ved årsskiftet var det 58 "
          "midlertidig ansatte (47 kvinner, 11 menn). Ufrivillig deltid er ikke kartlagt for "
          "2024."),
        P("En partssammensatt arbeidsgruppe med hovedtillitsvalgte fra Fagforbundet og "
          "Utdanningsforbundet har gått gjennom lønn, rekruttering og stillingsstørrelser. "
          "Gruppen pekte på at hele stillinger i helse og omsorg i hovedsak går til sykepleiere, "
          "mens helsefagarbeidere og assistenter oftere får små stillinger. Dette skyldes "
          "turnusordninger med mange korte helgevakter."),
        P("I 2024 innførte vi langvakter i helg ved to sykehjem, og 18 ansatte fikk større "
          "stilling. Kommunen tilrettelegger også for ansatte med nedsatt funksjonsevne; sju "
          "ansatte fikk individuell tilrettelegging i løpet av året. Tiltakene skal evalueres "
          "i 2025."),
        H(2, "Sykefravær", "3.2"),
        P("Sykefraværet var 8,9 prosent for kvinner og 5,2 prosent for menn."),
    ],
    gold=report_gold(
        "equality_report", "Rødvika kommune", "nb", 2024, None,
        {"employees_total": 748, "employees_women": 595, "employees_men": 153,
         "women_share_total": 79.5, "women_share_top_management": 66.7,
         "pay_ratio_women_to_men_total": 95.9,
         "part_time_employees": 331, "part_time_women": 296, "part_time_men": 35,
         "temporary_employees": 58, "temporary_women": 47, "temporary_men": 11,
         "sick_leave_women": 8.9, "sick_leave_men": 5.2,
         **levels([(n, round(100 * w / (w + m), 1), None) for n, _, w, m in RB_AREAS]),
         "full_time_equivalents": 632, "pay_gap_percent": 4.1,
         "employees_larger_position": 18, "employees_individual_adaptation": 7,
         "disposition_fund_nok": 41000000},
        [ck("gender_balance", "present", "Sum 632 595 153 79,5"),
         ck("pay_by_gender", "present", "kvinner tjente altså 95,9 prosent av det menn tjente.",
            "overall figure only"),
         ck("part_time_by_gender", "present", "Av de ansatte arbeidet 331 deltid, 296 kvinner og 35 menn."),
         ck("temporary_by_gender", "present", "58 midlertidig ansatte (47 kvinner, 11 menn)"),
         ck("parental_leave_by_gender", "absent", None),
         ck("involuntary_part_time", "absent", "Ufrivillig deltid er ikke kartlagt for 2024."),
         ck("risks_investigated", "present",
            "Gruppen pekte på at hele stillinger i helse og omsorg i hovedsak går til sykepleiere"),
         ck("causes_analysed", "present", "Dette skyldes turnusordninger med mange korte helgevakter."),
         ck("measures_taken", "present", "I 2024 innførte vi langvakter i helg ved to sykehjem"),
         ck("results_evaluated", "absent", "Tiltakene skal evalueres i 2025."),
         ck("other_grounds", "present",
            "sju ansatte fikk individuell tilrettelegging i løpet av året."),
         ck("employee_representatives_involved", "present",
            "En partssammensatt arbeidsgruppe med hovedtillitsvalgte fra Fagforbundet og Utdanningsforbundet")],
        percentages=[pct(1.8, "1,8 prosent", "netto driftsresultat av driftsinntektene"),
                     pct(4.1, "4,1 prosent", "lønnsgap mellom kvinner og menn"),
                     pct(95.9, "95,9 prosent", "kvinners lønn i prosent av menns"),
                     pct(8.9, "8,9 prosent", "sykefravær kvinner"),
                     pct(5.2, "5,2 prosent", "sykefravær menn")],
        deadlines=[ddl("i 2025", "2025-12-31", "evaluering av heltidstiltakene")],
        organisations=["Fagforbundet", "Utdanningsforbundet"],
    ),
)


# ===========================================================================
# Council and board papers
# ===========================================================================


def case(no: str, title: str, type_: Optional[str] = None, frm: Optional[str] = None,
         officer: Optional[str] = None, proposed: Optional[str] = None,
         decision: Optional[str] = None) -> dict:
    return {"case": no, "title": title, "type": type_, "from": frm, "case_officer": officer,
            "proposed_decision": proposed, "decision": decision}


def mcase(no: str, title: str, decision: Optional[str], vote: Optional[str]) -> dict:
    return {"case": no, "title": title, "decision": decision, "vote": vote}


def subst(name: str, party: Optional[str], for_: Optional[str]) -> dict:
    return {"name": name, "party": party, "for": for_}


def council_gold(org: str, lang: str, published: Optional[str], meeting: dict, cases: list,
                 mins: Optional[dict], percentages=(), deadlines=(), organisations=(),
                 suppliers=()) -> Gold:
    return Gold(organisation=org, doc_type="council_papers", language=lang, report_year=None,
                published=published, percentages=list(percentages), deadlines=list(deadlines),
                organisations=list(organisations), suppliers=list(suppliers),
                extra={"meeting": meeting, "cases": cases, "minutes": mins})


# ---------------------------------------------------------------------------
# C1. Tverrå kommune, formannskapet 06.05.2025 (nn): møtebok with "FS 22/2025"
#     numbering, "Til stades / Forfall / Møtande vara" attendance, "Framlegg frå
#     kommunedirektøren" and "Vedtak i formannskapet", a split vote, an addition.
# ---------------------------------------------------------------------------

TV_PRESENT = ["Eirin Vatle", "Magnus Tysse", "Randi Kvalheim", "Olav Nesbø", "Jorunn Lid",
              "Tor Inge Sæle", "Bjørg Hauge"]
TV_21 = "Innkalling og sakliste vert godkjende."
TV_22 = ("Formannskapet rår kommunestyret til å godkjenne rekneskapen for 2024. "
         "Mindreforbruket på 3,4 millionar kroner vert sett av til disposisjonsfond.")
TV_23 = ("Tverrå kommune løyver 450 000 kroner i tilskot til ny kunstgrasbane hos Tverrå "
         "idrettslag. Tilskotet vert betalt ut når anlegget er ferdig, seinast 1. oktober 2025.")
TV_24P = "Formannskapet sluttar seg til uttalen frå kommunedirektøren, datert 22.04.2025."
TV_24V = ("Formannskapet sluttar seg til uttalen frå kommunedirektøren, datert 22.04.2025. I "
          "tillegg ber formannskapet om at området for havbruk ved Røyrvika vert teke ut av planen.")
TV_25 = "Referatsakene vert tekne til orientering."


def _tv_case(no, title, proposed, decision, vote, text=None, extra=None):
    out = [H(1, f"FS {no} {title}")]
    if text:
        out.append(P(text))
    out += [P("**Framlegg frå kommunedirektøren:**"), P(proposed)]
    if extra:
        out.append(P(extra))
    out += [P(f"**Handsaming:** {vote}"), P("**Vedtak i formannskapet:**"), P(decision)]
    return out


TVERRA = Doc(
    doc_id="tverra-formannskap-motebok-2025-05",
    layout="portrait", font="serif",
    meta_title="Møtebok formannskapet 06.05.2025", meta_author="tverra\\politisk",
    header="Tverrå kommune – Møtebok", header_on_first_page=False,
    footer="Side {page} av {pages}", footer_align="right", number_dot=False,
    subdir=HO, max_pages=4,
    blocks=[
        Title("Møtebok", ["Tverrå kommune", "Formannskapet – møte nr. 3/2025"]),
        KeyValue([("Møtedato", "06.05.2025"), ("Møtestad", "Formannskapssalen, rådhuset"),
                  ("Frå – til", "10:00 – 13:30")]),
        P("**Til stades:** Eirin Vatle (ordførar, Sp), Magnus Tysse (Ap), Randi Kvalheim (H), "
          "Olav Nesbø (Sp), Jorunn Lid (FrP), Tor Inge Sæle (Ap), Bjørg Hauge (H)"),
        P("**Forfall:** Knut Ådland (H)"),
        P("**Møtande vara:** Bjørg Hauge (H) for Knut Ådland"),
        P("**Frå administrasjonen:** kommunedirektør Geir Mjelde, økonomisjef Siri Nordanger"),
        P("Ordføraren leia møtet. Det kom ingen merknader til innkallinga."),
        *_tv_case("21/2025", "Godkjenning av innkalling og sakliste", TV_21, TV_21, "Samrøystes."),
        *_tv_case("22/2025", "Rekneskap 2024 for Tverrå kommune – tilråding til kommunestyret",
                  TV_22, TV_22, "Samrøystes tilrådd.",
                  text="Skatteinngangen vart 2,6 prosent høgare enn budsjettert, og driftsresultatet "
                       "enda betre enn venta."),
        *_tv_case("23/2025", "Tilskot til kunstgrasbane på Tverrå stadion", TV_23, TV_23,
                  "Framlegget frå kommunedirektøren vart vedteke med 6 mot 1 røyst (FrP).",
                  extra="Jorunn Lid (FrP) sette fram dette framlegget: «Tilskotet vert redusert til "
                        "300 000 kroner.» Framlegget fall."),
        *_tv_case("24/2025", "Uttale til regional plan for sjøareal", TV_24P, TV_24V,
                  "Samrøystes med tillegg frå Magnus Tysse (Ap).",
                  text="Vestland fylkeskommune har sendt planen på høyring. Uttalen må vere send "
                       "innan 15. mai 2025."),
        *_tv_case("25/2025", "Referatsaker", TV_25, TV_25, "Samrøystes."),
        P("Utskrift sendt 07.05.2025. Møteboka er godkjend elektronisk av to medlemer."),
    ],
    gold=council_gold(
        "Tverrå kommune", "nn", "2025-05-07",
        {"body": "Formannskapet", "meeting": "3/2025", "date": "2025-05-06"},
        [case("FS 21/2025", "Godkjenning av innkalling og sakliste", None, "Kommunedirektøren",
              None, TV_21, TV_21),
         case("FS 22/2025", "Rekneskap 2024 for Tverrå kommune – tilråding til kommunestyret", None,
              "Kommunedirektøren", None, TV_22, TV_22),
         case("FS 23/2025", "Tilskot til kunstgrasbane på Tverrå stadion", None, "Kommunedirektøren",
              None, TV_23, TV_23),
         case("FS 24/2025", "Uttale til regional plan for sjøareal", None, "Kommunedirektøren",
              None, TV_24P, TV_24V),
         case("FS 25/2025", "Referatsaker", None, "Kommunedirektøren", None, TV_25, TV_25)],
        {"meeting": "3/2025", "date": "2025-05-06", "chair": "Eirin Vatle", "present": TV_PRESENT,
         "absent": ["Knut Ådland"], "substitutes": [subst("Bjørg Hauge", "H", "Knut Ådland")],
         "cases": [mcase("FS 21/2025", "Godkjenning av innkalling og sakliste", TV_21, "Samrøystes."),
                   mcase("FS 22/2025", "Rekneskap 2024 for Tverrå kommune – tilråding til "
                         "kommunestyret", TV_22, "Samrøystes tilrådd."),
                   mcase("FS 23/2025", "Tilskot til kunstgrasbane på Tverrå stadion", TV_23,
                         "Framlegget frå kommunedirektøren vart vedteke med 6 mot 1 røyst (FrP)."),
                   mcase("FS 24/2025", "Uttale til regional plan for sjøareal", TV_24V,
                         "Samrøystes med tillegg frå Magnus Tysse (Ap)."),
                   mcase("FS 25/2025", "Referatsaker", TV_25, "Samrøystes.")],
         "also_present": ["Geir Mjelde", "Siri Nordanger"]},
        percentages=[pct(2.6, "2,6 prosent", "skatteinngang over budsjett 2024")],
        deadlines=[ddl("seinast 1. oktober 2025", "2025-10-01",
                       "kunstgrasbanen ferdig og tilskotet utbetalt"),
                   ddl("innan 15. mai 2025", "2025-05-15",
                       "uttale til regional plan for sjøareal")],
        organisations=["Tverrå idrettslag", "Vestland fylkeskommune"],
    ),
)

# ---------------------------------------------------------------------------
# C2. Moldvik kommune, kontrollutvalget 10.06.2025 (nb): notice with agenda
#     "KU 16/25" + two saksframlegg with a header box and "Sekretariatets
#     innstilling"; a called-in substitute in the notice; no minutes.
# ---------------------------------------------------------------------------

MV_16 = ("Kontrollutvalget har ingen merknader til Moldvik kommunes årsregnskap og årsberetning "
         "for 2024 og anbefaler kommunestyret å godkjenne dem.")
MV_17 = ("1. Kontrollutvalget tar rapporten til orientering. 2. Kontrollutvalget ber "
         "kommunedirektøren følge opp revisors anbefalinger og rapportere tilbake innen "
         "1. desember 2025.")
MV_AGENDA = [("KU 14/25", "Godkjenning av møteinnkalling og saksliste"),
             ("KU 15/25", "Godkjenning av protokoll fra møte 22.04.2025"),
             ("KU 16/25", "Uttalelse til årsregnskap og årsberetning 2024 for Moldvik kommune"),
             ("KU 17/25", "Forvaltningsrevisjon: Innkjøp og oppfølging av rammeavtaler"),
             ("KU 18/25", "Eventuelt")]

MOLDVIK = Doc(
    doc_id="moldvik-kontrollutvalg-sakspapirer-2025-06",
    layout="portrait", font="sans",
    meta_title="Kontrollutvalget 10.06.2025 – sakspapirer", meta_author="Linn Aasgaard",
    header="Kontrollutvalget i Moldvik kommune", header_on_first_page=True,
    footer="{page}", footer_align="right", number_dot=False, subdir=HO, max_pages=3,
    blocks=[
        Title("Innkalling til møte i kontrollutvalget", ["Moldvik kommune – møte 3/25"]),
        KeyValue([("Tid", "tirsdag 10. juni 2025 kl. 12.00"),
                  ("Sted", "Møterom Fjorden, Moldvik rådhus"),
                  ("Sekretariat", "Kontrollsekretariatet Vestvika IKS")]),
        P("Medlemmer: Harald Øye (leder), Anita Holm (nestleder), Petter Lunde, Gunn Sæbø, "
          "Fredrik Hals. Anita Holm har meldt forfall, og varamedlem Tor Brekke er innkalt i "
          "hennes sted. Andre som får forfall, melder fra til sekretariatet på telefon "
          "71 20 44 10."),
        Table([["Saksnr.", "Sak"], *[list(r) for r in MV_AGENDA]], widths=[1, 5]),
        P("Vestvika, 2. juni 2025"),
        P("Harald Øye, leder (sign.)            Linn Aasgaard, rådgiver"),
        H(1, "KU 16/25 Uttalelse til årsregnskap og årsberetning 2024 for Moldvik kommune"),
        KeyValue([("Saksbehandler", "Linn Aasgaard"), ("Arkivsak", "25/0412"),
                  ("Behandles av", "Kontrollutvalget 10.06.2025")]),
        P("**Sekretariatets innstilling:**"),
        P(MV_16),
        P("**Saksopplysninger:** Innlandsrevisjon Vest IKS avga revisjonsberetning uten forbehold "
          "14. april 2025. Netto driftsresultat ble 2,1 prosent av driftsinntektene, mot et "
          "finansielt mål på 1,75 prosent. Lånegjelden økte med 62 millioner kroner."),
        H(1, "KU 17/25 Forvaltningsrevisjon: Innkjøp og oppfølging av rammeavtaler"),
        KeyValue([("Saksbehandler", "Linn Aasgaard"), ("Arkivsak", "24/0987"),
                  ("Behandles av", "Kontrollutvalget 10.06.2025, kommunestyret")]),
        P("**Sekretariatets innstilling:**"),
        P(MV_17),
        P("**Saksopplysninger:** Revisjonen kontrollerte 60 innkjøp fra 2024. I 27 av dem (45 %) "
          "var varer eller tjenester kjøpt utenom gjeldende rammeavtaler, særlig innen "
          "kontorrekvisita, byggtjenester og IKT-utstyr. Revisor anbefaler at kommunen tar i "
          "bruk et elektronisk bestillingssystem og lager en rutine for kontraktsoppfølging."),
    ],
    gold=council_gold(
        "Moldvik kommune", "nb", "2025-06-02",
        {"body": "Kontrollutvalget", "meeting": "3/25", "date": "2025-06-10"},
        [case("KU 14/25", MV_AGENDA[0][1]),
         case("KU 15/25", MV_AGENDA[1][1]),
         case("KU 16/25", MV_AGENDA[2][1], None, "Kontrollsekretariatet Vestvika IKS",
              "Linn Aasgaard", MV_16, None),
         case("KU 17/25", MV_AGENDA[3][1], None, "Kontrollsekretariatet Vestvika IKS",
              "Linn Aasgaard", MV_17, None),
         case("KU 18/25", MV_AGENDA[4][1])],
        None,
        percentages=[pct(2.1, "2,1 prosent", "netto driftsresultat av driftsinntektene 2024"),
                     pct(1.75, "1,75 prosent", "finansielt mål for netto driftsresultat"),
                     pct(45, "45 %", "andel kontrollerte innkjøp utenom rammeavtaler")],
        deadlines=[ddl("innen 1. desember 2025", "2025-12-01",
                       "kommunedirektøren rapporterer om oppfølging av revisors anbefalinger")],
        organisations=["Kontrollsekretariatet Vestvika IKS", "Innlandsrevisjon Vest IKS"],
        suppliers=[sup("Innlandsrevisjon Vest IKS", "revisjon",
                       "Innlandsrevisjon Vest IKS avga revisjonsberetning")],
    ),
)

# ---------------------------------------------------------------------------
# C3. Sykehuset Østfjorden HF, board meeting 24.04.2025 (nb): protocol with
#     "Sak 2025-32" numbering, "Forslag til vedtak" / "Styrets vedtak", members,
#     "Forfall" and "Varamedlem" lines, a decision that adds to the proposal.
# ---------------------------------------------------------------------------

OF_PRESENT = ["Hanne Skogly", "Arne Fosli", "Merete Sund", "Ola Rognstad", "Trine Bakken",
              "Jostein Kvam", "Erik Haugom"]
OF_31 = "Innkalling og dagsorden godkjennes."
OF_32P = "Styret tar virksomhetsrapporten for mars 2025 til orientering."
OF_32V = ("Styret tar virksomhetsrapporten for mars 2025 til orientering og ber om en plan for å "
          "redusere fristbrudd i ortopedi innen styremøtet 19. juni 2025.")
OF_33 = ("Styret godkjenner anskaffelse av nytt MR-apparat innenfor en ramme på 38 millioner "
         "kroner. Apparatet skal være i drift innen utgangen av 2. tertial 2026.")
OF_34 = "Styret godkjenner årlig melding 2024 og sender den til Helse Sør-Øst RHF."
OF_CASES = [("2025-31", "Godkjenning av innkalling og dagsorden", OF_31, OF_31),
            ("2025-32", "Virksomhetsrapport mars 2025", OF_32P, OF_32V),
            ("2025-33", "Anskaffelse av nytt MR-apparat ved Kvisle sykehus", OF_33, OF_33),
            ("2025-34", "Årlig melding 2024", OF_34, OF_34)]
OF_TEXT = {
    "2025-32": "Gjennomsnittlig ventetid for avviklede pasienter var 58 dager. Andelen fristbrudd "
               "var 4,7 prosent, mot et mål på 2 prosent, og de fleste bruddene var i ortopedi.",
    "2025-33": "Dagens MR-apparat er fra 2012 og har hatt 19 driftsstans det siste året. "
               "Anskaffelsen gjennomføres av Sykehusinnkjøp HF.",
}


def _of_blocks() -> list:
    out = []
    for no, title, prop, dec in OF_CASES:
        out.append(H(1, f"Sak {no} {title}"))
        if no in OF_TEXT:
            out.append(P(OF_TEXT[no]))
        out += [P("Forslag til vedtak:", "label"), P(prop), P("Styrets vedtak:", "label"), P(dec),
                P("Vedtaket var enstemmig.", "small")]
    out += [H(1, "Sak 2025-35 Eventuelt"), P("Ingen saker ble meldt.")]
    return out


OSTFJORDEN = Doc(
    doc_id="sykehuset-ostfjorden-styreprotokoll-2025-04",
    layout="portrait", font="helvetica",
    meta_title="Protokoll styremøte 24.04.2025", meta_author="Styresekretær",
    header="Sykehuset Østfjorden HF", header_on_first_page=True,
    footer="Protokoll fra styremøte 3/2025 – side {page}", footer_align="left",
    number_dot=False, subdir=HO, max_pages=3,
    blocks=[
        Title("Protokoll fra styremøte 3/2025", ["Styret i Sykehuset Østfjorden HF"]),
        Table([["Dato:", "24. april 2025 kl. 09.00–14.15"],
               ["Sted:", "Styrerommet, Kvisle sykehus"],
               ["Fra styret:", "Hanne Skogly (styreleder), Arne Fosli (nestleder), Merete Sund, "
                "Ola Rognstad, Trine Bakken (ansattvalgt), Jostein Kvam (ansattvalgt)"],
               ["Forfall:", "Birgit Lande"],
               ["Varamedlem:", "Erik Haugom møtte for Birgit Lande"],
               ["Fra administrasjonen:", "Siv Jarness, administrerende direktør; Kjetil Bråten, "
                "økonomidirektør; Mona Fjære, styresekretær"]],
              header_rows=0, ruled=False, lines="none", widths=[1.4, 5]),
        *_of_blocks(),
        P("Protokollen er godkjent ved elektronisk signatur 28. april 2025."),
    ],
    gold=council_gold(
        "Sykehuset Østfjorden HF", "nb", "2025-04-28",
        {"body": "Styret i Sykehuset Østfjorden HF", "meeting": "3/2025", "date": "2025-04-24"},
        [case(f"Sak {no}", t, None, None, None, p, d) for no, t, p, d in OF_CASES]
        + [case("Sak 2025-35", "Eventuelt")],
        {"meeting": "3/2025", "date": "2025-04-24", "chair": "Hanne Skogly", "present": OF_PRESENT,
         "absent": ["Birgit Lande"], "substitutes": [subst("Erik Haugom", None, "Birgit Lande")],
         "cases": [mcase(f"Sak {no}", t, d, "Vedtaket var enstemmig.") for no, t, _, d in OF_CASES]
         + [mcase("Sak 2025-35", "Eventuelt", None, None)],
         "also_present": ["Siv Jarness", "Kjetil Bråten", "Mona Fjære"]},
        percentages=[pct(4.7, "4,7 prosent", "andel fristbrudd"),
                     pct(2, "2 prosent", "mål for andel fristbrudd")],
        deadlines=[ddl("innen styremøtet 19. juni 2025", "2025-06-19",
                       "plan for å redusere fristbrudd i ortopedi"),
                   ddl("innen utgangen av 2. tertial 2026", "2026-08-31",
                       "nytt MR-apparat i drift")],
        organisations=["Sykehusinnkjøp HF", "Helse Sør-Øst RHF"],
    ),
)


# ===========================================================================
# Action plan
# ===========================================================================

# ---------------------------------------------------------------------------
# A1. Havdal kommune (nb): digitalisation plan status per 1st tertial 2025;
#     one table per area; status as symbol + word ("✓ Levert", "↻ Under arbeid",
#     "⚠ Forsinket", "– Ikke påbegynt"); deadlines in tertials and quarters
#     ("T2 2025", "3. kvartal 2025", "Q1 2026", "4. kv. 2025"); priority 1-3.
# ---------------------------------------------------------------------------

SHOWN = {"done": "\u2713 Levert", "wip": "\u21bb Under arbeid", "late": "\u26a0 Forsinket",
         "todo": "\u2013 Ikke påbegynt"}
CODE = {"done": "completed", "wip": "in_progress", "late": "in_progress", "todo": "not_started"}

# area, nr, title, owner, deadline cell, due, priority, shown status
HD_MEASURES = [
    ("Innbyggertjenester", "1.1", "Digital søknad om startlån og bostøtte", "Servicetorget",
     "T2 2025", "2025-08-31", 1, "done"),
    ("Innbyggertjenester", "1.2", "Chatbot for vanlige spørsmål på kommunens nettsider",
     "Kommunikasjon", "3. kvartal 2025", "2025-09-30", 2, "wip"),
    ("Innbyggertjenester", "1.3", "Digital timebestilling på helsestasjonen", "Helse",
     "Q1 2026", "2026-03-31", 2, "todo"),
    ("Infrastruktur og sikkerhet", "2.1", "Tofaktorinnlogging for alle ansatte", "IT",
     "1. tertial 2025", "2025-04-30", 1, "done"),
    ("Infrastruktur og sikkerhet", "2.2", "Nytt trådløst nett på alle skolene", "IT / Oppvekst",
     "T3 2025", "2025-12-31", 1, "late"),
    ("Infrastruktur og sikkerhet", "2.3", "Beredskapsøvelse for dataangrep", "Beredskap",
     "4. kv. 2025", "2025-12-31", 2, "todo"),
    ("Kompetanse", "3.1", "E-læringskurs i informasjonssikkerhet for alle ansatte", "HR",
     "T1 2025", "2025-04-30", 1, "done"),
    ("Kompetanse", "3.2", "Digitaliseringsveiledere i hver enhet", "HR", "Løpende", None, 3, "wip"),
]


def _hd_area(area: str) -> list:
    rows = [["Nr.", "Tiltak", "Ansvar", "Frist", "Pri.", "Status"]]
    for a, nr, title, owner, when, _, pri, st in HD_MEASURES:
        if a == area:
            rows.append([nr, title, owner, when, str(pri), SHOWN[st]])
    return [H(2, area), Table(rows, widths=[0.5, 3.6, 1.4, 1.3, 0.5, 1.6], font_size=8.5)]


def _hd_gold() -> dict:
    areas: list[str] = []
    for m in HD_MEASURES:
        if m[0] not in areas:
            areas.append(m[0])
    counts = {a: {"completed": 0, "in_progress": 0, "not_started": 0} for a in areas}
    for m in HD_MEASURES:
        counts[m[0]][CODE[m[7]]] += 1
    return {"measures": [{"area": a, "title": t, "priority": p, "status": CODE[s], "due": d}
                         for a, _, t, _, _, d, p, s in HD_MEASURES],
            "status_counts": counts}


HAVDAL = Doc(
    doc_id="havdal-kommune-digitalisering-status-2025",
    layout="landscape", font="sans",
    meta_title="Handlingsplan for digitalisering 2025–2026 – status", meta_author="Havdal kommune",
    header="Havdal kommune", header_on_first_page=False,
    footer="Status per 1. tertial 2025 – {page}", footer_align="right", number_dot=False,
    subdir=HO, max_pages=3,
    blocks=[
        Title("Handlingsplan for digitalisering 2025–2026",
              ["Havdal kommune", "Statusrapport per 1. tertial 2025"]),
        H(1, "Sammendrag"),
        P("Planen har åtte tiltak. Tre av dem (37,5 %) er levert, tre er i gang og to er ikke "
          "påbegynt. Utskiftingen av trådløst nett på skolene er forsinket fordi aksesspunktene "
          "står i restordre hos leverandøren. Etter innføringen av tofaktorinnlogging "
          "har 96 % av de ansatte registrert seg."),
        P("Tegnforklaring: \u2713 Levert   \u21bb Under arbeid   \u26a0 Forsinket, men i gang   "
          "\u2013 Ikke påbegynt. Frister er oppgitt i tertial (T1–T3) eller kvartal.", "small"),
        H(1, "Status per innsatsområde"),
        *_hd_area("Innbyggertjenester"),
        *_hd_area("Infrastruktur og sikkerhet"),
        *_hd_area("Kompetanse"),
        H(1, "Videre arbeid"),
        P("Neste statusrapport legges fram for formannskapet i oktober 2025. Planen rulleres "
          "innen utgangen av 2026."),
    ],
    gold=Gold(
        organisation="Havdal kommune", doc_type="action_plan", language="nb", report_year=None,
        published=None,
        percentages=[pct(37.5, "37,5 %", "andel tiltak som er levert"),
                     pct(96, "96 %", "andel ansatte registrert for tofaktorinnlogging")],
        deadlines=[ddl("3. kvartal 2025", "2025-09-30", "chatbot på kommunens nettsider (tiltak 1.2)"),
                   ddl("Q1 2026", "2026-03-31", "digital timebestilling på helsestasjonen (tiltak 1.3)"),
                   ddl("T3 2025", "2025-12-31", "nytt trådløst nett på skolene (tiltak 2.2)"),
                   ddl("4. kv. 2025", "2025-12-31", "beredskapsøvelse for dataangrep (tiltak 2.3)"),
                   ddl("i oktober 2025", "2025-10-31", "neste statusrapport til formannskapet"),
                   ddl("innen utgangen av 2026", "2026-12-31", "planen rulleres")],
        extra=_hd_gold(),
    ),
)


DOCS = [HAVBRIS, BRENNFJORD, SKARSVAG, BJORKAS, GRONNVIK, FJELLHEIM, NORDKAPP, RODVIKA,
        TVERRA, MOLDVIK, OSTFJORDEN, HAVDAL]
for _d in DOCS:
    assert _d.subdir == HO
