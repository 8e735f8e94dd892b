"""Sentence boundaries with offsets: a small rule-based splitter.

Works on the normalised view of one paragraph (straight quotes, plain spaces). A
candidate boundary is terminal punctuation (``. ! ? ...``), any closing quotes or
brackets, then white space. It is kept when the next word starts a sentence (an upper
case letter or digit, possibly after an opening quote or bracket), unless:

- the full stop ends a title abbreviation ("Maj. Gen. Igor", "Mr. Smith") or an initial
  ("John F. Kennedy"); a capital letter after a lower-case preposition ("wrote on X.") or
  before a typical sentence opener after a lower-case word ("vitamin D. The") ends one;
- it ends another abbreviation or a dotted acronym ("Sept.", "U.S.") and the next word
  is not a typical sentence opener ("The", "He", "But" ...);
- it sits inside brackets or parentheses ("[... 5 kilometers. ...]");
- a quote closing with ``?`` or ``!`` is followed by its attribution ("Why?" Peskov asked).

A list item's opening bullet ("- ", "\u2022 ") is no part of its sentence, and a bullet on a
new line after terminal punctuation opens a new one.

A span longer than ``MAX_SENTENCE_CHARS`` (text without sentence punctuation) is cut
into pieces no longer than that, at the last clause mark or space before the limit, so
that the work per sentence stays bounded.
"""

from __future__ import annotations

import re

from framing.defaults import MAX_SENTENCE_CHARS
from framing.resources import load_abbreviations

_CANDIDATE = re.compile(r"(?:[.!?]+|\u2026)[\"')\]]*(?=\s)")
#: A bullet that opens a list item ("- Russia has blamed ...", "\u2022 Kyiv denied ...").
_LIST_MARKER = re.compile(r"[-*\u2022\u2023\u25e6\u2013\u2014]\s+")
#: The next word after a boundary, past a list item's bullet on a new line.
_NEXT_WORD = re.compile(r"\s+(?:(?<=\n)" + _LIST_MARKER.pattern + r")?[\"'(\[]*(\w[\w'.-]*)")
_TOKEN_BEFORE = re.compile(r"([\w.'-]+)$")
_WORD_BEFORE_LETTER = re.compile(r"([\w'-]+)\s+[A-Z]$")
#: Prepositions before a letter that names a place or a medium ("posted on X", "in Area C").
_LETTER_PREPOSITIONS = frozenset("on in at via to into from".split())
_CLAUSE_MARK = re.compile(r"[;:,]\s")
_SPACE = re.compile(r"\s")
_LONGEST_TOKEN = 40  # characters looked at before a full stop to find the word it ends
_SPEECH_AFTER_QUOTE = re.compile(
    r"\s+(?:[A-Z][\w.'-]*\s+){1,5}?(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|"
    r"insisted|noted|warned|stated|declared|explained|continued|shouted|tweeted)\b"
)
_SENTENCE_OPENERS = frozenset(
    (
        "The A An This That These Those It Its He She They We I You His Her Their Our But And Yet So "
        "However Meanwhile In On At For After Before When While Although If As Since There Here "
        "Some Many Most Other Another One Two Three Both Such What Who Why How"
    ).split()
)


def _is_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    next_word = _NEXT_WORD.match(text, match.end(), limit)
    if next_word is None:
        return False
    first = next_word.group(1)[0]
    if not (first.isupper() or first.isdigit()):
        return False
    punctuation = match.group(0)
    if punctuation[0] == "." and not punctuation.startswith("..."):
        before = _TOKEN_BEFORE.search(text, max(0, match.start() - _LONGEST_TOKEN), match.start())
        token = before.group(1) if before else ""
        abbreviations = load_abbreviations()
        if token in abbreviations.titles:
            return False
        if len(token) == 1 and token.isupper():
            return _letter_ends(text, match, next_word.group(1))
        if token.lower() in abbreviations.others or "." in token:
            return next_word.group(1) in _SENTENCE_OPENERS
    if punctuation[-1] in "\"'" and punctuation.rstrip("\"'")[-1:] in "?!":
        return _SPEECH_AFTER_QUOTE.match(text, match.end(), limit) is None
    return True


def _letter_ends(text: str, match: re.Match[str], next_word: str) -> bool:
    """Whether a capital letter and a full stop end a sentence rather than write an initial:
    after a lower-case preposition of place or medium that names it ("wrote on X. Polish
    officials ..."), or after another lower-case word when a sentence opener follows
    ("vitamin D. The ..."); never before another initial ("author J. K. Rowling")."""
    if re.fullmatch(r"[A-Z]\.?", next_word):
        return False
    previous = _WORD_BEFORE_LETTER.search(text, max(0, match.start() - _LONGEST_TOKEN), match.start())
    word = previous.group(1) if previous else ""
    if not word.islower():
        return False  # "John F. Kennedy", "Plan B", a letter opening the text
    return word in _LETTER_PREPOSITIONS or next_word in _SENTENCE_OPENERS


def _bracket_depths(text: str, start: int, end: int) -> list[int]:
    """Bracket depth before each character of ``text[start:end]``."""
    depths = []
    depth = 0
    for char in text[start:end]:
        depths.append(depth)
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
    return depths


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, max_chars: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` inside ``text[start:end]``, trimmed of white space.

    No span is longer than ``max_chars``: a longer one is cut as the module describes.
    """
    if max_chars < 1:
        raise ValueError(f"split_sentences: max_chars must be at least 1, got {max_chars}")
    end = len(text) if end is None else end
    spans = []
    depths: list[int] | None = None
    has_brackets = "(" in text[start:end] or "[" in text[start:end]
    position = start
    for match in _CANDIDATE.finditer(text, start, end):
        if has_brackets:
            depths = depths or _bracket_depths(text, start, end)
            if depths[match.start() - start]:
                continue
        if _is_boundary(text, match, end):
            spans.append((position, match.end()))
            position = match.end()
    spans.append((position, end))
    trimmed = []
    for span_start, span_end in spans:
        chunk = text[span_start:span_end]
        stripped = chunk.strip()
        if marker := _LIST_MARKER.match(stripped):
            stripped = stripped[marker.end() :]  # a list item's bullet is no word of its sentence
        if stripped:
            offset = span_start + len(chunk) - len(stripped) - (len(chunk) - len(chunk.rstrip()))
            trimmed.extend(_bounded(text, offset, offset + len(stripped), max_chars))
    return trimmed


def _last_cut(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    cut = None
    for match in pattern.finditer(text, start, end):
        cut = match.end()
    return cut


def _bounded(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut into trimmed pieces of at most ``limit`` characters.

    Each cut falls after the last clause mark (``; : ,`` and a space) in the second half
    of the window, else after its last white space, else at the limit itself (a run of
    ``limit`` characters without a space).
    """
    pieces = []
    while end - start > limit:
        window_end = start + limit
        cut = _last_cut(_CLAUSE_MARK, text, start + limit // 2, window_end + 1)
        if cut is None:
            cut = _last_cut(_SPACE, text, start + 1, window_end + 1) or window_end
        chunk = text[start:cut]
        pieces.append((start, start + len(chunk.rstrip())))
        start = cut
        while text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces
