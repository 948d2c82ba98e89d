"""The checklist's view of a document: its sentences as plain typed data."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Line:
    """One sentence (or table row, cells joined by " | ") with where it stands."""

    text: str
    page: int | None = None
    section_id: str | None = None
    section_title: str = ""
    is_table_row: bool = False


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


def as_lines(sentences: Iterable[Any]) -> list[Line]:
    """:class:`Line` from :class:`~extractor.sentences.Sentence` objects, Lines or plain strings."""
    out: list[Line] = []
    for s in sentences:
        if isinstance(s, Line):
            out.append(s)
        elif isinstance(s, str):
            out.append(Line(normalise(s), is_table_row=" | " in s))
        else:
            section = getattr(s, "section", None)
            out.append(Line(
                text=normalise(s.text), page=getattr(s, "page", None), section_id=getattr(s, "section_id", None),
                section_title=normalise(getattr(section, "title", "") or ""),
                is_table_row=bool(getattr(s, "is_table_row", False)),
            ))
    return [l for l in out if l.text]


def restrict(lines: list[Line], section_ids: Iterable[str] | None) -> list[Line]:
    """The lines of the given sections only (all lines when ``section_ids`` is None)."""
    if section_ids is None:
        return lines
    keep = set(section_ids)
    return [l for l in lines if l.section_id in keep]
