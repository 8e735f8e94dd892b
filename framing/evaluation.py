"""Evaluation against gold data written by others (files from ``../shared/eval``).

``evaluate_quotes`` scores the voice layer on PolNeAR: content spans (exact, and overlap
of at least half of the longer span), cues (any overlap) and sources (any overlap, for a
quote whose content matched), per publisher and overall. Matching is one to one,
greedy by overlap size.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.actors import Registry, article_registry, load_registry
from framing.errors import InputError
from framing.ingest import make_article
from framing.lexicon import Lexicon, default_lexicon, find_terms
from framing.quotes import extract_quotes
from framing.records import QuoteRecord
from framing.voice import VoiceMap

Span = tuple[int, int]
CONTENT_OVERLAP = 0.5


@dataclass
class Counts:
    true_positives: int = 0
    n_predicted: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.n_predicted if self.n_predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: Counts) -> None:
        self.true_positives += other.true_positives
        self.n_predicted += other.n_predicted
        self.n_gold += other.n_gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "true_positives": self.true_positives,
            "n_predicted": self.n_predicted,
            "n_gold": self.n_gold,
        }


QUOTE_METRICS = ("content_exact", "content_overlap", "cue", "source")


@dataclass
class QuoteScores:
    by_publisher: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def overall(self) -> dict[str, Counts]:
        total = {metric: Counts() for metric in QUOTE_METRICS}
        for counts in self.by_publisher.values():
            for metric in QUOTE_METRICS:
                total[metric].add(counts[metric])
        return total

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": {m: c.as_dict() for m, c in self.overall().items()},
            "by_publisher": {p: {m: c.as_dict() for m, c in counts.items()} for p, counts in self.by_publisher.items()},
        }


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(predicted: list[Span], gold: list[Span], accept: Callable[[Span, Span], bool]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs that ``accept``, largest overlaps first."""
    candidates = sorted(
        ((overlap(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold) if accept(p, g)),
        reverse=True,
    )
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_predicted and j not in used_gold:
            pairs.append((i, j))
            used_predicted.add(i)
            used_gold.add(j)
    return pairs


def _content_overlaps(p: Span, g: Span) -> bool:
    return overlap(p, g) >= CONTENT_OVERLAP * max(p[1] - p[0], g[1] - g[0])


def _spans_touch(p: Span, g: Span) -> bool:
    return overlap(p, g) > 0


def read_jsonl(path: str | Path) -> Iterator[dict[str, object]]:
    """Records of a JSONL gold file; a broken line is an error naming the file and line."""
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise InputError(f"{path} line {number}: malformed JSON ({error.msg})") from None


def score_quote_article(quotes: list[QuoteRecord], gold: list[dict]) -> dict[str, Counts]:
    """Counts of one article's predicted quotes against its gold attributions."""
    predicted = [(q.content_start, q.content_end) for q in quotes]
    gold_content = [(g["content"]["start"], g["content"]["end"]) for g in gold]
    exact = match_spans(predicted, gold_content, lambda p, g: p == g)
    matched = match_spans(predicted, gold_content, _content_overlaps)
    cues = [(q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None and q.cue_end is not None]
    gold_cues = [(g["cue"]["start"], g["cue"]["end"]) for g in gold if g.get("cue")]
    source_hits = 0
    for i, j in matched:
        source = gold[j].get("source")
        quote = quotes[i]
        if source and quote.speaker_start is not None and quote.speaker_end is not None:
            source_hits += _spans_touch((quote.speaker_start, quote.speaker_end), (source["start"], source["end"]))
    return {
        "content_exact": Counts(len(exact), len(predicted), len(gold_content)),
        "content_overlap": Counts(len(matched), len(predicted), len(gold_content)),
        "cue": Counts(len(match_spans(cues, gold_cues, _spans_touch)), len(cues), len(gold_cues)),
        "source": Counts(
            source_hits, sum(q.speaker_start is not None for q in quotes), sum(1 for g in gold if g.get("source"))
        ),
    }


def evaluate_quotes(path: str | Path, registry: Registry | None = None) -> QuoteScores:
    """Score the voice layer on a PolNeAR-format JSONL file."""
    registry = registry or load_registry()
    scores = QuoteScores()
    for record in read_jsonl(path):
        article = make_article(
            str(record["text"]), id=str(record["id"]), source=str(path), title=str(record.get("title") or "")
        )
        attributions = record["attributions"]
        if not isinstance(attributions, list):
            raise InputError(f"{path}: record {record['id']} has no list of attributions")
        counts = score_quote_article(extract_quotes(article, article_registry(article.text, registry)), attributions)
        publisher = scores.by_publisher.setdefault(str(record["publisher"]), {m: Counts() for m in QUOTE_METRICS})
        for metric in QUOTE_METRICS:
            publisher[metric].add(counts[metric])
    return scores


def format_quote_scores(scores: QuoteScores) -> str:
    """A plain-text table: one row per publisher and overall, P/R/F1 per metric."""
    header = f"{'publisher':14}" + "".join(f"{m:>24}" for m in QUOTE_METRICS)
    lines = [header, f"{'':14}" + "".join(f"{'P     R     F1':>24}" for _ in QUOTE_METRICS)]
    rows = sorted(scores.by_publisher.items()) + [("overall", scores.overall())]
    for publisher, counts in rows:
        cells = "".join(f"{c.precision:>12.3f}{c.recall:>6.3f}{c.f1:>6.3f}" for c in (counts[m] for m in QUOTE_METRICS))
        lines.append(f"{publisher:14}{cells}")
    return "\n".join(lines)


BLAME_GROUPS = ("overall", "kind=blame", "kind=denial", "voice=quoted", "voice=editorial")


@dataclass
class BlameScores:
    counts: dict[str, Counts] = field(default_factory=lambda: {g: Counts() for g in BLAME_GROUPS})
    misses: list[dict[str, object]] = field(default_factory=list)
    false_alarms: list[dict[str, object]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """Scores only: the gold records themselves stay in ../shared/eval, never in a results file."""
        return {
            **{group: counts.as_dict() for group, counts in self.counts.items()},
            "n_misses": len(self.misses),
            "n_false_alarms": len(self.false_alarms),
        }


def _gold_voice(voice: str) -> str:
    return "editorial" if voice == "editorial" else "quoted"


def _blame_groups(kind: object, voice: object) -> list[str]:
    return ["overall", f"kind={kind}", f"voice={_gold_voice(str(voice))}"]


def _span(record: dict[str, object]) -> tuple[int, int]:
    return int(str(record["start"])), int(str(record["end"]))


def score_blame(predicted: dict[str, list[dict[str, object]]], gold: list[dict[str, object]]) -> BlameScores:
    """Match predictions to gold: same article, source, target and kind, gold evidence inside the sentence."""
    scores = BlameScores()
    matched_predictions: set[tuple[str, int]] = set()
    for record in gold:
        article = str(record["article"])
        candidates = [
            (index, p)
            for index, p in enumerate(predicted.get(article, []))
            if (article, index) not in matched_predictions
            and (p["source"], p["target"], p["kind"]) == (record["source"], record["target"], record["kind"])
            and _span(p)[0] <= _span(record)[0]
            and _span(record)[1] <= _span(p)[1]
        ]
        for group in _blame_groups(record["kind"], record["voice"]):
            scores.counts[group].n_gold += 1
        if candidates:
            matched_predictions.add((article, candidates[0][0]))
            for group in _blame_groups(record["kind"], record["voice"]):
                scores.counts[group].true_positives += 1
        else:
            scores.misses.append(record)
    for article, records in predicted.items():
        for index, p in enumerate(records):
            for group in _blame_groups(p["kind"], p["voice"]):
                scores.counts[group].n_predicted += 1
            if (article, index) not in matched_predictions:
                scores.false_alarms.append({"article": article, **p})
    return scores


def evaluate_blame(gold_path: str | Path, corpus: list[str | Path]) -> BlameScores:
    """Score the blame extractor on the seed gold (``article`` = file stem in ``corpus``)."""
    from framing.ingest import read_corpus
    from framing.score import score_article

    gold = list(read_jsonl(gold_path))
    articles = {a.id: a for a in read_corpus(corpus).articles}
    missing = sorted({str(g["article"]) for g in gold} - set(articles))
    if missing:
        raise InputError(f"{gold_path}: articles {missing} are not in {corpus}; pass the folder that holds them")
    predicted = {
        article_id: [dict(vars(b)) for b in score_article(articles[article_id]).blame]
        for article_id in sorted({str(g["article"]) for g in gold})
    }
    return score_blame(predicted, gold)


def format_blame_scores(scores: BlameScores, text_of: dict[str, str] | None = None) -> str:
    lines = [f"{'group':18}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'pred':>6}{'gold':>6}"]
    for group, c in scores.counts.items():
        lines.append(
            f"{group:18}{c.precision:8.3f}{c.recall:8.3f}{c.f1:8.3f}{c.true_positives:6}{c.n_predicted:6}{c.n_gold:6}"
        )
    lines.append(f"\nmisses ({len(scores.misses)}):")
    lines += [f"  {m['article']}  {m['source']} -> {m['target']} {m['kind']}: {m['evidence']}" for m in scores.misses]
    lines.append(f"\nfalse alarms ({len(scores.false_alarms)}):")
    lines += [
        f"  {f['article']}  {f['source']} -> {f['target']} {f['kind']} [{f['rule']}] cue {f['cue']!r}: "
        f"{str(f['sentence'])[:110]}"
        for f in scores.false_alarms
    ]
    return "\n".join(lines)


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"\w+(?:['-]\w+)*", text)]


def roc_auc(scores: list[float], labels: list[bool]) -> float:
    """Area under the ROC curve (probability a positive outranks a negative; ties count half)."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda pair: pair[0])
    rank_sum, position, n_positive = 0.0, 0, sum(labels)
    while position < len(ranked):
        tie_end = position
        while tie_end < len(ranked) and ranked[tie_end][0] == ranked[position][0]:
            tie_end += 1
        average_rank = (position + 1 + tie_end) / 2
        rank_sum += average_rank * sum(label for _, label in ranked[position:tie_end])
        position = tie_end
    n_negative = len(labels) - n_positive
    if not n_positive or not n_negative:
        return float("nan")
    return (rank_sum - n_positive * (n_positive + 1) / 2) / (n_positive * n_negative)


@dataclass
class TermScores:
    """BABE: word-level counts on biased sentences and the AUC of the flagged-word share."""

    words: Counts = field(default_factory=Counts)
    auc: float = float("nan")

    def as_dict(self) -> dict[str, object]:
        return {"biased_words": self.words.as_dict(), "roc_auc": self.auc}


def evaluate_babe(path: str | Path, lexicon: Lexicon | None = None) -> TermScores:
    """Flagged words against the experts' biased words (biased rows), and how the share of
    flagged words separates biased from non-biased sentences."""
    lexicon = lexicon or default_lexicon()
    scores = TermScores()
    shares, labels = [], []
    for row in read_jsonl(path):
        sentence = str(row["sentence"])
        flagged = {w for match in find_terms(sentence, lexicon) for w in _words(match.term)}
        words = _words(sentence)
        shares.append(sum(w in flagged for w in words) / len(words) if words else 0.0)
        labels.append(row["label"] == "biased")
        if row["label"] == "biased":
            gold = {w for phrase in _as_list(row["biased_words"]) for w in _words(str(phrase))}
            scores.words.add(Counts(len(flagged & gold), len(flagged), len(gold)))
    scores.auc = roc_auc(shares, labels)
    return scores


@dataclass
class BasilScores:
    """BASIL: recall of lexical-bias spans, and the share of our spans inside annotated bias."""

    recall: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in ("all", "quote", "not quote")})
    inside: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in ("all", "direct", "not direct")})
    #: The voice layer against BASIL's quote flag on every bias span (lexical and
    #: informational): a span we label ``direct`` against a span BASIL marks as quoted.
    direct: Counts = field(default_factory=Counts)

    def as_dict(self) -> dict[str, object]:
        return {
            "lexical_recall": {k: c.recall for k, c in self.recall.items()},
            "flagged_inside_bias": {k: c.precision for k, c in self.inside.items()},
            "direct_voice": self.direct.as_dict(),
            "counts": {
                "recall": {k: c.as_dict() for k, c in self.recall.items()},
                "inside": {k: c.as_dict() for k, c in self.inside.items()},
            },
        }


def evaluate_basil(path: str | Path, lexicon: Lexicon | None = None) -> BasilScores:
    """Recall of lexical-bias spans (any overlap) and the share of flagged spans that fall
    inside annotated bias spans (lexical or informational), split by quote / voice; and
    how well the voice layer's ``direct`` label agrees with BASIL's quote flag."""
    from framing.score import ScoreConfig, score_article

    config = ScoreConfig(lexicon=lexicon or default_lexicon())
    scores = BasilScores()
    for row in read_jsonl(path):
        article = make_article(str(row["text"]), id=str(row["id"]), source=str(path))
        record = score_article(article, config)
        terms = record.terms
        voices = VoiceMap(article, record.quotes)
        spans = [s for s in _as_list(row["spans"]) if isinstance(s, dict)]
        for span in spans:
            direct = voices.voice_of(span["start"], span["end"]).voice == "direct"
            scores.direct.add(Counts(int(direct and bool(span["quote"])), int(direct), int(bool(span["quote"]))))
            if span["bias"] != "lexical":
                continue
            hit = any(overlap((t.start, t.end), (span["start"], span["end"])) for t in terms)
            for key in ("all", "quote" if span["quote"] else "not quote"):
                scores.recall[key].add(Counts(int(hit), 0, 1))
        for term in terms:
            inside = any(overlap((term.start, term.end), (s["start"], s["end"])) for s in spans)
            for key in ("all", "direct" if term.voice == "direct" else "not direct"):
                scores.inside[key].add(Counts(int(inside), 1, 0))
    return scores


TONE_CLASSES = (-1, 0, 1)


@dataclass
class ToneScores:
    """Three-class scores of target tone and of the sentence-level VADER baseline."""

    gold: list[int] = field(default_factory=list)
    predicted: list[int] = field(default_factory=list)
    baseline: list[int] = field(default_factory=list)

    @staticmethod
    def _f1(gold: list[int], predicted: list[int], label: int) -> float:
        return Counts(
            sum(g == p == label for g, p in zip(gold, predicted, strict=True)),
            predicted.count(label),
            gold.count(label),
        ).f1

    def macro_f1(self, predicted: list[int] | None = None) -> float:
        predicted = self.predicted if predicted is None else predicted
        return sum(self._f1(self.gold, predicted, label) for label in TONE_CLASSES) / len(TONE_CLASSES)

    def accuracy(self, predicted: list[int] | None = None) -> float:
        predicted = self.predicted if predicted is None else predicted
        return sum(g == p for g, p in zip(self.gold, predicted, strict=True)) / len(self.gold) if self.gold else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            name: {
                "macro_f1": self.macro_f1(predicted),
                "accuracy": self.accuracy(predicted),
                "f1_by_class": {str(c): self._f1(self.gold, predicted, c) for c in TONE_CLASSES},
            }
            for name, predicted in (("target_tone", self.predicted), ("sentence_vader", self.baseline))
        } | {"n_targets": len(self.gold)}


def evaluate_tone(path: str | Path) -> ToneScores:
    """Target tone on NewsMTSC-format JSONL, next to sentence-level VADER labelled the same way."""
    from framing.target_tone import target_tone
    from framing.tone import score_tone, tone_label

    scores = ToneScores()
    for row in read_jsonl(path):
        sentence = str(row["sentence"])
        sentence_tone = score_tone(sentence)
        baseline = tone_label(sentence_tone.compound if sentence_tone else 0.0)
        for target in _as_list(row["targets"]):
            scores.gold.append(int(target["polarity"]))
            scores.predicted.append(tone_label(target_tone(sentence, int(target["start"]), int(target["end"]))))
            scores.baseline.append(baseline)
    return scores


def format_tone_scores(scores: ToneScores) -> str:
    lines = [f"{'method':18}{'macro-F1':>10}{'accuracy':>10}{'F1 -1':>8}{'F1 0':>8}{'F1 +1':>8}"]
    for name, values in scores.as_dict().items():
        if isinstance(values, dict):
            by_class = values["f1_by_class"]
            lines.append(
                f"{name:18}{values['macro_f1']:10.3f}{values['accuracy']:10.3f}"
                + "".join(f"{by_class[str(c)]:8.3f}" for c in TONE_CLASSES)
            )
    return (
        "\n".join(lines)
        + f"\n{scores.as_dict()['n_targets']} targets; labels by tone_label (|score| >= TONE_THRESHOLD)"
    )
