"""WARC input: records to Fetched pages, skipped records counted, damage survived, the filter."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arabnews_extract import ArabNewsError, extract
from arabnews_extract.batch import extract_one
from arabnews_extract.langfilter import arabic_share, looks_arabic
from arabnews_extract.models import Fetched

from .conftest import fixture_cases

warc = pytest.importorskip("arabnews_extract.warc")
warcio_writer = pytest.importorskip("warcio.warcwriter")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402  (after the importorskip)

ENGLISH_PAGE = (
    b"<!doctype html><html><head><title>Storm hits the coast</title></head><body><article>"
    b"<h1>Storm hits the coast</h1>"
    + b"<p>Heavy rain flooded several streets on Tuesday, officials said in a statement. </p>" * 6
    + b"</article></body></html>"
)
#: The records every test WARC holds besides the fixture pages, and what iter_warc makes of them.
EXTRA_RECORDS = {"pdf": "not_html", "truncated": "truncated", "english": "html", "gone": "not_ok"}


def fixture_pages() -> list[tuple[str, bytes, dict[str, str], dt.datetime]]:
    """(url, page, HTTP headers, fetch time in UTC) for each fixture with a URL."""
    pages = []
    for case in fixture_cases():
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        if not meta.get("url") or not meta.get("reference_time"):
            continue
        if meta.get("language", "ar") != "ar":
            continue  # the WARC tests count the non-Arabic records they add themselves
        when = dt.datetime.fromisoformat(meta["reference_time"])
        if when.tzinfo is None:
            continue  # a WARC-Date is UTC: a naive reference time has no UTC reading
        headers = meta.get("headers") or {"content-type": "text/html"}
        pages.append((meta["url"], (case / "page.html").read_bytes(), headers, when))
    return pages


#: Pages the WARC and Dask tests pack into their archives. They test the plumbing (records
#: in, rows out, damage survived); extraction itself is checked page by page by
#: test_golden. An even spread over the sorted fixtures, the same every run, keeps their
#: time flat while the golden set grows (every page made them extract 3,000+ pages 5 times).
SAMPLE_PAGES = 400


def sample_pages() -> list[tuple[str, bytes, dict[str, str], dt.datetime]]:
    """At most ``SAMPLE_PAGES`` of :func:`fixture_pages`, evenly spread over every style."""
    found = fixture_pages()
    step = max(1, -(-len(found) // SAMPLE_PAGES))  # ceiling division
    return found[::step]


def _warc_date(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_record(
    writer: object,
    url: str,
    body: bytes,
    headers: dict[str, str],
    when: dt.datetime,
    *,
    status: str = "200 OK",
    warc_headers: dict[str, str] | None = None,
) -> None:
    http = StatusAndHeaders(status, list(headers.items()), protocol="HTTP/1.1")
    record = writer.create_warc_record(  # type: ignore[attr-defined]
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": _warc_date(when), **(warc_headers or {})},
    )
    writer.write_record(record)  # type: ignore[attr-defined]


def build_warc(path: Path, pages: list[tuple[str, bytes, dict[str, str], dt.datetime]]) -> Path:
    """A WARC (gzip when the name ends in .gz) with ``pages`` and the EXTRA_RECORDS."""
    when = dt.datetime(2024, 3, 6, 9, 0, tzinfo=dt.timezone.utc)
    html = {"Content-Type": "text/html; charset=utf-8"}
    with path.open("wb") as out:
        writer = warcio_writer.WARCWriter(out, gzip=path.suffix == ".gz")
        for url, page, headers, fetched in pages:
            write_record(writer, url, page, headers, fetched)
        write_record(writer, "https://x.example/a.pdf", b"%PDF-1.4\n%\xe2\xe3", {}, when)
        write_record(
            writer,
            "https://x.example/big",
            pages[0][1][:2000] if pages else b"<html>",
            html,
            when,
            warc_headers={"WARC-Truncated": "length"},
        )
        write_record(writer, "https://news.example.com/storm", ENGLISH_PAGE, html, when)
        write_record(writer, "https://x.example/gone", b"<html></html>", html, when, status="404")
    return path


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, bytes, dict[str, str], dt.datetime]]:
    found = sample_pages()
    assert len(found) >= 10
    return found


@pytest.fixture(scope="module", params=["t.warc.gz", "t.warc"])
def warc_file(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    pages: list[tuple[str, bytes, dict[str, str], dt.datetime]],
) -> Path:
    return build_warc(tmp_path_factory.mktemp("warc") / request.param, pages)


def test_iter_warc_yields_html_responses_as_fetched(warc_file: Path, pages: list) -> None:
    stats = warc.WarcStats()
    fetched = list(warc.iter_warc(warc_file, stats=stats))
    assert [f.url for f in fetched] == [url for url, *_ in pages] + [
        "https://news.example.com/storm"
    ]
    for page, (url, body, headers, when) in zip(fetched, pages, strict=False):
        assert page.final_url == url
        assert page.body == body
        assert page.fetched_at == when  # the WARC-Date, an aware UTC datetime
        assert {k.lower(): v for k, v in page.headers.items()} == {
            k.lower(): v for k, v in headers.items()
        }
    assert stats.as_dict() == {
        **warc.WarcStats().as_dict(),
        "records": len(pages) + len(EXTRA_RECORDS),
        "html": len(pages) + 1,
        "not_html": 1,
        "not_ok": 1,
        "truncated": 1,
    }


def test_records_extract_like_the_pages_themselves(warc_file: Path, pages: list) -> None:
    """WARC-Date is the reference time: a record gives the article extract() gives."""
    stats = warc.WarcStats()
    results = list(warc.iter_results(warc_file, stats=stats))
    assert len(results) == len(pages)  # the English page is filtered out
    assert stats.not_arabic == 1 and stats.articles + stats.errors == len(pages)
    for result, (url, body, headers, when) in zip(results, pages, strict=True):
        assert result.input == url
        try:
            # (the WARC-Date is the same instant in UTC: the page's own zone is not in the
            # record, so "منذ 5 ساعات" is read against UTC there and here)
            utc = when.astimezone(dt.timezone.utc)
            expected = extract(body, url=url, headers=headers, reference_time=utc)
        except ArabNewsError as exc:
            assert result.error is not None and result.error.kind == exc.kind, url
        else:
            assert result.article == expected, url


def test_index_is_the_record_offset(tmp_path: Path, pages: list) -> None:
    path = build_warc(tmp_path / "t.warc", pages[:3])
    raw = path.read_bytes()
    for result in warc.iter_results(path):
        assert raw[result.index :].startswith(b"WARC/1.")
        assert result.input.encode() in raw[result.index : result.index + 2000]


def test_filter_off_extracts_every_html_page(warc_file: Path, pages: list) -> None:
    results = list(warc.iter_results(warc_file, min_arabic=None))
    assert [r.input for r in results][-1] == "https://news.example.com/storm"
    assert len(results) == len(pages) + 1


def _gzip_members(raw: bytes) -> list[int]:
    """Offsets of the gzip members of a .warc.gz (one record each, as warcio writes)."""
    offsets, position = [], 0
    while position < len(raw):
        offsets.append(position)
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        member.decompress(raw[position:])
        position = len(raw) - len(member.unused_data)
    return offsets


def test_bad_gzip_member_is_skipped_and_counted(tmp_path: Path, pages: list) -> None:
    raw = bytearray(build_warc(tmp_path / "t.warc.gz", pages[:4]).read_bytes())
    members = _gzip_members(bytes(raw))
    start, end = members[1], members[2]
    for i in range(start + 20, end - 10):  # wreck the deflate data of the second record
        raw[i] ^= 0x5A
    stats = warc.WarcStats()
    urls = [f.url for f in warc.iter_warc(io.BytesIO(bytes(raw)), stats=stats)]
    assert urls == [pages[0][0], pages[2][0], pages[3][0], "https://news.example.com/storm"]
    assert stats.corrupt == 1


def test_garbage_between_plain_records_is_skipped(tmp_path: Path, pages: list) -> None:
    raw = build_warc(tmp_path / "t.warc", pages[:2]).read_bytes()
    second = raw.index(b"WARC/1.", 10)
    damaged = raw[:second] + b"\x00garbage\r\n\r\n" * 50 + raw[second:]
    stats = warc.WarcStats()
    urls = [f.url for f in warc.iter_warc(io.BytesIO(damaged), stats=stats)]
    assert urls[:2] == [pages[0][0], pages[1][0]]
    assert stats.corrupt == 1


@pytest.mark.parametrize("suffix", [".warc.gz", ".warc"])
def test_file_ending_inside_a_record_counts_it_as_truncated(
    tmp_path: Path, pages: list, suffix: str
) -> None:
    path = tmp_path / f"t{suffix}"
    with path.open("wb") as out:
        writer = warcio_writer.WARCWriter(out, gzip=suffix.endswith("gz"))
        for url, body, headers, when in pages[:2]:
            write_record(writer, url, body, headers, when)
    raw = path.read_bytes()
    cut = raw[: len(raw) - 1500]
    stats = warc.WarcStats()
    urls = [f.url for f in warc.iter_warc(io.BytesIO(cut), stats=stats)]
    assert urls == [pages[0][0]]
    assert stats.truncated == 1


class _Unseekable(io.RawIOBase):
    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_unseekable_stream_is_read(warc_file: Path, pages: list) -> None:
    stream = io.BufferedReader(_Unseekable(warc_file.read_bytes()))
    assert len(list(warc.iter_warc(stream))) == len(pages) + 1


@pytest.mark.parametrize(
    ("headers", "encode"),
    [
        ({"Content-Encoding": "gzip"}, gzip.compress),
        ({"Transfer-Encoding": "chunked"}, lambda b: b"%x\r\n%s\r\n0\r\n\r\n" % (len(b), b)),
    ],
    ids=["gzip", "chunked"],
)
def test_http_codings_are_undone(
    tmp_path: Path, pages: list, headers: dict, encode: Callable[[bytes], bytes]
) -> None:
    url, body, _, when = pages[0]
    path = tmp_path / "t.warc"
    with path.open("wb") as out:
        writer = warcio_writer.WARCWriter(out, gzip=False)
        write_record(writer, url, encode(body), {"Content-Type": "text/html", **headers}, when)
    (page,) = warc.iter_warc(path)
    assert page.body == body
    assert not {"content-encoding", "transfer-encoding"} & {k.lower() for k in page.headers}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.integers(min_value=0, max_value=4000))
def test_arbitrary_bytes_never_raise(noise: bytes, cut: int) -> None:
    head = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n"
    for data in (noise, head + noise, gzip.compress(head + noise)[:cut], b"\x1f\x8b\x08" + noise):
        stats = warc.WarcStats()
        for page in warc.iter_warc(io.BytesIO(data), stats=stats):
            assert isinstance(page, Fetched)


def test_rows_have_the_row_columns(warc_file: Path) -> None:
    results = list(warc.iter_results(warc_file, min_arabic=None))
    assert any(r.ok for r in results) and any(not r.ok for r in results)
    for result in results:
        row = warc.article_row(result, warc_file=str(warc_file))
        assert list(row) == list(warc.ROW_COLUMNS)
        assert row["warc_file"] == str(warc_file) and row["index"] == result.index
        if result.article is not None and result.article.published is not None:
            assert row["published"].startswith(row["published_month"])
        if result.error is not None:
            assert row["error_kind"] == result.error.kind and row["title"] is None


def test_error_row_keeps_the_url_and_portal() -> None:
    page = Fetched(
        url="https://www.Example.COM/x",
        final_url="https://www.example.com/x",
        body=b"<html><body><p>short</p></body></html>",
        fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
    )
    row = warc.article_row(extract_one(page, 7))
    assert row["error_kind"] == "not-an-article"
    assert row["portal"] == "example.com" and row["index"] == 7
    assert row["authors"] == [] and row["published_month"] is None


# --- the script filter: a table ------------------------------------------------------------

ARABIC = "قالت الحكومة في بيان رسمي إن الخطة الجديدة ستبدأ الشهر المقبل في كل المدن"
SHARES = [
    # (bytes, declared charset, least share, most share, note)
    (f"<p>{ARABIC}</p>".encode(), None, 0.99, 1.0, "UTF-8 Arabic, undeclared"),
    (f"<p>{ARABIC}</p>".encode("cp1256"), None, 0.99, 1.0, "windows-1256, undeclared"),
    (f"<p>{ARABIC}</p>".encode("cp1256"), "windows-1256", 0.99, 1.0, "windows-1256, declared"),
    (f"<p>{ARABIC}</p>".encode("iso8859_6"), "iso-8859-6", 0.99, 1.0, "ISO-8859-6, declared"),
    (f"<p>{ARABIC}</p>".encode("utf-16"), None, 0.99, 1.0, "UTF-16 with BOM, decoded"),
    (ENGLISH_PAGE, None, 0.0, 0.0, "English page"),
    ("<p>Привет, как дела у вас сегодня</p>".encode(), None, 0.0, 0.0, "Russian UTF-8"),
    ("<p>Le ministre a déclaré été</p>".encode("latin-1"), None, 0.0, 0.0, "French latin-1"),
    (
        f"<script>var s = '{ARABIC}';</script><p>English words only here, and more</p>".encode(),
        None,
        0.0,
        0.0,
        "Arabic inside a script is not visible text",
    ),
    (
        f"<nav>Home News Sport Business Contact About</nav><p>{ARABIC}</p>".encode(),
        None,
        0.6,
        0.8,
        "Arabic article under an English menu",
    ),
    (b"<html><body><img src=x></body></html>", None, 0.0, 0.0, "no letters at all"),
]


@pytest.mark.parametrize(
    ("raw", "charset", "low", "high"), [row[:4] for row in SHARES], ids=[r[4] for r in SHARES]
)
def test_arabic_share(raw: bytes, charset: str | None, low: float, high: float) -> None:
    assert low <= arabic_share(raw, encoding=charset) <= high


def test_every_fixture_page_looks_arabic() -> None:
    for url, body, headers, when in fixture_pages():  # every page: no extraction, cheap
        page = Fetched(url=url, final_url=url, headers=headers, body=body, fetched_at=when)
        assert looks_arabic(page), url


# --- ARC, the older format -------------------------------------------------------------------


def build_arc(path: Path, pages: list[tuple[str, bytes, dict[str, str], dt.datetime]]) -> Path:
    """An ARC v1 file (one gzip member per record when the name ends in .gz)."""
    version = (
        b"1 0 arabnews_extract tests\nURL IP-address Archive-date Content-type Archive-length\n"
    )
    records = [
        b"filedesc://%s 0.0.0.0 20240306090000 text/plain %d\n" % (path.name.encode(), len(version))
        + version
    ]
    pdf = [("https://x.example/a.pdf", b"%PDF-1.4\n", {"Content-Type": "application/pdf"}, None)]
    for url, body, headers, when in [*pages, *pdf]:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        content = f"HTTP/1.0 200 OK\r\n{head}\r\n".encode() + body
        stamp = (when or dt.datetime(2024, 3, 6, tzinfo=dt.timezone.utc)).astimezone(
            dt.timezone.utc
        )
        line = f"{url} 10.0.0.1 {stamp:%Y%m%d%H%M%S} text/html {len(content)}\n".encode()
        records.append(line + content + b"\n")
    data = (
        b"".join(gzip.compress(r) for r in records) if path.suffix == ".gz" else b"".join(records)
    )
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", ["t.arc.gz", "t.arc"])
def test_arc_files_are_read_like_warc(tmp_path: Path, pages: list, name: str) -> None:
    stats = warc.WarcStats()
    fetched = list(warc.iter_warc(build_arc(tmp_path / name, pages), stats=stats))
    assert [f.url for f in fetched] == [url for url, *_ in pages]
    for page, (_, body, headers, when) in zip(fetched, pages, strict=True):
        assert page.body == body and page.fetched_at == when
        assert page.headers == headers
    assert stats.records == len(pages) + 1 and stats.not_html == 1


def test_arc_file_cut_short_counts_the_last_record(tmp_path: Path, pages: list) -> None:
    raw = build_arc(tmp_path / "t.arc", pages[:2]).read_bytes()
    stats = warc.WarcStats()
    cut = raw[: raw.index(b"https://x.example/a.pdf") - 300]
    assert [f.url for f in warc.iter_warc(io.BytesIO(cut), stats=stats)] == [pages[0][0]]
    assert stats.truncated == 1


def test_few_arabic_characters_are_refused_at_once() -> None:
    page = Fetched(
        url="https://news.example.com/",
        final_url="https://news.example.com/",
        body=f"<p>{ARABIC[:30]}</p>".encode(),
        fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
    )
    assert arabic_share(page.body) == 1.0  # all its letters are Arabic, but it has 30
    assert not looks_arabic(page)
    assert looks_arabic(page, min_share=0)


def test_compressed_payload_over_the_limit_is_not_inflated(tmp_path: Path, pages: list) -> None:
    url, _, _, when = pages[0]
    bomb = gzip.compress(b"<html><body>" + b" " * 5_000_000)  # 5 MB from ~5 KB
    path = tmp_path / "t.warc"
    with path.open("wb") as out:
        writer = warcio_writer.WARCWriter(out, gzip=False)
        headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
        write_record(writer, url, bomb, headers, when)
    stats = warc.WarcStats()
    assert list(warc.iter_warc(path, stats=stats, max_bytes=1_000_000)) == []
    assert stats.too_large == 1


def test_an_archived_status_line_with_a_non_ascii_digit_is_no_status() -> None:
    """ "²" is a digit to str.isdigit() but not to int(): the record is kept, status 0."""
    head = warc._http_head(
        "HTTP/1.1 ²00 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>".encode("latin-1")
    )
    assert head is not None and head[0] == 0


def test_a_malformed_url_has_no_portal_and_its_row_is_still_written() -> None:
    from arabnews_extract.rows import portal_of

    assert portal_of("https://[www.example.com/news/1") is None
    assert portal_of("https://www.Example-News.com/a") == "example-news.com"


def test_a_page_served_as_octet_stream_and_sniffed_as_html_is_extracted(
    tmp_path: Path, pages: list
) -> None:
    url, body, _, when = pages[0]
    path = tmp_path / "untyped.warc"
    with path.open("wb") as out:
        writer = warcio_writer.WARCWriter(out, gzip=False)
        write_record(writer, url, body, {"Content-Type": "application/octet-stream"}, when)
    (result,) = list(warc.iter_results(path))
    assert result.error is None
    assert result.article is not None and result.article.body


def test_a_page_written_in_character_references_is_arabic() -> None:
    text = "قالت الحكومة في بيان رسمي إن الخطة الجديدة ستبدأ الشهر المقبل وفق الجدول. " * 3
    refs = "".join(f"&#{ord(ch)};" if ord(ch) > 127 else ch for ch in text)
    page = Fetched(
        url="https://news.example.com/a",
        final_url="https://news.example.com/a",
        body=f"<html><body><p>{refs}</p></body></html>".encode("ascii"),
        fetched_at=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
    )
    assert looks_arabic(page)
