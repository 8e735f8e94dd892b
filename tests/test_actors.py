import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.actors import (
    Actor,
    add_actor_file,
    article_registry,
    build_registry,
    find_mentions,
    load_registry,
    parse_actor_file,
    read_actor_file,
    resolve_phrase,
    suggest_actors,
)
from framing.errors import ConfigError


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def mentioned(text, registry):
    return [(m.text, m.actor) for m in find_mentions(text, registry)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli warplanes were conducting an airstrike", [("Israeli", "Israel")]),
        (
            "The European Commission sued; the European Parliament objected.",
            [("European Commission", "European Union"), ("European Parliament", "European Union")],
        ),
        ("Israeli jets and Israeli pilots", [("Israeli jets", "Israel"), ("Israeli pilots", "Israel")]),
        ("Israel\u2019s relationship with Moscow has deteriorated", [("Israel", "Israel"), ("Moscow", "Russia")]),
        (
            "Syria\u2019s Ambassador to Russia Riyad Haddad said",
            [("Syria", "Syria"), ("Russia", "Russia"), ("Riyad Haddad", "Syria")],
        ),
        (
            "Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov",
            [("Russian Defense Ministry", "Russia"), ("Igor Konashenkov", "Russia")],
        ),
        ("The Kremlin on Wednesday denied", [("The Kremlin", "Russia")]),
        ("the Jewish state's attack", [("the Jewish state", "Israel")]),
        ("Tehran-backed Hezbollah", [("Tehran", "Iran"), ("Hezbollah", "Hezbollah")]),
        ("U.S. President Donald Trump said", [("U.S.", "United States"), ("Donald Trump", "United States")]),
        (
            "Defense Minister Avigdor Liberman (also spelled Lieberman)",
            [("Avigdor Liberman", "Israel"), ("Lieberman", "Israel")],
        ),
        ("the Israel Defense Forces and the IDF", [("Israel Defense Forces", "Israel"), ("IDF", "Israel")]),
        # word boundaries: no match inside other words, none for lower-case common words
        ("Russianness, Israelite, us and iran", []),
        ("Putin's spokesman", [("Putin", "Russia")]),
        # state bodies in the general registry speak for their state
        (
            "the Chinese Communist Party and the People's Liberation Army",
            [("Chinese Communist Party", "China"), ("People's Liberation Army", "China")],
        ),
        (
            "Iran's Islamic Revolutionary Guard Corps",
            [("Iran", "Iran"), ("Islamic Revolutionary Guard Corps", "Iran")],
        ),
        # groups of states and a rights group by their short names
        (
            "G7 ministers and the Group of Seven; the G-20 and Amnesty",
            [("G7", "G7"), ("Group of Seven", "G7"), ("G-20", "G20"), ("Amnesty", "Amnesty International")],
        ),
    ],
)
def test_mentions(text, expected, registry):
    assert mentioned(text, registry) == expected


