"""Naming labels, distinctive terms, passive rates and the report."""

import math

import pytest

from framing.aggregate import naming_table, passive_rates
from framing.cli import main
from framing.distinctive import DISTINCTIVE_COLUMNS, count_terms, fightin_words, reliability_note
from framing.ingest import make_article
from framing.score import score_article, score_corpus

from .conftest import SEEDS


def labels(text):
    return [(label.subject, label.label) for label in score_article(make_article(text, id="t", source="t")).labels]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hezbollah terror group fired rockets.", [("Hezbollah", "terror group")]),
        ("Israel holds the Assad regime responsible.", [("Syria", "Assad regime")]),
        ("Weapons went to Tehran-backed Hezbollah.", [("Hezbollah", "Tehran-backed"), ("Iran", "Tehran")]),
        ("Syrian leader Bashar Assad sent a telegram.", [("Syria", "Syrian leader")]),
        ("Hezbollah, the Iran-backed militia, denied it.", [("Hezbollah", "Iran-backed militia")]),
        ("Moscow condemned the Jewish state's attack.", [("Russia", "Moscow"), ("Israel", "the Jewish state")]),
        ("The Il-20 spy plane was downed.", [("Il-20", "Il-20"), ("Il-20", "spy plane")]),
        ("A Russian electronic reconnaissance plane was downed.", [("Il-20", "electronic reconnaissance plane")]),
        # a demonym or a metonym with a noun for the state is one label; neutral nouns too, to compare
        ("Syrian regime forces fired.", [("Syria", "Syrian regime")]),
        ("The Damascus government protested.", [("Syria", "Damascus government")]),
        ("The Israeli occupation army denied it.", [("Israel", "Israeli occupation army")]),
        ("The Syrian government protested.", [("Syria", "Syrian government")]),
        # a title with one modifier in an apposition; never a participle before a title
        ("Israel's hawkish prime minister, Benjamin Netanyahu, called.", [("Israel", "hawkish prime minister")]),
        ("After having Prime Minister Benjamin Netanyahu call, Putin spoke.", [("Israel", "Prime Minister")]),
        # plain names carry no label
        ("Israel and Russia talked.", []),
        ("Syrian forces fired.", []),
    ],
)
def test_labels(text, expected):
    assert sorted(labels(text)) == sorted(expected)


@pytest.fixture(scope="module")
def seed_records(seeds):
    return score_corpus(seeds.articles)


def test_naming_table_il20_by_outlet(seed_records):
    table = naming_table(seed_records)
    il20 = table[table["subject"] == "Il-20"].set_index(["outlet", "label"])["n"]
    assert il20[("The Times of Israel", "spy plane")] == 6
    assert il20[("Sputnik", "electronic reconnaissance plane")] == 1
    assert ("Sputnik", "spy plane") not in il20.index
    row = table[(table["subject"] == "Hezbollah") & (table["outlet"] == "The Times of Israel")].iloc[0]
    assert (row["label"], row["n"], row["n_reported"]) == ("terror group", 2, 2)
    assert all(len(evidence) == n for evidence, n in zip(table["evidence"], table["n"], strict=True))


def test_passive_rates_add_up(seed_records):
    rates = passive_rates(seed_records)
    assert rates["n_passives"].sum() == sum(len(r.passives) for r in seed_records)
    assert ((rates["agentless_share"] >= 0) & (rates["agentless_share"] <= 1)).all()
    assert rates["n_words"].sum() == sum(r.n_words for r in seed_records)


def test_fightin_words_on_a_hand_checkable_corpus():
    texts = {"A": ["regime regime regime talks"] * 40, "B": ["government government government talks"] * 40}
    frame = fightin_words(texts)
    assert tuple(frame.columns) == DISTINCTIVE_COLUMNS
    top = frame.groupby("outlet").head(1).set_index("outlet")
    assert top.loc["A", "term"] == "regime" and top.loc["B", "term"] == "government"
    assert top.loc["A", "z"] == pytest.approx(-frame.set_index(["outlet", "term"]).loc[("B", "regime"), "z"])
    assert bool(top.loc["A", "significant"])
    talks = frame[frame["term"] == "talks"]
    assert talks["z"].abs().max() < 1e-9  # used equally: not distinctive
    assert math.isclose(talks["delta"].sum(), 0.0, abs_tol=1e-12)


def test_fightin_words_needs_two_outlets_and_warns_on_small_corpora():
    assert fightin_words({"A": ["one text"]}).empty
    assert reliability_note({"A": 500, "B": 5000}).startswith("Too small for the test to mean much: A has")
    assert reliability_note({"A": 5000, "B": 5000}) is None


def test_count_terms_drops_stopwords_and_keeps_bigrams():
    counts, n_words = count_terms(["The terror group and the regime."])
    assert n_words == 6
    assert counts == {"terror": 1, "group": 1, "regime": 1, "terror group": 1}


def test_report_command(capsys):
    assert main(["report", str(SEEDS), "--what", "naming"]) == 0
    out = capsys.readouterr().out
    assert "spy plane" in out and "electronic reconnaissance plane" in out
    assert main(["report", str(SEEDS), "--what", "distinctive", "--top", "2"]) == 0
    assert "Too small for the test to mean much" in capsys.readouterr().out


def test_lexicon_check_command(tmp_path, capsys):
    path = tmp_path / "mine.tsv"
    path.write_text("pattern\tcategory\nregime\tlabeling\n\tlabeling\n", encoding="utf-8")
    assert main(["lexicon", "check", str(path)]) == 2
    captured = capsys.readouterr()
    assert f"{path}: line 3: empty pattern" in captured.err
    assert main(["lexicon", "check", "framing/data/lexicon.tsv"]) == 0


def test_a_corpus_of_one_word_gives_zero_not_nan(recwarn):
    frame = fightin_words({"A": ["regime"] * 6, "B": ["regime"] * 4})  # no bigrams: one word a text
    assert frame[["term", "n_outlet", "n_rest", "delta", "z"]].values.tolist() == [
        ["regime", 6, 4, 0.0, 0.0],
        ["regime", 4, 6, 0.0, 0.0],
    ]
    assert not frame["significant"].any()
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
