"""Mentions of the author's suppliers and business partners in Norwegian text.

A supplier is found by name or by what it supplies:

* ``leverandør(en|er|ene) av|innen|for X`` and ``leverandører som leverer X`` → category X;
* compounds ``renholdsleverandørene`` → "renhold", ``IT-leverandør`` → "IT"
  (``A-leverandører``, a supplier tier, keeps the whole word);
* ``avtale om (kjøp av) X``, ``avtaler for kjøp av X`` → category X;
* ``anskaffet (et) nytt X (Name)`` → category X, name Name;
* ``utleier(e)``, ``utleier av X``, ``gårdeier`` → landlords;
* in English, ``hired through X``, ``carried by X``, ``employed by a X`` where X ends in
  agencies, (sub)contractor, haulier, supplier, vendor or a kind of company → category X;
* named partners: ``ekstern bistand fra Name``, ``utarbeidet av Name på oppdrag``,
  ``avtale med Name``, ``leverandøren Name``, and a name with a company suffix
  (``Renholdsfirmaet Glans AS``) in a sentence about supply. ``org_names`` only
  completes a name standing in one of those slots ("avtale med Statens
  innkjøpssenter"); a name is never taken from anywhere else. The entity stage
  passes the author's own names and drops a match that names the author (a
  title such as "Retningslinjer for leverandører" followed by the author).

A bare, specific mention ("Hos én leverandør", "Leverandøren", "To leverandører")
takes the latest category stated earlier in the same text, else the section title's
when the title names a purchase category (it maps to a risk sector); without either
it is left out, as are generic plurals ("retningslinjer for leverandører").
``sector`` is the risk sector code the category maps to in the risk lexicon.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from extractor import lexicon
from extractor.literal_gate import LiteralGate
from extractor.extract.org_filters import strip_lead
from extractor.extract.org_shapes import legal_form_names
from extractor.extract.partner_lists import find_partner_names, find_supplier_kinds
from extractor.extract.risk import Lexicon, lexicon_hits, load_lexicon
from extractor.extract.supplier_once import each_once
from extractor.extract.supplier_phrase import OF_HEADS, phrase_after
from extractor.extract.supplier_tables import laid_out_suppliers

__all__ = ["SupplierMatch", "find_suppliers", "sector_for"]

Basis = Literal["category", "compound", "agreement", "acquired", "landlord", "named", "inherited", "kind"]


@dataclass(frozen=True, slots=True)
class SupplierMatch:
    """One supplier mention; ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    name: str | None
    category: str | None
    sector: str | None
    basis: Basis = "category"


_W = r"[\wÆØÅæøå]"
_NAME = (
    r"(?P<name>[A-ZÆØÅ][\w&-]*(?:\s+[A-ZÆØÅ][\w&-]*)*"
    r"(?:\s+(?:AS|ASA|SA|AB|BA|KS|ANS|HF|Ltd|GmbH|Inc)\b)?)"
)
_SUPPLIER = re.compile(
    r"(?<![\wÆØÅæøå-])(?P<word>(?:under)?leverandør(?:en|er|ene|ane)?|(?:under)?leverandørar(?:ne)?)(?![\wæøå-])"
    r"(?:\s+(?:vår|vårt|våre|vårar)(?=\s+(?:av|innen|innan|innenfor|innanfor|for)\s))?"  # "leverandøren vår av X"
    r"(?:(?P<prep>\s+(?:av|innen|innan|innenfor|innanfor|for)\s+)|(?P<deliver>\s+som\s+lever(?:er|te)\s+))?",
    re.IGNORECASE,
)
_NAME_AT = re.compile(r"\s+" + _NAME)
_COMPOUND = re.compile(
    rf"(?<![\wÆØÅæøå-])(?P<word>(?P<prefix>{_W}{{2,}}?|[A-ZÆØÅ0-9]{{1,5}}-)s?"
    r"leverandør(?:en|er|ene)?)(?![\wæøå-])",
    re.IGNORECASE,
)
# Compounds that say which suppliers, not what they supply ("høyrisikoleverandører").
_NOT_SUPPLIER_PREFIX = frozenset("under tjeneste tenestes ledende største høyrisiko lavrisiko førsteledd andreledd tredjeledd"
                                 " førstelinje direkte strategisk strategiske kritisk kritiske nøkkel hoved hovud".split())
