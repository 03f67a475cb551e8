"""The date engine against tests/data/dates_ar.tsv, plus roles, spans and URL zones.

Table columns: text, reference_time, default_tz, expected, checks, note. ``expected``
is ISO 8601 (date only for day precision, no offset for a naive result) or empty for
None; ``checks`` are ``field=value`` pairs compared with the Timestamp's fields.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from arabnews_extract.dates import DateMatch, default_tz_for_url, parse_date, scan_dates, to_hijri
from arabnews_extract.models import Timestamp

TABLE = Path(__file__).parent / "data" / "dates_ar.tsv"


def load_rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _value(text: str) -> Any:
    if text in ("true", "false"):
        return text == "true"
    return text


def datetime_mismatch(have: dt.datetime | None, expected: str) -> str | None:
    """The datetime half of :func:`mismatch` (all a plain-datetime parser can be held to)."""
    if not expected:
        return None if have is None else f"expected None, got {have.isoformat()}"
    if have is None:
        return f"expected {expected}, got None"
    want = dt.datetime.fromisoformat(expected)
    if (want.tzinfo is None) != (have.tzinfo is None):
        return f"datetime {have.isoformat()} != {want.isoformat()} (naive vs aware)"
    if have != want or have.utcoffset() != want.utcoffset():
        return f"datetime {have.isoformat()} != {want.isoformat()}"
    return None


def mismatch(got: Timestamp | None, expected: str, checks: str) -> str | None:
    """Why ``got`` is not what the row expects, or None when it is.

    Shared with benchmarks/bench_dates.py so that both score rows the same way.
    The datetime must be equal *and* carry the same offset (or both be naive).
    """
    problem = datetime_mismatch(None if got is None else got.datetime, expected)
    if problem is not None or got is None:
        return problem
    for pair in filter(None, checks.split(",")):
        field, _, raw = pair.partition("=")
        if getattr(got, field) != _value(raw):
            return f"{field}: {getattr(got, field)!r} != {raw!r}"
    return None


def _reference(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


ROWS = load_rows()


@pytest.mark.parametrize("row", ROWS, ids=[f"{i + 2}:{r['note'][:40]}" for i, r in enumerate(ROWS)])
def test_table(row: dict[str, str]) -> None:
    got = parse_date(
        row["text"],
        reference_time=_reference(row["reference_time"]),
        default_tz=row["default_tz"] or None,
    )
    problem = mismatch(got, row["expected"], row["checks"])
    assert problem is None, f"{row['text']!r} ({row['note']}): {problem}"


def test_scan_roles_and_spans() -> None:
    text = "نشر في: 5 مارس 2024 - 10:30 | آخر تحديث: الأربعاء 6 مارس 2024"
    found = scan_dates(text)
    assert [(m.role, m.timestamp.datetime.date()) for m in found] == [
        ("published", dt.date(2024, 3, 5)),
        ("modified", dt.date(2024, 3, 6)),
    ]
    assert [text[m.start : m.end] for m in found] == [
        "5 مارس 2024 - 10:30",
        "الأربعاء 6 مارس 2024",
    ]
    assert all(isinstance(m, DateMatch) for m in found)


def test_scan_span_with_diacritics_maps_to_original_text() -> None:
    text = "حُدِّث يوم الأَحَد ١٤ تَمُّوز ٢٠٢٤"
    (match,) = scan_dates(text)
    assert match.role == "modified"
    assert text[match.start : match.end] == "الأَحَد ١٤ تَمُّوز ٢٠٢٤"
    assert match.timestamp.text == "الأَحَد ١٤ تَمُّوز ٢٠٢٤"


def test_bare_date_label_has_no_role_and_relative_gets_label() -> None:
    ref = dt.datetime(2024, 3, 5, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    (plain,) = scan_dates("بتاريخ 11 يونيو 2023")
    assert plain.role is None
    (rel,) = scan_dates("آخر تحديث: منذ 3 ساعات", reference_time=ref)
    assert rel.role == "modified"


def test_compound_relative() -> None:
    ref = dt.datetime(2024, 3, 5, 12, 0, 30, tzinfo=dt.timezone.utc)
    cases = {
        "منذ 3 ساعات و 20 دقيقة": dt.datetime(2024, 3, 5, 8, 40, tzinfo=dt.timezone.utc),
        "منذ ساعة ونصف": dt.datetime(2024, 3, 5, 10, 30, tzinfo=dt.timezone.utc),
        "منذ يومين و3 ساعات": dt.datetime(2024, 3, 3),
    }
    for text, want in cases.items():
        got = parse_date(text, reference_time=ref)
        assert got is not None and got.datetime == want, text
        assert got.text == text
    assert parse_date("منذ ساعتين وأيام", reference_time=ref) is None


def test_site_names_and_phrases_are_not_relative_days() -> None:
    ref = dt.datetime(2024, 3, 5, 12)
    assert scan_dates("اليوم السابع", reference_time=ref) == []
    assert scan_dates("لم يتم التوصل إلى اتفاق حتى الآن", reference_time=ref) == []
    assert scan_dates("منذ عام 2011", reference_time=ref) == []


@pytest.mark.parametrize(
    ("url", "zone"),
    [
        ("https://www.youm7.eg/story/1", "Africa/Cairo"),
        ("http://www.alriyadh.com.sa/123", "Asia/Riyadh"),
        ("https://hespress.ma", "Africa/Casablanca"),
        ("https://user@www.assabah.com.tn:8080/x?y#z", "Africa/Tunis"),
        ("www.emaratalyoum.ae/local", "Asia/Dubai"),
        ("https://www.aljazeera.net/news", None),
        ("https://arabic.cnn.com/", None),
        ("", None),
        (None, None),
        ("http://[::1", None),
        ("not a url at all", None),
    ],
)
def test_default_tz_for_url(url: str | None, zone: str | None) -> None:
    assert default_tz_for_url(url) == zone


def test_default_tz_for_url_overrides_most_specific_first() -> None:
    overrides = {"youm7.com": "Africa/Cairo", "com": "UTC", "news.example.com": "Asia/Dubai"}
    assert default_tz_for_url("https://www.youm7.com/a", overrides) == "Africa/Cairo"
    assert default_tz_for_url("https://news.example.com/a", overrides) == "Asia/Dubai"
    assert default_tz_for_url("https://other.com/a", overrides) == "UTC"
    assert default_tz_for_url("https://x.eg/a", {"YOUM7.com": "UTC"}) == "Africa/Cairo"


def test_to_hijri() -> None:
    assert to_hijri(dt.date(2024, 3, 15)) == "1445-09-05"
    assert to_hijri(dt.datetime(2024, 3, 15, 23, 59)) == "1445-09-05"
    assert to_hijri(dt.date(1900, 1, 1)) is None
    assert to_hijri(dt.date(2090, 1, 1)) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00" * 10,
        "1" * 100_000,
        "15 " * 20_000,
        ("5 مارس 2024 " + " " * 5000) * 3,
        "منذ 999999999999 سنة",
        "منذ 999999 يوم",
        "٣١/١٢/٩٩٩٩ ٢٣:٥٩ GMT+99",
        "2024-03-05T25:61:61+99:99",
        "ſep 5, 2024 İ",
        "الساعة 99 مساء 5 مارس 2024",
    ],
)
def test_never_raises(text: str) -> None:
    ref = dt.datetime(2024, 3, 5, 12, tzinfo=dt.timezone.utc)
    scan_dates(text, reference_time=ref, default_tz="Africa/Cairo")
    scan_dates(text)
    parse_date(text, reference_time=dt.datetime(1, 1, 1))


def _stamp(value: str, source: str = "visible") -> Timestamp:
    when = dt.datetime.fromisoformat(value)
    return Timestamp(
        datetime=when,
        text=value,
        calendar="gregorian",
        hijri=to_hijri(when.date()),
        precision="minute",
        source=source,  # type: ignore[arg-type]
    )


def test_a_machine_date_a_day_off_at_the_same_clock_time_loses_to_the_page() -> None:
    from arabnews_extract.extractors.dates import choose

    warnings: list[str] = []
    machine = _stamp("2024-03-04T10:40:00+03:00", "json-ld")
    visible = _stamp("2024-03-05T10:40:00")
    got = choose(machine, visible, label="published", warnings=warnings, reference_time=None)
    assert got is visible and "another day" in warnings[0]
    # Another clock time is another reading: the machine value is kept, with a warning.
    warnings.clear()
    other = _stamp("2024-03-05T12:15:00")
    got = choose(machine, other, label="published", warnings=warnings, reference_time=None)
    assert got is machine and warnings


def test_french_labels_give_their_roles() -> None:
    (published,) = scan_dates("Publié le 14/03/2024 à 10h35", reference_time=None)
    (modified,) = scan_dates("Mis à jour le 14/03/2024 à 12h10", reference_time=None)
    assert (published.role, modified.role) == ("published", "modified")
