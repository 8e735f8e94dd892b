"""Corpus tables, filters and per-outlet comparisons (the pure layer under the pages)."""

import re
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import compare
from framing.cli import main
from framing.database import TABLES, CorpusDB
from framing.filters import ACTOR_MODES, VOICE_CHOICES, Filtered, Filters
from framing.ingest import make_article
from framing.score import ScoreConfig, score_corpus
from framing.store import open_store
from framing.tables import (
    BLAME_COLUMNS,
    LABEL_COLUMNS,
    QUOTE_COLUMNS,
    SENTENCE_COLUMNS,
    TERM_COLUMNS,
    build_tables,
)
from framing.textview import make_view

from .conftest import SEEDS


@pytest.fixture(scope="module")
def tables(seeds):
    config = ScoreConfig()
    records = score_corpus(seeds.articles, config)
    return build_tables(records, {a.id: a.text for a in seeds.articles}, config.registry)


@pytest.fixture(scope="module")
def db(tables, seed_articles):
    return CorpusDB.from_tables(tables, {i: a.text for i, a in seed_articles.items()})


def apply_filters(db, filters):
    """Every filtered table as a DataFrame, by name (what a page could read)."""
    data = Filtered(db, filters)
    return SimpleNamespace(**{name: data.frame(name) for name in TABLES})


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


def test_hezbollah_filter_keeps_israel_blaming_hezbollah_in_uawire_and_004(db):
    filtered = apply_filters(db, Filters(actors=("Hezbollah",)))
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
def test_filters(db, filters, check):
    assert check(apply_filters(db, filters))


def test_no_filter_keeps_everything(db, tables):
    filtered = apply_filters(db, Filters())
    assert len(filtered.blame) == len(tables.blame) and len(filtered.terms) == len(tables.terms)
    assert list(filtered.articles["id"]) == sorted(tables.articles["id"])


def test_blame_matrix_counts_add_up_and_keep_evidence(db, tables):
    data = Filtered(db, Filters())
    matrix = compare.blame_matrix(data)
    assert matrix["n"].sum() == len(tables.blame) == 38
    assert (matrix["n"] == matrix["n_editorial"] + matrix["n_reported"] + matrix["n_direct"]).all()
    assert matrix.groupby("outlet")["share"].sum().round(9).eq(1).all()
    for row in matrix.itertuples():
        behind = compare.evidence(data, "blame", outlet=row.outlet, source=row.source, target=row.target, kind=row.kind)
        assert len(behind) == row.n
    behind = compare.evidence(data, "blame", outlet="UAWire", target="Hezbollah")
    assert behind["id"].tolist() == ["003_d180d635636b81bf"] and behind["sentence"].str.contains("Hezbollah").all()
    assert len(compare.evidence(data, "blame", limit=5)) == 5


def test_target_and_voice_shares_sum_to_one(db):
    data = Filtered(db, Filters())
    assert compare.target_share(data).groupby("outlet")["share"].sum().round(9).eq(1).all()
    shares = compare.voice_share(data)
    assert shares.groupby("outlet")["word_share"].sum().round(9).eq(1).all()


def test_term_density_matches_the_records(db, tables):
    density = compare.term_density_by_outlet(Filtered(db, Filters()))
    toi = density[density["outlet"] == "The Times of Israel"]
    words = tables.articles.loc[tables.articles["outlet"] == "The Times of Israel", "n_words"].sum()
    assert toi["per_1000_words"].sum() == pytest.approx(1000 * toi["n"].sum() / words)


def test_tone_over_time_has_one_row_per_dated_article_outlet_day(db):
    over_time = compare.tone_over_time(Filtered(db, Filters()))
    assert over_time["n_articles"].sum() == 5
    assert list(over_time["day"]) == sorted(over_time["day"])


AGGREGATES = (
    compare.blame_matrix, compare.target_share, compare.voice_share, compare.term_density_by_outlet,
    compare.actor_tone_by_outlet, compare.tone_over_time, compare.naming, compare.passives_by_outlet,
    compare.outlet_sources, compare.term_counts,
)  # fmt: skip
FILTER_SETS = (
    Filters(outlets=("Sputnik", "UAWire")),
    Filters(actors=("Israel",), actor_mode="target"),
    Filters(voice="outlet", categories=("labeling", "hedging"), include_captions=False),
)


