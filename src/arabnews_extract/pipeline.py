"""The stages in order: how an article is made. Nothing else lives here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .clean import noscript_shown, parse, reveal_streamed, strip_chrome
from .config import Options
from .dates import default_tz_for_url
from .decode import decode, markup
from .errors import InvalidPageError, NotAnArticleError
from .extractors.article import Context, read_article
from .extractors.metadata import read_metadata
from .models import Article
from .normalize import normalize
from .segment import segment


def run(
    page: bytes | str,
    *,
    url: str | None,
    headers: Mapping[str, str] | None,
    reference_time: dt.datetime | None,
    options: Options,
) -> Article:
    source = page if isinstance(page, str) else markup(page, decode(page, headers))  # decode
    try:
        return _extract(source, url=url, reference_time=reference_time, options=options)
    except NotAnArticleError:
        # An app shell whose server-rendered article is only in <noscript>: read it
        # as a browser with scripting off would show it.
        shown = noscript_shown(source)
        if shown is None:
            raise
        return _extract(shown, url=url, reference_time=reference_time, options=options)


def _extract(
    source: bytes | str, *, url: str | None, reference_time: dt.datetime | None, options: Options
) -> Article:
    tree = parse(source)  # parse
    metadata = read_metadata(tree)  # extract: machine-readable claims
    if metadata.streamed:
        reveal_streamed(tree, source)  # React's late segments, put in their places
    strip_chrome(tree)  # clean
    root = tree.body or tree.root
    if root is None:
        raise InvalidPageError("the page has no document tree")
    lines = segment(root, max_nodes=options.max_nodes)  # segment
    tz = options.default_tz or default_tz_for_url(url or metadata.canonical, options.tz_by_tld)
    context = Context(url, reference_time, tz, options.min_body_chars)
    raw = read_article(lines, metadata, context)  # extract: the article's parts
    return normalize(raw, page_url=url)  # normalize
