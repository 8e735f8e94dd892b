"""Language page: loaded terms, distinctive terms, naming and agentless passives."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from framing import compare
from framing.figures import distinctive_bars, passive_bars, term_density_bars
from framing.views import escape_markdown
from framing.views.state import Page, aggregate, current_page

DISTINCTIVE_TOP = 25  # terms kept per outlet (the chart shows the first 8)


def _distinctive(page: Page) -> tuple[pd.DataFrame, str | None]:
    frame, note = compare.distinctive_by_outlet(page.tables, page.corpus.texts())
    return frame.groupby("outlet", group_keys=False).head(DISTINCTIVE_TOP).reset_index(drop=True), note


@dataclass(frozen=True)
class _Language:
    """The page's tables and figures, computed once per corpus and filters (``aggregate``)."""

    density: pd.DataFrame
    counts: pd.DataFrame
    naming: pd.DataFrame
    passives: pd.DataFrame
    passive_examples: pd.DataFrame


def _compute(page: Page) -> _Language:
    tables = page.tables
    terms = tables.terms.assign(
        whose=tables.terms["voice"].map(lambda v: "source (direct quote)" if v == "direct" else "outlet")
    )
    counts = terms.groupby(["outlet", "category", "whose", "term"]).size().rename("n").reset_index()
    examples = tables.passives[tables.passives["agent"].isna() & tables.passives["harm"]]
    return _Language(
        compare.term_density_by_outlet(tables),
        counts.sort_values(["outlet", "n"], ascending=[True, False], ignore_index=True),
        compare.naming(tables),
        compare.passives_by_outlet(tables),
        examples[["outlet", "verb", "id", "start"]],
    )


def render() -> None:
    page = current_page()
    st.title("Language of framing")
    if page.tables.articles.empty:
        st.info("No article matches the filters.")
        return
    data = aggregate(page, "language", _compute)
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

    st.subheader("Distinctive terms")
    distinctive, note = aggregate(page, "distinctive", _distinctive)
    if note:
        st.warning(escape_markdown(note))
    if len(distinctive):
        st.plotly_chart(distinctive_bars(distinctive), key="distinctive_chart")
        with st.expander(f"The {DISTINCTIVE_TOP} most distinctive terms of each outlet, with counts"):
            st.dataframe(distinctive, hide_index=True, key="distinctive_table")

    st.subheader("Agentless passives")
    if len(data.passives):
        st.plotly_chart(passive_bars(data.passives), key="passive_chart")
        st.caption(f"{len(data.passive_examples)} passive(s) of harm without an agent under the filters:")
        st.dataframe(data.passive_examples, hide_index=True, key="passive_table")
