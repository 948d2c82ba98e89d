"""Language without langdetect where function words leave no doubt, with langdetect otherwise."""
from __future__ import annotations

import pytest

from extractor.classify import ENGLISH_ONLY, SCANDINAVIAN_ONLY, _WORD, clear_language, detect_language
from extractor.settings import ClassifySettings

NB = ("Virksomheten har gjennomført aktsomhetsvurderinger av leverandørene sine, og det er ikke funnet "
      "brudd på menneskerettighetene. Vi skal følge opp dette med alle andre leverandører i år, og "
      "resultatene blir rapportert til styret når arbeidet er ferdig. ")
NN = ("Verksemda har gjennomført aktsemdsvurderingar av leverandørane sine, og det er ikkje funne brot på "
      "menneskerettane. Vi skal følgje opp dette med alle andre leverandørar i år, og resultata vert "
      "rapporterte til styret når arbeidet er ferdig. ")
EN = ("The company has carried out due diligence of its suppliers, and no breaches of human rights have "
      "been found. We will follow this up with all other suppliers this year, and the results are reported "
      "to the board when the work is done. ")
DE = ("Das Unternehmen hat die Sorgfaltsprüfung seiner Lieferanten durchgeführt, und es wurden keine "
      "Verstöße gegen die Menschenrechte festgestellt. ")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@pytest.mark.parametrize("text, expected", [
    (NB * 4, "scandinavian"),
    (NN * 4, "scandinavian"),
    (EN * 4, "en"),
    (NB, None),                    # too few function words to be sure
    (NB * 2 + EN * 2, None),       # mixed: langdetect decides
    (DE * 8, None),                # neither
    ("12 34 56 " * 50, None),
])
def test_clear_language(text: str, expected: str | None) -> None:
    assert clear_language(_words(text)) == expected


@pytest.mark.parametrize("text, expected", [(NB * 4, "nb"), (NN * 4, "nn"), (EN * 4, "en"), (DE * 8, "other")])
def test_detect_language_gives_what_langdetect_gives(text: str, expected: str) -> None:
    assert detect_language(text, ClassifySettings()) == expected


def test_function_word_lists_do_not_overlap() -> None:
    assert not SCANDINAVIAN_ONLY & ENGLISH_ONLY
