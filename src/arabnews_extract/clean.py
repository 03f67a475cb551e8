"""Stage 2a: markup -> lexbor tree, with what can never be article text removed.

Runs after metadata is read (it needs ``<script type=application/ld+json>`` and
``<head>``). Only removes what is certain chrome at the element level (hidden elements,
social embeds, site navigation); the finer boilerplate decisions are made on text lines
by the extract stage, where context is known.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .errors import InvalidPageError

#: Names of hidden boxes that hold the article's own text, behind a button: a video's
#: transcript ("نص الفيديو"), the rest of a story or an interview ("اقرأ المزيد", "تابع
#: قراءة الحوار"). Not a closed menu.
_TEXT_BEHIND_A_BUTTON: Final = (
    "transcript",
    "more-content",
    "morecontent",
    "more-text",
    "article-rest",
    "rest-of",
    "continue-reading",
    "full-text",
    "fulltext",
)
#: Removed with their content: social embeds, screen-reader text, carousel clones.
#: Elements that are never
#: reader text (boilerplate.NON_TEXT_TAGS: scripts, styles, forms' controls …) stay in the tree: the
#: segment stage steps over them, and matching and removing them here cost more than
#: the rest of this stage together.
_DROP: Final = ", ".join(
    (
        # (hidden boxes: _HIDDEN, filtered in Python; a :not() chain per kept name here
        # would cost every element of every page its checks)
        "blockquote.twitter-tweet",
        "blockquote.twitter-video",
        "blockquote.instagram-media",
        "blockquote.tiktok-embed",
        ".fb-post",
        ".fb-video",
        "ins.adsbygoogle",
        # Text for screen readers only: a browser shows none of it ("نص الخبر" over the
        # text, "(يفتح في نافذة جديدة)" after a link).
        ".sr-only:not(:focus)",
        ".visually-hidden",
        '[class*="visually-hidden"]',  # a prefixed utility ("mdr-visually-hidden")
        ".visuallyhidden",
        ".screen-reader-text",
        # A looping carousel's copies of its own slides: each related link once.
        ".swiper-slide-duplicate",
        ".slick-cloned",
        ".owl-item.cloned",
        ".splide__slide--clone",
        ".glide__slide--clone",
    )
)


def parse(markup: bytes | str) -> LexborHTMLParser:
    """Parse like a browser with scripting on (``<noscript>`` stays one text node).

    ``markup``: text, or bytes that are UTF-8 (see :func:`arabnews_extract.decode.markup`).
    Raises :class:`InvalidPageError` for a page built to stall the parser.
    """
    check_shape(markup)
    return LexborHTMLParser(markup, scripting=True)


_NOSCRIPT_TAG: Final = re.compile(rb"</?noscript\b[^>]*>", re.I)
_PARAGRAPH_TAG: Final = re.compile(rb"<p[\s>]")


def _noscript_holds_a_paragraph(lowered: bytes) -> bool:
    """Some ``<noscript>`` holds a ``<p>``: one pass over the page, whatever its size
    (a pattern spanning open and close tags would rescan an unclosed one to the end)."""
    at = lowered.find(b"<noscript")
    while at >= 0:
        end = lowered.find(b"</noscript", at)
        if _PARAGRAPH_TAG.search(lowered, at, end if end >= 0 else len(lowered)):
            return True
        if end < 0:
            return False
        at = lowered.find(b"<noscript", end)
    return False


def noscript_shown(markup: bytes | str) -> bytes | str | None:
    """The page as a browser with scripting off shows it: its ``<noscript>`` content as
    markup, or None when no ``<noscript>`` holds a paragraph.

    An app shell (an empty ``<div id="root">``) may print its whole server-rendered
    article there; :func:`parse` reads it as one text node, as browsers do with
    scripting on, so this is the second reading when the first found no article.
    """
    raw = markup.encode("utf-8") if isinstance(markup, str) else markup
    if not _noscript_holds_a_paragraph(raw.lower()):
        return None
    shown = _NOSCRIPT_TAG.sub(b"", raw)
    return shown.decode("utf-8") if isinstance(markup, str) else shown


#: Deeper than any real page nests. lexbor's tree builder spends time growing with the
#: square of the depth (10,000 levels: 0.3 s; 100,000: 9 s; 300,000: minutes).
MAX_DEPTH: Final = 10_000
#: More attributes on one element than any real page writes (the cost is quadratic too).
MAX_ATTRIBUTES: Final = 5_000
#: A page needs this many bytes to nest MAX_DEPTH deep ("<b>" is the shortest tag).
_DEPTH_BYTES: Final = 3 * MAX_DEPTH
#: Attributes are counted on pages this large only: below it, even a page that is one
#: tag of attributes parses in under a second.
_ATTRIBUTE_BYTES: Final = 200_000
_TAG: Final = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9]*)")
#: Elements that never hold others, or that the parser closes by itself: no depth.
_NO_DEPTH: Final = frozenset(
    b"area base br col embed hr img input link meta source track wbr param keygen "
    b"p li dt dd tr td th option optgroup rb rt rtc rp thead tbody tfoot colgroup caption "
    b"html head body".split()
)
#: A tag long enough to carry MAX_ATTRIBUTES attributes.
_LONG_TAG: Final = re.compile(rb"<[A-Za-z][^<>]{%d,}" % (4 * MAX_ATTRIBUTES))
_ATTRIBUTE: Final = re.compile(rb"\s[^\s=/>]+\s*=")


def check_shape(markup: bytes | str) -> None:
    """Refuse a page nested deeper than MAX_DEPTH or with a tag of over MAX_ATTRIBUTES
    attributes: lexbor would take minutes, and no real page is built so.

    The depth is estimated from the tags ahead of parsing, with a stack of the open
    ones: an end tag closes the nearest open element of its name and those inside it,
    and one that matches nothing open ("</x>" after "<q>") closes nothing, as in the
    parser. Elements that close by themselves are left out. Only pages with the bytes
    and the tags to be that deep are scanned, so ordinary pages cost one count.
    """
    size = len(markup)
    if size <= _DEPTH_BYTES:
        return
    tags = markup.count("<") if isinstance(markup, str) else markup.count(b"<")
    if tags <= MAX_DEPTH and size <= _ATTRIBUTE_BYTES:
        return
    raw = markup.encode("utf-8", "surrogatepass") if isinstance(markup, str) else markup
    if tags > MAX_DEPTH:
        open_tags: list[bytes] = []
        for match in _TAG.finditer(raw):
            name = match.group(2).lower()
            if name in _NO_DEPTH:
                continue
            if not match.group(1):
                open_tags.append(name)
                if len(open_tags) > MAX_DEPTH:
                    raise InvalidPageError(f"page is nested over {MAX_DEPTH:,} levels deep")
            elif open_tags and open_tags[-1] == name:
                open_tags.pop()
            elif name in open_tags[-64:]:  # misnested: close down to the nearest one
                del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name) :]
    if size > _ATTRIBUTE_BYTES and raw.count(b"=") > MAX_ATTRIBUTES:
        for match in _LONG_TAG.finditer(raw):
            end = raw.find(b">", match.end())
            tag = raw[match.start() : end if end >= 0 else len(raw)]
            if len(_ATTRIBUTE.findall(tag)) > MAX_ATTRIBUTES:
                raise InvalidPageError(f"an element has over {MAX_ATTRIBUTES:,} attributes")


#: Site navigation, page footers and site headers: never article text, never related
#: links. A footer or header inside the article (credits, tags, the headline) stays.
_SITE_CHROME: Final = "nav, [role=navigation], footer, header"
_KEEP_INSIDE: Final = frozenset({"article", "main"})
#: What a header or a footer outside the article holds when it is the article's own.
_OWN_PART: Final = {"header": "h1, h2, time", "footer": '[class*="related"]'}


def _inside_article(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in _KEEP_INSIDE:
            return True
        parent = parent.parent
    return False


#: Hidden boxes. The "hidden" class is Bootstrap's and Drupal's display:none (Drupal's
#: RDF author "<span rel='schema:author' class='hidden'>editor_mona</span>", the login of
#: whoever filed the node); Tailwind's "hidden md:block" is shown on a wide screen. CSS
#: reads keywords in any case, and so does the match (a legacy editor's "DISPLAY: none").
_HIDDEN: Final = '[hidden], [style*="display:none" i], [style*="display: none" i], .hidden'


def _holds_text_behind_a_button(attrs: dict[str, str | None]) -> bool:
    if attrs.get("role") in _PANEL_ROLES or attrs.get("aria-labelledby"):
        # an accordion's answer or a tab's panel, labelled by the question or the tab
        # that opens it ("<div role='region' aria-labelledby='faq-q-1' hidden>")
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return any(name in names for name in _TEXT_BEHIND_A_BUTTON)


def _shown_on_wide_screens(attrs: dict[str, str | None]) -> bool:
    """Tailwind's "hidden md:block": hidden on a phone only, by its class alone."""
    return (
        ":" in (attrs.get("class") or "")
        and "hidden" not in attrs
        and "display" not in (attrs.get("style") or "").lower()
    )


