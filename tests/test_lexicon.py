"""Lexicon format, importers, validation and the matcher."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.cli import main
from framing.ingest import make_article
from framing.lexicon import (
    _TEXT_TOKEN,
    MASK,
    Entry,
    Lexicon,
    _match_at,
    check_lexicon,
    default_lexicon,
    find_terms,
    in_name,
    parse_lexicon,
    title_case,
    vader_entries,
)
from framing.score import score_article
from framing.textview import normalize


def lexicon(*rows):
    return Lexicon.from_entries(Entry(pattern, category) for pattern, category in rows)


def found(text, lex):
    return [(m.term, m.entry.category) for m in find_terms(text, lex)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # multi-word phrases beat their parts; no double counts
        ("the Hezbollah terror group said", [("terror group", "labeling")]),
        ("a terror attack by a group", [("terror", "emotive")]),
        # prefix wildcards, on word boundaries only
        (
            "provocative and provocations, not improvocable",
            [("provocative", "evaluative"), ("provocations", "evaluative")],
        ),
        # case: insensitive by default, exact after the first letter when the pattern has capitals
        ("The Jewish state and the jewish state", [("The Jewish state", "loaded-alternative")]),
        ("REGIME and regime", [("REGIME", "labeling"), ("regime", "labeling")]),
        # a possessive is not part of the word
        ("the regime's forces", [("regime", "labeling")]),
        # a phrase never spans a quotation mark or a comma
        ("his \u201csincere\u201d condolences, terror, group", [("terror", "emotive")]),
        # non-breaking spaces and curly apostrophes are ordinary
        ("the terror\u00a0group", [("terror\u00a0group", "labeling")]),
    ],
)
def test_matcher(text, expected):
    lex = lexicon(
        ("terror group", "labeling"),
        ("terror", "emotive"),
        ("provocat*", "evaluative"),
        ("the Jewish state", "loaded-alternative"),
        ("regime", "labeling"),
        ("sincere condolences", "emotive"),
    )
    assert found(text, lex) == expected


MATCHER_LEXICON = lexicon(
    ("terror group", "labeling"),
    ("terror", "emotive"),
    ("terror group leader*", "labeling"),
    ("provocat*", "evaluative"),
    ("provocat* act*", "evaluative"),
    ("the Jewish state", "loaded-alternative"),
    ("the regime", "labeling"),
    ("regime", "labeling"),
    ("regime change", "labeling"),
    ("change agent", "labeling"),
    ("so-called", "distancing"),
    ("don't", "hedging"),
    ("terror state", MASK),  # a stop phrase: hides "terror", never reported
)
WORDS = ["terror", "group", "leaders", "provocative", "acts", "the", "Jewish", "jewish", "state", "regime", "change"]
WORDS += ["agent", "so-called", "so", "called", "don't", "anti-terror", "regime's", "Terror", "GROUP", "x", "state"]
GAPS = [" ", "  ", "\u00a0", ", ", "\n", "-", "'", "\u2019s ", '"', " (", ". "]


def reference_terms(text, lex, start=0, end=None):
    """The matcher written the plain way: every token in turn, its candidates longest first."""
    view = normalize(text)
    view_end = len(view.text) if end is None else view.from_original(end)
    tokens = [
        (m.start(), m.end(), m.group().lower())
        for m in _TEXT_TOKEN.finditer(view.text, view.from_original(start), view_end)
    ]
    found, index = [], 0
    while index < len(tokens):
        match = None
        for entry in lex.candidates(tokens[index][2]):
            window = tokens[index : index + len(entry.tokens)]
            spaces = all(not view.text[a[1] : b[0]].strip() for a, b in zip(window, window[1:], strict=False))
            match = _match_at(text, view, window, entry) if spaces else None
            if match:
                break
        # a name's word is no term, and its tokens are spent (the matcher's own predicates)
        floor = view.from_original(start)
        named = match is not None and in_name(view.text, window, match.entry, floor)
        if match and not (named and not title_case(view.text[floor:view_end])):
            found.append(match)
        index += len(match.entry.tokens) if match else 1
    return [(m.start, m.end, m.entry.pattern) for m in found if m.entry.category != MASK]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), max_size=14), st.data())
def test_scanning_matcher_equals_the_token_by_token_reference(pieces, data):
    text = "".join(word + gap for word, gap in pieces)
    assert [(m.start, m.end, m.entry.pattern) for m in find_terms(text, MATCHER_LEXICON)] == reference_terms(
        text, MATCHER_LEXICON
    )
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    in_range = [(m.start, m.end, m.entry.pattern) for m in find_terms(text, MATCHER_LEXICON, start, end)]
    assert in_range == reference_terms(text, MATCHER_LEXICON, start, end)


def test_a_failed_longer_phrase_leaves_its_words_to_other_patterns():
    # "the regime" is tried first at "the"; "regime change" then starts inside that attempt
    assert found("the Regime Change agent", MATCHER_LEXICON) == [
        ("the Regime", "labeling"),
        ("Change agent", "labeling"),
    ]
    assert found("THE JEWISH STATE", MATCHER_LEXICON) == []


def test_matches_index_the_raw_text():
    text = "A  terror\u00a0group\u200b and a regime."
    for match in find_terms(text, lexicon(("terror group", "labeling"), ("regime", "labeling"))):
        assert text[match.start : match.end] == match.term


def test_tsv_rows_with_problems_are_reported_by_line():
    text = "pattern\tcategory\tweight\nregime\tlabeling\t\nbad*word\tlabeling\t\n\tlabeling\t\nfoo\t\t\nbar\tx\tnotanumber\n"
    entries, problems = parse_lexicon(text, "mine.tsv")
    assert [e.pattern for e in entries] == ["regime"]
    assert [(p.line, p.message.split(";")[0]) for p in problems] == [
        (3, "pattern 'bad*word': '*' may only end a word (provocat*)"),
        (4, "empty pattern"),
        (5, "pattern 'foo' has no category"),
        (6, "weight 'notanumber' is not a number"),
    ]


def test_csv_import(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("pattern,category,weight,note\nthugs,labeling,2,insult\n", encoding="utf-8")
    entries, problems = check_lexicon(path)
    assert problems == [] and entries[0].weight == 2.0 and entries[0].note == "insult"


def test_liwc_dic_import(tmp_path):
    path = tmp_path / "mine.dic"
    path.write_text("%\n1\tposemo\n2\tnegemo\n%\nabandon*\t2\nadmir*\t1\t2\nbogus\t9\n", encoding="utf-8")
    entries, problems = check_lexicon(path)
    assert [(e.pattern, e.category) for e in entries] == [("abandon*", "negemo"), ("admir*", "posemo")]
    assert [(p.line, p.message) for p in problems] == [(7, "'bogus': category id(s) ['9'] not in the header")]


def test_duplicates_are_reported():
    _, problems = parse_lexicon("pattern\tcategory\nregime\tlabeling\n", "x")
    assert problems == []


def test_default_lexicon_has_documented_categories_and_strong_vader_words():
    lex = default_lexicon()
    assert set(lex.categories) == {"labeling", "evaluative", "hedging", "emotive", "loaded-alternative"}
    vader = {e.pattern: e.weight for e in vader_entries()}
    assert all(abs(weight) >= 2.5 for weight in vader.values())
    assert "killed" not in vader  # factual event words are not evaluative


@pytest.fixture(scope="module")
def seed_terms(seed_articles):
    return {article_id: score_article(article).terms for article_id, article in seed_articles.items()}


def voices(terms, phrase):
    return [t.voice for t in terms if phrase.lower() in t.term.lower()]


def test_seed_000_terms_and_whose_wording(seed_terms):
    terms = seed_terms["000_66bd192b543b1da8"]
    assert voices(terms, "terror group") == ["reported", "reported"]
    assert len(voices(terms, "devastating critique")) == 2
    assert set(voices(terms, "devastating critique")) <= {"editorial", "reported"}  # the outlet's wording
    assert "editorial" in voices(terms, "spy plane")
    assert "direct" in voices(terms, "premeditated actions")


def test_seed_004_terms_and_whose_wording(seed_terms, seed_articles):
    terms = seed_terms["004_fd7891ea34951dc8"]
    text = seed_articles["004_fd7891ea34951dc8"].text
    assert voices(terms, "Assad regime") == ["direct"]
    organisation = text.index("Hezbollah terror organization")
    assert [t.voice for t in terms if organisation <= t.start < organisation + 29] == ["direct"]
    assert voices(terms, "provocation") == ["direct"]
    assert voices(terms, "the Jewish state") == ["editorial"]


def test_density_is_per_thousand_words_by_voice():
    record = score_article(
        make_article("The regime's thugs attacked. Officials said the regime lied.", id="t", source="t")
    )
    labeling = record.term_density["labeling"]
    assert labeling["all"] == pytest.approx(1000 * sum(t.category == "labeling" for t in record.terms) / record.n_words)
    assert labeling["all"] == pytest.approx(labeling["editorial"] + labeling["reported"] + labeling["direct"])


def test_a_stop_phrase_hides_the_terms_inside_it_and_is_never_reported():
    lex = lexicon(("claimed", "hedging"), ("claimed the lives", MASK), ("heroic", "emotive"))
    assert found("The crash claimed the lives of heroic airmen.", lex) == [("heroic", "emotive")]
    assert found("Moscow claimed the jets hid.", lex) == [("claimed", "hedging")]
    assert lex.categories == ["emotive", "hedging"]
    terms = score_article(make_article("The war has claimed the lives of many.", id="t", source="t")).terms
    assert [t.term for t in terms] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the evaluative adjective, not an act that did not happen
        ("It was a failed policy.", ["failed"]),
        ("He failed to qualify for the ballot.", []),
        # an explosion is no harsh criticism; the verb is
        ("The deadly blast killed six, and a second blast followed.", []),
        ("Critics blast the plan as reckless.", ["blast", "reckless"]),
        # a topic's name is no evaluation; an accusation of a crime is
        ("Gun violence and crime rose while the ban held.", []),
        ("Racism, riots and freedom of speech were on the agenda.", []),
        ("Moscow accused Israel of war crimes.", ["war crimes"]),
        # a death or a crime as an event is reported, not evaluated; its figurative phrase evaluates
        ("At least 41 people drowned after a fatal crossing; the killings followed an assassination.", []),
        ("It was character assassination and political suicide.", ["character assassination", "political suicide"]),
        ("Women were raped and detainees tortured, the report found.", []),
        # who attacked is a fact of the event, as the attack is
        ("Police said the attackers had been killed.", []),
        ("The rapist was called a monster.", ["rapist", "monster"]),
        # reporting verbs are the voice layer's, not loaded wording
        ("Israel denied the claims and refused to comment.", ["claims"]),
        # each name for the same aircraft is a choice, in the plural too
        ("Its spy drones and surveillance flights went on.", ["spy drones", "surveillance flights"]),
        ("The balloon was a weather balloon, not a spy balloon.", ["weather balloon", "spy balloon"]),
        ("Western capitals armed Kiev to the teeth, the mainstream media said.", ["to the teeth", "mainstream media"]),
        # names that frame a disease, a tax or a debate, and common pejoratives; a wire-style descriptor is none
        ("He called it the Wuhan virus and attacked the death tax.", ["Wuhan virus", "death tax"]),
        (
            "The hard-left crusade is an obsession, pretending otherwise.",
            ["hard-left", "crusade", "obsession", "pretending"],
        ),
        ("The right-wing party won seats.", []),
        # general pejoratives: person labels in the plural too (prefix patterns), and adjectives
        (
            "The feckless demagogues and their sycophantic cronies mocked gullible voters.",
            ["feckless", "demagogues", "sycophantic", "cronies", "mocked", "gullible"],
        ),
        ("Critics called him a con artist and a kleptocrat.", ["con artist", "kleptocrat"]),
        # a general word inside a capitalised name is the name; the framing lexicon's labels stay
        ("The plan is terrible, argued Rob Percival of the Joy Trust.", ["terrible"]),
        ("They met in Great Britain before the Super Bowl.", []),
        ("Great news, he said, and joy for all.", ["Great", "joy"]),
        # alone, after a word on its line, too; a paragraph's first word after a headline is none
        ("The study appears in the journal Heart, a brilliant outlet.", ["brilliant"]),
        ("Study finds coffee drinkers live longer\n\nGreat news for fans.", ["Great"]),
        ("She quoted the Marxist Antonio Gramsci.", ["Marxist"]),
        # between two capitalised words even the framing lexicon's word is the name's
        ("The crisis deepened, said an analyst at the International Crisis Group.", ["crisis"]),
        ("The Heroes Act passed.", ["Heroes"]),
        # stop phrases: the verb "lie" of where something is, and an explosion's "blast"
        ("The blame lies squarely with the cruel regime, not with lies.", ["cruel", "regime", "lies"]),
        ("Chemical plant blast kills three as senator blasts regulators", ["blasts"]),
        # a flood of water is an event; a flood of people an image
        ("A flood warning closed flooded roads as a flood of tourists left.", ["flood"]),
        ("Severe flooding hit the flood plain.", []),
        # but "lies on" and "lies in" are often the noun: no stop phrases
        ("They spread lies on Facebook and told lies in court.", ["lies", "lies"]),
        # a headline set in title case keeps its words
        ("Rivals Rob Voters Of Joy", ["Rob", "Joy"]),
    ],
)
def test_default_lexicon_flags_evaluations_not_topics_or_reports(text, expected):
    assert [m.term for m in find_terms(text, default_lexicon())] == expected


def test_lexicon_check_counts_stop_phrases_apart(tmp_path, capsys):
    path = tmp_path / "mine.tsv"
    path.write_text("pattern\tcategory\nregime\tlabeling\nclaimed the lives\t-\n", encoding="utf-8")
    assert main(["lexicon", "check", str(path)]) == 0
    assert "2 usable row(s) in categories ['labeling'] and 1 stop phrase(s)" in capsys.readouterr().out
