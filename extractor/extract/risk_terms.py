"""The risk lexicon compiled: which risk code each stretch of text names.

The lexicon is data (``risk_lexicon.json``): kind → code → regex stems, each
anchored at a word start and run on to the word's end, plus ``exclude``
phrases inside which no hit counts. It is compiled once per file
(:func:`load_lexicon`) into one regex per code and ONE matcher over every stem
of every code (``Lexicon.starts``), factored by the stems' first letter, that
gives the positions where some code can match; each code is then tried only
there (:func:`lexicon_hits`), instead of every code scanning the whole text.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from extractor.errors import ExtractorError

Kind = Literal["risk_sector", "risk_issue"]
KINDS: tuple[Kind, ...] = ("risk_sector", "risk_issue")
DEFAULT_LEXICON_PATH = Path(__file__).with_name("risk_lexicon.json")


@dataclass(frozen=True, slots=True)
class LexiconHit:
    """One lexicon code at ``text[start:end]``."""

    start: int
    end: int
    kind: Kind
    code: str


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Compiled lexicon: one regex per (kind, code), the exclusion regex, and ``starts``, one
    zero-width matcher at each word start where some code's regex can match (None when a stem
    could match empty text: then every code scans the text)."""

    entries: tuple[tuple[Kind, str, re.Pattern[str]], ...]
    exclude: re.Pattern[str] | None
    starts: re.Pattern[str] | None = None


def compile_alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    """One regex for several stems, each anchored at a word start and run on to the word's end
    (so a hit shows the whole inflected word); longer stems are tried first."""
    alts = sorted(set(patterns), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in alts) + r")\w*", re.IGNORECASE)


def _head(stem: str) -> tuple[str, str] | None:
    """(first letter, the rest) of a stem that opens with a plain letter and has no top-level
    ``|`` (so ``letter(?:rest)`` matches what the stem matches), else None."""
    if not stem[:1].isalpha() or stem[1:2] in ("?", "*", "+", "{"):
        return None
    depth, i, in_class = 0, 0, False
    while i < len(stem):
        c = stem[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if stem[i + 1:i + 2] == "^" else 1
            if stem[i:i + 1] == "]":  # "[]...]": a literal bracket first
                i += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return None
        i += 1
    return stem[0].lower(), stem[1:]


def compile_starts(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """A zero-width matcher at every word start where one of ``patterns`` matches, its
    alternatives grouped by first letter (one letter test per group instead of one try per
    stem); None when there are none or one can match empty text."""
    stems = sorted(set(patterns), key=len, reverse=True)
    if not stems or any(re.fullmatch(p, "", re.IGNORECASE) for p in stems):
        return None
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for stem in stems:
        head = _head(stem)
        if head:
            groups.setdefault(head[0], []).append(head[1])
        else:
            rest.append(stem)
    alts = [re.escape(c) + "(?:" + "|".join(f"(?:{r})" for r in tails) + ")" for c, tails in sorted(groups.items())]
    alts += [f"(?:{p})" for p in rest]
    return re.compile(r"(?<!\w)(?=" + "|".join(alts) + ")", re.IGNORECASE)


def lexicon_from_dict(data: Mapping[str, Any]) -> Lexicon:
    """Compile a lexicon from its JSON form (``{"risk_sector": {code: [pattern]}, ...}``)."""
    entries, stems = [], []
    for kind in KINDS:
        for code, patterns in data.get(kind, {}).items():
            if patterns:
                entries.append((kind, code, compile_alternation(patterns)))
                stems.extend(patterns)
    exclude = data.get("exclude") or []
    return Lexicon(tuple(entries), compile_alternation(exclude) if exclude else None, compile_starts(stems))


def load_lexicon(path: Path = DEFAULT_LEXICON_PATH) -> Lexicon:
    """Read and compile the lexicon JSON at ``path``, once per path (a :class:`Lexicon` is immutable)."""
    return _load_lexicon(Path(path))


@lru_cache(maxsize=8)
def _load_lexicon(path: Path) -> Lexicon:
    try:
        return lexicon_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as exc:
        raise ExtractorError(f"cannot read risk lexicon {path}: {exc}", path=str(path)) from exc


def _code_matches(text: str, lexicon: Lexicon) -> list[LexiconHit]:
    """Each code's ``finditer`` matches. With ``lexicon.starts`` a code is tried only where some
    stem starts, skipping positions inside its own previous match: exactly its ``finditer``
    (no match is empty, and every match of a code starts where ``starts`` matches)."""
    if lexicon.starts is None:
        return [LexiconHit(m.start(), m.end(), kind, code)
                for kind, code, rx in lexicon.entries for m in rx.finditer(text)]
    positions = [m.start() for m in lexicon.starts.finditer(text)]
    out: list[LexiconHit] = []
    if not positions:
        return out
    for kind, code, rx in lexicon.entries:
        after = 0
        for pos in positions:
            if pos >= after:
                m = rx.match(text, pos)
                if m:
                    after = m.end()
                    out.append(LexiconHit(pos, after, kind, code))
    return out


def lexicon_hits(text: str, lexicon: Lexicon) -> list[LexiconHit]:
    """Every lexicon code in ``text``, in order.

    A hit inside an exclusion phrase is dropped, and so is a hit strictly inside a
    longer hit of another code ("miljø" inside "helse, miljø og sikkerhet").
    """
    raw = _code_matches(text, lexicon)
    if not raw:
        return []
    if lexicon.exclude:
        blocked = [(m.start(), m.end()) for m in lexicon.exclude.finditer(text)]
        raw = [h for h in raw if not any(b0 <= h.start and h.end <= b1 for b0, b1 in blocked)]
    kept = [
        h for h in raw
        if not any(
            g.code != h.code and g.start <= h.start and h.end <= g.end and g.end - g.start > h.end - h.start
            for g in raw
        )
    ]
    return sorted(kept, key=lambda h: (h.start, h.end, h.code))
