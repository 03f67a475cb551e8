"""Batch extraction against real servers on 127.0.0.1: one result per input, politeness
per host, lazy input, clean stops."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import signal
import threading
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from arabnews_extract import (
    Article,
    FetchSettings,
    Result,
    aextract_batch,
    extract_batch,
    fetch,
)
from arabnews_extract.models import Timestamp

from .conftest import FIXTURES
from .portal_server import ARTICLE, ARTICLES, Portal

FAST = FetchSettings(
    allow_private_addresses=True,
    per_host_delay=0.0,
    per_host_concurrency=4,
    backoff=0.01,
    read_timeout=0.3,
    retries=1,
    max_body_bytes=1_000_000,
)

#: Paths of the mixed batch and the error kind each must give (None: an article).
MIXED: dict[str, str | None] = {
    f"/news/{ARTICLE}": None,
    "/p/3": None,
    "/flaky": None,
    "/gzip/news/gulf/hijri-saudi": None,
    "/br/news/maghreb/moroccan": None,
    "/legacy/none": None,
    "/redirect/1": None,
    "/news/notarticle/home-page": "not-an-article",
    "/missing": "http-status",
    "/down": "http-status",
    "/private/x": "robots",
    "/doc.pdf": "not-html",
    "/image.png": "not-html",
    "/huge": "too-large",
    "/reset": "fetch",
    "/loop/a": "fetch",
    "/slow": "timeout",
}


@pytest.fixture
def portals() -> Iterator[list[Portal]]:
    with Portal(slow_seconds=0.6) as a, Portal(slow_seconds=0.6) as b, Portal() as c:
        yield [a, b, c]


def _batch_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "arabnews-extract-batch"]


def test_mixed_batch_of_200_gives_exactly_one_result_each(portals: list[Portal]) -> None:
    paths = list(MIXED)
    urls = [portals[i % 3].url(paths[i % len(paths)]) for i in range(200)]
    # Distinct URLs per host for the stateful faults: /flaky and /ratelimited count per path.
    urls = [u + (f"?n={i}" if "/flaky" in u else "") for i, u in enumerate(urls)]
    in_flight: list[int] = []
    counts = Counter[str]()

    def source() -> Iterator[str]:
        for url in urls:
            counts["pulled"] += 1
            yield url

    def progress(result: Result) -> None:
        counts["done"] += 1
        in_flight.append(counts["pulled"] - counts["done"])

    results = list(extract_batch(source(), settings=FAST, workers=0, progress=progress))
    assert sorted(r.index for r in results) == list(range(200))
    for result in results:
        path = "/" + result.input.split("/", 3)[3].split("?")[0]
        expected = MIXED[path]
        got = result.error.kind if result.error else None
        assert got == expected, f"{result.input}: {result.error}"
        assert result.ok == (expected is None)
    assert max(in_flight) <= FAST.concurrency  # the window: concurrency + 2 * workers
    assert _batch_threads() == []


def test_error_records_carry_status_and_url(portals: list[Portal]) -> None:
    url = portals[0].url("/down")
    (result,) = extract_batch([url], settings=FAST, workers=0)
    assert result.error is not None
    assert (result.error.kind, result.error.status, result.error.url) == ("http-status", 503, url)
    assert result.input == url and result.index == 0


def test_local_items_pairs_and_fetched_pages(portals: list[Portal], tmp_path: Path) -> None:
    page = FIXTURES / "wordpress" / "agency-credit" / "page.html"
    fetched = fetch(portals[0].url(f"/news/{ARTICLE}"), settings=FAST)
    url_file = tmp_path / "urls.txt"
    url_file.write_text(portals[1].url("/p/1") + "\n")
    items: list[object] = [
        str(page),
        page,
        ("https://example.com/a", page.read_bytes()),
        fetched,
        url_file.read_text(),  # a line of a URL file, newline and all
        str(tmp_path / "nope.html"),
        12345,
    ]
    results = sorted(extract_batch(items, settings=FAST, workers=0), key=lambda r: r.index)  # type: ignore[arg-type]
    assert [r.ok for r in results] == [True, True, True, True, True, False, False]
    assert results[0].article == results[1].article
    assert results[5].error is not None and results[5].error.kind == "io"
    assert results[6].error is not None and results[6].error.kind == "invalid-page"
    assert results[3].input == fetched.url


def test_per_host_politeness_holds_while_other_hosts_run(portals: list[Portal]) -> None:
    polite, busy, _ = portals
    settings = FAST.model_copy(update={"per_host_delay": 0.2, "per_host_concurrency": 2})
    items = [portal.url(f"/p/{n}") for n in range(4) for portal in (polite, busy)]
    results = list(extract_batch(items, settings=settings, workers=0))
    assert all(r.ok for r in results)
    for portal in (polite, busy):
        # Starts are spaced as the client sends them; the first page is not compared with
        # robots.txt, whose arrival the new connection's handshake delays.
        assert portal.paths()[0] == "/robots.txt"
        starts = [hit.at for hit in portal.hits[1:]]
        assert len(starts) == 4
        assert all(b - a >= 0.19 for a, b in itertools.pairwise(starts))
    # The two hosts ran side by side: the busy host started before the polite one finished.
    assert busy.hits[1].at < polite.hits[-1].at
    assert polite.hits[1].at < busy.hits[-1].at


def test_per_host_concurrency_is_a_ceiling(portals: list[Portal]) -> None:
    portal = portals[0]  # /slow answers after 0.6 s, so requests pile up
    settings = FAST.model_copy(update={"per_host_concurrency": 2, "read_timeout": 2.0})
    urls = [portal.url(f"/slow?{n}") for n in range(6)]
    results = list(extract_batch(urls, settings=settings, workers=0))
    assert len(results) == 6
    assert portal.max_in_flight == 2


def test_robots_crawl_delay_raises_the_host_delay() -> None:
    with Portal(robots="User-agent: *\nCrawl-delay: 0.3\n") as portal:
        urls = [portal.url(f"/p/{n}") for n in range(3)]
        results = list(extract_batch(urls, settings=FAST, workers=0))
        assert all(r.ok for r in results)
        page_starts = [hit.at for hit in portal.hits if hit.path != "/robots.txt"]
        assert all(b - a >= 0.29 for a, b in itertools.pairwise(page_starts))
        assert portal.paths().count("/robots.txt") == 1  # cached per host


def test_a_huge_crawl_delay_is_capped() -> None:
    from protego import Protego

    from arabnews_extract.fetch import MAX_CRAWL_DELAY, _host_state_delay

    rules = Protego.parse("User-agent: *\nCrawl-delay: 31536000\n")
    assert _host_state_delay(FAST, rules) == MAX_CRAWL_DELAY


def test_a_local_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as fh:  # sparse: 3 GB on paper, nothing on disk
        fh.truncate(3_000_000_000)
    (result,) = list(extract_batch([big], workers=0))
    assert result.error is not None and result.error.kind == "too-large"
    assert "3,000,000,000 bytes" in result.error.message


def test_cached_batch_rerun_downloads_nothing_new(portals: list[Portal], tmp_path: Path) -> None:
    settings = FAST.model_copy(update={"cache_path": tmp_path / "cache.sqlite"})
    urls = [portals[0].url(f"/p/{n}") for n in range(5)]
    first = {r.input: r.article for r in extract_batch(urls, settings=settings, workers=0)}
    second = {r.input: r.article for r in extract_batch(urls, settings=settings, workers=0)}
    assert first.keys() == second.keys() and all(first.values())
    for url in urls:
        one, two = portals[0].requests_to(url.removeprefix(portals[0].base))
        assert "if-none-match" not in one.headers and "if-none-match" in two.headers
    for url in urls:  # same article, dates resolved against the new fetch time
        assert first[url].title == second[url].title  # type: ignore[union-attr]


def test_async_batch_takes_an_async_iterable(portals: list[Portal]) -> None:
    async def urls() -> AsyncIterator[str]:
        for n in range(6):
            yield portals[n % 2].url(f"/p/{n}")

    async def run() -> list[Result]:
        return [r async for r in aextract_batch(urls(), settings=FAST, workers=0)]

    results = asyncio.run(run())
    assert sorted(r.index for r in results) == list(range(6))
    assert all(r.ok for r in results)


def test_sync_and_async_batches_agree(portals: list[Portal]) -> None:
    urls = [portals[0].url(p) for p in ("/p/2", "/missing", "/doc.pdf", "/legacy/header")]

    async def run() -> list[Result]:
        return [r async for r in aextract_batch(urls, settings=FAST, workers=0)]

    def key(result: Result) -> tuple[int, str | None, str | None]:
        title = result.article.title if result.article else None
        return result.index, title, result.error.kind if result.error else None

    sync = sorted(map(key, extract_batch(urls, settings=FAST, workers=0)))
    assert sync == sorted(map(key, asyncio.run(run())))


#: Golden pages the worker-pool test serves: an even spread. It tests the pool (pages out
#: to processes, articles back); test_golden checks every page's extraction.
POOL_PAGES = 400


def test_worker_processes_give_the_same_articles(portals: list[Portal]) -> None:
    step = max(1, -(-len(ARTICLES) // POOL_PAGES))
    urls = [portals[0].url(f"/p/{n}") for n in range(0, len(ARTICLES), step)]
    # A patient read timeout: starting the worker pool on a loaded machine must not turn
    # a slow answer into an error record on one side only (this compares extraction).
    patient = FAST.model_copy(update={"read_timeout": 10.0})
    in_process = {r.index: r for r in extract_batch(urls, settings=patient, workers=0)}
    in_pool = {r.index: r for r in extract_batch(urls, settings=patient, workers=2)}
    assert [r.error for r in in_process.values() if r.error] == []
    # Dates agree too, but "منذ 5 دقائق" (the article's or a related item's) is read
    # against each fetch's own time, and the two runs fetch seconds apart (once across a
    # minute's turn: this test was flaky). Dates are compared apart, within two minutes.
    assert {i: _undated(r.article) for i, r in in_process.items() if r.article} == {
        i: _undated(r.article) for i, r in in_pool.items() if r.article
    }
    for i, r in in_process.items():
        other = in_pool[i].article
        assert r.article is not None and other is not None
        for mine, theirs in zip(_dates(r.article), _dates(other), strict=True):
            assert (mine is None) == (theirs is None)
            if mine is not None and theirs is not None:
                assert mine.text == theirs.text
                assert abs(mine.datetime - theirs.datetime) <= dt.timedelta(minutes=2)


def _undated(article: Article) -> Article:
    """The article without its dates, and without the warnings about them: a relative
    stamp ("منذ 3 ساعات") is read against each fetch's time, and which reading wins can
    turn between two fetches a minute apart (the machine-readable time is then later or
    earlier than the stamp's)."""
    related = [item.model_copy(update={"published": None}) for item in article.related]
    extraction = article.extraction.model_copy(
        update={
            "warnings": [
                w
                for w in article.extraction.warnings
                if not w.startswith(("published", "modified"))
            ]
        }
    )
    return article.model_copy(
        update={"published": None, "modified": None, "related": related, "extraction": extraction}
    )


def _dates(article: Article) -> list[Timestamp | None]:
    return [article.published, article.modified, *(item.published for item in article.related)]


def test_endless_input_is_consumed_lazily(portals: list[Portal]) -> None:
    pulled = Counter[str]()

    def endless() -> Iterator[str]:
        for n in itertools.count():
            pulled["items"] += 1
            yield portals[n % 3].url(f"/p/{n}")

    batch = extract_batch(endless(), settings=FAST, workers=0)
    first = list(itertools.islice(batch, 5))
    batch.close()
    assert len(first) == 5
    window = FAST.concurrency + 2 * 0
    assert pulled["items"] <= 5 + window + 1
    assert _batch_threads() == []


def test_cancelling_the_async_batch_stops_in_flight_work(portals: list[Portal]) -> None:
    settings = FAST.model_copy(update={"read_timeout": 5.0})
    urls = [portals[0].url("/p/1")] + [portals[1].url(f"/slow?{n}") for n in range(4)]
    seen: list[Result] = []

    async def consume() -> None:
        async for result in aextract_batch(urls, settings=settings, workers=0):
            seen.append(result)

    async def run() -> None:
        task = asyncio.create_task(consume())
        while not seen:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(asyncio.wait_for(run(), 10))
    assert [r.input for r in seen] == [urls[0]]


def _ctrl_c() -> None:
    main = threading.main_thread().ident
    assert main is not None
    signal.pthread_kill(main, signal.SIGINT)


def test_ctrl_c_stops_the_sync_batch_cleanly(portals: list[Portal]) -> None:
    settings = FAST.model_copy(update={"read_timeout": 5.0})
    urls = [portals[0].url("/p/1")] + [portals[1].url(f"/slow?{n}") for n in range(4)]
    seen: list[Result] = []
    # Ctrl-C while waiting for /slow: a real SIGINT to the main thread, which wakes a
    # blocking wait at once (interrupt_main only sets a flag the main thread reads when it
    # next runs Python, which a loaded machine delayed past /slow's answer)
    timer = threading.Timer(0.1, _ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        for result in extract_batch(urls, settings=settings, workers=0):
            seen.append(result)
            if timer.ident is None:
                timer.start()
    timer.join()
    assert [r.input for r in seen] == [urls[0]]
    assert _batch_threads() == []
