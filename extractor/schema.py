"""The JSON Schema of a document record (``<doc_id>.json``), generated from the catalogue.

``extractor schema`` prints it; the tests validate every output against it.
Facts get their value types from ``extractor/data/catalogue.toml``; the record's
other fields follow :class:`extractor.model.Result` and the output contract
(docs/output.md). Extra fields are allowed everywhere (the contract changes
only by adding fields), so the schema pins what is promised, not what is not.
"""
from __future__ import annotations

from typing import Any

from extractor import catalogue
from extractor.model import SCHEMA_VERSION, STATUSES

DRAFT = "https://json-schema.org/draft/2020-12/schema"
ENTITY_TYPES = ("percentage", "deadline", "organisation", "supplier", "risk_sector", "risk_issue", "quantity")
LANGUAGES = ("nb", "nn", "en", "other")


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


BBOX = {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 4}
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_NUMBER = {"type": "number"}

# Shapes of the contract's list and object facts.
_ITEM_SHAPES: dict[str, dict[str, Any]] = {
    "levels": {"type": "object", "required": ["level"], "properties": {
        "level": {"type": "string"}, "women": _nullable(_NUMBER), "men": _nullable(_NUMBER),
        "women_share": _nullable(_NUMBER), "pay_ratio_women_to_men": _nullable(_NUMBER)}},
    "cases": {"type": "object", "required": ["case"], "properties": {
        "case": {"type": "string"}, "title": _nullable({"type": "string"}),
        "proposed_decision": _nullable({"type": "string"}), "decision": _nullable({"type": "string"})}},
    "measures": {"type": "object", "required": ["title", "status"], "properties": {
        "title": {"type": "string"}, "area": _nullable({"type": "string"}),
        "status": _nullable({"enum": ["completed", "in_progress", "not_started"]}),
        "due": _nullable(DATE)}},
    "risk_areas": {"type": "object"},
}


def fact_schema(spec: catalogue.FactSpec) -> dict[str, Any]:
    """The schema of one catalogue fact's value (always nullable: null when the document does not say)."""
    kind = spec.type
    if kind == "int":
        base: dict[str, Any] = {"type": "integer"}
    elif kind == "real":
        base = {"type": "number"}
    elif kind == "bool":
        base = {"type": "boolean"}
    elif kind == "text":
        base = {"type": "string"}
    elif kind == "date":
        base = DATE
    elif kind == "list":
        base = {"type": "array", "items": _ITEM_SHAPES.get(spec.name, {})}
    else:
        base = {"type": "object"}
    out = _nullable(base)
    out["description"] = spec.meaning + (f" ({spec.unit})" if spec.unit else "")
    return out


def entity_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["type", "text", "page", "bbox", "sentence", "normalized"],
        "properties": {
            "type": {"enum": list(ENTITY_TYPES)},
            "text": {"type": "string"},
            "value": {},
            "unit": {"type": "string"},
            "page": {"type": "integer", "minimum": 1},
            "bbox": BBOX,
            "section_id": _nullable({"type": "string"}),
            "sentence": {"type": "string"},
            "normalized": {"type": "object"},
        },
        "allOf": [{"if": {"properties": {"type": {"const": "quantity"}}},
                   "then": {"required": ["value", "unit"], "properties": {"value": _NUMBER}}},
                  {"if": {"properties": {"type": {"const": "percentage"}}},
                   "then": {"required": ["value"], "properties": {"value": _NUMBER}}}],
    }


def document_schema() -> dict[str, Any]:
    """The JSON Schema of one ``<doc_id>.json`` record."""
    cat = catalogue.load()
    facts = {f.name: fact_schema(f) for f in cat.facts}
    section = {"type": "object", "required": ["id", "title", "level", "page_start", "page_end"], "properties": {
        "id": {"type": "string"}, "parent": _nullable({"type": "string"}), "number": _nullable({"type": "string"}),
        "title": {"type": "string"}, "level": {"type": "integer", "minimum": 1},
        "page_start": {"type": "integer", "minimum": 1}, "page_end": {"type": "integer", "minimum": 1},
        "text": {"type": "string"}}}
    table = {"type": "object", "required": ["page", "bbox", "rows"], "properties": {
        "page": {"type": "integer", "minimum": 1}, "bbox": BBOX,
        "rows": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}}}
    evidence = {"type": "object", "properties": {
        "page": _nullable({"type": "integer", "minimum": 1}), "bbox": _nullable(BBOX), "text": {"type": "string"}}}
    checklist_item = {"type": "object", "required": ["item", "status"], "properties": {
        "item": {"type": "string"}, "status": {"enum": ["present", "absent"]},
        "evidence": _nullable({"type": "array", "items": {"type": "object"}})}}
    part = {"type": "object", "required": ["doc_type", "section_ids"], "properties": {
        "doc_type": {"enum": list(cat.doc_types)}, "section_ids": {"type": "array", "items": {"type": "string"}}}}
    return {
        "$schema": DRAFT,
        "$id": f"https://extractor.invalid/schema/document-v{SCHEMA_VERSION}.json",
        "title": "extractor document record",
        "description": "One document's output (docs/output.md); facts and their types from the catalogue.",
        "type": "object",
        "required": ["schema_version", "doc_id", "status", "source", "doc_type", "language", "sections",
                     "entities", "facts", "tables", "warnings", "error"],
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION},
            "doc_id": {"type": "string", "minLength": 1},
            "status": {"enum": list(STATUSES)},
            "source": {"type": "object", "required": ["path", "sha256", "pages", "bytes"], "properties": {
                "path": {"type": "string"}, "sha256": _nullable({"type": "string"}),
                "pages": _nullable({"type": "integer", "minimum": 0}), "bytes": {"type": "integer", "minimum": 0}}},
            "organisation": _nullable({"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"}, "page": _nullable({"type": "integer", "minimum": 1})}}),
            "doc_type": {"enum": list(cat.doc_types)},
            "language": {"enum": list(LANGUAGES)},
            "report_year": _nullable({"type": "integer", "minimum": 1900, "maximum": 2100}),
            "published": _nullable(DATE),
            "sections": {"type": "array", "items": section},
            "entities": {"type": "array", "items": entity_schema()},
            "facts": {"type": "object", "properties": facts},
            "facts_evidence": {"type": "object", "additionalProperties": evidence},
            "tables": {"type": "array", "items": table},
            "parts": {"type": "array", "items": part},
            "checklist": _nullable({"type": "array", "items": checklist_item}),
            "front_matter": _nullable({"type": "object"}),
            "warnings": {"type": "array", "items": {"type": "string"}},
            "error": _nullable({"type": "object", "required": ["kind", "message"], "properties": {
                "kind": {"type": "string"}, "message": {"type": "string"}}}),
            "timings": {"type": "object", "additionalProperties": {"type": "number"}},
        },
    }
