"""The corpus behind the pages, the session's own data, and the sidebar filters.

Bundled or server-side corpora are scored once and cached by content hash (shared: they
are public). Uploaded corpora, lexicons and actor files live in the user's session only.
A filter change reruns only the aggregates, as SQL over the corpus's DuckDB tables.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import tempfile
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar, cast

import streamlit as st

from framing.actors import add_actor_file, load_registry
from framing.database import ARTICLE_DAY, CorpusDB
from framing.defaults import SHARED_AGGREGATE_ENTRIES
from framing.errors import FramingError
from framing.figures import color_map
from framing.filters import ACTOR_MODES, Filtered, Filters
from framing.ingest import iter_uploads
from framing.lexicon import Lexicon, default_lexicon, parse_lexicon, vader_entries
from framing.records import Article, ArticleRecord, Problem
from framing.score import ScoreConfig, score_article
from framing.store import check_store, is_store, open_store
from framing.tables import build_tables
from framing.views import escape_markdown

T = TypeVar("T")
UPLOAD_KEY = "uploaded_corpus"
AGGREGATES_KEY = "aggregates"
CONTEXT_KEY = "page_context"
LEXICON_KEY = "custom_lexicon"
ACTORS_KEY = "custom_actors"
VOICE_OPTIONS = {
    "all": "all",
    "outlet's wording": "outlet",
    "direct quotes": "direct",
    "editorial": "editorial",
    "reported": "reported",
}


@dataclass(frozen=True)
class Choices:
    """What the sidebar offers: the corpus's outlets, actors, term categories and days."""

    outlets: list[str]
    actors: list[str]
    categories: list[str]
    days: list[str]


@dataclass(frozen=True)
class Corpus:
    name: str
    articles: Mapping[str, Article]  # a scored store's are read on demand (StoredArticles)
    records: Mapping[str, ArticleRecord]
    problems: list[Problem]
    db: CorpusDB  # the long tables, filtered and aggregated in DuckDB
    # Content identity of a corpus every session shares (the bundled or a server-side corpus,
    # scored with a given lexicon and actor file); None for a session's own upload, whose
    # aggregates are never shared.
    key: str | None = None

    @functools.cached_property
    def choices(self) -> Choices:
        days = self.db.rows(
            f"SELECT DISTINCT day FROM (SELECT {ARTICLE_DAY} AS day FROM articles) WHERE length(day) = 10 ORDER BY day"
        )
        return Choices(
            self.db.values("articles", "outlet"),
            self.db.values("mentions", "actor"),
            self.db.values("terms", "category"),
            [row[0] for row in days],
        )


@dataclass(frozen=True)
class Page:
    corpus: Corpus
    filters: Filters
    data: Filtered  # the corpus's tables under the filters
    actor_colors: dict[str, str]  # one colour per actor, the same in every chart
    outlet_colors: dict[str, str]


ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "dashboard.py"
SEEDS = ROOT / "seeds"


def corpus_paths() -> tuple[str, ...]:
    """The corpus to open: `streamlit run dashboard.py -- PATH ...`, else the bundled seeds.

    When the app runs inside another program (AppTest under pytest), sys.argv is that
    program's and is ignored.
    """
    launched = Path(sys.argv[0]).resolve() == DASHBOARD
    return (tuple(sys.argv[1:]) if launched else ()) or (str(SEEDS),)


def _files(paths: tuple[str, ...]) -> tuple[tuple[str, bytes], ...]:
    files = []
    for given in paths:
        path = Path(given)
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file() and not file.name.startswith("."):
                files.append((file.name, file.read_bytes()))
    return tuple(files)


def build_config(lexicon_file: tuple[str, str] | None, actors_text: str | None) -> ScoreConfig:
    """A scoring configuration with the session's own lexicon and actor file, if any."""
    lexicon = default_lexicon()
    if lexicon_file:
        name, text = lexicon_file
        entries, problems = parse_lexicon(text, name, Path(name).suffix.lstrip(".").lower() or "tsv")
        if problems:
            raise FramingError(f"{name}: {len(problems)} bad row(s), e.g. {problems[0]}; fix them on the Data page")
        lexicon = Lexicon.from_entries(entries + vader_entries())
    registry = load_registry()
    if actors_text:
        registry = add_actor_file(registry, actors_text, "your actor file")
    return ScoreConfig(registry=registry, lexicon=lexicon)


