"""Spans sorted by start, for lookups that would otherwise pass over a whole article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Generic, TypeVar

__all__ = ["SpanIndex"]

_T = TypeVar("_T")


class SpanIndex(Generic[_T]):
    """Spans ``(start, end, item)`` sorted by start, to find those near a position quickly.

    Both lookups return entries in their original order. ``starting(low, high)`` gives
    the entries that start in ``[low, high]``; ``near(low, high)`` those that start in
    ``[low - longest, high]``, where ``longest`` is the longest span: a superset of every
    span that overlaps or contains ``[low, high]``, which the caller then tests exactly.
    Lookups cost a binary search plus the spans nearby, not a pass over the article.
    """

    def __init__(self, spans: Sequence[tuple[int, int, _T]]) -> None:
        order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.spans = [spans[i] for i in order]
        self.rank = order
        self.starts = [span[0] for span in self.spans]
        self.longest = max((end - start for start, end, _ in spans), default=0)

    def near(self, low: int, high: int) -> list[tuple[int, int, _T]]:
        return self.starting(low - self.longest, high)

    def starting(self, low: int, high: int) -> list[tuple[int, int, _T]]:
        """The entries whose start lies in ``[low, high]``, in their original order."""
        first = bisect_left(self.starts, low)
        last = bisect_right(self.starts, high)
        found = sorted(range(first, last), key=self.rank.__getitem__)
        return [self.spans[i] for i in found]
