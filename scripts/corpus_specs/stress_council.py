"""Stress documents for council and board papers: styles the council rules were not written from.

A control committee's minutes in nynorsk with year-first case numbers ("Sak 2025-14"), bold run-in
labels ("Sekretariatets innstilling", "Vedtaket vart:"), a decision given as "Samrøystes vedteke som
framlegget", a substitute named only in a note; a hospital trust's board minutes ("Styret for
Sykehuset X HF", "Styresak nr. 41/25") with an attendance table without ruling lines, "Styret fattet
følgende vedtak:", a member's motion that fell and a proposal adopted 6 to 1. All organisations and
people are invented.
"""

from __future__ import annotations

from .model import Doc, Gold, Heading as H, KeyValue, PageBreak, Para as P, Table, Title

S = "stress"


def _case(no, title, frm, proposed, decision):
    return {"case": no, "title": title, "type": None, "from": frm, "case_officer": None,
            "proposed_decision": proposed, "decision": decision}


def _gold(org, lang, meeting, cases, minutes, published):
    return Gold(organisation=org, doc_type="council_papers", language=lang, report_year=None, published=published,
                extra={"meeting": meeting, "cases": cases, "minutes": minutes})


BR_14 = "Revisjonsplanen for 2025 vert godkjend."
BR_15_P = "Rapporten vert teken til vitande."
BR_15_V = ("Rapporten vert teken til vitande. Kontrollutvalet ber kommunedirektøren om ei skriftleg "
           "tilbakemelding på korleis tilrådingane vert følgde opp.")

BRATTOY = Doc(
    doc_id="brattoy-kontrollutval-motebok-2025-05",
    layout="portrait", font="serif",
    meta_title="Møtebok kontrollutvalet", meta_author="",
    header=None, footer="Side {page} av {pages}", number_dot=False, subdir=S, max_pages=2,
    blocks=[
        Title("Møtebok", ["Kontrollutvalet i Brattøy kommune"]),
        KeyValue([("Møte nr.", "3/2025"), ("Dato", "12. mai 2025"), ("Tid", "10:00"),
                  ("Stad", "Møterom Fjorden, Brattøy rådhus")]),
        P("Til stades: Kari Nordvik (leiar), Ola Sørheim, Per Vikane, Eva Moldestad"),
        P("Møtande vara: Eva Moldestad for Anne Liabø"),
        P("Ikkje møtt: Tor Dalsbø"),
        P("Andre møtande: Lise Aasen, rådgjevar i sekretariatet"),
        P("Merknad: Per Vikane (Sp) møtte som vara for Tor Dalsbø (Sp)."),
        H(2, "Sak 2025-14 Revisjonsplan for 2025"),
        P("Sekretariatets innstilling", "label"),
        P(BR_14),
        P("Handsaming", "label"),
        P("Samrøystes vedteke som framlegget."),
        H(2, "Sak 2025-15 Forvaltningsrevisjon av byggesakshandsaminga"),
        P("Framlegg frå sekretariatet:", "label"),
        P(BR_15_P),
        P("Vedtaket vart:", "label"),
        P(BR_15_V),
        P("Samrøystes."),
        P("Brattøy, 13.05.2025"),
    ],
    gold=_gold(
        "Brattøy kommune", "nn", {"body": "Kontrollutvalet", "meeting": "3/2025", "date": "2025-05-12"},
        [_case("2025-14", "Revisjonsplan for 2025", "Sekretariatet", BR_14, BR_14),
         _case("2025-15", "Forvaltningsrevisjon av byggesakshandsaminga", "Sekretariatet", BR_15_P, BR_15_V)],
        {"meeting": "3/2025", "date": "2025-05-12", "chair": "Kari Nordvik",
         "present": ["Kari Nordvik", "Ola Sørheim", "Per Vikane", "Eva Moldestad"], "absent": ["Tor Dalsbø"],
         "substitutes": [{"name": "Eva Moldestad", "party": None, "for": "Anne Liabø"},
                         {"name": "Per Vikane", "party": "Sp", "for": "Tor Dalsbø"}],
         "cases": [{"case": "2025-14", "title": "Revisjonsplan for 2025", "decision": BR_14,
                    "vote": "Samrøystes vedteke som framlegget."},
                   {"case": "2025-15", "title": "Forvaltningsrevisjon av byggesakshandsaminga",
                    "decision": BR_15_V, "vote": "Samrøystes."}]},
        "2025-05-13"),
)

