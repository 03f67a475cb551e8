"""The one error tree of the library.

::

    ArabNewsError                 base of everything this library raises
    ├── InvalidPageError          the input is not a usable HTML page   kind="invalid-page"
    │   ├── NotHTMLError          binary or non-HTML content            kind="not-html"
    │   ├── PageTooLargeError     over Options.max_page_bytes           kind="too-large"
    │   └── DecodeError           no text encoding fits the bytes       kind="decode"
    └── NotAnArticleError         a real page, but no article on it     kind="not-an-article"

Every error carries a short machine-readable ``kind`` (the same word batch error
records use) and a human message. Errors from other libraries are wrapped at the
boundary with ``raise ... from exc`` so callers only ever catch ``ArabNewsError``.
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
