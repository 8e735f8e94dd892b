"""Evaluation helpers, and floors on the gold data in ../shared/eval (skipped when absent)."""

import pytest

from framing.evaluation import (
    Counts,
    evaluate_babe,
    evaluate_basil,
    evaluate_blame,
    evaluate_quotes,
    evaluate_tone,
    match_spans,
    overlap,
)

from .conftest import EVAL, SEEDS, require

#: Reached on PolNeAR dev when the floor was set (see README, "Accuracy"), minus a margin.
POLNEAR_CONTENT_OVERLAP_F1_FLOOR = 0.71
POLNEAR_SOURCE_F1_FLOOR = 0.71
POLNEAR_CUE_F1_FLOOR = 0.74


def test_counts():
    counts = Counts(true_positives=3, n_predicted=4, n_gold=6)
    assert (counts.precision, counts.recall) == (0.75, 0.5)
    assert counts.f1 == pytest.approx(0.6)
    assert Counts().f1 == 0.0


def test_match_spans_is_one_to_one_and_prefers_larger_overlaps():
    predicted = [(0, 10), (5, 15)]
    gold = [(4, 14)]
    assert match_spans(predicted, gold, lambda p, g: overlap(p, g) > 0) == [(1, 0)]
    assert match_spans([(0, 5)], [(5, 9)], lambda p, g: overlap(p, g) > 0) == []


@pytest.mark.eval
def test_polnear_quote_floor():
    gold = EVAL / "polnear_dev.jsonl"
    require(gold.is_file(), f"PolNeAR gold data not found at {gold}: it ships in ../shared/eval beside the repository")
    overall = evaluate_quotes(gold).overall()
    assert overall["content_overlap"].f1 >= POLNEAR_CONTENT_OVERLAP_F1_FLOOR
    assert overall["source"].f1 >= POLNEAR_SOURCE_F1_FLOOR
    assert overall["cue"].f1 >= POLNEAR_CUE_F1_FLOOR


#: Reached on the seed gold when the floor was set (see README, "Accuracy"), minus a margin.
SEED_BLAME_F1_FLOOR = 0.95


@pytest.mark.eval
def test_seed_blame_floor():
    gold = EVAL / "seed_blame_gold.jsonl"
    require(gold.is_file(), f"seed blame gold not found at {gold}: it ships in ../shared/eval beside the repository")
    scores = evaluate_blame(gold, [SEEDS])
    assert scores.counts["overall"].f1 >= SEED_BLAME_F1_FLOOR, scores.misses + scores.false_alarms
    assert scores.counts["kind=denial"].recall == 1.0


#: Loaded terms, reached on BABE / BASIL dev when the floors were set, minus a margin.
BABE_F1_FLOOR = 0.41
BABE_PRECISION_FLOOR = 0.48
BABE_AUC_FLOOR = 0.69
BASIL_LEXICAL_RECALL_FLOOR = 0.29
BASIL_INSIDE_FLOOR = 0.21
#: The voice layer's ``direct`` label against BASIL's quote flag on its bias spans when
#: the floor was set (precision 0.936, recall 0.962), minus a margin.
BASIL_DIRECT_VOICE_FLOOR = 0.91


@pytest.mark.eval
def test_babe_floor():
    gold = EVAL / "babe_dev.jsonl"
    require(gold.is_file(), f"BABE gold data not found at {gold}: it ships in ../shared/eval beside the repository")
    scores = evaluate_babe(gold)
    assert scores.words.f1 >= BABE_F1_FLOOR
    assert scores.words.precision >= BABE_PRECISION_FLOOR
    assert scores.auc >= BABE_AUC_FLOOR


@pytest.mark.eval
def test_basil_floor():
    gold = EVAL / "basil_dev.jsonl"
    require(gold.is_file(), f"BASIL gold data not found at {gold}: it ships in ../shared/eval beside the repository")
    scores = evaluate_basil(gold)
    assert scores.recall["all"].recall >= BASIL_LEXICAL_RECALL_FLOOR
    assert scores.inside["all"].precision >= BASIL_INSIDE_FLOOR
    assert scores.direct.n_gold == 317
    assert scores.direct.precision >= BASIL_DIRECT_VOICE_FLOOR
    assert scores.direct.recall >= BASIL_DIRECT_VOICE_FLOOR


def test_roc_auc_on_hand_checkable_scores():
    from framing.evaluation import roc_auc

    assert roc_auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == pytest.approx(0.75)
    assert roc_auc([0.5, 0.5], [True, False]) == pytest.approx(0.5)


#: Tone toward targets on NewsMTSC dev when the floor was set, minus a margin.
NEWSMTSC_MACRO_F1_FLOOR = 0.51


@pytest.mark.eval
def test_newsmtsc_tone_floor_and_baseline():
    gold = EVAL / "newsmtsc_dev.jsonl"
    require(gold.is_file(), f"NewsMTSC gold data not found at {gold}: it ships in ../shared/eval beside the repository")
    scores = evaluate_tone(gold)
    assert scores.macro_f1() >= NEWSMTSC_MACRO_F1_FLOOR
    assert scores.macro_f1() > scores.macro_f1(scores.baseline)
    assert scores.macro_f1(scores.baseline) == pytest.approx(0.48, abs=0.01)  # the measured baseline


@pytest.mark.eval
def test_results_file_shown_on_the_method_page_matches_a_fresh_run():
    import json

    from framing.views.method import RESULTS, accuracy_rows

    gold = EVAL / "seed_blame_gold.jsonl"
    require(gold.is_file(), f"seed blame gold not found at {gold}: it ships in ../shared/eval beside the repository")
    written = json.loads((RESULTS / "seed_blame.json").read_text(encoding="utf-8"))
    fresh = evaluate_blame(gold, [SEEDS]).as_dict()
    assert written["overall"] == pytest.approx(fresh["overall"]), (
        "re-run: framing evaluate blame ... --write results/seed_blame.json"
    )
    shown = [row for row in accuracy_rows() if row["extractor"] == "blame"]
    assert shown == [
        {"extractor": "blame", "gold": "seed_blame_gold.jsonl", "measure": "F1", "value": fresh["overall"]["f1"]}
    ]


def test_method_page_text_is_the_readme_section():
    from framing.views.method import method_text

    text = method_text()
    assert text.startswith("**Segmentation**") and "**Blame**" in text and "## " not in text
