"""Suppliers laid out as tables and lists rather than in sentences.

* Purchase categories as the rows of a risk table (``Innkjøpskategori | Risiko``,
  ``Varegruppe | Risikonivå | Tiltak``, ``Procurement category | Risk level``): each row's
  category cell is one supplier, named by what it supplies. A header cell names that
  column on its own (``category_headers``) or only beside a column whose header speaks
  of risk (``generic_headers`` + ``risk_header``).
* Named suppliers as the rows of a table (``Leverandør | Kategori | Land``, ``Supplier |
  Product | Risk``): the name cell, with the category cell of the same row when the table
  has one.
* Purchase categories listed in prose after a colon ("Følgende innkjøpskategorier er vurdert å ha
  høy risiko: arbeidsklær, IKT-utstyr og byggevarer"): one supplier per item, a bracketed risk
  level dropped, "og"/"and" split only in the last item ("bygg og anlegg, og tekstilar").
* Categories each with its firm in brackets in a sentence about supply ("Vi har avtaler om
  renhold (Coor), vakthold (Securitas) og kantinedrift (Eurest)"); a bracket that abbreviates or
  explains ("egenerklæringsskjema (SAQ)") holds no name: a name has a lower-case letter or a legal form.
* A list of named suppliers after an introducing line that ends in the supplier word
  and a colon ("Våre viktigste leverandører:", "Our key suppliers are:"): one supplier per
  bullet or numbered line, the name before a dash, colon or bracket and what follows it
  the category ("• Tine SA – meieriprodukter", "- Lyreco (office supplies)").

Tables are read from the text as lines of cells joined by `` | `` (how the parser writes
table rows); a table or list ends at the first line that is not one of its rows. The
words are data (``[tables]`` in ``extractor/data/lexicon/supplier_cues.toml``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor import lexicon

__all__ = ["category_rows", "laid_out_suppliers"]

SEP = " | "
_MAX_WORDS = 8

Found = tuple[int, int, str | None, str | None]  # start, end, name, category


@dataclass(frozen=True)
class _Tables:
    specific: frozenset[str]
    generic: frozenset[str]
    names: frozenset[str]
    risk: re.Pattern[str]
    skip: frozenset[str]
    intro: re.Pattern[str]
    not_intro: re.Pattern[str]
    category_list: re.Pattern[str]
    paired_cue: re.Pattern[str]
    not_bracket_name: re.Pattern[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    d = lexicon.load("supplier_cues")["tables"]
    return _Tables(frozenset(d["category_headers"]), frozenset(d["generic_headers"]), frozenset(d["name_headers"]),
                   re.compile(d["risk_header"]), frozenset(d["not_categories"]),
                   re.compile(d["list_intro"]), re.compile(d["not_list_intro"]), re.compile(d["category_list_intro"]),
                   re.compile(d["paired_cue"]), re.compile(d["not_bracket_name"]))


def _key(cell: str) -> str:
    """A header cell compared by its words: "Innkjøpskategori:" / "Kategori (vare)" → "innkjøpskategori" / "kategori"."""
    return re.sub(r"\s+", " ", re.sub(r"\(.*?\)|[:*]", "", cell)).strip().lower()


def _columns(cells: list[str], t: _Tables) -> tuple[int | None, int | None]:
    """(name column, category column) of a header row; a category column without a name column
    counts only when its header is specific or the table has a risk column."""
    keys = [_key(c) for c in cells]
    # "Leverandørar | 2024 | 2023" or "Leverandørar | 210" is a row of figures about suppliers, not a header
    numeric = any(re.fullmatch(r"[\d\s.,%–-]+", k) for k in keys)
    name = None if numeric else next((i for i, k in enumerate(keys) if k in t.names), None)
    category = next((i for i, k in enumerate(keys) if k in t.specific), None)
    if category is None and (name is not None or any(t.risk.search(c) for c in cells)):
        category = next((i for i, k in enumerate(keys) if k in t.generic), None)
    return name, category


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cells of the row ``text[start:end]``, without surrounding blanks."""
    out, pos = [], start
    while True:
        cut = text.find(SEP, pos, end)
        stop = end if cut < 0 else cut
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
        if cut < 0:
            return out
        pos = cut + len(SEP)


def _is_category(cell: str, t: _Tables) -> bool:
    return bool(cell) and cell[0].isalpha() and cell.lower().strip(" .:") not in t.skip \
        and len(cell.split()) <= _MAX_WORDS and not any(ch.isdigit() for ch in cell)


_JOINERS = frozenset("og i for av & and of de del la le von van und z o.o.".split())


def _is_name(cell: str, t: _Tables) -> bool:
    """A cell that reads as a name: its words capitalised but for joiners ("Kjøl og Frakt AS")."""
    words = cell.split()
    return bool(cell) and cell.lower().strip(" .:") not in t.skip and len(words) <= _MAX_WORDS \
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _JOINERS for w in words) \
        and not re.fullmatch(r"[\d\s.,%–-]+", cell)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _table_rows(text: str, t: _Tables) -> list[Found]:
    out: list[Found] = []
    columns: tuple[int | None, int | None] | None = None
    for start, end in _lines(text):
        if SEP not in text[start:end]:
            columns = None
            continue
        cells = _cells(text, start, end)
        if columns is None:
            columns = _columns([text[a:b] for a, b in cells], t)
            continue
        name_col, cat_col = columns
        category = None
        if cat_col is not None and cat_col < len(cells):
            a, b = cells[cat_col]
            category = text[a:b] if _is_category(text[a:b], t) else None
        if name_col is not None and name_col < len(cells):
            a, b = cells[name_col]
            if _is_name(text[a:b], t):
                out.append((a, b, text[a:b], category))
        elif category is not None:
            a, b = cells[cat_col]
            out.append((a, b, None, category))
    return out