@pytest.mark.parametrize(
    ("phrase", "actor"),
    [
        ("Syria's Ambassador to Russia", "Syria"),
        ("Syria\u2019s Ambassador to Russia Riyad Haddad", "Syria"),
        ("Russian Defense Ministry spokesman", "Russia"),
        ("Israel's relationship with Moscow", "Israel"),
        # a demonym after a possessor says who the head is; a name there is the head's topic
        ("Yemen's Houthi rebels", "Houthis"),
        ("Russia\u2019s Syrian allies", "Syria"),
        ("Russia's Syria envoy", "Russia"),
        # a surname known from a longer name, after another forename, is another person
        ("Sara Haddad", None),
        ("Melania Trump", None),
        ("Riyad Haddad", "Syria"),
        ("Ambassador Haddad", "Syria"),
        ("When Assad", "Syria"),
        # a state's own body placed in its capital or country; not an embassy or an army abroad
        ("the foreign ministry in Beijing", "China"),
        ("officials in Kyiv", "Ukraine"),
        ("a court in Nairobi", "Kenya"),
        ("the embassy in Moscow", None),
        ("the army in Syria", None),
        # one person named by nationality is not the nation; a people is
        ("the Italian", None),
        ("the 34-year-old Briton", None),
        ("a Turk", None),
        ("the Italians", "Italy"),
        ("the Lebanese", "Lebanon"),
        ("an Italian official", "Italy"),
        # central banks named in the registry are their state's institutions, not its businesses
        ("The Bank of England", "United Kingdom"),
        ("the European Central Bank", "European Union"),
        ("the Swiss National Bank", "Switzerland"),
        ("a Swiss bank", None),
        # a body of a region's nations is no one nation's ("Inter-", "Pan"); a demonym inside a body's name
        ("A spokesman for the Organization of American States", "Organization of American States"),
        ("the Inter-American Commission on Human Rights", None),
        ("the Pan American Health Organization", None),
        ("the American Civil Liberties Union", "American Civil Liberties Union"),
        ("the ELN rebel group", "ELN"),
        ("M23 rebels", "M23"),
        ("the Revolutionary Armed Forces of Colombia", "FARC"),
        ("a critic of Israel", None),
        ("an Iranian-American journalist", None),
        ("the Russian-American summit", "Russia"),
        ("the earthquake in Turkey", None),
        ("the Tonga eruption", None),
        # an organisation's news media speak for it, a country's not; a territory is its own actor
        ("The Houthi rebels' al-Masirah television", "Houthis"),
        ("Hezbollah's al-Manar television", "Hezbollah"),
        ("Hamas media", "Hamas"),
        ("pro-Hezbollah media", None),
        ("anti-Hamas television", None),
        ("the Israeli newspaper Haaretz", None),
        ("The Hong Kong government", "Hong Kong"),
        ("Hong Kong Watch", None),
        # a people's word right before a group's name: the group; a former official: no one's voice
        ("The Syrian Kurdish SDF", "Syrian Democratic Forces"),
        ("the Lebanese Hezbollah", "Hezbollah"),
        ("the Yemeni Houthi rebels", "Houthis"),
        ("The Philippine National Security Council", "Philippines"),
        ("former U.N. envoy Martin Griffiths", None),
        ("Russia's former ambassador to Washington", None),
        # a group's affiliate or offshoot in a country is no state's
        ("its Syrian affiliate", None),
        ("the group's Afghan offshoot", None),
        # a country's aid and rights groups, universities, opposition and dissidents are not its state
        ("a Norwegian aid group", None),
        ("an Israeli human rights group", None),
        ("Israeli rights group B'Tselem", None),
        ("a Syrian opposition group", None),
        ("Russian opposition leader Alexei Navalny", None),
        ("an American university", None),
        ("Russian activists", None),
        # but its officials and government are
        ("Israeli officials", "Israel"),
        ("Russia's aid to Syria", "Russia"),
        # a name after the head noun is whom it names
        ("Syria's ally Russia", "Russia"),
        ("Israel's ally the United States", "United States"),
        ("Ukraine's president Volodymyr Zelensky", "Ukraine"),
        ("Kremlin spokesman Dmitry Peskov", "Russia"),
        ("The FBI", "United States"),
        ("the National Intelligence Service", "South Korea"),
        # a participle with its object modifies the head, unless it says whom the head speaks for
        ("Protesters carrying the flag of Hezbollah", None),
        ("Russian officials attending the summit", "Russia"),
        ("Diplomats representing Russia", "Russia"),
        ("A spokesman speaking for the Israeli army", "Israel"),
        ("Two U.S. defense officials", "United States"),
        ("the ministry", None),
        # an actor that backs or hosts the head noun is not the head
        ("The Pakistan-based militant group", None),
        ("The Pakistan-based militant group Jaish-e-Mohammed", "Jaish-e-Mohammed"),
        ("US-trained rebels", None),
        ("Iran-backed Hezbollah", "Hezbollah"),
        ("The Hamas-run Health Ministry", "Hamas"),
        ("the Saudi-led coalition", "Saudi Arabia"),
        # a country's press speaks for itself, its state media for the state; a press secretary is no medium
        ("the Israeli newspaper Haaretz", None),
        ("Israeli media", None),
        ("the Turkish press", None),
        ("Russian state media", "Russia"),
        # and so does a country's business, unless the state owns it; lawmakers are no makers
        ("the Spanish energy company Repsol", None),
        ("Britain's biggest banks", None),
        ("The Foreign Office", "United Kingdom"),
        ("the German Foreign Office", "Germany"),
        ("the Russian central bank", "Russia"),
        ("German carmaker Autowerk", None),
        ("Russia's state-owned energy company Gazprom", "Russia"),
        ("Chinese lawmakers", "China"),
        # a body overseeing a country's media is the state's, not its press
        ("Russia's media regulator", "Russia"),
        ("the Hungarian media watchdog", "Hungary"),
        # security services by their initials
        ("the SBU", "Ukraine"),
        ("officers of the GRU", "Russia"),
        ("Roscosmos", "Russia"),
        # federal bodies by the names only one state gives them
        ("The Justice Department and eight states", "United States"),
        ("the Federal Aviation Administration", "United States"),
        ("the Federal Reserve", "United States"),
        ("Britain's Ministry of Justice", "United Kingdom"),
        # regulators by their own names
        ("Roskomnadzor", "Russia"),
        ("The Competition and Markets Authority", "United Kingdom"),
        ("Ofcom", "United Kingdom"),
        # a conjunction or preposition inside a body's name does not end the head
        ("The Food and Drug Administration", "United States"),
        ("a spokesman for the Securities and Exchange Commission", "United States"),
        # a country's civil bodies too; a body "of" others keeps its own name
        ("the British Medical Association", None),
        ("the German club", None),
        ("the Association of Southeast Asian Nations", "ASEAN"),
        ("the Russian Defence Ministry", "Russia"),
        ("Syria's state-run SANA news agency", "Syria"),
        ("Kremlin press secretary Dmitry Peskov", "Russia"),
        # a spokesman or a statement speaks for the body after "for" / "from"; critics do not
        ("A spokesman for the German government", "Germany"),
        ("a statement from the Russian foreign ministry", "Russia"),
        # a country's rebels, militia or insurgents are not the country; its government's militias are
        ("Congolese rebels", None),
        ("a former Congolese militia commander", None),
        ("Libyan armed groups", None),
        ("Syrian government militias", "Syria"),
        ("the Sudanese paramilitary Rapid Support Forces", "Rapid Support Forces"),
        ("Houthi rebels", "Houthis"),
        # a country's lawyers, journalists, doctors or protesters speak for themselves; its state's for it
        ("a group of Sudanese lawyers", None),
        ("an Israeli journalist", None),
        ("Iranian protesters", None),
        ("Russian human rights lawyers", None),
        ("Israeli army medics", "Israel"),
        ("Syrian state journalists", "Syria"),
        ("Palestinian medics", "Palestinians"),
        ("Israeli forces killed journalists", "Israel"),
        # a trade union is a civil body, not its country's government
        ("South Africa's largest mining union", None),
        ("Britain's nurses' union", None),
        ("Poland's Solidarity trade union", None),
        # but a union of states is its own actor
        ("the African Union's commission", "African Union"),
        # a delegate or a diplomat is sent by the body after "from" or "for"; after "at", a venue
        ("Negotiators from the European Union", "European Union"),
        ("a delegate from Malawi", "Malawi"),
        ("Negotiators at the UN climate summit", None),
        ("a report released Friday by the U.N. human rights office", "United Nations"),
        ("a statement by the Israeli military", "Israel"),
        ("an investigation by The New York Times", None),
        ("the Asia director at Human Rights Watch", "Human Rights Watch"),
        ("a researcher at Human Rights Watch", "Human Rights Watch"),
        ("the Palestinian Centre for Human Rights", None),
        ("the Russian Center for Strategic Studies", None),
        ("the Russian Center for Reconciliation of Opposing Sides", "Russia"),
        ("National Security Council spokesman John Kirby", None),
        ("the Russian Security Council", "Russia"),
        ("the Moroccan football federation", None),
        ("the Russian national team", None),
        ("Russian sports officials", "Russia"),
        # so do judges and prosecutors at a court; lawyers at it may be anyone's
        ("Judges at the International Criminal Court", "International Criminal Court"),
        ("prosecutors at the International Criminal Court", "International Criminal Court"),
        ("lawyers at the International Criminal Court", None),
        # after "in", a body, not a place
        ("a source in Ukraine's security service", "Ukraine"),
        ("officials in the Israeli government", "Israel"),
        ("a diplomat in Moscow", None),
        ("an adviser to the Ukrainian president", None),
        ("Critics of Israel", None),
        ("Israeli critics of the deal", "Israel"),
        # a stance toward an actor is not the actor
        ("pro-Kremlin commentators", None),
        ("Pro-Russian separatists", None),
        ("anti-Israel protesters", None),
        # a forename before a place's name makes a person's name; a modifier keeps the place
        ("Pedro Lima", None),
        ("Jack M. London", None),
        ("Communist China", "China"),
        ("Lima", "Peru"),
    ],
)
def test_resolve_phrase_takes_the_head(phrase, actor, registry):
    assert resolve_phrase(phrase, registry) == actor


