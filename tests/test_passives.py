import pytest

from framing.actors import load_registry
from framing.ingest import make_article
from framing.passives import find_passives

REGISTRY = load_registry()


def passives(text):
    return [
        (p.verb, p.harm, p.agent, p.agent_actor)
        for p in find_passives(make_article(text, id="t", source="t"), REGISTRY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agent named: who harmed whom is said
        ("The plane was shot down by Syrian air defenses.", [("shot down", True, "Syrian air defenses", "Syria")]),
        ("Fifteen crew were killed by a Syrian missile.", [("killed", True, "a Syrian missile", "Syria")]),
        ("The base was struck by Israeli jets late on Monday.", [("struck", True, "Israeli jets", "Israel")]),
        # agentless: the harm is there, the agent is hidden
        ("The plane was downed.", [("downed", True, None, None)]),
        (
            "The Russian plane was downed while Israeli jets were conducting an airstrike.",
            [("downed", True, None, None)],
        ),
        ("Fifteen servicemen were killed.", [("killed", True, None, None)]),
        ("The aircraft was reportedly hit on its descent.", [("hit", True, None, None)]),
        # a "by" after another participle is that participle's agent, not the passive's
        (
            "The airliner was hit over territory held by pro-Russian separatists.",
            [("hit", True, None, None)],
        ),
        (
            "The plane was shot down on Monday by Syrian air defenses.",
            [("shot down", True, "Syrian air defenses", "Syria")],
        ),
        ("The facility has been targeted repeatedly.", [("targeted", True, None, None)]),
        # passives that are not of harm
        ("The meeting was scheduled for Monday.", [("scheduled", False, None, None)]),
        ("The statement was released by the Kremlin.", [("released", False, "the Kremlin", "Russia")]),
        ("The data were given to Moscow.", [("given", False, None, None)]),
        # not passives
        ("Israel was interested in talks.", []),
        ("The jets fired missiles.", []),
        ("Moscow is concerned about the strike.", []),
    ],
)
def test_passives(text, expected):
    assert passives(text) == expected


def test_seed_001_harm_passive_with_agent(seed_articles):
    article = seed_articles["001_ebb5f1ac0d057e84"]
    found = find_passives(article, REGISTRY)
    shot = [p for p in found if p.verb == "shot down"]
    assert shot and shot[0].agent_actor == "Syria"
    for passive in found:
        assert article.text[passive.start : passive.end].split()[-1].lower() in passive.verb
