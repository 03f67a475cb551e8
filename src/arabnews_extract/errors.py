"""The one error tree of the library.

::

    ArabNewsError                 base of everything this library raises
    ├── InvalidPageError          the input is not a usable HTML page   kind="invalid-page"
    │   ├── NotHTMLError          binary or non-HTML content            kind="not-html"
    │   ├── PageTooLargeError     over Options.max_page_bytes           kind="too-large"
    │   └── DecodeError           no text encoding fits the bytes       kind="decode"
    ├── NotAnArticleError         a real page, but no article on it     kind="not-an-article"
    └── FetchError                the page could not be fetched         kind="fetch"
        ├── FetchTimeout          connect / read / total time ran out   kind="timeout"
        ├── HTTPStatusError       the server answered 4xx or 5xx        kind="http-status"
        ├── RobotsDisallowed      robots.txt forbids the URL            kind="robots"
        └── BlockedAddressError   host resolves to a private address    kind="fetch"

The fetcher also raises :class:`NotHTMLError` (a content type it does not accept) and
:class:`PageTooLargeError` (a body over ``FetchSettings.max_body_bytes``, counted while
streaming), so one ``kind`` means one thing wherever it comes from.

Every error carries a short machine-readable ``kind`` (the same word batch error
records use) and a human message. Errors from other libraries are wrapped at the
boundary with ``raise ... from exc`` so callers only ever catch ``ArabNewsError``
(``httpx`` exceptions become :class:`FetchError` or :class:`FetchTimeout` in fetch.py).
"""

from __future__ import annotations

from typing import ClassVar


class ArabNewsError(Exception):
    """Base class of all errors raised by arabnews_extract."""

    kind: ClassVar[str] = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidPageError(ArabNewsError):
    """The input cannot be read as an HTML page (empty, binary, broken)."""

    kind = "invalid-page"


class NotHTMLError(InvalidPageError):
    """The input is binary or another format (PDF, image, JSON …)."""

    kind = "not-html"


class PageTooLargeError(InvalidPageError):
    """The input is larger than ``Options.max_page_bytes``."""

    kind = "too-large"


class DecodeError(InvalidPageError):
    """No text encoding gives readable text for the bytes."""

    kind = "decode"


class NotAnArticleError(ArabNewsError):
    """A valid page that carries no article (home page, section list, empty shell)."""

    kind = "not-an-article"


class FetchError(ArabNewsError):
    """The page could not be fetched: DNS, connection, protocol, redirects, bad URL.

    ``url`` is the URL that failed (after redirects, where there were some) and
    ``status`` the last HTTP status seen, if any.
    """

    kind = "fetch"

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class FetchTimeout(FetchError):
    """Connecting, reading or the whole response took longer than the settings allow."""

    kind = "timeout"


class HTTPStatusError(FetchError):
    """The server answered with an error status (after any retries); ``status`` says which."""

    kind = "http-status"


class RobotsDisallowed(FetchError):
    """The site's robots.txt does not allow our user agent to fetch the URL."""

    kind = "robots"


class BlockedAddressError(FetchError):
    """The host resolves to a loopback, private, link-local or multicast address.

    Refused unless ``FetchSettings.allow_private_addresses`` is on, so that a hostile
    URL list (or a redirect) cannot make the crawler reach internal services.
    """
