"""The fetcher against a real HTTP server on 127.0.0.1 (tests/portal_server.py).

Every test asserts on what the server recorded: how many requests a path got, which
headers they carried, and when they arrived.
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import json
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from arabnews_extract import (
    BlockedAddressError,
    FetchError,
    FetchSettings,
    FetchTimeout,
    HTTPStatusError,
    NotHTMLError,
    PageTooLargeError,
    RobotsDisallowed,
    aextract_url,
    afetch,
    extract_url,
    fetch,
)
from arabnews_extract.config import DEFAULT_USER_AGENT

from .conftest import FIXTURES
from .portal_server import ARTICLE, PAGES, Portal

#: Fast, test-friendly settings: 127.0.0.1 allowed, tiny backoff, short timeouts.
FAST = FetchSettings(
    allow_private_addresses=True,
    per_host_delay=0.0,
    backoff=0.01,
    read_timeout=0.3,
    retries=2,
    max_body_bytes=1_000_000,
)
ARTICLE_PATH = f"/news/{ARTICLE}"
#: The module (the package's ``fetch`` attribute is the function of that name).
fetch_module = importlib.import_module("arabnews_extract.fetch")
#: The default guard, without the default one-second politeness delay.
PUBLIC_ONLY = FetchSettings(per_host_delay=0.0, connect_timeout=0.01)


@pytest.fixture(scope="module")
def other() -> Iterator[Portal]:
    with Portal() as portal:
        yield portal


@pytest.fixture
def portal(other: Portal) -> Iterator[Portal]:
    with Portal(other=other, slow_seconds=0.8) as portal:
        yield portal


def test_fetched_holds_the_page_and_how_it_came(portal: Portal) -> None:
    fetched = fetch(portal.url(ARTICLE_PATH), settings=FAST)
    assert fetched.url == fetched.final_url == portal.url(ARTICLE_PATH)
    assert fetched.status == 200
    assert fetched.body == PAGES[ARTICLE][0]
    assert fetched.encoding == "utf-8"
    assert fetched.headers["content-type"].startswith("text/html")
    assert fetched.fetched_at.tzinfo is not None
    assert fetched.elapsed > 0


def test_requests_identify_the_crawler(portal: Portal) -> None:
    fetch(portal.url(ARTICLE_PATH), settings=FAST)
    (hit,) = portal.requests_to(ARTICLE_PATH)
    assert hit.headers["user-agent"] == DEFAULT_USER_AGENT
    assert "arabnews-extract/" in DEFAULT_USER_AGENT
    assert "br" in hit.headers["accept-encoding"]


def test_async_fetch_gives_the_same_page(portal: Portal) -> None:
    sync = fetch(portal.url(ARTICLE_PATH), settings=FAST)
    asynchronous = asyncio.run(afetch(portal.url(ARTICLE_PATH), settings=FAST))
    volatile = {"fetched_at", "elapsed", "headers"}  # headers: the Date may tick over
    assert asynchronous.model_dump(exclude=volatile) == sync.model_dump(exclude=volatile)
    assert asynchronous.headers.keys() == sync.headers.keys()


def test_a_given_client_is_used_and_left_open(portal: Portal) -> None:
    with httpx.Client(headers={"X-Test": "1"}) as client:
        fetch(portal.url(ARTICLE_PATH), client=client, settings=FAST)
        assert not client.is_closed
    (hit,) = portal.requests_to(ARTICLE_PATH)
    assert hit.headers["x-test"] == "1"


# -- retries ------------------------------------------------------------------------------


def test_500_then_200_is_retried_once(portal: Portal) -> None:
    assert fetch(portal.url("/flaky"), settings=FAST).status == 200
    assert len(portal.requests_to("/flaky")) == 2


def test_retry_after_is_honoured(portal: Portal) -> None:
    assert fetch(portal.url("/ratelimited"), settings=FAST).status == 200
    first, second = portal.requests_to("/ratelimited")
    assert second.at - first.at >= 0.95  # the server asked for "Retry-After: 1"


def test_retry_after_is_capped(portal: Portal) -> None:
    settings = FAST.model_copy(update={"max_retry_wait": 0.1})
    assert fetch(portal.url("/ratelimited"), settings=settings).status == 200
    first, second = portal.requests_to("/ratelimited")
    assert 0.09 <= second.at - first.at < 0.9


def test_503_forever_fails_after_the_retries(portal: Portal) -> None:
    with pytest.raises(HTTPStatusError) as info:
        fetch(portal.url("/down"), settings=FAST)
    assert (info.value.kind, info.value.status) == ("http-status", 503)
    assert len(portal.requests_to("/down")) == FAST.retries + 1


def test_backoff_grows_between_tries(portal: Portal) -> None:
    settings = FAST.model_copy(update={"backoff": 0.1})
    with pytest.raises(HTTPStatusError):
        fetch(portal.url("/down"), settings=settings)
    hits = portal.requests_to("/down")
    gaps = [b.at - a.at for a, b in itertools.pairwise(hits)]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1  # at least half of 0.1 * 2**attempt


def test_404_is_not_retried(portal: Portal) -> None:
    with pytest.raises(HTTPStatusError) as info:
        fetch(portal.url("/missing"), settings=FAST)
    assert info.value.status == 404
    assert len(portal.requests_to("/missing")) == 1


def test_slow_response_times_out_after_retries(portal: Portal) -> None:
    settings = FAST.model_copy(update={"retries": 1})
    with pytest.raises(FetchTimeout) as info:
        fetch(portal.url("/slow"), settings=settings)
    assert info.value.kind == "timeout"
    assert len(portal.requests_to("/slow")) == 2


def test_total_timeout_bounds_one_response(portal: Portal) -> None:
    settings = FAST.model_copy(update={"read_timeout": 5.0, "total_timeout": 0.3, "retries": 0})
    with pytest.raises(FetchTimeout):
        asyncio.run(afetch(portal.url("/slow"), settings=settings))


def test_connection_reset_mid_body_is_a_fetch_error(portal: Portal) -> None:
    with pytest.raises(FetchError) as info:
        fetch(portal.url("/reset"), settings=FAST)
    assert info.value.kind == "fetch"
    assert len(portal.requests_to("/reset")) == FAST.retries + 1


# -- limits and content -------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/huge", "/huge-chunked"])
def test_body_over_the_limit_is_refused_while_streaming(portal: Portal, path: str) -> None:
    with pytest.raises(PageTooLargeError) as info:
        fetch(portal.url(path), settings=FAST)
    assert info.value.kind == "too-large"
    assert len(portal.requests_to(path)) == 1


@pytest.mark.parametrize("path", ["/doc.pdf", "/image.png"])
def test_non_html_content_is_refused(portal: Portal, path: str) -> None:
    with pytest.raises(NotHTMLError) as info:
        fetch(portal.url(path), settings=FAST)
    assert info.value.kind == "not-html"
    with pytest.raises(NotHTMLError):
        asyncio.run(aextract_url(portal.url(path), settings=FAST))


@pytest.mark.parametrize("method", ["gzip", "br"])
def test_compressed_bodies_are_decoded(portal: Portal, method: str) -> None:
    fetched = fetch(portal.url(f"/{method}{ARTICLE_PATH}"), settings=FAST)
    assert fetched.body == PAGES[ARTICLE][0]
    assert fetched.headers["content-encoding"] == method


@pytest.mark.parametrize(
    ("path", "encoding"),
    [
        ("/legacy/header", "cp1256"),  # charset in the HTTP header only
        ("/legacy/meta", None),  # charset in <meta http-equiv> only
        ("/legacy/none", None),  # declared nowhere: detection
        ("/legacy/wrong-header", "utf-8"),  # the header lies
    ],
)
def test_windows_1256_pages_read_right(portal: Portal, path: str, encoding: str | None) -> None:
    expected = json.loads(
        (FIXTURES / "legacy" / "cp1256-table" / "expected.json").read_text(encoding="utf-8")
    )
    assert fetch(portal.url(path), settings=FAST).encoding == encoding
    article = extract_url(portal.url(path), settings=FAST)
    assert article.title == expected["title"]
    assert article.body[0] == expected["body"][0]
    assert asyncio.run(aextract_url(portal.url(path), settings=FAST)) == article


# -- redirects ----------------------------------------------------------------------------


def test_redirect_chain_is_followed(portal: Portal) -> None:
    fetched = fetch(portal.url("/redirect/1"), settings=FAST)
    assert fetched.url == portal.url("/redirect/1")
    assert fetched.final_url == portal.url(ARTICLE_PATH)
    assert [p for p in portal.paths() if p != "/robots.txt"] == [
        "/redirect/1",
        "/redirect/2",
        "/redirect/3",
        ARTICLE_PATH,
    ]


def test_too_many_redirects_fail(portal: Portal) -> None:
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(portal.url("/redirect/1"), settings=FAST.model_copy(update={"max_redirects": 2}))


def test_redirect_loop_fails(portal: Portal) -> None:
    with pytest.raises(FetchError, match="redirect loop") as info:
        fetch(portal.url("/loop/a"), settings=FAST)
    assert info.value.kind == "fetch"
    assert portal.requests_to("/loop/a") and len(portal.requests_to("/loop/b")) == 1


def test_redirect_to_another_host_checks_its_robots(portal: Portal, other: Portal) -> None:
    before = len(other.hits)
    fetched = fetch(portal.url("/away"), settings=FAST)
    assert fetched.final_url == other.url(ARTICLE_PATH)
    assert other.paths()[before:] == ["/robots.txt", ARTICLE_PATH]


# -- robots.txt ---------------------------------------------------------------------------


def test_robots_disallowed_path_is_never_requested(portal: Portal) -> None:
    with pytest.raises(RobotsDisallowed) as info:
        fetch(portal.url("/private/report"), settings=FAST)
    assert info.value.kind == "robots"
    assert portal.paths() == ["/robots.txt"]


def test_robots_can_be_ignored_when_asked(portal: Portal) -> None:
    fetch(portal.url("/private/report"), settings=FAST.model_copy(update={"obey_robots": False}))
    assert portal.paths() == ["/private/report"]


def test_missing_robots_allows_everything() -> None:
    with Portal(robots=None) as portal:
        assert fetch(portal.url("/private/report"), settings=FAST).status == 200
        assert portal.paths() == ["/robots.txt", "/private/report"]


def test_a_robots_txt_over_500_kib_is_read_up_to_500_kib() -> None:
    """RFC 9309: parse the first 500 KiB; a long robots.txt does not allow everything."""
    robots = "User-agent: *\nDisallow: /private/\n" + "# padding\n" * 60_000
    with Portal(robots=robots) as portal, pytest.raises(RobotsDisallowed):
        fetch(portal.url("/private/report"), settings=FAST)


@pytest.mark.parametrize("value", ["²", "١٢", "1e3", "-5", ""])
def test_header_seconds_take_ascii_digits_only(value: str) -> None:
    assert fetch_module._seconds(value) is None
    assert fetch_module._retry_after(value) is None


def test_header_seconds_are_capped() -> None:
    huge = "9" * 400
    assert fetch_module._seconds(huge) == 1_000_000_000
    assert fetch_module._retry_after(huge) == 1e9
    headers = httpx.Headers({"cache-control": f"max-age={huge}"})
    assert fetch_module._fresh_until(headers, 0.0) == 1e9


# -- the private-address guard ------------------------------------------------------------


def test_private_addresses_are_refused_by_default(portal: Portal) -> None:
    with pytest.raises(BlockedAddressError) as info:
        fetch(portal.url(ARTICLE_PATH), settings=PUBLIC_ONLY)
    assert info.value.kind == "fetch"
    assert portal.hits == []


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost/",
        "http://10.1.2.3/admin",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata service
        "http://224.0.0.1/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
def test_non_public_hosts_are_refused_before_connecting(url: str) -> None:
    with pytest.raises(BlockedAddressError):
        fetch(url, settings=PUBLIC_ONLY)


def test_redirect_into_a_private_address_is_refused(portal: Portal) -> None:
    """A public page redirecting to 127.0.0.1 is refused at the hop (MockTransport:
    the 'public' host cannot be a real server here)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": portal.url(ARTICLE_PATH)})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as client,
        pytest.raises(BlockedAddressError),
    ):
        fetch("http://93.184.215.14/page", client=client, settings=PUBLIC_ONLY)
    assert portal.hits == []


