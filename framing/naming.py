"""Naming: the labels outlets give actors and the story's key objects.

Actor labels (rules in ``framing/data/naming.toml``): a metonym chosen instead of the name
("the Jewish state", "Tel Aviv"); a label noun after a name ("the Hezbollah terror group",
"the Assad regime") or in an apposition ("Hezbollah, the Iran-backed militia"); a demonym
or a metonym with a noun for the state ("the Syrian regime", "the Damascus government",
"the Israeli occupation army"); a title before a person ("Syrian leader Bashar Assad",
"Israel's hawkish prime minister, Benjamin Netanyahu"); a "-backed"/"-led" modifier before
a name ("Tehran-backed Hezbollah"). Object labels: the names listed for each ``[[object]]`` of a
topic actor file (the Il-20 as "spy plane" or "electronic reconnaissance plane"),
longest first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from framing.actors import BUNDLED_ACTOR_FILES, Mention
from framing.errors import ConfigError
from framing.records import SCORED_ROLES, Article, LabelRecord
from framing.resources import parse_toml, read_data_text
from framing.textview import normalize
from framing.voice import VoiceMap
from framing.wordtrie import longest_first

_FUNCTION_WORDS = "and|or|but|its|his|her|their|the|a|an|of|to|in|on|with|that|which|who|for|by|as|at|from"


@dataclass(frozen=True)
class TopicObject:
    name: str
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class NamingRules:
    head_word: re.Pattern[str]  # an institution named by a label noun ("Assad regime")
    after_name: re.Pattern[str]
    apposition: re.Pattern[str]
    title_before: re.Pattern[str]
    modifier_before: re.Pattern[str]
    after_demonym: re.Pattern[str]  # "Syrian regime", "Israeli occupation army"


@functools.cache
def load_naming_rules() -> NamingRules:
    source = "framing/data/naming.toml"
    data = parse_toml(read_data_text("naming.toml"), source)
    keys = ("heads", "titles", "prefix_suffixes", "demonym_heads")
    for key in keys:
        if not isinstance(data.get(key), list) or not data[key]:
            raise ConfigError(f"{source}: {key!r} must be a non-empty list of words")
    heads, titles, suffixes, demonym_heads = (longest_first(data[k]) for k in keys)
    modifier = rf"(?!(?:{_FUNCTION_WORDS})\s)[a-z][\w-]*\s+"
    return NamingRules(
        re.compile(rf"\s(?:{heads}|{demonym_heads})$"),
        re.compile(rf"(?:'s)?\s+(?P<label>(?:{modifier}){{0,2}}(?:{heads}))(?![\w-])"),
        re.compile(rf",\s+(?:the|a|an)\s+(?P<label>(?:[\w-]+\s+){{0,3}}?(?:{heads}))(?![\w-])"),
        # "Syrian leader Bashar Assad", "Israel's hawkish prime minister, Benjamin Netanyahu"
        re.compile(
            rf"(?<![\w'\u2019-])(?P<label>(?:(?-i:[A-Z])[\w-]+\s+|(?-i:(?![a-z]+ing\s){modifier})(?=(?:{titles}),))?"
            rf"(?:{titles})),?\s+$",
            re.IGNORECASE,
        ),
        re.compile(rf"(?P<label>[\w.]+-(?:{suffixes}))\s+(?:the\s+)?$"),
        re.compile(rf"\s+(?P<label>(?:{demonym_heads}))(?![\w-])"),
    )


@functools.cache
def load_objects() -> tuple[TopicObject, ...]:
    """The ``[[object]]`` entries of the bundled actor files."""
    objects = []
    for name in BUNDLED_ACTOR_FILES:
        source = f"framing/data/{name}"
        for index, entry in enumerate(parse_toml(read_data_text(name), source).get("object", []), start=1):
            if not isinstance(entry.get("name"), str) or not isinstance(entry.get("labels"), list):
                raise ConfigError(f"{source} [[object]] {index}: needs a name and a list of labels")
            objects.append(TopicObject(entry["name"], tuple(entry.get("forms", [])) + tuple(entry["labels"])))
    return tuple(objects)


def _actor_labels(view: str, mention_start: int, mention_end: int, mention: Mention) -> list[tuple[int, int]]:
    rules = load_naming_rules()
    spans = []
    # "the Syrian regime", "the Damascus government": the name and the noun are one label
    state = rules.after_demonym.match(view, mention_end) if mention.form_type in ("demonyms", "metonyms") else None
    if state and "\n" not in state.group(0):
        spans.append((mention_start, state.end("label")))
    elif mention.form_type == "metonyms" or (
        mention.form_type == "institutions" and rules.head_word.search(view, mention_start, mention_end)
    ):
        spans.append((mention_start, mention_end))
    if mention.form_type in ("aliases", "people") or (mention.form_type == "metonyms" and not state):
        for pattern in (rules.after_name, rules.apposition):
            match = pattern.match(view, mention_end)
            if match and "\n" not in match.group(0):
                spans.append(match.span("label"))
    before = view[max(0, mention_start - 60) : mention_start]
    offset = mention_start - len(before)
    patterns = (
        (rules.title_before, rules.modifier_before) if mention.form_type == "people" else (rules.modifier_before,)
    )
    for pattern in patterns:
        match = pattern.search(before)
        if match and "\n" not in match.group(0):
            spans.append((offset + match.start("label"), offset + match.end("label")))
    return spans


@functools.cache
def _object_pattern(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Any of a topic object's names, as whole words in any case."""
    return re.compile(rf"(?<![\w-])(?:{longest_first(patterns)})(?![\w-])", re.IGNORECASE)


def find_labels(article: Article, mentions: list[Mention], voices: VoiceMap) -> list[LabelRecord]:
    """Labels of actors (around their mentions) and of topic objects, with their voice."""
    view = normalize(article.text)
    records = []
    for mention in mentions:
        start, end = view.from_original(mention.start), view.from_original(mention.end)
        for label_start, label_end in _actor_labels(view.text, start, end, mention):
            raw = view.span_to_original(label_start, label_end)
            records.append(_record(article, mention.actor, "actor", raw, voices))
    objects = load_objects()
    for topic_object in objects:
        pattern = _object_pattern(topic_object.patterns)
        for segment in article.segments:
            if segment.role not in SCORED_ROLES:
                continue
            segment_view = (view.from_original(segment.start), view.from_original(segment.end))
            for match in pattern.finditer(view.text, *segment_view):
                raw = view.span_to_original(*match.span())
                records.append(_record(article, topic_object.name, "object", raw, voices))
    return sorted(records, key=lambda r: r.start)


def _record(article: Article, subject: str, kind: str, span: tuple[int, int], voices: VoiceMap) -> LabelRecord:
    label = " ".join(normalize(article.text[span[0] : span[1]]).text.split())
    if label.startswith("The "):
        label = "the " + label[4:]
    voice = voices.voice_of(*span)
    return LabelRecord(subject, kind, label, voice.voice, voice.speaker, span[0], span[1])