def score_files(
    name: str,
    files: Iterable[tuple[str, bytes]],
    config: ScoreConfig,
    progress: Callable[[float, str], None] | None = None,
    earlier_problems: Iterable[Problem] = (),
) -> Corpus:
    """Read and score in-memory files; ``progress(fraction, text)`` is called as articles are scored.

    ``earlier_problems`` (URLs that could not be fetched) are listed with the corpus's own.
    """
    items = list(iter_uploads(files))
    articles = [item for item in items if isinstance(item, Article)]
    problems = list(earlier_problems) + [item for item in items if isinstance(item, Problem)]
    records = []
    for index, article in enumerate(articles, start=1):
        records.append(score_article(article, config))
        if progress:
            progress(index / len(articles), f"Scored {index} of {len(articles)}: {article.id}")
    texts = {a.id: a.text for a in articles}
    db = CorpusDB.from_tables(build_tables(records, texts, config.registry), texts)
    return Corpus(name, {a.id: a for a in articles}, {r.id: r for r in records}, problems, db)


# cache_resource, not cache_data: the corpus is shared read-only (every session queries its
# DuckDB database on its own cursor), so it is not unpickled again for every session and run.
@st.cache_resource(show_spinner="Reading and scoring articles…", max_entries=4)
def _score_cached(
    name: str, files: tuple[tuple[str, bytes], ...], lexicon_file: tuple[str, str] | None, actors_text: str | None
) -> Corpus:
    corpus = score_files(name, files, build_config(lexicon_file, actors_text))
    settings = repr((lexicon_file, actors_text)).encode()
    return replace(corpus, key=f"files:{content_hash(files)}:{hashlib.sha256(settings).hexdigest()[:16]}")


