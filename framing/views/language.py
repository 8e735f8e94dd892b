"""Language page: loaded terms, distinctive terms, naming and agentless passives."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from framing import compare
from framing.defaults import DISTINCTIVE_AUTO_SENTENCES
from framing.figures import distinctive_bars, passive_bars, term_density_bars
from framing.views import escape_markdown
from framing.views.evidence import EVIDENCE_ROWS, chart_selection, selectable_chart, show_evidence, table_selection
from framing.views.state import Page, aggregate, current_page

DISTINCTIVE_TOP = 25  # terms kept per outlet (the chart shows the first 8)
DISTINCTIVE_REQUESTS_KEY = "distinctive_requested"  # filter settings this session asked to count
#: The columns of each table's rows that name the sentences behind them.
EVIDENCE_KEYS = {"terms": ("outlet", "category", "whose", "term"), "labels": ("subject", "kind", "outlet", "label")}
DENSITY_CHART_KEY = "term_density_chart"
DISTINCTIVE_CHART_KEY = "distinctive_chart"
PASSIVE_CHART_KEY = "passive_chart"
SELECTION_HINT = "Click a bar (or drag a box) for the sentences behind it; click an empty spot to clear."


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
    passive_examples: pd.DataFrame  # the first EVIDENCE_ROWS, with their sentences
    n_passive_examples: int


def _compute(page: Page) -> _Language:
    data = page.data
    examples, n_examples = compare.evidence_rows(data, "passives", (), EVIDENCE_ROWS, "r.agent IS NULL AND r.harm")
    return _Language(
        compare.term_density_by_outlet(data),
        compare.term_counts(data),
        compare.naming(data),
        compare.passives_by_outlet(data),
        examples,
        n_examples,
    )


def _selected_evidence(page: Page, table: str, frame: pd.DataFrame, key: str, what: str) -> None:
    """The sentences behind the rows selected in the table ``key`` (showing ``frame``)."""
    columns = list(EVIDENCE_KEYS[table])
    chosen = table_selection(key, frame, columns)
    if not chosen:
        st.caption(f"Select rows (the box at the left of a row) for the sentences behind {what}.")
        return
    rows, total = compare.evidence_rows(page.data, table, chosen, EVIDENCE_ROWS)
    st.markdown(f"**The {total} sentence(s) behind the {len(chosen)} selected row(s)**")
    show_evidence(rows, total, [*columns, "voice", "sentence", "id"], f"{key}_evidence")


def _density_evidence(page: Page) -> None:
    """The term occurrences behind the bars chosen in the density chart."""
    bars = chart_selection(DENSITY_CHART_KEY, 3)
    if not bars:
        return
    chosen = [dict(zip(("outlet", "category", "whose"), bar, strict=True)) for bar in bars]
    rows, total = compare.evidence_rows(page.data, "terms", chosen, EVIDENCE_ROWS)
    st.markdown(f"**The {total} term(s) behind the {len(bars)} chosen bar(s)**")
    columns = ["outlet", "term", "category", "whose", "voice", "sentence", "id"]
    show_evidence(rows, total, columns, f"{DENSITY_CHART_KEY}_evidence")


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
        selectable_chart(distinctive_bars(distinctive), DISTINCTIVE_CHART_KEY, SELECTION_HINT)
        st.caption(f"The {DISTINCTIVE_TOP} most distinctive terms of each outlet, with counts; select rows (or "
                   "bars) for the sentences behind a count.")  # fmt: skip
        key = "distinctive_table"
        st.dataframe(distinctive, hide_index=True, key=key, on_select="rerun", selection_mode="multi-row")
        picked = [(str(c["outlet"]), str(c["term"])) for c in table_selection(key, distinctive, ("outlet", "term"))]
        bars = chart_selection(DISTINCTIVE_CHART_KEY, 2)
        for outlet, term in dict.fromkeys([*bars, *picked]):  # each chosen term once, bars first
            rows, total = compare.term_sentences(page.data, outlet, term, EVIDENCE_ROWS)
            st.markdown(
                f"**{escape_markdown(term)}** in {escape_markdown(outlet)}: {total} time(s), in these sentences"
            )
            columns = ["outlet", "term", "n", "voice", "sentence", "id"]
            show_evidence(rows, len(rows), columns, f"{key}_{outlet}_{term}", meta=("outlet", "voice", "id"))


def render() -> None:
    page = current_page()
    st.title("Language of framing")
    data = aggregate(page, "language", _compute)
    if data.passives.empty:  # one row per outlet with a kept article
        st.info("No article matches the filters.")
        return
    st.subheader("Loaded terms")
    if len(data.density):
        selectable_chart(term_density_bars(data.density), DENSITY_CHART_KEY, SELECTION_HINT)
        _density_evidence(page)
    st.dataframe(data.counts, hide_index=True, key="terms_table", on_select="rerun", selection_mode="multi-row")
    _selected_evidence(page, "terms", data.counts, "terms_table", "a term's count")

    st.subheader("Naming")
    naming = data.naming
    by_count = naming.groupby("subject")["n"].sum().sort_values(ascending=False)
    subjects = [s for s in page.filters.actors if s in by_count.index] + [
        s for s in by_count.index if s not in page.filters.actors
    ]
    subject = st.selectbox("Named subject", subjects, key="naming_subject") if subjects else None
    shown = (naming[naming["subject"] == subject] if subject else naming).reset_index(drop=True)
    st.dataframe(shown, hide_index=True, key="naming_table", on_select="rerun", selection_mode="multi-row")
    _selected_evidence(page, "labels", shown, "naming_table", "a label's count")

    _distinctive_section(page)

    st.subheader("Agentless passives")
    if len(data.passives):
        selectable_chart(passive_bars(data.passives), PASSIVE_CHART_KEY, SELECTION_HINT)
        bars = chart_selection(PASSIVE_CHART_KEY, 2)
        if bars:  # every passive behind the chosen shares, with its agent where named
            chosen = [{"outlet": outlet} | ({"harm": True} if kind == "harm" else {}) for outlet, kind in bars]
            rows, total = compare.evidence_rows(page.data, "passives", chosen, EVIDENCE_ROWS)
            st.markdown(
                f"**The {total} passive(s) behind the {len(bars)} chosen bar(s)**, with their agents where named"
            )
            columns = ["outlet", "verb", "harm", "agent", "sentence", "id"]
            show_evidence(rows, total, columns, "passive_chart_evidence", meta=("outlet", "verb", "agent", "id"))
            return
        st.caption(f"{data.n_passive_examples:,} passive(s) of harm without an agent under the filters:")
        columns = ["outlet", "verb", "sentence", "id"]
        show_evidence(data.passive_examples, data.n_passive_examples, columns, "passive_table")
