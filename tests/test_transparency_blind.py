"""Self-made blind cases for transparency reports and action plans: phrasings, table shapes and status
words written as different authors would, nb/nn/en, before the rules were widened to meet them.

Each case is a whole paragraph or table run through the transparency extractor (not one rule), so a
case passes only when the family (lexicon, macros, label table, table reader) covers it.
"""
from __future__ import annotations

import pytest

from extractor.facts import action_plan
from test_facts import Doc, facts_of, make_table

PROSE = [
    # business_partners_total
    ("nb total ca", ["Selskapet handler med ca. 1 100 leverandører i over 30 land."], {"business_partners_total": 1100}),
    ("nb total dot thousands", ["Vi hadde 2.318 aktive leverandører ved årsskiftet."], {"business_partners_total": 2318}),
    ("nn total", ["Verksemda har om lag 640 leverandørar, dei fleste i Noreg."], {"business_partners_total": 640}),
    ("nb total word order", ["Antallet leverandører var 412 ved utgangen av 2024."], {"business_partners_total": 412}),
    ("en total", ["Our supply chain comprises roughly 3,400 suppliers in 41 countries."], {"business_partners_total": 3400}),
    ("nb total kjøpte fra", ["I 2024 kjøpte vi varer og tjenester fra 785 leverandører."], {"business_partners_total": 785}),
    # asked / responses / rate
    ("nb asked number word", ["Vi sendte spørreskjema til tretti leverandører i 2024."], {"business_partners_asked_esg": 30}),
    ("nn asked vart sendt", ["Eigenerklæringa vart send til 48 leverandørar, og 36 av dei svara."],
     {"business_partners_asked_esg": 48, "esg_responses": 36, "esg_response_rate": 75.0}),
    ("nb svar fra", ["Vi mottok svar fra 54 av 60 leverandører."],
     {"business_partners_asked_esg": 60, "esg_responses": 54, "esg_response_rate": 90.0}),
    ("en asked to complete", ["We asked 85 suppliers to complete our self-assessment, and 61 of them did so."],
     {"business_partners_asked_esg": 85}),
    ("en responses", ["Of the 120 suppliers surveyed, 96 responded."],
     {"business_partners_asked_esg": 120, "esg_responses": 96, "esg_response_rate": 80.0}),
    ("nb svarprosent på", ["Vi fikk en svarprosent på 83 prosent."], {"esg_response_rate": 83}),
    ("nn svarprosenten", ["Svarprosenten enda på 71 %."], {"esg_response_rate": 71}),
    ("en response rate comma", ["The response rate was 92.5 per cent."], {"esg_response_rate": 92.5}),
    # high risk
    ("nb identifiserte", ["Vi identifiserte 14 leverandører med forhøyet risiko."], {"high_risk_suppliers": 14}),
    ("nn høgrisiko", ["Kartlegginga viste at 9 leverandørar er i høgrisikokategorien."], {"high_risk_suppliers": 9}),
    ("nb definert som", ["Totalt 22 leverandører er definert som høyrisiko."], {"high_risk_suppliers": 22}),
    ("en flagged", ["Seventeen suppliers were flagged as high risk."], {"high_risk_suppliers": 17}),
    ("en identified", ["We identified 8 high-risk suppliers in 2024."], {"high_risk_suppliers": 8}),
    ("nb ingen høy", ["Ingen av leverandørene ble vurdert til å ha høy risiko."], {"high_risk_suppliers": 0}),
    # audits
    ("nn revisjonar", ["I 2024 gjennomførte me tvo revisjonar hos leverandørar i Asia."], {"supplier_audits": 2}),
    ("nb revisjoner ble", ["Det ble gjennomført 12 revisjoner av leverandører i løpet av året."], {"supplier_audits": 12}),
    ("nb besøkte", ["Vi besøkte 6 leverandører i Kina og Vietnam."], {"supplier_audits": 6}),
    ("en conducted", ["In 2024 we conducted 15 third-party audits."], {"supplier_audits": 15}),
    ("en audited", ["We audited four factories in Bangladesh."], {"supplier_audits": 4}),
    ("nb antall revisjoner", ["Antall gjennomførte revisjoner var 7."], {"supplier_audits": 7}),
    # employees / revenue
    ("nb sysselsatte", ["Konsernet sysselsatte 1 240 personer ved utgangen av 2024."], {"employees": 1240}),
    ("nn tilsette", ["Ved årsskiftet hadde selskapet 212 tilsette."], {"employees": 212}),
    ("en employs", ["The company employs around 2,150 people."], {"employees": 2150}),
    ("nb årsverk", ["Virksomheten har 87 ansatte fordelt på 80 årsverk."], {"employees": 87}),
    ("nb omsetning mrd", ["Omsetningen i 2024 var 4,2 milliarder kroner."], {"revenue_nok": 4_200_000_000}),
    ("nb omsatte", ["Selskapet omsatte for 812 millioner kroner i 2024."], {"revenue_nok": 812_000_000}),
    ("nn omsetnad MNOK", ["Omsetnaden var 156 MNOK i 2024."], {"revenue_nok": 156_000_000}),
    ("en revenue", ["In 2024 the group had revenues of NOK 12.4 billion."], {"revenue_nok": 12_400_000_000}),
    ("nb driftsinntekter", ["Driftsinntektene utgjorde 2 318 millioner kroner."], {"revenue_nok": 2_318_000_000}),
    # violations
    ("nb fant avvik", ["Revisjonene avdekket avvik knyttet til arbeidstid hos to leverandører."], {"violations_found": True}),
    ("nn ingen brot", ["Me har ikkje funne brot på grunnleggjande menneskerettar."], {"violations_found": False}),
    ("en no violations", ["No violations of human rights were identified in 2024."], {"violations_found": False}),
    ("nn eitt tilfelle", ["Me avdekte eitt tilfelle av barnearbeid hos ein underleverandør."], {"violations_found": True}),
]


@pytest.mark.parametrize("name, text, expected", PROSE, ids=[c[0] for c in PROSE])
def test_prose(name: str, text: list[str], expected: dict) -> None:
    lang = "en" if name.startswith("en ") else ("nn" if name.startswith("nn ") else "nb")
    result = facts_of("transparency_report", Doc().add("Om virksomheten", text=text), report_year=2024, language=lang)
    for key, value in expected.items():
        assert result.facts.get(key) == value, key


TABLES = [
    ("years across, report year first", [("Nøkkeltall", "2024", "2023"), ("Antall leverandører", "1 240", "1 180"),
                                         ("Antall ansatte", "318", "301")],
     {"business_partners_total": 1240, "employees": 318}),
    ("years across, report year last", [("", "2023", "2024"), ("Leverandører med høy risiko", "12", "15"),
                                        ("Revisjoner", "4", "6")],
     {"high_risk_suppliers": 15, "supplier_audits": 6}),
    ("unit in header", [("Nøkkeltall (MNOK)", "2024", "2023"), ("Omsetning", "2 318", "2 105")],
     {"revenue_nok": 2_318_000_000}),
    ("mill. kroner in header", [("Beløp i mill. kroner", "2024", "2023"), ("Driftsinntekter", "845,6", "790,1")],
     {"revenue_nok": 845_600_000}),
    ("nn labels", [("", "2024", "2023"), ("Talet på tilsette", "96", "90"), ("Leverandørar som fekk skjema", "40", "35")],
     {"employees": 96, "business_partners_asked_esg": 40}),
    ("en labels", [("Key figures", "2024", "2023"), ("Revenue (NOK million)", "1,450", "1,310"),
                   ("Suppliers surveyed", "210", "190"), ("Response rate (%)", "74", "70")],
     {"revenue_nok": 1_450_000_000, "business_partners_asked_esg": 210, "esg_response_rate": 74}),
]


@pytest.mark.parametrize("name, rows, expected", TABLES, ids=[c[0] for c in TABLES])
def test_key_figure_tables(name: str, rows: list[tuple[str, ...]], expected: dict) -> None:
    lang = "en" if name.startswith("en ") else "nb"
    facts = facts_of("transparency_report", Doc().add("Nøkkeltall", tables=[make_table(rows)]),
                     report_year=2024, language=lang).facts
    for key, value in expected.items():
        assert facts.get(key) == value, key


STATUSES = [
    ("Levert", "completed"), ("Gjennomført i 2024", "completed"), ("Ferdigstilt", "completed"), ("Utført", "completed"),
    ("Forsinket", "in_progress"), ("Påbegynt", "in_progress"), ("Under gjennomføring", "in_progress"),
    ("Delvis gjennomført", "in_progress"), ("Behind schedule", "in_progress"), ("På etterskudd", "in_progress"),
    ("Avvent", "not_started"), ("Avventer", "not_started"), ("Kansellert", "not_started"), ("Ikkje starta", "not_started"),
    ("Not yet begun", "not_started"), ("Cancelled", "not_started"), ("Ikke påbegynt", "not_started"),
    ("◔", "in_progress"), ("✅", "completed"), ("🟡 Pågår", "in_progress"), ("Ongoing", "in_progress"),
    ("Complete", "completed"), ("Delivered", "completed"), ("I rute", "in_progress"),
]


@pytest.mark.parametrize("text, want", STATUSES, ids=[s for s, _ in STATUSES])
def test_status_words(text: str, want: str) -> None:
    assert action_plan.status_of(text) == want


DUES = [
    ("T2 2025", "2025-08-31"), ("T1 2026", "2026-04-30"), ("4. kv. 2025", "2025-12-31"), ("2. kvartal 2026", "2026-06-30"),
    ("Q3 2025", "2025-09-30"), ("1. halvår 2026", "2026-06-30"), ("H2 2025", "2025-12-31"), ("haust 2025", "2025-11-30"),
    ("Innen 30.06.2025", "2025-06-30"), ("Within 2026", "2026-12-31"), ("3. tertial 2025", "2025-12-31"),
]


@pytest.mark.parametrize("text, want", DUES, ids=[s for s, _ in DUES])
def test_deadlines(text: str, want: str) -> None:
    assert action_plan.due_of(text) == want


@pytest.mark.parametrize("label, factor", [("Omsetning (MNOK)", 1e6), ("Revenue (NOK million)", 1e6),
                                           ("Beløp i mill. kroner", 1e6), ("Driftsinntekter (NOK 1000)", 1e3),
                                           ("Omsetning i milliarder kroner", 1e9), ("Omsetning", 1.0)])
def test_money_unit_of_a_label(label: str, factor: float) -> None:
    from extractor.facts import transparency
    assert transparency.money_unit(label) == factor


