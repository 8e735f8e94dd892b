"""Per-outlet comparisons over (filtered) corpus tables; every row keeps its evidence.

Formulas (the README repeats them):
- blame matrix: records per outlet, source, target and kind; ``share`` = the row's records
  over all blame records of that outlet; ``target_share`` = the records blaming a target
  over the outlet's blame (kind = blame) records;
- whose voice: per outlet and speaking actor, quotes and quoted words (words in quote
  contents, direct and indirect); shares over the outlet's totals;
- term density: terms per 1,000 words of the outlet's articles, by category and voice;
- actor tone: per outlet and actor, the mean of the articles' actor tone (each article once);
- time series: articles and mean body tone per date and outlet.
Every row is traceable: ``evidence(table, **row_keys)`` returns the rows of the long table
behind it (article id, offsets, the sentence). Evidence is looked up when a cell is opened,
not carried in every aggregate, so a filter change on a large corpus stays fast.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

import pandas as pd

from framing.distinctive import distinctive_terms
from framing.tables import CorpusTables, plain


def _plain_output(aggregate: Callable[[CorpusTables], pd.DataFrame]) -> Callable[[CorpusTables], pd.DataFrame]:
    """Aggregates return plain columns: group keys of categorical table columns come back as
    strings, so callers can map, compare and concatenate them freely."""

    @functools.wraps(aggregate)
    def wrapper(tables: CorpusTables) -> pd.DataFrame:
        return plain(aggregate(tables))

    return wrapper


def evidence(table: pd.DataFrame, **keys: object) -> pd.DataFrame:
    """The rows of a long table behind an aggregate row: ``evidence(tables.blame, outlet="UAWire",
    target="Hezbollah")``. Each row has the article id and offsets of its sentence."""
    mask = pd.Series(True, index=table.index)
    for column, value in keys.items():
        mask &= table[column] == value
    return table[mask]


@_plain_output
def blame_matrix(tables: CorpusTables) -> pd.DataFrame:
    """Counts and shares of blame records by outlet, source, target and kind."""
    blame = tables.blame
    keys = ["outlet", "source", "target", "kind"]
    columns = [*keys, "n", "n_editorial", "n_reported", "n_direct", "share"]
    if blame.empty:
        return pd.DataFrame(columns=columns)
    by_voice = pd.crosstab([blame[k] for k in keys], blame["voice"])
    frame = by_voice.reindex(columns=["editorial", "reported", "direct"], fill_value=0).add_prefix("n_").reset_index()
    frame["n"] = frame[["n_editorial", "n_reported", "n_direct"]].sum(axis=1)
    frame["share"] = frame["n"] / frame.groupby("outlet")["n"].transform("sum")
    return frame[columns].sort_values(keys, ignore_index=True)


@_plain_output
def target_share(tables: CorpusTables) -> pd.DataFrame:
    """Per outlet, the share of its blame (kind = blame) that each target receives."""
    blame = tables.blame[tables.blame["kind"] == "blame"]
    if blame.empty:
        return pd.DataFrame(columns=["outlet", "target", "n", "share"])
    frame = blame.groupby(["outlet", "target"]).size().rename("n").reset_index()
    frame["share"] = frame["n"] / frame.groupby("outlet")["n"].transform("sum")
    return frame.sort_values(["outlet", "share"], ascending=[True, False], ignore_index=True)


@_plain_output
def voice_share(tables: CorpusTables) -> pd.DataFrame:
    """Per outlet and speaking actor: quotes and quoted words, and their shares."""
    quotes = tables.quotes.assign(actor=tables.quotes["actor"].astype(object).fillna("(unresolved)"))
    columns = ["outlet", "actor", "n_quotes", "quoted_words", "quote_share", "word_share"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    frame = (
        quotes.groupby(["outlet", "actor"]).agg(n_quotes=("id", "size"), quoted_words=("n_words", "sum")).reset_index()
    )
    frame["quote_share"] = frame["n_quotes"] / frame.groupby("outlet")["n_quotes"].transform("sum")
    frame["word_share"] = frame["quoted_words"] / frame.groupby("outlet")["quoted_words"].transform("sum")
    return frame[columns].sort_values(["outlet", "word_share"], ascending=[True, False], ignore_index=True)


@_plain_output
def term_density_by_outlet(tables: CorpusTables) -> pd.DataFrame:
    """Terms per 1,000 words of each outlet's articles, by category and voice."""
    words = tables.articles.groupby("outlet")["n_words"].sum()
    terms = tables.terms
    columns = ["outlet", "category", "voice", "n", "per_1000_words"]
    if terms.empty:
        return pd.DataFrame(columns=columns)
    frame = plain(terms.groupby(["outlet", "category", "voice"]).size().rename("n").reset_index())
    frame["per_1000_words"] = 1000 * frame["n"] / frame["outlet"].map(words).where(lambda w: w > 0)
    return frame[columns]


