"""Document parts: an equality chapter inside an annual report, a note, a budget proposition (fictional text)."""
from __future__ import annotations

from extractor.facts import extract_facts
from extractor.model import DocInfo
from extractor.parts import find_parts, part_segmentation, part_share
from test_facts import Doc, make_table


def annual_report() -> Doc:
    return (Doc()
            .add("Årsmelding 2024", text=["Styret legg fram årsmeldinga for Fjellvik kommune."])
            .add("Økonomi", text=["Driftsresultatet var 12 millionar kroner, og investeringane auka."])
            .add("Likestilling og mangfald", text=[
                "Kommunen arbeider aktivt for likestilling. Av dei 860 tilsette var 702 kvinner.",
                "Kvinnedelen i kommunen er 81,6 prosent."])
            .add("Kjønnsbalanse", level=2, text=["Likestilling i leiinga: kvinnedelen i leiargruppa er 50 prosent."])
            .add("Miljø", text=["Kommunen reduserte utsleppa med 4 prosent."]))


def test_equality_chapter_of_an_annual_report_is_a_part() -> None:
    seg, tables = annual_report().build()
    parts = find_parts(seg, "other")
    assert parts == [{"doc_type": "equality_report", "section_ids": ["s3", "s4"]}]
    sub = part_segmentation(seg, parts[0]["section_ids"])
    facts = extract_facts("equality_report", sub, [], DocInfo(doc_type="equality_report", report_year=2024,
                                                             language="nn"))
    assert facts.facts["employees_total"] == 860 and facts.facts["employees_women"] == 702
    assert facts.facts["women_share_top_management"] == 50
    assert 0 < part_share(seg, parts[0]["section_ids"]) < 0.8


def test_main_kind_is_not_a_part_and_a_passing_mention_is_none() -> None:
    seg, _ = annual_report().build()
    assert find_parts(seg, "equality_report") == []
    seg, _ = (Doc().add("Årsberetning", text=["Selskapet hadde et godt år."])
              .add("Likestilling", text=["Se egen redegjørelse på nettsidene."])).build()
    assert find_parts(seg, "other") == []


def test_note_with_staff_by_gender_is_a_part_when_its_facts_say_so() -> None:
    note = make_table([("", "Kvinner", "Menn", "Totalt"), ("Årsverk", "48", "72", "120"),
                       ("Deltid", "9", "2", "11")])
    seg, tables = (Doc().add("Resultatregnskap", text=["Driftsinntektene var 240 millionar kroner."])
                   .add("Note 9 – Lønnskostnader og årsverk", tables=[note])).build()
    assert find_parts(seg, "other") == []  # no equality words in the note
    parts = find_parts(seg, "other", tables, DocInfo(doc_type="other", report_year=2024))
    assert parts == [{"doc_type": "equality_report", "section_ids": ["s2"]}]


def test_part_facts_merge_into_the_main_documents() -> None:
    from extractor.parts import facts_with_parts
    seg, tables = annual_report().build()
    info = DocInfo(doc_type="other", report_year=2024, language="nn")
    main = extract_facts("other", seg, tables, info)
    merged = facts_with_parts(main, seg, tables, info, find_parts(seg, "other"))
    assert merged.facts["employees_total"] == 860 and merged.facts["women_share_top_management"] == 50
    assert merged.evidence["employees_total"]["page"] == 3


def test_a_part_that_is_the_main_content_sets_the_kind() -> None:
    from extractor.parts import main_doc_type
    seg, _ = (Doc().add("Årsrapport 2024", text=["Kort om året."])
              .add("Likestilling og mangfold", text=["Kvinneandelen i virksomheten er 48 prosent, og "
                                                     "kvinneandelen i ledergruppen er 50 prosent. "
                                                     "Likestilling er en del av alle lederavtaler."] * 3)).build()
    parts = find_parts(seg, "other")
    assert main_doc_type("other", seg, parts) == "equality_report"
    assert main_doc_type("council_papers", seg, parts) == "council_papers"
    seg, _ = annual_report().build()
    parts = find_parts(seg, "other")
    share = part_share(seg, parts[0]["section_ids"])
    assert main_doc_type("other", seg, parts, min_share=share + 0.01) == "other"  # a chapter among others


def test_the_pipeline_reports_parts_and_their_facts() -> None:
    """An annual report's equality chapter (variety corpus) gives an equality part or type, with its facts."""
    from pathlib import Path

    from extractor.pipeline import extract_document

    root = Path(__file__).resolve().parents[1] / "corpus" / "variety"
    pdf = root / "fjordkysten-hogskule-arsrapport-likestilling-2024.pdf"
    if not pdf.exists():
        import pytest
        pytest.skip("variety corpus absent")
    record = extract_document(pdf).to_dict()
    kinds = {record["doc_type"]} | {p["doc_type"] for p in record["parts"]}
    assert "equality_report" in kinds
    assert record["facts"].get("women_share_total") is not None or record["facts"].get("employees_total")