def test_mention_offsets_index_raw_text_with_nbsp(registry):
    text = "talks with\u00a0the Kremlin and\u00a0Israel"
    for mention in find_mentions(text, registry):
        assert text[mention.start : mention.end] == mention.text


def test_topic_file_merges_into_general_file(registry):
    russia = registry.actors["Russia"]
    assert "Moscow" in russia.forms["metonyms"] and "Peskov" in russia.forms["people"]
    assert set(registry.actors) >= {"Israel", "Russia", "Syria", "Iran", "Hezbollah", "United States", "France"}


def test_user_actor_file_adds_actors(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(
        '[[actor]]\nname = "Azov"\nkind = "organisation"\naliases = ["Azov Brigade", "Azov"]\n', encoding="utf-8"
    )
    registry = load_registry([path])
    assert [(m.text, m.actor) for m in find_mentions("the Azov Brigade and Russia", registry)] == [
        ("Azov Brigade", "Azov"),
        ("Russia", "Russia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place in a newspaper's name is no mention of the place's actor
        ("Israel's envoy told The Jerusalem Post that Moscow erred.", [("Israel", "Israel"), ("Moscow", "Russia")]),
        ("The Washington Post and the Tehran Times disagree.", []),
        ("An editor at The Times of Israel said so.", []),
        # nor in a broadcaster's
        ("Iran International said Tehran threatened its staff.", [("Tehran", "Iran")]),
        ("A USA TODAY analysis and a USA Today poll agree.", []),
        # the place itself, or a title word that does not follow it, still counts
        ("Washington said the Post was wrong about Israel.", [("Washington", "United States"), ("Israel", "Israel")]),
        ("Syrian state TV said Israeli jets struck Latakia.", [("Syrian", "Syria"), ("Israeli jets", "Israel")]),
        # nor in a school's name, before or after the title word
        ("Professors at Moscow State University and King's College London agree.", []),
        ("A Tehran University lecturer and the London School of Economics said so.", []),
        ("Today Moscow said the University of Damascus was shut.", [("Moscow", "Russia")]),
    ],
)
def test_newspaper_names_are_not_mentions(text, expected, registry):
    assert mentioned(text, registry) == expected


def test_user_media_titles_are_added_to_the_bundled(tmp_path):
    text = 'media_titles = ["Kurier"]\n[[actor]]\nname = "Austria"\naliases = ["Austria", "Vienna"]\n'
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    sentence = "The Vienna Kurier and The Moscow Times quoted Vienna."
    assert mentioned(sentence, load_registry([path])) == [("Vienna", "Austria")]
    uploaded = add_actor_file(load_registry(), text, "upload.toml")  # the dashboard's upload path
    assert mentioned(sentence, uploaded) == [("Vienna", "Austria")]


def test_a_capital_before_a_noun_of_its_sites_or_events_is_the_place_not_its_government(registry):
    text = "Jets struck the Damascus airport after the Ankara bombing; Damascus said Tehran's metro was shut."
    assert mentioned(text, registry) == [("Damascus", "Syria")]
    # a word that is also a verb after its subject is no place noun
    assert mentioned("Moscow talks with Kyiv.", registry) == [("Moscow", "Russia"), ("Kyiv", "Ukraine")]


@pytest.mark.parametrize(
    ("words", "sentence", "bad", "fix"),
    [
        (
            'place_nouns = ["zoo"]',
            "The Vienna zoo and the Damascus airport. Vienna spoke.",
            'place_nouns = ["Zoo"]',
            "place_nouns must be a list of lower-case words",
        ),
        (
            'other_places = ["Lower Vienna"]',
            "Lower Vienna voted; Vienna and North America.",
            'other_places = ["lower vienna"]',
            "other_places must be a list of capitalised place names",
        ),
        (
            'origin_words = ["raised"]',
            "Vienna-raised artists met Vienna officials.",
            'origin_words = ["Raised"]',
            "origin_words must be a list of lower-case words",
        ),
    ],
)
def test_user_name_words_are_added_and_bad_ones_name_the_fix(words, sentence, bad, fix):
    actor = '\n[[actor]]\nname = "Austria"\naliases = ["Austria"]\nmetonyms = ["Vienna"]\n'
    uploaded = add_actor_file(load_registry(), words + actor, "upload.toml")  # the bundled words stay
    assert mentioned(sentence, uploaded) == [("Vienna", "Austria")]
    with pytest.raises(ConfigError, match=fix):
        read_actor_file(bad + actor, "mine.toml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demand from customers in North America rose.", []),
        ("Latin American leaders met American officials.", [("American", "United States")]),
        ("New Mexico borders Mexico.", [("Mexico", "Mexico")]),
        ("Ships crossed the South China Sea, China said.", [("China", "China")]),
        ("A blast in Belfast, Northern Ireland, and talks in Ireland.", [("Ireland", "Ireland")]),
        ("Papua New Guinea lies on New Guinea.", [("Papua New Guinea", "Papua New Guinea")]),
        ("Indian troops patrol the Indian Ocean.", [("Indian", "India")]),
        # a capital is named with or without its qualifier, and once only in the longer name
        ("Delhi rejected the claim; New Delhi said more.", [("Delhi", "India"), ("New Delhi", "India")]),
    ],
)
def test_a_form_inside_the_name_of_another_place_is_no_mention(text, expected, registry):
    assert mentioned(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The National Security Council met.", []),
        ("The Russian Security Council met.", [("Russian", "Russia")]),
        (
            "The Security Council met; the UN Security Council voted.",
            [("Security Council", "United Nations"), ("UN Security Council", "United Nations")],
        ),
        # a title-case headline's verb is no name word
        ("Russia Urges Security Council To Act", [("Russia", "Russia"), ("Security Council", "United Nations")]),
        ("The Russian Federal Security Service said.", [("Russian", "Russia")]),
    ],
)
def test_a_body_name_of_ordinary_words_inside_a_longer_name_is_no_mention(text, expected, registry):
    assert mentioned(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputy Attorney General Lisa Monaco said Russia was behind it.", [("Russia", "Russia")]),
        ("Rep. Jim Jordan, a panel member, and spokeswoman Lisa Monaco met Mr. Jordan.", []),
        ("Foreign Minister Israel Katz visited Jordan.", [("Israel", "Israel"), ("Jordan", "Jordan")]),
        ("Foreign Minister Says Jordan Will Respond", [("Jordan", "Jordan")]),
        ("Minister Accused Jordan Of Lying", [("Jordan", "Jordan")]),
    ],
)
def test_a_place_name_after_a_title_and_a_forename_is_a_surname(text, expected, registry):
    assert mentioned(text, registry) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan Blake told the committee he was sorry.", []),
        ("India Knight wrote that the rules were unfair.", []),
        ("The chief executive, Jordan Blake.", []),
        # a title-case headline's verb, another actor or an "-s" word after the place keeps it
        ("Jordan Says Israel Must Stop", [("Jordan", "Jordan"), ("Israel", "Israel")]),
        ("Jordan Will Respond To Strike", [("Jordan", "Jordan")]),
        ("Jordan Israel talks resumed.", [("Jordan", "Jordan"), ("Israel", "Israel")]),
        ("Jordan Protests.", [("Jordan", "Jordan")]),
        ("King Abdullah of Jordan said Jordan would not take part.", [("Jordan", "Jordan"), ("Jordan", "Jordan")]),
    ],
)
def test_a_place_name_that_is_a_given_name_before_a_surname_is_a_person(text, expected, registry):
    assert mentioned(text, registry) == expected


