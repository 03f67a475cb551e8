"""Discovery: article URLs from home and section pages, RSS/Atom feeds and XML sitemaps.

Pure functions over bytes the fetcher already has, so discovery is testable offline and
the crawl loop (crawl.py) stays a thin scheduler. Feeds are parsed with feedparser (it
knows every RSS/Atom dialect in the wild, including broken ones); sitemaps with
defusedxml (no entity expansion, no external entities) under size and count limits.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

import feedparser  # type: ignore[import-untyped]
from defusedxml import ElementTree  # type: ignore[import-untyped]
from selectolax.lexbor import LexborHTMLParser

from .urls import host_of, normalize_url

#: Path fragments of pages that are never articles (data; one line per habit).
NON_ARTICLE_PATH = re.compile(
    r"/(?:tags?|author|authors|writers?|kuttab|search|login|signin|register|signup|account|"
    r"profile|contact|contact-us|about|about-us|privacy|privacy-policy|terms|advertise|"
    r"ads|rss|feed|feeds|sitemap|newsletter|subscribe|weather|prayer-times|live-tv|"
    r"podcasts?|epaper|pdf|print|wp-admin|wp-login\.php|cdn-cgi)(?:/|$|\.)",
    re.IGNORECASE,
)
NON_ARTICLE_QUERY = re.compile(r"(?:^|&)(?:s|q|search|page|p|paged|replytocom)=", re.IGNORECASE)
MEDIA_SUFFIX = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|mp4|mp3|m4a|webm|avi|mov|pdf|zip|rar|gz|docx?|xlsx?|"
    r"pptx?|css|js|json|xml|rss|atom|txt|woff2?|ttf)$",
    re.IGNORECASE,
)
#: An article id (4+ digits), a date in the path, or a long slug.
ARTICLE_SIGNAL = re.compile(
    r"/\d{4,}(?:[/.-]|$)|/(?:19|20)\d{2}/\d{1,2}/|[-_][^/]*[-_][^/]*[-_][^/]{2,}|"
    r"[^\x00-\x7f%]{3,}|(?:%[0-9A-F]{2}){6,}",
    re.IGNORECASE,
)

MAX_SITEMAP_BYTES = 50_000_000
MAX_SITEMAP_URLS = 100_000


def is_article_url(url: str) -> bool:
    """Whether a URL looks like an article page (not a tag, author, search, media or list page)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path = parts.path or "/"
    if path in ("", "/") or MEDIA_SUFFIX.search(path) or NON_ARTICLE_PATH.search(path):
        return False
    if parts.query and NON_ARTICLE_QUERY.search(parts.query):
        return False
    if re.search(r"/page/\d+/?$", path):
        return False
    return bool(ARTICLE_SIGNAL.search(path))


@dataclass(frozen=True, slots=True)
class Found:
    """A discovered URL, with the date its feed or sitemap gives (if any)."""

    url: str
    published: dt.datetime | None = None


@dataclass(slots=True)
class Discovered:
    articles: list[Found]
    feeds: list[str]  # feeds and sitemaps to read next
    pages: list[str]  # same-site non-article pages (sections) to walk if depth allows


def _same_site(url: str, hosts: frozenset[str]) -> bool:
    host = host_of(url)
    bare = host.removeprefix("www.")
    return host in hosts or bare in hosts or f"www.{bare}" in hosts


def from_html(
    page: bytes | str, base_url: str, *, hosts: frozenset[str] | None = None
) -> Discovered:
    """Links of a home or section page, split into article URLs, feeds and other pages."""
    tree = LexborHTMLParser(page)
    allowed = hosts or frozenset({host_of(base_url)})
    articles: dict[str, Found] = {}
    pages: dict[str, None] = {}
    feeds: dict[str, None] = {}
    for node in tree.css('link[rel="alternate"][href]'):
        kind = (node.attributes.get("type") or "").lower()
        if "rss" in kind or "atom" in kind:
            url = normalize_url(node.attributes.get("href") or "", base_url)
            if url and _same_site(url, allowed):
                feeds[url] = None
    for node in tree.css("a[href]"):
        url = normalize_url(node.attributes.get("href") or "", base_url)
        if url is None or not _same_site(url, allowed):
            continue
        if is_article_url(url):
            articles.setdefault(url, Found(url))
        elif not MEDIA_SUFFIX.search(urlsplit(url).path) and not NON_ARTICLE_PATH.search(url):
            pages[url] = None
    return Discovered(list(articles.values()), list(feeds), list(pages))


def _maybe_gunzip(data: bytes) -> bytes:
    if data[:2] != b"\x1f\x8b":
        return data
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
        out = fh.read(MAX_SITEMAP_BYTES + 1)
    if len(out) > MAX_SITEMAP_BYTES:
        raise ValueError("sitemap larger than the limit once decompressed")
    return out


def _parse_time(value: str | None) -> dt.datetime | None:
    """A sitemap time, always aware: a date alone ("2024-03-05", the common form) is UTC,
    so it compares with a crawl's ``since``."""
    if not value:
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.timezone.utc)


def from_sitemap(data: bytes, *, hosts: frozenset[str] | None = None) -> Discovered:
    """URLs of a sitemap (plain or gzip): article URLs, and child sitemaps of an index.

    Google News sitemaps give ``news:publication_date``; plain ones ``lastmod``.
    """
    try:
        root = ElementTree.fromstring(_maybe_gunzip(data)[:MAX_SITEMAP_BYTES])
    except Exception:  # defusedxml raises several types for hostile or broken XML
        return Discovered([], [], [])
    articles: list[Found] = []
    children: list[str] = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag not in ("url", "sitemap"):
            continue
        loc = published = None
        for child in element.iter():
            name = child.tag.rsplit("}", 1)[-1]
            if name == "loc" and child.text:
                loc = child.text.strip()
            elif name in ("publication_date", "lastmod") and child.text and published is None:
                published = child.text
        url = normalize_url(loc) if loc else None
        if url is None or (hosts and not _same_site(url, hosts)):
            continue
        if tag == "sitemap":
            children.append(url)
        elif is_article_url(url):
            articles.append(Found(url, _parse_time(published)))
        if len(articles) >= MAX_SITEMAP_URLS:
            break
    return Discovered(articles, children, [])


def from_feed(data: bytes, *, hosts: frozenset[str] | None = None) -> Discovered:
    """Entries of an RSS or Atom feed."""
    parsed = feedparser.parse(data)
    articles: list[Found] = []
    for entry in parsed.entries[:MAX_SITEMAP_URLS]:
        link = entry.get("link")
        url = normalize_url(link) if isinstance(link, str) else None
        if url is None or (hosts and not _same_site(url, hosts)):
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = None
        if stamp:
            year, month, day, hour, minute, second = stamp[:6]
            published = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.timezone.utc)
        articles.append(Found(url, published))
    return Discovered(articles, [], [])


def sniff(data: bytes, content_type: str | None = None) -> str:
    """'sitemap', 'feed' or 'html': what a fetched discovery page is."""
    try:
        head = _maybe_gunzip(data)[:2048].lstrip().lower()
    except (OSError, EOFError, ValueError, zlib.error):  # a corrupt gzip
        return "html"
    media = (content_type or "").lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or "rss" in media or "atom" in media:
        return "feed"
    return "html"
