"""Council papers in styles of other bodies than the corpora's: a case through several bodies
with a "Saksprotokoll i <body> - <date>" per body, minutes whose cases are bold lines, attendance
one name a line, in an unruled table, inline with substitutes, and archive numbers that are no cases."""
from __future__ import annotations

from test_facts import Doc, facts_of, make_table


def saksprotokoll_doc() -> Doc:
    saksgang = make_table([("Utvalg", "Møtedato", "Saksnummer"), ("Formannskapet", "04.06.2024", "45/24"),
                           ("Kommunestyret", "18.06.2024", "12/24")])
    return (Doc()
            .add("PS 12/24 Reguleringsplan for Sentrum", 1, ["Saksbehandler: Kari Nord", "Arkivsaksnr.: 24/345"],
                 [saksgang])
            .add("Kommunedirektørens forslag til vedtak", 2, ["Reguleringsplanen vedtas."])
            .add("Saksopplysninger", 2, ["Planen har vært på høring."])
            .add("Saksprotokoll i Formannskapet - 04.06.2024", 2, [
                "Behandling:", "Forslaget ble enstemmig vedtatt.", "Vedtak:", "Reguleringsplanen vedtas."])
            .add("Saksprotokoll i Kommunestyret - 18.06.2024", 2, [
                "Behandling:", "Kommunedirektørens forslag ble vedtatt med 21 mot 6 stemmer.",
                "Vedtak:", "Reguleringsplanen vedtas med endringene fra møtet."]))


def test_a_case_through_several_bodies() -> None:
    facts = facts_of("council_papers", saksprotokoll_doc()).facts
    assert [c["case"] for c in facts["cases"]] == ["PS 12/24"]  # not the archive number 24/345, not 45/24
    case = facts["cases"][0]
    assert (case["case_officer"], case["from"]) == ("Kari Nord", "Kommunedirektøren")
    assert case["proposed_decision"] == "Reguleringsplanen vedtas."
    assert case["decision"] == "Reguleringsplanen vedtas med endringene fra møtet."
    assert [d["body"] for d in case["decisions"]] == ["Formannskapet", "Kommunestyret"]
    assert case["vote"] == {"for": 21, "against": 6}
    assert (facts["body"], facts["meeting_date"]) == ("Kommunestyret", "2024-06-18")


def test_minutes_one_name_a_line_inline_absent_and_substitutes() -> None:
    doc = Doc().add("Møteprotokoll", 1, [
        "Utvalg: Hovedutvalg for teknikk og miljø", "Møtedato: 11.03.2025 kl. 09:00",
        "Møtende medlemmer:", "Kari Nord (Ap), leder", "Ola Sør (H)", "Per Vik (Sp)",
        "Forfall: Anne Lie (H), Tor Dal (FrP)",
        "Møtende varamedlemmer: Eva Moe (H) for Anne Lie (H)",
        "Fra administrasjonen: Kommunalsjef Lise Aas og rådgiver Jon Berg",
        "Protokollen godkjennes i neste møte."]).add("PS 5/25 Trafikksikkerhetsplan", 2, [
            "Vedtak: Planen vedtas.", "Enstemmig vedtatt."])
    facts = facts_of("council_papers", doc).facts
    minutes = facts["minutes"]
    assert minutes["present"] == ["Kari Nord", "Ola Sør", "Per Vik", "Eva Moe"]
    assert minutes["absent"] == ["Anne Lie", "Tor Dal"]
    assert minutes["substitutes"] == [{"name": "Eva Moe", "party": "H", "for": "Anne Lie"}]
    assert minutes["also_present"] == ["Lise Aas", "Jon Berg"] and minutes["chair"] == "Kari Nord"
    assert (facts["body"], facts["meeting_date"]) == ("Hovedutvalg for teknikk og miljø", "2025-03-11")
    assert minutes["cases"] == [{"case": "PS 5/25", "title": "Trafikksikkerhetsplan", "decision": "Planen vedtas.",
                                 "vote": {"unanimous": True}}]
    people = {p["name"]: (p["party"], p["status"]) for p in minutes["people"]}
    assert people["Tor Dal"] == ("FrP", "absent") and people["Eva Moe"] == ("H", "substitute")


