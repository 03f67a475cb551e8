"""Published and modified times: machine-readable claims checked against visible dates.

Machine-readable values (JSON-LD, meta, microdata, ``<time datetime>``) keep their offset.
Visible dates near the headline and byline are read by the Arabic date engine. Where both
exist they must agree: same instant, or the same wall time (many CMSs label local time
as UTC, in which case the visible reading with the portal's zone is the true instant).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final

from dateutil import parser as dateutil_parser

from ..dates import DateMatch, scan_dates, to_hijri
from ..dates.vocab import LABELS, RELATIVE_PREFIXES
from ..models import DateSource, Timestamp
from ..segment import Block
from ..textnorm import lenient_alternation

_DATE_ONLY: Final = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\s*$")
_URL_DATE: Final = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?:[a-z_-]+/)?(?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|$|-)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?:\d{2,}|/|-)"
)
#: What may stand alone between a date and its time in their own elements.
_SEPARATORS: Final = " -–—|•·،,/"


def _labels(only: str | None = None) -> str:
    """The date labels (those of role ``only``, or all) as one alternation.

    Each label matches however the page dresses it (diacritics, tatweel, another alef:
    "حُدّث في" for "حدث في"), as the date engine reads labels on folded text.
    """
    return lenient_alternation(k for k, role in LABELS.items() if only in (None, role))


_DATE_LABEL: Final = re.compile(_labels(), re.IGNORECASE)
_MODIFIED_LABEL: Final = re.compile(_labels("modified"), re.IGNORECASE)
#: A publication label opening a line ("نشر:", "تاريخ النشر").
_PUBLISHED_LABEL: Final = re.compile(
    f"^\\s*(?:{_labels('published')})\\s*[:：]?\\s*", re.IGNORECASE
)
#: A label and a clock time alone ("تحديث - 14:20" over a developing story's update,
#: "عُدّل الساعة 14:10" beside a live entry's time): a stamp, though a time alone is no
#: date.
_LABELLED_TIME: Final = re.compile(
    f"^\\s*(?:{_labels()})"
    + "\\s*[-–—:：|]?\\s*(?:(?:الساعة|في الساعة)\\s+)?[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}"
    + "(?:\\s*(?:ص|م|صباحا|صباحاً|مساء|مساءً|am|pm))?\\s*$",
    re.IGNORECASE,
)
#: Skew allowed between a date and the reference time (clocks, time zones).
_SKEW: Final = dt.timedelta(minutes=15)


def _iso(text: str) -> dt.datetime:
    """ISO 8601: the standard library's reader (40x faster), dateutil's for the rest.

    ``fromisoformat`` reads what CMSs write ("2024-03-10T14:05:00+03:00", "…Z");
    dateutil also reads the rarer forms (week dates, a comma before the fraction).
    """
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return dateutil_parser.isoparse(text)


#: No zone on Earth is further from UTC (Kiribati, +14:00).
_MAX_OFFSET: Final = dt.timedelta(hours=14)


def parse_machine(value: str | None, source: DateSource) -> Timestamp | None:
    """A machine-readable date string -> Timestamp, None when it is not a date."""
    if not value or len(value) > 64:
        return None
    text = value.strip()
    try:
        if _DATE_ONLY.match(text):
            day = dt.date(*(int(x) for x in text.split("-")))
            stamp = dt.datetime(day.year, day.month, day.day)
            precision = "day"
        else:
            stamp = _iso(text) if "T" in text else dateutil_parser.parse(text)
            offset = stamp.utcoffset()  # dateutil takes "+9999"; datetime refuses it here
            if offset is not None and abs(offset) > _MAX_OFFSET:
                return None
            precision = "second" if stamp.second or stamp.microsecond else "minute"
            if (
                stamp.tzinfo is None
                and stamp.hour == stamp.minute == stamp.second == 0
                and "T" not in text
            ):
                precision = "day"
    except (ValueError, OverflowError, TypeError):
        return None
    if not 1990 <= stamp.year <= 2100:
        return None
    return Timestamp(
        datetime=stamp,
        text=value,
        hijri=to_hijri(stamp.date()),
        precision=precision,  # type: ignore[arg-type]
        source=source,
    )


def url_date(url: str | None) -> Timestamp | None:
    """The day in an article URL (/2013/middle_east/8/3/, /2024/05/13/, /20240513…)."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    y = match.group("y") or match.group("y2")
    m = match.group("m") or match.group("m2")
    d = match.group("d") or match.group("d2")
    try:
        day = dt.date(int(y), int(m), int(d))
    except ValueError:
        return None
    return Timestamp(
        datetime=dt.datetime(day.year, day.month, day.day),
        text=match.group(0).strip("/-"),
        hijri=to_hijri(day),
        precision="day",
        source="url",
    )


