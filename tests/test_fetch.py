"""URL ingestion: safe fetching and extraction, against a local server only with an allowance."""

import http.server
import threading

import pytest

from framing.errors import InputError
from framing.fetch import _checked_address, fetch, iter_urls

ARTICLE = b"""<!DOCTYPE html><html><head><title>Moscow blames Israel for the downing</title>
<meta property="og:site_name" content="The Local Gazette"><meta name="date" content="2018-09-18"></head>
<body><nav>Home | World | Sport</nav><article><h1>Moscow blames Israel for the downing</h1>
<p>The Russian Defense Ministry said on Monday that Israel bore full responsibility for the loss of its plane.</p>
<p>Israel has repeatedly denied these allegations, saying its jets were already home when the missiles were fired.</p>
<p>The Kremlin said the incident would harm relations between the two countries for a long time to come.</p>
</article><footer>Copyright 2018</footer></body></html>"""


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        routes = {
            "/article": (200, "text/html; charset=utf-8", ARTICLE, {}),
            "/redirect-local": (302, "text/html", b"", {"Location": "/article"}),
            "/redirect-metadata": (302, "text/html", b"", {"Location": "http://169.254.169.254/latest/meta-data/"}),
            "/json": (200, "application/json", b"{}", {}),
            "/bad-charset": (200, 'text/html; charset="no-such-codec"', ARTICLE, {}),
            "/huge": (200, "text/html", b"<p>" + b"x" * (6 * 1024 * 1024) + b"</p>", {}),
            "/loop": (302, "text/html", b"", {"Location": "/loop"}),
        }
        status, content_type, body, headers = routes.get(self.path, (404, "text/html", b"missing", {}))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def local():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


ALLOW = ("127.0.0.1",)  # the test-only allowance: this local server and nothing else


def test_without_the_allowance_the_local_server_is_refused(local):
    with pytest.raises(InputError, match="refused, 127.0.0.1 resolves to 127.0.0.1, a loopback address"):
        fetch(f"{local}/article")


def test_with_the_allowance_the_article_is_fetched_and_extracted(local):
    (article,) = list(iter_urls([f"{local}/article"], allow=ALLOW))
    assert article.title == "Moscow blames Israel for the downing"
    assert "bore full responsibility" in article.text and "Home | World" not in article.text
    assert article.outlet == "The Local Gazette" and article.date == "2018-09-18"
    assert article.url == f"{local}/article" and article.id.startswith("url-")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/redirect-metadata", "169.254.169.254, a link-local address"),
        ("/json", "content type 'application/json' is not an HTML page"),
        ("/huge", "larger than 5,242,880 bytes"),
        ("/loop", "more than 5 redirects"),
        ("/nothing", "the server answered 404"),
    ],
)
def test_each_refusal_is_a_clear_problem_for_that_url(local, path, message):
    problems = list(iter_urls([f"{local}{path}", "# a comment", ""], allow=ALLOW))
    assert len(problems) == 1 and message in problems[0].message


def test_redirect_within_the_allowed_server_is_followed(local):
    (article,) = list(iter_urls([f"{local}/redirect-local"], allow=ALLOW))
    assert article.url == f"{local}/article"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("ftp://example.com/x", "only http and https"),
        ("http://10.0.0.1/", "a private address"),
        ("http://192.168.1.1/", "a private address"),
        ("http://169.254.169.254/latest/meta-data/", "a link-local address"),
        ("http://[::1]/", "a loopback address"),
        ("http://[::ffff:127.0.0.1]/", "IPv4-mapped IPv6 address"),
        ("http://224.0.0.1/", "a multicast address"),
        ("http://0.0.0.0/", "an unspecified address"),
        ("http:///nohost", "no host name"),
    ],
)
def test_unsafe_urls_are_refused_before_any_connection(url, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _checked_address(url, frozenset())


def test_dashboard_refuses_loopback_and_ftp_urls_and_says_why():
    from .test_dashboard import open_page

    app = open_page("data")
    app.text_area(key="url_list").input("http://127.0.0.1:9/admin\nftp://example.org/story\n# a comment\n").run()
    app.button(key="fetch_urls").click().run()
    assert not app.exception, [e.value for e in app.exception]
    problems = next(df.value for df in app.dataframe if "problem" in df.value.columns)
    reasons = dict(zip(problems["input"], problems["problem"], strict=True))
    assert set(reasons) == {"http://127.0.0.1:9/admin", "ftp://example.org/story"}
    assert "loopback" in reasons["http://127.0.0.1:9/admin"]
    assert "http" in reasons["ftp://example.org/story"]


def test_dashboard_scores_a_fetched_article(local, monkeypatch):
    from framing.views import data

    from .test_dashboard import open_page

    monkeypatch.setattr(data, "iter_urls", lambda urls: iter_urls(urls, allow=ALLOW))
    app = open_page("data")
    app.text_area(key="url_list").input(f"{local}/article\n{local}/json\n").run()
    app.button(key="fetch_urls").click().run()
    assert not app.exception, [e.value for e in app.exception]
    problems = next(df.value for df in app.dataframe if "problem" in df.value.columns)
    assert list(problems["input"]) == [f"{local}/json"]
    from framing.views.state import UPLOAD_KEY

    (article,) = app.session_state[UPLOAD_KEY].articles.values()
    assert (article.outlet, article.title, article.date) == (
        "The Local Gazette",
        "Moscow blames Israel for the downing",
        "2018-09-18",
    )
    assert article.url == f"{local}/article"
    app.switch_page("app_pages/articles.py").run()
    assert not app.exception, [e.value for e in app.exception]


def test_an_unknown_charset_is_read_as_utf8(local):
    page = fetch(f"{local}/bad-charset", ALLOW)
    assert "Moscow blames Israel" in page.html