def test_an_actor_file_may_add_forenames():
    actors, words = read_actor_file('forenames = ["Kenya"]\n[[actor]]\nname = "Kenya"\naliases = ["Kenya"]', "x.toml")
    registry = build_registry(actors, words=words)
    assert [m.actor for m in find_mentions("Kenya Moore spoke; Kenya voted.", registry)] == ["Kenya"]
    with pytest.raises(ConfigError, match="forenames must be a list of capitalised place names"):
        read_actor_file('forenames = ["kenya"]\n[[actor]]\nname = "Kenya"\naliases = ["Kenya"]', "x.toml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian-speaking gang was behind the attack.", []),
        ("Lieberman spoke to the local Russian-language Channel 9 TV.", [("Lieberman", "Israel")]),
        ("Russian-born engineers and German-made tanks.", []),
        ("A Washington-based think tank criticised Washington.", [("Washington", "United States")]),
        ("Iranian-style rules, Iranian-backed militias.", [("Iranian", "Iran")]),
        ("Saudi-led strikes hit Russian-supplied radars.", [("Saudi", "Saudi Arabia"), ("Russian", "Russia")]),
    ],
)
def test_a_form_joined_to_a_word_of_language_or_origin_is_no_mention(text, expected, registry):
    assert mentioned(text, registry) == expected


