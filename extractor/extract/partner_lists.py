"""Named suppliers and partners in lists: "vi samarbeider om transport og lager med A, B og C",
"through staffing agencies such as X and Y", "underleverandørar som X UAB og Y AS".

The cues, the membership context and the membership bodies are data
(``extractor/data/lexicon/supplier_cues.toml``, nb / nn / en, with examples that
``tests/test_partner_lists.py`` runs). After a cue comes a list of capitalised
names, each one a supplier; a name may end in a Norwegian or foreign legal form
(``S.L.``, ``UAB``, ``Sp. z o.o.``). Membership and certification bodies
(amfori, Etisk handel Norge, UN Global Compact) and cues after "medlem av" /
"certified by" are organisations, never suppliers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor import lexicon
from extractor.literal_gate import LiteralGate
from extractor.extract.org_filters import reject_reason


@dataclass(frozen=True, slots=True)
class PartnerName:
    start: int
    end: int
    name: str
    category: str | None


@dataclass(frozen=True)
class _Cues:
    cues: tuple[re.Pattern[str], ...]
    membership_context: re.Pattern[str]
    membership: frozenset[str]
    names: re.Pattern[str]
    category_cues: tuple[re.Pattern[str], ...]
    cue_gate: LiteralGate  # the cues, each run only on a text holding a word it requires
    category_gate: LiteralGate


_WORD = r"[A-ZÆØÅ0-9][\wæøåÆØÅ&+'’.-]*(?<!\.)"


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    d = lexicon.load("supplier_cues")
    legal = lexicon.alternation(lexicon.legal_forms())
    token = rf"(?:(?:{legal})(?![\wæøå])|{_WORD})"
    item = rf"{_WORD}(?:[ \t]+(?:(?:i|&)[ \t]+)?{token}){{0,4}}"  # not "for": "Lyreco for IT equipment"
    names = re.compile(rf"(?P<first>{item})(?P<rest>(?:,[ \t]+{item})*(?:,?[ \t]+(?:og|and|eller|or|&)[ \t]+{item})?)")
    cues = tuple(re.compile(c) for c in d["cues"])
    category_cues = tuple(re.compile(c) for c in d.get("category_cues", []))
    return _Cues(cues, re.compile(d["membership_context"]),
                 frozenset(n.lower() for n in d["membership_bodies"] + d.get("not_names", [])),
                 names, category_cues, LiteralGate.of(cues), LiteralGate.of(category_cues))


@lru_cache(maxsize=1)
def _LEGAL_END() -> re.Pattern[str]:  # noqa: N802
    return re.compile(rf"{lexicon.legal_form_pattern()}$")


@lru_cache(maxsize=1)
def _LEGAL_THEN_PLACE() -> re.Pattern[str]:  # noqa: N802
    """A legal form followed by where the firm is: "Baltic Formwork UAB i Litauen" ends at "UAB"."""
    return re.compile(rf"{lexicon.legal_form_pattern()}(?=[ \t]+(?:i|in)[ \t])")


_IN_PLACE = re.compile(r"[ \t]+(?:i|in)[ \t]+(?P<place>[^ \t].*)$")
_SITE = re.compile(r"factor|fabrikk|mills?\b|workshops?\b", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",[ \t]+(?:(?:og|and|eller|or|&)[ \t]+)?|[ \t]+(?:og|and|eller|or|&)[ \t]+")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, last = [], start
    for m in _ITEM_SPLIT.finditer(text, start, end):
        out.append((last, m.start()))
        last = m.end()
    return out + [(last, end)]


def _is_name(name: str, membership: frozenset[str]) -> bool:
    base = re.sub(r"(?<=[A-ZÆØÅ])s$", "", name)
    if name.lower() in membership or base.lower() in membership or reject_reason(name):
        return False
    return len(name) > 1 and not name.isdigit()


def find_partner_names(text: str) -> list[PartnerName]:
    """Each name of a list of named partners after a supplier cue, with the cue's category."""
    cues = _cues()
    out: list[PartnerName] = []
    for _, m in cues.cue_gate.finditer(text):
        if cues.membership_context.search(text[max(0, m.start() - 80):m.start()]):
            continue
        n = cues.names.match(text, m.end())
        if not n:
            continue
        category = (m.groupdict().get("cat") or "").strip() or None
        for a, b in _items(text, n.start(), n.end()):
            name = text[a:b].strip(" ,")
            if name.endswith(".") and not _LEGAL_END().search(name):
                name = name[:-1]
            if place := _LEGAL_THEN_PLACE().search(name):
                name = name[:place.end()]
            elif (where := _IN_PLACE.search(name)) and reject_reason(where.group("place")) == "places":
                name = name[:where.start()]  # "Kaya Tekstil i Tyrkia": where the firm is, not its name
            if any(text[a:a + len(x)].lower() == x and not text[a + len(x):a + len(x) + 1].isalnum()
                   for x in cues.membership):
                continue  # "Etisk handel Norge": a membership body, also when cut short
            if _is_name(name, cues.membership):
                out.append(PartnerName(a, a + len(name), name, category))
    return sorted(set(out), key=lambda p: p.start)


def find_supplier_kinds(text: str) -> list[tuple[int, int, str]]:
    """Suppliers named only by their kind after a verb of supply: (start, end, category)."""
    hits = [m for _, m in _cues().category_gate.finditer(text)]
    found = {(m.start("cat"), m.end("cat")): m.group("cat") for m in hits}
    # a kind inside another cue's phrase ("mat og drikke frå lokale grossistar") is that phrase's supplier
    inside = {(a, b) for a, b in found for m in hits
              if not _SITE.search(m.group("cat")) and m.start() <= a and b <= m.end() and (a, b) != (m.start("cat"), m.end("cat"))
              and not (m.start("cat") <= a and b <= m.end("cat"))}
    # a production site inside a purchase ("garments from factories in ...") is named with what it makes
    for (a, b) in inside:
        if _SITE.search(found[(a, b)]):
            for m in hits:
                if m.start() <= a and b <= m.end() and (m.start("cat"), m.end("cat")) in found:
                    found[(m.start("cat"), m.end("cat"))] += f" ({found[(a, b)]})"
                    break
    return [(a, b, c) for (a, b), c in sorted(found.items()) if (a, b) not in inside]
