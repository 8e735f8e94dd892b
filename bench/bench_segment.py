"""Speed of segmentation, the lexicon pass and the full scorer, as ratios to VADER on the same texts.

Usage: python bench/bench_segment.py [--repeat N] [--stages] [PATH ...]   (default: the seeds)

Prints articles per second for (a) segmentation with sentence splitting, (b) VADER over
the same articles' sentences, (c) the lexicon pass, (d) the whole scorer, and the ratios.
Each of N rounds runs every stage once; articles/s is the best round, the ratio is the
median over rounds of the stage's time over VADER's in the same round, so load from other
work on the machine shifts both sides of a ratio alike.

``--stages`` also splits the scorer's time by extractor (each function that
``score_article`` calls, timed around its calls in one more run), as multiples of VADER's
time on the same sentences.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

import framing.score as score_module  # noqa: E402
from framing.ingest import make_article, read_corpus  # noqa: E402
from framing.lexicon import default_lexicon, find_terms  # noqa: E402
from framing.records import Article  # noqa: E402
from framing.score import score_article  # noqa: E402
from framing.textview import normalize  # noqa: E402


def timed(function: Callable[[], object], clear_views: bool = True) -> float:
    if clear_views:
        normalize.cache_clear()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


#: The extractors ``score_article`` calls, by the names it imports them under.
EXTRACTORS = {
    "tone toward actors": "actor_tone",
    "quotes and voice": "extract_quotes",
    "sentence tone": "score_tone",
    "blame": "extract_blame",
    "naming": "find_labels",
    "actor mentions": "find_mentions",
    "passives": "find_passives",
    "loaded terms": "find_terms",
}


def extractor_times(articles: list[Article]) -> dict[str, float]:
    """Seconds spent in each extractor while scoring ``articles`` once."""
    spent = dict.fromkeys(EXTRACTORS, 0.0)
    originals = {name: getattr(score_module, function) for name, function in EXTRACTORS.items()}

    def timed_call(name: str, function: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start

        return call

    try:
        for name, function in originals.items():
            setattr(score_module, EXTRACTORS[name], timed_call(name, function))
        normalize.cache_clear()
        for article in articles:
            score_article(article)
    finally:
        for name, function in originals.items():
            setattr(score_module, EXTRACTORS[name], function)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=40, help="score each article this many times per run")
    parser.add_argument("--stages", action="store_true", help="also split the scorer's time by extractor")
    args = parser.parse_args()
    articles = read_corpus(args.paths).articles * args.copies
    # Distinct texts (a numbered closing line per copy), so no cache sees the same article twice.
    texts = [(f"{a.text}\n\nCopy {i}.", a.outlet, a.title) for i, a in enumerate(articles)]
    sentences = [a.text[s.start : s.end] for a in articles for s in a.sentences]
    bodies = [a.text for a in articles]
    analyzer = SentimentIntensityAnalyzer()  # VADER alone, as its users call it (no framing shortcut)
    lexicon = default_lexicon()
    stages: dict[str, tuple[Callable[[], object], bool]] = {
        "segmentation + sentences": (
            lambda: [make_article(t, id="x", source="b", outlet=o, title=ti) for t, o, ti in texts],
            True,
        ),
        "VADER alone (same sentences)": (lambda: [analyzer.polarity_scores(s) for s in sentences], True),
        "lexicon pass, view included": (lambda: [find_terms(text, lexicon) for text in bodies], True),
        # In the scorer the normalised view is already built by segmentation; time the pass alone too.
        "lexicon pass, view shared": (lambda: [find_terms(text, lexicon) for text in bodies], False),
        "full scorer": (
            lambda: [score_article(make_article(t, id="x", source="b", outlet=o, title=ti)) for t, o, ti in texts],
            True,
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in stages}
    for _ in range(args.repeat):  # every stage once per round: a round's stages share the machine's load
        for name, (function, clear) in stages.items():
            if not clear:
                [normalize(text) for text in bodies]
            times[name].append(timed(function, clear))
    vader = times["VADER alone (same sentences)"]
    n = len(articles)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}; {n} articles")
    print(f"{'stage':32} {'articles/s':>12} {'x VADER time':>14}")
    for name, runs in times.items():
        ratio = statistics.median(run / base for run, base in zip(runs, vader, strict=True))
        print(f"{name:32} {n / min(runs):12.0f} {ratio:14.2f}")
    if args.stages:
        built = [make_article(t, id="x", source="b", outlet=o, title=ti) for t, o, ti in texts]
        spent = extractor_times(built)
        vader_once = timed(lambda: [analyzer.polarity_scores(s) for s in sentences])
        print(f"\nscorer time by extractor, x VADER time on the same sentences ({n} articles, one run)")
        for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            print(f"{name:32} {seconds / vader_once:12.2f}")


if __name__ == "__main__":
    main()
