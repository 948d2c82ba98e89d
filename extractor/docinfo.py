"""Document-level facts: author organisation, the year covered, publication date.

Pure functions over the title, metadata and text of a document. The author is
taken from PDF metadata when it names an organisation, else from the text
("Om <org>", names with a legal-form suffix, "<org> (heretter ...)"), scored
by where and how often it appears. Council papers belong to the body they are
addressed to ("Til HO21-rådet"), spelled out in full when the text does.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from extractor.extract.temporal import find_temporal

LEGAL_SUFFIX = r"(?:SF|HF|RHF|AS|ASA|IKS|KF|SA|BA|DA|ANS|HFK|FKF)"
_CAP = r"[A-ZÆØÅ][\wÆØÅæøå&.-]*"
_LOW = r"(?:og|for|i|av|til|på|de|du)"
ORG_WITH_SUFFIX = re.compile(rf"\b((?:{_CAP}|{_LOW})(?:[ \t]+(?:{_CAP}|&|[a-zæøå][\wæøå-]*)){{0,5}}[ \t]+{LEGAL_SUFFIX})\b")
ORG_KOMMUNE = re.compile(
    r"\b([A-ZÆØÅ][\wæøå-]+(?:[ \t]+[A-ZÆØÅa-zæøå][\wæøå-]+){0,2}[ \t]+"
    r"(?:kommune|fylkeskommune|[Ss]parebank|[Bb]ank|[Ss]tiftelse|universitet|sykehus|[Hh]elseforetak))\b"
)
_HEADER_SPLIT = re.compile(r"\s+[|–—-]\s+")
_NAME_LIKE = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ&.-]*(?:\s+(?:[A-ZÆØÅ][\wæøåÆØÅ&.-]*|og|i|for|[a-zæøå]+)){0,5}$")
OM_HEADING = re.compile(r"^Om\s+(?P<org>[A-ZÆØÅ].{2,60})$")
HERETTER = re.compile(r"\b((?:[A-ZÆØÅ][\wÆØÅæøå-]*\s+){0,5}[\wÆØÅæøå-]+)\s+\(heretter")
TIL_BODY = re.compile(
    r"^Til(?:\s*\|)?\s+(?!stede\b|stades?\b|behandling|handsaming|orientering|uttale|vedtak|høring|drøfting|info)"
    r"(?P<body>[A-ZÆØÅ0-9][^|\s]*(?:[ \t]+[^|\s]+){0,4})[ \t]*$", re.MULTILINE)
# A political or governing body named with its organisation: "Kommunestyret i Ørland kommune",
# "Styret i Helse Nord RHF", "Universitetsstyret ved Universitetet i X".
_BODY_WORD = (r"(?:[Kk]ommunestyret|[Bb]ystyret|[Ff]ormannskapet|[Ff]ylkestinget|[Ff]ylkesutvalet|[Ff]ylkesutvalget|[Ss]tyret"
              r"|[Uu]niversitetsstyret|[Hh]øgskolestyret|[Kk]ontrollutval(?:g)?et|[Ee]ldrerådet|[Hh]ovudutval\w*|[Hh]ovedutvalg\w*"
              r"|[\wæøå]+utval(?:g)?et|[Rr]ådet|[Rr]epresentantskapet)")
BODY_OF_ORG = re.compile(
    rf"\b{_BODY_WORD}[ \t]+(?:i|for|ved|til)[ \t]+(?P<org>[A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+(?:[A-ZÆØÅ][\wæøåÆØÅ-]*|i|og)){{0,4}}?"
    r"[ \t]+(?:kommune|fylkeskommune|HF|RHF|SF|AS|ASA|IKS|KF)|Universitetet[ \t]+i[ \t]+[A-ZÆØÅ][\wæøå-]+"
    r"|[A-ZÆØÅ][\wæøåÆØÅ-]+[ \t]+(?:universitet|høgskole|høyskole)|(?:Helse|Sykehuset)[ \t]+[A-ZÆØÅ][\wæøåÆØÅ-]*(?:[ \t]+[A-ZÆØÅ][\wæøåÆØÅ-]*)?)\b")
GENERIC_BODY = re.compile(rf"^{_BODY_WORD}$")
ORG_NAME = re.compile(r"\b([A-ZÆØÅ][\wæøåÆØÅ-]+(?:\s+[A-ZÆØÅ][\wæøåÆØÅ-]+)?\s+(?:kommune|fylkeskommune))\b")
PERSON_LIKE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+){1,2}$")
_TOOL_AUTHORS = re.compile(
    r"microsoft|word|adobe|acrobat|latex|reportlab|libreoffice|writer|admin|user|bruker|anonymous|unknown|ukjent"
    r"|\.(?:docx?|pdf|pptx?|xlsx?|odt|indd)\b|^[a-zæøå0-9._@-]{2,12}$|[_@\\/]|\d{3,}", re.I
)
# A department or function, not the organisation: "HR Nordvik", "Økonomiavdelingen", "Kommunikasjon".
_DEPARTMENT = re.compile(
    r"^(?:HR|IT|IKT|HMS|Økonomi|Kommunikasjon|Innkjøp|Anskaffelser|Personal|Stab|Avdeling|Seksjon|Administrasjon"
    r"|Marked|Salg|Juridisk|Legal|Finance|Procurement|Communications|Sustainability|Bærekraft|Compliance)\b"
    r"|avdeling(?:en|a)?\b|seksjon(?:en)?\b|\bstab(?:en)?\b|department|division|team\b", re.I)
# Words that make a two- or three-word name a company rather than a person ("Ørland Transport", "Fornybar Norge").
_ORG_WORDS = re.compile(
    r"\b(?:Norge|Noreg|Norway|Nordic|Transport|Logistikk|Energi|Kraft|Bygg|Eiendom|Helse|Gruppen|Group|Holding|Bank"
    r"|Sparebank|Forsikring|Data|Møbler|Møbelverk|Hotell|Reiseliv|Havbruk|Sjømat|Fisk|Entreprenør|Elektro|Service"
    r"|Solutions|Consulting|Systems|Industri|Verksted|Trykk|Media|Mat|Bakeri|Handel|Invest|Maskin|Shipping|Marine"
    r"|Renhold|Vekst|Partner|Partners|Teknikk|Tech|Technologies|Senter|Center|Kommune|Forbund|Forening|Lag|Nett)\b")

PERIOD = re.compile(
    r"(?:dekker|omfatter|gjelder)\s+(?:perioden\s+)?(?:fra\s+)?(?:\d{1,2}\.\s*)?\w*\s*(?P<y1>20\d\d)?\s*"
    r"(?:til|–|-)\s*(?:\d{1,2}\.\s*)?(?:\w+\s+)?(?P<y2>20\d\d)",
    re.IGNORECASE,
)
YEAR_IN_TITLE = re.compile(
    r"(?:redegjørelse|utgreiing|rapport|report|åpenhetsloven|likestilling\w*|årsrapport|statement)"
    r"[^\n\d]{0,40}?\b(?:for\s+)?(?P<year>20\d\d)\b",
    re.IGNORECASE,
)
FOR_YEAR = re.compile(r"\b(?:for|i|in)\s+(?:året\s+)?(?P<year>20\d\d)\b", re.IGNORECASE)


@dataclass(frozen=True)
class OrgGuess:
    name: str
    page: int | None


def _clean_org(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:–-")
    name = re.sub(r"^(?:[a-zæøå][\wæøå-]*\s+)+", "", name)  # "verksemda Sunnfjord Møbelverk AS"
    return re.sub(r"^(?:Kort om oss|Om oss|About us|About|Om|Til|Fra|For|I|Ved|Hos|Dette er|Den)\s+", "", name)


def is_abbreviation_of(abbrev: str, long: str) -> bool:
    """Is ``abbrev`` (e.g. "HO21-rådet") a short form of ``long`` ("HelseOmsorg 21-rådet")?"""
    a_head, _, a_tail = abbrev.partition("-")
    l_head, _, l_tail = long.partition("-")
    if a_tail.lower() != l_tail.lower() or not a_tail:
        return False
    initials = "".join(ch for ch in l_head if ch.isupper() or ch.isdigit())
    return initials == a_head.replace(" ", "") and len(l_head) > len(a_head)


def council_body(text: str) -> str | None:
    """The organisation council papers belong to: the body's organisation when the text names it
    ("Kommunestyret i Ørland kommune" → "Ørland kommune"), else the body they are addressed to,
    in its longest spelling; a generic body ("Til Kommunestyret") stands for the municipality named
    most often."""
    owners = Counter(m.group("org").strip() for m in BODY_OF_ORG.finditer(text))
    if owners:
        return owners.most_common(1)[0][0]
    bodies = Counter(m.group("body").strip() for m in TIL_BODY.finditer(text))
    if not bodies:
        return None
    body = bodies.most_common(1)[0][0]
    if GENERIC_BODY.match(body):
        towns = Counter(m.group(1) for m in ORG_NAME.finditer(text))
        return towns.most_common(1)[0][0] if towns else None
    suffix = body.partition("-")[2]
    if suffix:
        for m in re.finditer(rf"([A-ZÆØÅ][\wÆØÅæøå]*(?:\s+\d+)?-{re.escape(suffix)})", text):
            if is_abbreviation_of(body, m.group(1)):
                return m.group(1)
    return body


def find_organisation(
    *,
    metadata: dict[str, str],
    doc_type: str,
    pages_text: list[str],
    headings: list[str],
    table_text: str = "",
    cover_lines: list[str] = (),
    margins: list[str] = (),
) -> OrgGuess | None:
    """The author organisation and the first page that names it.

    ``cover_lines`` (title-page text) and ``margins`` (running headers,
    whose first part is usually the organisation) add weight to names that
    also appear in the text.
    """
    full = "\n".join(pages_text)
    everything = "\n".join([full, table_text, *cover_lines, *margins])
    if doc_type == "council_papers":
        first = [*cover_lines[:4], *(pages_text[0].splitlines()[:4] if pages_text else []), *margins[:2]]
        named, meta = _named_in(first), metadata_author(metadata.get("Author", ""), everything)
        if named and meta and named in meta:
            named = meta  # a wrapped line cut the name short: "Helse\nKystnord RHF"
        body = council_body(full + "\n" + table_text) or named or meta or _most_named_municipality(everything)
        if not body:  # a trust, company, university or college by the council rules ("Nordaustre University College")
            from extractor.facts.council_meeting import council_author_of_pages

            body = council_author_of_pages(metadata=metadata, pages_text=pages_text, cover_lines=cover_lines,
                                           margins=margins)
        if body:
            return OrgGuess(body, _first_page(body, pages_text))
    scores: Counter[str] = Counter()
    author = metadata_author(metadata.get("Author", ""), everything)
    if author:
        scores[author] += 6.0  # the metadata's word, weighed against what the text says (a consultancy made many files)
    title = metadata.get("Title", "")
    for pattern in (ORG_WITH_SUFFIX, ORG_KOMMUNE):
        for m in pattern.finditer(title):
            scores[_clean_org(m.group(1))] += 5.0
    for part in _HEADER_SPLIT.split(title.strip())[1:]:  # "Åpenhetsloven | Kodeverket"
        name = _clean_org(part)
        if _NAME_LIKE.match(name) and not _TITLE_WORDS.search(name) and not re.search(r"\d", name) \
                and name.lower() in full.lower():
            scores[name] += 4.0
    for pattern in (ORG_WITH_SUFFIX, ORG_KOMMUNE, HERETTER):
        for k, text in enumerate(pages_text):
            for m in pattern.finditer(text):
                name = _clean_org(m.group(1))
                if len(name) > 3:
                    scores[name] += 3.0 if k == 0 else 1.0
    for h in headings:
        m = OM_HEADING.match(h.strip())
        if m:
            scores[_clean_org(m.group("org"))] += 4.0
    first_lines = [*cover_lines[:3], *(pages_text[0].splitlines()[:1] if pages_text else [])]
    for line in [*first_lines, *margins]:
        for k, part in enumerate(_HEADER_SPLIT.split(line.strip())):
            name = _clean_org(part)
            if _NAME_LIKE.match(name) and not re.search(r"\d", name) and everything.count(name) >= 2 \
                    and not _TITLE_WORDS.search(name):
                scores[name] += 4.0 if k == 0 else 2.0
    if not scores:
        return None
    # Merge short forms into the longest name that starts with them ("Norsk helsenett" → "... SF").
    merged: Counter[str] = Counter()
    names = sorted(scores, key=len, reverse=True)
    for name in names:
        target = next((n for n in names if len(n) > len(name) and n.startswith(name + " ")), name)
        merged[target] += scores[name]
    best = merged.most_common(1)[0][0]
    return OrgGuess(best, _first_page(best, pages_text))


_TITLE_WORDS = re.compile(
    r"(?i)\b(?:rapport|report|redegjørelse|utgreiing|årsrapport|årsmelding|statement|handlingsplan|plan|referat|protokoll"
    r"|innkalling|saksframlegg|møte|styremøte|likestilling|åpenhet|openheit|transparency|noter|note|kapittel|side|page)\w*")


COUNCIL_NAME = re.compile(
    r"\b([A-ZÆØÅ][\wæøå-]+(?:[ \t]+[\wæøå-]+){0,2}[ \t]+(?:regionråd|regionrådet|samarbeidsråd|politiske råd)"
    r"|[A-ZÆØÅ][\wæøå]*rådet[ \t]+i[ \t]+[A-ZÆØÅ][\wæøå-]+)\b")


def _named_in(lines: list[str]) -> str | None:
    """An organisation or council named on the first lines: "Sunnfjella regionråd", "Helse Kystnord RHF"."""
    text = "\n".join(lines)
    for pattern in (ORG_WITH_SUFFIX, ORG_KOMMUNE, COUNCIL_NAME):
        for m in pattern.finditer(text):
            name = _clean_org(m.group(1))
            if len(name) > 3 and not _TITLE_WORDS.search(name.split()[0]):
                return name
    return None


def _most_named_municipality(text: str) -> str | None:
    """The municipality or county municipality a council's papers name most often."""
    towns = Counter(m.group(1) for m in ORG_NAME.finditer(text))
    return towns.most_common(1)[0][0] if towns else None


