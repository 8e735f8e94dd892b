import pytest

from framing.segment import segment_text, telegraphic


def roles(text: str, **meta) -> list[tuple[str, str, str]]:
    """(role, rule, text) for every segment."""
    return [(s.role, s.rule, text[s.start : s.end]) for s in segment_text(text, **meta).segments]


def first_line(article, role):
    return [article.text[s.start : s.end] for s in article.segments if s.role == role]


def test_seed_001_section_label_and_outlet_line_are_boilerplate(seed_articles):
    article = seed_articles["001_ebb5f1ac0d057e84"]
    segments = [(s.role, s.rule, article.text[s.start : s.end]) for s in article.segments]
    assert segments[0] == ("boilerplate", "section-label", "World")
    assert segments[1][:2] == ("headline", "title-match")
    assert segments[2][0] == "standfirst" and segments[2][2].startswith("Earlier in the day")
    assert segments[3] == ("boilerplate", "outlet-label", "Sputnik")
    body_sentences = [article.text[s.start : s.end] for s in article.sentences if s.role == "body"]
    assert "Sputnik" not in body_sentences and "World" not in body_sentences
    assert ("boilerplate", "discuss", "Discuss") in segments
    assert any(rule == "read-more" for _, rule, _ in segments)


def test_seed_000_has_one_headline_and_counts_repeats_once(seed_articles):
    article = seed_articles["000_66bd192b543b1da8"]
    headlines = first_line(article, "headline")
    assert headlines == ["Russia denies it spurned Israeli bid to send officials to discuss downed plane"]
    repeats = [s for s in article.segments if s.rule == "repeat"]
    assert [article.text[s.start : s.end] for s in repeats][0] == headlines[0]
    assert len(repeats) == 2  # the headline and the first photo caption are printed twice
    assert len(first_line(article, "caption")) == 5
    assert first_line(article, "standfirst")[0].startswith("Kremlin rebuffs report")
    trailer = [s.rule for s in article.segments][-2:]
    assert trailer == ["contributor-credit", "read-more"]


def test_seed_003_tag_line_and_social_trailer(seed_articles):
    article = seed_articles["003_d180d635636b81bf"]
    rules = {article.text[s.start : s.end]: s.rule for s in article.segments if s.role == "boilerplate"}
    assert rules == {
        "Russia, Il-20, Syria": "tag-line",
        "Please visit out Twitter account for updates on the situation in Ukraine.": "social-trailer",
    }


def test_seed_004_without_headline_keeps_title_empty(seed_articles):
    article = seed_articles["004_fd7891ea34951dc8"]
    assert article.title == ""
    assert first_line(article, "headline") == []
    assert all(s.role == "body" for s in article.segments)


def test_segmentation_without_metadata_finds_the_same_headline(seed_articles):
    article = seed_articles["002_cf69419c207182b1"]
    segmentation = segment_text(article.text)
    assert segmentation.headline == article.title
    assert [s.role for s in segmentation.segments] == [s.role for s in article.segments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Politics\n\nMinister resigns over leak\n\nThe minister resigned on Monday. He denied wrongdoing.\n",
            [
                ("boilerplate", "section-label"),
                ("headline", "first-line"),
                ("body", "body"),
            ],
        ),
        (
            "Minister resigns over leak\nBy Jane Doe\n\nThe minister resigned.\n\nFollow us on Telegram\n",
            [
                ("headline", "first-line"),
                ("boilerplate", "byline"),
                ("body", "body"),
                ("boilerplate", "social-trailer"),
            ],
        ),
        (
            "The minister resigned on Monday after a leak.\nHe denied wrongdoing.\n",
            [("body", "body"), ("body", "body")],
        ),
        (
            "Storm hits coast\n\nThe storm hit.\n\nA flooded street in Gaza. (Reuters/John Doe)\n\nTags: storm, coast\n",
            [("headline", "first-line"), ("body", "body"), ("caption", "photo-credit"), ("boilerplate", "tag-line")],
        ),
        (
            "Storm hits coast\n\nThe storm hit.\n\nRelated Coverage\n\nAdvertisement\n\n\u00a9 2024 The Daily\n",
            [
                ("headline", "first-line"),
                ("body", "body"),
                ("boilerplate", "most-popular"),
                ("boilerplate", "advertisement"),
                ("boilerplate", "rights"),
            ],
        ),
    ],
)
def test_layout_rules(text, expected):
    assert [(role, rule) for role, rule, _ in roles(text)] == expected


