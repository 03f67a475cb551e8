"""Batches: every input yields one :class:`Result`, an article or the reason, as data.

``extract_one`` is the single-item core shared by every batch path (local files, URL
lists once fetched, WARC records, Dask partitions), so they all produce the same records.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Union

from .api import extract
from .config import Options
from .errors import ArabNewsError
from .models import ErrorRecord, Fetched, Result

#: What a batch accepts: a file path, a (url, html) pair, or a fetched page.
#: (URLs are fetched by the fetcher first; see fetch.py.)
LocalItem = Union[str, "os.PathLike[str]", tuple[str, "bytes | str"], Fetched]


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
            page_bytes = Path(item).read_bytes()
            article = extract(page_bytes, reference_time=reference_time, options=options)
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
