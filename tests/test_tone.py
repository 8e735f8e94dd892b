import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.defaults import TONE_THRESHOLD
from framing.errors import InputError
from framing.tone import score_tone, tone_label


@pytest.mark.parametrize("text", [None, float("nan"), "", "   \n", b""])
def test_no_text_has_no_tone(text):
    assert score_tone(text) is None


def test_bytes_are_decoded_as_utf8():
    assert score_tone(b"a tragic event") == score_tone("a tragic event")


def test_bad_input_raises_a_clear_error():
    with pytest.raises(InputError, match="bytes are not UTF-8"):
        score_tone(b"\xff\xfe\xfa")
    with pytest.raises(InputError, match="expected text, got int"):
        score_tone(5)


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("The attack was a tragic and irresponsible act.", -0.8402),
        ("Putin welcomed his guest warmly.", 0.6249),
        ("The plane landed at the base.", 0.0),
    ],
)
def test_golden_compounds(text, compound):
    assert score_tone(text).compound == pytest.approx(compound, abs=1e-4)


@pytest.mark.parametrize(
    ("score", "label"),
    [(TONE_THRESHOLD, 1), (TONE_THRESHOLD - 1e-9, 0), (0.0, 0), (-TONE_THRESHOLD, -1), (-1.0, -1), (1.0, 1)],
)
def test_tone_label_thresholds(score, label):
    assert tone_label(score) == label


@given(st.text(max_size=200))
def test_compound_is_in_range_and_deterministic(text):
    first, second = score_tone(text), score_tone(text)
    assert first == second
    if first is not None:
        assert -1.0 <= first.compound <= 1.0 and not math.isnan(first.compound)


@pytest.mark.parametrize(
    ("typographic", "plain"),
    [
        ("\u201cThis is terrible,\u201d he said.", '"This is terrible," he said.'),
        ("That doesn\u2019t mean it failed.", "That doesn't mean it failed."),
        ("\u00abA great success\u00bb", '"A great success"'),
        ("a\u00a0terrible\u00a0day", "a terrible day"),
    ],
)
def test_typographic_quotes_and_apostrophes_read_like_plain_ones(typographic: str, plain: str) -> None:
    # VADER alone reads 0.0 for the first: it strips only ASCII punctuation from a word.
    assert score_tone(typographic) == score_tone(plain)
    assert score_tone(typographic).compound != 0.0
