"""Fact extraction on small synthetic sections and tables, table-driven per document kind."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from extractor.facts import extract_facts
from extractor.facts import action_plan, council, equality, transparency_risk
from extractor.facts.common import column_headers, fold, slug, to_number
from extractor.facts import scoring
from extractor.facts.scoring import fraction, score_facts
from extractor.model import DocInfo, Line, Section, Table, Word
from extractor.parse.layout import make_line, make_row_line
from extractor.segment import Segmentation
from extractor.textmap import join_lines

# ---------------------------------------------------------------- builders


def _words(text: str, top: float, x: float = 50.0) -> list[Word]:
    out = []
    for token in text.split():
        out.append(Word(token, x, top, x + 5.0 * len(token), top + 10.0, size=10.0))
        x += 5.0 * len(token) + 3.0
    return out


def text_line(text: str, top: float, page: int = 1) -> Line:
    return make_line(_words(text, top), page)


def row_line(cells: tuple[str, ...], top: float, page: int = 1) -> Line:
    x = 50.0
    groups = []
    for c in cells:
        groups.append(_words(c, top, x) if c else [])
        x += 150.0
    line = make_row_line(groups, page)
    assert line is not None
    return line


def make_table(rows: list[tuple[str, ...]], page: int = 1, top: float = 300.0) -> Table:
    lines = tuple(row_line(r, top + 15.0 * k, page) for k, r in enumerate(rows))
    return Table(page=page, bbox=(50.0, top, 500.0, top + 15.0 * len(rows)), rows=tuple(rows), lines=lines)


@dataclass
class Doc:
    """Sections (title, level, paragraphs, tables) → a Segmentation and its tables."""

    parts: list[tuple[str, int, list[str], list[Table]]] = field(default_factory=list)

    def add(self, title: str, level: int = 1, text: list[str] | None = None, tables: list[Table] | None = None) -> "Doc":
        self.parts.append((title, level, text or [], tables or []))
        return self

    def build(self) -> tuple[Segmentation, list[Table]]:
        sections, maps, all_tables = [], {}, []
        stack: list[Section] = []
        for k, (title, level, paragraphs, tables) in enumerate(self.parts):
            page = k + 1
            body = [text_line(p, 100.0 + 30.0 * i, page) for i, p in enumerate(paragraphs)]
            moved = []
            for t in tables:
                t = Table(page=page, bbox=t.bbox, rows=t.rows,
                          lines=tuple(row_line(r, l.bbox[1], page) for r, l in zip(t.rows, t.lines)))
                moved.append(t)
                body.extend(t.lines)
            all_tables.extend(moved)
            sid = f"s{k + 1}"
            tmap = join_lines(body)
            while stack and stack[-1].level >= level:
                stack.pop()
            heading = text_line(title, 60.0, page)
            s = Section(sid, None, title, level, page, page, tuple(body), (heading,), tmap.text,
                        stack[-1].id if stack else None)
            stack.append(s)
            sections.append(s)
            maps[sid] = tmap
        return Segmentation(tuple(sections), join_lines([]), (), None, (), maps), all_tables


def facts_of(kind: str, doc: Doc, **info: object):
    seg, tables = doc.build()
    return extract_facts(kind, seg, tables, DocInfo(doc_type=kind, **info))  # type: ignore[arg-type]


# ---------------------------------------------------------------- equality

LEVEL_TABLE = make_table([
    ("", "Menn", "Kvinner", "Kvinners andel av menns lønn i prosent"),
    ("", "Antall Pro- sent", "Antall Pro- sent", "Prosent"),
    ("Totalt", "600 60 %", "400 40 %", "97,5 %"),
    ("Direktører*", "4 50 %", "4 50 %", "99,1 %"),
    ("Avdelings- direktører", "10 55 %", "8 45 %", "101,0 %"),
])
RECRUITMENT = make_table([
    ("", "Søkere", "", "Ansatt", ""),
    ("", "Antall", "Prosent", "Antall", "Prosent"),
    ("Kvinner", "300", "40 %", "12", "35 %"),
    ("Menn", "450", "60 %", "22", "65 %"),
])

EQUALITY_CASES = [
    ("level table: share", Doc().add("Lønn", text=["*toppledelsen uten administrerende direktør"], tables=[LEVEL_TABLE]),
     {"women_share_directors": 50.0, "women_share_department_directors": 45.0}),
    ("level table: pay by header", Doc().add("Lønn", tables=[LEVEL_TABLE]),
     {"pay_ratio_women_to_men_total": 97.5, "pay_ratio_women_to_men_department_directors": 101.0,
      "employees_total": 1000, "employees_women": 400}),
    ("two-row header", Doc().add("Rekruttering", tables=[RECRUITMENT]),
     {"applicants_women_share": 40.0, "hires_women_share": 35.0, "applicants_men": 450, "hires_women": 12}),
    ("callout with level", Doc().add("Kjønnsbalanse", tables=[make_table([
        ("Alle ansatte:", "37 % kvinner", "63 % menn"), ("Toppledelse:", "42 % kvinner", "58 % menn")])]),
     {"women_share_total": 37.0, "women_share_top_management": 42.0, "men_share_total": 63.0}),
    ("callout under a topic", Doc().add("Kjønnsforskjeller i sykefraværet",
                                        tables=[make_table([("7,38 % kvinner", "3,29 % menn")])]),
     {"sick_leave_women": 7.38, "sick_leave_men": 3.29}),
    ("prose weeks", Doc().add("Foreldrepermisjon", text=["Kvinner tar ut litt i overkant av 23 uker og menn ca. 15 uker."]),
     {"parental_leave_weeks_women": 23.0, "parental_leave_weeks_men": 15.0}),
    ("number words", Doc().add("Midlertidige", text=["Vi hadde i 2023 ti ansatte i midlertidige stillinger."]),
     {"temporary_employees": 10}),
    ("part time", Doc().add("Deltid", text=["De 45 ansatte som jobber deltid er studenter."]), {"part_time_employees": 45}),
    ("gender after value", Doc().add("Fravær", text=["Sykefraværet var 5,2 prosent for kvinner og 3,1 prosent for menn."]),
     {"sick_leave_women": 5.2, "sick_leave_men": 3.1}),
    ("change is not a value", Doc().add("Foreldrepermisjon", text=["Kvinner har en reduksjon på 2 uker."]),
     {"parental_leave_weeks_women": None}),
    ("latest year column", Doc().add("Ledelse", tables=[make_table([
        ("", "2022", "2023"), ("Toppledelse (kvinner)", "40 %", "44 %")])]),
     {"women_share_top_management": 44.0}),
    ("row topics with totals", Doc().add("Arbeidsforhold", tables=[make_table([
        ("", "Kvinner", "Menn", "Totalt"), ("Midlertidig ansatte", "6", "4", "10"), ("Deltidsansatte", "30", "15", "45")])]),
     {"temporary_employees": 10, "temporary_women": 6, "part_time_employees": 45}),
    ("previous year", Doc().add("Midlertidige", text=["Antallet er redusert fra 13 i 2022 til ti i 2023 for midlertidige."]),
     {"temporary_employees_previous_year": 13, "temporary_employees": 10}),
    ("callout as a text line", Doc().add("Kjønnsbalanse", text=["Alle tilsette: 61 % kvinner 39 % menn"]),
     {"women_share_total": 61.0}),
    ("callout label on the line above", Doc().add("Kjønnsbalanse", text=["Ledergruppen:", "43 % kvinner 57 % menn"]),
     {"women_share_top_management": 43.0}),
    ("table set as text lines", Doc().add("Deltid", text=["Kvinner Menn Totalt", "Deltidsansatte 19 4 23",
                                                          "Midlertidig ansatte 6 5 11"]),
     {"part_time_employees": 23, "temporary_employees": 11, "temporary_women": 6}),
    ("nynorsk weeks and sick leave", Doc().add("Permisjon", text=[
        "Kvinner tok i snitt ut 19 veker foreldrepermisjon og menn 11 veker.",
        "Sjukefråværet var 9,2 % for kvinner og 4,8 % for menn."]),
     {"parental_leave_weeks_women": 19.0, "parental_leave_weeks_men": 11.0, "sick_leave_women": 9.2}),
    ("nynorsk counts", Doc().add("Deltid", text=["Ved utgangen av 2023 hadde 58 tilsette deltidsstilling, og 23 var "
                                                 "mellombels tilsette."]),
     {"part_time_employees": 58, "temporary_employees": 23}),
    ("shares in words", Doc().add("Balanse", text=[
        "Blant avdelingslederne er kvinneandelen 45 %.", "I 2023 var 34 % av de nyansatte kvinner, og 31 % av "
        "søkerne var kvinner.", "Banken har 133 kvinnelige og 113 mannlige ansatte."]),
     {"women_share_department_directors": 45.0, "hires_women_share": 34.0, "applicants_women_share": 31.0,
      "employees_women": 133, "employees_men": 113}),
    ("job groups outside the level table", Doc().add("Løn", tables=[make_table([
        ("Stillingsnivå", "Menn", "Kvinner", "Kvinner si løn i prosent av menn si løn"),
        ("Servitørar og reinhald", "25", "48", "100,8 %"), ("Totalt", "64", "100", "94,1 %")])]),
     {"pay_ratio_women_to_men_servitorar_og_reinhald": 100.8, "pay_ratio_women_to_men_total": 94.1,
      "employees_total": 164}),
]


@pytest.mark.parametrize("name, doc, expected", EQUALITY_CASES, ids=[c[0] for c in EQUALITY_CASES])
def test_equality(name: str, doc: Doc, expected: dict) -> None:
    result = facts_of("equality_report", doc, report_year=2023)
    levels = {(equality.level_of(lv["level"]) or slug(lv["level"])): (k, lv)
              for k, lv in enumerate(result.facts["levels"])}
    for key, value in expected.items():
        m = scoring.level_key(key)
        if m is None:
            assert result.facts.get(key) == value, key
            evidence = result.evidence.get(key)
        else:  # a per-level figure sits in the levels list (schema 2)
            k, entry = levels.get(m[1], (None, {}))
            assert entry.get(m[0]) == value, key
            evidence = result.evidence.get(f"levels[{k}]")
        if value is not None:
            assert evidence["page"] >= 1 and evidence["text"]


@pytest.mark.parametrize("label, level", [
    ("Avdelings- direktører", "department_directors"), ("Seksjonsle- dere", "section_leaders"),
    ("Direktører*", "directors"), ("Medarbei- dere", "employees"), ("Toppledelse:", "top_management"),
    ("Øvrige ansatte", "employees"), ("Alle ansatte:", "total"), ("Kvinner", None),
])
def test_level_of(label: str, level: str | None) -> None:
    assert equality.level_of(label) == level


def test_contract_keys_default_to_none() -> None:
    result = facts_of("equality_report", Doc().add("Tom", text=["Ingenting her."]))
    assert set(equality.CONTRACT_KEYS) <= set(result.facts) and result.facts["women_share_total"] is None


# ---------------------------------------------------------------- transparency

TRANSPARENCY_CASES = [
    ("employees and revenue", ["Selskapet hadde ved årsslutt 1 053 ansatte og en omsetning på 2,2 milliarder kroner i 2025."],
     {"employees": 1053, "revenue_nok": 2_200_000_000, "revenue_year": 2025, "employees_as_of": "2025-12-31"}),
    ("revenue in millions", ["Omsetningen var 350 mill. kroner."], {"revenue_nok": 350_000_000}),
    ("partners", ["Vi har totalt 447 leverandører."], {"business_partners_total": 447}),
    ("asked", ["Vi sendte egenerklæringsskjema til 120 leverandører."], {"business_partners_asked_esg": 120}),
    ("response rate", ["Svarprosenten var 64 %."], {"esg_response_rate": 64}),
    ("high risk", ["Vi har identifisert 12 leverandører med høy risiko."], {"high_risk_suppliers": 12}),
    ("audits", ["I 2024 gjennomførte vi 5 revisjoner hos leverandører."], {"supplier_audits": 5}),
    ("breach found", ["I 2025 avdekket vi brudd på lønnsvilkår."], {"violations_found": True}),
    ("no breach", ["Vi har ikke avdekket brudd i 2025."], {"violations_found": False}),
    ("none found", ["Revisjonen avdekket ingen kontraktsbrudd."], {"violations_found": False}),
    ("any true wins", ["Revisjonen avdekket ingen kontraktsbrudd.", "Hos én leverandør avdekket vi brudd på lønnsvilkår."],
     {"violations_found": True, "violations_found_supply_chain": True}),
    ("risk is not a finding", ["Bransjen har høy risiko for brudd på menneskerettigheter."],
     {"violations_found": None, "significant_risk_found": True}),
    ("nynorsk", ["Ved utgangen av 2024 hadde verksemda 138 tilsette, og omsetnaden var 296 millionar kroner.",
                 "I 2024 sende vi eigenerklæring til 52 leverandørar, og 44 svarte.",
                 "Vi har ikkje avdekt brot på menneskerettar hos leverandørane våre."],
     {"employees": 138, "revenue_nok": 296_000_000, "business_partners_asked_esg": 52, "violations_found": False}),
    ("english figures", ["We had 1,120 employees at the end of 2024. Revenue in 2024 was NOK 3.2 billion.",
                         "In 2024 we had 962 active suppliers and business partners.",
                         "We sent a questionnaire to 150 of them, a response rate of 78 per cent.",
                         "Based on country risk, 41 suppliers were classified as high risk.",
                         "We carried out six supplier audits in 2024."],
     {"employees": 1120, "revenue_nok": 3_200_000_000, "business_partners_total": 962,
      "business_partners_asked_esg": 150, "esg_response_rate": 78, "high_risk_suppliers": 41, "supplier_audits": 6}),
    ("english findings", ["We found no evidence of forced labour.", "An inspection found that two drivers broke the "
                                                                    "rest time rules."],
     {"violations_found": True}),
    ("a finding without the word breach", ["Ved en revisjon fant vi at tre arbeidere manglet HMS-kort."],
     {"violations_found": True}),
]


@pytest.mark.parametrize("name, text, expected", TRANSPARENCY_CASES, ids=[c[0] for c in TRANSPARENCY_CASES])
def test_transparency(name: str, text: list[str], expected: dict) -> None:
    result = facts_of("transparency_report", Doc().add("Om virksomheten", text=text), report_year=2025)
    for key, value in expected.items():
        assert result.facts.get(key) == value, key


def test_transparency_key_figure_table() -> None:
    table = make_table([("Nøkkeltall", "2025"), ("Antall leverandører", "447"), ("Leverandører forespurt om ESG", "120"),
                        ("Leverandører med høy risiko", "9"), ("Omsetning (MNOK)", "2 200")])
    facts = facts_of("transparency_report", Doc().add("Nøkkeltall", tables=[table])).facts
    assert (facts["business_partners_total"], facts["business_partners_asked_esg"], facts["high_risk_suppliers"],
            facts["revenue_nok"]) == (447, 120, 9, 2_200_000_000)


def test_risk_areas_take_sub_headings_and_measures() -> None:
    doc = (Doc().add("Våre største risikoområder", text=["Under beskrives områdene."])
           .add("IKT", 2, ["Produksjon skjer i Asia.", "Vi vil følge opp leverandøren i 2026."])
           .add("Renhold", 2, ["I 2025 gjennomførte vi stikkprøvekontroll.", "Vi gjennomfører regelmessig tilsyn."]))
    areas = facts_of("transparency_report", doc, organisation="Norsk helsenett SF").facts["risk_areas"]
    assert [(a["area"], a["status"]) for a in areas] == [("IKT", "planned"), ("Renhold", "ongoing")]
    assert areas[0]["measures"] == ["Vi vil følge opp leverandøren i 2026."]


@pytest.mark.parametrize("sentence, status", [
    ("Vi vil følge opp leverandøren i 2026.", "planned"),
    ("Vi følger opp leverandørene årlig.", "ongoing"),
    ("I 2025 gjennomførte vi en revisjon.", "done"),
])
def test_measure_status(sentence: str, status: str) -> None:
    assert transparency_risk.measure_status(sentence) == status


# ---------------------------------------------------------------- council

def council_doc() -> Doc:
    box = make_table([("Type sak", "Vedtakssak"), ("Til", "Styret"), ("Fra", "Kari Nordmann"),
                      ("Saksbehandler", "Ola Hansen"), ("Vedlegg", "1. Utkast referat 2. Notat")])
    return (Doc().add("Sak 12/3/2024").add("Godkjenning av referat", 2, tables=[box])
            .add("Bakgrunn", 3, ["Utkastet ble sendt ut."]).add("Forslag til vedtak", 3, ["Referatet godkjennes."])
            .add("Sak 13/3/2024 Budsjett 2025", 1, ["Vedtak: Budsjettet vedtas."])
            .add("Referat Møte 2/2024", 1, [
                "Tilstede:", "• Kari Nordmann, Org A",
                "• Per Olsen, Org B Forfall:", "• Anne Berg, Org C", "Per Olsen ledet møtet."],
                 [make_table([("Dato", "Onsdag 1. september kl. 10.00"), ("Sted", "Zoom")])])
            .add("Sak Styret 5/2/24 Eventuelt", 3, ["Vedtak: Intet."]))


def test_council_cases() -> None:
    result = facts_of("council_papers", council_doc())
    cases = result.facts["cases"]
    assert [c["case"] for c in cases] == ["12/3/2024", "13/3/2024"]
    first = cases[0]
    assert (first["title"], first["type"], first["from"], first["case_officer"]) == (
        "Godkjenning av referat", "Vedtakssak", "Kari Nordmann", "Ola Hansen")
    assert first["attachments"] == ["Utkast referat", "Notat"] and first["proposed_decision"] == "Referatet godkjennes."
    assert cases[1]["title"] == "Budsjett 2025" and cases[1]["decision"] == "Budsjettet vedtas."
    assert result.facts["meeting"] == "3/2024" and result.facts["body"] == "Styret"
    assert result.evidence["cases[0]"]["page"] == 1


def test_council_minutes() -> None:
    minutes = facts_of("council_papers", council_doc()).facts["minutes"]
    assert minutes["meeting"] == "2/2024" and minutes["date"] == "2024-09-01" and minutes["chair"] == "Per Olsen"
    assert minutes["present"] == ["Kari Nordmann", "Per Olsen"] and minutes["absent"] == ["Anne Berg"]
    assert minutes["cases"] == [{"case": "5/2/24", "title": "Eventuelt", "decision": "Intet."}]


def test_council_free_text_box_and_politics_case() -> None:
    doc = (Doc().add("PS 41/24 Heltidskultur", 1, [
        "Saksbehandler Lene Aasheim Arkivsak 24/1187", "Sakstype Vedtakssak Fra Kommunedirektøren Vedlegg Ingen"])
           .add("Kommunedirektørens innstilling", 2, ["Utvalget slutter seg til planen."])
           .add("Behandling i Utvalg for helse og omsorg 22.10.2024", 2, ["Innstillingen ble enstemmig vedtatt."])
           .add("Vedtak", 2, ["Utvalget slutter seg til planen."]))
    facts = facts_of("council_papers", doc).facts
    case = facts["cases"][0]
    assert (case["case"], case["title"], case["type"], case["from"], case["case_officer"], case["attachments"]) == (
        "PS 41/24", "Heltidskultur", "Vedtakssak", "Kommunedirektøren", "Lene Aasheim", [])
    assert case["proposed_decision"] == case["decision"] == "Utvalget slutter seg til planen."
    assert facts["body"] == "Utvalg for helse og omsorg" and facts["meeting_date"] == "2024-10-22"


def test_council_box_roles_and_chair_marks() -> None:
    doc = (Doc().add("Sak 12/3/2024").add("Saksliste", 2, ["Type sak Vedtakssak Til Rådet Fra Kari Nymoen, leder"])
           .add("Referat møte 2/2024", 1, ["Dato Tirsdag 11. juni 2024 kl. 09.00 Sted Rådhuset", "Tilstede:",
                                            "• Kari Nymoen, Fjellstad kommune (leder)", "• Per Olsen, Lidal kommune"]))
    facts = facts_of("council_papers", doc).facts
    assert (facts["cases"][0]["from"], facts["body"]) == ("Kari Nymoen", "Rådet")
    minutes = facts["minutes"]
    assert (minutes["date"], minutes["place"], minutes["chair"]) == ("2024-06-11", "Rådhuset", "Kari Nymoen")


@pytest.mark.parametrize("number, meeting", [("49/6/2021", "6/2021"), ("38/5/21", "5/2021"), ("12/2021", None)])
def test_full_meeting(number: str, meeting: str | None) -> None:
    assert council.full_meeting(number) == meeting


# ---------------------------------------------------------------- action plan

MEASURES = make_table([
    ("Status", "Tiltak", "Pri", "Gevinst"),  # columns by name, not by position
    ("◑ Pågår", "⚖ Vekting av pris og kvalitet", "1", "Bedre konkurranse"),
    ("● Utført", "Felles maler", "2", ""),
])
NOT_STARTED = make_table([("Miljø", "Pri."), ("Fornybar energi som krav", "3")])
OVERVIEW = make_table([("status tiltak", "antall"), ("● Fullført", "1"), ("◑ Pågår", "2"), ("○ Ikke startet", "0")])


def plan_doc() -> Doc:
    return (Doc().add("Miljø", 2, tables=[OVERVIEW]).add("Miljø (1 av 2) pågående og implementerte tiltak", 2, tables=[MEASURES])
            .add("Oversikt ikke startede tiltak", 2, tables=[NOT_STARTED]))


def test_action_plan_measures() -> None:
    result = facts_of("action_plan", plan_doc())
    got = [(m["area"], m["title"], m["priority"], m["status"]) for m in result.facts["measures"]]
    assert got == [("Miljø", "Vekting av pris og kvalitet", 1, "in_progress"), ("Miljø", "Felles maler", 2, "completed"),
                   ("Miljø", "Fornybar energi som krav", 3, "not_started")]
    assert result.facts["status_counts"] == {"Miljø": {"completed": 1, "in_progress": 1, "not_started": 1}}
    assert result.facts["plan_status_counts"] == {"Miljø": {"completed": 1, "in_progress": 2, "not_started": 0}}
    assert any("Miljø" in w and "states" in w for w in result.warnings)


def test_overview_table_with_statuses_across() -> None:
    overview = make_table([("Innsatsområde", "● Fullført", "◑ Pågår", "○ Ikke startet", "Totalt"),
                           ("Miljø", "1", "1", "0", "2"), ("Sum", "1", "1", "0", "2")])
    measures = make_table([("Tiltak", "Pri", "Status"), ("Felles maler", "1", "● Fullført"), ("Klimakrav", "2", "◑ Pågår")])
    doc = Doc().add("Status per område", tables=[overview]).add("Miljø – tiltak og status", tables=[measures])
    result = facts_of("action_plan", doc)
    assert result.facts["plan_status_counts"] == {"Miljø": {"completed": 1, "in_progress": 1, "not_started": 0}}
    assert result.facts["status_counts"] == result.facts["plan_status_counts"] and not result.warnings


@pytest.mark.parametrize("title, area", [
    ("Miljø (1 av 2) pågående og implementerte tiltak", "Miljø"), ("Klima og miljø – tiltak og status", "Klima og miljø"),
    ("Helse-, miljø- og sikkerhet", "Helse-, miljø- og sikkerhet"),
])
def test_area_of(title: str, area: str) -> None:
    assert action_plan.area_of(title) == area


@pytest.mark.parametrize("text, status", [
    ("● Fullført", "completed"), ("◑", "in_progress"), ("○ Ikke startet", "not_started"), ("Ferdig", "completed"),
    ("Pågår", "in_progress"), ("Ikke startet", "not_started"), ("", None),
])
def test_status_of(text: str, status: str | None) -> None:
    assert action_plan.status_of(text) == status


# ---------------------------------------------------------------- shared pieces


@pytest.mark.parametrize("text, value", [("1 053", 1053.0), ("7,38", 7.38), ("ti", 10.0), ("1.053", 1053.0), ("hus", None)])
def test_to_number(text: str, value: float | None) -> None:
    assert to_number(text) == value


def test_column_headers_span_cells() -> None:
    n, labels = column_headers(RECRUITMENT.rows)
    assert n == 2 and labels[1:] == ["Søkere Antall", "Søkere Prosent", "Ansatt Antall", "Ansatt Prosent"]
    assert fold("Avdelingsdirek- tører:") == "avdelingsdirektører"


def test_other_documents_have_no_facts() -> None:
    assert facts_of("other", Doc().add("Hei")).facts == {}


def test_scoring_counts_groups() -> None:
    gold = {"equality_metrics": {"women_share_total": 37.0, "employees_men": 565, "note": "x"},
            "measures": [{"area": "A", "title": "Tiltak en", "priority": 1, "status": "completed"}],
            "cases": [{"case": "1/1/2024", "title": "Sak", "type": "Vedtakssak", "from": "X", "case_officer": None}]}
    facts = {"women_share_total": 37.0, "measures": [{"area": "A", "title": "Tiltak en.", "priority": 1,
                                                      "status": "completed"}],
             "cases": [{"case": "1/1/2024", "title": "Sak", "type": "Vedtakssak", "from": "X", "case_officer": None}]}
    score = score_facts(gold, facts)
    # employees_men is a fixed fact (schema 2): missing, so wrong
    assert score["metrics_all"] == {"right": 1, "total": 2} and score["metrics_contract"] == {"right": 1, "total": 2}
    assert score["contract"] == {"right": 3, "total": 4} and fraction(score["all"]) == 0.75


def test_scoring_levels_figures_and_case_digits() -> None:
    gold = {"equality_metrics": {"women_share_nurses": 87.1, "pay_ratio_women_to_men_nurses": 99.2,
                                 "overtime_hours": 12.5, "employees": "over 1000", "survey_done": True},
            "cases": [{"case": "014/24", "title": "Sak"}, {"case": "Styresak 061-2024", "title": "Budsjett"}]}
    facts = {"levels": [{"level": "Sykepleiere", "women": 412, "men": 61, "women_share": 87.1,
                         "pay_ratio_women_to_men": None}],
             "cases": [{"case": "PS 14/24", "title": "Sak"}, {"case": "Sak 61/24", "title": "Budsjett"}]}
    entities = [{"type": "quantity", "value": 12.5}, {"type": "percentage", "value": 3.0}]
    score = score_facts(gold, facts, entities)
    assert score["levels"] == {"right": 1, "total": 2}
    assert score["figures"] == {"right": 1, "total": 1}  # 12.5 found; the flag is not a figure
    assert score["metrics_contract"] == {"right": 0, "total": 1}  # "over 1000" counts by its number: missing
    assert score["cases_found"] == {"right": 2, "total": 2}
