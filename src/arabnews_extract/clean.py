"""Stage 2a: markup -> lexbor tree, with what can never be article text removed.

Runs after metadata is read (it needs ``<script type=application/ld+json>`` and
``<head>``). Only removes what is certain chrome at the element level (hidden elements,
social embeds, site navigation); the finer boilerplate decisions are made on text lines
by the extract stage, where context is known.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .errors import InvalidPageError

#: Removed with their content: hidden elements and social embeds. A hidden transcript is
#: kept: it is the article's text behind a "نص الفيديو" button, not a closed menu.
#: Elements that are never
#: reader text (boilerplate.NON_TEXT_TAGS: scripts, styles, forms' controls …) stay in the tree: the
#: segment stage steps over them, and matching and removing them here cost more than
#: the rest of this stage together.
_DROP = ", ".join(
    (
        *(
            f"{hidden}:not([class*=transcript]):not([id*=transcript])"
            for hidden in ("[hidden]", '[style*="display:none"]', '[style*="display: none"]')
        ),
        "blockquote.twitter-tweet",
        "blockquote.twitter-video",
        "blockquote.instagram-media",
        "blockquote.tiktok-embed",
        ".fb-post",
        ".fb-video",
        "ins.adsbygoogle",
    )
)


def parse(markup: bytes | str) -> LexborHTMLParser:
    """Parse like a browser with scripting on (``<noscript>`` stays one text node).

    ``markup``: text, or bytes that are UTF-8 (see :func:`arabnews_extract.decode.markup`).
    Raises :class:`InvalidPageError` for a page built to stall the parser.
    """
    check_shape(markup)
    return LexborHTMLParser(markup, scripting=True)


#: Pages smaller than this parse in well under a second whatever their shape.
_CHECK_ABOVE = 200_000
#: Deeper than any real page nests. lexbor's tree builder spends time growing with the
#: square of the depth (10,000 levels: 0.3 s; 100,000: 9 s; 300,000: minutes).
MAX_DEPTH = 10_000
#: More attributes on one element than any real page writes (the cost is quadratic too).
MAX_ATTRIBUTES = 5_000
_TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9]*)")
#: Elements that never hold others, or that the parser closes by itself: no depth.
_NO_DEPTH = frozenset(
    b"area base br col embed hr img input link meta source track wbr param keygen "
    b"p li dt dd tr td th option optgroup rb rt rtc rp thead tbody tfoot colgroup caption "
    b"html head body".split()
)
#: A tag long enough to carry MAX_ATTRIBUTES attributes.
_LONG_TAG = re.compile(rb"<[A-Za-z][^<>]{%d,}" % (MAX_ATTRIBUTES * 4))
_ATTRIBUTE = re.compile(rb"\s[^\s=/>]+\s*=")


def check_shape(markup: bytes | str) -> None:
    """Refuse a page nested deeper than MAX_DEPTH or with a tag of over MAX_ATTRIBUTES
    attributes: lexbor would take minutes, and no real page is built so.

    The depth is estimated from the tags, ahead of parsing: opening tags less closing
    ones, leaving out elements that close by themselves. Only large pages are looked at,
    so the check costs nothing on ordinary ones.
    """
    if len(markup) <= _CHECK_ABOVE:
        return
    raw = markup.encode("utf-8", "surrogatepass") if isinstance(markup, str) else markup
    if raw.count(b"<") > MAX_DEPTH:
        depth = 0
        for match in _TAG.finditer(raw):
            name = match.group(2).lower()
            if name in _NO_DEPTH:
                continue
            if match.group(1):
                depth = max(0, depth - 1)
            else:
                depth += 1
                if depth > MAX_DEPTH:
                    raise InvalidPageError(f"page is nested over {MAX_DEPTH:,} levels deep")
    for match in _LONG_TAG.finditer(raw):
        end = raw.find(b">", match.end())
        tag = raw[match.start() : end if end >= 0 else len(raw)]
        if len(_ATTRIBUTE.findall(tag)) > MAX_ATTRIBUTES:
            raise InvalidPageError(f"an element has over {MAX_ATTRIBUTES:,} attributes")


#: Site navigation, page footers and site headers: never article text, never related
#: links. A footer or header inside the article (credits, tags, the headline) stays.
_SITE_CHROME = "nav, [role=navigation], footer, header"
_KEEP_INSIDE = frozenset({"article", "main"})


def _inside_article(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in _KEEP_INSIDE:
            return True
        parent = parent.parent
    return False


def strip_chrome(tree: LexborHTMLParser) -> None:
    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css(_SITE_CHROME):
        # A header outside the article is the site's, unless it holds a headline (old
        # themes put the article's <h1> and byline in a bare <header>).
        if node.tag == "nav" or (
            not _inside_article(node)
            and (node.tag != "header" or node.css_first("h1, h2, time") is None)
        ):
            node.decompose()