@dataclass(slots=True)
class Visible:
    published: Timestamp | None = None
    modified: Timestamp | None = None
    blocks: set[int] = field(default_factory=set)  # lines that are only a date
    published_at: int | None = None  # the line the publication date was read on
    #: "آخر تحديث: 15:40": an update time with no date, read on the publication day.
    update_time: str | None = None
    #: "الساعة 10:15 صباحاً بتوقيت القدس": a time alone in the byline's row, the day
    #: printed apart (over the headline): the publication's time on that day.
    clock: str | None = None


#: A print header's stamp ("طُبع من موقع المغرب اليوم … بتاريخ السبت 26 أكتوبر 2024").
_PRINTED_FROM: Final = re.compile(
    r"^\s*(?:ط[\u064b-\u0652]*ب[\u064b-\u0652]*ع[\u064b-\u0652]*|تمت طباعة)\s+(?:من|هذا|هذه)\s"
)


def read_visible(
    blocks: list[Block],
    *,
    reference_time: dt.datetime | None,
    default_tz: str | dt.tzinfo | None,
    labelled_only: bool = False,
) -> Visible:
    """Published/modified among candidate lines (near the headline, bylines, <time>).

    ``labelled_only``: only lines that say what their date is ("آخر تعديل", "نشر في"),
    for lines far from the headline, where an unlabelled date is a comment's or a
    teaser's.
    """
    found = Visible()
    by_index = {b.index: b for b in blocks}
    label: Block | None = None  # "آخر تحديث:" in its own box, the date in the next
    for block in blocks:
        if len(block.text) > 200 or block.index in found.blocks:
            continue
        text = block.text
        if label is not None and label.index == block.index - 1:
            text = f"{label.text} {text}"
        label = None
        if labelled_only and not _DATE_LABEL.search(text):
            continue
        if _PRINTED_FROM.match(text):
            continue  # "طُبع من موقع … بتاريخ …": the day the page was printed
        matches = [
            m
            for m in scan_dates(text, reference_time=reference_time, default_tz=default_tz)
            if not _a_link_named_by_a_day(m, block)
            and not _now_in_a_name(m, text)
            and not _a_day_in_a_sentence(m, text)
            and not _the_end_of_a_span(m, text)
        ]
        if _a_period(text, matches):
            continue  # "برج الحمل (21 مارس - 19 أبريل)": a span of days, no timestamp
        if not matches:
            if is_date_label(text):
                label = block
            elif found.update_time is None and _MODIFIED_LABEL.search(text):
                found.update_time = _time_only(_MODIFIED_LABEL.split(text, maxsplit=1)[1])
                if found.update_time is not None:
                    found.blocks.add(block.index)
            elif found.clock is None and _AT_THE_HOUR.match(text):
                found.clock = _time_only(text)
                if found.clock is not None:
                    found.blocks.add(block.index)
            continue
        if text is not block.text:
            found.blocks.add(block.index - 1)
        # The date and the time in elements side by side: "2024/3/14" "10:05 مساءً", with
        # a separator ("-") or the Hijri date of the same day ("14 رمضان 1445") between.
        at, joined_text = block.index, text
        taken: list[int] = []
        while matches[0].timestamp.precision == "day" and len(taken) < 2:
            nxt = by_index.get(at + 1)
            if nxt is not None and is_separator(nxt.text):  # "2024/3/5" "-" "9:05 ص"
                nxt = by_index.get(at + 2)
            if nxt is None or len(nxt.text) > 40:
                break
            # "نشر: 12:10" beside "الأربعاء 6 مارس 2024": the time, under its label
            labelled = _PUBLISHED_LABEL.match(nxt.text) or _TIME_LABEL.match(nxt.text)
            after = nxt.text[labelled.end() :] if labelled else nxt.text
            at, joined_text = nxt.index, f"{joined_text} {after}"
            taken.append(nxt.index)
            joined = scan_dates(joined_text, reference_time=reference_time, default_tz=default_tz)
            if not joined or joined[0].timestamp.datetime.date() != (
                matches[0].timestamp.datetime.date()
            ):
                break
            if joined[0].timestamp.precision != "day":
                matches = joined[:1] + matches[1:]
                found.blocks.update(taken)
        covered = sum(m.end - m.start for m in matches)
        if covered >= 0.5 * len(text) or len(block.text) <= 60:
            found.blocks.add(block.index)
        roles = {m.role for m in matches}
        if roles.isdisjoint(("published", "modified")) and _MODIFIED_LABEL.search(text):
            # "الأربعاء، 28 آب 2013، آخر تحديث 14:00": the whole stamp is the update (when
            # the label has a date of its own, "… 03:45 م آخر تحديث: … 05:10 م", the
            # date before it is the publication's).
            found.modified = found.modified or matches[0].timestamp
            continue
        # "الطبعة الورقية: 13 مارس | نُشر على الموقع: 14 مارس": the date labelled as the
        # publication's wins over an unlabelled one before it on the same line
        by_label = next((m for m in matches if m.role == "published"), None)
        for match in matches:
            if match.role == "modified":
                found.modified = found.modified or match.timestamp
            elif (
                found.published is None
                # the same day with its time, after a top bar's day alone ("الأربعاء 12 مارس
                # 2025 - 11 رمضان 1446" over K2's "الأربعاء، 12 مارس 2025 10:45")
                or (
                    found.published_at is not None
                    and 0 < block.index - found.published_at <= _SHARPER_REACH
                    and _sharper_on_the_day(found.published, match.timestamp)
                    # (not the update's, its label in the box before: "آخر تحديث:" |
                    # "17 شباط 2025، 12:30")
                    and not any(
                        _MODIFIED_LABEL.search(b.text)
                        for b in (block, by_index.get(block.index - 1))
                        if b is not None
                    )
                )
            ) and (by_label is None or match is by_label):
                found.published = match.timestamp
                found.published_at = block.index
    if found.modified is None and found.update_time and found.published is not None:
        found.modified = on_day_of(found.published, found.update_time, reference_time, default_tz)
    if found.clock and found.published is not None and found.published.precision == "day":
        found.published = (
            on_day_of(found.published, found.clock, reference_time, default_tz) or found.published
        )
    return found


