"""Segmentation: paragraphs, their roles, and sentences, with offsets into the raw text.

Roles: ``headline``, ``standfirst`` (the dek under the headline), ``caption`` (photo
captions), ``body`` and ``boilerplate`` (kept out of every score). Each segment records
the rule that set its role so the dashboard can explain it. The rules, in order:

1. A paragraph identical to an earlier one is boilerplate (``repeat``): repeated
   headlines and captions count once.
2. A paragraph matching a pattern of ``layout.toml`` is boilerplate (``read-more`` ...);
   so is a line naming the outlet (``outlet-label``) and a tag line, a comma-separated
   list of short capitalised names without end punctuation (``tag-line``).
3. Above the headline, a short line without end punctuation that is followed by a
   headline-like line is a ``section-label`` ("World").
4. The first remaining paragraph is the headline if it is short and does not end with
   a full stop, also one inside closing quotation marks (or it equals the title given in
   the metadata, up to case and a closing full stop); otherwise the article has no headline
   and the title stays empty.
5. The paragraph after the headline is the standfirst when it has no end punctuation or
   is directly followed by a short label line (outlet or byline).
6. A paragraph ending with a photo credit, or opening like a caption, is a caption.
7. In the body, a short Title Case line without end punctuation is a link to another
   story (``related-headline``), boilerplate.
8. Everything else is body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from framing.defaults import HARD_WRAP_SHARE, HARD_WRAP_WIDTH, HEADLINE_MAX_WORDS, LABEL_MAX_WORDS, SUBHEADING_MAX_WORDS
from framing.records import SCORED_ROLES, Role, Segment, Sentence
from framing.resources import Layout, load_layout
from framing.sentences import split_sentences
from framing.textview import TextView, normalize

_WORD = re.compile(r"\w+(?:['-]\w+)*")
_END_PUNCTUATION = re.compile(r"[.!?:;\u2026][\"')\]]*$|[\"']$")
_TAG_ITEM = re.compile(r"[A-Z0-9][\w'-]*(?: [A-Z0-9][\w'-]*){0,2}")
_STANDFIRST_MAX_WORDS = 60
_RELATED_MAX_WORDS = 15


@dataclass(frozen=True)
class _Paragraph:
    start: int
    end: int
    text: str
    followed_directly: bool  # the next paragraph starts on the next line (no blank line)

    @property
    def n_words(self) -> int:
        return len(_WORD.findall(self.text))

    @property
    def unpunctuated(self) -> bool:
        return _END_PUNCTUATION.search(self.text) is None


def count_words(text: str) -> int:
    """Number of words (runs of letters/digits joined by apostrophes or hyphens)."""
    return len(_WORD.findall(text))


def _lines(view: str) -> list[tuple[int, int] | None]:
    """Lines as (start, end), trimmed of white space; ``None`` marks a blank line."""
    lines: list[tuple[int, int] | None] = []
    position = 0
    for raw in view.split("\n"):
        stripped = raw.strip()
        if stripped:
            offset = position + len(raw) - len(raw.lstrip())
            lines.append((offset, offset + len(stripped)))
        else:
            lines.append(None)
        position += len(raw) + 1
    return lines


def _is_hard_wrapped(view: str, lines: list[tuple[int, int] | None]) -> bool:
    """Whether most lines followed by another line of their paragraph break off short and
    unpunctuated before a line as short: the file was wrapped at a width. A short heading over a
    long unwrapped paragraph (a news roundup's "Iran seizes tanker in Gulf") is no wrapping."""
    continued = [(line, following) for line, following in zip(lines, lines[1:], strict=False) if line and following]
    if len(continued) < 3:
        return False
    short = sum(
        1
        for (start, end), (next_start, next_end) in continued
        if end - start <= HARD_WRAP_WIDTH
        and next_end - next_start <= HARD_WRAP_WIDTH
        and not _END_PUNCTUATION.search(view[start:end])
    )
    return short / len(continued) >= HARD_WRAP_SHARE


def _paragraphs(view: str) -> list[_Paragraph]:
    lines = _lines(view)
    wrapped = _is_hard_wrapped(view, lines)
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for line in [*lines, None]:
        if line and wrapped:
            current.append(line)
            continue
        if current:
            groups.append(current)
            current = []
        groups.append([line] if line else [])
    paragraphs = []
    for index, group in enumerate(groups):
        if not group:
            continue
        start, end = group[0][0], group[-1][1]
        following = groups[index + 1] if index + 1 < len(groups) else []
        paragraphs.append(_Paragraph(start, end, view[start:end], followed_directly=bool(following)))
    return paragraphs


def _is_label(paragraph: _Paragraph) -> bool:
    return paragraph.unpunctuated and 0 < paragraph.n_words <= LABEL_MAX_WORDS


def _is_tag_line(text: str) -> bool:
    items = [item.strip() for item in text.split(",")]
    return len(items) >= 2 and all(_TAG_ITEM.fullmatch(item) for item in items)


#: What may follow a sentence's full stop: closing quotation marks and brackets.
_CLOSING_MARKS = "\"'\u201d\u2019)]"


def _same_title(text: str, title: str) -> bool:
    """Whether a line is the metadata title, up to case and a closing full stop (also one
    inside closing quotation marks: "The Trends Are 'Terrifying.'")."""
    return _without_final_stop(text) == _without_final_stop(title)


def _without_final_stop(line: str) -> str:
    stripped = line.rstrip(" ")
    marks = stripped[len(stripped.rstrip(_CLOSING_MARKS)) :]
    return (stripped.rstrip(_CLOSING_MARKS).rstrip(" .") + marks).casefold()


def _is_title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _boilerplate_rule(paragraph: _Paragraph, layout: Layout, outlet: str) -> str | None:
    for rule in layout.boilerplate:
        if rule.pattern.fullmatch(paragraph.text):
            return rule.name
    if outlet and paragraph.text.strip(" .:-|").casefold() == outlet.casefold():
        return "outlet-label"
    if _is_tag_line(paragraph.text):
        return "tag-line"
    return None


def _is_caption(paragraph: _Paragraph, layout: Layout) -> bool:
    return bool(layout.caption_credit.search(paragraph.text)) or any(
        lead.fullmatch(paragraph.text) for lead in layout.caption_lead
    )


def _is_headline_like(paragraph: _Paragraph, layout: Layout) -> bool:
    return (
        paragraph.n_words <= HEADLINE_MAX_WORDS
        and not paragraph.text.rstrip(_CLOSING_MARKS).endswith(".")  # '... the statement read, "... blame."'
        and not _is_caption(paragraph, layout)
    )


def telegraphic(segment: Segment, text: str) -> bool:
    """Whether ``segment`` of ``text`` reads in a headline's grammar: a headline, or a heading
    inside the body (at most ``SUBHEADING_MAX_WORDS`` words, no end punctuation: a live blog's
    "11:15 GMT — Kremlin: 'no change'")."""
    if segment.role == "headline":
        return True
    paragraph = text[segment.start : segment.end].rstrip()
    return (
        segment.role == "body"
        and 0 < len(_WORD.findall(paragraph)) <= SUBHEADING_MAX_WORDS
        and not _END_PUNCTUATION.search(paragraph)
        and not paragraph.endswith(",")
    )


def _classify(paragraphs: list[_Paragraph], layout: Layout, outlet: str, title: str) -> list[tuple[Role, str]]:
    roles: list[tuple[Role, str]] = []
    seen: set[str] = set()
    headline_index: int | None = None
    body_started = False
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        rule = _boilerplate_rule(paragraph, layout, outlet)
        if text in seen:
            role: tuple[Role, str] = ("boilerplate", "repeat")
        elif rule:
            role = ("boilerplate", rule)
        elif headline_index is None and not body_started:
            if title and _same_title(text, title):
                role = ("headline", "title-match")
            elif (
                _is_label(paragraph)
                and index + 1 < len(paragraphs)
                and _is_headline_like(paragraphs[index + 1], layout)
            ):
                role = ("boilerplate", "section-label")
            elif _is_headline_like(paragraph, layout):
                role = ("headline", "first-line")
            else:
                body_started = True
                role = ("caption", "photo-credit") if _is_caption(paragraph, layout) else ("body", "body")
            if role[0] == "headline":
                headline_index = index
        elif _is_caption(paragraph, layout):
            role = ("caption", "photo-credit")
        elif (
            not body_started and headline_index is not None and _is_standfirst(paragraphs, index, headline_index, roles)
        ):
            role = ("standfirst", "dek")
        elif not body_started and headline_index is not None and roles[-1][0] == "standfirst" and _is_label(paragraph):
            role = ("boilerplate", "header-label")
        elif (
            body_started and paragraph.unpunctuated and paragraph.n_words <= _RELATED_MAX_WORDS and _is_title_case(text)
        ):
            role = ("boilerplate", "related-headline")
        else:
            body_started = True
            role = ("body", "body")
        seen.add(text)
        roles.append(role)
    return roles


def _is_standfirst(
    paragraphs: list[_Paragraph], index: int, headline_index: int, roles: list[tuple[Role, str]]
) -> bool:
    if any(role == "standfirst" for role, _ in roles[headline_index:]):
        return False
    paragraph = paragraphs[index]
    if paragraph.n_words > _STANDFIRST_MAX_WORDS:
        return False
    if paragraph.unpunctuated:
        return True
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
    return bool(paragraph.followed_directly and following and _is_label(following))


@dataclass(frozen=True)
class Segmentation:
    segments: tuple[Segment, ...]
    sentences: tuple[Sentence, ...]
    headline: str


def segment_text(text: str, *, outlet: str = "", title: str = "", layout_path: Path | None = None) -> Segmentation:
    """Split ``text`` into role-labelled segments and sentences (offsets into ``text``)."""
    view = normalize(text)
    layout = load_layout(layout_path)
    paragraphs = _paragraphs(view.text)
    roles = _classify(paragraphs, layout, outlet, normalize(title).text)  # compared with the view's paragraphs
    segments = []
    sentences = []
    headline = ""
    for paragraph, (role, rule) in zip(paragraphs, roles, strict=False):
        start, end = view.span_to_original(paragraph.start, paragraph.end)
        segments.append(Segment(role, start, end, rule))
        if role == "headline" and not headline:
            headline = text[start:end]
        if role in SCORED_ROLES:
            sentences.extend(_sentences(view, paragraph, role))
    return Segmentation(tuple(segments), tuple(sentences), headline)


def _sentences(view: TextView, paragraph: _Paragraph, role: Role) -> list[Sentence]:
    if role in ("headline", "caption"):
        spans = (
            [(paragraph.start, paragraph.end)]
            if role == "headline"
            else split_sentences(view.text, paragraph.start, paragraph.end)
        )
    else:
        spans = split_sentences(view.text, paragraph.start, paragraph.end)
    return [Sentence(*view.span_to_original(start, end), role=role) for start, end in spans]
