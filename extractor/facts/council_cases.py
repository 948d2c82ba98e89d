"""Cases of council papers: where each case starts, and the fields its labels give.

A case starts at a heading that opens with a case number ("PS 41/24 Title",
"87/24 : TITLE", "Styresak 061-2024 Title"), at an agenda row whose first cell
is one ("010/25 | Godkjenning av innkalling"), at a table row "Sak | UR 06/25
Title", or at a bold or listed body line that opens with one. A "Saksgang"
row ("Kommunestyret | 12.12.2024 | 059/24"; :mod:`council_saksgang`) names the
same case for a body and a date and never starts a case. The case's block runs to the next case or to
the start of the minutes or of another case paper; inside it the label
vocabularies of ``council.toml`` give the proposed decision, the decisions
per body, the handling and vote, officer, origin, type, attachments and
earlier handling.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from extractor.facts import council_rules as cr
from extractor.facts.council_decisions import by_reference
from extractor.facts.council_saksgang import DATE, NUMBER_TOKEN as _NUMBER_TOKEN, saksgang_row
from extractor.facts.council_stream import Item, clean

_PAGE_TAIL = re.compile(r"\s+\d{1,3}$")
_ARCHIVE_TAIL = re.compile(r"\s+(?:\d{2}/\d{3,6}|(?:19|20)\d\d/\d{1,6})(?:-\d+)?$")  # "... 24/1234": the archive column
_HEADER_CELLS = {
    "title": re.compile(r"^(?:sakstittel|tittel|innhald|innhold|sak|subject|title|item|saka|saken)$", re.I),
    "type": re.compile(r"^(?:type|sakstype|type sak|kind)$", re.I),
    "decision": re.compile(r"^(?:vedtak|resolution|decision|beslutning)$", re.I),
    "vote": re.compile(r"^(?:vote|votering|avstemming|røysting|stemmer)$", re.I),
    "proposed_decision": re.compile(r"^(?:forslag til vedtak|innstilling|framlegg til vedtak|proposal)$", re.I),
}
_CONTINUATION = re.compile(r"^[a-zæøå0-9]")


@dataclass
class CaseBlock:
    start: int  # index of the item that starts the case
    number: cr.CaseNumber
    title: str | None
    kind: str  # "heading" | "row" | "line"
    items: list[Item] = field(default_factory=list)  # the items after the start, up to the next case
    pre: list[Item] = field(default_factory=list)  # a case paper's box before its numbered heading
    row_fields: dict[str, str] = field(default_factory=dict)  # from agenda / resolution table columns
    group_type: str | None = None


def _header_columns(item: Item) -> dict[int, str] | None:
    """Columns of an agenda or resolutions table header ("Sak | Tittel | Type")."""
    if not item.cells or cr.case_number_at(item.cells[0]):
        return None
    cols = {}
    for k, cell in enumerate(item.cells[1:], start=1):
        name = next((f for f, p in _HEADER_CELLS.items() if p.match(cell.strip(" :"))), None)
        if name:
            cols[k] = name
    return cols or None


def _line_case(items: list[Item], k: int) -> cr.CaseNumber | None:
    """A body line that opens with a case number and a title, when it is bold or listed with others."""
    it = items[k]
    c = cr.case_number_at(it.text)
    if not c or saksgang_row(it):
        return None
    if it.bold and (c.rest[:1].isalpha() or (not c.rest and k + 1 < len(items) and items[k + 1].is_heading)):
        return c
    if not c.rest[:1].isalpha():
        return None
    near = [items[j] for j in (k - 1, k + 1) if 0 <= j < len(items) and items[j].kind != "heading"]
    return c if any(cr.case_number_at(n.text) and not saksgang_row(n) for n in near) else None


_NUMBER_FIELD = re.compile(r"^(?:saksnr\.?|sak nr\.?|saksnummer|utvalssak|utvalgssak|vår saksnr\.?)\s*[:|]?\s*$", re.I)


def _number_field(item: Item) -> cr.CaseNumber | None:
    """The case number of a box field "Saksnr.: 12/24" / "Saksnr. | 12/24" (nothing after the number)."""
    if item.cells and len(item.cells) >= 2 and _NUMBER_FIELD.match(item.cells[0]):
        c = cr.case_number_at(item.cells[1])
        return c if c and not c.rest else None
    c = cr.case_number_at(item.text)
    return c if c and not c.rest and _NUMBER_FIELD.match(c.prefix + " ") else None


def find_cases(items: list[Item], boundaries: set[int]) -> list[CaseBlock]:
    """Every case start in the stream and the block of items it owns."""
    blocks: list[CaseBlock] = []
    columns: dict[int, str] | None = None
    group: str | None = None
    paper_at: int | None = None
    last_heading: int | None = None
    for k, it in enumerate(items):
        if it.is_heading or (it.kind == "line" and it.bold and len(it.text.split()) <= 4):
            g = cr.group_type(it.text)
            if g:
                group = g
                continue
        block: CaseBlock | None = None
        if it.is_heading and not cr.label_at(it.text, whole=True) and not cr.compiled()["paper"].match(it.text):
            last_heading = k
        if it.is_heading:
            c = cr.case_number_at(it.text)
            if c:
                block = CaseBlock(k, c, c.rest or None, "heading")
            elif cr.compiled()["paper"].match(it.text):
                paper_at, group = k, None
            elif not cr.label_at(it.text, whole=True) and not _CONTINUATION.match(it.text):
                group = None if not cr.group_type(it.text) else group
        elif it.cells:
            cols = _header_columns(it)
            if cols:
                columns = cols
                continue
            c = cr.case_number_at(it.cells[0])
            if c is None and len(it.cells) >= 2 and cr.label_at(it.cells[0], whole=True) is None \
                    and re.match(r"^(?:sak|case|item)$", it.cells[0], re.I):
                c = cr.case_number_at(it.cells[1])
                if c:
                    block = CaseBlock(k, c, c.rest or None, "heading")
            elif c is not None and not saksgang_row(it):
                block = CaseBlock(k, c, c.rest or None, "row")
                for j, name in (columns or {}).items():
                    if j < len(it.cells) and it.cells[j]:
                        block.row_fields[name] = it.cells[j]
                if not block.title and len(it.cells) > 1 and "title" not in block.row_fields:
                    block.title = it.cells[1]
                block.title = block.row_fields.pop("title", None) or block.title
        elif it.kind in ("line", "row"):
            c = _line_case(items, k)
            if c:
                block = CaseBlock(k, c, c.rest or None, "heading" if it.bold else "line")
        if block is None and not it.is_heading and (numbered := _number_field(it)) and last_heading is not None \
                and not (blocks and blocks[-1].start >= last_heading):
            # "Saksnr.: 12/24" in the box under a title heading: the case starts at that heading
            block = CaseBlock(last_heading, numbered, items[last_heading].text, "heading")
        if block is None:
            continue
        block.group_type = group
        if block.kind == "line" and block.title:
            block.title = _PAGE_TAIL.sub("", _ARCHIVE_TAIL.sub("", block.title))
        if paper_at is not None and not (blocks and blocks[-1].start > paper_at):
            block.pre = items[paper_at + 1:k]
        paper_at = None
        blocks.append(block)
    _fill_blocks(items, blocks, boundaries)
    return blocks


def _fill_blocks(items: list[Item], blocks: list[CaseBlock], boundaries: set[int]) -> None:
    starts = [b.start for b in blocks]
    for n, b in enumerate(blocks):
        end = starts[n + 1] if n + 1 < len(blocks) else len(items)
        stop = next((j for j in range(b.start + 2, end) if j in boundaries), end)
        b.items = list(items[b.start + 1:stop])
        # a case heading alone ("Sak 49/6/2021") with its title in the heading below
        if b.items and (b.items[0].is_heading or b.items[0].bold) and not b.title \
                and not cr.label_at(b.items[0].text, whole=True) and not cr.case_number_at(b.items[0].text):
            b.title = b.items[0].text
            b.items = b.items[1:]
        # a title wrapped onto the next heading ("... styremøte 12." / "desember 2024")
        if b.items and b.items[0].is_heading and b.title and _CONTINUATION.match(b.items[0].text) \
                and len(b.items[0].text.split()) <= 5 and not cr.label_at(b.items[0].text, whole=True):
            b.title = f"{b.title} {b.items[0].text}"
            b.items = b.items[1:]
        if b.kind == "row":  # an agenda row owns nothing; a case row owns the lines under it up to a heading
            owned = []
            for it in b.items:
                if it.is_heading or it.kind == "row":
                    break
                owned.append(it)
            b.items = owned


def _from_by(by: str | None) -> str | None:
    """"Kommunedirektørens" → "Kommunedirektøren", "Sekretariatet sitt" → "Sekretariatet"."""
    if not by:
        return None
    by = clean(by)
    if re.search(r"(?:en|et)s$", by) or re.search(r"\w{3}s$", by):
        by = by[:-1]
    return by[:1].upper() + by[1:]


def _split_box(rest: str) -> tuple[str, list[tuple[str, str]]]:
    """"Dagleg leiar Ragna Solberg Sakshandsamar: Eirik Hatlem" or "Lene Aasheim Arkivsak 24/1187"
    → the first value and the other (field, value) pairs of the same line (archive keys dropped)."""
    keys = [(label.field, label.pattern.pattern) for label in cr.compiled()["labels"]
            if label.box or label.field == "attachments"]
    keys.append(("archive", cr.data()["case_number"]["archive"]))
    cuts: list[tuple[int, int, str]] = []
    for name, pattern in keys:
        for m in re.finditer(rf"(?<=\s)(?:{pattern})(?:\s*:\s*|\s+(?-i:(?=[A-ZÆØÅ0-9])))", rest, re.I):
            if m.group(0)[:1].isupper():
                cuts.append((m.start(), m.end(), name))
    cuts.sort()
    kept: list[tuple[int, int, str]] = []
    for cut in cuts:
        if not kept or cut[0] >= kept[-1][1]:
            kept.append(cut)
    pairs = [(name, rest[end:(kept[k + 1][0] if k + 1 < len(kept) else len(rest))].strip())
             for k, (_start, end, name) in enumerate(kept) if name != "archive"]
    return (rest[:kept[0][0]] if kept else rest).strip(), pairs


def _attachments(texts: list[str]) -> list[str]:
    """The attachment list: "1. A 2. B", "A; B", or one bullet a line (a wrapped bullet joined again)."""
    joined: list[str] = []
    for t in texts:
        if joined and not re.match(r"^\s*(?:[•\-–\uf0b7▪]|\d{1,2}[.)]\s|[A-ZÆØÅ«\"])", t):
            joined[-1] = f"{joined[-1]} {t}"
        else:
            joined.append(t)
    out: list[str] = []
    for t in joined:
        for part in re.split(r"(?:^|\s)\d{1,2}[.)]\s+|;\s*|•", t):
            part = part.strip(" .")
            if part and not re.match(r"^(?:ingen|none|-|–)$", part, re.I):
                out.append(part)
    return out


def read_case(block: CaseBlock) -> dict[str, Any]:
    """The case record of one block: number, title, fields from its labels, decisions per body, vote."""
    case: dict[str, Any] = {
        "case": block.number.printed, "title": block.title, "type": None, "to": None, "from": None,
        "case_officer": None, "attachments": [], "earlier_handling": None, "proposed_decision": None,
        "decision": None, "decisions": [], "vote": None,
    }
    fields: dict[str, list[str]] = {}
    by_of: dict[str, str | None] = {}
    decisions: list[dict[str, Any]] = []
    handling: list[str] = []
    handled: list[dict[str, Any]] = []  # "Behandling i <body> <date>": where and when the case was handled
    current: str | None = None
    for it in [*block.pre, *block.items]:
        texts = [it.text]
        if it.cells and len(it.cells) >= 2:
            lab = cr.label_at(it.cells[0], whole=True)
            if lab:
                lab = cr.LabelMatch(lab.field, lab.by, " ".join(it.cells[1:]), lab.body)
        else:
            lab = cr.label_at(it.text, whole=it.whole)
        if lab is None and (it.is_heading or (it.bold and it.kind == "line" and current != "attachments")):
            current = None
            continue
        if lab is not None:
            current = lab.field
            rest = lab.rest
            if current in ("case_officer", "from", "type", "to"):
                rest, more = _split_box(rest)
                for f, v in [(current, rest), *more]:
                    if f == "attachments":
                        fields.setdefault(f, []).append(v)
                    elif f not in fields:
                        fields[f] = [v]
                current = None
                continue
            if current == "decision":
                decisions.append({"body": _from_by(lab.by) or lab.body or (handled[-1]["body"] if handled else None),
                                  "text": []})
                if lab.body:
                    handled.append({"body": lab.body, "date": _iso(it.text)})
            elif current == "proposed_decision":
                # a later proposal (the committee's "innstilling" after the officer's "framlegg") is the
                # one put to this body
                by_of[current] = lab.by or lab.body
                fields.pop(current, None)
            elif current == "handling":
                handling.append("")
                if _from_by(lab.by) or lab.body:
                    handled.append({"body": _from_by(lab.by) or lab.body, "date": _iso(it.text)})
            texts = [rest] if rest else []
        elif cr.is_decision_stop(it.text):
            handling.append(it.text)
            if current in ("decision", "proposed_decision"):
                current = None
            continue
        for t in texts:
            if t and current in (None, "section", "other_proposal") and (cr.vote_of(t) or cr.adopted_as_proposed(t)):
                handling.append(t)  # "Forslaget falt ..." then "Innstillingen ble vedtatt ..." under a motion
                continue
            if not t or current in (None, "section", "other_proposal"):
                continue
            stop = _trailing_vote(t)
            if stop is not None and current in ("decision", "proposed_decision"):
                t, vote_text = stop
                handling.append(vote_text)
            if current == "decision":
                decisions[-1]["text"].append(t)
            elif current == "handling":
                handling.append(t)
            else:
                fields.setdefault(current, []).append(t)
    for name in ("proposed_decision", "decision", "type", "vote"):
        if block.row_fields.get(name):
            if name == "decision":
                decisions.append({"body": None, "text": [block.row_fields[name]]})
            elif name == "vote":
                handling.append(block.row_fields[name])
            else:
                fields.setdefault(name, []).append(block.row_fields[name])
    if fields.get("proposed_decision"):
        case["proposed_decision"] = clean(" ".join(fields["proposed_decision"])) or None
    for f in ("case_officer", "from", "type", "to"):
        if fields.get(f):
            case[f] = _person(clean(fields[f][0])) if f in ("case_officer", "from") else clean(fields[f][0])
    case["from"] = case["from"] or _from_by(by_of.get("proposed_decision"))
    case["type"] = case["type"] or block.group_type or cr.case_type_of_code(block.number.prefix)
    case["attachments"] = _attachments(fields.get("attachments", []))
    if fields.get("earlier_handling"):
        case["earlier_handling"] = clean(" ".join(fields["earlier_handling"]))
    for d in decisions:  # a vote at the end of a decision wrapped over lines ("... Adopted with 3" / "votes to 1.")
        text = clean(" ".join(d["text"]))
        if (cut := _trailing_vote(text)) is not None:
            text, vote_text = cut
            handling.append(vote_text)
        d["text"] = [text]
    case["decisions"] = [{"body": d["body"], "decision": clean(" ".join(d["text"]))}
                         for d in decisions if clean(" ".join(d["text"]))]
    case["decisions"] = by_reference(case["decisions"], case["proposed_decision"], handling,
                                     handled[-1]["body"] if handled else None)
    if case["decisions"]:
        case["decision"] = case["decisions"][-1]["decision"]
    case["vote"] = cr.vote_of(" ".join(handling)) if handling else None
    case["_handled"] = [h for h in handled if h["body"]]
    inside = cr.compiled()["inside"].findall(f"{case['title'] or ''} {case['earlier_handling'] or ''}")
    if inside:
        case["earlier_cases"] = inside
    return case


def _iso(text: str) -> str | None:
    d = DATE.search(text)
    return f"{d['y']}-{int(d['m']):02d}-{int(d['d']):02d}" if d else None


def _trailing_vote(text: str) -> tuple[str, str] | None:
    """"Innkalling ... godkjende. Samrøystes vedteke." → (decision text, vote text)."""
    parts = re.split(r"(?<=[.!])\s+", text)
    for k in range(1, len(parts)):
        tail = " ".join(parts[k:])
        if cr.is_decision_stop(tail):
            return " ".join(parts[:k]), tail
    return None


def _person(value: str) -> str | None:
    """An officer or origin without a trailing role ("Kari Nymoen, leder" → "Kari Nymoen")."""
    value = re.sub(r",\s*[a-zæøå][\wæøå -]*$", "", value).strip()
    return value or None


def merge(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per case (by its digits): the first title from a heading, fields filled in order."""
    from extractor.facts.scoring import case_key

    out: dict[tuple[int, ...], dict[str, Any]] = {}
    for rec in records:
        key = case_key(rec["case"])
        have = out.get(key)
        if have is None:
            out[key] = dict(rec)
            continue
        for k, v in rec.items():
            if k == "decisions":
                have[k] = [*have.get(k, []), *[d for d in v if d not in have.get(k, [])]]
            elif k == "title":
                if v and (not have.get(k) or rec.get("_from_heading") and not have.get("_from_heading")):
                    have[k] = v
                    have["_from_heading"] = rec.get("_from_heading")
            elif v not in (None, [], "") and have.get(k) in (None, [], ""):
                have[k] = v
        if len(rec["case"]) > len(have["case"]):
            have["case"] = rec["case"]
    return list(out.values())