def metadata_author(author: str, text: str) -> str | None:
    """The PDF's metadata author when it is the organisation the text speaks for: not a tool,
    a user name, a file name, a department or a person, and named in the text (in its
    fullest form there: "Nordvik Transport" → "Nordvik Transport AS")."""
    author = re.sub(r"\s+", " ", author).strip()
    if len(author) < 3 or _TOOL_AUTHORS.search(author) or _DEPARTMENT.search(author):
        return None
    if PERSON_LIKE.match(author) and not _ORG_WORDS.search(author):
        return None
    if re.search(rf"\s{LEGAL_SUFFIX}$", author):
        return author  # a registered name says itself that it is an organisation
    if author.lower() not in text.lower():
        return None
    m = re.search(rf"{re.escape(author)}\s+{LEGAL_SUFFIX}\b", text)
    return m.group(0) if m else author


def _first_page(name: str, pages_text: list[str]) -> int | None:
    short = name.split(" ")[0]
    for k, text in enumerate(pages_text):
        if name in text:
            return k + 1
    for k, text in enumerate(pages_text):
        if short and short in text:
            return k + 1
    return None


# The law's own years are no report year: "Åpenhetsloven (2021)", "loven trådte i kraft 1. juli 2022",
# "lov 18. juni 2021 nr. 99", "Transparency Act (2022)".
LAW_YEAR = re.compile(
    r"(?:lov(?:en|a)?|act|forskrift(?:en)?)\s*(?:\(\s*20\d\d\s*\)|(?:av|of|fra|frå)?\s*\d{1,2}\.?\s*\w+\.?\s+20\d\d(?:\s+nr\.?\s*\d+)?)"
    r"|(?:i\s+kraft|into\s+force|in\s+force|gjeldande|gjeldende|effect)\s+(?:fra\s+|frå\s+|from\s+|on\s+)?(?:\d{1,2}\.?\s*\w+\.?\s+)?20\d\d",
    re.IGNORECASE)


