"""Who attended a meeting: present, absent, substitutes, others, the chair.

Attendance comes under labels (``council.toml`` [[attendance]]: "Til stede",
"Møtande varamedlemer", "Forfall", "Frå administrasjonen", ...) as bullet
lists, comma lists in one line or one table cell, inline ("Forfall: A (Sp),
B (FrP)"), or as a table ("Namn | Parti | Rolle", "Navn | Funksjon |
Representerer", with or without ruling lines). Each person is ``{name,
party, role}``; "X (Sp) for Y (Sp)" makes X a substitute for Y, and a
substitute who met counts as present. Party labels come from
``lexicon/parties.toml`` and stay with the person.
"""
from __future__ import annotations

import re
from typing import Any

from extractor.facts import council_rules as cr
from extractor.facts.council_persons import (BULLET_MARK, COLUMN, HEADER, HEADER_CELL, PARENS, PROSE, cut_name,
                                             parse_person, party_of, person_name, role_kind, split_items)
from extractor.facts.council_stream import Item, clean


def _table_row(cells: tuple[str, ...], cols: dict[str, int], group: str) -> dict[str, Any] | None:
    name = person_name(cells[0])
    if not name:
        return None
    party = party_of(cells[cols["party"]]) if "party" in cols and cols["party"] < len(cells) else None
    role = cells[cols["role"]] if "role" in cols and cols["role"] < len(cells) else None
    kind = role_kind(role or "")
    g = "absent" if kind == "absent" else "substitutes" if kind == "substitute" else group
    return {"name": name, "party": party, "role": role or None, "group": g, "for": None}


def _line_row(text: str, group: str) -> dict[str, Any] | None:
    """A row of a table without ruling lines: "Bjørg Solheim Leder Tangvik pensjonistforening"."""
    name = person_name(text)
    if not name:
        return None
    rest = text.split(name, 1)[-1].split()
    party = party_of(rest[0]) if rest and party_of(rest[0]) else None
    role_words = rest[1:] if party else rest
    role = role_words[0] if role_words and role_kind(role_words[0]) else None
    kind = role_kind(role or "")
    g = "absent" if kind == "absent" else "substitutes" if kind == "substitute" else group
    return {"name": name, "party": party, "role": role, "group": g, "for": None}


_FOR_COLUMN = re.compile(r"^(?:møtte for|møtte for|for|vara for|møter for|substitute for|deputy for)$", re.I)


def header_cells(item: Item, gap: float = 10.0) -> list[tuple[float, str]]:
    """(x, text) of the cells of a table header printed without ruling lines ("Navn   Møtte for   Parti"):
    words further apart than ``gap`` points start a new cell."""
    words = item.line.words if item.line is not None else ()
    cells: list[list[Any]] = []
    for k, w in enumerate(words):
        if k and w.x0 - words[k - 1].x1 <= gap:
            cells[-1][1] += " " + w.text
        else:
            cells.append([w.x0, w.text])
    return [(x, t) for x, t in cells] if len(cells) >= 2 else []


def _row_by_columns(item: Item, cols: list[tuple[float, str]], group: str) -> dict[str, Any] | None:
    """A row under a header of positioned cells: name, party, role and whom a substitute met for."""
    chunks: dict[int, list[str]] = {}
    for w in item.line.words if item.line is not None else ():
        col = max((k for k, (x, _t) in enumerate(cols) if w.x0 >= x - 4), default=0)
        chunks.setdefault(col, []).append(w.text)
    texts = {cols[k][1]: " ".join(ws) for k, ws in chunks.items()}
    name = person_name(" ".join(chunks.get(0, [])))
    if not name:
        return None
    p: dict[str, Any] = {"name": name, "party": None, "role": None, "group": group, "for": None}
    for head, text in texts.items():
        if head == cols[0][1]:
            continue
        if _FOR_COLUMN.match(head) and person_name(text):
            p["for"], p["group"] = person_name(text), "substitutes"
        elif party_of(text) and not p["party"]:
            p["party"] = party_of(text)
        elif COLUMN["role"].match(head) or role_kind(text):
            p["role"] = p["role"] or text
    kind = role_kind(p["role"] or "")
    if kind == "absent":
        p["group"] = "absent"
    elif kind == "substitute":
        p["group"] = "substitutes"
    return p


def label_columns(item: Item) -> list[tuple[float, str]]:
    """(x, group) of each attendance label on a line that holds several side by side ("Fra styret: Forfall:")."""
    if item.line is None or item.cells:
        return []
    words = item.line.words
    out: list[tuple[float, str]] = []
    for k, w in enumerate(words):
        if not w.text[:1].isupper() or (k and not words[k - 1].text.endswith(":")):
            continue
        found = cr.attendance_label_at(" ".join(x.text for x in words[k:]))
        if found and (not out or w.x0 - out[-1][0] > 60):
            out.append((w.x0, found[0]))
    return out if len(out) >= 2 else []


