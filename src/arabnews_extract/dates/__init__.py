"""Arabic date engine: text -> :class:`~arabnews_extract.models.Timestamp`.

``parse.py`` is the engine, ``vocab.py`` the words it reads, ``hijri.py`` the one
place the Umm al-Qura converter is imported. See ``docs/dates.md`` for every form.
"""

from __future__ import annotations

from .hijri import to_hijri
from .parse import DateMatch, default_tz_for_url, parse_date, scan_dates

__all__ = ["DateMatch", "default_tz_for_url", "parse_date", "scan_dates", "to_hijri"]
