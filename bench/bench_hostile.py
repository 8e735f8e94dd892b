"""Scoring time on hostile text shapes, as the growth of time per character with length.

Usage: python bench/bench_hostile.py [--chars N]   (default 30,000)

Each shape is scored at N and at 4N characters. The printed ratio is the time per
character at 4N over that at N: about 1 when the work grows linearly with the text,
about 4 when it grows with the square. Shapes: run-on text with no sentence punctuation
(a scraped table or list), a chain of speech verbs, a chain of accusations, direct
quotes, and, for comparison, ordinary sentences. The best of three runs is used for each time.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.ingest import make_article  # noqa: E402
from framing.score import score_article  # noqa: E402

_WORDS = "the Russian officials said that Israel was responsible , according to Moscow , who blamed".split()


def _run_on(chars: int) -> str:
    rng = random.Random(1)
    words: list[str] = []
    length = 0
    while length < chars:
        word = rng.choice(_WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda chars: unit * max(1, chars // len(unit))


SHAPES: dict[str, Callable[[int], str]] = {
    "run-on text, no sentence punctuation": _run_on,
    "chain of speech verbs ('X said X said ...')": _repeat("Officials said "),
    "chain of accusations ('Russia accused Israel of ...')": _repeat("Russia accused Israel of "),
    "direct quotes ('\"...,\" said Peskov.')": _repeat('"Israel is to blame for this," Peskov said. '),
    "ordinary sentences": _repeat("Russia blamed Israel for the loss of the plane, officials said. "),
}


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        score_article(make_article(text, id="bench", source="bench", outlet="bench"))
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=30_000, help="the shorter length (characters)")
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"{'shape':55} {'ms/1k chars @N':>15} {'@4N':>8} {'ratio':>6}")
    for name, make in SHAPES.items():
        short, long = make(args.chars), make(4 * args.chars)
        per_short = _seconds(short) / len(short) * 1e6
        per_long = _seconds(long) / len(long) * 1e6
        print(f"{name:55} {per_short:15.2f} {per_long:8.2f} {per_long / per_short:6.2f}")


if __name__ == "__main__":
    main()
