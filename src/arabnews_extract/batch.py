"""Batches: every input yields one :class:`Result`, an article or the reason, as data.

``extract_one`` is the single-item core shared by every batch path (local files, URL
lists once fetched, WARC records, Dask partitions), so they all produce the same records.

:func:`aextract_batch` is the engine: an asyncio loop pulls items lazily from the input,
keeps a bounded window of them in flight (so memory stays flat on a 10-million-line URL
file), fetches URLs through one polite :class:`~arabnews_extract.fetch.Session`, runs
extraction (CPU-bound) in a process pool, and yields each result as soon as it is done.
:func:`extract_batch` drives the same engine from a private event-loop thread, so the two
behave the same. Closing either generator early, cancelling the task or Ctrl-C stops the
work in flight; every result already yielded stays yielded.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import functools
import logging
import multiprocessing
import os
import threading
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
)
from pathlib import Path
from typing import Any, Union

import httpx

from .api import extract
from .config import FetchSettings, Options
from .errors import ArabNewsError, FetchError, PageTooLargeError
from .fetch import Session, open_session
from .models import ErrorRecord, Fetched, PageInfo, Result

log = logging.getLogger(__name__)

#: What a batch accepts: a file path, a (url, html) pair, or a fetched page.
#: (URLs are fetched by the fetcher first; see fetch.py.)
LocalItem = Union[str, "os.PathLike[str]", tuple[str, "bytes | str"], Fetched]
#: What :func:`extract_batch` accepts: an http(s) URL (a ``str``) or a local item.
Item = LocalItem
Progress = Callable[[Result], object]


def describe(item: object) -> str:
    """The ``input`` string of a result: the URL or path the user gave."""
    if isinstance(item, Fetched):
        return item.url
    if isinstance(item, tuple) and item:
        return str(item[0])
    return os.fspath(item) if isinstance(item, (str, os.PathLike)) else repr(item)[:200]


def extract_one(
    item: LocalItem,
    index: int = 0,
    *,
    options: Options | None = None,
    reference_time: dt.datetime | None = None,
) -> Result:
    """Extract one local item; never raises for a bad page (it becomes an error record)."""
    name = describe(item)
    try:
        if isinstance(item, Fetched):
            article = extract(
                item.body,
                url=item.final_url,
                headers=item.headers,
                reference_time=reference_time or item.fetched_at,
                options=options,
            )
        elif isinstance(item, tuple):
            url, page = item
            article = extract(page, url=url, reference_time=reference_time, options=options)
        else:
            path = Path(item)
            limit = (options or Options()).max_page_bytes
            size = path.stat().st_size
            if size > limit:  # refused before it is read: a 2 GB file never enters memory
                raise PageTooLargeError(f"page is {size:,} bytes; the limit is {limit:,}")
            article = extract(path.read_bytes(), reference_time=reference_time, options=options)
    except ArabNewsError as exc:
        fetched = item if isinstance(item, Fetched) else None
        record = ErrorRecord(
            kind=exc.kind,
            message=exc.message,
            status=fetched.status if fetched else None,
            url=fetched.final_url if fetched else None,
        )
        return Result(index=index, input=name, error=record)
    except OSError as exc:
        return Result(index=index, input=name, error=ErrorRecord(kind="io", message=str(exc)))
    return Result(index=index, input=name, article=article)


def _is_url(item: object) -> bool:
    return isinstance(item, str) and item[:8].lower().startswith(("http://", "https://"))


def _record(exc: ArabNewsError, url: str) -> ErrorRecord:
    if isinstance(exc, FetchError):
        return ErrorRecord(
            kind=exc.kind, message=exc.message, status=exc.status, url=exc.url or url
        )
    return ErrorRecord(kind=exc.kind, message=exc.message, url=url)


def _executor(workers: int | None) -> concurrent.futures.Executor:
    """Processes for extraction (CPU-bound), or one thread when ``workers`` is 0.

    Workers start by "forkserver" (or "spawn"), never a bare fork of this
    multi-threaded process.
    """
    if workers == 0:
        return concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="arabnews-extract")
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return concurrent.futures.ProcessPoolExecutor(workers or os.cpu_count() or 1, context)


async def _items(items: Iterable[Item] | AsyncIterable[Item]) -> AsyncIterator[Item]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


async def _one(
    item: object,
    index: int,
    session: Session,
    extract_in_pool: Callable[[Item, int], asyncio.Future[Result]],
) -> Result:
    if isinstance(item, str):
        item = item.strip()  # lines of a URL file keep their newline
    name = describe(item)
    try:
        if _is_url(item):
            assert isinstance(item, str)
            try:
                fetched = await session.fetch(item)
            except ArabNewsError as exc:
                return Result(index=index, input=name, error=_record(exc, name))
            result = await extract_in_pool(fetched, index)
            return result.model_copy(update={"page": PageInfo.of(fetched)})
        if not isinstance(item, (str, os.PathLike, tuple, Fetched)):
            message = f"unsupported batch item of type {type(item).__name__}"
            return Result(
                index=index, input=name, error=ErrorRecord(kind="invalid-page", message=message)
            )
        return await extract_in_pool(item, index)
    except Exception as exc:  # one bad item never stops the batch
        log.exception("batch item %d (%s) failed unexpectedly", index, name)
        message = f"{type(exc).__name__}: {exc}"
        return Result(
            index=index, input=name, error=ErrorRecord(kind="invalid-page", message=message)
        )


async def aextract_batch(
    items: Iterable[Item] | AsyncIterable[Item],
    *,
    settings: FetchSettings | None = None,
    options: Options | None = None,
    workers: int | None = None,
    client: httpx.AsyncClient | None = None,
    progress: Progress | None = None,
    reference_time: dt.datetime | None = None,
) -> AsyncGenerator[Result, None]:
    """Extract every item, yielding one :class:`Result` per item as each finishes.

    ``items``: http(s) URLs, file paths, ``(url, html)`` pairs or :class:`Fetched`
    pages, from any iterable or async iterable, consumed lazily. ``settings`` rule the
    fetching (politeness, limits, robots.txt, cache), ``options`` the extraction.
    ``workers``: extraction processes (default: one per CPU; 0: one thread in this
    process). ``client``: an ``httpx.AsyncClient`` to fetch with (left open).
    ``progress`` is called with each result before it is yielded. ``reference_time``
    (when the pages were saved) applies to files and (url, html) pairs; fetched pages use
    their own fetch time.

    Results come in completion order; ``Result.index`` is the item's position. At most
    ``settings.concurrency`` plus twice ``workers`` items are in flight. Never raises for
    one bad item: its result carries an :class:`ErrorRecord` instead.
    """
    settings = settings or FetchSettings()
    pool = _executor(workers)
    window = settings.concurrency + 2 * (workers if workers is not None else os.cpu_count() or 1)
    loop = asyncio.get_running_loop()

    def extract_in_pool(item: Item, index: int) -> asyncio.Future[Result]:
        # A fetched page has its own reference time: when it was fetched.
        reference = None if isinstance(item, Fetched) else reference_time
        job = functools.partial(extract_one, item, index, options=options, reference_time=reference)
        return loop.run_in_executor(pool, job)

    finished = False
    try:
        async with open_session(settings, client) as session:
            source = _items(items)
            pending: set[asyncio.Task[Result]] = set()
            index = 0
            exhausted = False
            try:
                while True:
                    while not exhausted and len(pending) < window:
                        try:
                            item = await source.__anext__()
                        except StopAsyncIteration:
                            exhausted = True
                            break
                        pending.add(
                            asyncio.ensure_future(_one(item, index, session, extract_in_pool))
                        )
                        index += 1
                    if not pending:
                        break
                    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                    for task in sorted(done, key=_task_order):
                        result = task.result()
                        if progress is not None:
                            progress(result)
                        yield result
            finally:
                for task in pending:
                    task.cancel()
                if pending:
                    await asyncio.wait(pending)
        finished = True
    finally:
        # After a normal end the pool is idle: wait for it. After cancellation don't.
        pool.shutdown(wait=finished, cancel_futures=True)


def _task_order(task: asyncio.Task[Result]) -> int:
    return task.result().index


class _LoopThread:
    """A private event loop in a daemon thread, for driving async code from sync code."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self.loop.run_forever, name="arabnews-extract-batch", daemon=True
        )
        self._thread.start()

    def run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


