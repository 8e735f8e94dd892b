"""Overview page: one card per outlet and the main comparison charts."""

from __future__ import annotations

import math

import streamlit as st

from framing import compare
from framing.aggregate import outlet_summary
from framing.figures import actor_tone_dots, outlet_tone_figure, stacked_share_bars
from framing.views import escape_markdown
from framing.views.state import Page, current_page


def _cards(page: Page) -> None:
    tables = page.tables
    summary = outlet_summary(tables.articles)
    shares = compare.target_share(tables)
    sources = tables.blame[tables.blame["kind"] == "blame"].groupby(["outlet", "source"]).size()
    columns = st.columns(max(1, min(4, len(summary))))
    for index, row in enumerate(summary.to_dict("records")):
        outlet, tone = str(row["outlet"]), float(row["mean_tone"])
        with columns[index % len(columns)], st.container(border=True):
            st.markdown(f"**{escape_markdown(outlet)}**")
            st.metric("Articles · words", f"{row['n_articles']} · {int(row['n_words']):,}")
            st.metric("Mean body tone", "—" if math.isnan(tone) else f"{tone:+.2f}")
            outlet_sources = sources[sources.index.get_level_values(0) == outlet]
            if len(outlet_sources):
                top = outlet_sources.sort_values(ascending=False).head(3)
                carried = ", ".join(
                    f"{source} ({n})" for source, n in zip(top.index.get_level_values(1), top, strict=True)
                )
                st.caption(f"Whose blame it carries: {escape_markdown(carried)}")
            blamed = shares[shares["outlet"] == outlet].head(3)
            if len(blamed):
                pairs = zip(blamed["target"], blamed["share"], strict=True)
                st.caption(
                    "Most blamed: " + escape_markdown(", ".join(f"{target} ({share:.0%})" for target, share in pairs))
                )
            terms = tables.terms[(tables.terms["outlet"] == outlet) & (tables.terms["voice"] != "direct")]
            top_terms = terms["term"].str.lower().value_counts().head(4)
            if len(top_terms):
                st.caption(
                    "Top loaded terms (outlet's wording): " + ", ".join(f"{t} ({n})" for t, n in top_terms.items())
                )


def render() -> None:
    page = current_page()
    st.title("How each outlet tells the story")
    tables = page.tables
    st.caption(
        f"{len(tables.articles)} of {len(page.corpus.articles)} article(s) from {tables.articles['outlet'].nunique()} "
        "outlet(s). Every chart follows the sidebar filters; open the Blame, Language and Articles pages for the "
        "sentences behind the numbers."
    )
    if tables.articles.empty:
        st.info("No article matches the filters. Widen them in the sidebar.")
        return
    _cards(page)
    left, right = st.columns(2)
    with left:
        shares = compare.target_share(tables)
        if len(shares):
            st.plotly_chart(
                stacked_share_bars(
                    shares, "target", "share", page.actor_colors, "Who is blamed: share of each outlet's blame"
                ),
                key="target_share_chart",
            )
        voices = compare.voice_share(tables)
        if len(voices):
            st.plotly_chart(
                stacked_share_bars(
                    voices, "actor", "word_share", page.actor_colors, "Whose voice: share of quoted words"
                ),
                key="voice_share_chart",
            )
    with right:
        tone = compare.actor_tone_by_outlet(tables)
        if len(tone):
            st.plotly_chart(actor_tone_dots(tone, page.actor_colors), key="actor_tone_chart")
        summary = outlet_summary(tables.articles)
        st.plotly_chart(outlet_tone_figure(tables.articles, summary, page.outlet_colors), key="tone_chart")
    st.subheader("Outlets")
    st.dataframe(
        outlet_summary(tables.articles),
        hide_index=True,
        column_config={
            "outlet": "Outlet",
            "n_articles": st.column_config.NumberColumn("Articles"),
            "n_words": st.column_config.NumberColumn("Words", help="Words outside boilerplate"),
            "mean_tone": st.column_config.NumberColumn(
                "Mean tone", format="%.3f", help="Mean of the articles' body tone"
            ),
            "article_ids": st.column_config.ListColumn("Articles behind the numbers"),
        },
        key="outlet_table",
    )
