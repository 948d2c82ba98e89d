"""The category phrase after a supplier word: "leverandører av renhold og vaktmestertjenester".

:func:`phrase_after` reads the noun phrase that names what a supplier supplies:
one to three heads joined by "og", "eller" or commas, each head a word with an
optional modifier ("eksterne konsulenter", "HR system") or "X av Y" ("leie av
lokaler"); it stops at function words, verbs and a name in apposition.
"""
from __future__ import annotations

import re

_W = r"[\wÆØÅæøå]"
_STOP = frozenset("""
    som har hadde er var blir ble skal skulle kan kunne vil ville må måtte bør til i på med fra at der hvor
    samt men både de det den dei vi oss seg sine sin sitt deres hos etter ved gjennom mot uten under over
    om for av innen og eller når da fordi slik også ikke dessuten blant annet mv osv
    opplyser rapporterer leverer utfører følger tilbyr sier svarer bekrefter oppgir mener jobber arbeider
    gjennomfører benytter benyttes bruker brukes publiserer sitter rettet fulgte utløp
    å kategori kategorien kategoriar kategoriene kategorier type typen typar typer slag sort ulike ulik forskjellige
    the a an to of and or in for with that which who are is was were be our their its this these those
""".split())
OF_HEADS = frozenset("kjøp leie utleie levering leveranse leveranser drift innkjøp vask".split())
_ADJ_END = re.compile(r"(?:sk|ske|ig|ige|lig|lige|elt|elle|ert|erte|al|ale|ic|ive|ny|nye|nytt|ekstern|eksterne|egne|eigne)$")
_TOKEN = re.compile(rf"\s*({_W}+(?:[-/]{_W}+)*-?|[,–&-])")
MAX_HEADS = 3


def _is_adjective(word: str) -> bool:
    """A crude test by ending (-sk, -ig, -lig, -ert, ny/nytt) for the head's optional modifier."""
    return bool(_ADJ_END.search(word.lower())) and len(word) > 2


def phrase_after(text: str, pos: int) -> tuple[int, int]:
    """Span of the noun phrase starting at ``pos``: ``head ((og|eller|,) head)*`` where a head is
    ``[adjective] word [av word]`` (``leie av lokaler``); stops at function words and verbs."""
    run: list[tuple[int, int, str]] = []  # the contiguous tokens from pos (stop at unknown punctuation)
    last = pos
    for m in _TOKEN.finditer(text, pos):
        if text[last:m.start(1)].strip():
            break
        run.append((m.start(1), m.end(1), m.group(1)))
        last = m.end(1)

    def head(i: int) -> int:
        """Index after one head starting at token i, or i when there is none."""
        if i >= len(run) or run[i][2].lower() in _STOP or not run[i][2][0].isalnum():
            return i
        j = i + 1
        if _is_adjective(run[i][2]) and j < len(run) and run[j][2].lower() not in _STOP and run[j][2][0].isalnum():
            j += 1
        elif run[i][2].isupper() and len(run[i][2]) <= 5 and j < len(run) and run[j][2].islower() \
                and run[j][2] not in _STOP and run[j][2][0].isalnum():
            j += 1  # "HR system"
        if run[j - 1][2].lower() in OF_HEADS and j + 1 < len(run) and run[j][2].lower() == "av" \
                and run[j + 1][2].lower() not in _STOP:
            j += 2
        return j

    j = head(0)
    if j == 0:
        return pos, pos
    end, heads, i = run[j - 1][1], 1, j
    while heads < MAX_HEADS and i < len(run):
        k = i
        while k < len(run) and run[k][2] in {",", "–", "-", "&"}:
            k += 1
        if k < len(run) and run[k][2].lower() in {"og", "eller"}:
            k += 1
        elif k == i or run[i][2] != ",":
            break
        elif k < len(run) and run[k][2][:1].isupper() and not run[k][2].isupper():
            break  # ", Tekstilhuset Nord AS": a name in apposition, not another category
        nxt = head(k)
        if nxt == k:
            break
        end, heads, i = run[nxt - 1][1], heads + 1, nxt
    return run[0][0], end
