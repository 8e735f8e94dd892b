"""HTML for reading an article with its segments labelled. All text is escaped."""

from __future__ import annotations

import html

from framing.records import Article

ROLE_STYLES = {
    "headline": ("Headline", "#0072B2"),
    "standfirst": ("Standfirst", "#56B4E9"),
    "caption": ("Caption", "#009E73"),
    "body": ("Body", "#555555"),
    "boilerplate": ("Boilerplate (not scored)", "#D55E00"),
}


def render_article_html(article: Article) -> str:
    """The article as HTML: one block per segment, its role and rule shown beside it."""
    blocks = []
    for segment in article.segments:
        label, color = ROLE_STYLES[segment.role]
        text = html.escape(article.text[segment.start : segment.end])
        muted = "opacity:0.55;text-decoration:line-through;" if segment.role == "boilerplate" else ""
        weight = "font-weight:600;font-size:1.15em;" if segment.role == "headline" else ""
        blocks.append(
            f'<div class="framing-segment" data-role="{segment.role}" style="border-left:4px solid {color};'
            f'padding:2px 10px;margin:6px 0;">'
            f'<span style="font-size:0.75em;color:{color};text-transform:uppercase;letter-spacing:0.04em;" '
            f'title="rule: {html.escape(segment.rule, quote=True)}">{label} · {html.escape(segment.rule)}</span>'
            f'<div style="{muted}{weight}white-space:pre-wrap;">{text}</div></div>'
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
    """A one-line legend of the role colours."""
    items = "".join(
        f'<span style="border-left:4px solid {color};padding:0 8px;margin-right:10px;">{label}</span>'
        for label, color in ROLE_STYLES.values()
    )
    return f'<div class="framing-legend" style="font-size:0.85em;margin:4px 0 8px;">{items}</div>'