@pytest.mark.parametrize("fmt", ["duckdb", "parquet"])
def test_a_scored_store_gives_the_same_tables_and_aggregates_as_the_corpus_in_memory(db, tmp_path, fmt):
    output = tmp_path / ("c.duckdb" if fmt == "duckdb" else "c")
    main(["score", str(SEEDS), "-o", str(output), "--format", fmt, "--jobs", "1", "--batch-size", "2"])
    stored = open_store(output)[2]
    for filters in FILTER_SETS:
        here, there = Filtered(db, filters), Filtered(stored, filters)
        for name in TABLES:
            pd.testing.assert_frame_equal(here.frame(name, order="ALL"), there.frame(name, order="ALL"), obj=name)
        for aggregate in AGGREGATES:
            pd.testing.assert_frame_equal(aggregate(here), aggregate(there), obj=aggregate.__name__)
        assert compare.distinctive_by_outlet(here)[0].equals(compare.distinctive_by_outlet(there)[0])
    stored.close()


def test_outlet_and_actor_names_are_data_never_sql(tables, seed_articles):
    """A name with quotes, braces or SQL in it filters like any other name."""
    odd = "O'Brien's {blame} Daily'); DROP TABLE blame; --"
    renamed = {name: getattr(tables, name) for name in TABLES}
    for name, frame in renamed.items():
        renamed[name] = frame.assign(outlet=frame["outlet"].replace("Sputnik", odd))
    db = CorpusDB.from_tables(tables.replace(**renamed), {i: a.text for i, a in seed_articles.items()})
    data = Filtered(db, Filters(outlets=(odd,), actors=("Israel", odd)))
    assert set(data.frame("articles")["outlet"]) == {odd}
    matrix = compare.blame_matrix(data)
    assert set(matrix["outlet"]) == {odd}
    row = matrix.iloc[0]
    assert len(compare.evidence(data, "blame", outlet=odd, source=row["source"], target=row["target"])) >= 1
    assert len(Filtered(db, Filters()).frame("blame")) == len(tables.blame)  # nothing dropped


def test_sentence_texts_are_cut_from_the_article_text_by_code_point(db, seed_articles):
    """DuckDB's substring counts code points like Python, so distinctive terms read the same
    sentences as the records (the seeds hold non-breaking spaces and curly quotes)."""
    data = Filtered(db, Filters(outlets=("The Times of Israel",)))
    rows = db.rows(data.sql(
        'SELECT s.id, s."start", s."end", substring(a.text, s."start" + 1, s."end" - s."start") '
        "FROM {sentences} s JOIN articles a USING (id)"
    ))  # fmt: skip
    assert rows and all(seed_articles[i].text[start:end] == text for i, start, end, text in rows)


OUTLETS = ("(unknown outlet)", "Sputnik", "The Times of Israel", "UAWire")
ACTORS = ("Hezbollah", "Iran", "Israel", "Russia", "Syria", "United States")
CATEGORIES = ("emotive", "evaluative", "hedging", "labeling", "loaded-alternative")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    outlets=st.lists(st.sampled_from(OUTLETS), unique=True, max_size=3).map(tuple),
    actors=st.lists(st.sampled_from(ACTORS), unique=True, max_size=2).map(tuple),
    actor_mode=st.sampled_from(ACTOR_MODES),
    voice=st.sampled_from(list(VOICE_CHOICES)),
    categories=st.lists(st.sampled_from(CATEGORIES), unique=True, max_size=2).map(tuple),
    include_headlines=st.booleans(),
    include_captions=st.booleans(),
)
def test_any_filter_keeps_a_consistent_subset_and_its_aggregates_add_up(db, **chosen):
    filters = Filters(**chosen)
    data, everything = Filtered(db, filters), Filtered(db, Filters())
    frames = {name: data.frame(name) for name in TABLES}
    for name, frame in frames.items():
        assert len(frame) <= everything.count(name), name
        if filters.outlets:
            assert set(frame["outlet"]) <= set(filters.outlets), name
    assert set(frames["articles"]["id"]) == set(frames["sentences"]["id"])
    for name in ("sentences", "terms", "labels", "blame"):
        assert set(frames[name]["voice"]) <= set(VOICE_CHOICES[filters.voice]), name
        assert set(frames[name]["role"]) <= set(filters.roles()), name
    if filters.categories:
        assert set(frames["terms"]["category"]) <= set(filters.categories)
    assert compare.blame_matrix(data)["n"].sum() == len(frames["blame"])
    assert compare.term_density_by_outlet(data)["n"].sum() == len(frames["terms"])
    assert compare.voice_share(data)["n_quotes"].sum() == len(frames["quotes"])
    assert compare.naming(data)["n"].sum() == len(frames["labels"])
    assert compare.passives_by_outlet(data)["n_passives"].sum() == len(frames["passives"])


