"""Exports of a scored corpus: CSV (spreadsheet-safe), JSON Lines and Parquet, one table or all."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable

import pandas as pd

from framing import compare
from framing.filters import Filtered

FORMATS = ("csv", "jsonl", "parquet")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


_AGGREGATES: dict[str, Callable[[Filtered], pd.DataFrame]] = {
    "blame_matrix": compare.blame_matrix,
    "term_density": compare.term_density_by_outlet,
    "voice_share": compare.voice_share,
    "actor_tone_by_outlet": compare.actor_tone_by_outlet,
}
_TABLES = {  # download name: table
    "articles": "articles", "sentences": "sentences", "quotes": "quotes", "blame": "blame", "terms": "terms",
    "labels": "labels", "passives": "passives", "actor_tone": "actors",
}  # fmt: skip
TABLE_NAMES = (*_TABLES, *_AGGREGATES)


def export_table(data: Filtered, name: str) -> pd.DataFrame:
    """One downloadable table or aggregate (a name in ``TABLE_NAMES``) under the filters."""
    if name in _TABLES:
        return data.frame(_TABLES[name], order="ALL")
    return _AGGREGATES[name](data)


def export_tables(data: Filtered) -> dict[str, pd.DataFrame]:
    """Every table and aggregate a user can download, by name."""
    return {name: export_table(data, name) for name in TABLE_NAMES}


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
