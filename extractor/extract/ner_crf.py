"""The Norwegian NER as a spaCy component: a CRF over word, shape, affix and lexicon features.

``crf_ner`` is registered as a spaCy factory, so ``models/ner-nb`` is an
ordinary spaCy pipeline (``spacy.load`` once this module is imported) whose
one component tags each sentence with NorNE's labels (PER, ORG, GPE_LOC,
GPE_ORG, LOC, PROD, EVT, DRV, MISC) and sets ``doc.ents``. The model is a
linear-chain CRF (python-crfsuite) trained by ``scripts/train_ner.py``; the
lexicon it carries (word-class flags of Norsk Ordbank, first names, surnames,
places; built by ``scripts/ner_lexicon.py``) tells it what a word it never saw
in training is likely to be. :func:`token_features` is shared by training and
tagging, so the two can never disagree.
"""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple, Sequence

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL_FILE = "model.crfsuite"
LEXICON_FILE = "lexicon.json.gz"
# Flags a lexicon word may carry; a word's flags are stored as a bit mask in this order.
FLAGS = ("noun", "verb", "adj", "adv", "proper", "first", "sur", "place")
_SENTENCE_END = {".", "!", "?", "…", "..."}
_CLOSING = {"»", "”", '"', ")", "’"}
_MAY_END = frozenset(_SENTENCE_END | _CLOSING)
_YEAR_STOP = re.compile(r"^(?:1[89]|20)\d\d\.$")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")  # with ÆØÅ
_LOWER = re.compile(r"[a-zß-öø-ÿ]")  # with æøå
_DIGIT = re.compile(r"[0-9]")
_REPEAT = re.compile(r"(.)\1+")


def shape(word: str) -> str:
    """Word shape with runs shortened: "Oslo" → "Xxx", "NRK-sjef" → "XX-xx", "2024" → "dd"."""
    s = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return _REPEAT.sub(r"\1\1", s)


def flag_names(mask: int) -> Iterator[str]:
    return (name for i, name in enumerate(FLAGS) if mask >> i & 1)


def _word_features(word: str, lexicon: Mapping[str, int]) -> dict[str, object]:
    """What is said of a word both as the word tagged and as a neighbour."""
    lower = word.lower()
    f: dict[str, object] = {"l": lower, "sh": shape(word), "s3": lower[-3:], "t": word.istitle(),
                            "u": word.isupper()}
    for name in flag_names(lexicon.get(lower, 0)):
        f["x_" + name] = 1
    return f


def token_features(words: Sequence[str], lexicon: Mapping[str, int]) -> list[dict[str, object]]:
    """CRF features of each word of one sentence: the word, its affixes and shape, its lexicon
    flags, and the same for two words either side."""
    common = [_word_features(w, lexicon) for w in words]
    out = []
    n = len(words)
    for i, word in enumerate(words):
        lower = word.lower()
        c = common[i]
        # The order of the keys is the order crfsuite numbers the attributes in, which moves the
        # L-BFGS optimum by a hair: keep it, or a retrain no longer gives the same model bytes.
        f: dict[str, object] = {
            "b": 1, "w": word, "l": lower, "sh": c["sh"], "t": c["t"], "u": c["u"], "d": word.isdigit(),
            "first": i == 0, "len": min(len(word), 8), "hy": "-" in word,
            "p1": lower[:1], "p2": lower[:2], "p3": lower[:3], "p4": lower[:4],
            "s1": lower[-1:], "s2": lower[-2:], "s3": c["s3"], "s4": lower[-4:],
        }
        f.update((k, v) for k, v in c.items() if k.startswith("x_"))
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.update({f"{d}:{k}": v for k, v in common[j].items()})
            else:
                f[f"{d}:pad"] = 1
        if i > 0:
            f["bg"] = words[i - 1].lower() + "|" + lower
        out.append(f)
    return out


def crfsuite_attributes(features: Mapping[str, object]) -> list[tuple[str, float]]:
    """(name, weight) pairs crfsuite makes of one token's feature dict, zero weights left out."""
    out = []
    for k, v in features.items():
        if isinstance(v, str):
            out.append((f"{k}:{v}", 1.0))
        elif float(v):  # type: ignore[arg-type]
            out.append((k, float(v)))  # type: ignore[arg-type]
    return out


class _WordAttrs(NamedTuple):
    """One word's CRF attributes as crfsuite names them, in :func:`token_features`' order:
    its own (head, len, tail), and as the neighbour of another word."""

    own: dict[str, float]          # b, w, l, sh, the true ones of t, u, d; len; hy, affixes, lexicon flags
    own_first: dict[str, float]    # the same with "first" after the head (the sentence's first word)
    around: tuple[dict[str, float], ...]  # as the word at -2, -1, +1, +2 of another


_OFFSETS = (-2, -1, 1, 2)
_PADS = tuple({f"{d}:pad": 1.0} for d in _OFFSETS)