@pytest.mark.parametrize("filters", FILTER_SETS, ids=repr)
def test_distinctive_terms_from_the_term_index_equal_a_pass_over_the_texts(db, filters):
    data = Filtered(db, filters)
    streamed, streamed_note = compare.distinctive_by_outlet(data, indexed=False)
    indexed, indexed_note = compare.distinctive_by_outlet(data, indexed=True)
    assert len(streamed) > 0 or filters.outlets  # the test compares real frames
    pd.testing.assert_frame_equal(indexed, streamed)
    assert indexed_note == streamed_note


def test_the_term_index_counts_hand_checkable_sentences():
    from framing.distinctive import TermIndex

    index = TermIndex(
        [
            (0, "A", "The terror group struck."),
            (1, "A", "A terror group again, the terror group."),
            (2, "B", "The militants struck."),
            (5, "B", "Quiet day."),
        ],
        min_count=2,
    )
    assert index.n_sentences == 4
    assert index.n_terms == 4  # terror, group, terror group, struck: the rest occur once in the corpus
    frame, note = index.distinctive([0, 1, 2, 5])
    counts = {(row.outlet, row.term): (row.n_outlet, row.n_rest) for row in frame.itertuples()}
    # "terror group" thrice in A; "struck" once in each outlet; words: A has 10, B has 5
    assert counts == {
        ("A", "terror"): (3, 0), ("A", "group"): (3, 0), ("A", "terror group"): (3, 0), ("A", "struck"): (1, 1),
        ("B", "terror"): (0, 3), ("B", "group"): (0, 3), ("B", "terror group"): (0, 3), ("B", "struck"): (1, 1),
    }  # fmt: skip
    assert "fewer than" in note
    only_b, only_b_note = index.distinctive([2, 5])
    assert only_b.empty and only_b_note == "Distinctive terms need at least two outlets."
    assert index.distinctive([99])[0].empty  # a number that is no sentence selects nothing


def test_the_term_index_of_an_empty_or_wordless_corpus_counts_nothing():
    from framing.distinctive import TermIndex

    empty = TermIndex([])
    assert (empty.n_sentences, empty.n_terms) == (0, 0)
    for sids in ([], [3]):
        frame, note = empty.distinctive(sids)
        assert frame.empty and note == "Distinctive terms need at least two outlets."
    wordless = TermIndex([(7, "A", "123 ..."), (8, "B", "")])
    frame, note = wordless.distinctive([7, 8])
    assert frame.empty and note.startswith("Too small for the test to mean much: A, B have fewer than")


_INDEX_WORDS = [
    "terror",
    "group",
    "regime",
    "the",
    "of",
    "and",
    "Israel's",
    "spy-plane",
    "plane",
    "said",
    "7",
    "\u201cso\u201d",
]


@settings(max_examples=100, deadline=None)
@given(
    sentences=st.lists(
        st.tuples(st.sampled_from("ABC"), st.lists(st.sampled_from(_INDEX_WORDS), min_size=1, max_size=8)),
        min_size=1,
        max_size=25,
    ),
    chunk=st.integers(1, 30),
    min_count=st.integers(1, 3),
    data=st.data(),
)
def test_the_term_index_counts_what_a_pass_over_the_texts_counts(sentences, chunk, min_count, data):
    """Any selection, any chunking: bigrams never cross sentences or stopwords, rare terms are
    left out only when no selection could keep them."""
    from framing.distinctive import TermIndex, distinctive_terms

    rows = [(10 * n, outlet, " ".join(words) + ".") for n, (outlet, words) in enumerate(sentences)]
    index = type("SmallChunks", (TermIndex,), {"CHUNK": chunk})(rows, min_count=min_count)
    chosen = data.draw(st.lists(st.sampled_from(rows), unique=True), label="selection")
    by_outlet: dict[str, list[str]] = {}
    for _, outlet, text in sorted(chosen, key=lambda row: row[1]):
        by_outlet.setdefault(outlet, []).append(text)
    expected, expected_note = distinctive_terms(by_outlet, min_count)
    frame, note = index.distinctive([sid for sid, _, _ in chosen])
    pd.testing.assert_frame_equal(frame.reset_index(drop=True), expected.reset_index(drop=True), check_dtype=False)
    assert note == expected_note


