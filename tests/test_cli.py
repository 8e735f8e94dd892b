import csv
import io
import json
import subprocess
import sys

import jsonschema

from framing.cli import main
from framing.score import load_record_schema

from .conftest import ROOT, SEEDS

GOOD = "Storm hits coast\n\nThe storm hit the coast on Monday. Officials said damage was severe.\n"


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_score_seeds_jsonl_matches_manifest_and_schema(capsys):
    code, out, err = run(capsys, "score", str(SEEDS), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    with open(SEEDS / "manifest.csv", encoding="utf-8") as handle:
        outlets = {row["file"].removesuffix(".txt"): row["outlet"] for row in csv.DictReader(handle)}
    assert {r["id"]: r["outlet"] for r in records} == outlets
    schema = load_record_schema()
    for record in records:
        jsonschema.validate(record, schema)
    assert err.strip() == "scored 5 article(s); 0 input problem(s)"


def test_score_csv_to_file(tmp_path, capsys):
    output = tmp_path / "out.csv"
    code, out, _ = run(capsys, "score", str(SEEDS), "--format", "csv", "-o", str(output))
    assert code == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    assert [r["outlet"] for r in rows] == ["The Times of Israel", "Sputnik", "The Times of Israel", "UAWire", ""]
    assert rows[1]["n_words"] == "738"


def test_folder_with_empty_and_binary_files_scores_the_good_ones(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD.replace("Storm", "Flood"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    code, out, err = run(capsys, "score", str(tmp_path))
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]
    assert f"error: {tmp_path / 'empty.txt'}: the file is empty" in err
    assert f"error: {tmp_path / 'binary.txt'}: binary content" in err
    assert "scored 2 article(s); 2 input problem(s)" in err


def test_nothing_readable_exits_2(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, "score", str(tmp_path / "empty.txt"))
    assert code == 2 and out == ""
    assert "error: no article could be read; see the problems above" in err


def test_text_column_option(tmp_path, capsys):
    path = tmp_path / "news.csv"
    path.write_text("source,body\nDaily,The storm hit.\n", encoding="utf-8")
    code, _, err = run(capsys, "score", str(path))
    assert code == 2 and "pass --text-col" in err
    code, out, _ = run(capsys, "score", str(path), "--text-col", "body", "--outlet-col", "source")
    assert code == 0 and json.loads(out)["outlet"] == "Daily"


def test_schema_command_prints_the_schema(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out) == load_record_schema()


def test_python_dash_m_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "framing", "score", str(SEEDS / "003_d180d635636b81bf.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["outlet"] == "UAWire"
