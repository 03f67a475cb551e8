"""Machine-readable metadata: JSON-LD, OpenGraph, Twitter cards, meta tags, microdata.

Read before the clean stage removes ``<script>`` and ``<head>``. Nothing here is trusted
blindly: the pipeline checks these values against what the page shows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..dates import scan_dates
from ..dates.vocab import RELATIVE_PREFIXES
from .appstate import nuxt_state

ARTICLE_TYPES: Final = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "scholarlyarticle",
        "techarticle",
    }
)
#: Page types (og:type, JSON-LD @type, lower-case) of pages that list or profile, and
#: are never one article: author archives, tag and section pages, search results.
NOT_ARTICLE_TYPES: Final = frozenset(
    {
        "profile",
        "profilepage",
        "collectionpage",
        "searchresultspage",
        "aboutpage",
        "contactpage",
        # a show's page listing its episodes
        "podcastseries",
        "tvseries",
        "radioseries",
        # a jobs board's vacancy: duties and requirements, no story
        "jobposting",
        # a magazine's issue page: its cover, contents and the PDF to download
        "publicationissue",
        "publicationvolume",
        "periodical",
    }
)
#: Types of an episode's page (a podcast's, a radio show's): dated like an article.
EPISODE_TYPES: Final = frozenset({"podcastepisode", "radioepisode", "videoobject"})
#: Types of pages that are no article unless og:type says one: a match centre declares
#: its game ("SportsEvent"), and so may the report of that game.
EVENT_TYPES: Final = frozenset(
    # (and an event's own page: a conference's date, venue and agenda, no story)
    {"sportsevent", "event", "businessevent", "educationevent", "exhibitionevent", "festival"}
)
#: Meta names (lower-cased ``name``/``property``/``itemprop``) per field, best first.
META_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "title": ("og:title", "twitter:title", "title", "headline", "dc.title"),
    "site_name": ("og:site_name", "application-name", "publisher", "twitter:site"),
    "url": ("og:url", "twitter:url"),
    "published": (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "article.published",
        "datecreated",
        "original-publish-date",
        "cxenseparse:recs:publishtime",
    ),
    "modified": (
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "lastmod",
        "last-modified",
        "dcterms.modified",
        "article.updated",
    ),
    "author": (
        "author",
        "article:author",
        "dc.creator",
        "parsely-author",
        "sailthru.author",
        "byl",
    ),
    "section": ("article:section", "section", "parsely-section", "category"),
    "tags": ("article:tag", "news_keywords", "keywords", "parsely-tags"),
    "image": ("og:image", "og:image:url", "twitter:image", "twitter:image:src"),
    "description": ("og:description", "description", "twitter:description"),
    "type": ("og:type",),
    "language": ("og:locale", "language", "content-language", "dc.language"),
}
_META_NAME_TO_FIELD: Final = {name: f for f, names in META_FIELDS.items() for name in names}
_MULTI: Final = frozenset({"tags", "author"})

#: JSON script states of client-rendered sites (Next.js and friends).
_STATE_SCRIPT: Final = re.compile(
    r"(?:__INITIAL_STATE__|__PRELOADED_STATE__|SIMORGH_DATA|__NUXT__|__APOLLO_STATE__)\s*=\s*"
)


@dataclass(slots=True)
class Metadata:
    """What the page declares about itself, as raw strings."""

    jsonld: dict[str, Any] | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    meta: dict[str, list[str]] = field(default_factory=dict)
    canonical: str | None = None
    base_href: str | None = None  # <base href>: what the page's relative links are against
    lang: str | None = None
    title_tag: str | None = None
    times: list[tuple[str, str]] = field(default_factory=list)  # (datetime attr, text)
    microdata: dict[str, list[str]] = field(default_factory=dict)
    app_state_text: list[str] = field(default_factory=list)  # __NEXT_DATA__ & co., unparsed
    jsonld_types: set[str] = field(default_factory=set)  # every JSON-LD @type, lower-case
    #: Every JSON-LD article object, in page order (a page may describe related stories
    #: too; the extract stage keeps the one whose headline the page shows).
    jsonld_articles: list[dict[str, Any]] = field(default_factory=list)
    #: The body's class says a WordPress static page ("page page-id-18432"): the site's
    #: own pages (about, contact, a price or prayer-times service), where a story is a
    #: post ("single-post postid-…").
    static_page: bool = False
    #: React 18 streamed part of the page late ("$RC("B:0","S:0")" in a script): its
    #: segments wait hidden at the end until a script moves them into place.
    streamed: bool = False
    #: A show's episode or a video the page is the page of (JSON-LD PodcastEpisode,
    #: VideoObject): no article type, but its day, to the second, is the page's.
    jsonld_episode: dict[str, Any] | None = None

    @property
    def live_blog(self) -> bool:
        """The page declares a live blog (JSON-LD LiveBlogPosting): its updates are
        stories of their own, set side by side."""
        return "liveblogposting" in self.jsonld_types

    def listing_type(self) -> str | None:
        """The type by which the page calls itself a list or a profile, not an article.

        None when it declares an article (JSON-LD) or declares nothing of the kind.
        """
        if self.jsonld is not None:
            return None
        og_type = (self.first("og:type") or "").strip().lower()
        if og_type in NOT_ARTICLE_TYPES:
            return f"og:type {og_type}"
        found = sorted(self.jsonld_types & NOT_ARTICLE_TYPES)
        if not found and og_type != "article":
            found = sorted(self.jsonld_types & EVENT_TYPES)  # a match centre, live
        return f"JSON-LD {found[0]}" if found else None

    def app_state(self) -> list[Any]:
        """The client-side state blobs, parsed (done on demand: they can be large)."""
        return [state for text in self.app_state_text if (state := _loads(text)) is not None]

    def first(self, name: str) -> str | None:
        values = self.meta.get(name)
        return values[0] if values else None

    def all(self, name: str) -> list[str]:
        return self.meta.get(name, [])


def jsonld_types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased @type names of a JSON-LD object."""
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


