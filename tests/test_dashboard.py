"""Every page and filter, driven by Streamlit's AppTest."""

import io
import json
import zipfile
from types import SimpleNamespace

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from .conftest import ROOT

TIMEOUT = 180
PAGES = ("overview", "blame", "language", "articles", "data", "method")


def open_page(page="overview", **query):
    """The app opened on ``page`` with a query string, as a shared link would open it."""
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    if page != "overview":
        app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_on_the_seeds(page):
    app = open_page(page)
    assert app.title[0].value


def test_overview_cards_and_outlet_filter():
    app = open_page()
    assert app.caption[0].value.startswith("5 of 5 article(s) from 4 outlet(s).")
    app.sidebar.multiselect(key="outlet").select("Sputnik").run()
    assert app.caption[0].value.startswith("1 of 5 article(s) from 1 outlet(s).")
    assert app.dataframe[-1].value["outlet"].tolist() == ["Sputnik"]


def test_actor_hezbollah_blame_page_shows_israel_blaming_hezbollah_with_evidence():
    app = open_page("blame", actor="Hezbollah")
    assert app.sidebar.multiselect(key="actor").value == ["Hezbollah"]
    evidence = app.dataframe[0].value
    rows = evidence[["outlet", "source", "target"]].drop_duplicates().values.tolist()
    assert sorted(map(tuple, rows)) == [("(unknown outlet)", "Israel", "Hezbollah"), ("UAWire", "Israel", "Hezbollah")]
    assert evidence["sentence"].str.contains("Hezbollah").all()
    assert evidence["explanation"].str.contains("→").all()


def test_language_page_shows_terror_group_for_the_times_of_israel_with_hezbollah():
    app = open_page("language", actor="Hezbollah")
    terms = app.dataframe[0].value
    toi = terms[(terms["outlet"] == "The Times of Israel") & (terms["term"] == "terror group")]
    assert len(toi) == 1 and toi["whose"].item() == "outlet"


def test_naming_table_shows_spy_plane_vs_reconnaissance_plane():
    app = open_page("language")
    app.selectbox(key="naming_subject").select("Il-20").run()
    naming = next(df.value for df in app.dataframe if "label" in df.value.columns)
    by_outlet = naming.groupby("outlet")["label"].apply(set)
    assert "spy plane" in by_outlet["The Times of Israel"]
    assert "electronic reconnaissance plane" in by_outlet["Sputnik"]


@pytest.mark.parametrize(
    ("query", "check"),
    [
        ({"voice": "direct quotes"}, lambda terms: set(terms["whose"]) == {"source (direct quote)"}),
        ({"voice": "outlet's wording"}, lambda terms: set(terms["whose"]) == {"outlet"}),
        ({"category": "labeling"}, lambda terms: set(terms["category"]) == {"labeling"}),
        ({"outlet": ["Sputnik", "UAWire"]}, lambda terms: set(terms["outlet"]) <= {"Sputnik", "UAWire"}),
        ({"captions": "false"}, lambda terms: len(terms) > 0),
    ],
)
def test_query_string_presets_filter_every_page(query, check):
    app = open_page("language", **query)
    assert check(app.dataframe[0].value)


def overview_outlets(app):
    return sorted(app.dataframe[-1].value["outlet"])


def test_dates_slider_keeps_the_articles_in_range():
    app = open_page()
    app.sidebar.select_slider(key="dates").set_range("2018-09-20", "2018-09-21").run()
    assert not app.exception
    assert app.caption[0].value.startswith("2 of 5 article(s) from 2 outlet(s).")
    assert overview_outlets(app) == ["(unknown outlet)", "UAWire"]


def test_a_shared_link_with_a_date_range_opens_filtered():
    app = open_page(dates=["2018-09-26", "2019-02-27"])
    assert app.sidebar.select_slider(key="dates").value == ("2018-09-26", "2019-02-27")
    assert overview_outlets(app) == ["Sputnik", "The Times of Israel"]


