"""Which words must a text hold before a pattern is worth trying?

Most sentences match no rule, and trying every rule's regular expression on
every sentence was the facts stage's main cost. A rule's pattern usually
cannot match without some literal text ("kvinn", "leverand", "%"): this
module reads that requirement off the compiled pattern itself, so rules files
stay plain patterns and nobody has to keep a second list in step with them.

:func:`required_literals` gives a set of strings of which every match holds at
least one (lower-cased), or None when no such set is worth testing. The test
is exact, never a guess: it walks Python's own parse of the pattern, and a
construct it does not understand gives None (the pattern is then always
tried). :func:`fold` lower-cases a text the way a case-insensitive pattern
compares letters, so that ``any(lit in fold(text) for lit in literals)`` is
false only when the pattern cannot match.
"""
from __future__ import annotations

import re
from re import _casefix  # type: ignore[attr-defined]  # Python's own regex parser (3.11+)
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

Literals = frozenset[str]


def _equivalents() -> dict[int, int]:
    """Letters a case-insensitive pattern takes as one although str.lower() keeps them
    apart ("ſ" and "s", "ı" and "i"): each mapped to one of its group (re._casefix)."""
    table: dict[int, int] = {}
    for low, others in _casefix._EXTRA_CASES.items():
        first = min((low, *others))
        for code in (low, *others):
            if code != first:
                table[code] = first
    return table


_BEFORE_LOWER = str.maketrans({"\u0130": "i"})  # "İ": str.lower() gives "i" and a combining dot
_AFTER_LOWER = _equivalents()
_MIN_LENGTH = 2  # shorter literals are in nearly every sentence: not worth a test
_MAX_ALTERNATIVES = 24


def fold(text: str) -> str:
    """``text`` lower-cased as a case-insensitive pattern sees its letters."""
    return text.translate(_BEFORE_LOWER).lower().translate(_AFTER_LOWER)


def _better(a: Literals | None, b: Literals | None) -> Literals | None:
    """The more selective of two requirements (longest shortest literal, then fewer alternatives)."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _sequence(items: Any) -> Literals | None:
    """The requirement of a sequence: the best among its literal runs and its required parts."""
    best: Literals | None = None
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(fold(chr(av)))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def _item(op: Any, av: Any) -> Literals | None:
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # a local flag (e.g. case-sensitive part): leave it alone
            return None
        return _sequence(sub)
    if op is C.BRANCH:
        options: set[str] = set()
        for alternative in av[1]:
            need = _sequence(alternative)
            if need is None:
                return None  # one way through needs nothing: the whole needs nothing
            options |= need
        return frozenset(options)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    return None  # classes, anchors, look-arounds, back-references: no literal required


def _usable(need: Literals | None) -> Literals | None:
    if need is None or not need or len(need) > _MAX_ALTERNATIVES:
        return None
    if min(map(len, need)) < _MIN_LENGTH:
        return None
    # a literal that is a substring of another adds nothing: the shorter one covers both
    return frozenset(s for s in need if not any(o != s and o in s for o in need))


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Lower-cased strings of which every match of ``pattern`` holds one; None when none is known.

    Only for case-insensitive patterns (the rules engine's); a case-sensitive
    one gives None rather than a test that would lower its letters.
    """
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.VERBOSE:
        return None
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unknown construct: the pattern is always tried
        return None
    return _usable(_sequence(parsed))


def may_match(literals: Literals | None, folded: str) -> bool:
    """False only when ``folded`` (see :func:`fold`) holds none of the required literals."""
    return literals is None or any(lit in folded for lit in literals)