def content_hash(files: Iterable[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode() + b"\0" + data)
    return digest.hexdigest()[:16]


def open_uploaded_store(name: str, data: bytes) -> Corpus:
    """A DuckDB store uploaded by this session (``framing score ... -o corpus.duckdb``), as
    its own corpus: written to a private temporary file, checked (no views, every table),
    read lazily like a server-side store, and the file deleted when the corpus is dropped."""
    handle, temporary = tempfile.mkstemp(prefix="framing-upload-", suffix=".duckdb")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    try:
        check_store(temporary, name)
        articles, records, db = open_store(temporary)
    except Exception:
        os.unlink(temporary)
        raise
    corpus = Corpus(f"{name} (your scored store)", articles, records, [], db)
    weakref.finalize(corpus, _close_and_delete, db, temporary)
    return corpus


def _close_and_delete(db: CorpusDB, path: str) -> None:
    db.close()
    os.unlink(path)


@st.cache_resource(show_spinner="Opening the scored corpus…", max_entries=2)
def _open_store(path: str, modified: float) -> Corpus:
    articles, records, db = open_store(path)
    return Corpus(
        f"{Path(path).name} (scored store)",
        articles,
        records,
        [],
        db,
        key=f"store:{Path(path).resolve()}:{modified}",
    )


def current_corpus(default_paths: tuple[str, ...]) -> Corpus:
    """The session's uploaded corpus if any; else a scored store given on the command line
    (`streamlit run dashboard.py -- corpus.duckdb`); else the default corpus, scored with the
    session's lexicon and actor file."""
    uploaded = st.session_state.get(UPLOAD_KEY)
    if uploaded is not None:
        return uploaded
    if len(default_paths) == 1 and is_store(default_paths[0]):
        path = Path(default_paths[0])
        marker = path if path.is_file() else path / "framing-run.json"
        return _open_store(str(path), marker.stat().st_mtime)
    files = _files(default_paths)
    return _score_cached(
        ", ".join(Path(p).name for p in default_paths),
        files,
        st.session_state.get(LEXICON_KEY),
        st.session_state.get(ACTORS_KEY),
    )


def _sidebar_filters(corpus: Corpus) -> Filters:
    choices = corpus.choices
    with st.sidebar:
        st.header("Filters")
        outlets = st.multiselect(
            "Outlets",
            choices.outlets,
            key="outlet",
            bind="query-params",
            placeholder="All outlets",
        )
        actors = st.multiselect(
            "Actors",
            choices.actors,
            key="actor",
            bind="query-params",
            placeholder="All actors",
        )
        mode = st.selectbox(
            "Actor involved as",
            ACTOR_MODES,
            key="actor_mode",
            bind="query-params",
            help="any: mentioned, speaking, blaming or blamed · source: blames or speaks · target: is blamed or "
            "mentioned without speaking · speaker: the words are theirs · mention: named in the sentence",
        )
        voice = st.selectbox(
            "Voice",
            list(VOICE_OPTIONS),
            key="voice",
            bind="query-params",
            help="Whose wording: the outlet's (editorial, or its paraphrase of a source) or a source's own words "
            "in quotation marks (direct).",
        )
        categories = st.multiselect(
            "Term categories",
            choices.categories,
            key="category",
            bind="query-params",
            placeholder="All categories",
        )
        dates = choices.days
        date_from = date_to = None
        if dates:
            chosen = st.select_slider(
                "Dates", options=dates, value=(dates[0], dates[-1]), key="dates", bind="query-params"
            )
            if tuple(chosen) != (dates[0], dates[-1]):
                date_from, date_to = chosen
        headlines = st.toggle("Count headlines and standfirsts", value=True, key="headlines", bind="query-params")
        captions = st.toggle("Count photo captions", value=True, key="captions", bind="query-params")
    return Filters(
        tuple(outlets), tuple(actors), mode or "any", VOICE_OPTIONS[voice or "all"], tuple(categories),
        date_from, date_to, headlines, captions,
    )  # fmt: skip


def page_context(default_paths: tuple[str, ...]) -> Page:
    """The corpus, the sidebar filters and the filtered tables, for any page."""
    try:
        corpus = current_corpus(default_paths)
    except FramingError as error:
        if LEXICON_KEY not in st.session_state and ACTORS_KEY not in st.session_state:
            st.error(escape_markdown(error))  # the corpus itself: a store that cannot be read
            st.stop()
        st.error(f"Could not score with your lexicon or actor file: {escape_markdown(error)}")
        st.session_state.pop(LEXICON_KEY, None)
        st.session_state.pop(ACTORS_KEY, None)
        corpus = current_corpus(default_paths)
    filters = _sidebar_filters(corpus)
    actors = sorted({*corpus.choices.actors, "outlet", "none", "(unresolved)"})
    with st.sidebar:
        st.caption(
            f"Corpus: {escape_markdown(corpus.name)} · {len(corpus.articles)} article(s) · "
            f"{len(corpus.problems)} input problem(s)"
        )
    outlets = color_map(corpus.choices.outlets)
    return Page(corpus, filters, Filtered(corpus.db, filters), color_map(actors), outlets)


def aggregate(page: Page, name: str, compute: Callable[[Page], T]) -> T:
    """``compute(page)`` once per corpus, filters and ``name``: shared by every session for a
    shared corpus (see ``Corpus.key``), memoised in this session for its own upload."""
    if page.corpus.key is not None:
        return cast(T, _aggregate_shared(page.corpus.key, repr(page.filters), name, compute, page))
    memo: tuple[Corpus, Filters, dict[str, object]] | None = st.session_state.get(AGGREGATES_KEY)
    if memo is None or memo[0] is not page.corpus or memo[1] != page.filters:
        memo = (page.corpus, page.filters, {})
        st.session_state[AGGREGATES_KEY] = memo
    values = memo[2]
    if name not in values:
        values[name] = compute(page)
    return cast(T, values[name])


@st.cache_resource(show_spinner="Computing…", max_entries=SHARED_AGGREGATE_ENTRIES)
def _aggregate_shared(corpus_key: str, filters_key: str, name: str, _compute: Callable[[Page], T], _page: Page) -> T:
    del corpus_key, filters_key, name  # the cache key only
    return _compute(_page)


def current_page() -> Page:
    """The context ``dashboard.py`` built for this run (corpus, filters, filtered tables)."""
    page = st.session_state.get(CONTEXT_KEY)
    if page is None:
        page = page_context(corpus_paths())
        st.session_state[CONTEXT_KEY] = page
    return page
