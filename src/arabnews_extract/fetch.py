"""Stage 0: URL -> :class:`~arabnews_extract.models.Fetched`. The only module that does network I/O.

The policy (private-address guard, robots.txt, redirects, retries with backoff,
conditional requests, content checks) is written once, as a generator of *effects*
(``_Resolve``, ``_Robots``, ``_Send``, ``_Sleep``); a sync and an async driver carry
the effects out with an ``httpx.Client`` or ``httpx.AsyncClient``. So :func:`fetch` and
:func:`afetch` behave the same by construction, and the policy reads top to bottom in
:func:`_fetch_steps` without any I/O in it.

Politeness lives in the drivers: the async one (used by batches) keeps per-host state
(connections in flight, the start of the last request, the robots.txt Crawl-delay) for
the life of a session; a single :func:`fetch` call only spaces its own requests
(retries, redirects on one host).

No client is module-global: pass one, or one is built from :class:`FetchSettings` and
closed again. ``httpx`` exceptions are mapped to :class:`FetchError` /
:class:`FetchTimeout` here, at the boundary.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.utils
import ipaddress
import json
import logging
import random
import re
import socket
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpcore
import httpx
from protego import Protego

from .config import FetchSettings
from .decode import content_type, header_charset
from .errors import (
    ArabNewsError,
    BlockedAddressError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    NotHTMLError,
    PageTooLargeError,
    RobotsDisallowed,
)
from .models import Fetched

log = logging.getLogger(__name__)

#: Statuses worth another try: rate limiting and the transient server errors.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: robots.txt files larger than this are cut off (Google reads 500 KiB).
ROBOTS_MAX_BYTES = 512_000
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
#: httpx errors after which the same request may well succeed.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
#: RFC 9309 2.3.1.4: an unreachable robots.txt means "assume complete disallow".
_DISALLOW_ALL = "User-agent: *\nDisallow: /\n"


# -- effects: what the policy asks the drivers to do -----------------------------------


@dataclass(frozen=True)
class _Resolve:
    """Resolve a host name; the driver answers with a list of IP address strings."""

    host: str
    port: int


@dataclass(frozen=True)
class _Robots:
    """The parsed robots.txt of an origin (``None``: no rules); may set a Crawl-delay."""

    origin: str
    host: str


@dataclass(frozen=True)
class _Send:
    """Send a GET, after waiting for the host's turn; the driver answers with a ``_Reply``.

    The body is read (up to ``limit`` bytes) only for a 2xx response whose media type is
    in ``content_types`` (``None``: any type). A longer body is an error, or with
    ``truncate`` is cut at ``limit`` (robots.txt: RFC 9309 parses the first 500 KiB).
    """

    url: str
    host: str
    headers: dict[str, str]
    limit: int
    content_types: frozenset[str] | None
    truncate: bool = False


@dataclass(frozen=True)
class _Sleep:
    seconds: float


@dataclass(frozen=True)
class _Reply:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes


_Effect = _Resolve | _Robots | _Send | _Sleep
_Steps = Generator[_Effect, Any, Fetched]


# -- the policy ---------------------------------------------------------------------------


def _fetch_steps(
    url: str,
    settings: FetchSettings,
    cache: _Cache | None,
    *,
    robots_txt: bool = False,
) -> _Steps:
    """Fetch one URL: guard, robots, redirects, retries, checks. Yields effects only.

    ``robots_txt``: this is the fetch of a robots.txt itself: not checked against
    robots rules, any content type, a small size limit.
    """
    started = time.monotonic()
    fetched_at = dt.datetime.now(dt.timezone.utc)
    limit = ROBOTS_MAX_BYTES if robots_txt else settings.max_body_bytes
    content_types = None if robots_txt else settings.content_types
    current = url
    seen = {url}
    for _hop in range(settings.max_redirects + 1):
        target = _parse_url(current)
        port = target.port or (443 if target.scheme == "https" else 80)
        host = f"{target.host}:{port}"
        if not settings.allow_private_addresses:
            addresses = yield _Resolve(target.host, port)
            _refuse_private(target.host, addresses, current)
        if settings.obey_robots and not robots_txt:
            origin = f"{target.scheme}://{target.netloc.decode('ascii')}"
            rules = yield _Robots(origin, host)
            if rules is not None and not rules.can_fetch(current, settings.user_agent):
                raise RobotsDisallowed(f"robots.txt of {origin} disallows {current}", url=current)
        cached = cache.get(current) if cache else None
        if cached is not None and cached.fresh_until > time.time():
            # Still fresh (Cache-Control max-age / Expires): no request at all. The copy
            # keeps the time it was fetched, which dates its relative times.
            log.debug("fresh in cache: %s", current)
            return cached.fetched.model_copy(
                update={"url": url, "elapsed": time.monotonic() - started}
            )
        headers = {"User-Agent": settings.user_agent, "Accept": _ACCEPT}
        if cached is not None:
            headers.update(cached.validators)
        send = _Send(current, host, headers, limit, content_types, truncate=robots_txt)
        reply: _Reply = yield from _with_retries(send, settings)
        location = reply.headers.get("location")
        if reply.status in REDIRECT_STATUSES and location:
            following = str(target.join(location.strip()))
            if following in seen:
                raise FetchError(f"redirect loop: {following} was already visited", url=current)
            seen.add(following)
            current = following
            continue
        elapsed = time.monotonic() - started
        if reply.status == 304 and cached is not None:
            log.debug("not modified, from cache: %s", current)
            if cache is not None:
                cache.refresh(current, reply.headers)
            return cached.fetched.model_copy(
                update={"url": url, "fetched_at": fetched_at, "elapsed": elapsed}
            )
        if not 200 <= reply.status < 300:
            raise HTTPStatusError(
                f"HTTP {reply.status} for {current}", url=current, status=reply.status
            )
        media = content_type(reply.headers)
        if content_types is not None and media is not None and media not in content_types:
            raise NotHTMLError(f"content type {media!r} is not a page (from {current})")
        fetched = Fetched(
            url=url,
            final_url=current,
            status=reply.status,
            headers=dict(reply.headers.items()),
            body=reply.body,
            encoding=header_charset(reply.headers),
            fetched_at=fetched_at,
            elapsed=elapsed,
        )
        if cache is not None:
            cache.put(current, fetched, reply.headers)
        return fetched
    raise FetchError(f"more than {settings.max_redirects} redirects from {url}", url=current)


def _with_retries(send: _Send, settings: FetchSettings) -> Generator[_Effect, Any, _Reply]:
    """Send, and send again after transient failures, waiting with jittered backoff."""
    for attempt in range(settings.retries + 1):
        last = attempt == settings.retries
        try:
            reply: _Reply = yield send
        except FetchError as exc:
            if last or not _is_transient(exc):
                raise
            wait = _backoff(settings, attempt)
            log.info("retrying %s in %.2fs after %s", send.url, wait, exc.message)
            yield _Sleep(wait)
            continue
        if reply.status not in RETRY_STATUSES or last:
            return reply
        asked = _retry_after(reply.headers.get("retry-after"))
        wait = _backoff(settings, attempt) if asked is None else min(asked, settings.max_retry_wait)
        log.info("retrying %s in %.2fs after HTTP %d", send.url, wait, reply.status)
        yield _Sleep(wait)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _is_transient(exc: FetchError) -> bool:
    return isinstance(exc, FetchTimeout) or isinstance(exc.__cause__, _TRANSIENT)


def _backoff(settings: FetchSettings, attempt: int) -> float:
    """Exponential backoff with "equal jitter": half fixed, half random."""
    ceiling = min(settings.backoff * float(2**attempt), settings.max_retry_wait)
    return ceiling / 2 + random.uniform(0, ceiling / 2)  # jitter, not crypto


def _retry_after(value: str | None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if _DIGITS.fullmatch(value):
        return min(float(value), _MAX_SECONDS)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


def _parse_url(url: str) -> httpx.URL:
    try:
        target = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(f"invalid URL {url!r}: {exc}", url=url) from exc
    if target.scheme not in ("http", "https") or not target.host:
        raise FetchError(f"not an http(s) URL: {url!r}", url=url)
    return target


def _refuse_private(host: str, addresses: list[str], url: str) -> None:
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise BlockedAddressError(
                f"{host} resolves to {address}, a non-public address; "
                "set allow_private_addresses=True to allow it",
                url=url,
            )


def _robots_steps(origin: str, settings: FetchSettings) -> Generator[_Effect, Any, Protego | None]:
    """Fetch and parse an origin's robots.txt; 4xx: no rules, unreachable: disallow all."""
    try:
        fetched = yield from _fetch_steps(f"{origin}/robots.txt", settings, None, robots_txt=True)
    except HTTPStatusError as exc:
        if exc.status is not None and 400 <= exc.status < 500:
            return None
        log.warning("robots.txt of %s unreachable (%s): assuming disallow", origin, exc.message)
        return Protego.parse(_DISALLOW_ALL)
    except FetchError as exc:
        log.warning("robots.txt of %s unreachable (%s): assuming disallow", origin, exc.message)
        return Protego.parse(_DISALLOW_ALL)
    return Protego.parse(fetched.body.decode("utf-8", "replace"))


