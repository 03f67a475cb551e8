"""Text -> :class:`~arabnews_extract.models.Timestamp`: the Arabic date engine.

How it works, and why:

1. **Normalise once.** Hamza/alef variants, ta marbuta, alef maqsura, Persian ya and
   kaf fold to one letter; diacritics, tatweel and bidi controls are dropped;
   Arabic-Indic and Persian digits become ASCII; Arabic comma and decimal separators
   become ``,`` and ``.``. Folding is one ``str.translate``; an index map (built only
   when characters were dropped) takes every match back to the original text, so
   ``DateMatch.start/end`` and ``Timestamp.text`` show exactly what the page wrote.
2. **Tokenise with one precompiled regex.** One ``finditer`` pass finds date-ish
   tokens: a Gregorian date (month name, numeric, ISO), a Hijri date, a clock time, a
   zone, a weekday, a relative phrase, a label. The vocabularies come from
   :mod:`.vocab`, folded with the same normalisation, so a lookup is one dict access.
3. **Group adjacent tokens.** Tokens separated only by punctuation, white space or a
   connector word ("الموافق", "م", "يوم") form one expression, in any order: the
   time may come before the date, the Hijri date before the Gregorian one. A label
   ends the expression before it and gives its role to the next one.
4. **Build, or refuse.** Each group becomes a Timestamp, or None when it is invalid,
   vague, needs a reference time it did not get, or lies in the future of it. We
   return nothing rather than a guess: a wrong date is worse than no date.

Work is bounded: only the first :data:`MAX_SCAN_CHARS` characters are read, every
repetition in the regex is bounded or separated by a fixed token, and nothing here
raises on any input string.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal, TypeVar
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from ..models import Precision, Timestamp
from ..textnorm import trie_alternation
from . import vocab
from .hijri import gregorian_to_hijri, hijri_to_gregorian, to_hijri

__all__ = ["MAX_SCAN_CHARS", "DateMatch", "default_tz_for_url", "parse_date", "scan_dates"]

#: Only this many leading characters of a text are scanned: dates sit in bylines and
#: date lines, and a cap keeps the cost of a pathological input bounded.
MAX_SCAN_CHARS: Final = 4000

_DIGIT: Final = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]")
_MARKS: Final = re.compile("[\u064b-\u065f\u0670\u0640]")
_FOLD_ALEF: Final = str.maketrans("أإآٱ", "اااا")
_RELATIVE_HINT: Final = re.compile(
    "|".join(
        re.escape(word.translate(_FOLD_ALEF))
        for word in (*vocab.RELATIVE_PREFIXES, *vocab.RELATIVE_DAYS)
    )
)


def _may_hold_a_date(text: str) -> bool:
    """A cheap pre-check: every date has a digit or a relative word ("منذ", "أمس" …)."""
    if _DIGIT.search(text):
        return True
    return _RELATIVE_HINT.search(_MARKS.sub("", text).translate(_FOLD_ALEF)) is not None


#: An aware datetime may be this far after the reference time (clock skew between the
#: portal and the crawler) before we call it "in the future".
FUTURE_SLACK: Final = dt.timedelta(minutes=15)

#: Plausible years for a Gregorian news date; outside them a "date" is an ID or a sum.
GREGORIAN_YEARS: Final = range(1900, 2101)

#: A reference time outside these years is ignored (as if none were given): date
#: arithmetic next to ``datetime.min``/``max`` would overflow, and no page is that old.
REFERENCE_YEARS: Final = range(1000, 9000)

#: How far back a weekday may move a date without a year.
WEEKDAY_YEARS_BACK: Final = 7

#: The longest run of punctuation/connector words allowed inside one expression.
MAX_GAP: Final = 24

#: A label gives its role to a date that starts at most this many characters after it.
MAX_LABEL_GAP: Final = 40

Role = Literal["published", "modified"]
_T = TypeVar("_T")


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a text: what it means, where it was, its label."""

    timestamp: Timestamp
    role: Role | None
    start: int
    end: int


# --- normalisation ---------------------------------------------------------------------

_DROP: Final = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657"
    "\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670\u0640"
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff"
)
_FOLD: Final[dict[int, str | None]] = {ord(c): None for c in _DROP}
_FOLD.update({ord(c): "ا" for c in "أإآٱ"})
_FOLD.update({ord("ة"): "ه", ord("ى"): "ي", ord("ی"): "ي", ord("ک"): "ك", ord("ھ"): "ه"})
_FOLD.update({ord("،"): ",", ord("٬"): ",", ord("٫"): ".", ord("\u00a0"): " "})
_FOLD.update({0x0660 + i: str(i) for i in range(10)})
_FOLD.update({0x06F0 + i: str(i) for i in range(10)})
_DROP_SET: Final = frozenset(_DROP)


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _key(text: str) -> str:
    """The lookup key of a word or phrase: folded, lower case, single spaces."""
    return " ".join(_fold(text).lower().split())


