"""Self-made blind cases, eleventh wave: transparency reports as other authors would write them.

Written before the rules were widened to meet them (see the commit that adds this file for the count that
passed then). Fresh verbs and word orders, nominal run-in labels ("Antall leverandører: 1 240"), numbers in
parentheses, "i alt" / "totalt" / "om lag", number words, negations, requests for information under § 6 that
must not be read as partner counts, and key-figure tables with years side by side and the unit in the header
or in its own column. Each case goes through the whole transparency extractor; ``None`` means the fact must
stay empty.
"""
from __future__ import annotations

import pytest

from test_facts import Doc, facts_of, make_table


def _lang(name: str) -> str:
    return name.split(" ", 1)[0] if name.split(" ", 1)[0] in ("nb", "nn", "en") else "nb"


PROSE = [
    # business_partners_total
    ("nb run-in antall leverandører", ["Antall leverandører: 1 240"], {"business_partners_total": 1240}),
    ("nb i alt", ["Vi hadde i alt 860 leverandører i 2024."], {"business_partners_total": 860}),
    ("nb teller", ["Leverandørkjeden vår teller omkring 520 leverandører."], {"business_partners_total": 520}),
    ("nn fordeler seg på", ["Innkjøpa våre fordeler seg på 214 leverandørar."], {"business_partners_total": 214}),
    ("en network of", ["We purchase from a network of about 1,600 suppliers."], {"business_partners_total": 1600}),
    ("en run-in number of suppliers", ["Number of suppliers: 742"], {"business_partners_total": 742}),
    ("nb benyttet", ["Totalt benyttet vi 95 leverandører i rapporteringsperioden."], {"business_partners_total": 95}),
    pytest.param("en engaged space thousands", ["The Group engaged 3 150 suppliers during 2024."], {"business_partners_total": 3150},
                 marks=pytest.mark.xfail(strict=True, reason="English numerals with a space group ('3 150') are not numerals "
                                                            "in the shared lexicon yet; table cells and run-in values read them")),
    ("nb i parentes", ["Vi har et stort antall leverandører (ca. 2 300), fordelt på 40 land."], {"business_partners_total": 2300}),
    ("nb handlet med", ["Det ble handlet med 1 020 ulike leverandører i 2024."], {"business_partners_total": 1020}),
    ("en numbered", ["In 2024, our direct suppliers numbered 410."], {"business_partners_total": 410}),
    ("nb hvorav volum", ["Vi har 1 200 leverandører, hvorav 300 står for 80 % av innkjøpsvolumet."], {"business_partners_total": 1200}),
    # partners asked, responses, rate
    ("nb samtlige mottok", ["Samtlige 180 leverandører med avtale over 500 000 kroner mottok et spørreskjema."],
     {"business_partners_asked_esg": 180}),
    ("nb innhentet fra totalt", ["Egenerklæring ble innhentet fra totalt 64 leverandører."], {"business_partners_asked_esg": 64}),
    ("nn gjekk ut til", ["Eigenerklæringsskjema gjekk ut til 52 leverandørar."], {"business_partners_asked_esg": 52}),
    ("en distributed to", ["Self-assessment questionnaires were distributed to 310 suppliers."], {"business_partners_asked_esg": 310}),
    ("en surveyed", ["We surveyed 75 suppliers on labour conditions."], {"business_partners_asked_esg": 75}),
    ("nb blant og svarte", ["Vi gjennomførte en spørreundersøkelse blant 120 leverandører, og 90 svarte."],
     {"business_partners_asked_esg": 120, "esg_response_rate": 75.0}),
    ("en of the contacted", ["Of the 200 suppliers contacted, 150 completed the survey."],
     {"business_partners_asked_esg": 200, "esg_response_rate": 75.0}),
    ("nb svarandel", ["Svarandelen var 81 %."], {"esg_response_rate": 81}),
    ("en run-in response rate", ["Response rate: 67 %"], {"esg_response_rate": 67}),
    ("nn av dei som fekk", ["Av dei 40 leverandørane som fekk skjemaet, har 30 svart."],
     {"business_partners_asked_esg": 40, "esg_response_rate": 75.0}),
    ("nb svar i parentes", ["Vi mottok svar fra 45 leverandører (75 %)."], {"esg_response_rate": 75}),
    # high risk
    ("nb run-in høyrisiko", ["Antall høyrisikoleverandører: 12"], {"high_risk_suppliers": 12}),
    ("nb havnet i gruppen", ["12 leverandører havnet i gruppen med høy risiko."], {"high_risk_suppliers": 12}),
    ("nn ingen med høg", ["Det er ingen leverandørar med høg risiko."], {"high_risk_suppliers": 0}),
    ("en run-in high-risk identified", ["High-risk suppliers identified: 6"], {"high_risk_suppliers": 6}),
    ("en flagged as", ["Our risk assessment flagged 11 suppliers as high-risk."], {"high_risk_suppliers": 11}),
    ("en none pose", ["None of the suppliers was found to pose a high risk."], {"high_risk_suppliers": 0}),
    ("nb prosent av N", ["Av våre 1 400 leverandører er 9 % vurdert å ha høy risiko."], {"high_risk_suppliers": 126}),
    # audits
    ("nb run-in revisjoner", ["Antall revisjoner gjennomført i 2024: 6"], {"supplier_audits": 6}),
    ("nb foretatt", ["I 2024 ble det foretatt fire leverandørbesøk."], {"supplier_audits": 4}),
    ("nn har revidert", ["Me har revidert 3 leverandørar i løpet av året."], {"supplier_audits": 3}),
    ("en run-in audits", ["Number of audits conducted: 14"], {"supplier_audits": 14}),
    ("en took place", ["Twelve supplier audits took place in 2024."], {"supplier_audits": 12}),
    ("nb ikke gjennomført", ["Vi har ikke gjennomført revisjoner hos leverandører i 2024."], {"supplier_audits": 0}),
    ("en did not carry out", ["We did not carry out any audits this year."], {"supplier_audits": 0}),
    # employees
    ("nb var det N ansatte", ["Ved utgangen av året var det 734 ansatte i konsernet."], {"employees": 734}),
    ("nb run-in per dato", ["Antall ansatte per 31.12.2024: 612"], {"employees": 612}),
    ("en run-in approx", ["Employees: approx. 2 100"], {"employees": 2100}),
    ("en full-time", ["The company has around 75 full-time employees."], {"employees": 75}),
    ("nb beskjeftiget", ["Konsernet beskjeftiget 1 980 ansatte ved årsslutt."], {"employees": 1980}),
    # revenue
    ("nb run-in omsetning MNOK", ["Omsetning 2024: 1 245 MNOK"], {"revenue_nok": 1_245_000_000}),
    ("nb utgjorde mrd", ["Konsernets driftsinntekter utgjorde 3,1 mrd. kroner i 2024."], {"revenue_nok": 3_100_000_000}),
    ("en amounted to", ["Total revenue amounted to NOK 640 million."], {"revenue_nok": 640_000_000}),
    ("nn enda på", ["Omsetnaden i 2024 enda på 410 millionar kroner."], {"revenue_nok": 410_000_000}),
    ("en bn glued", ["Net sales for 2024: NOK 1.2bn"], {"revenue_nok": 1_200_000_000}),
    ("nb salgsinntekter på", ["Salgsinntekter på 98 millioner kroner ble oppnådd i 2024."], {"revenue_nok": 98_000_000}),
    # violations
    ("nb ingen brudd ble avdekket", ["Ingen brudd ble avdekket."], {"violations_found": False}),
    ("nb ikke avdekket negative konsekvenser", ["Det er ikke avdekket negative konsekvenser for mennesker eller samfunn i leverandørkjeden."],
     {"violations_found": False}),
    ("nn avdekte ingen brot", ["Kartlegginga avdekte ingen brot på menneskerettar."], {"violations_found": False}),
    ("en did not uncover", ["Our due diligence did not uncover any adverse impacts."], {"violations_found": False}),
    ("en uncovered", ["We uncovered excessive working hours at two suppliers."], {"violations_found": True}),
    ("nb identifisert faktiske", ["Vi har identifisert faktiske negative konsekvenser knyttet til lønn hos én leverandør."],
     {"violations_found": True}),
    ("nb påvist", ["Ved en revisjon i Vietnam ble det påvist barnearbeid."], {"violations_found": True}),
    ("en no actual adverse", ["No actual adverse impacts were identified in 2024."], {"violations_found": False}),
    # requests for information (§ 6) are not partners asked, not audits
    ("nb informasjonskrav", ["Vi har 410 leverandører.", "Vi mottok 3 informasjonskrav i 2024, og alle ble besvart innen fristen."],
     {"business_partners_total": 410, "business_partners_asked_esg": None, "supplier_audits": None}),
    ("en requests for information", ["We received 2 requests for information under the Transparency Act, both answered."],
     {"business_partners_asked_esg": None, "business_partners_total": None}),
    ("nn ingen krav om informasjon", ["Me har ikkje motteke nokon krav om informasjon etter § 6."],
     {"business_partners_asked_esg": None, "esg_response_rate": None}),
]


