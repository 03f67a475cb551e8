"""Crawl a portal: discover article URLs from its seeds, fetch them politely, store them.

Two phases, both resumable:

1. **discover**: the seeds (home or section pages, feeds, sitemaps) and what they point
   to (feeds named in ``<link rel=alternate>``, child sitemaps, section pages up to
   ``depth``) are read; article URLs on the seed hosts go into the store's frontier.
2. **extract**: pending frontier URLs not stored yet (all of them with ``refresh``) go
   through the batch engine; each article is stored as soon as it is extracted, in its
   own transaction, and its frontier row marked done or failed.

A crawl killed at any moment loses at most the pages in flight: the frontier keeps the
rest pending, and the next run picks them up.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field

from .batch import aextract_batch
from .config import FetchSettings, Options
from .discover import Discovered, from_feed, from_html, from_sitemap, sniff
from .errors import ArabNewsError
from .fetch import open_session
from .models import Result
from .store import Store
from .urls import host_of, normalize_url

log = logging.getLogger(__name__)

#: Media types a discovery page may have (feeds and sitemaps are not HTML).
DISCOVERY_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "application/xml",
        "text/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/x-gzip",
        "application/gzip",
        "application/octet-stream",
        "text/plain",
    }
)


@dataclass(slots=True)
class CrawlSummary:
    """What one crawl run did."""

    discovery_pages: int = 0
    discovered: int = 0  # article URLs new to the frontier
    attempted: int = 0
    stored: Counter[str] = field(default_factory=Counter)  # new / updated / unchanged
    failed: Counter[str] = field(default_factory=Counter)  # by error kind
    seconds: float = 0.0

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        ok = sum(self.stored.values())
        failed = ", ".join(f"{k} {v}" for k, v in sorted(self.failed.items())) or "none"
        return (
            f"discovered {self.discovered} new URLs from {self.discovery_pages} pages; "
            f"{ok} ok ({self.stored['new']} new, {self.stored['updated']} updated, "
            f"{self.stored['unchanged']} unchanged); failed: {failed}; {self.seconds:.1f} s"
        )


async def _discover(
    seeds: Sequence[str],
    store: Store,
    settings: FetchSettings,
    *,
    depth: int,
    since: dt.datetime | None,
    max_pages: int,
    summary: CrawlSummary,
    refresh: bool,
) -> None:
    hosts = frozenset(host_of(s) for s in seeds)
    discovery_settings = settings.model_copy(update={"content_types": DISCOVERY_TYPES})
    queue: list[tuple[str, int]] = [(u, 0) for s in seeds if (u := normalize_url(s))]
    seen: set[str] = set()
    async with open_session(discovery_settings) as session:
        while queue and summary.discovery_pages < max_pages:
            url, level = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            try:
                fetched = await session.fetch(url)
            except ArabNewsError as exc:
                log.info("discovery page %s failed: %s", url, exc)
                continue
            summary.discovery_pages += 1
            kind = sniff(fetched.body, fetched.headers.get("content-type"))
            found: Discovered
            try:
                if kind == "sitemap":
                    found = from_sitemap(fetched.body, hosts=hosts)
                elif kind == "feed":
                    found = from_feed(fetched.body, hosts=hosts)
                else:
                    found = from_html(fetched.body, fetched.final_url, hosts=hosts)
            except Exception as exc:  # one hostile discovery page must not end the crawl
                log.warning("discovery page %s unreadable: %r", url, exc)
                continue
            fresh = [
                f.url
                for f in found.articles
                if since is None or f.published is None or f.published >= since
            ]
            summary.discovered += store.push(fresh, depth=level, requeue=refresh)
            queue.extend((u, level) for u in found.feeds)  # feeds and sitemaps: same level
            if level < depth:
                queue.extend((u, level + 1) for u in found.pages)


async def acrawl(
    seeds: Sequence[str],
    *,
    store: Store,
    settings: FetchSettings | None = None,
    options: Options | None = None,
    depth: int = 1,
    since: dt.datetime | None = None,
    max_pages: int | None = None,
    max_discovery_pages: int = 200,
    refresh: bool = False,
    workers: int | None = None,
    progress: Callable[[Result], object] | None = None,
) -> CrawlSummary:
    """Discover, fetch, extract and store; see the module docstring."""
    settings = settings or FetchSettings()
    summary = CrawlSummary()
    start = time.monotonic()
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=dt.timezone.utc)
    await _discover(
        seeds,
        store,
        settings,
        depth=depth,
        since=since,
        max_pages=max_discovery_pages,
        summary=summary,
        refresh=refresh,
    )

    handed: set[str] = set()  # given to the batch; leaves 'pending' when its result is in
    results = 0

    async def todo() -> AsyncIterator[str]:
        budget = max_pages if max_pages is not None else -1
        while budget != 0:
            # Rows in flight are still pending: look past them, however many there are
            # (concurrency + 2 x workers can exceed any fixed window).
            in_flight = len(handed) - results
            batch = [u for u, _ in store.pending(_WINDOW + in_flight) if u not in handed]
            if not batch:
                return
            for url in batch:
                handed.add(url)
                if not refresh and store.has_article(url):
                    store.mark(url, "done")
                    continue
                if budget == 0:
                    return
                budget -= 1
                yield url

    async for result in aextract_batch(
        todo(), settings=settings, options=options, workers=workers, progress=progress
    ):
        summary.attempted += 1
        results += 1
        url = result.input
        if result.page is not None:
            store.put_page(result.page)
        if result.article is not None:
            summary.stored[store.put_article(result.article, input_url=url)] += 1
            store.mark(url, "done")
        elif result.error is not None:
            summary.failed[result.error.kind] += 1
            store.put_page(error=result.error, url=url)
            store.mark(url, "failed")
    summary.seconds = time.monotonic() - start
    return summary


#: Pending frontier rows read at a time, beyond those in flight.
_WINDOW = 500


def crawl(seeds: Sequence[str], **kwargs: object) -> CrawlSummary:
    """Synchronous :func:`acrawl` (runs its own event loop)."""
    return asyncio.run(acrawl(seeds, **kwargs))  # type: ignore[arg-type]
