"""The legal checklist: its rules data (vetoes, table rows, section rules) run their own
examples, items per report type, evidence kinds, parts, the shipped classifier and scoring."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.checklist import (EQUALITY_ITEMS, TRANSPARENCY_ITEMS, Line, checklist, coverage, embedded_checklist,
                                 items_for)
from extractor.checklist import patterns
from extractor.checklist.classifier import MODEL_DIR, MODEL_FILE, load_classifier
from extractor.facts.scoring import score_checklist, score_facts

ROOT = Path(__file__).resolve().parents[1]
P = patterns.load()


def status(result: list[dict], item: str) -> str:
    return next(e["status"] for e in result if e["item"] == item)


@pytest.mark.parametrize("name", sorted(P.vetoes))
def test_veto_examples(name: str) -> None:
    data = patterns.data("vetoes")
    assert data["examples"][name] and data["counter"][name]
    for text in data["examples"][name]:
        assert P.vetoes[name].search(text), (name, text)
    for text in data["counter"][name]:
        assert not P.vetoes[name].search(text), (name, text)


def test_vetoes_name_known_items() -> None:
    known = set(TRANSPARENCY_ITEMS) | set(EQUALITY_ITEMS)
    assert all(set(items) <= known for items in patterns.data("vetoes")["items"].values())
    assert {r.fact for r in P.ruleset.rules} <= known


@pytest.mark.parametrize("item", sorted(patterns.data("table_rows")["examples"]))
def test_table_row_examples(item: str) -> None:
    rows = patterns.data("table_rows")
    for header, row in rows["examples"][item]:
        lines = [Line(header, 1, "s1"), Line(row, 1, "s1")]
        assert [h for h in patterns.row_hits(lines, (item,)) if h[0] == item], (item, row)
    for header, row in rows.get("counter", {}).get(item, []):
        lines = [Line(header, 1, "s1"), Line(row, 1, "s1")]
        assert not list(patterns.row_hits(lines, (item,))), (item, row)


def test_a_row_under_another_section_header_does_not_count() -> None:
    lines = [Line("Kvinner Menn Totalt", 1, "s1"), Line("Deltidsansatte 19 4 23", 1, "s2")]
    assert not list(patterns.row_hits(lines, ("part_time_by_gender",)))


def test_section_rule_examples() -> None:
    for rule in patterns.data("section_rules"):
        for title, text in rule["examples"]:
            got = list(patterns.sentence_hits([Line(text, 1, "s1", title)], (rule["item"],)))
            assert got, (title, text)
        for title, text in rule["counter"]:
            got = [h for h in patterns.sentence_hits([Line(text, 1, "s1", title)], (rule["item"],))
                   if h[2].startswith("section:")]
            assert not got, (title, text)


def test_items_per_report_type() -> None:
    assert items_for("transparency_report") == TRANSPARENCY_ITEMS and len(TRANSPARENCY_ITEMS) == 7
    assert items_for("equality_report") == EQUALITY_ITEMS and len(EQUALITY_ITEMS) == 12
    assert checklist("council_papers", ["Styret godkjente redegjørelsen."]) == []
    result = checklist("transparency_report", [], use_model=False)
    assert [e["item"] for e in result] == list(TRANSPARENCY_ITEMS)
    assert all(e["status"] == "absent" and e["evidence"] == [] for e in result)


@pytest.mark.parametrize("lang,sentence,item", [
    ("nb", "Redegjørelsen ble godkjent av styret i møte 3. juni 2025.", "signed_by_board"),
    ("nn", "Utgreiinga vart handsama av styret 2. juni 2025.", "signed_by_board"),
    ("en", "The Board of Directors approved this statement on 2 June 2025.", "signed_by_board"),
    ("nb", "Styret i Vikfjord Bygg AS", "signed_by_board"),
    ("nb", "Spørsmål om redegjørelsen kan sendes til innsyn@vikfjord.example.", "information_request_route"),
    ("nb", "Vi har ikke avdekket brudd på menneskerettighetene i leverandørkjeden.", "adverse_impacts_or_risks_reported"),
    ("en", "The supplier repaid the recruitment fees, and the finding was closed after a follow-up audit.", "results_reported"),
])
def test_transparency_phrasings(lang: str, sentence: str, item: str) -> None:
    assert status(checklist("transparency_report", [sentence], use_model=False), item) == "present"


@pytest.mark.parametrize("sentence,item", [
    ("Administrerende direktør Kari Vik har signert redegjørelsen.", "signed_by_board"),
    ("Reviderte etiske retningslinjer ble godkjent av styret i mars.", "signed_by_board"),
    ("Alle har rett til informasjon om hvordan vi håndterer negative konsekvenser.", "information_request_route"),
    ("Vi skal følge opp alle leverandører med høy risiko, og resultatene følges opp.", "results_reported"),
    ("Se våre etiske retningslinjer på nettsiden vår.", "guidelines_described"),
    ("Selskapet er omfattet av åpenhetsloven.", "organisation_described"),
])
def test_transparency_counter_examples(sentence: str, item: str) -> None:
    assert status(checklist("transparency_report", [sentence], use_model=False), item) == "absent"


@pytest.mark.parametrize("sentence,item,want", [
    ("Kvinner tjente i gjennomsnitt 93,2 % av det menn tjente.", "pay_by_gender", "present"),
    ("Vi har lik lønn for likt arbeid.", "pay_by_gender", "absent"),
    ("Vi hadde 14 midlertidig ansatte.", "temporary_by_gender", "absent"),
    ("Vi skal innføre mentorordning for kvinnelige ledere i 2026.", "measures_taken", "absent"),
    ("I 2025 innførte vi mentorordning for kvinnelige ledere.", "measures_taken", "present"),
    ("Vi behandler alle likt uavhengig av kjønn, etnisitet, religion og alder.", "other_grounds", "absent"),
    ("Tilsette med anna morsmål enn norsk får tilbod om norskkurs.", "other_grounds", "present"),
    ("Vi har verneombud og arbeidsmiljøutvalg.", "employee_representatives_involved", "absent"),
    ("The report was prepared together with the union representatives.", "employee_representatives_involved", "present"),
    ("De fleste jobber deltid etter eget ønske.", "involuntary_part_time", "absent"),
])
def test_equality_phrasings(sentence: str, item: str, want: str) -> None:
    assert status(checklist("equality_report", [sentence], use_model=False), item) == want


def test_facts_decide_items_with_their_evidence() -> None:
    facts = {"employees_women": 40, "employees_men": 60, "pay_ratio_women_to_men_total": 95.1}
    evidence = {"employees_women": {"page": 2, "text": "Vi har 40 kvinner og 60 menn."}}
    result = checklist("equality_report", [], facts, evidence=evidence, use_model=False)
    gender = next(e for e in result if e["item"] == "gender_balance")
    assert gender["status"] == "present" and gender["evidence"][0]["page"] == 2
    assert gender["evidence"][0]["source"].startswith("facts:")
    assert status(result, "pay_by_gender") == "present" and status(result, "temporary_by_gender") == "absent"
    assert status(checklist("equality_report", [], {"employees_women": 40}, use_model=False), "gender_balance") == "absent"


def test_section_ids_restrict_to_a_part() -> None:
    lines = [Line("Styret godkjente redegjørelsen 1. juni 2025.", 3, "s7"),
             Line("Kvinner tjente 95 % av det menn tjente.", 5, "s9")]
    t = checklist("transparency_report", lines, section_ids=["s9"], use_model=False)
    assert status(t, "signed_by_board") == "absent"
    e = checklist("equality_report", lines, section_ids=["s9"], use_model=False)
    assert status(e, "pay_by_gender") == "present"
    assert e[1]["evidence"][0] == {"page": 5, "sentence": lines[1].text, "source": "rule:pay.ratio"}
    assert coverage(e) == (1, 12)


def test_shipped_model_loads_and_only_confident_sentences_count() -> None:
    model = load_classifier()
    assert model is not None and model.items
    assert all(0.5 <= m.threshold < 1.0 for m in model.items.values())
    p = model.probability("parental_leave_by_gender", "Kvinner tok i snitt ut 22 uker foreldrepermisjon og menn 13 uker.")
    q = model.probability("parental_leave_by_gender", "Revisjonen avdekket brudd på arbeidstidsreglene.")
    assert p > q


def test_retraining_gives_the_shipped_model(tmp_path: Path) -> None:
    out = tmp_path / "model"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_checklist.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / MODEL_FILE).read_bytes() == (MODEL_DIR / MODEL_FILE).read_bytes()


def test_training_sentences_are_labelled_with_known_items() -> None:
    rows = [json.loads(l) for l in (ROOT / "scripts/data/checklist_sentences.jsonl").read_text(encoding="utf-8").splitlines()]
    known = set(TRANSPARENCY_ITEMS) | set(EQUALITY_ITEMS)
    assert len(rows) >= 150 and {r["lang"] for r in rows} == {"nb", "nn", "en"}
    assert all(set(r["items"]) <= known for r in rows)
    assert sum(1 for r in rows if not r["items"]) >= 30  # promises, pointers, the law restated ...


def test_scoring_compares_status_per_item() -> None:
    gold = [{"item": "signed_by_board", "status": "absent", "evidence": None},
            {"item": "measures_reported", "status": "present", "evidence": "x"}]
    got = [{"item": "signed_by_board", "status": "present", "evidence": []},
           {"item": "measures_reported", "status": "present", "evidence": []}]
    counts, wrong = score_checklist(gold, got)
    assert counts == {"right": 1, "total": 2} and "signed_by_board" in wrong[0]
    assert score_facts({"checklist": gold}, {}, [], got)["checklist"] == {"right": 1, "total": 2}
    assert score_facts({}, {})["checklist"] == {"right": 0, "total": 0}


def test_an_other_document_holding_an_equality_report_gets_its_checklist() -> None:
    report = [Line(t, 1, "s1") for t in (
        "Ved utgangen av året hadde vi 210 ansatte, 90 kvinner og 120 menn.",
        "Kvinner tjente i gjennomsnitt 94,5 % av det menn tjente.",
        "Kvinner tok i snitt ut 20 uker foreldrepermisjon og menn 12 uker.",
        "Av de 18 deltidsansatte var 15 kvinner.",
        "Lønnsforskjellen skyldes at flere menn har skifttillegg.",
        "I 2024 innførte vi mentorordning for kvinnelige ledere.",
        "Arbeidet er gjort i samarbeid med de tillitsvalgte.",
    )]
    got = embedded_checklist(report, {}, model=None)
    assert got and {e["doc_type"] for e in got} == {"equality_report"} and coverage(got)[0] >= 7
    guidelines = [Line("Leverandøren skal betale lønn som minst tilsvarer minstelønn.", 1, "s1"),
                  Line("Barnearbeid er forbudt.", 1, "s1")]
    assert embedded_checklist(guidelines, {}, model=None) is None


def test_document_checklist_never_raises() -> None:
    from extractor.checklist import document_checklist

    warnings: list[str] = []
    assert document_checklist("equality_report", object(), {}, warnings=warnings) is None
    assert warnings and warnings[0].startswith("checklist: ")
    quiet: list[str] = []
    assert document_checklist("council_papers", object(), {}, warnings=quiet) is None and quiet == []
