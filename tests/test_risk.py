"""Risk sectors and issues: lexicon, sentence classifier (JSON model), find_risks."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from extractor.errors import ModelMissingError
from extractor.extract.risk import (
    RiskSection,
    build_risk_sections,
    classifier_from_dict,
    find_risks,
    is_risk_statement,
    lexicon_hits,
    load_lexicon,
    load_risk_classifier,
    risk_codes,
    risk_probability,
    split_sentences,
)

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "models" / "risk-clf"
MEASURED_CV_F1 = 0.921  # scripts/train_risk.py, 5-fold CV at 0.5, seed 13


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="module")
def clf():
    return load_risk_classifier(MODEL_DIR)


LEXICON_ROWS = [
    ("Det er risiko for tvangsarbeid i produksjonen.", {"forced_labour"}),
    ("Arbeiderne ble utsatt for tvungen overtid.", {"forced_labour", "working_hours"}),
    ("Barnearbeid og barnarbeid er dokumentert.", {"child_labour"}),
    ("Lønn under minstelønn er vanlig.", {"wages"}),
    ("Dei får ofte låg løn og minsteløn.", {"wages"}),
    ("Lange arbeidsdager og mye overtid.", {"working_hours"}),
    ("Fagforeninger er forbudt.", {"freedom_of_association"}),
    ("Krav til helse, miljø og sikkerhet.", {"health_safety"}),
    ("Eksponering for giftige stoffer.", {"health_safety"}),
    ("Migrantarbeidere betaler rekrutteringsgebyrer.", {"migrant_workers"}),
    ("Dårlige boforhold i innkvarteringen.", {"housing"}),
    ("Seksuell trakassering og diskriminering.", {"discrimination_harassment"}),
    ("Konfliktmineraler som tantal.", {"conflict_minerals"}),
    ("Sosial dumping i bransjen.", {"social_dumping"}),
    ("Korrupsjon og bestikkelser.", {"corruption"}),
    ("Store utslipp av klimagasser.", {"environment"}),
    ("There is a risk of forced labour and child labour.", {"forced_labour", "child_labour"}),
    ("Mobiltelefoner og annen elektronikk.", {"ict_hardware"}),
    ("Kjøp av IKT-tjenester.", {"ict_services"}),
    ("Renholdstjenester og kantinedrift.", {"cleaning", "facilities"}),
    ("Vår leverandør av advokattjenester.", {"legal_services"}),
    ("Profileringsartikler og kontorrekvisita.", {"promotional_office_supplies"}),
    ("Møbler og inventar til kontoret.", {"furniture"}),
    ("Frukt og grønt og andre matvarer.", {"food"}),
    ("Blomsterleveranser til arrangementer.", {"flowers"}),
    ("Medisinsk forbruksmateriell som hansker og sprøyter.", {"medical_consumables"}),
    ("Medisinsk utstyr og legemidler.", {"medical_equipment", "pharmaceuticals"}),
    ("Arbeidsklær og andre tekstiler.", {"textiles"}),
    ("Bygg- og anleggsbransjen.", {"construction"}),
    ("Transport og logistikk.", {"transport_logistics"}),
    ("Vi kjøper strøm og energi.", {"energy"}),
    ("Reisebyrå og hotell.", {"travel"}),
    # negatives: words inside other words, and words that only look like a code
    ("Arbeidsmiljøet er godt, og vi følger arbeidsmiljøloven.", set()),
    ("Et sterkt fagmiljø og godt arbeidsklima.", set()),
    ("Kartlegge behov for matreservasjoner og automatisering.", set()),
    ("Dette reiser spørsmål om prioritering.", set()),
    ("Helse- og omsorgsdepartementet ga oppdraget.", set()),
    ("Vi jobber med formatering av rapporten.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LEXICON_ROWS)
def test_lexicon(lexicon, text: str, expected: set[str]) -> None:
    hits = lexicon_hits(text, lexicon)
    assert {h.code for h in hits} == expected
    assert all(text[h.start:h.end].strip() for h in hits)


def test_lexicon_hit_extends_to_whole_word(lexicon) -> None:
    text = "Disse konfliktmineralene utvinnes i Kongo."
    (hit,) = lexicon_hits(text, lexicon)
    assert text[hit.start:hit.end] == "konfliktmineralene"


CLASSIFIER_ROWS = [
    ("Arbeidere i bomullsproduksjonen er utsatt for tvangsarbeid og barnearbeid.", True),
    ("Vi har avdekket at en underleverandør ikke betalte lønn i tre måneder.", True),
    ("Byggebransjen er preget av sosial dumping og useriøse aktører.", True),
    ("Produksjon av elektronikk skjer ofte i land med svake arbeidstakerrettigheter.", True),
    ("Sesongarbeidere i landbruket bor ofte i overfylte brakker.", True),
    ("Kvinnelige arbeidere i tekstilfabrikker utsettes ofte for seksuell trakassering.", True),
    ("Vi har etiske retningslinjer som gjelder for alle ansatte og innleide.", False),
    ("Redegjørelsen ble godkjent av styret i juni.", False),
    ("Andelen kvinner i ledergruppen er 45 prosent.", False),
    ("Vi har inngått en ny rammeavtale om kjøp av kontorrekvisita.", False),
    ("Personalhåndboken beskriver vår holdning til korrupsjon og gaver.", False),
    ("Leverandøren har bekreftet at ingen brudd ble funnet i år.", False),
]


@pytest.mark.parametrize(("sentence", "risk"), CLASSIFIER_ROWS)
def test_classifier_sanity(clf, sentence: str, risk: bool) -> None:
    assert (risk_probability(clf, sentence) >= 0.5) is risk


@pytest.mark.parametrize(("sentence", "risk"), [
    ("Det er høy risiko for korrupsjon i enkelte land.", True),  # strong cue
    ("Barnearbeid kan forekomme.", True),  # strong cue, short
    ("Minstelønn - Arbeidstilsynet", False),  # a citation fragment
])
def test_is_risk_statement(clf, sentence: str, risk: bool) -> None:
    assert is_risk_statement(sentence, clf) is risk


def _train_module():
    spec = importlib.util.spec_from_file_location("train_risk", ROOT / "scripts" / "train_risk.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_json_model_equals_sklearn() -> None:
    train = _train_module()
    texts, labels = train.load_data(train.DATA)
    pipe = train.make_pipeline(train.SEED).fit(texts, labels)
    ours = classifier_from_dict(json.loads(json.dumps(train.export(pipe, 0.5, 0.35))))
    shipped = load_risk_classifier(MODEL_DIR)
    probe = [r[0] for r in CLASSIFIER_ROWS] + texts[:40] + ["", "IKT", "  mange   mellomrom\tog\nlinjer  "]
    expected = pipe.predict_proba(probe)[:, 1]
    for text, p in zip(probe, expected, strict=True):
        assert risk_probability(ours, text) == pytest.approx(p, abs=1e-9)
        assert risk_probability(shipped, text) == pytest.approx(p, abs=1e-6)


def test_saved_cv_f1_not_below_measured() -> None:
    scores = json.loads((MODEL_DIR / "scores.json").read_text(encoding="utf-8"))
    assert scores["cv"]["f1"] >= MEASURED_CV_F1 - 0.03
    assert scores["n"] >= 250 and abs(scores["n"] - 2 * scores["n_risk"]) <= 0.1 * scores["n"]


def test_missing_model_names_training_script(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match="scripts/train_risk.py"):
        load_risk_classifier(tmp_path / "nowhere")


def test_training_data_is_own_and_balanced() -> None:
    rows = [json.loads(x) for x in (ROOT / "scripts/data/risk_sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 250 and len({r["text"] for r in rows}) == len(rows)
    assert 0.4 <= sum(r["risk"] for r in rows) / len(rows) <= 0.6


@pytest.mark.parametrize(("text", "expected"), [
    ("Første setning. Andre setning!", ["Første setning.", "Andre setning!"]),
    ("Hos én leverandør fant vi brudd etter\noverenskomsten. Neste.", ["Hos én leverandør fant vi brudd etter\noverenskomsten.", "Neste."]),
    ("Risikoer:\n• tvangsarbeid\n• barnearbeid", ["Risikoer:", "• tvangsarbeid", "• barnearbeid"]),
    ("Dette gjelder f.eks. renhold.", ["Dette gjelder f.eks. renhold."]),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def _section(title: str, text: str = "", path: tuple[str, ...] = (), sid: str = "s1") -> RiskSection:
    return RiskSection(id=sid, title=title, level=len(path) + 1, path=path, text=text)


def test_heading_under_risk_heading(clf) -> None:
    (m,) = find_risks([_section("Renholdstjenester", path=("Innkjøp", "Våre største risikoområder"))], clf)
    assert (m.kind, m.code, m.evidence, m.start, m.end, m.text) == ("risk_sector", "cleaning", "heading", -1, -1, "Renholdstjenester")


def test_heading_without_risk_ancestor_is_not_a_risk(clf) -> None:
    assert find_risks([_section("Renholdstjenester", path=("Våre leverandører",))], clf) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Vår holdning til korrupsjon er beskrevet i de etiske retningslinjene.", set()),
    ("Det er høy risiko for korrupsjon ved import fra enkelte land.", {"corruption"}),
    ("Risiko: Indirekte diskriminering fordi IT-utstyr ikke er tilrettelagt.", {"discrimination_harassment"}),
    ("Produksjon av arbeidsklær har høy risiko for tvangsarbeid.", {"textiles", "forced_labour"}),
    ("Vi har identifisert disse risikoene i leverandørkjeden:\n• tvangsarbeid\n• barnearbeid",
     {"forced_labour", "child_labour"}),
    ("Vi kjøper arbeidsklær fra en lokal leverandør.", set()),
])
def test_find_risks_in_text(clf, text: str, expected: set[str]) -> None:
    matches = find_risks([_section("Om oss", text)], clf)
    assert {m.code for m in matches} == expected
    assert all(text[m.start:m.end] == m.text and m.evidence == "sentence" for m in matches)


def test_build_risk_sections_and_codes(clf) -> None:
    rows = [
        {"id": "s1", "parent": None, "title": "Våre største risikoområder", "level": 1, "text": ""},
        {"id": "s2", "parent": "s1", "title": "IKT", "level": 2, "text": ""},
        {"id": "s3", "parent": "s1", "title": "Møbler og inventar", "level": 2,
         "text": "Møbler har høy risiko for brudd på arbeidstakerrettigheter i produksjonen."},
    ]
    sections = build_risk_sections(rows)
    assert sections[2].path == ("Våre største risikoområder",)
    assert build_risk_sections([{k: v for k, v in r.items() if k != "parent"} for r in rows])[2].path == sections[2].path
    codes = risk_codes(find_risks(sections, clf))
    assert codes == {"risk_sector": {"ict_hardware", "furniture"}, "risk_issue": set()}


@pytest.mark.slow
def test_shared_corpus_risk_f1(shared_dir: Path, clf) -> None:
    """Code sets per document against ../shared gold (the development set, so optimistic)."""
    from extractor.pipeline import extract_document

    totals = {"risk_sectors": [0, 0, 0], "risk_issues": [0, 0, 0]}
    for gold_path in sorted((shared_dir / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = extract_document(shared_dir / "corpus" / f"{gold['doc_id']}.pdf").to_dict()
        codes = risk_codes(find_risks(build_risk_sections(doc["sections"]), clf))
        for field, kind in (("risk_sectors", "risk_sector"), ("risk_issues", "risk_issue")):
            g, p = set(gold[field]), codes[kind]
            totals[field] = [totals[field][0] + len(g & p), totals[field][1] + len(p - g), totals[field][2] + len(g - p)]
    for tp, fp, fn in totals.values():
        assert 2 * tp / (2 * tp + fp + fn) >= 0.80


@pytest.mark.parametrize("text", [
    "Med anstendige arbeidsforhold menes helse, miljø og sikkerhet, lønn å leve av og arbeidstid innenfor rammene.",
    "Med grunnleggende menneskerettigheter meinast dei internasjonalt anerkjende rettane, som forbod mot barnearbeid og tvangsarbeid.",
    "Decent working conditions means work that safeguards health, safety and the environment, and provides a living wage.",
    "Med anstendige arbeidsforhold menes:\n• helse, miljø og sikkerhet\n• lønn å leve av",
])
def test_the_laws_definitions_are_no_findings(clf, text: str) -> None:
    sec = RiskSection(id="s1", title="Risikovurdering", level=1, path=(), text=text)
    assert find_risks([sec], clf) == []


@pytest.mark.parametrize("text, code", [
    ("Vi vurderer at det er høy risiko for lange arbeidsdager og lavt inntektsnivå hos produsentene av frukt fra Sør-Spania.", "wages"),
    ("Det er høy risiko for gjeldsslaveri blant arbeidere i produksjonen av solcellepanel hos våre leverandører.", "forced_labour"),
])
def test_own_assessment_beyond_the_keywords(clf, text: str, code: str) -> None:
    sec = RiskSection(id="s1", title="Risikovurdering", level=1, path=(), text=text)
    assert code in {m.code for m in find_risks([sec], clf)}


@pytest.mark.parametrize("text", [
    "Leverandøren skal sikre at:\n• barnearbeid er forbudt\n• arbeidstakere skal ikke måtte betale rekrutteringsgebyrer",
    "Suppliers must not use forced labour or child labour in their production.",
])
def test_requirements_on_suppliers_are_no_findings(clf, text: str) -> None:
    sec = RiskSection(id="s1", title="Krav til leverandører", level=1, path=(), text=text)
    assert find_risks([sec], clf) == []


def test_equality_reports_name_discrimination_risks_only() -> None:
    from extractor.extract.risk import codes_for_doc_type

    assert codes_for_doc_type("equality_report") == {"discrimination_harassment"}
    assert codes_for_doc_type("transparency_report") is None


def test_a_standards_scope_is_no_finding(clf) -> None:
    text = "We follow the group's Global Supplier Standards, which cover forced and child labour, wages and working hours."
    sec = RiskSection(id="s1", title="Risk assessment", level=1, path=(), text=text)
    assert find_risks([sec], clf) == []


def test_a_risk_columns_cells_are_findings(clf) -> None:
    text = ("Område | Vesentlig risiko | Tiltak\n"
            "Tepper (India) | Barnearbeid i hjemmeproduksjon | Krav om utbedring\n"
            "Møbler (Kina) | Manglende nødutganger og lange arbeidsdager | Oppfølgingsrevisjon")
    sec = RiskSection(id="s1", title="Resultater", level=1, path=(), text=text)
    codes = {m.code for m in find_risks([sec], clf)}
    assert {"child_labour", "working_hours"} <= codes


@pytest.mark.parametrize("text, code", [
    ("Hos ein fabrikk i Bangladesh fann revisorane systematisk overtid på over 72 timar i veka i høgsesongen.", "working_hours"),
    ("In 2024 we found breaches of the working-time rules at one subcontractor.", "working_hours"),
])
def test_actual_impacts_found_are_findings(clf, text: str, code: str) -> None:
    sec = RiskSection(id="s1", title="Resultat", level=1, path=(), text=text)
    assert code in {m.code for m in find_risks([sec], clf)}


def test_risks_the_due_diligence_identified(clf) -> None:
    text = ("The plan follows up the risks identified in our due diligence: forced labour and poor working "
            "conditions in the soy supply chain for fish feed.")
    sec = RiskSection(id="s1", title="Background", level=1, path=(), text=text)
    assert "forced_labour" in {m.code for m in find_risks([sec], clf)}
