"""Long tables of a scored corpus, one row per sentence, quote, blame record, term, label,
passive and actor mention, each keyed by article id and offsets so any number can be
traced back to its sentences. ``sid`` numbers the sentences of the corpus; every row that
sits in a sentence carries its ``sid``, so filters join on integers. Column lists are
declared here, once."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, fields

import pandas as pd

from framing.actors import Registry, article_registry, find_mentions
from framing.aggregate import ARTICLE_COLUMNS, articles_frame, outlet_label
from framing.records import ArticleRecord

SENTENCE_COLUMNS = ("sid", "id", "outlet", "date", "start", "end", "role", "tone", "voice", "speaker", "actor")
QUOTE_COLUMNS = ("id", "outlet", "date", "kind", "content_start", "content_end", "speaker", "actor", "n_words")
BLAME_COLUMNS = (
    "sid", "id", "outlet", "date", "source", "target", "kind", "voice", "speaker", "cue", "rule", "explanation",
    "sentence", "start", "end", "role",
)  # fmt: skip
TERM_COLUMNS = (
    "sid", "id", "outlet", "date", "term", "pattern", "category", "voice", "speaker", "start", "end", "sentence_start",
    "role",
)  # fmt: skip
LABEL_COLUMNS = (
    "sid", "id", "outlet", "date", "subject", "kind", "label", "voice", "start", "end", "sentence_start", "role",
)  # fmt: skip
PASSIVE_COLUMNS = (
    "sid", "id", "outlet", "date", "verb", "harm", "agent", "agent_actor", "start", "end", "sentence_start", "role",
)  # fmt: skip
#: ``tone`` is set on the mention that actor tone scored in its sentence (the actor's first
#: there) and empty on the others; ``voice`` is that mention's own voice, else its sentence's.
MENTION_COLUMNS = ("sid", "id", "outlet", "date", "actor", "start", "end", "sentence_start", "role", "voice", "tone")
ACTOR_COLUMNS = ("id", "outlet", "date", "actor", "mentions", "score", "n_sentences", "editorial", "reported", "direct")
#: Every table's columns by name (the articles table also holds each text and record).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ARTICLE_COLUMNS,
    "sentences": SENTENCE_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "blame": BLAME_COLUMNS,
    "terms": TERM_COLUMNS,
    "labels": LABEL_COLUMNS,
    "passives": PASSIVE_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "mentions": MENTION_COLUMNS,
}
#: Columns that are not text, by name, with their type in every table that has them (so an
#: empty table, or a store whose first batch had no rows for it, still has the right types).
COLUMN_TYPES = {
    **dict.fromkeys(
        ("sid", "start", "end", "sentence_start", "content_start", "content_end", "n_words", "mentions", "n_sentences"),
        "int64",
    ),
    **dict.fromkeys(("tone", "score", "editorial", "reported", "direct"), "float64"),
    "harm": "bool",
}


def _frame(rows: list[tuple[object, ...]], columns: tuple[str, ...]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype({c: COLUMN_TYPES[c] for c in columns if c in COLUMN_TYPES})


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
    """Corpus sentence number, start and role of the sentence holding an offset."""

    def __init__(self, record: ArticleRecord, first_sid: int) -> None:
        self.starts = [s.start for s in record.sentences]
        self.sentences = record.sentences
        self.first_sid = first_sid

    def __call__(self, offset: int) -> tuple[int, int, str]:
        if not self.sentences:
            return -1, 0, "body"
        index = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return self.first_sid + index, self.sentences[index].start, self.sentences[index].role


def _scored_mentions(record: ArticleRecord) -> dict[tuple[str, int], tuple[str, float]]:
    """(actor, mention start) -> (voice, tone) of the mentions actor tone scored."""
    scored = {}
    for actor, tone in record.actor_tone.items():
        sentences = tone.get("sentences", [])
        assert isinstance(sentences, list)
        for entry in sentences:
            scored[(actor, entry["start"])] = (entry["voice"], entry["tone"])
    return scored


def build_tables(records: Iterable[ArticleRecord], texts: dict[str, str], registry: Registry) -> CorpusTables:
    """The long tables of ``records``; ``texts`` maps article id to its text (for sentence
    text and actor mentions, found again with ``registry``)."""
    records = list(records)
    rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in ("s", "q", "b", "t", "l", "p", "a", "m")}
    first_sid = 0
    for r in records:
        base = (r.id, outlet_label(r.outlet), r.date)
        at = _Sentences(r, first_sid)
        text = texts.get(r.id, "")
        scored = _scored_mentions(r)
        own = article_registry(text, registry)  # as the scorer read the article
        for sid, s in enumerate(r.sentences, start=first_sid):
            for m in find_mentions(text, own, s.start, s.end):
                voice, target_tone = scored.get((m.actor, m.start), (s.voice, None))
                rows["m"].append((sid, *base, m.actor, m.start, m.end, s.start, s.role, voice, target_tone))
            rows["s"].append((sid, *base, s.start, s.end, s.role, s.tone, s.voice, s.speaker, s.actor))
        first_sid += len(r.sentences)
        for q in r.quotes:
            n_words = len(text[q.content_start : q.content_end].split())
            rows["q"].append((*base, q.kind, q.content_start, q.content_end, q.speaker, q.actor, n_words))
        for b in r.blame:
            sid, _, role = at(b.start)
            rows["b"].append(
                (sid, *base, b.source, b.target, b.kind, b.voice, b.speaker, b.cue, b.rule, b.explanation, b.sentence,
                 b.start, b.end, role)
            )  # fmt: skip
        for t in r.terms:
            sid, sentence_start, role = at(t.start)
            rows["t"].append(
                (sid, *base, t.term, t.pattern, t.category, t.voice, t.speaker, t.start, t.end, sentence_start, role)
            )
        for lb in r.labels:
            sid, sentence_start, role = at(lb.start)
            rows["l"].append(
                (sid, *base, lb.subject, lb.kind, lb.label, lb.voice, lb.start, lb.end, sentence_start, role)
            )
        for p in r.passives:
            sid, sentence_start, role = at(p.start)
            rows["p"].append((sid, *base, p.verb, p.harm, p.agent, p.agent_actor, p.start, p.end, sentence_start, role))
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
        sentences=_frame(rows["s"], SENTENCE_COLUMNS),
        quotes=_frame(rows["q"], QUOTE_COLUMNS),
        blame=_frame(rows["b"], BLAME_COLUMNS),
        terms=_frame(rows["t"], TERM_COLUMNS),
        labels=_frame(rows["l"], LABEL_COLUMNS),
        passives=_frame(rows["p"], PASSIVE_COLUMNS),
        actors=_frame(rows["a"], ACTOR_COLUMNS),
        mentions=_frame(rows["m"], MENTION_COLUMNS),
    )
