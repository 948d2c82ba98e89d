"""The literal gate skips a regex only where it cannot match: same matches with and without it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.extract import deadlines, org_shapes, partner_lists, suppliers, temporal
from extractor.literal_gate import LiteralGate, required_literals


@pytest.mark.parametrize("pattern, required", [
    (r"\bkjøper\s+(?P<cat>\w+)\s+fra\b", {"kjøper"}),
    (r"(?i)\b(?:kjøper|handlar)\s+\w+", {"kjøper", "handlar"}),
    (r"\b(?:kjøper|x)\s+\w+", None),                  # one alternative asks for too little
    (r"\bleverand(?:ør|ørar)\w*", {"leverandør"}),  # the common start of both
    (r"(?:frist)?\s+\d+", None),                      # optional: not required
    (r"(?:frist)+\s+\d+", {"frist"}),
    (r"[Bb]edriftshelse\w*", {"edriftshelse"}),
    (r"\d{4}-\d\d", None),
    (r"(?=leverandør)\w+", {"leverandør"}),          # a look-ahead that must match: its words are in the text
    (r"^(?=.*deltid)(?=.*\bkvinn)\w.+", {"deltid"}),  # the most selective of several
    (r"(?!leverandør)\w+", None),                     # a negative look-ahead asks for nothing
    (r"(?<=leverandør )\w+", {"leverandør "}),       # a look-behind that must match
    (r"Aksjeselskap", {"aksjeselskap"}),              # compared without case
    (r"(?x) kjøper \s+", None),                       # verbose patterns are always run
])
def test_required_literals(pattern: str, required: set[str] | None) -> None:
    got = required_literals(re.compile(pattern))
    assert (None if got is None else set(got)) == required


def _all(patterns, text):
    return [(i, m.span()) for i, rx in enumerate(patterns) for m in rx.finditer(text)]


TEXTS = [
    "Vi kjøper arbeidstøy fra Tekstil Nord AS og Uniform Partner, og transporten er satt bort til Fjordfrakt AS.",
    "Renholdsleverandøren har avtale med utleier; hired through staffing agencies, two component factories.",
    "Tiltakene skal være gjennomført innen 30. juni 2026; fristen er i 2. kvartal 2027, og målet er nådd i fjor.",
    "Tangvik pensjonistforening og Statsforvalteren i Vestland samarbeider med Nordøy idrettslag.",
    "Our suppliers include Fábrica Textil S.L. and Wood Baltic UAB; the laundry we use was audited in spring 2025.",
    "KJØPER ARBEIDSTØY FRA TEKSTIL NORD AS.",          # capitals
    "Vi kjøper ſtoff fra Tekſtil AS, ı høſten 2025.",  # letters that fold unlike str.lower: the gate steps aside
    "",
]


def _tables():
    cues = partner_lists._cues()
    return [cues.cues, cues.category_cues, [rx for _, rx in temporal._RULES],
            [c.pattern for c in deadlines.CUES], org_shapes._patterns(), suppliers._SCANS.patterns]


@pytest.mark.parametrize("table", range(6))
@pytest.mark.parametrize("text", TEXTS)
def test_gate_finds_what_every_pattern_finds(table: int, text: str) -> None:
    patterns = _tables()[table]
    gate = LiteralGate.of(patterns)
    assert [(i, m.span()) for i, m in gate.finditer(text)] == _all(patterns, text)


def test_gate_on_the_cue_examples() -> None:
    """Every example sentence of the supplier cues is matched as without the gate."""
    import tomllib

    data = tomllib.loads((Path(partner_lists.__file__).parents[1] / "data" / "lexicon" / "supplier_cues.toml")
                         .read_text(encoding="utf-8"))
    sentences = [e[0] for e in data["examples"]] + [e[0] for e in data["category_examples"]]
    cues = partner_lists._cues()
    for patterns in (cues.cues, cues.category_cues):
        gate = LiteralGate.of(patterns)
        for s in sentences:
            assert [(i, m.span()) for i, m in gate.finditer(s)] == _all(patterns, s), s
    assert sum(r is not None for r in LiteralGate.of(cues.cues).required) >= len(cues.cues) - 2  # the gate has words to test


def test_odd_folds_disable_the_gate() -> None:
    gate = LiteralGate.of([re.compile("(?i)stoff")])
    assert gate.possible("ſtoff") == [True]
    assert [m.group(0) for _, m in gate.finditer("ſtoff")] == ["ſtoff"]
    assert gate.possible("ingen treff") == [False]


@pytest.mark.parametrize("words", [
    ["avvik", "avvikene", "avviket", "brudd", "brot", "barnearbeid"],
    ["abc", "abcd", "abd", "b.c", "a+b", "x y"],
    ["leverandør", "leverandørar", "leverand"],
])
def test_prefix_tree_finds_the_longest_word_at_each_position(words):
    from extractor.literal_gate import prefix_tree

    scanner = re.compile("(?=(" + prefix_tree(words) + "))")
    text = "avvikene og brot; abcd abd b.c a+b x y leverandørar leverandør leverand avvik"
    for k in range(len(text)):
        here = [w for w in words if text.startswith(w, k)]
        m = scanner.match(text, k)
        assert (m.group(1) if m else None) == (max(here, key=len) if here else None), (k, text[k:k + 12])
