"""VADER's polarity scores, the same numbers computed with less work.

vaderSentiment 3.3.2 re-lowercases every word of a sentence several times for each
sentiment-bearing word (in its negation, idiom and contrast checks) and rebuilds the
text character by character to replace emoji. This module applies the same rules, in
the same order and with the same arithmetic, to words lowercased once, and looks for
emoji only when the text contains one. The word lists, the lexicon, the constants, the
final scoring (``score_valence``) and the contrastive-"but" rule are taken from the
installed package itself, so there is one source for VADER's data and its quirks.

The scores are equal to the package's, not approximately equal: a test compares them
on the seed corpus, on hand-written cases of every rule and on generated text, and
another on every sentence of the evaluation corpora. The rules follow one release; with
any other installed version ``polarity_scores`` falls back to the package's own
analyzer.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Callable
from importlib.metadata import version

from vaderSentiment import vaderSentiment as reference

__all__ = ["FAITHFUL_VERSION", "polarity_scores", "reference_analyzer"]

#: The vaderSentiment release whose rules this module reproduces.
FAITHFUL_VERSION = "3.3.2"

_N_SCALAR = reference.N_SCALAR
_C_INCR = reference.C_INCR
_BOOSTERS: dict[str, float] = reference.BOOSTER_DICT
_SPECIAL_CASES: dict[str, float] = reference.SPECIAL_CASES
_NEGATIONS = frozenset(reference.NEGATE)
_PUNCTUATION = string.punctuation


@functools.cache
def reference_analyzer() -> reference.SentimentIntensityAnalyzer:
    """The package's analyzer (its lexicon and emoji table are read once)."""
    return reference.SentimentIntensityAnalyzer()


def _negated(word: str) -> bool:
    return word in _NEGATIONS or "n't" in word


