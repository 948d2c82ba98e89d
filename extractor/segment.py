"""Lines → section tree.

Headings are found from numbering ("1.", "5.3.1.", "Sak 49/6/2021"), from
font size and weight relative to the body text, and are confirmed by the table
of contents when there is one (ToC lines themselves never become headings).
Levels come from numbering depth where there is numbering, else from the rank
of the heading's style (bigger first); unnumbered headings nest under the
numbered heading above them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Iterable, Iterator

from rapidfuzz import fuzz, process

from extractor.docinfo import DATELINE
from extractor.model import Line, Section
from extractor.settings import SegmentSettings
from extractor.textmap import TextMap, document_vocabulary, join_lines

NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?P<title>[A-ZÆØÅ«\"(].*)$")
CASE_HEADING = re.compile(r"^(?:Sak|Sak nr\.?)\s+\d+/\d+(?:/\d+)?\b", re.IGNORECASE)
TOC_LINE = re.compile(r"^(?P<title>.+?)\s*(?:\.{2,}|…+|\s{3,})\s*\.*\s*(?P<page>\d{1,3})$")
TOC_TITLES = {"innhold", "innholdsfortegnelse", "innhald", "contents", "table of contents"}
_LETTERS = re.compile(r"[A-Za-zÆØÅæøå]")
# A short line ending with a colon is a heading ("Likelønn:", "Formål med møtet:"), unless it is a
# form label whose value follows ("Møtedato:", "Til stede:", "Saksbehandler:").
COLON_HEADING_MAX_WORDS = 8
FORM_LABEL = re.compile(
    r"^(?:møte)?(?:dato|date|sted|stad|tid|tidspunkt|kl\.?|til ?stede|forfall|meldt forfall|fra|frå|til|from|to|present|absent|apologies"
    r"|saksbehandler|sakshandsamar|arkivsak\w*|vedlegg|møtende\s*\w*|møtande\s*\w*|kopi|referent|sekretær|sekretariat"
    r"|observatør\w*|andre til ?stede|fr[aå] \w+|journalpost\w*|løpenr\.?|dokumentnr\.?|saksnr\.?|sak"
    r"|utvalg|utval|møteleder|møteleiar|ansvarlig|ansvar|frist|status|e-post|telefon|adresse|org\.?\s*nr\.?"
    r"|organisasjonsnummer"
    # a case's decision labels: "Styrets vedtak:", "Kommunedirektørens innstilling:", "Formannskapet si innstilling:"
    r"|(?:[\wæøå]+s\s+|[\wæøå]+\s+(?:si|sitt|sin)\s+)?(?:vedtak|innstilling|innstilling til vedtak|framlegg til vedtak"
    r"|forslag til vedtak|framlegg|forslag|behandling|handsaming|votering|røysting|protokolltilførsel))\s*:$",
    re.IGNORECASE,
)
# Column headers of a table without ruling lines: "Nr Tiltak", "Ansvarlig Frist", "Saksnr Innhald".
HEADER_WORDS = frozenset(
    "nr nr. tiltak ansvar ansvarlig eier frist tidsfrist status prioritet gjennomføring saksnr saksnr. sak innhald innhold"
    " side tittel kvinner menn totalt total k m år tidsplan kommentar merknad beskrivelse skildring kostnad"
    " measure owner due deadline priority".split())
# Words of a header row on its own (3 or more cells): the cells name measures, not sections.
HEADER_ROW_WORDS = HEADER_WORDS | frozenset(
    "kjønn kjonn antall tal andel prosent % stillingskategori stillingsgruppe stillingsnivå kategori nivå lønn snitt"
    " gjennomsnitt median endring indikator resultat mål deltid heltid kvinneandel mannsandel timar timer dagar dager"
    " gender number share women men female male category level year years change indicator result target responsible"
    " measure action actions timeline progress comment comments unit".split())
# Captions of tables and figures: "Tabell 3: Lønn etter nivå", "Figure 2 Gender balance".
CAPTION = re.compile(r"^(?:tabell|tabel|table|figur|figure|fig\.|diagram|graf|chart|illustrasjon|kart|map|vedleggstabell)"
                     r"\s*\d+[a-z]?(?:\.\d+)?\s*(?:[:.–—-]|\s+[A-ZÆØÅ])", re.IGNORECASE)
# A label line with its value, or a note label ("Ansvar: HR-sjef", "Kilde: SSB", "Responsible: Head of HR").
LABEL_LINE = re.compile(
    r"^(?:ansvar\w*|frist|tidsfrist|kilde|kjelde|kilder|sources?|notes?|merk|merknad\w*|kommentar\w*|comments?|status|eier|eigar"
    r"|owner|responsible|deadline|due(?:\s+date)?|indikator|indicator|kostnad|cost|budsjett|budget|prioritet|priority|tidsplan"
    r"|timeline|ref\.?|referanse|reference|kontakt\w*|contact|godkjent\s+av|approved\s+by|utarbeidet\s+av|prepared\s+by"
    r"|målgruppe|target\s+group|lead|leiar|leder)\s*:(?:\s+\S.*)?$",
    re.IGNORECASE)
# Who signs: "Daglig leder", "Styreleiar", "Kari Nordmann, administrerende direktør", "Chief Executive Officer".
_ROLE_WORDS = (r"(?:daglig\s+leder|dagleg\s+leiar|administrerende\s+direktør|administrerande\s+direktør|adm\.?\s*dir\.?"
               r"|konsernsjef|styreleder|styreleiar|styrets\s+leder|styrets\s+leiar|styremedlem|nestleder|nestleiar"
               r"|kommunedirektør|rådmann|rådmannen|ordfører|varaordfører|fylkesdirektør|direktør|ceo|cfo|coo"
               r"|chief\s+\w+(?:\s+\w+)?\s+officer|chair(?:man|person|woman)?(?:\s+of\s+the\s+board)?|board\s+member"
               r"|managing\s+director|general\s+manager|hr-sjef|hr-direktør|personaldirektør|personalsjef|økonomisjef)")
SIGNATURE = re.compile(rf"^(?:[A-ZÆØÅ][\w.-]+(?:\s+[A-ZÆØÅ][\w.-]+){{1,3}},?\s+)?{_ROLE_WORDS}$", re.IGNORECASE)
# A date or time line: "Oppdatert 15. mars 2024", "Onsdag 5. mars 2025 kl. 17.00", "Tidspunkt kl. 18:00", "Updated: 3 June 2025".
DATE_ONLY = re.compile(
    r"^(?:(?:sist\s+)?(?:oppdatert|revidert|endret|endra|updated|revised|dato|date|tidspunkt|tid|time|publisert|published"
    r"|vedtatt|vedteke|adopted|godkjent|approved|dated|datert)\s*:?\s+)?"
    r"(?:(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\s*,?\s+(?:den\s+)?)?"
    r"(?:\d{1,2}\.?\s*(?:(?:jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)[a-zæøå]*\.?|\d{1,2}\.)\s*\d{4}"
    r"|\d{4}-\d{2}-\d{2}|kl\.?\s*\d|\d{1,2}[:.]\d{2}\b)",
    re.IGNORECASE)
_CELL_NUMBER = re.compile(r"^(?:\d{4}|[\d.,%]+|%|\(\w+\)|[–-])$")


def is_header_row(text: str) -> bool:
    """A table's header row on its own line: every word a column word or a year/figure ("Kjønn Antall Andel")."""
    words = text.split()
    if len(words) < 2 or NUMBERED.match(text):
        return False
    if all(w.lower() in HEADER_WORDS for w in words):
        return True
    return len(words) >= 3 and all(w.lower().strip("()") in HEADER_ROW_WORDS or _CELL_NUMBER.match(w) for w in words)


