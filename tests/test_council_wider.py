"""A self-made blind test of council papers in styles the rules were not written from: case-number
styles (year first, body codes, letters after the number), proposal and decision labels of other
writers (nb, nn, en), attendance labels, hospital-trust bodies, meeting numbers and dates.

Each table row is one phrasing as another author would write it; the tables are the test."""
from __future__ import annotations

import pytest

from extractor.facts import council_meeting as cm
from extractor.facts import council_rules as cr
from test_facts import Doc, facts_of

CASES = [
    ("Sak 2025-32 Årsmelding for kontrollutvalet", "2025-32"),
    ("Sak 2025/14 Godkjenning av protokoll", "2025/14"),
    ("2025/14 Godkjenning av innkalling og sakliste", "2025/14"),
    ("FS 22/2025 Budsjettjustering", "22/2025"),
    ("KU 16/25 Revisjonsplan 2026", "16/25"),
    ("HS 4/25 Økonomirapport per april", "4/25"),
    ("UTV 3/25 Trafikksikringsplan", "3/25"),
    ("OS 7/25 Orientering frå revisjonen", "7/25"),
    ("Styresak nr. 12/25 Virksomhetsrapport", "12/25"),
    ("Sak nr. 014-25 Tertialrapport", "014-25"),
    ("Orienteringssak 3/25 Status for byggeprosjektet", "3/25"),
    ("Vedtakssak 9/25: Årsregnskap 2024", "9/25"),
    ("Drøftingssak 2/25 Strategi", "2/25"),
    ("12a/24 Tilleggssak: Kjøp av tomt", "12a/24"),
    ("Sak 12 a/24 Tilleggssak", "12 a/24"),
    ("Sak 12A/2024 Ekstra løyving", "12A/2024"),
    ("Styresak 45-2025 Oppdragsdokument", "45-2025"),
    ("Case 2025/07 Annual accounts", "2025/07"),
    ("Item 4/25 Strategy update", "4/25"),
    ("PS 2025/32 Kommuneplanens arealdel", "2025/32"),
    ("SAK 12/25 BUDSJETT", "12/25"),
    ("Sak 32/2025 – Årsrapport", "32/2025"),
    ("Sak nr. 5/2025: Valg av revisor", "5/2025"),
    ("Saksnummer 21/25 Handlingsplan", "21/25"),
    ("Styresak 2025/12 Budsjett", "2025/12"),
    # never cases
    ("Arkivsak 2025/1234", None),
    ("Vår ref. 2025/14-3", None),
    ("2025/1234-5 Brev frå statsforvaltaren", None),
    ("2025/14-3 Melding om vedtak", None),
    ("Dato: 12.05.2025", None),
    ("Tid: 10:00", None),
    ("Saksmappe: 2024/331", None),
    ("Dokumentnr.: 25/1187-4", None),
    ("Kl. 10.00-12.00", None),
    ("Telefon 12 34 56 78", None),
]


@pytest.mark.parametrize("text, want", CASES)
def test_case_number_styles(text: str, want: str | None) -> None:
    got = cr.case_number_at(text)
    assert (got.number if got else None) == want


PROPOSALS = [
    ("Sekretariatets innstilling", "Sekretariatet", None),
    ("Framlegg frå kommunedirektøren", None, "kommunedirektøren"),
    ("Forslag frå dagleg leiar", None, "dagleg leiar"),
    ("Kontrollutvalgssekretariatets forslag til vedtak", "Kontrollutvalgssekretariatet", None),
    ("Daglig leders innstilling", "Daglig leder", None),
    ("Kommunedirektøren sitt framlegg", "Kommunedirektøren", None),
    ("Forslag til vedtak frå sekretariatet", None, "sekretariatet"),
    ("Administrasjonens forslag til vedtak", "Administrasjonen", None),
    ("Direktørens forslag til beslutning", "Direktøren", None),
    ("Forslag til beslutning", "", None),
    ("Administrasjonen si tilråding", "Administrasjonen", None),
    ("Recommended resolution", "", None),
    ("Draft decision", "", None),
    ("Saksbehandlar sitt framlegg til vedtak", "Saksbehandlar", None),
    ("Forslag til innstilling", "", None),
    ("Tilråding", "", None),
    ("Kommunedirektørens tilråding", "Kommunedirektøren", None),
    ("Innstilling frå kommunedirektøren", None, "kommunedirektøren"),
    ("Administrerende direktørs innstilling", "Administrerende direktør", None),
    ("Framlegg til vedtak frå dagleg leiar", None, "dagleg leiar"),
    ("Proposed decision", "", None),
]


