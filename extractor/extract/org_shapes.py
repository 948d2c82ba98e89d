"""Organisation names found by their shape, where the NER cuts them short or misses them.

* A name ending in a legal form, Norwegian or foreign (``lexicon.legal_forms``):
  "Foshan Homeware Co., Ltd.", "Meble Nowak Sp. z o.o.", "Huerta del Sol S.L.",
  "Kjøl & Frakt AS", "Stahlbau Kessler GmbH".
* A local association or school written with a lower-case kind word, as
  Norwegian names are: "Tangvik pensjonistforening", "Nordøy idrettslag",
  "Lysheim videregående skole", "stiftelsen Helsevik", "Ungdomslaget Framtid".

The kind words are data (``org_stoplists.toml``, table ``shapes``). A line is
never crossed; a capitalised function word that opens a sentence ("Hos",
"Vi", "The") is not part of the name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from extractor import lexicon
from extractor.literal_gate import LiteralGate
from extractor.extract.org_filters import is_label_word
from extractor.lexicon import factored_alternation

_PARTICLES = r"(?:del|de|la|las|los|von|van|der|den|di|da|du|y|e|og|and|of|for|&)"
_CAP = r"[A-ZÆØÅ0-9](?:[\wæøåÆØÅ&'’+-]|\.(?=\w))*"
_FIRST = r"[A-ZÆØÅ](?:[\wæøåÆØÅ&'’+-]|\.(?=\w))*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    d = lexicon.load("org_stoplists")["shapes"]
    legal = lexicon.alternation(lexicon.legal_forms())
    with_form = re.compile(
        rf"(?<![\wæøå.])(?P<name>{_FIRST}(?:[ \t]+(?:{_CAP}|{_PARTICLES}))*?[ \t]+(?:{legal}))(?![\wæøå])")
    # public joint companies are often named with lower-case words: "Vest krisesenter IKS"
    lower_form = re.compile(
        rf"(?<![\wæøå.])(?P<name>{_FIRST}(?:[ \t]+[a-zæøå][\wæøå-]+){{1,2}}[ \t]+(?:IKS|KF|FKF))(?![\wæøå])")
    kinds = lexicon.alternation(d["kind_words"])
    association = re.compile(
        rf"(?<![\wæøå])(?P<name>[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+)?[ \t]+"
        rf"(?:[a-zæøå]+[ \t]+)?[a-zæøå]*(?:{kinds}))(?![\wæøå])(?![ \t]+(?:for|mot|av|til)\b)")
    leads = lexicon.alternation(d["lead_words"])
    led = re.compile(rf"(?<![\wæøå])(?P<name>(?:{leads})[ \t]+[A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅ][\wæøå-]+)?)(?![\wæøå])")
    # a national body's regional office: "Statsforvalteren i Vestland", "NAV Kvamsøy", "Bufetat region vest"
    regional = re.compile(
        rf"(?<![\wæøå])(?P<name>(?:{lexicon.alternation(d['regional_bodies'])})"
        rf"(?:[ \t]+(?:i|på|region)[ \t]+[\wæøåÆØÅ-]+|[ \t]+[A-ZÆØÅ][\wæøå-]+))(?![\wæøå])")
    public = tuple(re.compile(p) for p in d["public_bodies"])
    return (with_form, lower_form, association, led, regional, *public)


@lru_cache(maxsize=1)
def _gate() -> LiteralGate:
    """The shape patterns, each run only on a text holding a word it requires (a kind word ...)."""
    return LiteralGate.of(_patterns())


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(lexicon.load("org_stoplists")["shapes"]["sentence_openers"])


def shape_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name-shaped span in ``text``, longest first where they overlap."""
    found: list[tuple[int, int, str]] = []
    for _, m in _gate().finditer(text):
        start, name = m.start("name"), m.group("name")
        words = name.split()
        while len(words) > 2 and (words[0] in _openers() or is_label_word(words[0])):  # "Hos Foshan Homeware Co., Ltd."
            start += name.index(words[1], len(words[0]))
            name = text[start:m.end("name")]
            words = name.split()
        if words[0] not in _openers():
            found.append((start, start + len(name), name))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def legal_form_names(text: str) -> list[tuple[int, int, str]]:
    """Only the names that end in a legal form ("Dhaka Knitwear Ltd.", "Kjøl & Frakt AS")."""
    forms = _patterns()[:2]
    return [f for f in shape_names(text) if any(rx.search(f[2]) for rx in forms)]