# A label run into its paragraph: a few words, a colon, then a sentence ("Bakgrunn: Saken gjelder ...").
RUN_IN = re.compile(r"^[^:\d]{2,40}:\s+[A-ZÆØÅa-zæøå][\wæøå,]*(?:\s+\S+){3,}")
# A light (non-bold) line is a heading only when clearly bigger than the body text;
# slightly bigger light lines are subtitles on a cover (organisation, date, place).
SUBTITLE_MIN_STEP = 3.0


@dataclass(frozen=True)
class Heading:
    lines: tuple[Line, ...]
    title: str
    number: str | None
    style: tuple[float, bool]

    @property
    def page(self) -> int:
        return self.lines[0].page


@dataclass(frozen=True)
class Segmentation:
    sections: tuple[Section, ...]
    front: TextMap  # text before the first heading
    front_lines: tuple[Line, ...]
    title: str | None  # document title when it is not part of the outline
    toc: tuple[str, ...]
    maps: dict[str, TextMap]  # section id → its text with provenance

    @cached_property
    def sentences(self) -> tuple:
        """The document's sentences (:mod:`extractor.sentences`), split once and read by every stage."""
        from extractor.sentences import split_sentences  # sentences builds on this module

        return split_sentences(self)

    @cached_property
    def line_sections(self) -> dict[tuple[int, tuple[float, ...], str], int]:
        """:func:`line_section_index` of the sections, built once."""
        return line_section_index(self.sections)


