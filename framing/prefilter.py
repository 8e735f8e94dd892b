"""Skip a regular expression cheaply when the text lacks a word the pattern needs.

A rule table's patterns are searched in every sentence, and most sentences cannot match
most rules: "blamed ... on X" needs "blamed". ``required_literals`` reads a compiled
pattern's syntax tree and returns strings of which every match must contain one (the
most selective such set it finds), or ``None`` when it cannot tell. The caller then
asks of a text slice, lower-cased once (``lowered_slice``), whether any of them occurs
(``may_match``), and only then is the pattern run. For a table of patterns,
``LiteralScan`` answers that for all of them with one scan of the slice.

Exactness: the answer "cannot match" is only given when it is certain. Literals are
required only where the pattern itself needs them (not in lookarounds, optional parts or
one branch of an alternation); only ASCII literals are used; and a slice holding one of
the four non-ASCII characters that Python's case-insensitive matching treats as an
ASCII letter (``FOLDS_TO_ASCII``: dotted and dotless i, long s, Kelvin sign) is always
searched in full. So a prefiltered search finds exactly what the plain search finds.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

from framing.wordtrie import word_trie_pattern

# The parser behind ``re.compile`` (Python 3.11+); private, so any surprise means "no prefilter".
try:
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without these modules
    _sre = _sre_parse = None

#: Non-ASCII characters that match an ASCII letter under ``re.IGNORECASE`` (a test
#: checks this against every code point).
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"

_Literals = frozenset[str]


def _better(current: _Literals | None, candidate: _Literals | None) -> _Literals | None:
    """The more selective of two required sets: longer shortest string, then fewer strings."""
    if not candidate:
        return current
    if not current:
        return candidate
    return max(current, candidate, key=lambda s: (min(map(len, s)), -len(s)))


def _required(items: Any) -> _Literals | None:
    best: _Literals | None = None
    run: list[str] = []
    for op, argument in items:
        if op is _sre.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op is _sre.SUBPATTERN:
            best = _better(best, _required(argument[3]))
        elif op is _sre.ATOMIC_GROUP:
            best = _better(best, _required(argument))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, _high, body = argument
            if low >= 1:
                best = _better(best, _required(body))
        elif op is _sre.BRANCH:
            branches = [_required(branch) for branch in argument[1]]
            if all(branches):
                best = _better(best, frozenset(s for branch in branches if branch for s in branch))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased ASCII strings of which every match of ``pattern`` contains one, or
    ``None`` when the pattern needs no such string (or its syntax could not be read)."""
    if _sre_parse is None:  # pragma: no cover
        return None
    try:
        found = _required(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - an unreadable tree only costs speed, never matches
        return None
    if not found or not all(literal.isascii() for literal in found):
        return None
    lowered = {literal.lower() for literal in found}
    # A string containing another one of the set adds nothing ("provocations" ⊃ "provocation").
    return frozenset(s for s in lowered if not any(o != s and o in s for o in lowered))


def lowered_slice(text: str, start: int = 0, end: int | None = None) -> str | None:
    """``text[start:end]`` lower-cased for ``may_match``, or ``None`` when it holds a
    character of ``FOLDS_TO_ASCII`` and every pattern must be searched in full."""
    piece = text[start:end]
    if any(character in piece for character in FOLDS_TO_ASCII):
        return None
    return piece.lower()


def may_match(literals: frozenset[str] | None, lowered: str | None) -> bool:
    """False only when a pattern with these required literals cannot match the slice."""
    return literals is None or lowered is None or any(literal in lowered for literal in literals)


class LiteralScan:
    """``may_match`` for many patterns' required literals at once.

    One trie-shaped pattern in a lookahead finds, at every position of the lowered slice,
    the longest literal starting there; every shorter literal starting at that position is
    a prefix of it, so the literals present are exactly the found ones and their literal
    prefixes. ``possible`` then gives the indices of the patterns that may match, the same
    as calling ``may_match`` on each (a test checks this on generated tables and texts).
    """

    def __init__(self, required: Sequence[frozenset[str] | None]) -> None:
        self._count = len(required)
        self._always = frozenset(i for i, literals in enumerate(required) if literals is None)
        owners: dict[str, set[int]] = {}
        for index, literals in enumerate(required):
            for literal in literals or ():
                owners.setdefault(literal, set()).add(index)
        #: For a literal found, every pattern needing it or one of its prefixes.
        self._reach = {
            found: frozenset(i for literal, indices in owners.items() if found.startswith(literal) for i in indices)
            for found in owners
        }
        self._pattern = re.compile(f"(?=({word_trie_pattern(owners, word=None).pattern}))") if owners else None

    def possible(self, lowered: str | None) -> frozenset[int]:
        """Indices of the patterns that may match the slice ``lowered`` (from ``lowered_slice``;
        ``None`` means all of them)."""
        if lowered is None:
            return frozenset(range(self._count))
        if self._pattern is None:
            return self._always
        found = set(self._pattern.findall(lowered))
        return self._always.union(*(self._reach[literal] for literal in found))