# --------------------------------------------------------------------------- names in lists

_LIST_SEP = re.compile(r",\s+|\s+(?:og|eller|and|or)\s+|\s*/\s*")
_TOKEN = r"[\wæøåÆØÅ&+-]*(?:\.[\wæøåÆØÅ]+)*\.?"
_LIST_ITEM = rf"[A-ZÆØÅ0-9]{_TOKEN}(?:(?<!\.)[ \t]+[A-ZÆØÅ]{_TOKEN}){{0,3}}"
_LIST = re.compile(rf"{_LIST_ITEM}(?:,\s+{_LIST_ITEM})*(?:,?\s+(?:og|eller|and|or)\s+{_LIST_ITEM})")


def split_list(text: str) -> list[tuple[int, int]]:
    """A span that is a list of names ("Schenker, Bring, Leman og DHL") as one span per name;
    any other span whole. Names joined by a hyphen ("Helse- og omsorgsdepartementet") stay one."""
    pieces, last = [], 0
    for m in _LIST_SEP.finditer(text):
        pieces.append((last, m.start()))
        last = m.end()
    pieces.append((last, len(text)))
    if " of " in text or (len(pieces) < 3 and "," not in text) or len(pieces) < 2 or any(not text[a:b][:1].isupper() or text[a:b].endswith("-") for a, b in pieces):
        return [(0, len(text))]
    return pieces


def list_siblings(para: str, start: int, end: int) -> list[tuple[int, int]]:
    """The other names of a list of capitalised names ("Schenker, Bring, Leman og DHL")
    of which ``para[start:end]`` is one item."""
    for m in _LIST.finditer(para):
        if m.start() <= start and end <= m.end():
            items = [(m.start() + a, m.start() + b) for a, b in _items(m.group(0))]
            if (start, end) in items:
                return [i for i in items if i != (start, end)]
    return []


def _items(text: str) -> list[tuple[int, int]]:
    pieces, last = [], 0
    for m in _LIST_SEP.finditer(text):
        pieces.append((last, m.start()))
        last = m.end()
    pieces.append((last, len(text)))
    return [(a, b - 1) if text[a:b].endswith(".") else (a, b) for a, b in pieces]


# --------------------------------------------------------------------------- gazetteer names the tokenizer hides

_GAZ_RX: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def gazetteer_hits(para: str, gazetteer: Any) -> list[tuple[int, int, str]]:
    """Gazetteer names the tokenizer hides: in compounds ("FSC-sertifisert", "amfori BSCI-revisjon")
    and in lower case ("amfori"). Names with capitals match case-sensitively."""
    rx = _GAZ_RX.get(id(gazetteer))
    if rx is None:
        upper = [n for n in gazetteer.forms if n != n.lower() and len(n) > 2]
        lower = [n for n in gazetteer.forms if n == n.lower() and len(n) > 2]
        rx = (re.compile(rf"(?<![\wæøå-])(?:{factored_alternation(upper, ignore_case=False)})(?=-|[^\wæøå]|$)") if upper else re.compile("(?!)"),
              re.compile(rf"(?<![\wæøå-])(?:{factored_alternation(lower, ignore_case=True)})(?=-|[^\wæøå]|$)", re.IGNORECASE) if lower
              else re.compile("(?!)"))
        _GAZ_RX[id(gazetteer)] = rx
    return [(m.start(), m.end(), m.group(0)) for r in rx for m in r.finditer(para)]


