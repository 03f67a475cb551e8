"""The typed output of the library: an :class:`Article` and its parts.

Models are data only: no parsing happens here. Every model is a frozen pydantic v2
model so that an article can be hashed, cached and passed between processes safely,
and ``Article.model_dump_json()`` gives the JSON the CLI writes.

Raw beside normalized: a :class:`Timestamp` keeps the text the page showed next to
the datetime it means, so users can audit what was read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Calendar = Literal["gregorian", "hijri"]
Precision = Literal["day", "minute", "second"]
DateSource = Literal["json-ld", "meta", "microdata", "time-element", "visible", "url"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Timestamp(_Model):
    """A point in time read from a page.

    ``datetime`` is aware when the page (or a time-zone phrase, or the caller's
    default zone) gave an offset, naive otherwise. With ``precision="day"`` the
    time part is midnight and means nothing.
    """

    datetime: dt.datetime
    text: str | None = Field(default=None, description="The date as the page showed it.")
    calendar: Calendar = Field(default="gregorian", description="Calendar the page wrote it in.")
    hijri: str | None = Field(
        default=None, description="The same day in the Umm al-Qura calendar, YYYY-MM-DD."
    )
    precision: Precision = "day"
    source: DateSource = "visible"
    year_inferred: bool = Field(default=False, description="The page showed no year.")
    tz_inferred: bool = Field(
        default=False, description="The offset came from a default zone, not the page."
    )


class Source(_Model):
    """A news agency or outlet credited for the story."""

    name: str = Field(description="The credit as written on the page, e.g. 'أ ف ب'.")
    code: str | None = Field(default=None, description="Agency code such as AFP, or None.")


class RelatedLink(_Model):
    """A link the page presents as related to this article ("اقرأ أيضا" …)."""

    title: str
    url: str
    published: Timestamp | None = None


class Image(_Model):
    url: str
    caption: str | None = None


class Extraction(_Model):
    """How the article was made: evidence for audits."""

    version: str
    field_sources: dict[str, str] = Field(
        default_factory=dict, description="Where each field came from, e.g. title: 'h1'."
    )
    warnings: list[str] = Field(default_factory=list)


class Article(_Model):
    """One news article as a careful reader would take it from the page."""

    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: Timestamp | None = None
    modified: Timestamp | None = None
    lead: str | None = None
    body: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    dateline: str | None = None
    related: list[RelatedLink] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    section: str | None = None
    breadcrumbs: list[str] = Field(default_factory=list)
    images: list[Image] = Field(default_factory=list)
    extraction: Extraction

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.body)


class Fetched(_Model):
    """One page as fetched (or read from an archive): the bytes and how they came."""

    url: str = Field(description="The URL that was requested.")
    final_url: str = Field(description="The URL after redirects.")
    status: int = 200
    headers: dict[str, str] = Field(default_factory=dict)
    body: bytes = b""
    encoding: str | None = Field(default=None, description="Charset declared by the headers.")
    fetched_at: dt.datetime
    elapsed: float = Field(default=0.0, description="Seconds the fetch took.")


class ErrorRecord(_Model):
    """Why one input of a batch gave no article, as data."""

    kind: str = Field(
        description="fetch | http-status | robots | not-html | too-large | decode | "
        "not-an-article | invalid-page | timeout | io"
    )
    message: str
    status: int | None = None
    url: str | None = None


class PageInfo(_Model):
    """How a batch item's page was fetched: what a store keeps for conditional re-fetches."""

    url: str
    final_url: str
    status: int
    fetched_at: dt.datetime
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str = Field(description="SHA-256 of the body, hex.")

    @classmethod
    def of(cls, fetched: Fetched) -> PageInfo:
        headers = {k.lower(): v for k, v in fetched.headers.items()}
        return cls(
            url=fetched.url,
            final_url=fetched.final_url,
            status=fetched.status,
            fetched_at=fetched.fetched_at,
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
            content_hash=hashlib.sha256(fetched.body).hexdigest(),
        )


class Result(_Model):
    """One input of a batch and what became of it: an article or an error record."""

    index: int
    input: str = Field(description="The URL or path given (a pair or Fetched: its URL).")
    article: Article | None = None
    error: ErrorRecord | None = None
    page: PageInfo | None = Field(default=None, description="The fetch, for URL inputs.")

    @property
    def ok(self) -> bool:
        return self.article is not None
