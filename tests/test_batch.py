"""Batch scoring: stores, resume after a crash, the process pool and the Dask engine."""

import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pandas as pd
import pytest

from framing.batch import batches, config_for, config_hash, score_dask, score_local
from framing.cli import main
from framing.ingest import read_corpus
from framing.store import DuckDBStore

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_corpus.py"), "40", str(path)], check=True, capture_output=True
    )
    return path


def count(database, table):
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(f"SELECT count(*), count(DISTINCT id) FROM {table}").fetchone()


def test_duckdb_store_holds_every_table_and_a_run(tmp_path, capsys):
    database = tmp_path / "c.duckdb"
    assert main(["score", str(SEEDS), "-o", str(database), "--jobs", "1", "--batch-size", "2"]) == 0
    assert count(database, "articles") == (5, 5)
    assert count(database, "blame")[0] == 38
    with duckdb.connect(str(database), read_only=True) as connection:
        runs = connection.execute("SELECT version, config_hash FROM runs").fetchall()
        sids = connection.execute("SELECT count(*), count(DISTINCT sid), max(sid) FROM sentences").fetchone()
    assert runs == [("0.1.0", config_hash(config_for()))]
    assert sids[0] == sids[1] == sids[2] + 1  # sentence numbers unique across batches
    assert "\r" not in capsys.readouterr().err  # no progress bar when stderr is not a terminal


def test_rerun_skips_what_is_already_scored(tmp_path, capsys):
    database = tmp_path / "c.duckdb"
    main(["score", str(SEEDS), "-o", str(database), "--jobs", "1"])
    capsys.readouterr()
    assert main(["score", str(SEEDS), "-o", str(database), "--jobs", "1"]) == 0
    assert "5 already scored" in capsys.readouterr().err
    assert count(database, "articles") == (5, 5)


def test_a_crash_mid_run_loses_nothing_and_scores_nothing_twice(tmp_path, corpus, monkeypatch):
    database = tmp_path / "c.duckdb"
    original = DuckDBStore.write
    calls = {"n": 0}

    def failing_write(self, tables):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("simulated crash")
        original(self, tables)

    monkeypatch.setattr(DuckDBStore, "write", failing_write)
    with pytest.raises(RuntimeError, match="simulated crash"):
        main(["score", str(corpus), "-o", str(database), "--jobs", "1", "--batch-size", "7"])
    assert count(database, "articles") == (14, 14)  # two whole batches, nothing of the third
    monkeypatch.setattr(DuckDBStore, "write", original)
    assert main(["score", str(corpus), "-o", str(database), "--jobs", "2", "--batch-size", "7"]) == 0
    assert count(database, "articles") == (40, 40)
    clean = tmp_path / "clean.duckdb"
    main(["score", str(corpus), "-o", str(clean), "--jobs", "1"])
    assert count(database, "blame")[0] == count(clean, "blame")[0]


