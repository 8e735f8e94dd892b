"""Distinctive terms per outlet: Fightin' Words (Monroe, Colaresi & Quinn 2008).

Each outlet is compared with all the others together. For a term w with count y_i in the
outlet (n_i words) and y_j in the rest (n_j words), and an informative Dirichlet prior
alpha_w = DISTINCTIVE_PRIOR_SIZE * (corpus count of w / corpus words):

    delta_w = log((y_i + alpha_w) / (n_i + alpha_0 - y_i - alpha_w))
            - log((y_j + alpha_w) / (n_j + alpha_0 - y_j - alpha_w))
    var_w  ~= 1 / (y_i + alpha_w) + 1 / (y_j + alpha_w)
    z_w     = delta_w / sqrt(var_w)

When every word of the corpus is the term itself, both odds are infinite and the groups
cannot differ: delta_w and z_w are 0.

Unigrams and bigrams (two adjacent non-stopwords), stopwords out, terms seen at least
DISTINCTIVE_MIN_COUNT times; |z| > DISTINCTIVE_Z is marked significant.

Counting is either a pass over the texts (``distinctive_terms``) or, for the dashboard,
a ``TermIndex``: every sentence's terms read once into integer arrays, so that the
counts for any set of sentences are a few vectorised operations. Both give the same frame.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from framing.defaults import DISTINCTIVE_MIN_COUNT, DISTINCTIVE_MIN_WORDS, DISTINCTIVE_PRIOR_SIZE, DISTINCTIVE_Z
from framing.resources import read_data_text
from framing.textview import make_view

DISTINCTIVE_COLUMNS = ("outlet", "term", "n_outlet", "n_rest", "delta", "z", "significant")
_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")


@functools.cache
def load_stopwords() -> frozenset[str]:
    return frozenset(
        w for line in read_data_text("stopwords.txt").splitlines() if not line.startswith("#") for w in line.split()
    )


def words_of(text: str) -> list[str]:
    """The words of ``text``, lower-cased, stopwords included (what ``n_words`` counts)."""
    return _WORD.findall(make_view(text).text.lower())


def terms_of(text: str) -> tuple[list[str], int]:
    """The unigrams and bigrams of ``text`` (stopwords out), and its number of words."""
    stopwords = load_stopwords()
    words = words_of(text)
    kept = [w if w not in stopwords else None for w in words]
    terms = [w for w in kept if w]
    terms += [f"{a} {b}" for a, b in zip(kept, kept[1:], strict=False) if a and b]
    return terms, len(words)


def count_terms(texts: Iterable[str]) -> tuple[Counter[str], int]:
    """Unigram and bigram counts of ``texts`` (stopwords out), and the number of words."""
    counts: Counter[str] = Counter()
    n_words = 0
    for text in texts:
        terms, n = terms_of(text)
        counts.update(terms)
        n_words += n
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
    rest_i, rest_j = n_i + alpha_0 - y_i - alpha, n_j + alpha_0 - y_j - alpha
    only_term = np.broadcast_to(corpus_counts >= total, y_i.shape)  # every word is this term: no odds to compare
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_i + alpha) / rest_i) - np.log((y_j + alpha) / rest_j)
    delta = np.where(only_term, 0.0, delta)
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
    # Ties in z go by term, so the order does not depend on the order terms were first seen.
    return frame.sort_values(["outlet", "z", "term"], ascending=[True, False, True], ignore_index=True)


def _joined(parts: list[np.ndarray], dtype: type[np.integer]) -> np.ndarray:
    """The arrays ``parts`` end to end as ``dtype`` (an empty array when there are none)."""
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype)


#: A bigram's code is ``first word's number * _PAIR + second word's number``.
_PAIR = 2**31


def _stopword_flags(vocabulary: Mapping[str, int], known: np.ndarray) -> np.ndarray:
    """``known`` (one flag per word number: is it a stopword?) extended to every word of ``vocabulary``."""
    stopwords = load_stopwords()
    new = itertools.islice(vocabulary, len(known), None)
    return np.concatenate([known, np.fromiter((word in stopwords for word in new), dtype=bool)])


class TermIndex:
    """Every sentence's terms, read once, as integer arrays: for each occurrence of a term,
    the sentence's position and the term's number; for each sentence, its outlet and number
    of words. Terms seen fewer than ``min_count`` times in the whole corpus are left out: no
    selection of its sentences can count them more often. Built from ``(sid, outlet,
    text)`` rows, each sentence once, ``CHUNK`` at a time. Read-only once built, so sessions
    on other threads can share it. Sentence positions are 32-bit: an index holds fewer
    than 2**31 sentences (``DISTINCTIVE_INDEX_SENTENCES`` keeps it far below).

    The terms are those of ``terms_of`` (a test checks the two give the same counts), found
    with arrays: words are numbered as they are first seen, a bigram is the pair of its two
    words' numbers, and only bigrams frequent enough to keep are ever made into strings, so
    the long tail of rare bigrams costs eight bytes an occurrence, not a string each."""

    CHUNK = 20_000

    def __init__(self, rows: Iterable[tuple[int, str, str]], min_count: int = DISTINCTIVE_MIN_COUNT) -> None:
        self.min_count = min_count
        # A missing word gets the next number, in C: ``map(vocabulary.__getitem__, words)``.
        vocabulary: defaultdict[str, int] = defaultdict()
        vocabulary.default_factory = vocabulary.__len__
        is_stopword = np.zeros(0, dtype=bool)
        outlets: dict[str, int] = {}
        sids: list[np.ndarray] = []
        sentence_outlets: list[np.ndarray] = []
        sentence_words: list[np.ndarray] = []
        unigrams: list[tuple[np.ndarray, np.ndarray]] = []  # (sentence position, word number)
        bigrams: list[tuple[np.ndarray, np.ndarray]] = []  # (sentence position, pair code)
        n_sentences = 0
        iterator = iter(rows)
        while chunk := list(itertools.islice(iterator, self.CHUNK)):
            numbers: list[int] = []
            lengths: list[int] = []
            for _, _, text in chunk:
                words = words_of(text)
                lengths.append(len(words))
                numbers.extend(map(vocabulary.__getitem__, words))
            is_stopword = _stopword_flags(vocabulary, is_stopword)
            word = np.array(numbers, dtype=np.int32)
            sentence = np.repeat(np.arange(n_sentences, n_sentences + len(chunk), dtype=np.int32), lengths)
            kept = ~is_stopword[word]
            unigrams.append((sentence[kept], word[kept]))
            pair = kept[:-1] & kept[1:] & (sentence[:-1] == sentence[1:])
            bigrams.append((sentence[:-1][pair], word[:-1][pair].astype(np.int64) * _PAIR + word[1:][pair]))
            sids.append(np.array([row[0] for row in chunk], dtype=np.int64))
            sentence_outlets.append(np.array([outlets.setdefault(str(row[1]), len(outlets)) for row in chunk]))
            sentence_words.append(np.array(lengths, dtype=np.int64))
            n_sentences += len(chunk)
        words_by_number = np.array(list(vocabulary), dtype=object)
        del vocabulary
        unigram_words = _joined([w for _, w in unigrams], np.int32)
        frequent_words = np.flatnonzero(np.bincount(unigram_words, minlength=len(words_by_number)) >= min_count)
        number_of_word = np.full(len(words_by_number), -1, dtype=np.int32)
        number_of_word[frequent_words] = np.arange(len(frequent_words))
        unigram_numbers = number_of_word[unigram_words]
        del unigram_words
        codes, code_of_pair, pair_counts = np.unique(
            _joined([c for _, c in bigrams], np.int64), return_inverse=True, return_counts=True
        )
        frequent_pairs = np.flatnonzero(pair_counts >= min_count)
        number_of_pair = np.full(len(codes), -1, dtype=np.int32)
        number_of_pair[frequent_pairs] = len(frequent_words) + np.arange(len(frequent_pairs))
        numbers_all = np.concatenate([unigram_numbers, number_of_pair[code_of_pair]])
        del unigram_numbers, code_of_pair
        positions_all = _joined([p for p, _ in unigrams] + [p for p, _ in bigrams], np.int32)
        del unigrams, bigrams
        keep = numbers_all >= 0
        self._positions = positions_all[keep]
        self._numbers = numbers_all[keep]
        pair_texts = [f"{words_by_number[c // _PAIR]} {words_by_number[c % _PAIR]}" for c in codes[frequent_pairs]]
        self.terms = np.array([*words_by_number[frequent_words], *pair_texts], dtype=object)
        all_sids = _joined(sids, np.int64)
        self._positions_of_sorted = np.argsort(all_sids, kind="stable")
        self._sids = all_sids[self._positions_of_sorted]  # sorted, for lookups
        self._outlet_of = _joined(sentence_outlets, np.int64)
        self._words_of = _joined(sentence_words, np.int64)
        self.outlets = list(outlets)
        self.n_sentences = n_sentences
        self.n_terms = len(self.terms)

    def distinctive(self, sids: Iterable[int] | np.ndarray) -> tuple[pd.DataFrame, str | None]:
        """``distinctive_terms`` (with this index's ``min_count``) over the sentences numbered ``sids``."""
        wanted = np.fromiter(sids, dtype=np.int64) if not isinstance(sids, np.ndarray) else sids.astype(np.int64)
        at = np.searchsorted(self._sids, wanted)
        found = at < len(self._sids)
        found[found] = self._sids[at[found]] == wanted[found]
        chosen = np.zeros(self.n_sentences, dtype=bool)
        chosen[self._positions_of_sorted[at[found]]] = True
        n_outlets = len(self.outlets)
        outlet_of_sentence = self._outlet_of[chosen]
        words = np.bincount(outlet_of_sentence, weights=self._words_of[chosen], minlength=n_outlets)
        present = np.flatnonzero(np.bincount(outlet_of_sentence, minlength=n_outlets))
        row_of = np.full(n_outlets, -1, dtype=np.int64)
        row_of[present] = np.arange(len(present))
        selected = chosen[self._positions]
        numbers = self._numbers[selected]
        rows = row_of[self._outlet_of[self._positions[selected]]]
        # Only terms frequent enough in the selection get a column (``_fightin`` drops the rest).
        frequent = np.flatnonzero(np.bincount(numbers, minlength=self.n_terms) >= self.min_count)
        column_of = np.full(self.n_terms, -1, dtype=np.int64)
        column_of[frequent] = np.arange(len(frequent))
        columns = column_of[numbers]
        keep = columns >= 0
        cells = np.bincount(rows[keep] * len(frequent) + columns[keep], minlength=len(present) * len(frequent))
        matrix = cells.reshape(len(present), len(frequent))
        counted = {self.outlets[code]: (matrix[row], int(words[code])) for row, code in enumerate(present)}
        frame = _fightin(self.terms[frequent], counted, self.min_count)
        return frame, reliability_note({outlet: n for outlet, (_, n) in counted.items()})


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