@pytest.mark.parametrize("text, by, body", PROPOSALS)
def test_proposal_labels(text: str, by: str | None, body: str | None) -> None:
    for shown in (text, f"{text}:"):
        got = cr.label_at(shown, whole=True, box_ok=False)
        assert got is not None and got.field == "proposed_decision"
        if by is not None:
            assert (got.by or "") == by
        if body is not None:
            assert (got.body or "").lower() == body


DECISIONS = [
    "Vedtak i formannskapet", "Formannskapet sitt vedtak", "Vedtaket vart", "Vedtaket ble", "Styret fattet følgjande vedtak",
    "Styret fattet følgende vedtak", "Resolution", "Kontrollutvalets vedtak", "Endeleg vedtak", "Endelig vedtak",
    "Kommunestyret gjorde slikt vedtak", "Formannskapet gjorde følgende vedtak", "Styret gjorde følgjande vedtak",
    "Decision", "The Board resolved", "Board resolution", "Utvalet sitt vedtak", "Vedtak i kontrollutvalet 12.05.2025",
    "Helseforetaksmøtet fattet følgende vedtak", "Foretaksmøtet sitt vedtak", "Styret traff slikt vedtak",
    "Kontrollutvalget fattet slikt vedtak",
]


@pytest.mark.parametrize("text", DECISIONS)
def test_decision_labels(text: str) -> None:
    for shown in (text, f"{text}:"):
        got = cr.label_at(shown, whole=True, box_ok=False)
        assert got is not None and got.field == "decision", shown


NOT_LABELS = [
    ("Forslaget falt med 6 mot 1 stemme.", None),
    ("Framlegget fall med 6 mot 1 røyst.", None),
    ("Vedtaket vart gjort samrøystes etter eit kort ordskifte om saka", None),
    ("Forslag fra Høyre: Saken utsettes.", "proposed_decision"),
]


@pytest.mark.parametrize("text, field", NOT_LABELS)
def test_prose_and_party_motions_are_no_proposal_or_decision_labels(text: str, field: str | None) -> None:
    got = cr.label_at(text, whole=True, box_ok=False)
    assert got is None or got.field not in ("decision", "proposed_decision")


ATTENDANCE = [
    ("Til stades:", "present"), ("Møtande vara:", "substitutes"), ("Fra styret:", "present"),
    ("Varamedlem:", "substitutes"), ("Forfall:", "absent"), ("Ikkje møtt:", "absent"), ("Møtte ikke:", "absent"),
    ("Møtte ikkje:", "absent"), ("Andre møtande:", "also_present"), ("Andre møtende:", "also_present"),
    ("Fra administrasjonen:", "also_present"), ("Møtende varamedlem:", "substitutes"),
    ("Møtande varamedlem:", "substitutes"), ("Ikke til stede:", "absent"), ("Ikkje til stades:", "absent"),
    ("Meldt fravær:", "absent"), ("Fra sekretariatet:", "also_present"), ("Frå revisjonen:", "also_present"),
    ("Fra revisjonen:", "also_present"), ("Møtende fra administrasjonen:", "also_present"),
    ("Til stede fra administrasjonen:", "also_present"), ("Styremedlemmer:", "present"),
    ("Møtande medlemmer:", "present"), ("Deltakarar:", "present"), ("Absent:", "absent"),
    ("Vara:", "substitutes"), ("Møtte:", "present"), ("Fravær:", "absent"),
]


@pytest.mark.parametrize("text, group", ATTENDANCE)
def test_attendance_labels(text: str, group: str) -> None:
    got = cr.attendance_label_at(text)
    assert got is not None and got[0] == group, text


BODIES = [
    ("Styret for Sykehuset Innlandet HF", "Styret for Sykehuset Innlandet HF"),
    ("Styret for Sykehuset i Vestfold HF", "Styret for Sykehuset i Vestfold HF"),
    ("Helseforetaksmøtet", "Helseforetaksmøtet"),
    ("Foretaksmøtet", "Foretaksmøtet"),
    ("Kontrollutvalget", "Kontrollutvalget"),
    ("Kontrollutvalet i Hallvik kommune", "Kontrollutvalet"),
    ("Formannskapet", "Formannskapet"),
    ("Representantskapet", "Representantskapet"),
    ("Styret i Fjordkraft Nett AS", "Styret i Fjordkraft Nett AS"),
]


