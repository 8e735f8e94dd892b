"""Record types passed between pipeline stages.

Every offset indexes ``Article.text`` exactly as read, so ``text[start:end]`` is always
the span a record names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["headline", "standfirst", "caption", "body", "boilerplate"]
ROLES: tuple[Role, ...] = ("headline", "standfirst", "caption", "body", "boilerplate")
#: Roles whose text is scored (boilerplate never is).
SCORED_ROLES: tuple[Role, ...] = ("headline", "standfirst", "caption", "body")


@dataclass(frozen=True)
class Segment:
    """A paragraph-level block of the article with its role and the rule that set it."""

    role: Role
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    role: Role


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    outlet: str = ""
    title: str = ""
    date: str = ""
    url: str = ""
    source: str = ""
    segments: tuple[Segment, ...] = field(default=(), compare=False)
    sentences: tuple[Sentence, ...] = field(default=(), compare=False)


Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input item.

    ``error``: the item was not loaded. ``warning``: it was loaded, with the change the
    message describes (an encoding fallback, a renamed duplicate id).
    """

    source: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.severity}: {self.source}: {self.message}"


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


@dataclass(frozen=True)
class SentenceRecord:
    start: int
    end: int
    role: Role
    tone: float | None
    voice: str = "editorial"
    speaker: str | None = None
    actor: str | None = None


@dataclass(frozen=True)
class QuoteRecord:
    """A direct quote or a piece of indirect speech (see ``framing.quotes``), offsets into the
    raw text; ``fragments`` lists the pieces of a quote interrupted by its cue."""

    kind: str
    content_start: int
    content_end: int
    cue_start: int | None
    cue_end: int | None
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    actor: str | None
    fragments: tuple[tuple[int, int], ...] = ()
    attitude: bool = False  # an attitude verb ("condemned X"): its content is the outlet's wording


@dataclass(frozen=True)
class BlameRecord:
    """One blame statement (see ``framing.blame``); ``start``/``end`` are the evidence sentence's."""

    source: str
    target: str
    kind: str
    voice: str
    speaker: str | None
    cue: str
    cue_start: int
    cue_end: int
    rule: str
    explanation: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class TermRecord:
    """A loaded term: the words matched, the lexicon row, and whose wording it is."""

    term: str
    pattern: str
    category: str
    voice: str
    speaker: str | None
    sentence_start: int
    start: int
    end: int


@dataclass(frozen=True)
class LabelRecord:
    """A label given to an actor or a topic object ("terror group", "spy plane")."""

    subject: str
    kind: str
    label: str
    voice: str
    speaker: str | None
    start: int
    end: int


@dataclass(frozen=True)
class PassiveRecord:
    """A passive clause; ``agent`` is the "by" phrase, None when the agent is left out."""

    start: int
    end: int
    verb: str
    harm: bool
    agent: str | None
    agent_actor: str | None
    sentence_start: int


@dataclass(frozen=True)
class ToneSummary:
    """Article tone: the mean of sentence compounds over body sentences, and the headline's."""

    body: float | None
    headline: float | None
    standfirst: float | None
    n_body_sentences: int


@dataclass(frozen=True)
class ArticleRecord:
    """What ``framing score`` writes for one article (see ``framing/data/record.schema.json``)."""

    id: str
    outlet: str
    title: str
    date: str
    url: str
    n_words: int
    segments: list[Segment]
    sentences: list[SentenceRecord]
    quotes: list[QuoteRecord]
    actors: dict[str, dict[str, int]]
    blame: list[BlameRecord]
    terms: list[TermRecord]
    term_density: dict[str, dict[str, float]]
    labels: list[LabelRecord]
    passives: list[PassiveRecord]
    tone: ToneSummary
    actor_tone: dict[str, dict[str, object]]
