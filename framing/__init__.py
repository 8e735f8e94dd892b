"""framing: media-framing analysis of news articles (blame, loaded terms, tone) by outlet."""

from __future__ import annotations

__version__ = "0.1.0"

from framing.errors import ConfigError, FramingError, InputError
from framing.ingest import ColumnMap, iter_corpus, read_corpus
from framing.records import Article, ArticleRecord, LoadResult, Problem, Segment, Sentence
from framing.score import score_article, score_corpus
from framing.target_tone import target_tone
from framing.tone import score_tone, tone_label

__all__ = [
    "Article",
    "ArticleRecord",
    "ColumnMap",
    "ConfigError",
    "FramingError",
    "InputError",
    "LoadResult",
    "Problem",
    "Segment",
    "Sentence",
    "__version__",
    "iter_corpus",
    "read_corpus",
    "score_article",
    "score_corpus",
    "score_tone",
    "target_tone",
    "tone_label",
]