def _index_map(text: str, folded: str) -> list[int] | None:
    """Original index of every folded character, or None when nothing was dropped."""
    if len(folded) == len(text):
        return None
    return [i for i, ch in enumerate(text) if ch not in _DROP_SET]


# --- lookups built from the vocabularies -------------------------------------------------


def _table(words: Mapping[str, _T]) -> dict[str, _T]:
    """A vocabulary keyed by folded words; two spellings that fold together must agree."""
    table: dict[str, _T] = {}
    for word, value in words.items():
        key = _key(word)
        if table.get(key, value) != value:
            raise ValueError(f"vocab: {word!r} folds onto {key!r} with another meaning")
        table[key] = value
    return table


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of folded phrases, spaces matching any run, the longer phrase
    winning where one opens another (as a tree of shared openings: see trie_alternation)."""
    return trie_alternation(_key(w) for w in words)


_GREGORIAN_MONTHS: Final[dict[str, int]] = _table(vocab.GREGORIAN_MONTHS)
_NEEDS_A_YEAR: Final = frozenset(_key(name) for name in vocab.MONTHS_NEEDING_A_YEAR)
_HIJRI_MONTHS: Final[dict[str, int]] = _table(vocab.HIJRI_MONTHS)
_WEEKDAYS: Final[dict[str, int]] = _table(vocab.WEEKDAYS)
_DAY_PARTS: Final[dict[str, vocab.DayPart]] = _table(vocab.DAY_PARTS)
_LABELS: Final[dict[str, Role | None]] = _table(vocab.LABELS)
_UNITS: Final[dict[str, tuple[vocab.Unit, int | None]]] = _table(vocab.RELATIVE_UNITS)
_NUMBER_WORDS: Final[dict[str, int]] = _table(vocab.NUMBER_WORDS)
_ORDINAL_DAYS: Final[dict[str, int]] = _table(vocab.ORDINAL_DAYS)
_RELATIVE_DAYS: Final[dict[str, int | None]] = _table(vocab.RELATIVE_DAYS)
_TZ_PLACES: Final[dict[str, str]] = _table(vocab.TZ_PLACES)

_MON: Final = _alternation(_GREGORIAN_MONTHS)
_HMON: Final = _alternation(_HIJRI_MONTHS)
_HMARK: Final = rf"(?:{_alternation(vocab.HIJRI_MARKERS)})(?!\w)"
_WD: Final = _alternation(_WEEKDAYS)
_DP: Final = _alternation(_DAY_PARTS)
_DP_WORD: Final = _alternation(k for k in _DAY_PARTS if len(k) > 1)
_INTRO: Final = _alternation(vocab.TIME_INTRODUCERS)
_LAB: Final = _alternation(_LABELS)
_UNIT: Final = _alternation(_UNITS)
_NUMW: Final = _alternation(_NUMBER_WORDS)
_ORDW: Final = _alternation(_ORDINAL_DAYS)
_RELP: Final = _alternation(vocab.RELATIVE_PREFIXES)
_HEDGE: Final = _alternation(vocab.RELATIVE_HEDGES)
_HALF: Final = _alternation(vocab.RELATIVE_HALF)
_RDAY: Final = _alternation(_RELATIVE_DAYS)
_RDAY_BLOCK: Final = "".join(rf"(?<!{re.escape(_key(w))}\s)" for w in vocab.RELATIVE_DAY_BLOCKERS)
_UTC: Final = _alternation(vocab.UTC_NAMES)
_TZP: Final = _alternation(_TZ_PLACES)
_TZ_INTRO: Final = _alternation(vocab.TZ_PLACE_INTRODUCERS)
_ORD: Final = r"(?:st|nd|rd|th)?"

_TOKEN: Final = re.compile(
    # Every token starts at a digit, "(", a word's start or a time introducer (which
    # may be glued to a prefix: "بالساعة"). Saying so first lets the scan step over
    # every other position with one test instead of trying fifteen alternatives there.
    rf"(?=[0-9(]|(?<!\w)\w|(?:{_INTRO}))(?:"
    + "|".join(
        (
            # ISO 8601 machine string with a time.
            r"(?P<iso>(?<![0-9])(?P<iso_y>[0-9]{4})-(?P<iso_mo>[0-9]{2})-(?P<iso_d>[0-9]{2})"
            r"t(?P<iso_h>[0-9]{2}):(?P<iso_mi>[0-9]{2})"
            r"(?::(?P<iso_s>[0-9]{2})(?:[.,](?P<iso_f>[0-9]{1,9}))?)?"
            r"(?P<iso_tz>z(?!\w)|[+-][0-9]{2}(?::?[0-9]{2})?)?(?![0-9]))",
            # Day, month name (optionally a second family's name), optional year.
            # ("15/نوفمبر/2025": the month's name between slashes)
            rf"(?P<td>(?<![0-9])(?P<td_d>[0-9]{{1,2}}){_ORD}\s*(?:/\s*)?(?:من\s+)?(?:شهر\s+)?"
            rf"(?P<td_m>{_MON})(?!\w)"
            rf"(?:\s*[/(\-–]\s*(?P<td_m2>{_MON})(?!\w)(?:\s*\))?)?"
            rf"(?:\s*[,/]?\s*(?P<td_y>[0-9]{{4}})(?![0-9]))?)",
            # The day as an ordinal word ("الثالث من مارس 2025"): the year is required,
            # as "مدينة السادس من أكتوبر" is a city and "العاشر من رمضان" another.
            rf"(?P<tw>(?<!\w)(?P<tw_d>{_ORDW})\s+(?:من\s+)?(?:شهر\s+)?(?P<tw_m>{_MON})(?!\w)"
            rf"\s*,?\s*(?P<tw_y>[0-9]{{4}})(?![0-9]))",
            # Month name first ("November 9, 2020"): the year is required.
            rf"(?P<tm>(?<!\w)(?P<tm_m>{_MON})\.?\s+(?P<tm_d>[0-9]{{1,2}}){_ORD}\s*,?\s*"
            rf"(?P<tm_y>[0-9]{{4}})(?![0-9]))",
            # Hijri day, month name, optional year and marker.
            # "غرة رمضان 1446هـ": the month's first day, in a word
            rf"(?P<hd>(?<![0-9])(?P<hd_d>[0-9]{{1,2}}|غر[ةه])\s*(?:من\s+)?(?:شهر\s+)?"
            rf"(?P<hd_m>{_HMON})(?!\w)(?:\s*,?\s*(?P<hd_y>[0-9]{{4}})(?![0-9]))?"
            rf"(?:\s*(?P<hd_mark>{_HMARK}))?)",
            # Numeric date, one separator repeated ("03 / 11 / 2023" spaced alike); a Hijri
            # marker may follow. A year in its own box after "05/03" is read across the
            # space: "05/03 2024".
            rf"(?P<nd>(?<![0-9.,/:\-])(?P<nd_a>[0-9]{{1,4}})(?P<nd_sep>[/.\-]|\s/\s)"
            rf"(?P<nd_b>[0-9]{{1,2}})"
            rf"(?:(?P=nd_sep)|(?<=/[0-9])\s+(?=[0-9]{{4}})|(?<=/[0-9]{{2}})\s+(?=[0-9]{{4}}))"
            rf"(?P<nd_c>[0-9]{{1,4}})(?![0-9]|[.,/:\-][0-9])"
            rf"(?:\s*(?P<nd_mark>{_HMARK}))?)",
            # Clock time H:MM[:SS] (French "10h35" too), optional offset and part of day.
            rf"(?P<t1>(?:(?:{_INTRO})\s*:?\s*)?(?<![0-9.,:/])(?P<t1_h>[0-9]{{1,2}})(?::|h(?=[0-9]{{2}}))"
            rf"(?P<t1_m>[0-9]{{2}})"
            rf"(?::(?P<t1_s>[0-9]{{2}}))?(?![0-9]|[.:/][0-9])"
            rf"(?:\s*(?P<t1_off>z(?!\w)|[+-][0-9]{{2}}:?[0-9]{{2}}(?![0-9])))?"
            rf"(?:\s*(?P<t1_dp>{_DP})(?!\w))?)",
            # "الساعة 5 مساء", "الساعة 10.30": an hour after an introducer.
            rf"(?P<t2>(?:{_INTRO})\s*:?\s*(?<![0-9])(?P<t2_h>[0-9]{{1,2}})(?:\.(?P<t2_m>[0-9]{{2}}))?"
            rf"(?![0-9]|[.:][0-9])(?:\s*(?P<t2_dp>{_DP})(?!\w))?)",
            # "5 مساء": an hour and a written part of the day.
            rf"(?P<t3>(?<![0-9.,:/])(?P<t3_h>[0-9]{{1,2}})\s*(?P<t3_dp>{_DP_WORD})(?!\w))",
            # Greenwich, with an optional offset: "GMT+3", "(GMT+0400)", "ت.غ".
            rf"(?P<tz>(?:\(\s*)?(?<!\w)(?:{_UTC})(?!\w)(?:\s*(?P<tz_sign>[+-])\s*"
            rf"(?P<tz_h>[0-9]{{1,2}})(?::?(?P<tz_m>[0-9]{{2}}))?(?![0-9]))?(?:\s*\))?)",
            # "بتوقيت مكة المكرمة".
            rf"(?P<tzp>(?<!\w)(?:{_TZ_INTRO})\s+(?P<tzp_w>{_TZP})(?!\w))",
            # "منذ 5 دقائق", "قبل يومين"; not "منذ عام 2011" (since the year 2011),
            rf"(?P<rel>(?<!\w)(?:{_RELP})\s+(?:(?:{_HEDGE})\s+)?"
            rf"(?:(?P<rel_n>[0-9]{{1,6}}|{_NUMW})\s*)?(?P<rel_u>{_UNIT})(?!\w)"
            rf"(?:\s*و\s*(?:(?P<rel_half>{_HALF})|(?:(?P<rel_n2>[0-9]{{1,6}}|{_NUMW})\s*)?"
            rf"(?P<rel_u2>{_UNIT}))(?!\w))?"
            # nor a unit before its noun: "قبل يوم الاقتراع" (before election day)
            rf"(?!\s*(?:[0-9]|{_MON}|{_HMON})|\s+ال\w))",
            # "أمس", "اليوم": only as a date line, not inside a phrase ("اليوم السابع").
            rf"(?P<rd>(?<!\w){_RDAY_BLOCK}(?P<rd_w>{_RDAY})(?!\w)"
            rf"(?=\s*(?:$|[^\w\s]|[0-9]|(?:{_INTRO})(?!\w))))",
            rf"(?P<wd>(?<!\w)(?P<wd_w>{_WD})(?!\w))",
            rf"(?P<lab>(?<!\w)(?P<lab_w>{_LAB})(?!\w))",
        )
    )
    + ")",
    re.IGNORECASE,
)

# Text allowed between two tokens of one expression.
#: Between the parts of one date: punctuation and connector words. A connector may
#: follow a digit directly: "2024م - الساعة 3:15" (the Gregorian era mark on the year).
_GAP: Final = re.compile(
    rf"(?:[\W_]|(?<![^\W\d])(?:{_alternation(vocab.CONNECTORS)})(?!\w))*",
    re.IGNORECASE,
)


# --- grouping --------------------------------------------------------------------------

# Slots a token fills in an expression; a second token for a filled slot starts a new one.
_SLOTS: Final[dict[str, tuple[str, ...]]] = {
    "iso": ("greg", "time"),
    "td": ("greg",),
    "tm": ("greg",),
    "tw": ("greg",),
    "hd": ("hijri",),
    "t1": ("time",),
    "t2": ("time",),
    "t3": ("time",),
    "tz": ("tz",),
    "tzp": ("tz",),
    "rd": ("rday",),
    "wd": ("wd",),
}


class _Group:
    __slots__ = ("end", "parts", "role", "start")

    def __init__(self, m: re.Match[str], kind: str, slots: tuple[str, ...], role: Role | None):
        self.start = m.start()
        self.end = m.end()
        self.parts: dict[str, tuple[str, re.Match[str]]] = {s: (kind, m) for s in slots}
        self.role = role

    def accepts(self, slots: tuple[str, ...]) -> bool:
        return not any(s in self.parts for s in slots)

    def add(self, m: re.Match[str], kind: str, slots: tuple[str, ...]) -> None:
        for s in slots:
            self.parts[s] = (kind, m)
        self.end = m.end()


def _nd_is_hijri(m: re.Match[str]) -> bool:
    if m.group("nd_mark"):
        return True
    a, c = m.group("nd_a"), m.group("nd_c")
    year = a if len(a) == 4 else c
    return len(year) == 4 and 1300 <= int(year) <= 1500


def _groups(text: str) -> Iterator[_Group]:
    """Tokens of ``text`` (folded) gathered into expressions, in order."""
    group: _Group | None = None
    pending: Role | None = None
    pending_end = -1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or ""
        if kind == "lab":
            if group is not None:
                yield group
                group = None
            role = _LABELS.get(_key(m.group("lab_w")))
            if role is not None or m.start() - pending_end > MAX_LABEL_GAP:
                pending = role
            pending_end = m.end()
            continue
        if kind == "nd":
            slots: tuple[str, ...] = ("hijri",) if _nd_is_hijri(m) else ("greg",)
        elif kind == "rel":
            slots = ("rel", "greg", "hijri", "time", "tz", "rday", "wd")
        else:
            slots = _SLOTS[kind]
        if (
            group is not None
            and group.accepts(slots)
            and m.start() - group.end <= MAX_GAP
            and _GAP.fullmatch(text, group.end, m.start())
        ):
            group.add(m, kind, slots)
            continue
        if group is not None:
            yield group
        role = pending if m.start() - pending_end <= MAX_LABEL_GAP else None
        pending = None
        group = _Group(m, kind, slots, role)
        if kind == "rel":
            yield group
            group = None
    if group is not None:
        yield group


# --- building a Timestamp ----------------------------------------------------------------


@lru_cache(maxsize=64)
def _zone(name: str) -> dt.tzinfo:
    return ZoneInfo(name)


def _resolve_tz(value: str | dt.tzinfo | None) -> dt.tzinfo | None:
    if value is None or isinstance(value, dt.tzinfo):
        return value
    return _zone(value)


def _valid_date(y: int, m: int, d: int) -> dt.date | None:
    if y not in GREGORIAN_YEARS or not 1 <= m <= 12 or not 1 <= d <= 31:
        return None
    if d > 28 and d > _month_days(y, m):
        return None
    return dt.date(y, m, d)


def _month_days(y: int, m: int) -> int:
    if m == 12:
        return 31
    return (dt.date(y, m + 1, 1) - dt.timedelta(days=1)).day


def _fixed_offset(sign: str, hours: int, minutes: int) -> dt.tzinfo | None:
    if hours > 14 or minutes > 59:
        return None
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-delta if sign == "-" else delta)


def _offset_text(text: str) -> dt.tzinfo | None:
    """``Z``, ``+03``, ``+0300``, ``+03:00`` -> a fixed zone."""
    if text.lower() == "z":
        return dt.timezone.utc
    digits = text[1:].replace(":", "")
    return _fixed_offset(text[0], int(digits[:2]), int(digits[2:4] or "0"))


class _Ctx:
    __slots__ = ("default", "ref")

    def __init__(self, ref: dt.datetime | None, default: dt.tzinfo | None) -> None:
        self.ref = ref
        self.default = default


def _in_future(value: dt.datetime, precision: Precision, ref: dt.datetime | None) -> bool:
    if ref is None:
        return False
    if precision != "day" and value.tzinfo is not None and ref.tzinfo is not None:
        return value > ref + FUTURE_SLACK
    return value.date() > ref.date() + dt.timedelta(days=1)


def _day_not_future(day: dt.date, ref: dt.datetime) -> bool:
    return day <= ref.date() + dt.timedelta(days=1)


def _infer_year(m: int, d: int, weekday: int | None, ref: dt.datetime | None) -> dt.date | None:
    """The year a page meant when it showed only day and month (see docs/dates.md)."""
    if ref is None:
        return None
    for back in range(WEEKDAY_YEARS_BACK + 1):
        day = _valid_date(ref.year - back, m, d)
        if day is None or not _day_not_future(day, ref):
            continue
        if weekday is None or day.weekday() == weekday:
            return day
    return None


def _gregorian(
    kind: str, m: re.Match[str], weekday: int | None, ctx: _Ctx
) -> tuple[dt.date, bool] | None:
    """(day, year_inferred) of a Gregorian date token, or None when it is no date."""
    if kind == "iso":
        day = _valid_date(int(m.group("iso_y")), int(m.group("iso_mo")), int(m.group("iso_d")))
        return None if day is None else (day, False)
    if kind in ("td", "tm", "tw"):
        p = kind + "_"
        month = _GREGORIAN_MONTHS.get(_key(m.group(p + "m")))
        if month is None:
            return None
        second = m.group("td_m2") if kind == "td" else None
        if second and _GREGORIAN_MONTHS.get(_key(second)) != month:
            return None
        d = _ORDINAL_DAYS[_key(m.group("tw_d"))] if kind == "tw" else int(m.group(p + "d"))
        if m.group(p + "y") is None:
            if _key(m.group(p + "m")) in _NEEDS_A_YEAR:
                return None
            inferred = _infer_year(month, d, weekday, ctx.ref)
            return None if inferred is None else (inferred, True)
        day = _valid_date(int(m.group(p + "y")), month, d)
        return None if day is None else (day, False)
    # Numeric: Y-M-D when the first part has four digits, else D-M-Y, else M-D-Y.
    a, b, c = m.group("nd_a"), m.group("nd_b"), m.group("nd_c")
    if len(a) == 4:
        if len(c) > 2:
            return None
        day = _valid_date(int(a), int(b), int(c))
        return None if day is None else (day, False)
    if len(a) > 2 or len(c) not in (2, 4):
        return None
    first, second = int(a), int(b)
    for year in _year_candidates(c, ctx.ref):
        day_first = _valid_date(year, second, first)
        month_first = _valid_date(year, first, second)
        if (
            ctx.ref is not None
            and day_first is not None
            and month_first is not None
            and not _day_not_future(day_first, ctx.ref)
            and _day_not_future(month_first, ctx.ref)
        ):
            # "3/12/2025 10:42:17 AM" fetched on 12 March: the American order, the day
            # second, when the day-first reading lies ahead of the fetch
            day_first = None
        day = day_first or month_first
        if day is not None and (len(c) == 4 or ctx.ref is None or _day_not_future(day, ctx.ref)):
            return day, False
    return None


def _year_candidates(text: str, ref: dt.datetime | None) -> tuple[int, ...]:
    """A 4-digit year as is; a 2-digit one as 20yy, then 19yy if 20yy is in the future."""
    if len(text) == 4:
        return (int(text),)
    if ref is None:
        return (2000 + int(text),)
    return (2000 + int(text), 1900 + int(text))


def _hijri(kind: str, m: re.Match[str], ctx: _Ctx) -> tuple[dt.date, str, bool] | None:
    """(Gregorian day, written Hijri date YYYY-MM-DD, year_inferred) or None."""
    if kind == "hd":
        month = _HIJRI_MONTHS.get(_key(m.group("hd_m")))
        if month is None:
            return None
        day = m.group("hd_d")
        d = int(day) if day.isdigit() else 1
        if m.group("hd_y") is not None:
            y, inferred = int(m.group("hd_y")), False
        else:
            if ctx.ref is None:
                return None
            now = gregorian_to_hijri(ctx.ref.date())
            if now is None:
                return None
            y = now[0] if (month, d) <= (now[1], now[2] + 1) else now[0] - 1
            inferred = True
    else:
        a, b, c = m.group("nd_a"), m.group("nd_b"), m.group("nd_c")
        if len(a) == 4:
            y, month, d = int(a), int(b), int(c)
        elif len(c) == 4:
            y, month, d = int(c), int(b), int(a)
        else:
            return None
        inferred = False
    day = hijri_to_gregorian(y, month, d)
    if day is None:
        return None
    return day, f"{y:04d}-{month:02d}-{d:02d}", inferred


def _clock(kind: str, m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """(hour 0-23, minute, second or None) of a time token, or None if impossible."""
    if kind == "iso":
        h, mi = int(m.group("iso_h")), int(m.group("iso_mi"))
        s = int(m.group("iso_s")) if m.group("iso_s") else None
        part_text = None
    else:
        p = kind + "_"
        h = int(m.group(p + "h"))
        mi = int(m.group(p + "m") or 0) if kind != "t3" else 0
        s = int(m.group("t1_s")) if kind == "t1" and m.group("t1_s") else None
        part_text = m.group(p + "dp")
    if part_text:
        part = _DAY_PARTS.get(_key(part_text))
        if part is not None and 1 <= h <= 12:
            h = _apply_day_part(h, part)
    if h > 23 or mi > 59 or (s is not None and s > 59):
        return None
    return h, mi, s


def _apply_day_part(h: int, part: vocab.DayPart) -> int:
    if part == "am":
        return 0 if h == 12 else h
    if part == "pm":
        return h if h == 12 else h + 12
    if part == "noon":
        return h + 12 if 1 <= h <= 6 else h
    # night
    if h == 12:
        return 0
    return h + 12 if 6 <= h <= 11 else h


def _explicit_tz(parts: dict[str, tuple[str, re.Match[str]]]) -> dt.tzinfo | Literal[False] | None:
    """The zone the expression names; None when it names none; False when it is bad."""
    if "tz" in parts:
        kind, m = parts["tz"]
        if kind == "tzp":
            zone = _TZ_PLACES.get(_key(m.group("tzp_w")))
            return False if zone is None else _zone(zone)
        if m.group("tz_sign") is None:
            return dt.timezone.utc
        found = _fixed_offset(m.group("tz_sign"), int(m.group("tz_h")), int(m.group("tz_m") or 0))
        return False if found is None else found
    if "time" in parts:
        kind, m = parts["time"]
        off = m.group("iso_tz") if kind == "iso" else m.group("t1_off") if kind == "t1" else None
        if off:
            found = _offset_text(off)
            return False if found is None else found
    return None


_FINE_UNITS: Final = ("seconds", "minutes", "hours")
#: One of each unit a timedelta can hold (months and years need relativedelta).
_ONE: Final[dict[str, dt.timedelta]] = {
    "seconds": dt.timedelta(seconds=1),
    "minutes": dt.timedelta(minutes=1),
    "hours": dt.timedelta(hours=1),
    "days": dt.timedelta(days=1),
    "weeks": dt.timedelta(weeks=1),
}


def _amount(n_text: str | None, unit_text: str) -> tuple[vocab.Unit, int] | None:
    """(unit, count) of "5 دقائق", "ساعتين", "ثلاث ساعات"; None for a bare plural."""
    unit_info = _UNITS.get(_key(unit_text))
    if unit_info is None:
        return None
    unit, implied = unit_info
    if n_text is None:
        n = implied
    elif n_text.isdigit():
        n = int(n_text)
    else:
        n = _NUMBER_WORDS.get(_key(n_text))
    return None if n is None else (unit, n)


def _relative(m: re.Match[str], ref: dt.datetime) -> tuple[dt.datetime, Precision] | None:
    """Reference minus the amount; "و" adds a second amount or a half of the first."""
    first = _amount(m.group("rel_n"), m.group("rel_u"))
    if first is None:
        return None
    unit, n = first
    if n > 1_000_000:
        return None
    if unit in _FINE_UNITS:
        delta = _ONE[unit] * n
        if m.group("rel_half"):
            delta += _ONE[unit] / 2
        elif m.group("rel_u2"):
            second = _amount(m.group("rel_n2"), m.group("rel_u2"))
            if second is None or second[0] not in _FINE_UNITS or second[1] > 1_000_000:
                return None
            delta += _ONE[second[0]] * second[1]
        value = ref - delta
        return value.replace(second=0, microsecond=0), "minute"
    # Days and longer: day precision, so a trailing "and N hours" changes nothing.
    if n > 36_500:
        return None
    if unit in ("days", "weeks"):
        day = ref.date() - _ONE[unit] * n
    else:
        months = n * 12 if unit == "years" else n
        if months > 1200:
            return None
        day = ref.date() - relativedelta(months=months)
    return dt.datetime(day.year, day.month, day.day), "day"


def _build(group: _Group, ctx: _Ctx, written: str) -> Timestamp | None:
    parts = group.parts
    ref = ctx.ref
    if "rel" in parts:
        if ref is None:
            return None
        if ctx.default is not None and ref.tzinfo is not None:
            # "منذ 6 ساعات" read in the portal's zone, whatever zone "now" was given in
            # (a WARC-Date is UTC): the same instant, and the same day in its Hijri date
            ref = ref.astimezone(ctx.default)
        rel = _relative(parts["rel"][1], ref)
        if rel is None:
            return None
        return _stamp(written, *rel, calendar_hijri=None, year_inferred=False, tz_inferred=False)

    weekday = None
    if "wd" in parts:
        weekday = _WEEKDAYS.get(_key(parts["wd"][1].group("wd_w")))

    tz = _explicit_tz(parts)
    if tz is False:
        return None
    tz_inferred = False

    written_hijri: str | None = None
    year_inferred = False
    day: dt.date | None = None
    if "greg" in parts:
        kind, m = parts["greg"]
        g = _gregorian(kind, m, weekday, ctx)
        if g is None:
            return None
        day, year_inferred = g
    elif "hijri" in parts:
        kind, m = parts["hijri"]
        h = _hijri(kind, m, ctx)
        if h is None:
            return None
        day, written_hijri, year_inferred = h
    elif "rday" in parts:
        if ref is None:
            return None
        back = _RELATIVE_DAYS.get(_key(parts["rday"][1].group("rd_w")), 0)
        if back is None:
            if "time" in parts:
                return None
            return _stamp(
                written, ref.replace(second=0, microsecond=0), "minute", None, False, False
            )
        # "أمس 10:42 م" is wall time where the page is: in its zone when that is known
        # (and yesterday is counted there); else naive. The reference time's own zone
        # is the fetcher's (a WARC-Date is UTC), not the page's.
        local = ref
        if "time" in parts:
            if tz is None and ctx.default is not None:
                tz, tz_inferred = ctx.default, True
            if tz is not None and ref.tzinfo is not None:
                local = ref.astimezone(tz)
        day = local.date() - dt.timedelta(days=back)
    else:
        return None

    precision: Precision = "day"
    if "time" not in parts:
        value = dt.datetime(day.year, day.month, day.day)
    else:
        kind, m = parts["time"]
        clock = _clock(kind, m)
        if clock is None:
            return None
        hh, mm, ss = clock
        micro = 0
        if kind == "iso" and m.group("iso_f"):
            micro = int(m.group("iso_f")[:6].ljust(6, "0"))
        value = dt.datetime(day.year, day.month, day.day, hh, mm, ss or 0, micro)
        precision = "minute" if ss is None else "second"
        if tz is None and ctx.default is not None:
            tz, tz_inferred = ctx.default, True
        if tz is not None:
            value = value.replace(tzinfo=tz)

    if _in_future(value, precision, ref):
        return None
    # "اليوم 23:00" at noon with no zone known: its day was counted on the reference's
    # own wall clock, so its clock is compared there too.
    naive_rday = "rday" in parts and value.tzinfo is None and ref is not None
    if naive_rday and ref is not None and value > ref.replace(tzinfo=None) + FUTURE_SLACK:
        return None
    return _stamp(written, value, precision, written_hijri, year_inferred, tz_inferred)


def _stamp(
    written: str,
    value: dt.datetime,
    precision: Precision,
    calendar_hijri: str | None,
    year_inferred: bool,
    tz_inferred: bool,
) -> Timestamp:
    return Timestamp(
        datetime=value,
        text=written,
        calendar="gregorian" if calendar_hijri is None else "hijri",
        hijri=calendar_hijri if calendar_hijri is not None else to_hijri(value.date()),
        precision=precision,
        source="visible",
        year_inferred=year_inferred,
        tz_inferred=tz_inferred,
    )


# --- public API --------------------------------------------------------------------------


def _iter_matches(
    text: str, reference_time: dt.datetime | None, default_tz: str | dt.tzinfo | None
) -> Iterator[DateMatch]:
    if not text:
        return
    original = text[:MAX_SCAN_CHARS]
    folded = _fold(original)
    index = _index_map(original, folded)
    if reference_time is not None and reference_time.year not in REFERENCE_YEARS:
        reference_time = None
    ctx = _Ctx(reference_time, _resolve_tz(default_tz))
    for group in _groups(folded):
        if index is None:
            start, end = group.start, group.end
        else:
            start, end = index[group.start], index[group.end - 1] + 1
        stamp = _build(group, ctx, original[start:end])
        if stamp is not None:
            yield DateMatch(timestamp=stamp, role=group.role, start=start, end=end)


def scan_dates(
    text: str,
    *,
    reference_time: dt.datetime | None = None,
    default_tz: str | dt.tzinfo | None = None,
) -> list[DateMatch]:
    """Every date expression in ``text``, in order, each with its span and label role.

    ``reference_time`` is "now" for relative dates, for a missing year and for the
    refusal of future dates; without it those give nothing. ``default_tz`` (an IANA
    name or a tzinfo) is the zone of a clock time the text gives no zone for; an unknown
    zone name raises ``zoneinfo.ZoneInfoNotFoundError`` (a caller's mistake, not the
    page's). Only the first :data:`MAX_SCAN_CHARS` characters are read.
    """
    if not _may_hold_a_date(text[:MAX_SCAN_CHARS]):
        return []  # most lines: no digit and no relative word, so no date to look for
    return list(_iter_matches(text, reference_time, default_tz))


def parse_date(
    text: str,
    *,
    reference_time: dt.datetime | None = None,
    default_tz: str | dt.tzinfo | None = None,
) -> Timestamp | None:
    """The first date expression in ``text``, or None; see :func:`scan_dates`."""
    for found in _iter_matches(text, reference_time, default_tz):
        return found.timestamp
    return None


_SCHEME: Final = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)


def default_tz_for_url(url: str | None, overrides: Mapping[str, str] | None = None) -> str | None:
    """The IANA zone of a portal, from ``overrides`` or its country-code TLD.

    ``overrides`` maps a host or any parent domain ("youm7.com") or a TLD ("com") to
    a zone; the most specific entry wins. Pan-Arab portals on .com/.net have no
    country, so without an override they get None rather than a guess.
    """
    if not url:
        return None
    rest = _SCHEME.sub("", url.strip(), count=1)
    host = re.split(r"[/?#]", rest, maxsplit=1)[0].rpartition("@")[2]
    if host.startswith("["):
        return None
    host = host.split(":", 1)[0].strip(".").lower()
    if not host:
        return None
    labels = host.split(".")
    if overrides:
        lowered = {k.lower().strip("."): v for k, v in overrides.items()}
        for i in range(len(labels)):
            zone = lowered.get(".".join(labels[i:]))
            if zone is not None:
                return zone
    return vocab.TZ_BY_TLD.get(labels[-1])