def test_actor_mode_and_headline_toggle_filter_the_pages():
    app = open_page("blame", actor="Israel")
    as_anything = app.dataframe[0].value
    app.sidebar.selectbox(key="actor_mode").select("source").run()
    as_source = app.dataframe[0].value
    assert set(as_source["source"]) == {"Israel"} and len(as_source) < len(as_anything)
    app = open_page("language")
    with_headlines = app.dataframe[0].value["n"].sum()
    app.sidebar.toggle(key="headlines").set_value(False).run()
    assert not app.exception and app.dataframe[0].value["n"].sum() < with_headlines


def test_simulated_chart_selection_opens_the_cell_evidence():
    app = open_page("blame")
    all_rows = len(app.dataframe[0].value)
    app.session_state["blame_chart"] = {
        "selection": {
            "points": [{"customdata": ["UAWire", "Israel", "Hezbollah", "blame", 1]}],
            "point_indices": [0],
            "box": [],
            "lasso": [],
        }
    }
    app.run()
    evidence = app.dataframe[0].value
    assert len(evidence) < all_rows
    assert evidence[["outlet", "source", "target"]].drop_duplicates().values.tolist() == [
        ["UAWire", "Israel", "Hezbollah"]
    ]


def test_articles_page_reader_escapes_and_highlights():
    app = open_page("articles", article="004_fd7891ea34951dc8")
    body = "".join(h.proto.body for h in app.get("html"))  # the header, then the reader
    assert 'class="framing-blame"' in body and 'class="framing-term"' in body and 'class="framing-direct"' in body
    assert "(no title)</h3>" in body


def test_data_page_upload_scores_good_files_and_reports_bad_ones():
    app = open_page("data")
    good = b"Storm hits coast\n\nThe storm hit the coast. Officials blamed Russia for the chaos.\n"
    files = [
        ("good.txt", good, "text/plain"),
        ("empty.txt", b"", "text/plain"),
        ("notes.txt", b"\x00\x01", "text/plain"),
    ]
    app.file_uploader(key="upload").set_value(files).run()  # the widget itself, as a person uses it
    app.button(key="score_uploads").click().run()
    assert not app.exception, [e.value for e in app.exception]
    problems = next(df.value for df in app.dataframe if "problem" in df.value.columns)
    assert sorted(problems["input"]) == ["empty.txt", "notes.txt"]
    app.switch_page("app_pages/overview.py").run()
    assert app.caption[0].value.startswith("1 of 1 article(s)")


def test_data_page_opens_a_scored_store_uploaded_by_the_session(tmp_path):
    from framing.cli import main

    store = tmp_path / "mine.duckdb"
    assert main(["score", str(ROOT / "seeds"), "-o", str(store), "--jobs", "1"]) == 0
    app = open_page("data")
    app.file_uploader(key="store_upload").set_value(("mine.duckdb", store.read_bytes(), "application/octet-stream"))
    app.run()
    app.button(key="open_store").click().run()
    assert not app.exception, [e.value for e in app.exception]
    assert any("mine.duckdb (your scored store), 5 article(s)" in c.value.replace("\\", "") for c in app.caption)
    app.switch_page("app_pages/blame.py").run()
    assert len(app.dataframe[0].value) == 38  # every blame statement of the seeds, read from the store
    app.switch_page("app_pages/articles.py").run()
    assert not app.exception and "framing-blame" in app.get("html")[-1].proto.body


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("notes.duckdb", lambda path: path.write_text("not a database"), "not a readable DuckDB database"),
        (
            "views.duckdb",
            lambda path: (
                duckdb.connect(str(path))
                .execute("CREATE VIEW articles AS SELECT * FROM read_text('/etc/hostname')")
                .close()
            ),
            "holds views (articles)",
        ),
        ("empty.duckdb", lambda path: duckdb.connect(str(path)).execute("CREATE TABLE t (x INT)").close(), "missing"),
    ],
)
def test_a_store_that_is_not_one_is_refused_with_the_reason(tmp_path, name, make, message):
    path = tmp_path / name
    make(path)
    app = open_page("data")
    app.file_uploader(key="store_upload").set_value((name, path.read_bytes(), "application/octet-stream"))
    app.run()
    app.button(key="open_store").click().run()
    assert not app.exception
    shown = [e.value.replace("\\", "") for e in app.error]  # markdown escapes removed
    assert any(text.startswith(f"{name}: ") and message in text for text in shown), shown
    assert any("seeds" in c.value and "5 article(s)" in c.value for c in app.caption)  # the seeds stay open


