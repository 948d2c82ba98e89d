"""Is a temporal expression a deadline (due, planned, targeted, scheduled)?

:func:`is_deadline` scores the sentence around a :class:`TemporalMatch` with a
table of weighted cue patterns:

* plain cues (``frist``, ``planlagt``, ``mål``, ``oppstart`` / ``ble stiftet``,
  ``i fjor``, ``dekker perioden``) count wherever they are in the sentence;
* tense cues (``skal``, ``vil``, present passive ``gjennomføres`` / ``ble``,
  ``hadde``, ``har vært``, past participles) stand for the verb: only the one
  nearest the expression counts, preferably from the same clause;
* every cue is damped by its distance from the expression (full within 60
  characters, 0.6 within 120, else 0.3);
* the expression's own preposition counts (``innen`` +, ``per``/``siden`` −), and
  so does a relative expression that points forward (``neste år``, ``til høsten``);
* with ``doc_date``: an interval that ended before it is past (−3, only −1 when
  the sentence says ``frist``), one that starts after it is future (+2), one that
  contains it is current (+1), and a day equal to it is the publication date (−2).

A score of at least :data:`THRESHOLD` is a deadline. :func:`deadline_what` names
what is due: the clause around the expression minus the date words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from extractor.literal_gate import LiteralGate
from extractor.extract.temporal import TemporalMatch

__all__ = ["THRESHOLD", "column_header", "deadline_what", "is_deadline"]

THRESHOLD = 2.0


@dataclass(frozen=True, slots=True)
class Cue:
    """A weighted pattern; ``tense`` cues compete (only the nearest one counts)."""

    pattern: re.Pattern[str]
    weight: float
    tense: bool = False


def _c(pattern: str, weight: float, *, tense: bool = False) -> Cue:
    return Cue(re.compile(pattern, re.IGNORECASE), weight, tense)


_PASSIVE_STEMS = (
    r"gjennomføres|ferdigstilles|videreføres|implementeres|iverksettes|innføres|etableres|testes"
    r"|lanseres|publiseres|utarbeides|revideres|oppdateres|styrkes|evalueres|avsluttes|startes"
    r"|påbegynnes|overleveres|leveres|legges|tas|vedtas|sendes|behandles|utvides|gjøres|settes"
    r"|fullføres|avholdes|arrangeres|gjennomgås|følges|erstattes|fases|utlyses|signeres|inngås"
)
_PARTICIPLES = (
    r"ferdigstilt|publisert|gjennomført|avholdt|avsluttet|fullført|levert|sendt|vedtatt|etablert"
    r"|opprettet|stiftet|implementert|innført|avdekket|utført|arrangert|lansert|startet|igangsatt"
    r"|iverksatt|utlyst|oppdatert|revidert|godkjent|behandlet|signert|inngått"
)
_NOT_AFTER = r"(?<!ikke )(?<!ikkje )(?<!ha )(?<!planlagt )(?<!skal være )(?<!vil være )(?<!må være )(?<!bli )(?<!blir )(?<!skal )"

CUES: tuple[Cue, ...] = (
    # forward-looking
    _c(r"\w*frist(?:en|er|ene)?\b", 3.0),
    _c(r"\bplanlag(?:t|te)\b|\bplanlegges\b|\bplanlegger\b|\bplanen\s+er\b", 1.5),
    _c(r"\bmål(?:et|ene|setting(?:en|er)?|setning(?:en)?)?\b", 2.0),
    _c(r"\boppstart\b|\btas\s+i\s+bruk\b|\blegges\s+(?:frem|fram)\b|\bsikter\s+mot\b|\btar\s+sikte\s+på\b", 2.0),
    _c(r"\bforvent(?:es|et)\b|\bberegnet\s+til\b|\bberammet\b", 2.0),
    _c(r"\bførst\s+(?:er|blir|skjer)\b", 2.0),
    _c(r"\bneste\b|\bkommende\b|\bfremover\b|\bframover\b|\bfrem\s+mot\b|\bgår\s+(?:\w+\s+)?over\s+til\b", 1.0),
    _c(r"\bplanlag(?:t|te)\b|\bplanlegges\b", 3.0, tense=True),
    _c(r"\bskal\b|\bvil\b|\bkommer\s+til\s+å\b|\bmå\b", 2.0, tense=True),
    _c(r"\b(?:skal|vil|må)\s+ha\s+\w+(?:t|et|dd)\b", 2.0, tense=True),  # "skal ha signert": future perfect
    _c(r"\bkjem\s+til\s+å\b|\bwill\b|\bshall\b|\bplan(?:s|ned)?\s+to\b|\baim\s+to\b", 2.0, tense=True),
    _c(r"\btre(?:r)?\s+i\s+kraft\b|\bdeadline\b|\btarget\b|\bmålet\s+er\b", 2.0),
    # entry into force, nb / nn / en: "tek til å gjelde 1. september 2025", "gjelder fra", "takes effect"
    _c(r"\b(?:tek|tar|trer|trådte)\s+til\s+å\s+gjelde\b|\bgjeld(?:er)?\s+(?:fra|frå)\b|\bsetjast\s+i\s+verk\b"
       r"|\b(?:takes?|take)\s+effect\b|\b(?:enters?|comes?)\s+into\s+force\b|\beffective\s+(?:from|as\s+of)\b", 2.0),
    _c(r"\bskal\s+vere\b|\bskal\s+vera\b|\bvert\b|\bblir\s+sett\b|\b(?!kontrast)\w{5,}ast\b", 2.0, tense=True),
    # the document's own dates: meeting, case history, publication, revision
    _c(r"\bmøte(?:dato|dag|tid|stad|sted)\b|\bsaksgang\b|\butval(?:g)?\s*\|\s*møte|(?<!planlagt )(?<!skal )(?<!vil )(?<!blir )(?<!be )\bpublisert\b"
       r"|(?<!be )(?<!will be )(?<!to be )\bpublished\b"
       r"|\butgitt\b|\butgjeve\b|\bsist\s+(?:oppdatert|endret|endra|revidert)\b|\blast\s+(?:updated|revised)\b"
       r"|\btidlegare\s+handsaming\b|\btidligere\s+behandling\b|\bmøtebok\w*\b|\bprotokoll\s+fr[aå]\b"
       r"|\bskrevet\s+ut\b|\bskrive\s+ut\b|\bprinted\b|\butskrift\b|\bfr[aå]\s+møtet\b"
       r"|\b(?:ålmenn|allmenn|offentleg|offentlig|public)\s+(?:ettersyn|inspection)\b"
       r"|^\s*[A-ZÆØÅ][\wæøå .-]{1,40},\s+(?:den\s+)?\d{1,2}\.?\s+\w+\.?\s+\d{4}|\s·\s", -4.0),
    # a term of office or a period, a forecast, a case's route through bodies
    _c(r"\bfor\s+(?:the\s+)?period\b|\bfor\s+perioden\b|\bi\s+perioden\b|\bfunksjonsperiode|\bterm\s+of\s+office"
       r"|\b(?:venta|ventet|forventet|forventa|expected|projected|estimert|anslått)\s+(?:å\s+|to\s+)?(?:gå\s+ned|gå\s+opp"
       r"|auke|øke|stige|falle|synke|minke|increase|decrease|grow|fall|rise|decline)"
       r"|^\s*[A-ZÆØÅ][\wæøå]*(?:utval|utvalet|utvalg|utvalget|styret|tinget|skapet|rådet)\s+\d{1,2}\.\d{1,2}\.\d{2,4}\s*$",
       -4.0),
    # a measure's status in its row: not started or under way looks forward, done looks back
    _c(r"\bikke\s+(?:startet|påbegynt|igangsatt)\b|\bikkje\s+(?:starta|påbyrja|sett\s+i\s+gang)\b|\bunder\s+arbeid\b"
       r"|\bpågår\b|\bpågåande\b|\bplanlagt\b|\bigangsatt\b|\bnot\s+started\b|\bin\s+progress\b|\bongoing\b"
       r"|\bplanned\b|\butsatt\b|\bpostponed\b|\bdelayed\b", 2.0),
    _c(r"(?:^|\|)\s*(?:fullført|fullført|ferdig(?:stilt)?|completed|done|gjennomført|gjennomført\s+\d+\s*%)\s*(?:\||$)|[●✓✔]", -3.0),
    _c(r"^\s*•\s*[a-zæøå]+e\b", 1.0),  # a list item led by an infinitive: "• gjennomføre ..."
    _c(rf"\b(?:\w*(?:{_PASSIVE_STEMS}))\b", 2.0, tense=True),
    _c(r"\bblir\b", 2.0, tense=True),
    # backward-looking
    _c(r"\bble\b|\bhadde\b|\bhar\s+vært\b|\bhar\s+hatt\b|\bhar\s+blitt\b", -3.0, tense=True),
    _c(r"\bvart\b|\bfekk\b|\bhar\s+vore\b|\bwas\b|\bwere\b|\bhad\b", -3.0, tense=True),  # nn, en past
    # past of -ere verbs ("etablerte i 2023"), not the adjective ("verdibaserte anskaffelser")
    _c(r"\b\w{3,}erte(?=\s+(?:i|en|et|ei|de|vi|seg|den|det|dette|disse|alle|nye?|\d))", -2.0, tense=True),
    _c(r"\bvar\b|\bgjennomførte\b|\bgjorde\b|(?<!ikke )(?<!ikkje )\bstartet\b|\bfikk\b|\bvedtok\b|\binngikk\b|\bkartla\b|\btok\b", -2.0, tense=True),
    # a weak past verb next to its pronoun subject: "I 2025 implementerte vi", "vi jobbet"
    _c(r"\b\w+(?:et|te|dde)\s+(?:vi|hun|han|man)\b|\b(?:vi|hun|han|man)\s+\w+(?:et|te|dde)\b", -2.0, tense=True),
    _c(rf"{_NOT_AFTER}\b(?:{_PARTICIPLES})\b", -2.0, tense=True),
    _c(r"\bi\s+fjor\b|\bforrige\s+år\b|\btidligere\b|\bstiftet\b|\bopprettet\b|\bdatert\b|^\s*dato\b|\bdato\s*:", -2.0),
    _c(r"\bdekker\s+(?:perioden|året)\b|\bperioden\s+fra\b|\brapporteringsår|\bsammenlignet\s+med\b", -2.0),
)
PREP_WEIGHTS = MappingProxyType({
    "innen": 2.0, "innen utgangen av": 2.0, "innen slutten av": 2.0, "senest": 2.0, "før": 1.5,
    "før utgangen av": 1.5, "frem til": 0.5, "fram til": 0.5, "per": -3.0, "pr.": -3.0,
    "siden": -2.0, "sammenlignet med": -2.0,
    "innan": 2.0, "innan utgangen av": 2.0, "by the end of": 2.0, "before the end of": 2.0, "by": 1.5,
    "before": 1.5, "medio": 1.0, "primo": 1.0, "ultimo": 1.0, "ut": 0.5, "seinast": 2.0, "no later than": 2.0,
    "within": 1.0,
})
# A relative expression that points forward by itself: "neste år", "til høsten".
_FORWARD_SELF = re.compile(r"\b(?:neste|kommende|påfølgende)\b|^til\s+(?:våren|sommeren|høsten|vinteren)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:()]|\s[-–]\s|(?<!-\s)\b(?:og|men|mens|som|der|hvor|fordi|selv\s+om)\b", re.IGNORECASE)
_FRIST = CUES[0].pattern
_CUE_GATE = LiteralGate.of([cue.pattern for cue in CUES])  # each cue run only where its words are


def _locate(sentence: str, match: TemporalMatch) -> tuple[int, int]:
    """Where the match lies in ``sentence`` (its offsets, or else its first occurrence)."""
    if 0 <= match.start <= match.end <= len(sentence) and sentence[match.start:match.end] == match.text:
        return match.start, match.end
    i = sentence.find(match.text)
    return (i, i + len(match.text)) if i >= 0 else (0, 0)


def _damp(distance: int) -> float:
    return 1.0 if distance <= 60 else 0.6 if distance <= 120 else 0.3


def _clause(sentence: str, s: int, e: int) -> tuple[int, int]:
    """Bounds of the clause holding ``sentence[s:e]``."""
    lo = max((m.end() for m in _CLAUSE.finditer(sentence, 0, s)), default=0)
    hi = next((m.start() for m in _CLAUSE.finditer(sentence, e)), len(sentence))
    return lo, hi


def _date_score(match: TemporalMatch, doc_date: date | None, has_frist: bool) -> float:
    if doc_date is None:
        return 0.0
    if match.granularity == "day" and match.end_date == doc_date:
        return -2.0
    if match.end_date < doc_date:
        return -1.0 if has_frist else -3.0
    if match.start_date > doc_date:
        return 2.0
    return 1.0


_FIGURE_AFTER = re.compile(r"\s*\|\s*[\d\s.,%–-]+(?:\||$)")
_TARGET_BEFORE = re.compile(r"\b(?:mål\w*|target\w*|goal\w*|ambisjon\w*|ambition\w*)\b[^.]{0,30}$", re.IGNORECASE)
_STRONG_PREPS = frozenset({"innen", "innan", "senest", "seinast", "innen utgangen av", "innan utgangen av", "by", "by the end of"})

# Sections about plans: their dated items are mostly due dates.
PLAN_SECTION = re.compile(
    r"\bplan(?:er|ar|s)?\b|\bmål\b|\btiltak\b|\bvidere\s+arbeid\b|\bframover\b|\bfremover\b|\bnext\s+steps\b"
    r"|\bgoals?\b",
    re.IGNORECASE,
)
PLAN_SECTION_WEIGHT = 1.0


# Table columns whose dates are due dates, and columns of the document's own dates.
DUE_COLUMN = re.compile(
    r"\b(?:\w*frist\w*|deadline|due(?:\s+date)?|tidsplan|tidsramme|tidspunkt|når|innan|innen|ferdig\w*|target(?:\s+date)?"
    r"|timeline|timing|gjennomføring|gjennomføres|periode\s+for\s+gjennomføring|dato\s+for\s+gjennomføring)\b",
    re.IGNORECASE)
OWN_DATE_COLUMN = re.compile(r"\b(?:møtedato|møte|dato|date|publisert|published|vedteke|vedtatt|behandla|behandlet|utval|utvalg)\b",
                             re.IGNORECASE)
COLUMN_WEIGHT = 3.0


def column_header(text: str, pos: int) -> str:
    """The header cell above position ``pos`` of a table row ("a | b | c" lines), or ""."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo:hi if hi >= 0 else len(text)]
    if "|" not in line:
        return ""
    idx = text[lo:pos].count("|")
    header = line
    while lo > 0:
        prev_lo = text.rfind("\n", 0, lo - 1) + 1
        prev = text[prev_lo:lo - 1]
        if "|" not in prev:
            break
        header, lo = prev, prev_lo
    if header is line:
        return ""
    cells = header.split("|")
    return cells[idx].strip() if idx < len(cells) else ""


