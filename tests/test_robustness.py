"""Never crash, never hang: arbitrary bytes and truncated pages give an article or a typed error."""

from __future__ import annotations

import datetime as dt
import json

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


# Machine-readable state is JSON of any shape: a field the reader expects to be a string
# may be a number, a list or an object, on any page. The keys are the ones the readers
# look for (JSON-LD's and the app states'), the values anything JSON holds, so the walk
# reaches the code that takes a value apart. (The compiled build checks declared types
# at run time: a value of the wrong type there is a TypeError, which these catch.)
_JSON_KEYS = st.sampled_from(
    "@type @graph @context @id headline name title author authors byline publisher "
    "datePublished dateModified dateCreated uploadDate publishedAt updatedAt date "
    "articleBody description text content body html bodyHtml blocks data type url "
    "image keywords articleSection itemListElement mainEntity isPartOf props pageProps "
    "article story post items children value".split()
)
_JSON_STRINGS = st.sampled_from(
    [
        "NewsArticle",
        "LiveBlogPosting",
        "Person",
        "BreadcrumbList",
        "2024-03-01T14:20:00+02:00",
        "٢٠٢٤/٣/١",
        "أحمد علي",
        "https://example.com/news/1",
        "<p>" + _PROSE * 3 + "</p><p>" + _PROSE * 2 + "</p>",
        _PROSE,
        "",
    ]
) | st.text(max_size=40)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _JSON_STRINGS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_JSON_KEYS, inner, max_size=6),
    max_leaves=30,
)


_INDEX = st.integers(min_value=-1, max_value=10)
#: Nuxt 3's flat payload: a list whose items refer to each other by index (wrappers,
#: objects and arrays of indices, dates, maps), some indices out of range.
_FLAT = st.lists(
    _INDEX
    | _JSON_STRINGS
    | st.dictionaries(_JSON_KEYS, _INDEX, max_size=5)
    | st.lists(_INDEX, max_size=4)
    | st.tuples(st.sampled_from(["Reactive", "Ref", "Set", "Date", "Map"]), _INDEX).map(list)
    | st.tuples(st.just("Map"), _INDEX, _INDEX, _INDEX).map(list),
    min_size=1,
    max_size=10,
).map(lambda items: [["ShallowReactive", 1], *items])


@settings(max_examples=150, deadline=None)
@given(_JSON | _FLAT, st.sampled_from(["ld", "next", "nuxt"]), st.booleans())
def test_machine_readable_state_of_any_shape(value: object, where: str, shell: bool) -> None:
    data = json.dumps(value, ensure_ascii=False).replace("</", "<\\/")
    script = {
        "ld": f'<script type="application/ld+json">{data}</script>',
        "next": f'<script id="__NEXT_DATA__" type="application/json">{data}</script>',
        "nuxt": f'<script id="__NUXT_DATA__" type="application/json">{data}</script>',
    }[where]
    if shell:  # an app shell: the state is the only place the article can be
        page = f"<html><head>{script}</head><body><div id='__next'></div></body></html>"
        _extract_or_typed_error(page)
    else:
        _extract_or_typed_error(_page(head=script))
