"""framing dashboard: `streamlit run dashboard.py [-- PATH ...]` (default corpus: seeds/).

Navigation, page config and the sidebar filters; each page is a file in app_pages/ that
calls its view in framing/views/.
"""

from __future__ import annotations

import streamlit as st

from framing.views.state import CONTEXT_KEY, corpus_paths, page_context

st.set_page_config(
    page_title="framing: how each outlet tells the story", page_icon=":material/newspaper:", layout="wide"
)
pages = [
    st.Page("app_pages/overview.py", title="Overview", icon=":material/dashboard:", url_path="overview", default=True),
    st.Page("app_pages/blame.py", title="Blame", icon=":material/balance:", url_path="blame"),
    st.Page("app_pages/language.py", title="Language", icon=":material/translate:", url_path="language"),
    st.Page("app_pages/articles.py", title="Articles", icon=":material/article:", url_path="articles"),
    st.Page("app_pages/data.py", title="Data", icon=":material/database:", url_path="data"),
    st.Page("app_pages/method.py", title="Method", icon=":material/science:", url_path="method"),
]
navigation = st.navigation(pages)
# The corpus and the sidebar filters are built here, once per run, so they are the same
# widgets on every page and a shared link (?actor=Hezbollah&voice=...) opens any page filtered.
st.session_state[CONTEXT_KEY] = page_context(corpus_paths())
navigation.run()
