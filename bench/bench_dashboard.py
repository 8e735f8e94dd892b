"""Filter-change time and memory of the dashboard's data layer on a large scored corpus.

Usage: python bench/bench_dashboard.py [--articles 10000]

Scores the seeds once, then replicates their tables to N articles (new ids and sentence
numbers, outlets spread over 40 names), loads them into the dashboard's in-memory DuckDB
database, builds the term index for distinctive terms (timed once), and times what a
filter change recomputes on each page: the SQL aggregates that
page draws under the filters. Prints the median of 5 changes per filter and page, and the
peak memory of the process (scoring the seeds included).
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
from framing.database import CorpusDB  # noqa: E402
from framing.filters import Filtered, Filters  # noqa: E402
from framing.ingest import read_corpus  # noqa: E402
from framing.score import ScoreConfig, score_corpus  # noqa: E402
from framing.tables import CorpusTables, build_tables  # noqa: E402


def replicate(tables: CorpusTables, texts: dict[str, str], n_articles: int) -> tuple[CorpusTables, dict[str, str]]:
    """``tables`` copied until they hold ``n_articles`` articles, and the texts of the copies."""
    copies = -(-n_articles // len(tables.articles))
    n_sentences = len(tables.sentences)
    frames = {}
    for name in CorpusTables.__dataclass_fields__:
        frame = getattr(tables, name)
        parts = []
        for copy in range(copies):
            part = frame.copy()
            part["id"] = part["id"] + f"~{copy}"
            part["outlet"] = part["outlet"] + f" {copy % 10}"
            if "sid" in part:
                part["sid"] = part["sid"] + copy * n_sentences
            parts.append(part)
        frames[name] = pd.concat(parts, ignore_index=True)
    copied = {f"{article_id}~{copy}": text for copy in range(copies) for article_id, text in texts.items()}
    return CorpusTables(**frames), copied


#: What each page recomputes after a filter change (the charts' and tables' aggregates).
PAGES = {
    "overview": (
        lambda data: data.frame("articles"), compare.target_share, compare.voice_share,
        compare.actor_tone_by_outlet, compare.outlet_sources, lambda data: compare.top_outlet_terms(data, 4),
    ),
    "blame": (
        compare.blame_matrix, compare.target_share, lambda data: data.frame("blame", limit=1000),
        lambda data: data.count("blame"),
    ),
    "language": (
        compare.term_density_by_outlet, compare.term_counts, compare.naming, compare.passives_by_outlet,
        lambda data: data.count("passives", "agent IS NULL AND harm"),
    ),
    "distinctive": (compare.distinctive_by_outlet,),
}  # fmt: skip


def aggregates(db: CorpusDB, filters: Filters, page: str) -> None:
    data = Filtered(db, filters)
    for aggregate in PAGES[page]:
        aggregate(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    config = ScoreConfig()
    corpus = read_corpus([ROOT / "seeds"])
    texts = {a.id: a.text for a in corpus.articles}
    tables, copied = replicate(
        build_tables(score_corpus(corpus.articles, config), texts, config.registry), texts, args.articles
    )
    db = CorpusDB.from_tables(tables, copied)
    del copied
    outlets = sorted(tables.articles["outlet"].unique())
    changes = {
        "no filter": Filters(),
        "two outlets": Filters(outlets=tuple(outlets[:2])),
        "actor Hezbollah": Filters(actors=("Hezbollah",)),
        "direct quotes only": Filters(voice="direct"),
        "labeling terms, no captions": Filters(categories=("labeling",), include_captions=False),
    }
    print(f"{len(tables.articles):,} articles, {len(tables.sentences):,} sentences, {len(tables.terms):,} terms")
    if db.indexes_terms():
        start = time.perf_counter()
        index = db.term_index()
        print(
            f"term index for distinctive terms: {index.n_terms:,} terms, built once in "
            f"{time.perf_counter() - start:.1f} s (the first Language page of the corpus waits for it)"
        )
    print(f"{'filter change (median seconds)':32}" + "".join(f"{page:>12}" for page in PAGES))
    for name, filters in changes.items():
        cells = []
        for page in PAGES:
            times = []
            for _ in range(5):
                start = time.perf_counter()
                aggregates(db, filters, page)
                times.append(time.perf_counter() - start)
            cells.append(statistics.median(times))
        print(f"{name:32}" + "".join(f"{cell:12.3f}" for cell in cells))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB (scoring and replicating included; for the dashboard")
    print("server's own peak with one session, run: python bench/load.py --sessions 1)")


if __name__ == "__main__":
    main()