@pytest.mark.parametrize("text, want", BODIES)
def test_bodies(text: str, want: str) -> None:
    assert want in cm.bodies_in(text)


NUMBERS = [
    ("Møte nr. 3/2025", "3/2025"), ("Møtenummer: 3/2025", "3/2025"), ("Møtenr. 4/2025", "4/2025"),
    ("Styremøte nr. 5/2025", "5/2025"), ("Møte 05/2025", "05/2025"), ("Meeting no. 4/2025", "4/2025"),
    ("Kontrollutvalet, møte 4/2025", "4/2025"), ("Møte nr. 3/25", "3/25"), ("Møte nr 2 - 2025", "2/2025"),
]


@pytest.mark.parametrize("text, want", NUMBERS)
def test_meeting_numbers(text: str, want: str) -> None:
    from extractor.facts.council_stream import Item

    item = Item(0, "line", text, (), False, 0, 1, None)
    assert cm.find_number([item], []) == want


DATES = [
    ("Dato: 12. mai 2025", "2025-05-12"), ("Tid og stad: Tysdag 13. mai 2025 kl. 10.00, Rådhuset", "2025-05-13"),
    ("Dato og tid: 12.05.2025 kl 09:00", "2025-05-12"), ("Date: 12 May 2025", "2025-05-12"),
    ("When: Thursday 12 June 2025, 10:00", "2025-06-12"), ("Møtedato: 12.05.25", "2025-05-12"),
    ("Dato: 2025-05-12", "2025-05-12"), ("Dato: 12.5.2025", "2025-05-12"), ("June 12, 2025", "2025-06-12"),
    ("Møtedag: onsdag 4. juni 2025", "2025-06-04"),
]


@pytest.mark.parametrize("text, want", DATES)
def test_meeting_dates(text: str, want: str) -> None:
    assert cm.iso_date(text) == want


# ---- whole minutes ----

def test_minutes_of_a_control_committee_with_other_labels() -> None:
    doc = (Doc().add("Møtebok", 1, [
        "Kontrollutvalet i Hallvik kommune", "Møte nr. 3/2025", "Dato: 12. mai 2025", "Tid: 10:00",
        "Til stades: Kari Nord (leiar), Ola Sør", "Møtande vara: Eva Moe for Anne Lie", "Ikkje møtt: Tor Dal",
        "Andre møtande: Lise Aas, revisor"])
        .add("Sak 2025-14 Revisjonsplan", 2).add("Sekretariatets innstilling", 3, ["Revisjonsplanen vert godkjend."])
        .add("Handsaming", 3, ["Samrøystes vedteke som framlegget."])
        .add("Sak 2025-15 Forvaltningsrevisjon", 2, ["Framlegg frå sekretariatet:", "Rapporten vert teken til vitande.",
                                                     "Vedtaket vart:", "Rapporten vert teken til vitande. Kontrollutvalet "
                                                     "ber om ei oppfølging innan 1. desember 2025."]))
    facts = facts_of("council_papers", doc).facts
    assert facts["meeting"] == "3/2025" and facts["meeting_date"] == "2025-05-12"
    assert facts["body"] == "Kontrollutvalet"
    cases = facts["minutes"]["cases"] if facts["minutes"] else facts["cases"]
    assert [c["case"] for c in cases] == ["2025-14", "2025-15"]
    assert cases[0]["decision"] == "Revisjonsplanen vert godkjend."
    assert cases[1]["decision"].startswith("Rapporten vert teken til vitande. Kontrollutvalet ber")
    minutes = facts["minutes"]
    assert minutes["absent"] == ["Tor Dal"] and "Eva Moe" in minutes["present"]