#: Roles of a box a button opens in place: its text is the page's, shown on a click.
_PANEL_ROLES: Final = frozenset({"region", "tabpanel"})


#: React's streamed rendering: "$RC("B:0","S:0")" moves the hidden segment S:0 into the
#: place of the template B:0, over its loading placeholder.
_STREAMED: Final = re.compile(r'\$RC\("(B:[0-9a-f]+)","(S:[0-9a-f]+)"\)')


def reveal_streamed(tree: LexborHTMLParser, markup: bytes | str) -> None:
    """Do what React 18's streaming script does once the page has loaded: each segment
    sent late in a ``<div hidden id="S:0">`` (Next.js's related cards, a comments box)
    takes the place of its template and its placeholder, as the reader sees it."""
    text = markup.decode("utf-8", "replace") if isinstance(markup, bytes) else markup
    for template_id, segment_id in _STREAMED.findall(text):
        template = tree.css_first(f'template[id="{template_id}"]')
        streamed = tree.css_first(f'div[id="{segment_id}"]')
        if template is None or streamed is None:
            continue
        placeholder = template.next
        # the loading placeholder, up to the boundary's closing comment ("<!--/$-->")
        while placeholder is not None and not (
            placeholder.tag == "-comment" and "/$" in (placeholder.html or "")
        ):
            following = placeholder.next
            placeholder.decompose()
            placeholder = following
        if "hidden" in streamed.attributes:
            del streamed.attrs["hidden"]
        template.replace_with(streamed)  # (a copy: the segment itself is then removed)
        streamed.decompose()


def strip_chrome(tree: LexborHTMLParser) -> None:
    for node in tree.css(_HIDDEN):
        attrs = node.attributes  # (lexbor builds the dict on each call: read it once)
        if not (_holds_text_behind_a_button(attrs) or _shown_on_wide_screens(attrs)):
            node.decompose()
    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css(_SITE_CHROME):
        if node.tag == "nav" and "related" in (node.attributes.get("class") or "").lower():
            continue  # Jetpack's related posts are a <nav>: related links, no navigation
        # A header outside the article is the site's, unless it holds a headline (old
        # themes put the article's <h1> and byline in a bare <header>); a footer is,
        # unless it holds a box named related (the story's own footer on a page with no
        # <article>: its tags, then "مواضيع ذات صلة").
        own = _OWN_PART.get(node.tag or "")  # (none for a <div role="navigation">)
        if node.tag == "nav" or (
            not _inside_article(node) and (own is None or node.css_first(own) is None)
        ):
            node.decompose()
