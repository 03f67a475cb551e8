"""The embedded store: incremental, de-duplicated across URL variants, history kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from arabnews_extract import extract
from arabnews_extract.models import ErrorRecord, Fetched
from arabnews_extract.store import Store
from arabnews_extract.urls import article_key, normalize_url

from .conftest import FIXTURES, load_case, reference_time


def _article(case: str):  # type: ignore[no-untyped-def]
    page, meta, _ = load_case(FIXTURES / case)
    return extract(page, url=meta["url"], reference_time=reference_time(meta))


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        (
            "HTTPS://WWW.Example.COM:443/a?utm_source=x&b=2&a=1#frag",
            "https://www.example.com/a?a=1&b=2",
        ),
        ("http://example.com", "http://example.com/"),
        ("https://example.com/a?fbclid=1", "https://example.com/a"),
        ("mailto:x@example.com", None),
        ("javascript:void(0)", None),
        # one spelling of each path: escapes of plain characters decoded, hex upper-case
        ("https://x.com/%d8%a7", "https://x.com/%D8%A7"),
        ("https://x.com/ا", "https://x.com/%D8%A7"),
        ("https://x.com/a%41b", "https://x.com/aAb"),
        # escapes of reserved characters keep their meaning: another resource
        ("https://x.com/news/100%25-rise", "https://x.com/news/100%25-rise"),
        ("https://x.com/a%2fb", "https://x.com/a%2Fb"),
        ("https://x.com/%E2%82%AC%25%32", "https://x.com/%E2%82%AC%252"),
    ],
)
def test_normalize_url(url: str, normal: str | None) -> None:
    assert normalize_url(url) == normal


def test_amp_and_tracking_variants_share_one_key() -> None:
    keys = {
        article_key(u)
        for u in (
            "https://www.example.com/news/1",
            "https://example.com/news/1/amp",
            "https://amp.example.com/news/1?utm_medium=social",
            "http://example.com/news/1/#comments",
        )
    }
    assert keys == {"example.com/news/1"}


def test_an_article_reached_twice_is_stored_once(tmp_path: Path) -> None:
    article = _article("wordpress/agency-credit")
    with Store(tmp_path / "a.db") as store:
        assert store.put_article(article, input_url="https://x.example/amp") == "new"
        assert store.put_article(article, input_url=article.url) == "unchanged"
        assert store.count("articles") == 1
        assert store.has_article("https://x.example/amp")
        assert [a.title for a in store.articles()] == [article.title]


def test_a_changed_article_keeps_its_previous_version(tmp_path: Path) -> None:
    article = _article("wordpress/agency-credit")
    changed = article.model_copy(update={"body": [*article.body, "فقرة أضيفت في التحديث."]})
    with Store(tmp_path / "a.db") as store:
        store.put_article(article)
        assert store.put_article(changed) == "updated"
        assert store.count("articles") == 1
        assert [len(a.body) for a in store.history(article.url or "")] == [len(article.body)]
        assert next(store.articles()).body[-1] == "فقرة أضيفت في التحديث."


def test_store_survives_reopening_and_filters_by_date(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Store(path) as store:
        store.put_article(_article("wordpress/agency-credit"))  # 2024-03-01
        store.put_article(_article("egyptian/youm7-style"))  # 2020-08-24
    with Store(path) as store:
        assert store.count("articles") == 2
        recent = list(store.articles(since=dt.date(2024, 1, 1)))
        assert [a.published.datetime.year for a in recent if a.published] == [2024]


def test_pages_and_frontier(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        fetched = Fetched(
            url="https://example.com/a",
            final_url="https://example.com/a",
            status=200,
            headers={"ETag": '"v1"'},
            body=b"<html></html>",
            fetched_at=dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc),
        )
        store.put_page(fetched)
        store.put_page(
            error=ErrorRecord(
                kind="http-status", message="404", status=404, url="https://example.com/b"
            )
        )
        assert store.page("https://example.com/a")["etag"] == '"v1"'  # type: ignore[index]
        assert store.page("https://example.com/b")["error_kind"] == "http-status"  # type: ignore[index]
        assert (
            store.push(["https://example.com/x", "https://example.com/x#f", "/rel"], depth=1) == 1
        )
        assert store.pending() == [("https://example.com/x", 1)]
        store.mark("https://example.com/x", "done")
        assert store.pending() == []
