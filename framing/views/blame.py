"""Blame page: who blames whom, per outlet, and the evidence sentences of any cell."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from framing import compare
from framing.export import to_bytes
from framing.figures import blame_bubbles, stacked_share_bars
from framing.filters import Filtered
from framing.render import render_evidence_html
from framing.views.evidence import EVIDENCE_ROWS, EVIDENCE_SHOWN, chart_selection, selectable_chart
from framing.views.state import Page, aggregate, current_page

CHART_KEY = "blame_chart"
SHARE_KEY = "blame_target_share"
EVIDENCE_COLUMNS = ["outlet", "source", "target", "kind", "voice", "speaker", "sentence", "cue", "explanation", "id"]


def chosen_cells() -> list[dict[str, object]]:
    """The blame rows chosen on the page: bubbles (outlet, source, target, kind) and segments
    of the target-share bars (outlet, target; blame only, as the shares count)."""
    bubbles: list[dict[str, object]] = [
        dict(zip(("outlet", "source", "target", "kind"), c, strict=True)) for c in chart_selection(CHART_KEY, 4)
    ]
    segments: list[dict[str, object]] = [
        {"outlet": outlet, "target": target, "kind": "blame"} for outlet, target in chart_selection(SHARE_KEY, 2)
    ]
    return [*bubbles, *segments]


def evidence_table(
    data: Filtered, chosen: list[dict[str, object]], limit: int | None = None
) -> tuple[pd.DataFrame, int]:
    """The first ``limit`` blame records of the ``chosen`` rows ({column: value}; all records
    when none is chosen) by outlet and article, and how many there are in all."""
    frame, total = compare.evidence_rows(data, "blame", chosen, limit)
    return frame[EVIDENCE_COLUMNS], total


@dataclass(frozen=True)
class _Blame:
    """What the page shows before any cell is chosen, computed once per corpus and filters."""

    matrix: pd.DataFrame
    evidence: tuple[pd.DataFrame, int]
    figures: dict[str, go.Figure]


def _compute(page: Page) -> _Blame:
    matrix = compare.blame_matrix(page.data)
    figures = {CHART_KEY: blame_bubbles(matrix, page.actor_colors)}
    shares = compare.target_share(page.data)
    if len(shares):
        title = "Share of each outlet's blame, by target"
        figures[SHARE_KEY] = stacked_share_bars(shares, "target", "share", page.actor_colors, title)
    return _Blame(matrix, evidence_table(page.data, [], EVIDENCE_ROWS), figures)


def render() -> None:
    page = current_page()
    st.title("Blame: who blames whom")
    data = aggregate(page, "blame", _compute)
    if data.matrix.empty:
        st.info("No blame statement matches the filters.")
        return
    hint = "Click a bubble (or drag a box) to list its evidence below; click an empty spot to clear."
    selectable_chart(data.figures[CHART_KEY], CHART_KEY, hint)
    if SHARE_KEY in data.figures:
        selectable_chart(
            data.figures[SHARE_KEY], SHARE_KEY, "Click a bar segment for the statements blaming that target."
        )
    cells = chosen_cells()
    evidence, total = evidence_table(page.data, cells, EVIDENCE_ROWS) if cells else data.evidence
    st.subheader(
        "Evidence" + (f" for {len(cells)} selected cell(s)" if cells else " (all statements under the filters)")
    )
    if total > EVIDENCE_ROWS:
        st.caption(
            f"Showing the first {EVIDENCE_ROWS:,} of {total:,} statements: click a cell or narrow the "
            "filters to see the rest here, or download them all."
        )
        st.download_button(
            f"Download all {total:,} statements (CSV)",
            lambda: to_bytes(evidence_table(page.data, cells)[0], "csv"),
            file_name="blame-evidence.csv",
            mime="text/csv",
            key="download_evidence",
        )
    st.dataframe(
        evidence,
        hide_index=True,
        column_config={
            "sentence": st.column_config.TextColumn("Evidence sentence", width="large"),
            "explanation": st.column_config.TextColumn("Rule", help="The rule that found the statement"),
            "id": "Article",
        },
        key="blame_evidence",
    )
    st.html(render_evidence_html(evidence.head(EVIDENCE_SHOWN).to_dict("records"), total=total))
    with st.expander("Counts by outlet, source, target, kind and voice"):
        st.dataframe(data.matrix, hide_index=True, key="blame_matrix_table")
