"""A small Arabic news portal on 127.0.0.1, built from the fixture pages, with faults.

Tests start one or more :class:`Portal` servers (each on its own port, so each is its
own host to the fetcher: the host key is ``host:port``) and assert on what the server
recorded: every request, with its path, headers and arrival time.

Paths (``ROUTES`` below):

* ``/news/<style>/<case>``: the fixture page, with its ``meta.json`` content type, an
  ETag and a Last-Modified (``If-None-Match`` gets a 304); ``/p/<n>`` is article page
  ``n`` modulo the number of article fixtures (for large batches and the benchmark).
* ``/private/...``: a page that robots.txt disallows (``Disallow: /private/``).
* faults: ``/flaky`` (500, then 200), ``/ratelimited`` (429 with ``Retry-After: 1``, then
  200), ``/down`` (503 forever), ``/slow`` (answers after ``slow_seconds``), ``/reset``
  (connection reset mid-body), ``/huge`` and ``/huge-chunked`` (2 MB, with and without a
  Content-Length), ``/redirect/1`` -> 2 -> 3 -> an article, ``/loop/a`` <-> ``/loop/b``,
  ``/away`` (a redirect to ``Portal.other``), ``/doc.pdf``, ``/image.png``, ``/missing``
  (404);
* encodings: ``/legacy/header``, ``/legacy/meta``, ``/legacy/none`` (windows-1256 with
  the charset in the header only, in a ``<meta>`` only, nowhere), ``/legacy/wrong-header``
  (the header says UTF-8), ``/gzip/...`` and ``/br/...`` (any page, compressed).
* caching: ``/cc/<Cache-Control value>`` (the article with an ETag and that header, e.g.
  ``/cc/max-age=60``, ``/cc/no-store``); ``/expires/<seconds>`` (an ``Expires`` that many
  seconds after the ``Date``, no Cache-Control).

Run it alone for the benchmark: ``python tests/portal_server.py --hosts 8`` prints one
base URL a line and serves until stdin closes.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import json
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import brotli

FIXTURES = Path(__file__).parent / "fixtures"
LAST_MODIFIED = "Fri, 01 Mar 2024 12:00:00 GMT"
ROBOTS = "User-agent: *\nDisallow: /private/\n"


def _load_pages() -> dict[str, tuple[bytes, str]]:
    pages = {}
    for page in sorted(FIXTURES.glob("*/*/page.html")):
        case = page.parent
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        headers = {k.lower(): v for k, v in meta.get("headers", {}).items()}
        kind = headers.get("content-type", "text/html")
        pages[f"{case.parent.name}/{case.name}"] = (page.read_bytes(), kind)
    return pages


PAGES = _load_pages()
#: Pages with an article (the golden pages that expect an error left out), for /p/<n>.
ARTICLES = [
    key
    for key in PAGES
    if "error" not in json.loads((FIXTURES / key / "expected.json").read_text(encoding="utf-8"))
]
ARTICLE = "wordpress/agency-credit"
LEGACY = PAGES["legacy/cp1256-table"][0]
_LEGACY_META = LEGACY.replace(
    b"<head>", b'<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
)


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Portal:
    """A threaded HTTP server on 127.0.0.1 playing the portal; a context manager."""

    def __init__(
        self,
        *,
        robots: str | None = ROBOTS,
        slow_seconds: float = 1.0,
        other: Portal | None = None,
    ) -> None:
        self.robots = robots
        self.slow_seconds = slow_seconds
        self.other = other
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._in_flight = 0
        self.max_in_flight = 0
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.path == path]

    def paths(self) -> list[str]:
        with self._lock:
            return [hit.path for hit in self.hits]

    def __enter__(self) -> Portal:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def record(self, path: str, headers: dict[str, str]) -> int:
        """Record a request; return how many requests this path had before."""
        with self._lock:
            self.hits.append(Hit(path, headers, time.monotonic()))
            count = self._counts.get(path, 0)
            self._counts[path] = count + 1
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            return count

    def done(self) -> None:
        with self._lock:
            self._in_flight -= 1

    # -- routes ---------------------------------------------------------------------------

    def route(self, path: str, headers: dict[str, str], before: int) -> Reply | None:
        """The reply for a path, or None for the connection-reset fault."""
        path = path.split("?", 1)[0]  # a query only makes a URL distinct (faults count per URL)
        for prefix, make in ROUTES:
            if path == prefix or (
                prefix != "/" and prefix.endswith("/") and path.startswith(prefix)
            ):
                return make(self, path, headers, before)
        return Reply(404, b"not found", {"Content-Type": "text/plain"})


def _page(key: str, headers: dict[str, str]) -> Reply:
    body, kind = PAGES[key]
    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
    if headers.get("if-none-match") == etag:
        return Reply(304, b"", {"ETag": etag, "Last-Modified": LAST_MODIFIED})
    return Reply(200, body, {"Content-Type": kind, "ETag": etag, "Last-Modified": LAST_MODIFIED})


def _news(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    key = path.removeprefix("/news/")
    if key not in PAGES:
        return Reply(404, b"no such page", {"Content-Type": "text/plain"})
    return _page(key, headers)


def _numbered(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    number = path.removeprefix("/p/")
    return _page(ARTICLES[int(number) % len(ARTICLES)] if number.isdigit() else ARTICLE, headers)


def _robots(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    if portal.robots is None:
        return Reply(404, b"none", {"Content-Type": "text/plain"})
    return Reply(200, portal.robots.encode(), {"Content-Type": "text/plain"})


def _flaky(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    if before == 0:
        return Reply(500, b"oops", {"Content-Type": "text/plain"})
    return _page(ARTICLE, headers)


def _ratelimited(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    if before == 0:
        return Reply(429, b"slow down", {"Content-Type": "text/plain", "Retry-After": "1"})
    return _page(ARTICLE, headers)


def _down(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    return Reply(503, b"maintenance", {"Content-Type": "text/plain"})


def _slow(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    time.sleep(portal.slow_seconds)
    return _page(ARTICLE, headers)


def _reset(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply | None:
    return None


def _huge(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    filler = b"<p>" + "نص طويل جدا ".encode() * 50 + b"</p>\n"
    body = b"<html><body>" + filler * (2_000_000 // len(filler) + 1) + b"</body></html>"
    reply = Reply(200, body, {"Content-Type": "text/html; charset=utf-8"})
    if path == "/huge-chunked":
        reply.headers["X-Chunked"] = "1"
    return reply


def _redirect(to: Callable[[Portal, str], str]) -> Callable[..., Reply]:
    def make(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
        return Reply(302, b"", {"Location": to(portal, path)})

    return make


def _next_hop(portal: Portal, path: str) -> str:
    step = int(path.rsplit("/", 1)[1])
    return f"/redirect/{step + 1}" if step < 3 else f"/news/{ARTICLE}"


def _loop_hop(portal: Portal, path: str) -> str:
    return "/loop/b" if path == "/loop/a" else "/loop/a"


def _away_hop(portal: Portal, path: str) -> str:
    assert portal.other is not None, "Portal(other=...) is needed for /away"
    return portal.other.url(f"/news/{ARTICLE}")


def _fixed(status: int, body: bytes, kind: str) -> Callable[..., Reply]:
    def make(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
        return Reply(status, body, {"Content-Type": kind})

    return make


def _compressed(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    method, _, rest = path.removeprefix("/").partition("/")
    key = rest.removeprefix("news/")
    if key not in PAGES:
        return Reply(404, b"no such page", {"Content-Type": "text/plain"})
    body, kind = PAGES[key]
    packed = gzip.compress(body) if method == "gzip" else brotli.compress(body)
    return Reply(200, packed, {"Content-Type": kind, "Content-Encoding": method})


def _cache_control(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    reply = _page(ARTICLE, headers)
    reply.headers["Cache-Control"] = path.removeprefix("/cc/")
    return reply


def _expires(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    reply = _page(ARTICLE, headers)
    # The server's own Date header goes with it (send_response adds one).
    reply.headers["Expires"] = email.utils.formatdate(
        time.time() + int(path.removeprefix("/expires/")), usegmt=True
    )
    return reply


# -- a portal to crawl: home, sections, a feed, a sitemap index with gzip children ---------


def story_path(n: int) -> str:
    """The article URL path of story ``n`` (any int; the fixture is ``n`` modulo)."""
    key = ARTICLES[n % len(ARTICLES)]
    return f"/story/2024/03/{1 + n % 28:02d}/{key.replace('/', '-')}/{1000 + n}"


#: Stories the portal publishes: the home page lists 0-5, sections 6-11, the feed 12-15,
#: the sitemaps 16-23 (and everything once more, which the crawler must dedupe).
STORIES = 24


def _story(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    number = int(path.rstrip("/").rsplit("/", 1)[-1]) - 1000
    return _page(ARTICLES[number % len(ARTICLES)], headers)


def _links(numbers: range, extra: str = "") -> bytes:
    items = "".join(f'<li><a href="{story_path(n)}">خبر رقم {n}</a></li>' for n in numbers)
    return (
        '<html lang="ar"><head><meta charset="utf-8">'
        '<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>'
        '<nav><a href="/">الرئيسية</a> <a href="/section/economy">اقتصاد</a> '
        '<a href="/section/politics">سياسة</a> <a href="/tag/gaza/">غزة</a> '
        f'<a href="/author/sameer/">سمير</a></nav><ul>{items}</ul>{extra}</body></html>'
    ).encode()


def _home(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    return Reply(200, _links(range(0, 6)), {"Content-Type": "text/html; charset=utf-8"})


def _section(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    numbers = range(6, 9) if path.endswith("economy") else range(9, 12)
    return Reply(200, _links(numbers), {"Content-Type": "text/html; charset=utf-8"})


def _feed(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    items = "".join(
        f"<item><title>خبر {n}</title><link>{portal.url(story_path(n))}</link>"
        "<pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate></item>"
        for n in range(12, 16)
    )
    body = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
    return Reply(200, body.encode(), {"Content-Type": "application/rss+xml"})


def _sitemap_index(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    children = "".join(
        f"<sitemap><loc>{portal.url(f'/sitemaps/news-{i}.xml.gz')}</loc></sitemap>" for i in (1, 2)
    )
    body = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{children}</sitemapindex>"
    )
    return Reply(200, body.encode(), {"Content-Type": "application/xml"})


def _sitemap_child(portal: Portal, path: str, headers: dict[str, str], before: int) -> Reply:
    numbers = range(16, 20) if "news-1" in path else range(20, STORIES)
    urls = "".join(f"<url><loc>{portal.url(story_path(n))}</loc></url>" for n in numbers)
    urls += f"<url><loc>{portal.url(story_path(0))}</loc></url>"  # a duplicate of the home
    body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Reply(200, gzip.compress(body.encode()), {"Content-Type": "application/x-gzip"})


ROUTES: list[tuple[str, Callable[..., Reply | None]]] = [
    ("/", _home),
    ("/story/", _story),
    ("/section/", _section),
    ("/feed.xml", _feed),
    ("/sitemap.xml", _sitemap_index),
    ("/sitemaps/", _sitemap_child),
    ("/robots.txt", _robots),
    ("/news/", _news),
    ("/p/", _numbered),
    ("/private/", _fixed(200, PAGES[ARTICLE][0], "text/html; charset=utf-8")),
    ("/flaky", _flaky),
    ("/ratelimited", _ratelimited),
    ("/down", _down),
    ("/slow", _slow),
    ("/reset", _reset),
    ("/huge", _huge),
    ("/huge-chunked", _huge),
    ("/redirect/", _redirect(_next_hop)),
    ("/loop/", _redirect(_loop_hop)),
    ("/away", _redirect(_away_hop)),
    ("/doc.pdf", _fixed(200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf")),
    ("/image.png", _fixed(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png")),
    ("/legacy/header", _fixed(200, LEGACY, "text/html; charset=windows-1256")),
    ("/legacy/meta", _fixed(200, _LEGACY_META, "text/html")),
    ("/legacy/none", _fixed(200, LEGACY, "text/html")),
    ("/legacy/wrong-header", _fixed(200, LEGACY, "text/html; charset=utf-8")),
    ("/gzip/", _compressed),
    ("/br/", _compressed),
    ("/cc/", _cache_control),
    ("/expires/", _expires),
]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # resets are the point
            super().handle_error(request, client_address)


def _handler_for(portal: Portal) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            before = portal.record(self.path, headers)
            try:
                self._answer(headers, before)
            finally:
                portal.done()

        def _answer(self, headers: dict[str, str], before: int) -> None:
            reply = portal.route(self.path, headers, before)
            if reply is None:
                self._reset_mid_body()
                return
            self.send_response(reply.status)
            chunked = reply.headers.pop("X-Chunked", None) is not None
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for start in range(0, len(reply.body), 65536):
                    piece = reply.body[start : start + 65536]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
                return
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def _reset_mid_body(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(PAGES[ARTICLE][0][:1000])
            self.wfile.flush()
            # SO_LINGER with a zero timeout: close() sends a TCP RST, not a FIN.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: the tests read Portal.hits instead

    return Handler


def main(argv: list[str]) -> None:
    hosts = int(argv[argv.index("--hosts") + 1]) if "--hosts" in argv else 1
    portals = [Portal(robots=None) for _ in range(hosts)]
    for portal in portals:
        portal.__enter__()
        print(portal.base, flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin
    for portal in portals:
        portal.__exit__()


if __name__ == "__main__":
    main(sys.argv[1:])
