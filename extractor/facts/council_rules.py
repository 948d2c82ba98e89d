"""The council rules file (``extractor/data/rules/council.toml``) compiled for the council modules.

Numbering styles, label vocabularies, vote phrasings, attendance labels and
role words are data there; this module turns them into matchers:
:func:`case_number_at` (a case number at the start of a text),
:func:`label_at` (a field label, as a heading, cell, run-in text or box key),
:func:`vote_of` and :func:`attendance_label_at`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extractor import lexicon, rules

_FLAGS = re.IGNORECASE
_BULLET = re.compile(r"^[\s•·▪◦\-–*\uf0b7]+")
_WORD = {"ei": 1, "éi": 1, "eitt": 1, "en": 1, "én": 1, "ein": 1, "one": 1, "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4,
         "fem": 5}


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(rules._spaces(pattern), _FLAGS)  # noqa: SLF001 - the engine's own space rule


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    """The raw tables of the council rules file."""
    return rules.load("council").data


@dataclass(frozen=True)
class Label:
    field: str
    pattern: re.Pattern[str]
    box: bool
    whole: re.Pattern[str]  # the label is all of a heading, bold line or cell
    run_in: re.Pattern[str]  # "Vedtak: ..." / "Vedtak | ..."
    boxed: re.Pattern[str]  # "Saksbehandler Lene Aasheim"


def _label(field: str, pattern: str, box: bool) -> Label:
    """A label with the three forms :func:`label_at` tries, compiled once."""
    base = _compile(rf"(?:{pattern})")
    p = base.pattern  # with the engine's white-space rule applied
    return Label(field, base, box,
                 re.compile(rf"(?:{p})(?:\s*\([^)]{{1,40}}\))?\s*:?\s*$", _FLAGS),
                 re.compile(rf"(?:{p})(?:\s*\([^)]{{1,40}}\))?\s*(?:\||:)\s*(?P<_rest>.*)$", _FLAGS | re.DOTALL),
                 re.compile(rf"(?:{p})\s+(?P<_rest>(?-i:[A-ZÆØÅ0-9]).*)$", _FLAGS | re.DOTALL))


@lru_cache(maxsize=1)
def compiled() -> dict[str, Any]:
    d = data()
    cn = d["case_number"]
    prefix, number = cn["prefix"], cn["number"]
    out: dict[str, Any] = {
        # "Sak 12/24", "PS 12/24", "Saksnr. 012/24", "012/24" with its rest (the title).
        "case": _compile(rf"^(?:(?P<prefix>{prefix}\.?\s*:?\s*)(?:{cn['body_token']}\s+)?)?(?P<num>{number})\s*(?::|\.|–|-)?\s*(?P<rest>.*)$"),
        "archive": _compile(rf"^{cn['archive']}"),
        "inside": _compile(cn["inside"]["pattern"]),
        "labels": tuple(_label(l["field"], l["pattern"], bool(l.get("box"))) for l in d["labels"]),
        "votes": tuple((v["id"], _compile(v["pattern"]), v.get("value")) for v in d["votes"]),
        "decision_stop": _compile(d["decision_stop"]["pattern"]),
        "adopted_as_proposed": _compile(d["adopted_as_proposed"]["pattern"]),
        "decision_as_proposed": _compile(d["decision_as_proposed"]["pattern"]),
        "adopted_with_addition": _compile(d["adopted_with_addition"]["pattern"]),
        "attendance": tuple((a["group"], _compile(rf"(?:{a['pattern']})")) for a in d["attendance"]),
        # the same, as a label opening a line: followed by a bar, a colon, a capital or the end
        "attendance_at": tuple((a["group"], re.compile(
            rf"(?:{_compile(a['pattern']).pattern})(?:\s*(?:\||:)\s*|\s+(?-i:(?=[A-ZÆØÅ]))|\s*$)", _FLAGS)) for a in d["attendance"]),
        "groups": tuple((_compile(g["pattern"]), g["value"]) for g in d["case_groups"]),
        "code_types": dict(d.get("case_code_types", {})),
    }
    for key in ("paper", "minutes", "notice"):
        out[key] = _compile(d["places"][key])
    for key in ("chair", "substitute", "member", "absent"):
        out[f"role_{key}"] = _compile(rf"^(?:{d['roles'][key]})$")
    out["chair_sentence"] = _compile(d["chair_sentence"]["pattern"])
    ap = d["attendance_prose"]
    one, party = ap["name"], r"(?: \((?P<{}>[^)]{{1,30}})\))?"
    places = {"{title}": ap["title"], "{name}": f"(?P<name>{one})", "{for}": f"(?P<for>{one})",
              "{party}": party.format("party"), "{party_for}": party.format("party_for"),
              "{names}": rf"(?P<names>{one}(?: \([^)]{{1,30}}\))?(?:(?:, | og | and ){one}(?: \([^)]{{1,30}}\))?)*)"}
    prose = []
    for rule in ap["rules"]:
        pattern = rule["pattern"]
        for key, value in places.items():
            pattern = pattern.replace(key, value)
        prose.append((rule["group"], _compile(pattern)))
    out["attendance_prose"] = tuple(prose)
    out["chair_label"] = _compile(d["chair_label"]["pattern"])
    out["title"] = _compile(rf"^{d['roles']['title']}\s+(?-i:(?=[A-ZÆØÅ]))")
    m = d["meeting"]
    out["body"] = re.compile(rules._spaces(m["body"]))  # noqa: SLF001 - case matters for names
    out["body_label"] = _compile(m["body_label"])
    out["board_meeting"] = _compile(m["board_meeting"])
    out["meeting_number"] = _compile(m["number"])
    out["meeting_number_unless"] = _compile(m["number_unless"])
    out["date_label"] = _compile(m["date_label"])
    out["date_label_weak"] = _compile(m["date_label_weak"])
    out["weekday"] = _compile(m["weekday"])
    out["organisation"] = re.compile(d["author"]["organisation"])
    out["dateline"] = _compile(d["published"]["dateline"])
    return out


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text).strip()


@dataclass(frozen=True)
class CaseNumber:
    number: str  # as printed, without its prefix ("012/24", "061-2024", "49/6/2021")
    printed: str  # with its prefix ("PS 12/24")
    prefix: str
    rest: str  # the text after the number (the title)


def case_number_at(text: str) -> CaseNumber | None:
    """The case number a text starts with ("PS 12/24 Budsjett" → 12/24, rest "Budsjett")."""
    t = strip_bullet(text)
    c = compiled()
    if c["archive"].match(t):
        return None
    m = c["case"].match(t)
    if not m:
        return None
    prefix = (m.group("prefix") or "").strip(" :")
    if m.group("y1") and not prefix and int(m.group("n1")) == (int(m.group("y1")) + 1) % 100:
        return None  # "2024/25 Skuleåret": a span of years, not a case
    shown = "" if re.match(data()["case_number"]["generic"], prefix, _FLAGS) else prefix
    return CaseNumber(m.group("num"), f"{shown} {m.group('num')}".strip(), prefix, m.group("rest").strip())


def case_type_of_code(prefix: str) -> str | None:
    return compiled()["code_types"].get(re.sub(r"\s*nr\.?$", "", prefix.strip(), flags=re.I).upper())


def group_type(heading: str) -> str | None:
    """The case type an agenda group heading gives ("Referatsaker" → "Referatsak")."""
    t = heading.strip(" :")
    return next((value for pattern, value in compiled()["groups"] if pattern.search(t)), None)


@dataclass(frozen=True)
class LabelMatch:
    field: str
    by: str | None  # who proposes or decides, as printed ("Kommunedirektørens")
    rest: str  # text after the label on the same line (run-in or cell)
    body: str | None = None  # "<Body> - <date>: Vedtak", "Vedtak i <body>"


def _by(m: re.Match[str]) -> tuple[str | None, str | None]:
    groups = m.groupdict()
    by = groups.get("by") or groups.get("by2") or groups.get("by3") or None
    body = groups.get("body") or groups.get("body2") or groups.get("body3") or groups.get("body4") or groups.get("in")
    return by, body or None


@lru_cache(maxsize=1)
def _party_pattern() -> re.Pattern[str]:
    """A party's label, alone, in a list ("Ap, H og Sp") or after a member's name ("Kari Nord (Sp)")."""
    data = lexicon.load("parties")
    names = "|".join(sorted((re.escape(k) for k in data["parties"]), key=len, reverse=True))
    one = rf"(?:{names}|{data['patterns']['local_list']})"
    return re.compile(rf"^(?:{one}(?:\s*(?:,|og|and|\+|/)\s*{one})*|.{{2,60}}\(\s*{one}\s*\))$", re.I)


# A member's name ending who proposes ("styremedlem Per Vold", "Kari Nord"), and words that make it a body.
_MEMBER = re.compile(r"(?<![\wæøå])[A-ZÆØÅ][a-zæøåé-]+(?: (?:[A-ZÆØÅ]\.|[A-ZÆØÅ][a-zæøåé-]+)){1,3}$")
_ORG_WORD = re.compile(r"\b(?:kommune|fylkeskommune|HF|RHF|AS|IKS|utval\w*|utvalg\w*|styret|rådet|skapet|tinget)\b",
                       re.I)


def _motion(match: "LabelMatch", text: str) -> "LabelMatch":
    """A proposal from a party or a member ("Forslag fra Høyre", "Høgre sitt framlegg", "Framlegg frå Kari
    Nord (Sp)") is another proposal."""
    who = (match.body or match.by or "").strip(" :")
    if not who or match.field != "proposed_decision":
        return match
    if _MEMBER.search(who) and not _ORG_WORD.search(who):  # "Forslag fra styremedlem Per Vold"
        return LabelMatch("other_proposal", match.by, match.rest, match.body)
    label = re.search(rf"{re.escape(who)}\s*\((?P<p>[^)]{{1,40}})\)", text)
    if _party_pattern().match(who) or _party_pattern().match(re.sub(r"s$", "", who)) or (
            label and _party_pattern().match(label.group("p").strip())):
        return LabelMatch("other_proposal", match.by, match.rest, match.body)
    return match


def label_at(text: str, *, whole: bool, box_ok: bool = True) -> LabelMatch | None:
    """A field label at the start of ``text``.

    ``whole``: the text is a heading, a bold line or a table cell, and the label
    may be all of it (with or without a colon). Otherwise only run-in labels
    ending in a colon ("Vedtak: Saka vert ...") and box keys ("Saksbehandler
    Lene Aasheim") count.
    """
    t = strip_bullet(text)
    if not t:
        return None
    for label in compiled()["labels"]:
        if whole:
            m = label.whole.match(t)
            if m:
                by, body = _by(m)
                return _motion(LabelMatch(label.field, by, "", body), t)
        m = label.run_in.match(t)
        if m:
            by, body = _by(m)
            return _motion(LabelMatch(label.field, by, m.group("_rest").strip(), body), t)
        if label.box and box_ok:
            m = label.boxed.match(t)
            if m and len(t.split()) <= 10 and not _BOX_VETO.match(m.group("_rest")):
                by, body = _by(m)
                return LabelMatch(label.field, by, m.group("_rest").strip(), body)
    return None


# A "box key" followed by a word that makes it prose, not a key ("Fra administrasjonen", "Til stede").
_BOX_VETO = re.compile(r"^(?:administrasjonen|sekretariatet|styret|stede|stades|stade|og|i|på|kl\.?|møtet)\b", re.I)


def vote_of(text: str) -> dict[str, Any] | None:
    """The last adopting vote in ``text``: {"for", "against"}, {"against"} or {"unanimous": True}."""
    found: list[tuple[int, dict[str, Any]]] = []
    for _id, pattern, value in compiled()["votes"]:
        for m in pattern.finditer(text):
            if value == "unanimous":
                found.append((m.start(), {"unanimous": True}))
                continue
            vote: dict[str, Any] = {}
            for key in ("for", "against"):
                raw = m.groupdict().get(key)
                if raw:
                    vote[key] = int(raw) if raw.isdigit() else _WORD.get(raw.lower())
            found.append((m.start(), vote))
    if not found:
        return None
    split = [v for _, v in sorted(found, key=lambda p: p[0]) if "against" in v]
    return split[-1] if split else {"unanimous": True}


def adopted_as_proposed(text: str) -> bool:
    """Whether a vote line adopts the proposal as it stood ("Samrøystes vedteke som framlegget")."""
    return bool(compiled()["adopted_as_proposed"].search(text))


def decision_as_proposed(text: str) -> bool:
    """Whether a decision's text only refers to the proposal ("Som innstillinga.")."""
    return bool(compiled()["decision_as_proposed"].match(strip_bullet(text)))


def addition_at(text: str) -> str | None:
    """The text an adoption adds to the proposal on its own line ("... med slikt tillegg: X" → "X"), "" when
    the addition follows on the next lines; None when the line adds nothing."""
    m = compiled()["adopted_with_addition"].search(text)
    return None if m is None else (m.group("add") or m.group("add_en") or "").strip()


def is_decision_stop(text: str) -> bool:
    return bool(compiled()["decision_stop"].match(strip_bullet(text)))


def attendance_label_at(text: str) -> tuple[str, str, int] | None:
    """(group, rest of the line, offset of the rest) when ``text`` opens with an attendance label."""
    t = text.lstrip()
    for group, pattern in compiled()["attendance_at"]:
        m = pattern.match(t)
        if m:
            return group, t[m.end():], len(text) - len(t) + m.end()
    return None
