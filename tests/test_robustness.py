"""Never crash, never hang: arbitrary bytes and truncated pages give an article or a typed error."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arabnews_extract import extract
from arabnews_extract.errors import ArabNewsError

from .conftest import fixture_cases

PAGES = [(case / "page.html").read_bytes() for case in fixture_cases()]


def _extract_or_typed_error(page: bytes | str) -> None:
    try:
        article = extract(page)
    except ArabNewsError as exc:
        assert exc.kind and exc.message
    else:
        assert isinstance(article.body, list)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(page: bytes) -> None:
    _extract_or_typed_error(page)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2048))
def test_arbitrary_text(page: str) -> None:
    _extract_or_typed_error(page)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(PAGES), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_pages(page: bytes, fraction: float) -> None:
    _extract_or_typed_error(page[: int(len(page) * fraction)])


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(PAGES), st.binary(min_size=1, max_size=64), st.floats(0.0, 1.0))
def test_corrupted_pages(page: bytes, junk: bytes, fraction: float) -> None:
    at = int(len(page) * fraction)
    _extract_or_typed_error(page[:at] + junk + page[at:])


# Pages shaped to make one stage slow or to trip one field (found by review; each took
# from 3 s to a minute, or raised, before). They must give an article or a typed error;
# the suite's own run time is what notices a return to the slow path.
_PROSE = "قالت الحكومة في بيان رسمي إن الخطة الجديدة ستبدأ الشهر المقبل وفق الجدول المعلن. "


def _page(head: str = "", body: str = "", top: str = "") -> str:
    paras = "".join(f"<p>{_PROSE}{n}</p>" for n in range(4))
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>{top}<article>"
        f"<h1>عنوان الخبر الرئيسي عن المحادثات الثنائية</h1>{paras}{body}</article></body></html>"
    )


HOSTILE = {
    "box headings nested 500 deep": _page(body="<div><h3>الأكثر قراءة</h3>" * 500),
    "a <title> of 20,000 line breaks": (
        "<html><head><title>خبر عاجل"
        + "\n" * 20_000
        + "عن المحادثات</title></head><body>"
        + f"<article>{('<p>' + _PROSE + '</p>') * 4}</article></body></html>"
    ),
    "end tags that close nothing": _page(body="<q></x>" * 80_000),
    "6,000 unclosed boxes": _page(body="".join(f"<div>{_PROSE[:60]} {i}" for i in range(6_000))),
    "10,000 short quotations": _page(
        body="".join(f"<blockquote>a b c d e f{i}.</blockquote>" for i in range(10_000))
    ),
    "10,000 hidden times": _page(
        top="<nav>"
        + "".join(f"<time datetime='2024-04-30'>{i}:00</time>" for i in range(10_000))
        + "</nav>",
        body="".join(f"<p>تعليق قصير {i}</p>" for i in range(10_000)),
    ),
    "a lead crediting a 186-letter outlet": _page().replace(
        "<p>" + _PROSE + "0</p>", "<p>أشار إذاعة " + "ب" * 186 + "</p>", 1
    ),
    "an offset of +99:99": _page(
        head="<meta property='article:published_time' content='2024-01-01 10:00 +9999'>"
    ),
    # a page with no article is read again through its <noscript>s: in one pass
    "20,000 unclosed noscripts and no article": "<html><body>" + "<noscript><b>" * 20_000,
    "a broken IPv6 image and link": _page(
        head="<meta property='og:image' content='//[x'>",
        body="<div class='related'><h3>اقرأ أيضا</h3><ul><li>"
        "<a href='//[::1/x'>عنوان خبر ذي صلة في الموضوع</a></li></ul></div>",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_shapes_give_an_article_or_a_typed_error(name: str) -> None:
    _extract_or_typed_error(HOSTILE[name])


def test_an_impossible_offset_drops_the_date_not_the_article() -> None:
    article = extract(HOSTILE["an offset of +99:99"])
    assert article.published is None and len(article.body) == 4


def test_a_reference_time_at_the_end_of_time_is_ignored() -> None:
    head = "<meta property='article:published_time' content='2024-01-01T10:00:00+03:00'>"
    article = extract(_page(head=head), reference_time=dt.datetime.max)
    assert article.published is not None and article.published.datetime.year == 2024
