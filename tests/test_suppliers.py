"""Supplier mentions: named, by category, by compound, agreements, landlords, inheritance."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz, utils

from extractor.extract.risk import load_lexicon
from extractor.extract.supplier_phrase import phrase_after
from extractor.extract.suppliers import find_suppliers


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


# (text, keyword options, expected [(name, category, sector), ...])
SUPPLIER_ROWS = [
    ("Vår leverandør av advokattjenester opplyser at tilsynet følges opp.", {},
     [(None, "advokattjenester", "legal_services")]),
    ("Våre største leverandører innen informasjonsteknologi har egne retningslinjer.", {},
     [(None, "informasjonsteknologi", "ict_hardware")]),
    ("Vi gjennomfører tilsyn hos våre renholdsleverandører.", {}, [(None, "renhold", "cleaning")]),
    ("Vi ber renholdsleverandørene om egenrapportering.", {"section_title": "Renholdstjenester"},
     [(None, "Renholdstjenester", "cleaning")]),
    ("Strømleverandøren har bare fornybar kraft.", {}, [(None, "strøm", "energy")]),
    ("A-leverandører skal følges opp årlig.", {}, [(None, "A-leverandører", None)]),
    ("Kommunen har også leverandører som leverer frukt og grønt til kantinen.", {},
     [(None, "frukt og grønt", "food")]),
    ("I fjor inngikk vi avtale om kjøp av møbler og inventar.", {}, [(None, "møbler og inventar", "furniture")]),
    ("Vi har egne avtaler for kjøp av informasjonsteknologi.", {}, [(None, "informasjonsteknologi", "ict_hardware")]),
    ("Vi har avtale om leie av lokaler i Bergen og Ålesund.", {}, [(None, "leie av lokaler", "facilities")]),
    ("Vi benytter en tredjeparts avtale om kontorrekvisita og forbruksmateriell.", {},
     [(None, "kontorrekvisita og forbruksmateriell", "promotional_office_supplies")]),
    ("Vi anskaffet et nytt rekrutteringssystem (Teamtailor) i fjor.", {},
     [("Teamtailor", "rekrutteringssystem", None)]),
    ("Vi anskaffet nytt lønns- og HR-system i 2023.", {}, [(None, "lønns- og HR-system", None)]),
    ("Tre utleiere har svart på henvendelsen.", {}, [(None, "utleier", "facilities")]),
    ("Utleier av Bergen-kontoret har ikke svart.", {}, [(None, "utleier av Bergen-kontoret", "facilities")]),
    ("Renholdet utføres av Renholdsfirmaet Glans AS etter avtale.", {},
     [("Renholdsfirmaet Glans AS", "Renhold", "cleaning")]),
    ("Ledergruppen fikk ekstern bistand fra Kari Nordmann i arbeidet.", {}, [("Kari Nordmann", None, None)]),
    ("Analysen er utarbeidet av Menon Economics på oppdrag fra departementet.", {},
     [("Menon Economics", None, None)]),
    ("Vi har avtale med Statens innkjøpssenter om rammeavtaler.", {"org_names": ["Statens innkjøpssenter"]},
     [("Statens innkjøpssenter", None, None)]),
    ("Hos én leverandør avdekket vi brudd på lønnsvilkår.", {"section_title": "5.3.2 Renholdstjenester"},
     [(None, "Renholdstjenester", "cleaning")]),
    ("Vi har avtale om blomsterleveranser. Leverandøren har egne retningslinjer.", {},
     [(None, "blomsterleveranser", "flowers"), (None, "blomsterleveranser", "flowers")]),
    ("About 31 % of our warehouse staff are hired through staffing agencies.", {},
     [(None, "staffing agencies", None)]),
    ("64% of our transport volume is carried by subcontracted hauliers.", {}, [(None, "subcontracted hauliers", "transport_logistics")]),
    ("Two drivers employed by a Lithuanian subcontractor drove too long.", {},
     [(None, "Lithuanian subcontractor", None)]),
    # not suppliers of the author, or too generic to say which
    ("Hos én leverandør avdekket vi brudd.", {}, []),
    ("Norsk helsenett leverer tjenester og har levert nye løsninger.", {"org_names": ["Norsk helsenett"]}, []),
    ("Vi har etiske retningslinjer for leverandører.", {"section_title": "Renhold"}, []),
    ("Virksomheten er en nasjonal tjenesteleverandør på e-helseområdet.", {}, []),
    ("Leverandørkjeden er lang, og leverandørmarkedet er lite.", {}, []),
    ("Med bistand fra NAV lager vi en veileder.", {}, []),
    ("Evalueringen er gjennomført av Proba samfunnsanalyse.", {}, []),
    ("The inspection was carried out together with the Labour Inspection Authority.", {}, []),
    ("The report was written by our staff.", {}, []),
    ("Produktene kjøpes gjennom en felles avtale for helseforvaltningen.", {}, []),
    ("Vi har fulgt opp alle 96 høyrisikoleverandører med spørreskjema.", {}, []),
    ("Vi skal revidere retningslinjene for leverandører innen 30. september 2026.", {}, []),
    ("Vi følger opp vår leverandør av arbeidstøy, Tekstilhuset Nord AS, med revisjon.", {},
     [("Tekstilhuset Nord AS", "arbeidstøy", "textiles")]),
]


@pytest.mark.parametrize(("text", "options", "expected"), SUPPLIER_ROWS)
def test_find_suppliers(lexicon, text: str, options: dict, expected: list[tuple]) -> None:
    matches = find_suppliers(text, lexicon=lexicon, **options)
    assert [(m.name, m.category, m.sector) for m in matches] == expected
    assert all(text[m.start:m.end] == m.text for m in matches)


def test_default_lexicon_is_loaded() -> None:
    (m,) = find_suppliers("Vår leverandør av advokattjenester.")
    assert m.sector == "legal_services"


def test_bare_mention_takes_latest_category(lexicon) -> None:
    text = ("Vi har avtale om leie av lokaler. Vi har også leverandører som leverer frukt og grønt. "
            "To leverandører rapporterer ingen brudd, men den tredje leverandøren har ikke svart.")
    cats = [m.category for m in find_suppliers(text, lexicon=lexicon)]
    assert cats == ["leie av lokaler", "frukt og grønt", "frukt og grønt", "frukt og grønt"]


@pytest.mark.parametrize(("text", "phrase"), [
    ("advokattjenester opplyser om at", "advokattjenester"),
    ("frukt og grønt til kontorene", "frukt og grønt"),
    ("leie av lokaler i Oslo", "leie av lokaler"),
    ("medisinsk forbruksmateriell og hansker, som", "medisinsk forbruksmateriell og hansker"),
    ("som leverer", ""),
    ("servere, Nordic Datacenter Supply AS", "servere"),
])
def test_phrase_after(text: str, phrase: str) -> None:
    start, end = phrase_after(text, 0)
    assert text[start:end] == phrase


@pytest.mark.slow
def test_shared_corpus_suppliers(shared_dir: Path, lexicon) -> None:
    """Distinct suppliers per document against ../shared gold (development set): recall floor."""
    from extractor.pipeline import extract_document

    found = total = 0
    for gold_path in sorted((shared_dir / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = extract_document(shared_dir / "corpus" / f"{gold['doc_id']}.pdf").to_dict()
        preds = [m for s in doc["sections"] for m in find_suppliers(s["text"], section_title=s["title"], lexicon=lexicon)]
        for g in gold["suppliers"]:
            total += 1
            found += any(
                (g["name"] and m.name == g["name"])
                or (g["category"] and m.category
                    and fuzz.token_set_ratio(m.category, g["category"], processor=utils.default_process) >= 80)
                for m in preds
            )
    assert found / total >= 0.8