# Second wave, written after the first was met: qualifiers, number words, run-in labels, other verbs.
PROSE2 = [
    ("nb rundt", ["Vi handler med rundt 300 faste leverandører."], {"business_partners_total": 300}),
    ("nb i underkant av", ["Selskapet har i underkant av 2 000 leverandører, de fleste i Norden."], {"business_partners_total": 2000}),
    ("nb run-in label", ["Leverandører: 1 350 aktive leverandører i 2024."], {"business_partners_total": 1350}),
    ("en some", ["We work with some 250 suppliers across Europe and Asia."], {"business_partners_total": 250}),
    ("en vendor base", ["Our vendor base consisted of 1,875 active vendors at year end."], {"business_partners_total": 1875}),
    ("nn kjøpte frå", ["Verksemda kjøpte varer og tenester frå 512 leverandørar i 2024."], {"business_partners_total": 512}),
    ("nb kartla", ["Vi kartla 140 leverandører gjennom et eget spørreskjema."], {"business_partners_asked_esg": 140}),
    ("nb innhentet egenerklæring", ["Det ble innhentet egenerklæring fra 75 leverandører."], {"business_partners_asked_esg": 75}),
    ("en sent", ["Our SAQ was sent out to 130 suppliers, and 77% responded."],
     {"business_partners_asked_esg": 130, "esg_response_rate": 77}),
    ("nb av de spurte", ["Av de spurte leverandørene svarte 68 prosent."], {"esg_response_rate": 68}),
    ("nb pct av lev har besvart", ["Hele 91 % av leverandørene har besvart skjemaet."], {"esg_response_rate": 91}),
    ("nn svarprosent kolon", ["Svarprosent: 64 %."], {"esg_response_rate": 64}),
    ("en response rate of", ["We achieved a response rate of 88%."], {"esg_response_rate": 88}),
    ("nb tolv revisjoner", ["I løpet av året gjennomførte vi tolv revisjoner hos leverandører."], {"supplier_audits": 12}),
    ("nn fem tilsyn", ["Det vart gjennomført fem tilsyn hos leverandørar i 2024."], {"supplier_audits": 5}),
    ("en eight audits were", ["Eight on-site audits were carried out in 2024."], {"supplier_audits": 8}),
    ("en performed", ["We performed 10 social audits at tier-one suppliers."], {"supplier_audits": 10}),
    ("nb uanmeldte", ["Tre uanmeldte revisjoner ble gjennomført i Kina."], {"supplier_audits": 3}),
    ("nb fjorten", ["Fjorten leverandører ble vurdert til å ha høy risiko."], {"high_risk_suppliers": 14}),
    ("nb plasserte", ["Risikovurderingen plasserte 18 leverandører i kategorien høy risiko."], {"high_risk_suppliers": 18}),
    ("en considered", ["Of our suppliers, 27 are considered high risk."], {"high_risk_suppliers": 27}),
    ("en located", ["A total of 31 suppliers are located in high-risk countries."], {"high_risk_suppliers": 31}),
    ("nn ingen høg", ["Ingen leverandørar vart vurderte til å ha høg risiko."], {"high_risk_suppliers": 0}),
    ("nb vi er", ["Vi er 45 ansatte fordelt på tre kontorer."], {"employees": 45}),
    ("nn me er", ["Me er 30 tilsette i verksemda."], {"employees": 30}),
    ("nb rundt medarbeidere", ["Konsernet har rundt 1 200 medarbeidere."], {"employees": 1200}),
    ("en workforce", ["The group has a workforce of 560 people."], {"employees": 560}),
    ("en headcount", ["Headcount at year end was 1,230."], {"employees": 1230}),
    ("nb omsetning kolon mrd", ["Omsetning: 1,2 mrd. kroner i 2024."], {"revenue_nok": 1_200_000_000}),
    ("nb kr first", ["Selskapet hadde en omsetning på kr 56 millioner."], {"revenue_nok": 56_000_000}),
    ("en bn", ["Turnover reached NOK 2.3 billion in 2024."], {"revenue_nok": 2_300_000_000}),
    ("nb MNOK first", ["Driftsinntektene var MNOK 340 i 2024."], {"revenue_nok": 340_000_000}),
    ("nn omsetnad om lag", ["Omsetnaden var om lag 95 millionar kroner."], {"revenue_nok": 95_000_000}),
    ("nb ble avdekket brudd", ["Det ble avdekket brudd på arbeidstidsbestemmelsene hos én leverandør."], {"violations_found": True}),
    ("en did not identify", ["We did not identify any violations of human rights in our supply chain."], {"violations_found": False}),
    ("nb ikke noen brudd", ["Vi har ikke avdekket noen brudd på menneskerettigheter."], {"violations_found": False}),
    ("nn ikkje avdekt brot", ["Det er ikkje avdekt brot på grunnleggjande menneskerettar i 2024."], {"violations_found": False}),
    ("en found breaches", ["We found breaches of the wage rules at three subcontractors."], {"violations_found": True}),
]


@pytest.mark.parametrize("name, text, expected", PROSE2, ids=[c[0] for c in PROSE2])
def test_prose_second_wave(name: str, text: list[str], expected: dict) -> None:
    test_prose(name, text, expected)


TABLES2 = [
    ("three years, report year in the middle", [("", "2023", "2024", "2025"), ("Antall leverandører", "900", "950", "990")],
     {"business_partners_total": 950}),
    ("label with footnote mark", [("Nøkkeltall", "2024", "2023"), ("Antall ansatte¹", "1 045", "998")], {"employees": 1045}),
    ("unit in the row label", [("", "2024", "2023"), ("Omsetning, mill. kr", "512", "480")], {"revenue_nok": 512_000_000}),
    ("percent cells", [("", "2024", "2023"), ("Svarprosent", "74 %", "69 %")], {"esg_response_rate": 74}),
    ("nn omsetnad", [("", "2024", "2023"), ("Omsetnad (mill. kr)", "95,4", "90,2"), ("Talet på leverandørar", "210", "204")],
     {"revenue_nok": 95_400_000, "business_partners_total": 210}),
    ("en NOKm", [("", "2024", "2023"), ("Turnover (NOKm)", "2,310", "2,150"), ("Headcount", "412", "398")],
     {"revenue_nok": 2_310_000_000, "employees": 412}),
    ("dot thousands", [("", "2024", "2023"), ("Leverandører totalt", "2.318", "2.240")], {"business_partners_total": 2318}),
    ("two-cell with year in title", [("Nøkkeltall 2024", ""), ("Leverandører med høy risiko", "12"), ("Revisjoner gjennomført", "5")],
     {"high_risk_suppliers": 12, "supplier_audits": 5}),
]


