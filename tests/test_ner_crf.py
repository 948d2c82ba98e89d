"""The CRF NER component (extractor.extract.ner_crf): features, tag decoding, sentences, and a tiny
model trained here and run in spacy.blank("nb")."""
from __future__ import annotations

import pytest
import spacy

from extractor.extract import ner_crf
from extractor.extract.ner_crf import FLAGS, crfsuite_attributes, shape, spans_from_tags, token_features

pycrfsuite = pytest.importorskip("pycrfsuite")


@pytest.mark.parametrize("word,expected", [
    ("Oslo", "Xxx"), ("NRK-sjef", "XX-xx"), ("2024", "dd"), ("Ærø", "Xxx"), ("å", "x"), ("3,5", "d,d"),
    ("McDonald's", "XxXxx'x"),
])
def test_shape(word, expected):
    assert shape(word) == expected


@pytest.mark.parametrize("tags,expected", [
    (["O", "B-PER", "I-PER", "O"], [(1, 3, "PER")]),
    (["B-ORG", "B-ORG"], [(0, 1, "ORG"), (1, 2, "ORG")]),
    (["I-LOC", "I-LOC", "O"], [(0, 2, "LOC")]),                 # a stray I- opens a span
    (["B-PER", "I-ORG"], [(0, 1, "PER"), (1, 2, "ORG")]),       # a label change closes it
    (["O", "O"], []),
    (["B-GPE_LOC"], [(0, 1, "GPE_LOC")]),
])
def test_spans_from_tags(tags, expected):
    assert spans_from_tags(tags) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ola bor i Oslo. Kari bor i Bergen!", ["Ola bor i Oslo.", "Kari bor i Bergen!"]),
    ("Ingen punktum her", ["Ingen punktum her"]),
    ("Linje én\nLinje to", ["Linje én\n", "Linje to"]),
    ("Han sa: «Vi kommer.» Så gikk han.", ["Han sa: «Vi kommer.»", "Så gikk han."]),   # the quote closes it
    ("Det skjedde i 2007. Året etter kom NRK.", ["Det skjedde i 2007.", "Året etter kom NRK."]),
    ("Viktigst: Skal vi det?", ["Viktigst: Skal vi det?"]),                             # a colon does not
    ("Hvem vet... Ingen.", ["Hvem vet...", "Ingen."]),
])
def test_sentences(text, expected):
    doc = spacy.blank("nb").make_doc(text)
    assert [doc[s:e].text for s, e in ner_crf.sentences(doc)] == expected


def test_features_carry_lexicon_flags_and_context():
    lexicon = {"kopperud": 1 << FLAGS.index("sur"), "sier": 1 << FLAGS.index("verb")}
    f = token_features(["Kopperud", "sier", "nei"], lexicon)
    assert f[0]["x_sur"] == 1 and f[0]["first"] is True and f[0]["-1:pad"] == 1
    assert f[1]["-1:x_sur"] == 1 and f[1]["x_verb"] == 1 and f[1]["bg"] == "kopperud|sier"
    assert f[2]["2:pad"] == 1 and "x_sur" not in f[2]


TRAIN = [
    (["Kari", "Nordmann", "bor", "i", "Bergen", "."], ["B-PER", "I-PER", "O", "O", "B-GPE_LOC", "O"]),
    (["Ola", "Hansen", "jobber", "i", "Equinor", "."], ["B-PER", "I-PER", "O", "O", "B-ORG", "O"]),
    (["Per", "Olsen", "flyttet", "til", "Tromsø", "."], ["B-PER", "I-PER", "O", "O", "B-GPE_LOC", "O"]),
    (["Vi", "handler", "hos", "Rema", "."], ["O", "O", "O", "B-ORG", "O"]),
] * 5
LEXICON = {"kari": 1 << FLAGS.index("first"), "ola": 1 << FLAGS.index("first"), "per": 1 << FLAGS.index("first"),
           "anne": 1 << FLAGS.index("first"), "bor": 1 << FLAGS.index("verb")}


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("crf") / "model.crfsuite"
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in TRAIN:
        trainer.append(token_features(words, LEXICON), tags)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    trainer.train(str(path))
    return path


