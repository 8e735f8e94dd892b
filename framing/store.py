"""Where scored corpora are written: an embedded DuckDB database or Parquet files.

Both hold the long tables of ``framing.tables`` (articles, sentences, quotes, blame,
terms, labels, passives, actor tone, mentions) plus a ``runs`` table recording the
framing version, the configuration hash and the time. Writes are atomic per batch (one
transaction; Parquet: one file per table per batch, renamed into place), and re-running
on the same output skips articles already stored with the same configuration.
"""

from __future__ import annotations

import datetime
import functools
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import duckdb
import pandas as pd

from framing import __version__
from framing.actors import Registry
from framing.aggregate import ARTICLE_COLUMNS
from framing.database import TABLES, CorpusDB
from framing.defaults import STORE_CACHE_ARTICLES, STORE_MEMORY_LIMIT
from framing.errors import ConfigError, InputError
from framing.records import Article, ArticleRecord
from framing.tables import TABLE_COLUMNS, CorpusTables, build_tables


def batch_tables(
    articles: list[Article], records: list[ArticleRecord], registry: Registry, first_sid: int
) -> CorpusTables:
    """Tables of one batch, with sentence numbers continuing from ``first_sid``."""
    tables = build_tables(records, {a.id: a.text for a in articles}, registry)
    shifted = {
        name: frame.assign(sid=frame["sid"] + first_sid) if "sid" in frame.columns else frame
        for name in TABLES
        for frame in [getattr(tables, name)]
    }
    articles_frame = shifted["articles"].assign(
        text=[a.text for a in articles], url=[a.url for a in articles], record=[_record_json(r) for r in records]
    )
    return CorpusTables(**{**shifted, "articles": articles_frame})


def _record_json(record: ArticleRecord) -> str:
    from framing.score import record_to_dict

    return json.dumps(record_to_dict(record), ensure_ascii=False)


def _check_configuration(path: Path, stored: set[object], config_hash: str) -> None:
    if stored and stored != {config_hash}:
        raise ConfigError(
            f"{path} holds articles scored with another configuration ({sorted(map(str, stored))[0]}); "
            "write to a new file or folder, or delete this one to score again"
        )


def _run_info(config_hash: str, details: dict[str, object]) -> dict[str, object]:
    started = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    return {"version": __version__, "config_hash": config_hash, "started": started, **details}


class DuckDBStore:
    """A DuckDB database file of scored articles."""

    def __init__(self, path: str | Path, config_hash: str) -> None:
        self.path = Path(path)
        self.connection = duckdb.connect(str(self.path), config={"memory_limit": STORE_MEMORY_LIMIT})
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS runs (version VARCHAR, config_hash VARCHAR, started VARCHAR, details VARCHAR)"
        )
        stored = {row[0] for row in self.connection.execute("SELECT DISTINCT config_hash FROM runs").fetchall()}
        _check_configuration(self.path, stored, config_hash)
        self.config_hash = config_hash

    def start_run(self, details: dict[str, object]) -> None:
        info = _run_info(self.config_hash, details)
        self.connection.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?)",
            [__version__, self.config_hash, info["started"], json.dumps(details)],
        )

    def _exists(self, table: str) -> bool:
        query = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?"
        return bool(self.connection.execute(query, [table]).fetchone()[0])  # type: ignore[index]

    def scored_ids(self) -> set[str]:
        if not self._exists("articles"):
            return set()
        return {row[0] for row in self.connection.execute("SELECT id FROM articles").fetchall()}

    def next_sid(self) -> int:
        if not self._exists("sentences"):
            return 0
        value = self.connection.execute("SELECT coalesce(max(sid) + 1, 0) FROM sentences").fetchone()
        return int(value[0]) if value else 0

    def write(self, tables: CorpusTables) -> None:
        """Append one batch, all tables or none."""
        self.connection.execute("BEGIN TRANSACTION")
        try:
            for name in TABLES:
                frame = getattr(tables, name)
                self.connection.register("batch_frame", frame)
                if self._exists(name):
                    self.connection.execute(f"INSERT INTO {name} BY NAME SELECT * FROM batch_frame")
                else:
                    self.connection.execute(f"CREATE TABLE {name} AS SELECT * FROM batch_frame")
                self.connection.unregister("batch_frame")
            self.connection.execute("COMMIT")
        except Exception:
            self.connection.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.connection.close()


class ParquetStore:
    """A folder of Parquet files: ``TABLE/part-NNNNN.parquet`` for every table and batch."""

    def __init__(self, path: str | Path, config_hash: str) -> None:
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        marker = self.path / "framing-run.json"
        if marker.exists():
            _check_configuration(
                self.path, {json.loads(marker.read_text(encoding="utf-8")).get("config_hash")}, config_hash
            )
        self.config_hash = config_hash

    def start_run(self, details: dict[str, object]) -> None:
        info = _run_info(self.config_hash, details)
        (self.path / "framing-run.json").write_text(json.dumps(info, indent=2), encoding="utf-8")

    def _parts(self, table: str) -> list[Path]:
        return sorted((self.path / table).glob("part-*.parquet"))

    def scored_ids(self) -> set[str]:
        return {i for part in self._parts("articles") for i in pd.read_parquet(part, columns=["id"])["id"]}

    def next_sid(self) -> int:
        parts = self._parts("sentences")
        return max((int(pd.read_parquet(p, columns=["sid"])["sid"].max()) + 1 for p in parts), default=0)

    def write(self, tables: CorpusTables) -> None:
        """Write one batch: every table to a temporary file, then all renamed into place."""
        number = len(self._parts("articles"))
        pending = []
        for name in TABLES:
            folder = self.path / name
            folder.mkdir(exist_ok=True)
            target = folder / f"part-{number:05d}.parquet"
            temporary = folder / f".part-{number:05d}.tmp"
            frame = getattr(tables, name)
            frame.astype({c: "string" for c in frame.columns if frame[c].dtype == object}).to_parquet(
                temporary, index=False
            )
            pending.append((temporary, target))
        for temporary, target in pending[1:] + pending[:1]:  # the articles part last: it marks the batch as done
            os.replace(temporary, target)

    def close(self) -> None:
        pass


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a scored store (a DuckDB file, or a Parquet folder with a run file)."""
    path = Path(path)
    return path.suffix.lower() in (".duckdb", ".db") and path.is_file() or (path / "framing-run.json").is_file()


def _read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a DuckDB store that cannot touch any other file: a store may
    come from a stranger (an upload), and a view in it could otherwise read server files."""
    return duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})


