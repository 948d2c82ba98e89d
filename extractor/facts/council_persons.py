"""People in council minutes, one list item at a time: a name, its party and role, whom a substitute met for.

"Kari Nord (Sp), leiar", "Kommunedirektør Eirik Haug", "Asbjørn Dale (Sp) for Magnus Rygg (Sp)",
"Hans Aronsen (vara for Ole Mikal Dahl)": :func:`person_name` takes titles off the name (role words are
data in ``council.toml``), :func:`party_of` reads party labels from ``lexicon/parties.toml`` (a party
label stays with the person and is never an organisation), :func:`parse_person` gives the record.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from extractor import lexicon
from extractor.facts import council_rules as cr
from extractor.facts.council_stream import clean

_NAME_TOKEN = r"[A-ZÆØÅÉÜÖÄ][\wæøåéüöä'’.-]*"
_NAME = re.compile(rf"^{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|van|von|de|der|den|da|af|la|le|du|bin|al))*\s+{_NAME_TOKEN}$")
PARENS = re.compile(r"\(([^()]*)\)")
_SUBSTITUTE = re.compile(r"^(?P<a>.+?)\s+for\s+(?P<b>[A-ZÆØÅ].+)$")
PROSE = re.compile(r"\b[a-zæøå]{3,}\s+[a-zæøå]{3,}\b")
HEADER_CELL = re.compile(r"^(?:namn|navn|name|møtedeltakarar|møtedeltakere|deltakarar|deltakere|medlem|medlemmer)\b",
                          re.I)
HEADER = re.compile(r"^(?:namn|navn|name|møtedeltakarar|møtedeltakere|deltakarar|deltakere|medlem|medlemmer)"
                     r"(?:\s*\|)?(?:\s+(?:parti|funksjon|rolle|representerer|møtte for|for|stilling|verv|role|party))", re.I)
COLUMN = {
    "party": re.compile(r"^(?:parti|party|liste|gruppe)$", re.I),
    "role": re.compile(r"^(?:rolle|funksjon|verv|role|funksjon/verv|status)$", re.I),
    "represents": re.compile(r"^(?:representerer|representerar|organisasjon|frå|fra)$", re.I),
}
_ORG_WORDS = re.compile(r"\b(?:kommune|fylkeskommune|HF|RHF|AS|IKS|sykehus|sjukehus|forening|foreining|lag|"
                        r"universitet|kommunestyret|styret|rådet)\b", re.I)
GROUPS = ("present", "absent", "substitutes", "also_present", "observers")
BULLET_MARK = "\x00"


@lru_cache(maxsize=1)
def _parties() -> tuple[dict[str, str], re.Pattern[str]]:
    data = lexicon.load("parties")
    return dict(data["parties"]), re.compile(rf"^{data['patterns']['local_list']}$")


def party_of(text: str) -> str | None:
    """The party a label names ("Sp", "Høgre", "Tverrpolitisk liste") or None."""
    t = clean(text).strip(" .,;")
    table, local = _parties()
    if t.lower() in table:
        return table[t.lower()]
    return t if local.match(t) else None


def role_kind(text: str) -> str | None:
    t = clean(text).strip(" .,;").lower()
    c = cr.compiled()
    for kind in ("absent", "substitute", "chair", "member"):
        if c[f"role_{kind}"].match(t):
            return kind
    return None


def person_name(text: str) -> str | None:
    """A person's name in an item, without titles before it ("Kommunedirektør Eirik Haug" → "Eirik Haug")."""
    t = clean(PARENS.sub(" ", text)).strip(" .,;:")
    t = re.sub(r"\(.*$|^.*\)", "", t).strip(" .,;:")
    while True:
        m = cr.compiled()["title"].match(t)
        if not m:
            break
        t = t[m.end():]
    t = re.sub(r"^(?:[a-zæøå][\wæøå.-]*\s+)+", "", t)
    tokens = t.split()
    run: list[str] = []
    for tok in tokens:
        if party_of(tok) or role_kind(tok) or not re.match(_NAME_TOKEN, tok):
            break
        run.append(tok)
    name = " ".join(run)
    if 2 <= len(run) <= 5 and _NAME.match(name) and not _ORG_WORDS.search(name):
        return name
    return None


def parse_person(item: str, group: str) -> dict[str, Any] | None:
    """{name, party, role, group, for} of one list item."""
    text = clean(item).strip(" .;")
    sub_for = None
    m = _SUBSTITUTE.match(PARENS.sub(lambda p: f"({p.group(1)})", text))
    if m and person_name(m.group("b")):
        text, sub_for = m.group("a"), person_name(m.group("b"))
        group = "substitutes"
    party = role = None
    dash = re.match(r"^(?P<who>.+?)\s+[–-]\s+(?P<role>[^–-]{2,40})$", text)  # "Kari Nord – leder"
    if dash and person_name(dash.group("who")) and (role_kind(dash.group("role")) or party_of(dash.group("role"))):
        text = f"{dash.group('who')} ({dash.group('role')})"
    for inner in PARENS.findall(text):
        for part in re.split(r",\s*", inner):
            vm = re.match(r"^(?:vara|varamedlem|deputy)\s+for\s+(.+)$", part, re.I)
            if vm and person_name(vm.group(1)):
                sub_for, group = person_name(vm.group(1)), "substitutes"
            elif party_of(part) and not party:
                party = party_of(part)
            elif role_kind(part) == "substitute" and group == "present":
                group = "substitutes"
                role = role or clean(part)
            elif not role:
                role = clean(part)
    name = person_name(text)
    if not name:
        return None
    if party is None:
        after = text.split(name, 1)[-1].split()
        if after and party_of(after[0]):
            party = party_of(after[0])
    return {"name": name, "party": party, "role": role, "group": group, "for": sub_for}


def split_items(text: str) -> list[str]:
    """Items of a list text: bullets, commas and semicolons outside parentheses."""
    out, depth, cur = [], 0, []
    # "Kari Nord og Ola Sør", "kommunalsjef Lise Aas og rådgiver Jon Berg"
    text = re.sub(r"\s+(?:og|and)\s+(?=(?:[a-zæøå]+\s+)?[A-ZÆØÅ][\wæøå]+\s+[A-ZÆØÅ])", ", ", text)
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",;•\n":
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return [clean(o) for o in out if clean(o)]


def cut_name(chunk: str) -> bool:
    """Does a comma list end in the middle of a name ("..., Sofie Tran, Aisha")?"""
    if "," not in chunk:
        return False
    last = split_items(chunk)[-1] if split_items(chunk) else ""
    if re.search(r"\bfor\s+[A-ZÆØÅ][\wæøå-]*$", last):  # "Arne Fossheim (H) for Tor" / "Steinsvik (H)"
        return True
    return bool(last) and person_name(last) is None and not role_kind(last) and not party_of(last)
