import pytest

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
        # Dotted acronyms and months: no break before a name, a break before a sentence opener.
        ("U.S. President Donald Trump spoke.", ["U.S. President Donald Trump spoke."]),
        ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
        ("On Monday, Sept. 10, 2018, Bolton spoke.", ["On Monday, Sept. 10, 2018, Bolton spoke."]),
        ("The plane fell on Sept. 17. It carried 15 crew.", ["The plane fell on Sept. 17.", "It carried 15 crew."]),
        # Initials.
        ("John F. Kennedy spoke. Then he left.", ["John F. Kennedy spoke.", "Then he left."]),
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
