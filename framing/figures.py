"""Figure builders: plain functions from tables to plotly figures (no Streamlit here)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from framing.defaults import TONE_THRESHOLD

#: Okabe & Ito (2008) colour-blind-safe palette, then Paul Tol's "muted" scheme (also
#: colour-blind safe) for corpora with more names than eight.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499",
)  # fmt: skip


def color_map(names: Sequence[str]) -> dict[str, str]:
    """A stable colour per name: sorted names take the palette in order (it repeats after 17)."""
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
        title="Body tone per article (bar: outlet mean; grey: neutral)",
        xaxis={"title": "tone of body sentences (−1 negative … +1 positive)", "range": [-1, 1], "zeroline": True},
        yaxis={"title": "", "categoryorder": "category descending"},
        showlegend=False,
        height=max(220, 70 * len(summary) + 120),
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
    )
    return figure


#: Colours of the term categories in charts and in the article reader.
CATEGORY_COLORS = {
    "labeling": "#D55E00",
    "evaluative": "#CC79A7",
    "hedging": "#56B4E9",
    "emotive": "#E69F00",
    "loaded-alternative": "#009E73",
}
_OTHER_COLOR = "#999999"


def _layout(figure: go.Figure, title: str, height: int = 360) -> go.Figure:
    figure.update_layout(
        title=title,
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
        legend={"orientation": "v", "x": 1.02, "y": 1, "xanchor": "left"},
        hoverlabel={"align": "left"},
    )
    return figure


def blame_bubbles(matrix: pd.DataFrame, colors: dict[str, str]) -> go.Figure:
    """Who blames whom: one bubble per outlet × source → target (size = records), coloured by
    source actor. Points carry (outlet, source, target, kind) for selection."""
    figure = go.Figure()
    for source, rows in matrix.groupby("source", sort=True):
        figure.add_trace(
            go.Scatter(
                x=rows["target"],
                y=rows["outlet"],
                mode="markers",
                name=f"{source} blames",
                marker={
                    "size": 14 + 10 * rows["n"] ** 0.5,
                    "color": colors.get(str(source), _OTHER_COLOR),
                    "line": {"width": 1, "color": "white"},
                    "symbol": ["x" if kind == "denial" else "circle" for kind in rows["kind"]],
                },
                customdata=rows[["outlet", "source", "target", "kind", "n"]].to_numpy(),
                hovertemplate="<b>%{customdata[1]}</b> → %{customdata[2]} (%{customdata[3]})"
                "<br>%{customdata[0]}: %{customdata[4]} statement(s)<extra>click to see the evidence</extra>",
            )
        )
    figure.update_xaxes(title="blamed (target)", categoryorder="category ascending")
    figure.update_yaxes(title="", categoryorder="category descending")
    return _layout(
        figure,
        "Who blames whom, by outlet (bubble size = statements; × = denial)",
        120 + 60 * matrix["outlet"].nunique(),
    )


def stacked_share_bars(frame: pd.DataFrame, key: str, share: str, colors: dict[str, str], title: str) -> go.Figure:
    """One horizontal bar per outlet, split by ``key`` (an actor), length = ``share``."""
    figure = go.Figure()
    for name, rows in frame.groupby(key, sort=True):
        figure.add_trace(
            go.Bar(
                x=rows[share],
                y=rows["outlet"],
                orientation="h",
                name=str(name),
                marker_color=colors.get(str(name), _OTHER_COLOR),
                customdata=rows[["outlet", key]].to_numpy(),
                hovertemplate=f"{name}: %{{x:.0%}}<extra>%{{y}}</extra>",
            )
        )
    figure.update_layout(barmode="stack", xaxis={"tickformat": ".0%", "range": [0, 1]})
    return _layout(figure, title, 140 + 50 * frame["outlet"].nunique())


def term_density_bars(density: pd.DataFrame) -> go.Figure:
    """Loaded terms per 1,000 words by outlet and category; solid = outlet's wording, light = quotes."""
    figure = go.Figure()
    totals = density.groupby(["outlet", "category", "whose"], as_index=False)["per_1000_words"].sum()
    for (category, whose), rows in totals.groupby(["category", "whose"], sort=True):
        outlets = whose == "outlet"
        figure.add_trace(
            go.Bar(
                x=rows["outlet"],
                y=rows["per_1000_words"],
                name=f"{category} ({'outlet' if outlets else 'direct quotes'})",
                marker_color=CATEGORY_COLORS.get(str(category), _OTHER_COLOR),
                opacity=1.0 if outlets else 0.45,
                offsetgroup=str(category),
                customdata=rows[["outlet", "category", "whose"]].to_numpy(),
                hovertemplate=f"{category}, {whose}: %{{y:.1f}} per 1,000 words<extra>%{{x}}</extra>",
            )
        )
    figure.update_layout(barmode="relative", yaxis={"title": "terms per 1,000 words"})
    return _layout(figure, "Loaded terms per 1,000 words (solid: outlet's wording; light: direct quotes)", 420)


