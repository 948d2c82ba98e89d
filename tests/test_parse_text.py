"""normalise_text's shortcut: text it leaves alone is text the full clean-up would not change."""
from __future__ import annotations

import sys
import unicodedata

import pytest

from extractor.parse import text as T


def _shortcut_chars() -> list[str]:
    return [chr(c) for c in range(sys.maxunicode + 1) if T._UNCHANGED.fullmatch(chr(c))]


def test_the_shortcut_keeps_only_characters_the_clean_up_leaves_alone():
    chars = _shortcut_chars()
    assert "å" in chars and "–" in chars and "€" in chars
    for ch in chars:
        assert unicodedata.normalize("NFC", ch) == ch and unicodedata.combining(ch) == 0, repr(ch)
        assert ch not in T._LIGATURES and ord(ch) not in T._SPACES and ord(ch) not in T._DROP, repr(ch)
        assert not T._CONTROL.search(ch) and not T._CYRILLIC.search(ch), repr(ch)


@pytest.mark.parametrize("text, expected", [
    ("Åpenhetsloven", "Åpenhetsloven"), ("2024–2025", "2024–2025"), ("«sitat»", "«sitat»"),
    ("ﬁnans", "finans"), ("a\u00a0b", "a b"), ("del\u00advis", "delvis"), ("A\u030a", "Å"),
    ("tab\tkept", "tab\tkept"), ("ctrl\x07", "ctrl"), ("Осло Oslo", "Ocлo Oslo"),
])
def test_normalise_text(text, expected):
    assert T.normalise_text(text) == expected