FV_41 = "Styret tar virksomhetsrapporten for mai 2025 til orientering."
FV_42 = "Styret godkjenner investeringsbudsjettet for medisinsk utstyr."

FJORDVIK = Doc(
    doc_id="fjordvik-sykehus-styreprotokoll-2025-06",
    layout="portrait", font="sans",
    meta_title="Protokoll fra styremøte", meta_author="",
    header="Sykehuset Fjordvik HF", header_on_first_page=False, footer="{page}", number_dot=False,
    subdir=S, max_pages=2,
    blocks=[
        Title("Protokoll fra styremøte", ["Styret for Sykehuset Fjordvik HF"]),
        KeyValue([("Møte nr.", "5/2025"), ("Dato", "18. juni 2025"), ("Tid", "09:00–13:00"),
                  ("Sted", "Styrerommet, Fjordvik sykehus")]),
        P("Fra styret:", "label"),
        Table([["Navn", "Rolle"], ["Kari Nordli", "Styreleder"], ["Ola Strand", "Nestleder"],
               ["Per Vold", "Styremedlem"], ["Siri Moen", "Styremedlem"]], ruled=False, lines="none",
              widths=[2, 3]),
        P("Forfall: Anne Berg"),
        P("Fra administrasjonen: Administrerende direktør Jon Lund, fagdirektør Mette Aas"),
        H(2, "Styresak nr. 41/25 Virksomhetsrapport mai 2025"),
        P("Administrerende direktørs forslag til vedtak:", "label"),
        P(FV_41),
        P("Styret fattet følgende vedtak:", "label"),
        P(FV_41),
        P("Enstemmig vedtatt."),
        H(2, "Styresak nr. 42/25 Investeringsbudsjett for medisinsk utstyr"),
        P("Administrerende direktørs forslag til vedtak:", "label"),
        P(FV_42),
        P("Forslag fra styremedlem Per Vold: Saken utsettes til neste møte."),
        P("Forslaget falt med 6 mot 1 stemme."),
        P("Administrerende direktørs forslag ble vedtatt med 6 mot 1 stemme."),
        P("Fjordvik, 18. juni 2025"),
    ],
    gold=_gold(
        "Sykehuset Fjordvik HF", "nb",
        {"body": "Styret for Sykehuset Fjordvik HF", "meeting": "5/2025", "date": "2025-06-18"},
        [_case("Styresak nr. 41/25", "Virksomhetsrapport mai 2025", "Administrerende direktør", FV_41, FV_41),
         _case("Styresak nr. 42/25", "Investeringsbudsjett for medisinsk utstyr", "Administrerende direktør",
               FV_42, FV_42)],
        {"meeting": "5/2025", "date": "2025-06-18", "chair": "Kari Nordli",
         "present": ["Kari Nordli", "Ola Strand", "Per Vold", "Siri Moen"], "absent": ["Anne Berg"],
         "substitutes": [],
         "cases": [{"case": "Styresak nr. 41/25", "title": "Virksomhetsrapport mai 2025", "decision": FV_41,
                    "vote": "Enstemmig vedtatt."},
                   {"case": "Styresak nr. 42/25", "title": "Investeringsbudsjett for medisinsk utstyr",
                    "decision": FV_42, "vote": "Administrerende direktørs forslag ble vedtatt med 6 mot 1 stemme."}]},
        "2025-06-18"),
)

AU_3 = "The Board approves the annual accounts for 2024."
AU_4_P = "The Board approves the campus development plan."
AU_4_V = ("The Board approves the campus development plan. The Board asks the Director to report on the "
          "financing of phase two at its next meeting.")

