"""The catalogue of document types and facts (``extractor/data/catalogue.toml``).

One place for what every stage and every output derives: which document
types exist and how each is recognised, which facts each type yields, their
value types, units and labels, and which are the contract's fixed, comparable
facts. Adding a document type is a catalogue entry plus a rules file; adding a
fact is a catalogue entry plus the rules that find it.

    >>> from extractor import catalogue
    >>> catalogue.fixed_facts("transparency_report")[:2]
    ('business_partners_total', 'business_partners_asked_esg')
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "catalogue.toml"
VALUE_TYPES = frozenset({"int", "real", "bool", "text", "date", "list", "object"})


@dataclass(frozen=True)
class DocType:
    name: str
    label_nb: str
    label_en: str
    extractor: str  # module under extractor.facts, "" for none
    report_year: str  # "covered" | "none"
    cues: tuple[re.Pattern[str], ...]
    title_cue: re.Pattern[str] | None
    part_cue: re.Pattern[str] | None
    part_follow: re.Pattern[str] | None = None  # a section right after a part that belongs to it ("Sykefravær")


@dataclass(frozen=True)
class FactSpec:
    name: str
    doc_type: str
    type: str
    unit: str
    fixed: bool
    meaning: str
    label_nb: str
    label_en: str

    def label(self, lang: str = "en") -> str:
        return self.label_nb if lang in ("nb", "nn") else self.label_en


@dataclass(frozen=True)
class Catalogue:
    schema_version: int
    doc_types: dict[str, DocType]
    facts: tuple[FactSpec, ...]


def _pattern(text: str) -> re.Pattern[str] | None:
    return re.compile(text, re.IGNORECASE) if text else None


def parse(data: dict[str, Any]) -> Catalogue:
    """Build a :class:`Catalogue` from the TOML's data; raises ValueError on a malformed entry."""
    types = {}
    for name, d in data["doc_types"].items():
        types[name] = DocType(
            name=name, label_nb=d["label_nb"], label_en=d["label_en"], extractor=d.get("extractor", ""),
            report_year=d.get("report_year", "covered"),
            cues=tuple(re.compile(c, re.IGNORECASE) for c in d.get("cues", ())),
            title_cue=_pattern(d.get("title_cues", "")), part_cue=_pattern(d.get("part_cues", "")),
            part_follow=_pattern(d.get("part_follow_cues", "")),
        )
    facts = []
    seen: set[str] = set()
    for f in data["facts"]:
        spec = FactSpec(name=f["name"], doc_type=f["doc_type"], type=f["type"], unit=f.get("unit", ""),
                        fixed=bool(f.get("fixed")), meaning=f["meaning"], label_nb=f["label_nb"],
                        label_en=f["label_en"])
        if spec.type not in VALUE_TYPES:
            raise ValueError(f"fact {spec.name}: unknown type {spec.type!r}")
        if spec.doc_type not in types:
            raise ValueError(f"fact {spec.name}: unknown document type {spec.doc_type!r}")
        if spec.name in seen:
            raise ValueError(f"fact {spec.name} is listed twice")
        seen.add(spec.name)
        facts.append(spec)
    return Catalogue(schema_version=int(data["schema_version"]), doc_types=types, facts=tuple(facts))


@lru_cache(maxsize=1)
def load() -> Catalogue:
    """The catalogue shipped with the package (read once)."""
    with DATA.open("rb") as fh:
        return parse(tomllib.load(fh))


def doc_type_names() -> tuple[str, ...]:
    """Every document type, ``other`` last."""
    return tuple(load().doc_types)


def doc_type(name: str) -> DocType:
    return load().doc_types[name]


def facts(doc_type: str | None = None, *, fixed: bool | None = None) -> tuple[FactSpec, ...]:
    """Facts in catalogue order, optionally of one document type and/or only fixed (or only not)."""
    return tuple(f for f in load().facts
                 if (doc_type is None or f.doc_type == doc_type) and (fixed is None or f.fixed == fixed))


def fixed_facts(doc_type: str | None = None) -> tuple[str, ...]:
    """Names of the contract's fixed facts (of one type, or all), in catalogue order."""
    return tuple(f.name for f in facts(doc_type, fixed=True))


def fact(name: str) -> FactSpec | None:
    return next((f for f in load().facts if f.name == name), None)


def scalar_fixed_facts(doc_type: str | None = None) -> tuple[str, ...]:
    """Fixed facts whose value is one number, flag, text or date (the comparison's columns)."""
    return tuple(f.name for f in facts(doc_type, fixed=True) if f.type not in ("list", "object"))


def facts_markdown() -> str:
    """The catalogue's facts as a Markdown table (docs/output.md carries it; a test keeps them equal)."""
    rows = ["| fact | document type | type | unit | fixed | meaning |", "|---|---|---|---|---|---|"]
    for f in load().facts:
        rows.append(f"| `{f.name}` | {f.doc_type} | {f.type} | {f.unit or ''} | {'yes' if f.fixed else ''} "
                    f"| {f.meaning} |")
    return "\n".join(rows)
