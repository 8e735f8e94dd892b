"""The literal prefilter never skips a pattern that would have matched."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.blame import load_blame_rules
from framing.prefilter import FOLDS_TO_ASCII, LiteralScan, lowered_slice, may_match, required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bblam(?:e|ed)\s+on\b", {"blame"}),  # the parser factors out the common "e"
        (r"(?:foo)?bar", {"bar"}),
        (r"foo|bar", {"foo", "bar"}),
        (r"(?:deny|denied)\s+(?:the\s+)?(?:claims?|allegations?)", {"claim", "allegation"}),
        (r"provocation(?:s)?|provocations", {"provocation"}),
        (r"(?P<target>[^.]{1,80}?)\s+(?:is|was)\s+to\s+blame", {"blame"}),
        (r"BLAMED", {"blamed"}),
        (r"x+yz", {"yz"}),
        (r"(?:ab){2,}", {"ab"}),
        (r"(ab)\1", {"ab"}),  # the back reference adds nothing, its group still needs "ab"
    ],
)
def test_required_literals(pattern: str, expected: set[str]) -> None:
    assert required_literals(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"foo|\w+",  # one branch needs no literal
        r"(?=foo)\w+",  # a lookahead's text is not part of the match
        r"(?<=foo)\w+",
        r"x?",
        r"(?:foo){0,2}",
        r"\w+",
        r"stra\u00dfe",  # a non-ASCII literal: no prefilter
    ],
)
def test_no_required_literals(pattern: str) -> None:
    assert required_literals(re.compile(pattern, re.IGNORECASE)) is None


def test_folds_to_ascii_is_complete() -> None:
    """Every non-ASCII character that case-insensitively matches printable ASCII."""
    ascii_text = re.compile("|".join(re.escape(c) for c in string.printable), re.IGNORECASE)
    found = [chr(c) for c in range(0x80, sys.maxunicode + 1) if ascii_text.fullmatch(chr(c))]
    assert "".join(found) == FOLDS_TO_ASCII


def test_a_slice_with_a_folding_character_is_searched_in_full() -> None:
    assert lowered_slice("Mr. K\u212aelly blamed them", 0, None) is None
    assert may_match(frozenset({"blamed"}), None)
    assert lowered_slice("He BLAMED them", 3, 9) == "blamed"


_RULES = load_blame_rules()
_WORDS = ["blamed", "Blame", "on", "the", "Israel", "accused", "of", "denied", "claims", "responsible", "for"]
_WORDS += ["\u017ftated", "cla\u0131ms", "re\u017fponsible", "BLAMED"]  # folding characters
_RULE_SCAN = LiteralScan([rule.required for rule in _RULES])
_PATTERNS = [rule.pattern for rule in _RULES] + [re.compile(r"\bstate(?:s|d)?\b", re.IGNORECASE)]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.one_of(
            st.sampled_from(_WORDS),
            st.text(alphabet=f"abdeilsIKS .,'{FOLDS_TO_ASCII}", min_size=1, max_size=8),
        ),
        min_size=1,
        max_size=14,
    ),
    cut=st.tuples(st.integers(0, 30), st.integers(0, 200)),
)
def test_prefilter_never_hides_a_match(words: list[str], cut: tuple[int, int]) -> None:
    text = " ".join(words)
    start, end = min(cut[0], len(text)), min(max(cut), len(text))
    lowered = lowered_slice(text, start, end)
    for pattern in _PATTERNS:
        if pattern.search(text, start, end):
            assert may_match(required_literals(pattern), lowered), (pattern.pattern, text[start:end])
    kept = _RULE_SCAN.possible(lowered)
    for index, rule in enumerate(_RULES):
        if rule.matches(text, start, end):
            assert index in kept, (rule.name, text[start:end])


_SCAN_LITERALS = ["blame", "blamed", "lame", "accus", "deni", "denied", "on", "respons"]


@settings(max_examples=300, deadline=None)
@given(
    sets=st.lists(
        st.one_of(st.none(), st.frozensets(st.sampled_from(_SCAN_LITERALS), min_size=1, max_size=3)), max_size=6
    ),
    text=st.one_of(
        st.none(),
        st.lists(st.sampled_from([*_SCAN_LITERALS, "d", "s", " ", "x", "bla"]), max_size=10).map("".join),
    ),
)
def test_literal_scan_answers_as_may_match_on_each_set(sets: list[frozenset[str] | None], text: str | None) -> None:
    """Overlapping literals ("blamed" holds "blame" and "lame") are all found."""
    expected = {index for index, literals in enumerate(sets) if may_match(literals, text)}
    assert LiteralScan(sets).possible(text) == expected


def test_literal_scan_finds_every_literal_at_one_position() -> None:
    scan = LiteralScan([frozenset({"blame"}), frozenset({"blamed"}), frozenset({"lame"}), frozenset({"blames"})])
    assert scan.possible("he blamed them") == {0, 1, 2}
    assert scan.possible("no match") == set()


def test_rules_the_scan_skips_never_match(seed_articles) -> None:
    """Every bundled rule that matches a seed sentence is among those the scan keeps."""
    rules = load_blame_rules()
    scan = LiteralScan([rule.required for rule in rules])
    checked = 0
    for article in seed_articles.values():
        for sentence in article.sentences:
            text = article.text[sentence.start : sentence.end]
            kept = scan.possible(lowered_slice(text))
            for index, rule in enumerate(rules):
                if rule.matches(text, 0, len(text)):
                    checked += 1
                    assert index in kept, (rule.name, text)
    assert checked > 20
