"""The meeting of a set of council papers: body, number, date; the author; dates that are no deadlines.

The body is named in the header of the notice or minutes ("Utval
Kommunestyret", "Innkalling til møte i kommunestyret", "Protokoll fra
styremøte i Helse Kystnord RHF"), in the saksgang row that carries the
case's own number, or in the organisation's board ("Styremøte" of "Statens
fjordsamband AS" → "Styret i Statens fjordsamband AS"). The date is the
"Møtedato", the saksgang date of that body, or a "Dato" / weekday line of the
header. The author of council papers is the organisation the body belongs to
(:func:`council_author`).
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any, Iterable

from extractor import lexicon
from extractor.facts import council_rules as cr
from extractor.facts.council_cases import DATE, saksgang_row
from extractor.facts.council_stream import Item, clean
from extractor.facts.scoring import case_key

_WRITTEN_DATE = re.compile(r"\b(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?(?:\s*(?:og|and|[-–])\s*\d{1,2}(?:\.|st|nd|rd|th)?)?"
                           r"\s+(?P<m>[A-Za-zæøåÆØÅ]+)\.?,?\s+(?P<y>(?:19|20)\d\d)\b")  # "12. (og 13.) mai 2025"
_SLASH_DATE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{2})/(?P<y>(?:19|20)\d\d)\b")  # not "49/6/2021"
_SHORT_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])")
_NO_YEAR = re.compile(r"\b(?P<d>\d{1,2})\.\s+(?P<m>[a-zæøå]+)\b", re.I)
_ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})\b")
_EN_DATE = re.compile(r"\b(?P<m>[A-Z][a-z]+)\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b")
_GENERIC_BODY = {"styret": "Styret", "rådet": "Rådet"}


def iso_date(text: str, year: str | None = None) -> str | None:
    """The first date in ``text`` as ISO ("torsdag 27.03.2025", "13. februar 2025", "18 June 2025");
    with ``year``, a date without one ("Onsdag 1. september") in that year."""
    months = lexicon.months(None)
    months = {**{k[:3]: v for k, v in months.items()}, **months}  # "12 Jun 2025", "3. des. 2024"
    best: tuple[int, str] | None = None
    found = [DATE.search(text), _WRITTEN_DATE.search(text), _EN_DATE.search(text), _SHORT_DATE.search(text),
             _ISO_DATE.search(text), _SLASH_DATE.search(text)]
    if year:
        found.append(_NO_YEAR.search(text))
    for m in found:
        if not m:
            continue
        mo = m.group("m")
        month = int(mo) if mo.isdigit() else months.get(mo.lower())
        if not month or not 1 <= month <= 12:
            continue
        y = m.groupdict().get("y") or year
        y = f"20{y}" if y and len(y) == 2 else y
        iso = f"{y}-{month:02d}-{int(m.group('d')):02d}"
        try:
            date.fromisoformat(iso)
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), iso)
    return best[1] if best else None


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def bodies_in(text: str) -> list[str]:
    """Body names in a text ("møte i kommunestyret" → "Kommunestyret")."""
    out = []
    for m in cr.compiled()["body"].finditer(text):
        name = clean(m.group(0)).strip(" ,.–-")
        if name.lower() in ("styret", "rådet") or len(name) < 5:
            continue
        if name.lower().endswith("foretaksmøte"):  # "protokoll frå foretaksmøte i X HF": the body is the meeting
            name += "t"
        out.append(_cap(name))
    lowered = re.finditer(r"\b(?:møte i|meeting of)\s+(?P<b>[a-zæøå]+(?:styret|skapet|tinget|utvalet|utvalget|rådet|"
                          r"nemnda))\b", text, re.I)
    out += [_cap(m.group("b")) for m in lowered]
    return out


def find_body(items: list[Item], header: list[Item], case_numbers: set[tuple[int, ...]],
              organisation: str | None) -> tuple[str | None, Item | None]:
    """The body that meets, and the item that names it."""
    c = cr.compiled()
    # the saksgang row with one of the document's own case numbers
    votes: Counter[str] = Counter()
    where: dict[str, Item] = {}
    for it in items:
        row = saksgang_row(it)
        if row and row[2] and case_key(row[2]) in case_numbers:
            votes[row[0]] += 3
            where.setdefault(row[0], it)
    for it in header:
        text = it.text
        for name in bodies_in(text):
            votes[name] += 2 if c["body_label"].match(text) or it.bold or it.is_heading else 1
            where.setdefault(name, it)
    if votes:
        name = votes.most_common(1)[0][0]
        return name, where.get(name)
    board = next((it for it in header if c["board_meeting"].search(it.text)), None)
    if board is None:  # "Styresak 061-2024": the cases of a board
        board = next((it for it in items if re.match(r"^styresak\b", it.text, re.I)), None)
    own = re.search(r"(?:styremøte|styret|board meeting|meeting of the board)\s+(?:i|for|of)\s+(?:the\s+)?(?P<rest>.{3,80})",
                    board.text, re.I) if board is not None else None
    if own and (m := cr.compiled()["organisation"].match(own.group("rest"))):
        organisation = m.group("org")  # "Referat frå styremøte i Fjordkraft Nett AS"
    if board is not None and organisation:
        en = re.search(r"board meeting", board.text, re.I)
        return (f"The Board of the {organisation}" if en else f"Styret i {organisation}"), board
    return None, None


def find_number(header: list[Item], case_numbers: Iterable[str]) -> str | None:
    """The meeting's number: "Møte nr. 8/2024", "Styremøte 2/2025", or from "49/6/2021" case numbers."""
    c = cr.compiled()
    for it in header:
        for m in c["meeting_number"].finditer(it.text):
            if not c["meeting_number_unless"].search(it.text[:m.start()]):
                return re.sub(r"\s*[/-]\s*", "/", m.group("num"))  # "Møte nr 2 - 2025" → "2/2025"
    three = Counter(f"{int(p[1])}/{p[2] if len(p[2]) == 4 else '20' + p[2]}"
                    for n in case_numbers if len(p := re.findall(r"\d+", n)) == 3)
    return three.most_common(1)[0][0] if three else None


