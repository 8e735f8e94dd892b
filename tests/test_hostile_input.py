"""Broken and hostile input: each bad item gets a clear problem, every good item is scored."""

import io
import json
import stat
import zipfile

import pytest

from framing.export import to_bytes
from framing.ingest import read_corpus
from framing.score import score_corpus

GOOD = "Storm hits coast\n\nThe storm hit the coast on Monday. Officials blamed Russia for the damage.\n"


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data, *link in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if link:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


#: name -> (content, expected problem text or None when the item must load, severity)
CASES = {
    "good1.txt": (GOOD.encode(), None),
    "good2.jsonl": (json.dumps({"id": "g2", "text": GOOD}).encode() + b"\n", None),
    "empty.txt": (b"", "the file is empty"),
    "whitespace.txt": (b"   \n\t  \n", "the file is empty"),
    "binary.txt": (bytes(range(256)) * 8, "binary content"),
    "nul.txt": (b"Some text\x00\x00with NUL bytes\x00 inside.", "binary content"),
    "utf16.txt": ("The storm hit the coast. Officials spoke.".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    "mixed.txt": (
        "Caf\u00e9 \u201cquoted\u201d ".encode() + "na\u00efve".encode("cp1252"),
        "not valid UTF-8; decoded as",
    ),
    "huge.txt": (("word " * 420_000).encode(), "over the 2,000,000-character limit"),
    "longline.txt": (("word " * 30_000).encode(), None),
    "missing-column.csv": (b"source,body\nDaily,The storm hit.\n", "column 'text' not found"),
    "ragged.csv": (b"id,text,outlet\nr1,The storm hit the coast.,Daily,EXTRA,MORE\nr2\n", "field 'text' is missing"),
    "newlines.csv": (b'id,text\nn1,"Line one.\nLine two."\n', None),
    "formula.csv": (b"id,text,outlet\nf1,The storm hit.,\"=cmd|' /C calc'!A0\"\n", None),
    "not-object.json": (b'["just", "strings"]', "expected a JSON object"),
    "broken.jsonl": (b'{"id": "b1", "text": "Fine."}\n{"id": broken\n', "malformed JSON"),
    "dupes.jsonl": (b'{"id": "d", "text": "One."}\n{"id": "d", "text": "Two."}\n', "duplicate id 'd'"),
    "paths.jsonl": (json.dumps({"id": "../../etc/passwd", "text": "Path-like id."}).encode() + b"\n", None),
    "page.txt": (b"<!DOCTYPE html><html><body><p>The storm hit.</p></body></html>", "looks like an HTML page"),
    "page.html": (b"<html></html>", "not a supported type"),
    "arabic.txt": (
        "\u0627\u0644\u0639\u0627\u0635\u0641\u0629 \u0636\u0631\u0628\u062a \u0627\u0644\u0633\u0627\u062d\u0644.".encode(),
        None,
    ),
    "german.txt": ("Der Sturm traf die K\u00fcste. Beamte beschuldigten Russland.".encode(), None),
    "emoji.txt": (
        "Storm \U0001f32a\ufe0f hits \U0001f30a the coast. \U0001f621 Officials blamed Russia.".encode(),
        None,
    ),
    "controls.txt": (b"The storm\x07 hit\x1b the coast. " * 2 + b"\x01" * 200, "binary content"),
    "bad-date.jsonl": (
        json.dumps({"id": "bd", "text": "Fine.", "date": "last Tuesday"}).encode() + b"\n",
        "not ISO 8601",
    ),
    "html-outlet.jsonl": (
        json.dumps({"id": "ho", "text": "Fine.", "outlet": "<b>Bold</b> News"}).encode() + b"\n",
        None,
    ),
    "archive.zip": (
        zip_bytes(
            [
                ("inside.txt", GOOD.encode()),
                ("../escape.txt", b"x"),
                ("/abs/olute.txt", b"x"),
                ("link.txt", b"/etc/passwd", "link"),
                ("nested.zip", zip_bytes([("deep.txt", b"x")])),
                ("bomb.txt", b"0" * 5_000_000),
            ]
        ),
        None,
    ),
}
ARCHIVE_PROBLEMS = {
    "../escape.txt": "unsafe name in archive",
    "/abs/olute.txt": "unsafe name in archive",
    "link.txt": "symbolic link in the archive",
    "nested.zip": "nested archives are not read",
    "bomb.txt": "times its compressed size",
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
    return folder, read_corpus([folder])


@pytest.mark.parametrize("name", sorted(n for n, (_, expected) in CASES.items() if expected))
def test_each_bad_item_is_reported_clearly(batch, name):
    folder, result = batch
    messages = [p.message for p in result.problems if p.source.startswith(str(folder / name))]
    assert any(CASES[name][1] in message for message in messages), messages


@pytest.mark.parametrize(("member", "expected"), sorted(ARCHIVE_PROBLEMS.items()))
def test_each_bad_archive_member_is_reported(batch, member, expected):
    folder, result = batch
    messages = [p.message for p in result.problems if p.source == f"{folder / 'archive.zip'}:{member}"]
    assert any(expected in message for message in messages), messages


def test_every_good_item_is_read_and_scored(batch):
    _, result = batch
    ids = {a.id for a in result.articles}
    assert {
        "good1",
        "g2",
        "longline",
        "n1",
        "f1",
        "../../etc/passwd",
        "arabic",
        "german",
        "emoji",
        "ho",
        "inside",
    } <= ids
    assert "huge" not in ids and "empty" not in ids and "binary" not in ids
    records = score_corpus(result.articles)
    assert len(records) == len(result.articles)
    assert any(r.id == "utf16" for r in records)


def test_formula_injection_is_neutralised_in_csv_export(batch):
    import pandas as pd

    _, result = batch
    outlet = next(a.outlet for a in result.articles if a.id == "f1")
    exported = to_bytes(pd.DataFrame({"outlet": [outlet, "Plain", "-1", "@x", "+2"]}), "csv").decode()
    assert exported.splitlines()[1].startswith("'=cmd")
    assert exported.splitlines()[3:] == ["'-1", "'@x", "'+2"]


def test_many_tiny_articles_stream_without_trouble(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"t{i}", "text": "Tiny."}) + "\n" for i in range(100_000)), encoding="utf-8"
    )
    from framing.ingest import iter_corpus

    count = sum(1 for item in iter_corpus([path]) if not hasattr(item, "severity"))
    assert count == 100_000


def test_text_without_sentence_punctuation_is_scored_in_bounded_sentences(tmp_path):
    # A scraped table or list: 6,000 words and no full stop. It becomes sentences of at
    # most MAX_SENTENCE_CHARS, each scored; the blame in it is still found.
    from framing.defaults import MAX_SENTENCE_CHARS

    text = "Storm report\n\n" + " ".join(["officials said Russia blamed Israel for the loss of the plane"] * 500)
    (tmp_path / "run-on.txt").write_text(text, encoding="utf-8")
    result = read_corpus([tmp_path])
    assert not result.problems
    (record,) = score_corpus(result.articles)
    body = [s for s in record.sentences if s.role == "body"]
    assert len(body) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in body)
    assert all(s.tone is not None for s in body)
    assert {(b.source, b.target) for b in record.blame} == {("Russia", "Israel")}
