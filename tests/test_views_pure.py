"""Aggregates, figures and the article renderer: the pure code behind the page."""

import html
import re

import pandas as pd
import plotly.graph_objects as go
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.aggregate import ARTICLE_COLUMNS, OUTLET_COLUMNS, articles_frame, filter_outlets, outlet_summary
from framing.figures import PALETTE, color_map, outlet_tone_figure
from framing.ingest import make_article
from framing.render import Highlight, render_article_header_html, render_article_html
from framing.score import score_corpus


@pytest.fixture(scope="module")
def table(seeds):
    return articles_frame(score_corpus(seeds.articles))


def test_articles_frame_columns_and_unknown_outlet(table):
    assert tuple(table.columns) == ARTICLE_COLUMNS
    assert table.loc[table["id"] == "004_fd7891ea34951dc8", "outlet"].item() == "(unknown outlet)"


def test_outlet_summary_golden_numbers(table):
    summary = outlet_summary(table)
    assert tuple(summary.columns) == OUTLET_COLUMNS
    toi = summary.set_index("outlet").loc["The Times of Israel"]
    assert toi["n_articles"] == 2
    assert toi["article_ids"] == ["000_66bd192b543b1da8", "002_cf69419c207182b1"]
    tones = table.set_index("id")["tone_body"]
    assert toi["mean_tone"] == pytest.approx((tones["000_66bd192b543b1da8"] + tones["002_cf69419c207182b1"]) / 2)
    assert summary["n_articles"].sum() == len(table)
    assert summary["n_words"].sum() == table["n_words"].sum()


def test_filter_outlets(table):
    assert filter_outlets(table, [])["id"].tolist() == table["id"].tolist()
    assert filter_outlets(table, ["Sputnik"])["id"].tolist() == ["001_ebb5f1ac0d057e84"]


def test_empty_summary_keeps_columns():
    assert tuple(outlet_summary(pd.DataFrame(columns=list(ARTICLE_COLUMNS))).columns) == OUTLET_COLUMNS


def test_color_map_is_stable_and_colour_blind_safe():
    assert color_map(["b", "a", "b"]) == {"a": PALETTE[0], "b": PALETTE[1]}


def test_outlet_tone_figure_has_a_trace_per_outlet_with_article_hover(table):
    summary = outlet_summary(table)
    figure = outlet_tone_figure(table, summary)
    assert isinstance(figure, go.Figure)
    dots = [trace for trace in figure.data if trace.showlegend is not False]
    assert [trace.name for trace in dots] == summary["outlet"].tolist()
    sputnik = next(trace for trace in dots if trace.name == "Sputnik")
    assert sputnik.customdata[0][0] == "001_ebb5f1ac0d057e84"
    assert figure.layout.xaxis.range == (-1, 1)


def test_render_escapes_article_text():
    text = 'Hostile <script>alert(1)</script> headline\n\nBody with <img src=x onerror="alert(1)"> tag.\n'
    rendered = render_article_html(make_article(text, id="x", source="test"))
    assert "<script>" not in rendered and "<img" not in rendered
    assert html.escape("<script>alert(1)</script>") in rendered
    assert rendered.count('class="framing-segment"') == 2
    assert 'data-role="headline"' in rendered


def test_header_escapes_title_outlet_and_url():
    article = make_article(
        "Body text here.", id="x", source="t", title="**bold** <b>t</b>", outlet="<i>O</i>", url="javascript:alert(1)"
    )
    header = render_article_header_html(article)
    assert "&lt;b&gt;t&lt;/b&gt;" in header and "&lt;i&gt;O&lt;/i&gt;" in header
    assert "<a " not in header and "**bold**" in header


def test_figure_colours_follow_the_given_map(table):
    summary = outlet_summary(filter_outlets(table, ["UAWire"]))
    colors = color_map(table["outlet"].tolist())
    figure = outlet_tone_figure(filter_outlets(table, ["UAWire"]), summary, colors)
    assert figure.data[0].marker.color == colors["UAWire"] == PALETTE[3]


def test_overlapping_marks_nest_blame_outermost_then_quote_then_term():
    from framing.render import marked_text_html

    text = "Russia blamed the <terror> group."
    marks = [
        Highlight(18, 32, "term", "term", "#123456"),
        Highlight(0, 33, "blame", "blame"),
        Highlight(7, 32, "reported", "reported"),
    ]

    def span(mark, inner):
        return f'<span class="framing-{mark.kind}" style="{mark.style()}" title="{mark.title}">{inner}</span>'

    term, blame, reported = marks
    assert marked_text_html(text, 0, len(text), marks) == "".join(
        [
            span(blame, "Russia "),
            span(blame, span(reported, "blamed the ")),
            span(blame, span(reported, span(term, "&lt;terror&gt; group"))),
            span(blame, "."),
        ]
    )
    # Only the part inside the range is rendered, and only the marks that reach it.
    assert marked_text_html(text, 0, 7, marks) == span(blame, "Russia ")


