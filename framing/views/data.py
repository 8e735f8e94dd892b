"""Data page: choose the corpus, upload your own, bring a lexicon or actor file, download."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from framing.actors import add_actor_file, load_registry
from framing.errors import FramingError
from framing.export import FORMATS, TABLE_NAMES, export_table, export_tables, to_bytes, to_zip
from framing.fetch import articles_to_jsonl, iter_urls
from framing.filters import Filtered
from framing.ingest import SUPPORTED_SUFFIXES
from framing.lexicon import default_lexicon, parse_lexicon
from framing.records import Article, Problem
from framing.store import StoredArticles
from framing.views import escape_markdown
from framing.views.state import (
    ACTORS_KEY,
    LEXICON_KEY,
    UPLOAD_KEY,
    Corpus,
    build_config,
    content_hash,
    current_page,
    open_uploaded_store,
    score_files,
)

FILES_KEY = "uploaded_files"
URL_PROBLEMS_KEY = "url_problems"
FETCHED_FILE = "fetched-urls.jsonl"
MAX_URLS = 100
MIME = {
    "csv": "text/csv",
    "jsonl": "application/jsonl",
    "parquet": "application/vnd.apache.parquet",
    "zip": "application/zip",
}


def _score_uploads(files: list[tuple[str, bytes]], url_problems: list[Problem] | None = None) -> None:
    bar = st.progress(0.0, text="Reading files…")
    config = build_config(st.session_state.get(LEXICON_KEY), st.session_state.get(ACTORS_KEY))
    if url_problems is None:
        url_problems = st.session_state.get(URL_PROBLEMS_KEY, [])
    name = f"your upload ({len(files)} file(s), {content_hash(files)})"

    def progress(fraction: float, text: str) -> None:
        bar.progress(fraction, text=text)

    corpus = score_files(name, files, config, progress, url_problems)
    bar.empty()
    st.session_state[UPLOAD_KEY] = corpus
    st.session_state[FILES_KEY] = files
    st.session_state[URL_PROBLEMS_KEY] = url_problems
    st.rerun()


def _fetch_urls(lines: list[str]) -> None:
    """Fetch each URL (safely, see framing.fetch), then score the articles like an upload."""
    urls = [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
    problems = [Problem(url, f"more than {MAX_URLS} URLs at once; not fetched") for url in urls[MAX_URLS:]]
    articles: list[Article] = []
    bar = st.progress(0.0, text="Fetching…")
    for index, item in enumerate(iter_urls(urls[:MAX_URLS]), start=1):
        (articles if isinstance(item, Article) else problems).append(item)  # type: ignore[arg-type]
        bar.progress(index / min(len(urls), MAX_URLS), text=f"Fetched {index} of {min(len(urls), MAX_URLS)}")
    bar.empty()
    _score_uploads([(FETCHED_FILE, articles_to_jsonl(articles))] if articles else [], problems)


def _corpus_section() -> None:
    st.subheader("Corpus")
    uploads = st.file_uploader(
        f"Upload articles ({', '.join(SUPPORTED_SUFFIXES)}; a manifest.csv gives metadata to .txt files)",
        type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES],
        accept_multiple_files=True,
        key="upload",
    )
    left, right = st.columns(2)
    if left.button("Score the uploaded files", type="primary", disabled=not uploads, key="score_uploads"):
        _score_uploads([(file.name, file.getvalue()) for file in uploads or []], [])
    if right.button("Use the bundled seed articles", disabled=UPLOAD_KEY not in st.session_state, key="use_seeds"):
        _use_corpus(None)
    urls = st.text_area(
        f"…or paste article URLs, one per line (at most {MAX_URLS}; http and https only, public addresses only)",
        key="url_list",
    )
    if st.button("Fetch and score these URLs", disabled=not urls.strip(), key="fetch_urls"):
        _fetch_urls(urls.splitlines())


def _use_corpus(corpus: Corpus | None) -> None:
    """Show ``corpus`` (None: the bundled one) and forget the session's earlier upload, then rerun."""
    for key in (UPLOAD_KEY, FILES_KEY, URL_PROBLEMS_KEY):
        st.session_state.pop(key, None)
    if corpus is not None:
        st.session_state[UPLOAD_KEY] = corpus
    st.rerun()


