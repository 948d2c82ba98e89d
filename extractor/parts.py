"""Document parts: chapters of one kind inside a document of another kind.

An annual report (årsrapport, årsmelding, årsberetning) carries a chapter
"Likestilling og mangfold"; a note to the accounts gives the staff by gender;
a budget proposition (Prop. 1 S) has a "Likestillingsrapportering" chapter; an
annual report may also hold the åpenhetsloven statement. Such a chapter is a
*part* (CONTRACT.md): ``{"doc_type": "equality_report", "section_ids": [...]}``.

:func:`find_parts` finds them from the catalogue: a section whose title
matches a document type's ``part_cue`` opens a part, which takes in the
sections nested under it; the part is kept when its text (title included)
carries at least :data:`MIN_CUE_HITS` of that type's ``cues`` (a title cue
alone, "Note 9 – Lønnskostnader og årsverk", is not enough without gender
figures in the text). Sections right after a part whose titles match the
type's ``part_follow_cues`` ("Sykefravær" after the equality chapter) join it.
Neighbouring or nested parts of one kind are one part.
:func:`part_segmentation` gives a part as a segmentation of its own, so that a
fact extractor runs on it as on a whole document; :func:`part_share` says how
much of the document's text a part holds (a main-content part makes the
document that kind).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from extractor import catalogue
from extractor.model import DocInfo, Section, Table
from extractor.textmap import join_lines

MIN_CUE_HITS = 2
MIN_FIXED_FACTS = 2


def _descendants(sections: list[Section], k: int) -> list[Section]:
    out = []
    for s in sections[k + 1:]:
        if s.level <= sections[k].level:
            break
        out.append(s)
    return out


def _text(sections: list[Section]) -> str:
    return "\n".join(f"{s.title}\n{s.text or ' '.join(l.text for l in s.lines)}" for s in sections)


def _followers(sections: list[Section], k: int, level: int, cue: Any) -> list[Section]:
    """Sections right after a part (from index ``k``) at the part's level or above, whose titles match the
    kind's ``part_follow`` cue ("Sykefravær" after "Likestilling og mangfold"), with their subsections."""
    out: list[Section] = []
    while cue is not None and k < len(sections) and sections[k].level <= level and cue.search(sections[k].title.strip()):
        group = [sections[k], *_descendants(sections, k)]
        out.extend(group)
        k += len(group)
    return out


def cue_hits(text: str, doc_type: str) -> int:
    """How many of the document type's cues occur in ``text`` (each cue's matches counted)."""
    return sum(len(p.findall(text)) for p in catalogue.doc_type(doc_type).cues)


def _states_facts(seg: Any, group: list[Section], kind: str, tables: list[Table], info: Any) -> bool:
    """Does the chapter state at least :data:`MIN_FIXED_FACTS` of the kind's fixed facts?"""
    from extractor.facts import extract_facts  # facts import parts' callers, not the other way round

    ids = [s.id for s in group]
    pages = {p for s in group for p in range(s.page_start, s.page_end + 1)}
    sub = part_segmentation(seg, ids)
    found = extract_facts(kind, sub, [t for t in tables if t.page in pages], info or DocInfo(doc_type=kind))
    return sum(1 for k in catalogue.scalar_fixed_facts(kind) if found.facts.get(k) is not None) >= MIN_FIXED_FACTS


def find_parts(seg: Any, doc_type: str | None, tables: list[Table] | None = None,
               info: Any = None) -> list[dict[str, Any]]:
    """Parts of other kinds than ``doc_type`` (the document's main kind), in document order.

    With ``tables`` (the document's tables), a chapter whose title is a part cue is also kept when it
    states the kind's fixed facts without naming its cues (a note with staff by gender)."""
    sections = list(seg.sections)
    parts: list[dict[str, Any]] = []
    for kind in catalogue.doc_type_names():
        spec = catalogue.doc_type(kind)
        if kind == doc_type or spec.part_cue is None:
            continue
        taken: list[str] = []
        k = 0
        while k < len(sections):
            s = sections[k]
            if s.id in taken or not spec.part_cue.search(s.title):
                k += 1
                continue
            group = [s, *_descendants(sections, k)]
            if cue_hits(_text(group), kind) >= MIN_CUE_HITS or (
                    tables is not None and _states_facts(seg, group, kind, tables, info)):
                taken.extend(x.id for x in group if x.id not in taken)
                taken.extend(x.id for x in _followers(sections, k + len(group), s.level, spec.part_follow)
                             if x.id not in taken)
            k += 1
        if taken:
            parts.append({"doc_type": kind, "section_ids": taken})
    return parts


def part_segmentation(seg: Any, section_ids: list[str]) -> Any:
    """The segmentation of ``seg`` restricted to the part's sections (same maps, no front matter)."""
    ids = set(section_ids)
    keep = tuple(s for s in seg.sections if s.id in ids)
    maps = {k: v for k, v in seg.maps.items() if k in ids}
    return replace(seg, sections=keep, maps=maps, front=join_lines([]), front_lines=(), toc=())


def part_share(seg: Any, section_ids: list[str]) -> float:
    """Fraction of the document's section text that the part holds (0..1)."""
    sections = list(seg.sections)
    total = sum(len(_text([s])) for s in sections) or 1
    ids = set(section_ids)
    return sum(len(_text([s])) for s in sections if s.id in ids) / total


def part_tables(seg: Any, section_ids: list[str], tables: list[Table]) -> list[Table]:
    """The tables on the pages of the part's sections."""
    ids = set(section_ids)
    pages = {p for s in seg.sections if s.id in ids for p in range(s.page_start, s.page_end + 1)}
    return [t for t in tables if t.page in pages]


def facts_with_parts(main: Any, seg: Any, tables: list[Table], info: Any, parts: list[dict[str, Any]]) -> Any:
    """The main document's :class:`~extractor.facts.common.Facts` with each part's facts merged in: every
    part is extracted on its own sections and the tables on their pages, and a key the main extraction
    left empty takes the part's value and evidence (the main kind's keys win)."""
    from extractor.facts import extract_facts
    from extractor.facts.common import Facts

    facts, evidence, warnings = dict(main.facts), dict(main.evidence), list(main.warnings)
    for part in parts:
        ids = part["section_ids"]
        found = extract_facts(part["doc_type"], part_segmentation(seg, ids), part_tables(seg, ids, tables), info)
        for key, value in found.facts.items():
            if facts.get(key) in (None, [], {}) and value not in (None, [], {}):
                facts[key] = value
                evidence.update({k: v for k, v in found.evidence.items() if k == key or k.startswith(f"{key}[")})
            elif key not in facts:
                facts[key] = value
        warnings.extend(found.warnings)
    return Facts(facts=facts, evidence=evidence, warnings=warnings)


MAIN_SHARE = 0.5  # a part holding at least this share of the text is the document's main content


def main_doc_type(doc_type: str, seg: Any, parts: list[dict[str, Any]], min_share: float = MAIN_SHARE) -> str:
    """The document's kind after its parts: a document classified ``other`` (an annual report, a note)
    whose largest part holds at least ``min_share`` of its text is that part's kind."""
    if doc_type != "other" or not parts:
        return doc_type
    share, kind = max((part_share(seg, p["section_ids"]), p["doc_type"]) for p in parts)
    return kind if share >= min_share else doc_type
