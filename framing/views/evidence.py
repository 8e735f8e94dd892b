"""The sentences behind a number: what a clicked chart point or a selected table row opens."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from framing.render import render_evidence_html

EVIDENCE_SHOWN = 30  # sentences rendered with their span marked below the table
EVIDENCE_ROWS = 1000  # rows sent to the browser in the table


def chart_selection(key: str, width: int) -> list[tuple[str, ...]]:
    """The first ``width`` custom-data values of each point selected in the chart ``key``."""
    state = st.session_state.get(key)
    points = state["selection"]["points"] if state else []
    return [tuple(point["customdata"][:width]) for point in points if point.get("customdata")]


def table_selection(key: str, frame: pd.DataFrame, columns: Sequence[str]) -> list[dict[str, object]]:
    """The ``columns`` of each row of ``frame`` selected in the table ``key``."""
    state = st.session_state.get(key)
    rows = state["selection"]["rows"] if state else []
    return [{c: frame.iloc[i][c] for c in columns} for i in rows if 0 <= i < len(frame)]


def selectable_chart(figure: go.Figure, key: str, hint: str) -> None:
    """A chart whose points (clicked, or boxed) choose the evidence listed below it, and ``hint``."""
    st.plotly_chart(figure, key=key, on_select="rerun", selection_mode=("points", "box"))
    st.caption(hint)


def show_evidence(
    rows: pd.DataFrame,
    total: int,
    columns: Sequence[str],
    key: str,
    *,
    meta: Sequence[str] | None = None,
    note: str | None = None,
) -> None:
    """An evidence table (``columns`` of ``rows``, the first of ``total``) and the first
    sentences again with their span marked and ``meta`` (by default the other columns)
    below each (escaped HTML)."""
    meta = [c for c in columns if c != "sentence"] if meta is None else meta
    if total > len(rows):
        st.caption(f"Showing the first {len(rows):,} of {total:,}: narrow the selection or the filters for the rest.")
    st.dataframe(
        rows[list(columns)],
        hide_index=True,
        column_config={
            "sentence": st.column_config.TextColumn("Sentence", width="large"),
            "tone": st.column_config.NumberColumn("Tone", format="%+.2f"),
            "id": "Article",
        },
        key=key,
    )
    shown = rows.head(EVIDENCE_SHOWN).to_dict("records")
    st.html(render_evidence_html(shown, total=total, meta=meta, note=note))


def show_toned_evidence(rows: pd.DataFrame, total: int, columns: Sequence[str], key: str) -> None:
    """``show_evidence`` for rows with a ``tone``, each sentence's tone written below it."""
    rows = rows.assign(tone_text=["tone " + f"{tone:+.2f}" for tone in rows["tone"]])
    meta = [c for c in columns if c not in ("tone", "sentence")] + ["tone_text"]
    show_evidence(rows, total, columns, key, meta=meta)