def check_store(path: str | Path, name: str | None = None) -> None:
    """Raise ``InputError`` unless ``path`` is a DuckDB store written by ``framing score -o``:
    every table present as a plain table (no views), with an ``id`` column. Messages name the
    file ``name`` (an upload's own name), else the path's."""
    path = Path(path)
    name = name or path.name
    try:
        with _read_only(path) as connection:
            found = dict(
                connection.execute(
                    "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main'"
                ).fetchall()
            )
            columns = {
                table: {row[0] for row in connection.execute(f'DESCRIBE "{table}"').fetchall()}
                for table, kind in found.items()
                if kind == "BASE TABLE" and table in TABLES
            }
    except duckdb.Error as error:
        raise InputError(f"{name}: not a readable DuckDB database ({error}); open a file written by "
                         "`framing score ... -o corpus.duckdb`") from None  # fmt: skip
    views = sorted(table for table, kind in found.items() if kind != "BASE TABLE")
    if views:
        raise InputError(f"{name}: holds views ({', '.join(views)}), which a scored store never has; not opened")
    missing = [table for table in TABLES if "id" not in columns.get(table, set())]
    if missing:
        raise InputError(
            f"{name}: not a framing store (missing tables: {', '.join(missing)}); "
            "write one with `framing score ... -o corpus.duckdb`"
        )


class StoredArticles(Mapping[str, Article]):
    """The articles of a scored store, read on demand (an article and its record at a time).

    Keeps only the ids in memory; each lookup is one indexed query on the store's
    ``CorpusDB``, and the last ``STORE_CACHE_ARTICLES`` articles read are kept.
    """

    def __init__(self, db: CorpusDB, source: Path, ids: list[str]) -> None:
        self.db = db
        self.source = source
        self.ids = ids
        self._index = set(ids)
        self.item = functools.lru_cache(maxsize=STORE_CACHE_ARTICLES)(self._item)

    def _item(self, article_id: str) -> tuple[Article, ArticleRecord]:
        from framing.ingest import make_article
        from framing.score import record_from_dict

        rows = self.db.rows("SELECT text, url, record FROM articles WHERE id = ?", [article_id])
        if not rows:
            raise KeyError(article_id)
        text, url, record_json = rows[0]
        record = record_from_dict(json.loads(record_json))
        article = make_article(
            text, id=article_id, source=str(self.source), outlet=record.outlet, title=record.title,
            date=record.date, url=url or "",
        )  # fmt: skip
        return article, record

    def __getitem__(self, article_id: str) -> Article:
        if article_id not in self._index:
            raise KeyError(article_id)
        return self.item(article_id)[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)


class StoredRecords(Mapping[str, ArticleRecord]):
    """The records of a scored store, read on demand with their articles."""

    def __init__(self, articles: StoredArticles) -> None:
        self.articles = articles

    def __getitem__(self, article_id: str) -> ArticleRecord:
        if article_id not in self.articles:
            raise KeyError(article_id)
        return self.articles.item(article_id)[1]

    def __iter__(self) -> Iterator[str]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)


def _check_columns(db: CorpusDB, name: str) -> None:
    """Raise ``InputError`` when a table lacks a column this version reads (a store written by
    an earlier framing)."""
    missing = []
    for table, columns in TABLE_COLUMNS.items():
        present = {row[0] for row in db.rows(f'DESCRIBE "{table}"')}
        missing += [f"{table}.{column}" for column in columns if column not in present]
    if missing:
        raise InputError(
            f"{name}: written by an earlier version of framing (no {', '.join(missing)}); "
            "score its articles again into a new store with `framing score ... -o corpus.duckdb`"
        )


def open_store(path: str | Path) -> tuple[StoredArticles, StoredRecords, CorpusDB]:
    """A scored store for the dashboard: its tables stay in DuckDB (the file opened read-only,
    or views over the Parquet parts), articles and records are read one at a time when asked for."""
    path = Path(path)
    db = CorpusDB(_read_only(path)) if path.suffix.lower() in (".duckdb", ".db") else CorpusDB.open_parquet(path)
    try:
        _check_columns(db, path.name)
    except InputError:
        db.close()
        raise
    articles = StoredArticles(db, path, [row[0] for row in db.rows("SELECT id FROM articles ORDER BY id")])
    return articles, StoredRecords(articles), db


def read_store(path: str | Path) -> tuple[list[Article], list[ArticleRecord], CorpusTables]:
    """Articles, records and tables of a scored store, all in memory as pandas (``open_store``
    keeps the tables in DuckDB and reads articles lazily)."""
    articles, records, db = open_store(path)
    light = ", ".join(ARTICLE_COLUMNS)
    frames = {
        name: db.query(f"SELECT {light if name == 'articles' else '*'} FROM {name} ORDER BY ALL") for name in TABLES
    }
    read = [articles[i] for i in articles.ids], [records[i] for i in articles.ids]
    db.close()
    return *read, CorpusTables(**frames)
