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
from dataclasses import dataclass

from extractor.extract.temporal import find_temporal

LEGAL_SUFFIX = r"(?:SF|HF|RHF|AS|ASA|IKS|KF|SA|BA|DA|ANS|HFK|FKF)"
_CAP = r"[A-ZÆØÅ][\wÆØÅæøå&.-]*"
_LOW = r"(?:og|for|i|av|til|på|de|du)"
ORG_WITH_SUFFIX = re.compile(rf"\b((?:{_CAP}|{_LOW})(?:\s+(?:{_CAP}|[a-zæøå][\wæøå-]*)){{0,5}}\s+{LEGAL_SUFFIX})\b")
ORG_KOMMUNE = re.compile(
    r"\b([A-ZÆØÅ][\wæøå-]+(?:\s+[A-ZÆØÅa-zæøå][\wæøå-]+){0,2}\s+"
    r"(?:kommune|fylkeskommune|[Ss]parebank|[Bb]ank|[Ss]tiftelse|universitet|sykehus|[Hh]elseforetak))\b"
)
_HEADER_SPLIT = re.compile(r"\s+[|–—-]\s+")
_NAME_LIKE = re.compile(r"^[A-ZÆØÅ][\wæøåÆØÅ&.-]*(?:\s+(?:[A-ZÆØÅ][\wæøåÆØÅ&.-]*|og|i|for|[a-zæøå]+)){0,5}$")
OM_HEADING = re.compile(r"^Om\s+(?P<org>[A-ZÆØÅ].{2,60})$")
HERETTER = re.compile(r"\b((?:[A-ZÆØÅ][\wÆØÅæøå-]*\s+){0,5}[\wÆØÅæøå-]+)\s+\(heretter")
TIL_BODY = re.compile(r"^Til(?:\s*\|)?\s+(?P<body>[^|\s].{1,60})$", re.MULTILINE)
PERSON_LIKE = re.compile(r"^[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+){1,2}$")
_TOOL_AUTHORS = re.compile(
    r"microsoft|word|adobe|acrobat|latex|reportlab|libreoffice|writer|admin|user|bruker|anonymous|unknown|ukjent", re.I
)

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
    return re.sub(r"^(?:Om|Til|Fra|For|I|Ved|Hos|Dette er|Den)\s+", "", name)


def is_abbreviation_of(abbrev: str, long: str) -> bool:
    """Is ``abbrev`` (e.g. "HO21-rådet") a short form of ``long`` ("HelseOmsorg 21-rådet")?"""
    a_head, _, a_tail = abbrev.partition("-")
    l_head, _, l_tail = long.partition("-")
    if a_tail.lower() != l_tail.lower() or not a_tail:
        return False
    initials = "".join(ch for ch in l_head if ch.isupper() or ch.isdigit())
    return initials == a_head.replace(" ", "") and len(l_head) > len(a_head)


def council_body(text: str) -> str | None:
    """The body council papers are addressed to, in its longest spelling."""
    bodies = Counter(m.group("body").strip() for m in TIL_BODY.finditer(text))
    if not bodies:
        return None
    body = bodies.most_common(1)[0][0]
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
    if doc_type == "council_papers":
        from extractor.facts.council_meeting import council_author_of_pages  # the council stage's own rule

        body = council_body(full + "\n" + table_text)
        if body and re.search(r"råd(?:et)?\b", body, re.I):  # papers addressed to a council: it is the author
            return OrgGuess(body, _first_page(body, pages_text))
        name = council_author_of_pages(metadata=metadata, pages_text=pages_text, cover_lines=cover_lines,
                                       margins=margins)
        if name or body:
            return OrgGuess(name or body, _first_page(name or body, pages_text))
    author = metadata.get("Author", "").strip()
    if author and not _TOOL_AUTHORS.search(author) and not PERSON_LIKE.match(author):
        return OrgGuess(author, _first_page(author, pages_text))
    scores: Counter[str] = Counter()
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
    for line in [*cover_lines, *(_HEADER_SPLIT.split(m)[0] for m in margins)]:
        name = line.strip()
        if _NAME_LIKE.match(name) and not re.search(r"\d", name) and full.count(name) >= 2:
            scores[name] += 4.0
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


def _first_page(name: str, pages_text: list[str]) -> int | None:
    short = name.split(" ")[0]
    for k, text in enumerate(pages_text):
        if name in text:
            return k + 1
    for k, text in enumerate(pages_text):
        if short and short in text:
            return k + 1
    return None


def find_report_year(*, doc_type: str, title: str, text: str) -> int | None:
    """The year a report covers; None for council papers and action plans."""
    if doc_type in ("council_papers", "action_plan"):
        return None
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
PUBLISHED_CUE = re.compile(r"\b(?:publisert|datert|published|utgitt)\b[:\s]*", re.IGNORECASE)
STATUS_CUE = re.compile(r"\b(?:status|per|pr\.)\s*$", re.IGNORECASE)


def _days(text: str) -> list:
    return [m for m in find_temporal(text) if m.granularity == "day" and not m.relative]


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
    for line in lines:
        if DATELINE.match(line.strip()) and (days := _days(line)):
            return days[0].start_date.isoformat()
    for text in (first_page, title, *lines):
        for m in _days(text):
            if PUBLISHED_CUE.search(text[max(0, m.start - 14): m.start]):
                return m.start_date.isoformat()
    if doc_type == "council_papers":
        return None
    if doc_type == "action_plan":
        for text in (title, first_page, margins):
            for m in _days(text):
                if STATUS_CUE.search(text[max(0, m.start - 12): m.start]):
                    return m.start_date.isoformat()
    for text in (first_page, title, margins):
        if days := _days(text):
            return days[0].start_date.isoformat()
    return None
