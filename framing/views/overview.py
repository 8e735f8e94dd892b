"""Overview page: outlets side by side, and each article readable with its segments."""

from __future__ import annotations

import streamlit as st

from framing.aggregate import filter_outlets, outlet_summary
from framing.figures import color_map, outlet_tone_figure
from framing.render import render_article_header_html, render_article_html, render_legend_html
from framing.views.corpus import ScoredCorpus, load_corpus

OUTLET_KEY = "outlet"
ARTICLE_KEY = "article"
ARTICLE_TABLE_KEY = "article_table"


def _open_selected_article(ids: list[str]) -> None:
    selection = st.session_state[ARTICLE_TABLE_KEY].selection.rows
    if selection:
        st.session_state[ARTICLE_KEY] = ids[selection[0]]


def _problems(corpus: ScoredCorpus) -> None:
    if not corpus.problems:
        return
    with st.expander(f"{len(corpus.problems)} input problem(s)"):
        for problem in corpus.problems:
            st.text(str(problem))


def _article_reader(corpus: ScoredCorpus, ids: list[str]) -> None:
    """A selectbox of the filtered articles, kept in the page address as ``?article=ID``."""
    table = corpus.table
    labels = {
        str(article_id): f"{outlet} — {title or '(no title)'} [{article_id}]"
        for article_id, outlet, title in zip(table["id"], table["outlet"], table["title"], strict=True)
    }
    if ARTICLE_KEY not in st.session_state:
        st.session_state[ARTICLE_KEY] = st.query_params.get(ARTICLE_KEY)
    if st.session_state[ARTICLE_KEY] not in ids:
        st.session_state[ARTICLE_KEY] = None
    chosen = st.selectbox(
        "Open an article",
        ids,
        format_func=labels.__getitem__,
        key=ARTICLE_KEY,
        placeholder="Choose an article, or select a row in the table above",
    )
    if chosen is None:
        st.query_params.pop(ARTICLE_KEY, None)
        return
    st.query_params[ARTICLE_KEY] = chosen
    article = corpus.articles[chosen]
    st.html(render_article_header_html(article) + render_legend_html() + render_article_html(article))


def render(paths: tuple[str, ...]) -> None:
    corpus = load_corpus(paths)
    st.title("How each outlet tells the story")
    all_outlets = sorted(corpus.table["outlet"].unique())
    with st.sidebar:
        selected = st.multiselect(
            "Outlets",
            all_outlets,
            key=OUTLET_KEY,
            bind="query-params",
            placeholder="All outlets",
            help="Compare only these outlets. The choice is kept in the page address, "
            "so a filtered view can be shared.",
        )
    articles = filter_outlets(corpus.table, selected)
    st.caption(
        f"{len(articles)} of {len(corpus.table)} article(s) from {articles['outlet'].nunique()} outlet(s). "
        "Tone is VADER's compound score, averaged over each article's body sentences."
    )
    _problems(corpus)
    if articles.empty:
        st.info("No article matches the filters. Clear the outlet filter in the sidebar.")
        return
    summary = outlet_summary(articles)
    st.subheader("Outlets")
    st.dataframe(
        summary,
        hide_index=True,
        column_config={
            "outlet": "Outlet",
            "n_articles": st.column_config.NumberColumn("Articles", help="Articles from this outlet"),
            "n_words": st.column_config.NumberColumn("Words", help="Words outside boilerplate"),
            "mean_tone": st.column_config.NumberColumn(
                "Mean tone", format="%.3f", help="Mean of the articles' body tone (VADER compound, −1 … +1)"
            ),
            "article_ids": st.column_config.ListColumn("Articles behind the numbers"),
        },
        key="outlet_table",
    )
    st.plotly_chart(outlet_tone_figure(articles, summary, color_map(all_outlets)), key="tone_chart")
    st.subheader("Articles")
    ids = articles["id"].tolist()
    st.dataframe(
        articles,
        hide_index=True,
        column_config={
            "id": "Id",
            "outlet": "Outlet",
            "title": "Title",
            "date": "Date",
            "n_words": "Words",
            "n_sentences": "Sentences",
            "tone_body": st.column_config.NumberColumn("Body tone", format="%.3f"),
            "tone_headline": st.column_config.NumberColumn("Headline tone", format="%.3f"),
        },
        on_select=lambda: _open_selected_article(ids),
        selection_mode="single-row",
        key=ARTICLE_TABLE_KEY,
    )
    _article_reader(corpus, ids)
