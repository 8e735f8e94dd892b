"""Batch scoring: articles streamed in batches through a process pool or a Dask cluster.

The scoring function is the same pure ``score_article`` everywhere; a worker builds its
``ScoreConfig`` once (from the bundled data and the actor files named) and keeps it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from framing import __version__
from framing.actors import load_registry
from framing.records import Article, ArticleRecord, Problem
from framing.score import SCORER_REVISION, ScoreConfig, score_article

Batch = tuple[list[Article], list[ArticleRecord]]


@functools.cache
def config_for(actor_paths: tuple[str, ...] = ()) -> ScoreConfig:
    """The scoring configuration for these actor files (built once per process)."""
    return ScoreConfig(registry=load_registry(actor_paths))


def config_hash(config: ScoreConfig) -> str:
    """A fingerprint of everything scoring depends on: version and scorer revision, lexicon,
    actors, blame rules."""
    digest = hashlib.sha256(f"{__version__}\t{SCORER_REVISION}".encode())
    for entry in sorted(config.lexicon.entries, key=lambda e: (e.pattern, e.category)):
        digest.update(f"{entry.pattern}\t{entry.category}\n".encode())
    for form, (actor, kind) in sorted(config.registry.form_actor.items()):
        digest.update(f"{form}\t{actor}\t{kind}\n".encode())
    for rule in config.blame_rules:
        digest.update(f"{rule.name}\t{rule.pattern.pattern}\n".encode())
    return digest.hexdigest()[:16]


def score_batch(articles: list[Article], actor_paths: tuple[str, ...] = ()) -> list[ArticleRecord]:
    """Score a batch with the configuration for ``actor_paths`` (the unit of work of every engine)."""
    config = config_for(actor_paths)
    return [score_article(article, config) for article in articles]


def batches(
    items: Iterable[Article | Problem], size: int, on_problem: Callable[[Problem], None]
) -> Iterator[list[Article]]:
    """Articles grouped ``size`` at a time; problems are handed to ``on_problem`` as they come."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Problem):
            on_problem(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def score_local(groups: Iterable[list[Article]], jobs: int, actor_paths: tuple[str, ...] = ()) -> Iterator[Batch]:
    """Score batches in this process (jobs = 1) or a pool of ``jobs`` processes, in order,
    keeping at most ``jobs + 1`` batches in flight (the input is never read ahead further)."""
    if jobs <= 1:
        for group in groups:
            yield group, score_batch(group, actor_paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: list[tuple[list[Article], object]] = []
        for group in groups:
            size = -(-len(group) // jobs)
            parts = [group[i : i + size] for i in range(0, len(group), size)]
            pending.append((group, [pool.submit(score_batch, part, actor_paths) for part in parts]))
            if len(pending) > 1:
                done_group, futures = pending.pop(0)
                yield done_group, [record for future in futures for record in future.result()]  # type: ignore[attr-defined]
        for done_group, futures in pending:
            yield done_group, [record for future in futures for record in future.result()]  # type: ignore[attr-defined]


def score_dask(
    groups: Iterable[list[Article]], scheduler: str | None, workers: int, actor_paths: tuple[str, ...] = ()
) -> Iterator[Batch]:
    """Score batches on a Dask cluster: ``scheduler`` (an address) or a local cluster of
    ``workers`` single-threaded worker processes. Results come back in input order."""
    from dask.distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    client = Client(scheduler or cluster)
    try:
        in_flight: list[tuple[list[Article], object]] = []
        for group in groups:
            in_flight.append((group, client.submit(score_batch, group, actor_paths, pure=False)))
            if len(in_flight) > 2 * workers:
                done_group, future = in_flight.pop(0)
                yield done_group, future.result()  # type: ignore[attr-defined]
        for done_group, future in in_flight:
            yield done_group, future.result()  # type: ignore[attr-defined]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@dataclass
class Progress:
    """A one-line progress report with rate and ETA on a terminal; silent otherwise."""

    total: int | None = None
    done: int = 0
    skipped: int = 0
    started: float = 0.0
    enabled: bool = False

    @classmethod
    def for_terminal(cls, total: int | None) -> Progress:
        return cls(total=total, started=time.monotonic(), enabled=sys.stderr.isatty())

    def advance(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        line = f"\rscored {self.done:,}"
        if self.total:
            remaining = max(self.total - self.done - self.skipped, 0)
            eta = remaining / rate if rate else 0
            minutes, seconds = divmod(int(eta), 60)
            line += f" of {self.total - self.skipped:,} · {rate:,.1f} articles/s · ETA {minutes}m{seconds:02d}s"
        else:
            line += f" · {rate:,.1f} articles/s"
        sys.stderr.write(line)
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _count_lines(path: str) -> int:
    lines = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
    return lines


def count_items(paths: Iterable[str]) -> int | None:
    """A quick count of the articles in ``paths`` for the ETA (None when it cannot be told cheaply)."""
    total = 0
    for given in paths:
        for root, _, files in os.walk(given) if os.path.isdir(given) else [("", [], [given])]:
            for name in files:
                path = os.path.join(root, name)
                if name.endswith(".txt") and name != "manifest.csv":
                    total += 1
                elif name.endswith((".jsonl", ".csv")):
                    total += _count_lines(path)
                elif name.endswith((".json", ".zip")):
                    return None
    return total
