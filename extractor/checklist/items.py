"""The checklist items the law asks of each report type, in contract order (CONTRACT.md, "Legal checklist")."""
from __future__ import annotations

TRANSPARENCY_ITEMS = (
    "organisation_described", "guidelines_described", "adverse_impacts_or_risks_reported", "measures_reported",
    "results_reported", "signed_by_board", "information_request_route",
)
EQUALITY_ITEMS = (
    "gender_balance", "pay_by_gender", "part_time_by_gender", "temporary_by_gender", "parental_leave_by_gender",
    "involuntary_part_time", "risks_investigated", "causes_analysed", "measures_taken", "results_evaluated",
    "other_grounds", "employee_representatives_involved",
)
ITEMS: dict[str, tuple[str, ...]] = {
    "transparency_report": TRANSPARENCY_ITEMS,
    "equality_report": EQUALITY_ITEMS,
}
ALL_ITEMS = TRANSPARENCY_ITEMS + EQUALITY_ITEMS


def items_for(doc_type: str | None) -> tuple[str, ...]:
    """The items asked of ``doc_type`` (empty for types the law asks no checklist of)."""
    return ITEMS.get(doc_type or "", ())
