"""Language page: loaded terms, distinctive terms, naming and agentless passives."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from framing import compare
from framing.defaults import DISTINCTIVE_AUTO_SENTENCES
from framing.figures import distinctive_bars, passive_bars, term_density_bars
from framing.views import escape_markdown
from framing.views.state import Page, aggregate, current_page

DISTINCTIVE_TOP = 25  # terms kept per outlet (the chart shows the first 8)
DISTINCTIVE_REQUESTS_KEY = "distinctive_requested"  # filter settings this session asked to count
EXAMPLE_ROWS = 1000  # agentless passives listed; the count above them covers all


def _distinctive(page: Page) -> tuple[pd.DataFrame, str | None]:
    frame, note = compare.distinctive_by_outlet(page.data)
    return frame.groupby("outlet", group_keys=False).head(DISTINCTIVE_TOP).reset_index(drop=True), note


@dataclass(frozen=True)
class _Language:
    """The page's tables and figures, computed once per corpus and filters (``aggregate``)."""

    density: pd.DataFrame
    counts: pd.DataFrame
    naming: pd.DataFrame
    passives: pd.DataFrame
    passive_examples: pd.DataFrame  # the first EXAMPLE_ROWS
    n_passive_examples: int


def _compute(page: Page) -> _Language:
    data = page.data
    agentless_harm = "agent IS NULL AND harm"
    examples = data.frame("passives", agentless_harm, order='outlet, id, "start"', limit=EXAMPLE_ROWS)
    return _Language(
        compare.term_density_by_outlet(data),
        compare.term_counts(data),
        compare.naming(data),
        compare.passives_by_outlet(data),
        examples[["outlet", "verb", "id", "start"]],
        data.count("passives", agentless_harm),
    )


def _distinctive_section(page: Page) -> None:
    """Fightin' Words over the filtered sentences, counted on every filter change: from the
    corpus's term index (built once, the first time, for every session) when the corpus is
    small enough to index; else by reading the filtered sentences, automatically up to
    ``DISTINCTIVE_AUTO_SENTENCES`` of them and on request above that. Once counted for a
    filter setting, shared like every other aggregate."""
    st.subheader("Distinctive terms")
    db = page.data.db
    if db.indexes_terms():
        if not db.term_index_built:
            with st.spinner(f"Reading the words of all {db.n_sentences:,} sentences once, for distinctive terms…"):
                db.term_index()
        _show_distinctive(page)
        return
    requested = st.session_state.setdefault(DISTINCTIVE_REQUESTS_KEY, set())
    n_sentences = page.data.count("sentences")
    if n_sentences > DISTINCTIVE_AUTO_SENTENCES and repr(page.filters) not in requested:
        st.caption(f"{n_sentences:,} sentences under the filters: distinctive terms are counted when you ask.")
        if not st.button(f"Count distinctive terms over {n_sentences:,} sentences", key="count_distinctive"):
            return
        requested.add(repr(page.filters))
    _show_distinctive(page)


def _show_distinctive(page: Page) -> None:
    distinctive, note = aggregate(page, "distinctive", _distinctive)
    if note:
        st.warning(escape_markdown(note))
    if len(distinctive):
        st.plotly_chart(distinctive_bars(distinctive), key="distinctive_chart")
        with st.expander(f"The {DISTINCTIVE_TOP} most distinctive terms of each outlet, with counts"):
            st.dataframe(distinctive, hide_index=True, key="distinctive_table")


def render() -> None:
    page = current_page()
    st.title("Language of framing")
    data = aggregate(page, "language", _compute)
    if data.passives.empty:  # one row per outlet with a kept article
        st.info("No article matches the filters.")
        return
    st.subheader("Loaded terms")
    if len(data.density):
        st.plotly_chart(term_density_bars(data.density), key="term_density_chart")
    st.dataframe(data.counts, hide_index=True, key="terms_table")

    st.subheader("Naming")
    naming = data.naming
    by_count = naming.groupby("subject")["n"].sum().sort_values(ascending=False)
    subjects = [s for s in page.filters.actors if s in by_count.index] + [
        s for s in by_count.index if s not in page.filters.actors
    ]
    subject = st.selectbox("Named subject", subjects, key="naming_subject") if subjects else None
    shown = naming[naming["subject"] == subject] if subject else naming
    st.dataframe(shown, hide_index=True, key="naming_table")

    _distinctive_section(page)

    st.subheader("Agentless passives")
    if len(data.passives):
        st.plotly_chart(passive_bars(data.passives), key="passive_chart")
        first = "" if data.n_passive_examples <= EXAMPLE_ROWS else f" (the first {EXAMPLE_ROWS:,} below)"
        st.caption(f"{data.n_passive_examples:,} passive(s) of harm without an agent under the filters{first}:")
        st.dataframe(data.passive_examples, hide_index=True, key="passive_table")
