"""Golden pages: every fixture page against its hand-written article, field by field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from arabnews_extract import Article, NotAnArticleError, evaluate, extract
from arabnews_extract.models import Timestamp

from .conftest import FIXTURES, fixture_cases, load_case, reference_time


def same_time(expected: str | None, got: Timestamp | None) -> bool:
    """The corpus rule (evaluate.same_time); an expected null wants no date at all."""
    if expected is None:
        return got is None
    return bool(evaluate.same_time(expected, got))


def differences(article: Article, expected: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    diffs: dict[str, tuple[Any, Any]] = {}

    def check(name: str, want: Any, have: Any) -> None:
        if want != have:
            diffs[name] = (want, have)

    check("title", expected["title"], article.title)
    check("authors", sorted(expected["authors"]), sorted(article.authors))
    check("body", expected["body"], article.body)
    got_sources = sorted(s.code or s.name for s in article.sources)
    check("sources", sorted(expected["sources"]), got_sources)
    check(
        "related",
        [(r["title"], r["url"]) for r in expected["related"]],
        [(r.title, r.url) for r in article.related],
    )
    for name in ("published", "modified"):
        if name in expected and not same_time(expected[name], getattr(article, name)):
            stamp = getattr(article, name)
            diffs[name] = (expected[name], stamp.datetime.isoformat() if stamp else None)
    if "dateline" in expected:
        check("dateline", expected["dateline"], article.dateline)
    return diffs


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_golden(case: Path) -> None:
    page, meta, expected = load_case(case)
    kwargs: dict[str, Any] = {
        "url": meta.get("url"),
        "headers": meta.get("headers"),
        "reference_time": reference_time(meta),
    }
    if expected.get("error") == "not-an-article":
        with pytest.raises(NotAnArticleError):
            extract(page, **kwargs)
        return
    article = extract(page, **kwargs)
    diffs = differences(article, expected)
    assert not diffs, "fields that differ (expected, got): " + "; ".join(
        f"{name}: {want!r} != {have!r}" for name, (want, have) in diffs.items()
    )
