"""De-hyphenation, sentence splitting and span → bbox mapping."""
from __future__ import annotations

import pytest

from extractor.model import Line, Word
from extractor.parse.layout import make_line
from extractor.textmap import hyphen_join, join_lines, sentence_spans


@pytest.mark.parametrize(
    "prev, nxt, vocab, expected",
    [
        ("arbeid med likestil-", "ling og mangfold", set(), ""),            # soft line-end hyphen
        ("i helse-", "og omsorgssektoren", set(), "- "),                    # suspended hyphen
        ("både helse-", "eller sosialsektoren", set(), "- "),
        ("alt IKT-", "utstyr kjøpes", set(), "-"),                          # acronym compound
        ("perioden 2023-", "2024 viser", set(), "-"),                        # number range
        ("Sør-", "Trøndelag fylke", set(), "-"),                             # capitalised second part
        ("nye e-", "helseløsninger", {"e-helseløsninger"}, "-"),             # hyphenated form seen elsewhere
        ("nye e-", "helseløsninger", set(), "-"),                            # single letter keeps hyphen
        ("vi skal føl-", "ge opp", {"følge"}, ""),
        ("et ord uten bindestrek", "neste linje", set(), None),
        ("applikasjons -", "og plattform", set(), None),                     # a lone dash is no hyphenation
    ],
)
def test_hyphen_join(prev: str, nxt: str, vocab: set[str], expected: str | None) -> None:
    assert hyphen_join(prev, nxt, frozenset(vocab)) == expected


def _line(text: str, top: float, page: int = 1) -> Line:
    words = []
    x = 50.0
    for w in text.split():
        words.append(Word(w, x, top, x + 6 * len(w), top + 10, "Helvetica", 10.0, False))
        x += 6 * len(w) + 3
    return make_line(words, page)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["Vi jobber med likestil-", "ling i hele konsernet."], "Vi jobber med likestilling i hele konsernet."),
        (["Gjelder helse-", "og omsorgssektoren."], "Gjelder helse- og omsorgssektoren."),
        (["Kjøp av IKT-", "utstyr skjer sentralt."], "Kjøp av IKT-utstyr skjer sentralt."),
        (["Saker om rest-/", "erstatningssaker følges opp."], "Saker om rest-/erstatningssaker følges opp."),
        (["Første linje", "andre linje"], "Første linje andre linje"),
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    tm = join_lines([_line(t, 100 + 12 * i) for i, t in enumerate(lines)])
    assert tm.text == expected


def test_locate_maps_span_back_to_words() -> None:
    tm = join_lines([_line("Andelen kvinner er 37 %", 100), _line("i toppledelsen.", 112)])
    start = tm.text.index("37 %")
    page, bbox = tm.locate(start, start + 4)
    assert page == 1
    words = {w.text: w for seg in tm.segments for w in seg.line.words}
    assert bbox == (words["37"].x0, 100, words["%"].x1, 110)
    page, bbox = tm.locate(tm.text.index("toppledelsen"), len(tm.text))
    assert bbox[1] == 112


@pytest.mark.parametrize(
    "text, n",
    [
        ("Dette er én setning. Her er en til.", 2),
        ("Vi bruker f.eks. Teamtailor. Det virker.", 2),
        ("Møtet er 25. september. Saken ble vedtatt.", 2),
        ("Første avsnitt\nAndre avsnitt", 2),
        ("Kostnaden var ca. 3 mill. kroner i 2024.", 1),
        ("Tiltak: • Øke andelen • Redusere fravær", 3),
    ],
)
def test_sentence_spans(text: str, n: int) -> None:
    assert len(sentence_spans(text)) == n
