"""Key figures of a transparency report read by their labels, cell by cell.

Three shapes share one label vocabulary (``table_labels`` in the transparency rules data) and one value
reader (:func:`cell_value`):

* a table row split into cells ("Omsetning (TNOK) | 845 300 | 790 100"), the column picked by a years
  header ("Nøkkeltall | 2024 | 2023", "Metric | FY2024 | FY2023", a unit column "Enhet" beside them);
* a two-cell row ("Omsetning | 1,2 mrd. kr", "Leverandørrevisjoner | Ingen");
* a run-in label in running text ("Antall leverandører: 1 240", "Omsetning 2024: 1 245 MNOK",
  "Employees: approx. 2 100").

Reading cells one by one keeps numbers with a space group apart ("845 300" and "790 100" are two
values, not four groups to be guessed at) in every language, English included.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

from extractor import catalogue, lexicon, rules
from extractor.facts.common import Fact, row_evidence
from extractor.model import Table
from extractor.sentences import Sentence

RULES = "transparency"
_FOOTNOTE = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f*†‡]+")  # "Antall ansatte¹", "Omsetning*"
_YEAR_CELL = re.compile(r"^(?:FY\s?|år\s|year\s)?(?P<y>(?:19|20)\d\d)(?:/\d\d)?\s*[\u00b9\u00b2\u00b3*]?$", re.IGNORECASE)
_MONEY = re.compile(lexicon.currency_pattern() + "|" + lexicon.scale_pattern(), re.IGNORECASE)
# A date or year inside a run-in label ("Antall ansatte per 31.12.2024", "Omsetning 2024").
_LABEL_DATE = re.compile(r"\b(?:\d{1,2}\.\s?\d{1,2}\.\s?)?(?:19|20)\d\d\b|\b\d{1,2}\.\s?\d{1,2}\.(?!\d)")


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rs = rules.load(RULES)
    return tuple((t["fact"], re.compile(t["label"], re.IGNORECASE)) for t in rs.data.get("table_labels", ()))


@lru_cache(maxsize=1)
def _veto() -> re.Pattern[str]:
    return re.compile(rules.load(RULES).data["table_label_veto"]["pattern"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _units() -> re.Pattern[str]:
    return re.compile(rules.load(RULES).data["unit_cells"]["pattern"], re.IGNORECASE)


def table_label_fact(label: str) -> str | None:
    """The fact a key-figure label names ("Antall leverandører" → business_partners_total), else None;
    labels of other counts ("Informasjonskrav mottatt") name none."""
    label = _FOOTNOTE.sub("", label)
    if _veto().search(label):
        return None
    return next((fact for fact, p in _tables() if p.search(label)), None)


@lru_cache(maxsize=1)
def _header_units() -> tuple[tuple[re.Pattern[str], float], ...]:
    units = rules.load(RULES).data.get("money_units", {}).get("units", {})
    return tuple((re.compile(p, re.IGNORECASE), float(f)) for p, f in units.items())


def money_unit(text: str) -> float:
    """The factor of the money unit a label or header names ("Omsetning (MNOK)" → 1e6, "NOK million",
    "Beløp i 1 000 kr" → 1e3); 1 if none."""
    found = [lexicon.scale_of(m.group(0)) for m in _MONEY.finditer(text)]  # "NOK million": 1e6
    found += [f for p, f in _header_units() if p.search(text)]
    return max(found, default=1.0)


@lru_cache(maxsize=None)
def _value_re(lang: str | None) -> re.Pattern[str]:
    money = rf"{lexicon.currency_pattern()}|{lexicon.scale_pattern()}"
    return re.compile(
        rf"(?:(?P<q>{lexicon.approx_pattern(lang)})\s*)?(?:(?P<cur>{money})\s*)?"
        rf"(?P<n>\d[\d\u00a0\u2009\u202f .,]*?)\s*(?P<unit>%|prosent|per\s?cent|(?:{money})(?:\s*(?:{money}))?)?"
        r"\s*(?:\([^()]{0,30}\))?\s*\.?", re.IGNORECASE)


def cell_value(cell: str, lang: str | None, count: bool = True) -> tuple[float, float] | None:
    """A cell's number and the money factor it carries: "1 245" → (1245, 1), "ca. 450" → (450, 1),
    "1,2 mrd. kr" → (1.2, 1e9), "74 %" → (74, 1), "412 (2023: 398)" → (412, 1); "Ingen" → (0, 1) for a
    count. None when the cell is not one number."""
    text = " ".join(_FOOTNOTE.sub("", cell).split())
    if count and re.fullmatch(r"(?:ingen|inga|none|nil)\.?", text, re.IGNORECASE):
        return 0.0, 1.0
    conv = lang if lang in lexicon.LANGS else None
    m = _value_re(conv).fullmatch(text)
    if not m:
        return None
    raw = m.group("n").strip()
    value = lexicon.parse_number(raw, conv)
    if value is None and re.fullmatch(r"\d{1,3}(?:[\u00a0\u2009\u202f ]\d{3})+", raw):
        value = lexicon.parse_number(raw, None)  # "2 100" in an English report
    if value is None:
        return None
    factor = max(money_unit(m.group("cur") or ""), money_unit(m.group("unit") or ""))  # "mrd. kr": 1e9
    return value, factor


def is_count(key: str) -> bool:
    spec = catalogue.fact(key)
    return spec is None or spec.unit == "count"


def labelled_fact(key: str, value: float, factor: float, label: str, unit: float, evidence: dict[str, Any]) -> Fact | None:
    if key == "revenue_nok":
        value *= money_unit(label) if _MONEY.search(label) else (factor if factor != 1.0 else unit)
    elif factor != 1.0:
        return None  # a money amount in a count's row
    return Fact(key, int(value) if float(value).is_integer() else value, evidence)


def header_years(cells: list[str]) -> tuple[list[int], str] | None:
    """The years of a header row ("Nøkkeltall | 2024 | 2023", "| FY2023 | FY2024") and the words beside them."""
    years = [int(m.group("y")) for c in cells if (m := _YEAR_CELL.match(c))]
    rest = " ".join(c for c in cells if not _YEAR_CELL.match(c))
    bare = rest
    for p, _ in _header_units():
        bare = p.sub(" ", bare)
    bare = _MONEY.sub(" ", bare)
    if not years or re.search(r"\d", bare):  # "Beløp i 1 000 kr | 2024 | 2023" is a header
        return None
    return years, rest


def row_fact(cells: list[str], years: list[int], unit: float, report_year: int | None, lang: str | None,
             sent: Sentence) -> Fact | None:
    """The key figure of one table row read cell by cell, in the report year's column (else the latest
    year's, else the only value); None when the row is not a labelled figure."""
    if len(cells) < 2 or not (key := table_label_fact(cells[0])):
        return None
    label, values, unit_words = cells[0], [], []
    for c in cells[1:]:
        if not re.search(r"\d", c) and _units().fullmatch(c.strip()):
            unit_words.append(c)
            continue
        values.append(c)
    count = is_count(key)
    numeric = [c for c in values if cell_value(c, lang, False) is not None]
    if not years and len(numeric) == 1 and len(values) > 1:
        values = numeric  # "Leverandører | 1 240 | aktive i 2024": a comment beside the value
    parsed = [cell_value(c, lang, count) for c in values]
    if not parsed or any(p is None for p in parsed):
        return None
    if years and len(parsed) == len(years):
        col = years.index(report_year) if report_year in years else years.index(max(years))
    elif len(parsed) == 1:
        col = 0
    else:
        return None
    value, factor = parsed[col]  # type: ignore[misc]
    if unit_words and key == "revenue_nok" and factor == 1.0:
        factor = money_unit(" ".join(unit_words))
    start = sent.text.find(values[col], len(label))
    ev = sent.evidence(max(start, 0), max(start, 0) + len(values[col])) if start >= 0 else sent.evidence()
    ev["rule"] = "key-figure row"
    return labelled_fact(key, value, factor, label, unit, ev)