def _without_law_years(text: str) -> str:
    return LAW_YEAR.sub(lambda m: " " * len(m.group(0)), text)


def find_report_year(*, doc_type: str, title: str, text: str) -> int | None:
    """The year a report covers; None for council papers and action plans."""
    if doc_type in ("council_papers", "action_plan"):
        return None
    title, text = _without_law_years(title), _without_law_years(text)
    m = PERIOD.search(text)
    if m:
        return int(m.group("y2"))
    m = YEAR_IN_TITLE.search(title)
    if m:
        return int(m.group("year"))
    m = YEAR_IN_TITLE.search(text[:3000])
    if m:
        return int(m.group("year"))
    years = Counter(int(m.group("year")) for m in FOR_YEAR.finditer(text))
    return years.most_common(1)[0][0] if years else None


DATELINE = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ .-]{1,40},\s+(?:den\s+)?\d{1,2}\.?\s+\w+\.?\s+\d{4}\.?$")
PUBLISHED_CUE = re.compile(r"\b(?:publisert|datert|published|utgitt|oppdatert|updated|sist\s+endret|revidert|dated)\b[:\s]*",
                           re.IGNORECASE)
# A dateline that opens a line, whatever follows: "Drammen, 18. juni 2025. Styret ...", "Eikefjord, 13.03.2025".
DATELINE_START = re.compile(
    r"^[A-ZÆØÅ][\wæøåÆØÅ .-]{1,40},\s+(?:den\s+)?(?:\d{1,2}\.?\s+[A-Za-zæøå]+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})")