#: Lines after a day alone where the same day with its time may stand.
_SHARPER_REACH: Final = 3


def _sharper_on_the_day(first: Timestamp, later: Timestamp) -> bool:
    return (
        first.precision == "day"
        and later.precision != "day"
        and later.datetime.date() == first.datetime.date()
    )


#: A time's own label in the cell beside the date's ("التاريخ: 02-03-2025" | "الوقت: 11:05 ص").
_TIME_LABEL: Final = re.compile(r"^\s*(?:الوقت|التوقيت|الساعة)\s*[:：]\s*")


#: "آخر تحديث: 15:40", "14:20 GMT": a time and at most its marks, with no date.
_TIME_ONLY: Final = re.compile(
    r"\s*[:：|-]?\s*(?:(?:ال)?ساعة\s+)?(\d{1,2}[:.]\d{2}(?:\s+\S+){0,3})\s*"
)


#: A time line that says it is one: "الساعة 10:15 صباحاً".
_AT_THE_HOUR: Final = re.compile(
    r"\s*(?:على\s+)?(?:ال)?ساعة\s+\d"
)  # (Tunisia's "على الساعة 14:35")


def _time_only(text: str) -> str | None:
    # ("آخر تحديث: 23:40 | عدد القراءات: 5321": the label's own cell of a row)
    match = _TIME_ONLY.fullmatch(text.split("|", 1)[0])
    return match.group(1) if match else None