def test_attendance_table_without_ruling_lines_and_parties_are_no_names() -> None:
    doc = Doc().add("Møtebok", 1, [
        "Møtedato: 02.04.2025", "Til stades:", "Namn Parti Rolle", "Kari Nord Ap Leiar", "Ola Sør H Medlem",
        "Per Vik Sp Varamedlem", "Forfall: Anne Lie (Sp)"]).add("Sak 07/25 Val av meddommarar", 2, [
            "Vedtak: Dei føreslåtte vert valde.", "Samrøystes vedteke."])
    minutes = facts_of("council_papers", doc).facts["minutes"]
    assert minutes["present"] == ["Kari Nord", "Ola Sør", "Per Vik"] and minutes["absent"] == ["Anne Lie"]
    assert [s["name"] for s in minutes["substitutes"]] == ["Per Vik"]
    assert minutes["chair"] == "Kari Nord"


def test_bold_case_lines_in_minutes_and_agenda_lines() -> None:
    doc = (Doc().add("Innkalling til møte i formannskapet", 1, [
        "Møtedato: 10.09.2024", "Saksliste", "45/24 Godkjenning av innkalling", "46/24 Budsjettrevisjon 2024",
        "47/24 Salg av tomt"]))
    facts = facts_of("council_papers", doc).facts
    assert [(c["case"], c["title"]) for c in facts["cases"]] == [
        ("45/24", "Godkjenning av innkalling"), ("46/24", "Budsjettrevisjon 2024"), ("47/24", "Salg av tomt")]
    assert (facts["body"], facts["meeting_date"]) == ("Formannskapet", "2024-09-10")
    assert facts["minutes"] is None


def test_archive_and_journal_numbers_are_never_cases() -> None:
    doc = Doc().add("Saksframlegg", 1, ["Arkivsak: 24/1187", "JournalpostID: 24/12345", "Løpenr. 3411/25",
                                          "Arkivsaksnr. 2024/4412"]).add("Orientering om økonomi", 2, ["Tekst."])
    assert facts_of("council_papers", doc).facts["cases"] == []


def test_meeting_saksgang_handling_and_signature_dates_are_no_deadlines() -> None:
    from extractor.facts.council import document_dates

    seg, _ = saksprotokoll_doc().add("Underskrift", 1, ["Rett utskrift bekreftes. Lindeberg, 20.11.2024",
                                                         "Planen skal evalueres innen 1. mars 2026."]).build()
    dates = {(d["date"], d["kind"]) for d in document_dates(seg)}
    assert {("2024-06-04", "saksgang"), ("2024-06-18", "saksgang"), ("2024-06-04", "handling"),
            ("2024-11-20", "signed")} <= dates
    assert not any(d == "2026-03-01" for d, _ in dates)


def test_case_number_in_the_box_under_a_title_heading() -> None:
    doc = (Doc().add("Saksframlegg", 1).add("Reguleringsplan for Vika", 2, [
        "Saksnr.: 12/24", "Saksbehandler: Mona Vik", "Arkivsak: 23/998"])
        .add("Rådmannens innstilling", 3, ["Planen vedtas."])
        .add("Saksframlegg", 1).add("Økonomirapport", 2, [], [make_table([("Saksnr.", "13/24"), ("Saksbehandler", "Per Strand")])])
        .add("Forslag til vedtak", 3, ["Rapporten tas til orientering."]))
    cases = facts_of("council_papers", doc).facts["cases"]
    assert [(c["case"], c["title"], c["case_officer"], c["proposed_decision"]) for c in cases] == [
        ("12/24", "Reguleringsplan for Vika", "Mona Vik", "Planen vedtas."),
        ("13/24", "Økonomirapport", "Per Strand", "Rapporten tas til orientering.")]


