"""Corpus tables, filters and per-outlet comparisons (the pure layer under the pages)."""

import pandas as pd
import pyarrow as pa
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
    CorpusTables,
    build_tables,
    compact,
    frame_from_arrow,
    plain,
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


def test_repeated_text_is_categorical_with_sorted_categories_and_unique_text_stays_strings():
    frame = pd.DataFrame({"outlet": ["b", "a", "b", "a"], "term": ["w", "x", "y", "z"], "n": [1, 2, 3, 4]})
    compacted = compact(frame)
    assert isinstance(compacted["outlet"].dtype, pd.CategoricalDtype)
    assert list(compacted["outlet"].cat.categories) == ["a", "b"]
    assert compacted["term"].dtype == object and compacted["n"].dtype == "int64"
    assert compacted.sort_values("outlet")["outlet"].tolist() == ["a", "a", "b", "b"]
    assert plain(compacted).equals(frame.astype({"outlet": object, "term": object}))
    empty = pd.DataFrame(columns=["outlet", "term"])
    assert compact(empty) is empty


def test_a_table_read_from_arrow_equals_the_compacted_table(tables):
    arrow = pa.Table.from_pandas(plain(tables.sentences), preserve_index=False)
    read = frame_from_arrow(arrow)
    assert plain(read).equals(plain(tables.sentences))
    assert {c: str(t) for c, t in read.dtypes.items()} == {c: str(t) for c, t in tables.sentences.dtypes.items()}
    assert list(read["outlet"].cat.categories) == sorted(read["outlet"].cat.categories)


@pytest.mark.parametrize(
    "filters",
    [
        Filters(outlets=("Sputnik", "UAWire")),
        Filters(actors=("Israel",), actor_mode="target"),
        Filters(voice="outlet", categories=("labeling", "hedging"), include_captions=False),
    ],
)
def test_filters_and_aggregates_agree_on_categorical_and_plain_tables(tables, filters):
    as_strings = CorpusTables(**{name: plain(getattr(tables, name)) for name in CorpusTables.__dataclass_fields__})
    on_codes, on_strings = apply_filters(tables, filters), apply_filters(as_strings, filters)
    for name in CorpusTables.__dataclass_fields__:
        assert plain(getattr(on_codes, name)).equals(getattr(on_strings, name)), name
    for aggregate in (compare.blame_matrix, compare.voice_share, compare.term_density_by_outlet, compare.naming):
        pd.testing.assert_frame_equal(aggregate(on_codes), aggregate(on_strings), check_dtype=False)
