"""Corpus tables, filters and per-outlet comparisons (the pure layer under the pages)."""

import pytest

from framing import compare
from framing.filters import Filters, apply_filters
from framing.score import ScoreConfig, score_corpus
from framing.tables import (
    BLAME_COLUMNS,
    LABEL_COLUMNS,
    QUOTE_COLUMNS,
    SENTENCE_COLUMNS,
    TERM_COLUMNS,
    build_tables,
)


@pytest.fixture(scope="module")
def tables(seeds):
    config = ScoreConfig()
    records = score_corpus(seeds.articles, config)
    return build_tables(records, {a.id: a.text for a in seeds.articles}, config.registry)


def check_columns(frame, columns):
    assert tuple(frame.columns) == columns


def test_tables_have_the_declared_columns_and_offsets_index_the_text(tables, seed_articles):
    check_columns(tables.sentences, SENTENCE_COLUMNS)
    check_columns(tables.quotes, QUOTE_COLUMNS)
    check_columns(tables.blame, BLAME_COLUMNS)
    check_columns(tables.terms, TERM_COLUMNS)
    check_columns(tables.labels, LABEL_COLUMNS)
    for row in tables.terms.itertuples():
        assert seed_articles[row.id].text[row.start : row.end] == row.term
        assert row.sentence_start <= row.start


def test_hezbollah_filter_keeps_israel_blaming_hezbollah_in_uawire_and_004(tables):
    filtered = apply_filters(tables, Filters(actors=("Hezbollah",)))
    rows = filtered.blame[["outlet", "source", "target"]].drop_duplicates().values.tolist()
    assert sorted(map(tuple, rows)) == [("(unknown outlet)", "Israel", "Hezbollah"), ("UAWire", "Israel", "Hezbollah")]
    terror = filtered.terms[filtered.terms["term"].str.contains("terror")]
    assert set(terror["outlet"]) >= {"The Times of Israel"}


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        (Filters(outlets=("Sputnik",)), lambda t: set(t.articles["outlet"]) == {"Sputnik"}),
        (
            Filters(outlets=("Sputnik",)),
            lambda t: set(t.actors["id"]) == set(t.articles["id"]) and set(t.quotes["id"]) <= set(t.articles["id"]),
        ),
        (Filters(voice="direct"), lambda t: set(t.quotes["kind"]) == {"direct"}),
        (Filters(voice="direct"), lambda t: set(t.terms["voice"]) == {"direct"}),
        (Filters(voice="outlet"), lambda t: set(t.sentences["voice"]) <= {"editorial", "reported"}),
        (Filters(categories=("labeling",)), lambda t: set(t.terms["category"]) == {"labeling"}),
        (Filters(include_headlines=False), lambda t: "headline" not in set(t.sentences["role"])),
        (Filters(include_captions=False), lambda t: "caption" not in set(t.terms["role"])),
        (Filters(date_from="2019-01-01"), lambda t: list(t.articles["id"]) == ["002_cf69419c207182b1"]),
        (Filters(actors=("Russia",), actor_mode="source"), lambda t: set(t.blame["source"]) == {"Russia"}),
        (Filters(actors=("Israel",), actor_mode="target"), lambda t: set(t.blame["target"]) == {"Israel"}),
        (Filters(actors=("Russia",), actor_mode="speaker"), lambda t: set(t.sentences["actor"]) == {"Russia"}),
    ],
)
def test_filters(tables, filters, check):
    assert check(apply_filters(tables, filters))


def test_no_filter_keeps_everything(tables):
    filtered = apply_filters(tables, Filters())
    assert len(filtered.blame) == len(tables.blame) and len(filtered.terms) == len(tables.terms)


def test_blame_matrix_counts_add_up_and_keep_evidence(tables):
    matrix = compare.blame_matrix(tables)
    assert matrix["n"].sum() == len(tables.blame)
    assert (matrix["n"] == matrix["n_editorial"] + matrix["n_reported"] + matrix["n_direct"]).all()
    assert matrix.groupby("outlet")["share"].sum().round(9).eq(1).all()
    for row in matrix.itertuples():
        behind = compare.evidence(tables.blame, outlet=row.outlet, source=row.source, target=row.target, kind=row.kind)
        assert len(behind) == row.n
    behind = compare.evidence(tables.blame, outlet="UAWire", target="Hezbollah")
    assert behind["id"].tolist() == ["003_d180d635636b81bf"] and behind["sentence"].str.contains("Hezbollah").all()


def test_target_and_voice_shares_sum_to_one(tables):
    assert compare.target_share(tables).groupby("outlet")["share"].sum().round(9).eq(1).all()
    shares = compare.voice_share(tables)
    assert shares.groupby("outlet")["word_share"].sum().round(9).eq(1).all()


def test_term_density_matches_the_records(tables):
    density = compare.term_density_by_outlet(tables)
    toi = density[density["outlet"] == "The Times of Israel"]
    words = tables.articles.loc[tables.articles["outlet"] == "The Times of Israel", "n_words"].sum()
    assert toi["per_1000_words"].sum() == pytest.approx(1000 * toi["n"].sum() / words)


def test_tone_over_time_has_one_row_per_dated_article_outlet_day(tables):
    over_time = compare.tone_over_time(tables)
    assert over_time["n_articles"].sum() == 5
    assert list(over_time["day"]) == sorted(over_time["day"])
