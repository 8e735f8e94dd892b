import pytest

from framing.actors import (
    build_registry,
    find_mentions,
    load_registry,
    parse_actor_file,
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
        ("Kremlin spokesman Dmitry Peskov", "Russia"),
        ("Two U.S. defense officials", "United States"),
        ("the ministry", None),
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
        '[[actor]]\nname = "Wagner"\nkind = "organisation"\naliases = ["Wagner Group", "Wagner"]\n', encoding="utf-8"
    )
    registry = load_registry([path])
    assert [(m.text, m.actor) for m in find_mentions("the Wagner Group and Russia", registry)] == [
        ("Wagner Group", "Wagner"),
        ("Russia", "Russia"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not toml [", "not valid TOML"),
        ("[[other]]\nname = 'x'\n", "no [[actor]] entries"),
        ("[[actor]]\naliases = ['X']\n", "entry 1: missing 'name'"),
        ("[[actor]]\nname = 'X'\naliases = 'X'\n", "aliases must be a list of non-empty strings"),
        ("[[actor]]\nname = 'X'\nnicknames = ['Y']\n", "unknown key(s) ['nicknames']"),
    ],
)
def test_bad_actor_files_name_the_entry_and_fix(text, message):
    with pytest.raises(
        ConfigError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(").replace(")", r"\)")
    ):
        parse_actor_file(text, "mine.toml")


def test_a_form_under_two_actors_is_an_error():
    actors = parse_actor_file(
        "[[actor]]\nname = 'A'\naliases = ['Same']\n[[actor]]\nname = 'B'\naliases = ['Same']\n", "f.toml"
    )
    with pytest.raises(ConfigError, match="'Same' is listed for both 'A' and 'B'"):
        build_registry(actors, "f.toml")


def test_suggest_unknown_actors(registry):
    texts = [
        "Haaretz reported it. The Kremlin said Haaretz was wrong.",
        "Officials in Latakia and Latakia port. Haaretz again.",
    ]
    assert suggest_actors(texts, registry) == [("Haaretz", 3), ("Latakia", 2)]