@pytest.fixture
def rebinding_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A hostile DNS server: 'rebind.example' is public on the first lookup, 127.0.0.1 after.

    Yields the names looked up, in order.
    """
    real = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        asked.append(host)
        address = "93.184.215.14" if len(asked) == 1 else "127.0.0.1"
        return real(address, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield asked


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_host_that_rebinds_to_a_private_address_is_refused_at_connect(
    portal: Portal, rebinding_dns: list[str], asynchronous: bool
) -> None:
    """The check before the request sees a public address; the connection would go to
    127.0.0.1 (DNS rebinding). The address checked is the one connected to."""
    url = portal.url(ARTICLE_PATH).replace("127.0.0.1", "rebind.example")
    settings = PUBLIC_ONLY.model_copy(update={"obey_robots": False, "retries": 0})
    with pytest.raises(BlockedAddressError):
        if asynchronous:
            asyncio.run(afetch(url, settings=settings))
        else:
            fetch(url, settings=settings)
    assert len(rebinding_dns) >= 2  # the check before the request, then the connect
    assert portal.hits == []


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_the_guarded_connection_fetches_from_the_address_it_checked(
    portal: Portal, monkeypatch: pytest.MonkeyPatch, asynchronous: bool
) -> None:
    """With the guard's verdict replaced by a recorder, the guarded transport still
    fetches: it connects to the checked address and sends the host's own name."""
    checked: list[list[str]] = []
    monkeypatch.setattr(fetch_module, "_refuse_private", lambda h, a, u: checked.append(a))
    url = portal.url(ARTICLE_PATH)
    settings = PUBLIC_ONLY.model_copy(update={"obey_robots": False})
    got = (
        asyncio.run(afetch(url, settings=settings))
        if asynchronous
        else fetch(url, settings=settings)
    )
    assert got.status == 200
    # before the request, and at every connect (a loaded machine may see the pooled
    # connection dropped and a second one opened: it is checked too)
    assert len(checked) >= 2
    assert all(addresses == ["127.0.0.1"] for addresses in checked)
    assert portal.paths() == [ARTICLE_PATH]


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "not a url", ""])
def test_non_http_urls_are_fetch_errors(url: str) -> None:
    with pytest.raises(FetchError):
        fetch(url, settings=FAST)


