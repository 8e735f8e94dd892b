"""Where scored corpora are written: an embedded DuckDB database or Parquet files.

Both hold the long tables of ``framing.tables`` (articles, sentences, quotes, blame,
terms, labels, passives, actor tone, mentions) plus a ``runs`` table recording the
framing version, the configuration hash and the time. Writes are atomic per batch (one
transaction; Parquet: one file per table per batch, renamed into place), and re-running
on the same output skips articles already stored with the same configuration.
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import fields
from pathlib import Path

import duckdb
import pandas as pd

from framing import __version__
from framing.actors import Registry
from framing.errors import ConfigError
from framing.records import Article, ArticleRecord
from framing.tables import CorpusTables, build_tables

TABLES = tuple(f.name for f in fields(CorpusTables))


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
        self.connection = duckdb.connect(str(self.path))
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


def read_store(path: str | Path) -> tuple[list[Article], list[ArticleRecord], CorpusTables]:
    """Articles, records and tables of a scored store, for the dashboard."""
    from framing.ingest import make_article
    from framing.score import record_from_dict

    path = Path(path)
    if path.suffix.lower() in (".duckdb", ".db"):
        with duckdb.connect(str(path), read_only=True) as connection:
            frames = {name: connection.execute(f"SELECT * FROM {name}").df() for name in TABLES}
    else:
        frames = {name: pd.read_parquet(path / name) for name in TABLES}
    articles_frame = frames["articles"].sort_values("id", ignore_index=True)
    records = [record_from_dict(json.loads(text)) for text in articles_frame["record"]]
    articles = [
        make_article(text, id=r.id, source=str(path), outlet=r.outlet, title=r.title, date=r.date, url=r.url)
        for text, r in zip(articles_frame["text"], records, strict=True)
    ]
    tables = CorpusTables(
        **{
            name: frame.drop(columns=[c for c in ("text", "url", "record") if c in frame.columns])
            if name == "articles"
            else frame
            for name, frame in frames.items()
        }
    )
    return articles, records, tables