def find_date(items: list[Item], header: list[Item], body: str | None) -> tuple[str | None, Item | None]:
    """The meeting date: a "Møtedato" label, the body's saksgang date, or the header's date line."""
    c = cr.compiled()
    for it in items:
        if c["date_label"].match(it.text) and (d := iso_date(it.text)):
            return d, it
    for k, it in enumerate(items):  # "Møtedato | Møtested" over "15.10.2024 | Rådhuset"
        col = next((j for j, cell in enumerate(it.cells) if c["date_label"].match(cell)), None)
        if col is not None and k + 1 < len(items) and col < len(items[k + 1].cells) \
                and not saksgang_row(items[k + 1]) and (d := iso_date(items[k + 1].cells[col])):
            return d, items[k + 1]
    for it in items:
        row = saksgang_row(it)
        if row and body and row[0].lower() == body.lower():
            return row[1], it
    for it in header:  # "Board meeting 4/2025, 18 June 2025", "Styremøte 2/2025 – 24. april 2025"
        m = c["meeting_number"].search(it.text)
        if m and not c["meeting_number_unless"].search(it.text[:m.start()]) and (d := iso_date(it.text[m.end():])):
            return d, it
    for it in header:
        if (c["date_label_weak"].match(it.text) or c["weekday"].match(it.text) or it.is_heading) \
                and (d := iso_date(it.text)):
            return d, it
    return None, None


def council_published(lines: Iterable[str], own: str) -> str | None:
    """The date of a set of council papers: the first place-and-date line ("Eikefjord, 13.03.2025") whose
    place is named in the papers' own organisation (the one most named in ``own`` — title page, title,
    running heads — and the lines: "Eikefjord kommune", "Helse Nordfjell HF"), or, where no organisation
    is named, the first place-and-date line; None without one."""
    lines = [clean(line) for line in lines]
    pattern = cr.compiled()["dateline"]
    datelines = [m for line in lines if (m := pattern.match(line))]
    if not datelines:
        return None
    org = council_author([own, own, *lines])
    words = {w.lower() for w in re.findall(r"[\wæøå-]+", org or "") if w[:1].isupper()}
    for m in datelines:
        place = m.group("place")
        if org is None and place.isupper():  # "MØTE 29.10.2024"; with no organisation named, any other place
            continue
        if org is not None and not set(place.lower().split()) & words:
            continue
        if d := iso_date(m.group("date")):
            return d
    return None