def _column_chunks(item: Item, columns: list[list[Any]]) -> list[tuple[int, str]]:
    """The words of a line split at the columns' left edges: (column index, text)."""
    chunks: dict[int, list[str]] = {}
    for w in item.line.words if item.line is not None else ():
        col = max((k for k, (x, _g) in enumerate(columns) if w.x0 >= x - 8), default=0)
        chunks.setdefault(col, []).append(w.text)
    return [(k, " ".join(ws)) for k, ws in sorted(chunks.items())]


def _read_columns(it: Item, columns: list[list[Any]], people: list[dict[str, Any]]) -> bool:
    """One line under side-by-side labels; False when the columns end (prose, a heading)."""
    if it.is_heading or it.line is None:
        return False
    found = cr.attendance_label_at(it.text)
    if found:
        col = min(range(len(columns)), key=lambda k: abs(columns[k][0] - it.line.bbox[0]))
        columns[col][1] = found[0]
        return True
    bare = re.sub(r"\([^)]*\)", "", it.text)
    if not it.text.lstrip().startswith("•") and PROSE.search(bare):
        return False
    for col, text in _column_chunks(it, columns):
        name, _, rest = cr.strip_bullet(text).partition(",")
        p = parse_person(name, columns[col][1])
        if p:
            p["role"] = p["role"] or (clean(rest) if role_kind(rest) else None)
            people.append(p)
    return True


def _segments(items: list[Item]) -> list[tuple[Item, str]]:
    """Each item with its text, a line split where an attendance label starts inside it
    ("• Per Olsen, Org B Forfall:" → "• Per Olsen, Org B" and "Forfall:")."""
    out: list[tuple[Item, str]] = []
    for it in items:
        if it.cells or it.is_heading:
            out.append((it, it.text))
            continue
        cut = None
        for m in re.finditer(r"(?<=\s)(?-i:[A-ZÆØÅ])", it.text):
            found = cr.attendance_label_at(it.text[m.start():])
            if found and it.text[m.start():].split(":")[0].count(" ") <= 3 and ":" in it.text[m.start():]:
                cut = m.start()
                break
        if cut:
            out += [(it, it.text[:cut].rstrip()), (it, it.text[cut:])]
        else:
            out.append((it, it.text))
    return out


def read_attendance(items: list[Item]) -> dict[str, Any]:
    """present, absent, substitutes, also_present, chair and ``people`` from the header of minutes."""
    people: list[dict[str, Any]] = []
    group: str | None = None
    cols: dict[str, int] | None = None
    text_mode = False
    header: list[tuple[float, str]] = []
    buffer: list[str] = []

    def flush() -> None:
        nonlocal buffer
        if group and buffer:
            last: dict[str, Any] | None = None
            raws: list[str] = []
            for chunk in "\n".join(buffer).split("\n"):
                if chunk.startswith(BULLET_MARK):  # one person per bullet: "Kari Nymoen, Fjellstad kommune"
                    parts = split_items(chunk[1:])
                    roles = " ".join(f"({x})" for x in PARENS.findall(" ".join(parts[1:])))
                    raws += [f"{parts[0]} {roles}".strip()] if parts else []
                    raws += [p for p in parts[1:] if role_kind(p)]
                else:
                    raws += split_items(chunk)
            for raw in raws:
                p = parse_person(raw, group)
                if p:
                    people.append(p)
                    last = p
                elif last is not None and role_kind(raw):
                    last["role"] = last["role"] or clean(raw)
                elif last is not None and party_of(raw):  # "Kari Nord, Ap"
                    last["party"] = last["party"] or party_of(raw)
        buffer = []

    columns: list[list[Any]] | None = None
    for it, text in _segments(items):
        if columns is not None:
            if _read_columns(it, columns, people):
                continue
            columns = None
        if (cols2 := label_columns(it)):
            flush()
            columns, group = [[x, g] for x, g in cols2], None
            continue
        if it.is_heading:
            flush()
            found = cr.attendance_label_at(it.text)
            group = found[0] if found else None
            cols, text_mode = None, False
            if found and found[1]:
                buffer.append(found[1])
            continue
        if it.cells:
            found = cr.attendance_label_at(it.cells[0])
            if HEADER_CELL.match(it.cells[0]) and len(it.cells) >= 2 and not person_name(it.cells[0]) \
                    and any(p.match(c) for c in it.cells[1:] for p in COLUMN.values()):
                flush()
                group = found[0] if found else (group or "present")
                cols = {k: j for j, c in enumerate(it.cells) for k, p in COLUMN.items() if p.match(c)}
                continue
            if found and found[0] and not found[1].strip():
                flush()
                group = found[0]
                buffer.append(" ; ".join(it.cells[1:]).replace(" ; ", ", "))
                flush()
                continue
            if cols is not None and group:
                p = _table_row(it.cells, cols, group)
                if p:
                    people.append(p)
                continue
        found = cr.attendance_label_at(text)
        if found:
            flush()
            group, rest, _ = found
            if HEADER.match(rest) or re.match(r"^(?:Navn|Namn|Name)\b", rest):
                text_mode, rest, header = True, "", []
            else:
                text_mode = False
            second = cr.attendance_label_at(re.sub(r"^.*?:\s*", "", rest)) if rest.count(":") else None
            if second and not re.sub(r"^.*?:\s*", "", rest).strip(" :").count(" ") > 3:
                rest = ""
            if rest:
                buffer.append(rest)
            continue
        if group is None:
            people.extend(prose_people(text))
            continue
        if HEADER.match(text) and len(text.split()) <= 5:
            flush()
            text_mode = True
            header = header_cells(it)
            continue
        if text_mode and header and not it.cells:
            p = _row_by_columns(it, header, group)
            if p:
                people.append(p)
                continue
        if text_mode:
            p = _line_row(text, group)
            if p:
                people.append(p)
                continue
            text_mode = False
        bare = re.sub(r"\([^)]*\)|\([^)]*$|^[^(]*\)", "", text)
        bullet = text.lstrip().startswith(("•", "-", "–", "\uf0b7", "▪"))
        if not bullet and PROSE.search(bare) and not (buffer and buffer[-1].rstrip().endswith(",")):
            flush()
            group = None
            people.extend(prose_people(text))
            continue
        if bullet:
            buffer.append("\n" + BULLET_MARK + cr.strip_bullet(text))
        elif buffer and not buffer[-1].rstrip().endswith((",", ";")) and (
                cut_name(buffer[-1]) or not re.match(r"^[A-ZÆØÅ]", text)):
            buffer[-1] = buffer[-1] + " " + text  # a name wrapped onto the next line
        else:
            buffer.append((" " if buffer else "") + text)
    flush()
    return summarise(people)