# The board's approval or signature: "godkjent redegjørelsen i styremøte 12. juni 2025", "Tilråding ... 27. september 2024".
APPROVAL_CUE = re.compile(r"\b(?:godkjent|godkjend|vedtatt|vedteke|approved|adopted|signert|signed|tilråding)\b[^.\n]{0,60}$",
                          re.IGNORECASE)
# A place and a date alone on a line, without the comma: "Tromsø 28. mai 2025", "Stavanger 14 February 2025";
# not a meeting, a body or a label with its date ("Styremøte 12. juni 2025", "Formannskapet 24. september 2025").
DATELINE_BARE = re.compile(
    r"^(?P<place>[A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå]+)?)\s+(?:den\s+)?\d{1,2}\.?\s+[A-Za-zæøå]+\.?\s+\d{4}\.?$")
_NOT_PLACE = re.compile(r"møte|meeting|styre|skap|råd|utval|komit|frist|deadline|status|per|pr|dato|date|fra|frå|til|from"
                        r"|innen|innan|kl|oppdatert|updated|rapport|report|versjon|version|utkast|draft|sist|gjeld|gjelder",
                        re.IGNORECASE)
STATUS_CUE = re.compile(r"\b(?:status|per|pr\.)\s*$", re.IGNORECASE)


# Without a reference year a date resolves only with its year written in digits
# (four, or two in "12.03.25"): text without two digits in a row holds no full date.
_TWO_DIGITS = re.compile(r"\d\d")


