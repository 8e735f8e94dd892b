"""Loading the bundled data files (or a user's own), once, with validated contents.

Errors name the file, the line or entry, the bad value and the fix.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import io
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from framing.errors import ConfigError


def read_data_text(name: str) -> str:
    """Text of a bundled file in ``framing/data``."""
    return importlib.resources.files("framing.data").joinpath(name).read_text(encoding="utf-8")


def read_tsv(text: str, source: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a tab-separated table with a header naming at least ``columns``.

    Returns ``(line_number, row)`` pairs; blank lines and lines starting with ``#`` are
    skipped.
    """
    lines = [
        (n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip() and not line.startswith("#")
    ]
    if not lines:
        raise ConfigError(f"{source} is empty; it needs a header line with the columns {list(columns)}")
    header_line, header = lines[0]
    names = header.split("\t")
    missing = [c for c in columns if c not in names]
    if missing:
        raise ConfigError(
            f"{source} line {header_line}: header is missing column(s) {missing}; "
            f"the header has {names}; columns are separated by tabs"
        )
    rows = []
    for number, line in lines[1:]:
        values = next(csv.reader(io.StringIO(line), delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(values) > len(names):
            raise ConfigError(f"{source} line {number}: {len(values)} fields but the header names {len(names)}")
        rows.append((number, dict(zip(names, values + [""] * (len(names) - len(values)), strict=False))))
    return rows


@dataclass(frozen=True)
class Abbreviations:
    """Words that take a full stop without ending the sentence.

    ``titles`` (case-sensitive: "Gen.", "Mr.") never end a sentence; ``others``
    ("Sept.", "Inc.", case-insensitive) end one only before a typical sentence opener.
    """

    titles: frozenset[str]
    others: frozenset[str]


def parse_abbreviations(text: str, source: str) -> Abbreviations:
    titles: set[str] = set()
    others: set[str] = set()
    for number, row in read_tsv(text, source, ("abbreviation", "kind")):
        word, kind = row["abbreviation"].strip().rstrip("."), row["kind"].strip()
        if not word:
            raise ConfigError(f"{source} line {number}: empty abbreviation")
        if kind == "title":
            titles.add(word)
        elif kind == "other":
            others.add(word.lower())
        else:
            raise ConfigError(f"{source} line {number}: kind {kind!r} for {word!r}; use 'title' or 'other'")
    return Abbreviations(frozenset(titles), frozenset(others))


@functools.cache
def load_abbreviations() -> Abbreviations:
    return parse_abbreviations(read_data_text("abbreviations.tsv"), "framing/data/abbreviations.tsv")


@dataclass(frozen=True)
class LayoutRule:
    name: str
    pattern: re.Pattern[str]
    note: str


@dataclass(frozen=True)
class Layout:
    boilerplate: tuple[LayoutRule, ...]
    caption_credit: re.Pattern[str]
    caption_lead: tuple[re.Pattern[str], ...]


def _compile(pattern: object, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"{where}: pattern must be a non-empty string, got {pattern!r}")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise ConfigError(f"{where}: invalid regular expression {pattern!r}: {error}") from None


def parse_toml(text: str, source: str) -> dict[str, Any]:
    """``text`` parsed as TOML; a syntax error names ``source`` and the place."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{source}: not valid TOML: {error}") from None


def parse_layout(text: str, source: str) -> Layout:
    data = parse_toml(text, source)
    rules = []
    for index, entry in enumerate(data.get("boilerplate", []), start=1):
        where = f"{source} [[boilerplate]] entry {index}"
        if not isinstance(entry, dict) or "name" not in entry:
            raise ConfigError(f"{where}: needs 'name', 'pattern' and 'note' keys")
        rules.append(LayoutRule(str(entry["name"]), _compile(entry.get("pattern"), where), str(entry.get("note", ""))))
    caption = data.get("caption", {})
    words = caption.get("credit_words", [])
    if not words or not all(isinstance(w, str) and w for w in words):
        raise ConfigError(f"{source} [caption]: credit_words must be a non-empty list of words")
    alternatives = "|".join(re.escape(w) for w in words)
    credit = re.compile(rf"\((?:[^()]*\b(?:{alternatives})\b[^()]*|[^()]*/[^()]*)\)\W*$", re.IGNORECASE)
    leads = tuple(
        _compile(p, f"{source} [caption] lead_patterns entry {i}")
        for i, p in enumerate(caption.get("lead_patterns", []), start=1)
    )
    return Layout(tuple(rules), credit, leads)


@functools.cache
def load_layout(path: Path | None = None) -> Layout:
    """The layout rules: the bundled ``layout.toml``, or the user's file at ``path``."""
    if path is None:
        return parse_layout(read_data_text("layout.toml"), "framing/data/layout.toml")
    return parse_layout(Path(path).read_text(encoding="utf-8"), str(path))
