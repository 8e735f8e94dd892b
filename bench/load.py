"""Load test: concurrent dashboard sessions against a large scored corpus, on loopback.

Usage: python bench/load.py [--sessions 20] [--articles 10000] [--rounds 1] [--store PATH]

Builds a corpus of N articles with bench/make_corpus.py and scores it into a DuckDB store
(or opens --store, building it there if it is missing), starts
`streamlit run dashboard.py -- STORE` on 127.0.0.1, then opens S sessions at once over
Streamlit's own WebSocket protocol, as a browser does. Each session visits every page,
and filtered views of them (outlet, actor, voice, category), ROUNDS times. A step is one
script run: the time from the request to the server's "script finished". An error is
an exception shown on a page, a run that does not finish successfully, a step over the
timeout, or a dropped connection.

Prints the number of steps and errors, latency percentiles per page and overall, and the
server's resident memory (idle with the corpus loaded, and peak under load). Exits 1 if
any step failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parents[1]
FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY}
# (page url path, query string): every page, then filtered views a reader would open.
STEPS = (
    ("overview", ""),
    ("blame", ""),
    ("language", ""),
    ("articles", ""),
    ("data", ""),
    ("method", ""),
    ("overview", "outlet=Sputnik"),
    ("blame", "actor=Israel"),
    ("language", "voice=direct+quotes"),
    ("language", "category=labeling&outlet=UAWire"),
    ("blame", "actor=Hezbollah&voice=outlet%27s+wording"),
)


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def build_store(articles: int, store: Path | None, folder: Path) -> Path:
    corpus, store = folder / "corpus.jsonl", store or folder / "corpus.duckdb"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(articles), str(corpus)], check=True)
    print(f"scoring {articles:,} articles into {store} …", flush=True)
    jobs = str(max(1, (os.cpu_count() or 1)))
    subprocess.run(
        [sys.executable, "-m", "framing", "score", str(corpus), "-o", str(store), "--jobs", jobs],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return store


def start_server(store: Path, port: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "dashboard.py"),
        "--server.headless=true",
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--browser.gatherUsageStats=false",
        "--",
        str(store),
    ]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the Streamlit server did not start within 60 s")


def rerun(page_hash: str, query: str) -> bytes:
    message = BackMsg()
    message.rerun_script.query_string = query
    message.rerun_script.page_script_hash = page_hash
    return message.SerializeToString()


async def run_step(connection, request: bytes, timeout: float) -> tuple[float, list[str], ForwardMsg | None]:  # type: ignore[no-untyped-def]
    """Seconds to "script finished", the problems seen, and the navigation message if any."""
    problems: list[str] = []
    navigation = None
    start = time.perf_counter()
    await connection.send(request)
    while True:
        raw = await asyncio.wait_for(connection.recv(), timeout)
        message = ForwardMsg()
        message.ParseFromString(raw)
        kind = message.WhichOneof("type")
        if kind == "navigation":
            navigation = message
        elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            if message.delta.new_element.WhichOneof("type") == "exception":
                exception = message.delta.new_element.exception
                problems.append(f"{exception.type}: {exception.message[:200]}")
        elif kind == "session_event" and message.session_event.WhichOneof("type") == "script_compilation_exception":
            problems.append("script compilation error")
        elif kind == "script_finished":
            if message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                continue
            if message.script_finished not in FINISHED:
                problems.append(f"script finished with status {message.script_finished}")
            return time.perf_counter() - start, problems, navigation


async def session(number: int, port: int, rounds: int, timeout: float, results: Results) -> None:
    # No keep-alive pings: a browser sends none, and a busy server would be blamed for late pongs.
    url = f"ws://127.0.0.1:{port}/_stcore/stream"
    try:
        async with websockets.connect(
            url, subprotocols=["streamlit"], max_size=None, open_timeout=timeout, ping_interval=None
        ) as ws:  # type: ignore[list-item]
            seconds, problems, navigation = await run_step(ws, rerun("", ""), timeout)
            results.latencies.setdefault("first load", []).append(seconds)
            results.errors += [f"session {number} first load: {p}" for p in problems]
            if navigation is None:
                results.errors.append(f"session {number}: no navigation message")
                return
            hashes = {
                page.url_pathname.strip("/") or "overview": page.page_script_hash
                for page in navigation.navigation.app_pages
            }
            for _ in range(rounds):
                for page, query in STEPS:
                    seconds, problems, _ = await run_step(ws, rerun(hashes[page], query), timeout)
                    label = page + ("?" + query if query else "")
                    results.latencies.setdefault(page, []).append(seconds)
                    results.errors += [f"session {number} {label}: {p}" for p in problems]
    except (TimeoutError, OSError, websockets.WebSocketException) as error:
        results.errors.append(f"session {number}: {type(error).__name__} {error}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class MemoryWatch(threading.Thread):
    """Peak resident memory of the server process and its children, sampled every 0.1 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.peak = 0
        self.running = True

    def rss(self) -> int:
        processes = [self.process, *self.process.children(recursive=True)]
        return sum(p.memory_info().rss for p in processes if p.is_running())

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, self.rss())
            time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=1, help="times each session visits every step")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds one step may take (an error if over)")
    parser.add_argument("--store", type=Path, help="a scored store to open (built there first if missing)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temporary:
        store = (
            args.store
            if args.store and args.store.exists()
            else build_store(args.articles, args.store, Path(temporary))
        )
        port = free_port()
        server = start_server(store, port)
        try:
            watch = MemoryWatch(server.pid)
            warm = Results()
            asyncio.run(session(0, port, 0, args.timeout, warm))  # the corpus is loaded once, here
            if warm.errors:
                raise SystemExit("the warm-up session failed: " + "; ".join(warm.errors))
            idle = watch.rss()
            watch.start()
            results = Results()
            start = time.perf_counter()

            async def everyone() -> None:
                await asyncio.gather(
                    *(session(n, port, args.rounds, args.timeout, results) for n in range(1, args.sessions + 1))
                )

            asyncio.run(everyone())
            elapsed = time.perf_counter() - start
            watch.running = False
            watch.join()
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()

    steps = sum(len(values) for values in results.latencies.values())
    print(f"\n{args.sessions} concurrent sessions, {len(STEPS)} steps x {args.rounds} rounds each, store {store.name}")
    print(f"{steps} script runs in {elapsed:.1f} s, {len(results.errors)} error(s)")
    print(f"\n{'page':<12}{'runs':>6}{'p50 s':>8}{'p90 s':>8}{'p99 s':>8}{'max s':>8}")
    everything = [value for values in results.latencies.values() for value in values]
    for name, values in [*sorted(results.latencies.items()), ("all", everything)]:
        if values:
            print(
                f"{name:<12}{len(values):>6}{statistics.median(values):>8.2f}{percentile(values, 0.9):>8.2f}"
                f"{percentile(values, 0.99):>8.2f}{max(values):>8.2f}"
            )
    print(f"\nserver memory: {idle / 2**20:,.0f} MB idle with the corpus loaded, {watch.peak / 2**20:,.0f} MB peak")
    for error in results.errors[:20]:
        print("error:", error)
    sys.exit(1 if results.errors else 0)


if __name__ == "__main__":
    main()
