"""Speed of segmentation, the lexicon pass and the full scorer, as ratios to VADER on the same texts.

Usage: python bench/bench_segment.py [--repeat N] [PATH ...]   (default: the seeds)

Prints articles per second for (a) segmentation with sentence splitting, (b) VADER over
the same articles' sentences, (c) the whole scorer, and the ratios. Timings are the best
of N repeats, so other load on the machine inflates them least.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing.ingest import make_article, read_corpus  # noqa: E402
from framing.lexicon import default_lexicon, find_terms  # noqa: E402
from framing.score import score_article  # noqa: E402
from framing.textview import normalize  # noqa: E402
from framing.tone import score_tone  # noqa: E402


def best_time(function: Callable[[], object], repeat: int, clear_views: bool = True) -> float:
    times = []
    for _ in range(repeat):
        if clear_views:
            normalize.cache_clear()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=40, help="score each article this many times per run")
    args = parser.parse_args()
    articles = read_corpus(args.paths).articles * args.copies
    # Distinct texts (a numbered closing line per copy), so no cache sees the same article twice.
    texts = [(f"{a.text}\n\nCopy {i}.", a.outlet, a.title) for i, a in enumerate(articles)]
    sentences = [a.text[s.start : s.end] for a in articles for s in a.sentences]

    segment = best_time(
        lambda: [make_article(t, id="x", source="b", outlet=o, title=ti) for t, o, ti in texts], args.repeat
    )
    vader = best_time(lambda: [score_tone(s) for s in sentences], args.repeat)
    lexicon = default_lexicon()
    bodies = [a.text for a in articles]
    terms = best_time(lambda: [find_terms(text, lexicon) for text in bodies], args.repeat)
    # In the scorer the normalised view is already built by segmentation; time the pass alone too.
    [normalize(text) for text in bodies]
    terms_warm = best_time(lambda: [find_terms(text, lexicon) for text in bodies], args.repeat, clear_views=False)
    full = best_time(
        lambda: [score_article(make_article(t, id="x", source="b", outlet=o, title=ti)) for t, o, ti in texts],
        args.repeat,
    )
    n = len(articles)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}; {n} articles")
    print(f"{'stage':32} {'articles/s':>12} {'x VADER time':>14}")
    print(f"{'segmentation + sentences':32} {n / segment:12.0f} {segment / vader:14.2f}")
    print(f"{'VADER alone (same sentences)':32} {n / vader:12.0f} {1:14.2f}")
    print(f"{'lexicon pass, view included':32} {n / terms:12.0f} {terms / vader:14.2f}")
    print(f"{'lexicon pass, view shared':32} {n / terms_warm:12.0f} {terms_warm / vader:14.2f}")
    print(f"{'full scorer':32} {n / full:12.0f} {full / vader:14.2f}")


if __name__ == "__main__":
    main()
