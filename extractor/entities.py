"""Entity stage: sections → :class:`Entity` list with page, bbox and sentence.

Runs each extractor of :mod:`extractor.extract` over every section's text
(and the front matter), maps character offsets back to the page through the
section's :class:`~extractor.textmap.TextMap`, and attaches the sentence.
Trained models come in through :class:`Models`, loaded once per process from
explicit paths.
"""
from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from extractor.extract import deadlines, percentages, quantities, risk, suppliers, temporal
from extractor.extract.organisations import Gazetteer, find_organisations, load_gazetteer, load_ner
from extractor.model import DocInfo, Entity
from extractor.segment import Segmentation, ancestors, text_maps
from extractor.sentences import document_sentences
from extractor.textmap import TextMap

_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
NER_DIR = "ner-nb"
RISK_DIR = "risk-clf"


@dataclass(frozen=True)
class Models:
    ner: Any
    gazetteer: Gazetteer
    risk: Any


def missing_models(models_dir: Path) -> list[str]:
    """What is missing from ``models_dir``, each with the script that makes it (cheap: no loading)."""
    out = []
    if not (models_dir / NER_DIR / "meta.json").is_file():
        out.append(f"{models_dir / NER_DIR} (train it with: pip install -e '.[train]' && "
                   "python scripts/train_ner.py)")
    if not (models_dir / RISK_DIR / risk.MODEL_FILE).is_file():
        out.append(f"{models_dir / RISK_DIR} (train it with: python scripts/train_risk.py)")
    return out


@lru_cache(maxsize=2)
def load_models(models_dir: Path) -> Models:
    """Load every trained artefact from ``models_dir`` (clear error when missing).

    The loaded models are long-lived; ``gc.freeze()`` moves them out of the
    collector's generations so that the many short-lived objects pdfminer
    makes per page do not trigger full scans of the model (parsing was ~40 %
    slower without it).
    """
    models = Models(
        ner=load_ner(str(models_dir / NER_DIR)),
        gazetteer=load_gazetteer(),
        risk=risk.load_risk_classifier(models_dir / RISK_DIR),
    )
    gc.freeze()
    return models


@dataclass(frozen=True)
class Part:
    """One stretch of text with provenance: a section body or the front matter."""

    section_id: str | None
    title: str
    tm: TextMap
    sentences: tuple[tuple[int, int], ...]
    starts: tuple[int, ...] = field(init=False, repr=False, compare=False)  # where each sentence starts

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(s for s, _ in self.sentences))

    def sentence_at(self, start: int, end: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, start) - 1)
        if self.sentences and self.sentences[i][0] <= start < self.sentences[i][1] + 1:
            return self.sentences[i][0], max(self.sentences[i][1], end)
        return start, end

    def entity(self, kind: str, start: int, end: int, *, value: Any = None, normalized: dict | None = None) -> Entity | None:
        where = self.tm.locate(start, end)
        if where is None:
            return None
        s0, s1 = self.sentence_at(start, end)
        return Entity(
            type=kind,
            text=self.tm.text[start:end],
            page=where[0],
            bbox=where[1],
            section_id=self.section_id,
            sentence=self.tm.text[s0:s1].replace("\n", " "),
            value=value,
            normalized=normalized or {},
        )