def test_board_minutes_of_a_hospital_trust() -> None:
    doc = (Doc().add("Protokoll fra styremøte", 1, [
        "Styret for Sykehuset Nordvik HF", "Møte nr. 5/2025", "Dato: 18. juni 2025",
        "Fra styret: Kari Nord (styreleder), Ola Sør, Per Vik", "Forfall: Anne Lie",
        "Fra administrasjonen: Administrerende direktør Jon Berg"])
        .add("Styresak nr. 41/25 Virksomhetsrapport mai", 2, [
            "Administrerende direktørs forslag til vedtak:", "Styret tar rapporten til orientering.",
            "Styret fattet følgende vedtak:", "Styret tar rapporten til orientering.", "Enstemmig vedtatt."])
        .add("Styresak nr. 42/25 Investeringsbudsjett", 2, [
            "Administrerende direktørs forslag til vedtak:", "Budsjettet godkjennes.",
            "Forslaget falt med 6 mot 1 stemme.", "Styrets vedtak:", "Saken utsettes til neste møte."]))
    facts = facts_of("council_papers", doc).facts
    assert facts["body"] == "Styret for Sykehuset Nordvik HF"
    assert facts["meeting"] == "5/2025" and facts["meeting_date"] == "2025-06-18"
    cases = facts["minutes"]["cases"] if facts["minutes"] else facts["cases"]
    assert [c["decision"] for c in cases] == ["Styret tar rapporten til orientering.", "Saken utsettes til neste møte."]
    assert facts["minutes"]["absent"] == ["Anne Lie"]
    assert facts["minutes"]["present"] == ["Kari Nord", "Ola Sør", "Per Vik"]


_ADOPTED = cr.data()["adopted_as_proposed"]


@pytest.mark.parametrize("text, want", [(t, True) for t in _ADOPTED["examples"]] +
                         [(t, False) for t in _ADOPTED["counter"]])
def test_votes_that_adopt_the_proposal_as_it_stood(text: str, want: bool) -> None:
    assert cr.adopted_as_proposed(text) is want


# ---- the date of a council paper: a place-and-date line of the document's own ----

_OWN = "Eikefjord kommune\nMøteinnkalling Kommunestyret"
PUBLISHED = [
    (["Eikefjord, 13.03.2025", "Synnøve Hjelmeland", "ordførar"], _OWN, "2025-03-13"),
    (["Rett utskrift bekreftes. Eikefjord, 20.11.2024"], _OWN, "2024-11-20"),
    (["Eikefjord, den 4. juni 2025"], _OWN, "2025-06-04"),
    (["Eikefjord 4. juni 2025"], _OWN, "2025-06-04"),
    (["Rett utskrift stadfestast, Eikefjord 12.5.2025"], _OWN, "2025-05-12"),
    (["Eikefjord, 12 June 2025"], _OWN, "2025-06-12"),
    (["Nordfjell, 17. oktober 2024"], "Helse Nordfjell HF\nStyremøte", "2024-10-17"),
    # a letter's date, a dateline of another place, a date in prose, a signature after the date
    (["Brev frå Statsforvaltaren datert 12.03.2025 er lagt ved."], _OWN, None),
    (["Oslo, 3. februar 2025", "Statsforvaltaren i Oslo og Viken"], _OWN, None),
    (["Møtet vart halde i Eikefjord, 13.03.2025 kl. 10."], _OWN, None),
    (["Eikefjord, 28.11.2024 – Trine Aas, ordfører"], _OWN, None),
    (["Publisert 01.02.2025"], _OWN, None),
    (["MØTE 29.10.2024", "Rett utskrift: Eikefjord, 20.11.2024"], _OWN, "2024-11-20"),
    (["Eikefjord kommune", "Saksliste", "Eikefjord, 13.03.2025"], "Møteinnkalling Kommunestyret", "2025-03-13"),
    (["Styret i Sjøbris AS", "Sjøbris AS", "Bergen, 12.05.2025"], "Styremøte", None),
]


@pytest.mark.parametrize("lines, context, want", PUBLISHED)
def test_published_is_a_place_and_date_line_of_the_papers_own(lines: list[str], context: str, want: str | None) -> None:
    from extractor import docinfo

    got = docinfo.find_published(doc_type="council_papers", title="", first_page=context, lines=lines, margins="")
    assert got == want


_DATELINE = cr.data()["published"]


@pytest.mark.parametrize("text, place", _DATELINE["examples"] + [[t, None] for t in _DATELINE["counter"]])
def test_datelines(text: str, place: str | None) -> None:
    m = cr.compiled()["dateline"].match(text)
    assert (m.group("place") if m else None) == place