# -- the HTTP cache -----------------------------------------------------------------------


def _fresh_until(headers: httpx.Headers, now: float) -> float:
    """Until when (epoch seconds) a response may be reused without asking (RFC 9111).

    A private cache's reading: ``max-age`` (less the ``Age`` it has already spent in
    other caches), else ``Expires`` against the response's ``Date``. ``no-store`` and
    ``no-cache`` give ``0.0``: always revalidate (``no-store`` is not even kept).
    """
    directives = {
        part.strip().split("=", 1)[0].lower(): part.strip().partition("=")[2].strip('" ')
        for part in headers.get("cache-control", "").split(",")
        if part.strip()
    }
    if "no-store" in directives or "no-cache" in directives:
        return 0.0
    age = _seconds(headers.get("age")) or 0
    max_age = _seconds(directives.get("max-age"))
    if max_age is not None:
        return now + max_age - age
    expires = _http_date(headers.get("expires"))
    if expires is None:
        return 0.0
    date = _http_date(headers.get("date")) or now
    return now + (expires - date) - age


#: ASCII digits only: str.isdigit() also takes "²", which int() refuses.
_DIGITS = re.compile(r"[0-9]+")
#: Header values in seconds are capped (about 30 years): "max-age=999…9" must not
#: overflow a float.
_MAX_SECONDS = 1e9