def on_day_of(
    published: Timestamp,
    time: str,
    reference_time: dt.datetime | None,
    default_tz: str | dt.tzinfo | None,
) -> Timestamp | None:
    """A time printed without its date, read on a known day: an update's on the
    publication day ("نشر في: 9 أبريل 2024 - 11:05" … "آخر تحديث: 14:20"), or the
    publication's on the day its address is filed under. An earlier time than the day's
    own is a later day's, which the page does not say, so it gives nothing."""
    day = published.datetime
    found = scan_dates(
        f"{day.day}/{day.month}/{day.year} {time}",
        reference_time=reference_time,
        default_tz=default_tz,
    )
    if not found or found[0].timestamp.precision == "day":
        return None
    stamp = found[0].timestamp
    if _wall(stamp) < _wall(published):
        return None
    return stamp.model_copy(update={"text": time})


#: What joins the two ends of a period: "21 مارس - 19 أبريل", "من 5 إلى 9 مايو".
_PERIOD_JOIN: Final = re.compile(r"\s*(?:[-–—]|إلى|الى|حتى)\s*")


def _a_period(text: str, matches: list[DateMatch]) -> bool:
    """Two days joined by a dash or "إلى": the span a line is about (a sign of the
    zodiac, a festival, an exhibition), not when the page was written."""
    return (
        len(matches) == 2
        and all(m.timestamp.precision == "day" for m in matches)
        and _PERIOD_JOIN.fullmatch(text[matches[0].end : matches[1].start]) is not None
    )


#: Words that make the date after them the end or the start of a span of days.
_SPAN_WORDS: Final = ("حتى", "لغاية", "إلى", "الى", "منذ")


def _the_end_of_a_span(match: DateMatch, text: str) -> bool:
    """ "فعاليات يومية حتى 25 رمضان": the day a span ends on (or starts from), what the
    line tells of, not when the page was written."""
    return text[: match.start].rstrip().endswith(_SPAN_WORDS)


_NOW_WORDS: Final = frozenset({"الآن", "الان", "اليوم"})


def _now_in_a_name(match: DateMatch, text: str) -> bool:
    """ "الآن" or "اليوم" ending a name in a longer line ("دبي - الإمارات الآن", "بغداد
    اليوم - بغداد", "روسيا اليوم": a portal's name): no date. Alone on its line, or after
    a date label ("نشر: اليوم"), it may be a stamp."""
    word = text[match.start : match.end].strip()
    if word not in _NOW_WORDS or text.strip() == word:
        return False
    before = text[: match.start].rstrip()
    return not (before.endswith((":", "：")) or _DATE_LABEL.search(before))


#: A line this long that names a day by a word only ("أمس") is a sentence, not a stamp.
_SENTENCE_CHARS: Final = 60
#: … or this many words ("كورنيش عين المريسة كما بدا أمس", a caption).
_SENTENCE_WORDS: Final = 5


def _a_day_in_a_sentence(match: DateMatch, text: str) -> bool:
    """ "أمس" or "اليوم" inside a sentence ("… الاجتماع الوزاري في بيروت أمس (أ ف ب)", a
    caption): the day the story tells of, not the page's stamp. A date written with
    numbers, or a day word standing nearly alone ("أمس 10:30"), still counts."""
    return (
        match.timestamp.precision == "day"
        and (len(text) > _SENTENCE_CHARS or len(text.split()) >= _SENTENCE_WORDS)
        and not any(ch.isdigit() for ch in text[match.start : match.end])
    )


def labels_an_update(text: str) -> bool:
    """The words say what follows is an update's time ("آخر تحديث: …", "Updated")."""
    return _MODIFIED_LABEL.search(text) is not None


def is_separator(text: str) -> bool:
    """A line of marks only ("|", "-"): what a date row sets between its date and time."""
    return not text.strip(_SEPARATORS)


def holds_a_date_label(text: str) -> bool:
    """Some date's label is in the line ("قراءة 1842 مرات آخر تعديل في …")."""
    return _DATE_LABEL.search(text) is not None


def is_date_label(text: str) -> bool:
    """A line that is a date's label and nothing else: "آخر تحديث:", "نشر في" (not
    "تحديث أسعار الوقود", a kicker that opens with a label word)."""
    return len(text) <= 30 and _DATE_LABEL.fullmatch(text.strip(" :：-–—|")) is not None


def _a_link_named_by_a_day(match: DateMatch, block: Block) -> bool:
    """A day word with no digits in a line of links names a page, not a date.

    "اليوم" in the link "مشاركات اليوم" (today's posts); an archive link "5 مارس 2024"
    has digits.
    """
    written = block.text[match.start : match.end]
    return (
        match.timestamp.precision == "day"
        and block.link_density > 0.5
        and not any(ch.isdigit() for ch in written)
    )