NORDAUSTRE = Doc(
    doc_id="nordaustre-university-college-board-minutes-2025-04",
    layout="portrait", font="helvetica",
    meta_title="Board minutes", meta_author="",
    header="Nordaustre University College", header_on_first_page=False, footer="Page {page}",
    number_dot=False, subdir=S, max_pages=2,
    blocks=[
        Title("Minutes of the Board meeting", ["Nordaustre University College"]),
        KeyValue([("Meeting no.", "2/2025"), ("Date", "Thursday, 24th April 2025"), ("Time", "09:30")]),
        P("Members present: Ingrid Halse (Chair), Tomas Brekke, Maria Solberg, Erik Nygaard"),
        P("Apologies for absence: Nina Fossum"),
        P("Deputy members present: Jonas Li for Nina Fossum"),
        P("In attendance: Rector Hanne Vik, University Director Lars Eide"),
        H(2, "Item 2025/03 Annual accounts 2024"),
        P("Proposed resolution:", "label"),
        P(AU_3),
        P("The recommendation was adopted unanimously."),
        H(2, "Item 2025/04 Campus development plan"),
        P("Recommendation of the Director:", "label"),
        P(AU_4_P),
        P("RESOLVED:", "label"),
        P(AU_4_V),
        P("Carried 6–1."),
    ],
    gold=_gold(
        "Nordaustre University College", "en",
        {"body": "The Board of the Nordaustre University College", "meeting": "2/2025", "date": "2025-04-24"},
        [_case("2025/03", "Annual accounts 2024", None, AU_3, AU_3),
         _case("2025/04", "Campus development plan", "Director", AU_4_P, AU_4_V)],
        {"meeting": "2/2025", "date": "2025-04-24", "chair": "Ingrid Halse",
         "present": ["Ingrid Halse", "Tomas Brekke", "Maria Solberg", "Erik Nygaard", "Jonas Li"],
         "absent": ["Nina Fossum"], "substitutes": [{"name": "Jonas Li", "party": None, "for": "Nina Fossum"}],
         "cases": [{"case": "2025/03", "title": "Annual accounts 2024", "decision": AU_3,
                    "vote": "The recommendation was adopted unanimously."},
                   {"case": "2025/04", "title": "Campus development plan", "decision": AU_4_V,
                    "vote": "Carried 6–1."}]},
        None),
)

LV_23 = "Formannskapet tek tertialrapporten til vitande."
LV_24 = "Formannskapet godkjenner salet av tomta til takstverdi."

LAUVOY = Doc(
    doc_id="lauvoy-formannskap-innkalling-2025-06",
    layout="portrait", font="serif",
    meta_title="Møteinnkalling formannskapet", meta_author="",
    header="Lauvøy kommune", header_on_first_page=False, footer="Side {page}", number_dot=False,
    subdir=S, max_pages=3,
    blocks=[
        Title("Møteinnkalling", ["Lauvøy kommune", "Formannskapet"]),
        KeyValue([("Utval", "Formannskapet"), ("Møtedato", "tysdag 10. juni 2025"), ("Tid", "kl. 09:00"),
                  ("Møtestad", "Rådhuset")]),
        P("Forfall må meldast til servicetorget så snart som mogleg."),
        P("Lauvøy, 3. juni 2025"),
        H(1, "Saksliste"),
        Table([["Saksnr.", "Tittel"], ["FS 22/2025", "Godkjenning av innkalling og saksliste"],
               ["FS 23/2025", "Tertialrapport for første tertial"], ["FS 24/2025", "Sal av tomt i Lauvøy sentrum"]],
              ruled=False, lines="header", widths=[1, 4]),
        PageBreak(),
        H(1, "FS 23/2025 Tertialrapport for første tertial"),
        KeyValue([("Sakshandsamar", "Marit Lunde"), ("Arkivsak", "2025/331")]),
        Table([["Utval", "Møtedato", "Saksnr."], ["Formannskapet", "10.06.2025", "FS 23/2025"],
               ["Kommunestyret", "19.06.2025", "KS 31/2025"]]),
        P("Framlegg frå kommunedirektøren:", "label"),
        P(LV_23),
        P("Saksopplysningar", "label"),
        P("Rapporten viser at drifta er i balanse etter første tertial."),
        H(1, "FS 24/2025 Sal av tomt i Lauvøy sentrum"),
        KeyValue([("Sakshandsamar", "Per Hauge"), ("Arkivsak", "2024/1187")]),
        P("Kommunedirektøren si tilråding", "label"),
        P(LV_24),
        P("Vurdering", "label"),
        P("Tomta har lege ubrukt i mange år."),
    ],
    gold=_gold(
        "Lauvøy kommune", "nn", {"body": "Formannskapet", "meeting": None, "date": "2025-06-10"},
        [{"case": "FS 22/2025", "title": "Godkjenning av innkalling og saksliste", "type": None, "from": None,
          "case_officer": None, "proposed_decision": None, "decision": None},
         {"case": "FS 23/2025", "title": "Tertialrapport for første tertial", "type": None, "from": "Kommunedirektøren",
          "case_officer": "Marit Lunde", "proposed_decision": LV_23, "decision": None},
         {"case": "FS 24/2025", "title": "Sal av tomt i Lauvøy sentrum", "type": None, "from": "Kommunedirektøren",
          "case_officer": "Per Hauge", "proposed_decision": LV_24, "decision": None}],
        None, "2025-06-03"),
)

DOCS = [BRATTOY, FJORDVIK, NORDAUSTRE, LAUVOY]
