"""The page, driven by Streamlit's AppTest."""

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import ROOT

TIMEOUT = 120


@pytest.fixture
def app():
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)


def outlet_table(at):
    return at.dataframe[0].value


def test_page_loads_the_seeds_without_errors(app):
    app.run()
    assert not app.exception
    assert app.title[0].value == "How each outlet tells the story"
    table = outlet_table(app)
    assert table["outlet"].tolist() == ["(unknown outlet)", "Sputnik", "The Times of Israel", "UAWire"]
    assert table["n_articles"].tolist() == [1, 1, 2, 1]
    assert app.caption[0].value.startswith("5 of 5 article(s) from 4 outlet(s).")


def test_filtering_by_outlet_changes_the_table(app):
    app.run()
    app.sidebar.multiselect(key="outlet").select("Sputnik").select("UAWire").run()
    assert not app.exception
    assert outlet_table(app)["outlet"].tolist() == ["Sputnik", "UAWire"]
    assert app.caption[0].value.startswith("2 of 5 article(s) from 2 outlet(s).")
    assert app.selectbox(key="article").options == [
        "Sputnik — Kremlin Denies Russia Rejected Offer on Netanyahu Visit After Il-20 Downing [001_ebb5f1ac0d057e84]",
        "UAWire — Kremlin: Putin did not get upset at Assad because of the downed Il-20 [003_d180d635636b81bf]",
    ]


def test_outlet_filter_is_read_from_the_query_string(app):
    app.query_params["outlet"] = ["The Times of Israel"]
    app.run()
    assert app.sidebar.multiselect(key="outlet").value == ["The Times of Israel"]
    assert outlet_table(app)["n_articles"].tolist() == [2]


def test_opening_an_article_shows_its_labelled_segments(app):
    app.query_params["article"] = "001_ebb5f1ac0d057e84"
    app.run()
    assert not app.exception
    body = app.get("html")[0].proto.body
    assert '<h3 class="framing-title"' in body
    assert "Kremlin Denies Russia Rejected Offer on Netanyahu Visit After Il-20 Downing</h3>" in body
    assert 'data-role="boilerplate"' in body and "section-label" in body
    assert 'data-role="standfirst"' in body


def test_article_without_title_or_outlet(app):
    app.run()
    app.selectbox(key="article").select("004_fd7891ea34951dc8").run()
    body = app.get("html")[0].proto.body
    assert "(no title)</h3>" in body
    assert (
        '<div class="framing-meta" style="color:#666;font-size:0.9em;margin-bottom:0.4em;">(unknown outlet) · 2018-09-20'
        in body
    )
