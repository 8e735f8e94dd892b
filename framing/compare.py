"""Per-outlet comparisons over (filtered) corpus tables; every row keeps its evidence.

Formulas (the README repeats them):
- blame matrix: records per outlet, source, target and kind; ``share`` = the row's records
  over all blame records of that outlet; ``target_share`` = the records blaming a target
  over the outlet's blame (kind = blame) records;
- whose voice: per outlet and speaking actor, quotes and quoted words (words in quote
  contents, direct and indirect); shares over the outlet's totals;
- term density: terms per 1,000 words of the outlet's articles, by category and voice;
- actor tone: per outlet and actor, the mean over articles (each article once) of the
  article's mean tone toward the actor over its scored sentences (the actor's first mention
  in each) under the filters;
- time series: articles and mean body tone per date and outlet.
Every row is traceable: ``evidence(data, table, **row_keys)`` returns the rows of the long
table behind it (article id, offsets, the sentence). Evidence is looked up when a cell is
opened, not carried in every aggregate, so a filter change on a large corpus stays fast.
Each aggregate is one SQL query over the filtered tables (``framing.filters.Filtered``), run
by DuckDB; only its result, a few rows per outlet, comes back as a DataFrame.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Mapping, Sequence

import pandas as pd

from framing.database import ARTICLE_DAY, SENTENCE_TEXT
from framing.distinctive import distinctive_terms, terms_of
from framing.filters import Filtered
from framing.textview import INVISIBLE_CHARACTERS, make_view
from framing.voice import VOICES

_BY_VOICE = """count(*) FILTER (WHERE voice = 'editorial') AS n_editorial,
    count(*) FILTER (WHERE voice = 'reported') AS n_reported,
    count(*) FILTER (WHERE voice = 'direct') AS n_direct"""


#: Words of the (filtered) articles per outlet, the denominator of every rate per 1,000 words.
_OUTLET_WORDS = "SELECT outlet, sum(n_words)::BIGINT AS n_words FROM {articles} GROUP BY outlet"


#: Whose wording a term is, as ``term_counts`` groups it.
_WHOSE = "CASE voice WHEN 'direct' THEN 'source (direct quote)' ELSE 'outlet' END"
#: The scored mentions behind actor tone: one per actor and sentence, with its tone.
_SCORED_MENTIONS = "SELECT * FROM {mentions} WHERE tone IS NOT NULL"
#: What ``evidence_rows`` reads for each kind of evidence (default: the filtered table).
_EVIDENCE_BASES = {
    "terms": f"SELECT *, {_WHOSE} AS whose FROM {{terms}}",
    "actor_tone": _SCORED_MENTIONS,
    "quotes": "SELECT * REPLACE (coalesce(actor, '(unresolved)') AS actor) FROM {quotes}",
}
_SENTENCE_TABLES = ("sentences", "blame", "terms", "labels", "passives", "mentions", "actor_tone")


def evidence_rows(
    data: Filtered,
    table: str,
    chosen: Sequence[Mapping[str, object]] = (),
    limit: int | None = None,
    where: str = "",
    where_parameters: Sequence[object] = (),
) -> tuple[pd.DataFrame, int]:
    """The rows of a long table behind aggregate rows, and how many there are in all.

    ``chosen`` lists the aggregate rows as {column: value} (a row matches one of them; none
    chosen: every row under the filters), ``where`` adds a condition (its ``?`` bound to
    ``where_parameters``; columns as ``r."column"``). ``table`` is a table
    with sentence numbers, or ``actor_tone`` for the scored mentions behind actor tone; terms
    also have ``whose``. Each row comes with its sentence's text (``sentence``, except blame
    rows, which carry theirs) and its own span's offsets in it (``mark_start``,
    ``mark_end``), in outlet, article and offset order. For ``quotes`` (whose voice, an
    unresolved speaker's actor read as ``(unresolved)``) ``sentence`` is the quote's content."""
    if table not in (*_SENTENCE_TABLES, "quotes"):
        raise ValueError(f"no sentence evidence for table {table!r}; one of {_SENTENCE_TABLES} or quotes")
    base = _EVIDENCE_BASES.get(table, f"SELECT * FROM {{{table}}}")
    matches = " OR ".join("(" + " AND ".join(f'r."{column}" = ?' for column in row) + ")" for row in chosen)
    conditions = [f"({c})" for c in (matches, where) if c]
    condition = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    parameters = [value for row in chosen for value in row.values()] + list(where_parameters)
    if table == "quotes":  # the quoted content is the evidence
        sql = f"""
            SELECT r.*, substring(a.text, r.content_start + 1, r.content_end - r.content_start) AS sentence
            FROM ({base}) r JOIN articles a ON a.id = r.id {condition} ORDER BY r.outlet, r.id, r.content_start """
    else:
        text = "" if table == "blame" else f", {SENTENCE_TEXT} AS sentence"
        sql = f"""
            SELECT r.*{text}, r."start" - s."start" AS mark_start, r."end" - s."start" AS mark_end
            FROM ({base}) r JOIN sentences s ON s.sid = r.sid JOIN articles a ON a.id = r.id
            {condition} ORDER BY r.outlet, r.id, r."start" """
    sql += f"LIMIT {int(limit)}" if limit is not None else ""
    total = data.query(f"SELECT count(*) AS n FROM ({base}) r {condition}", parameters)["n"].iloc[0]
    return data.query(sql, parameters), int(total)


def evidence(data: Filtered, table: str, limit: int | None = None, **keys: object) -> pd.DataFrame:
    """The rows of a long table behind one aggregate row, with their sentences (see
    ``evidence_rows``): ``evidence(data, "blame", outlet="UAWire", target="Hezbollah")``."""
    return evidence_rows(data, table, [keys] if keys else [], limit)[0]


def blame_matrix(data: Filtered) -> pd.DataFrame:
    """Counts and shares of blame records by outlet, source, target and kind."""
    return data.query(f"""
        SELECT outlet, source, target, kind, count(*) AS n, {_BY_VOICE},
            count(*) / sum(count(*)) OVER (PARTITION BY outlet) AS share
        FROM {{blame}} GROUP BY outlet, source, target, kind ORDER BY outlet, source, target, kind""")


def target_share(data: Filtered) -> pd.DataFrame:
    """Per outlet, the share of its blame (kind = blame) that each target receives."""
    return data.query("""
        SELECT outlet, target, count(*) AS n, count(*) / sum(count(*)) OVER (PARTITION BY outlet) AS share
        FROM {blame} WHERE kind = 'blame' GROUP BY outlet, target ORDER BY outlet, share DESC, target""")


def voice_share(data: Filtered) -> pd.DataFrame:
    """Per outlet and speaking actor: quotes and quoted words, and their shares."""
    return data.query("""
        SELECT outlet, coalesce(actor, '(unresolved)') AS actor, count(*) AS n_quotes,
            sum(n_words)::BIGINT AS quoted_words,
            count(*) / sum(count(*)) OVER (PARTITION BY outlet) AS quote_share,
            sum(n_words) / nullif(sum(sum(n_words)) OVER (PARTITION BY outlet), 0) AS word_share
        FROM {quotes} GROUP BY outlet, coalesce(actor, '(unresolved)') ORDER BY outlet, word_share DESC, actor""")


def term_density_by_outlet(data: Filtered) -> pd.DataFrame:
    """Terms per 1,000 words of each outlet's articles, by category and voice (and whose
    wording that voice is, as in ``term_counts``)."""
    return data.query(f"""
        WITH words AS ({_OUTLET_WORDS})
        SELECT t.outlet, t.category, t.voice, {_WHOSE} AS whose, count(*) AS n,
            1000 * count(*) / nullif(any_value(w.n_words), 0) AS per_1000_words
        FROM {{terms}} t LEFT JOIN words w USING (outlet)
        GROUP BY t.outlet, t.category, t.voice ORDER BY t.outlet, t.category, t.voice""")


def actor_tone_by_outlet(data: Filtered) -> pd.DataFrame:
    """Per outlet and actor: the mean over articles of each article's mean tone toward the
    actor over its scored sentences under the filters (evidence: ``evidence_rows(data,
    "actor_tone", [{"outlet": ..., "actor": ...}])``);
    ``editorial`` / ``reported`` / ``direct``: the same over the sentences in that voice."""
    by_voice = ", ".join(f"avg(tone) FILTER (WHERE voice = '{v}') AS {v}" for v in VOICES)
    return data.query(f"""
        SELECT outlet, actor, count(*) AS n_articles, sum(n_sentences)::BIGINT AS n_sentences,
            avg(score) AS score, avg(editorial) AS editorial, avg(reported) AS reported, avg(direct) AS direct
        FROM (SELECT outlet, id, actor, count(*) AS n_sentences, avg(tone) AS score, {by_voice}
              FROM ({_SCORED_MENTIONS}) GROUP BY outlet, id, actor)
        GROUP BY outlet, actor ORDER BY outlet, actor""")


def tone_over_time(data: Filtered) -> pd.DataFrame:
    """Articles and mean body tone per date and outlet (articles with an ISO date only)."""
    return data.query(f"""
        SELECT day, outlet, count(*) AS n_articles, avg(tone_body) AS mean_tone
        FROM (SELECT *, {ARTICLE_DAY} AS day FROM {{articles}})
        WHERE regexp_full_match(day, '\\d\\d\\d\\d-\\d\\d-\\d\\d')
        GROUP BY day, outlet ORDER BY day, outlet""")


def naming(data: Filtered) -> pd.DataFrame:
    """Labels per subject, outlet and label, with counts by voice (evidence: ``evidence(data,
    "labels", subject=..., outlet=..., label=...)``)."""
    return data.query(f"""
        SELECT subject, kind, outlet, label, count(*) AS n, {_BY_VOICE}
        FROM {{labels}} GROUP BY subject, kind, outlet, label ORDER BY subject, outlet, n DESC, label, kind""")


def passives_by_outlet(data: Filtered) -> pd.DataFrame:
    """Per outlet: passives, the share without an agent, and the same for verbs of harm."""
    return data.query(f"""
        WITH words AS ({_OUTLET_WORDS}),
        counts AS (
            SELECT outlet, count(*) AS n_passives, count(*) FILTER (WHERE agent IS NULL) AS n_agentless,
                count(*) FILTER (WHERE harm) AS n_harm,
                count(*) FILTER (WHERE harm AND agent IS NULL) AS n_harm_agentless
            FROM {{passives}} GROUP BY outlet)
        SELECT w.outlet, w.n_words, coalesce(c.n_passives, 0) AS n_passives,
            coalesce(c.n_agentless, 0) AS n_agentless, coalesce(c.n_harm, 0) AS n_harm,
            coalesce(c.n_harm_agentless, 0) AS n_harm_agentless,
            c.n_agentless / nullif(c.n_passives, 0) AS agentless_share,
            c.n_harm_agentless / nullif(c.n_harm, 0) AS harm_agentless_share
        FROM words w LEFT JOIN counts c USING (outlet) ORDER BY w.outlet""")


def outlet_sources(data: Filtered) -> pd.DataFrame:
    """Per outlet, the sources whose blame (kind = blame) it carries, most first."""
    return data.query("""
        SELECT outlet, source, count(*) AS n FROM {blame} WHERE kind = 'blame'
        GROUP BY outlet, source ORDER BY outlet, n DESC, source""")


def term_counts(data: Filtered) -> pd.DataFrame:
    """Per outlet, category, whose wording it is (the outlet's, or a source's in a direct
    quote) and term: how often the term occurs, most frequent first."""
    return data.query(f"""
        SELECT outlet, category, {_WHOSE} AS whose, term, count(*) AS n
        FROM {{terms}} GROUP BY outlet, category, whose, term ORDER BY outlet, n DESC, category, whose, term""")


#: Terms in the outlet's own wording (its voice or its paraphrase of a source), as a condition.
_OWN_WORDING = "{alias}voice <> 'direct'"


def top_outlet_terms(data: Filtered, top: int) -> pd.DataFrame:
    """Per outlet, its ``top`` most frequent loaded terms in its own wording (lower-cased)."""
    return data.query(f"""
        SELECT outlet, term, n FROM (
            SELECT outlet, lower(term) AS term, count(*) AS n FROM {{terms}} WHERE {_OWN_WORDING.format(alias="")}
            GROUP BY outlet, lower(term))
        QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY n DESC, term) <= {int(top)}
        ORDER BY outlet, n DESC, term""")


def top_term_rows(
    data: Filtered, outlet: str, terms: Sequence[str], limit: int | None = None
) -> tuple[pd.DataFrame, int]:
    """The term rows behind an outlet's ``top_outlet_terms`` (``terms`` lower-cased, in the
    outlet's own wording), with their sentences, as ``evidence_rows`` gives them."""
    where = f"{_OWN_WORDING.format(alias='r.')} AND list_contains(?, lower(r.term))"
    return evidence_rows(data, "terms", [{"outlet": outlet}], limit, where, [list(terms)])


