"""Articles from URLs, fetched safely and extracted with trafilatura.

Safe by construction: only http and https; the host is resolved and every address is
checked (loopback, private, link-local such as 169.254.169.254, multicast, reserved,
unspecified and IPv4-mapped IPv6 addresses are refused); the connection goes to the
checked address (so a second DNS answer cannot redirect it); every redirect is checked the
same way, at most ``MAX_REDIRECTS``; connect and read timeouts; at most
``MAX_FETCH_BYTES`` read; HTML content types only. Each refusal is a ``Problem`` naming the
URL and the reason. ``allow`` lists addresses a test may reach (a local server); nothing
else can turn the checks off.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import urllib3

from framing.defaults import FETCH_CONNECT_TIMEOUT, FETCH_READ_TIMEOUT, MAX_FETCH_BYTES, MAX_REDIRECTS
from framing.errors import InputError
from framing.ingest import make_article
from framing.records import Article, Problem

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Page:
    url: str
    html: str


def _refused(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return "an IPv4-mapped IPv6 address"
    checks = (
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    )
    for attribute, reason in checks:
        if getattr(address, attribute):
            return reason
    return None


def _checked_address(url: str, allow: frozenset[str]) -> tuple[str, str, int, str]:
    """(scheme, host, port, address) of a URL that may be fetched, or an InputError why not."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError(f"{url}: only http and https URLs are fetched, not {parts.scheme or 'a bare path'!r}")
    if not parts.hostname:
        raise InputError(f"{url}: no host name")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise InputError(f"{url}: the host {parts.hostname!r} does not resolve ({error.strerror})") from None
    addresses = sorted({str(info[4][0]) for info in infos})
    for address in addresses:
        reason = _refused(ipaddress.ip_address(address))
        if reason and address not in allow:
            raise InputError(f"{url}: refused, {parts.hostname} resolves to {address}, {reason}")
    return parts.scheme, parts.hostname, port, addresses[0]


def fetch(url: str, allow: Iterable[str] = ()) -> Page:
    """The HTML at ``url`` after safe redirects (see the module docstring)."""
    allowed = frozenset(allow)
    timeout = urllib3.Timeout(connect=FETCH_CONNECT_TIMEOUT, read=FETCH_READ_TIMEOUT)
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, address = _checked_address(url, allowed)
        parts = urlsplit(url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if scheme == "https":
            pool: urllib3.HTTPConnectionPool = urllib3.HTTPSConnectionPool(
                address, port, timeout=timeout, server_hostname=host, assert_hostname=host, retries=False
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
        try:
            response = pool.urlopen(
                "GET", path, headers={"Host": host, "User-Agent": "framing"}, redirect=False, preload_content=False
            )
        except urllib3.exceptions.HTTPError as error:
            raise InputError(f"{url}: could not be fetched ({type(error).__name__}: {error})") from None
        if response.status in (301, 302, 303, 307, 308) and response.headers.get("Location"):
            url = urljoin(url, response.headers["Location"])
            response.release_conn()
            continue
        return _read(url, response)
    raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects")


def _read(url: str, response: urllib3.BaseHTTPResponse) -> Page:
    if response.status != 200:
        raise InputError(f"{url}: the server answered {response.status}")
    content_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in _HTML_TYPES:
        raise InputError(f"{url}: content type {content_type or 'missing'!r} is not an HTML page")
    body = response.read(MAX_FETCH_BYTES + 1, decode_content=True)
    response.release_conn()
    if len(body) > MAX_FETCH_BYTES:
        raise InputError(f"{url}: the page is larger than {MAX_FETCH_BYTES:,} bytes; not read")
    charset = response.headers.get("Content-Type", "").partition("charset=")[2].strip(" \"'") or "utf-8"
    try:
        return Page(url, body.decode(charset, errors="replace"))
    except LookupError:  # an unknown charset name: read it as UTF-8
        return Page(url, body.decode("utf-8", errors="replace"))


def extract_article(page: Page, requested: str) -> Article:
    """Text, title, date and site name of a fetched page, by trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    document: dict[str, Any]
    if extracted is None:
        document = {}
    elif isinstance(extracted, dict):
        document = extracted
    else:
        document = extracted.as_dict()
    text = document.get("text") or ""
    if not text.strip():
        raise InputError(f"{requested}: no article text found on the page")
    outlet = document.get("sitename") or document.get("hostname") or urlsplit(page.url).hostname or ""
    identifier = "url-" + hashlib.sha1(requested.encode()).hexdigest()[:12]
    return make_article(
        text,
        id=identifier,
        source=requested,
        outlet=str(outlet),
        title=str(document.get("title") or ""),
        date=str(document.get("date") or ""),
        url=page.url,
    )


def iter_urls(urls: Iterable[str], allow: Iterable[str] = ()) -> Iterator[Article | Problem]:
    """Articles from ``urls`` (blank lines and # comments skipped); each failure a Problem."""
    allowed = tuple(allow)
    for line in urls:
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            yield extract_article(fetch(url, allowed), url)
        except InputError as error:
            yield Problem(url, str(error).removeprefix(f"{url}: "))


def articles_to_jsonl(articles: Iterable[Article]) -> bytes:
    """Fetched articles as a .jsonl file that ``framing.ingest`` reads back unchanged."""
    lines = (
        json.dumps(
            {"id": a.id, "outlet": a.outlet, "title": a.title, "date": a.date, "url": a.url, "text": a.text},
            ensure_ascii=False,
        )
        for a in articles
    )
    return "".join(line + "\n" for line in lines).encode("utf-8")
