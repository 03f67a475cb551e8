"""Never crash, never hang: arbitrary bytes and truncated pages give an article or a typed error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arabnews_extract import extract
from arabnews_extract.errors import ArabNewsError

from .conftest import fixture_cases

PAGES = [(case / "page.html").read_bytes() for case in fixture_cases()]


def _extract_or_typed_error(page: bytes | str) -> None:
    try:
        article = extract(page)
    except ArabNewsError as exc:
        assert exc.kind and exc.message
    else:
        assert isinstance(article.body, list)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(page: bytes) -> None:
    _extract_or_typed_error(page)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2048))
def test_arbitrary_text(page: str) -> None:
    _extract_or_typed_error(page)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(PAGES), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_pages(page: bytes, fraction: float) -> None:
    _extract_or_typed_error(page[: int(len(page) * fraction)])


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(PAGES), st.binary(min_size=1, max_size=64), st.floats(0.0, 1.0))
def test_corrupted_pages(page: bytes, junk: bytes, fraction: float) -> None:
    at = int(len(page) * fraction)
    _extract_or_typed_error(page[:at] + junk + page[at:])