def _walk_jsonld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every typed object in a JSON-LD document (@graph, arrays, mainEntity)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, level = stack.pop()
        if level > 6:
            continue
        if isinstance(item, list):
            stack.extend((x, level + 1) for x in reversed(item))
        elif isinstance(item, dict):
            if "@type" in item:
                yield item
            for key in ("@graph", "mainEntity", "itemListElement"):
                if key in item:
                    stack.append((item[key], level + 1))


def _loads(text: str) -> Any:
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    if text.startswith(("(function", "function")):
        return nuxt_state(text)  # Nuxt 2: a function called with the values it shares
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        # Some CMSs leave raw control characters or trailing commas.
        try:
            return json.loads(re.sub(r"[\x00-\x1f]", " ", text))
        except (ValueError, RecursionError):
            return None


def _pick_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    best: dict[str, Any] | None = None
    best_score = 0
    for obj in objects:
        types = jsonld_types(obj)
        score = 0
        if types & ARTICLE_TYPES:
            score = 3 if "newsarticle" in types or "liveblogposting" in types else 2
        elif "webpage" in types and obj.get("articleBody"):
            score = 1
        if score and obj.get("articleBody"):
            score += 1
        if score > best_score:
            best, best_score = obj, score
    return best


#: Every element metadata is read from, matched in one pass over the tree (each
#: ``css()`` call is a walk of the whole document; ten of them cost more than the rest).
_METADATA_NODES: Final = (
    "html, title, base[href], meta, link[rel], time[datetime], [itemprop], abbr[title], script, "
    "amp-timeago[datetime]"  # AMP's <time>: the date, and the day it shows before its script
)
#: The attributes a script renders a relative time from, looked for only on pages that
#: date themselves no other way (matching them costs on every node of every page).
_STAMP_NODES: Final = (
    "[data-time], [data-datetime], span[title], time[title], "
    # Drupal 7's RDFa date field ("<span property='dc:date' datatype='xsd:dateTime'
    # content='2024-11-03T19:05:00+03:00'>الأحد 3 تشرين الثاني 2024</span>")
    '[property~="dc:date"][content], [property~="dc:created"][content]'
)
#: Those RDFa properties: their ``content`` is the value (on no other stamp node).
_RDFA_DATES: Final = frozenset({"dc:date", "dc:created"})
#: A relative time's words ("منذ يومين", "قبل ساعتين"), whose element's title may hold
#: the date it counts from ("<span title='الثلاثاء 18 آذار 2025 14:20'>منذ يومين</span>").
_RELATIVE_WORDS: Final = RELATIVE_PREFIXES
#: A script's relative time ("<span data-time='2025-03-23T09:12:00+03:00'>قبل ساعتين</span>")
#: is this short; a longer element holding the attribute is a box (a live entry).
_STAMP_TEXT_CHARS: Final = 40
#: hAtom date classes (Blogger, old WordPress themes).
_HATOM: Final = frozenset({"published", "dtstart", "updated"})
_MICRODATA_PROPS: Final = frozenset(
    {"datePublished", "dateModified", "dateCreated", "headline", "author", "name"}
)


_META_PREFIXES: Final = ("og:", "article:", "twitter:")