# -- the HTTP cache -----------------------------------------------------------------------


def test_cache_revalidates_instead_of_downloading_again(portal: Portal, tmp_path: Path) -> None:
    settings = FAST.model_copy(update={"cache_path": tmp_path / "cache.sqlite"})
    first = fetch(portal.url(ARTICLE_PATH), settings=settings)
    second = fetch(portal.url(ARTICLE_PATH), settings=settings)
    one, two = portal.requests_to(ARTICLE_PATH)
    assert "if-none-match" not in one.headers
    assert two.headers["if-none-match"] == first.headers["etag"]  # answered 304, no body
    assert second.body == first.body and second.final_url == first.final_url
    assert second.fetched_at > first.fetched_at


@pytest.mark.parametrize(
    ("path", "requests", "conditional"),
    [
        ("/cc/max-age=600", 1, False),  # fresh: the second fetch asks nothing
        ("/cc/public,max-age=600", 1, False),
        ("/expires/600", 1, False),
        ("/cc/max-age=0", 2, True),  # stale at once: revalidated
        ("/cc/no-cache,max-age=600", 2, True),  # no-cache: always revalidated
        ("/expires/0", 2, True),
        ("/cc/no-store", 2, False),  # never kept: downloaded again, unconditionally
    ],
)
def test_cache_reuses_fresh_pages_and_revalidates_stale_ones(
    portal: Portal, tmp_path: Path, path: str, requests: int, conditional: bool
) -> None:
    settings = FAST.model_copy(update={"cache_path": tmp_path / "cache.sqlite"})
    first = fetch(portal.url(path), settings=settings)
    second = fetch(portal.url(path), settings=settings)
    hits = portal.requests_to(path)
    assert len(hits) == requests
    assert ("if-none-match" in hits[-1].headers) is conditional
    assert second.body == first.body and second.final_url == first.final_url
    if requests == 1:  # reused as fetched, dated when it was fetched
        assert second.fetched_at == first.fetched_at