def test_headlines_and_short_unpunctuated_body_paragraphs_read_in_a_headline_grammar():
    text = (
        "Live: Russia-Israel talks in Moscow\n\n"
        "Talks began in Moscow on Monday, officials said.\n\n"
        '11:15 GMT \u2014 Kremlin: "no change" in assessment\n\n'
        "The delegation met for three hours and left without a statement to the waiting press\n\n"
        "Peskov spoke next,\n\n"
        "It ended.\n"
    )
    segmentation = segment_text(text)
    assert [(s.role, telegraphic(s, text)) for s in segmentation.segments] == [
        ("headline", True),
        ("body", False),
        ("body", True),
        ("body", False),  # more than SUBHEADING_MAX_WORDS words
        ("body", False),  # a trailing comma: a paragraph cut short, not a heading
        ("body", False),
    ]


def test_hard_wrapped_paragraphs_are_joined_and_sentences_cross_lines():
    text = (
        "Storm hits the coast\n\n"
        "The storm hit the coast on Monday and\n"
        "flooded the streets of the old town. Officials\n"
        "said the damage was severe and that the\n"
        "repairs would take months to finish.\n"
    )
    segmentation = segment_text(text)
    assert [s.role for s in segmentation.segments] == ["headline", "body"]
    body = [text[s.start : s.end] for s in segmentation.sentences if s.role == "body"]
    assert body[0] == "The storm hit the coast on Monday and\nflooded the streets of the old town."
    assert len(body) == 2


def test_a_roundup_s_short_headings_over_long_paragraphs_are_no_hard_wrapping():
    paragraph = "Officials said the {} was seized on Sunday for smuggling fuel, state media reported in a long report."
    text = "World news in brief\n\n" + "".join(
        f"{heading}\n{paragraph.format(thing)}\n\n"
        for heading, thing in [
            ("Iran seizes tanker", "tanker"),
            ("Turkey holds ship", "ship"),
            ("Greece stops boat", "boat"),
        ]
    )
    sentences = [text[s.start : s.end] for s in segment_text(text).sentences]
    assert sentences[1:3] == ["Iran seizes tanker", paragraph.format("tanker")]
    assert "Turkey holds ship" in sentences and "Greece stops boat" in sentences


def test_offsets_index_the_raw_text_with_invisible_characters():
    text = "Head\u200bline here\n\nThe plane\u00ad was downed. Israel denied it.\n"
    segmentation = segment_text(text)
    assert [text[s.start : s.end] for s in segmentation.sentences] == [
        "Head\u200bline here",
        "The plane\u00ad was downed.",
        "Israel denied it.",
    ]


def test_a_first_line_equal_to_the_metadata_title_but_for_a_full_stop_is_the_headline():
    text = "Poll: Clinton and Trump in dead heat.\n\nThe race is tied, a new poll shows.\n"
    assert segment_text(text).segments[0].role == "body"  # a full stop and no title: body
    segments = segment_text(text, title="Poll: Clinton and Trump in dead heat").segments
    assert (segments[0].role, segments[0].rule) == ("headline", "title-match")


def test_a_title_with_curly_quotes_and_dashes_matches_its_first_line():
    title = "Pence: Trump Was \u2018Mocking\u2019 the \u201cClinton\u201d Camp \u2014 Again"
    text = title + ".\n\nThe vice-presidential nominee spoke on Sunday.\n"
    segments = segment_text(text, title=title).segments
    assert (segments[0].role, segments[0].rule) == ("headline", "title-match")


def test_a_first_paragraph_ending_in_a_full_stop_inside_quotation_marks_is_body():
    text = 'The army said it was ready. "We regret the loss," the statement read, "but we did our duty."\n'
    segmentation = segment_text(text)
    assert [s.role for s in segmentation.segments] == ["body"]
    assert len(segmentation.sentences) == 2


def test_a_title_matches_a_first_line_with_its_full_stop_inside_the_closing_quotes():
    text = "Obama on Climate: The Trends Are 'Terrifying.'\n\nThe president spoke on Sunday.\n"
    segments = segment_text(text, title="Obama on Climate: The Trends Are 'Terrifying'").segments
    assert (segments[0].role, segments[0].rule) == ("headline", "title-match")
