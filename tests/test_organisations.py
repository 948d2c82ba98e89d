"""Organisation rules: filters on NER spans, aliases, author exclusion (no model needed)."""
from __future__ import annotations

import pytest
import spacy

from extractor.extract.organisations import (
    _same,
    common_abbreviations,
    document_aliases,
    load_gazetteer,
    paragraphs,
    plausible_name,
    ruler_patterns,
)

LOWER = frozenset({"kartlegging", "ansatte", "rådet", "referatet", "ikke"})
MID = frozenset({"Teamtailor", "Forskningsrådet"})


@pytest.mark.parametrize(
    "text, sentence_start, expected",
    [
        ("Teamtailor", False, True),
        ("Teamtailor", True, True),            # also capitalised mid-sentence elsewhere
        ("Kartlegging", True, False),          # the document writes it in lower case
        ("Ansatte", False, False),
        ("Referatet", True, False),
        ("Rådets", True, False),               # genitive of a common word
        ("Menon Economics", False, True),
        ("Proba samfunnsanalyse", False, True),
        ("Målt reduksjon", True, False),       # a phrase opening a sentence
        ("De etiske retningslinjene", True, False),
        ("Norsk helsenetts etiske retningslinjer", False, False),  # possessive phrase
        ("Vedtakssak Til", False, False),      # a table label
        ("Sted Kommunestyresalen", False, False),
        ("Oslo •", False, False),
        ("2. Utkast", False, False),
        ("St.6", False, False),
        ("NOK", False, False),
        ("Ikke", True, False),
        ("HelseOmsorg21-monitor", True, True),  # CamelCase with digits
        ("SSB", True, True),
        ("Norway and Sweden and", False, False),
        ("Likestillingsredegjørelse 2025", False, False),   # a document, not an organisation
        ("Helsenæringsmeldingen", False, False),
        ("Global Rights Index", False, False),
        ("Supplier Code of Conducts", False, False),
        ("European Sociological Review", False, False),
        ("Responsible Business Alliance", False, True),
        ("Personal- og lederhåndboka", False, False),      # a handbook
        ("Sentral forskrivningsmodul", False, False),      # a module of a system
        ("Meld", False, False),                            # "Meld. St. 6"
        ("Sikkerhetsdivisjonen", False, False),            # the author's own division
        ("Økonomiavdelingen", False, False),
        ("Forsvaret", False, True),
    ],
)
def test_plausible_name(text: str, sentence_start: bool, expected: bool) -> None:
    assert plausible_name(text, sentence_start=sentence_start, lower_vocab=LOWER, mid_caps=MID) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Karita Bekkemellem, Legemiddelindustrien (LMI), Oslo", {"lmi": "Legemiddelindustrien"}),
        ("Norsk forening for allmennmedisin (NFA) er med.", {"nfa": "Norsk forening for allmennmedisin"}),
        ("Direktoratet for forvaltning og økonomistyring (DFØ) lager maler.",
         {"dfø": "Direktoratet for forvaltning og økonomistyring"}),
    ],
)
def test_document_aliases(text: str, expected: dict[str, str]) -> None:
    assert document_aliases(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("innspill fra hovedverneombud, arbeidsmiljøutvalg (AMU) og tillitsvalgte", {"AMU"}),
        ("Gjennomføre arbeidsforbedrende trening (ATF) i alle divisjoner.", {"ATF"}),
        ("Direktoratet for forvaltning og økonomistyring (DFØ) lager maler.", set()),   # a body
        ("Legemiddelindustrien (LMI) mener", set()),
        ("målt i kroner (NOK)", set()),     # the letters do not stand for the words
    ],
)
def test_common_abbreviations(text: str, expected: set[str]) -> None:
    assert common_abbreviations(text) == expected


@pytest.mark.parametrize(
    "mention, author, expected",
    [
        ("Norsk helsenett", "Norsk helsenett SF", True),
        ("HO21-rådet", "HelseOmsorg 21-rådet", True),
        ("Styret i Sølvtind Havbruk AS", "Sølvtind Havbruk AS", True),
        ("Arbeidstilsynet", "Norsk helsenett SF", False),
        ("Helse Vest", "Helse Nord RHF", False),
    ],
)
def test_author_is_recognised(mention: str, author: str, expected: bool) -> None:
    assert _same(mention, author) is expected


def test_paragraphs_split_lines_and_cells() -> None:
    text = "Til | HO21-rådet\nFra | Ole"
    got = paragraphs(text)
    assert [t.strip() for _, t in got] == ["Til", "HO21-rådet", "Fra", "Ole"]
    assert all(text[off: off + len(t)] == t for off, t in got)


def test_gazetteer_and_ruler() -> None:
    g = load_gazetteer()
    assert g.lookup("DFØ") == "Direktoratet for forvaltning og økonomistyring"
    assert g.lookup("NHOs") == "Næringslivets Hovedorganisasjon"
    nlp = spacy.blank("nb")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(ruler_patterns(nlp))
    doc = nlp("Tilsynet fra Arbeidstilsynet og NHOs veileder gjelder Fjellbygg Entreprenør AS og Trondheim kommune.")
    assert {e.text for e in doc.ents} == {"Arbeidstilsynet", "NHOs", "Fjellbygg Entreprenør AS", "Trondheim kommune"}


@pytest.mark.parametrize(
    "para, expected",
    [
        ("Banken har 133 ansatte. I konsernledelsen er det tre kvinner.", False),
        ("Menn | 2094 | 62 %", False),
        ("Vi har avtale med Teamtailor om rekruttering.", True),
        ("Tilsynet ble gjort av NHO i fjor.", True),
        ("Arbeidstilsynet gjennomførte tilsyn.", True),      # a known name opening the sentence
        ("Teamtailor leverer systemet.", True),               # capitalised mid-sentence elsewhere
        ("HelseOmsorg21-monitoren viser tall.", True),
    ],
)
def test_may_name_something(para: str, expected: bool) -> None:
    from extractor.extract.organisations import may_name_something

    assert may_name_something(para, frozenset({"Teamtailor"}), load_gazetteer()) is expected


MODELS = __import__("pathlib").Path(__file__).resolve().parents[1] / "models" / "ner-nb"


@pytest.mark.skipif(not (MODELS / "meta.json").is_file(), reason="no NER model in models/ner-nb")
def test_newspapers_where_something_was_published_are_organisations() -> None:
    """NorNE calls a newspaper being read a product (PROD); as the place a piece was published it
    is a media organisation for a reader of the report."""
    from extractor.extract.organisations import find_organisations, load_ner

    nlp = load_ner(str(MODELS))
    text = "Kronikken er publisert i Dagsavisen 10. november og planlagt publisert i Dagens Medisin 19. november."
    assert {p.label_ for p in nlp(text).ents if p.text.startswith("Dag")} == {"PROD"}   # what NorNE taught it
    found = find_organisations([text], nlp, gazetteer=load_gazetteer())[0]
    assert {m.text for m in found} >= {"Dagsavisen", "Dagens Medisin"}


@pytest.mark.parametrize("before, media", [
    ("Kronikken er publisert i ", True), ("Hun ble intervjuet i ", True), ("saken ble omtalt i ", True),
    ("Vi tok i bruk ", False), ("Produktet selges i ", False), ("publisert i fjor i ", False),
])
def test_media_context(before: str, media: bool) -> None:
    from extractor.extract.organisations import _MEDIA

    assert bool(_MEDIA.search(before)) is media
