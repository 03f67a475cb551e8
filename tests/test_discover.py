"""Discovery: which links are articles, and what feeds and sitemaps list."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from arabnews_extract.discover import from_feed, from_html, from_sitemap, is_article_url, sniff

from .conftest import FIXTURES


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://www.youm7.com/story/2024/5/13/وزارة-النقل-تشغل/6573469", True),
        ("https://example.com/news/2024/03/05/solar-plant-opens/", True),
        ("https://example.com/article/164913/", True),
        ("https://example.com/politics/gov-announces-new-transport-plan", True),
        ("https://example.com/", False),
        ("https://example.com/tag/economy/", False),
        ("https://example.com/author/sameer/", False),
        ("https://example.com/search?q=gaza", False),
        ("https://example.com/news/page/2/", False),
        ("https://example.com/uploads/2024/03/photo-of-the-day.jpg", False),
        ("https://example.com/login", False),
        ("https://example.com/economy", False),
    ],
)
def test_url_classifier(url: str, article: bool) -> None:
    assert is_article_url(url) is article


def test_home_page_links_are_split_and_stay_on_site() -> None:
    page = (FIXTURES / "notarticle" / "home-page" / "page.html").read_bytes()
    found = from_html(page, "https://www.al-khabar-alaraby.com/")
    urls = [f.url for f in found.articles]
    assert urls and len(urls) == len(set(urls))
    assert all("al-khabar-alaraby.com" in u for u in urls + found.pages)
    assert not any("/tag/" in u or "/author/" in u for u in urls)


SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.com/sitemap-news.xml.gz</loc></sitemap>
  <sitemap><loc>https://other.example.org/sitemap.xml</loc></sitemap>
</sitemapindex>"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://example.com/news/2024/03/05/solar-plant</loc>
    <news:news><news:publication_date>2024-03-05T10:15:00+01:00</news:publication_date>
    <news:title>تونس تشغل محطة</news:title></news:news></url>
  <url><loc>https://example.com/tag/energy/</loc></url>
</urlset>""".encode()


def test_sitemap_index_and_gzip_news_sitemap() -> None:
    index = from_sitemap(SITEMAP_INDEX, hosts=frozenset({"example.com"}))
    assert index.feeds == ["https://example.com/sitemap-news.xml.gz"]
    news = from_sitemap(gzip.compress(NEWS_SITEMAP))
    assert [(f.url, f.published.isoformat() if f.published else None) for f in news.articles] == [
        ("https://example.com/news/2024/03/05/solar-plant", "2024-03-05T10:15:00+01:00")
    ]


def test_hostile_xml_is_refused_not_expanded() -> None:
    bomb = b"""<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">
    <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><urlset><url><loc>&b;</loc></url></urlset>"""
    assert from_sitemap(bomb).articles == []


def test_rss_feed() -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار</title>
    <item><title>خبر</title><link>https://example.com/news/2024/03/05/a-b-c</link>
    <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>""".encode()
    assert sniff(feed) == "feed"
    found = from_feed(feed)
    assert [f.url for f in found.articles] == ["https://example.com/news/2024/03/05/a-b-c"]
    assert found.articles[0].published is not None


def test_sniff() -> None:
    assert sniff(NEWS_SITEMAP) == "sitemap"
    assert sniff(gzip.compress(SITEMAP_INDEX)) == "sitemap"
    assert sniff(b"<!doctype html><html>") == "html"


def test_a_corrupt_gzip_discovery_page_is_read_as_html() -> None:
    assert sniff(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage that is not deflate") == "html"


def test_sitemap_dates_without_a_zone_are_utc_so_they_compare_with_since() -> None:
    data = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://www.example-news.com/news/2024/03/05/a-1</loc>"
        b"<lastmod>2024-03-05</lastmod></url></urlset>"
    )
    (found,) = from_sitemap(data).articles
    assert found.published == dt.datetime(2024, 3, 5, tzinfo=dt.timezone.utc)
    assert found.published >= dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)