def line_section_index(sections: Iterable[Section]) -> dict[tuple[int, tuple[float, ...], str], int]:
    """The index of the first section whose body holds each line, by (page, bbox, text): which
    section a table's rows stand in, found without reading every section for every table."""
    out: dict[tuple[int, tuple[float, ...], str], int] = {}
    for k, section in enumerate(sections):
        for line in section.lines:
            out.setdefault((line.page, line.bbox, line.text), k)
    return out


def body_size(lines: list[Line]) -> float:
    """The font size most characters are set in."""
    weights: Counter[float] = Counter()
    for line in lines:
        if not line.in_table:
            weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def toc_entries(lines: list[Line]) -> list[tuple[int, str]]:
    """(index, title) of lines that look like table-of-contents entries."""
    return [(i, m.group("title").strip()) for i, line in enumerate(lines) if (m := TOC_LINE.match(line.text.strip()))]


def _style(line: Line) -> tuple[float, bool]:
    return (line.size, line.bold)


def is_heading_candidate(line: Line, body: float, settings: SegmentSettings) -> bool:
    text = line.text.strip()
    if line.in_table or not text or text.startswith(("•", "*", "†", "(", "–", "- ", "▪", "◦")) \
            or len(_LETTERS.findall(text)) < 2:
        return False
    if text.count(":") > 1 or is_header_row(text):
        return False  # "Fra styret: Forfall:" is a label line; "Nr Tiltak", "Kjønn Antall Andel" a table's header
    if CAPTION.match(text) or LABEL_LINE.match(text) or SIGNATURE.match(text) or DATE_ONLY.match(text):
        return False  # "Tabell 3: ...", "Ansvar: HR-sjef", "Daglig leder"
    if len(text.split()) > settings.heading_max_words:
        return False
    if text.endswith((",", ";")) or (text.endswith(".") and not NUMBERED.match(text)):
        return False
    if text.endswith(":") and (len(text.split()) > COLON_HEADING_MAX_WORDS or FORM_LABEL.match(text)):
        return False  # a lead-in sentence or a form label ("Møtedato:"); "Likelønn:" alone is a heading
    if RUN_IN.match(text) and not CASE_HEADING.match(text) and not NUMBERED.match(text):
        return False  # a run-in label at a paragraph's start: "Bakgrunn: Saken gjelder ..."
    if DATELINE.match(text):
        return False
    return line.size >= body + SUBTITLE_MIN_STEP if not line.bold else line.size >= body - 0.2


