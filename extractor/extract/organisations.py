"""Organisation mentions: a trained Norwegian NER plus a gazetteer, normalised.

The NER (``models/ner-nb``, trained on NorNE by ``scripts/train_ner.py``) finds
ORG and GPE_ORG spans; an EntityRuler built from ``org_gazetteer.json`` (public
bodies and common abbreviations: DFØ, NHO, KS, HOD, FHI ...) runs before it so
known names are always found and labelled. Names are normalised to one
canonical form per organisation: the gazetteer's name, else the document's own
"Full name (ABBR)" definitions, else rapidfuzz clustering of variants.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz

from extractor.docinfo import is_abbreviation_of
from extractor.errors import ModelMissingError
from extractor.extract.ner_context import harmonise
from extractor.extract.name_gate import may_name_something, ner_docs, sentence_may_name
from extractor.extract.org_shapes import gazetteer_hits, list_siblings, shape_names, split_list
from extractor.extract.org_filters import canonical_form, strip_lead, is_person, party_follows, person_words, reject_reason

GAZETTEER = Path(__file__).with_name("org_gazetteer.json")
ORG_LABELS = {"ORG", "GPE_ORG"}
_DEFINITION = re.compile(
    r"(?P<full>[A-ZÆØÅ][\w\-æøå]*(?:\s+[\w\-æøåÆØÅ]+){0,7}?)\s+\((?P<abbr>[A-ZÆØÅ][A-ZÆØÅa-zæøå0-9\-]{1,9})\)"
)
_LEGAL_TAIL = re.compile(r"(?:Ltd|Inc|Co|S\.A|S\.L|S\.L\.U|o\.o|B\.V|N\.V|a\.s|s\.r\.o|Corp|Pvt|Ltda|S\.p\.A|S\.r\.l)\.$")
_GENITIVE = re.compile(r"(?<=[A-ZÆØÅa-zæøå0-9])(?:s|'s|’s|')$")
_LOWER_FUNCTION = {"og", "i", "for", "av", "til", "på", "med", "the", "of", "and", "for"}
_MIN_FUZZY = 90
# Words that end NER spans in labels and lists ("Vedtakssak Til", "Oslo Forfall").
_LABEL_WORDS = {"til", "fra", "forfall", "tilstede", "observatører", "dato", "sted", "vedlegg", "saksbehandler",
                "sakstype", "arkivsak", "type"}
_NUMBERED = re.compile(r"^(?:\d+[.)]|\w{1,4}\.\s?\d)")  # "2. Utkast", "St.6"
_GENITIVE_WORD = re.compile(r"^[\wæøåÆØÅ-]{3,}s$")
# Names of documents, laws and indices: "Likestillingsredegjørelse 2025", "Helsenæringsmeldingen",
# "Global Rights Index", "Supplier Code of Conduct".
_DOCUMENT_TITLE = re.compile(
    r"\s(?:19|20)\d\d$|(?:meldingen|loven|lova|forskriften|strategien|redegjørelsen|rapporten|håndboka|håndboken"
    r"|modul|modulen)$"
    r"|\b(?:Index|Code|Codes|Conducts?|Review|Act|Report|Guidelines|Principles|Statement|Standard)$",
)
_DETERMINERS = {"de", "det", "den", "dei", "the", "a", "an", "der", "denne", "dette", "disse"}
_FUNCTION_WORDS = {"og", "eller", "i", "for", "av", "til", "and", "or", "of", "the"}
_NOT_NAMES = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "norge", "hr", "ikt", "st",
              "ikke", "ingen", "alle", "vi", "nok", "eur", "usd", "sek", "dkk",
              "meld", "prop", "innst", "nou"}  # parliamentary papers: "Meld. St. 6", "Prop. 1 S", "NOU 2023: 5"
# A newspaper or broadcaster, which NorNE labels a product when it is read: "publisert i Dagsavisen".
_MEDIA = re.compile(r"\b(?:publisert|publiseres|trykket|trykt|omtalt|intervju|intervjuet|kronikk|innlegg|artikkel|"
                    r"reportasje|sendt|skrev|skriver)\s+i\s+$", re.IGNORECASE)
# One word naming a unit of the author itself: "Sikkerhetsdivisjonen", "Økonomiavdelingen".
_OWN_UNIT = re.compile(r"^[A-ZÆØÅ][\wæøå]+(?:divisjonen|avdelingen|avdelinga|seksjonen|staben|enheten|utvalget)$")
# What every definition below holds: "(ABBR)".
_PARENTHESISED_ABBR = re.compile(r"\([A-ZÆØÅ][A-ZÆØÅa-zæøå0-9\-]{1,9}\)")
# An abbreviation the document defines by a common-noun phrase: "arbeidsmiljøutvalg (AMU)".
_COMMON_DEFINITION = re.compile(
    r"(?<![\w-])(?P<full>[a-zæøå][\wæøå-]*(?:\s+[a-zæøå][\wæøå-]*){0,4})\s+\((?P<abbr>[A-ZÆØÅ]{2,6})\)")


@dataclass(frozen=True)
class OrgMatch:
    start: int
    end: int
    text: str
    name: str  # canonical
    source: str  # "gazetteer" or "ner"


@dataclass(frozen=True)
class Gazetteer:
    canonical: dict[str, str]  # lower-cased alias or name → canonical name
    forms: tuple[str, ...] = ()  # every name and alias as written

    def lookup(self, text: str) -> str | None:
        key = text.strip().lower()
        return self.canonical.get(key) or self.canonical.get(_GENITIVE.sub("", key))


def load_gazetteer(path: Path = GAZETTEER) -> Gazetteer:
    data = json.loads(path.read_text(encoding="utf-8"))
    canonical: dict[str, str] = {}
    for entry in data["entries"]:
        for alias in [entry["name"], *entry["aliases"]]:
            canonical[alias.lower()] = entry["name"]
    forms = tuple(sorted({a for e in data["entries"] for a in [e["name"], *e["aliases"]]}))
    return Gazetteer(canonical, forms)


LEGAL_FORMS = ["AS", "ASA", "SF", "HF", "RHF", "IKS", "KF", "FKF", "SA", "BA", "DA", "ANS", "NUF"]
# Name-shaped rules: "Fjellbygg Entreprenør AS", "Trondheim kommune", "Vestland fylkeskommune".
SHAPE_PATTERNS = [
    [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "*"}, {"LOWER": {"IN": ["og", "i", "for"]}, "OP": "?"},
     {"IS_TITLE": True, "OP": "*"}, {"ORTH": {"IN": LEGAL_FORMS}}],
    [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}, {"LOWER": {"IN": ["kommune", "fylkeskommune"]}}],
]


def ruler_patterns(nlp: "spacy.Language", path: Path = GAZETTEER) -> list[dict]:  # type: ignore[name-defined]  # noqa: F821
    """EntityRuler patterns: gazetteer names (abbreviations case-sensitive, with
    genitive "s"; names on LOWER, tokenised like the text) and name shapes."""
    data = json.loads(path.read_text(encoding="utf-8"))
    patterns: list[dict] = []
    for entry in data["entries"]:
        for alias in [entry["name"], *entry["aliases"]]:
            tokens = [t.text for t in nlp.make_doc(alias)]
            if alias.isupper() or len(alias) <= 4:
                for form in (tokens, tokens[:-1] + [tokens[-1] + "s"]):
                    patterns.append({"label": "ORG", "pattern": [{"ORTH": t} for t in form], "id": entry["name"]})
            else:
                patterns.append({"label": "ORG", "pattern": [{"LOWER": t.lower()} for t in tokens], "id": entry["name"]})
    patterns += [{"label": "ORG", "pattern": p} for p in SHAPE_PATTERNS]
    return patterns


@lru_cache(maxsize=2)
def load_ner(model_dir: str) -> "spacy.Language":  # type: ignore[name-defined]  # noqa: F821
    """The trained NER with the gazetteer ruler in front; cached per path."""
    import spacy

    path = Path(model_dir)
    if not (path / "meta.json").exists():
        raise ModelMissingError(
            f"NER model not found at {path}; train it with: pip install -e '.[train]' && "
            f"python scripts/train_ner.py --out {path}"
        )
    import extractor.extract.ner_crf  # noqa: F401  (registers the crf_ner component)
    from extractor.extract.gazetteer_ruler import NAME as RULER  # registers the gazetteer ruler

    nlp = spacy.load(path, exclude=["parser", "tagger", "lemmatizer"])
    ner = next(name for name in ("crf_ner", "ner") if name in nlp.pipe_names)
    # an EntityRuler (overwriting entities) that matches the gazetteer's names as phrases
    ruler = nlp.add_pipe(RULER, before=ner)
    ruler.add_patterns(ruler_patterns(nlp))
    return nlp


def common_abbreviations(text: str) -> set[str]:
    """Abbreviations the text defines by a lower-case phrase starting with their first letter
    ("arbeidsmiljøutvalg (AMU)", "arbeidsforbedrende trening (ATF)"): names of things, not bodies."""
    if not _PARENTHESISED_ABBR.search(text):
        return set()  # no "(ABBR)": nothing defined (the phrase regex is slow to find that out)
    return {m.group("abbr") for m in _COMMON_DEFINITION.finditer(text)
            if any(w[:1] == m.group("abbr")[0].lower() for w in m.group("full").split())}


def document_aliases(text: str) -> dict[str, str]:
    """"Full name (ABBR)" definitions in the text: alias → full name."""
    out: dict[str, str] = {}
    if not _PARENTHESISED_ABBR.search(text):
        return out
    for m in _DEFINITION.finditer(text):
        full, abbr = m.group("full").strip(), m.group("abbr")
        initials = "".join(w[0] for w in re.findall(r"[\wæøåÆØÅ]+", full) if w.lower() not in _LOWER_FUNCTION).upper()
        # keep only the words that the abbreviation covers, from the end
        if abbr.upper()[:1] in initials and len(abbr) >= 2:
            out[abbr.lower()] = _trim_to_initials(full, abbr)
    return out


def _trim_to_initials(full: str, abbr: str) -> str:
    words = full.split()
    for k in range(len(words)):
        cand = " ".join(words[k:])
        if cand[:1].upper() == abbr[:1].upper():
            return cand
    return full


def _clean_span(text: str) -> str:
    """Trim punctuation, an acronym's genitive ("NHOs") or hyphen ("FSC-sertifisert")."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;:()«»\"'")
    if len(text) > 2 and text[-1] == "-" and text[:-1].isupper():
        return text[:-1]
    return _GENITIVE.sub("", text) if len(text) > 3 and text[-1] == "s" and text[:-1].isupper() else text