@_plain_output
def actor_tone_by_outlet(tables: CorpusTables) -> pd.DataFrame:
    """Per outlet and actor: mean actor tone over articles, overall and by voice."""
    actors = tables.actors
    columns = ["outlet", "actor", "n_articles", "mentions", "score", "editorial", "reported", "direct"]
    if actors.empty:
        return pd.DataFrame(columns=columns)
    frame = (
        actors.groupby(["outlet", "actor"])
        .agg(
            n_articles=("id", "nunique"),
            mentions=("mentions", "sum"),
            score=("score", "mean"),
            editorial=("editorial", "mean"),
            reported=("reported", "mean"),
            direct=("direct", "mean"),
        )
        .reset_index()
    )
    return frame[columns]


@_plain_output
def tone_over_time(tables: CorpusTables) -> pd.DataFrame:
    """Articles and mean body tone per date and outlet (articles with an ISO date only)."""
    articles = tables.articles.assign(day=tables.articles["date"].fillna("").astype(str).str[:10])
    articles = articles[articles["day"].str.match(r"^\d{4}-\d{2}-\d{2}$")]
    if articles.empty:
        return pd.DataFrame(columns=["day", "outlet", "n_articles", "mean_tone"])
    return (
        articles.groupby(["day", "outlet"])
        .agg(n_articles=("id", "size"), mean_tone=("tone_body", "mean"))
        .reset_index()
    )


@_plain_output
def naming(tables: CorpusTables) -> pd.DataFrame:
    """Labels per subject, outlet and label, with counts by voice and evidence keys."""
    labels = tables.labels
    keys = ["subject", "kind", "outlet", "label"]
    columns = [*keys, "n", "n_editorial", "n_reported", "n_direct"]
    if labels.empty:
        return pd.DataFrame(columns=columns)
    by_voice = labels.groupby([*keys, "voice"], sort=False).size().unstack("voice", fill_value=0)
    frame = by_voice.reindex(columns=["editorial", "reported", "direct"], fill_value=0).add_prefix("n_").reset_index()
    frame.columns.name = None
    frame["n"] = frame[["n_editorial", "n_reported", "n_direct"]].sum(axis=1)
    return frame[columns].sort_values(["subject", "outlet", "n"], ascending=[True, True, False], ignore_index=True)


@_plain_output
def passives_by_outlet(tables: CorpusTables) -> pd.DataFrame:
    """Per outlet: passives, the share without an agent, and the same for verbs of harm."""
    passives = tables.passives.assign(agentless=tables.passives["agent"].isna())
    words = tables.articles.groupby("outlet")["n_words"].sum()
    frame = pd.DataFrame({"outlet": sorted(tables.articles["outlet"].unique())})
    grouped = passives.groupby("outlet")
    frame["n_words"] = frame["outlet"].map(words).fillna(0).astype(int)
    frame["n_passives"] = frame["outlet"].map(grouped.size()).fillna(0).astype(int)
    frame["n_agentless"] = frame["outlet"].map(grouped["agentless"].sum()).fillna(0).astype(int)
    harm = passives[passives["harm"].astype(bool)].groupby("outlet")
    frame["n_harm"] = frame["outlet"].map(harm.size()).fillna(0).astype(int)
    frame["n_harm_agentless"] = frame["outlet"].map(harm["agentless"].sum()).fillna(0).astype(int)
    frame["agentless_share"] = frame["n_agentless"] / frame["n_passives"].where(frame["n_passives"] > 0)
    frame["harm_agentless_share"] = frame["n_harm_agentless"] / frame["n_harm"].where(frame["n_harm"] > 0)
    return frame


def distinctive_by_outlet(tables: CorpusTables, texts: Mapping[str, str]) -> tuple[pd.DataFrame, str | None]:
    """Fightin' Words over the (filtered) sentences of each outlet, and the reliability note;
    ``texts`` maps article ids to their raw text."""
    sentences = tables.sentences[["id", "outlet", "start", "end"]]
    by_outlet = {
        str(outlet): (texts[i][start:end] for i, start, end in rows[["id", "start", "end"]].itertuples(index=False))
        for outlet, rows in sentences.groupby("outlet", observed=True, sort=False)
    }  # generators: the sentence texts are read once, outlet by outlet, and not kept
    return distinctive_terms(by_outlet)