# "avtale om (kjøp av) X", "avtaler for kjøp av X"; not "avtale for helseforvaltningen" (who it serves)
_AGREEMENT = re.compile(
    r"\bavtaler?(?:ne|en)?\s+(?:om\s+(?:(?:kjøp|innkjøp|levering)\s+av\s+)?|for\s+(?:kjøp|innkjøp|levering)\s+av\s+)",
    re.IGNORECASE,
)
_ACQUIRED = re.compile(
    r"\banskaff(?:et|a|er|e|elsen\s+av|else\s+av)\s+(?:et\s+|en\s+|ei\s+)?(?:nytt?|nye)\s+", re.IGNORECASE
)
_LANDLORD = re.compile(
    r"(?<![\wæøå])(?P<word>utleier(?:e|en|ne)?|gårdeier(?:e|en|ne)?)(?![\wæøå])(?:\s+av\s+)?", re.IGNORECASE
)
_NAMED = (
    re.compile(rf"\bekstern\w*\s+(?:bistand|hjelp|rådgiv\w*|konsulent\w*)\s+fra\s+{_NAME}"),
    re.compile(rf"\b(?:utarbeidet|utført|gjennomført|levert|utviklet|laget)\s+av\s+{_NAME}(?=\s+på\s+oppdrag)"),
    re.compile(rf"(?<![\w-])(?:avtale|kontrakt|rammeavtale)\s+med\s+{_NAME}"),  # not "IA-avtale med NAV"
)
_COMPANY = re.compile(r"\b(?P<name>(?:[A-ZÆØÅ][\w&-]*\s+){0,3}[A-ZÆØÅ][\w&-]*\s+(?:AS|ASA|SA|AB)\b)")
_TRADE = re.compile(r"(?P<what>\w{3,}?)s?(?:firma|selskap|byrå)(?:et)?\s", re.IGNORECASE)
# Words that make a sentence naming a company a sentence about supply (nb, nn, en).
_COMPANY_CUE = re.compile(
    r"leverand|lever(?:er|te|ar|erer)\b|avtale|kontrakt|anskaff|kjøp|renhold|reinhald|firma|fabrikk|factory|factories"
    r"|supplier|supplies|supplied|supply|produse|produser|produce|manufactur|contract|vendor|entrepren|underentrep"
    r"|revisjon|revisor|audit|warehous|distribut|transport|frakt|lager\b|terminal|innleie|innleig|bemanning|staffing"
    r"|sourcing|import|grossist|wholesal|vaskeri|maintenance|vedlikehald|vedlikehold|service|tenest|tjenest|bygg"
    r"|levert|leveranse|oppdrag|engasjert|hired|engaged|performed|utfør|sourced|source[sd]?\b|bought|purchased",
    re.IGNORECASE)
_COMPANY_FORM = re.compile(r"\s(?:AS|ASA|SA|AB|Ltd\.?|GmbH|Inc\.?|Group|Gruppen|Konsern)$")
# Shares and ownership: "Hallvik kommune eig aksjar i Hallvik Hamn AS" names companies owned, not suppliers.
_OWNERSHIP = re.compile(r"\b(?:eig|eier|eiger|owns?)\s+(?:aksjar|aksjer|shares|\d+\s*%)|\beigarskap|\beierskap|\beierandel"
                        r"|\bdatterselskap|\bdotterselskap|\bsubsidiar|\bdeleigd|\bdeleid|\bparent\s+company|\bmorselskap",
                        re.IGNORECASE)
# A company named right after "Kunden vår," / "our largest customer," is a customer, owner or competitor (data).
_NOT_PARTNER_BEFORE = re.compile(lexicon.load("supplier_cues")["not_partner_before"])
_PURCHASER = re.compile(r"innkjøp|innkjøps|anskaff|procurement|purchasing", re.IGNORECASE)
# First words too common to tie a company to the author ("Helse", "Norsk").
_COMMON_FIRST = frozenset("helse norsk norske norges statens den det nordic nordisk sykehuset universitetet vest nord sør øst"
                          " the first".split())
