"""Rules as data: pattern tables with macros and their own examples.

A rules file (``extractor/data/rules/<name>.toml``) holds macros and rules::

    [macros]
    PARTNERS = 'leverandører|forretningsforbindelser|suppliers'

    [[rules]]
    id = "partners.count"
    fact = "business_partners_total"
    lang = ["nb", "nn"]
    pattern = '{APPROX}? {NUM:n} (?:aktive )?{PARTNERS}'
    unless = 'risiko|revisjon'            # a sentence that also says this is not evidence
    examples = [["Vi har 447 leverandører.", 447]]
    counter = ["Vi sendte skjema til 120 leverandører."]

Pattern syntax is Python's ``re`` (case-insensitive) with two additions: a
space outside a character class matches any run of white space, and
``{NAME}`` / ``{NAME:group}`` insert a macro (as a named group when a group
name is given). Macros come from the file's ``[macros]``, from the shared
``macros.toml`` and from the lexicons (``{NUM}``, ``{NUMW}``, ``{APPROX}``,
``{SCALE}``, ``{CURRENCY}``, ``{MONTH}``, ``{LEGAL_FORM}``), the latter
written for the union of the rule's languages (an nb+nn rule knows "tvo" and
"eitt" as well as "to" and "ett").

A rule's value is the number in its ``n`` group (read in the rule's language,
times the factor of a ``scale`` or ``cur`` group), or its constant ``value``
(``true``, ``false``, ``0``). ``examples`` pair a sentence with the value the
rule must give; ``counter`` sentences must not match. tests/test_rules.py runs
every example of every rules file.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from extractor import catalogue, lexicon
from extractor.literal_gate import LiteralGate

DATA = Path(__file__).resolve().parent.parent / "data" / "rules"
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)(?::([a-z][a-z0-9_]*))?\}")


class RuleError(ValueError):
    """A rules file that cannot be used (unknown macro, bad pattern, bad example)."""


def lexicon_macros(lang: lexicon.Langs) -> dict[str, str]:
    """Macros written from the lexicons for one language, the union of a tuple of them, or every one (None)."""
    num = lexicon.numeral_pattern(lang)
    words = lexicon.number_word_pattern(lang)
    zero = lexicon.number_word_pattern(lang, zero=True)
    month = lexicon.alternation(lexicon.months(lang))
    return {
        "NUM": rf"(?:{num})",
        "NUMW": rf"(?:{num}|{words})",
        "NUMZ": rf"(?:{num}|{zero})",
        "APPROX": rf"(?:{lexicon.approx_pattern(lang)})",
        "SCALE": rf"(?:{lexicon.scale_pattern()})",
        "CURRENCY": rf"(?:{lexicon.currency_pattern()})",
        "MONTH": rf"(?:{month})",
        "LEGAL_FORM": rf"(?:{lexicon.legal_form_pattern()})",
        "YEAR": r"(?:19|20)\d\d",
        "NOTYEAR": r"(?!(?:19|20)\d\d(?!\d))",
    }


@lru_cache(maxsize=1)
def shared_macros() -> dict[str, str]:
    path = DATA / "macros.toml"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        return dict(tomllib.load(fh).get("macros", {}))


def _spaces(pattern: str) -> str:
    """A literal space outside a character class → ``\\s+`` (`` ?`` → ``\\s*``); ``\\ `` keeps one space."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if ch in "?*" and not in_class and not escaped and out and out[-1] == r"\s+":
            out[-1] = r"\s*"  # " ?" is optional white space, not a lazy run of it
            continue
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        elif ch == " " and not in_class:
            if not (out and out[-1] == r"\s+"):
                out.append(r"\s+")
        else:
            out.append(ch)
    return "".join(out)


def expand(pattern: str, macros: dict[str, str], depth: int = 0) -> str:
    """Insert macros (recursively) into ``pattern``; raises RuleError for an unknown one."""
    if depth > 8:
        raise RuleError(f"macros nest too deep in {pattern!r}")

    def sub(m: re.Match[str]) -> str:
        name, group = m.group(1), m.group(2)
        if name not in macros:
            raise RuleError(f"unknown macro {{{name}}} in {pattern!r}")
        body = expand(_spaces(macros[name]), macros, depth + 1)
        return f"(?P<{group}>{body})" if group else f"(?:{body})"

    return _MACRO.sub(sub, pattern)


@dataclass(frozen=True)
class Rule:
    id: str
    fact: str
    langs: tuple[str, ...]
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    const: Any = None  # a fixed value (True, False, 0) instead of the n group
    examples: tuple[tuple[str, Any], ...] = ()
    counter: tuple[str, ...] = ()
    source: str = ""  # the pattern as written

    def value(self, m: re.Match[str], lang: str | None) -> Any:
        if self.const is not None:
            return self.const
        groups = m.groupdict()
        raw = groups.get("n")
        if raw is None:
            return None
        number = lexicon.parse_number(raw, lang if lang in self.langs else self.langs)
        if number is None and len(self.langs) > 1:  # a number word of a sister language of the rule's
            number = lexicon.parse_number(raw, self.langs)
        if number is None:
            return None
        number *= lexicon.scale_of(groups.get("scale")) * lexicon.scale_of(groups.get("cur"))
        spec = catalogue.fact(self.fact)
        if spec is not None and spec.type == "int" or float(number).is_integer():
            return int(round(number))
        return round(number, 6)


