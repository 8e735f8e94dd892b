"""Command line: ``framing score``, ``report``, ``schema``, ``evaluate``, ``lexicon`` and ``actors``.

Parses arguments, calls the library, and maps ``FramingError`` to exit code 2 with its
message. Problems with single inputs go to standard error; records go to standard output
or ``-o FILE``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import itertools
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from framing import __version__
from framing.actors import load_registry, suggest_actors
from framing.batch import Batch, Progress, batches, config_for, config_hash, count_items, score_dask, score_local
from framing.defaults import SCORE_BATCH_SIZE
from framing.errors import FramingError
from framing.evaluation import (
    evaluate_babe,
    evaluate_basil,
    evaluate_blame,
    evaluate_quotes,
    evaluate_tone,
    format_blame_scores,
    format_quote_scores,
    format_tone_scores,
)
from framing.fetch import iter_urls
from framing.ingest import SUPPORTED_SUFFIXES, ColumnMap, iter_corpus, read_corpus
from framing.lexicon import MASK, check_lexicon
from framing.records import Article, Problem
from framing.report import build_report, format_report
from framing.score import ScoreConfig, flatten_record, load_record_schema, record_to_dict, score_article
from framing.store import DuckDBStore, ParquetStore, batch_tables

EXIT_OK = 0
EXIT_ERROR = 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing", description="Media-framing analysis: blame, loaded terms and tone per article and outlet."
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    score = commands.add_parser(
        "score",
        help="score articles and write one record per article",
        description=f"Score every article in PATHs (files of type {', '.join(SUPPORTED_SUFFIXES)} or folders of them) "
        "and write one record per article. Problems with single inputs are listed on standard error; "
        "the exit code is 2 only when nothing could be read.",
    )
    score.add_argument("paths", nargs="*", metavar="PATH", help="input files or folders")
    score.add_argument(
        "--urls", metavar="FILE", help="also fetch the article at each URL in FILE (one per line) and score it"
    )
    score.add_argument(
        "--format",
        choices=("jsonl", "csv", "parquet", "duckdb"),
        help="jsonl: full records; csv: one row of counts per article; parquet: a folder of tables; "
        "duckdb: a database of tables (default: from the -o name, .duckdb → duckdb, else jsonl)",
    )
    score.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    score.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, metavar="N", help="worker processes (default: the cores)"
    )
    score.add_argument(
        "--batch-size", type=int, default=SCORE_BATCH_SIZE, metavar="N",
        help=f"articles per batch, written atomically (default: {SCORE_BATCH_SIZE})",
    )  # fmt: skip
    score.add_argument("--engine", choices=("local", "dask"), default="local", help="local process pool, or Dask")
    score.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler of an existing cluster (default: a local one)"
    )
    defaults = ColumnMap()
    for name in ("text", "id", "outlet", "title", "date", "url"):
        score.add_argument(
            f"--{name}-col",
            default=getattr(defaults, name),
            metavar="NAME",
            help=f"CSV column / JSON field holding the {name} (default: {getattr(defaults, name)})",
        )

    score.add_argument(
        "--actors",
        action="append",
        default=[],
        metavar="FILE",
        help="an actor file (TOML, see framing/data/README.md) added to the bundled ones; repeatable",
    )

    commands.add_parser(
        "schema",
        help="print the JSON Schema of a score record",
        description="Print the JSON Schema of one `framing score` record.",
    )

    evaluate = commands.add_parser(
        "evaluate",
        help="measure an extractor against gold data",
        description="Measure an extractor against gold data and print precision, recall and F1.",
    )
    evaluate.add_argument(
        "task",
        choices=("quotes", "blame", "babe", "basil", "tone"),
        help="quotes: the voice layer on PolNeAR; blame: blame statements on the seed gold; "
        "babe / basil: loaded terms on BABE / BASIL; tone: tone toward targets on NewsMTSC",
    )
    evaluate.add_argument("gold", metavar="GOLD", help="gold file, e.g. ../shared/eval/polnear_dev.jsonl")
    evaluate.add_argument(
        "--corpus", action="append", metavar="PATH", help="blame: the articles the gold names (default: seeds)"
    )
    evaluate.add_argument("--write", metavar="FILE", help="also write the scores as JSON here")

    report = commands.add_parser(
        "report",
        help="naming table, distinctive terms and passive rates per outlet",
        description="Score the articles in PATHs and print, per outlet: how actors and key objects are named, "
        "the terms that set each outlet apart (Fightin' Words), and passive clauses without an agent.",
    )
    report.add_argument("paths", nargs="+", metavar="PATH", help="input files or folders")
    report.add_argument("--what", choices=("all", "naming", "distinctive", "passives"), default="all")
    report.add_argument(
        "--top", type=int, default=10, metavar="N", help="distinctive terms shown per outlet (default: 10)"
    )

    lexicon = commands.add_parser(
        "lexicon",
        help="validate a lexicon file",
        description="Validate a lexicon (.tsv, .csv or LIWC-style .dic) and report every bad row by line. "
        "Exit code 2 when a row is bad.",
    )
    lexicon.add_argument("action", choices=("check",))
    lexicon.add_argument("file", metavar="FILE")

    actors = commands.add_parser(
        "actors",
        help="suggest actors missing from the registry",
        description="List frequent capitalised names in a corpus that no actor in the registry covers, "
        "to add to an actor file.",
    )
    actors.add_argument("action", choices=("suggest",))
    actors.add_argument("paths", nargs="+", metavar="PATH", help="input files or folders")
    actors.add_argument("--min-count", type=int, default=2, metavar="N", help="least occurrences listed (default: 2)")
    actors.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actor file; repeatable")
    return parser


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output and Path(args.output).suffix.lower() in (".duckdb", ".db"):
        return "duckdb"
    return "jsonl"


def _scored(args: argparse.Namespace, skip: set[str], progress: Progress) -> Iterator[Batch]:
    names = ("text", "id", "outlet", "title", "date", "url")
    columns = ColumnMap(**{name: getattr(args, f"{name}_col") for name in names})

    def report(problem: Problem) -> None:
        args.n_errors += problem.severity == "error"
        print(problem, file=sys.stderr)

    def fresh(items: Iterator[Article | Problem]) -> Iterator[Article | Problem]:
        for item in items:
            if isinstance(item, Article) and item.id in skip:
                progress.skipped += 1
                continue
            yield item

    items: Iterator[Article | Problem] = iter_corpus(args.paths, columns)
    if args.urls:
        urls = Path(args.urls).read_text(encoding="utf-8").splitlines()
        items = itertools.chain(items, iter_urls(urls))
    groups = batches(fresh(items), args.batch_size, report)
    actor_paths = tuple(args.actors)
    if args.engine == "dask":
        return score_dask(groups, args.scheduler, max(args.jobs, 1), actor_paths)
    return score_local(groups, args.jobs, actor_paths)


def _score(args: argparse.Namespace) -> int:
    if not args.paths and not args.urls:
        print("error: name input files or folders, or a file of URLs with --urls", file=sys.stderr)
        return EXIT_ERROR
    fmt = _output_format(args)
    if fmt in ("duckdb", "parquet") and not args.output:
        print(f"error: --format {fmt} writes to a database or folder; name it with -o", file=sys.stderr)
        return EXIT_ERROR
    config = config_for(tuple(args.actors))
    args.n_errors = 0
    progress = Progress.for_terminal(count_items(args.paths))
    n_articles = 0
    if fmt in ("duckdb", "parquet"):
        store = (DuckDBStore if fmt == "duckdb" else ParquetStore)(args.output, config_hash(config))
        skip = store.scored_ids()
        store.start_run({"inputs": list(args.paths), "actors": list(args.actors), "engine": args.engine})
        for articles, records in _scored(args, skip, progress):
            store.write(batch_tables(articles, records, config.registry, store.next_sid()))
            n_articles += len(records)
            progress.advance(len(records))
        store.close()
    else:
        with _open_output(args.output) as stream:
            writer: csv.DictWriter[str] | None = None
            for _, records in _scored(args, set(), progress):
                for record in records:
                    if fmt == "jsonl":
                        stream.write(json.dumps(record_to_dict(record), ensure_ascii=False) + "\n")
                    else:
                        row = flatten_record(record)
                        if writer is None:
                            writer = csv.DictWriter(stream, fieldnames=list(row))
                            writer.writeheader()
                        writer.writerow(row)
                    n_articles += 1
                progress.advance(len(records))
    progress.finish()
    skipped = f"; {progress.skipped} already scored in {args.output}, skipped" if progress.skipped else ""
    print(f"scored {n_articles} article(s); {args.n_errors} input problem(s){skipped}", file=sys.stderr)
    if n_articles == 0 and not progress.skipped:
        print("error: no article could be read; see the problems above", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with Path(path).open("w", encoding="utf-8", newline="") as stream:
        yield stream


def _evaluate(args: argparse.Namespace) -> int:
    if args.task == "blame":
        blame_scores = evaluate_blame(args.gold, args.corpus or ["seeds"])
        print(f"blame on {args.gold} (match: article, source, target, kind; gold evidence inside the sentence)")
        print(format_blame_scores(blame_scores))
        results: dict[str, object] = blame_scores.as_dict()
    elif args.task == "tone":
        tone = evaluate_tone(args.gold)
        print(f"tone toward targets on {args.gold} (three classes), next to sentence-level VADER")
        print(format_tone_scores(tone))
        results = tone.as_dict()
    elif args.task == "babe":
        babe = evaluate_babe(args.gold)
        print(f"loaded terms on {args.gold}: flagged words vs the experts' biased words (biased sentences)")
        print(f"precision {babe.words.precision:.3f}  recall {babe.words.recall:.3f}  F1 {babe.words.f1:.3f}")
        print(f"ROC AUC of the flagged-word share, biased vs non-biased sentences: {babe.auc:.3f}")
        results = babe.as_dict()
    elif args.task == "basil":
        basil = evaluate_basil(args.gold)
        print(f"loaded terms on {args.gold}")
        print(
            "recall of lexical-bias spans (any overlap): "
            + ", ".join(f"{k} {c.recall:.3f} (n={c.n_gold})" for k, c in basil.recall.items())
        )
        print(
            "share of flagged spans inside annotated bias spans: "
            + ", ".join(f"{k} {c.precision:.3f} (n={c.n_predicted})" for k, c in basil.inside.items())
        )
        direct = basil.direct
        print(
            f"voice: spans we label direct vs spans BASIL marks as quoted ({direct.n_gold} quoted spans): "
            f"precision {direct.precision:.3f}  recall {direct.recall:.3f}  F1 {direct.f1:.3f}"
        )
        results = basil.as_dict()
    else:
        quote_scores = evaluate_quotes(args.gold)
        print(f"quotes on {args.gold} (content overlap: at least half of the longer span)")
        print(format_quote_scores(quote_scores))
        results = quote_scores.as_dict()
    if args.write:
        Path(args.write).parent.mkdir(parents=True, exist_ok=True)
        payload = {"task": args.task, "gold": Path(args.gold).name, **results}
        Path(args.write).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return EXIT_OK


def _suggest(args: argparse.Namespace) -> int:
    registry = load_registry(args.actors)
    texts: list[str] = []
    for item in iter_corpus(args.paths):
        if isinstance(item, Problem):
            print(item, file=sys.stderr)
        else:
            texts.extend(
                item.text[s.start : s.end] for s in item.segments if s.role in ("headline", "standfirst", "body")
            )
    for name, count in suggest_actors(texts, registry, args.min_count):
        print(f"{count}\t{name}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    result = read_corpus(args.paths)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if not result.articles:
        print("error: no article could be read; see the problems above", file=sys.stderr)
        return EXIT_ERROR
    config = ScoreConfig()
    records = [score_article(article, config) for article in result.articles]
    print(format_report(build_report(result.articles, records), args.what, args.top))
    return EXIT_OK


def _check_lexicon(args: argparse.Namespace) -> int:
    entries, problems = check_lexicon(args.file)
    for problem in problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    categories = sorted({entry.category for entry in entries} - {MASK})
    masks = sum(entry.category == MASK for entry in entries)
    stops = f" and {masks} stop phrase(s)" if masks else ""
    print(f"{args.file}: {len(entries)} usable row(s) in categories {categories}{stops}; {len(problems)} problem(s)")
    errors = [p for p in problems if "repeats line" not in p.message]
    return EXIT_ERROR if errors or not entries else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "score":
            return _score(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "actors":
            return _suggest(args)
        if args.command == "lexicon":
            return _check_lexicon(args)
        if args.command == "report":
            return _report(args)
        print(json.dumps(load_record_schema(), indent=2))
        return EXIT_OK
    except FramingError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"error: {error.strerror}: {error.filename}", file=sys.stderr)
        return EXIT_ERROR
