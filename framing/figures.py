"""Figure builders: plain functions from tables to plotly figures (no Streamlit here)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from framing.defaults import TONE_THRESHOLD

#: Okabe & Ito (2008) colour-blind-safe palette.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def color_map(names: Sequence[str]) -> dict[str, str]:
    """A stable colour per name: sorted names take the palette in order (it repeats after eight)."""
    return {name: PALETTE[index % len(PALETTE)] for index, name in enumerate(sorted(set(names)))}


def outlet_tone_figure(
    articles: pd.DataFrame, summary: pd.DataFrame, colors: dict[str, str] | None = None
) -> go.Figure:
    """Each article's body tone as a dot per outlet, with the outlet mean as a bar marker.

    Pass ``colors`` built from every outlet of the corpus so a filter never recolours one.
    """
    colors = colors or color_map(summary["outlet"].tolist())
    figure = go.Figure()
    for outlet, n_articles, mean_tone in summary[["outlet", "n_articles", "mean_tone"]].itertuples(index=False):
        outlet_articles = articles[articles["outlet"] == outlet]
        figure.add_trace(
            go.Scatter(
                x=outlet_articles["tone_body"],
                y=[outlet] * len(outlet_articles),
                mode="markers",
                name=outlet,
                marker={"color": colors[outlet], "size": 12, "line": {"width": 1, "color": "white"}},
                customdata=outlet_articles[["id", "title", "n_words"]].to_numpy(),
                hovertemplate="<b>%{customdata[1]}</b><br>id %{customdata[0]}<br>%{customdata[2]} words"
                "<br>body tone %{x:.3f}<extra>%{y}</extra>",
            )
        )
        figure.add_trace(
            go.Scatter(
                x=[mean_tone],
                y=[outlet],
                mode="markers",
                name=f"{outlet} mean",
                showlegend=False,
                marker={"symbol": "line-ns-open", "size": 26, "line": {"width": 3, "color": colors[outlet]}},
                hovertemplate=f"mean of {n_articles} article(s): %{{x:.3f}}<extra>%{{y}}</extra>",
            )
        )
    figure.add_vrect(x0=-TONE_THRESHOLD, x1=TONE_THRESHOLD, fillcolor="lightgrey", opacity=0.35, line_width=0)
    figure.update_layout(
        title="Body tone per article (VADER compound; bar = outlet mean; grey band = neutral)",
        xaxis={"title": "tone of body sentences (−1 negative … +1 positive)", "range": [-1, 1], "zeroline": True},
        yaxis={"title": "", "categoryorder": "category descending"},
        showlegend=False,
        height=max(220, 70 * len(summary) + 120),
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
    )
    return figure
