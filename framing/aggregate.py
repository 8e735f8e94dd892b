"""Per-article and per-outlet tables built from score records (no Streamlit here).

Formulas (documented in the README):
- ``n_words``: words in scored segments (everything but boilerplate), summed per outlet;
- ``tone_body``: an article's mean VADER compound over its body sentences;
- ``mean_tone``: per outlet, the unweighted mean of its articles' ``tone_body`` (each
  article counts once, whatever its length); ``article_ids`` lists the articles behind it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import cast

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


NAMING_COLUMNS = ("subject", "kind", "outlet", "label", "n", "n_editorial", "n_reported", "n_direct", "evidence")
PASSIVE_COLUMNS = (
    "outlet",
    "n_words",
    "n_passives",
    "n_agentless",
    "agentless_share",
    "n_harm",
    "n_harm_agentless",
    "harm_agentless_share",
    "evidence",
)


def naming_table(records: Iterable[ArticleRecord]) -> pd.DataFrame:
    """How each outlet labels each actor and object: counts by voice, and the (article id,
    start, end) of every occurrence as evidence."""
    counts: Counter[tuple[str, ...]] = Counter()
    evidence: defaultdict[tuple[str, ...], list[tuple[str, int, int]]] = defaultdict(list)
    for record in records:
        for label in record.labels:
            key = (label.subject, label.kind, outlet_label(record.outlet), label.label)
            counts[key] += 1
            counts[(*key, label.voice)] += 1
            evidence[key].append((record.id, label.start, label.end))
    rows = [
        (*key, counts[key], *(counts[(*key, voice)] for voice in ("editorial", "reported", "direct")), evidence[key])
        for key in evidence
    ]
    frame = pd.DataFrame(rows, columns=list(NAMING_COLUMNS))
    return frame.sort_values(["subject", "outlet", "n"], ascending=[True, True, False], ignore_index=True)


def passive_rates(records: Iterable[ArticleRecord]) -> pd.DataFrame:
    """Per outlet: passives, the share without an agent, and the same for verbs of harm."""
    counts: Counter[tuple[str, str]] = Counter()
    evidence: defaultdict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for record in records:
        outlet = outlet_label(record.outlet)
        counts[(outlet, "n_words")] += record.n_words
        evidence[outlet]  # every outlet gets a row, passives or not
        for passive in record.passives:
            counts[(outlet, "n_passives")] += 1
            counts[(outlet, "n_agentless")] += passive.agent is None
            counts[(outlet, "n_harm")] += passive.harm
            counts[(outlet, "n_harm_agentless")] += passive.harm and passive.agent is None
            evidence[outlet].append((record.id, passive.start, passive.end))
    names = ("n_words", "n_passives", "n_agentless", "n_harm", "n_harm_agentless")
    frame = pd.DataFrame(
        [(outlet, *(counts[(outlet, name)] for name in names), evidence[outlet]) for outlet in sorted(evidence)],
        columns=["outlet", *names, "evidence"],
    )
    frame["agentless_share"] = frame["n_agentless"] / frame["n_passives"].where(frame["n_passives"] > 0)
    frame["harm_agentless_share"] = frame["n_harm_agentless"] / frame["n_harm"].where(frame["n_harm"] > 0)
    return frame[list(PASSIVE_COLUMNS)]


ARTICLE_ACTOR_COLUMNS = (
    "actor", "mentions", "tone", "n_sentences", "editorial", "reported", "direct", "headline", "body",
)  # fmt: skip
ARTICLE_TERM_COLUMNS = ("category", "n", "per_1000_words", "editorial", "reported", "direct")


def article_actors(record: ArticleRecord) -> pd.DataFrame:
    """One row per actor of an article: its mentions and the tone toward it (overall, by the
    voice of the scored mention and in the headline and body), most mentioned first."""
    rows = []
    for actor, counts in record.actors.items():
        tone = record.actor_tone.get(actor, {})
        by_voice = cast(dict[str, float | None], tone.get("by_voice") or {})
        by_role = cast(dict[str, float | None], tone.get("by_role") or {})
        rows.append(
            {
                "actor": actor,
                "mentions": counts["mentions"],
                "tone": tone.get("score"),
                "n_sentences": tone.get("n_sentences", 0),
                **{voice: by_voice.get(voice) for voice in ("editorial", "reported", "direct")},
                **{role: by_role.get(role) for role in ("headline", "body")},
            }
        )
    frame = pd.DataFrame(rows, columns=list(ARTICLE_ACTOR_COLUMNS))
    return frame.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)


def article_terms(record: ArticleRecord) -> pd.DataFrame:
    """One row per term category of an article: how many terms, and per 1,000 words in all and
    by voice (the record's ``term_density``), most frequent first."""
    counts = Counter(term.category for term in record.terms)
    rows = [
        {"category": category, "n": counts[category], "per_1000_words": density.get("all"),
         **{voice: density.get(voice) for voice in ("editorial", "reported", "direct")}}
        for category, density in record.term_density.items()
    ]  # fmt: skip
    frame = pd.DataFrame(rows, columns=list(ARTICLE_TERM_COLUMNS))
    return frame.sort_values(["n", "category"], ascending=[False, True], ignore_index=True)
