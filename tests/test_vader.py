"""framing.vader gives exactly vaderSentiment's scores."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing.vader as vader
from framing.sentences import split_sentences
from framing.textview import make_view

from .conftest import EVAL, require

REFERENCE = vader.reference_analyzer()

# One or more cases for each of VADER's rules, written for this test.
RULE_CASES = [
    "",
    "   ",
    "The plane landed at the base.",
    "The attack was a tragic and irresponsible act.",
    # negation one, two and three words before, and contractions
    "This is not good.",
    "This is not very good.",
    "It isn't a horrible book.",
    "Nobody said it wasn't really quite bad.",
    "They never were so brave.",
    "It has never been this good!",
    "That was so good and this good.",
    # "no" as negation and as a word of its own
    "There is no hope left.",
    "No, no hope.",
    "There is no money or hope.",
    "There is no money nor joy nor love.",
    "No.",
    # boosters and dampeners, capitalised, at each distance
    "It was very good.",
    "It was VERY good, really.",
    "It was extremely very good.",
    "It was EXTREMELY bad but I LIKE it.",
    "He was slightly annoyed and barely happy.",
    "It was kind of good.",
    "It was sort of bad, kind of.",
    "It was just enough fun.",
    "THIS IS ALL CAPS AND GREAT.",
    "This is GREAT.",
    # special cases and idioms
    "The party was the bomb.",
    "That was the kiss of death.",
    "The cake was to die for.",
    "That was a bad ass move.",
    "Without a doubt, an excellent idea.",
    "Without doubt an excellent idea.",
    "Yeah right, great plan.",
    # "least"
    "It is the least compelling story.",
    "It is at least compelling.",
    "At the very least helpful.",
    "Least helpful.",
    "Least helpful, at that.",
    "Least helpful, very.",
    # contrastive but, with repeated values on both sides
    "The food was good, but the service was bad.",
    "Good good good but good good good.",
    "Nice and nice, but nice, great and great but bad.",
    # punctuation emphasis
    "Great!!!",
    "Great!!!!!!",
    "Bad??",
    "Bad????",
    "Really??? Awful!",
    # emoticons, emoji and other scripts
    "Make sure you :) or :D today!",
    "Catch emoji such as 💘 and 💋 and 😁",
    "word😁word 😁 😁😁",
    "İstanbul is lovely; ﬁne words; Straße.",
    "“This is terrible,” he said.",
    "can't won't don’t",
]


def _same(text: str) -> None:
    assert vader.polarity_scores(text) == REFERENCE.polarity_scores(text), text


@pytest.mark.parametrize("text", RULE_CASES)
def test_equal_to_vadersentiment_on_each_rule(text):
    _same(text)


def test_equal_on_every_seed_sentence(seed_articles):
    assert seed_articles
    for article in seed_articles.values():
        _same(article.text)
        view = make_view(article.text).text
        for start, end in split_sentences(view):
            _same(view[start:end])


_WORDS = [
    "good", "bad", "great", "horrible", "love", "hate", "kind", "of", "sort", "just", "enough",
    "very", "extremely", "slightly", "barely", "so", "this", "never", "not", "no", "or", "nor",
    "isn't", "dont", "without", "doubt", "least", "at", "but", "the", "bomb", "kiss", "death",
    "to", "die", "for", "bad", "ass", "yeah", "right", "plane", "said", ":)", ":(", ":D",
    "😁", "💘", "!", "?", "...", "--",
]  # fmt: skip
_token = st.tuples(
    st.sampled_from(_WORDS),
    st.sampled_from([str, str.upper, str.title]),
    st.sampled_from(["", ",", "!", "?", ".", '"', "'", "!!", "“"]),
).map(lambda parts: parts[1](parts[0]) + parts[2])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_token, st.sampled_from([" ", "  ", "\n", ""])), max_size=14))
def test_equal_on_generated_text(pieces):
    _same("".join(token + space for token, space in pieces))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_equal_on_arbitrary_text(text):
    _same(text)


def test_other_vader_versions_use_the_package_itself(monkeypatch):
    assert vader._scorer() != REFERENCE.polarity_scores
    vader._scorer.cache_clear()
    monkeypatch.setattr(vader, "version", lambda name: "9.9.9")
    try:
        assert vader._scorer() == REFERENCE.polarity_scores
    finally:
        monkeypatch.undo()
        vader._scorer.cache_clear()
    assert vader._scorer() != REFERENCE.polarity_scores


def test_equal_on_every_evaluation_text_and_sentence():
    require(EVAL.is_dir(), f"needs the gold data in {EVAL} (see ../shared/eval/README.md)")
    checked = 0
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for key in ("text", "sentence"):
                text = record.get(key)
                if not isinstance(text, str):
                    continue
                view = make_view(text).text
                _same(text)
                for start, end in split_sentences(view):
                    _same(view[start:end])
                    checked += 1
    assert checked > 5000