def _attr_names(features: Mapping[str, object]) -> list[str]:
    """The names of :func:`crfsuite_attributes` (for features whose weights are all 1)."""
    return [name for name, _ in crfsuite_attributes(features)]


def _word_attrs(word: str, lexicon: Mapping[str, int], known: frozenset[str] | None = None) -> _WordAttrs:
    """A word's attributes; with ``known`` (the model's attributes) only those:
    crfsuite skips an attribute its model lacks, so leaving it out changes no score."""
    lower = word.lower()
    common = _word_features(word, lexicon)
    head = _attr_names({"b": 1, "w": word, "l": lower, "sh": common["sh"], "t": common["t"], "u": common["u"],
                        "d": word.isdigit()})
    tail = _attr_names({"hy": "-" in word, "p1": lower[:1], "p2": lower[:2], "p3": lower[:3], "p4": lower[:4],
                        "s1": lower[-1:], "s2": lower[-2:], "s3": common["s3"], "s4": lower[-4:]})
    tail += [k for k in common if k.startswith("x_")]
    names = _attr_names(common)
    around = [[f"{d}:{n}" for n in names] for d in _OFFSETS]
    if known is not None:
        head, tail = [a for a in head if a in known], [a for a in tail if a in known]
        around = [[a for a in attrs if a in known] for attrs in around]
    length = {"len": float(min(len(word), 8))}
    first = {"first": 1.0} if known is None or "first" in known else {}
    return _WordAttrs({**dict.fromkeys(head, 1.0), **length, **dict.fromkeys(tail, 1.0)},
                      {**dict.fromkeys(head, 1.0), **first, **length, **dict.fromkeys(tail, 1.0)},
                      tuple(dict.fromkeys(attrs, 1.0) for attrs in around))


class FeatureEncoder:
    """:func:`token_features` as crfsuite reads them, computed once per distinct word.

    Tagging gives crfsuite the same attributes with the same weights in the
    same order as ``token_features`` (so the same scores to the last bit), but
    builds them from each word's cached attributes instead of formatting
    dozens of keys per token; a document repeats most of its words. Given
    ``known`` (the attributes the model has weights for), it leaves out the
    rest, which crfsuite would look up and skip. The cache is bounded
    (cleared when it reaches ``max_words``: about 2 kB a word, 20 MB at most).
    """

    def __init__(self, lexicon: Mapping[str, int], known: frozenset[str] | None = None,
                 max_words: int = 10_000) -> None:
        self.lexicon = lexicon
        self.known = known
        self.max_words = max_words
        self._cache: dict[str, _WordAttrs] = {}

    def _attrs(self, word: str) -> _WordAttrs:
        hit = self._cache.get(word)
        if hit is None:
            if len(self._cache) >= self.max_words:
                self._cache.clear()
            hit = self._cache[word] = _word_attrs(word, self.lexicon, self.known)
        return hit

    def items(self, words: Sequence[str]) -> list[dict[str, float]]:
        cache = self._cache
        attrs = [cache.get(w) or self._attrs(w) for w in words]
        known = self.known
        n = len(words)
        out = []
        pads = _PADS
        for i, a in enumerate(attrs):
            item = (a.own_first if i == 0 else a.own).copy()
            item.update(attrs[i - 2].around[0] if i >= 2 else pads[0])
            item.update(attrs[i - 1].around[1] if i >= 1 else pads[1])
            item.update(attrs[i + 1].around[2] if i + 1 < n else pads[2])
            item.update(attrs[i + 2].around[3] if i + 2 < n else pads[3])
            if i > 0:
                bigram = f"bg:{words[i - 1].lower()}|{words[i].lower()}"
                if known is None or bigram in known:
                    item[bigram] = 1.0
            out.append(item)
        return out


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of a BIO tag sequence; a stray I- opens a span."""
    spans, start, label = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != label:
            if start is not None:
                spans.append((start, i, label))
            start, label = (None, None) if tag == "O" else (i, tag[2:])
    return spans


def _ends_sentence(texts: Sequence[str], i: int) -> bool:
    """Does a sentence end after token i (``texts``: the tokens' texts)? After . ! ? … (or the quote
    or bracket that closes them), a year with its full stop before a capital ("i 2007. Året etter"),
    or a line break. Not at a colon: NorNE keeps "Viktigst: Skal ..." as one sentence often enough
    that splitting there cost 1 point of F1 on dev."""
    text = texts[i]
    if text.isspace():  # spaCy's Token.is_space
        return "\n" in text
    nxt = texts[i + 1] if i + 1 < len(texts) else None
    if nxt is not None and nxt in _CLOSING:
        return False  # the quote or bracket closes the sentence instead
    if text in _SENTENCE_END:
        return True
    if text in _CLOSING and i > 0 and texts[i - 1] in _SENTENCE_END:
        return True
    capital_next = nxt is not None and nxt[:1].isupper()
    return capital_next and bool(_YEAR_STOP.match(text))


def sentence_ranges(texts: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Token ranges of the sentences of a paragraph given as its tokens' texts."""
    start = 0
    for i, text in enumerate(texts):
        # only these can end a sentence (see _ends_sentence): skip the call for every other token
        if (text in _MAY_END or text.isspace() or text.endswith(".")) and _ends_sentence(texts, i):
            yield start, i + 1
            start = i + 1
    if start < len(texts):
        yield start, len(texts)


