"""Stress documents for action plans (corpus/stress/): status words and deadlines beyond the
textbook ones — "Levert", "Forsinket", "I rute", "Avvent", "Kansellert", ✅, tertials written
"T2 2025", quarters "4. kv. 2025" — in one table per area. All names and figures are invented."""

from .model import Doc, Heading as H, Para as P, Table
from .variety_action_plans import DONE, ONGOING, PM, TODO, plan_gold

S = "stress"
A1 = "Innkjøp og leverandøroppfølging"
A2 = "Klima og miljø"

MS = [
    PM(A1, "1", "Etiske krav i alle nye rammeavtaler", "Innkjøpssjef", "T1 2025", "2025-04-30", DONE, "Levert"),
    PM(A1, "2", "Egenerklæring fra leverandører av arbeidstøy", "Innkjøpsrådgiver", "T2 2025", "2025-08-31",
       ONGOING, "Forsinket"),
    PM(A1, "3", "Revisjon hos to leverandører av renhold", "Kvalitetssjef", "4. kv. 2025", "2025-12-31",
       TODO, "Avvent"),
    PM(A1, "4", "Felles leverandørportal med nabokommunene", "Digitaliseringssjef", "T3 2025", "2025-12-31",
       TODO, "Kansellert"),
    PM(A2, "5", "Utslippsfrie varebiler i hjemmetjenesten", "Driftssjef", "2. kv. 2026", "2026-06-30",
       ONGOING, "I rute"),
    PM(A2, "6", "Klimaregnskap for innkjøpte varer", "Miljørådgiver", "T1 2025", "2025-04-30", DONE, "✅ Ferdig"),
    PM(A2, "7", "Ombruk av kontormøbler ved flytting", "Eiendomssjef", "Løpende", None, ONGOING, "Påbegynt"),
]


def _table(area: str) -> Table:
    rows = [["Nr", "Tiltak", "Eier", "Frist", "Status"]]
    rows += [[m.nr, m.title, m.owner, m.when, m.shown] for m in MS if m.area == area]
    return Table(rows, ruled=True, widths=[0.5, 4.0, 1.8, 1.2, 1.1], font_size=9.5)


PLAN = Doc(
    doc_id="stress-elvedal-innkjop-handlingsplan-2025", subdir=S,
    layout="portrait", font="sans",
    meta_title="Handlingsplan for bærekraftige innkjøp – status", meta_author="Elvedal kommune",
    header="Elvedal kommune", footer="Side {page}", footer_align="right",
    blocks=[
        H(1, "Handlingsplan for bærekraftige innkjøp – status september 2025"),
        P("Planen ble vedtatt av kommunestyret i desember 2024. Status meldes til formannskapet hvert tertial."),
        H(2, A1),
        _table(A1),
        H(2, A2),
        _table(A2),
    ],
    gold=plan_gold("Elvedal kommune", "nb", None, MS),
)

DOCS = [PLAN]