_BULLET = re.compile(r"[ \t]*(?:[•\-–*·▪○◦]|\d{1,2}[.)])[ \t]+")
# the name ends at a dash, a colon or an opening bracket; what follows is the category
_ITEM = re.compile(r"(?P<name>[A-ZÆØÅ0-9][^–:(\n]*?)[ \t]*(?:(?:[–:]|[ \t]-)[ \t]*(?P<cat>[^\n]*?)|\((?P<pcat>[^)\n]*)\)[^\n]*?)?[ \t.;,]*$")


def _listed(text: str, t: _Tables) -> list[Found]:
    out: list[Found] = []
    in_list = False
    for start, end in _lines(text):
        line = text[start:end]
        if not in_list:
            in_list = bool(t.intro.search(line)) and not t.not_intro.search(line)
            continue
        bullet = _BULLET.match(line)
        if not bullet:
            in_list = False
            continue
        item = _ITEM.match(text, start + bullet.end(), end)
        if not item or len(item.group("name").split()) > 5:
            continue
        name = item.group("name").strip()
        category = (item.group("cat") or item.group("pcat") or "").strip(" .") or None
        if _is_name(name, t) and (category is None or len(category.split()) <= _MAX_WORDS):
            out.append((item.start("name"), item.start("name") + len(name), name, category))
    return out


_ITEM_SEP = re.compile(r",\s+(?:(?:og|and|eller|or)\s+)?")
_LAST_AND = re.compile(r"\s+(?:og|and|eller|or)\s+")
_BRACKET = re.compile(r"\s*\([^)]*\)")


def _category_list(text: str, t: _Tables) -> list[Found]:
    out: list[Found] = []
    for intro in t.category_list.finditer(text):
        end = min((i for i in (text.find(c, intro.end()) for c in ".\n") if i >= 0), default=len(text))
        spans, last = [], intro.end()
        for m in _ITEM_SEP.finditer(text, intro.end(), end):
            spans.append((last, m.start()))
            last = m.end()
        if (m := _LAST_AND.search(text, last, end)) is not None:
            spans += [(last, m.start()), (m.end(), end)]
        else:
            spans.append((last, end))
        for a, b in spans:
            item = _BRACKET.sub("", text[a:b]).strip(" ;")
            if item and item[0].isalpha() and len(item.split()) <= 5 and not any(ch.isdigit() for ch in item):
                out.append((a, a + len(item), None, item))
    return out


_SENTENCE = re.compile(r"[^.!?\n]+")
_PAIR = re.compile(r"(?<![\wæøåÆØÅ-])(?!(?:kjøper|kjøpte|kjøpes|handler|handlar|bruker|brukar|nyttar|har|hadde|er|og|om|for|av|til|med|"
                   r"i|på|ved|hos|in|on|at|buy|buys|bought|use|uses|used|have|has|had|is|are|and|of|to|with|from)\b)"
                   r"(?P<cat>(?:[a-zæøå][\wæøå-]*|[A-ZÆØÅ]{2,4})(?:[ \t]+[a-zæøå][\wæøå-]*)?)[ \t]+\((?P<name>[A-ZÆØÅ][^()\n]{0,50})\)")
_LEGAL_FORM_END = re.compile(r"\s(?:AS|ASA|SA|AB|Ltd\.?|GmbH|Inc\.?|S\.L\.|UAB|Oy|A/S|IKS|HF|SF)$")


def _bracketed(text: str, t: _Tables) -> list[Found]:
    out: list[Found] = []
    for sentence in _SENTENCE.finditer(text):
        if "(" not in sentence.group() or not t.paired_cue.search(sentence.group()):
            continue
        for m in _PAIR.finditer(text, sentence.start(), sentence.end()):
            name = m.group("name").strip()
            if _is_name(name, t) and not any(ch.isdigit() for ch in name) and len(name.split()) <= 5 \
                    and not t.not_bracket_name.search(name) \
                    and (any(ch.islower() for ch in name) or _LEGAL_FORM_END.search(name)):
                out.append((m.start("name"), m.start("name") + len(name), name, m.group("cat")))
    return out


def laid_out_suppliers(text: str) -> list[Found]:
    """(start, end, name, category) of each supplier in a table or a list of ``text``."""
    t = _tables()
    return (_table_rows(text, t) if SEP in text else []) + _listed(text, t) + _category_list(text, t) \
        + _bracketed(text, t)


def category_rows(text: str) -> list[tuple[int, int, str]]:
    """(start, end, category) of each category cell of each purchase-category table in ``text``."""
    return [(a, b, c) for a, b, n, c in _table_rows(text, _tables()) if n is None and c]