def parts_of(seg: Segmentation) -> list[Part]:
    """A Part per section (and the front matter), its sentences those of the document's one
    sentence model (:func:`extractor.sentences.document_sentences`), which the facts read too."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for sent in document_sentences(seg):
        spans.setdefault(id(sent.tmap), []).append((sent.start, sent.end))
    return [Part(s.id if s else None, s.title if s else "", tm, tuple(spans.get(id(tm), ())))
            for s, tm in text_maps(seg)]


def _percentages(part: Part) -> Iterator[Entity]:
    for m in percentages.find_percentages(part.tm.text):
        s0, s1 = part.sentence_at(m.start, m.end)
        sentence = part.tm.text[s0:s1]
        local = replace(m, start=m.start - s0, end=m.end - s0)
        e = part.entity("percentage", m.start, m.end, value=m.value, normalized={
            "subject": percentages.percentage_subject(sentence, local),
            "category": percentages.classify_percentage(sentence, local),
            "unit": m.unit,
        })
        if e:
            yield e


def reference_year(info: DocInfo, text: str) -> int | None:
    """The year relative dates ("i november", "neste år") are read against.

    The publication date's year when known; else the year after the year a
    report covers (reports are written after it); else the year the document
    mentions most (council papers: "Sak 49/6/2021").
    """
    if info.published:
        return int(info.published[:4])
    if info.report_year:
        return info.report_year + 1
    years = Counter(int(y) for y in _YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


def _deadlines(part: Part, ref_year: int | None, published: date | None, doc_date: date | None) -> Iterator[Entity]:
    """Forward-looking dates: resolved against the publication date (or the
    reference year), judged against ``doc_date`` (see :func:`reference_date`)."""
    for m in temporal.find_temporal(part.tm.text, ref_year=ref_year, ref_date=published):
        s0, s1 = part.sentence_at(m.start, m.end)
        sentence = part.tm.text[s0:s1]
        local = replace(m, start=m.start - s0, end=m.end - s0)
        if not deadlines.is_deadline(sentence, local, doc_date=doc_date, section_title=part.title,
                                     column=deadlines.column_header(part.tm.text, m.start)):
            continue
        e = part.entity("deadline", m.start, m.end, normalized={
            "due": m.end_date.isoformat(),
            "start": m.start_date.isoformat(),
            "what": deadlines.deadline_what(sentence, local),
            "granularity": m.granularity,
        })
        if e:
            yield e


def _suppliers(part: Part, author: list[str]) -> Iterator[Entity]:
    own = {a.lower() for a in author}
    for m in suppliers.find_suppliers(part.tm.text, section_title=part.title, org_names=author):
        if m.name and m.name.lower() in own:
            continue  # "Retningslinjer for leverandører Kvitfjell Helsedata SF": a title, then the author
        e = part.entity("supplier", m.start, m.end, normalized={"name": m.name, "category": m.category, "sector": m.sector})
        if e:
            yield e


def _organisations(parts: list[Part], models: Models, author: list[str]) -> Iterator[Entity]:
    found = find_organisations([p.tm.text for p in parts], models.ner, gazetteer=models.gazetteer, exclude=author)
    for part, matches in zip(parts, found):
        for m in matches:
            e = part.entity("organisation", m.start, m.end, normalized={"name": m.name, "source": m.source})
            if e:
                yield e


def _risks(parts: list[Part], seg: Segmentation, models: Models) -> Iterator[Entity]:
    by_id = {p.section_id: p for p in parts if p.section_id}
    rsections = [
        risk.RiskSection(id=s.id, title=s.title, level=s.level, text=s.text,
                         path=tuple(a.title for a in reversed(ancestors(seg.sections, s))))
        for s in seg.sections
    ]
    heading_lines = {s.id: s.heading_lines for s in seg.sections}
    for m in risk.find_risks(rsections, models.risk):
        part = by_id.get(m.section_id)
        if part is None:
            continue
        if m.start >= 0:
            e = part.entity(m.kind, m.start, m.end, value=m.code, normalized={"code": m.code, "evidence": m.evidence})
        else:
            e = _heading_entity(heading_lines[m.section_id], m, part)
        if e:
            yield e


def _heading_entity(lines: tuple, m: Any, part: Part) -> Entity | None:
    if not lines:
        return None
    line = lines[0]
    i = line.text.find(m.text)
    box = line.span_bbox(i, i + len(m.text)) if i >= 0 else line.bbox
    return Entity(type=m.kind, text=m.text, page=line.page, bbox=box or line.bbox, section_id=part.section_id,
                  sentence=line.text, value=m.code, normalized={"code": m.code, "evidence": m.evidence})


def author_names(info: DocInfo, gazetteer: Gazetteer) -> list[str]:
    """The author's name with its gazetteer aliases (never listed as an entity)."""
    if not info.organisation:
        return []
    names = {info.organisation}
    canonical = gazetteer.lookup(info.organisation)
    if canonical:
        names |= {alias for alias, name in gazetteer.canonical.items() if name == canonical}
        names.add(canonical)
    return sorted(names)


def reference_date(info: DocInfo, facts: dict[str, Any]) -> date | None:
    """The date a deadline must lie after: publication, else the meeting of
    council papers, else the first day after the year a report covers."""
    for value in (info.published, facts.get("meeting_date")):
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
    return date(info.report_year + 1, 1, 1) if info.report_year else None


def extract_entities(seg: Segmentation, info: DocInfo, models: Models, facts: dict[str, Any] | None = None) -> list[Entity]:
    """Every entity of the document, ordered by page and position."""
    parts = parts_of(seg)
    doc_date = reference_date(info, facts or {})
    published = date.fromisoformat(info.published) if info.published else None
    author = author_names(info, models.gazetteer)
    ref_year = reference_year(info, "\n".join(p.tm.text for p in parts))
    out: list[Entity] = []
    for part in parts:
        out.extend(_percentages(part))
        out.extend(_deadlines(part, ref_year, published, doc_date))
        out.extend(_suppliers(part, author))
        out.extend(quantities.quantity_entities(part, info.language))
    out.extend(_organisations(parts, models, author))
    allowed = risk.codes_for_doc_type(info.doc_type)  # an equality report's risks are discrimination risks
    out.extend(e for e in _risks(parts, seg, models) if allowed is None or e.value in allowed)
    out.sort(key=lambda e: (e.page, e.bbox[1], e.bbox[0], e.type))
    return out
