"""Tone toward a target: golden values on hand-checkable sentences, properties, seeds."""

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.defaults import BLAMED_TONE
from framing.errors import InputError
from framing.score import score_article


def tone_of(sentence, target):
    start = sentence.index(target)
    return framing.target_tone(sentence, start, start + len(target))


@pytest.mark.parametrize(
    ("sentence", "target", "label"),
    [
        # the clause with the target decides, not the whole sentence
        ("Israel praised the deal, but Russia condemned the brutal attack.", "Israel", 1),
        ("Israel praised the deal, but Russia condemned the brutal attack.", "Russia", -1),
        ("The talks with Peskov were friendly and warm, although the press was hostile.", "Peskov", 1),
        # a speaker is not what the quote is about
        ("\u201cThis is a tragic and terrible day,\u201d Peskov said.", "Peskov", 0),
        ("According to Netanyahu, the attack was a horrible crime.", "Netanyahu", 0),
        # agent of harm, and blamed by a rule of the blame table
        ("Syrian fire downed the plane.", "Syrian", -1),
        ("Israeli jets used the plane as cover.", "Israeli jets", -1),
        ("Moscow blamed Israel for the crash.", "Israel", -1),
        # negation (VADER's own rules)
        ("Putin was not happy with the result.", "Putin", -1),
        # no sentiment near the target
        ("Netanyahu flew to New York on Tuesday.", "Netanyahu", 0),
    ],
)
def test_target_tone_labels(sentence, target, label):
    assert framing.tone_label(tone_of(sentence, target)) == label


def test_golden_values():
    assert tone_of("Syrian fire downed the plane.", "Syrian") == pytest.approx(
        -0.34
    )  # VADER: "fire" -0.34 < BLAMED_TONE
    assert tone_of("Israeli jets used the plane as cover.", "Israeli jets") == BLAMED_TONE
    assert tone_of("Netanyahu flew to New York on Tuesday.", "Netanyahu") == 0.0
    assert tone_of("Israel praised the deal, but Russia condemned the brutal attack.", "Israel") == pytest.approx(
        0.4939,
        abs=1e-4,  # VADER on "Israel praised the deal"
    )


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (3, 2), (0, 999)])
def test_target_outside_the_sentence_is_a_clear_error(start, end):
    with pytest.raises(InputError, match=r"target span .* is not inside the text of length 24"):
        framing.target_tone("Israel denied the claim.", start, end)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=120), st.data())
def test_score_in_range_and_deterministic(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    score = framing.target_tone(text, start, end)
    assert -1.0 <= score <= 1.0
    assert score == framing.target_tone(text, start, end)


def test_seed_004_israel_in_the_embassy_statement_is_negative_and_direct(seed_articles):
    article = seed_articles["004_fd7891ea34951dc8"]
    record = score_article(article)
    sentence = next(s for s in record.sentences if "Moscow views as irresponsible" in article.text[s.start : s.end])
    text = article.text[sentence.start : sentence.end]
    start = text.index("Israeli Air Force")
    assert framing.target_tone(text, start, start + len("Israeli Air Force")) < 0
    assert sentence.voice == "direct"
    israel = record.actor_tone["Israel"]
    assert israel["by_voice"]["direct"] < 0
    assert israel["n_sentences"] >= 1 and -1 <= israel["score"] <= 1


def test_actor_tone_roles_and_voices_are_complete(seed_articles):
    record = score_article(seed_articles["000_66bd192b543b1da8"])
    for values in record.actor_tone.values():
        assert set(values["by_voice"]) == {"editorial", "reported", "direct"}
        assert set(values["by_role"]) == {"headline", "standfirst", "caption", "body"}
    assert record.actor_tone["Russia"]["by_role"]["headline"] is not None


_WINDOW_PIECES = ["said", "SAYS", "unsaid", "told", "shot", "down", "downed", "hit", "hits", "the", "x", "-", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WINDOW_PIECES), st.sampled_from([" ", "", "  ", "\n"])), max_size=8))
def test_the_word_search_before_a_pattern_never_changes_its_answer(pieces):
    module = importlib.import_module("framing.target_tone")  # the package exports a function of that name
    window = "".join(piece + gap for piece, gap in pieces)
    for word, pattern in ((module._SPEECH_WORD, module._SPEECH_AFTER), (module._HARM_WORD, module._HARM_AFTER)):
        assert module._within(word, pattern, window) == bool(pattern.match(window))


def test_actor_tone_lists_the_sentences_its_means_are_taken_over(seed_articles):
    for article in seed_articles.values():
        record = score_article(article)
        for actor, values in record.actor_tone.items():
            sentences = values["sentences"]
            assert len(sentences) == values["n_sentences"]
            assert values["score"] == pytest.approx(sum(s["tone"] for s in sentences) / len(sentences))
            assert len({s["sentence_start"] for s in sentences}) == len(sentences)  # one per sentence
            for voice, mean in values["by_voice"].items():
                tones = [s["tone"] for s in sentences if s["voice"] == voice]
                assert mean == (pytest.approx(sum(tones) / len(tones)) if tones else None)
            for s in sentences:
                mention = article.text[s["start"] : s["end"]]
                assert mention and s["sentence_start"] <= s["start"], (actor, mention)