_SPECIFIC = re.compile(
    r"(?:\b(?:én|en|ei|ett|et|to|tre|fire|fem|seks|\d+|flere|noen|enkelte|annen|andre|tredje|fjerde|valgte"
    r"|nåværende|eksisterende|ny|nye|vår|våre|denne|dette|samme|hver|nevnte"
    r"|one|two|three|four|five|six|several|some|each|our|this|that|these|those|same)|\w+s)\s+$",
    re.IGNORECASE,
)
# English reports: "hired through staffing agencies", "carried by subcontracted hauliers",
# "employed by a Lithuanian subcontractor" → the phrase naming the supplier is the category.
_EN_BY = re.compile(
    r"\b(?:hired|employed|carried|provided|supplied|delivered|performed|done|made|produced|operated|run|"
    r"cleaned|transported|sourced|bought|purchased)\s+(?:through|by|from|via)\s+"
    r"(?:(?:a|an|the|our|one|two|three|four|five|several|external|local)\s+)?"
    r"(?P<category>(?:[A-Za-z-]+\s+){0,2}?(?:staffing\s+agenc(?:y|ies)|agenc(?:y|ies)|sub-?contractors?|"
    r"hauliers?|suppliers?|contractors?|vendors?|(?:haulage|transport|cleaning|security)\s+(?:companies|firms?)))\b"
)
# The author as a supplier: "Kommunen er selv leverandør av helsetjenester", "We are a leading supplier of".
_SELF = re.compile(r"\b(?:er|var|blir|vert|is|are|was|were|being)\s+(?:(?:selv|sjølv|også|ogso|en|ein|a|an|the|stor|store|ledende|leiande|leading|major|large|key)\s+){0,3}$"
                   r"|\b(?:er|is|are|var|was)\s+(?:en|ein|one)\s+(?:av|of)\s+(?:[\wæøå-]+\s+){0,4}$",
                   re.IGNORECASE)
# Kinds of supplier other than "leverandør" that name themselves: "hos underentreprenører",
# "produsenter av frukt og grønt", "at two component factories", "one subcontractor".
_KIND = re.compile(
    r"(?<![\wÆØÅæøå-])(?P<word>(?:[a-z]+\s+)?(?:factor(?:y|ies)|sub-?contractors?|manufacturers?|producers?)"
    r"|underentreprenør(?:en|er|ene|ar|ane)?|produsent(?:en|er|ene|ar|ane)?|verft(?:et|a|ene)?)(?![\wæøå-])"
    r"(?P<prep>\s+(?:av|of|innen|innan|innenfor|innanfor|til)\s+|(?<=tors|ctor)\s+for\s+)?",  # "underentreprenører innen elektro"
    re.IGNORECASE,
)
_KIND_NOT_FIRST = re.compile(r"^(?:the|a|an|one|two|three|four|five|six|several|some|each|our|their|its|this|that|these|those|both"
                             r"|all|many|few|other|and|or|of|in|at|for|to|by|with|from)\s", re.IGNORECASE)
_BACK = re.compile(r"\b(?:this|that|these|those|the|denne|dette|desse|disse|den|det|dei|de)\s+$", re.IGNORECASE)
_KIND_PRODUCER = re.compile(r"(?:\w+\s+)?(?:manufacturer|producer|produsent)", re.IGNORECASE)
_AT = re.compile(r"\b(?:hos|ved|at|in|with)\s+(?:[\wæøå-]+\s+)?$", re.IGNORECASE)
_LEMMA_ENDINGS = (("ies", "y"), ("ene", ""), ("ane", ""), ("er", ""), ("ar", ""), ("en", ""), ("et", ""), ("a", ""), ("s", ""))


def _kind_lemma(word: str) -> str:
    """The kind in its base form ("underentreprenørene" → "underentreprenør", "factories" → "factory")."""
    head, _, last = word.rpartition(" ")
    for end, repl in _LEMMA_ENDINGS:
        if last.lower().endswith(end) and len(last) - len(end) >= 4:
            last = last[: len(last) - len(end)] + repl
            break
    return f"{head} {last}".strip()


