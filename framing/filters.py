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
    """The rows of ``frame`` where ``mask`` holds; ``frame`` itself (no copy) when all do."""
    values = mask.to_numpy()
    return frame if values.all() else frame[values]


def _actor_sentences(tables: CorpusTables, filters: Filters) -> set[int]:
    """Sentence numbers (``sid``) of sentences that involve the actors the way the mode says."""
    actors = list(filters.actors)
    mentioned = set(tables.mentions.loc[tables.mentions["actor"].isin(actors), "sid"])
    speaking = set(tables.sentences.loc[tables.sentences["actor"].isin(actors), "sid"])
    blame = tables.blame
    as_source = set(blame.loc[blame["source"].isin(actors), "sid"])
    as_target = set(blame.loc[blame["target"].isin(actors), "sid"])
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
    if filters == Filters(actor_mode=filters.actor_mode):
        return tables
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

    involved_sids = list(involved) if involved is not None else None

    every_article = len(ids) == len(tables.articles)
    every_role = set(roles) == {"body", "headline", "standfirst", "caption"}
    every_voice = len(voices) == len(VOICE_CHOICES["all"])

    def restrict(frame: pd.DataFrame, voice: bool = True) -> pd.DataFrame:
        mask = pd.Series(True, index=frame.index)
        if not every_article:
            mask &= frame["id"].isin(list(ids))
        if not every_role and "role" in frame:
            mask &= frame["role"].isin(roles)
        if not every_voice and voice and "voice" in frame:
            mask &= frame["voice"].isin(voices)
        if involved_sids is not None:
            mask &= frame["sid"].isin(involved_sids)
        return _keep(frame, mask)

    sentences = restrict(tables.sentences)
    terms = restrict(tables.terms)
    if filters.categories:
        terms = _keep(terms, terms["category"].isin(filters.categories))
    quotes = tables.quotes
    if not every_article:
        quotes = quotes[quotes["id"].isin(list(ids))]
    if not every_voice:
        quotes = quotes[quotes["kind"].map({"direct": "direct", "indirect": "reported"}).isin(voices).to_numpy()]
    if filters.actors:
        quotes = quotes[quotes["actor"].isin(filters.actors)]
    kept_articles = set(sentences["id"].unique())

    def kept(frame: pd.DataFrame) -> pd.DataFrame:
        """Rows of the kept articles; ``frame`` itself when it has no other article (the usual case)."""
        if kept_articles.issuperset(frame["id"].unique()):
            return frame
        return frame[frame["id"].isin(list(kept_articles))]

    return tables.replace(
        articles=kept(articles),
        sentences=sentences,
        quotes=quotes,
        blame=_blame_for_actors(
            restrict(tables.blame) if involved is None else _restrict_blame(tables.blame, ids, roles, voices),
            filters,
            involved,
        ),
        terms=terms,
        labels=restrict(tables.labels),
        passives=restrict(tables.passives, voice=False),
        actors=kept(tables.actors),
        mentions=restrict(tables.mentions, voice=False),
    )


def _restrict_blame(
    blame: pd.DataFrame, ids: set[str], roles: tuple[str, ...], voices: tuple[str, ...]
) -> pd.DataFrame:
    return blame[blame["id"].isin(ids) & blame["role"].isin(roles) & blame["voice"].isin(voices)]


def _blame_for_actors(blame: pd.DataFrame, filters: Filters, involved: set[int] | None) -> pd.DataFrame:
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
        "mention": blame["sid"].isin(list(involved or set())),
    }
    return blame[masks[filters.actor_mode]]