def is_subtitle(line: Line, body: float) -> bool:
    """Larger than body text but light: a cover subtitle (organisation, date, place)."""
    return not line.bold and body + 0.9 <= line.size < body + SUBTITLE_MIN_STEP


def _continues(prev: Line, line: Line, heading: list[Line]) -> bool:
    """Does ``line`` continue a multi-line heading that ends with ``prev``?"""
    if _style(prev) != _style(line) or prev.page != line.page or prev.column != line.column:
        return False
    if prev.text.rstrip().endswith(":"):
        return False  # "Likelønn:" ends its heading
    if NUMBERED.match(line.text) or CASE_HEADING.match(line.text) or len(heading) >= 3:
        return False
    gap = line.bbox[1] - prev.bbox[3]
    return gap < 0.6 * line.size


def find_headings(
    lines: list[Line], settings: SegmentSettings, vocab: frozenset[str] | None = None
) -> tuple[list[Heading], set[int], list[str], bool]:
    """Headings, the indices of the lines they use, the ToC titles, and whether
    the first heading is a cover title (followed by subtitle lines)."""
    body = body_size(lines)
    toc = toc_entries(lines)
    toc_idx = {i for i, _ in toc}
    toc_titles = [t for _, t in toc]
    toc_keys = [_toc_key(t) for t in toc_titles]  # normalised once: linear on long reports
    vocab = document_vocabulary(lines) if vocab is None else vocab
    headings: list[Heading] = []
    used: set[int] = set()
    cover = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in toc_idx or not (is_heading_candidate(line, body, settings) or _in_toc(line.text, toc_keys)):
            i += 1
            continue
        group = [line]
        j = i + 1
        while j < len(lines) and j not in toc_idx and _continues(group[-1], lines[j], group):
            group.append(lines[j])
            j += 1
        title = join_lines(group, vocab).text.replace("\n", " ").strip()
        number = None
        m = NUMBERED.match(title)
        if m and (line.bold or line.size > body + 0.9):
            number, title = m.group("num"), m.group("title").strip()
        headings.append(Heading(tuple(group), title, number, _style(line)))
        if len(headings) == 1 and line.page == 1:
            # a cover: the title over a block of subtitles (organisation, date, place)
            subtitles = 0
            while j + subtitles < len(lines) and lines[j + subtitles].page == 1 and is_subtitle(lines[j + subtitles], body):
                subtitles += 1
            cover = subtitles >= 2
        used.update(range(i, j))
        i = j
    return headings, used, toc_titles, bool(headings) and cover


def _toc_key(text: str) -> str:
    """A title as ToC matching compares it: without its number, in lower case."""
    return NUMBERED.sub(r"\g<title>", text.strip()).lower()


def _in_toc(text: str, toc_keys: list[str]) -> bool:
    """Does the line match a ToC entry (``toc_keys``: :func:`_toc_key` of each)?"""
    if not toc_keys:
        return False
    return process.extractOne(_toc_key(text), toc_keys, scorer=fuzz.ratio, score_cutoff=92) is not None


def assign_levels(headings: list[Heading], cover: bool = False) -> tuple[list[int], str | None]:
    """Level of each heading, and a document title dropped from the outline.

    The title is dropped when it stands on a cover (``cover``: followed by
    subtitle lines), or stands above a numbered outline in a bigger style.
    """
    numbered_styles: dict[tuple[float, bool], int] = {}
    for h in headings:
        if h.number:
            depth = h.number.count(".") + 1
            numbered_styles[h.style] = min(depth, numbered_styles.get(h.style, depth))
    title = None
    drop: set[int] = set()
    if cover and headings:
        title, drop = headings[0].title, {0}
    elif sum(1 for h in headings if h.number) >= 3:
        top_size = min((s[0] for s, d in numbered_styles.items() if d == 1), default=None)
        if top_size is not None:
            for k, h in enumerate(headings):
                if not h.number and h.page == 1 and h.style[0] > top_size and k == 0:
                    title, drop = h.title, {k}
    ranked = sorted({h.style for k, h in enumerate(headings) if k not in drop}, key=lambda s: (-s[0], not s[1]))
    rank = {s: r + 1 for r, s in enumerate(ranked)}
    levels: list[int] = []
    last_numbered: Heading | None = None
    last_numbered_level = 0
    for k, h in enumerate(headings):
        if k in drop:
            levels.append(0)
            continue
        if h.number:
            level = h.number.count(".") + 1
            last_numbered, last_numbered_level = h, level
        elif last_numbered is not None and h.style[0] <= last_numbered.style[0]:
            level = last_numbered_level + 1
        elif numbered_styles:
            level = numbered_styles.get(h.style, rank[h.style])
        else:
            level = rank[h.style]
        levels.append(level)
    return levels, title


