from hypothesis import given
from hypothesis import strategies as st

from framing.textview import normalize


def test_view_replaces_spaces_and_quotes_one_for_one():
    text = "Israel\u2019s \u201coffer\u201d to\u00a0Moscow"
    view = normalize(text)
    assert view.text == 'Israel\'s "offer" to Moscow'
    assert view.to_original(view.text.index("Moscow")) == text.index("Moscow")


def test_view_reads_a_horizontal_bar_as_an_em_dash():
    text = "drilling \u2015 probably not"
    view = normalize(text)
    assert view.text == "drilling \u2014 probably not"
    assert view.to_original(view.text.index("probably")) == text.index("probably")


def test_view_removes_invisible_characters_and_maps_back():
    text = "spy\u00adplane \u200bdowned"
    view = normalize(text)
    assert view.text == "spyplane downed"
    start = view.text.index("downed")
    assert view.span_to_original(start, start + len("downed")) == (text.index("downed"), len(text))
    assert view.to_original(len(view.text)) == len(text)


@given(st.text(alphabet=st.sampled_from("ab .'\n\u00a0\u201c\u201d\u2019\u200b\u00ad\ufeff"), max_size=60))
def test_every_view_character_maps_to_its_original(text):
    view = normalize(text)
    for index, char in enumerate(view.text):
        original = text[view.to_original(index)]
        assert original == char or normalize(original).text == char or (normalize(original).text, char) == ("'", '"')


@given(st.text(alphabet=st.sampled_from("ab .\u200b\u00ad\ufeff"), max_size=40))
def test_from_original_inverts_to_original(text):
    view = normalize(text)
    for index in range(len(view.text) + 1):
        assert view.from_original(view.to_original(index)) == index


def test_doubled_apostrophes_are_one_quotation_mark():
    text = "He said ''no way,'' and left."
    view = normalize(text)
    assert view.text == 'He said "no way," and left.'
    assert view.span_to_original(8, 17) == (8, 19)
    assert text[slice(*view.span_to_original(8, 17))] == "''no way,''"


_SPACES_AND_QUOTES = "\u00a0\u2002\u2009\u202f\u3000\u2018\u2019\u201a\u02bc\u201c\u201d\u201e\u00ab\u00bb\u2033"


@given(st.text(alphabet=st.sampled_from("aZ9 .,'\"\n\u00e9\u0130\u4e2d-" + _SPACES_AND_QUOTES), max_size=60))
def test_view_changes_only_spaces_and_quotes_character_for_character(text):
    expected = "".join(
        " "
        if c in "\u00a0\u2002\u2009\u202f\u3000"
        else '"'
        if c in "\u201c\u201d\u201e\u00ab\u00bb\u2033"
        else "'"
        if c in "\u2018\u2019\u201a\u02bc"
        else c
        for c in text
    )
    if "''" not in expected:  # two apostrophes are a quotation mark (tested above)
        assert normalize(text).text == expected
