"""Loading and scoring the corpus for the dashboard, cached by content hash."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from framing.aggregate import articles_frame
from framing.ingest import fingerprint, read_corpus
from framing.records import Article, ArticleRecord, Problem
from framing.score import score_corpus


@dataclass(frozen=True)
class ScoredCorpus:
    articles: dict[str, Article]
    records: list[ArticleRecord]
    problems: list[Problem]
    table: pd.DataFrame


@st.cache_data(show_spinner="Reading and scoring articles…", max_entries=4)
def _score_paths(paths: tuple[str, ...], content_hash: str) -> ScoredCorpus:
    del content_hash  # part of the cache key only
    result = read_corpus(paths)
    records = score_corpus(result.articles)
    return ScoredCorpus({a.id: a for a in result.articles}, records, result.problems, articles_frame(records))


def load_corpus(paths: tuple[str, ...]) -> ScoredCorpus:
    """The scored corpus at ``paths``; rescored only when a file's content changes."""
    return _score_paths(paths, fingerprint(paths))