def test_term_rows_open_their_sentences_with_the_term_marked(db, seed_articles):
    data = Filtered(db, Filters())
    chosen = [
        {"outlet": "The Times of Israel", "category": "loaded-alternative", "whose": "outlet", "term": "spy plane"}
    ]
    rows, total = compare.evidence_rows(data, "terms", chosen)
    counts = compare.term_counts(data)
    expected = counts.merge(pd.DataFrame(chosen))["n"].sum()
    assert total == len(rows) == expected == 6
    assert {row.sentence[row.mark_start : row.mark_end] for row in rows.itertuples()} == {"spy plane"}
    first = rows.iloc[0]
    article = seed_articles[first["id"]].text
    assert article[first["start"] - first["mark_start"] :].startswith(first["sentence"])
    assert "Since the downing of the IL-20 spy plane, Israel’s relationship with Moscow" in " ".join(rows["sentence"])
    quoted = compare.evidence_rows(data, "terms", [{"whose": "source (direct quote)"}])[0]
    assert (quoted["voice"] == "direct").all() and len(quoted)


def test_every_term_and_label_count_opens_exactly_its_rows(db):
    data = Filtered(db, Filters(outlets=("UAWire", "Sputnik")))
    for row in compare.term_counts(data).to_dict("records"):
        keys = {k: row[k] for k in ("outlet", "category", "whose", "term")}
        assert compare.evidence_rows(data, "terms", [keys])[1] == row["n"]
    for row in compare.naming(data).to_dict("records"):
        keys = {k: row[k] for k in ("subject", "kind", "outlet", "label")}
        rows, total = compare.evidence_rows(data, "labels", [keys])
        assert total == row["n"] and (rows["outlet"] == row["outlet"]).all()


def test_actor_tone_dots_are_the_mean_of_their_article_means_over_the_listed_sentences(db, tables, seed_articles):
    data = Filtered(db, Filters())
    tone = compare.actor_tone_by_outlet(data)
    for row in tone.itertuples():
        rows, total = compare.evidence_rows(data, "actor_tone", [{"outlet": row.outlet, "actor": row.actor}])
        assert total == row.n_sentences and rows["actor"].eq(row.actor).all()
        assert rows.groupby("id")["tone"].mean().mean() == pytest.approx(row.score)
        for r in rows.itertuples():  # the marked span is the scored mention
            assert r.sentence[r.mark_start : r.mark_end] == seed_articles[r.id].text[r.start : r.end]
    # unfiltered, the same as the articles' own actor tone (the records)
    by_records = tables.actors.dropna(subset=["score"]).groupby(["outlet", "actor"])["score"].mean()
    assert tone.set_index(["outlet", "actor"])["score"].to_dict() == pytest.approx(by_records.to_dict())


def test_actor_filter_keeps_only_the_chosen_actors_tone_and_voice_filter_its_sentences(db):
    chosen = Filtered(db, Filters(actors=("Hezbollah",)))
    assert set(compare.actor_tone_by_outlet(chosen)["actor"]) == {"Hezbollah"}
    direct = Filtered(db, Filters(voice="direct"))
    rows, total = compare.evidence_rows(direct, "actor_tone")
    assert total and (rows["voice"] == "direct").all()
    tone = compare.actor_tone_by_outlet(direct)
    assert tone["reported"].isna().all() and tone["editorial"].isna().all()


def test_evidence_needs_a_table_with_sentences(db):
    with pytest.raises(ValueError, match="no sentence evidence for table 'actors'"):
        compare.evidence_rows(Filtered(db, Filters()), "actors")