def _store_section() -> None:
    """A store scored elsewhere (`framing score ... -o corpus.duckdb`), opened for this session."""
    file = st.file_uploader(
        "…or open a scored store (.duckdb written by `framing score ... -o corpus.duckdb`; nothing is scored again)",
        type=["duckdb"],
        key="store_upload",
    )
    if file is not None and st.button("Open this store", key="open_store"):
        try:
            corpus = open_uploaded_store(file.name, file.getvalue())
        except FramingError as error:
            st.error(escape_markdown(error))
            return
        _use_corpus(corpus)


def _rescore_uploads() -> None:
    if FILES_KEY in st.session_state:
        _score_uploads(st.session_state[FILES_KEY])


def _lexicon_section() -> None:
    st.subheader("Lexicon")
    st.caption(
        "Edit the loaded-term lexicon below, or upload your own (.tsv, .csv or LIWC .dic). "
        'It is used for this session only. A row with category "-" is a stop phrase: it hides the terms '
        'inside it ("claimed the lives" hides "claimed") and is never counted.'
    )
    file = st.file_uploader("Upload a lexicon", type=["tsv", "csv", "dic", "txt"], key="lexicon_upload")
    base = [e for e in default_lexicon().entries if e.source == "framing"]
    frame = pd.DataFrame(
        [(e.pattern, e.category, e.weight, e.note) for e in base], columns=["pattern", "category", "weight", "note"]
    )
    edited = st.data_editor(frame, num_rows="dynamic", key="lexicon_editor", height=240)
    if st.button("Use this lexicon", key="apply_lexicon"):
        if file is not None:
            name, text = file.name, file.getvalue().decode("utf-8-sig", errors="replace")
        else:
            name, text = "edited.tsv", edited.fillna("").to_csv(sep="\t", index=False)
        entries, problems = parse_lexicon(text, name, name.rsplit(".", 1)[-1].lower() if "." in name else "tsv")
        if problems:
            st.error(f"{len(problems)} bad row(s); nothing was changed:")
            st.dataframe(
                pd.DataFrame([(p.line, p.message) for p in problems], columns=["line", "problem"]), hide_index=True
            )
        else:
            st.session_state[LEXICON_KEY] = (name, text)
            _rescore_uploads()
            st.rerun()


def _actors_section() -> None:
    st.subheader("Actors")
    file = st.file_uploader(
        "Upload an actor file (TOML, added to the bundled actors)", type=["toml"], key="actors_upload"
    )
    if file is not None and st.button("Use this actor file", key="apply_actors"):
        text = file.getvalue().decode("utf-8-sig", errors="replace")
        try:
            registry = load_registry()
            add_actor_file(registry, text, file.name)
        except FramingError as error:
            st.error(escape_markdown(error))
            return
        st.session_state[ACTORS_KEY] = text
        _rescore_uploads()
        st.rerun()


def _download_section(data: Filtered) -> None:
    st.subheader("Download")
    left, middle, right = st.columns(3)
    name = left.selectbox("Table", TABLE_NAMES, key="download_table")
    fmt = middle.selectbox("Format", FORMATS, key="download_format")
    # Files are built only when a button is clicked (a large corpus makes them slow).
    right.download_button(
        f"Download {name}.{fmt}",
        lambda: to_bytes(export_table(data, name), fmt),
        file_name=f"{name}.{fmt}",
        mime=MIME[fmt],
        key="download_one",
    )
    st.download_button(
        f"Download everything (.zip of {fmt})",
        lambda: to_zip(export_tables(data), fmt),
        file_name=f"framing-{fmt}.zip",
        mime=MIME["zip"],
        key="download_all",
    )
    st.caption("Downloads follow the sidebar filters. CSV cells that a spreadsheet would run as formulas start with '.")


def render() -> None:
    st.title("Data")
    _corpus_section()
    _store_section()
    page = current_page()
    if isinstance(page.corpus.articles, StoredArticles):
        st.info("A scored store keeps the lexicon and actor files it was scored with; a new lexicon or actor file "
                "applies to uploaded articles and the bundled seeds.")  # fmt: skip
    elif LEXICON_KEY in st.session_state:
        st.info(f"Scoring with your lexicon {escape_markdown(st.session_state[LEXICON_KEY][0])}.")
    if page.corpus.problems:
        st.warning(f"{len(page.corpus.problems)} input problem(s); the other files were scored.")
        st.dataframe(
            pd.DataFrame(
                [(p.severity, p.source, p.message) for p in page.corpus.problems],
                columns=["severity", "input", "problem"],
            ),
            hide_index=True,
            key="problems_table",
        )
    st.caption(f"Now showing: {escape_markdown(page.corpus.name)}, {len(page.corpus.articles)} article(s).")
    _lexicon_section()
    _actors_section()
    _download_section(page.data)
