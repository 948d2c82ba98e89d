"""The legal checklist: does a transparency or equality report cover what the law asks, item by item?

:func:`checklist` is a pure function of the document type, its sentences, its
extracted facts (and their evidence) and its tables. Three kinds of evidence,
each recorded with its ``source``:

* sentence rules, table rows and section rules from the rules file
  ``extractor/data/rules/checklist.toml`` (:mod:`~extractor.checklist.patterns`),
  with vetoes for promises, pointers to other documents and the law restated;
* extracted facts that decide an item (:mod:`~extractor.checklist.structured`),
  e.g. ``gender_balance`` when women's and men's headcounts were read;
* the learned sentence classifier (:mod:`~extractor.checklist.classifier`),
  when at least :data:`MODEL_ALONE` sure (and above its item's threshold), with the
  same vetoes and the ``unless`` of the item's rules.

An item is ``present`` when any evidence is found, else ``absent``. What counts
for each item, and the law it comes from: ``docs/checklist.md``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from extractor.checklist.classifier import Classifier, load_classifier
from extractor.checklist.items import ALL_ITEMS, EQUALITY_ITEMS, ITEMS, TRANSPARENCY_ITEMS, items_for
from extractor.checklist.lines import Line, as_lines, restrict
from extractor.checklist.patterns import Patterns, column_hits, row_hits, rule_vetoed, sentence_hits, vetoed
from extractor.checklist.structured import fact_evidence, fact_hits

__all__ = ["ALL_ITEMS", "EQUALITY_ITEMS", "ITEMS", "TRANSPARENCY_ITEMS", "Line", "checklist",
           "document_checklist", "items_for", "coverage"]

MAX_EVIDENCE = 3
# A document of type "other" (an annual report, a web page ...) whose sentences show at least
# this share of one report type's items holds that report: its checklist is given, each entry
# with "doc_type", so that a report the classifier missed is still checked.
EMBEDDED_MIN = {"transparency_report": 5 / 7, "equality_report": 7 / 12}
# The classifier alone shows an item only this sure (and above its own threshold): trained on a
# few hundred sentences, it adds phrasings the rules miss but must not outvote them.
MODEL_ALONE = 0.9
CHECKLIST_TYPES = tuple(ITEMS)


def checklist(doc_type: str | None, sentences: Iterable[Any], facts: dict[str, Any] | None = None,
              tables: Any = None, *, evidence: dict[str, Any] | None = None,
              section_ids: Iterable[str] | None = None, classifier: Classifier | None = None,
              use_model: bool = True, patterns: Patterns | None = None) -> list[dict[str, Any]]:
    """Each item asked of ``doc_type`` as ``{"item", "status", "evidence": [{"page", "sentence", "source"}]}``.

    ``sentences``: Sentence objects (:mod:`extractor.sentences`), :class:`Line` or strings.
    ``facts``/``evidence``: the facts stage's output. ``section_ids`` restricts the
    sentences to one part of a larger document. ``tables`` is accepted for the
    signature's sake: table rows already come as sentences. Empty for other types.
    """
    items = items_for(doc_type)
    if not items:
        return []
    lines = restrict(as_lines(sentences), section_ids)
    found: dict[str, list[dict[str, Any]]] = {item: [] for item in items}

    def add(item: str, entry: dict[str, Any]) -> None:
        bucket = found[item]
        if len(bucket) < MAX_EVIDENCE and all(e["sentence"] != entry["sentence"] for e in bucket):
            bucket.append(entry)

    for item, i, rule_id in sentence_hits(lines, items, patterns):
        add(item, {"page": lines[i].page, "sentence": lines[i].text, "source": f"rule:{rule_id}"})
    for item, i, header in row_hits(lines, items, patterns):
        add(item, {"page": lines[i].page, "sentence": f"{lines[header].text} … {lines[i].text}", "source": "table_row"})
    for item, i, header in column_hits(lines, items, patterns):
        add(item, {"page": lines[i].page, "sentence": f"{lines[header].text} … {lines[i].text}", "source": "table_column"})
    for item, names in fact_hits(items, facts):
        stated = ", ".join(f"{n}={(facts or {}).get(n)}" for n in names if not n.startswith("levels:"))
        for entry in fact_evidence(names, evidence) or [{"page": None, "sentence": f"(facts: {stated or names[0]})"}]:
            add(item, {**entry, "source": "facts:" + ",".join(names)})
    model = classifier if classifier is not None else (load_classifier() if use_model else None)
    if model is not None:
        asked = tuple(i for i in items if i in model.items)
        for line in lines:
            probs = model.probabilities(line.text, asked)
            for item, p in probs.items():
                if (p >= max(MODEL_ALONE, model.items[item].threshold) and not vetoed(item, line.text, patterns)
                        and not rule_vetoed(item, line.text, patterns)):
                    add(item, {"page": line.page, "sentence": line.text, "source": f"model:{p:.2f}"})
    return [{"item": item, "status": "present" if found[item] else "absent", "evidence": found[item]}
            for item in items]


def document_checklist(doc_type: str | None, seg: Any, facts: dict[str, Any] | None,
                       evidence: dict[str, Any] | None = None, tables: Any = None,
                       parts: list[dict[str, Any]] | None = None,
                       warnings: list[str] | None = None, models_dir: Any = None) -> list[dict[str, Any]] | None:
    """The checklist of a segmented document: of the document's own type (from the sections
    outside its ``parts``), and of each transparency or equality part (those entries carry
    ``part``, its index in ``parts``, and the part's ``doc_type``).
    None when nothing in the document is asked for a checklist. Never raises: a failure
    becomes a line in ``warnings`` and no checklist. The classifier is read from
    ``models_dir``/checklist (the shipped one by default)."""
    try:
        model = load_classifier(Path(models_dir) / "checklist" if models_dir else None)
        return _document_checklist(doc_type, seg, facts, evidence, tables, parts, model)
    except Exception as exc:  # an unforeseen layout must not lose the document
        if warnings is not None:
            warnings.append(f"checklist: {type(exc).__name__}: {exc}")
        return None


def _document_checklist(doc_type: str | None, seg: Any, facts: dict[str, Any] | None,
                        evidence: dict[str, Any] | None, tables: Any,
                        parts: list[dict[str, Any]] | None, model: Classifier | None
                        ) -> list[dict[str, Any]] | None:
    from extractor.sentences import document_sentences  # the pipeline's one sentence model

    wanted = [(k, p) for k, p in enumerate(parts or []) if p.get("doc_type") in CHECKLIST_TYPES]
    if not wanted and doc_type not in CHECKLIST_TYPES + ("other",):
        return None
    sentences = document_sentences(seg)
    if not wanted and doc_type == "other":
        return embedded_checklist(sentences, facts, tables, evidence, model)
    out: list[dict[str, Any]] = []
    if doc_type in CHECKLIST_TYPES:  # the document's own report: its sections outside the parts
        in_parts = {sid for p in parts or [] for sid in p.get("section_ids") or []}
        own = [x for x in sentences if getattr(x, "section_id", None) not in in_parts] if in_parts else sentences
        out.extend(checklist(doc_type, own, facts, tables, evidence=evidence, classifier=model,
                             use_model=model is not None))
    for k, part in wanted:
        for entry in checklist(part["doc_type"], sentences, facts, tables, evidence=evidence,
                               section_ids=part.get("section_ids") or [], classifier=model,
                               use_model=model is not None):
            out.append({**entry, "part": k, "doc_type": part["doc_type"]})
    return out


def embedded_checklist(sentences: Any, facts: dict[str, Any] | None, tables: Any = None,
                       evidence: dict[str, Any] | None = None, model: Classifier | None = None
                       ) -> list[dict[str, Any]] | None:
    """The checklist of the report type an "other" document most clearly holds (share of
    items present at least :data:`EMBEDDED_MIN`), entries marked with that ``doc_type``; else None."""
    best: tuple[float, str, list[dict[str, Any]]] | None = None
    for kind in CHECKLIST_TYPES:
        entries = checklist(kind, sentences, facts, tables, evidence=evidence, classifier=model,
                            use_model=model is not None)
        present, asked = coverage(entries)
        share = present / asked if asked else 0.0
        if share >= EMBEDDED_MIN[kind] and (best is None or share > best[0]):
            best = (share, kind, entries)
    if best is None:
        return None
    return [{**e, "doc_type": best[1]} for e in best[2]]


def coverage(entries: Iterable[dict[str, Any]] | None) -> tuple[int, int]:
    """(items present, items asked) of a checklist."""
    entries = [e for e in entries or [] if isinstance(e, dict)]
    return sum(e.get("status") == "present" for e in entries), len(entries)