def test_whose_voice_rows_open_their_quotes(db, seed_articles):
    data = Filtered(db, Filters())
    for row in compare.voice_share(data).to_dict("records"):
        rows, total = compare.evidence_rows(data, "quotes", [{"outlet": row["outlet"], "actor": row["actor"]}])
        assert total == row["n_quotes"] and rows["n_words"].sum() == row["quoted_words"]
        for quote in rows.itertuples():
            assert quote.sentence == seed_articles[quote.id].text[quote.content_start : quote.content_end]
    peskov = compare.evidence_rows(data, "quotes", [{"outlet": "The Times of Israel", "actor": "Russia"}])[0]
    assert peskov["sentence"].str.contains("premeditated actions by Israeli pilots").any()


def test_distinctive_term_counts_open_the_sentences_they_count(db):
    data = Filtered(db, Filters())
    distinctive, _ = compare.distinctive_by_outlet(data)
    for row in distinctive.groupby("outlet").head(5).to_dict("records"):
        rows, total = compare.term_sentences(data, row["outlet"], row["term"])
        assert total == row["n_outlet"] and (rows["outlet"] == row["outlet"]).all()
        for r in rows.itertuples():
            marked = make_view(r.sentence[r.mark_start : r.mark_end]).text.lower()
            assert re.findall(r"[a-z][a-z'-]*[a-z]", marked) == row["term"].split()
    rows, total = compare.term_sentences(data, "Sputnik", "reconnaissance plane")
    assert total >= 1 and rows["sentence"].str.contains("reconnaissance plane", case=False).all()


def _tables_of(texts):
    """The dashboard's tables of small articles, one outlet each ("Outlet a" for id "a")."""
    articles = [make_article(text, id=i, source=i, outlet=f"Outlet {i}") for i, text in texts.items()]
    config = ScoreConfig()
    return build_tables(score_corpus(articles, config), texts, config.registry)


def test_a_term_with_a_soft_hyphen_inside_opens_its_sentences():
    # The tokenizer reads the normalised view, where the soft hyphen is gone; the evidence
    # lookup must find the same sentences in the stored text, which keeps it.
    texts = {
        "a": "The recon\u00adnaissance plane was lost. A recon\u00adnaissance plane flew again. Talks went on.",
        "b": "The ministry met on Monday. The weather was calm. Talks went on.",
    }
    db = CorpusDB.from_tables(_tables_of(texts), texts)
    rows, total = compare.term_sentences(Filtered(db, Filters()), "Outlet a", "reconnaissance plane")
    assert total == 2 and list(rows["n"]) == [1, 1]
    assert [r.sentence[r.mark_start : r.mark_end] for r in rows.itertuples()] == ["recon\u00adnaissance plane"] * 2


def test_the_mentions_table_reads_an_article_as_the_scorer_did():
    # "RSF" spelled out as Reporters Without Borders is no mention of the Rapid Support Forces there
    texts = {
        "a": "Reporters Without Borders (RSF) condemned the arrests. RSF said Ethiopia jails journalists.",
        "b": "The Rapid Support Forces (RSF) shelled the city. RSF fighters looted it.",
    }
    mentions = _tables_of(texts).mentions
    assert sorted(mentions[mentions["actor"] == "Rapid Support Forces"]["id"]) == ["b", "b", "b"]


def test_an_outlet_cards_numbers_open_the_rows_they_count(db):
    data = Filtered(db, Filters())
    sources, shares = compare.outlet_sources(data), compare.target_share(data)
    top = compare.top_outlet_terms(data, 4)
    for outlet in sorted(set(shares["outlet"])):
        blame, n_blame = compare.evidence_rows(data, "blame", [{"outlet": outlet, "kind": "blame"}])
        assert (
            n_blame == sources[sources["outlet"] == outlet]["n"].sum() == shares[shares["outlet"] == outlet]["n"].sum()
        )
        mine = top[top["outlet"] == outlet]
        terms, n_terms = compare.top_term_rows(data, outlet, list(mine["term"]))
        assert n_terms == mine["n"].sum() == len(terms) and (terms["voice"] != "direct").all()
        marked = {r.sentence[r.mark_start : r.mark_end].lower() for r in terms.itertuples()}
        assert {make_view(m).text for m in marked} == set(mine["term"])
    toi = top[top["outlet"] == "The Times of Israel"]
    assert "spy plane" in set(toi["term"])
    assert compare.top_term_rows(data, "The Times of Israel", [])[1] == 0