@pytest.mark.parametrize("name, rows, expected", TABLES2, ids=[c[0] for c in TABLES2])
def test_key_figure_tables_second_wave(name: str, rows: list[tuple[str, ...]], expected: dict) -> None:
    test_key_figure_tables(name, rows, expected)


def test_a_group_with_a_leading_zero_continues_a_number() -> None:
    from extractor.facts import transparency
    assert transparency.split_numbers("1 045 998", 2, "nb") == [1045, 998]
    assert transparency.split_numbers("0,5 1,2", 2, "nb") == [0.5, 1.2]


# Third wave: negations and zeros, amounts with the currency first, more verbs and word orders.
PROSE3 = [
    ("nb ingen revisjoner", ["Vi gjennomførte ingen revisjoner i 2024."], {"supplier_audits": 0}),
    ("en no audits", ["No supplier audits were carried out in 2024."], {"supplier_audits": 0}),
    ("nb ingen høyrisikoleverandører", ["Vi har ingen høyrisikoleverandører per i dag."], {"high_risk_suppliers": 0}),
    ("en none high risk", ["None of our suppliers are considered high risk."], {"high_risk_suppliers": 0}),
    ("nb NOK first", ["Virksomheten hadde i 2024 en omsetning på NOK 1,9 milliarder."], {"revenue_nok": 1_900_000_000}),
    ("en NOK m", ["Revenue for 2024 was NOK 845 million."], {"revenue_nok": 845_000_000}),
    ("nb ca ansatte", ["Selskapet har ca. 1 100 ansatte i Norge og Sverige."], {"employees": 1100}),
    ("nn kring tilsette", ["Kommunen har kring 2 300 tilsette."], {"employees": 2300}),
    ("en approx employees", ["We have approx. 340 employees."], {"employees": 340}),
    ("nb revidert", ["I 2024 ble 9 leverandører revidert av tredjepart."], {"supplier_audits": 9}),
    ("nn revisjonar vart", ["Det vart gjennomført sju revisjonar i 2024."], {"supplier_audits": 7}),
    ("en inspections", ["Our quality team performed 23 factory inspections during the year."], {"supplier_audits": 23}),
    ("nb spørreskjema sendt", ["Spørreskjema ble sendt til samtlige 62 leverandører i høyrisikokategorien."],
     {"business_partners_asked_esg": 62}),
    ("en asked n to", ["In 2024 we invited 150 suppliers to answer our questionnaire; 120 did so."],
     {"business_partners_asked_esg": 150}),
    ("nb prosent svarte", ["Av leverandørene som fikk skjema, svarte 72 prosent."], {"esg_response_rate": 72}),
    ("en pct returned", ["84% of the suppliers returned the questionnaire."], {"esg_response_rate": 84}),
    ("nb høy risiko av", ["Av disse vurderes 45 å ha høy risiko."], {"high_risk_suppliers": 45}),
    ("nb forretningsforbindelser", ["Vi har kommersielle relasjoner til 447 forretningsforbindelser."], {"business_partners_total": 447}),
    ("nn avdekt brot", ["Kontrollen avdekte brot på arbeidsmiljølova hos éin leverandør."], {"violations_found": True}),
    ("en no forced labour", ["No instances of forced labour were found."], {"violations_found": False}),
]


@pytest.mark.parametrize("name, text, expected", PROSE3, ids=[c[0] for c in PROSE3])
def test_prose_third_wave(name: str, text: list[str], expected: dict) -> None:
    test_prose(name, text, expected)