def aligned_row_fact(raw: list[str], head: list[str], unit: float, report_year: int | None, lang: str | None,
                     sent: Sentence) -> tuple[Fact | None, bool]:
    """A row read by the positions of its header's year cells when both have the same cells (empty ones
    kept): "Ansatte | 318 | 301 | 17" under "Nøkkeltall | 2024 | 2023 | Endring". Returns the fact (or None)
    and whether the row was read this way (then no other reading of it is tried)."""
    if len(raw) != len(head) or len(raw) < 3:
        return None, False
    pos = {int(m.group("y")): i for i, c in enumerate(head) if (m := _YEAR_CELL.match(c))}
    label = next((c for c in raw if c), "")
    if not pos or re.search(r"\d", label) or not (key := table_label_fact(label)):
        return None, False
    col = pos[report_year] if report_year in pos else pos[max(pos)]
    got = cell_value(raw[col], lang, is_count(key))
    if got is None:
        return None, True
    factor = got[1]
    if key == "revenue_nok" and factor == 1.0:
        words = " ".join(c for i, c in enumerate(raw) if i != col and c != label and _units().fullmatch(c))
        factor = money_unit(words) if words else 1.0
    start = sent.text.find(raw[col], sent.text.find(label) + len(label))
    ev = sent.evidence(start, start + len(raw[col])) if start >= 0 else sent.evidence()
    ev["rule"] = "key-figure row"
    return labelled_fact(key, got[0], factor, label, unit, ev), True