def extract_batch(
    items: Iterable[Item] | AsyncIterable[Item],
    *,
    settings: FetchSettings | None = None,
    options: Options | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    reference_time: dt.datetime | None = None,
) -> Iterator[Result]:
    """The sync twin of :func:`aextract_batch`: same items, same results, same policy.

    The async engine runs in a private event-loop thread; this generator hands its
    results over one by one. Ctrl-C or closing the generator (``break``) cancels the
    work in flight and shuts the thread down before returning.
    """
    runner = _LoopThread()
    results = aextract_batch(
        items, settings=settings, options=options, workers=workers, reference_time=reference_time
    )
    state: dict[str, asyncio.Task[Any] | None] = {"task": None}

    async def next_result() -> Result | None:
        state["task"] = asyncio.current_task()
        try:
            return await results.__anext__()
        except StopAsyncIteration:
            return None

    async def stop() -> None:
        task = state["task"]
        if task is not None and not task.done():
            task.cancel()
            await asyncio.wait([task])
        await results.aclose()

    try:
        while True:
            future = asyncio.run_coroutine_threadsafe(next_result(), runner.loop)
            try:
                result = future.result()
            except BaseException:
                future.cancel()
                raise
            if result is None:
                return
            if progress is not None:
                progress(result)
            yield result
    finally:
        try:
            runner.run(stop())
        finally:
            runner.close()
