"""A small rule-based grammar for Norwegian temporal expressions.

:func:`find_temporal` finds dates and periods in plain text and resolves each to
a ``[start_date, end_date]`` interval:

* days: ``25. september 2026``, ``torsdag 18. november kl. 0900``, ``30.06.2026``,
  ``30.6.26``, ``2026-06-30``, ``19. november`` (year from the reference);
* months: ``september 2026``, ``i november`` (a bare month needs a preposition);
* quarters ``Q4``, ``Q4 2023``, ``4. kvartal 2024``, ``tredje kvartal``; halves
  ``første halvår 2025``, ``2. halvår``, ``H1 2025``, ``første halvdel av 2023``;
* seasons ``våren/sommeren/høsten/vinteren [YYYY]``, ``høst 2024``, ``i høst``;
* years ``i 2026``, ``innen 2030`` (a bare year needs a preposition or trigger such as
  ``år``, so counts like ``2094 søkere`` are not years), ranges ``2024–2026``;
* year ends and relative years: ``før årsskiftet 2023``, ``ved årsslutt``,
  ``i løpet av året``, ``i år``, ``neste år``, ``i fjor``.

A leading preposition (``innen``, ``før``, ``i løpet av``, ``innen utgangen av``,
``fra``, ``per`` …) is part of the match and is kept in :attr:`TemporalMatch.prep`;
it does not change the interval (``innen 2030`` is 2030-01-01..2030-12-31, so its
due date, ``end_date``, is 2030-12-31; ``før 2030`` likewise ends 2030-12-31).

Choices: seasons are meteorological – våren 03-01..05-31, sommeren 06-01..08-31,
høsten 09-01..11-30, and ``vinteren YYYY`` is the winter that *starts* in December
of YYYY, i.e. YYYY-12-01..(YYYY+1)-02-28/29. Year-end expressions (``årsskiftet``,
``årsslutt``) are the single day 12-31. Expressions that need a reference year
(no year written, or ``i år``/``neste år``) are marked ``relative=True`` and are
left out when neither ``ref_year`` nor ``ref_date`` is given (``ref_date`` wins).
Times (``kl. 09.00``) are kept in the match text but ignored. A numeric date with a two-digit year needs
a two-digit day or month (``30.6.26``, not ``2.1.10``, which is a section number).
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Literal

from extractor.literal_gate import LiteralGate
from extractor.extract.numbers_nb import ORDINAL_PATTERN, ORDINALS

__all__ = ["Granularity", "TemporalMatch", "find_temporal"]

Granularity = Literal["day", "month", "quarter", "tertial", "half", "season", "year", "multi_year"]


@dataclass(frozen=True, slots=True)
class TemporalMatch:
    """One temporal expression: ``text == source[start:end]``, resolved to an interval."""

    start: int
    end: int
    text: str
    start_date: date
    end_date: date
    granularity: Granularity
    relative: bool
    prep: str = ""  # leading preposition, lower-cased with single spaces ("innen", "i løpet av")


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des")
_ENGLISH_MONTHS = {"may": 5, "oct": 10, "dec": 12}  # English reports: the other names share a prefix
_MONTH = (
    r"(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
    r"|january|february|march|may|june|july|october|december"
    r"|jan\.|febr?\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|okt\.|nov\.|des\.)"
)
_MON_END = r"(?!\w)"
_WEEKDAY = r"(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+(?:den\s+)?|den\s+)?"
_CLOCK = r"\d{1,2}(?:[.:]?\d{2})?"
_TIME = rf"(?:,?\s*(?:kl\.?|klokken)\s*{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?)?"
_YEAR_STOP = r"(?!\d|[.,]\d|\s?%|\s\d{3}(?!\d)|\s*(?:prosent|kr\b|kroner|nok\b|mill|milliard|ansatte|personer|søkere|stk))"
_I = re.IGNORECASE

# (kind, pattern); earlier rules win ties between equally long candidates.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])" + _TIME, _I)),
    ("numdate", re.compile(rf"(?<![\w.,/]){_WEEKDAY}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})(?!\d|[.,]\d){_TIME}", _I)),
    ("daymonth", re.compile(
        rf"(?<![\w.,]){_WEEKDAY}(?P<d>\d{{1,2}})(?:\.\s*|\s+)(?P<mon>{_MONTH}){_MON_END}(?:,?\s+(?P<y>\d{{4}}){_YEAR_STOP})?{_TIME}", _I)),
    ("month", re.compile(rf"(?<![\w.])(?P<mon>{_MONTH}){_MON_END}(?:\s+(?P<y>\d{{4}}){_YEAR_STOP})?", _I)),
    ("quarter", re.compile(
        rf"(?:\bQ(?P<q>[1-4])\b|(?:(?<![\w.,])(?P<qn>[1-4])\.\s*|(?P<qo>{ORDINAL_PATTERN})\s+)(?:kvartal(?:et)?|kv\.))"
        rf"(?:\s*[-/]?\s*(?P<y>\d{{4}}){_YEAR_STOP})?", _I)),
    ("half", re.compile(
        rf"(?:(?<![\w.,])(?P<hn>[12])\.\s*|(?P<ho>{ORDINAL_PATTERN})\s+)(?:halvår(?:et)?|halvdel(?:en)?\s+av\s+(?:året|(?=\d{{4}})))"
        rf"(?:\s*(?P<y>\d{{4}}){_YEAR_STOP})?|\bH(?P<hh>[12])\s*(?P<y2>\d{{4}})\b", _I)),
    ("tertial", re.compile(
        rf"(?:(?:(?<![\w.,])(?P<tn>[1-3])\.\s*|(?P<to>{ORDINAL_PATTERN})\s+)tertial(?:et)?|\bT(?P<tt>[1-3])(?=\s*[-/]?\s*\d{{4}}))"
        rf"(?:\s*[-/]?\s*(?P<y>\d{{4}}){_YEAR_STOP})?", _I)),
    ("season", re.compile(
        rf"\b(?:(?P<sd>våren|sommeren|sommaren|høsten|hausten|vinteren)(?!\w)(?:\s+(?P<y>\d{{4}}){_YEAR_STOP})?"
        rf"|(?P<ss>vår|sommer|sommar|høst|haust|vinter)[\s-]+(?P<y2>\d{{4}}){_YEAR_STOP}"
        rf"|i\s+(?P<si>sommer|sommar|høst|haust|vinter)(?!\w))", _I)),
    ("en_season", re.compile(
        r"\b(?:(?:in|during|by)\s+)?(?:the\s+)?(?P<sd>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>\d{4})(?!\d)", _I)),
    ("en_half", re.compile(r"\b(?:the\s+)?(?P<ho>first|second)\s+half\s+of\s+(?:the\s+year\s+)?(?P<y>\d{4})(?!\d)", _I)),
    ("yearend", re.compile(r"\b(?:årsskiftet|årsslutt|årets\s+utgang)(?:\s+(?P<y>\d{4})(?:\s*/\s*(?:\d{4}|\d{2}))?(?!\d))?", _I)),
    ("range", re.compile(r"(?<![\w.,/-])(?P<y>\d{4})\s*[-–—/]\s*(?P<y2>\d{4}|\d{2})(?![\w-]|[.,]\d)", _I)),
    ("relyear", re.compile(
        r"\b(?:(?P<this>i\s+år)(?!\s*\d)|(?P<next>neste|kommende|påfølgende)\s+år|(?P<prev>i\s+fjor|forrige\s+år)|(?P<the>året))(?!\w)", _I)),
    ("year", re.compile(r"(?<![\w.,/-])(?P<y>\d{4})(?![\w-])" + _YEAR_STOP, _I)),
)

# the rules, each run only on a text holding a word it requires (a month name, a season ...)
_RULE_GATE = LiteralGate.of([rx for _, rx in _RULES])

_PREPS = (
    "frem til utgangen av", "innen utgangen av", "innen slutten av", "ved utgangen av", "til utgangen av",
    "før utgangen av", "til slutten av", "før slutten av", "mot slutten av", "i slutten av",
    "innen starten av", "fra starten av", "fra begynnelsen av", "gjennom hele", "i hele", "for hele",
    "i starten av", "i begynnelsen av", "i løpet av", "fra og med", "til og med", "frem til",
    "fram til", "sammenlignet med", "utgangen av", "slutten av", "starten av", "begynnelsen av",
    "innen", "senest", "før", "fra", "til", "for", "per", "pr.", "mot", "etter", "siden",
    "medio", "ultimo", "primo", "ved", "gjennom", "f.o.m.", "t.o.m.", "år", "i", "på",
    # Nynorsk and English reports
    "innan utgangen av", "innan", "i løpet av", "by the end of", "before the end of", "at the end of",
    "end of", "by", "before", "until", "during", "in", "ut", "ut heile", "ut hele", "through", "throughout",
    "no later than", "not later than", "within", "frå", "frå og med", "fram til", "seinast", "innan slutten av",
    "from", "with effect from", "med virkning fra", "med verknad frå",
)
_PREP_TAIL = re.compile(
    r"(?<![\w.])(?P<prep>"
    + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in _PREPS), key=len, reverse=True))
    + r")\s+$",
    _I,
)
# Prepositions that license a bare year ("i 2026") or bare month ("i november").
_YEAR_PREPS = frozenset(_PREPS) - {"på", "gjennom", "ved"}
_MONTH_PREPS = _YEAR_PREPS - {"år", "for"}
# "året" on its own is a year only after these.
_THE_YEAR_PREPS = frozenset(p for p in _PREPS if p.endswith(" av")) | {"ut", "ut hele", "ut heile"}
# Prepositions that may stand before "i fjor", "i år", "i høst".
_BEFORE_I = frozenset({"fra", "til", "siden", "fra og med", "frem til", "fram til", "innen"})
_WS = re.compile(r"\s+")

_Resolved = tuple[date, date, Granularity, bool]


def _ok(y: int) -> bool:
    return 1990 <= y <= 2100


def _full_year(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    return 2000 + y if len(s) == 2 else y


def _mend(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month_no(name: str) -> int:
    prefix = name.lower()[:3]
    return _ENGLISH_MONTHS[prefix] if prefix in _ENGLISH_MONTHS else _MONTH_NAMES.index(prefix) + 1


def _pick_year(written: str | None, ref: int | None) -> tuple[int | None, bool]:
    y = _full_year(written)
    return (y, False) if y is not None else (ref, True)


def _day(d: int, m: int, y: int | None, rel: bool) -> _Resolved | None:
    if y is None or not _ok(y):
        return None
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day, day, "day", rel


def _r_iso(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    return _day(int(g["d"] or 0), int(g["m"] or 0), int(g["y"] or 0), False)


def _r_daymonth(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    d, y = g["d"] or "0", g["y"] or ""
    if g.get("mon"):
        year, rel = _pick_year(y, ref)
        return _day(int(d), _month_no(g["mon"] or ""), year, rel)
    m = g["m"] or "0"
    if len(y) == 2 and len(d) == 1 and len(m) == 1:
        return None  # "2.1.10" is a section number more often than 2 Jan 2010
    return _day(int(d), int(m), _full_year(y), False)


def _r_month(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    if not g["y"] and prep not in _MONTH_PREPS:
        return None
    y, rel = _pick_year(g["y"], ref)
    if y is None or not _ok(y):
        return None
    m = _month_no(g["mon"] or "")
    if prep == "medio":
        return date(y, m, 15), date(y, m, 15), "day", rel
    if prep == "primo":
        return date(y, m, 1), date(y, m, 10), "month", rel
    return date(y, m, 1), _mend(y, m), "month", rel


def _ordinal(digit: str | None, word: str | None, last: int) -> int:
    if digit:
        return int(digit)
    n = ORDINALS.get(_WS.sub(" ", (word or "").lower()), 0)
    return last if n == -1 else n


def _r_quarter(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    q = int(g["q"]) if g["q"] else _ordinal(g["qn"], g["qo"], 4)
    y, rel = _pick_year(g["y"], ref)
    if not 1 <= q <= 4 or y is None or not _ok(y):
        return None
    return date(y, 3 * q - 2, 1), _mend(y, 3 * q), "quarter", rel


def _r_half(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    h = int(g["hh"]) if g["hh"] else _ordinal(g["hn"], g["ho"], 2)
    y, rel = _pick_year(g["y"] or g["y2"], ref)
    if not 1 <= h <= 2 or y is None or not _ok(y):
        return None
    return date(y, 6 * h - 5, 1), _mend(y, 6 * h), "half", rel


def _r_tertial(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    """Tertials end 30 April, 31 August and 31 December."""
    t = int(g["tt"]) if g["tt"] else _ordinal(g["tn"], g["to"], 3)
    y, rel = _pick_year(g["y"], ref)
    if not 1 <= t <= 3 or y is None or not _ok(y):
        return None
    return date(y, 4 * t - 3, 1), _mend(y, 4 * t), "tertial", rel


_EN_SEASONS = MappingProxyType({"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                                "winter": (12, 2)})


def _r_en_season(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    y = int(g["y"] or 0)
    if not _ok(y):
        return None
    m0, m1 = _EN_SEASONS[(g["sd"] or "").lower()]
    return date(y, m0, 1), _mend(y + (m1 < m0), m1), "season", False


def _r_en_half(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    y, h = int(g["y"] or 0), 1 if (g["ho"] or "").lower() == "first" else 2
    return (date(y, 6 * h - 5, 1), _mend(y, 6 * h), "half", False) if _ok(y) else None


_SEASONS = MappingProxyType({"vår": (3, 5), "sommer": (6, 8), "sommar": (6, 8), "høst": (9, 11), "haust": (9, 11),
                             "vinter": (12, 2)})


def _r_season(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    word = (g["sd"] or g["ss"] or g["si"] or "").lower()
    key = next(k for k in _SEASONS if word.startswith(k))
    y, rel = _pick_year(g["y"] or g["y2"], ref)
    if y is None or not _ok(y):
        return None
    m0, m1 = _SEASONS[key]
    return date(y, m0, 1), _mend(y + (m1 < m0), m1), "season", rel


def _r_yearend(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    y, rel = _pick_year(g["y"], ref)
    if y is None or not _ok(y):
        return None
    return date(y, 12, 31), date(y, 12, 31), "day", rel


def _r_range(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    y1 = int(g["y"] or 0)
    y2s = g["y2"] or ""
    y2 = (y1 // 100) * 100 + int(y2s) if len(y2s) == 2 else int(y2s)
    if not (_ok(y1) and _ok(y2) and y1 < y2 <= y1 + 30):
        return None
    return date(y1, 1, 1), date(y2, 12, 31), "multi_year", False


def _r_relyear(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    if ref is None or (g["the"] and prep not in _THE_YEAR_PREPS):
        return None
    y = ref + (1 if g["next"] else -1 if g["prev"] else 0)
    return date(y, 1, 1), date(y, 12, 31), "year", True


def _r_year(g: dict[str, str | None], prep: str, ref: int | None) -> _Resolved | None:
    y = int(g["y"] or 0)
    if prep not in _YEAR_PREPS or not _ok(y):
        return None
    if prep == "medio":  # the middle of the year, not its end
        return date(y, 6, 1), date(y, 6, 30), "month", False
    if prep == "primo":
        return date(y, 1, 1), date(y, 1, 31), "month", False
    return date(y, 1, 1), date(y, 12, 31), "year", False


_RESOLVERS: Mapping[str, Callable[[dict[str, str | None], str, int | None], _Resolved | None]] = MappingProxyType({
    "iso": _r_iso, "numdate": _r_daymonth, "daymonth": _r_daymonth, "month": _r_month,
    "quarter": _r_quarter, "tertial": _r_tertial, "half": _r_half, "en_season": _r_en_season, "en_half": _r_en_half, "season": _r_season, "yearend": _r_yearend,
    "range": _r_range, "relyear": _r_relyear, "year": _r_year,
})


def _prep_before(text: str, pos: int) -> tuple[int, str]:
    """Start of a preposition directly before ``pos`` and the preposition (or ``pos, ""``)."""
    lo = max(0, pos - 40)
    m = _PREP_TAIL.search(text, lo, pos)
    if m is None:
        return pos, ""
    return m.start(), _WS.sub(" ", m.group("prep").lower())


def find_temporal(text: str, *, ref_year: int | None = None, ref_date: date | None = None) -> list[TemporalMatch]:
    """All temporal expressions in ``text``, left to right, without overlaps.

    ``ref_date`` (the document's date; its year wins) or else ``ref_year`` resolves
    expressions without a written year; without either those expressions are skipped.
    For an annual report written the year after, pass that year, not the report year. Overlapping candidates are
    resolved by keeping the longest (then the earliest rule).
    """
    ref = ref_date.year if ref_date is not None else ref_year
    cands: list[tuple[int, int, int, TemporalMatch]] = []
    for order, m in _RULE_GATE.finditer(text):
        kind = _RULES[order][0]
        start, prep = _prep_before(text, m.start())
        if prep and prep not in _BEFORE_I and m.group(0)[:2].lower() == "i ":
            start, prep = m.start(), ""  # "i fjor", "i høst" carry their own "i"
        if prep.startswith("ut") and kind not in ("year", "relyear"):
            start, prep = m.start(), ""  # a verb's particle: "lyses ut vinteren 2025"
        res = _RESOLVERS[kind](m.groupdict(), prep, ref)
        if res is None:
            continue
        end = m.end()
        cands.append((start, -(end - start), order,
                      TemporalMatch(start, end, text[start:end], res[0], res[1], res[2], res[3], prep)))
    out: list[TemporalMatch] = []
    taken: list[tuple[int, int]] = []
    for _, _, _, tm in sorted(cands, key=lambda c: (c[1], c[0], c[2])):
        if all(tm.end <= s or tm.start >= e for s, e in taken):
            taken.append((tm.start, tm.end))
            out.append(tm)
    return sorted(out, key=lambda t: t.start)