class _Vader:
    def __init__(self, analyzer: reference.SentimentIntensityAnalyzer) -> None:
        self.analyzer = analyzer
        self.lexicon: dict[str, float] = analyzer.lexicon
        # The package replaces emoji one character at a time, so only one-character
        # entries of its table can ever match.
        self.emojis: dict[str, str] = {key: value for key, value in analyzer.emojis.items() if len(key) == 1}

    def _replace_emojis(self, text: str) -> str:
        pieces: list[str] = []
        after_space = True
        for character in text:
            description = self.emojis.get(character)
            if description is None:
                pieces.append(character)
                after_space = character == " "
            else:
                if not after_space:
                    pieces.append(" ")
                pieces.append(description)
                after_space = False
        return "".join(pieces)

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not self.emojis.keys().isdisjoint(text):
            text = self._replace_emojis(text)
        text = text.strip()
        # A token loses the punctuation at its ends unless that leaves two characters
        # or fewer (an emoticon such as ":)").
        words = [stripped if len(stripped := token.strip(_PUNCTUATION)) > 2 else token for token in text.split()]
        lowered = [word.lower() for word in words]
        capitals = sum(map(str.isupper, words))
        cap_differs = 0 < len(words) - capitals < len(words)
        sentiments: list[float] = [0] * len(words)
        last = len(words) - 1
        lexicon = self.lexicon
        for i, low in enumerate(lowered):
            if low not in lexicon or low in _BOOSTERS:
                continue
            if low == "kind" and i < last and lowered[i + 1] == "of":
                continue
            sentiments[i] = self._valence(words, lowered, i, cap_differs)
        if "but" in lowered:
            sentiments = reference.SentimentIntensityAnalyzer._but_check(words, sentiments)
        scores: dict[str, float] = self.analyzer.score_valence(sentiments, text)
        return scores

    def _valence(self, words: list[str], lowered: list[str], i: int, cap_differs: bool) -> float:
        lexicon = self.lexicon
        low = lowered[i]
        valence = lexicon[low]
        if low == "no" and i != len(words) - 1 and lowered[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lowered[i - 1] == "no")
            or (i > 1 and lowered[i - 2] == "no")
            or (i > 2 and lowered[i - 3] == "no" and lowered[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[low] * _N_SCALAR
        if cap_differs and words[i].isupper():
            valence = valence + _C_INCR if valence > 0 else valence - _C_INCR
        for distance in range(3):
            j = i - distance - 1
            if j < 0 or lowered[j] in lexicon:
                continue
            scalar = self._booster(words[j], lowered[j], valence, cap_differs)
            if distance == 1 and scalar != 0:
                scalar = scalar * 0.95
            if distance == 2 and scalar != 0:
                scalar = scalar * 0.9
            valence = valence + scalar
            valence = _negation(valence, lowered, distance, i)
            if distance == 2:
                valence = _idioms(valence, lowered, i)
        return _least(valence, lowered, i, lexicon)

    @staticmethod
    def _booster(word: str, low: str, valence: float, cap_differs: bool) -> float:
        scalar = _BOOSTERS.get(low)
        if scalar is None:
            return 0.0
        if valence < 0:
            scalar *= -1
        if cap_differs and word.isupper():
            scalar = scalar + _C_INCR if valence > 0 else scalar - _C_INCR
        return scalar


def _negation(valence: float, lowered: list[str], distance: int, i: int) -> float:
    previous = lowered[i - distance - 1]
    if distance == 0:
        return valence * _N_SCALAR if _negated(previous) else valence
    if distance == 1:
        if lowered[i - 2] == "never" and lowered[i - 1] in ("so", "this"):
            return valence * 1.25
        if lowered[i - 2] == "without" and lowered[i - 1] == "doubt":
            return valence
        return valence * _N_SCALAR if _negated(previous) else valence
    # The package's condition groups as (never and (so or this)) or (so or this):
    # a word right before the item that is "so" or "this" intensifies on its own.
    if (lowered[i - 3] == "never" and lowered[i - 2] in ("so", "this")) or lowered[i - 1] in ("so", "this"):
        return valence * 1.25
    if lowered[i - 3] == "without" and "doubt" in (lowered[i - 2], lowered[i - 1]):
        return valence
    return valence * _N_SCALAR if _negated(previous) else valence


def _idioms(valence: float, lowered: list[str], i: int) -> float:
    three, two, one, zero = lowered[i - 3], lowered[i - 2], lowered[i - 1], lowered[i]
    before = (f"{one} {zero}", f"{two} {one} {zero}", f"{two} {one}", f"{three} {two} {one}", f"{three} {two}")
    for sequence in before:
        if sequence in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[sequence]
            break
    if len(lowered) - 1 > i:
        following = f"{zero} {lowered[i + 1]}"
        if following in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[following]
    if len(lowered) - 1 > i + 1:
        following = f"{zero} {lowered[i + 1]} {lowered[i + 2]}"
        if following in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[following]
    for n_gram in (f"{three} {two} {one}", f"{three} {two}", f"{two} {one}"):
        if n_gram in _BOOSTERS:
            valence = valence + _BOOSTERS[n_gram]
    return valence


def _least(valence: float, lowered: list[str], i: int, lexicon: dict[str, float]) -> float:
    # "least" right before the item negates it, except in "at least" and "very least".
    negates = i > 0 and lowered[i - 1] == "least" and "least" not in lexicon
    if negates and (i == 1 or lowered[i - 2] not in ("at", "very")):
        return valence * _N_SCALAR
    return valence


@functools.cache
def _scorer() -> Callable[[str], dict[str, float]]:
    analyzer = reference_analyzer()
    if version("vaderSentiment") != FAITHFUL_VERSION:
        return analyzer.polarity_scores  # type: ignore[no-any-return]
    return _Vader(analyzer).polarity_scores


def polarity_scores(text: str) -> dict[str, float]:
    """VADER's ``{"neg", "neu", "pos", "compound"}`` for ``text``, as the package gives them."""
    return _scorer()(text)
