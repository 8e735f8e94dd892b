"""What a person sees: the dashboard in a real headless Chromium (Debian's, driven by Playwright).

Skipped when no Chromium is installed (a user's machine); in CI (CI=true) it must run.
Screenshots go to test-output/.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import ROOT, require

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("FRAMING_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") or ""
OUTPUT = ROOT / "test-output"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    require(
        bool(CHROMIUM),
        "no Chromium found: install Debian's chromium (apt-get install chromium) to run the browser test",
    )
    port = _free_port()
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "dashboard.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail(f"streamlit did not start: {process.stdout.read().decode(errors='replace')[-2000:]}")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _no_errors(page, errors):
    assert page.get_by_test_id("stException").count() == 0
    assert errors == []


def _new_page(browser):
    OUTPUT.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1800})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return page, errors


def _go(page, name):
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=name).click()
    page.get_by_role("heading", level=1).first.wait_for(timeout=60_000)


def _choose(page, label, option):
    page.get_by_test_id("stSidebar").get_by_label(label).click()
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def _open_overview(browser, url):
    """A new page at ``url`` once the Overview has drawn, and the errors it logs."""
    page, errors = _new_page(browser)
    page.goto(url)
    page.get_by_text("How each outlet tells the story").wait_for(timeout=60_000)
    return page, errors


def test_main_path_in_the_browser(server, browser):
    page, errors = _open_overview(browser, server)
    page.get_by_text("5 of 5 article(s) from 4 outlet(s).").wait_for(timeout=60_000)
    page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
    page.screenshot(path=str(OUTPUT / "1-overview.png"), full_page=True)

    _choose(page, "Outlets", "Sputnik")
    page.get_by_text("1 of 5 article(s) from 1 outlet(s).").wait_for(timeout=30_000)
    page.wait_for_function("() => window.location.search.includes('outlet=Sputnik')", timeout=10_000)
    page.screenshot(path=str(OUTPUT / "2-overview-sputnik.png"), full_page=True)
    _no_errors(page, errors)


def test_blame_cell_evidence_and_actor_filter(server, browser):
    page, errors = _open_overview(browser, server)
    _choose(page, "Actors", "Hezbollah")
    page.wait_for_function("() => window.location.search.includes('actor=Hezbollah')", timeout=20_000)
    _go(page, "Blame")
    page.get_by_text("Blame: who blames whom").wait_for(timeout=60_000)
    points = page.locator(".js-plotly-plot .scatterlayer .points path")
    points.first.wait_for(timeout=30_000)
    page.screenshot(path=str(OUTPUT / "3-blame-hezbollah.png"), full_page=True)
    box = points.first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_text("Evidence for 1 selected cell(s)").wait_for(timeout=30_000)
    page.screenshot(path=str(OUTPUT / "4-blame-evidence.png"), full_page=True)
    _go(page, "Language")
    page.get_by_text("Language of framing").wait_for(timeout=60_000)
    page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
    page.screenshot(path=str(OUTPUT / "5-language-hezbollah.png"), full_page=True)
    _no_errors(page, errors)


def test_a_tone_dot_opens_its_sentences(server, browser):
    page, errors = _open_overview(browser, f"{server}/?actor=Hezbollah")
    chart = page.locator(".js-plotly-plot", has_text="Tone toward each actor")
    points = chart.locator(".scatterlayer .points path")
    points.first.wait_for(timeout=30_000)
    box = points.first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_text("Tone toward Hezbollah: the").wait_for(timeout=30_000)
    page.locator("mark", has_text="Hezbollah").first.wait_for(timeout=30_000)
    page.screenshot(path=str(OUTPUT / "10-overview-tone-evidence.png"), full_page=True)
    _no_errors(page, errors)


def test_an_outlet_card_opens_the_sentences_it_counts(server, browser):
    page, errors = _open_overview(browser, f"{server}/?outlet=The+Times+of+Israel")
    page.get_by_role("button", name="Sentences").first.click()
    page.get_by_role("tab", name=re.compile(r"Blame it carries \(\d+\)")).wait_for(timeout=30_000)
    page.get_by_role("tab", name=re.compile(r"Top loaded terms \(\d+\)")).click()
    page.locator("mark", has_text="spy plane").first.wait_for(timeout=30_000)
    page.screenshot(path=str(OUTPUT / "11-overview-card-evidence.png"), full_page=True)
    _no_errors(page, errors)


def test_article_reader_and_other_pages(server, browser):
    page, errors = _new_page(browser)
    page.goto(f"{server}/articles?article=004_fd7891ea34951dc8")
    title = page.locator("h3.framing-title")
    title.wait_for(timeout=60_000)
    assert title.inner_text() == "(no title)"
    page.locator(".framing-blame").first.wait_for(timeout=30_000)  # the reader comes after the header and scores
    assert page.locator(".framing-blame").count() > 0 and page.locator(".framing-term").count() > 0
    page.screenshot(path=str(OUTPUT / "6-article-reader.png"), full_page=True)
    _go(page, "Data")
    page.get_by_text("Download everything").wait_for(timeout=60_000)
    page.screenshot(path=str(OUTPUT / "7-data.png"), full_page=True)
    _go(page, "Method")
    page.get_by_text("Latest measured accuracy").wait_for(timeout=60_000)
    page.screenshot(path=str(OUTPUT / "8-method.png"), full_page=True)
    _no_errors(page, errors)


HOSTILE = [
    {
        "id": "x1",
        "outlet": "<script>window.__pwned = 1</script>Evil News",
        "title": '<img src=x onerror="window.__pwned = 2"> Hostile title',
        "date": "2018-09-20",
        "text": (
            "<b>Headline</b> with <script>window.__pwned = 3</script> tags\n\n"
            'Moscow blamed Israel for the <img src=x onerror="window.__pwned = 4"> crash. '
            "[click me](javascript:window.__pwned=5) and ![pixel](http://127.0.0.1:9/x.png) and $x^2$ "
            "and :red[colour].\n"
        ),
    },
    {
        "id": "x2",
        "outlet": "[Plain](javascript:alert(1)) Outlet",
        "text": "The regime's thugs attacked. Russia denied it.\n",
    },
]


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    require(
        bool(CHROMIUM),
        "no Chromium found: install Debian's chromium (apt-get install chromium) to run the browser test",
    )
    import json

    corpus = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in HOSTILE), encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--", str(corpus)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                break
        except OSError:
            time.sleep(0.3)
    yield url
    process.terminate()
    process.wait(timeout=20)


def test_hostile_text_is_shown_literally_and_never_runs(hostile_server, browser):
    page, errors = _new_page(browser)
    for path in ("", "/blame", "/language", "/articles?article=x1", "/data"):
        page.goto(f"{hostile_server}{path}")
        page.get_by_role("heading", level=1).first.wait_for(timeout=60_000)
        page.wait_for_timeout(1500)
        assert page.evaluate("() => window.__pwned") is None, path
    page.goto(f"{hostile_server}/articles?article=x1")
    page.locator("h3.framing-title").wait_for(timeout=60_000)
    assert "<img src=x" in page.locator("h3.framing-title").inner_text()
    page.locator(".framing-segment").first.wait_for(timeout=30_000)
    reader = page.locator(".framing-segment").all_inner_texts()
    assert any("<script>window.__pwned = 3</script>" in text for text in reader)
    assert any("[click me](javascript:window.__pwned=5)" in text for text in reader)
    assert page.locator("a[href^='javascript:']").count() == 0
    page.goto(hostile_server)
    page.get_by_text("Evil News").first.wait_for(timeout=60_000)
    page.screenshot(path=str(OUTPUT / "9-hostile-corpus.png"), full_page=True)
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("a[href^='javascript:']").count() == 0
    _no_errors(page, errors)
