"""WARC input: the HTML responses of a web archive as :class:`Fetched` pages, streamed.

::

    WARC file (.warc / .warc.gz, local, or any fsspec URL such as s3://)
      -> iter_warc()      HTML response records as Fetched (WARC-Target-URI, WARC-Date,
                          HTTP status, headers and charset); everything else counted and skipped
      -> looks_arabic()   optional byte-level script filter (langfilter.py)
      -> extract_one()    the same single-item core as every other batch (batch.py)
      -> article_row()    one flat row per Result: the column set of Parquet exports

Records are read with fastwarc (C++, about 4x warcio on the same files; see
docs/scaling.md). A record is held in memory only while it is processed. What is not an
HTML page (requests, metadata, PDFs, images, redirects), a record the crawler truncated
(``WARC-Truncated``) or one the file ends inside, and damaged gzip members are skipped and
counted in a :class:`WarcStats`, never raised: reading resumes at the next gzip member
(or the next ``WARC/`` header of an uncompressed file) when the stream can seek.

fastwarc is the optional extra ``warc``: ``pip install "arabnews-extract[warc]"``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import os
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any
from urllib.parse import urlsplit

from fastwarc.stream_io import BrotliReader, ChunkedReader
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from .batch import extract_one
from .config import Options
from .langfilter import DEFAULT_MIN_SHARE, looks_arabic
from .models import Fetched, Result

logger = logging.getLogger(__name__)

__all__ = [
    "ROW_COLUMNS",
    "WarcStats",
    "article_row",
    "iter_results",
    "iter_warc",
]

#: A WARC given as a local path, an fsspec URL ("s3://bucket/x.warc.gz"), or a binary file.
WarcSource = str | os.PathLike[str] | IO[bytes]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_RESYNC_CHUNK = 1 << 20


@dataclasses.dataclass
class WarcStats:
    """What became of the records of one or more WARC files (counts only)."""

    records: int = 0  #: response and resource records seen
    html: int = 0  #: HTML pages handed on (``iter_warc`` yields exactly these)
    not_html: int = 0  #: other media types: PDF, images, JSON, robots.txt …
    not_ok: int = 0  #: HTTP status other than 2xx (redirects, 404s)
    truncated: int = 0  #: WARC-Truncated set by the crawler, or cut short by the file's end
    too_large: int = 0  #: payload over the size limit (not read)
    corrupt: int = 0  #: damaged gzip members or unreadable bytes skipped
    not_arabic: int = 0  #: dropped by the script filter
    articles: int = 0  #: results with an article
    errors: int = 0  #: results with an error record (not an article, undecodable …)

    def __add__(self, other: WarcStats) -> WarcStats:
        return WarcStats(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in _STAT_FIELDS}
        )

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


_STAT_FIELDS = dataclasses.fields(WarcStats)


# --- reading -----------------------------------------------------------------------------


def _open(source: str | os.PathLike[str]) -> IO[bytes]:
    name = os.fspath(source)
    if "://" in name and not name.startswith("file://"):
        import fsspec  # type: ignore[import-untyped]  # untyped; only remote URLs need it

        return fsspec.open(name, "rb").open()  # type: ignore[no-any-return]
    return open(name.removeprefix("file://"), "rb")


def _inflate(body: bytes, wbits: int) -> bytes | None:
    decoder = zlib.decompressobj(wbits)
    try:
        data = decoder.decompress(body) + decoder.flush()
    except zlib.error:
        return None
    return data if decoder.eof else None


def _decode_payload(body: bytes, headers: dict[str, str]) -> bytes | None:
    """Undo Transfer-Encoding and Content-Encoding (None: damaged or unknown coding).

    Common Crawl stores payloads decoded already; wget and browser archives do not.
    """
    lower = {key.lower(): value.lower() for key, value in headers.items()}
    if "chunked" in lower.get("transfer-encoding", ""):
        body = ChunkedReader(io.BytesIO(body)).read()
    for coding in reversed([c.strip() for c in lower.get("content-encoding", "").split(",")]):
        if coding in ("", "identity", "none"):
            continue
        if coding in ("gzip", "x-gzip"):
            decoded = _inflate(body, 16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            decoded = _inflate(body, zlib.MAX_WBITS) or _inflate(body, -zlib.MAX_WBITS)
        elif coding == "br":
            decoded = BrotliReader(io.BytesIO(body)).read() or None
        else:
            decoded = None
        if decoded is None:
            return None
        body = decoded
    return body


def _is_html(media: str | None, body_start: bytes) -> bool:
    if media in _HTML_TYPES:
        return True
    if media in (None, "", "application/octet-stream", "unknown/unknown"):
        return _SNIFF.match(body_start) is not None
    return False


def _to_fetched(record: WarcRecord, stats: WarcStats, max_bytes: int) -> Fetched | None:
    """One response/resource record as a Fetched page, or None (counted in ``stats``)."""
    stats.records += 1
    warc = record.headers
    if record.is_http:
        status = record.http_headers.status_code or 0
        headers = record.http_headers.to_dict()
        media = record.http_content_type
        charset = record.http_charset
    else:  # a resource record: the block is the document, typed by the WARC header
        status, headers = 200, {}
        content_type = warc.get("Content-Type") or ""
        media = content_type.split(";", 1)[0].strip().lower() or None
        charset = None
        if content_type:
            headers["Content-Type"] = content_type
    if not 200 <= status < 300:
        stats.not_ok += 1
        return None
    media = (media or "").lower() or None
    if media is not None and media not in _HTML_TYPES and not media.startswith("application/oct"):
        stats.not_html += 1
        return None
    if warc.get("WARC-Truncated"):
        stats.truncated += 1
        return None
    if record.content_length > max_bytes:
        stats.too_large += 1
        return None
    body = record.reader.read()
    if len(body) < record.content_length:
        stats.truncated += 1
        return None
    decoded = _decode_payload(body, headers)
    if decoded is None:
        stats.corrupt += 1
        return None
    if not _is_html(media, decoded[:2048]):
        stats.not_html += 1
        return None
    try:
        fetched_at = record.record_date
    except (ValueError, OSError):
        fetched_at = dt.datetime.now(dt.timezone.utc)  # no usable WARC-Date: rare, and logged
        logger.warning("record at %d has no valid WARC-Date", record.stream_pos)
    url = warc.get("WARC-Target-URI") or ""
    if url.startswith("<") and url.endswith(">"):  # WARC 1.0 drafts wrote <uri>
        url = url[1:-1]
    for key in [k for k in headers if k.lower() in ("content-encoding", "transfer-encoding")]:
        del headers[key]
    stats.html += 1
    return Fetched(
        url=url,
        final_url=url,
        status=status,
        headers=headers,
        body=decoded,
        encoding=charset,
        fetched_at=fetched_at,
    )


def _resync(stream: IO[bytes], start: int, gzipped: bool) -> int | None:
    """Offset of the next gzip member (or WARC header) after ``start``, or None."""
    magic = _GZIP_MAGIC if gzipped else _WARC_MAGIC
    try:
        stream.seek(start)
        carry = b""
        position = start
        while chunk := stream.read(_RESYNC_CHUNK):
            window = carry + chunk
            found = window.find(magic)
            if found >= 0:
                return position - len(carry) + found
            carry = window[-(len(magic) - 1) :]
            position += len(chunk)
    except (OSError, ValueError):
        return None
    return None


def _records(stream: IO[bytes], stats: WarcStats, max_bytes: int) -> Iterator[tuple[int, Fetched]]:
    """(offset, page) for each HTML response of an open WARC stream.

    After damaged data, reading resumes at the next gzip member (or ``WARC/`` header)
    past the last good record; every restart begins further on, so this ends.
    A damaged stretch (one or more bad members in a row) counts once in ``corrupt``.
    """
    try:
        seekable = stream.seekable()
        position = stream.tell() if seekable else 0
        gzipped = stream.read(2) == _GZIP_MAGIC[:2]
        if seekable:
            stream.seek(position)
    except (OSError, ValueError):
        stats.corrupt += 1
        return
    types = WarcRecordType.response | WarcRecordType.resource
    in_damage = False
    while True:
        last = position - 1
        try:
            for record in ArchiveIterator(stream, record_types=types, auto_decode="none"):
                last = record.stream_pos
                in_damage = False
                page = _to_fetched(record, stats, max_bytes)
                if page is not None:
                    yield record.stream_pos, page
            return
        except OSError as exc:  # fastwarc: bad gzip data or an unparsable record
            if not in_damage:
                stats.corrupt += 1
                logger.info("damaged WARC data after offset %d: %s", max(last, position), exc)
            in_damage = True
            resume = _resync(stream, max(last, position) + 1, gzipped) if seekable else None
            if resume is None:
                return
            try:
                stream.seek(resume)
            except (OSError, ValueError):
                return
            position = resume


def _iter_offsets(
    source: WarcSource, stats: WarcStats, max_bytes: int
) -> Iterator[tuple[int, Fetched]]:
    if isinstance(source, (str, os.PathLike)):
        with _open(source) as stream:
            yield from _records(stream, stats, max_bytes)
    else:
        yield from _records(source, stats, max_bytes)


def iter_warc(
    source: WarcSource,
    *,
    stats: WarcStats | None = None,
    max_bytes: int = Options().max_page_bytes,
) -> Iterator[Fetched]:
    """The HTML responses of a WARC file (gzip or plain) as :class:`Fetched`, in file order.

    ``source`` is a path, an fsspec URL or an open binary file. ``fetched_at`` is the
    record's WARC-Date, the reference time of the page's relative dates. Pass a
    :class:`WarcStats` to learn what was skipped; nothing here raises for bad records.
    """
    yield from (page for _, page in _iter_offsets(source, stats or WarcStats(), max_bytes))


def iter_results(
    source: WarcSource,
    *,
    options: Options | None = None,
    min_arabic: float | None = DEFAULT_MIN_SHARE,
    stats: WarcStats | None = None,
) -> Iterator[Result]:
    """One :class:`Result` per HTML response of a WARC file that passes the script filter.

    ``min_arabic`` is the least share of Arabic letters a page needs to be extracted
    (None: extract every page). Each result's ``index`` is the record's byte offset in
    the file, so ``(file, index)`` finds the record again.
    """
    options = options or Options()
    stats = stats if stats is not None else WarcStats()
    for offset, page in _iter_offsets(source, stats, options.max_page_bytes):
        if min_arabic is not None and not looks_arabic(page, min_share=min_arabic):
            stats.not_arabic += 1
            continue
        result = extract_one(page, offset, options=options)
        if result.ok:
            stats.articles += 1
        else:
            stats.errors += 1
        yield result


# --- rows --------------------------------------------------------------------------------

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
    host = urlsplit(url).hostname or ""
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