def segment(lines: list[Line], settings: SegmentSettings) -> Segmentation:
    """Build the section tree of a document from its lines in reading order."""
    vocab = document_vocabulary(lines)
    headings, used, toc_titles, cover = find_headings(lines, settings, vocab)
    levels, title = assign_levels(headings, cover)
    starts = {id(h.lines[0]): k for k, h in enumerate(headings)}
    bodies: list[list[Line]] = [[] for _ in headings]
    front: list[Line] = []
    current: int | None = None
    for i, line in enumerate(lines):
        if id(line) in starts and i in used:
            current = starts[id(line)]
            continue
        if i in used:
            continue
        (front if current is None else bodies[current]).append(line)
    sections: list[Section] = []
    maps: dict[str, TextMap] = {}
    for k, h in enumerate(headings):
        if levels[k] == 0:
            front.extend(h.lines)
            front.extend(bodies[k])
            continue
        body = bodies[k]
        pages = [h.page] + [l.page for l in body]
        sid = f"s{len(sections) + 1}"
        maps[sid] = join_lines(body, vocab)
        sections.append(
            Section(
                id=sid,
                number=h.number,
                title=h.title,
                level=levels[k],
                page_start=h.page,
                page_end=max(pages),
                lines=tuple(body),
                heading_lines=h.lines,
                text=maps[sid].text,
            )
        )
    front.sort(key=lambda l: (l.page, l.bbox[1]))
    parents = parent_ids(sections)
    return Segmentation(
        sections=tuple(replace(s, parent=parents[s.id]) for s in sections),
        front=join_lines(front, vocab),
        front_lines=tuple(front),
        title=title,
        toc=tuple(toc_titles),
        maps=maps,
    )


def parent_ids(sections: tuple[Section, ...] | list[Section]) -> dict[str, str | None]:
    """The id of each section's parent (the nearest earlier section of lower level)."""
    stack: list[Section] = []
    parents: dict[str, str | None] = {}
    for s in sections:
        while stack and stack[-1].level >= s.level:
            stack.pop()
        parents[s.id] = stack[-1].id if stack else None
        stack.append(s)
    return parents


def text_maps(seg: Segmentation) -> Iterator[tuple[Section | None, TextMap]]:
    """(section, its text) for the front matter (section None) and every section, in order."""
    if seg.front.text:
        yield None, seg.front
    for s in seg.sections:
        yield s, seg.maps[s.id]


def ancestors(sections: tuple[Section, ...] | list[Section], section: Section) -> list[Section]:
    """The chain of sections above ``section``, nearest first (by ``parent``
    ids; by levels for sections built without them)."""
    by_id = {s.id: s for s in sections}
    out: list[Section] = []
    parent = section.parent
    while parent and parent in by_id:
        out.append(by_id[parent])
        parent = by_id[parent].parent
    if not out:
        secs = list(sections)
        k = next((i for i, s in enumerate(secs) if s.id == section.id), 0)
        level = section.level
        for s in reversed(secs[:k]):
            if s.level < level:
                out.append(s)
                level = s.level
    return out
