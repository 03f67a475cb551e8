"""Flat rows of results: the one column set shared by CSV, Parquet and the WARC pipeline.

Tabular outputs cannot hold nested objects, so an :class:`~arabnews_extract.models.Result`
becomes one row of scalars and string lists. Defined once here so the CLI's CSV/Parquet
export, ``warc_to_parquet`` and the store's export all write the same columns.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .models import Result

#: The flat columns of a tabular export (Parquet), in order, with their types:
#: "str", "int" or "list[str]"; all nullable. ``published`` and ``modified`` are ISO 8601
#: strings with the page's offset (or none), ``published_month`` is ``YYYY-MM``.
ROW_COLUMNS: dict[str, str] = {
    "input": "str",
    "index": "int",
    "warc_file": "str",
    "url": "str",
    "portal": "str",
    "title": "str",
    "authors": "list[str]",
    "published": "str",
    "published_month": "str",
    "modified": "str",
    "lead": "str",
    "body": "list[str]",
    "sources": "list[str]",
    "dateline": "str",
    "related": "list[str]",
    "tags": "list[str]",
    "section": "str",
    "language": "str",
    "error_kind": "str",
    "error_message": "str",
}


def portal_of(url: str | None) -> str | None:
    """The portal of a URL: its host name, lower-cased, without ``www.``."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "https://[www.example.com/": a canonical link written wrong
        return None
    return host.removeprefix("www.") or None


def article_row(result: Result, *, warc_file: str | None = None) -> dict[str, Any]:
    """One flat row (the keys of :data:`ROW_COLUMNS`) for a result, article or error."""
    article, error = result.article, result.error
    url = (article.url if article else None) or (error.url if error else None) or result.input
    published = article.published.datetime if article and article.published else None
    modified = article.modified.datetime if article and article.modified else None
    return {
        "input": result.input,
        "index": result.index,
        "warc_file": warc_file,
        "url": url,
        "portal": portal_of(url),
        "title": article.title if article else None,
        "authors": list(article.authors) if article else [],
        "published": published.isoformat() if published else None,
        "published_month": f"{published.year:04d}-{published.month:02d}" if published else None,
        "modified": modified.isoformat() if modified else None,
        "lead": article.lead if article else None,
        "body": list(article.body) if article else [],
        "sources": [s.code or s.name for s in article.sources] if article else [],
        "dateline": article.dateline if article else None,
        "related": [link.url for link in article.related] if article else [],
        "tags": list(article.tags) if article else [],
        "section": article.section if article else None,
        "language": article.language if article else None,
        "error_kind": error.kind if error else None,
        "error_message": error.message if error else None,
    }
