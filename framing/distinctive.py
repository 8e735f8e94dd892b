"""Distinctive terms per outlet: Fightin' Words (Monroe, Colaresi & Quinn 2008).

Each outlet is compared with all the others together. For a term w with count y_i in the
outlet (n_i words) and y_j in the rest (n_j words), and an informative Dirichlet prior
alpha_w = DISTINCTIVE_PRIOR_SIZE * (corpus count of w / corpus words):

    delta_w = log((y_i + alpha_w) / (n_i + alpha_0 - y_i - alpha_w))
            - log((y_j + alpha_w) / (n_j + alpha_0 - y_j - alpha_w))
    var_w  ~= 1 / (y_i + alpha_w) + 1 / (y_j + alpha_w)
    z_w     = delta_w / sqrt(var_w)

Unigrams and bigrams (two adjacent non-stopwords), stopwords out, terms seen at least
DISTINCTIVE_MIN_COUNT times; |z| > DISTINCTIVE_Z is marked significant.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from framing.defaults import DISTINCTIVE_MIN_COUNT, DISTINCTIVE_MIN_WORDS, DISTINCTIVE_PRIOR_SIZE, DISTINCTIVE_Z
from framing.resources import read_data_text
from framing.textview import normalize

DISTINCTIVE_COLUMNS = ("outlet", "term", "n_outlet", "n_rest", "delta", "z", "significant")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")


@functools.cache
def load_stopwords() -> frozenset[str]:
    return frozenset(
        w for line in read_data_text("stopwords.txt").splitlines() if not line.startswith("#") for w in line.split()
    )


def count_terms(texts: Iterable[str]) -> tuple[Counter[str], int]:
    """Unigram and bigram counts of ``texts`` (stopwords out), and the number of words."""
    stopwords = load_stopwords()
    counts: Counter[str] = Counter()
    n_words = 0
    for text in texts:
        words = _WORD.findall(normalize(text).text.lower())
        n_words += len(words)
        kept = [w if w not in stopwords else None for w in words]
        counts.update(w for w in kept if w)
        counts.update(f"{a} {b}" for a, b in zip(kept, kept[1:], strict=False) if a and b)
    return counts, n_words


def fightin_words(texts_by_outlet: Mapping[str, Iterable[str]], min_count: int = DISTINCTIVE_MIN_COUNT) -> pd.DataFrame:
    """A tidy frame of each outlet's terms against all other outlets (``DISTINCTIVE_COLUMNS``)."""
    return distinctive_terms(texts_by_outlet, min_count)[0]


def distinctive_terms(
    texts_by_outlet: Mapping[str, Iterable[str]] | Iterable[tuple[str, Iterable[str]]],
    min_count: int = DISTINCTIVE_MIN_COUNT,
) -> tuple[pd.DataFrame, str | None]:
    """``fightin_words`` and ``reliability_note`` from one pass over the texts: a mapping of
    outlet to texts, or (outlet, texts) pairs, each outlet once (its texts may be a generator
    over one stream, as ``itertools.groupby`` gives: they are read once, in order, and not kept)."""
    groups = texts_by_outlet.items() if isinstance(texts_by_outlet, Mapping) else texts_by_outlet
    vocabulary: dict[str, int] = {}
    sparse = {}
    for outlet, texts in groups:  # one outlet's counter at a time, then numbers only
        counts, n_words = count_terms(texts)
        ids = np.fromiter((vocabulary.setdefault(term, len(vocabulary)) for term in counts), np.int64, len(counts))
        sparse[outlet] = (ids, np.fromiter(counts.values(), np.int64, len(counts)), n_words)
    dense = {}
    for outlet, (ids, values, n_words) in sparse.items():
        row = np.zeros(len(vocabulary), dtype=np.int64)
        row[ids] = values
        dense[outlet] = (row, n_words)
    frame = _fightin(np.array(list(vocabulary), dtype=object), dense, min_count)
    return frame, reliability_note({outlet: n for outlet, (_, n) in dense.items()})


def _fightin(vocabulary: np.ndarray, counted: Mapping[str, tuple[np.ndarray, int]], min_count: int) -> pd.DataFrame:
    """The z-scores of the module docstring, vectorised over the vocabulary and the outlets."""
    total = sum(n for _, n in counted.values())
    if len(counted) < 2 or not total:
        return pd.DataFrame(columns=list(DISTINCTIVE_COLUMNS))
    outlets = list(counted)
    matrix = np.vstack([counts for counts, _ in counted.values()]).astype(float)  # outlets x vocabulary
    corpus_counts = matrix.sum(axis=0)
    keep = corpus_counts >= min_count
    matrix, corpus_counts, terms = matrix[:, keep], corpus_counts[keep], vocabulary[keep]
    n_i = np.array([n for _, n in counted.values()], dtype=float)[:, None]
    alpha_0 = DISTINCTIVE_PRIOR_SIZE
    alpha = alpha_0 * corpus_counts / total
    y_i, y_j, n_j = matrix, corpus_counts - matrix, total - n_i
    delta = np.log((y_i + alpha) / (n_i + alpha_0 - y_i - alpha)) - np.log(
        (y_j + alpha) / (n_j + alpha_0 - y_j - alpha)
    )
    z = delta / np.sqrt(1 / (y_i + alpha) + 1 / (y_j + alpha))
    frame = pd.DataFrame(
        {
            "outlet": np.repeat(np.array(outlets, dtype=object), len(terms)),
            "term": np.tile(terms, len(outlets)),
            "n_outlet": y_i.ravel().astype(int),
            "n_rest": y_j.ravel().astype(int),
            "delta": delta.ravel(),
            "z": z.ravel(),
            "significant": np.abs(z.ravel()) > DISTINCTIVE_Z,
        }
    )
    return frame.sort_values(["outlet", "z"], ascending=[True, False], ignore_index=True)


def reliability_note(words_by_outlet: Mapping[str, int]) -> str | None:
    """A plain warning when the corpus is too small for the test to mean much, else None."""
    if len(words_by_outlet) < 2:
        return "Distinctive terms need at least two outlets."
    small = sorted(outlet for outlet, n in words_by_outlet.items() if n < DISTINCTIVE_MIN_WORDS)
    if small:
        return (
            f"Too small for the test to mean much: {', '.join(small)} "
            f"{'has' if len(small) == 1 else 'have'} fewer than {DISTINCTIVE_MIN_WORDS:,} words; "
            "read the z-scores as hints, not findings."
        )
    return None