def _first_match(pattern: re.Pattern[str], text: str) -> tuple[int, int]:
    """The offsets in ``text`` of ``pattern``'s first match in its normalised view ((-1, -1): none)."""
    view = make_view(text)
    match = pattern.search(view.text)
    return view.span_to_original(match.start(), match.end()) if match else (-1, -1)


def term_sentences(data: Filtered, outlet: str, term: str, limit: int | None = None) -> tuple[pd.DataFrame, int]:
    """The sentences of ``outlet`` under the filters behind a distinctive term's count: those in
    which ``terms_of`` finds ``term`` (a unigram or bigram), with how often (``n``) and the
    first occurrence's offsets (``mark_start``, ``mark_end``); and the count they add up to."""
    # A cheap prefilter on the term's first letters, in the text without the characters the
    # normalised view removes (a soft hyphen inside a word); the tokenizer then decides.
    first = term.split()[0].split("'")[0]
    candidates = data.query(
        f"""SELECT s.sid, s.id, s.outlet, s.voice, s."start", {SENTENCE_TEXT} AS sentence
            FROM {{sentences}} s JOIN articles a USING (id)
            WHERE s.outlet = ? AND contains(regexp_replace(lower({SENTENCE_TEXT}), ?, '', 'g'), ?)
            ORDER BY s.id, s."start" """,
        [outlet, f"[{INVISIBLE_CHARACTERS}]", first],
    )
    counts = [terms_of(sentence)[0].count(term) for sentence in candidates["sentence"]]
    rows = candidates.assign(term=term, n=counts)
    rows = rows[rows["n"] > 0].reset_index(drop=True)
    pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in term.split()) + r"\b", re.IGNORECASE)
    marks = [_first_match(pattern, sentence) for sentence in rows["sentence"]]
    rows = rows.assign(mark_start=[m[0] for m in marks], mark_end=[m[1] for m in marks])
    total = int(rows["n"].sum())
    return (rows.head(limit) if limit is not None else rows), total


def distinctive_by_outlet(data: Filtered, indexed: bool | None = None) -> tuple[pd.DataFrame, str | None]:
    """Fightin' Words over the (filtered) sentences of each outlet, and the reliability note.

    With the corpus's term index (``indexed``; by default when the corpus is small enough
    to index, ``CorpusDB.indexes_terms``) the selected sentences' terms are counted from
    the index. Without
    it the sentence texts are cut from the article texts in DuckDB and streamed in outlet
    order, in one query: read once, never all held. Both give the same result."""
    if data.db.indexes_terms() if indexed is None else indexed:
        sids = data.db.query(data.sql("SELECT sid FROM {sentences}"))["sid"].to_numpy()
        return data.db.term_index().distinctive(sids)
    rows = data.db.stream(
        data.sql(f"""
            SELECT s.outlet, {SENTENCE_TEXT}
            FROM {{sentences}} s JOIN articles a USING (id) ORDER BY s.outlet, s.sid""")
    )
    by_outlet = itertools.groupby(rows, key=operator.itemgetter(0))
    return distinctive_terms((str(outlet), (text for _, text in group)) for outlet, group in by_outlet)
