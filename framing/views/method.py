"""Method page: how each score is computed, and the latest measured accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "results"


def method_text(readme: Path = ROOT / "README.md") -> str:
    """The README's "How each score is computed" section: one text, shown in both places."""
    if not readme.is_file():
        return "The method is described in the project's README."
    text = readme.read_text(encoding="utf-8")
    start = text.find("## How each score is computed")
    end = text.find("\n## ", start + 1)
    return text[start:end].replace("## How each score is computed", "").strip() if start >= 0 else ""


def accuracy_rows(results: Path = RESULTS) -> list[dict[str, object]]:
    """Headline figures of every results file written by `framing evaluate ... --write`."""
    rows: list[dict[str, object]] = []
    for path in sorted(results.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        task, gold = data.get("task", path.stem), data.get("gold", "")
        if "overall" in data and isinstance(data["overall"], dict) and "f1" in data["overall"]:
            rows.append({"extractor": task, "gold": gold, "measure": "F1", "value": data["overall"]["f1"]})
        elif "overall" in data:
            for metric, counts in data["overall"].items():
                rows.append({"extractor": "quotes", "gold": gold, "measure": f"{metric} F1", "value": counts["f1"]})
        if "biased_words" in data:
            rows.append(
                {
                    "extractor": "loaded terms",
                    "gold": gold,
                    "measure": "biased-word F1",
                    "value": data["biased_words"]["f1"],
                }
            )
            rows.append({"extractor": "loaded terms", "gold": gold, "measure": "ROC AUC", "value": data["roc_auc"]})
        if "lexical_recall" in data:
            rows.append(
                {
                    "extractor": "loaded terms",
                    "gold": gold,
                    "measure": "lexical-span recall",
                    "value": data["lexical_recall"]["all"],
                }
            )
        if "target_tone" in data:
            rows.append(
                {
                    "extractor": "tone toward targets",
                    "gold": gold,
                    "measure": "macro-F1",
                    "value": data["target_tone"]["macro_f1"],
                }
            )
            rows.append(
                {
                    "extractor": "sentence VADER (baseline)",
                    "gold": gold,
                    "measure": "macro-F1",
                    "value": data["sentence_vader"]["macro_f1"],
                }
            )
    return rows


def render() -> None:
    st.title("Method")
    st.subheader("Latest measured accuracy")
    rows = accuracy_rows()
    if rows:
        st.dataframe(
            rows,
            hide_index=True,
            column_config={"value": st.column_config.NumberColumn(format="%.3f")},
            key="accuracy_table",
        )
        st.caption("Read from results/*.json, written by `framing evaluate TASK GOLD --write results/FILE.json`.")
    else:
        st.info("No results files yet: run `framing evaluate ... --write results/...json`.")
    st.subheader("How each score is computed")
    st.markdown(method_text())