def prose_people(text: str) -> list[dict[str, Any]]:
    """Substitutes and absent members named in a sentence ("Eva Moe (H) møtte som vara for Anne Lie (H).",
    "Tor Dal (FrP) har meldt forfall."), by the sentence rules of ``council.toml`` [attendance_prose]."""
    out: list[dict[str, Any]] = []
    for group, pattern in cr.compiled()["attendance_prose"]:
        for m in pattern.finditer(clean(text)):
            g = m.groupdict()
            if g.get("names"):
                out += [p for raw in re.split(r",\s*|\s+(?:og|and)\s+", g["names"])
                        if (p := parse_person(raw, group))]
            elif (name := person_name(g["name"] or "")) and (sub_for := person_name(g["for"] or "")):
                out.append({"name": name, "party": party_of(g.get("party") or ""), "role": None, "group": group,
                            "for": sub_for})
    seen: set[tuple[str, str]] = set()
    return [p for p in out if (p["name"], p["group"]) not in seen and not seen.add((p["name"], p["group"]))]


def summarise(people: list[dict[str, Any]]) -> dict[str, Any]:
    """The minutes' attendance lists from the people found (each name once per list)."""
    out: dict[str, Any] = {"present": [], "absent": [], "substitutes": [], "also_present": [], "observers": [],
                           "chair": None}
    seen: dict[str, set[str]] = {g: set() for g in out}
    for p in people:
        group = p["group"]
        if p["name"] in seen[group]:
            if group == "substitutes":
                have = next(s for s in out["substitutes"] if s["name"] == p["name"])
                have["for"] = have["for"] or p["for"]
                have["party"] = have["party"] or p["party"]
            continue
        seen[group].add(p["name"])
        if group == "substitutes":
            out["substitutes"].append({"name": p["name"], "party": p["party"], "for": p["for"]})
            if p["name"] not in seen["present"]:
                seen["present"].add(p["name"])
                out["present"].append(p["name"])
        else:
            out[group].append(p["name"])
        if group == "present" and out["chair"] is None and role_kind(p.get("role") or "") == "chair":
            out["chair"] = p["name"]
    absent = set(out["absent"])
    out["present"] = [n for n in out["present"] if n not in absent]
    out["people"] = [
        {"name": p["name"], "party": p["party"], "role": p["role"],
         "status": "absent" if p["group"] == "absent" else "substitute" if p["group"] == "substitutes"
         else "other" if p["group"] in ("also_present", "observers") else "present", "for": p["for"]}
        for p in people
    ]
    return out
