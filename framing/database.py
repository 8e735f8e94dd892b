"""A corpus's long tables in DuckDB, where the dashboard filters and aggregates them.

Every corpus the dashboard shows is one of these: the bundled seeds or an upload (its
tables copied into an in-memory database once, after scoring), or a scored store opened
where it lies (a DuckDB file, read-only; or a Parquet folder, through views). Filters and
aggregates are SQL over the same tables (``framing.filters``, ``framing.compare``), so a
100,000-article store is never loaded into pandas: only the small results are.

The tables are those of ``framing.tables``; ``articles`` also has the article ``text``
(for counting words in the filtered sentences), which is never selected with ``*``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from framing.defaults import DASHBOARD_MEMORY_LIMIT, DISTINCTIVE_INDEX_SENTENCES
from framing.distinctive import TermIndex
from framing.tables import CorpusTables

TABLES = tuple(f.name for f in fields(CorpusTables))
#: An article's day: the first ten characters of its date ('' for an undated article).
ARTICLE_DAY = "substr(coalesce(CAST(date AS VARCHAR), ''), 1, 10)"
#: A sentence's text, cut from its article's, in a query over ``sentences s JOIN articles a``.
SENTENCE_TEXT = 'substring(a.text, s."start" + 1, s."end" - s."start")'
#: Every sentence's number, outlet and text, as ``TermIndex`` reads them.
_SENTENCE_ROWS = f"SELECT s.sid, s.outlet, {SENTENCE_TEXT} FROM sentences s JOIN articles a USING (id)"


def sql_text(value: str) -> str:
    """``value`` as a SQL string literal (quotes doubled: DuckDB reads no other escape)."""
    return "'" + value.replace("'", "''") + "'"


def sql_list(values: Iterable[str]) -> str:
    """A parenthesised list of string literals, for ``column IN (...)``."""
    return "(" + ", ".join(sql_text(v) for v in values) + ")"


class CorpusDB:
    """The tables of one corpus in a DuckDB database. Thread-safe: each query runs on its
    own cursor of the one connection (Streamlit serves every session from threads)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self._connection = connection
        self._connection.execute(f"SET memory_limit = {sql_text(DASHBOARD_MEMORY_LIMIT)}")
        self._term_index: TermIndex | None = None
        self._term_index_lock = threading.Lock()
        self._n_sentences: int | None = None

    @property
    def n_sentences(self) -> int:
        """How many sentences the corpus has (counted once)."""
        if self._n_sentences is None:
            self._n_sentences = int(self.rows("SELECT count(*) FROM sentences")[0][0])
        return self._n_sentences

    def indexes_terms(self) -> bool:
        """Whether distinctive terms are counted from a ``TermIndex``: corpora of up to
        ``DISTINCTIVE_INDEX_SENTENCES`` sentences (the index holds about 20 numbers a sentence)."""
        return self.n_sentences <= DISTINCTIVE_INDEX_SENTENCES

    @property
    def term_index_built(self) -> bool:
        return self._term_index is not None

    def term_index(self) -> TermIndex:
        """The corpus's ``TermIndex``, built on first use (once, whichever session asks)."""
        with self._term_index_lock:
            if self._term_index is None:
                self._term_index = TermIndex(self.stream(_SENTENCE_ROWS))
            return self._term_index

    @classmethod
    def from_tables(cls, tables: CorpusTables, texts: Mapping[str, str]) -> CorpusDB:
        """An in-memory database holding ``tables`` and the article texts (``texts`` by id)."""
        connection = duckdb.connect()
        for name in TABLES:
            frame = getattr(tables, name)
            if name == "articles":
                frame = frame.assign(text=[texts.get(article_id, "") for article_id in frame["id"]])
            connection.register("incoming", frame)
            connection.execute(f"CREATE TABLE {name} AS SELECT * FROM incoming")
            connection.unregister("incoming")
        return cls(connection)

    @classmethod
    def open_parquet(cls, folder: Path) -> CorpusDB:
        """A scored Parquet store: one view per table over its part files."""
        connection = duckdb.connect()
        for name in TABLES:
            parts = sql_text(f"{folder.as_posix()}/{name}/part-*.parquet")
            connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({parts}, union_by_name = true)")
        return cls(connection)

    def query(self, sql: str, parameters: Sequence[object] = ()) -> pd.DataFrame:
        """The result of ``sql`` (``?`` bound to ``parameters``) as a DataFrame."""
        with self._connection.cursor() as cursor:
            return cursor.execute(sql, list(parameters)).df()

    def rows(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._connection.cursor() as cursor:
            return cursor.execute(sql, list(parameters)).fetchall()

    def stream(self, sql: str, parameters: Sequence[object] = (), size: int = 10_000) -> Iterator[tuple[Any, ...]]:
        """The rows of ``sql``, fetched ``size`` at a time (long results never held at once)."""
        with self._connection.cursor() as cursor:
            cursor.execute(sql, list(parameters))
            while batch := cursor.fetchmany(size):
                yield from batch

    def values(self, table: str, column: str) -> list[Any]:
        """The distinct non-null values of a column, sorted."""
        rows = self.rows(f'SELECT DISTINCT "{column}" FROM {table} WHERE "{column}" IS NOT NULL ORDER BY 1')
        return [row[0] for row in rows]

    def close(self) -> None:
        self._connection.close()