# ---- people named only in sentences of the minutes' header ----

PROSE_PEOPLE = [
    ("Eva Moe (H) møtte som vara for Anne Lie (H).", {"Eva Moe": ("substitutes", "H", "Anne Lie")}),
    ("Som varamedlem for Anne Lie møtte Eva Moe.", {"Eva Moe": ("substitutes", None, "Anne Lie")}),
    ("Eva Moe (Sp) møtte i staden for Tor Dal (Sp), som hadde meldt forfall.",
     {"Eva Moe": ("substitutes", "Sp", "Tor Dal"), "Tor Dal": ("absent", "Sp", None)}),
    ("Anne Lie hadde meldt forfall, og Eva Moe var kalla inn som vara.",
     {"Anne Lie": ("absent", None, None), "Eva Moe": ("substitutes", None, "Anne Lie")}),
    ("Varamedlem Eva Moe ble innkalt for Anne Lie.", {"Eva Moe": ("substitutes", None, "Anne Lie")}),
    ("Eva Moe (KrF) tok sete for Tor Dal (KrF) frå sak 14/25.", {"Eva Moe": ("substitutes", "KrF", "Tor Dal")}),
    ("Jane Smith attended as deputy for John Doe.", {"Jane Smith": ("substitutes", None, "John Doe")}),
    ("John Doe sent apologies.", {"John Doe": ("absent", None, None)}),
    ("Tor Dal (FrP) har meldt forfall.", {"Tor Dal": ("absent", "FrP", None)}),
    ("Kari Nord og Per Vik hadde forfall.", {"Kari Nord": ("absent", None, None), "Per Vik": ("absent", None, None)}),
    ("Møtet vart leia av ordføraren.", {}),
    ("Innkallinga vart godkjend utan merknader.", {}),
]


@pytest.mark.parametrize("text, want", PROSE_PEOPLE)
def test_people_named_in_sentences(text: str, want: dict) -> None:
    from extractor.facts.council_people import prose_people

    got = {p["name"]: (p["group"], p["party"], p["for"]) for p in prose_people(text)}
    assert got == want


def test_a_substitute_named_only_in_a_note_of_the_minutes() -> None:
    doc = Doc().add("Møteprotokoll", 1, [
        "Utval: Formannskapet", "Møtedato: 02.04.2025", "Til stades: Kari Nord (Ap), Ola Sør (H), Eva Moe (H)",
        "Merknad: Eva Moe (H) møtte som vara for Anne Lie (H)."]).add("PS 7/25 Val av meddommarar", 2, [
            "Vedtak: Dei føreslåtte vert valde.", "Samrøystes vedteke."])
    minutes = facts_of("council_papers", doc).facts["minutes"]
    assert minutes["substitutes"] == [{"name": "Eva Moe", "party": "H", "for": "Anne Lie"}]
    assert "Eva Moe" in minutes["present"]


_PROSE_RULES = [(r["group"], t, True) for r in cr.data()["attendance_prose"]["rules"] for t in r.get("examples", [])] + \
    [(r["group"], t, False) for r in cr.data()["attendance_prose"]["rules"] for t in r.get("counter", [])]


@pytest.mark.parametrize("group, text, want", _PROSE_RULES)
def test_attendance_sentence_rules(group: str, text: str, want: bool) -> None:
    from extractor.facts.council_people import prose_people

    assert any(p["group"] == group for p in prose_people(text)) is want


# ---- decisions given by reference to the proposal ----

def _one_case(*lines: str, proposal: str = "Planen vert vedteken.") -> dict:
    doc = (Doc().add("Møtebok", 1, ["Utval: Formannskapet", "Møtedato: 02.04.2025", "Til stades: Kari Nord, Ola Sør"])
           .add("PS 9/25 Trafikktryggleiksplan", 2).add("Kommunedirektøren sitt framlegg til vedtak", 3, [proposal])
           .add("Handsaming", 3, list(lines)))
    facts = facts_of("council_papers", doc).facts
    return facts["cases"][0]


