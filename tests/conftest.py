from __future__ import annotations

import os
from pathlib import Path

import pytest

from framing.ingest import read_corpus
from framing.records import LoadResult

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EVAL = ROOT.parent / "shared" / "eval"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def seeds() -> LoadResult:
    return read_corpus([SEEDS])


@pytest.fixture(scope="session")
def seed_articles(seeds: LoadResult) -> dict:
    return {article.id: article for article in seeds.articles}


def require(condition: bool, reason: str) -> None:
    """Skip with ``reason`` when ``condition`` is false; in CI, fail instead (CI must run everything)."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)
