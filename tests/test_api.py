"""The public surface: exports, errors for bad input, JSON output, the CLI."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

import arabnews_extract
from arabnews_extract import (
    Article,
    InvalidPageError,
    NotAnArticleError,
    NotHTMLError,
    Options,
    PageTooLargeError,
    extract,
)
from arabnews_extract.errors import ArabNewsError, DecodeError

from .conftest import FIXTURES

SAMPLE = FIXTURES / "wordpress" / "agency-credit" / "page.html"


def test_all_is_sorted_and_complete() -> None:
    # Submodules become package attributes once imported; they are not public names.
    public = {
        name
        for name, value in vars(arabnews_extract).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert arabnews_extract.__all__ == sorted(arabnews_extract.__all__)
    assert public == set(arabnews_extract.__all__) - {"__version__"}


@pytest.mark.parametrize(
    ("page", "error"),
    [
        (b"", InvalidPageError),
        (b"   \n\t ", InvalidPageError),
        ("", InvalidPageError),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", NotHTMLError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotHTMLError),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", NotHTMLError),
        (bytes(range(256)) * 4, NotHTMLError),
        (codecs.BOM_UTF8 + "نص".encode("cp1256") + b"\xff\xfe", DecodeError),
        (b"<html><body><p>short</p></body></html>", NotAnArticleError),
        (b'{"json": "not a page", "items": [1, 2, 3]}', NotAnArticleError),
        (b"<html><head><title>x</title></head><body></body></html>", NotAnArticleError),
    ],
    ids=[
        "empty",
        "blank",
        "empty-str",
        "pdf",
        "png",
        "gzip",
        "binary",
        "bad-bom",
        "short",
        "json",
        "no-body",
    ],
)
def test_bad_input_raises_typed_error(page: bytes | str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        extract(page)
    assert info.value.kind  # every error carries the batch record kind


def test_non_html_content_type_is_refused() -> None:
    with pytest.raises(NotHTMLError, match="application/pdf"):
        extract(SAMPLE.read_bytes(), headers={"Content-Type": "application/pdf"})


def test_page_over_the_limit_is_refused() -> None:
    with pytest.raises(PageTooLargeError):
        extract(SAMPLE.read_bytes(), options=Options(max_page_bytes=1000))


def test_huge_page_finishes_with_a_result() -> None:
    """A 20 MB page within a raised limit is read, not rejected, and not hung on."""
    para = "قالت الحكومة في بيان رسمي إن الخطة الجديدة ستبدأ الشهر المقبل، " * 4
    paras = "".join(f"<p>{i} {para}</p>" for i in range(45_000))
    page = "<html><body><h1>عنوان الخبر الطويل هنا للاختبار</h1><article>" + paras
    assert len(page.encode()) > 20_000_000
    article = extract(page + "</article></body></html>", options=Options(max_page_bytes=50_000_000))
    assert len(article.body) > 1000


def test_deeply_nested_page_finishes() -> None:
    depth = 100_000
    page = (
        "<div>" * depth
        + "<p>"
        + "نص عربي طويل بما يكفي ليكون فقرة، " * 10
        + "</p>"
        + "</div>" * depth
    )
    try:
        article = extract(page)
    except ArabNewsError:
        return  # a typed error is an acceptable outcome; anything else fails the test
    assert article.body


def test_a_page_built_to_stall_the_parser_is_refused() -> None:
    """Nesting and attribute counts that cost lexbor minutes are refused before parsing."""
    text = "نص عربي طويل بما يكفي ليكون فقرة، " * 10
    deep = "<div>" * 300_000 + f"<p>{text}</p>"
    with pytest.raises(InvalidPageError, match="nested"):
        extract(deep)
    attributes = " ".join(f"a{i}='x'" for i in range(300_000))
    with pytest.raises(InvalidPageError, match="attributes"):
        extract(f"<html><body><div {attributes}><p>{text}</p></div></body></html>")


def test_a_large_page_of_ordinary_shape_is_not_refused() -> None:
    para = "قالت الحكومة في بيان رسمي إن الخطة الجديدة ستبدأ الشهر المقبل، " * 3
    rows = "".join(
        f"<div class='c'><span><a href='/n/{i}'>خبر {i}</a></span></div>" for i in range(9_000)
    )
    page = (
        f"<html><body><article><h1>عنوان الخبر</h1><p>{para}</p><p>{para[::-1]}</p></article>{rows}"
    )
    assert len(page.encode()) > 400_000
    assert extract(page + "</body></html>").body


def test_extract_from_str_and_bytes_agree() -> None:
    raw = SAMPLE.read_bytes()
    assert extract(raw) == extract(raw.decode("utf-8"))


def test_article_json_keeps_arabic_and_iso_dates() -> None:
    article = extract(SAMPLE.read_bytes())
    data = json.loads(article.model_dump_json())
    assert data["published"]["datetime"].startswith("2024-03-01T14:20:00")
    assert "أ ف ب" in json.dumps(data, ensure_ascii=False)
    assert Article.model_validate(data) == article


def test_warning_when_machine_date_labels_local_time_as_utc() -> None:
    case = FIXTURES / "egyptian" / "youm7-style"
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    article = extract(
        (case / "page.html").read_bytes(),
        url=meta["url"],
        reference_time=dt.datetime.fromisoformat(meta["reference_time"]),
    )
    assert article.published is not None and article.published.source == "visible"
    assert any("different offset" in w for w in article.extraction.warnings)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "arabnews_extract", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_cli_extract_writes_one_line_per_page_and_error_records(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"%PDF-1.4 binary")
    result = _cli("extract", str(SAMPLE), str(bad))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["input"] for line in lines] == [str(SAMPLE), str(bad)]
    assert lines[0]["title"] and lines[0]["body"]
    assert lines[1]["error"]["kind"] == "not-html"
    assert "Traceback" not in result.stderr


def test_cli_schema_is_the_article_schema() -> None:
    result = _cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert set(Article.model_fields) <= set(schema["properties"])


def test_an_unknown_time_zone_is_refused_when_options_are_made() -> None:
    with pytest.raises(ValueError, match="unknown IANA time zone"):
        Options(default_tz="Mars/Olympus")
    with pytest.raises(ValueError, match="unknown IANA time zone"):
        Options(tz_by_tld={"ly": "Africa/Nowhere"})
    assert Options(tz_by_tld={"ly": "Africa/Tripoli"}).tz_by_tld == {"ly": "Africa/Tripoli"}