@pytest.mark.parametrize("name, text, expected", PROSE)
def test_prose_eleventh_wave(name: str, text: list[str], expected: dict) -> None:
    result = facts_of("transparency_report", Doc().add("Om virksomheten", text=text), report_year=2024, language=_lang(name))
    for key, value in expected.items():
        assert result.facts.get(key) == value, key


TABLES = [
    ("nb unit word in the label, report year last",
     [("Nøkkeltall", "2023", "2024"), ("Leverandører (antall)", "1 100", "1 240"), ("Revisjoner (antall)", "3", "5")],
     {"business_partners_total": 1240, "supplier_audits": 5}),
    ("nb mrd in the label", [("", "2024", "2023"), ("Omsetning (mrd. kr)", "2,4", "2,1")], {"revenue_nok": 2_400_000_000}),
    ("nb unit column", [("Indikator", "Enhet", "2024", "2023"), ("Leverandører", "antall", "860", "820"),
                        ("Svarprosent", "%", "72", "65")],
     {"business_partners_total": 860, "esg_response_rate": 72}),
    ("nb i alt one year", [("", "2024"), ("Ansatte i alt", "1 322")], {"employees": 1322}),
    ("en FY years", [("Metric", "FY2024", "FY2023"), ("Suppliers", "1,050", "990"), ("High-risk suppliers", "14", "12")],
     {"business_partners_total": 1050, "high_risk_suppliers": 14}),
    ("nb TNOK", [("Nøkkeltall", "2024", "2023"), ("Omsetning (TNOK)", "845 300", "790 100")], {"revenue_nok": 845_300_000}),
    ("nn i alt and høgrisiko", [("", "2024", "2023"), ("Leverandørar i alt", "410", "398"), ("Høgrisikoleverandørar", "7", "9")],
     {"business_partners_total": 410, "high_risk_suppliers": 7}),
    ("nb two-cell asked and answers", [("Nøkkeltall 2024", ""), ("Leverandører som har fått egenerklæring", "85"),
                                       ("Antall svar", "68")],
     {"business_partners_asked_esg": 85, "esg_response_rate": 80.0}),
    ("nb unit in the value cell", [("Nøkkeltall", ""), ("Omsetning", "1,2 mrd. kr"), ("Ansatte", "ca. 450")],
     {"revenue_nok": 1_200_000_000, "employees": 450}),
    ("en space thousands", [("", "2024", "2023"), ("Revenue (MNOK)", "1 532", "1 410"), ("Number of employees", "388", "371")],
     {"revenue_nok": 1_532_000_000, "employees": 388}),
    ("nb ingen revisjoner cell", [("Nøkkeltall", "2024"), ("Leverandørrevisjoner", "Ingen"), ("Antall leverandører", "318")],
     {"supplier_audits": 0, "business_partners_total": 318}),
    ("en informasjonskrav row is not a partner count",
     [("", "2024", "2023"), ("Requests for information received", "4", "2"), ("Suppliers", "640", "610")],
     {"business_partners_total": 640, "business_partners_asked_esg": None}),
]


@pytest.mark.parametrize("name, rows, expected", TABLES, ids=[c[0] for c in TABLES])
def test_key_figure_tables_eleventh_wave(name: str, rows: list[tuple[str, ...]], expected: dict) -> None:
    facts = facts_of("transparency_report", Doc().add("Nøkkeltall", tables=[make_table(rows)]),
                     report_year=2024, language=_lang(name)).facts
    for key, value in expected.items():
        assert facts.get(key) == value, key
