"""Crawling the local portal: discovery, politeness, incremental runs, crash safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from arabnews_extract.config import FetchSettings
from arabnews_extract.crawl import crawl
from arabnews_extract.store import Store

from .portal_server import STORIES, Portal, story_path

FAST = FetchSettings(allow_private_addresses=True, per_host_delay=0.0, retries=0)


@pytest.fixture
def portal() -> Iterator[Portal]:
    with Portal() as server:
        yield server


def _story_hits(portal: Portal) -> list[str]:
    return [p for p in portal.paths() if p.startswith("/story/")]


def test_crawl_discovers_from_home_sections_feed_and_sitemaps(
    portal: Portal, tmp_path: Path
) -> None:
    seeds = [portal.url("/"), portal.url("/sitemap.xml")]
    with Store(tmp_path / "a.db") as store:
        summary = crawl(seeds, store=store, settings=FAST, depth=1, workers=0)
        assert summary.discovered == STORIES
        assert summary.failed == {}
        assert sum(summary.stored.values()) == STORIES
        assert store.count("frontier") == STORIES
        page = store.page(portal.url(story_path(0)))
        assert page is not None and page["status"] == 200
        assert page["etag"] and page["last_modified"] and len(page["content_hash"]) == 64
        # Stories reached under several URLs are fetched and stored once per URL key.
        assert store.count("articles") <= STORIES
    paths = portal.paths()
    assert "/feed.xml" in paths and "/sitemaps/news-2.xml.gz" in paths
    assert not any(p.startswith(("/tag/", "/author/")) for p in paths)
    assert sorted(set(_story_hits(portal))) == sorted({story_path(n) for n in range(STORIES)})
    assert len(_story_hits(portal)) == STORIES


def test_more_pages_in_flight_than_the_pending_window_still_crawls_everything(
    portal: Portal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In-flight URLs stay pending until their result is in: with more of them than
    the window of pending rows read at a time, the crawl must look past them."""
    import arabnews_extract.crawl as crawl_module

    monkeypatch.setattr(crawl_module, "_WINDOW", 3)
    wide = FAST.model_copy(update={"concurrency": 16, "per_host_concurrency": 16})
    with Store(tmp_path / "a.db") as store:
        seeds = [portal.url("/"), portal.url("/sitemap.xml")]
        summary = crawl(seeds, store=store, settings=wide, depth=1, workers=0)
        assert summary.discovered == STORIES
        assert summary.attempted == STORIES
        assert store.pending(1000) == []


def test_a_second_run_fetches_only_what_is_new(portal: Portal, tmp_path: Path) -> None:
    seeds = [portal.url("/")]
    with Store(tmp_path / "a.db") as store:
        crawl(seeds, store=store, settings=FAST, depth=0, workers=0)
        first = len(_story_hits(portal))
        again = crawl(seeds, store=store, settings=FAST, depth=0, workers=0)
        assert len(_story_hits(portal)) == first  # nothing refetched
        assert again.attempted == 0
        refreshed = crawl(seeds, store=store, settings=FAST, depth=0, workers=0, refresh=True)
        assert refreshed.stored["unchanged"] == refreshed.attempted > 0


def test_max_pages_bounds_the_run(portal: Portal, tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        summary = crawl(
            [portal.url("/")], store=store, settings=FAST, depth=1, max_pages=3, workers=0
        )
        assert summary.attempted == 3
        assert len(store.pending()) > 0  # the rest waits for the next run


CHILD = """
import sys
from arabnews_extract.config import FetchSettings
from arabnews_extract.crawl import crawl
from arabnews_extract.store import Store
settings = FetchSettings(allow_private_addresses=True, per_host_delay=0.15, per_host_concurrency=1,
                         retries=0)
with Store(sys.argv[2]) as store:
    crawl([sys.argv[1], sys.argv[1] + "sitemap.xml"], store=store, settings=settings, depth=1,
          workers=0)
"""


def test_kill_minus_9_loses_at_most_the_pages_in_flight(portal: Portal, tmp_path: Path) -> None:
    db = tmp_path / "crawl.db"
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CHILD), portal.url("/"), str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while len(_story_hits(portal)) < 8 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with Store(db) as store:
        stored_before = store.count("articles")
        assert 0 < stored_before < STORIES  # killed in the middle
        fetched_before = len(_story_hits(portal))
        summary = crawl(
            [portal.url("/"), portal.url("/sitemap.xml")],
            store=store,
            settings=FAST,
            depth=1,
            workers=0,
        )
        assert sum(summary.stored.values()) == STORIES - stored_before
        assert store.count("articles") + 0 >= stored_before
        assert not store.pending()
    # Only what was not stored (plus at most the one page in flight) was fetched again.
    refetched = len(_story_hits(portal)) - fetched_before
    assert refetched <= STORIES - stored_before + 1
