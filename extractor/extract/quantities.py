"""Figures: every other number a document states about the world, with what it counts.

:func:`find_quantities` returns one :class:`QuantityMatch` per figure in a text:

* amounts in kroner, value in kroner and unit ``NOK``: ``12,4 milliarder
  kroner``, ``MNOK 340``, ``NOK 1.2 billion``, ``kr 30 000``, ``2 750 000 kroner``;
* counts, the unit being the counted noun as printed: ``12 advokatfirmaer``,
  ``om lag 350.000 pasientbesøk`` (the qualifier is kept, the number is the
  value), ``to strategiske forretningsforbindelser`` (2, number words from the
  lexicon), ``syv av de tolv firmaene`` (7 and 12, both "firmaene").

Not figures: years, dates, times, page/section/case/paragraph numbers and other
references ("side 4", "§ 5", "ISO 9001"), phone and organisation numbers
(long digit groups), list numbering and footnote marks (a number before a
capitalised word), percentages (those are ``percentage`` entities). The words
that decide this are data: ``extractor/data/rules/quantities.toml``.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor import lexicon
from extractor.lexicon import factored_alternation

DATA = Path(__file__).resolve().parent.parent / "data" / "rules" / "quantities.toml"


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """One figure; ``text == source[start:end]`` (the number to the unit word)."""

    start: int
    end: int
    text: str
    value: int | float
    unit: str
    qualifier: str | None = None
    column: str | None = None  # a table column's header


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    with DATA.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=4)
def _patterns(lang: str | None) -> dict[str, re.Pattern[str]]:
    words = vocabulary()["words"]
    skip = set(words["skip_number_words"])
    numwords = [w for w in lexicon.number_words(lang) if w not in skip and w not in lexicon.zero_words(lang)]
    if lang != "en":
        numwords = [w for w in numwords if w not in lexicon.number_words("en") or w in lexicon.number_words("nb")]
    num = lexicon.numeral_pattern(lang)
    word = r"[a-zA-ZæøåÆØÅéüäö][\w\-æøåÆØÅ]*"
    return {
        "number": re.compile(
            rf"(?<![\w.,:/§-])(?P<num>\d+\.\d{{1,2}}(?=\s?(?:billion|million|bn|mrd|mill)\b)|{num})(?![\w:/]|,\d|\.\d|-\d)|(?<![\w-])(?P<word>{factored_alternation(numwords, ignore_case=True)})(?![\w-])",
            re.IGNORECASE),
        "money_before": re.compile(rf"(?P<cur>{lexicon.currency_pattern()})\s?$", re.IGNORECASE),
        "after": re.compile(
            rf"\s?(?P<scale>{lexicon.scale_pattern()})?\s?(?P<cur>{lexicon.currency_pattern()})?",
            re.IGNORECASE),
        "noun": re.compile(rf"\s+(?P<w>{word})"),
        "measure_label": re.compile(
            rf"\b(?P<u>{lexicon.alternation(words['measure_labels'])})\s+(?:(?:på|til|of|was|is|er|var|ligger på)\s+)+"
            rf"(?:{lexicon.approx_pattern(lang)}\s+)?$", re.IGNORECASE),
        "approx": re.compile(rf"(?P<q>{lexicon.approx_pattern(lang)})\s+$", re.IGNORECASE),
        "of": re.compile(rf"\s+(?:av|of)\s+(?:(?:de|dei|våre|vore|disse|desse|the|our|these)\s+)?"
                         rf"(?:(?P<m>{num}|{lexicon.alternation(numwords)})\s+)?(?P<w>{word})", re.IGNORECASE),
    }


def _reference(before: str) -> bool:
    """Is the number a reference ("side 4", "§ 5", "ISO 9001", "kl. 10")?"""
    m = re.search(r"(\S+)\s*$", before)
    return bool(m) and m.group(1).lower().rstrip(":") in vocabulary()["words"]["reference_before"]


def _not_a_figure(text: str, m: re.Match[str], value: float) -> bool:
    raw = m.group(0)
    a, b = m.start(), m.end()
    after = text[b:b + 3]
    if m.group("num"):
        digits = re.sub(r"\D", "", raw)
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            return True  # a year
        if len(digits) >= 8 and not re.search(r"[.,]\d{1,2}$", raw):
            return True  # phone, organisation or account number
        if re.match(r"\.\s*(?:\d|[a-zæøå]+\s+(?:19|20)\d\d)", after) or re.match(r"\.\s?\d", after):
            return True  # a date 15.03 or "15. mars 2024"
        if re.match(r"\.\s+(?-i:[A-ZÆØÅ])", after) or re.match(r"\)\s", after):
            return True  # list numbering "1. Vi ..." / "a) 2)"
        if re.match(r"\s*[%‰]|\s*(?:prosent|pst|percent|per ?cent)", text[b:b + 12], re.IGNORECASE):
            return True  # a percentage entity
    return _reference(text[max(0, a - 20):a])


def _part_of_previous(before: str) -> bool:
    """Does the number name a part of the figure before it ("hvorav 260", "of which 41 are ...")?"""
    words = lexicon.alternation(vocabulary()["words"]["part_of_previous"])
    return bool(re.search(rf"(?<![\w-])(?:{words})\s+(?:er\s+|var\s+|are\s+|were\s+)?$", before, re.IGNORECASE))


def _alone_on_line(text: str, m: re.Match[str]) -> bool:
    """A number alone on its line is a footnote mark or a page number."""
    a = text.rfind("\n", 0, m.start()) + 1
    b = text.find("\n", m.end())
    return text[a:b if b >= 0 else len(text)].strip() == m.group(0)


def _unit(text: str, end: int, pats: dict[str, re.Pattern[str]], seen: dict[float, str],
          english: bool = False) -> tuple[str | None, int]:
    """The counted noun after a number (skipping describing words) and where it ends; "N av de M ..."
    and "av de M" count what an earlier figure M of the text counted."""
    words = vocabulary()["words"]
    adjectives, stop = set(words["adjectives"]), set(words["stop"])
    pos = end
    for _ in range(3):
        n = pats["noun"].match(text, pos)
        if not n:
            return None, end
        w = n.group("w")
        low = w.lower()
        if low in stop:
            if low in ("av", "of") and pos == end and (o := pats["of"].match(text, end)):
                if o.group("m") and (m_value := _number(o.group("m"))) in seen:
                    return seen[m_value], end
                if o.group("w").lower() in words["pronouns"]:
                    return (list(seen.values())[-1] if seen else None), end
                return (o.group("w") if o.group("w").lower() not in stop else None), end
            return None, end
        if w[0].isupper():
            return None, end  # a name, a heading or a new sentence after list numbering
        if low in adjectives or (low.endswith(tuple(words["adjective_endings"]))
                                 and (after := pats["noun"].match(text, n.end()))
                                 and after.group("w")[0].islower() and after.group("w").lower() not in stop):
            pos = n.end()
            continue
        if english:
            return _english_compound(text, w, n.end(), pats, stop)
        return w, n.end()
    return None, end


def _english_compound(text: str, w: str, pos: int, pats: dict[str, re.Pattern[str]], stop: set[str]) -> tuple[str, int]:
    """English counts nouns with nouns before them: "14 wind farms", "two component factories"."""
    words = [w]
    while not words[-1].lower().endswith("s") and len(words) < 3:
        n = pats["noun"].match(text, pos)
        if not n or not n.group("w")[0].islower() or n.group("w").lower() in stop or not n.group("w").lower().endswith("s"):
            break
        words.append(n.group("w"))
        pos = n.end()
    return " ".join(words), pos


def _number(raw: str) -> float | None:
    return lexicon.parse_number(raw) if raw[0].isdigit() else lexicon.number_words().get(raw.lower())


def find_quantities(text: str, lang: str | None = None) -> list[QuantityMatch]:
    """Every figure in ``text`` (amounts in kroner and counted nouns), in order."""
    lg = lang if lang in lexicon.LANGS else None
    pats = _patterns(lg)
    out: list[QuantityMatch] = []
    seen: dict[float, str] = {}
    rows = [(a, b) for a, b in _lines(text) if " | " in text[a:b]]
    number_cells = [span for a, b in rows for span in _number_cells(text, a, b)]
    for m in pats["number"].finditer(text):
        if any(a <= m.start() < b for a, b in number_cells):
            continue  # number cells of table rows are read by table_quantities; text cells as prose
        raw = m.group(0)
        if m.group("num") and re.fullmatch(r"\d+\.\d{1,2}", raw) and lg != "en":
            value = float(raw)  # "NOK 1.5 billion" in a Norwegian text
        else:
            value = lexicon.parse_number(raw, lg) if m.group("num") else lexicon.number_words(lg).get(raw.lower())
        if value is None or _not_a_figure(text, m, value) or _alone_on_line(text, m):
            continue
        start, end = m.start(), m.end()
        before = pats["money_before"].search(text[max(0, start - 12):start])
        after = pats["after"].match(text, end)
        scale = after.group("scale") if after else None
        cur = after.group("cur") if after else None
        if m.group("word") and (before or scale):
            continue
        if before or cur:
            factor = lexicon.scale_of(scale) * lexicon.scale_of(cur) * lexicon.scale_of(before.group("cur") if before else None)
            a = start - len(before.group(0)) if before else start
            b = after.end() if (scale or cur) else end
            out.append(_match(text, a, b, value * factor, "NOK", pats))
            continue
        if scale:
            value *= lexicon.scale_of(scale)
            end = after.end()
        unit, unit_end = _unit(text, end, pats, seen, english=lg == "en")
        if unit is None and (lb := _LABEL_BEFORE.search(text[max(0, start - 80):start])):
            unit = lb.group("u")  # "antall årsverk var 118"
        elif unit is None and (ml := pats["measure_label"].search(text[max(0, start - 60):start])):
            unit = " ".join(ml.group("u").lower().split())  # "et gjennomsnitt på 3,81": the measure is the unit
        elif unit is None and out and _PREVIOUS_YEAR.match(text, end) and text[max(0, start - 2):start].endswith("("):
            unit = out[-1].unit  # "118 i 2024 (114 i 2023)": the same thing a year earlier
        if re.search(r"\b(?:av|of)\s+(?:de|dei|the)\s+$", text[max(0, start - 12):start]) and value in seen:
            unit, unit_end = seen[value], end  # "fire av de ni": nine of what was counted before
        if unit is None and out and _part_of_previous(text[max(0, start - 24):start]):
            unit = out[-1].unit  # "1 800 leverandører, hvorav 260 i land med høy risiko"
        if unit is None:
            continue
        seen.setdefault(value, unit)
        out.append(_match(text, start, max(unit_end, end), value, unit, pats))
    out.extend(table_quantities(text, rows, lg))
    out.extend(zero_quantities(text, lg, pats))
    return sorted(out, key=lambda q: q.start)


def zero_quantities(text: str, lang: str | None, pats: dict[str, re.Pattern[str]]) -> list[QuantityMatch]:
    """A count of nought: "ingen midlertidig ansatte", "ingen av de deltidsansatte", "none of our part-time
    employees", "no high-risk suppliers" (English "no" only before a plural)."""
    words = vocabulary()["words"]
    zero = re.compile(r"(?<![\w-])(?P<z>ingen|inga|none|zero)(?:\s+(?:av|of)\s+(?:de|dei|våre|vore|disse|desse|our|the|these)"
                      r"(?=\s))?|(?<![\w-])(?P<no>no)(?=\s)", re.IGNORECASE)
    out = []
    for m in zero.finditer(text):
        if m.group("no") and lang not in ("en", None):
            continue
        unit, end = _unit(text, m.end(), pats, {}, english=lang == "en")
        if unit is None or unit.lower() in words["not_counted"] or (m.group("no") and not unit.lower().endswith("s")):
            continue
        out.append(QuantityMatch(m.start(), end, text[m.start():end], 0, unit))
    return out


