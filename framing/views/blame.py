"""Blame page: who blames whom, per outlet, and the evidence sentences of any cell."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from framing import compare
from framing.export import to_bytes
from framing.figures import blame_bubbles, stacked_share_bars
from framing.render import render_evidence_html
from framing.views.state import Page, aggregate, current_page

CHART_KEY = "blame_chart"
EVIDENCE_SHOWN = 30  # sentences rendered with their cue marked below the table
EVIDENCE_ROWS = 1000  # rows sent to the browser in the table; the rest are a download away


def _selected_cells() -> list[tuple[str, str, str, str]]:
    state = st.session_state.get(CHART_KEY)
    points = state["selection"]["points"] if state else []
    return [tuple(point["customdata"][:4]) for point in points if point.get("customdata")]


def evidence_table(blame: pd.DataFrame, cells: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """The blame records of the chosen cells (all records when none is chosen)."""
    if cells:
        keys = set(cells)
        blame = blame[[tuple(row) in keys for row in blame[["outlet", "source", "target", "kind"]].to_numpy()]]
    columns = ["outlet", "source", "target", "kind", "voice", "speaker", "sentence", "cue", "explanation", "id"]
    return blame[columns].sort_values(["outlet", "id"], ignore_index=True)


@dataclass(frozen=True)
class _Blame:
    """What the page shows before any cell is chosen, computed once per corpus and filters."""

    matrix: pd.DataFrame
    evidence: pd.DataFrame
    figures: dict[str, go.Figure]


def _compute(page: Page) -> _Blame:
    matrix = compare.blame_matrix(page.tables)
    figures = {CHART_KEY: blame_bubbles(matrix, page.actor_colors)}
    shares = compare.target_share(page.tables)
    if len(shares):
        title = "Share of each outlet's blame, by target"
        figures["blame_target_share"] = stacked_share_bars(shares, "target", "share", page.actor_colors, title)
    return _Blame(matrix, evidence_table(page.tables.blame, []), figures)


def render() -> None:
    page = current_page()
    st.title("Blame: who blames whom")
    blame = page.tables.blame
    if blame.empty:
        st.info("No blame statement matches the filters.")
        return
    data = aggregate(page, "blame", _compute)
    st.plotly_chart(data.figures[CHART_KEY], key=CHART_KEY, on_select="rerun", selection_mode=("points", "box"))
    st.caption("Click a bubble (or drag a box) to list its evidence below; click an empty spot to clear.")
    if "blame_target_share" in data.figures:
        st.plotly_chart(data.figures["blame_target_share"], key="blame_target_share")
    cells = _selected_cells()
    evidence = evidence_table(blame, cells) if cells else data.evidence
    st.subheader(
        "Evidence" + (f" for {len(cells)} selected cell(s)" if cells else " (all statements under the filters)")
    )
    if len(evidence) > EVIDENCE_ROWS:
        st.caption(
            f"Showing the first {EVIDENCE_ROWS:,} of {len(evidence):,} statements: click a cell or narrow the "
            "filters to see the rest here, or download them all."
        )
        st.download_button(
            f"Download all {len(evidence):,} statements (CSV)",
            lambda: to_bytes(evidence, "csv"),
            file_name="blame-evidence.csv",
            mime="text/csv",
            key="download_evidence",
        )
    st.dataframe(
        evidence.head(EVIDENCE_ROWS),
        hide_index=True,
        column_config={
            "sentence": st.column_config.TextColumn("Evidence sentence", width="large"),
            "explanation": st.column_config.TextColumn("Rule", help="The rule that found the statement"),
            "id": "Article",
        },
        key="blame_evidence",
    )
    st.html(render_evidence_html(evidence.head(EVIDENCE_SHOWN).to_dict("records"), total=len(evidence)))
    with st.expander("Counts by outlet, source, target, kind and voice"):
        st.dataframe(data.matrix, hide_index=True, key="blame_matrix_table")