_ROLE = re.compile(r"\bsom\s+(?:en\s+|et\s+|ei\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_GENERIC_PREP = re.compile(r"\b(?:for|til|fra|med|mot|av|om|alle|egne)\s+$", re.IGNORECASE)


def sector_for(category: str | None, lexicon: Lexicon) -> str | None:
    """The first risk-sector code the category text maps to, if any."""
    if not category:
        return None
    for hit in lexicon_hits(category, lexicon):
        if hit.kind == "risk_sector":
            return hit.code
    return None


def _org_at(text: str, pos: int, org_names: Iterable[str]) -> str | None:
    """The longest of ``org_names`` starting at ``pos``."""
    found = [o for o in org_names if o and text.startswith(o, pos)]
    return max(found, key=len) if found else None


_SCANS = LiteralGate.of((_SUPPLIER, _KIND, _COMPOUND, _AGREEMENT, _ACQUIRED, _EN_BY, _LANDLORD, *_NAMED))


def _scanner(text: str) -> Callable[[re.Pattern[str]], Iterator[re.Match[str]]]:
    """``rx.finditer(text)`` for the patterns of ``_SCANS``, nothing for those whose words ``text`` lacks."""
    possible = dict(zip(_SCANS.patterns, _SCANS.possible(text)))
    return lambda rx: rx.finditer(text) if possible[rx] else iter(())


def _candidates(
    text: str, org_names: tuple[str, ...], title: str = ""
) -> list[tuple[int, int, str | None, str | None, Basis]]:
    """Every pattern hit as (start, end, name, category, basis); category None = bare mention."""
    out: list[tuple[int, int, str | None, str | None, Basis]] = []
    scan = _scanner(text)
    for m in scan(_SUPPLIER):
        if not m.group("word").lower().endswith(("en", "ene", "ane", "arne")) and _SELF.search(text[max(0, m.start() - 40):m.start()]):
            continue  # the author itself supplies
        if m.group("prep") or m.group("deliver"):
            c0, c1 = phrase_after(text, m.end())
            if c1 > c0 and not text[c0].isdigit():  # not "leverandører innen 30. september"
                name = _trailing_name(text, c1)
                out.append((m.start(), name[1] if name else c1, name[0] if name else None, text[c0:c1], "category"))
                continue
        after = m.end("word")
        org = _org_at(text, after + 1, org_names) if text[after:after + 1].isspace() else None
        named = None if org or not m.group("word").lower().endswith("en") else _NAME_AT.match(text, after)
        if org or named:
            name = org or named.group("name")
            out.append((m.start(), after + 1 + len(name) if org else named.end(), name, None, "named"))
            continue
        out.append((m.start("word"), after, None, None, "inherited"))
    for m in scan(_KIND):
        before = text[max(0, m.start() - 40):m.start()]
        word = m.group("word")
        if _KIND_NOT_FIRST.match(word):  # "two component factories": the first word counts, it does not qualify
            before, word, start = before + word.split()[0] + " ", word.split(None, 1)[1], m.start("word") + len(word) - len(word.split(None, 1)[1])
        else:
            start = m.start("word")
        if _SELF.search(before) or _ROLE.search(before) or (_GENERIC_PREP.search(before) and not _SPECIFIC.search(before)):
            continue  # the author itself, a role, or suppliers in general ("krav til underentreprenører")
        if m.group("prep"):
            c0, c1 = phrase_after(text, m.end())
            if c1 > c0 and not text[c0].isdigit():
                out.append((start, c1, None, text[c0:c1], "category"))
                continue
        if _KIND_PRODUCER.match(word) or not (_SPECIFIC.search(before) or _AT.search(before)):
            continue  # a bare "producers" speaks of a market; a kind counts where something was found at it
        back = _BACK.search(before) or re.search(r"(?:en|ene|et|a|ane)$", word) is not None
        out.append((start, start + len(word), None, _kind_lemma(word) + ("\0" if back else ""), "kind"))
    for m in scan(_COMPOUND):
        prefix = m.group("prefix").rstrip("-")
        if prefix.lower() in _NOT_SUPPLIER_PREFIX or _ROLE.search(text[:m.start()]) \
                or _SELF.search(text[max(0, m.start() - 40):m.start()]):  # "Vi er en totalleverandør av"
            continue
        word = m.group("word")
        in_title = [w for w in re.findall(r"[\w-]+", title) if w.lower().startswith(prefix.lower())]
        category = word if len(prefix) == 1 else in_title[0] if in_title else prefix if prefix.isupper() else prefix.lower()
        out.append((m.start(), m.end(), None, category, "compound"))
    for rx, basis in ((_AGREEMENT, "agreement"), (_ACQUIRED, "acquired")):
        for m in scan(rx):
            c0, c1 = phrase_after(text, m.end())
            if c1 > c0 and text[c0:c1].lower() not in OF_HEADS:
                name = _trailing_name(text, c1)
                out.append((m.start(), name[1] if name else c1, name[0] if name else None, text[c0:c1], basis))
    for m in scan(_EN_BY):
        out.append((m.start(), m.end(), None, m.group("category"), "category"))
    for m in scan(_LANDLORD):
        c0, c1 = phrase_after(text, m.end()) if m.end() > m.end("word") else (m.end("word"), m.end("word"))
        lemma = "utleier" if m.group("word").lower().startswith("utleier") else "gårdeier"
        category = f"{lemma} {text[m.end('word'):c1].strip()}" if c1 > c0 else lemma
        out.append((m.start(), max(c1, m.end("word")), None, category, "landlord"))
    for m in (m for rx in _NAMED for m in scan(rx)):
        start = m.start("name")
        name = _org_at(text, start, org_names) or m.group("name")
        out.append((m.start(), start + len(name), name, None, "named"))
    for p in find_partner_names(text):
        out.append((p.start, p.end, strip_lead(p.name), p.category, "named"))
    for start, end, kind in find_supplier_kinds(text):
        out.append((start, end, None, kind, "category"))
    for start, end, name, category in laid_out_suppliers(text):  # tables and lists of suppliers
        out.append((start, end, name and strip_lead(name), category, "named" if name else "category"))
    # a company author's group shares its first word; a municipality's name is a place others carry too
    own_first = {o.split()[0].lower() for o in org_names if o.split() and _COMPANY_FORM.search(o)} - _COMMON_FIRST
    for a, b, name in legal_form_names(text):
        if name.split()[0].lower() in own_first or _PURCHASER.search(name) \
                or _NOT_PARTNER_BEFORE.search(text[max(0, a - 40):a]):
            continue  # the author's parent, subsidiary or sister company; a purchasing body buys, it does not supply
        sentence = _sentence_around(text, a, b)
        if _COMPANY_CUE.search(sentence) and not _OWNERSHIP.search(sentence):
            trade = _TRADE.match(name)  # "Renholdsfirmaet Glans AS" → "renhold"
            category = trade.group("what").lower() if trade else None
            out.append((a, b, strip_lead(name), category, "named"))
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` (bounded by . ! ? or a line break)."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left:min(rights) if rights else len(text)]


_APPOSITION = re.compile(r",\s+(?P<name>(?:[A-ZÆØÅ][\w&-]*\s+){0,3}[A-ZÆØÅ][\w&-]*(?:\s+(?:AS|ASA|SA|AB|SF|HF|IKS)\b|(?=,)))")
# "Leverandøren av kantinetjenester er Fresh Kantinedrift." (one name closing the clause)
_IS_NAME = re.compile(r"\s+(?:er|var|is|was)\s+(?P<name>(?:[A-ZÆØÅ][\w&-]*\s+){0,3}[A-ZÆØÅ][\w&-]*)(?=\s*[.;]|\s*$|,\s)")


def _trailing_name(text: str, end: int) -> tuple[str, int] | None:
    """A name right after a category phrase: ``(Name)`` or ``, Name AS``; the
    name and where it ends."""
    m = re.match(r"\s*\((?P<name>[A-ZÆØÅ][^()]{0,60})\)", text[end:]) or _APPOSITION.match(text[end:]) \
        or _IS_NAME.match(text[end:])
    return (m.group("name").strip(), end + m.end()) if m else None


def _clean_title(title: str) -> str:
    """The title without its section number ("5.3.2 Renhold" → "Renhold")."""
    return re.sub(r"^\s*[\d.]+\s*", "", title).strip()


def find_suppliers(
    text: str,
    *,
    section_title: str = "",
    org_names: Iterable[str] = (),
    lexicon: Lexicon | None = None,
) -> list[SupplierMatch]:
    """Supplier mentions in ``text`` (one section), in order; see the module docstring.

    ``section_title`` gives bare mentions a category; ``org_names`` completes names in
    supplier slots; pass ``lexicon`` (:func:`~extractor.extract.risk.load_lexicon`) when
    calling per section, to compile it once.
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    orgs = tuple(sorted({o.strip() for o in org_names if o and o.strip()}, key=len, reverse=True))
    title = _clean_title(section_title)
    title_category = title if title and sector_for(title, lex) else None
    found = sorted(_candidates(text, orgs, title), key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[SupplierMatch] = []
    last_category, taken_to = title_category, -1
    for start, end, name, category, basis in found:
        if start < taken_to:
            continue  # overlaps a longer mention found first
        if basis == "inherited":
            before = text[max(0, start - 40):start]
            plural_indef = text[start:end].lower().endswith(("ører", "ørar"))
            if _ROLE.search(before) or (plural_indef and not _SPECIFIC.search(before)) \
                    or (_GENERIC_PREP.search(before) and not _SPECIFIC.search(before)):
                continue
            if last_category is None:
                continue
            category = last_category
        elif basis == "kind":
            # a kind pointing back ("that factory", "underentreprenøren") or named before is the supplier already met
            back, category = category.endswith("\0"), category.rstrip("\0")
            if last_category and (back or category.lower() in last_category.lower()):
                category = last_category
            else:
                last_category = category
        elif category:
            last_category = category
        taken_to = end
        sector = sector_for(category, lex) or (sector_for(name, lex) if name and not category else None)
        out.append(SupplierMatch(start, end, text[start:end], name, category, sector, basis))
    return each_once(out, lambda a, b: _sentence_around(text, a, b))
