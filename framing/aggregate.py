"""Per-article and per-outlet tables built from score records (no Streamlit here).

Formulas (documented in the README):
- ``n_words``: words in scored segments (everything but boilerplate), summed per outlet;
- ``tone_body``: an article's mean VADER compound over its body sentences;
- ``mean_tone``: per outlet, the unweighted mean of its articles' ``tone_body`` (each
  article counts once, whatever its length); ``article_ids`` lists the articles behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from framing.records import ArticleRecord

UNKNOWN_OUTLET = "(unknown outlet)"

ARTICLE_COLUMNS = ("id", "outlet", "title", "date", "n_words", "n_sentences", "tone_body", "tone_headline")
OUTLET_COLUMNS = ("outlet", "n_articles", "n_words", "mean_tone", "article_ids")


def outlet_label(outlet: str) -> str:
    """The outlet's display name; articles without one are grouped as ``UNKNOWN_OUTLET``."""
    return outlet.strip() or UNKNOWN_OUTLET


def articles_frame(records: Iterable[ArticleRecord]) -> pd.DataFrame:
    """One row per article (columns ``ARTICLE_COLUMNS``)."""
    rows = [
        {
            "id": r.id,
            "outlet": outlet_label(r.outlet),
            "title": r.title,
            "date": r.date,
            "n_words": r.n_words,
            "n_sentences": len(r.sentences),
            "tone_body": r.tone.body,
            "tone_headline": r.tone.headline,
        }
        for r in records
    ]
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    return frame.astype(
        {"n_words": "int64", "n_sentences": "int64", "tone_body": "float64", "tone_headline": "float64"}
    )


def outlet_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet (columns ``OUTLET_COLUMNS``), sorted by outlet name."""
    if articles.empty:
        return pd.DataFrame(columns=list(OUTLET_COLUMNS))
    grouped = articles.groupby("outlet", sort=True)
    summary = pd.DataFrame(
        {
            "n_articles": grouped["id"].count(),
            "n_words": grouped["n_words"].sum(),
            "mean_tone": grouped["tone_body"].mean(),
            "article_ids": grouped["id"].agg(list),
        }
    ).reset_index()
    return summary[list(OUTLET_COLUMNS)]


def filter_outlets(articles: pd.DataFrame, outlets: Sequence[str]) -> pd.DataFrame:
    """Rows whose outlet is in ``outlets``; an empty selection keeps every outlet."""
    if not outlets:
        return articles
    return articles[articles["outlet"].isin(list(outlets))]