def test_bad_media_titles_name_the_fix():
    with pytest.raises(ConfigError, match="media_titles must be a list of capitalised words"):
        read_actor_file('media_titles = ["post"]\n[[actor]]\nname = "X"\naliases = ["X"]\n', "mine.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not toml [", "not valid TOML"),
        ("[[other]]\nname = 'x'\n", "no [[actor]] entries"),
        ("[[actor]]\naliases = ['X']\n", "entry 1: missing 'name'"),
        ("[[actor]]\nname = 'X'\naliases = 'X'\n", "aliases must be a list of non-empty strings"),
        ("[[actor]]\nname = 'X'\nnicknames = ['Y']\n", "unknown key(s) ['nicknames']"),
        ("place_noun = ['zoo']\n[[actor]]\nname = 'X'\n", "unknown top-level key(s) ['place_noun']"),
    ],
)
def test_bad_actor_files_name_the_entry_and_fix(text, message):
    with pytest.raises(
        ConfigError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(").replace(")", r"\)")
    ):
        parse_actor_file(text, "mine.toml")


def test_a_user_form_moves_from_the_bundled_actor_to_the_users(tmp_path):
    path = tmp_path / "congo.toml"
    path.write_text('[[actor]]\nname = "Republic of the Congo"\naliases = ["Congo"]\n', encoding="utf-8")
    bundled = load_registry()
    assert [m.actor for m in find_mentions("Congo and Kinshasa", bundled)] == [
        "Democratic Republic of the Congo",
        "Democratic Republic of the Congo",
    ]
    mine = load_registry([path])
    assert [m.actor for m in find_mentions("Congo and Kinshasa", mine)] == [
        "Republic of the Congo",
        "Democratic Republic of the Congo",
    ]
    assert "Congo" not in mine.actors["Democratic Republic of the Congo"].forms["aliases"]


