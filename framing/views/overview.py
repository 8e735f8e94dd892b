"""Overview page: one card per outlet and the main comparison charts."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from framing import compare
from framing.aggregate import outlet_summary
from framing.figures import actor_tone_dots, outlet_tone_figure, stacked_share_bars
from framing.views import escape_markdown
from framing.views.evidence import (
    EVIDENCE_ROWS,
    chart_selection,
    selectable_chart,
    show_evidence,
    show_toned_evidence,
)
from framing.views.state import Page, aggregate, current_page

TOP_TERMS = 4  # loaded terms named on each outlet's card
TONE_CHART_KEY = "actor_tone_chart"
BODY_TONE_KEY = "tone_chart"
SHARE_CHARTS = {"target_share_chart": "blame", "voice_share_chart": "quotes"}  # bar -> its rows
SELECTION_HINT = "Click a dot (or drag a box) for the sentences behind it; click an empty spot to clear."


@dataclass(frozen=True)
class _Overview:
    """What the page shows, computed once per corpus and filters (``aggregate``)."""

    summary: pd.DataFrame
    shares: pd.DataFrame
    sources: pd.DataFrame
    top_terms: pd.DataFrame
    figures: dict[str, go.Figure]


def _compute(page: Page) -> _Overview:
    data = page.data
    articles = data.frame("articles", order="id")
    summary = outlet_summary(articles)
    shares = compare.target_share(data)
    figures = {}
    if len(shares):
        figures["target_share_chart"] = stacked_share_bars(
            shares, "target", "share", page.actor_colors, "Who is blamed: share of each outlet's blame"
        )
    voices = compare.voice_share(data)
    if len(voices):
        figures["voice_share_chart"] = stacked_share_bars(
            voices, "actor", "word_share", page.actor_colors, "Whose voice: share of quoted words"
        )
    tone = compare.actor_tone_by_outlet(data)
    if len(tone):
        figures[TONE_CHART_KEY] = actor_tone_dots(tone, page.actor_colors)
    figures[BODY_TONE_KEY] = outlet_tone_figure(articles, summary, page.outlet_colors)
    top_terms = compare.top_outlet_terms(data, TOP_TERMS)
    return _Overview(summary, shares, compare.outlet_sources(data), top_terms, figures)


def _cards(page: Page, data: _Overview) -> None:
    summary, shares, sources = data.summary, data.shares, data.sources
    columns = st.columns(max(1, min(4, len(summary))))
    for index, row in enumerate(summary.to_dict("records")):
        outlet, tone = str(row["outlet"]), float(row["mean_tone"])
        with columns[index % len(columns)], st.container(border=True):
            st.markdown(f"**{escape_markdown(outlet)}**")
            st.metric("Articles · words", f"{row['n_articles']} · {int(row['n_words']):,}")
            st.metric("Mean body tone", "—" if math.isnan(tone) else f"{tone:+.2f}")
            top = sources[sources["outlet"] == outlet].head(3)
            if len(top):
                carried = ", ".join(f"{source} ({n})" for source, n in zip(top["source"], top["n"], strict=True))
                st.caption(f"Whose blame it carries: {escape_markdown(carried)}")
            blamed = shares[shares["outlet"] == outlet].head(3)
            if len(blamed):
                pairs = zip(blamed["target"], blamed["share"], strict=True)
                st.caption(
                    "Most blamed: " + escape_markdown(", ".join(f"{target} ({share:.0%})" for target, share in pairs))
                )
            terms = data.top_terms[data.top_terms["outlet"] == outlet]
            if len(terms):
                st.caption(
                    "Top loaded terms (outlet's wording): "
                    + escape_markdown(", ".join(f"{t} ({n})" for t, n in zip(terms["term"], terms["n"], strict=True)))
                )
            if len(blamed) or len(terms):
                drawer = st.popover(
                    "Sentences",
                    icon=":material/format_quote:",
                    help="The blame statements and loaded terms this card counts, in their sentences",
                    width="stretch",
                    on_change="rerun",
                    key=f"card_evidence_{outlet}",
                )
                with drawer:
                    if drawer.open:  # computed only when opened
                        _card_evidence(page, outlet, list(terms["term"]))


def _card_evidence(page: Page, outlet: str, terms: list[str]) -> None:
    """The blame statements and loaded terms an outlet's card counts, with their sentences."""
    blame, n_blame = compare.evidence_rows(page.data, "blame", [{"outlet": outlet, "kind": "blame"}], EVIDENCE_ROWS)
    loaded, n_terms = compare.top_term_rows(page.data, outlet, terms, EVIDENCE_ROWS)
    blame_tab, terms_tab = st.tabs([f"Blame it carries ({n_blame})", f"Top loaded terms ({n_terms})"])
    with blame_tab:
        columns = ["source", "target", "voice", "sentence", "id"]
        show_evidence(blame, n_blame, columns, f"card_blame_{outlet}")
    with terms_tab:
        columns = ["term", "category", "voice", "sentence", "id"]
        show_evidence(loaded, n_terms, columns, f"card_terms_{outlet}")