def deadline_score(sentence: str, match: TemporalMatch, *, doc_date: date | None = None, section_title: str = "",
                   column: str = "") -> float:
    """The weighted cue score behind :func:`is_deadline` (positive: forward-looking);
    ``column`` is the header of the table column the expression stands in."""
    s, e = _locate(sentence, match)
    lo, hi = _clause(sentence, s, e)
    score = PREP_WEIGHTS.get(match.prep, 0.0)
    if match.prep == "for" and match.granularity in ("year", "multi_year") \
            and not _TARGET_BEFORE.search(sentence[max(0, s - 40):s]):
        score -= 3.0  # "budsjettet for 2025", "lønnsoppgjøret for 2025": the period named, not a due date
    if _FIGURE_AFTER.match(sentence[e:]):
        score -= 3.0  # a label over figures: "Medarbeidere ved årsslutt | 614 | 590"
    if column and DUE_COLUMN.search(column):
        score += COLUMN_WEIGHT
    elif column and OWN_DATE_COLUMN.search(column):
        score -= COLUMN_WEIGHT
    if PLAN_SECTION.search(section_title):
        score += PLAN_SECTION_WEIGHT
    if match.granularity == "multi_year" and PREP_WEIGHTS.get(match.prep, 0.0) <= 0:
        score -= 3.0  # "handlingsplan for 2025–2027": the name of a period, not a due date
    tense: list[tuple[int, bool, float]] = []  # (distance, same clause, weighted value)
    for i, m in _CUE_GATE.finditer(sentence):
        cue = CUES[i]
        if s <= m.start() < e:
            continue  # words of the expression itself ("til høsten" aside)
        dist = s - m.end() if m.end() <= s else m.start() - e
        value = cue.weight * _damp(max(0, dist))
        if cue.tense:
            tense.append((max(0, dist), lo <= m.start() < hi, value))
        else:
            score += value
    if tense:
        same = [t for t in tense if t[1]]
        dist, in_clause, value = min(same or tense)
        score += value if in_clause else 0.5 * value
    if match.relative and _FORWARD_SELF.search(match.text):
        score += 2.0
    return score + _date_score(match, doc_date, bool(_FRIST.search(sentence)) or match.prep in _STRONG_PREPS)


