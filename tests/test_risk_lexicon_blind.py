"""Risk sector and issue words in styles the lexicon was not built from (nb, nn, en).

Each row: a phrase and the risk code the lexicon must give it (None: no code).
"""
from __future__ import annotations

import pytest

from extractor.extract.risk import lexicon_hits, load_lexicon

ROWS = [
    # sectors
    ("mobiltelefonar og nettbrett", "ict_hardware"),
    ("laptops and mobile phones", "ict_hardware"),
    ("servers and computers", "ict_hardware"),
    ("cloud services from a data centre", "ict_services"),
    ("vask av tøy og tekstilar", "cleaning"),
    ("laundry services", "cleaning"),
    ("vektartenester ved bygga", "facilities"),
    ("security guards at our offices", "facilities"),
    ("fisk og skaldyr", "food"),
    ("seafood and dairy products", "food"),
    ("coffee, cocoa and tea", "food"),
    ("hasselnøtter og krydder", "food"),
    ("arbeidsklede og verneklede", "textiles"),
    ("clothing and footwear", "textiles"),
    ("building materials", "construction"),
    ("scaffolding and construction sites", "construction"),
    ("godstransport på veg", "transport_logistics"),
    ("road freight and trucking", "transport_logistics"),
    ("wind turbines and solar panels", "energy"),
    ("straumforsyning", "energy"),
    ("examination gloves", "medical_consumables"),
    ("hotellovernatting og flyreiser", "travel"),
    # issues
    ("bonded labour", "forced_labour"),
    ("human trafficking", "forced_labour"),
    ("underage workers", "child_labour"),
    ("living wage", "wages"),
    ("underbetaling av sjåførar", "wages"),
    ("unpaid wages", "wages"),
    ("seven days a week", "working_hours"),
    ("brot på kviletida", "working_hours"),
    ("working-time rules", "working_hours"),
    ("tillitsvalde og fagforbund", "freedom_of_association"),
    ("the right to organise", "freedom_of_association"),
    ("personal protective equipment", "health_safety"),
    ("workplace injuries", "health_safety"),
    ("farlege kjemikaliar", "health_safety"),
    ("foreign workers", "migrant_workers"),
    ("utsende arbeidstakarar", "migrant_workers"),
    ("recruitment fees", "migrant_workers"),
    ("living conditions in worker dormitories", "housing"),
    ("discriminatory practices", "discrimination_harassment"),
    ("facilitation payments", "corruption"),
    ("greenhouse gas emissions", "environment"),
    ("avfall og vassforbruk", "environment"),
    # no code
    ("vi har god dialog med tilsette", None),
    ("the board met four times", None),
]


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(("text", "code"), ROWS)
def test_blind_risk_words(lexicon, text: str, code: str | None) -> None:
    codes = {h.code for h in lexicon_hits(text, lexicon)}
    assert (code in codes) if code else not codes, codes
