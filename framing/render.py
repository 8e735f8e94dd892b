"""HTML for reading an article: segments labelled by role, with loaded terms (coloured by
category), quotes and blame sentences highlighted and explained on hover. All text from
the article, its metadata and the lexicon is escaped."""

from __future__ import annotations

import html
import math
import numbers
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from framing.figures import CATEGORY_COLORS
from framing.records import Article, ArticleRecord
from framing.spans import SpanIndex

ROLE_STYLES = {
    "headline": ("Headline", "#0072B2"),
    "standfirst": ("Standfirst", "#56B4E9"),
    "caption": ("Caption", "#009E73"),
    "body": ("Body", "#555555"),
    "boilerplate": ("Boilerplate (not scored)", "#D55E00"),
}
_STYLES = {
    "blame": "box-shadow:inset 0 -3px 0 #D55E00;",
    "direct": "font-style:italic;background:#EFEFEF;",
    "reported": "text-decoration:underline dotted #777;",
}


#: Nesting of overlapping marks, outermost first: a term inside reported speech inside blame.
_WRAP_ORDER = {"blame": 0, "direct": 1, "reported": 2, "term": 3}


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str  # blame | direct | reported | term
    title: str
    color: str = ""

    def style(self) -> str:
        if self.kind == "term":
            return f"background:{self.color}33;border-bottom:2px solid {self.color};"
        return _STYLES[self.kind]


def highlights(record: ArticleRecord) -> list[Highlight]:
    """What the reader marks: blame sentences, quote contents and loaded terms."""
    marks = [
        Highlight(b.start, b.end, "blame", f"blame: {b.source} → {b.target} ({b.kind}, {b.voice}) — {b.explanation}")
        for b in record.blame
    ]
    for quote in record.quotes:
        if quote.attitude:
            continue  # "condemned X": X is the outlet's description, not the source's words
        who = f"{quote.speaker or 'unknown speaker'}" + (f" ({quote.actor})" if quote.actor else "")
        pieces = quote.fragments or [(quote.content_start, quote.content_end)]
        for start, end in pieces:
            marks.append(
                Highlight(
                    start, end, quote.kind if quote.kind == "direct" else "reported", f"{quote.kind} speech: {who}"
                )
            )
    for term in record.terms:
        marks.append(
            Highlight(
                term.start, term.end, "term", f"loaded term · {term.category} · {term.voice}: {term.pattern}",
                CATEGORY_COLORS.get(term.category, "#999999"),
            )
        )  # fmt: skip
    return marks


def marked_text_html(text: str, start: int, end: int, marks: list[Highlight]) -> str:
    """``text[start:end]`` escaped, each piece wrapped in the marks that cover it.

    One sweep over the cut points (every mark's start and end inside the range) keeps the
    marks open at each piece, so the work grows with the marks, not with their square.
    Nested marks wrap in a fixed order, blame outermost, then direct, reported, term;
    marks of one kind in their order in ``marks``.
    """
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for index, mark in enumerate(marks):
        left, right = max(start, mark.start), min(end, mark.end)
        if left < right:
            opening.setdefault(left, []).append(index)
            closing.setdefault(right, []).append(index)
    cuts = sorted({start, end, *opening, *closing})
    open_marks: set[int] = set()
    pieces = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        open_marks.difference_update(closing.get(left, ()))
        open_marks.update(opening.get(left, ()))
        piece = html.escape(text[left:right])
        for index in sorted(open_marks, key=lambda i: (-_WRAP_ORDER[marks[i].kind], i)):
            mark = marks[index]
            piece = (
                f'<span class="framing-{mark.kind}" style="{mark.style()}" '
                f'title="{html.escape(mark.title, quote=True)}">{piece}</span>'
            )
        pieces.append(piece)
    return "".join(pieces)


def render_article_html(article: Article, record: ArticleRecord | None = None) -> str:
    """The article as HTML: one block per segment, its role and rule shown beside it."""
    marks = SpanIndex([(mark.start, mark.end, mark) for mark in highlights(record)] if record else [])
    blocks = []
    for segment in article.segments:
        label, color = ROLE_STYLES[segment.role]
        nearby = [] if segment.role == "boilerplate" else [m for _, _, m in marks.near(segment.start, segment.end)]
        body = marked_text_html(article.text, segment.start, segment.end, nearby)
        muted = "opacity:0.55;text-decoration:line-through;" if segment.role == "boilerplate" else ""
        weight = "font-weight:600;font-size:1.15em;" if segment.role == "headline" else ""
        blocks.append(
            f'<div class="framing-segment" data-role="{segment.role}" style="border-left:4px solid {color};'
            f'padding:2px 10px;margin:6px 0;">'
            f'<span style="font-size:0.75em;color:{color};text-transform:uppercase;letter-spacing:0.04em;" '
            f'title="rule: {html.escape(segment.rule, quote=True)}">{label} · {html.escape(segment.rule)}</span>'
            f'<div style="{muted}{weight}white-space:pre-wrap;line-height:1.6;">{body}</div></div>'
        )
    return "\n".join(blocks)


