"""Options: every knob of extraction in one frozen model (keyword-only, validated)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Options(BaseModel):
    """How :func:`arabnews_extract.extract` reads a page.

    Frozen so one instance can be shared by threads and processes of a batch.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_page_bytes: int = Field(
        default=10_000_000, gt=0, description="Larger pages raise PageTooLargeError."
    )
    max_nodes: int = Field(
        default=400_000,
        gt=0,
        description="Tree nodes walked at most; bounds time on hostile pages.",
    )
    min_body_chars: int = Field(
        default=120, ge=0, description="Less body text than this means the page is not an article."
    )
    default_tz: str | None = Field(
        default=None,
        description="IANA zone for visible times without one; None: guessed from the domain.",
    )
    tz_by_tld: dict[str, str] = Field(
        default_factory=dict,
        description="Extra or overriding country-TLD -> IANA zone entries, "
        "e.g. {'ly': 'Africa/Tripoli'}.",
    )
