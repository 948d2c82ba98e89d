"""Checklist evidence from the rules file ``extractor/data/rules/checklist.toml``.

Three kinds of evidence, all data: sentence rules (one per phrasing family, the
rule's ``fact`` is the item), table rows (a row label with numbers under a header
naming both genders) and section rules (a pattern that counts only under a
matching heading). The file's ``[vetoes]`` (a promise, a pointer to another
document, the law restated) silence the rules of the items they are listed for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from extractor import rules
from extractor.checklist.lines import Line

RULES_NAME = "checklist"
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?: ?%)?")
_BOTH_GENDERS = re.compile(r"(?=.*\b(?:kvinn\w*|women|female)\b)(?=.*\b(?:menn|mann\w*|men|male)\b)", re.I)
ROW_WINDOW = 8  # a header row counts for the rows up to this many lines below it


@dataclass(frozen=True)
class Patterns:
    ruleset: rules.RuleSet
    vetoes: dict[str, re.Pattern[str]]  # veto name → pattern
    vetoed: dict[str, tuple[str, ...]]  # item → veto names that apply
    rows: dict[str, re.Pattern[str]]  # item → row label pattern
    columns: dict[str, re.Pattern[str]]  # item → header pattern of a transposed table
    sections: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]  # (item, title, pattern)


def _macros() -> dict[str, str]:
    import tomllib

    with (rules.DATA / f"{RULES_NAME}.toml").open("rb") as fh:
        own = tomllib.load(fh).get("macros", {})
    return {**rules.lexicon_macros(None), **rules.shared_macros(), **own}


def _compile(pattern: str, macros: dict[str, str]) -> re.Pattern[str]:
    return re.compile(rules.expand(rules._spaces(pattern), macros), re.IGNORECASE)


@lru_cache(maxsize=1)
def load() -> Patterns:
    rs = rules.load(RULES_NAME)
    macros = _macros()
    veto_data = dict(rs.data.get("vetoes", {}))
    names = {k: v for k, v in veto_data.items() if isinstance(v, str)}
    vetoes = {k: _compile(v, macros) for k, v in names.items()}
    vetoed: dict[str, list[str]] = {}
    for name, items in veto_data.get("items", {}).items():
        for item in items:
            vetoed.setdefault(item, []).append(name)
    row_data = {k: v for k, v in rs.data.get("table_rows", {}).items() if isinstance(v, str)}
    rows = {item: re.compile(r"^\W*(?:" + rules.expand(rules._spaces(p), macros) + r")\b", re.I)
            for item, p in row_data.items()}
    col_data = {k: v for k, v in rs.data.get("table_columns", {}).items() if isinstance(v, str)}
    columns = {item: _compile(p, macros) for item, p in col_data.items()}
    sections = tuple((s["item"], _compile(s["title"], macros), _compile(s["pattern"], macros))
                     for s in rs.data.get("section_rules", []))
    return Patterns(rs, vetoes, {k: tuple(v) for k, v in vetoed.items()}, rows, columns, sections)


def vetoed(item: str, text: str, patterns: Patterns | None = None) -> str | None:
    """The name of the veto that silences ``text`` as evidence for ``item``, else None."""
    p = patterns or load()
    for name in p.vetoed.get(item, ()):
        if p.vetoes[name].search(text):
            return name
    return None


def rule_vetoed(item: str, text: str, patterns: Patterns | None = None) -> bool:
    """Whether the ``unless`` of any rule of ``item`` is in ``text`` (used for sentences the
    classifier found: what the rules refuse as evidence, the model may not accept)."""
    p = patterns or load()
    return any(r.unless is not None and r.unless.search(text) for r in p.ruleset.rules if r.fact == item)


def sentence_hits(lines: list[Line], items: tuple[str, ...], patterns: Patterns | None = None
                  ) -> Iterator[tuple[str, int, str]]:
    """(item, line index, rule id) for each line a sentence rule of an item matches (vetoes applied)."""
    p = patterns or load()
    wanted = set(items)
    for i, line in enumerate(lines):
        seen: set[str] = set()
        for rule in p.ruleset.candidates(line.text, facts=wanted):  # rules lacking their required words are skipped
            if rule.fact in seen:
                continue
            if next(rules.match_rule(rule, line.text, None), None) is None:
                continue
            if vetoed(rule.fact, line.text, p):
                continue
            seen.add(rule.fact)
            yield rule.fact, i, rule.id
        for item, title, pattern in p.sections:
            if item in wanted and item not in seen and title.search(line.section_title) and pattern.search(line.text) \
                    and not vetoed(item, line.text, p):
                seen.add(item)
                yield item, i, f"section:{item}"


def row_hits(lines: list[Line], items: tuple[str, ...], patterns: Patterns | None = None
             ) -> Iterator[tuple[str, int, int]]:
    """(item, row index, header index): a labelled row with two numbers or more under a
    header (within :data:`ROW_WINDOW` lines, same section) that names both genders."""
    p = patterns or load()
    for item in items:
        label = p.rows.get(item)
        if label is None:
            continue
        for i, line in enumerate(lines):
            if not label.search(line.text) or len(_NUMBER.findall(line.text)) < 2:
                continue
            header = header_above(lines, i)
            if header is not None:
                yield item, i, header


_GENDER_ROW = re.compile(r"^\W*(?:kvinner|kvinne|kvinnene|menn|mann|mennene|women|men|female|male)\b", re.I)


def column_hits(lines: list[Line], items: tuple[str, ...], patterns: Patterns | None = None
                ) -> Iterator[tuple[str, int, int]]:
    """(item, row index, header index) in a transposed table: a row per gender with two
    numbers or more, under a header (same section) whose cells match the item's column pattern."""
    p = patterns or load()
    for i, line in enumerate(lines):
        if not _GENDER_ROW.search(line.text) or len(_NUMBER.findall(line.text)) < 2:
            continue
        header = header_above(lines, i, lambda t: not _GENDER_ROW.search(t) and not _NUMBER.search(t))
        if header is None:
            continue
        for item in items:
            column = p.columns.get(item)
            if column is not None and column.search(lines[header].text):
                yield item, i, header


def header_above(lines: list[Line], i: int, is_header: Any = None) -> int | None:
    """The nearest line above ``i`` in the same section that is a header: by default one
    that names both genders."""
    test = is_header or (lambda text: bool(_BOTH_GENDERS.search(text)))
    for j in range(i - 1, max(-1, i - 1 - ROW_WINDOW), -1):
        if lines[j].section_id != lines[i].section_id:
            return None
        if test(lines[j].text):
            return j
    return None


def data(name: str) -> Any:
    return load().ruleset.data.get(name)