def render_article_header_html(article: Article) -> str:
    """Title and metadata line of an article, escaped (no markdown is interpreted)."""
    title = html.escape(article.title or "(no title)")
    parts = [article.outlet or "(unknown outlet)", article.date, article.url, f"id {article.id}"]
    meta = " · ".join(html.escape(part) for part in parts if part)
    return (
        f'<h3 class="framing-title" style="margin:0.6em 0 0.1em;">{title}</h3>'
        f'<div class="framing-meta" style="color:#666;font-size:0.9em;margin-bottom:0.4em;">{meta}</div>'
    )


def render_legend_html() -> str:
    """A legend of roles, highlight kinds and term categories."""
    roles = "".join(
        f'<span style="border-left:4px solid {color};padding:0 8px;margin-right:10px;">{label}</span>'
        for label, color in ROLE_STYLES.values()
    )
    kinds = (
        f'<span style="{_STYLES["blame"]}margin-right:10px;">blame statement</span>'
        f'<span style="{_STYLES["direct"]}margin-right:10px;">direct quote</span>'
        f'<span style="{_STYLES["reported"]}margin-right:10px;">reported speech</span>'
    )
    categories = "".join(
        f'<span style="background:{color}33;border-bottom:2px solid {color};margin-right:10px;">{name}</span>'
        for name, color in CATEGORY_COLORS.items()
    )
    return (
        f'<div class="framing-legend" style="font-size:0.85em;margin:4px 0 8px;line-height:2;">{roles}<br>'
        f"{kinds}<br>loaded terms: {categories} — hover over any mark for its explanation</div>"
    )


#: What the evidence list shows under each blame statement (``render_evidence_html``).
BLAME_META = ("outlet", "source", "target", "kind", "voice", "id")


def _mark_span(row: Mapping[Hashable, object], sentence: str) -> tuple[int, int] | None:
    """The span of ``sentence`` to mark: the row's offsets in it, else its cue found there."""
    start, end = row.get("mark_start"), row.get("mark_end")
    integral = isinstance(start, numbers.Integral) and isinstance(end, numbers.Integral)
    if integral and 0 <= int(start) < int(end) <= len(sentence):  # type: ignore[call-overload]
        return int(start), int(end)  # type: ignore[call-overload]
    cue = str(row.get("cue") or "")
    at = sentence.find(cue) if cue else -1
    return (at, at + len(cue)) if at >= 0 else None


def render_evidence_html(
    rows: Sequence[Mapping[Hashable, object]],
    limit: int = 30,
    total: int | None = None,
    meta: Sequence[str] = BLAME_META,
    note: str | None = "explanation",
) -> str:
    """Evidence sentences, escaped, each with its span marked (the row's ``mark_start`` /
    ``mark_end`` in its ``sentence``, else its ``cue``), the row's ``meta`` values and its
    ``note`` (for blame, the rule's explanation) below; ``total`` is the number of rows
    behind ``rows`` when only the first ones are passed."""
    total = len(rows) if total is None else total
    items = []
    for row in rows[:limit]:
        sentence = str(row["sentence"])
        span = _mark_span(row, sentence)
        if span:
            a, b = span
            body = html.escape(sentence[:a]) + f"<mark>{html.escape(sentence[a:b])}</mark>" + html.escape(sentence[b:])
        else:
            body = html.escape(sentence)
        shown_meta = " · ".join(html.escape(_meta_text(row.get(k))) for k in meta if _meta_text(row.get(k)))
        explanation = f" — {html.escape(str(row[note]))}" if note and row.get(note) else ""
        items.append(
            f'<li class="framing-evidence" style="margin-bottom:0.6em;"><div>{body}</div>'
            f'<div style="color:#666;font-size:0.85em;">{shown_meta}{explanation}</div></li>'
        )
    shown = min(limit, len(rows))
    more = f"<p>… and {total - shown} more in the table above.</p>" if total > shown else ""
    return f'<ol style="padding-left:1.2em;">{"".join(items)}</ol>{more}'


def _meta_text(value: object) -> str:
    """A value as shown under an evidence sentence; missing ones (None, NaN) left out."""
    return "" if value is None or isinstance(value, float) and math.isnan(value) else str(value)
