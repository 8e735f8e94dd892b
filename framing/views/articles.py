"""Articles page: read any article with its terms, quotes and blame highlighted."""

from __future__ import annotations

import streamlit as st

from framing.render import render_article_header_html, render_article_html, render_legend_html
from framing.views.state import current_page

ARTICLE_KEY = "article"


def render() -> None:
    page = current_page()
    st.title("Articles")
    table = page.data.frame("articles", order="id")
    if table.empty:
        st.info("No article matches the filters.")
        return
    ids = table["id"].tolist()
    labels = {
        str(article_id): f"{outlet} — {title or '(no title)'} [{article_id}]"
        for article_id, outlet, title in zip(table["id"], table["outlet"], table["title"], strict=True)
    }
    if ARTICLE_KEY not in st.session_state:
        st.session_state[ARTICLE_KEY] = st.query_params.get(ARTICLE_KEY, ids[0])
    if st.session_state[ARTICLE_KEY] not in ids:
        st.session_state[ARTICLE_KEY] = ids[0]
    chosen = st.selectbox("Article", ids, format_func=labels.__getitem__, key=ARTICLE_KEY)
    st.query_params[ARTICLE_KEY] = chosen
    article = page.corpus.articles[chosen]
    record = page.corpus.records[chosen]
    st.html(render_article_header_html(article) + render_legend_html() + render_article_html(article, record))
    with st.expander("Scores of this article"):
        st.json({"tone": vars(record.tone), "actors": record.actors, "term_density": record.term_density})