def test_data_page_downloads_every_table_in_three_formats():
    app = open_page("data")
    from framing.export import FORMATS, export_tables, to_bytes, to_zip
    from framing.filters import Filtered, Filters
    from framing.views.state import SEEDS, _files, build_config, score_files  # noqa: PLC2701

    corpus = score_files("seeds", _files((str(SEEDS),)), build_config(None, None))
    frames = export_tables(Filtered(corpus.db, Filters()))
    for fmt in FORMATS:
        with zipfile.ZipFile(io.BytesIO(to_zip(frames, fmt))) as archive:
            assert sorted(archive.namelist()) == sorted(f"{name}.{fmt}" for name in frames)
    blame = pd.read_parquet(io.BytesIO(to_bytes(frames["blame"], "parquet")))
    assert len(blame) == len(frames["blame"])
    assert [button.label for button in app.get("download_button")][:2] == [
        "Download articles.csv",
        "Download everything (.zip of csv)",
    ]


def test_method_page_reads_the_results_files():
    app = open_page("method")
    accuracy = app.dataframe[0].value
    assert set(accuracy["extractor"]) >= {"blame", "quotes", "loaded terms", "tone toward targets"}


def test_an_upload_in_one_session_is_invisible_in_another():
    from framing.views.state import UPLOAD_KEY, build_config, score_files

    first, second = open_page(), open_page()
    secret = b"Secret leak\n\nThe secret source said Moscow blamed Israel for everything.\n"
    first.session_state[UPLOAD_KEY] = score_files("secret upload", [("secret.txt", secret)], build_config(None, None))
    first.run()
    second.run()
    assert first.caption[0].value.startswith("1 of 1 article(s)")
    assert second.caption[0].value.startswith("5 of 5 article(s)")
    second.switch_page("app_pages/articles.py").run()
    assert "secret" not in " ".join(second.selectbox(key="article").options).lower()


def test_shared_corpus_aggregates_are_computed_once_and_uploads_keep_their_own(monkeypatch):
    import streamlit as st

    from framing import compare
    from framing.views.state import UPLOAD_KEY, build_config, score_files

    st.cache_resource.clear()
    calls = []
    real = compare.distinctive_by_outlet

    def counted(data):
        calls.append(sorted(data.frame("articles")["id"]))
        return real(data)

    monkeypatch.setattr(compare, "distinctive_by_outlet", counted)
    open_page("language"), open_page("language")
    assert len(calls) == 1  # two readers of the bundled seeds with the same filters: one computation

    open_page("language", outlet="Sputnik")
    assert len(calls) == 2  # other filters: computed again

    upload = open_page()
    text = b"Upload\n\nMoscow blamed Israel, a spokesman said. The regime denied it.\n"
    upload.session_state[UPLOAD_KEY] = score_files("mine", [("mine.txt", text)], build_config(None, None))
    upload.switch_page("app_pages/language.py").run()
    assert not upload.exception
    assert calls[-1] == ["mine"]  # a session's upload is computed for it alone, never from the shared cache
    upload.run()
    assert len(calls) == 3  # and memoised in that session


@pytest.fixture
def fresh_aggregates():
    """The shared page aggregates computed afresh in this test, and not kept after it."""
    from framing.views.state import _aggregate_shared

    _aggregate_shared.clear()
    yield
    _aggregate_shared.clear()


def test_blame_evidence_beyond_the_row_cap_is_a_download_away(monkeypatch, fresh_aggregates):
    from framing.views import blame

    monkeypatch.setattr(blame, "EVIDENCE_ROWS", 2)
    app = open_page("blame")
    shown = app.dataframe[0].value  # the evidence table comes first on the page (AppTest drops dataframe keys)
    assert len(shown) == 2 and list(shown.columns)[:3] == ["outlet", "source", "target"]
    assert any("Showing the first 2 of" in c.value for c in app.caption)
    assert any(b.key == "download_evidence" for b in app.get("download_button"))


