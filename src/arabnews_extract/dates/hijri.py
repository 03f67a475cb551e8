"""Umm al-Qura conversion: the one module that imports :mod:`hijridate`.

Keeping the dependency behind two small functions lets the rest of the engine treat
the Hijri calendar as plain data (a ``date`` in, a triple out) and lets us swap the
converter without touching the parser. Dates outside the table hijridate carries
(1343-1500 AH, 1924-2077 CE) give ``None``: we check the bounds first instead of
catching its exceptions, so nothing is raised only to be turned into ``None``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Final

# From the defining module: hijridate < 2.5 re-exports these without ``__all__``, which
# ``mypy --strict`` (no implicit re-export) rejects.
from hijridate.convert import Gregorian, Hijri
from hijridate.ummalqura import GREGORIAN_RANGE, HIJRI_RANGE

_G_MIN: Final = dt.date(*GREGORIAN_RANGE[0])
_G_MAX: Final = dt.date(*GREGORIAN_RANGE[1])
_H_MIN_YEAR: Final = HIJRI_RANGE[0][0]
_H_MAX_YEAR: Final = HIJRI_RANGE[1][0]

__all__ = ["gregorian_to_hijri", "hijri_month_length", "hijri_to_gregorian", "to_hijri"]


def hijri_month_length(year: int, month: int) -> int | None:
    """Days in an Umm al-Qura month (29 or 30), or None outside the table."""
    if not (_H_MIN_YEAR <= year <= _H_MAX_YEAR and 1 <= month <= 12):
        return None
    return Hijri(year, month, 1, validate=False).month_length()


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date, or None when the date is not in the table.

    Day 30 of a month that Umm al-Qura counts as 29 days is read as the day after
    the 29th: portals that follow a local moon sighting do write such dates, and
    they name a real day (the first of the next Umm al-Qura month).
    """
    length = hijri_month_length(year, month)
    if length is None or not 1 <= day <= 30:
        return None
    extra = 0
    if day > length:
        day, extra = length, day - length
    g = Hijri(year, month, day, validate=False).to_gregorian()
    return dt.date(g.year, g.month, g.day) + dt.timedelta(days=extra)


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    """The Umm al-Qura (year, month, day) of a Gregorian day, or None out of range."""
    if isinstance(day, dt.datetime):
        day = day.date()
    return _gregorian_to_hijri(day)


@lru_cache(maxsize=4096)
def _gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    # Cached: a crawl sees the same few days over and over.
    if not _G_MIN <= day <= _G_MAX:
        return None
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return (h.year, h.month, h.day)


def to_hijri(day: dt.date) -> str | None:
    """The Umm al-Qura date of ``day`` as ``YYYY-MM-DD``, or None out of range.

    >>> import datetime
    >>> to_hijri(datetime.date(2024, 3, 15))
    '1445-09-05'
    """
    h = gregorian_to_hijri(day)
    if h is None:
        return None
    return f"{h[0]:04d}-{h[1]:02d}-{h[2]:02d}"
