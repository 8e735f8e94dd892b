"""Filter-change time and memory of the dashboard's data layer on a large scored corpus.

Usage: python bench/bench_dashboard.py [--articles 10000]

Scores the seeds once, then replicates their tables to N articles (new ids, outlets spread
over 40 names), and times what a filter change recomputes on each page: the filters and
the aggregates that page draws. Prints the median of 5 changes per filter and page, and
the peak memory of the process (scoring the seeds included).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from framing import compare  # noqa: E402
from framing.filters import Filters, apply_filters  # noqa: E402
from framing.ingest import read_corpus  # noqa: E402
from framing.score import ScoreConfig, score_corpus  # noqa: E402
from framing.tables import CorpusTables, build_tables, compact, plain  # noqa: E402


def replicate(tables: CorpusTables, n_articles: int) -> CorpusTables:
    copies = -(-n_articles // len(tables.articles))
    frames = {}
    for name in CorpusTables.__dataclass_fields__:
        frame = plain(getattr(tables, name))
        parts = []
        for copy in range(copies):
            part = frame.copy()
            part["id"] = part["id"] + f"~{copy}"
            part["outlet"] = part["outlet"] + f" {copy % 10}"
            parts.append(part)
        joined = pd.concat(parts, ignore_index=True)
        frames[name] = joined if name == "articles" else compact(joined)  # as the scorer and the store build them
    return CorpusTables(**frames)


#: What each page recomputes after a filter change (the charts' and tables' aggregates).
PAGES = {
    "overview": (compare.target_share, compare.voice_share, compare.actor_tone_by_outlet),
    "blame": (compare.blame_matrix, compare.target_share),
    "language": (compare.term_density_by_outlet, compare.naming, compare.passives_by_outlet),
}


def aggregates(tables: CorpusTables, filters: Filters, page: str) -> None:
    filtered = apply_filters(tables, filters)
    for aggregate in PAGES[page]:
        aggregate(filtered)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    config = ScoreConfig()
    corpus = read_corpus([ROOT / "seeds"])
    base = build_tables(score_corpus(corpus.articles, config), {a.id: a.text for a in corpus.articles}, config.registry)
    tables = replicate(base, args.articles)
    outlets = sorted(tables.articles["outlet"].unique())
    changes = {
        "no filter": Filters(),
        "two outlets": Filters(outlets=tuple(outlets[:2])),
        "actor Hezbollah": Filters(actors=("Hezbollah",)),
        "direct quotes only": Filters(voice="direct"),
        "labeling terms, no captions": Filters(categories=("labeling",), include_captions=False),
    }
    print(f"{len(tables.articles):,} articles, {len(tables.sentences):,} sentences, {len(tables.terms):,} terms")
    print(f"{'filter change (median seconds)':32}" + "".join(f"{page:>10}" for page in PAGES))
    for name, filters in changes.items():
        cells = []
        for page in PAGES:
            times = []
            for _ in range(5):
                start = time.perf_counter()
                aggregates(tables, filters, page)
                times.append(time.perf_counter() - start)
            cells.append(statistics.median(times))
        print(f"{name:32}" + "".join(f"{cell:10.3f}" for cell in cells))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB (scoring and replicating included; for the dashboard")
    print("server's own peak with one session, run: python bench/load.py --sessions 1)")


if __name__ == "__main__":
    main()
