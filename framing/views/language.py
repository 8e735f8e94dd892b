"""Language page: loaded terms, distinctive terms, naming and agentless passives."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from framing import compare
from framing.figures import distinctive_bars, passive_bars, term_density_bars
from framing.views import escape_markdown
from framing.views.state import Page, aggregate, current_page


def _distinctive(page: Page) -> tuple[pd.DataFrame, str | None]:
    texts = {article_id: article.text for article_id, article in page.corpus.articles.items()}
    return compare.distinctive_by_outlet(page.tables, texts)


def render() -> None:
    page = current_page()
    tables = page.tables
    st.title("Language of framing")
    if tables.articles.empty:
        st.info("No article matches the filters.")
        return
    st.subheader("Loaded terms")
    density = compare.term_density_by_outlet(tables)
    if len(density):
        st.plotly_chart(term_density_bars(density), key="term_density_chart")
    terms = tables.terms.assign(
        whose=tables.terms["voice"].map(lambda v: "source (direct quote)" if v == "direct" else "outlet")
    )
    counts = terms.groupby(["outlet", "category", "whose", "term"]).size().rename("n").reset_index()
    st.dataframe(counts.sort_values(["outlet", "n"], ascending=[True, False]), hide_index=True, key="terms_table")

    st.subheader("Naming")
    naming = compare.naming(tables)
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

    st.subheader("Agentless passives")
    passives = compare.passives_by_outlet(tables)
    if len(passives):
        st.plotly_chart(passive_bars(passives), key="passive_chart")
        examples = tables.passives[tables.passives["agent"].isna() & tables.passives["harm"]]
        st.caption(f"{len(examples)} passive(s) of harm without an agent under the filters:")
        st.dataframe(examples[["outlet", "verb", "id", "start"]], hide_index=True, key="passive_table")
