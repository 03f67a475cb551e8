"""arabnews_extract: clean, structured, trustworthy articles from Arabic news pages.

>>> from arabnews_extract import extract
>>> article = extract(page_bytes, url="https://example.com/news/1")  # doctest: +SKIP
"""

import logging as _logging

from ._version import __version__
from .api import extract
from .config import Options
from .dates import parse_date
from .errors import (
    ArabNewsError,
    DecodeError,
    InvalidPageError,
    NotAnArticleError,
    NotHTMLError,
    PageTooLargeError,
)
from .models import Article, Extraction, Image, RelatedLink, Source, Timestamp

_logging.getLogger(__name__).addHandler(_logging.NullHandler())

__all__ = [
    "ArabNewsError",
    "Article",
    "DecodeError",
    "Extraction",
    "Image",
    "InvalidPageError",
    "NotAnArticleError",
    "NotHTMLError",
    "Options",
    "PageTooLargeError",
    "RelatedLink",
    "Source",
    "Timestamp",
    "__version__",
    "extract",
    "parse_date",
]