def _acceptable(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or len(text) > 80:
        return False
    return text[0].isupper() or text[0].isdigit()


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each line-separated paragraph, table cells split at " | "."""
    out = []
    pos = 0
    for para in text.split("\n"):
        for m in re.finditer(r"[^|]+", para):
            chunk = m.group(0)
            if chunk.strip():
                out.append((pos + m.start(), chunk))
        pos += len(para) + 1
    return out


def lowercase_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Words the document writes in lower case (so they are common words there)."""
    return frozenset(w for t in texts for w in re.findall(r"\b[a-zæøå][a-zæøå-]+\b", t))


def plausible_name(text: str, *, sentence_start: bool, lower_vocab: frozenset[str],
                   mid_caps: frozenset[str] = frozenset()) -> bool:
    """Filter NER spans that are common words, labels or list debris.

    A single capitalised word the document also writes in lower case
    ("Kartlegging", "Ansatte") is a common word; at a sentence start a single
    word must also appear capitalised mid-sentence somewhere ("Referatet
    godkjennes" is no organisation). A sentence-initial word followed only
    by lower-case words ("Målt reduksjon") is a phrase, not a name. Acronyms,
    CamelCase and names with digits pass.
    """
    if "•" in text or "|" in text or text.lower() in _NOT_NAMES or text.endswith("-") or _NUMBERED.match(text):
        return False
    words = text.split()
    if {words[0].lower(), words[-1].lower()} & _LABEL_WORDS or words[-1].lower() in _FUNCTION_WORDS:
        return False
    if words[0].lower() in _DETERMINERS:
        return False
    if any(_GENITIVE_WORD.match(a) and b[:1].islower() for a, b in zip(words, words[1:])):
        return False  # a possessive phrase: "Norsk helsenetts etiske retningslinjer"
    if _DOCUMENT_TITLE.search(text):
        return False  # a law, report, index or code, not an organisation
    if _OWN_UNIT.match(text):
        return False  # a division or department of the author
    special = any(c.isdigit() for c in text) or text.isupper() or re.search(r"[a-zæøå][A-ZÆØÅ]", text)
    if special:
        return True
    if len(words) == 1:
        low = text.lower()
        if low in lower_vocab or _GENITIVE.sub("", low) in lower_vocab:
            return False
        return not sentence_start or text in mid_caps
    return not (sentence_start and all(w[:1].islower() for w in words[1:]))


def mid_sentence_capitals(texts: Iterable[str]) -> frozenset[str]:
    """Capitalised words that occur inside sentences (so are likely names)."""
    return frozenset(m.group(1) for t in texts for m in re.finditer(r"(?<=[a-zæøå0-9,] )([A-ZÆØÅ][\wæøåÆØÅ-]+)", t))


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:•\n●◑○|"


def find_organisations(
    texts: Iterable[str],
    nlp: "spacy.Language",  # type: ignore[name-defined]  # noqa: F821
    *,
    gazetteer: Gazetteer,
    exclude: Iterable[str] = (),
) -> list[list[OrgMatch]]:
    """Organisation mentions in each text (same order), canonical names filled in.

    NER runs per paragraph (and table cell) so that no span crosses a line
    of a list or table; the texts are one document, so its labels are then
    made consistent (:func:`~extractor.extract.ner_context.harmonise`).
    ``exclude`` names the author organisation (and its short forms), which is
    never listed as an entity.
    """
    texts = list(texts)
    aliases: dict[str, str] = {}
    for t in texts:
        aliases.update(document_aliases(t))
    common = set().union(*(common_abbreviations(t) for t in texts))
    lower_vocab = lowercase_vocabulary(texts)
    mid_caps = mid_sentence_capitals(texts)
    excluded = [e for e in exclude if e]
    pieces = [(k, off, para) for k, t in enumerate(texts) for off, para in paragraphs(t)
              if may_name_something(para, mid_caps, gazetteer)]
    raw: list[list[tuple[int, int, str, str | None, str]]] = [[] for _ in texts]
    docs = ner_docs(nlp, [p for _, _, p in pieces], lambda s: sentence_may_name(s, mid_caps, gazetteer))
    harmonise(docs)  # one label per name across the document
    ctx = _Context(lower_vocab, mid_caps, common, person_words(e.text for d in docs for e in d.ents if e.label_ == "PER"),
                   frozenset(e.text for d in docs for e in d.ents if e.label_ in ("GPE_LOC", "LOC")))
    for (k, off, para), doc in zip(pieces, docs):
        shapes = shape_names(para)
        shapes += [h for h in gazetteer_hits(para, gazetteer) if all(h[1] <= a or h[0] >= b for a, b, _ in shapes)]
        for a, b, name in shapes:  # names ending in a legal form, local associations: whole, as printed
            text = strip_lead(_clean_span(name)) if not _LEGAL_TAIL.search(name) else strip_lead(name.strip(" ,"))
            pos = a + name.find(text) if text in name else a
            if 1 < len(text) <= 80 and not reject_reason(text):
                known = gazetteer.lookup(text)
                raw[k].append((off + pos, off + pos + len(text), text, known or None, "gazetteer" if known else "shape"))
        for ent in doc.ents:
            if ent.label_ not in ORG_LABELS and not (ent.label_ == "PROD" and _MEDIA.search(para[:ent.start_char])):
                continue
            if any(a <= ent.start_char < b or a < ent.end_char <= b for a, b, _ in shapes):
                continue  # the shape holds the whole name ("Kjøl & Frakt AS", not "Frakt AS")
            spans = split_list(ent.text)
            spans += [(a - ent.start_char, b - ent.start_char) for a, b in list_siblings(para, ent.start_char, ent.end_char)]
            for a, b in spans:
                piece = ent.text[a:b] if b <= len(ent.text) and a >= 0 else para[ent.start_char + a:ent.start_char + b]
                text = strip_lead(_clean_span(piece))
                whole = (a, b) == (0, len(ent.text))
                if not _acceptable(text) and not ((whole and ent.ent_id_) or gazetteer.lookup(text)):
                    continue  # lower case is a name only when the gazetteer knows it ("språkrådet")
                pos = ent.start_char + a + (piece.find(text) if text in piece else 0)
                known = (ent.ent_id_ if (a, b) == (0, len(ent.text)) else "") or gazetteer.lookup(text)
                if not known and not ctx.keep(text, ent.label_, para, pos, len(text)):
                    continue
                raw[k].append((off + pos, off + pos + len(text), text, known or None, "gazetteer" if known else "ner"))
    canon = _canonical_names([m for ms in raw for m in ms], aliases, gazetteer)
    out: list[list[OrgMatch]] = []
    for ms in raw:
        kept = []
        for start, end, text, known, source in ms:
            name = known or canonical_form(canon.get(text, text))
            if any(_same(name, e) or _same(text, e) for e in excluded):
                continue
            kept.append(OrgMatch(start, end, text, name, source))
        out.append(kept)
    return out


@dataclass(frozen=True)
class _Context:
    """What the document tells about its words: lower-case vocabulary, mid-sentence
    capitals, abbreviations of things, people's name words and places."""
    lower_vocab: frozenset[str]
    mid_caps: frozenset[str]
    common: set[str]
    people: frozenset[str]
    places: frozenset[str]

    def keep(self, text: str, label: str, para: str, pos: int, length: int) -> bool:
        """May an unknown span be an organisation?"""
        if label == "GPE_ORG" and len(text.split()) == 1 and not text.isupper():
            return False  # a country or town standing for its government
        if not plausible_name(text, sentence_start=_is_sentence_start(para, pos),
                              lower_vocab=self.lower_vocab, mid_caps=self.mid_caps):
            return False
        if _GENITIVE.sub("", text) in self.common:
            return False  # "arbeidsmiljøutvalg (AMU)" defines a thing, not a body
        if len(text.split()) == 1 and not text.isupper() and label != "PROD" and _LOCATIVE.search(para[:pos]) \
                and not _IN_BODY.search(para[:pos]):
            return False  # "i Volda", "på Sandvika": a place
        # a party label, a thing, a title, a place, a concept or a person
        return not (reject_reason(text) or text in self.places or is_person(text, self.people)
                    or party_follows(para[pos + length:]))


_LOCATIVE = re.compile(r"(?:^|\s)(?:i|på|ved|utanfor|utenfor|in|at|near|nord for|sør for|aust for|øst for|vest for)\s+$",
                       re.IGNORECASE)
_IN_BODY = re.compile(r"(?:medlem\w*|organisert\w*|organisera\w*|ansatt\w*|tilsett\w*|jobb\w*|arbeider|arbeidar|publisert|intervju\w*|omtalt|tillitsvalgt"
                      r"|tillitsvald|styremedlem|representant)\s+(?:i|på|in|at)\s+$", re.IGNORECASE)


def _same(a: str, b: str) -> bool:
    """Is mention or name ``a`` the organisation ``b``, a leading part of its name,
    its abbreviation ("HO21-rådet" for "HelseOmsorg 21-rådet"), or a phrase
    opening with it ("Styret i Sølvtind Havbruk AS" is the author's own board)?"""
    x, y = a.lower().replace(" ", ""), b.lower().replace(" ", "")
    if x == y or (len(x) > 5 and y.startswith(x)) or (len(y) > 5 and y in x) or is_abbreviation_of(a, b):
        return True
    if len(x) > 8 and y.endswith(x) and len(a.split()) >= 2:
        return True  # the tail of the author's name: "Sønner Entreprenør AS" of "Tveit & Sønner Entreprenør AS"
    return len(x) > 4 and len(y) > 4 and fuzz.ratio(x, y) >= _MIN_FUZZY


def _canonical_names(
    matches: list[tuple[int, int, str, str | None, str]], aliases: dict[str, str], gazetteer: Gazetteer
) -> dict[str, str]:
    """Map every surface form to one canonical name (first full form wins)."""
    canon: dict[str, str] = {}
    names: list[str] = []
    known_names = sorted({k for _, _, _, k, _ in matches if k}, key=len, reverse=True)
    for _, _, text, known, _ in matches:
        if not known and len(text) > 5:
            # a short form of a name found in full elsewhere: "Etisk Handel" of "Etisk handel Norge"
            known = next((k for k in known_names if k.lower().startswith(text.lower() + " ")), None)
        if known:
            canon[text] = known
            continue
        full = aliases.get(text.lower())
        if full:
            canon[text] = gazetteer.lookup(full) or full
            continue
        for n in names:
            if fuzz.ratio(text.lower(), n.lower()) >= _MIN_FUZZY:
                canon[text] = canon.get(n, n)
                break
        else:
            names.append(text)
            canon[text] = text
    return canon