_YEAR_HEAD = re.compile(r"^(?:år|year|fy|regnskapsår|rekneskapsår|periode|period)?$", re.IGNORECASE)


def transposed_facts(sents: Iterable[Sentence], lang: str | None, report_year: int | None) -> Iterator[Fact]:
    """Key figures in a table with the years down the first column and the labels across the header
    ("År | Leverandører | Ansatte | Omsetning (MNOK)", then "2024 | 1 240 | 318 | 2 318"): the report
    year's row (else the latest year's)."""
    head: list[tuple[int, str, str]] = []
    rows: dict[int, tuple[list[str], Sentence]] = {}

    def flush() -> Iterator[Fact]:
        if head and rows:
            year = report_year if report_year in rows else max(rows)
            raw, sent = rows[year]
            for i, key, label in head:
                got = cell_value(raw[i], lang, is_count(key)) if i < len(raw) else None
                if got is not None:
                    start = sent.text.find(raw[i], len(raw[0]))
                    ev = sent.evidence(start, start + len(raw[i])) if start >= 0 else sent.evidence()
                    ev["rule"] = "key-figure table (years down)"
                    if (fact := labelled_fact(key, got[0], got[1], label, 1.0, ev)) is not None:
                        yield fact

    for sent in sents:
        if "|" not in sent.text:
            continue
        raw = [c.strip() for c in sent.text.split("|")]
        if (m := _YEAR_CELL.match(raw[0])) and head:
            rows[int(m.group("y"))] = (raw, sent)
            continue
        yield from flush()
        head, rows = [], {}
        if _YEAR_HEAD.match(raw[0]):
            labelled = [(i, key, c) for i, c in enumerate(raw) if i and (key := table_label_fact(c))]
            head = labelled if len(labelled) >= 2 else []
    yield from flush()


_RUN_IN = re.compile(r"^\s*(?P<label>[^:|;.!?]{3,70}?)\s*:\s+(?P<value>[^:|;()]{1,40}?)\s*(?:\([^()]{0,40}\))?\s*\.?$")


def run_in(text: str, lang: str | None) -> tuple[str, float, float, str, re.Match[str]] | None:
    """(fact, value, money factor, label, match) of a label, a colon and one value ("Antall leverandører: 1 240")."""
    m = _RUN_IN.match(text)
    if not m:
        return None
    label = m.group("label")
    if len(label.split()) > 8 or re.search(r"\d", _LABEL_DATE.sub(" ", label)) or not (key := table_label_fact(label)):
        return None
    got = cell_value(m.group("value"), lang, is_count(key))
    return None if got is None else (key, got[0], got[1], label, m)


def run_in_facts(sents: Iterable[Sentence], lang: str | None) -> Iterator[Fact]:
    """Key figures written as a label, a colon and one value in running text."""
    for sent in sents:
        if (hit := run_in(sent.text, lang)) is not None:
            key, value, factor, label, m = hit
            ev = sent.evidence(m.start("value"), m.end("value"))
            ev["rule"] = "run-in key figure"
            if (fact := labelled_fact(key, value, factor, label, 1.0, ev)) is not None:
                yield fact


def heading_facts(sections: Iterable[Any], lang: str | None) -> Iterator[Fact]:
    """Key figures in a bold line the layout reads as a heading ("**Response rate:** 80 %")."""
    for section in sections:
        if (hit := run_in(section.title, lang)) is not None:
            key, value, factor, label, _ = hit
            boxes = [line.bbox for line in getattr(section, "heading_lines", ()) if getattr(line, "bbox", None)]
            bbox = [round(min(b[0] for b in boxes), 2), round(min(b[1] for b in boxes), 2),
                    round(max(b[2] for b in boxes), 2), round(max(b[3] for b in boxes), 2)] if boxes else None
            ev = {"page": section.page_start, "bbox": bbox, "text": section.title, "rule": "run-in key figure (heading)"}
            if (fact := labelled_fact(key, value, factor, label, 1.0, ev)) is not None:
                yield fact


_APPROX_TAIL = {lg: re.compile(rf"(?:{lexicon.approx_pattern(lg)})$", re.IGNORECASE) for lg in lexicon.LANGS}
_SENTENCE_END = re.compile(r"[.:;!?)]\s*$")


