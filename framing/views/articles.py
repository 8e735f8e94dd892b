"""Articles page: read any article with its terms, quotes and blame highlighted."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from framing import compare
from framing.aggregate import article_actors, article_terms
from framing.filters import Filtered, Filters
from framing.records import ArticleRecord
from framing.render import render_article_header_html, render_article_html, render_legend_html
from framing.views.evidence import EVIDENCE_ROWS, show_evidence, show_toned_evidence, table_selection
from framing.views.state import Page, current_page

ARTICLE_KEY = "article"
ACTORS_TABLE_KEY = "article_actors_table_{}"  # per article, so a selection never carries over
TERMS_TABLE_KEY = "article_terms_table_{}"
TONE_COLUMNS = ("tone", "editorial", "reported", "direct", "headline", "body")  # of article_actors
DENSITY_COLUMNS = ("per_1000_words", "editorial", "reported", "direct")  # of article_terms


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
    st.html(render_article_header_html(article))
    with st.expander("Scores of this article", expanded=_selected(chosen)):
        _scores(page, chosen, record)
    st.html(render_legend_html() + render_article_html(article, record))


def _selected(article_id: str) -> bool:
    """Whether a row of the article's score tables is selected (the expander then stays open)."""
    keys = (ACTORS_TABLE_KEY.format(article_id), TERMS_TABLE_KEY.format(article_id))
    return any(st.session_state.get(key, {}).get("selection", {}).get("rows") for key in keys)


def _scores(page: Page, article_id: str, record: ArticleRecord) -> None:
    """The article's scores as tables whose rows open their sentences. The record covers the
    whole article, so the sentences are read without the sidebar filters."""
    tone = record.tone
    columns = st.columns(3)
    for column, label, value in (
        (columns[0], "Headline tone", tone.headline),
        (columns[1], "Standfirst tone", tone.standfirst),
        (columns[2], f"Body tone ({tone.n_body_sentences} sentences)", tone.body),
    ):
        column.metric(label, "—" if value is None else f"{value:+.2f}")
    whole = Filtered(page.data.db, Filters())
    tone_format = st.column_config.NumberColumn(format="%+.2f")
    st.markdown("**Actors**: mentions and the tone toward each (select rows for the scored sentences)")
    actors = article_actors(record)
    key = ACTORS_TABLE_KEY.format(article_id)
    _table(actors, key, {c: tone_format for c in TONE_COLUMNS})
    chosen = [{"id": article_id, "actor": row["actor"]} for row in table_selection(key, actors, ["actor"])]
    if chosen:
        rows, total = compare.evidence_rows(whole, "actor_tone", chosen, EVIDENCE_ROWS)
        show_toned_evidence(rows, total, ["actor", "voice", "tone", "sentence"], "article_tone_evidence")
    st.markdown("**Loaded terms** per 1,000 words, in all and by voice (select rows for the terms)")
    terms = article_terms(record)
    key = TERMS_TABLE_KEY.format(article_id)
    _table(terms, key, {c: st.column_config.NumberColumn(format="%.1f") for c in DENSITY_COLUMNS})
    chosen = [{"id": article_id, "category": r["category"]} for r in table_selection(key, terms, ["category"])]
    if chosen:
        rows, total = compare.evidence_rows(whole, "terms", chosen, EVIDENCE_ROWS)
        columns_shown = ["term", "category", "voice", "speaker", "sentence"]
        show_evidence(rows, total, columns_shown, "article_term_evidence")


def _table(frame: pd.DataFrame, key: str, column_config: dict[str, Any]) -> None:
    st.dataframe(
        frame, hide_index=True, column_config=column_config, key=key, on_select="rerun", selection_mode="multi-row"
    )
