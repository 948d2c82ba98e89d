"""A document record as Markdown or plain text (``extractor extract --to md,txt``).

Markdown: the section tree as headings (``#`` per level, numbers kept), body
text as paragraphs, table rows (cells joined by " | " in the section text) as
pipe tables with a header rule, and a page marker ``<!-- page N -->`` wherever
a section starts on a new page. Plain text: the same content in reading order
without markup. Both are pure functions of the JSON record, so a folder of
``<doc_id>.json`` can be rendered again at any time.
"""
from __future__ import annotations

from typing import Any, Iterator

_MD_SPECIAL = str.maketrans({"|": r"\|"})


def _blocks(text: str) -> Iterator[tuple[str, list[str]]]:
    """("table", rows) for runs of " | " lines, ("para", lines) for the rest; blank lines split paragraphs."""
    kind, buf = "", []
    for line in text.split("\n"):
        this = "table" if " | " in line else ("blank" if not line.strip() else "para")
        if this != kind and buf:
            if kind != "blank":
                yield kind, buf
            buf = []
        kind = this
        buf.append(line)
    if buf and kind != "blank":
        yield kind, buf


def pipe_table(rows: list[list[str]]) -> str:
    """Rows as a Markdown pipe table; the first row is the header."""
    width = max(len(r) for r in rows)
    cells = [[c.strip().translate(_MD_SPECIAL).replace("\n", " ") for c in r] + [""] * (width - len(r))
             for r in rows]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return "\n".join(lines)


def _title(record: dict[str, Any]) -> str:
    org = (record.get("organisation") or {}).get("name") if isinstance(record.get("organisation"), dict) else None
    kind = (record.get("doc_type") or "other").replace("_", " ")
    year = record.get("report_year")
    return " – ".join(str(p) for p in (org, kind, year) if p) or str(record.get("doc_id"))


def _heading(section: dict[str, Any]) -> str:
    number = section.get("number")
    return f"{number} {section['title']}" if number else section["title"]


def to_markdown(record: dict[str, Any]) -> str:
    """The record's text as Markdown (see the module docstring)."""
    out = [f"<!-- {record.get('doc_id')}: {record.get('source', {}).get('path', '')} -->", f"# {_title(record)}", ""]
    if record.get("error"):
        out += [f"> Not extracted: {record['error'].get('kind')}: {record['error'].get('message')}", ""]
        return "\n".join(out)
    page = None
    front = (record.get("front_matter") or {})
    if front.get("text"):
        page = front.get("page_start")
        out += [f"<!-- page {page} -->", ""]
        out += _body(front["text"])
    for s in record.get("sections", []):
        if s.get("page_start") != page:
            page = s.get("page_start")
            out += [f"<!-- page {page} -->", ""]
        level = min(6, int(s.get("level") or 1) + 1)
        out += ["#" * level + " " + _heading(s), ""]
        out += _body(s.get("text") or "")
    return "\n".join(out).rstrip() + "\n"


def _body(text: str) -> list[str]:
    out: list[str] = []
    for kind, lines in _blocks(text):
        if kind == "table":
            out += [pipe_table([ln.split(" | ") for ln in lines]), ""]
        else:
            out += [" ".join(ln.strip() for ln in lines), ""]
    return out


def to_text(record: dict[str, Any]) -> str:
    """The record's text in reading order, headings on their own lines, no markup."""
    out = [_title(record), ""]
    if record.get("error"):
        return "\n".join(out + [f"Not extracted: {record['error'].get('kind')}"]) + "\n"
    front = (record.get("front_matter") or {})
    if front.get("text"):
        out += [front["text"].strip(), ""]
    for s in record.get("sections", []):
        out += [_heading(s), ""]
        if (s.get("text") or "").strip():
            out += [s["text"].strip(), ""]
    return "\n".join(out).rstrip() + "\n"


FORMATS = {"md": (".md", to_markdown), "txt": (".txt", to_text)}
