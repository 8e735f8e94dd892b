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
``evidence`` columns list "article id:sentence start" keys of the rows behind each number.
"""

from __future__ import annotations

import pandas as pd

from framing.tables import CorpusTables


def _keys(frame: pd.DataFrame, start: str = "start") -> pd.Series:
    return frame["id"].astype(str) + ":" + frame[start].astype(str)


def blame_matrix(tables: CorpusTables) -> pd.DataFrame:
    """Counts and shares of blame records by outlet, source, target and kind."""
    blame = tables.blame.assign(evidence=_keys(tables.blame))
    columns = ["outlet", "source", "target", "kind", "n", "n_editorial", "n_reported", "n_direct", "share", "evidence"]
    if blame.empty:
        return pd.DataFrame(columns=columns)
    grouped = blame.groupby(["outlet", "source", "target", "kind"], sort=True)
    frame = grouped.agg(n=("id", "size"), evidence=("evidence", list)).reset_index()
    for voice in ("editorial", "reported", "direct"):
        counts = blame[blame["voice"] == voice].groupby(["outlet", "source", "target", "kind"]).size()
        frame[f"n_{voice}"] = [
            int(counts.get(tuple(key), 0)) for key in frame[["outlet", "source", "target", "kind"]].to_numpy()
        ]
    frame["share"] = frame["n"] / frame.groupby("outlet")["n"].transform("sum")
    return frame[columns]


def target_share(tables: CorpusTables) -> pd.DataFrame:
    """Per outlet, the share of its blame (kind = blame) that each target receives."""
    blame = tables.blame[tables.blame["kind"] == "blame"]
    if blame.empty:
        return pd.DataFrame(columns=["outlet", "target", "n", "share"])
    frame = blame.groupby(["outlet", "target"]).size().rename("n").reset_index()
    frame["share"] = frame["n"] / frame.groupby("outlet")["n"].transform("sum")
    return frame.sort_values(["outlet", "share"], ascending=[True, False], ignore_index=True)


def voice_share(tables: CorpusTables) -> pd.DataFrame:
    """Per outlet and speaking actor: quotes and quoted words, and their shares."""
    quotes = tables.quotes.assign(actor=tables.quotes["actor"].fillna("(unresolved)"))
    columns = ["outlet", "actor", "n_quotes", "quoted_words", "quote_share", "word_share", "evidence"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    quotes = quotes.assign(evidence=_keys(quotes, "content_start"))
    frame = (
        quotes.groupby(["outlet", "actor"])
        .agg(n_quotes=("id", "size"), quoted_words=("n_words", "sum"), evidence=("evidence", list))
        .reset_index()
    )
    frame["quote_share"] = frame["n_quotes"] / frame.groupby("outlet")["n_quotes"].transform("sum")
    frame["word_share"] = frame["quoted_words"] / frame.groupby("outlet")["quoted_words"].transform("sum")
    return frame[columns].sort_values(["outlet", "word_share"], ascending=[True, False], ignore_index=True)


def term_density_by_outlet(tables: CorpusTables) -> pd.DataFrame:
    """Terms per 1,000 words of each outlet's articles, by category and voice."""
    words = tables.articles.groupby("outlet")["n_words"].sum()
    terms = tables.terms.assign(evidence=_keys(tables.terms, "sentence_start"))
    columns = ["outlet", "category", "voice", "n", "per_1000_words", "evidence"]
    if terms.empty:
        return pd.DataFrame(columns=columns)
    frame = (
        terms.groupby(["outlet", "category", "voice"]).agg(n=("id", "size"), evidence=("evidence", list)).reset_index()
    )
    frame["per_1000_words"] = 1000 * frame["n"] / frame["outlet"].map(words).where(lambda w: w > 0)
    return frame[columns]


def actor_tone_by_outlet(tables: CorpusTables) -> pd.DataFrame:
    """Per outlet and actor: mean actor tone over articles, overall and by voice."""
    actors = tables.actors
    columns = ["outlet", "actor", "n_articles", "mentions", "score", "editorial", "reported", "direct", "evidence"]
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
            evidence=("id", list),
        )
        .reset_index()
    )
    return frame[columns]


def tone_over_time(tables: CorpusTables) -> pd.DataFrame:
    """Articles and mean body tone per date and outlet (articles with an ISO date only)."""
    articles = tables.articles.assign(day=tables.articles["date"].fillna("").astype(str).str[:10])
    articles = articles[articles["day"].str.match(r"^\d{4}-\d{2}-\d{2}$")]
    if articles.empty:
        return pd.DataFrame(columns=["day", "outlet", "n_articles", "mean_tone", "evidence"])
    return (
        articles.groupby(["day", "outlet"])
        .agg(n_articles=("id", "size"), mean_tone=("tone_body", "mean"), evidence=("id", list))
        .reset_index()
    )


def naming(tables: CorpusTables) -> pd.DataFrame:
    """Labels per subject, outlet and label, with counts by voice and evidence keys."""
    labels = tables.labels.assign(evidence=_keys(tables.labels, "sentence_start"))
    columns = ["subject", "kind", "outlet", "label", "n", "n_editorial", "n_reported", "n_direct", "evidence"]
    if labels.empty:
        return pd.DataFrame(columns=columns)
    keys = ["subject", "kind", "outlet", "label"]
    frame = labels.groupby(keys).agg(n=("id", "size"), evidence=("evidence", list)).reset_index()
    by_voice = labels.groupby([*keys, "voice"]).size()
    for voice in ("editorial", "reported", "direct"):
        frame[f"n_{voice}"] = [int(by_voice.get((*key, voice), 0)) for key in frame[keys].itertuples(index=False)]
    return frame[columns].sort_values(["subject", "outlet", "n"], ascending=[True, True, False], ignore_index=True)


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