REFERENCED = [
    (("Vedtak: Som innstillinga.",), "Planen vert vedteken."),
    (("Vedtak: Som framlegget.", "Samrøystes vedteke."), "Planen vert vedteken."),
    (("Vedtak: Lik innstillingen",), "Planen vert vedteken."),
    (("Vedtak: Som kommunedirektøren sitt framlegg.",), "Planen vert vedteken."),
    (("Resolution: As proposed.",), "Planen vert vedteken."),
    (("Forslag fra Høyre: Saken utsettes.", "Forslaget falt med 6 mot 1 stemme.",
      "Innstillingen ble vedtatt med 6 mot 1 stemme."), "Planen vert vedteken."),
    (("The recommendation was adopted unanimously.",), "Planen vert vedteken."),
    (("Framlegget vart samrøystes vedteke med dette tillegget:", "Formannskapet ber om ei ny sak innan juni."),
     "Planen vert vedteken. Formannskapet ber om ei ny sak innan juni."),
    (("Innstillinga vart vedteken med slikt tillegg: Formannskapet ber om ei ny sak innan juni.",),
     "Planen vert vedteken. Formannskapet ber om ei ny sak innan juni."),
    (("Vedtak: Planen vert vedteken med endringane frå møtet.", "Samrøystes vedteke."),
     "Planen vert vedteken med endringane frå møtet."),
]


@pytest.mark.parametrize("lines, want", REFERENCED)
def test_decisions_given_by_reference_to_the_proposal(lines: tuple[str, ...], want: str) -> None:
    assert _one_case(*lines)["decision"] == want


_AS = cr.data()["decision_as_proposed"]
_ADD = cr.data()["adopted_with_addition"]


@pytest.mark.parametrize("text, want", [(t, True) for t in _AS["examples"]] + [(t, False) for t in _AS["counter"]])
def test_decision_as_proposed_rules(text: str, want: bool) -> None:
    assert cr.decision_as_proposed(text) is want


@pytest.mark.parametrize("text, want", [(t, True) for t in _ADD["examples"]] + [(t, False) for t in _ADD["counter"]])
def test_addition_rules(text: str, want: bool) -> None:
    assert (cr.addition_at(text) is not None) is want


# ---- a third batch: saksgang rows, English minutes, more date forms ----

SAKSGANG = [
    ("Kontrollutvalet | 12.05.2025 | 2025/14", ("Kontrollutvalet", "2025-05-12", "2025/14")),
    ("Styret | 18.06.2025 | 061-2025", ("Styret", "2025-06-18", "061-2025")),
    ("Formannskapet | 04.06.2024 | 45/24", ("Formannskapet", "2024-06-04", "45/24")),
    ("Kommunestyret | 18.06.2024 | 12a/24", ("Kommunestyret", "2024-06-18", "12a/24")),
]


@pytest.mark.parametrize("cells, want", SAKSGANG)
def test_saksgang_rows_with_other_numbers(cells: str, want: tuple) -> None:
    from extractor.facts.council_cases import saksgang_row
    from extractor.facts.council_stream import Item

    parts = tuple(c.strip() for c in cells.split("|"))
    item = Item(0, "row", " ".join(parts), parts, False, 0, 1, None)
    assert saksgang_row(item) == want


ENGLISH = [
    ("RESOLVED:", "decision"), ("Resolved", "decision"), ("It was resolved", "decision"),
    ("The Board resolved", "decision"), ("Board decision", "decision"), ("Decision of the Board", "decision"),
    ("Recommendation", "proposed_decision"), ("Proposed resolution", "proposed_decision"),
    ("Recommendation of the Rector", "proposed_decision"), ("Discussion", "handling"),
]


@pytest.mark.parametrize("text, field", ENGLISH)
def test_english_labels(text: str, field: str) -> None:
    got = cr.label_at(f"{text}:", whole=True, box_ok=False)
    assert got is not None and got.field == field


ENGLISH_ATTENDANCE = [
    ("In attendance:", "also_present"), ("Apologies for absence:", "absent"), ("Apologies received:", "absent"),
    ("Members present:", "present"), ("Board members present:", "present"), ("Also attending:", "also_present"),
    ("Deputy members present:", "substitutes"), ("Absent:", "absent"),
]


@pytest.mark.parametrize("text, group", ENGLISH_ATTENDANCE)
def test_english_attendance_labels(text: str, group: str) -> None:
    got = cr.attendance_label_at(text)
    assert got is not None and got[0] == group