# Fourth wave: findings stated as actual cases (and their negatives), head counts in every shape, more
# phrasings of partners asked / total, high risk and audits.
PROSE4 = [
    # violations: findings as cases
    ("nb vi avdekket", ["Ved en leverandør i Tyrkia avdekket vi at arbeiderne jobbet over 70 timer i uka."], {"violations_found": True}),
    ("nb det ble funnet", ["Det ble funnet mangelfull lønnsutbetaling hos to underleverandører."], {"violations_found": True}),
    ("nb revisjonen viste", ["Revisjonen viste at arbeidstakerne ikke hadde fått skriftlige arbeidskontrakter."], {"violations_found": True}),
    ("nn det vart avdekt", ["Det vart avdekt ulovleg lange arbeidsdagar ved eitt av verkstadene."], {"violations_found": True}),
    ("en an audit revealed", ["An audit revealed that workers' passports were held by the employer."], {"violations_found": True}),
    ("en recruitment fees", ["At two factories, recruitment fees had been charged to migrant workers."], {"violations_found": True}),
    ("en wages below", ["Wages below the legal minimum were paid to 14 workers at one supplier."], {"violations_found": True}),
    ("en back pay", ["Back pay of USD 12,000 was paid to the affected workers after our follow-up."], {"violations_found": True}),
    ("nb avvik ble lukket", ["Alle avvik ble lukket innen utgangen av året."], {"violations_found": True}),
    ("nb ulovlig lange", ["Hos én leverandør ble det registrert ulovlig lange arbeidsdager."], {"violations_found": True}),
    ("en breaches were found at", ["Breaches of the working hours limits were found at three sites."], {"violations_found": True}),
    ("en we identified cases", ["We identified two cases of excessive overtime in our own warehouse."], {"violations_found": True}),
    ("nb egen overtid", ["I egen virksomhet fant vi brudd på overtidsreglene i to avdelinger."], {"violations_found": True}),
    ("nb brudd vinner", ["Vi har ikke avdekket brudd på menneskerettighetene i egen virksomhet.",
                         "Hos en leverandør i Kina fant vi brudd på reglene for arbeidstid."], {"violations_found": True}),
    # violations: negatives
    ("nb ingen funn", ["Revisjonene ga ingen funn av alvorlige brudd."], {"violations_found": False}),
    ("nb ingen brudd", ["Det er ikke registrert noen brudd på grunnleggende menneskerettigheter i 2024."], {"violations_found": False}),
    ("nn ikkje funne", ["Vi har ikkje funne døme på tvangsarbeid eller barnearbeid."], {"violations_found": False}),
    ("en not aware", ["We are not aware of any breaches of human rights in our supply chain."], {"violations_found": False}),
    ("en no breaches", ["No breaches of decent working conditions were identified during 2024."], {"violations_found": False}),
    ("nb hypotetisk ikke funn", ["Det ble ikke avdekket brudd i 2024.", "Brudd på arbeidstakerrettigheter kan forekomme i tekstilindustrien, og det er risiko for tvangsarbeid."],
     {"violations_found": False}),
    # employees
    ("nb ca ansatte i land", ["Konsernet har rundt 4 300 ansatte i 12 land."], {"employees": 4300}),
    ("nn medarbeidarar", ["Vi er om lag 140 medarbeidarar i tre fylke."], {"employees": 140}),
    ("nn sysselset", ["Verksemda sysselset 65 personar."], {"employees": 65}),
    ("nn personar i arbeid", ["Selskapet har 118 personar i arbeid."], {"employees": 118}),
    ("en staff", ["We have 230 staff across Norway."], {"employees": 230}),
    ("en FTEs", ["The company had 412 FTEs at the end of 2024."], {"employees": 412}),
    ("en people employed", ["A total of 1,046 people were employed by the group."], {"employees": 1046}),
    ("nn fast og mellombels", ["Ved utgangen av 2024 hadde vi 80 fast tilsette og 12 mellombels tilsette."], {"employees": 92}),
    ("nb egne og leide", ["Vi har 240 egne ansatte og leide i tillegg inn 60 personer."], {"employees": 240}),
    ("nb tusen", ["Konsernet har om lag 4 tusen ansatte."], {"employees": 4000}),
    ("nb dot thousands", ["Selskapet har 1.046 ansatte."], {"employees": 1046}),
    ("nb i overkant av", ["Vi er i overkant av 300 ansatte."], {"employees": 300}),
    ("nb over", ["Vi har over 500 ansatte i Norge."], {"employees": 500}),
    ("en people work", ["Around 900 people work in the group."], {"employees": 900}),
    # partners asked / total, high risk, audits
    ("nb sendt ut til", ["Egenerklæringsskjemaet ble sendt ut til 94 leverandører."], {"business_partners_asked_esg": 94}),
    ("nn bede om", ["Me bad 55 leverandørar om å svare på eit spørjeskjema."], {"business_partners_asked_esg": 55}),
    ("en requested", ["We requested self-assessments from 66 suppliers."], {"business_partners_asked_esg": 66}),
    ("nb leverandørbase", ["Leverandørbasen består av om lag 2 100 leverandører."], {"business_partners_total": 2100}),
    ("nn kjøper frå", ["Me kjøper varer frå kring 350 leverandørar."], {"business_partners_total": 350}),
    ("en we source from", ["We source from approximately 480 suppliers worldwide."], {"business_partners_total": 480}),
    ("nb høy risiko klassifisert", ["Av leverandørene er 11 klassifisert med høy risiko."], {"high_risk_suppliers": 11}),
    ("nn høg risiko", ["Sju leverandørar har høg risiko for brot på menneskerettar."], {"high_risk_suppliers": 7}),
    ("en high-risk category", ["Twelve suppliers fall into the high-risk category."], {"high_risk_suppliers": 12}),
    ("nb revisjoner hos", ["Vi har gjennomført revisjoner hos 8 leverandører i år."], {"supplier_audits": 8}),
    ("nn revidert", ["I 2024 vart 6 leverandørar reviderte."], {"supplier_audits": 6}),
    ("en audits took place", ["A total of 19 audits took place at supplier factories."], {"supplier_audits": 19}),
]


@pytest.mark.parametrize("name, text, expected", PROSE4, ids=[c[0] for c in PROSE4])
def test_prose_fourth_wave(name: str, text: list[str], expected: dict) -> None:
    test_prose(name, text, expected)


TABLES4 = [
    ("nb ansatte pipe", [("Nøkkeltall", ""), ("Ansatte", "412"), ("Omsetning (MNOK)", "845")], {"employees": 412}),
    ("en number of employees", [("Key figures", "2024", "2023"), ("Number of employees", "1,046", "998")], {"employees": 1046}),
    ("nb årsverk dot", [("", "2023", "2024"), ("Årsverk", "1.012", "1.046")], {"employees": 1046}),
    ("findings table", [("Område", "Funn", "Tiltak"), ("Arbeidstid", "Overtid over lovens grense hos én leverandør", "Oppfølging")],
     {"violations_found": True}),
    ("findings table none", [("Område", "Funn"), ("Arbeidstid", "Ingen funn"), ("Lønn", "Ingen avvik")],
     {"violations_found": False}),
]


