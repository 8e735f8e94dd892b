import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.defaults import MAX_SENTENCE_CHARS
from framing.sentences import split_sentences
from framing.textview import normalize


def sentences(text: str) -> list[str]:
    view = normalize(text).text
    return [text[start:end] for start, end in split_sentences(view)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Titles and ranks never end a sentence.
        (
            "Defense Ministry spokesman Maj. Gen. Igor Konashenkov said so. Israel denied it.",
            ["Defense Ministry spokesman Maj. Gen. Igor Konashenkov said so.", "Israel denied it."],
        ),
        ("Mr. Peskov spoke. Dr. Smith agreed.", ["Mr. Peskov spoke.", "Dr. Smith agreed."]),
        (
            "It led Sens. Jon Tester and David Vitter to object. State Del. Marcia Price agreed.",
            ["It led Sens. Jon Tester and David Vitter to object.", "State Del. Marcia Price agreed."],
        ),
        # Dotted acronyms and months: no break before a name, a break before a sentence opener.
        ("U.S. President Donald Trump spoke.", ["U.S. President Donald Trump spoke."]),
        ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
        ("On Monday, Sept. 10, 2018, Bolton spoke.", ["On Monday, Sept. 10, 2018, Bolton spoke."]),
        ("The plane fell on Sept. 17. It carried 15 crew.", ["The plane fell on Sept. 17.", "It carried 15 crew."]),
        # Initials.
        ("John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."]),
        ("The author J. K. Rowling spoke.", ["The author J. K. Rowling spoke."]),
        ("It was written by J. Smith and others.", ["It was written by J. Smith and others."]),
        ("Plan B. Israel agreed.", ["Plan B. Israel agreed."]),
        # A capital letter after a lower-case preposition, or before a sentence opener, is no initial.
        ("He wrote on X. Polish officials agreed.", ["He wrote on X.", "Polish officials agreed."]),
        ("They lacked vitamin D. The doctors knew.", ["They lacked vitamin D.", "The doctors knew."]),
        # A quote spanning sentences splits at its inner full stops, never before its attribution.
        (
            "\u201cThis is not true. The newspaper [Haaretz] provides incorrect information,\u201d "
            "press secretary Dmitry Peskov told journalists.",
            [
                "\u201cThis is not true.",
                "The newspaper [Haaretz] provides incorrect information,\u201d press secretary Dmitry Peskov told journalists.",
            ],
        ),
        # A sentence ending inside a closing quote is followed by a new one.
        ("It was \u201csacred.\u201d The memorial is set.", ["It was \u201csacred.\u201d", "The memorial is set."]),
        # A question or exclamation in quotes followed by its attribution stays one sentence.
        ('"Why?" Peskov asked. He left.', ['"Why?" Peskov asked.', "He left."]),
        ('"Never!" the minister said.', ['"Never!" the minister said.']),
        # Bracketed insertions do not break sentences, even with a full stop inside.
        (
            "It came from a height of 5 kilometers [3 miles. Roughly]. Nevertheless, they fired.",
            ["It came from a height of 5 kilometers [3 miles. Roughly].", "Nevertheless, they fired."],
        ),
        ("Jets were [Israeli] jets. Fine.", ["Jets were [Israeli] jets.", "Fine."]),
        # An ellipsis inside a quote before a lower-case word is an omission, not a boundary.
        (
            "the Ilyushin 20 ... was shot down by the S-200 system.",
            ["the Ilyushin 20 ... was shot down by the S-200 system."],
        ),
        # Lower case after a full stop is not a new sentence.
        ("The value was 5.3 percent. e.g. this one.", ["The value was 5.3 percent. e.g. this one."]),
        # A list item's bullet is no part of its sentence.
        (
            "- Russia blamed the US.\n\u2022 Kyiv denied it. * Not a bullet.",
            ["Russia blamed the US.", "Kyiv denied it. * Not a bullet."],
        ),
        # Non-breaking spaces count as spaces.
        ("Moscow agreed.\u00a0Israel did not.", ["Moscow agreed.", "Israel did not."]),
        ("", []),
        ("   ", []),
    ],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_split_within_a_range_keeps_absolute_offsets():
    text = "Skip me. Keep this. And this."
    start = text.index("Keep")
    assert split_sentences(text, start, len(text)) == [(start, start + 10), (start + 11, len(text))]


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        # A cut falls after the last clause mark in the second half of the window ...
        (
            "aaa bbb, ccc ddd eee fff; ggg hhhhhhhhhhhhhhhhhhhhhh iii",
            12,
            ["aaa bbb,", "ccc ddd eee", "fff; ggg", "hhhhhhhhhhhh", "hhhhhhhhhh", "iii"],
        ),
        # ... else after the last space; a word longer than the limit is cut at the limit.
        ("one two three four", 9, ["one two", "three", "four"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        # Sentences within the limit are untouched.
        ("Short one. Another.", 10, ["Short one.", "Another."]),
    ],
)
def test_long_spans_are_cut_at_clause_marks_or_spaces(text, max_chars, expected):
    assert [text[start:end] for start, end in split_sentences(text, max_chars=max_chars)] == expected


def test_text_without_sentence_punctuation_gives_bounded_sentences():
    text = ", ".join(["the officials said that the plane was lost near the coast"] * 100)
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[start:end].endswith(",") for start, end in spans[:-1])


def test_max_chars_must_be_positive():
    with pytest.raises(ValueError, match="max_chars must be at least 1"):
        split_sentences("Text.", max_chars=0)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab .,;-\n\u00a0", max_size=300), max_chars=st.integers(1, 40))
def test_split_spans_are_bounded_ordered_trimmed_and_cover_every_character_but_bullets(text, max_chars):
    spans = split_sentences(text, max_chars=max_chars)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert end - start <= max_chars
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    # every character but a list item's opening bullet ("- " before a sentence)
    left_out = {i for i, char in enumerate(text) if not char.isspace()} - covered
    starts = {start for start, _ in spans}
    for i in left_out:
        after = len(text[: i + 1]) + len(text[i + 1 :]) - len(text[i + 1 :].lstrip())
        assert text[i] == "-" and after > i + 1 and after in starts