@pytest.fixture()
def nlp(model_path):
    nlp = spacy.blank("nb")
    nlp.add_pipe("crf_ner").load_model(model_path, LEXICON)
    return nlp


def test_tags_a_person_by_its_first_name(nlp):
    doc = nlp("Anne Nordmann bor i Bergen. Hun jobber i Equinor.")
    assert ("Anne Nordmann", "PER") in [(e.text, e.label_) for e in doc.ents]
    assert ("Equinor", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert nlp.get_pipe("crf_ner").labels == ("GPE_LOC", "ORG", "PER")


def test_keeps_entities_already_set(nlp):
    """Gazetteer matches set before the CRF stay, and the CRF adds nothing that overlaps them."""
    ruler = nlp.add_pipe("entity_ruler", before="crf_ner")
    ruler.add_patterns([{"label": "GPE_ORG", "pattern": "Bergen"}])
    doc = nlp("Kari Nordmann bor i Bergen.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Kari Nordmann", "PER"), ("Bergen", "GPE_ORG")]


def test_round_trip_to_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "ner")
    again = spacy.load(tmp_path / "ner")
    text = "Ola Hansen flyttet til Tromsø."
    assert [(e.text, e.label_) for e in again(text).ents] == [(e.text, e.label_) for e in nlp(text).ents]
    assert again.get_pipe("crf_ner").lexicon == LEXICON


def test_without_a_model_it_says_how_to_train():
    nlp = spacy.blank("nb")
    nlp.add_pipe("crf_ner")
    with pytest.raises(ValueError, match="scripts/train_ner.py"):
        nlp("Ola")


def test_lexicon_file_is_reproducible(tmp_path):
    """The same lexicon gives the same bytes (no gzip time stamp), so a retrain changes no file."""
    import time

    ner_crf.save_lexicon(LEXICON, tmp_path / "a.json.gz")
    time.sleep(1.1)
    ner_crf.save_lexicon(dict(reversed(list(LEXICON.items()))), tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()
    assert ner_crf.load_lexicon(tmp_path / "a.json.gz") == LEXICON


def test_feature_order_is_stable():
    """crfsuite numbers attributes in the order it meets them, and that order moves the trained
    model: a change here means models/ner-nb no longer retrains to the same bytes."""
    f = token_features(["Ola", "bor", "her"], {"ola": 1 << FLAGS.index("first")})
    assert list(f[1]) == [
        "b", "w", "l", "sh", "t", "u", "d", "first", "len", "hy", "p1", "p2", "p3", "p4", "s1", "s2", "s3", "s4",
        "-2:pad", "-1:l", "-1:sh", "-1:s3", "-1:t", "-1:u", "-1:x_first", "1:l", "1:sh", "1:s3", "1:t", "1:u",
        "2:pad", "bg"]


@pytest.mark.parametrize("words", [
    ["Ola", "bor", "her"], ["Ola"], ["Ola", "Nordmann"], ["NRK-sjef", "Ola", "sa", "at", "2024", "blir", "bra", "."],
    ["Helse", "Nord", "RHF", "og", "Ola", "Ola", "bor", "i", "Oslo", ",", "Norge", "."],
])
def test_encoder_gives_crfsuite_the_features_of_token_features(words):
    """Same attributes, weights and order as token_features (so the same scores to the last bit),
    with and without the model's attribute filter."""
    lexicon = {"ola": 1 << FLAGS.index("first"), "oslo": 1 << FLAGS.index("place")}
    want = [crfsuite_attributes(f) for f in token_features(words, lexicon)]
    assert [list(item.items()) for item in ner_crf.FeatureEncoder(lexicon).items(words)] == want
    known = frozenset(name for item in want for name, _ in item[::2])  # every second attribute
    got = ner_crf.FeatureEncoder(lexicon, known).items(words)  # attributes the model lacks crfsuite skips
    assert [[(k, v) for k, v in item.items() if k in known] for item in got] == \
        [[(k, v) for k, v in item if k in known] for item in want]
