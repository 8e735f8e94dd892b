"""Corpus-level framing report: naming table, distinctive terms and passive rates per outlet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from framing.aggregate import naming_table, outlet_label, passive_rates
from framing.distinctive import distinctive_terms
from framing.records import Article, ArticleRecord


@dataclass(frozen=True)
class Report:
    naming: pd.DataFrame
    distinctive: pd.DataFrame
    passives: pd.DataFrame
    note: str | None


def build_report(articles: Iterable[Article], records: Iterable[ArticleRecord]) -> Report:
    """The report over scored articles (``records`` in the same order as ``articles``)."""
    texts: dict[str, list[str]] = {}
    for article in articles:
        texts.setdefault(outlet_label(article.outlet), []).extend(
            article.text[s.start : s.end] for s in article.sentences
        )
    records = list(records)
    distinctive, note = distinctive_terms(texts)
    return Report(naming_table(records), distinctive, passive_rates(records), note)


def format_report(report: Report, what: str = "all", top: int = 10) -> str:
    """Plain-text tables for the terminal."""
    parts = []
    if what in ("all", "naming"):
        naming = report.naming.drop(columns="evidence")
        parts.append("Naming (label counts by outlet and voice)\n" + naming.to_string(index=False))
    if what in ("all", "distinctive"):
        top_terms = report.distinctive.groupby("outlet", group_keys=False).head(top)
        table = top_terms.assign(sig=top_terms["significant"].map({True: "*", False: ""})).drop(columns="significant")
        note = f"\nNote: {report.note}" if report.note else ""
        parts.append(
            f"Distinctive terms (Fightin' Words, each outlet vs the rest; * |z| > 1.96){note}\n"
            + table.to_string(index=False, float_format=lambda v: f"{v:.2f}")
        )
    if what in ("all", "passives"):
        passives = report.passives.drop(columns="evidence")
        parts.append(
            "Passives (agentless share; verbs of harm)\n"
            + passives.to_string(index=False, float_format=lambda v: f"{v:.2f}")
        )
    return "\n\n".join(parts)