def test_an_uploaded_store_file_is_deleted_with_its_corpus(tmp_path):
    import gc

    from framing.cli import main
    from framing.views.state import open_uploaded_store

    store = tmp_path / "mine.duckdb"
    assert main(["score", str(ROOT / "seeds"), "-o", str(store), "--jobs", "1"]) == 0
    corpus = open_uploaded_store("mine.duckdb", store.read_bytes())
    private = corpus.articles.source
    assert private != store and private.exists() and len(corpus.articles) == 5
    del corpus
    gc.collect()
    assert not private.exists()


def test_distinctive_terms_of_a_large_selection_are_counted_on_request(monkeypatch):
    from framing import database
    from framing.views import language

    monkeypatch.setattr(database, "DISTINCTIVE_INDEX_SENTENCES", 100)  # too large to index
    monkeypatch.setattr(language, "DISTINCTIVE_AUTO_SENTENCES", 100)  # the seeds have 175 sentences
    app = open_page("language")
    assert "175 sentences under the filters" in " ".join(c.value for c in app.caption)
    assert not [e for e in app.get("plotly_chart") if "Distinctive" in str(e.proto.spec)]
    app.button(key="count_distinctive").click().run()
    assert not app.exception
    charts = [e for e in app.get("plotly_chart") if "Distinctive" in str(e.proto.spec)]
    assert len(charts) == 1
    app.run()  # asked once for these filters: stays counted
    assert len([e for e in app.get("plotly_chart") if "Distinctive" in str(e.proto.spec)]) == 1
    small = open_page("language", outlet=["Sputnik", "UAWire"])  # fewer than 100 sentences: counted at once
    assert len([e for e in small.get("plotly_chart") if "Distinctive" in str(e.proto.spec)]) == 1


def test_distinctive_terms_of_an_indexed_corpus_are_counted_at_once_from_the_index(monkeypatch):
    import streamlit as st

    from framing import database
    from framing.views import language

    monkeypatch.setattr(language, "DISTINCTIVE_AUTO_SENTENCES", 100)  # ignored: the seeds are indexed
    built = []
    real = database.TermIndex

    def counting(rows):
        built.append(1)
        return real(rows)

    monkeypatch.setattr(database, "TermIndex", counting)
    st.cache_resource.clear()  # a fresh shared corpus, without an index yet
    app = open_page("language")
    assert not app.exception
    assert not app.get("button") or all(b.key != "count_distinctive" for b in app.get("button"))
    assert len([e for e in app.get("plotly_chart") if "Distinctive" in str(e.proto.spec)]) == 1
    other = open_page("language", outlet=["Sputnik", "UAWire"])
    assert len([e for e in other.get("plotly_chart") if "Distinctive" in str(e.proto.spec)]) == 1
    assert len(built) == 1  # the shared corpus builds its index once, whichever session asks first


def _select_points(app, key, *customdata):
    app.session_state[key] = {
        "selection": {
            "points": [{"customdata": list(c)} for c in customdata],
            "point_indices": [],
            "box": [],
            "lasso": [],
        }
    }
    app.run()
    assert not app.exception, [e.value for e in app.exception]


def _select_rows(app, key, *rows):
    app.session_state[key] = {"selection": {"rows": list(rows), "columns": [], "cells": []}}
    app.run()
    assert not app.exception, [e.value for e in app.exception]


def test_overview_tone_dot_opens_the_sentences_behind_it():
    app = open_page()
    assert not [d for d in app.dataframe if "tone" in d.value.columns]
    _select_points(app, "actor_tone_chart", ["UAWire", "Israel", 9, 1])
    evidence = next(d.value for d in app.dataframe if "tone" in d.value.columns)
    assert evidence[["outlet", "actor"]].drop_duplicates().values.tolist() == [["UAWire", "Israel"]]
    assert len(evidence) == 9 and evidence["tone"].between(-1, 1).all()
    assert any("the 9 sentence(s) behind the chosen dot(s)" in h.value for h in app.subheader)
    body = app.get("html")[-1].proto.body
    assert "<mark>Israeli</mark>" in body and "tone -" in body