MORE_DATES = [
    ("Date: 12/05/2025", "2025-05-12"), ("Dato: 12.05.2025 kl. 10:00–14:00", "2025-05-12"),
    ("Møtedato: 12. og 13. mai 2025", "2025-05-12"), ("Date: Thursday, 12th June 2025", "2025-06-12"),
    ("Date: 12 Jun 2025", "2025-06-12"),
]


@pytest.mark.parametrize("text, want", MORE_DATES)
def test_more_meeting_dates(text: str, want: str) -> None:
    assert cm.iso_date(text) == want


@pytest.mark.parametrize("text", ["Sak 49/6/2021 Spørsmål om habilitet", "Møte 32.13.2025"])
def test_case_numbers_and_impossible_dates_are_no_dates(text: str) -> None:
    assert cm.iso_date(text) is None


@pytest.mark.parametrize("body, org", [("Styret for Sykehuset Fjordvik HF", "Sykehuset Fjordvik HF"),
                                       ("Styret i Helse Nordfjell HF", "Helse Nordfjell HF"),
                                       ("The Board of the University of Fjordland", "University of Fjordland")])
def test_the_author_of_a_boards_papers_is_its_organisation(body: str, org: str) -> None:
    assert cm.council_author([], body) == org


TYPES = [
    ("Orienteringssak 3/25 Status for byggeprosjektet", "Orienteringssak"),
    ("Vedtakssak 9/25: Årsregnskap 2024", "Vedtakssak"),
    ("Drøftingssak 2/25 Strategi", "Drøftingssak"), ("Orienteringssak nr. 4/25 Status", "Orienteringssak"),
    ("Referatsak 4/25 Brev frå fylket", "Referatsak"),
    ("RS 4/25 Brev frå fylket", "Referatsak"),
    ("PS 12/25 Budsjett", None),
    ("Styresak 12/25 Budsjett", None),
]


@pytest.mark.parametrize("text, want", TYPES)
def test_case_types_printed_in_the_number(text: str, want: str | None) -> None:
    c = cr.case_number_at(text)
    assert c is not None and cr.case_type_of_code(c.prefix) == want


GROUPS = [
    ("Orienteringssaker", "Orienteringssak"), ("Saker til orientering", "Orienteringssak"),
    ("Vedtakssaker", "Vedtakssak"), ("Saker til vedtak", "Vedtakssak"), ("Drøftingssaker", "Drøftingssak"),
    ("Diskusjonssaker", "Diskusjonssak"), ("Referatsaker", "Referatsak"), ("Meldingar", None),
]


@pytest.mark.parametrize("heading, want", GROUPS)
def test_agenda_group_headings(heading: str, want: str | None) -> None:
    assert cr.group_type(heading) == want


# ---- a fourth batch: vote lines of other writers ----

VOTES = [
    ("Vedtatt med 6 stemmer mot 1.", {"for": 6, "against": 1}),
    ("6 stemte for, 1 stemte mot.", {"for": 6, "against": 1}),
    ("Approved by 5 votes to 2.", {"for": 5, "against": 2}),
    ("Carried 8–3.", {"for": 8, "against": 3}),
    ("Carried unanimously.", {"unanimous": True}),
    ("Vedteke med 9 mot 2 røyster (Sp og FrP).", {"for": 9, "against": 2}),
    ("Innstillinga vart vedteken mot éi røyst.", {"against": 1}),
    ("Vedtaket er samrøystes.", {"unanimous": True}),
    ("Røysting: Samrøystes.", {"unanimous": True}),
    ("Votering: 7 stemmer for, 2 mot.", {"for": 7, "against": 2}),
]


@pytest.mark.parametrize("text, want", VOTES)
def test_vote_lines(text: str, want: dict) -> None:
    assert cr.vote_of(text) == want


STOPS = ["Vedtaket er samrøystes.", "Vedtaket ble enstemmig.", "Røysting: Samrøystes.", "Votering: 7 mot 2",
         "Carried unanimously.", "Motion carried.", "The resolution was adopted unanimously.",
         "6 stemte for, 1 stemte mot."]


@pytest.mark.parametrize("text", STOPS)
def test_vote_lines_end_a_decision(text: str) -> None:
    assert cr.is_decision_stop(text)