def _number_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans, pos = [], a
    for cell in text[a:b].split(" | "):
        if _CELL_NUMBER.fullmatch(cell):
            spans.append((pos, pos + len(cell)))
        pos += len(cell) + 3
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


_LABEL_BEFORE = re.compile(
    r"\b(?:antall(?:et)?|antal(?:et)?|talet på|tal på|tallet på|number of|total number of) (?P<u>[a-zæøå][\w-]*)"
    r"(?: [\wæøå-]+){0,3}? (?:var|er|blei|ble|vart|på|utgjorde|utgjer|was|were|is|totalled)\s+(?:\S+\s+)?$",
    re.IGNORECASE)
_PREVIOUS_YEAR = re.compile(r"\s+(?:i|in|for)\s+(?:19|20)\d\d\s*\)", re.IGNORECASE)
_CELL_NUMBER = re.compile(r"\s*(?P<n>\d[\d\s\u00a0.,]*)\s*")
_NOT_COUNT_HEADER = re.compile(r"%|prosent|pst|andel|share|\bratio\b|\bår\b|\byear\b|\bnr\b|\bno\.", re.IGNORECASE)


def table_quantities(text: str, rows: list[tuple[int, int]], lang: str | None) -> list[QuantityMatch]:
    """Figures in table rows ("Totalt | 53 | 207 | 57 900"): each number cell counts what its row label
    names (the column header kept as the qualifier); per-cent columns and cells are percentages."""
    out: list[QuantityMatch] = []
    header: list[str] = []
    for a, b in rows:
        cells = text[a:b].split(" | ")
        numeric = [bool(_CELL_NUMBER.fullmatch(c)) for c in cells]
        if not any(numeric[1:]):
            header = [c.strip() for c in cells]
            continue
        label = cells[0].strip()
        if numeric[0] or not re.search(r"[a-zA-ZæøåÆØÅ]", label):
            continue
        pos = a
        for j, cell in enumerate(cells):
            start = text.index(cell, pos) if cell else pos
            pos = start + len(cell)
            if j == 0 or not numeric[j]:
                continue
            column = header[j] if j < len(header) else ""
            if _NOT_COUNT_HEADER.search(column) or re.fullmatch(r"\s*(?:19|20)\d\d\s*", cell):
                continue
            raw = _CELL_NUMBER.fullmatch(cell).group("n").strip()  # type: ignore[union-attr]
            value = lexicon.parse_number(raw, lang)
            if value is None:
                continue
            money = re.search(rf"{lexicon.currency_pattern()}|{lexicon.scale_pattern()}", f"{label} {column}", re.I)
            unit = label
            if money:
                value *= lexicon.scale_of(money.group(0))
                unit = "NOK"
            s0 = start + cell.index(raw)
            v: int | float = int(round(value)) if float(value).is_integer() or unit == "NOK" else round(value, 6)
            out.append(QuantityMatch(s0, s0 + len(raw), raw, v, unit, None, column or None))
    return out


def _match(text: str, a: int, b: int, value: float, unit: str, pats: dict[str, re.Pattern[str]]) -> QuantityMatch:
    while b > a and text[b - 1].isspace():
        b -= 1
    q = pats["approx"].search(text[max(0, a - 30):a])
    v: int | float = int(round(value)) if float(value).is_integer() or unit == "NOK" else round(value, 6)
    return QuantityMatch(a, b, text[a:b], v, unit, q.group("q") if q else None)


def quantity_entities(part: Any, lang: str | None) -> list[Any]:
    """``quantity`` entities of one text part of the entity stage (anything with ``tm.text`` and
    ``entity(kind, start, end, value=, normalized=)``), unit and qualifier in ``normalized``."""
    out = []
    for q in find_quantities(part.tm.text, lang):
        normalized = {"unit": q.unit, "qualifier": q.qualifier}
        if q.column:
            normalized["column"] = q.column
        e = part.entity("quantity", q.start, q.end, value=q.value, normalized=normalized)
        if e:
            out.append(e)
    return out