def test_language_term_and_label_rows_open_their_sentences():
    app = open_page("language", actor="Hezbollah")
    counts = app.dataframe[0].value
    row = counts.index[(counts["term"] == "terror group") & (counts["outlet"] == "The Times of Israel")][0]
    _select_rows(app, "terms_table", int(row))
    evidence = app.dataframe[1].value
    assert evidence["term"].eq("terror group").all() and len(evidence) == counts.loc[row, "n"] == 2
    assert evidence["sentence"].str.contains("terror group").all()
    assert "<mark>terror group</mark>" in app.get("html")[0].proto.body
    naming = next(d for d in app.dataframe if "label" in d.value.columns).value
    _select_rows(app, "naming_table", 0)
    labels = next(d.value for d in app.dataframe if "label" in d.value.columns and "sentence" in d.value.columns)
    assert labels["label"].eq(naming.loc[0, "label"]).all() and len(labels) == naming.loc[0, "n"]


def test_language_agentless_passives_show_their_sentences():
    app = open_page("language")
    passives = next(d.value for d in app.dataframe if "verb" in d.value.columns and "sentence" in d.value.columns)
    pairs = zip(passives["verb"], passives["sentence"], strict=True)
    assert len(passives) and all(verb in sentence for verb, sentence in pairs)


def test_overview_body_tone_dot_lists_the_articles_body_sentences(seed_articles):
    from framing.score import score_article

    app = open_page()
    _select_points(app, "tone_chart", ["003_d180d635636b81bf", "title", 369])
    evidence = next(d.value for d in app.dataframe if "tone" in d.value.columns)
    assert set(evidence["id"]) == {"003_d180d635636b81bf"}
    record = score_article(seed_articles["003_d180d635636b81bf"])
    assert evidence["tone"].mean() == pytest.approx(record.tone.body)
    assert len(evidence) == record.tone.n_body_sentences


def test_overview_share_bars_open_their_statements_and_quotes():
    app = open_page()
    _select_points(app, "target_share_chart", ["UAWire", "Hezbollah"])
    blame = next(d.value for d in app.dataframe if "source" in d.value.columns)
    assert blame[["outlet", "target"]].drop_duplicates().values.tolist() == [["UAWire", "Hezbollah"]]
    _select_points(app, "target_share_chart")
    _select_points(app, "voice_share_chart", ["The Times of Israel", "Russia"])
    quotes = next(d.value for d in app.dataframe if "speaker" in d.value.columns)
    assert set(quotes["actor"]) == {"Russia"} and quotes["sentence"].str.contains("premeditated actions").any()


def test_language_distinctive_rows_open_their_sentences():
    app = open_page("language")
    distinctive = next(d.value for d in app.dataframe if "n_outlet" in d.value.columns)
    _select_rows(app, "distinctive_table", 0)
    rows = next(d.value for d in app.dataframe if {"n", "term", "sentence"} <= set(d.value.columns))
    assert rows["n"].sum() == distinctive.loc[0, "n_outlet"] and rows["outlet"].eq(distinctive.loc[0, "outlet"]).all()


@pytest.fixture(scope="module")
def db_frames(seeds, seed_articles):
    """The seeds' unfiltered density and passive tables, computed by the library."""
    from framing import compare
    from framing.database import CorpusDB
    from framing.filters import Filtered, Filters
    from framing.score import ScoreConfig, score_corpus
    from framing.tables import build_tables

    config = ScoreConfig()
    texts = {i: a.text for i, a in seed_articles.items()}
    data = Filtered(
        CorpusDB.from_tables(build_tables(score_corpus(seeds.articles, config), texts, config.registry), texts),
        Filters(),
    )
    return SimpleNamespace(density=compare.term_density_by_outlet(data), passives=compare.passives_by_outlet(data))