def test_roles_after_a_dash_in_an_attendance_list() -> None:
    doc = Doc().add("Møteprotokoll", 1, ["Møtedato: 02.04.2025", "Tilstede: Kari Nord – leder, Ola Sør – medlem, "
                                         "Per Vik – Sp", "Forfall: Anne Lie – medlem"]).add(
        "Sak 7/25 Budsjett", 2, ["Vedtak: Budsjettet vedtas.", "Enstemmig vedtatt."])
    minutes = facts_of("council_papers", doc).facts["minutes"]
    assert minutes["chair"] == "Kari Nord" and minutes["absent"] == ["Anne Lie"]
    assert minutes["present"] == ["Kari Nord", "Ola Sør", "Per Vik"]
    assert {p["name"]: p["party"] for p in minutes["people"]}["Per Vik"] == "Sp"


HEADERS = [
    ("Møtebok for kontrollutvalet", ["Dato: 12. mai 2025"], "Kontrollutvalet"),
    ("Protokoll – Eldrerådet", ["Møtedato: 12.05.2025"], "Eldrerådet"),
    ("Referat frå styremøte i Fjordkraft Nett AS", ["Dato: 12.05.2025"], "Styret i Fjordkraft Nett AS"),
    ("Møteprotokoll", ["Organ: Hovudutval for teknikk og miljø", "Møtedato: 12.05.2025"], "Hovudutval for teknikk og miljø"),
    ("Protokoll fra foretaksmøte i Sykehuset Nordvik HF", ["Dato: 12.05.2025"], "Foretaksmøtet"),
    ("Minutes of the meeting of the Audit Committee", ["Date: 12 May 2025"], "Audit Committee"),
    ("Innkalling til møte i Levekårsutvalget", ["Tid og sted: 12.05.2025 kl. 10, Rådhuset"], "Levekårsutvalget"),
    ("Møtebok", ["Kontrollutvalet i Hallvik kommune", "Dato: 12.05.2025"], "Kontrollutvalet"),
    ("Saksprotokoll", ["Utval: Plan- og bygningsrådet", "Møtedato: 12.05.2025"], "Plan- og bygningsrådet"),
    ("Møteinnkalling", ["Utvalg: Helse- og omsorgsutvalget", "Møtedato: 12.05.2025"], "Helse- og omsorgsutvalget"),
]


@pytest.mark.parametrize("title, lines, body", HEADERS)
def test_the_body_and_date_from_the_header(title: str, lines: list[str], body: str) -> None:
    doc = Doc().add(title, 1, [*lines, "Til stede: Kari Nord, Ola Sør"]).add("Sak 7/25 Budsjett", 2,
                                                                            ["Vedtak: Budsjettet vedtas."])
    facts = facts_of("council_papers", doc).facts
    assert (facts["body"], facts["meeting_date"]) == (body, "2025-05-12")


# ---- a fifth batch: saksprotokoll labels of case-handling systems ----

PROTOCOL_LABELS = [
    ("Formannskapet har behandlet saken i møte 04.06.2024 sak 45/24", "handling", "Formannskapet"),
    ("Formannskapet har handsama saka i møte 04.06.2024 sak 45/24", "handling", "Formannskapet"),
    ("Formannskapets vedtak/innstilling", "decision", None),
    ("Formannskapet sitt vedtak/innstilling", "decision", None),
    ("Vedtak i Formannskapet 10.06.2025, sak 23/25", "decision", "Formannskapet"),
    ("FS-23/2025 Vedtak", "decision", None),
    ("Kommunestyret - 19.06.2025 - KS 31/25 Vedtak", "decision", "Kommunestyret"),
    ("Endeleg vedtak i kommunestyret", "decision", "kommunestyret"),
    ("Behandling i Formannskapet - 04.06.2024 - sak 45/24", "handling", "Formannskapet"),
    ("Utvalets innstilling til kommunestyret", "proposed_decision", None),
]


@pytest.mark.parametrize("text, field, body", PROTOCOL_LABELS)
def test_saksprotokoll_labels(text: str, field: str, body: str | None) -> None:
    got = cr.label_at(f"{text}:", whole=True, box_ok=False)
    assert got is not None and got.field == field
    if body is not None:
        assert got.body == body


def test_with_no_organisation_named_the_first_place_and_date_line_counts() -> None:
    from extractor import docinfo

    got = docinfo.find_published(doc_type="council_papers", title="", first_page="", lines=["Innkalling",
                                 "MØTE 29.10.2024", "Eikefjord, 13.03.2025"], margins="")
    assert got == "2025-03-13"