@dataclass(frozen=True)
class RuleMatch:
    rule: Rule
    value: Any
    start: int  # span of the value (the n group, else the whole match) in the text
    end: int
    match: re.Match[str]

    @property
    def fact(self) -> str:
        return self.rule.fact


@dataclass(frozen=True)
class RuleSet:
    name: str
    rules: tuple[Rule, ...]
    data: dict[str, Any] = field(default_factory=dict)  # other tables of the file (label vocabularies...)
    _by_lang: dict[str | None, tuple[tuple[int, Rule], ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)  # (position in rules, rule) per language
    _gate: LiteralGate = field(init=False, repr=False, compare=False)  # set from the rules in __post_init__

    def __post_init__(self) -> None:
        self._by_lang[None] = tuple(enumerate(self.rules))
        self._by_lang.update({lang: tuple((k, r) for k, r in enumerate(self.rules) if lang in r.langs)
                              for lang in lexicon.LANGS})
        object.__setattr__(self, "_gate", LiteralGate.of([r.pattern for r in self.rules]))

    def candidates(self, text: str, lang: str | None = None, *, facts: set[str] | None = None) -> Iterator[Rule]:
        """The rules (of ``lang``, for ``facts``) that may match ``text``, in file order: a rule
        whose pattern requires words the text lacks is left out (:mod:`extractor.literal_gate`:
        the words of all the file's patterns are looked for in one scan of the text)."""
        possible = self._gate.possible(text)
        for k, rule in self._by_lang[lang if lang in lexicon.LANGS else None]:
            if (facts is None or rule.fact in facts) and possible[k]:
                yield rule

    def matches(self, text: str, lang: str | None = None, *, facts: set[str] | None = None) -> Iterator[RuleMatch]:
        """Every rule match in ``text``, rules in file order; a rule whose ``unless`` is in the text is skipped."""
        for rule in self.candidates(text, lang, facts=facts):
            yield from match_rule(rule, text, lang)


def match_rule(rule: Rule, text: str, lang: str | None = None) -> Iterator[RuleMatch]:
    """Every match of ``rule`` in ``text`` with its value; none when the rule's ``unless`` is in the text.
    The pattern is tried first: most sentences match no rule, so the veto is rarely searched."""
    first = rule.pattern.search(text)
    if first is None or (rule.unless is not None and rule.unless.search(text)):
        return
    for m in rule.pattern.finditer(text, first.start()):  # the same matches as from the start
        value = rule.value(m, lang)
        if value is None:
            continue
        a, b = (m.start("n"), m.end("n")) if "n" in m.groupdict() and m.group("n") is not None else m.span()
        yield RuleMatch(rule, value, a, b, m)


def _compile(text: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"{where}: {exc}") from exc


def parse(name: str, data: dict[str, Any]) -> RuleSet:
    """Compile the rules of one file's data; raises RuleError with the rule's id on a fault."""
    own = dict(data.get("macros", {}))
    rules = []
    for k, r in enumerate(data.get("rules", [])):
        rid = r.get("id") or f"{name}[{k}]"
        langs = tuple(r.get("lang") or lexicon.LANGS)
        macros = {**lexicon_macros(langs[0] if len(langs) == 1 else tuple(sorted(langs))),
                  **shared_macros(), **own}
        pattern = _compile(expand(_spaces(r["pattern"]), macros), f"{name}:{rid}")
        unless = _compile(expand(_spaces(r["unless"]), macros), f"{name}:{rid} unless") if r.get("unless") else None
        rules.append(Rule(
            id=rid, fact=r["fact"], langs=langs, pattern=pattern, unless=unless, const=r.get("value"),
            examples=tuple((e[0], e[1]) for e in r.get("examples", ())), counter=tuple(r.get("counter", ())),
            source=r["pattern"],
        ))
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise RuleError(f"{name}: rule ids repeat: {sorted({i for i in ids if ids.count(i) > 1})}")
    extra = {k: v for k, v in data.items() if k not in ("macros", "rules")}
    return RuleSet(name=name, rules=tuple(rules), data=extra)


@lru_cache(maxsize=None)
def load(name: str) -> RuleSet:
    """The rules file ``extractor/data/rules/<name>.toml`` (compiled once)."""
    with (DATA / f"{name}.toml").open("rb") as fh:
        return parse(name, tomllib.load(fh))


def rule_files() -> list[str]:
    """Names of every rules file shipped (the shared macros excluded)."""
    return sorted(p.stem for p in DATA.glob("*.toml") if p.stem != "macros")


def check_examples(ruleset: RuleSet) -> list[str]:
    """Problems with the examples: a positive that the rule misses or reads wrongly, a counter it matches."""
    problems = []
    for rule in ruleset.rules:
        if not rule.examples:
            problems.append(f"{ruleset.name}:{rule.id}: no examples")
        for text, want in rule.examples:
            got = [m.value for m in match_rule(rule, text, rule.langs[0])]
            if not got:
                problems.append(f"{ruleset.name}:{rule.id}: misses {text!r}")
            elif not _same(got[0], want):
                problems.append(f"{ruleset.name}:{rule.id}: {text!r} gives {got[0]!r}, want {want!r}")
        for text in rule.counter:
            if any(True for _ in match_rule(rule, text, rule.langs[0])):
                problems.append(f"{ruleset.name}:{rule.id}: matches counter-example {text!r}")
    return problems


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return abs(float(got) - float(want)) < 1e-6 * max(1.0, abs(float(want)))
    return got == want