def test_killing_the_process_and_rerunning_finishes_the_parquet_corpus(tmp_path, corpus):
    output = tmp_path / "parquet"
    command = [sys.executable, "-m", "framing", "score", str(corpus), "-o", str(output), "--format", "parquet"]
    process = subprocess.Popen([*command, "--jobs", "1", "--batch-size", "4"], cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not (output / "articles" / "part-00001.parquet").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(pd.read_parquet(output / "articles")) if (output / "articles").exists() else 0
    assert 0 < done_before < 40
    subprocess.run([*command, "--jobs", "2"], cwd=ROOT, check=True, capture_output=True)
    ids = pd.read_parquet(output / "articles", columns=["id"])["id"]
    assert len(ids) == 40 and ids.is_unique
    assert json.loads((output / "framing-run.json").read_text())["config_hash"] == config_hash(config_for())


def test_another_configuration_is_refused(tmp_path, capsys):
    database = tmp_path / "c.duckdb"
    main(["score", str(SEEDS / "003_d180d635636b81bf.txt"), "-o", str(database), "--jobs", "1"])
    actors = tmp_path / "extra.toml"
    actors.write_text('[[actor]]\nname = "Wagner"\naliases = ["Wagner Group"]\n', encoding="utf-8")
    code = main(["score", str(SEEDS), "-o", str(database), "--actors", str(actors), "--jobs", "1"])
    assert code == 2 and "scored with another configuration" in capsys.readouterr().err


def test_process_pool_equals_one_process(corpus):
    articles = read_corpus([corpus]).articles
    one = [r for _, records in score_local(batches(articles, 7, print), jobs=1) for r in records]
    two = [r for _, records in score_local(batches(articles, 7, print), jobs=2) for r in records]
    assert one == two


def test_dask_local_cluster_equals_the_local_engine_record_for_record(corpus):
    pytest.importorskip("dask.distributed")
    articles = read_corpus([corpus]).articles
    local = [r for _, records in score_local(batches(articles, 10, print), jobs=1) for r in records]
    dask = [r for _, records in score_dask(batches(articles, 10, print), None, workers=2) for r in records]
    assert dask == local


@pytest.mark.parametrize("fmt", ["duckdb", "parquet"])
def test_a_store_reads_back_the_same_records_and_tables(tmp_path, fmt, seeds):
    from framing.score import record_to_dict, score_corpus
    from framing.store import is_store, open_store, read_store

    output = tmp_path / ("c.duckdb" if fmt == "duckdb" else "c")
    main(["score", str(SEEDS), "-o", str(output), "--format", fmt, "--jobs", "1", "--batch-size", "3"])
    assert is_store(output) and not is_store(SEEDS)
    articles, records, tables = read_store(output)
    fresh = {r.id: record_to_dict(r) for r in score_corpus(seeds.articles)}
    assert {r.id: record_to_dict(r) for r in records} == fresh
    assert [a.text for a in articles] == [a.text for a in sorted(seeds.articles, key=lambda a: a.id)]
    assert len(tables.blame) == 38 and list(tables.articles.columns)[:3] == ["id", "outlet", "title"]
    assert not {"text", "record"} & set(tables.articles.columns)  # the heavy columns stay on disk

    lazy_articles, lazy_records, db = open_store(output)
    assert list(lazy_articles) == [a.id for a in articles] and len(lazy_records) == len(records) == 5
    assert [lazy_records[r.id] for r in records] == records
    assert [lazy_articles[a.id].text for a in articles] == [a.text for a in articles]
    pd.testing.assert_frame_equal(db.query("SELECT * FROM sentences ORDER BY sid"), tables.sentences, check_dtype=False)
    with pytest.raises(KeyError):
        lazy_articles["no such id"]


def test_the_dashboard_opens_a_scored_store_named_on_the_command_line(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from framing.views.state import DASHBOARD

    store = tmp_path / "c.duckdb"
    main(["score", str(SEEDS), "-o", str(store), "--jobs", "1"])
    monkeypatch.setattr(sys, "argv", [str(DASHBOARD), str(store)])
    app = AppTest.from_file(str(DASHBOARD), default_timeout=120)
    app.run()
    assert not app.exception
    assert app.sidebar.caption[-1].value.replace("\\", "").startswith("Corpus: c.duckdb (scored store) · 5 article(s)")
    app.switch_page("app_pages/blame.py").run()
    assert not app.exception and len(app.dataframe[0].value) == 38


@pytest.mark.parametrize("fmt", ["duckdb", "parquet"])
def test_a_store_from_an_earlier_version_is_refused_with_the_fix(tmp_path, monkeypatch, fmt):
    from framing.errors import InputError
    from framing.store import open_store

    store = tmp_path / ("old.duckdb" if fmt == "duckdb" else "old")
    main(["score", str(SEEDS), "-o", str(store), "--format", fmt, "--jobs", "1"])
    if fmt == "duckdb":
        with duckdb.connect(str(store)) as connection:
            connection.execute("ALTER TABLE mentions DROP COLUMN tone")
    else:
        for part in (store / "mentions").glob("part-*.parquet"):
            pd.read_parquet(part).drop(columns=["tone"]).to_parquet(part)
    with pytest.raises(InputError, match=r"written by an earlier version of framing \(no mentions\.tone\); score"):
        open_store(store)

    from streamlit.testing.v1 import AppTest

    from framing.views.state import DASHBOARD

    monkeypatch.setattr(sys, "argv", [str(DASHBOARD), str(store)])
    app = AppTest.from_file(str(DASHBOARD), default_timeout=120)
    app.run()
    assert not app.exception and "earlier version of framing" in app.error[0].value


def test_the_configuration_hash_changes_with_the_scorer_revision(monkeypatch) -> None:
    import framing.batch

    before = config_hash(config_for())
    monkeypatch.setattr(framing.batch, "SCORER_REVISION", framing.batch.SCORER_REVISION + 1)
    assert config_hash(config_for()) != before
