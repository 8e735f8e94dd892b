"""Tone with VADER, behind one adapter.

Scores come from ``framing.vader``, which gives vaderSentiment's numbers with less
work (checked equal by tests). Input that VADER mishandles is dealt with here:
``None``, NaN and empty or blank text have no tone (``None``); bytes are decoded as
UTF-8 or rejected with a clear error; VADER reads the normalised view of the text
(``framing.textview``), because it strips only ASCII punctuation from a word's ends and
knows only the ASCII apostrophe in its negations: in raw news text a word next to a
curly quote (“terrible,”) and a negation such as doesn’t would go unread. Scores are
VADER's compound, in [-1, 1], never rounded; ``tone_label`` applies VADER's documented
threshold (``TONE_THRESHOLD``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from framing.defaults import TONE_THRESHOLD
from framing.errors import InputError
from framing.textview import make_view
from framing.vader import polarity_scores


@dataclass(frozen=True)
class Tone:
    compound: float
    positive: float
    neutral: float
    negative: float


def _as_text(text: object) -> str | None:
    if text is None:
        return None
    if isinstance(text, float) and math.isnan(text):
        return None
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(f"tone: bytes are not UTF-8 ({error}); decode the text before scoring it") from None
    if not isinstance(text, str):
        raise InputError(f"tone: expected text, got {type(text).__name__}; pass a str")
    return text if text.strip() else None


def score_tone(text: object) -> Tone | None:
    """VADER scores of ``text``, or ``None`` when there is no text to score."""
    value = _as_text(text)
    if value is None:
        return None
    scores = polarity_scores(make_view(value).text)
    return Tone(scores["compound"], scores["pos"], scores["neu"], scores["neg"])


def tone_label(score: float) -> Literal[-1, 0, 1]:
    """-1, 0 or 1: negative below ``-TONE_THRESHOLD``, positive above ``+TONE_THRESHOLD``."""
    if score >= TONE_THRESHOLD:
        return 1
    if score <= -TONE_THRESHOLD:
        return -1
    return 0