def _in_a_teaser_item(node: LexborNode, cache: dict[int, bool]) -> bool:
    """The property belongs to an item inside a link list (``<li itemscope>`` teasers of
    a most-read strip), not to the page's own item."""
    at = node.parent
    while at is not None and "itemscope" not in at.attributes:
        at = at.parent
    if at is None:
        return False
    key = at.mem_id
    if key not in cache:
        cache[key] = at.tag == "li" or (at.parent is not None and at.parent.tag == "li")
    return cache[key]


#: WordPress's body class for a static page.
_WP_STATIC_PAGE: Final = re.compile(r"(?<![\w-])page-id-\d+(?![\w-])")


def _titled_time(title: str | None) -> str:
    """The date and time a relative time's title spells out ("الثلاثاء 18 آذار 2025
    14:20"), as an ISO value; "" when it holds none to the minute."""
    found = scan_dates(title) if title and len(title) <= _STAMP_TEXT_CHARS * 2 else []
    if not found or found[0].timestamp.precision == "day":
        return ""
    return found[0].timestamp.datetime.isoformat()


def _dated(md: Metadata) -> bool:
    """The page gives its publication's time in its metadata or its JSON-LD."""
    return bool(
        md.first("article:published_time")
        or md.microdata.get("datePublished")
        or (md.jsonld and md.jsonld.get("datePublished"))
    )


