"""framing dashboard: `streamlit run dashboard.py [-- PATH ...]` (default corpus: seeds/)."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

from framing.views import overview

SEEDS = Path(__file__).resolve().parent / "seeds"

st.set_page_config(page_title="framing: how each outlet tells the story", page_icon="📰", layout="wide")
# `streamlit run dashboard.py -- PATH ...` passes PATHs here; when the script is run in
# another program (AppTest under pytest), sys.argv is that program's and is ignored.
launched_directly = Path(sys.argv[0]).resolve() == Path(__file__).resolve()
corpus_paths = (tuple(sys.argv[1:]) if launched_directly else ()) or (str(SEEDS),)
page = st.navigation(
    [st.Page(lambda: overview.render(corpus_paths), title="Overview", icon="📊", url_path="overview", default=True)],
)
page.run()