@pytest.mark.parametrize("name, rows, expected", TABLES4, ids=[c[0] for c in TABLES4])
def test_key_figure_tables_fourth_wave(name: str, rows: list[tuple[str, ...]], expected: dict) -> None:
    test_key_figure_tables(name, rows, expected)


def test_workforce_parts_examples_from_the_rules_file() -> None:
    from extractor import rules
    from extractor.facts import transparency
    spec = rules.load("transparency").data["employees_parts"]
    for text, want in spec["examples"]:
        hit = transparency.workforce_parts(text, "nb")
        assert hit is not None and hit[0] == want, text
    for text in spec["counter"]:
        assert transparency.workforce_parts(text, "nb") is None, text


@pytest.mark.parametrize("text, want", [
    ("Det ble funnet mangelfull lønnsutbetaling hos to underleverandører.", True),
    ("Passports were held by the employer at one site.", True),
    ("Det ble funnet ingen brudd.", None),
    ("Revisjonen viste at det ikke var brudd på arbeidstida.", None),
    ("Tvangsarbeid kan forekomme i denne bransjen, og det er risiko for at pass blir holdt tilbake.", None),
    ("Recruitment fees may be charged to migrant workers in the region.", None),
    ("Oppfølgingsrevisjonen viste at forholdene var utbedret og at arbeiderne hadde fått etterbetalt.", None),
    ("No workers were found to have had their passports held.", None),
    ("Revisjonen viste at leverandøren har gode rutiner for arbeidstid.", None),
    ("Det ble funnet tilfredsstillende forhold ved alle fabrikkene.", None),
    ("The audit showed that the supplier complies with our code of conduct.", None),
    ("Revisjonen viste at arbeiderne ikke hadde fått skriftlige kontrakter.", True),
])
def test_a_stated_case_is_a_finding_only_when_it_happened(text: str, want: bool | None) -> None:
    from extractor.facts import transparency_risk
    assert transparency_risk._stated_case(text) is want


# Fifth wave, written after the fourth was met.
PROSE5 = [
    ("nb vi fant", ["Ved to fabrikker i Bangladesh fant vi utilstrekkelige brannrutiner og manglende lønnsslipper."], {"violations_found": True}),
    ("nn me fann", ["Me fann at fleire arbeidarar ikkje hadde fått lønn for overtid."], {"violations_found": True}),
    ("en our audit found", ["Our audit found that workers were not paid for overtime."], {"violations_found": True}),
    ("en confiscated", ["At one supplier, workers' identity documents had been confiscated."], {"violations_found": True}),
    ("nb tilbakeholdt pass", ["Hos en leverandør ble arbeidernes pass holdt tilbake av arbeidsgiver."], {"violations_found": True}),
    ("nb rekrutteringsgebyr", ["Det viste seg at arbeiderne hadde betalt rekrutteringsgebyr til et byrå."], {"violations_found": True}),
    ("nb egen virksomhet overtid", ["I egen virksomhet ble det avdekket brudd på arbeidstidsreglene ved lageret."], {"violations_found": True}),
    ("nb ikke avdekket noen", ["Gjennom året har vi ikke avdekket noen faktiske negative konsekvenser."], {"violations_found": False}),
    ("nn ingen brot vart", ["Ingen brot på menneskerettane vart avdekte i 2024."], {"violations_found": False}),
    ("en have not found", ["We have not found any evidence of child labour among our suppliers."], {"violations_found": False}),
    ("en none found", ["None of the audits identified breaches of fundamental rights."], {"violations_found": False}),
    ("nb lovdefinisjon", ["Åpenhetsloven definerer brudd på menneskerettigheter som forhold som kan skade arbeidstakere.",
                          "Vi har ikke funnet brudd i 2024."], {"violations_found": False}),
    ("en definition", ["Forced labour means work exacted under the menace of any penalty.", "We did not identify any breaches."],
     {"violations_found": False}),
    ("nb ca ansatte med tall først", ["Om lag 2 450 ansatte jobber i konsernet."], {"employees": 2450}),
    ("nn tilsette i K land", ["Konsernet har om lag 900 tilsette i fem land."], {"employees": 900}),
    ("en employees in countries", ["The group has approximately 6,200 employees in 14 countries."], {"employees": 6200}),
    ("nb nesten", ["Selskapet har nesten 600 ansatte."], {"employees": 600}),
    ("en more than", ["We employ more than 1,500 people."], {"employees": 1500}),
    ("nb årsverk alene", ["Virksomheten utførte 212 årsverk i 2024."], {"employees": 212}),
    ("nb personer jobber", ["Totalt jobber 340 personer i selskapet."], {"employees": 340}),
    ("en we are", ["We are a team of 85 employees."], {"employees": 85}),
    ("en permanent temporary", ["At year end we had 410 permanent and 35 temporary employees."], {"employees": 445}),
    ("nb hvorav", ["Selskapet har 1 320 ansatte, hvorav 400 i Sverige."], {"employees": 1320}),
    ("nb forespurt", ["Totalt 112 leverandører ble forespurt om å fylle ut egenerklæring."], {"business_partners_asked_esg": 112}),
    ("en invited", ["Some 95 suppliers were invited to complete the questionnaire."], {"business_partners_asked_esg": 95}),
    ("nn leverandørar totalt", ["Me har til saman 760 leverandørar."], {"business_partners_total": 760}),
    ("en purchased from", ["In 2024 we purchased goods from 1,240 suppliers."], {"business_partners_total": 1240}),
    ("nb høy risiko ble identifisert", ["Det ble identifisert 16 leverandører med høy risiko."], {"high_risk_suppliers": 16}),
    ("en rated high", ["Nine suppliers were rated as high risk following the assessment."], {"high_risk_suppliers": 9}),
    ("nb revisjoner ble gjennomført hos", ["Det ble gjennomført revisjoner hos 5 leverandører."], {"supplier_audits": 5}),
    ("en visited", ["We visited 11 supplier sites in 2024."], {"supplier_audits": 11}),
]


