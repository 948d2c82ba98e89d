"""Which paragraphs and sentences the NER needs to read: those that can name an organisation.

A name the filters of :mod:`extractor.extract.organisations` keep has a capital
inside a sentence, is a known name (the document writes it mid-sentence, or the
gazetteer has it), or has a name's shape; a paragraph or sentence with none of
these is not sent to the NER (:func:`may_name_something`, :func:`sentence_may_name`),
which halves the NER work on typical reports. :func:`ner_docs` runs the pipeline
over the paragraphs in one batched ``pipe`` and the CRF over the sentences that
may name something.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from extractor.extract.org_shapes import gazetteer_hits, shape_names

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from extractor.extract.organisations import Gazetteer

_INNER_CAPITAL = re.compile(r"(?:^|[^.!?:•●◑○|\s])\s+[A-ZÆØÅ]|\b[A-ZÆØÅ]{2,}|[a-zæøå][A-ZÆØÅ]")
_CAPITALISED = re.compile(r"(?<![\wæøåÆØÅ])([A-ZÆØÅ][\wæøåÆØÅ-]*)")
_LEADING_WORDS = re.compile(r"(?:^|[.!?:•●◑○|]\s*)([A-ZÆØÅ][\wæøåÆØÅ-]*)")


def may_name_something(para: str, known: frozenset[str], gazetteer: "Gazetteer") -> bool:
    """Can NER find a name here that the filters would keep? A paragraph whose
    only capitals open sentences ("Banken har 133 ansatte.") can name an
    organisation only by a known name opening a sentence; others are skipped,
    which halves the NER work on typical reports."""
    if _INNER_CAPITAL.search(para.strip()) or gazetteer_hits(para, gazetteer) or shape_names(para):
        return True
    return any(w in known or gazetteer.lookup(w) for w in _LEADING_WORDS.findall(para.strip()))


def sentence_may_name(sentence: str, known: frozenset[str], gazetteer: "Gazetteer") -> bool:
    """:func:`may_name_something` for one sentence of a paragraph that passed it, more
    cautious about where a sentence starts: any capitalised word the document knows
    ("(Regjeringen, 2023)"), not only one opening the sentence, lets it through."""
    if _INNER_CAPITAL.search(sentence.strip()) or gazetteer_hits(sentence, gazetteer) or shape_names(sentence):
        return True
    return any(w in known or gazetteer.lookup(w) for w in _CAPITALISED.findall(sentence))


def ner_docs(nlp: "Language", paras: list[str], may_hold_name: Callable[[str], bool]) -> list["Doc"]:
    """The paragraphs through the pipeline in one batched ``pipe``; the CRF (when it is the NER)
    tags only the sentences ``may_hold_name`` accepts (it tags each sentence on its own)."""
    if "crf_ner" not in nlp.pipe_names:
        return list(nlp.pipe(paras, batch_size=64))
    crf = nlp.get_pipe("crf_ner")
    return [crf.tag_doc(doc, may_hold_name, para)
            for para, doc in zip(paras, nlp.pipe(paras, batch_size=64, disable=["crf_ner"]))]