def actor_tone_dots(tone: pd.DataFrame, colors: dict[str, str]) -> go.Figure:
    """Tone toward each actor (x) by outlet (y), one colour per actor."""
    figure = go.Figure()
    for actor, rows in tone.groupby("actor", sort=True):
        figure.add_trace(
            go.Scatter(
                x=rows["score"],
                y=rows["outlet"],
                mode="markers",
                name=str(actor),
                marker={"size": 8 + 3 * rows["n_articles"], "color": colors.get(str(actor), _OTHER_COLOR)},
                customdata=rows[["outlet", "actor", "n_sentences", "n_articles"]].to_numpy(),
                hovertemplate=f"<b>{actor}</b><br>tone %{{x:.2f}}<br>%{{customdata[2]}} sentence(s) in "
                "%{customdata[3]} article(s); click for them<extra>%{y}</extra>",
            )
        )
    figure.add_vrect(x0=-TONE_THRESHOLD, x1=TONE_THRESHOLD, fillcolor="lightgrey", opacity=0.35, line_width=0)
    figure.update_xaxes(title="tone toward the actor (−1 … +1)", range=[-1, 1])
    return _layout(figure, "Tone toward each actor, by outlet", 160 + 50 * tone["outlet"].nunique())


def distinctive_bars(distinctive: pd.DataFrame, top: int = 8) -> go.Figure:
    """The most distinctive terms of each outlet (z-score); significant ones solid."""
    shown = distinctive.groupby("outlet", group_keys=False).head(top)
    figure = go.Figure(
        go.Bar(
            x=shown["z"],
            y=shown["outlet"] + " · " + shown["term"],
            orientation="h",
            marker_color=[PALETTE[0] if significant else "#B0B0B0" for significant in shown["significant"]],
            customdata=shown[["outlet", "term", "n_outlet", "n_rest"]].to_numpy(),
            hovertemplate="%{y}<br>z %{x:.2f}; %{customdata[2]} here, %{customdata[3]} elsewhere<extra></extra>",
        )
    )
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(title="z (log-odds with informative prior; |z| > 1.96 solid)")
    return _layout(figure, "Distinctive terms per outlet (Fightin' Words)", 120 + 22 * len(shown))


def passive_bars(passives: pd.DataFrame) -> go.Figure:
    """Share of passives without an agent, all and for verbs of harm, per outlet."""
    figure = go.Figure()
    for column, kind, name, color in (
        ("agentless_share", "all", "all passives", PALETTE[4]),
        ("harm_agentless_share", "harm", "passives of harm", PALETTE[5]),
    ):
        figure.add_trace(
            go.Bar(
                x=passives["outlet"],
                y=passives[column],
                name=name,
                marker_color=color,
                customdata=passives[["outlet"]].assign(kind=kind).to_numpy(),
                hovertemplate="%{y:.0%}",
            )
        )
    figure.update_layout(barmode="group", yaxis={"tickformat": ".0%", "range": [0, 1], "title": "without an agent"})
    return _layout(figure, "Agentless passives (who did it is left out)")


def tone_timeline(over_time: pd.DataFrame, colors: dict[str, str]) -> go.Figure:
    """Mean body tone per day and outlet."""
    figure = go.Figure()
    for outlet, rows in over_time.groupby("outlet", sort=True):
        figure.add_trace(
            go.Scatter(
                x=rows["day"],
                y=rows["mean_tone"],
                mode="lines+markers",
                name=str(outlet),
                marker_color=colors.get(str(outlet), _OTHER_COLOR),
                customdata=rows[["n_articles"]].to_numpy(),
                hovertemplate="%{x}: tone %{y:.2f} (%{customdata[0]} article(s))",
            )
        )
    figure.update_yaxes(title="mean body tone", range=[-1, 1])
    return _layout(figure, "Tone over time")
