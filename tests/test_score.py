import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.ingest import make_article
from framing.records import SCORED_ROLES
from framing.score import flatten_record, load_record_schema, record_to_dict, score_article, score_corpus


@pytest.fixture(scope="module")
def seed_records(seeds):
    return {r.id: r for r in score_corpus(seeds.articles)}


def test_seed_records_validate_against_the_schema(seed_records):
    schema = load_record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for record in seed_records.values():
        jsonschema.validate(json.loads(json.dumps(record_to_dict(record))), schema)


def test_golden_tone_of_seed_000(seed_records):
    record = seed_records["000_66bd192b543b1da8"]
    assert record.tone.headline == pytest.approx(-0.4215)
    assert record.tone.n_body_sentences == 41
    body = [s.tone for s in record.sentences if s.role == "body"]
    assert record.tone.body == pytest.approx(sum(body) / len(body))
    # VADER reads the normalised view: "doesn’t" and “quoted,” words count (-0.121773 on the raw text)
    assert record.tone.body == pytest.approx(-0.113798, abs=1e-6)


def test_seed_004_has_no_headline_tone(seed_records):
    record = seed_records["004_fd7891ea34951dc8"]
    assert record.tone.headline is None and record.title == ""


def test_boilerplate_is_not_counted_in_words(seed_articles, seed_records):
    article = seed_articles["001_ebb5f1ac0d057e84"]
    record = seed_records[article.id]
    from framing.segment import count_words

    all_words = count_words(article.text)
    boilerplate_words = sum(
        count_words(article.text[s.start : s.end]) for s in article.segments if s.role == "boilerplate"
    )
    assert record.n_words == all_words - boilerplate_words
    assert record.n_words == 738


def test_an_acronym_the_article_spells_out_as_another_name_is_no_actor_in_its_scores():
    text = "Reporters Without Borders (RSF) condemned the arrests.\n\nRSF accused Ethiopia of silencing critical media."
    record = score_article(make_article(text, id="rsf", source="test"))
    assert [(q.speaker, q.actor) for q in record.quotes] == [
        ("Reporters Without Borders (RSF)", None),
        ("RSF", None),
    ]
    assert record.blame == []
    assert "Rapid Support Forces" not in record.actors


def test_csv_row_counts(seed_records):
    row = flatten_record(seed_records["000_66bd192b543b1da8"])
    assert {k: row[k] for k in ("n_headline_segments", "n_caption_segments", "n_boilerplate_segments")} == {
        "n_headline_segments": 1,
        "n_caption_segments": 5,
        "n_boilerplate_segments": 4,
    }


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400) | st.lists(
    st.sampled_from(
        [
            "Israel denied it.",
            "\u201cNo,\u201d he said.",
            "Maj. Gen. Igor spoke.",
            "\n",
            "\n\n",
            "World",
            " ",
            "\u00a0",
            "U.S.",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_scoring_any_text_gives_valid_offsets_and_is_deterministic(text):
    if not text.strip():
        return
    article = make_article(text, id="x", source="test")
    record = score_article(article)
    assert record == score_article(make_article(text, id="x", source="test"))
    previous_end = 0
    for segment in record.segments:
        assert previous_end <= segment.start < segment.end <= len(text)
        assert text[segment.start : segment.end].strip() == text[segment.start : segment.end]
        previous_end = segment.end
    for sentence in record.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.role in SCORED_ROLES
        assert any(s.start <= sentence.start and sentence.end <= s.end for s in record.segments)
        assert sentence.tone is None or -1 <= sentence.tone <= 1
    assert record.tone.n_body_sentences == sum(s.role == "body" for s in record.sentences)


def test_a_lexicon_word_inside_an_actors_proper_name_is_no_term():
    # "Criminal" in "International Criminal Court" is part of a name; the lower-case label
    # "the Jewish state" (an alias of Israel) and the adjective in running text stay terms
    text = (
        "Court opens inquiry\n\nThe International Criminal Court said the Jewish state had shown criminal negligence."
    )
    record = score_article(make_article(text, id="x", source="test"))
    assert [term.term for term in record.terms] == ["the Jewish state", "criminal negligence"]


def test_a_ruling_partys_name_is_no_term_but_the_same_word_in_running_text_is():
    text = "Party congress\n\nThe Chinese Communist Party praised the army, which critics call a communist propaganda tool."
    record = score_article(make_article(text, id="x", source="test"))
    assert [term.term for term in record.terms] == ["communist", "propaganda"]