def test_minutes_whose_case_headings_are_table_rows() -> None:
    doc = Doc().add("Protokoll", 1, ["Møtedato: 03.03.2025"], [make_table([("Sak 4/25", "Budsjett for 2025")])])
    doc = doc.add("Vedtak og votering", 2, ["Vedtak: Budsjettet vedtas.", "Vedtatt med 7 mot 2 stemmer."])
    minutes = facts_of("council_papers", doc).facts["minutes"]
    assert minutes["cases"][0]["case"] == "4/25" and minutes["cases"][0]["title"] == "Budsjett for 2025"


def test_labels_with_a_note_short_dates_and_parties_after_a_comma() -> None:
    doc = Doc().add("Møteprotokoll", 1, [
        "Møtedato: 04.06.24", "Til stede: Kari Nord, Ap, Ola Sør, H", "Forfall: Per Vik"]).add(
        "Sak 12/24", 2, ["**Godkjenning av innkalling**"]).add("Vedtak (enstemmig):", 3, ["Innkallingen godkjennes."])
    facts = facts_of("council_papers", doc).facts
    assert facts["meeting_date"] == "2024-06-04"
    people = {p["name"]: p["party"] for p in facts["minutes"]["people"]}
    assert people == {"Kari Nord": "Ap", "Ola Sør": "H", "Per Vik": None}
    assert facts["minutes"]["cases"][0]["decision"] == "Innkallingen godkjennes."


def _columns_line(cells: list[str], top: float):
    """A line whose cells stand apart in columns (a table printed without ruling lines)."""
    from test_facts import _words
    from extractor.parse.layout import make_line

    words = [w for k, cell in enumerate(cells) for w in _words(cell, top, 50.0 + 150.0 * k)]
    return make_line(words, 1)


def test_unruled_attendance_table_read_by_header_positions() -> None:
    from extractor.facts.council_people import read_attendance
    from extractor.facts.council_stream import Item, clean

    rows = [["Følgende varamedlemmer møtte:"], ["Navn", "Møtte for", "Representerer"], ["Eva Moe", "Tor Dal", "H"],
            ["Jon Å Berg", "Lise Haug", "Sp"]]
    items = []
    for k, cells in enumerate(rows):
        line = _columns_line(cells, 100.0 + 15 * k)
        items.append(Item(k, "line", clean(line.text), (), k < 2, 0, 1, line))
    out = read_attendance(items)
    assert out["substitutes"] == [{"name": "Eva Moe", "party": "H", "for": "Tor Dal"},
                                  {"name": "Jon Å Berg", "party": "Sp", "for": "Lise Haug"}]
    assert out["present"] == ["Eva Moe", "Jon Å Berg"]


def test_a_heading_that_starts_with_referat_inside_a_case_is_no_minutes() -> None:
    doc = (Doc().add("PS 20/24 Samarbeid om barnevern", 1, ["Saksbehandler: Kari Nord"])
           .add("Referat fra arbeidsgruppen", 2, ["Arbeidsgruppen møttes tre ganger i vår."])
           .add("Forslag til vedtak", 2, ["Kommunestyret slutter seg til avtalen."])
           .add("PS 21/24 Eventuelt", 1, ["Forslag til vedtak: Ingen saker."]))
    facts = facts_of("council_papers", doc).facts
    assert [c["case"] for c in facts["cases"]] == ["PS 20/24", "PS 21/24"] and facts["minutes"] is None
    assert facts["cases"][0]["proposed_decision"] == "Kommunestyret slutter seg til avtalen."


def test_agenda_lines_with_an_archive_column_and_a_proposal_from_a_body() -> None:
    doc = (Doc().add("Saksliste", 1, ["12/24 Godkjenning av innkalling 24/1234", "13/24 Salg av tomt 23/998"])
           .add("PS 13/24 Salg av tomt", 1, []).add("Innstilling fra formannskapet", 2, ["Tomten selges."]))
    cases = facts_of("council_papers", doc).facts["cases"]
    assert [(c["case"], c["title"]) for c in cases] == [("12/24", "Godkjenning av innkalling"),
                                                        ("PS 13/24", "Salg av tomt")]
    assert (cases[1]["proposed_decision"], cases[1]["from"]) == ("Tomten selges.", "Formannskapet")
