"""Scaling of batch scoring: time per article by corpus size, workers, and engine.

Usage: python bench/bench_scale.py [--sizes 100 1000 3000] [--batch-size 200]

Builds corpora with bench/make_corpus.py, scores each with `framing score -o x.duckdb`
(1 and 2 worker processes, and the Dask local cluster with 2 workers), and prints seconds,
time per article, speed-ups and the peak memory of the scoring processes.
"""

from __future__ import annotations

import argparse
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(corpus: Path, output: Path, *options: str) -> tuple[float, float]:
    """Seconds and peak child RSS (MB) of one `framing score` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "framing", "score", str(corpus), "-o", str(output), *options],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    elapsed = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.python_version()}, 2 cores")
    print(f"{'articles':>9} {'engine':>14} {'seconds':>8} {'ms/article':>11} {'speed-up':>9} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            corpus = Path(folder) / f"corpus-{size}.jsonl"
            subprocess.run(
                [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(size), str(corpus)],
                check=True,
                capture_output=True,
            )
            base = None
            for name, options in (
                ("1 process", ("--jobs", "1")),
                ("2 processes", ("--jobs", "2")),
                ("dask, 2 workers", ("--jobs", "2", "--engine", "dask")),
            ):
                output = Path(folder) / f"{size}-{name.replace(' ', '-').replace(',', '')}.duckdb"
                seconds, peak = run(corpus, output, *options, "--batch-size", str(args.batch_size))
                base = base or seconds
                per_article = 1000 * seconds / size
                print(f"{size:>9} {name:>14} {seconds:8.1f} {per_article:11.1f} {base / seconds:9.2f} {peak:8.0f}")


if __name__ == "__main__":
    main()
