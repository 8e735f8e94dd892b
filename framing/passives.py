"""Passive clauses, with or without the agent ("was shot down by X" vs "the plane was downed").

A passive is a form of "be" or "get" (optionally with up to two adverbs) followed by a past
participle: a regular "-ed" form or one listed in ``framing/data/participles.tsv``,
optionally with a particle ("shot down"). Adjectival "-ed" words ("interested",
"concerned") are not passives. The agent is the "by" phrase in the same clause. A passive
of a verb of harm without an agent is what hides who harmed whom.
"""

from __future__ import annotations

import functools
import re

from framing.actors import Registry, resolve_phrase
from framing.records import Article, PassiveRecord
from framing.resources import read_data_text, read_tsv
from framing.textview import normalize
from framing.wordtrie import longest_first

_AUX = r"(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)"
_ADVERBS = r"(?:(?:not|never|also|then|later|first|reportedly|allegedly|\w+ly)\s+){0,2}"
_NOT_PASSIVE = frozenset(
    "interested concerned worried tired excited pleased surprised married supposed used based located determined "
    "prepared convinced committed satisfied disappointed frustrated scared embarrassed aged experienced talented "
    "skilled related limited detailed advanced qualified sophisticated red bed need speed seed feed indeed".split()
)
#: What ends an agent phrase: punctuation, or a clause or time word after it.
_AGENT_END = (
    r"(?=\s*(?:[,.;:!?\"]|$)|\s+(?:while|when|as|after|before|in|on|during|which|who|late|early|last|this|"
    r"overnight|yesterday|today)\b)"
)


@functools.cache
def load_participles() -> dict[str, bool]:
    """Irregular participles (and harm verbs) -> whether the verb is one of harm."""
    rows = read_tsv(read_data_text("participles.tsv"), "framing/data/participles.tsv", ("participle", "harm"))
    return {row["participle"].strip(): row["harm"].strip() == "yes" for _, row in rows}


@functools.cache
def _pattern() -> re.Pattern[str]:
    irregular = longest_first(load_participles())
    return re.compile(
        rf"\b{_AUX}\s+{_ADVERBS}(?P<verb>(?:{irregular})|\w+ed)(?:\s+(?P<particle>down|up|off|out|away))?\b",
        re.IGNORECASE,
    )


@functools.cache
def _agent() -> re.Pattern[str]:
    """The "by" phrase of a passive, up to four words on; none of those words a participle,
    whose own "by" it would be ("was hit over territory held by separatists": no agent of "hit")."""
    irregular = longest_first(p for p in load_participles() if " " not in p)
    word = rf"(?!(?:{irregular}|\w+ed)\b)\w+"
    return re.compile(rf"\s+(?:{word}\s+){{0,4}}?by\s+(?P<agent>[^,.;:!?\"]{{1,80}}?){_AGENT_END}", re.IGNORECASE)


def find_passives(article: Article, registry: Registry) -> list[PassiveRecord]:
    """Passive clauses in the scored sentences of ``article``."""
    view = normalize(article.text)
    participles = load_participles()
    found = []
    for sentence in article.sentences:
        start, end = view.from_original(sentence.start), view.from_original(sentence.end)
        for match in _pattern().finditer(view.text, start, end):
            verb = match.group("verb").lower()
            if verb in _NOT_PASSIVE:
                continue
            phrase = verb + (f" {match.group('particle').lower()}" if match.group("particle") else "")
            agent_match = _agent().match(view.text, match.end(), end)
            agent = " ".join(agent_match.group("agent").split()) if agent_match else None
            raw_start, raw_end = view.span_to_original(match.start(), match.end())
            found.append(
                PassiveRecord(
                    raw_start,
                    raw_end,
                    phrase,
                    participles.get(phrase, participles.get(verb, False)),
                    agent,
                    resolve_phrase(agent, registry) if agent else None,
                    sentence.start,
                )
            )
    return found