@pytest.mark.parametrize("name, text, expected", PROSE5, ids=[c[0] for c in PROSE5])
def test_prose_fifth_wave(name: str, text: list[str], expected: dict) -> None:
    test_prose(name, text, expected)


TABLES5 = [
    ("nn tilsette", [("", "2024", "2023"), ("Tilsette", "1 046", "1 012")], {"employees": 1046}),
    ("en FTEs", [("", "2023", "2024"), ("FTEs", "311", "325")], {"employees": 325}),
    ("nb antall medarbeidere", [("Nøkkeltall", "2024"), ("Antall medarbeidere", "ca. 1 100")], {"employees": 1100}),
    ("en findings", [("Area", "Finding", "Action"), ("Wages", "Wages below minimum at one site", "Back pay agreed")],
     {"violations_found": True}),
    ("nn funn", [("Område", "Kva vi fann"), ("Arbeidstid", "Ingen funn"), ("Løn", "Manglande lønnsslippar hjå éin leverandør")],
     {"violations_found": True}),
]


@pytest.mark.parametrize("name, rows, expected", TABLES5, ids=[c[0] for c in TABLES5])
def test_key_figure_tables_fifth_wave(name: str, rows: list[tuple[str, ...]], expected: dict) -> None:
    test_key_figure_tables(name, rows, expected)


# Sixth wave: run-in labels, competing head counts, more verbs for the partner families.
PROSE6 = [
    ("nb run-in ansatte", ["Ansatte: 412 (2023: 398)"], {"employees": 412}),
    ("nb run-in antall ansatte ca", ["Antall ansatte: ca. 1 100"], {"employees": 1100}),
    ("en run-in", ["Number of employees: 1,046"], {"employees": 1046}),
    ("nn run-in", ["Tal tilsette: 96"], {"employees": 96}),
    ("nb leverandørens ansatte", ["Vi har 85 ansatte.", "Fabrikken vi besøkte i India har 1 200 ansatte."], {"employees": 85}),
    ("en employees of the enterprise", ["Fjordvik AS has 150 employees and is headquartered in Bergen."], {"employees": 150}),
    ("nb sysselsetter rundt", ["Konsernet sysselsetter i dag rundt 3 000 medarbeidere i Norden."], {"employees": 3000}),
    ("nn omlag", ["Selskapet har omlag 75 tilsette."], {"employees": 75}),
    ("en staff of", ["The foundation has a staff of 42."], {"employees": 42}),
    ("nb leverandører i porteføljen", ["Porteføljen omfatter om lag 1 800 leverandører."], {"business_partners_total": 1800}),
    ("en suppliers total", ["In total, we had 905 suppliers in 2024."], {"business_partners_total": 905}),
    ("nn spørjeskjema til", ["Me sende spørjeskjema til 70 leverandørar."], {"business_partners_asked_esg": 70}),
    ("en questionnaire sent to", ["A questionnaire was sent to 140 of our suppliers."], {"business_partners_asked_esg": 140}),
    ("nb høy risiko rapport", ["Risikovurderingen identifiserte 23 leverandører med høy risiko."], {"high_risk_suppliers": 23}),
    ("en high-risk suppliers count", ["There are 18 high-risk suppliers in our portfolio."], {"high_risk_suppliers": 18}),
    ("nb revisjoner tredjepart", ["Tredjepartsrevisjoner ble gjennomført hos 7 leverandører."], {"supplier_audits": 7}),
    ("en audits carried out at", ["Audits were carried out at 14 suppliers during the year."], {"supplier_audits": 14}),
    ("nn kontrollbesøk", ["Me gjennomførte 4 kontrollbesøk hjå leverandørar i 2024."], {"supplier_audits": 4}),
    ("nb avvik registrert", ["Ved revisjonene ble det registrert 12 avvik, hvorav 3 alvorlige."], {"violations_found": True}),
    ("en non-conformities", ["The audits resulted in 17 non-conformities, mostly related to health and safety."], {"violations_found": True}),
    ("nn ingen avvik", ["Revisjonane avdekte ingen avvik."], {"violations_found": False}),
    ("en no non-conformities", ["No non-conformities were recorded."], {"violations_found": False}),
]


@pytest.mark.parametrize("name, text, expected", PROSE6, ids=[c[0] for c in PROSE6])
def test_prose_sixth_wave(name: str, text: list[str], expected: dict) -> None:
    test_prose(name, text, expected)