def test_two_of_the_users_actors_sharing_a_form_is_an_error(tmp_path):
    path = tmp_path / "two.toml"
    path.write_text('[[actor]]\nname = "A"\naliases = ["Same"]\n[[actor]]\nname = "B"\naliases = ["Same"]\n')
    with pytest.raises(ConfigError, match="'Same' is listed for both 'A' and 'B'"):
        load_registry([path])


def test_a_form_under_two_actors_is_an_error():
    actors = parse_actor_file(
        "[[actor]]\nname = 'A'\naliases = ['Same']\n[[actor]]\nname = 'B'\naliases = ['Same']\n", "f.toml"
    )
    with pytest.raises(ConfigError, match="'Same' is listed for both 'A' and 'B'"):
        build_registry(actors, "f.toml")


@pytest.mark.parametrize(
    ("text", "rsf"),
    [
        # an article that spells "RSF" out as a name no actor covers, and names the Rapid Support
        # Forces no other way: its "RSF" is that name, no actor
        ("Reporters Without Borders (RSF) condemned the arrests.\n\nRSF said Ethiopia jails journalists.", None),
        # the registered actor's own name before the bracket
        (
            "The paramilitary Rapid Support Forces (RSF) shelled the city. RSF fighters looted it.",
            "Rapid Support Forces",
        ),
        # the actor named another way in the article: the acronym stays ambiguous and keeps its actor
        (
            "The Rapid Support Forces shelled Omdurman. Reporters Without Borders (RSF) said two journalists died.",
            "Rapid Support Forces",
        ),
        # a bracket with no name before it
        ("Sudan's paramilitary (RSF) denied it.", "Rapid Support Forces"),
    ],
)
def test_an_acronym_spelled_out_as_another_name_names_no_actor_in_that_article(text, rsf, registry):
    assert resolve_phrase("RSF", article_registry(text, registry)) == rsf


