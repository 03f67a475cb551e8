"""WARC input: the HTML responses of a web archive as :class:`Fetched` pages, streamed.

::

    WARC file (.warc / .warc.gz, local, or any fsspec URL such as s3://)
      -> iter_warc()      HTML response records as Fetched (WARC-Target-URI, WARC-Date,
                          HTTP status, headers and charset); everything else counted and skipped
      -> looks_arabic()   optional byte-level script filter (langfilter.py)
      -> extract_one()    the same single-item core as every other batch (batch.py)
      -> article_row()    one flat row per Result: the column set of Parquet exports

Records are read with fastwarc (C++; 2-3.3x warcio's records/s on the same files, see
docs/scaling.md); ARC files, the format before WARC, by a small reader here. A record is
held in memory only while it is processed. What is not an HTML page (requests, metadata,
PDFs, images, redirects), a record the crawler truncated (``WARC-Truncated``) or one the
file ends inside, and damaged gzip members are skipped and counted in a
:class:`WarcStats`, never raised: reading resumes at the next gzip member (or the next
``WARC/`` header of an uncompressed file) when the stream can seek.

fastwarc is the optional extra ``warc``: ``pip install "arabnews-extract[warc]"``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import io
import logging
import os
import re
import zlib
from collections.abc import Iterator, Mapping
from typing import IO, Any, cast

from fastwarc.stream_io import BrotliReader, ChunkedReader
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from .batch import extract_one
from .config import Options
from .decode import content_type, header_charset
from .langfilter import DEFAULT_MIN_SHARE, looks_arabic
from .models import Fetched, Result
from .rows import ROW_COLUMNS, article_row

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
#: Media types that say nothing: the payload's first bytes decide.
_UNTYPED = frozenset({"", "application/octet-stream", "unknown/unknown", "no-type"})
_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_ARC_MAGIC = b"filedesc://"
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
    unreadable: int = 0  #: files that could not be opened (warc_to_parquet; logged)

    def __add__(self, other: WarcStats) -> WarcStats:
        return WarcStats(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in _STAT_FIELDS}
        )

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


_STAT_FIELDS = dataclasses.fields(WarcStats)


# --- reading -----------------------------------------------------------------------------


def _open(source: str | os.PathLike[str], storage_options: Mapping[str, Any] | None) -> IO[bytes]:
    name = os.fspath(source)
    if "://" in name and not name.startswith("file://"):
        import fsspec  # type: ignore[import-untyped]  # untyped; only remote URLs need it

        return fsspec.open(name, "rb", **(storage_options or {})).open()  # type: ignore[no-any-return]
    return open(name.removeprefix("file://"), "rb")


def _inflate(body: bytes, wbits: int, limit: int) -> bytes | None:
    """Decompressed ``body``, at most ``limit + 1`` bytes of it (None: damaged data)."""
    decoder = zlib.decompressobj(wbits)
    try:
        data = decoder.decompress(body, limit + 1)
        if len(data) > limit:
            return data  # a bomb, or just too large: the caller counts it
        data += decoder.flush()
    except zlib.error:
        return None
    return data if decoder.eof else None


def _decode_payload(body: bytes, headers: dict[str, str], limit: int) -> bytes | None:
    """Undo Transfer-Encoding and Content-Encoding (None: damaged or unknown coding).

    Decoding stops past ``limit`` bytes, so a small compressed payload cannot fill memory.
    Common Crawl stores payloads decoded already; wget and browser archives do not.
    """
    lower = {key.lower(): value.lower() for key, value in headers.items()}
    if "chunked" in lower.get("transfer-encoding", ""):
        body = ChunkedReader(io.BytesIO(body)).read()
    for coding in reversed([c.strip() for c in lower.get("content-encoding", "").split(",")]):
        if coding in ("", "identity", "none"):
            continue
        if coding in ("gzip", "x-gzip"):
            decoded = _inflate(body, 16 + zlib.MAX_WBITS, limit)
        elif coding == "deflate":
            decoded = _inflate(body, zlib.MAX_WBITS, limit) or _inflate(
                body, -zlib.MAX_WBITS, limit
            )
        elif coding == "br":
            decoded = BrotliReader(io.BytesIO(body)).read(limit + 1) or None
        else:
            decoded = None
        if decoded is None:
            return None
        body = decoded
    return body


def _is_html(media: str | None, body_start: bytes) -> bool:
    if media in _HTML_TYPES:
        return True
    if media is None or media in _UNTYPED:
        return _SNIFF.match(body_start) is not None
    return False


def _checks_pass(
    stats: WarcStats, status: int, media: str | None, truncated: bool, length: int, limit: int
) -> bool:
    """The checks made before a payload is read (False: skipped, and counted)."""
    if not 200 <= status < 300:
        stats.not_ok += 1
    elif media is not None and media not in _HTML_TYPES and media not in _UNTYPED:
        stats.not_html += 1
    elif truncated:
        stats.truncated += 1
    elif length > limit:
        stats.too_large += 1
    else:
        return True
    return False


def _page(
    stats: WarcStats,
    *,
    url: str,
    fetched_at: dt.datetime,
    status: int,
    headers: dict[str, str],
    media: str | None,
    charset: str | None,
    body: bytes,
    length: int,
    limit: int,
) -> Fetched | None:
    """The checks made on a payload, then the page (None: skipped, and counted)."""
    if len(body) < length:
        stats.truncated += 1
        return None
    decoded = _decode_payload(body, headers, limit)
    if decoded is None:
        stats.corrupt += 1
        return None
    if len(decoded) > limit:
        stats.too_large += 1
        return None
    if not _is_html(media, decoded[:2048]):
        stats.not_html += 1
        return None
    for key in [k for k in headers if k.lower() in ("content-encoding", "transfer-encoding")]:
        del headers[key]
    if media not in _HTML_TYPES:
        # Served as octet-stream or unknown, sniffed as HTML: say so, or extract() would
        # refuse the page by its declared type. A declared charset is kept.
        for key in [k for k in headers if k.lower() == "content-type"]:
            del headers[key]
        headers["Content-Type"] = f"text/html; charset={charset}" if charset else "text/html"
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
        media = content_type.split(";", 1)[0].strip() or None
        charset = header_charset({"Content-Type": content_type})
        if content_type:
            headers["Content-Type"] = content_type
    media = media.lower() if media else None
    truncated = bool(warc.get("WARC-Truncated"))
    if not _checks_pass(stats, status, media, truncated, record.content_length, max_bytes):
        return None
    try:
        fetched_at = record.record_date
    except (ValueError, OSError):  # no usable WARC-Date, so no reference time: skip
        stats.corrupt += 1
        return None
    url = warc.get("WARC-Target-URI") or ""
    if url.startswith("<") and url.endswith(">"):  # WARC 1.0 drafts wrote <uri>
        url = url[1:-1]
    return _page(
        stats,
        url=url,
        fetched_at=fetched_at,
        status=status,
        headers=headers,
        media=media,
        charset=charset,
        body=record.reader.read(),
        length=record.content_length,
        limit=max_bytes,
    )


# --- ARC, the format before WARC (Internet Archive, 1996-2008) -----------------------------


def _header_text(raw: bytes) -> str:
    """A header field as text: UTF-8 where it is valid (crawlers write IRIs such as
    Arabic URL paths unescaped), else Latin-1, which reads any byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _http_head(content: bytes) -> tuple[int, dict[str, str], bytes] | None:
    """Status, headers and body of an HTTP response as archived, or None if it is not one."""
    if not content.startswith(b"HTTP/"):
        return None
    ends = [(i, len(sep)) for sep in (b"\r\n\r\n", b"\n\n") if (i := content.find(sep)) >= 0]
    if not ends:
        return None
    cut, sep_len = min(ends)
    # Only the blank line ends the head: a body that starts with a line break keeps it.
    head, body = content[:cut], content[cut + sep_len :]
    lines = head.decode("latin-1").splitlines()
    parts = lines[0].split(None, 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isascii() and parts[1].isdigit() else 0
    headers: dict[str, str] = {}
    for line in lines[1:]:
        key, sep, value = line.partition(":")
        if sep:
            headers[key.strip()] = value.strip()
    return status, headers, body


def _arc_records(
    stream: IO[bytes], stats: WarcStats, max_bytes: int
) -> Iterator[tuple[int, Fetched]]:
    """(offset in the uncompressed stream, page) for each HTML response of an ARC file."""
    offset, first = 0, True
    try:
        while line := stream.readline(64 * 1024):
            start = offset
            offset += len(line)
            fields = line.split()
            if not fields:
                continue  # the blank line after each record
            if not fields[-1].isdigit():
                stats.corrupt += 1  # no length: the rest cannot be framed
                return
            length = int(fields[-1])
            content = stream.read(min(length, max_bytes + 1))
            offset += len(content)
            remaining = length - len(content) if len(content) > max_bytes else 0
            while remaining > 0 and (chunk := stream.read(min(remaining, 1 << 20))):
                remaining -= len(chunk)  # too large: the rest is skipped unread
                offset += len(chunk)
            if first:  # the filedesc:// version block
                first = False
                continue
            stats.records += 1
            if len(fields) not in (5, 10):
                stats.corrupt += 1
                continue
            date, arc_type = (f.decode("latin-1") for f in (fields[2], fields[3]))
            url = _header_text(fields[0])
            parsed = _http_head(content)
            if parsed is None:  # no HTTP head: typed by the ARC header line
                status, headers, body = 200, {"Content-Type": arc_type}, content
            else:
                status, headers, body = parsed
            media = content_type(headers)
            expected = len(body) + max(length - len(content), 0)
            if not _checks_pass(stats, status, media, False, expected, max_bytes):
                continue
            try:
                when = dt.datetime.strptime(date[:14], "%Y%m%d%H%M%S")
            except ValueError:
                stats.corrupt += 1
                continue
            page = _page(
                stats,
                url=url,
                fetched_at=when.replace(tzinfo=dt.timezone.utc),
                status=status,
                headers=headers,
                media=media,
                charset=header_charset(headers),
                body=body,
                length=expected,
                limit=max_bytes,
            )
            if page is not None:
                yield start, page
    except (OSError, EOFError, zlib.error):  # a damaged gzip member ends an ARC file
        stats.corrupt += 1


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


class _ForwardOnly(io.RawIOBase):
    """A pipe or socket as fastwarc wants a stream: ``tell`` counts, ``seek`` reads ahead."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._position = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._position += len(data)
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = offset if whence == io.SEEK_SET else self._position + offset
        if whence not in (io.SEEK_SET, io.SEEK_CUR) or target < self._position:
            raise OSError("stream cannot seek backwards")
        while self._position < target and self.read(min(target - self._position, 1 << 16)):
            pass
        return self._position


def _peek(stream: IO[bytes], size: int) -> bytes:
    """The first bytes of a stream, which stays where it was."""
    if isinstance(stream, io.BufferedReader) and not stream.seekable():
        return stream.peek(size)[:size]
    position = stream.tell()
    head = stream.read(size)
    stream.seek(position)
    return head


def _is_arc(head: bytes, gzipped: bool) -> bool:
    if gzipped:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return False
    return head.startswith(_ARC_MAGIC)


def _records(stream: IO[bytes], stats: WarcStats, max_bytes: int) -> Iterator[tuple[int, Fetched]]:
    """(offset, page) for each HTML response of an open WARC stream.

    After damaged data, reading resumes at the next gzip member (or ``WARC/`` header)
    past the last good record; every restart begins further on, so this ends.
    A damaged stretch (one or more bad members in a row) counts once in ``corrupt``.
    """
    try:
        if not stream.seekable():  # fastwarc calls tell() and seek(): give it a stream that can
            stream = io.BufferedReader(_ForwardOnly(stream))
        head = _peek(stream, 512)
        position = stream.tell()
    except (OSError, ValueError):
        stats.corrupt += 1
        return
    gzipped = head.startswith(_GZIP_MAGIC[:2])
    seekable = stream.seekable()
    if _is_arc(head, gzipped):
        arc = cast("IO[bytes]", gzip.GzipFile(fileobj=stream)) if gzipped else stream
        yield from _arc_records(arc, stats, max_bytes)
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
    source: WarcSource,
    stats: WarcStats,
    max_bytes: int,
    storage_options: Mapping[str, Any] | None,
) -> Iterator[tuple[int, Fetched]]:
    if isinstance(source, (str, os.PathLike)):
        with _open(source, storage_options) as stream:
            yield from _records(stream, stats, max_bytes)
    else:
        yield from _records(source, stats, max_bytes)


def iter_warc(
    source: WarcSource,
    *,
    stats: WarcStats | None = None,
    max_bytes: int = Options().max_page_bytes,
    storage_options: Mapping[str, Any] | None = None,
) -> Iterator[Fetched]:
    """The HTML responses of a WARC file (gzip or plain) as :class:`Fetched`, in file order.

    ``source`` is a path, an fsspec URL (``storage_options`` go to ``fsspec.open``:
    credentials, ``anon=True``) or an open binary file. ``fetched_at`` is the
    record's WARC-Date, the reference time of the page's relative dates. Pass a
    :class:`WarcStats` to learn what was skipped; nothing here raises for bad records.
    """
    stats = stats if stats is not None else WarcStats()
    yield from (page for _, page in _iter_offsets(source, stats, max_bytes, storage_options))


def iter_results(
    source: WarcSource,
    *,
    options: Options | None = None,
    min_arabic: float | None = DEFAULT_MIN_SHARE,
    stats: WarcStats | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> Iterator[Result]:
    """One :class:`Result` per HTML response of a WARC file that passes the script filter.

    ``min_arabic`` is the least share of Arabic letters a page needs to be extracted
    (None: extract every page). Each result's ``index`` is the record's byte offset in
    the file, so ``(file, index)`` finds the record again.
    """
    options = options or Options()
    stats = stats if stats is not None else WarcStats()
    pages = _iter_offsets(source, stats, options.max_page_bytes, storage_options)
    for offset, page in pages:
        if min_arabic is not None and not looks_arabic(page, min_share=min_arabic):
            stats.not_arabic += 1
            continue
        result = extract_one(page, offset, options=options)
        if result.ok:
            stats.articles += 1
        else:
            stats.errors += 1
        yield result