_MARK = st.builds(
    lambda start, length, kind: Highlight(start, start + length, kind, f"{kind}@{start}", "#000000"),
    st.integers(0, 30),
    st.integers(0, 12),
    st.sampled_from(["blame", "direct", "reported", "term"]),
)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab <&>\"'", min_size=1, max_size=30), marks=st.lists(_MARK, max_size=8), data=st.data())
def test_marks_only_wrap_the_escaped_text_and_each_character_in_its_marks(text, marks, data):
    from framing.render import marked_text_html

    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    rendered = marked_text_html(text, start, end, marks)
    assert re.sub(r"<span [^>]*>|</span>", "", rendered) == html.escape(text[start:end])
    # Each piece sits inside exactly the marks that cover it, outermost first in kind order.
    order = ["blame", "direct", "reported", "term"]
    open_titles: list[str] = []
    offset = start
    for token in re.finditer(r'<span [^>]*title="([^"]*)">|</span>|[^<]+', rendered):
        if token.group(0) == "</span>":
            open_titles.pop()
        elif token.group(1) is not None:
            open_titles.append(token.group(1))
        else:
            covering = [m.title for m in marks if m.start <= offset < m.end]
            assert sorted(open_titles) == sorted(covering)
            kinds = [title.split("@")[0] for title in open_titles]
            assert kinds == sorted(kinds, key=order.index)
            offset += len(html.unescape(token.group(0)))
    assert not open_titles and offset == end


def test_evidence_marks_the_rows_span_and_escapes_sentence_and_meta():
    from framing.render import render_evidence_html

    row = {
        "sentence": 'The <b>"terror group"</b> & its allies',
        "mark_start": 8,
        "mark_end": 20,
        "outlet": "<i>Outlet</i>",
        "voice": "direct",
        "tone_text": "tone -0.42",
        "tone": float("nan"),
    }
    body = render_evidence_html([row], meta=("outlet", "voice", "tone", "tone_text"), note=None)
    assert "<mark>&quot;terror group</mark>" not in body  # offsets, not a search
    assert "The &lt;b&gt;&quot;<mark>terror group</mark>&quot;&lt;/b&gt; &amp; its allies" in body
    assert "&lt;i&gt;Outlet&lt;/i&gt; · direct · tone -0.42</div>" in body  # NaN left out
    # without offsets, the cue is found in the sentence (blame rows)
    blame = {"sentence": "Russia blamed Israel.", "cue": "blamed", "explanation": "X blamed Y", "outlet": "A"}
    assert "Russia <mark>blamed</mark> Israel." in render_evidence_html([blame], meta=("outlet",))
    assert "— X blamed Y" in render_evidence_html([blame], meta=("outlet",))


def test_article_actor_and_term_tables_restate_the_record():
    from framing.aggregate import ARTICLE_ACTOR_COLUMNS, ARTICLE_TERM_COLUMNS, article_actors, article_terms

    text = (
        "Israel blamed Syria for the terrible loss.\n\n"
        "Syria said the so-called raid was a brutal provocation.\n\n"
        'Israel\'s army said: "The regime fired recklessly."'
    )
    record = score_corpus([make_article(text, id="a", source="a", outlet="X")])[0]
    actors = article_actors(record)
    assert tuple(actors.columns) == ARTICLE_ACTOR_COLUMNS
    assert list(actors["actor"]) == sorted(record.actors, key=lambda a: (-record.actors[a]["mentions"], a))
    for row in actors.to_dict("records"):
        tone = record.actor_tone[row["actor"]]
        assert row["mentions"] == record.actors[row["actor"]]["mentions"]
        assert row["tone"] == tone["score"] and row["n_sentences"] == tone["n_sentences"]
        assert all(row[v] == tone["by_voice"].get(v) or pd.isna(row[v]) for v in ("editorial", "reported", "direct"))
    terms = article_terms(record)
    assert tuple(terms.columns) == ARTICLE_TERM_COLUMNS
    assert terms["n"].sum() == len(record.terms) > 0 and list(terms["n"]) == sorted(terms["n"], reverse=True)
    for row in terms.to_dict("records"):
        assert row["per_1000_words"] == record.term_density[row["category"]]["all"]
        assert row["n"] == sum(t.category == row["category"] for t in record.terms)
