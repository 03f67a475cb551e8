"""arabnews_extract: clean, structured, trustworthy articles from Arabic news pages.

>>> from arabnews_extract import extract
>>> article = extract(page_bytes, url="https://example.com/news/1")  # doctest: +SKIP
"""

import logging as _logging

from ._build import is_compiled
from ._version import __version__
from .api import aextract_url, extract, extract_url
from .batch import aextract_batch, extract_batch
from .config import FetchSettings, Options
from .dates import parse_date
from .errors import (
    ArabNewsError,
    BlockedAddressError,
    DecodeError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidPageError,
    NotAnArticleError,
    NotHTMLError,
    PageTooLargeError,
    RobotsDisallowed,
)
from .fetch import afetch, fetch
from .models import (
    Article,
    ErrorRecord,
    Extraction,
    Fetched,
    Image,
    RelatedLink,
    Result,
    Source,
    Timestamp,
)

_logging.getLogger(__name__).addHandler(_logging.NullHandler())

__all__ = [
    "ArabNewsError",
    "Article",
    "BlockedAddressError",
    "DecodeError",
    "ErrorRecord",
    "Extraction",
    "FetchError",
    "FetchSettings",
    "FetchTimeout",
    "Fetched",
    "HTTPStatusError",
    "Image",
    "InvalidPageError",
    "NotAnArticleError",
    "NotHTMLError",
    "Options",
    "PageTooLargeError",
    "RelatedLink",
    "Result",
    "RobotsDisallowed",
    "Source",
    "Timestamp",
    "__version__",
    "aextract_batch",
    "aextract_url",
    "afetch",
    "extract",
    "extract_batch",
    "extract_url",
    "fetch",
    "is_compiled",
    "parse_date",
]
