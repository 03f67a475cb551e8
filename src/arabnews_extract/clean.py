"""Stage 2a: markup -> lexbor tree, with what can never be article text removed.

Runs after metadata is read (it needs ``<script type=application/ld+json>`` and
``<head>``). Only removes what is certain chrome at the element level (hidden elements,
social embeds, site navigation); the finer boilerplate decisions are made on text lines
by the extract stage, where context is known.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

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
    """
    return LexborHTMLParser(markup, scripting=True)


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