def _wall(ts: Timestamp) -> dt.datetime:
    return ts.datetime.replace(tzinfo=None)


#: "منذ ساعة", "قبل يومين": a count back from when the page was served.
_COUNTED_BACK: Final = re.compile(rf"^\s*(?:{'|'.join(RELATIVE_PREFIXES)})\s")
#: How far a counted-back time may stand from the true one ("منذ ساعة" is one to two).
_COUNT_SLACK: Final = dt.timedelta(days=1)


def is_counted_back(ts: Timestamp) -> bool:
    """A relative date ("منذ ساعة"): the serving time minus a rounded amount."""
    return ts.text is not None and _COUNTED_BACK.match(ts.text) is not None


def sharpens(exact: Timestamp, counted: Timestamp) -> bool:
    """Whether a date the page writes out is the one a relative date rounds
    ("منذ ساعة" under the headline, "نُشر بتاريخ: … 09:35 ص" under the text)."""
    return abs(_wall(exact) - _wall(counted)) <= _COUNT_SLACK


def agree(machine: Timestamp, visible: Timestamp) -> str | None:
    """How two readings agree: 'instant', 'wall', 'day', or None."""
    m, v = machine.datetime, visible.datetime
    if visible.precision == "day" or machine.precision == "day":
        return "day" if _wall(machine).date() == _wall(visible).date() else None
    if m.tzinfo is not None and v.tzinfo is not None and abs(m - v) <= dt.timedelta(minutes=1):
        return "instant"
    if abs(_wall(machine) - _wall(visible)) <= dt.timedelta(minutes=1):
        return "wall"
    return None


def choose(
    machine: Timestamp | None,
    visible: Timestamp | None,
    *,
    label: str,
    warnings: list[str],
    reference_time: dt.datetime | None,
    marked: bool = False,
) -> Timestamp | None:
    """Pick between the machine-readable and the visible reading of one date.

    ``marked``: the visible reading is the page's own stamp, beyond doubt (a full date
    and time in a box marked as the date, under the headline), so it wins over a machine
    value days away (a CMS's draft date); an unmarked visible date may be a top bar's or
    a timeline's, and the machine value is kept.
    """
    if machine is not None and reference_time is not None and _in_future(machine, reference_time):
        warnings.append(
            f"{label}: machine-readable {machine.text!r} is after the fetch time; ignored"
        )
        machine = None
    if machine is None or visible is None:
        return machine or visible
    how = agree(machine, visible)
    if how == "day" and machine.precision == "day" and visible.precision != "day":
        # <time datetime="2025-01-19">19 يناير 2025 - 07:30 م</time>: the page tells the time
        return visible
    if how in ("instant", "day"):
        return machine
    if how == "wall":
        if machine.datetime.tzinfo is not None and visible.datetime.tzinfo is not None:
            warnings.append(
                f"{label}: machine-readable {machine.text!r} has the visible wall time "
                f"{visible.text!r} but a different offset; the visible reading is used"
            )
            return visible
        return machine if machine.datetime.tzinfo is not None else visible
    if _month_first(machine, visible):
        warnings.append(
            f"{label}: the visible {visible.text!r} is the machine-readable "
            f"{machine.text!r} written month first; the machine-readable value is used"
        )
        return machine
    gap = abs(_wall(machine) - _wall(visible))
    if _day_slip(machine, visible):
        warnings.append(
            f"{label}: machine-readable {machine.text!r} has the visible clock time "
            f"{visible.text!r} on another day; the date the page shows is used"
        )
        return visible
    if marked and _a_local_clock_apart(machine, visible, gap):
        warnings.append(
            f"{label}: machine-readable {machine.text!r} disagrees with the page's "
            f"dated stamp ({visible.text!r}) in its own zone; the visible reading is used"
        )
        return visible
    if gap > dt.timedelta(days=1):
        if reference_time is not None and _is_render_time(machine, reference_time):
            warnings.append(
                f"{label}: machine-readable {machine.text!r} is the time the page was "
                f"rendered, not published; the visible {visible.text!r} is used"
            )
            return visible
        if marked:
            warnings.append(
                f"{label}: machine-readable {machine.text!r} disagrees with the page's "
                f"dated stamp ({visible.text!r}); the visible reading is used"
            )
            return visible
        warnings.append(
            f"{label}: machine-readable {machine.text!r} disagrees with the page "
            f"({visible.text!r}); the machine-readable value is kept"
        )
    return machine


