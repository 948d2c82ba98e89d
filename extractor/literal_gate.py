"""Skip a regex over a text where it cannot match, judged by the literal words it requires.

Many extractors run a table of regexes (cues, date rules) over every section,
and most find nothing there: the scan is what costs. A regex such as
``\\b(?:kjøper|handlar)\\s+(?P<cat>...)\\s+(?:fra|frå)\\s+`` can only match a
text that contains "kjøper" or "handlar". :func:`required_literals` reads
that set off the parsed pattern (every match contains one of them, compared
without case), and :class:`LiteralGate` tests a text for them with plain
substring search before running the pattern. The test is exact: a pattern
whose literals are all absent cannot match, so the matches found are the same
with or without the gate; a pattern with no usable literal (or a text holding
one of the few characters that case-insensitive matching folds differently
from ``str.lower``) is always run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from re import _parser as sre  # the parser of the standard library's own regex compiler
from types import MappingProxyType
from typing import Iterator, Mapping, Sequence


# Literal characters a requirement may use: for these, case-insensitive regex matching and
# comparing ``str.lower()`` agree, except for the text characters of :func:`_odd_folds`.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789æøåéäöü !\"#%&',-./:;<=>@_`~«»–—’”")
MIN_LENGTH = 3  # shorter literals occur almost everywhere: no use as a gate

Requirement = frozenset[str] | None  # any one of these (lower case) occurs in every match; None: unknown


@lru_cache(maxsize=1)
def _odd_folds() -> re.Pattern[str]:
    """Text characters that a case-insensitive regex matches to a plain letter although their
    ``str.lower()`` is not that letter ("ı", "İ", "ſ"): computed from ``re`` itself, over the BMP."""
    letters = re.compile("[" + re.escape("".join(sorted(c for c in _PLAIN if c.isalpha()))) + "]", re.IGNORECASE)
    odd = [chr(c) for c in range(0x10000) if letters.match(chr(c)) and chr(c).lower() not in _PLAIN]
    return re.compile("[" + re.escape("".join(odd)) + "]" if odd else "(?!)")


def _best(options: list[frozenset[str]]) -> Requirement:
    """The most selective requirement: the one whose shortest literal is longest."""
    good = [o for o in options if o and min(map(len, o)) >= MIN_LENGTH]
    return max(good, key=lambda o: (min(map(len, o)), -len(o))) if good else None


def _sequence(items: Sequence[tuple]) -> Requirement:
    """A requirement of a sequence of parsed nodes: a run of literals, or one node's own."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL and chr(arg).lower() in _PLAIN:
            run.append(chr(arg).lower())
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        node = _node(op, arg) if op is not None else None
        if node:
            options.append(node)
    return _best(options)


def _node(op: object, arg: object) -> Requirement:
    if op is sre.SUBPATTERN:
        return _sequence(arg[-1])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = arg  # type: ignore[misc]
        return _sequence(body) if low >= 1 else None
    if op is sre.ASSERT:  # a look-ahead or look-behind that must match: its words are in the text too
        return _sequence(arg[1])  # type: ignore[index]
    if op is sre.BRANCH:
        alts = [_sequence(a) for a in arg[1]]  # type: ignore[index]
        if any(a is None for a in alts):
            return None
        return frozenset().union(*alts)  # type: ignore[arg-type]
    return None  # classes, negative look-arounds, anchors, back references: no literal asked for


def required_literals(pattern: re.Pattern[str]) -> Requirement:
    """Lower-case strings one of which every match of ``pattern`` contains (None: no such set
    of strings of at least MIN_LENGTH characters was found)."""
    if pattern.flags & re.VERBOSE:
        return None  # whitespace and comments there are no literals; read such patterns whole
    return _sequence(list(sre.parse(pattern.pattern, pattern.flags)))


def prefix_tree(words: Sequence[str]) -> str:
    """A regex for the longest of ``words`` (taken literally) that starts where it is tried:
    the words as a tree of their letters, a branch per next letter and a greedy optional
    group where a word ends inside another ("avvik" in "avvikene"). At most one branch can
    go on at each letter, so a text is read once per position whatever the number of words
    (a flat alternation tried every word of a first letter in turn: 130 µs a sentence for
    the checklist's 670 words, 7 µs as a tree)."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


@dataclass(frozen=True)
class LiteralGate:
    """Regexes with the literals each requires; :meth:`finditer` runs only those that can match.

    The literals of all the patterns are looked for in one scan of the lower-cased text:
    ``scanner`` gives, at each position, the longest literal starting there, and every
    literal starting there is a prefix of it, so ``opens`` maps each literal to the
    patterns that any of its prefixes lets through."""

    patterns: tuple[re.Pattern[str], ...]
    required: tuple[Requirement, ...]
    scanner: re.Pattern[str] | None
    opens: Mapping[str, frozenset[int]]
    always: frozenset[int]  # patterns without a requirement

    @classmethod
    def of(cls, patterns: Sequence[re.Pattern[str]]) -> "LiteralGate":
        required = tuple(required_literals(p) for p in patterns)
        literals = sorted({lit for req in required if req for lit in req})
        opens = {lit: frozenset(i for i, req in enumerate(required) if req and any(lit.startswith(r) for r in req))
                 for lit in literals}
        scanner = re.compile("(?=(" + prefix_tree(literals) + "))") if literals else None
        always = frozenset(i for i, req in enumerate(required) if req is None)
        return cls(tuple(patterns), required, scanner, MappingProxyType(opens), always)

    def possible(self, text: str) -> list[bool]:
        """For each pattern: can it match somewhere in ``text``?"""
        if self.scanner is None or _odd_folds().search(text):
            return [True] * len(self.patterns)
        ok = set(self.always)
        for lit in set(self.scanner.findall(text.lower())):
            ok |= self.opens[lit]
        return [i in ok for i in range(len(self.patterns))]

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(index of the pattern, match) for every match of every pattern, pattern by pattern."""
        for i, (rx, ok) in enumerate(zip(self.patterns, self.possible(text))):
            if ok:
                for m in rx.finditer(text):
                    yield i, m
