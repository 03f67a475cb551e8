"""Settings as frozen models: ``Options`` (how a page is read) and ``FetchSettings``
(how pages are fetched). Every knob is keyword-only and validated."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ._version import __version__


class Options(BaseModel):
    """How :func:`arabnews_extract.extract` reads a page.

    Frozen so one instance can be shared by threads and processes of a batch.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_page_bytes: int = Field(
        default=10_000_000, gt=0, description="Larger pages raise PageTooLargeError."
    )
    max_nodes: int = Field(
        default=400_000,
        gt=0,
        description="Tree nodes walked at most; bounds time on hostile pages.",
    )
    min_body_chars: int = Field(
        default=120, ge=0, description="Less body text than this means the page is not an article."
    )
    default_tz: str | None = Field(
        default=None,
        description="IANA zone for visible times without one; None: guessed from the domain.",
    )
    tz_by_tld: dict[str, str] = Field(
        default_factory=dict,
        description="Extra or overriding country-TLD -> IANA zone entries, "
        "e.g. {'ly': 'Africa/Tripoli'}.",
    )

    @field_validator("default_tz")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        """An unknown zone is the caller's mistake: say so now, not in the middle of a batch."""
        if value is not None:
            _check_zone(value)
        return value

    @field_validator("tz_by_tld")
    @classmethod
    def _known_zones(cls, value: dict[str, str]) -> dict[str, str]:
        for zone in value.values():
            _check_zone(zone)
        return value


def _check_zone(name: str) -> None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown IANA time zone: {name!r}") from exc


#: Identifies the crawler to site operators: name, version and where to read about it.
DEFAULT_USER_AGENT = (
    f"arabnews-extract/{__version__} (+https://pypi.org/project/arabnews-extract/; "
    "news article extractor; obeys robots.txt)"
)


class FetchSettings(BaseModel):
    """How the fetcher talks to web servers: politeness, limits, retries, safety.

    Frozen and validated, so one instance can be shared by every task of a batch. The
    defaults are polite: two connections and one request a second per host (slower
    when robots.txt asks for a ``Crawl-delay``), robots.txt obeyed, and no requests to
    loopback, private, link-local or multicast addresses.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    user_agent: str = Field(default=DEFAULT_USER_AGENT, min_length=1)
    concurrency: int = Field(default=16, gt=0, description="Requests in flight at most, overall.")
    per_host_concurrency: int = Field(
        default=2, gt=0, description="Requests in flight at most to one host (host:port)."
    )
    per_host_delay: float = Field(
        default=1.0,
        ge=0,
        description="Seconds at least between the starts of two requests to one host; "
        "raised to the robots.txt Crawl-delay.",
    )
    connect_timeout: float = Field(default=10.0, gt=0)
    read_timeout: float = Field(
        default=20.0, gt=0, description="Seconds at most between two reads from the server."
    )
    total_timeout: float = Field(
        default=60.0, gt=0, description="Seconds at most for one response, request to last byte."
    )
    retries: int = Field(
        default=3,
        ge=0,
        description="Extra tries after connect errors, timeouts, resets, 429 and 500/502/503/504.",
    )
    backoff: float = Field(
        default=0.5, ge=0, description="Base of the exponential backoff (seconds), jittered."
    )
    max_retry_wait: float = Field(
        default=60.0, ge=0, description="Cap on one wait, whether backoff or Retry-After."
    )
    max_redirects: int = Field(default=10, ge=0)
    max_body_bytes: int = Field(
        default=10_000_000, gt=0, description="Larger bodies fail with kind 'too-large'."
    )
    content_types: frozenset[str] = Field(
        default=frozenset({"text/html", "application/xhtml+xml"}),
        description="Media types accepted as pages (a response without one is accepted too).",
    )
    obey_robots: bool = True
    http2: bool = Field(default=False, description="Offer HTTP/2 (needs the h2 package).")
    allow_private_addresses: bool = Field(
        default=False,
        description="Allow hosts that resolve to loopback, private, link-local or multicast "
        "addresses (tests, intranets). Off: a URL list cannot reach internal services.",
    )
    cache_path: Path | None = Field(
        default=None,
        description="SQLite HTTP cache: a page is reused while fresh (Cache-Control max-age, "
        "Expires), then revalidated (ETag / Last-Modified, a 304 without body); None: no cache.",
    )
