"""Filters applied to every dashboard page, as SQL over a corpus's DuckDB tables (no Streamlit).

- outlets: keep the chosen outlets (none chosen: all);
- actors, with a mode saying how a row must involve them: ``any`` (mentioned, speaking,
  blaming or blamed), ``source`` (blames, or speaks), ``target`` (is blamed, or mentioned
  without speaking), ``speaker`` (the words are theirs), ``mention`` (named in the sentence);
- voice: ``all``; ``outlet`` = the outlet's wording (editorial + reported); ``direct`` =
  direct quotes only; or one of ``editorial`` / ``reported``;
- term categories (terms only), a date range (ISO dates; undated articles drop out when a
  range is set), and whether headlines (with standfirsts) and captions count.
Articles are kept when any of their sentences is; passives, which have no voice of their
own, when their sentence is; actor mentions (which carry the tone toward their actor) like
terms, by their own voice, and with actors chosen only the chosen actors' mentions and
per-article actor rows. ``Filtered`` holds the filtered tables
as SQL subqueries; pages run their aggregates over them (``framing.compare``) and read
rows with a limit, so no filter change copies a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from framing.aggregate import ARTICLE_COLUMNS
from framing.database import ARTICLE_DAY, TABLES, CorpusDB, sql_list, sql_text

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


def _where(table: str, conditions: list[str], columns: str = "*") -> str:
    sql = f"SELECT {columns} FROM {table}"
    return f"{sql} WHERE {' AND '.join(conditions)}" if conditions else sql


def _involved(filters: Filters) -> str:
    """Sentence numbers (``sid``) of sentences that involve the actors the way the mode says."""
    actors = sql_list(filters.actors)
    mentioned = f"SELECT sid FROM mentions WHERE actor IN {actors}"
    speaking = f"SELECT sid FROM sentences WHERE actor IN {actors}"
    as_source = f"SELECT sid FROM blame WHERE source IN {actors}"
    as_target = f"SELECT sid FROM blame WHERE target IN {actors}"
    by_mode = {
        "any": (mentioned, speaking, as_source, as_target),
        "source": (speaking, as_source),
        "target": (as_target, f"SELECT sid FROM ({mentioned} EXCEPT {speaking})"),
        "speaker": (speaking,),
        "mention": (mentioned,),
    }
    return " UNION ".join(by_mode[filters.actor_mode])


def _blame_for_actors(filters: Filters) -> str:
    """Blame records are kept by their own roles: the actor blames, is blamed, or both."""
    actors = sql_list(filters.actors)
    return {
        "any": f"(source IN {actors} OR target IN {actors})",
        "source": f"source IN {actors}",
        "target": f"target IN {actors}",
        "speaker": f"source IN {actors} AND voice IS DISTINCT FROM 'editorial'",
        "mention": f"sid IN ({_involved(filters)})",  # the sentences naming them
    }[filters.actor_mode]


def filtered_sql(filters: Filters) -> dict[str, str]:
    """The SQL selecting each table's rows under ``filters`` (see the module docstring)."""
    if filters.actor_mode not in ACTOR_MODES or filters.voice not in VOICE_CHOICES:
        raise ValueError(f"actor_mode must be one of {ACTOR_MODES} and voice one of {list(VOICE_CHOICES)}")
    article_columns = ", ".join(ARTICLE_COLUMNS)  # never the text
    if filters == Filters(actor_mode=filters.actor_mode):
        return {name: _where(name, [], article_columns if name == "articles" else "*") for name in TABLES}
    chosen: list[str] = []
    if filters.outlets:
        chosen.append(f"outlet IN {sql_list(filters.outlets)}")
    if filters.date_from or filters.date_to:
        chosen.append(f"{ARTICLE_DAY} <> ''")
        chosen += [f"{ARTICLE_DAY} >= {sql_text(filters.date_from)}"] if filters.date_from else []
        chosen += [f"{ARTICLE_DAY} <= {sql_text(filters.date_to)}"] if filters.date_to else []
    ids = [f"id IN ({_where('articles', chosen, 'id')})"] if chosen else []
    roles, voices = filters.roles(), VOICE_CHOICES[filters.voice]
    role = [] if roles == Filters().roles() else [f"role IN {sql_list(roles)}"]
    voice = [] if len(voices) == len(VOICE_CHOICES["all"]) else [f"voice IN {sql_list(voices)}"]
    involved = [f"sid IN ({_involved(filters)})"] if filters.actors else []

    def restrict(table: str, extra: tuple[str, ...] = ()) -> str:
        return _where(table, [*ids, *role, *voice, *involved, *extra])

    sentences = restrict("sentences")
    kept = f"id IN (SELECT DISTINCT id FROM ({sentences}))"
    in_sentences = f"sid IN (SELECT sid FROM ({sentences}))"
    quote_voice = "CASE kind WHEN 'direct' THEN 'direct' WHEN 'indirect' THEN 'reported' END"
    chosen_actors = [f"actor IN {sql_list(filters.actors)}"] if filters.actors else []
    quotes = [
        *ids,
        *([f"{quote_voice} IN {sql_list(voices)}"] if voice else []),
        *chosen_actors,
    ]
    blame = [*ids, *role, *voice, *([_blame_for_actors(filters)] if filters.actors else [])]
    categories = (f"category IN {sql_list(filters.categories)}",) if filters.categories else ()
    return {
        "articles": _where("articles", [*ids, kept], article_columns),
        "sentences": sentences,
        "quotes": _where("quotes", quotes),
        "blame": _where("blame", blame),
        "terms": restrict("terms", extra=categories),
        "labels": restrict("labels"),
        # no voice of their own: they follow their sentence's
        "passives": _where("passives", [in_sentences]),
        "actors": _where("actors", [kept, *chosen_actors]),
        # only the chosen actors' mentions (tone toward them), each by its own voice
        "mentions": restrict("mentions", extra=tuple(chosen_actors)),
    }


class Filtered:
    """A corpus's tables under ``filters``. ``query`` runs SQL in which ``{name}`` stands for
    the filtered table ``name`` (a subquery); nothing is computed until a query runs. Values
    from the data go in ``parameters`` (``?``), never into the SQL text."""

    def __init__(self, db: CorpusDB, filters: Filters) -> None:
        self.db = db
        self.filters = filters
        self._tables = {name: f"({select})" for name, select in filtered_sql(filters).items()}

    def sql(self, template: str) -> str:
        """``template`` with ``{articles}``, ``{blame}``, … replaced by the filtered tables."""
        return template.format(**self._tables)

    def query(self, template: str, parameters: Sequence[object] = ()) -> pd.DataFrame:
        """The result of ``template`` (see ``sql``), with ``?`` bound to ``parameters``."""
        return self.db.query(self.sql(template), parameters)

    def frame(
        self, table: str, where: str = "", parameters: Sequence[object] = (), order: str = "", limit: int | None = None
    ) -> pd.DataFrame:
        """The filtered rows of ``table``, optionally restricted (``where`` with ``?`` for
        ``parameters``), ordered and limited."""
        sql = f"SELECT * FROM {{{table}}}" + (f" WHERE {where}" if where else "")
        sql += (f" ORDER BY {order}" if order else "") + (f" LIMIT {int(limit)}" if limit is not None else "")
        return self.query(sql, parameters)

    def count(self, table: str, where: str = "", parameters: Sequence[object] = ()) -> int:
        """How many filtered rows ``table`` has (that also satisfy ``where``)."""
        sql = f"SELECT count(*) AS n FROM {{{table}}}" + (f" WHERE {where}" if where else "")
        return int(self.query(sql, parameters)["n"].iloc[0])