def test_an_article_registry_keeps_a_name_that_begins_a_form_and_an_actor_named_otherwise(registry):
    # "the National Liberation Army" begins the ELN's "National Liberation Army of Colombia"
    assert article_registry("The National Liberation Army (ELN) freed two hostages.", registry) is registry
    # the Federal Security Service is Russia's, and Moscow names Russia anyway
    assert article_registry("Moscow said the Federal Security Service (FSB) had foiled a plot.", registry) is registry
    # an article with no such acronym shares the bundled registry; one with several builds each set once
    text = "Reporters Without Borders (RSF) and the Islamic Cultural Centre (ICC) spoke."
    assert article_registry(text, registry) is article_registry(text, registry) is not registry


def test_suggest_unknown_actors(registry):
    texts = [
        "Haaretz reported it. The Kremlin said Haaretz was wrong.",
        "Officials in Latakia and Latakia port. Haaretz again.",
    ]
    assert suggest_actors(texts, registry) == [("Haaretz", 3), ("Latakia", 2)]


def _alternation_longest_first(forms):
    """The specification of the mention pattern: every form, longest first, as whole words."""

    def form_regex(form):
        escaped = re.escape(form)
        return "[Tt]he" + escaped[3:] if form.startswith("the ") else escaped

    alternatives = "|".join(form_regex(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


# Few words, so that forms are often prefixes of one another ("a", "a b", "the a b.").
_WORDS = ["a", "ab", "B."]
_FORMS = sorted(
    {
        the + joiner.join(words)
        for the in ("", "the ", "The ")
        for joiner in (" ", "-")
        for words in [[w] for w in _WORDS] + [[w, v] for w in _WORDS for v in _WORDS]
    }
)
_FORM = st.sampled_from(_FORMS)


def _texts(forms):
    """Texts made of the forms (and "The" for "the"), loose words, and spaces, hyphens or nothing between."""
    capitalised = ["The" + form[3:] for form in forms if form.startswith("the ")]
    pieces = st.lists(st.sampled_from([*forms, *capitalised, *_WORDS, "the", "x"]), max_size=8)
    gap = st.sampled_from([" ", " ", "-", ""])  # a space twice as often as the others
    return pieces.flatmap(
        lambda parts: st.lists(gap, min_size=len(parts), max_size=len(parts)).map(
            lambda gaps: "".join(part + gap for part, gap in zip(parts, gaps, strict=True))
        )
    )


@settings(max_examples=300, deadline=None)
@given(data=st.data(), forms=st.lists(_FORM, min_size=1, max_size=8, unique=True))
def test_mention_pattern_matches_like_an_alternation_of_the_forms_longest_first(data, forms):
    text = data.draw(_texts(forms))
    actors = [Actor(f"Actor {i}", "", {"aliases": (form,)}) for i, form in enumerate(forms)]
    registry = build_registry(actors)
    expected = _alternation_longest_first(registry.form_actor)
    assert [m.span() for m in registry.pattern.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_large_registry_finds_the_same_mentions(registry):
    people = [Actor(f"Person {i}", "person", {"people": (f"Name{i} Surname{i}",)}) for i in range(3000)]
    large = build_registry([*registry.actors.values(), *people])
    text = "Israel said Name17 Surname17 met Name170 Surname1700 in Moscow."
    assert [(m.actor, m.text) for m in find_mentions(text, large)] == [
        ("Israel", "Israel"),
        ("Person 17", "Name17 Surname17"),
        ("Russia", "Moscow"),
    ]


@pytest.mark.parametrize(
    ("label", "place"),
    [("NEW DELHI", True), ("BRAZIL", True), ("Kyiv", True), ("WALLACE", False), ("TRUMP", False), ("RUSSIANS", False)],
)
def test_a_label_in_any_case_names_a_place_only_as_a_country_or_its_capital(label, place, registry):
    assert registry.names_place(label) is place
