"""Tone toward a target: VADER scoped to the target's clause and neighbourhood.

Rules, in order (each documented in the README):
1. A target that is the speaker of the sentence ("..., Lewis posted", "said Hickey") gets
   0: the sentence's sentiment is about what is said, not about who says it.
2. The target's clause: the sentence is cut at "but", "while", "although", "though",
   "whereas", "however", "yet", semicolons, colons, dashes and relative clauses
   (", who" / ", which"), keeping the piece that holds the target.
3. Inside the clause, VADER reads at most ``TARGET_WINDOW`` words on each side of the
   target (its own negation and intensifier rules apply).
4. A target that the sentence blames (it lies in the target slot of a blame rule:
   "Israeli jets used the plane as cover") or that is the agent of a verb of harm
   ("Syrian fire downed the plane") gets at most ``BLAMED_TONE``.
"""

from __future__ import annotations

import functools
import re

from framing.blame import blamed_spans
from framing.defaults import BLAMED_TONE, TARGET_WINDOW
from framing.errors import InputError
from framing.textview import make_view
from framing.tone import score_tone

_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:]|,?\s+(?:but|while|whereas|although|though|however|yet)\b|,\s+(?:who|which)\b|\s[\u2014\u2013-]{1,2}\s)\s*",
    re.IGNORECASE,
)
_SPEECH_VERBS = "said|says|told|tells|added|wrote|posted|tweeted|explained|noted|asked|argued|claimed|stated|insisted"
_HARM_VERBS = "downed|shot\\s+down|killed|attacked|bombed|struck|hit|destroyed|shelled|murdered"
#: A verb of saying (or of harm) up to two words after the target. Its words alone are searched
#: first (``_within``): the full pattern tries every split of a word and costs far more.
_SPEECH_AFTER = re.compile(r"^\W*(?:\s*\w+){0,2}\s*(?:" + _SPEECH_VERBS + r")\b", re.IGNORECASE)
_SPEECH_WORD = re.compile(r"(?:" + _SPEECH_VERBS + r")\b", re.IGNORECASE)
_HARM_AFTER = re.compile(r"^\W*(?:\s*\w+){0,2}?\s*(?:" + _HARM_VERBS + r")\b", re.IGNORECASE)
_HARM_WORD = re.compile(r"(?:" + _HARM_VERBS + r")\b", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|wrote|according to)\s+$", re.IGNORECASE)


def _check_span(text: str, start: int, end: int) -> None:
    if not isinstance(text, str):
        raise InputError(f"target_tone: expected the sentence as text, got {type(text).__name__}")
    if not (0 <= start < end <= len(text)):
        raise InputError(
            f"target_tone: target span ({start}, {end}) is not inside the text of length {len(text)}; "
            "pass offsets of the target within this sentence, start < end"
        )


def _within(word: re.Pattern[str], pattern: re.Pattern[str], window: str) -> bool:
    """Whether ``pattern`` matches at the start of ``window``, which it can only if ``word`` occurs."""
    return bool(word.search(window) and pattern.match(window))


def _is_speaker(text: str, start: int, end: int) -> bool:
    return _within(_SPEECH_WORD, _SPEECH_AFTER, text[end : end + 40]) or bool(
        _SPEECH_BEFORE.search(text[max(0, start - 25) : start])
    )


@functools.lru_cache(maxsize=64)
def _prepared(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence's view and its clause breaks, shared by the targets of one sentence."""
    view = make_view(text).text
    return view, tuple(match.span() for match in _CLAUSE_BREAK.finditer(view))


def _clause(breaks: tuple[tuple[int, int], ...], length: int, start: int, end: int) -> tuple[int, int]:
    clause_start = max([0] + [b_end for _, b_end in breaks if b_end <= start])
    clause_end = min([length] + [b_start for b_start, _ in breaks if b_start >= end])
    return clause_start, clause_end


@functools.lru_cache(maxsize=4096)
def _blamed(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(blamed_spans(sentence))


def target_tone(text: str, start: int, end: int, memo: dict[str, float] | None = None) -> float:
    """Tone toward ``text[start:end]`` in the sentence ``text``, in [-1, 1].

    ``memo`` (window text → VADER compound) lets a caller share VADER's work between the
    targets of one article: a short sentence is often the window of each of its actors.
    """
    _check_span(text, start, end)
    view, breaks = _prepared(text)
    if _is_speaker(view, start, end):
        return 0.0
    clause_start, clause_end = _clause(breaks, len(view), start, end)
    left = view[clause_start:start].split()[-TARGET_WINDOW:]
    right = view[end:clause_end].split()[:TARGET_WINDOW]
    window = " ".join([*left, view[start:end], *right])
    if memo is not None and window in memo:
        score = memo[window]
    else:
        tone = score_tone(window)
        score = tone.compound if tone else 0.0
        if memo is not None:
            memo[window] = score
    blamed = any(s < end and start < e for s, e in _blamed(view)) or _within(
        _HARM_WORD, _HARM_AFTER, view[end : end + 40]
    )
    return min(score, BLAMED_TONE) if blamed else score
