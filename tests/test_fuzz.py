"""The whole scorer on arbitrary Unicode text: no exception, valid offsets, deterministic,
consistent counts. A fast profile runs here; `python scripts/fuzz.py` runs 10,000 examples."""

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.ingest import make_article
from framing.records import SCORED_ROLES
from framing.score import record_from_dict, record_to_dict, score_article

EXAMPLES = int(os.environ.get("FRAMING_FUZZ_EXAMPLES", "60"))

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=600) | st.lists(
    st.sampled_from(
        [
            "Moscow blamed Israel for the crash. ", "\u201cIt was deliberate,\u201d Peskov said. ", "Israel denied it.",
            "\n\n", "\n", "World\n\n", "The Hezbollah terror group", "''quoted,'' he said", "(AP Photo/X)",
            "\u200b", "\u00a0", "\ufeff", "\u202e", "\U0001f600", "<script>", "[a](b)", "Maj. Gen. ", "U.S. ",
        ]
    ),
    max_size=40,
).map("".join)  # fmt: skip


def check_record(text: str) -> None:
    record = score_article(make_article(text, id="fuzz", source="fuzz"))
    assert record == score_article(make_article(text, id="fuzz", source="fuzz"))
    length = len(text)
    spans = [(s.start, s.end) for s in record.segments] + [(s.start, s.end) for s in record.sentences]
    spans += [(t.start, t.end) for t in record.terms] + [(b.start, b.end) for b in record.blame]
    spans += [(q.content_start, q.content_end) for q in record.quotes] + [(p.start, p.end) for p in record.passives]
    assert all(0 <= start <= end <= length for start, end in spans)
    assert all(text[t.start : t.end] == t.term for t in record.terms)
    assert record_from_dict(json.loads(json.dumps(record_to_dict(record)))) == record
    assert all(s.role in SCORED_ROLES for s in record.sentences)
    assert record.tone.n_body_sentences == sum(s.role == "body" for s in record.sentences)
    assert sum(values["mentions"] for values in record.actors.values()) >= len(record.actor_tone)
    for values in record.actor_tone.values():
        assert -1 <= values["score"] <= 1


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_the_scorer_never_fails_on_arbitrary_text(text):
    if text.strip():
        check_record(text)