def is_deadline(sentence: str, match: TemporalMatch, *, doc_date: date | None = None, section_title: str = "",
                column: str = "") -> bool:
    """True when ``match`` in ``sentence`` is forward-looking: due, planned, target, scheduled.

    ``match`` offsets are taken relative to ``sentence`` when they fit it, otherwise
    the first occurrence of ``match.text`` is used. ``doc_date`` (the document's
    date) moves the decision: dates before it are rarely deadlines. A
    ``section_title`` about plans, goals or measures leans towards yes.
    """
    return deadline_score(sentence, match, doc_date=doc_date, section_title=section_title, column=column) >= THRESHOLD


_LEAD = frozenset("og men som at der hvor mens i er så da".split())
_TRAIL = frozenset("i er og på med om som".split())
_MAX_WORDS = 12
_WHAT_LEFT = re.compile(r"[.;:!?()•|]|\(cid:\d+\)")
_WHAT_RIGHT = re.compile(r"[.,;!?()•](?:\s|$)|[;!?()•|]|\(cid:\d+\)")


def deadline_what(sentence: str, match: TemporalMatch) -> str:
    """A short phrase (≤ 12 words) for what is due: the clause minus the date words."""
    s, e = _locate(sentence, match)
    lo = max((m.end() for m in _WHAT_LEFT.finditer(sentence, 0, s)), default=0)
    hi_m = _WHAT_RIGHT.search(sentence[e:])
    hi = e + hi_m.start() if hi_m else len(sentence)
    left = sentence[lo:s].split()
    right = sentence[e:hi].split()
    while left and left[-1].lower() in _TRAIL:
        left = left[:-1]
    while left and left[0].lower().strip(",") in _LEAD:
        left = left[1:]
    while right and right[-1].lower().strip(",") in _TRAIL | _LEAD:
        right = right[:-1]
    if len(left) + len(right) > _MAX_WORDS:
        keep_right = min(len(right), max(_MAX_WORDS - len(left), 4))
        right = right[:keep_right]
        left = left[len(left) - (_MAX_WORDS - keep_right):] if _MAX_WORDS > keep_right else []
    return " ".join(left + right).strip(" ,–-")