def _seconds(value: str | None) -> int | None:
    value = value.strip() if value is not None else ""
    return min(int(value), int(_MAX_SECONDS)) if _DIGITS.fullmatch(value) else None


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # "Expires: 0" and other invalid dates mean "already expired"


@dataclass(frozen=True)
class _CacheEntry:
    fetched: Fetched
    validators: dict[str, str]
    fresh_until: float  # epoch seconds; 0.0: revalidate before any reuse


class _Cache:
    """Pages kept in SQLite: reused while fresh, then revalidated with their validators.

    Our own (about 80 lines) rather than hishel: we need the cache *inside* the policy,
    after the robots check and private-address guard and before retries, keyed by each
    hop of a redirect chain and sharing the streaming size limit. Freshness follows
    ``Cache-Control`` (``max-age``, ``no-cache``, ``no-store``) and ``Expires``; most news
    pages send none, so a daily re-run mostly revalidates (ETag / Last-Modified, answered
    304 without a body). The standard library's sqlite3 does all of it.
    """

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, etag TEXT, "
            "last_modified TEXT, final_url TEXT, status INTEGER, headers TEXT, body BLOB, "
            "encoding TEXT, stored_at TEXT, fresh_until REAL DEFAULT 0)"
        )
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(pages)")}
        if "fresh_until" not in columns:  # a cache file written by an older version
            self._db.execute("ALTER TABLE pages ADD COLUMN fresh_until REAL DEFAULT 0")

    def get(self, url: str) -> _CacheEntry | None:
        with self._lock:
            row = self._db.execute(
                "SELECT etag, last_modified, final_url, status, headers, body, encoding, "
                "stored_at, fresh_until FROM pages WHERE url = ?",
                (url,),
            ).fetchone()
        if row is None:
            return None
        etag, modified, final_url, status, headers, body, encoding, stored_at, fresh = row
        validators = {}
        if etag:
            validators["If-None-Match"] = etag
        if modified:
            validators["If-Modified-Since"] = modified
        fetched = Fetched(
            url=url,
            final_url=final_url,
            status=status,
            headers=json.loads(headers),
            body=body,
            encoding=encoding,
            fetched_at=dt.datetime.fromisoformat(stored_at),
        )
        return _CacheEntry(fetched, validators, fresh or 0.0)

    def put(self, url: str, fetched: Fetched, headers: httpx.Headers) -> None:
        etag, modified = headers.get("etag"), headers.get("last-modified")
        fresh = _fresh_until(headers, time.time())
        if "no-store" in headers.get("cache-control", "").lower():
            return
        if not etag and not modified and fresh <= time.time():
            return  # nothing to revalidate with and nothing to reuse
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    url,
                    etag,
                    modified,
                    fetched.final_url,
                    fetched.status,
                    json.dumps(fetched.headers, ensure_ascii=False),
                    fetched.body,
                    fetched.encoding,
                    fetched.fetched_at.isoformat(),
                    fresh,
                ),
            )

    def refresh(self, url: str, headers: httpx.Headers) -> None:
        """A 304 renews the stored page's freshness (with that response's headers)."""
        with self._lock:
            self._db.execute(
                "UPDATE pages SET fresh_until = ? WHERE url = ?",
                (_fresh_until(headers, time.time()), url),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()


# -- the connect-time address guard ------------------------------------------------------


def _public_addresses(host: str, infos: list[Any]) -> list[str]:
    """The addresses of ``getaddrinfo`` answers, in order; BlockedAddressError if any is
    not public."""
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    _refuse_private(host, addresses, host)
    return addresses


class _PublicBackend(httpcore.NetworkBackend):
    """Connects to public addresses only, checked as the connection is made.

    The policy's own check resolves the host before the request; a hostile DNS server
    can answer that lookup with a public address and httpx's lookup a moment later with
    an internal one (DNS rebinding). Here the address that is checked is the address
    connected to. TLS still verifies the certificate against the host name: httpcore
    starts TLS with the request's host, not the address.
    """

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        error: Exception | None = None
        for address in _public_addresses(host, infos):
            try:
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc  # the next address, as socket.create_connection does
        raise error or httpcore.ConnectError(f"no address for {host}")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncPublicBackend(httpcore.AsyncNetworkBackend):
    """:class:`_PublicBackend` for the async client."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        error: Exception | None = None
        for address in _public_addresses(host, list(infos)):
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address for {host}")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _guard_connections(
    transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport,
    backend: httpcore.NetworkBackend | httpcore.AsyncNetworkBackend,
) -> None:
    """Put ``backend`` under the transport's connection pool.

    httpx builds the pool itself and offers no parameter for its network backend, so
    this sets the pool's attribute; a test fails if an httpx release moves it.
    """
    pool = getattr(transport, "_pool", None)
    pools = (httpcore.ConnectionPool, httpcore.AsyncConnectionPool)
    if pool is not None and type(pool) in pools and hasattr(pool, "_network_backend"):
        pool._network_backend = backend
    else:  # a proxy from the environment: the proxy connects, the pre-request check stays
        log.warning("connect-time address guard unavailable for %r", type(pool).__name__)


# -- the drivers --------------------------------------------------------------------------


def _client_options(settings: FetchSettings, *, asynchronous: bool) -> dict[str, Any]:
    """Options of the clients this module builds.

    With private addresses refused, the transport connects only to checked public
    addresses (:class:`_PublicBackend`).
    """
    limits = httpx.Limits(
        # In-flight requests are bounded by the session's semaphores, not by the pool: a
        # pool capped at `concurrency` would close idle connections to one host to open
        # one to another, over and over, on a many-host batch.
        max_connections=None,
        max_keepalive_connections=settings.concurrency,
    )
    options: dict[str, Any] = {
        "timeout": httpx.Timeout(
            settings.total_timeout,
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            pool=None,
        ),
        "limits": limits,
        "http2": settings.http2,
        "follow_redirects": False,
        "headers": {"User-Agent": settings.user_agent},
    }
    if not settings.allow_private_addresses:
        transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport
        if asynchronous:
            transport = httpx.AsyncHTTPTransport(limits=limits, http2=settings.http2)
            _guard_connections(transport, _AsyncPublicBackend())
        else:
            transport = httpx.HTTPTransport(limits=limits, http2=settings.http2)
            _guard_connections(transport, _PublicBackend())
        options["transport"] = transport
    return options


def _map_error(exc: httpx.HTTPError, url: str) -> FetchError:
    name = type(exc).__name__
    detail = str(exc) or name
    if isinstance(exc, httpx.TimeoutException):
        return FetchTimeout(f"{name} fetching {url}: {detail}", url=url)
    return FetchError(f"{name} fetching {url}: {detail}", url=url)


def _too_large(limit: int, url: str) -> PageTooLargeError:
    return PageTooLargeError(f"body of {url} is over the {limit:,}-byte limit")


def _wants_body(response: httpx.Response, send: _Send) -> bool:
    if not 200 <= response.status_code < 300:
        return False
    media = content_type(response.headers)
    return send.content_types is None or media is None or media in send.content_types


def _declared_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    if not _DIGITS.fullmatch(value) or "content-encoding" in response.headers:
        return None
    return int(value)


#: The longest robots.txt Crawl-delay honoured, in seconds. A host asking for more (a
#: "Crawl-delay: 31536000") is fetched once a minute, not once a year.
MAX_CRAWL_DELAY = 60.0


def _host_state_delay(settings: FetchSettings, rules: Protego | None) -> float:
    delay = rules.crawl_delay(settings.user_agent) if rules is not None else None
    return max(settings.per_host_delay, min(float(delay or 0.0), MAX_CRAWL_DELAY))


class _SyncDriver:
    """Carries out the effects of one :func:`fetch` call with an ``httpx.Client``."""

    def __init__(self, client: httpx.Client, settings: FetchSettings, cache: _Cache | None):
        self._client = client
        self._settings = settings
        self._cache = cache
        self._robots: dict[str, Protego | None] = {}
        self._delays: dict[str, float] = {}
        self._next_start: dict[str, float] = {}

    def fetch(self, url: str) -> Fetched:
        result: Fetched = self._run(_fetch_steps(url, self._settings, self._cache))
        return result

    def _run(self, steps: Generator[_Effect, Any, Any]) -> Any:
        value: Any = None
        error: ArabNewsError | None = None
        while True:
            try:
                effect = steps.throw(error) if error is not None else steps.send(value)
            except StopIteration as stop:
                return stop.value
            value, error = None, None
            try:
                value = self._do(effect)
            except ArabNewsError as exc:
                error = exc

    def _do(self, effect: _Effect) -> Any:
        if isinstance(effect, _Sleep):
            time.sleep(effect.seconds)
            return None
        if isinstance(effect, _Resolve):
            try:
                infos = socket.getaddrinfo(effect.host, effect.port, type=socket.SOCK_STREAM)
            except OSError as exc:
                raise FetchError(f"cannot resolve {effect.host}: {exc}") from exc
            return [str(info[4][0]) for info in infos]
        if isinstance(effect, _Robots):
            if effect.origin not in self._robots:
                rules = self._run(_robots_steps(effect.origin, self._settings))
                self._robots[effect.origin] = rules
                self._delays[effect.host] = _host_state_delay(self._settings, rules)
            return self._robots[effect.origin]
        wait = self._next_start.get(effect.host, 0.0) - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        delay = self._delays.get(effect.host, self._settings.per_host_delay)
        self._next_start[effect.host] = time.monotonic() + delay
        return self._send(effect)

    def _send(self, send: _Send) -> _Reply:
        deadline = time.monotonic() + self._settings.total_timeout
        request = self._client.build_request("GET", send.url, headers=send.headers)
        try:
            response = self._client.send(request, stream=True, follow_redirects=False)
            try:
                body = b""
                if _wants_body(response, send):
                    size = _declared_length(response)
                    if size is not None and size > send.limit and not send.truncate:
                        raise _too_large(send.limit, send.url)
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > send.limit:
                            if not send.truncate:
                                raise _too_large(send.limit, send.url)
                            chunks.append(chunk[: len(chunk) - (size - send.limit)])
                            break
                        if time.monotonic() > deadline:
                            raise FetchTimeout(f"{send.url} took over the total timeout")
                        chunks.append(chunk)
                    body = b"".join(chunks)
            finally:
                response.close()
        except httpx.HTTPError as exc:
            raise _map_error(exc, send.url) from exc
        return _Reply(send.url, response.status_code, response.headers, body)


@dataclass
class _Host:
    slots: asyncio.Semaphore
    turn: asyncio.Lock
    delay: float
    next_start: float = 0.0


class Session:
    """Async fetching state shared by the tasks of a batch: politeness, robots, DNS.

    Made by :func:`open_session`; one per event loop. Per host (``host:port``) at most
    ``per_host_concurrency`` requests are in flight and their starts are at least the
    host's delay apart (``per_host_delay`` or the robots.txt Crawl-delay, whichever is
    longer); over all hosts at most ``concurrency`` are in flight.
    """

    def __init__(
        self, client: httpx.AsyncClient, settings: FetchSettings, cache: _Cache | None
    ) -> None:
        self._client = client
        self._settings = settings
        self._cache = cache
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, Protego | None] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._dns: dict[tuple[str, int], list[str]] = {}

    async def fetch(self, url: str) -> Fetched:
        """Fetch one page; raises :class:`FetchError` (or a subclass), NotHTMLError or
        PageTooLargeError."""
        result: Fetched = await self._run(_fetch_steps(url, self._settings, self._cache))
        return result

    async def _run(self, steps: Generator[_Effect, Any, Any]) -> Any:
        value: Any = None
        error: ArabNewsError | None = None
        while True:
            try:
                effect = steps.throw(error) if error is not None else steps.send(value)
            except StopIteration as stop:
                return stop.value
            value, error = None, None
            try:
                value = await self._do(effect)
            except ArabNewsError as exc:
                error = exc

    def _host(self, key: str) -> _Host:
        host = self._hosts.get(key)
        if host is None:
            settings = self._settings
            host = _Host(
                asyncio.Semaphore(settings.per_host_concurrency),
                asyncio.Lock(),
                settings.per_host_delay,
            )
            self._hosts[key] = host
        return host

    async def _do(self, effect: _Effect) -> Any:
        if isinstance(effect, _Sleep):
            await asyncio.sleep(effect.seconds)
            return None
        if isinstance(effect, _Resolve):
            return await self._resolve(effect)
        if isinstance(effect, _Robots):
            return await self._robots_for(effect)
        host = self._host(effect.host)
        loop = asyncio.get_running_loop()
        async with host.slots:
            async with host.turn:
                wait = host.next_start - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                host.next_start = loop.time() + host.delay
            async with self._slots:
                return await self._send(effect)

    async def _resolve(self, effect: _Resolve) -> list[str]:
        key = (effect.host, effect.port)
        if key not in self._dns:
            loop = asyncio.get_running_loop()
            try:
                infos = await loop.getaddrinfo(effect.host, effect.port, type=socket.SOCK_STREAM)
            except OSError as exc:
                raise FetchError(f"cannot resolve {effect.host}: {exc}") from exc
            self._dns[key] = [str(info[4][0]) for info in infos]
        return self._dns[key]

    async def _robots_for(self, effect: _Robots) -> Protego | None:
        lock = self._robots_locks.setdefault(effect.origin, asyncio.Lock())
        async with lock:
            if effect.origin not in self._robots:
                rules = await self._run(_robots_steps(effect.origin, self._settings))
                self._robots[effect.origin] = rules
                host = self._host(effect.host)
                host.delay = max(host.delay, _host_state_delay(self._settings, rules))
        return self._robots[effect.origin]

    async def _send(self, send: _Send) -> _Reply:
        try:
            return await asyncio.wait_for(self._send_now(send), self._settings.total_timeout)
        except asyncio.TimeoutError as exc:
            raise FetchTimeout(f"{send.url} took over the total timeout") from exc

    async def _send_now(self, send: _Send) -> _Reply:
        request = self._client.build_request("GET", send.url, headers=send.headers)
        try:
            response = await self._client.send(request, stream=True, follow_redirects=False)
            try:
                body = b""
                if _wants_body(response, send):
                    size = _declared_length(response)
                    if size is not None and size > send.limit and not send.truncate:
                        raise _too_large(send.limit, send.url)
                    chunks: list[bytes] = []
                    size = 0
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        if size > send.limit:
                            if not send.truncate:
                                raise _too_large(send.limit, send.url)
                            chunks.append(chunk[: len(chunk) - (size - send.limit)])
                            break
                        chunks.append(chunk)
                    body = b"".join(chunks)
            finally:
                await response.aclose()
        except httpx.HTTPError as exc:
            raise _map_error(exc, send.url) from exc
        return _Reply(send.url, response.status_code, response.headers, body)


def _async_client(settings: FetchSettings) -> httpx.AsyncClient:
    try:
        return httpx.AsyncClient(**_client_options(settings, asynchronous=True))
    except ImportError as exc:  # http2=True without the h2 package
        raise FetchError(f"cannot build the HTTP client: {exc}") from exc


def _sync_client(settings: FetchSettings) -> httpx.Client:
    try:
        return httpx.Client(**_client_options(settings, asynchronous=False))
    except ImportError as exc:  # http2=True without the h2 package
        raise FetchError(f"cannot build the HTTP client: {exc}") from exc


@contextlib.asynccontextmanager
async def open_session(
    settings: FetchSettings | None = None, client: httpx.AsyncClient | None = None
) -> AsyncIterator[Session]:
    """A :class:`Session` with its client (built from ``settings`` unless given) and cache.

    A client built here is closed on exit; a client passed in is left open.
    """
    settings = settings or FetchSettings()
    async with contextlib.AsyncExitStack() as stack:
        if client is None:
            client = await stack.enter_async_context(_async_client(settings))
        cache = _open_cache(settings, stack.callback)
        yield Session(client, settings, cache)


def _open_cache(settings: FetchSettings, on_exit: Any) -> _Cache | None:
    if settings.cache_path is None:
        return None
    cache = _Cache(settings.cache_path)
    on_exit(cache.close)
    return cache


@contextlib.contextmanager
def _sync_parts(
    settings: FetchSettings, client: httpx.Client | None
) -> Iterator[tuple[httpx.Client, _Cache | None]]:
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(_sync_client(settings))
        yield client, _open_cache(settings, stack.callback)


# -- the public functions -----------------------------------------------------------------


def fetch(
    url: str, *, client: httpx.Client | None = None, settings: FetchSettings | None = None
) -> Fetched:
    """Fetch one page politely and safely; see :class:`FetchSettings` for the policy.

    Follows redirects (each hop checked against robots.txt and the private-address
    guard), retries transient failures, and enforces the size limit while streaming.
    ``body`` is the decoded content (gzip, brotli undone); ``encoding`` the charset the
    headers declared. Raises :class:`FetchError` or a subclass (``kind`` fetch, timeout,
    http-status, robots), :class:`NotHTMLError` for a content type that is not a page and
    :class:`PageTooLargeError` for a body over ``max_body_bytes``; never anything else.
    """
    settings = settings or FetchSettings()
    with _sync_parts(settings, client) as (http, cache):
        return _SyncDriver(http, settings, cache).fetch(url)


async def afetch(
    url: str, *, client: httpx.AsyncClient | None = None, settings: FetchSettings | None = None
) -> Fetched:
    """The async twin of :func:`fetch`: same policy, same result, same errors."""
    async with open_session(settings, client) as session:
        return await session.fetch(url)