def sentences(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of the sentences of a paragraph (see :func:`_ends_sentence`)."""
    return sentence_ranges([t.text for t in doc])


def load_lexicon(path: Path) -> dict[str, int]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def save_lexicon(lexicon: Mapping[str, int], path: Path) -> None:
    """Write the lexicon as gzipped JSON, byte for byte the same for the same lexicon (no time stamp or file name in the header)."""
    data = json.dumps(dict(sorted(lexicon.items())), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write(data)


class CrfNer:
    """spaCy component: tag each sentence with the CRF and add its spans to ``doc.ents``.

    Entities already set (an EntityRuler's gazetteer matches) are kept; the CRF's spans fill the
    rest, as spaCy's own ``ner`` does with preset entities."""

    def __init__(self, nlp: Language, name: str = "crf_ner") -> None:
        self.name = name
        self.lexicon: dict[str, int] = {}
        self._tagger = None
        self._encoder = FeatureEncoder({})
        self._model_bytes: bytes | None = None

    def __call__(self, doc: Doc) -> Doc:
        return self.tag_doc(doc)

    def tag_doc(self, doc: Doc, may_hold_name: Callable[[str], bool] | None = None, text: str | None = None) -> Doc:
        """Tag each sentence of ``doc``; with ``may_hold_name``, only the sentences whose text it
        accepts (the caller's test that a sentence can name what it looks for): the CRF tags each
        sentence on its own, so a sentence left out changes no other sentence's tags. ``text`` is
        the doc's text when the caller has it; the tokens are read as slices of it (no Token
        objects: building them cost as much as the tagging of short sentences)."""
        if self._tagger is None:
            raise ValueError(f"{self.name}: no model loaded (train one with scripts/train_ner.py)")
        text = doc.text if text is None else text
        spans = list(doc.ents)
        taken = {i for ent in spans for i in range(ent.start, ent.end)}
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
        texts = [text[a:a + n] for a, n in zip(starts, lengths)]
        tag = self._tagger.tag
        for start, end in sentence_ranges(texts):
            words = texts[start:end]
            if not any(w.strip() for w in words):
                continue
            if may_hold_name is not None and not may_hold_name(text[starts[start]:starts[end - 1] + lengths[end - 1]]):
                continue
            for s, e, label in spans_from_tags(tag(self._encoder.items(words))):
                s, e = start + s, start + e
                if text[starts[s]:starts[e - 1] + lengths[e - 1]].strip() and not taken.intersection(range(s, e)):
                    spans.append(Span(doc, s, e, label=label))
        doc.ents = sorted(spans)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted({t[2:] for t in self._tagger.labels() if t != "O"})) if self._tagger else ()

    def load_model(self, model_path: Path, lexicon: Mapping[str, int]) -> "CrfNer":
        import pycrfsuite

        self._model_bytes = Path(model_path).read_bytes()
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_path))
        self._tagger, self.lexicon = tagger, dict(lexicon)
        # token_features as crfsuite reads them, cached per word, only the attributes the model weighs
        self._encoder = FeatureEncoder(self.lexicon, model_attributes(tagger))
        return self

    def to_disk(self, path: Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self._model_bytes is not None:
            (path / MODEL_FILE).write_bytes(self._model_bytes)
        save_lexicon(self.lexicon, path / LEXICON_FILE)

    def from_disk(self, path: Path, exclude: Iterable[str] = ()) -> "CrfNer":
        path = Path(path)
        return self.load_model(path / MODEL_FILE, load_lexicon(path / LEXICON_FILE))


def model_attributes(tagger: Any) -> frozenset[str]:
    """The attributes the model has state-feature weights for, read from its text dump line by
    line (``Tagger.info()`` builds the whole dump in memory: +13 MB in every worker)."""
    import os
    import tempfile

    fd, name = tempfile.mkstemp(suffix=".txt")
    os.close(fd)
    try:
        tagger.dump(name)
        out: set[str] = set()
        inside = False
        with open(name, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("STATE_FEATURES"):
                    inside = True
                elif inside and line.startswith("}"):
                    break
                elif inside and " --> " in line:
                    out.add(line.strip().split(" ", 1)[1].rsplit(" --> ", 1)[0])
        return frozenset(out)
    finally:
        os.unlink(name)


@Language.factory("crf_ner")
def make_crf_ner(nlp: Language, name: str) -> CrfNer:
    return CrfNer(nlp, name)
