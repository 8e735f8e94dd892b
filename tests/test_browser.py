"""What a person sees: the dashboard in a real headless Chromium (Debian's, driven by Playwright).

Skipped when no Chromium is installed (a user's machine); in CI (CI=true) it must run.
Screenshots go to test-output/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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


def test_filter_by_outlet_in_the_browser(server, browser):
    OUTPUT.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1600})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server)
    page.get_by_text("How each outlet tells the story").wait_for(timeout=60_000)
    page.get_by_text("5 of 5 article(s) from 4 outlet(s).").wait_for(timeout=60_000)

    page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").click()
    page.get_by_role("option", name="Sputnik", exact=True).click()
    page.keyboard.press("Escape")
    page.get_by_text("1 of 5 article(s) from 1 outlet(s).").wait_for(timeout=30_000)
    page.wait_for_function("() => window.location.search.includes('outlet=Sputnik')", timeout=10_000)
    page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
    page.screenshot(path=str(OUTPUT / "overview-filtered-sputnik.png"), full_page=True)

    assert page.get_by_test_id("stException").count() == 0
    assert errors == []


def test_opening_an_article_shows_escaped_segments(server, browser):
    OUTPUT.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1600})
    page.goto(f"{server}/?article=001_ebb5f1ac0d057e84")
    title = page.locator("h3.framing-title")
    title.wait_for(timeout=60_000)
    assert title.inner_text() == "Kremlin Denies Russia Rejected Offer on Netanyahu Visit After Il-20 Downing"
    segment = page.locator('.framing-segment[data-role="boilerplate"]').first
    segment.wait_for(timeout=30_000)
    assert "World" in segment.inner_text()
    page.screenshot(path=str(OUTPUT / "article-reader.png"), full_page=True)
    assert Path(OUTPUT / "article-reader.png").stat().st_size > 10_000
