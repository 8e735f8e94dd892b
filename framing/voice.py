"""Voice: whose words a span is, from the quote layer.

- ``direct``: inside quotation marks, the source's own words;
- ``reported``: a claim attributed to a source but worded by the outlet (the content,
  cue and speaker of indirect speech, and the attribution around a direct quote); the
  object of an attitude verb ("condemned the Jewish state's attack") is not a claim of
  the source, so it stays in the outlet's own voice;
- ``editorial``: the outlet's own voice (everything else, headlines and captions
  included unless they quote, and what the writer says in the first person outside
  quotation marks: "I say ...").

A span is ``direct`` when at least half of it lies inside quotation marks, else
``reported`` when it overlaps an attribution, else ``editorial``. Blame and claims belong
to the speaker in reported and direct voice; wording belongs to the outlet in editorial
and reported voice and to the speaker only in direct quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from framing.quotes import DENYING_VERB, WRITER_PRONOUNS, quoted_text
from framing.records import Article, QuoteRecord
from framing.spans import SpanIndex

#: A cue that denies what it takes as content ("a charge Moscow denied", "which Kyiv rejects").
_DENYING = re.compile(DENYING_VERB, re.I)

Voice = Literal["editorial", "reported", "direct"]
VOICES: tuple[Voice, ...] = ("editorial", "reported", "direct")


@dataclass(frozen=True)
class VoiceLabel:
    voice: Voice
    speaker: str | None = None
    actor: str | None = None


EDITORIAL = VoiceLabel("editorial")


def _beside_cue(text: str, quote: QuoteRecord) -> bool:
    """Whether a quote's speaker is named in its attribution, not in an earlier paragraph (an
    interview's "A: ..." answered by the person its introduction named)."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return False
    if quote.cue_start is None or quote.cue_end is None:
        return True
    return "\n" not in text[min(quote.speaker_end, quote.cue_end) : max(quote.speaker_start, quote.cue_start)]


def _writer(quote: QuoteRecord) -> bool:
    """Whether an attribution outside quotation marks is the writer's own ("I say the cost of
    inaction is higher", "We asked the minister"): the outlet's voice, not a source's."""
    return quote.kind == "indirect" and (quote.speaker or "").lower() in WRITER_PRONOUNS


class VoiceMap:
    """Answers "whose words is text[start:end]?" for one article."""

    def __init__(self, article: Article, quotes: list[QuoteRecord]) -> None:
        self.attributed = SpanIndex(
            [
                (span_start, span_end, quote)
                for quote in quotes
                if not _writer(quote)
                for span_start, span_end in (
                    (None, None) if quote.attitude else (quote.content_start, quote.content_end),
                    (quote.cue_start, quote.cue_end),
                    (quote.speaker_start, quote.speaker_end) if _beside_cue(article.text, quote) else (None, None),
                )
                if span_start is not None and span_end is not None
            ]
        )
        self.by_content = SpanIndex([(q.content_start, q.content_end, q) for q in quotes])
        self._text = article.text
        quoted = quoted_text(article)
        marked: list[tuple[int, int, QuoteRecord | None]] = []
        for q_start, q_end, _ in quoted.spans:
            raw_start, raw_end = quoted.view.span_to_original(q_start, q_end)
            marked.append((raw_start, raw_end, self._owner(raw_start, raw_end)))
        marks = SpanIndex(marked)
        # a speaker's own words set off without quotation marks (a transcript's "WALLACE: ...", an
        # interview's "A: ...") are direct too
        marked += [
            (q.content_start, q.content_end, q)
            for q in quotes
            if q.kind == "direct"
            and not any(
                a < q.content_end and q.content_start < b for a, b, _ in marks.near(q.content_start, q.content_end)
            )
        ]
        self.marked = SpanIndex(marked)

    def _owner(self, start: int, end: int) -> QuoteRecord | None:
        owners = [q for q_start, q_end, q in self.by_content.near(end, start) if q_start <= start and end <= q_end]
        return min(owners, key=lambda q: q.content_end - q.content_start, default=None)

    @staticmethod
    def _label(voice: Voice, quote: QuoteRecord | None) -> VoiceLabel:
        return VoiceLabel(voice, quote.speaker, quote.actor) if quote else VoiceLabel(voice)

    def quoted_speaker(self, position: int) -> tuple[int, int] | None:
        """The speaker phrase's span of the direct quote whose marks hold ``position``, if any."""
        for m_start, m_end, owner in self.marked.near(position, position + 1):
            if m_start <= position < m_end and owner and owner.speaker_start is not None:
                assert owner.speaker_end is not None
                return owner.speaker_start, owner.speaker_end
        return None

    def voice_of(self, start: int, end: int) -> VoiceLabel:
        """The voice of ``text[start:end]`` with its speaker and actor when not editorial."""
        length = max(end - start, 1)
        inside = [
            (m_start, m_end, owner)
            for m_start, m_end, owner in self.marked.near(start, end)
            if m_start < end and start < m_end
        ]
        if sum(min(end, m_end) - max(start, m_start) for m_start, m_end, _ in inside) * 2 >= length:
            return self._label("direct", inside[0][2])
        overlapping = [
            (span_start, span_end, quote)
            for span_start, span_end, quote in self.attributed.near(start, end)
            if span_start < end and start < span_end
        ]
        if not overlapping:
            return EDITORIAL
        outer_start, outer_end, outer = overlapping[0]
        if (
            outer.cue_start is not None
            and outer.cue_end is not None
            and outer.cue_start >= outer_end
            and _DENYING.fullmatch(self._text, outer.cue_start, outer.cue_end)
        ):
            # a charge denied after the fact: "Ukraine said Russian forces were responsible, a charge
            # Moscow denied" reports Ukraine's words, not Moscow's
            inner = [
                quote
                for _, _, quote in overlapping[1:]
                if quote.cue_start is not None and outer_start <= quote.cue_start < outer_end
            ]
            return self._label("reported", inner[0] if inner else outer)
        return self._label("reported", outer)
