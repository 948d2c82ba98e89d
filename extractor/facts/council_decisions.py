"""Decisions that the minutes give by reference to the proposal.

Minutes often print no decision text of their own: "Vedtak: Som innstillinga.",
"Samrøystes vedteke som framlegget.", "Innstillingen ble vedtatt med 6 mot 1
stemme." (after a motion that fell), "Innstillinga vart vedteken med slikt
tillegg: ...". The phrasings are data in ``council.toml`` ([adopted_as_proposed],
[decision_as_proposed], [adopted_with_addition]); this module turns them into the
case's decisions.
"""
from __future__ import annotations

from typing import Any

from extractor.facts import council_rules as cr
from extractor.facts.council_stream import clean


def addition(handling: list[str]) -> str:
    """What an adoption adds to the proposal: the rest of its line and the lines after it, to the next vote."""
    for k, line in enumerate(handling):
        if cr.adopted_as_proposed(line) and (add := cr.addition_at(line)) is not None:
            more = []
            for nxt in handling[k + 1:]:
                if not nxt or cr.vote_of(nxt) or cr.is_decision_stop(nxt):
                    break
                more.append(nxt)
            return " ".join([add, *more]).strip()
    return ""


def by_reference(decisions: list[dict[str, Any]], proposal: str | None, handling: list[str],
                 body: str | None) -> list[dict[str, Any]]:
    """The case's decisions with references to the proposal resolved: a decision that only says "Som
    innstillinga." becomes the proposal's text; with no decision text at all, a vote line that adopts the
    proposal as it stood ("Samrøystes vedteke som framlegget") makes the proposal (and any addition) the
    decision of ``body``."""
    if not proposal:
        return decisions
    out = [{**d, "decision": proposal} if cr.decision_as_proposed(d["decision"]) else d for d in decisions]
    if not out and any(cr.adopted_as_proposed(h) for h in handling):
        out = [{"body": body, "decision": clean(f"{proposal} {addition(handling)}")}]
    return out