def line_figure(text: str, lang: str | None) -> tuple[str, float, float, str, str] | None:
    """(fact, value, money factor, label, value text) of a visual line "Antall ansatte ca. 480" or
    "Omsetning 1,9 mrd. kr": a short capitalised label the vocabulary knows, then one value."""
    tokens = text.split()
    first = next((i for i, t in enumerate(tokens) if re.match(r"\d", t)), None)
    if first is None or first == 0 or first > 6 or not tokens[0][:1].isupper():
        return None
    approx = _APPROX_TAIL.get(lang or "nb", _APPROX_TAIL["nb"])
    for start in range(max(1, first - 3), first + 1):  # the longest value that reads: "om lag 450", "ca. 480"
        label, value = " ".join(tokens[:start]), " ".join(tokens[start:])
        if start < first and not approx.search(" ".join(tokens[start:first])):
            continue
        if re.search(r"\d", label) or not (key := table_label_fact(label)):
            continue
        got = cell_value(value, lang, is_count(key))
        if got is None or (got[1] == 1.0 and re.fullmatch(r"(?:19|20)\d\d", value)):
            return None  # "Leverandører i 2024" is a wrapped sentence, not a figure
        return key, got[0], got[1], label, value
    return None


def line_facts(sections: Iterable[Any], lang: str | None) -> Iterator[Fact]:
    """Key figures in a list of label-value lines without a table grid (a key-figure box), each line
    starting where the one before ended a sentence or was itself a figure. A fallback: it only fills
    what no table, key-figure line or rule found."""
    for section in sections:
        prev_ok = True  # the first line of a section starts fresh
        for line in getattr(section, "lines", ()):
            hit = line_figure(line.text, lang) if prev_ok else None
            prev_ok = hit is not None or bool(_SENTENCE_END.search(line.text))
            if hit is None:
                continue
            key, value, factor, label, value_text = hit
            bbox = [round(v, 2) for v in line.bbox] if getattr(line, "bbox", None) else None
            ev = {"page": line.page, "bbox": bbox, "text": line.text, "rule": "key-figure line (no grid)"}
            if (fact := labelled_fact(key, value, factor, label, 1.0, ev)) is not None:
                yield fact


@lru_cache(maxsize=1)
def _risk_levels() -> dict[str, re.Pattern[str]]:
    spec = rules.load(RULES).data["risk_level_table"]
    return {k: re.compile(v, re.IGNORECASE) for k, v in spec.items() if isinstance(v, str)}


def _risk_level_rows(rows: list[list[str]], lang: str | None) -> Iterator[tuple[str, int, int]]:
    """(fact, value, row index) from rows whose first is a risk-level header."""
    voc = _risk_levels()
    if len(rows) < 3 or not voc["header"].search(rows[0][0] or ""):
        return
    col = next((j for j, c in enumerate(rows[0]) if j and voc["count"].search(c or "")), None)
    if col is None:
        return
    high, first_high = 0, None
    for i, row in enumerate(rows[1:], start=1):
        label = " ".join((row[0] or "").split())
        got = cell_value(row[col], lang, True) if col < len(row) and row[col] else None
        if got is None:
            continue
        if voc["high"].fullmatch(label):
            high, first_high = high + int(got[0]), first_high or i
        elif voc["total"].fullmatch(label):
            yield "business_partners_total", int(got[0]), i
    if first_high is not None:
        yield "high_risk_suppliers", high, first_high


def risk_level_facts(tables: Iterable[Table], lang: str | None) -> Iterator[Fact]:
    """Suppliers by risk level ("Risikonivå | Antall leverandører", then "Høy | 14" ... "Totalt | 394"):
    high_risk_suppliers from the high rows (summed: "Svært høy" and "Høy"), business_partners_total from
    the total row."""
    for table in tables:
        for key, value, i in _risk_level_rows([list(r) for r in table.rows], lang):
            yield Fact(key, value, {**row_evidence(table, i), "rule": "risk-level table"})


_LEVEL_LINE = re.compile(r"^(?P<label>[^\d|]{2,30}?)\s+(?P<n>\d[\d\u00a0 ]*)$")


def risk_level_lines(sections: Iterable[Any], lang: str | None) -> Iterator[Fact]:
    """The same table printed without a grid the parser saw: a header line ("Risikonivå Antall
    leverandører") and one line per level ("Høy 17", ..., "Totalt 310")."""
    voc = _risk_levels()
    for section in sections:
        lines = list(getattr(section, "lines", ()))
        for k, line in enumerate(lines):
            words = line.text.split()
            if len(words) < 2 or not voc["header"].search(words[0]) or not voc["count"].search(" ".join(words[1:])):
                continue
            rows, where = [[words[0], " ".join(words[1:])]], [line]
            for nxt in lines[k + 1:]:
                if not (m := _LEVEL_LINE.match(nxt.text.strip())):
                    break
                rows.append([m.group("label"), m.group("n")])
                where.append(nxt)
            for key, value, i in _risk_level_rows(rows, lang):
                w = where[i]
                yield Fact(key, value, {"page": w.page, "bbox": [round(v, 2) for v in w.bbox], "text": w.text,
                                        "rule": "risk-level lines"})
