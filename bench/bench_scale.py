"""Scaling of batch scoring: time per article by corpus size, workers, and engine.

Usage: python bench/bench_scale.py [--sizes 100 1000 3000] [--batch-size 200] [--engines 1 2 dask]

Builds corpora with bench/make_corpus.py, scores each with `framing score -o x.duckdb`
(1 and 2 worker processes, and the Dask local cluster with 2 workers), and prints seconds,
time per article (also after the start-up, measured on a one-article corpus), speed-ups
and the peak memory of the scoring processes.
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


ENGINES = {
    "1": ("1 process", ("--jobs", "1")),
    "2": ("2 processes", ("--jobs", "2")),
    "dask": ("dask, 2 workers", ("--jobs", "2", "--engine", "dask")),
}


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
    parser.add_argument(
        "--engines", nargs="+", choices=list(ENGINES), default=list(ENGINES), help="which engines to run (default all)"
    )
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.python_version()}, 2 cores")
    print(
        f"{'articles':>9} {'engine':>15} {'seconds':>8} {'ms/article':>11} {'after start':>12} "
        f"{'speed-up':>9} {'peak MB':>8}"
    )
    with tempfile.TemporaryDirectory() as folder:
        startup = {}
        for size in [1, *args.sizes]:
            corpus = Path(folder) / f"corpus-{size}.jsonl"
            subprocess.run(
                [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(size), str(corpus)],
                check=True,
                capture_output=True,
            )
            base = None
            for engine in args.engines:
                name, options = ENGINES[engine]
                output = Path(folder) / f"{size}-{engine}.duckdb"
                seconds, peak = run(corpus, output, *options, "--batch-size", str(args.batch_size))
                if size == 1:  # start-up: imports, the lexicon and actor patterns, the workers
                    startup[engine] = seconds
                    continue
                base = base or seconds
                per_article = 1000 * seconds / size
                steady = 1000 * max(seconds - startup[engine], 0.0) / size
                print(
                    f"{size:>9} {name:>15} {seconds:8.1f} {per_article:11.1f} {steady:12.1f} "
                    f"{base / seconds:9.2f} {peak:8.0f}"
                )
        print("start-up (1 article): " + ", ".join(f"{ENGINES[e][0]} {startup[e]:.1f} s" for e in args.engines))


if __name__ == "__main__":
    main()