def test_a_304_renews_freshness(portal: Portal, tmp_path: Path) -> None:
    settings = FAST.model_copy(update={"cache_path": tmp_path / "cache.sqlite"})
    stale, fresh = portal.url("/cc/max-age=0"), portal.url("/cc/max-age=600")
    fetch(stale, settings=settings)
    # The same URL now answers its revalidation with a long max-age: stored with the 304.
    with sqlite3.connect(tmp_path / "cache.sqlite") as db:
        db.execute("UPDATE pages SET url = ? WHERE url = ?", (fresh, stale))
    fetch(fresh, settings=settings)  # stale row: revalidated, 304, renewed
    fetch(fresh, settings=settings)  # now fresh: no request
    assert len(portal.requests_to("/cc/max-age=600")) == 1


def test_cache_file_of_an_older_version_is_upgraded(portal: Portal, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    with sqlite3.connect(path) as db:  # the schema before freshness was kept
        db.execute(
            "CREATE TABLE pages (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, "
            "final_url TEXT, status INTEGER, headers TEXT, body BLOB, encoding TEXT, "
            "stored_at TEXT)"
        )
    settings = FAST.model_copy(update={"cache_path": path})
    fetch(portal.url("/cc/max-age=600"), settings=settings)
    fetch(portal.url("/cc/max-age=600"), settings=settings)
    assert len(portal.requests_to("/cc/max-age=600")) == 1


def test_without_cache_nothing_is_conditional(portal: Portal) -> None:
    fetch(portal.url(ARTICLE_PATH), settings=FAST)
    fetch(portal.url(ARTICLE_PATH), settings=FAST)
    assert all("if-none-match" not in hit.headers for hit in portal.requests_to(ARTICLE_PATH))


def test_settings_are_frozen_and_validated() -> None:
    with pytest.raises(ValueError):
        FetchSettings(per_host_concurrency=0)
    with pytest.raises(ValueError):
        FetchSettings(unknown=1)  # type: ignore[call-arg]
    settings = FetchSettings()
    assert (settings.per_host_concurrency, settings.per_host_delay, settings.retries) == (2, 1, 3)
    assert settings.max_body_bytes == 10_000_000
    assert settings.obey_robots and not settings.allow_private_addresses