def read_metadata(tree: LexborHTMLParser, *, max_json_chars: int = 5_000_000) -> Metadata:
    """Collect every machine-readable claim the page makes about itself."""
    md = Metadata()
    body = tree.body
    body_class = body.attributes.get("class") if body is not None else None
    # "page-id-" first: the search runs only on the few bodies that hold it
    md.static_page = bool(
        body_class and "page-id-" in body_class and _WP_STATIC_PAGE.search(body_class)
    )
    seen_html = seen_title = has_publisher = False
    hatom: list[tuple[str, str]] = []
    microdata: list[tuple[str, str]] = []
    teaser_items: dict[int, bool] = {}  # item element -> a teaser's, not the page's
    jsonld_texts: list[str] = []
    next_data: str | None = None
    state_texts: list[str] = []
    for node in tree.css(_METADATA_NODES):
        tag = node.tag
        attrs = node.attributes
        if tag == "meta":
            name = (
                attrs.get("property")
                or attrs.get("name")
                or attrs.get("itemprop")
                or attrs.get("http-equiv")
            )
            content = attrs.get("content")
            if name and content:
                key = name.strip().lower()
                known = key in _META_NAME_TO_FIELD or key.startswith(_META_PREFIXES)
                # a teaser's item in a most-read strip says nothing of this page
                if known and ("itemprop" not in attrs or not _in_a_teaser_item(node, teaser_items)):
                    md.meta.setdefault(key, []).append(content.strip())
            continue
        if tag == "script":
            text = node.text(deep=True)
            if not text or len(text) > max_json_chars:
                continue
            if (attrs.get("type") or "").strip().lower() == "application/ld+json":
                jsonld_texts.append(text)
            elif "src" not in attrs:
                if not md.streamed and "$RC(" in text:
                    md.streamed = True
                if next_data is None and attrs.get("id") == "__NEXT_DATA__":
                    next_data = text
                elif attrs.get("id") == "__NUXT_DATA__":  # Nuxt 3's payload, flat
                    state_texts.append(text)
                if len(text) >= 200:
                    match = _STATE_SCRIPT.search(text[:300])
                    if match:
                        state_texts.append(text[match.end() :])
            continue
        if tag == "html" and not seen_html:
            seen_html = True
            md.lang = attrs.get("lang") or None
        elif tag == "title" and not seen_title:
            seen_title = True
            md.title_tag = node.text(deep=True) or None
        elif tag == "base" and md.base_href is None:
            md.base_href = (attrs.get("href") or "").strip() or None
        elif tag == "link":
            rel = (attrs.get("rel") or "").lower().split()
            href = attrs.get("href")
            if "canonical" in rel and href and md.canonical is None:
                md.canonical = href.strip()
        elif tag in ("time", "amp-timeago") and "datetime" in attrs:
            md.times.append((attrs.get("datetime") or "", node.text(deep=True).strip()))
            if "updated" in (attrs.get("class") or "").split():
                # hAtom's update on a <time> ("<time class='updated' datetime='…'>"), as
                # WordPress themes print it beside the publication's
                hatom.append(("dateModified", (attrs.get("datetime") or "").strip()))
        elif tag == "abbr" and "title" in attrs:
            classes = set((attrs.get("class") or "").split())
            value = (attrs.get("title") or "").strip()
            if classes & _HATOM and value:
                prop = "dateModified" if "updated" in classes else "datePublished"
                hatom.append((prop, value))
        prop = (attrs.get("itemprop") or "").strip()
        if prop == "publisher":
            has_publisher = True
        elif prop in _MICRODATA_PROPS:
            given = attrs.get("content") or attrs.get("datetime")
            if not given and "itemscope" in attrs:
                # <div itemprop="author" itemscope>: the item's own name, not its whole
                # text (a face, the name, "معلمة ومدوّنة · 1.2 ألف متابع")
                named = node.css_first('[itemprop="name"]')
                if named is not None:
                    given = named.attributes.get("content") or named.text(deep=True)
            given = given or node.text(deep=True)
            if given and given.strip() and not _in_a_teaser_item(node, teaser_items):
                microdata.append((prop, given.strip()))

    # The publisher named in microdata is the site, never article text.
    if has_publisher:
        for node in tree.css('[itemprop="publisher"] [itemprop="name"]'):
            value = node.attributes.get("content") or node.text(deep=True)
            if value and value.strip():
                md.microdata.setdefault("publisher", []).append(value.strip())
    for prop, value in hatom + microdata:
        md.microdata.setdefault(prop, []).append(value)

    objects: list[dict[str, Any]] = []
    for text in jsonld_texts:
        for obj in _walk_jsonld(_loads(text)):
            objects.append(obj)
            if "breadcrumblist" in jsonld_types(obj) and not md.breadcrumbs:
                md.breadcrumbs = _breadcrumbs(obj)
    md.jsonld = _pick_article(objects)
    md.jsonld_articles = [obj for obj in objects if jsonld_types(obj) & ARTICLE_TYPES]
    md.jsonld_episode = next((o for o in objects if jsonld_types(o) & EPISODE_TYPES), None)
    md.jsonld_types = {t for obj in objects for t in jsonld_types(obj)}
    if not md.times and not _dated(md):
        # "<span data-time='2025-03-23T09:12:00+03:00'>قبل ساعتين</span>": the value a
        # script renders as a relative time, the page's own <time>
        for node in tree.css(_STAMP_NODES):
            attrs = node.attributes
            # (one property or several: "dc:date dc:created")
            rdfa = (
                attrs.get("content")
                if not _RDFA_DATES.isdisjoint((attrs.get("property") or "").split())
                else None
            )
            value = (attrs.get("data-time") or attrs.get("data-datetime") or rdfa or "").strip()
            shown = node.text(deep=True).strip()
            if not value and (not shown or shown.startswith(_RELATIVE_WORDS)):
                # (or a clock icon showing nothing, its tooltip the time: "<span
                # title='الأحد 16 شباط 2025 - 09:45 صباحاً'><i class='fa-clock-o'></i>")
                value = _titled_time(attrs.get("title"))
            if value and len(shown) <= _STAMP_TEXT_CHARS:
                md.times.append((value, shown))
    # A video published as a live broadcast (a channel's live page): its BroadcastEvent
    # sits inside the VideoObject, {"publication": {"@type": "BroadcastEvent",
    # "isLiveBroadcast": true}}, and counts like one on its own.
    for obj in objects:
        publication = obj.get("publication")
        for item in publication if isinstance(publication, list) else [publication]:
            if isinstance(item, dict) and item.get("isLiveBroadcast") in (True, "true", "True"):
                md.jsonld_types |= jsonld_types(item)

    # Client-side state is kept as text and parsed only if the HTML holds no article:
    # these blobs run to megabytes and most pages never need them.
    if next_data is not None:
        md.app_state_text.append(next_data)
    md.app_state_text.extend(state_texts)
    return md


def _breadcrumbs(obj: dict[str, Any]) -> list[str]:
    out: list[str] = []
    items = obj.get("itemListElement")
    if not isinstance(items, list):
        return out
    for item in items:
        if not isinstance(item, dict):
            continue
        name = item.get("name")
        inner = item.get("item")
        if not name and isinstance(inner, dict):
            name = inner.get("name")
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def jsonld_people(value: Any) -> tuple[list[str], list[str]]:
    """Names in a JSON-LD author value, split into (persons, organisations)."""
    persons: list[str] = []
    orgs: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            persons.append(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(n) for n in name)
            if isinstance(name, str) and name.strip():
                (
                    orgs
                    if "organization" in jsonld_types(item)
                    or "newsmediaorganization" in jsonld_types(item)
                    else persons
                ).append(name.strip())
    return persons, orgs


def jsonld_str(obj: dict[str, Any] | None, *keys: str) -> str | None:
    """The first non-empty string value among ``keys`` (lists give their first string)."""
    if not obj:
        return None
    for key in keys:
        value = obj.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
        if isinstance(value, dict):
            value = value.get("name") or value.get("url") or value.get("@id")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
