"""Long tables of a scored corpus, one row per sentence, quote, blame record, term, label,
passive and actor mention, each keyed by article id and offsets so any number can be
traced back to its sentences. Column lists are declared here, once."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, fields

import pandas as pd

from framing.actors import Registry, find_mentions
from framing.aggregate import articles_frame, outlet_label
from framing.records import ArticleRecord

SENTENCE_COLUMNS = ("id", "outlet", "date", "start", "end", "role", "tone", "voice", "speaker", "actor", "text")
QUOTE_COLUMNS = ("id", "outlet", "date", "kind", "content_start", "content_end", "speaker", "actor", "n_words")
BLAME_COLUMNS = (
    "id", "outlet", "date", "source", "target", "kind", "voice", "speaker", "cue", "rule", "explanation",
    "sentence", "start", "end", "role",
)  # fmt: skip
TERM_COLUMNS = (
    "id", "outlet", "date", "term", "pattern", "category", "voice", "speaker", "start", "end", "sentence_start", "role",
)  # fmt: skip
LABEL_COLUMNS = ("id", "outlet", "date", "subject", "kind", "label", "voice", "start", "end", "sentence_start", "role")
PASSIVE_COLUMNS = (
    "id",
    "outlet",
    "date",
    "verb",
    "harm",
    "agent",
    "agent_actor",
    "start",
    "end",
    "sentence_start",
    "role",
)
MENTION_COLUMNS = ("id", "outlet", "date", "actor", "start", "end", "sentence_start", "role")
ACTOR_COLUMNS = ("id", "outlet", "date", "actor", "mentions", "score", "n_sentences", "editorial", "reported", "direct")


@dataclass(frozen=True)
class CorpusTables:
    """Everything the dashboard aggregates, as DataFrames with the columns declared above."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    blame: pd.DataFrame
    terms: pd.DataFrame
    labels: pd.DataFrame
    passives: pd.DataFrame
    actors: pd.DataFrame
    mentions: pd.DataFrame

    def replace(self, **frames: pd.DataFrame) -> CorpusTables:
        return CorpusTables(**{f.name: frames.get(f.name, getattr(self, f.name)) for f in fields(self)})


class _Sentences:
    """Start and role of the sentence holding an offset (binary search over sentence starts)."""

    def __init__(self, record: ArticleRecord) -> None:
        self.starts = [s.start for s in record.sentences]
        self.sentences = record.sentences

    def __call__(self, offset: int) -> tuple[int, str]:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            return 0, "body"
        return self.sentences[index].start, self.sentences[index].role


def build_tables(records: Iterable[ArticleRecord], texts: dict[str, str], registry: Registry) -> CorpusTables:
    """The long tables of ``records``; ``texts`` maps article id to its text (for sentence
    text and actor mentions, found again with ``registry``)."""
    records = list(records)
    rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in ("s", "q", "b", "t", "l", "p", "a", "m")}
    for r in records:
        base = (r.id, outlet_label(r.outlet), r.date)
        sentence_at = _Sentences(r)
        text = texts.get(r.id, "")
        for s in r.sentences:
            for mention in find_mentions(text, registry, s.start, s.end):
                rows["m"].append((*base, mention.actor, mention.start, mention.end, s.start, s.role))
            rows["s"].append(
                (*base, s.start, s.end, s.role, s.tone, s.voice, s.speaker, s.actor, text[s.start : s.end])
            )
        for q in r.quotes:
            n_words = len(text[q.content_start : q.content_end].split())
            rows["q"].append((*base, q.kind, q.content_start, q.content_end, q.speaker, q.actor, n_words))
        for b in r.blame:
            rows["b"].append(
                (*base, b.source, b.target, b.kind, b.voice, b.speaker, b.cue, b.rule, b.explanation, b.sentence,
                 b.start, b.end, sentence_at(b.start)[1])
            )  # fmt: skip
        for t in r.terms:
            rows["t"].append(
                (*base, t.term, t.pattern, t.category, t.voice, t.speaker, t.start, t.end, *sentence_at(t.start))
            )
        for label in r.labels:
            rows["l"].append(
                (
                    *base,
                    label.subject,
                    label.kind,
                    label.label,
                    label.voice,
                    label.start,
                    label.end,
                    *sentence_at(label.start),
                )
            )
        for p in r.passives:
            rows["p"].append((*base, p.verb, p.harm, p.agent, p.agent_actor, p.start, p.end, *sentence_at(p.start)))
        for actor, counts in r.actors.items():
            tone = r.actor_tone.get(actor, {})
            by_voice = tone.get("by_voice", {})
            assert isinstance(by_voice, dict)
            rows["a"].append(
                (*base, actor, counts["mentions"], tone.get("score"), tone.get("n_sentences", 0),
                 by_voice.get("editorial"), by_voice.get("reported"), by_voice.get("direct"))
            )  # fmt: skip
    return CorpusTables(
        articles=articles_frame(records),
        sentences=pd.DataFrame(rows["s"], columns=list(SENTENCE_COLUMNS)),
        quotes=pd.DataFrame(rows["q"], columns=list(QUOTE_COLUMNS)),
        blame=pd.DataFrame(rows["b"], columns=list(BLAME_COLUMNS)),
        terms=pd.DataFrame(rows["t"], columns=list(TERM_COLUMNS)),
        labels=pd.DataFrame(rows["l"], columns=list(LABEL_COLUMNS)),
        passives=pd.DataFrame(rows["p"], columns=list(PASSIVE_COLUMNS)),
        actors=pd.DataFrame(rows["a"], columns=list(ACTOR_COLUMNS)),
        mentions=pd.DataFrame(rows["m"], columns=list(MENTION_COLUMNS)),
    )