# Seventh wave: counts that moved over the year, cases stated with the noun first.
PROSE7 = [
    ("nb fra til", ["Antall ansatte økte fra 980 til 1 046 i løpet av året."], {"employees": 1046}),
    ("nb ved utgangen med fjorår", ["Vi hadde 1 046 ansatte ved utgangen av 2024 (1 012 i 2023)."], {"employees": 1046}),
    ("nb mot året før", ["Vi var 2 310 ansatte ved utgangen av året, mot 2 250 året før."], {"employees": 2310}),
    ("en increased from to", ["The number of employees increased from 980 to 1,046."], {"employees": 1046}),
    ("en rose to", ["The number of employees rose to 1,046 (2023: 980)."], {"employees": 1046}),
    ("nn auka til", ["Talet på tilsette auka til 214."], {"employees": 214}),
    ("en cases were identified", ["Two cases of child labour were identified at a tier-two supplier."], {"violations_found": True}),
    ("nb tilfeller ble avdekket", ["Tre tilfeller av tvangsarbeid ble avdekket hos en underleverandør."], {"violations_found": True}),
    ("nb ingen tilfeller ble", ["Ingen tilfeller av barnearbeid ble avdekket i 2024."], {"violations_found": False}),
    ("en no cases were", ["No cases of forced labour were identified during the year."], {"violations_found": False}),
]


@pytest.mark.parametrize("name, text, expected", PROSE7, ids=[c[0] for c in PROSE7])
def test_prose_seventh_wave(name: str, text: list[str], expected: dict) -> None:
    test_prose(name, text, expected)


# Eighth wave: the partner families once more, in other word orders and registers.
PROSE8 = [
    ("nb leverandører fikk tilsendt", ["142 leverandører fikk tilsendt egenerklæringsskjema i 2024."], {"business_partners_asked_esg": 142}),
    ("nn leverandørar fekk", ["I alt 58 leverandørar fekk tilsendt eigenerklæring."], {"business_partners_asked_esg": 58}),
    ("en suppliers received", ["In 2024, 230 suppliers received our sustainability questionnaire."], {"business_partners_asked_esg": 230}),
    ("nb vi har avtaler med", ["Vi har avtaler med om lag 650 leverandører."], {"business_partners_total": 650}),
    ("en we have relationships", ["We have business relationships with around 2,400 suppliers."], {"business_partners_total": 2400}),
    ("nn leverandørar totalt tal", ["Talet på leverandørar var 318 i 2024."], {"business_partners_total": 318}),
    ("nb klassifisert som høyrisiko", ["Av totalt 900 leverandører er 35 klassifisert som høyrisikoleverandører."], {"high_risk_suppliers": 35}),
    ("en deemed high risk", ["Following the screening, 21 suppliers were deemed to be high risk."], {"high_risk_suppliers": 21}),
    ("nn høg risiko vurdert", ["26 leverandørar vart vurderte til å ha høg risiko."], {"high_risk_suppliers": 26}),
    ("nb revisjoner totalt", ["Totalt ble det gjennomført 31 revisjoner i leverandørkjeden."], {"supplier_audits": 31}),
    ("en audits completed", ["We completed 9 supplier audits in 2024."], {"supplier_audits": 9}),
    ("nn revisjonar hjå", ["Det vart gjennomført revisjonar hjå 3 leverandørar."], {"supplier_audits": 3}),
]


@pytest.mark.parametrize("name, text, expected", PROSE8, ids=[c[0] for c in PROSE8])
def test_prose_eighth_wave(name: str, text: list[str], expected: dict) -> None:
    test_prose(name, text, expected)


TABLES9 = [
    ("nb ansatte per dato", [("", "2024", "2023"), ("Ansatte (per 31.12.)", "1 046", "1 012")], {"employees": 1046}),
    ("en employees at year end", [("", "2024", "2023"), ("Employees at year end", "2,310", "2,250")], {"employees": 2310}),
    ("nb årsverk label", [("", "2024", "2023"), ("Antall årsverk", "87,5", "80")], {"employees": 87.5}),
    ("en observations", [("Supplier", "Observations", "Status"), ("Factory A", "Passports held by agent", "Closed")],
     {"violations_found": True}),
    ("nb avvik kolonne", [("Leverandør", "Avvik", "Status"), ("Leverandør A", "Manglende arbeidskontrakter", "Lukket")],
     {"violations_found": True}),
]


@pytest.mark.parametrize("name, rows, expected", TABLES9, ids=[c[0] for c in TABLES9])
def test_key_figure_tables_ninth_wave(name: str, rows: list[tuple[str, ...]], expected: dict) -> None:
    test_key_figure_tables(name, rows, expected)


# Tenth wave: risk descriptions and law text next to a clean result must not read as findings.
PROSE10 = [
    ("nb risiko for ulovlig overtid", ["I bransjen er det risiko for ulovlig lange arbeidsdager og tilbakeholdt lønn.",
                                       "Vi har ikke avdekket brudd hos våre leverandører."], {"violations_found": False}),
    ("en typical risks", ["Recruitment fees are commonly charged to migrant workers in the region.",
                          "We did not identify any breaches in 2024."], {"violations_found": False}),
    ("nn lova definerer", ["Openheitslova definerer grunnleggjande menneskerettar som dei rettane som går fram av FN-konvensjonane.",
                           "Me har ikkje funne brot i 2024."], {"violations_found": False}),
    ("nb planlagt revisjon", ["Dersom revisjonen viser at leverandøren bryter kravene, vil vi følge opp.",
                              "Ingen brudd ble funnet i 2024."], {"violations_found": False}),
    ("en aware of none", ["We are not aware of any cases of forced labour, child labour or withheld passports."], {"violations_found": False}),
]


@pytest.mark.parametrize("name, text, expected", PROSE10, ids=[c[0] for c in PROSE10])
def test_prose_tenth_wave(name: str, text: list[str], expected: dict) -> None:
    test_prose(name, text, expected)