def _days(text: str) -> list:
    if _TWO_DIGITS.search(text) is None:
        return []  # most lines: find_temporal would try every date rule for nothing
    return [m for m in find_temporal(text) if m.granularity == "day" and not m.relative]


def _days_memo() -> Callable[[str], list]:
    """:func:`_days` remembering its answers for one call of :func:`find_published`,
    which looks at the same lines up to four times (find_temporal runs every date rule)."""
    seen: dict[str, list] = {}

    def days(text: str) -> list:
        hit = seen.get(text)
        if hit is None:
            hit = seen[text] = _days(text)
        return hit

    return days


def find_published(*, doc_type: str, title: str, first_page: str, lines: list[str], margins: str) -> str | None:
    """The date a document was published or signed, as an ISO date.

    In order: a dateline ("Drammen, 26. juni 2025") anywhere; a date after
    "Publisert"/"Dato"; for action plans the status date ("status per
    30. september 2024"); then a full date on the title page, in the title or
    in running headers and footers. Council papers carry meeting dates, not a
    publication date: only a place-and-date line of their own counts for them.
    """
    if doc_type == "council_papers":  # only a place-and-date line of the papers' own (rules in council.toml)
        from extractor.facts.council_meeting import council_published

        return council_published(lines, "\n".join((first_page, title, margins)))
    days_of = _days_memo()
    for line in lines:
        if (DATELINE.match(line.strip()) or DATELINE_START.match(line.strip())) and (days := days_of(line)):
            return days[0].start_date.isoformat()
    for text in (first_page, title, *lines):
        for m in days_of(text):
            if PUBLISHED_CUE.search(text[max(0, m.start - 14): m.start]):
                return m.start_date.isoformat()
    if doc_type != "council_papers":
        for line in lines:
            for m in days_of(line):
                if APPROVAL_CUE.search(line[:m.start]):
                    return m.start_date.isoformat()
        for line in lines:
            bare = DATELINE_BARE.match(line.strip())
            if bare and not _NOT_PLACE.search(bare.group("place")) and (days := days_of(line)):
                return days[0].start_date.isoformat()
        for line in lines[:12]:
            if " · " in line and (days := days_of(line)):  # a cover line: "Arctic Seafood Group AS · Tromsø · 14 March 2025"
                return days[0].start_date.isoformat()
    if doc_type == "council_papers":
        return None
    if doc_type == "action_plan":
        for text in (title, first_page, margins, *lines[:15]):
            for m in days_of(text):
                if STATUS_CUE.search(text[max(0, m.start - 12): m.start]):
                    return m.start_date.isoformat()
    for text in (first_page, title, margins):
        if days := days_of(text):
            return days[0].start_date.isoformat()
    return None
