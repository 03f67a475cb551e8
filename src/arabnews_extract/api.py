"""The public, keyword-only entry points. Thin: validation here, work in pipeline."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Mapping

import httpx

from . import pipeline
from .config import FetchSettings, Options
from .dates.parse import REFERENCE_YEARS
from .decode import content_type
from .errors import ArabNewsError, InvalidPageError, NotHTMLError, PageTooLargeError
from .fetch import afetch, fetch
from .models import Article

_HTML_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"}
)


def extract(
    page: bytes | str,
    *,
    url: str | None = None,
    headers: Mapping[str, str] | None = None,
    reference_time: dt.datetime | None = None,
    options: Options | None = None,
) -> Article:
    """Extract the article of one page.

    ``page`` is the page as fetched (bytes, decoded here with ``headers``' charset or
    detection) or already-decoded text. ``reference_time`` is when the page was fetched:
    it resolves relative dates ("منذ 3 ساعات") and a missing year, and no date after it
    is accepted.

    Raises :class:`~arabnews_extract.errors.InvalidPageError` (and its subclasses) for
    input that is not an HTML page (pages nested or attributed to stall the parser
    included) and :class:`~arabnews_extract.errors.NotAnArticleError` for a page without
    an article; never any other exception for any page. An argument of the wrong type
    (a ``reference_time`` that is a string) is a programming error: ``TypeError``.
    """
    options = options or Options()
    if not isinstance(page, (bytes, bytearray, str)):
        raise InvalidPageError(f"page must be bytes or str, not {type(page).__name__}")
    size = (
        len(page)
        if isinstance(page, (bytes, bytearray))
        else len(page.encode("utf-8", "surrogatepass"))
    )
    if size > options.max_page_bytes:
        raise PageTooLargeError(f"page is {size:,} bytes; the limit is {options.max_page_bytes:,}")
    media = content_type(headers)
    if media is not None and media not in _HTML_TYPES:
        raise NotHTMLError(f"content type {media!r} is not HTML")
    if isinstance(page, str):
        if not page.strip():
            raise InvalidPageError("empty page")
        if "\x00" in page[:4096]:
            raise NotHTMLError("input contains NUL characters: binary data, not an HTML page")
    else:
        page = bytes(page)  # binary input is refused by the decode stage
    if reference_time is not None and not isinstance(reference_time, dt.datetime):
        raise TypeError("reference_time must be a datetime")
    if reference_time is not None and reference_time.year not in REFERENCE_YEARS:
        # The date engine ignores such a reference already; here it would overflow
        # date arithmetic ("datetime.max + a few minutes") in the checks around it.
        reference_time = None
    try:
        return pipeline.run(
            page, url=url, headers=headers, reference_time=reference_time, options=options
        )
    except ArabNewsError:
        raise
    except RecursionError as exc:
        raise InvalidPageError("page is nested too deeply to read") from exc
    except (ValueError, UnicodeError) as exc:
        raise InvalidPageError(f"page could not be read: {exc}") from exc


def extract_url(
    url: str,
    *,
    settings: FetchSettings | None = None,
    client: httpx.Client | None = None,
    options: Options | None = None,
) -> Article:
    """Fetch one page (see :func:`~arabnews_extract.fetch.fetch`) and extract its article.

    ``reference_time`` is the moment the page was fetched. Raises what :func:`fetch`
    raises (:class:`~arabnews_extract.errors.FetchError` and its subclasses, NotHTMLError,
    PageTooLargeError) and what :func:`extract` raises; never any other exception.
    """
    fetched = fetch(url, client=client, settings=settings)
    return extract(
        fetched.body,
        url=fetched.final_url,
        headers=fetched.headers,
        reference_time=fetched.fetched_at,
        options=options,
    )


async def aextract_url(
    url: str,
    *,
    settings: FetchSettings | None = None,
    client: httpx.AsyncClient | None = None,
    options: Options | None = None,
) -> Article:
    """The async twin of :func:`extract_url`: same policy, same result, same errors.

    The fetch runs on the event loop; the extraction (CPU work, a few milliseconds) in a
    worker thread, so that a server answering other requests on the same loop is not
    held up by it. For many pages use :func:`~arabnews_extract.batch.aextract_batch`,
    which extracts in worker processes.
    """
    fetched = await afetch(url, client=client, settings=settings)
    return await asyncio.to_thread(
        extract,
        fetched.body,
        url=fetched.final_url,
        headers=fetched.headers,
        reference_time=fetched.fetched_at,
        options=options,
    )
