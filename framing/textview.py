"""Normalised views of article text that map back to the original offsets.

Article text is kept exactly as read. Matching code works on a view in which
non-breaking and other fixed-width spaces are plain spaces, curly quotes and primes are
straight quotes, a horizontal bar (U+2015, some outlets' em dash) is an em dash, two
apostrophes used as a quotation mark (''so'') are one '"', and invisible characters
(zero-width spaces, soft hyphens, byte-order marks) are removed.
``TextView.to_original`` maps any view offset back to ``Article.text``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u02bc"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_REPLACEMENTS = {
    **{c: " " for c in _SPACES},
    **{c: "'" for c in _SINGLE_QUOTES},
    **{c: '"' for c in _DOUBLE_QUOTES},
    "\u2015": "\u2014",
}
# A character class and a lookup rather than ``str.translate``: most characters of a text
# are left alone, and the regular expression skips them about five times faster.
_REPLACEABLE = re.compile("[" + re.escape("".join(_REPLACEMENTS)) + "]")


def _replacement(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group()]


#: The characters the view removes (zero-width spaces and joiners, BOMs, soft hyphens).
INVISIBLE_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]+")
#: Two apostrophes used as a double quotation mark (''like this''): the first becomes '"'
#: and the second is dropped.
_DOUBLED_APOSTROPHE = re.compile("(?<=')'")


@dataclass(frozen=True)
class TextView:
    """A normalised copy of a text plus the map back to the original offsets.

    The map is a list of anchors: view offset ``view_starts[k]`` corresponds to original
    offset ``original_starts[k]``, and characters map one to one until the next anchor.
    """

    text: str
    view_starts: tuple[int, ...] = (0,)
    original_starts: tuple[int, ...] = (0,)

    @functools.cached_property
    def lower(self) -> str | None:
        """The view in lower case, or None when lower-casing changes its length ("İ")."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def to_original(self, offset: int) -> int:
        """Original offset of the character at view ``offset`` (``len(view)`` maps to the end)."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside the view of length {len(self.text)}")
        k = bisect.bisect_right(self.view_starts, offset) - 1
        return self.original_starts[k] + offset - self.view_starts[k]

    def from_original(self, offset: int) -> int:
        """View offset of original ``offset`` (a removed character maps to the next kept one)."""
        k = bisect.bisect_right(self.original_starts, offset) - 1
        view_offset = self.view_starts[k] + offset - self.original_starts[k]
        limit = self.view_starts[k + 1] if k + 1 < len(self.view_starts) else len(self.text)
        return min(view_offset, limit)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the view span ``[start, end)``.

        Characters removed right after the span's last character (the second apostrophe
        of a ''quote'') are included, so a span never ends inside a removed run.
        """
        if end <= start:
            original = self.to_original(start)
            return original, original
        original_end = self.to_original(end - 1) + 1
        k = bisect.bisect_left(self.view_starts, end)
        if k < len(self.view_starts) and self.view_starts[k] == end and end > 0:
            original_end = max(original_end, self.original_starts[k])
        return self.to_original(start), original_end


def _removals(translated: str) -> list[re.Match[str]]:
    # Every character the view replaces or removes, except the apostrophe, is non-ASCII.
    found = [] if translated.isascii() else list(_INVISIBLE.finditer(translated))
    if "''" in translated:
        found.extend(_DOUBLED_APOSTROPHE.finditer(translated))
        found.sort(key=lambda match: match.start())
    return found


def make_view(text: str) -> TextView:
    """Return the normalised view of ``text`` (see the module docstring), uncached: for
    short-lived texts such as one sentence, which would crowd articles out of the cache."""
    translated = text if text.isascii() else _REPLACEABLE.sub(_replacement, text)
    removals = _removals(translated)
    if not removals:
        return TextView(translated)
    if "''" in translated:
        translated = re.sub("'(?=')", '"', translated)
    pieces: list[str] = []
    view_starts = [0]
    original_starts = [0]
    position = 0
    view_length = 0
    for match in removals:
        pieces.append(translated[position : match.start()])
        view_length += match.start() - position
        position = match.end()
        view_starts.append(view_length)
        original_starts.append(position)
    pieces.append(translated[position:])
    return TextView("".join(pieces), tuple(view_starts), tuple(original_starts))


#: The cached ``make_view``: views are immutable, and every stage of one article's scoring
#: shares one.
normalize = functools.lru_cache(maxsize=256)(make_view)
