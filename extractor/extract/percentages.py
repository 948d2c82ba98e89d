"""Percentages in Norwegian text: find, classify, and name what they measure.

:func:`find_percentages` returns one :class:`PercentMatch` per mention: ``85 %``,
``85%``, ``85 prosent``, ``7,38 %`` (7.38), ``1 053 %``, ``ni prosent``,
``tjuefem prosent``, ``12 prosentpoeng`` / ``3 %-poeng`` (unit
``percentage_points``). A range gives one match per value, both carrying the span
and text of the whole range: ``50-50%``, ``50/50 %``, ``fra 42 til 50 prosent``,
``mellom 40 og 60 %``.

Thousands: thin/no-break spaces always group digits (``1 053 %``); a plain space
does too, except before a final group ``100`` (``6 100 %`` in a table row is a count
followed by 100 %, not 6100 %).

:func:`classify_percentage` and :func:`percentage_subject` are heuristics over the
sentence the match was found in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from extractor.extract.numbers_nb import NUMBER_WORD_PATTERN, parse_number_word

__all__ = ["PercentMatch", "classify_percentage", "find_percentages", "percentage_subject"]

Unit = Literal["percent", "percentage_points"]


@dataclass(frozen=True, slots=True)
class PercentMatch:
    """One percentage value; ``text == source[start:end]`` (a range shares its span)."""

    start: int
    end: int
    text: str
    value: float
    unit: Unit


_NUM = r"\d{1,3}(?:[\u00a0\u2009\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_NUMW = rf"(?:{_NUM}|{NUMBER_WORD_PATTERN})"
_PP_UNIT = (r"%\s?-?\s?poeng|%-p\b|pro(?:-\s*)?sent\s?-?\s?poeng|prosentenhet(?:er)?"
            r"|percentage\s+points?\b")
_PC_UNIT = r"%|pro(?:-\s*)?sents?(?![a-zæøå])|pst\.?(?!\w)|per\s?cent\b|percent\b"
_PCT = re.compile(
    r"(?<![\w.,:])(?<!cid:)"
    rf"(?:(?P<lead>(?:fra\s+)?(?P<a1>{_NUMW})\s+til\s+|mellom\s+(?P<a2>{_NUMW})\s+og\s+|(?P<a3>{_NUM})\s*[-–/]\s*))?"
    rf"(?P<n>{_NUMW})\s*(?:(?P<pp>{_PP_UNIT})|(?P<pc>{_PC_UNIT}))",
    re.IGNORECASE,
)
_PLAIN_100 = re.compile(r"^(?P<head>\d{1,3}(?: \d{3})*) (?P<tail>100)$")
_GROUP_SEP = re.compile(r"[\s\u00a0\u2009\u202f]")


def _value(num: str) -> float | None:
    """Float value of a digit string (``7,38``, ``1 053``) or a number word."""
    if num[0].isdigit():
        return float(_GROUP_SEP.sub("", num).replace(",", "."))
    return parse_number_word(num)


def find_percentages(text: str) -> list[PercentMatch]:
    """Every percentage mention in ``text``, in order (ranges give two matches)."""
    out: list[PercentMatch] = []
    for m in _PCT.finditer(text):
        start = m.start()
        num = m.group("n")
        plain = _PLAIN_100.match(num) if not m.group("lead") else None
        if plain:  # "6 100 %": a count, then 100 %
            start = m.start("n") + plain.start("tail")
            num = "100"
        unit: Unit = "percentage_points" if m.group("pp") else "percent"
        lead = m.group("a1") or m.group("a2") or m.group("a3")
        values = [_value(lead)] if lead else []
        values.append(_value(num))
        if any(v is None for v in values):
            continue
        if not lead and start >= 1 and text[start - 1] in "-\u2212" and (start == 1 or text[start - 2] in " (\n"):
            start -= 1  # "-5 %": a negative change
            values = [-(values[0] or 0.0)]
        span = text[start:m.end()]
        out.extend(PercentMatch(start, m.end(), span, float(v or 0.0), unit) for v in values)
    return out


# --- classification ---------------------------------------------------------

_CATEGORIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("response_rate", re.compile(
        r"svarprosent|svarandel|responsrate|svarrate|\bsvarte\s*(?:[.;)]|$)|\bsvarte\s+på\s+(?:undersøkelsen|spørreundersøkelsen)"
        r"|\brespons\b|\bbesvart\b", re.I)),
    ("pay_ratio", re.compile(r"lønn|\bgasje\b|avlønn", re.I)),
    ("target", re.compile(r"\bmål(?:et|ene|setting(?:en|er)?)?\b|\bmålsetning|\binnen\b|\bskal\b|\bambisjon", re.I)),
    ("change", re.compile(
        r"\bøkning|\bøkt(?:e)?\b|\bøker\b|\breduksjon|\bredusert|\breduseres|\bnedgang|\bendring|\bsteg\b|\bsank\b"
        r"|\bfalt\b|\bfra\s+\S+\s+til\b|prosentpoeng|%-poeng", re.I)),
    ("survey", re.compile(
        r"\benig\b|\buenig\b|undersøkelse|\bsvarte\b|\brespondent|verken/eller|\bopplever\b|\bspurte\b", re.I)),
    ("gender_share", re.compile(
        r"\bkvinne|\bmenn\b|\bmann(?:lige)?\b|kjønn|\bkvinnelige\b|\bmannlige\b|\bkvinneandel|\bmannsandel", re.I)),
)
_WINDOW = 70


def _locate(sentence: str, start: int, end: int, text: str) -> tuple[int, int]:
    """Where the match lies in ``sentence`` (its offsets, or else its first occurrence)."""
    if 0 <= start <= end <= len(sentence) and sentence[start:end] == text:
        return start, end
    i = sentence.find(text)
    return (i, i + len(text)) if i >= 0 else (0, 0)


def classify_percentage(sentence: str, match: PercentMatch) -> str:
    """Category of the percentage from cue words near it.

    One of ``response_rate``, ``pay_ratio``, ``target``, ``change``, ``survey``,
    ``gender_share`` (checked in that order in a window of the sentence around the
    match) or ``other``. Percentage points are a ``change`` unless a target cue is near.
    """
    s, e = _locate(sentence, match.start, match.end, match.text)
    window = sentence[max(0, s - _WINDOW): e + _WINDOW]
    for name, rx in _CATEGORIES:
        if name == "change" and match.unit == "percentage_points":
            return "change"
        if rx.search(window):
            return name
    return "other"


# --- subject ------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.;:!?()\[\]•|]|,\s|\s[-–]\s|\(cid:\d+\)")
_NUMBERISH = re.compile(rf"^(?:{_NUM}|%|prosent\w*|pst\.?)$", re.I)
_LEAD_STOP = frozenset("er var av som ble har hadde blant i på med for at og eller ca. ca cirka om lag rundt".split())
_TRAIL_STOP = frozenset("på med av en et ei til og i om er var har fra for at som eller ca. ca cirka minimum maks".split())
_COMPARE = frozenset("sammenlignet fra siden til mot enn i".split())
_ROW_LABEL = re.compile(r"\s*([^|\n]{2,60}?)\s*\|")
_LABEL = re.compile(r"\s*([^:.;\d]{2,40}):\s")
_MAX_WORDS = 10


def _words(chunk: str) -> list[str]:
    return chunk.split()


def _before_words(chunk: str) -> list[str]:
    """Words of ``chunk`` after its last number, without function words at the ends."""
    words = _words(chunk)
    while words and (words[-1].lower() in _TRAIL_STOP or _NUMBERISH.match(words[-1])):
        words = words[:-1]
    nums = [i for i, w in enumerate(words) if _NUMBERISH.match(w)]
    words = words[nums[-1] + 1:] if nums else words
    while words and words[0].lower() in _LEAD_STOP:
        words = words[1:]
    return words


def percentage_subject(sentence: str, match: PercentMatch) -> str:
    """A short phrase (≤ 10 words) from the sentence saying what the number measures.

    The words after the number up to a clause boundary or the next number, without
    leading function words; if none (or they only compare: "sammenlignet med …"),
    the words before it back to a boundary. A leading ``Label:`` of the sentence
    is prefixed (``Alle ansatte: 37 % kvinner`` → ``alle ansatte kvinner``).
    """
    s, e = _locate(sentence, match.start, match.end, match.text)
    spans = [(p.start, p.end) for p in find_percentages(sentence)]
    nxt = min((ps for ps, _ in spans if ps >= e), default=len(sentence))
    prv = max((pe for _, pe in spans if pe <= s), default=0)
    after_text = sentence[e:nxt]
    b = _BOUNDARY.search(after_text)
    after = _words(after_text[: b.start()] if b else after_text)
    while after and (after[0].lower() in _LEAD_STOP or _NUMBERISH.match(after[0])):
        after = after[1:]
    while after and after[-1].lower() in _TRAIL_STOP:
        after = after[:-1]
    before_text = sentence[prv:s]
    cuts = [0] + [c.end() for c in _BOUNDARY.finditer(before_text)] + [len(before_text) + 1]
    before: list[str] = []
    for i in range(len(cuts) - 2, max(-1, len(cuts) - 5), -1):  # "Vekting (50-50%)": look past a bracket
        before = _before_words(before_text[cuts[i]:cuts[i + 1] - 1])
        if before:
            break
    row = _ROW_LABEL.match(sentence)
    if not before and not after and row and row.end() <= s:  # table row: "Totalt | 565 | 63 % | …"
        before = _before_words(row.group(1))
    use_before = not after or after[0].lower() in _COMPARE
    words = before[-_MAX_WORDS:] if use_before and before else after[:_MAX_WORDS]
    label = _LABEL.match(sentence)
    if label and label.end() <= s and not _BOUNDARY.search(sentence[label.end():s].replace(":", "")):
        words = label.group(1).lower().split() + words
    return " ".join(words[:_MAX_WORDS]).strip(" ,")
