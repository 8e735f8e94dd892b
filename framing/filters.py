"""Filters applied to every dashboard page (pure pandas, no Streamlit).

- outlets: keep the chosen outlets (none chosen: all);
- actors, with a mode saying how a row must involve them: ``any`` (mentioned, speaking,
  blaming or blamed), ``source`` (blames, or speaks), ``target`` (is blamed, or mentioned
  without speaking), ``speaker`` (the words are theirs), ``mention`` (named in the sentence);
- voice: ``all``; ``outlet`` = the outlet's wording (editorial + reported); ``direct`` =
  direct quotes only; or one of ``editorial`` / ``reported``;
- term categories (terms only), a date range (ISO dates; undated articles drop out when a
  range is set), and whether headlines (with standfirsts) and captions count.
Articles are kept when any of their sentences is.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from framing.tables import CorpusTables

VOICE_CHOICES: dict[str, tuple[str, ...]] = {
    "all": ("editorial", "reported", "direct"),
    "outlet": ("editorial", "reported"),
    "direct": ("direct",),
    "editorial": ("editorial",),
    "reported": ("reported",),
}
VOICE_LABELS = {
    "all": "All",
    "outlet": "Outlet's wording (editorial + reported)",
    "direct": "Direct quotes only",
    "editorial": "Editorial only",
    "reported": "Reported only",
}
ACTOR_MODES = ("any", "source", "target", "speaker", "mention")


@dataclass(frozen=True)
class Filters:
    outlets: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    actor_mode: str = "any"
    voice: str = "all"
    categories: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    include_headlines: bool = True
    include_captions: bool = True

    def roles(self) -> tuple[str, ...]:
        roles = ["body"]
        if self.include_headlines:
            roles += ["headline", "standfirst"]
        if self.include_captions:
            roles.append("caption")
        return tuple(roles)


def _keep(frame: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    return frame[mask.to_numpy()] if len(frame) else frame


def _sentence_keys(frame: pd.DataFrame, start: str = "start") -> pd.Series:
    return frame["id"].astype(str) + ":" + frame[start].astype(str)


def _actor_sentences(tables: CorpusTables, filters: Filters) -> set[str]:
    """Keys 'id:sentence_start' of sentences that involve the actors the way the mode says."""
    actors = set(filters.actors)
    mentions = tables.mentions[tables.mentions["actor"].isin(actors)]
    mentioned = set(_sentence_keys(mentions, "sentence_start"))
    speaking = set(_sentence_keys(tables.sentences[tables.sentences["actor"].isin(actors)]))
    blame = tables.blame
    as_source = set(_sentence_keys(blame[blame["source"].isin(actors)]))
    as_target = set(_sentence_keys(blame[blame["target"].isin(actors)]))
    by_mode = {
        "any": mentioned | speaking | as_source | as_target,
        "source": speaking | as_source,
        "target": as_target | (mentioned - speaking),
        "speaker": speaking,
        "mention": mentioned,
    }
    return by_mode[filters.actor_mode]


def apply_filters(tables: CorpusTables, filters: Filters) -> CorpusTables:
    """``tables`` restricted by ``filters`` (see the module docstring)."""
    if filters.actor_mode not in ACTOR_MODES or filters.voice not in VOICE_CHOICES:
        raise ValueError(f"actor_mode must be one of {ACTOR_MODES} and voice one of {list(VOICE_CHOICES)}")
    articles = tables.articles
    if filters.outlets:
        articles = articles[articles["outlet"].isin(filters.outlets)]
    if filters.date_from or filters.date_to:
        dates = articles["date"].fillna("").astype(str).str[:10]
        in_range = dates.ne("")
        if filters.date_from:
            in_range &= dates >= filters.date_from
        if filters.date_to:
            in_range &= dates <= filters.date_to
        articles = articles[in_range]
    ids = set(articles["id"])
    roles, voices = filters.roles(), VOICE_CHOICES[filters.voice]
    involved = _actor_sentences(tables, filters) if filters.actors else None

    def restrict(frame: pd.DataFrame, start: str = "start", voice: bool = True, role: bool = True) -> pd.DataFrame:
        mask = frame["id"].isin(ids)
        if role and "role" in frame:
            mask &= frame["role"].isin(roles)
        if voice and "voice" in frame:
            mask &= frame["voice"].isin(voices)
        if involved is not None:
            sentence_starts = frame[start] if start in frame else frame["start"]
            keys = frame["id"].astype(str) + ":" + sentence_starts.astype(str)
            mask &= keys.isin(involved)
        return _keep(frame, mask)

    sentences = restrict(tables.sentences)
    terms = restrict(tables.terms, "sentence_start")
    if filters.categories:
        terms = terms[terms["category"].isin(filters.categories)]
    quote_voice = tables.quotes["kind"].map({"direct": "direct", "indirect": "reported"})
    quotes = tables.quotes[tables.quotes["id"].isin(ids) & quote_voice.isin(voices).to_numpy()]
    if filters.actors:
        quotes = quotes[quotes["actor"].isin(filters.actors)]
    kept_articles = set(sentences["id"])
    return tables.replace(
        articles=articles[articles["id"].isin(kept_articles)],
        sentences=sentences,
        quotes=quotes,
        blame=_blame_for_actors(
            restrict(tables.blame) if involved is None else _restrict_blame(tables.blame, ids, roles, voices),
            filters,
            involved,
        ),
        terms=terms,
        labels=restrict(tables.labels, "sentence_start"),
        passives=restrict(tables.passives, "sentence_start", voice=False),
        actors=tables.actors[tables.actors["id"].isin(kept_articles)],
        mentions=restrict(tables.mentions, "sentence_start", voice=False),
    )


def _restrict_blame(
    blame: pd.DataFrame, ids: set[str], roles: tuple[str, ...], voices: tuple[str, ...]
) -> pd.DataFrame:
    return blame[blame["id"].isin(ids) & blame["role"].isin(roles) & blame["voice"].isin(voices)]


def _blame_for_actors(blame: pd.DataFrame, filters: Filters, involved: set[str] | None) -> pd.DataFrame:
    """Blame records are kept by their own roles: the actor blames, is blamed, or both."""
    if not filters.actors:
        return blame
    actors = list(filters.actors)
    source, target = blame["source"].isin(actors), blame["target"].isin(actors)
    masks = {
        "any": source | target,
        "source": source,
        "target": target,
        "speaker": source & blame["voice"].ne("editorial"),
        "mention": (blame["id"].astype(str) + ":" + blame["start"].astype(str)).isin(involved or set()),
    }
    return blame[masks[filters.actor_mode]]
