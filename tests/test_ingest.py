import csv
import json
import zipfile

import pytest

from framing.errors import InputError
from framing.ingest import ColumnMap, decode, read_corpus

ARTICLE = "Storm hits coast\n\nThe storm hit the coast on Monday. Officials said damage was severe.\n"


def by_id(result):
    return {a.id: a for a in result.articles}


def test_seed_folder_reads_five_articles_with_manifest_metadata(seeds):
    assert [a.id for a in seeds.articles] == [
        "000_66bd192b543b1da8",
        "001_ebb5f1ac0d057e84",
        "002_cf69419c207182b1",
        "003_d180d635636b81bf",
        "004_fd7891ea34951dc8",
    ]
    with open("seeds/manifest.csv", encoding="utf-8") as handle:
        manifest = {row["file"].removesuffix(".txt"): row for row in csv.DictReader(handle)}
    for article in seeds.articles:
        assert article.outlet == manifest[article.id]["outlet"]
        assert article.date == manifest[article.id]["date"]
    assert seeds.problems == []


def test_article_text_is_kept_exactly_as_read(seeds):
    for article in seeds.articles:
        with open(f"seeds/{article.id}.txt", encoding="utf-8", newline="") as handle:
            assert article.text == handle.read()
    assert "\u00a0" in by_id(seeds)["001_ebb5f1ac0d057e84"].text


def test_single_txt_file_without_manifest(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = read_corpus([path])
    (article,) = result.articles
    assert (article.id, article.title, article.outlet) == ("story", "Storm hits coast", "")


def test_csv_with_column_mapping(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        'source,body,headline\nDaily,"Line one.\nLine two.",Storm\nWeekly,Another story.,\n', encoding="utf-8"
    )
    result = read_corpus([path], ColumnMap(text="body", outlet="source", title="headline"))
    assert [(a.id, a.outlet, a.title) for a in result.articles] == [
        ("news-1", "Daily", "Storm"),
        ("news-2", "Weekly", ""),
    ]
    assert result.articles[0].text == "Line one.\nLine two."


def test_csv_without_text_column_names_the_columns_and_the_fix(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("source,body\nDaily,Text.\n", encoding="utf-8")
    result = read_corpus([path])
    (problem,) = result.problems
    assert (
        problem.message
        == "column 'text' not found; columns are ['source', 'body']; pass --text-col with the column that holds the article text"
    )


def test_jsonl_malformed_line_is_reported_with_its_number_and_the_rest_read(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "One."}),
        "{not json",
        json.dumps({"id": "b", "text": "Two.", "outlet": "X"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_corpus([path])
    assert [a.id for a in result.articles] == ["a", "b"]
    (problem,) = result.problems
    assert problem.source.endswith("news.jsonl line 2")
    assert problem.message.startswith("malformed JSON")


@pytest.mark.parametrize(
    ("record", "message_start"),
    [
        ({"id": "x"}, "field 'text' is missing"),
        ({"id": "x", "text": "  "}, "field 'text' is empty"),
        ({"id": "x", "text": 5}, "field 'text' is a int"),
        (["not", "an", "object"], "expected a JSON object"),
    ],
)
def test_json_records_without_text_are_reported(tmp_path, record, message_start):
    path = tmp_path / "news.json"
    path.write_text(json.dumps([record, {"id": "ok", "text": "Fine."}]), encoding="utf-8")
    result = read_corpus([path])
    assert [a.id for a in result.articles] == ["ok"]
    assert result.problems[0].message.startswith(message_start)


def test_duplicate_ids_are_reported_and_both_kept(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n{"id": "a", "text": "Two."}\n', encoding="utf-8")
    result = read_corpus([path])
    assert [a.id for a in result.articles] == ["a", "a~2"]
    (problem,) = result.problems
    assert problem.severity == "warning" and "duplicate id 'a'" in problem.message


def test_zip_of_txt_files_with_manifest(tmp_path):
    archive = tmp_path / "corpus.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("stories/a.txt", ARTICLE)
        handle.writestr("stories/manifest.csv", "file,outlet,date,title,url\na.txt,The Daily,2024-01-02,,\n")
        handle.writestr("stories/notes.md", "ignore me")
        handle.writestr("../evil.txt", ARTICLE)
        handle.writestr("inner.zip", b"PK")
    result = read_corpus([archive])
    (article,) = result.articles
    assert (article.id, article.outlet, article.date, article.title) == (
        "a",
        "The Daily",
        "2024-01-02",
        "Storm hits coast",
    )
    messages = sorted(p.message.split(";")[0] for p in result.problems)
    assert messages == [
        "nested archives are not read",
        "skipped: .md is not a supported type",
        "unsafe name in archive (absolute or with '..')",
    ]


def test_folder_with_empty_and_binary_files_still_reads_the_good_ones(tmp_path):
    (tmp_path / "good1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "good2.txt").write_text(ARTICLE.replace("Storm", "Flood"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = read_corpus([tmp_path])
    assert sorted(a.id for a in result.articles) == ["good1", "good2"]
    assert sorted((p.source.rsplit("/", 1)[-1], p.message.split(";")[0]) for p in result.problems) == [
        ("empty.txt", "the file is empty"),
        ("image.txt", "binary content (5 NUL bytes), not text"),
    ]


def test_missing_path_is_a_problem_not_a_crash(tmp_path):
    result = read_corpus([tmp_path / "nope.txt"])
    assert result.articles == [] and result.problems[0].message == "no such file or folder; check the path"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Café says “no”.".encode(), "Café says “no”.", "utf-8"),
        (b"\xef\xbb\xbfBOM text.", "BOM text.", "utf-8-sig"),
        ("Caf\u00e9 \u201cquoted\u201d.".encode("cp1252"), "Caf\u00e9 \u201cquoted\u201d.", "cp1252"),
        (b"Undefined \x81 byte.", "Undefined \x81 byte.", "latin-1"),
        ("UTF-16 text.".encode("utf-16"), "UTF-16 text.", "utf-16"),
    ],
)
def test_decode_tries_utf8_then_cp1252_then_latin1(data, text, encoding):
    assert decode(data, "f.txt") == (text, encoding)


def test_fallback_encoding_is_reported(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\u00e9 story. It was fine.".encode("cp1252"))
    result = read_corpus([path])
    assert len(result.articles) == 1
    assert result.problems[0].severity == "warning" and "decoded as cp1252" in result.problems[0].message


@pytest.mark.parametrize("data", [b"", b"  \n\t ", b"\x00\x01\x02binary"])
def test_decode_rejects_empty_and_binary(data):
    with pytest.raises(InputError, match="f.txt: (the file is empty|binary content)"):
        decode(data, "f.txt")


def test_unparseable_date_is_kept_and_warned(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "One.", "date": "last Tuesday"}\n', encoding="utf-8")
    result = read_corpus([path])
    assert result.articles[0].date == "last Tuesday"
    assert "not ISO 8601" in result.problems[0].message