def _a_local_clock_apart(machine: Timestamp, visible: Timestamp, gap: dt.timedelta) -> bool:
    """A machine value in a local zone (not UTC) hours away from the stamp the page prints
    in no zone or in that same one: both tell the portal's wall clock, so they tell
    different times."""
    offset = machine.datetime.utcoffset()
    return (
        bool(offset)
        and visible.datetime.utcoffset() in (None, offset)
        and visible.precision != "day"
        and gap > dt.timedelta(hours=2)
    )


#: A date in figures whose day and month may be read either way: "5/3/2025".
_FIGURES_DATE: Final = re.compile(
    r"[0-9٠-٩]{1,2}\s*[/.\-]\s*[0-9٠-٩]{1,2}\s*[/.\-]\s*[0-9٠-٩]{2,4}"
)


def _month_first(machine: Timestamp, visible: Timestamp) -> bool:
    """ "نشر: 5/3/2025 11:42 ص" read as 5 March, beside a machine value of 3 May at
    11:42: a server that writes the month first. Only a date in figures whose day and
    month both fit as a month, swapped into exactly the machine's day and clock."""
    m, v = _wall(machine), _wall(visible)
    return (
        v.day <= 12
        and v.day != v.month
        and (v.year, v.day, v.month, v.time()) == (m.year, m.month, m.day, m.time())
        and _FIGURES_DATE.search(visible.text or "") is not None
    )


def _day_slip(machine: Timestamp, visible: Timestamp) -> bool:
    """The same clock time a day or two apart: a CMS that shifts the stored date (a
    time-zone bug at midnight, a scheduled post) while the page prints the right one.

    Only a full visible date counts (its year shown, not inferred), at minute precision.
    """
    m, v = _wall(machine), _wall(visible)
    return (
        machine.precision != "day"
        and visible.precision != "day"
        and not visible.year_inferred
        and (m.hour, m.minute) == (v.hour, v.minute)
        and 0 < abs((m.date() - v.date()).days) <= 2
    )


def _is_render_time(ts: Timestamp, reference: dt.datetime) -> bool:
    """A CMS that stamps every page with 'now' gives the fetch time as its date."""
    value = ts.datetime
    if value.tzinfo is None or reference.tzinfo is None:
        value, reference = value.replace(tzinfo=None), reference.replace(tzinfo=None)
    return abs(value - reference) <= dt.timedelta(minutes=30)


def _in_future(ts: Timestamp, reference: dt.datetime) -> bool:
    value = ts.datetime
    if value.tzinfo is not None and reference.tzinfo is not None:
        return value > reference + _SKEW
    ref = reference.replace(tzinfo=None)
    return value.date() > (ref + dt.timedelta(days=1)).date()


#: A decree's closing formula, where and when it was issued ("صدر في قصر الرفاع: بتاريخ 12
#: رمضان 1445هـ"): the text's last line, not the page's timestamp.
_ISSUED_AT: Final = re.compile(r"^\s*(?:صدر|صدرت|حرر|حررت)\s+(?:في|ب)")


def is_date_line(
    text: str, *, reference_time: dt.datetime | None, default_tz: str | dt.tzinfo | None
) -> bool:
    """A short line that is only a timestamp ("منذ 3 ساعات 17:30 (بتوقيت مكة المكرمة)")."""
    if len(text) > 80 or _ISSUED_AT.match(text):
        return False
    if _LABELLED_TIME.match(text):
        return True
    matches = scan_dates(text, reference_time=reference_time, default_tz=default_tz)
    if matches and _TITLED_AFTER.match(text, matches[-1].end):
        return False  # "14 نوفمبر 2023: ليلة النار": a timeline's entry, titled by its day
    covered = sum(m.end - m.start for m in matches)
    return bool(matches) and covered >= 0.5 * len(text.strip()) and not _a_period(text, matches)


#: A colon and words after a date: the title the date heads.
_TITLED_AFTER: Final = re.compile(r"\s*[:：]\s*[^\W\d]{2,}\s+[^\W\d]{2,}")