def council_author(texts: Iterable[str], body: str | None = None) -> str | None:
    """The organisation a council's papers speak for: the body's own organisation ("Styret i Helse
    Nordfjell HF" → "Helse Nordfjell HF"), else the municipality, county, trust or university most named
    in ``texts`` (the header, the front page, the running heads first), else a council body itself."""
    pattern = cr.compiled()["organisation"]
    if body:
        m = re.match(r"^(?:styret (?:i|for)|the board of(?: the)?)\s+(?P<org>.+)$", body, re.I)
        if m:
            return m.group("org").strip()
        if re.search(r"regionråd|-rådet$", body) and body[:1].isupper():
            return body
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for k, text in enumerate(texts):
        for m in pattern.finditer(text or ""):
            name = clean(m.group("org"))
            name = re.sub(r"^(?:[A-ZÆØÅ][\wæøå]*(?:rådet|styret|utvalet|utvalget|tinget|skapet) )", "", name)
            counts[name] += 1
            first.setdefault(name, k)
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


_SIGNED = re.compile(r"(?:^|\.\s+)(?:[A-ZÆØÅ][\wæøå-]+(?: [A-ZÆØÅ][\wæøå-]+)?),\s+(?:den\s+)?"
                     r"(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.\s+[a-zæøå]+\s+\d{4})\b")


def document_dates(items: list[Item]) -> list[dict[str, Any]]:
    """Dates that are no deadlines, with their text and page: the meeting's date ("Møtedato: ..."),
    every saksgang date, the dates of a case's handling ("Behandling i <body> <date>") and the place-and-date
    line under a notice or minutes ("Lindeberg, 20.11.2024"). A decision's "innen ..." is never listed."""
    c = cr.compiled()
    out = []
    for it in items:
        row = saksgang_row(it)
        lab = cr.label_at(it.text, whole=it.whole) if not row else None
        if row:
            out.append({"date": row[1], "kind": "saksgang", "text": it.text, "page": it.page})
        elif (c["date_label"].match(it.text) or c["date_label_weak"].match(it.text)) and (d := iso_date(it.text)):
            out.append({"date": d, "kind": "meeting", "text": it.text, "page": it.page})
        elif lab is not None and lab.field in ("handling", "decision") and (d := iso_date(it.text)):
            out.append({"date": d, "kind": "handling", "text": it.text, "page": it.page})
        elif _SIGNED.search(it.text) and (d := iso_date(it.text[_SIGNED.search(it.text).start():])):
            out.append({"date": d, "kind": "signed", "text": it.text, "page": it.page})
    return out


def _uncap(line: str) -> str:
    """"TANGVIK KOMMUNE" → "Tangvik kommune" (a running head in capitals), other lines as they are."""
    if not re.search(r"[A-ZÆØÅ]{3}", line) or re.search(r"[a-zæøå]", line):
        return line
    words = [w.lower() if w.lower() in ("kommune", "fylkeskommune", "herad", "i", "og", "of", "regionråd") or
             w in ("HF", "RHF", "AS", "ASA", "SF", "IKS") else w.capitalize() for w in line.split()]
    return " ".join(words)


def council_author_of_pages(*, metadata: dict[str, str], pages_text: list[str], cover_lines: Iterable[str] = (),
                            margins: Iterable[str] = ()) -> str | None:
    """The author of council papers from what document info sees: the board's organisation
    ("Protokoll fra styremøte i Helse Kystnord RHF"), else the organisation named most in the PDF's
    author, the cover, the running heads and the first page (weighted in that order)."""
    pattern = cr.compiled()["organisation"]
    first = pages_text[0] if pages_text else ""
    board = re.search(r"(?:styremøte|styret)\s+(?:i|for)\s+(?P<rest>.{3,80})", " ".join(first.split()[:200]), re.I)
    if board and (m := pattern.match(board.group("rest"))):
        return m.group("org")
    weighted = [(metadata.get("Author", ""), 3.0), *((_uncap(t), 3.0) for t in cover_lines),
                *((_uncap(t), 2.0) for t in margins), *((_uncap(t), 1.0) for t in first.splitlines()),
                *((_uncap(t), 0.5) for p in pages_text[1:] for t in p.splitlines())]
    scores: Counter[str] = Counter()
    order: dict[str, int] = {}
    for k, (text, weight) in enumerate(weighted):
        for m in pattern.finditer(text or ""):
            name = clean(m.group("org"))
            scores[name] += weight
            order.setdefault(name, k)
    if not scores:
        return None
    return max(scores, key=lambda n: (scores[n], -order[n]))
