"""Exports of a scored corpus: CSV (spreadsheet-safe), JSON Lines and Parquet, one table or all."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable

import pandas as pd

from framing import compare
from framing.tables import CorpusTables

FORMATS = ("csv", "jsonl", "parquet")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


_EXPORTS: dict[str, Callable[[CorpusTables], pd.DataFrame]] = {
    "articles": lambda tables: tables.articles,
    "sentences": lambda tables: tables.sentences,
    "quotes": lambda tables: tables.quotes,
    "blame": lambda tables: tables.blame,
    "terms": lambda tables: tables.terms,
    "labels": lambda tables: tables.labels,
    "passives": lambda tables: tables.passives,
    "actor_tone": lambda tables: tables.actors,
    "blame_matrix": compare.blame_matrix,
    "term_density": compare.term_density_by_outlet,
    "voice_share": compare.voice_share,
    "actor_tone_by_outlet": compare.actor_tone_by_outlet,
}
TABLE_NAMES = tuple(_EXPORTS)


def export_table(tables: CorpusTables, name: str) -> pd.DataFrame:
    """One downloadable table or aggregate (a name in ``TABLE_NAMES``)."""
    return _EXPORTS[name](tables)


def export_tables(tables: CorpusTables) -> dict[str, pd.DataFrame]:
    """Every table and aggregate a user can download, by name."""
    return {name: export_table(tables, name) for name in TABLE_NAMES}


def to_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    """``frame`` as CSV (formulas neutralised), JSON Lines or Parquet."""
    if fmt == "csv":
        return frame.map(_neutralise).to_csv(index=False).encode("utf-8")
    if fmt == "jsonl":
        return "".join(
            json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in frame.to_dict("records")
        ).encode()
    if fmt == "parquet":
        buffer = io.BytesIO()
        frame.astype({c: "string" for c in frame.columns if frame[c].dtype == object}).to_parquet(buffer, index=False)
        return buffer.getvalue()
    raise ValueError(f"format {fmt!r}: use one of {FORMATS}")


def to_zip(frames: dict[str, pd.DataFrame], fmt: str) -> bytes:
    """Every frame in one zip archive."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, frame in frames.items():
            archive.writestr(f"{name}.{fmt}", to_bytes(frame, fmt))
    return buffer.getvalue()