def _tone_evidence(page: Page) -> None:
    """The sentences behind the dots chosen in the actor-tone chart, with their tone."""
    cells = chart_selection(TONE_CHART_KEY, 2)
    if not cells:
        return
    chosen = [{"outlet": outlet, "actor": actor} for outlet, actor in cells]
    rows, total = compare.evidence_rows(page.data, "actor_tone", chosen, EVIDENCE_ROWS)
    actors = ", ".join(sorted({actor for _, actor in cells}))
    st.subheader(f"Tone toward {escape_markdown(actors)}: the {total} sentence(s) behind the chosen dot(s)")
    st.caption(
        "The tone toward an actor in a sentence is the target tone of its first mention there (marked); a dot is "
        "the mean over the outlet's articles of each article's mean over its sentences."
    )
    show_toned_evidence(rows, total, ["outlet", "actor", "voice", "tone", "sentence", "id"], "tone_evidence")


def _body_tone_evidence(page: Page) -> None:
    """The body sentences of the articles chosen in the body-tone chart, with their tone."""
    ids = sorted({article_id for (article_id,) in chart_selection(BODY_TONE_KEY, 1)})
    if not ids:
        return
    chosen = [{"id": article_id, "role": "body"} for article_id in ids]
    rows, total = compare.evidence_rows(page.data, "sentences", chosen, EVIDENCE_ROWS)
    st.subheader(f"Body tone: the {total} body sentence(s) of {len(ids)} chosen article(s)")
    st.caption(
        "An article's body tone is the mean VADER compound of its body sentences; those under the sidebar "
        "filters are listed."
    )
    rows = rows.drop(columns=["mark_start", "mark_end"])  # the whole sentence is the evidence
    show_toned_evidence(rows, total, ["outlet", "voice", "tone", "sentence", "id"], "body_tone_evidence")


def _share_evidence(page: Page) -> None:
    """The blame statements or quotes behind the bar segments chosen in the share charts."""
    for key, table in SHARE_CHARTS.items():
        cells = chart_selection(key, 2)
        if not cells:
            continue
        if table == "blame":
            chosen = [{"outlet": outlet, "target": target, "kind": "blame"} for outlet, target in cells]
            columns, what = ["outlet", "source", "target", "voice", "sentence", "id"], "blame statement(s)"
        else:
            chosen = [{"outlet": outlet, "actor": actor} for outlet, actor in cells]
            columns, what = ["outlet", "actor", "speaker", "kind", "n_words", "sentence", "id"], "quote(s)"
        rows, total = compare.evidence_rows(page.data, table, chosen, EVIDENCE_ROWS)
        st.subheader(f"The {total} {what} behind the chosen bar(s)")
        note = "explanation" if table == "blame" else None
        show_evidence(rows, total, columns, f"{key}_evidence", note=note)


def render() -> None:
    page = current_page()
    st.title("How each outlet tells the story")
    data = aggregate(page, "overview", _compute)
    st.caption(
        f"{data.summary['n_articles'].sum()} of {len(page.corpus.articles)} article(s) from {len(data.summary)} "
        "outlet(s). Every number follows the sidebar filters; a card's button and a chart's dots and bars open "
        "the sentences behind them."
    )
    if data.summary.empty:
        st.info("No article matches the filters. Widen them in the sidebar.")
        return
    _cards(page, data)
    left, right = st.columns(2)
    for column, keys in (
        (left, ("target_share_chart", "voice_share_chart")),
        (right, (TONE_CHART_KEY, BODY_TONE_KEY)),
    ):
        with column:
            for key in keys:
                if key in data.figures:
                    selectable_chart(data.figures[key], key, SELECTION_HINT)
    if TONE_CHART_KEY in data.figures:
        _tone_evidence(page)
    _body_tone_evidence(page)
    _share_evidence(page)
    st.subheader("Outlets")
    st.dataframe(
        data.summary,
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
