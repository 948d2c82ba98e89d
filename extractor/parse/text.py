"""Character-level clean-up of extracted words: Unicode, bullets, glyph junk.

Pure functions over strings; used by the parser on every word.
"""
from __future__ import annotations

import re
import unicodedata

BULLET = "•"

# Bullet glyphs, including private-use code points that Symbol/Wingdings fonts
# map bullets to (U+F0B7 is Word's default bullet).
_BULLETS = "•▪■◦‣⁃∙\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf02d\u25aa\u25cf\u2219"
# ● is kept out of the list on purpose: action plans use ●/◑/○ as status marks.
_BULLETS = _BULLETS.replace("\u25cf", "")

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006"), " ")
_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff\u2060"), None)
# Cyrillic letters that look like Latin ones; PDFs made by copy-paste carry them.
_HOMOGLYPHS = str.maketrans("аеорсхуіјѕАВЕКМНОРСТХ", "aeopcxyijsABEKMHOPCTX")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-zÆØÅæøå]")
_CID = re.compile(r"\(cid:\d+\)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Text that normalise_text leaves as it is: printable ASCII, Latin-1 letters and signs (no
# no-break space, no soft hyphen), dashes, quotes, bullets, ellipsis, the euro sign; none of
# them a ligature, an odd space, a control, Cyrillic, or changed or combined by NFC.
_UNCHANGED = re.compile("[\x20-\x7e\u00a1-\u00ac\u00ae-\u00ff\u2010-\u2027\u20ac]*")


def normalise_text(text: str) -> str:
    """NFC, plain spaces, no ligatures, soft hyphens or control characters."""
    if (text.isascii() and text.isprintable()) or _UNCHANGED.fullmatch(text):
        return text  # nothing to change (most words): printable Latin-1 and common punctuation
    for lig, repl in _LIGATURES.items():
        if lig in text:
            text = text.replace(lig, repl)
    text = text.translate(_SPACES).translate(_DROP)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if _CYRILLIC.search(text) and _LATIN.search(text):
        text = text.translate(_HOMOGLYPHS)
    return text


def is_bullet(text: str) -> bool:
    """True for a word that is only a bullet glyph (or an unmapped glyph code)."""
    t = text.strip()
    return bool(t) and (all(ch in _BULLETS for ch in t) or bool(_CID.fullmatch(t)))


def normalise_word(text: str, *, first_in_line: bool) -> str:
    """Normalise one word; a lone bullet glyph at a line start becomes ``•``."""
    if first_in_line and is_bullet(text):
        return BULLET
    text = normalise_text(text)
    if text and text[0] in _BULLETS:
        # "•Tekst": a bullet glued to the first word.
        return BULLET + " " + text[1:].lstrip() if first_in_line else text[1:]
    return text


def count_cid(text: str) -> int:
    """How many unmapped glyph codes ``(cid:NN)`` the text holds."""
    return len(_CID.findall(text))