def _chart_points(app, title):
    """Each point of the chart titled ``title``: (trace name, customdata) as the page drew it."""
    spec = next(json.loads(c.proto.spec) for c in app.get("plotly_chart") if title in c.proto.spec)
    return [(t.get("name"), list(c)) for t in spec["data"] for c in t.get("customdata", [])]


def test_language_density_bar_opens_the_terms_it_counts(db_frames):
    app = open_page("language")
    points = _chart_points(app, "Loaded terms per 1,000 words")
    name, customdata = next(p for p in points if p[0] == "loaded-alternative (outlet)" and p[1][0] == "UAWire")
    assert customdata == ["UAWire", "loaded-alternative", "outlet"]
    _select_points(app, "term_density_chart", customdata)
    rows = next(d.value for d in app.dataframe if {"whose", "sentence"} <= set(d.value.columns))
    density = db_frames.density
    mine = density[(density["outlet"] == "UAWire") & (density["category"] == "loaded-alternative")]
    assert len(rows) == mine[mine["whose"] == "outlet"]["n"].sum() > 0
    assert set(map(tuple, rows[["outlet", "category", "whose"]].values)) == {tuple(customdata)}


def test_language_passive_bars_and_distinctive_bars_open_their_sentences(db_frames):
    app = open_page("language")
    passives = db_frames.passives.set_index("outlet")
    outlet = passives["n_harm"].idxmax()
    _select_points(app, "passive_chart", [outlet, "harm"])
    rows = next(d.value for d in app.dataframe if {"agent", "sentence"} <= set(d.value.columns))
    assert len(rows) == passives.loc[outlet, "n_harm"] and rows["harm"].all()
    assert rows["agent"].isna().sum() == passives.loc[outlet, "n_harm_agentless"]
    _select_points(app, "passive_chart", [outlet, "all"])
    rows = next(d.value for d in app.dataframe if {"agent", "sentence"} <= set(d.value.columns))
    assert len(rows) == passives.loc[outlet, "n_passives"]
    _select_points(app, "passive_chart")
    _, (bar_outlet, term, n_outlet, _) = _chart_points(app, "Distinctive terms per outlet")[0]
    _select_points(app, "distinctive_chart", [bar_outlet, term, n_outlet, 0])
    rows = next(d.value for d in app.dataframe if {"n", "term", "sentence"} <= set(d.value.columns))
    assert rows["n"].sum() == n_outlet and rows["outlet"].eq(bar_outlet).all() and rows["term"].eq(term).all()


def test_blame_share_segment_opens_its_statements():
    app = open_page("blame")
    points = _chart_points(app, "Share of each outlet's blame, by target")
    assert ("Hezbollah", ["UAWire", "Hezbollah"]) in points
    _select_points(app, "blame_target_share", ["UAWire", "Hezbollah"])
    evidence = app.dataframe[0].value
    assert evidence[["outlet", "target", "kind"]].drop_duplicates().values.tolist() == [
        ["UAWire", "Hezbollah", "blame"]
    ]


def test_article_scores_open_their_sentences(seed_articles):
    from framing.score import score_article

    article_id = "004_fd7891ea34951dc8"
    record = score_article(seed_articles[article_id])
    app = open_page("articles", article=article_id, voice="direct quotes")  # the record ignores the filters
    actors = next(d.value for d in app.dataframe if "mentions" in d.value.columns)
    row = int(actors.index[actors["actor"] == "Israel"][0])
    _select_rows(app, f"article_actors_table_{article_id}", row)
    rows = next(d.value for d in app.dataframe if {"tone", "sentence"} <= set(d.value.columns))
    assert len(rows) == record.actor_tone["Israel"]["n_sentences"] and set(rows["actor"]) == {"Israel"}
    assert rows["tone"].mean() == pytest.approx(record.actor_tone["Israel"]["score"])
    assert {"direct", "editorial"} <= set(rows["voice"])
    terms = next(d.value for d in app.dataframe if "per_1000_words" in d.value.columns)
    _select_rows(app, f"article_terms_table_{article_id}", *range(len(terms)))
    listed = next(d.value for d in app.dataframe if {"term", "speaker", "sentence"} <= set(d.value.columns))
    assert len(listed) == len(record.terms) == terms["n"].sum()
