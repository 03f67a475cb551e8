"""Assemble the raw article from the page's lines and metadata.

This is where the extract-stage finders meet: title first (it anchors the header
zone), then the article region, related boxes, the header zone's byline and dates, the
credits, and the body lines that remain. Output is a :class:`RawArticle`: strings and
Timestamps as found, still relative URLs, no de-duplication (normalize does that).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Any, Final
from urllib.parse import urlsplit

from ..boilerplate import (
    BODY_KINDS,
    CLOSING_PHRASES,
    HEADLINE_LABELS,
    LISTING_PAGE_TITLES,
    NOT_FOUND_PHRASES,
    PORTAL_PAGE_TITLES,
    WIRE_NOTE_WORDS,
)
from ..clean import parse
from ..dates import scan_dates
from ..errors import NotAnArticleError
from ..lexicon.agencies import EXCLUSIVE_MARKS
from ..lexicon.bylines import ABOUT_THE_WRITER, REVIEW_PREFIXES, SIGNING_RANKS
from ..lexicon.places import COUNTRY_KEYS
from ..models import RelatedLink, Source, Timestamp
from ..segment import HEADING_TAGS, PROSE_CHARS, Block, Element, Segmented, in_kind, segment
from ..textnorm import arabic_ratio, clean_text, has_arabic, match_key, trie_alternation
from ..urls import is_author_page, resolve
from .appstate import AppArticle, find_app_article
from .byline import (
    byline_institution,
    byline_outlet,
    ends_a_sentence,
    has_byline_prefix,
    has_marked_byline_prefix,
    is_byline_label,
    is_desk_line,
    is_editing_credit,
    is_reporter_label,
    is_role,
    is_role_label,
    is_role_line,
    is_site_name,
    is_writer_note,
    opens_with_a_newsroom_unit,
    opens_with_a_unit,
    opens_with_role_label,
    split_byline,
    transliterates,
)
from .content import (
    Line,
    Region,
    block_weight,
    classify_region,
    find_region,
    line_kind,
    table_of,
)
from .dates import (
    choose,
    holds_a_date_label,
    is_counted_back,
    is_date_label,
    is_date_line,
    is_separator,
    labels_an_update,
    on_day_of,
    parse_machine,
    read_visible,
    sharpens,
    url_date,
)
from .metadata import META_FIELDS, Metadata, jsonld_people, jsonld_str, jsonld_types
from .related import bracketed_read_also, find_related
from .sources import (
    Dateline,
    agencies_in,
    agency_code,
    credit_after,
    dated_standalone,
    first_published_in,
    has_credit_prefix,
    is_agency_name,
    is_ambiguous_agency,
    is_ambiguous_place,
    is_credit_label,
    is_exclusive_mark,
    is_institution_name,
    is_place,
    is_source_note,
    is_wire_end,
    lead_credit,
    marked_agency,
    names_the_portal,
    notes_where_it_comes_from,
    only_agencies,
    opening_agency,
    opens_with_an_institution,
    opens_with_credit_label,
    read_credit_line,
    read_dateline,
)
from .title import find_title, overlap, title_parts

#: Lines before the first body line that may hold the byline and the date.
_HEADER_SPAN: Final = 25
#: Lines right under the headline read as its header however far the body's first
#: sentence is.
_UNDER_HEADLINE: Final = 6
#: Lines at each end of the body checked for bylines, credits and datelines.
_EDGE: Final = 3
#: Lines after the text where a labelled update time ("آخر تعديل") may stand.
_TAIL_LINES: Final = 6
#: How far after the text those lines are looked for, tags and share bars passed over.
_TAIL_REACH: Final = 20
_PASSED_OVER: Final = frozenset({"tags", "share"})
#: Boxes between the headline and a marked summary that do not part them.
_UNDER_HEADLINE_CHROME: Final = frozenset({"share", "caption"})


@dataclass(slots=True)
class RawArticle:
    url: str | None = None
    #: The document's base for its relative links: ``<base href>`` read against the
    #: page's address, when the page has one.
    base_url: str | None = None
    site_name: str | None = None
    site_names: tuple[str, ...] = ()
    language: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Timestamp | None = None
    modified: Timestamp | None = None
    body: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    dateline: str | None = None
    related: list[RelatedLink] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    image: str | None = None
    field_sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def link_base(self, page_url: str | None) -> str | None:
        """What the page's relative links are read against: its ``<base href>``, else
        the address it was fetched from, else its canonical address."""
        return self.base_url or page_url or self.url


@dataclass(slots=True)
class Context:
    url: str | None
    reference_time: dt.datetime | None
    default_tz: str | None
    min_body_chars: int


def _page_offset(*stamps: Timestamp | None) -> dt.tzinfo | None:
    """The offset a page's own machine-readable dates carry, as a zone for its clock times.

    A pan-Arab portal on .com has no zone by its address, but its JSON-LD often says
    "+03:00"; the "آخر تحديث 14:30" it prints beside that is on the same clock. UTC is
    not taken: CMSs store UTC instants and show local time, so "Z" says nothing of the
    clock the page prints.
    """
    for stamp in stamps:
        if stamp is None or stamp.precision == "day":
            continue
        offset = stamp.datetime.utcoffset()
        if offset:  # neither naive (None) nor UTC (zero)
            return dt.timezone(offset)
    return None


def _site_names(md: Metadata) -> tuple[str, ...]:
    names = [md.first("og:site_name"), md.first("application-name"), md.first("twitter:site")]
    names += md.microdata.get("publisher", [])[:2]
    if md.jsonld:
        publisher = md.jsonld.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            # A blog's generator fills the publisher with the writer when the site names
            # no publisher (jekyll-seo-tag): a writer's name, not the portal's.
            persons = jsonld_people(md.jsonld["author"])[0] if "author" in md.jsonld else []
            if publisher["name"].strip() not in (p.strip() for p in persons):
                names.append(publisher["name"])
    return tuple(n.strip().lstrip("@") for n in names if n)


#: What a <title> puts between the portal's name and the headline (not ":", which
#: Blogger puts after a blog named for its writer: "قلم محمود سالم: عن القراءة …").
_TITLE_JOINT: Final = " -|–—»«"
_LABEL_KEYS: Final = frozenset(match_key(label) for label in HEADLINE_LABELS)
_CRUMB_STEP: Final = re.compile(r"\s[>›]\s")


def _name_beside_the_title(
    title: str | None, title_tag: str | None, known: tuple[str, ...]
) -> tuple[str, ...]:
    """The portal's name as its <title> prints it beside the headline ("الرافدين للأنباء -
    تشغيل وحدتين …"), for a page whose metadata names no site in Arabic: a dateline or a byline
    naming the portal ("البصرة – الرافدين للأنباء") then credits the portal itself."""
    # (a name in Latin letters only, "Chya News", is not how the Arabic text names it:
    # "أربيل (چيا نيوز) -")
    if any(has_arabic(k) for k in known) or not title or not title_tag or title not in title_tag:
        return ()
    # (white space folded: old CMSs print the <title> over lines of its own, tab-indented)
    rest = " ".join(title_tag.replace(title, " ", 1).split()).strip(_TITLE_JOINT)
    if " : " in title_tag:
        # "سبأ نت : العنوان": a colon spaced on both sides is a legacy site's separator
        # (Blogger's "Blog: Post" sets it against the blog's name)
        rest = rest.strip(" :")
    # ("العنوان > أخبار محلية > حوران نيوز": a breadcrumb's last step is the portal)
    rest = _CRUMB_STEP.split(rest)[-1].strip(_TITLE_JOINT)
    if not rest or not 1 <= len(rest.split()) <= 5 or any(ch in rest for ch in "-|–—»«:"):
        return ()
    return () if match_key(rest) in _LABEL_KEYS else (rest,)


def _meta_titles(md: Metadata) -> list[str]:
    titles = [
        jsonld_str(md.jsonld, "headline", "name"),
        md.first("og:title"),
        md.first("twitter:title"),
    ]
    titles += md.microdata.get("headline", [])[:1]
    if md.title_tag:
        titles.append(md.title_tag)
    # Collapsed: raw <title> text can hold thousands of line breaks, and the separator
    # pattern of title.py backtracks on long runs of white space.
    cleaned = [t for t in (clean_text(t) for t in titles if t) if t]
    # An editor's placeholder ("Untitled Document") names no page; nor does a CMS's
    # page-type title beside the portal's name ("الواحة نت :: تفاصيل الخبر"), and then a
    # title that is that name ("صحيفة رمال الإلكترونية" in og:title) names the portal.
    parts = [[match_key(p) for p in title_parts(t)] for t in cleaned]
    placeholder = [any(k in _PLACEHOLDER_TITLES for k in keys) for keys in parts]
    sites = {
        k for keys, marked in zip(parts, placeholder, strict=True) if marked for k in keys
    } - _PLACEHOLDER_TITLES
    kept = []
    for title, marked in zip(cleaned, placeholder, strict=True):
        key = match_key(title)
        if marked or key in _PLACEHOLDER_TITLES:
            continue
        if sites and len(title.split()) <= _SITE_NAME_WORDS and key.startswith(tuple(sites)):
            continue
        kept.append(title)
    return kept


#: A portal's name is this short.
_SITE_NAME_WORDS: Final = 5


#: Titles that HTML editors and CMSs print when nobody set one.
_PLACEHOLDER_TITLES: Final = frozenset(
    match_key(t)
    for t in (
        "Untitled Document",
        "Untitled",
        "Untitled Page",
        "New Page 1",
        "Document",
        "Home",
        "index",
        "بدون عنوان",
        "صفحة جديدة",
        # a CMS's page-type title over every story ("تفاصيل الخبر": the news details)
        "تفاصيل الخبر",
        "تفاصيل المقال",
        "تفاصيل",
        "الخبر",
        "خبر",
        "عرض الخبر",
        "عرض المقال",
        "قراءة الخبر",
        "نص الخبر",
        "صفحة الخبر",
        "News Details",
        "Article Details",
    )
)


#: Boxes of navigation: their links lead elsewhere.
_NAV_KINDS: Final = frozenset({"nav"})
_SHARE_KINDS: Final = frozenset({"share"})
#: <time> elements looked at for the article's own (each may scan the lines once).
_MAX_TIMES: Final = 20
#: Boxes whose <time> elements date other articles (a "latest" list, teasers, comments).
_OTHER_DATES_KINDS: Final = frozenset({"widget", "related", "comments", "tags"})


#: A date labelled as the start of something ("كاتب في الموقع منذ:", "عضو منذ",
#: "تاريخ الانضمام:"): a writer's or a member's, not the article's.
_SINCE: Final = re.compile(r"(?:منذ|تاريخ الانضمام|انضم في|انضم)\s*[:：]?\s*$")


#: A line of this many words holding a ``<time>`` is a sentence that names a day.
_SENTENCE_AROUND_A_TIME: Final = 14


def _own_times(seg: Segmented, md: Metadata) -> tuple[str | None, str | None]:
    """The first ``<time datetime>`` of the article itself, not of a list beside it, and
    the one labelled as its update ("آخر تحديث: <time datetime>").

    Time elements and lines are both in page order, so each element's text is looked
    for from the line where the previous one was found. One shown in a box of other
    articles' dates, or in a line of links (a ticker), is passed over; one with no text
    stays a candidate.
    """
    at = 0
    blocks = seg.blocks
    published: str | None = None
    updated: str | None = None
    for value, text in md.times[:_MAX_TIMES]:
        if published is not None and updated is not None:
            break
        if not text:
            published = published or value
            continue
        for pos in range(at, len(blocks)):
            block = blocks[pos]
            if text in block.text:
                at = pos
                # "آخر تحديث: <time>": the update's time, never the publication's
                before = block.text[: block.text.find(text)]
                if (
                    block.link_density > 0.5
                    or _SINCE.search(before)  # "كاتب في الموقع منذ: <time>"
                    or in_kind(seg, block, _OTHER_DATES_KINDS)
                    # "تنطلق الدورة … في <time>24 نيسان</time> …": an event's day in a
                    # sentence of the text, not the page's
                    or (
                        len(block.text.split()) >= _SENTENCE_AROUND_A_TIME
                        and ends_a_sentence(block.text)
                    )
                ):
                    break
                if not labels_an_update(before):
                    published = published or value
                else:
                    updated = updated or value
                break
    return published, updated


def _machine_date(md: Metadata, which: str, own_time: str | None = None) -> Timestamp | None:
    if which == "published":
        ld_keys: tuple[str, ...] = ("datePublished", "dateCreated", "uploadDate")
        meta_field = "published"
        micro: tuple[str, ...] = ("datePublished", "dateCreated")
    else:
        ld_keys, meta_field, micro = ("dateModified",), "modified", ("dateModified",)
    candidates: list[tuple[str | None, Any]] = [
        (jsonld_str(md.jsonld or md.jsonld_episode, *ld_keys), "json-ld")
    ]
    candidates += [(md.first(name), "meta") for name in META_FIELDS[meta_field]]
    candidates += [(v, "microdata") for key in micro for v in md.microdata.get(key, [])[:1]]
    candidates.append((own_time, "time-element"))
    for value, source in candidates:
        stamp = parse_machine(value, source)
        if stamp is not None:
            return stamp
    return None


#: A closing note is a line or two: a longer last paragraph is the story's, not folded.
_CLOSING_CHARS: Final = 400
#: Searched in the folded line (match_key): "ولا تُغني عن استشارة" with its vowel marks.
_CLOSING: Final = re.compile(
    trie_alternation((match_key(p) for p in CLOSING_PHRASES), any_space=False)
)
#: A copy-protection notice, which a plugin may set over the text as well as under it
#: ("تنبيه: هذا المحتوى محمي بموجب حقوق النشر … ويُمنع نسخ النص").
_COPY_NOTICE: Final = re.compile(
    "|".join(re.escape(match_key(p)) for p in ("هذا المحتوى محمي", "يمنع نسخ", "يحظر نسخ"))
)
#: A press release's contact lines at its end ("للتواصل: إدارة الإعلام …").
_CONTACT: Final = re.compile(
    r"^\s*(?:للتواصل(?:\s+الإعلامي|\s+مع\s+(?:الكاتب|الكاتبة|المحرر))?|للاستفسار|للاستفسارات"
    r"|لمزيد من المعلومات)\s*[:：]"
    r"|(?:هاتف|الهاتف|فاكس|البريد الإلكتروني)\s*[:：]"  # an address block's fields
)
#: A writer's address alone closing a column: an email or an X handle.
_ADDRESS_ONLY: Final = re.compile(r"^\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[A-Za-z0-9_]{2,30})\s*$")
#: A starred footnote closing an op-ed ("* خابيير مورينو أستاذ …").
_STARRED: Final = re.compile(r"^\s*(?:\*+|\(\*\))\s*")


def _starred_writer(text: str, authors: list[str]) -> bool:
    """A starred footnote opening with a writer's name says who they are ("* خابيير
    مورينو أستاذ اقتصاديات العمل …"), as "* كاتب صحفي" does with the role alone."""
    star = _STARRED.match(text)
    if star is None or len(text) > 300:
        return False
    rest = text[star.end() :]
    return any(name and rest.startswith(name) for name in authors)


def _starred_note_names(text: str, site_names: tuple[str, ...]) -> str | None:
    """The writer a starred footnote names before saying who they are, on a page that
    names no writer elsewhere ("* سليم بن عمار كاتب وباحث تونسي …"): the name, when
    what follows it is a writer's note of its own ("* كاتب وباحث تونسي …")."""
    star = _STARRED.match(text)
    if star is None or len(text) > 300:
        return None
    rest = text[star.end() :]
    names = split_byline(rest, site_names=site_names)
    if len(names) != 1 or not rest.startswith(names[0]):
        return None
    return names[0] if is_writer_note(f"* {rest[len(names[0]) :].strip()}") else None


#: A picture's caption marking an archive photo: "محطة الزور لتوليد الكهرباء (أرشيف)".
_ARCHIVE_CAPTION: Final = re.compile(
    r"[(\-–—]\s*(?:صورة\s+)?(?:أرشيف|أرشيفية|ارشيف|ارشيفية)\s*\)?\s*$"
)
#: The label of the editors' own note on a piece, over its text or after it.
_EDITORS_LABEL: Final = "ملاحظة المحرر|ملاحظة التحرير"
#: The editors' note labelled as theirs ("ملاحظة المحرر: …", "تنويه: …"), not a
#: correction, which may be the text's own line.
_EDITORS_LABELLED: Final = re.compile(rf"^\s*(?:{_EDITORS_LABEL}|تنويه)\s*[:：]")
#: A note set before the text about a change to it ("تصحيح: ورد في نسخة سابقة …").
_EDITORS_NOTE: Final = re.compile(
    rf"^\s*(?:(?:تصحيح|تنويه|توضيح|تدوينة ضيف|مقال ضيف|{_EDITORS_LABEL})\s*[:：]"
    # the note over a piece republished from the archive ("نشر هذا المقال في عام 1998 …")
    r"|(?:نُ?شِ?رَ?|نشرت|سبق نشر)\s+(?:هذا|هذه)\s+(?:المقال|المقالة|المادة|التقرير|النص|الحوار)\s"
    # a content warning over the piece ("تنبيه: يتضمن هذا التقرير تفاصيل قد تكون مؤلمة …")
    r"|(?:تنبيه|تحذير)\s*[:：]\s*(?:يتضمن|يحتوي|تتضمن|تحتوي)\s+(?:هذا|هذه)\s)"
)
#: The editors' note on the piece itself after its text: what they changed, their
#: apology ("ملاحظة المحرر: تم تعديل العنوان …", "اعتذار: تعتذر الصحيفة عن الخطأ …").
#: (A "تصحيح:" closing the text may be the story's: a correction a ministry issued.)
_CLOSING_EDITORS_NOTE: Final = re.compile(
    rf"^\s*(?:(?:{_EDITORS_LABEL}|ملاحظة من المحرر|اعتذار|تنويه من المحرر)\s*[:：]"
    r"|تعتذر\s+(?:الصحيفة|الجريدة|المجلة|الموقع|البوابة|أسرة التحرير|هيئة التحرير)\s+(?:عن|من|ل)"
    # a standing notice about this very piece ("تنويه: جميع الأشخاص المشار إليهم في هذا
    # الخبر يتمتعون بقرينة البراءة"); a correction of its facts ("تصحيح: ورد في نسخة
    # سابقة من هذا الخبر … والصحيح …") is the text's, as the reader needs it
    r"|(?:تنويه|توضيح)\s*[:：](?!.*(?:نسخة سابقة|والصحيح|اقتضى التنويه))"
    r".{0,120}?(?:هذا|هذه)\s+(?:الخبر|المقال|المقالة|التقرير|المادة|القصة|المحتوى)"
    # the editors' note on an update to the piece ("تحديث (12 فبراير 2025): أضفنا
    # تفاصيل الإصدارات المتأثرة …"); an update told as news stays
    r"|تحديث\s*(?:\([^()]{0,40}\))?\s*[:：]\s*(?:أضفنا|أضيفت|أضيف|تمت إضافة|تم تحديث|حدّثنا|حدثنا"
    r"|عدّلنا|عدلنا|تم تعديل)"
    # "ملحوظة: جرى تحيين هذا المقال بإضافة …" (the Maghreb's word for updating), "تم
    # تحديث هذا الخبر الساعة 17:05 بإضافة …"
    # ("* تم تحديث الخبر في الساعة 4:45 مساءً بإضافة …": starred, "this" left out)
    # ("(تم تحديث الخبر الساعة 11:05 بإضافة …)": in parentheses)
    r"|(?:\*+\s*|\(\s*)?(?:(?:ملاحظة|ملحوظة)\s*[:：]\s*)?(?:جرى|تم|تمّ)\s+(?:تحيين|تحديث|تعديل)\s+"
    r"(?:(?:هذا|هذه)\s+)?(?:الخبر|المقال|المقالة|التقرير|المادة|القصة)\s"
    # a starred disclaimer under the text ("* تنويه: توقعات الأبراج تُنشر بغرض التسلية …"):
    # the star sets it apart as a footnote, not a correction the reader needs
    r"|\*+\s*(?:تنويه|إخلاء مسؤولية|إخلاء المسؤولية)\s*[:：]"
    # … or in the passive ("ملاحظة: حُدّث هذا الخبر الساعة 6:10 مساءً بإضافة …")
    # ("ملاحظة: حُرّر هذا النص تحريراً طفيفاً بهدف الوضوح": a transcript's editing)
    r"|(?:ملاحظة|ملحوظة)\s*[:：]\s*(?:ح[\u064b-\u0652]*د[\u064b-\u0652]*ث|ع[\u064b-\u0652]*د"
    r"[\u064b-\u0652]*ل|ح[\u064b-\u0652]*ر[\u064b-\u0652]*ر)[\u064b-\u0652]*\s+(?:هذا|هذه)\s+"
    r"(?:الخبر|المقال|المقالة|التقرير|المادة|النص)\s"
    # a starred note on where the piece comes from ("* القصة من مجموعة «…» وتنشرها
    # «سرديات» بالاتفاق مع الكاتبة")
    r"|\*.{0,200}?(?:بالاتفاق مع|تنشرها|ينشرها|تعيد نشرها|يعاد نشرها)"
    # (or of the series it runs in: "* تُنشر هذه المادة ضمن ملف «…» في العدد 312 من ملحق …")
    r"|\*+\s*(?:تُ?نشر|يُ?نشر|نُشرت|نُشر)\s+(?:هذه|هذا)\s+(?:المادة|المقالة|المقال|النص|القصة"
    r"|الحلقة|التقرير)\s+(?:ضمن|في إطار)\s"
    # a starred note that the figures are a guide ("* الأسعار المذكورة استرشادية وقد
    # تختلف من محل لآخر."): a price story's footnote, not its text
    r"|\*+\s*[^*]{0,60}?(?:استرشادية|استرشادي|تقريبية|للاسترشاد|للاستئناس)\s"
    # where the piece ran first, closing it ("* نُشر هذا المقال في عمود «…» بصحيفة …")
    r"|\*?\s*(?:نُ?شِ?رَ?|نشرت|سبق نشر)\s+(?:هذا|هذه)\s+(?:المقال|المقالة|المادة|النص)\s"
    # a market report's note that it is no advice ("… ولا تمثل توصية بالشراء أو البيع.")
    r"|.{0,200}?(?:لا|ليست|ليس)\s+(?:تمثل|يمثل|تعد|تعدّ|يعد|يعدّ|تشكل|يشكل)\s+"
    r"(?:توصية|دعوة|نصيحة)\s+(?:بالشراء|للشراء|بالبيع|للبيع|استثمارية|بالاستثمار))"
)
_CELL_TAGS: Final = frozenset({"td", "th", "caption"})
#: A number and its magnitude alone: a counter's figure ("1.2 ألف", "3K").
_COUNT_ONLY: Final = re.compile(r"^\s*[0-9٠-٩][0-9٠-٩.,٫]*\s*(?:ألف|آلاف|مليون|K|k|M)\s*$")
_CLOSING_CREDIT: Final = re.compile(r"\(([^()]{2,30})\)\s*\.?\s*$")
_SENTENCE_THEN_CREDIT: Final = re.compile(r"[.!؟…»]\s*\(([^()]{2,30})\)\s*\.?\s*$")
_WIRE_NOTE: Final = re.compile(
    rf"^\s*\((?=[^()]*(?:{'|'.join(re.escape(w) for w in WIRE_NOTE_WORDS)}))[^()]{{5,200}}\)\s*$"
    # without its parentheses when it opens with the reporting credit and names another
    # ("تغطية صحفية ماثيو هارتلي - إعداد رنا الشامي للنشر العربي - تحرير هالة عبد الله")
    r"|^\s*تغطية صحفية\s[^()]{3,200}\s[-–—]\s*(?:إعداد|اعداد|تحرير|ترجمة)\s[^()]{3,200}$"
)
_NOT_FOUND_KEYS: Final = tuple(match_key(p) for p in NOT_FOUND_PHRASES)
_PORTAL_PAGE_KEYS: Final = frozenset(match_key(t) for t in PORTAL_PAGE_TITLES)
_LISTING_PAGE_KEYS: Final = frozenset(match_key(t) for t in LISTING_PAGE_TITLES)


def _says_not_found(*titles: str | None) -> bool:
    """The page's title or headline says it was not found (served with HTTP 200)."""
    return any(key in match_key(t) for t in titles if t for key in _NOT_FOUND_KEYS)


#: Where a page's title meets the portal's name ("من نحن - نبض المدينة").
_TITLE_SEPARATOR: Final = re.compile(r"\s[-|–—:]\s")


def _a_portal_page(headline: str | None, *titles: str | None) -> bool:
    """A headline, or a title before the portal's name, that is one of the portal's own
    pages ("من نحن", "اتصل بنا", "سياسة الخصوصية"). A title whose rest is the headline
    labels a story: "بث مباشر | ضيوف الرحمن يقفون على صعيد عرفات | رؤى 24" is a story's
    live page, "البث المباشر | رؤى 24" the channel's stream."""
    shown = match_key(headline) if headline else ""
    for t in (headline, *titles):
        if not t or len(t) > 80:
            continue
        first, *rest = _TITLE_SEPARATOR.split(t, maxsplit=1)
        if match_key(first) in _PORTAL_PAGE_KEYS and not (
            # (a headline of its own, longer than a portal's name)
            rest and shown and len(shown.split()) >= 4 and match_key(rest[0]).startswith(shown)
        ):
            return True
    return False


_BYLINE_KINDS: Final = frozenset({"byline"})
#: Lines of the region whose byline-marked boxes sign something else: a table's cells, a
#: reader's comment.
_NOT_THE_WRITERS_LINES: Final = frozenset({"table", "comments"})
_WIDGET_KINDS: Final = frozenset({"widget"})
_TEASER_KINDS: Final = frozenset({"related"})
_BIO_KINDS: Final = frozenset({"bio"})
_CAPTION_KINDS: Final = frozenset({"caption"})
_DATE_KINDS: Final = frozenset({"date"})
_CREDIT_BOX_KINDS: Final = frozenset({"byline", "caption"})
#: Lines that are no paragraph of prose, however long: list items and headings.
_LIST_TAGS: Final = frozenset({"li", "dt", "dd"})
#: A list item's label and its colon, "الطارف: 5 حرائق": what the item is about.
_PLACE_LABEL: Final = re.compile(r"^\s*[^\s:：]+(?:\s[^\s:：]+){0,2}\s*[:：]")
_NOT_PARAGRAPH_TAGS: Final = HEADING_TAGS | _LIST_TAGS
_KICKER_LINES: Final = 3
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4"})
_HEADER_KINDS: Final = frozenset({"byline", "date", "header"})


def _visible_in_page(names: list[str], seg: Segmented) -> list[str]:
    """Keep metadata names that a reader can see somewhere on the page."""
    lines = [b.text for b in seg.blocks if len(b.text) < 300]
    raw = " ".join(lines)
    shown = [n for n in names if n and n in raw]  # most names appear exactly as written
    rest = [n for n in names if n and n not in shown]
    if rest:  # else compare folded spellings (hamza, ta marbuta, diacritics)
        page = f" {match_key(raw)} "
        shown += [n for n in rest if match_key(n) and f" {match_key(n)} " in page]
    return [n for n in names if n in shown]


def _article_url(declared: str | None, page_url: str | None) -> str | None:
    """The address a page declares for itself, unless it is its site's home page.

    Some CMSs print ``<link rel="canonical" href="/">`` on every article; trusting that
    would give every article of the site the same address (and one key in a store).
    """
    if not declared:
        return None
    try:
        path = urlsplit(declared).path
        page_path = urlsplit(page_url).path if page_url else None
    except ValueError:
        return None
    if path in ("", "/") and page_path not in ("", "/"):
        return None
    return declared


_PLACE_THEN_NAMES: Final = re.compile(r"^[^-–—]{2,30}\s[-–—]\s+")
#: "كتب: محمد علي - القاهرة": a place after the names, set off by a dash.
_BYLINE_PLACE: Final = re.compile(
    r"\s[-–—]\s*(?P<place>[^-–—:()]{2,30}?)\s*$"
    r"|\s\((?P<inner>[^()]{2,30})\)\s*$"  # "كتب - أحمد حسن (القاهرة)"
)
#: "الرباط: يوسف بنعلي": a known place, a colon, the writer.
#: "الرباط: يوسف بنعلي", "من القاهرة: محمد حسن": a known place, a colon, the names.
_PLACE_COLON: Final = re.compile(r"^(?:من\s+)?(?P<place>[^:：\d]{2,30}?)\s*[:：]\s*")


#: A name and a colon opening the rest of a place's line: the portal's own, maybe.
_OWN_NAME_COLON: Final = re.compile(r"^\s*(?P<own>[^:：\d]{2,30}?)\s*[:：]\s*")


def _names_after_place(text: str, site_names: tuple[str, ...]) -> list[str]:
    """The names of a "place - names" or "known place: names" line, if that is all the
    line holds."""
    match = _PLACE_THEN_NAMES.match(text)
    if match is None:
        match = _PLACE_COLON.match(text)
        if match is None or not is_place(match.group("place")):
            return []
    rest = text[match.end() :]
    own = _OWN_NAME_COLON.match(rest)
    if own is not None and is_site_name(own.group("own"), site_names):
        rest = rest[own.end() :]  # "طرابلس - بوابة الوسط: سالم العبيدي": the portal, its writer
    if len(rest.split()) > 8 or any(ch in rest for ch in '.!?؟:«»"'):
        return []
    names = split_byline(rest, site_names=site_names)
    if site_names and any(names_the_portal(n, site_names) for n in names):
        return []  # "غزة - صفا" on "وكالة الصحافة الفلسطينية - صفا": the portal, no writer
    named = sum(len(n.split()) for n in names)
    return names if names and named >= len(rest.split()) - 1 else []


def _place_alone(block: Block) -> str | None:
    """The known place a line holds and nothing else ("بغداد", "برلين:"): a dateline set on
    a line of its own. A place as a subheading is the text's own structure."""
    # ("عمّان•": the row's bullet after it; "نواذيبو ـ": a tatweel for the dash)
    place = block.text.strip(" :：-–—ـ•·|")
    if place.startswith("(") and place.endswith(")"):
        place = place[1:-1].strip()  # "(الدمام)" in its span beside the writer's name
    if block.tag in _NOT_PARAGRAPH_TAGS or place.endswith((".", "،")):
        return None  # a list's item ("قرية قصر الباسل وتوابعها."), a subheading
    return place if is_place(place) else None


def _place_and_own_name(text: str, site_names: tuple[str, ...]) -> str | None:
    """The place of a line that is a known place and the portal's own name ("طرابلس –
    «منارة الشرق»", "الخرطوم: باج نيوز"), else None."""
    if len(text) > 60 or not site_names:
        return None
    parts = _DATELINE_SPLIT.split(text, maxsplit=1)
    if len(parts) != 2:
        parts = text.split(":", 1)
    if len(parts) != 2 or not is_place(parts[0].strip()):
        return None
    name = parts[1].strip(' «»"()[]:')
    return parts[0].strip() if name and is_site_name(name, site_names) else None


def _role_after_place(text: str, place: str | None) -> bool:
    """Whether a line is a place and a job title only: "الخرطوم: مراسل الموقع"."""
    if not place or not text.startswith(place):
        return False
    rest = text[len(place) :].lstrip(" :：-–—")
    return rest != text[len(place) :] and is_role(rest)


#: Text shorter than this on a page declaring no article is a page's blurb, not a story.
_SHORT_TEXT: Final = 500
#: OpenGraph types of pages that are not articles.
_PAGE_OG_TYPES: Final = frozenset({"website", "product", "place"})


#: JSON-LD types a service page declares for its tool or its questions and answers.
_SERVICE_TYPES: Final = frozenset({"faqpage", "webapplication"})


def _only_a_shown_day(art: RawArticle, md: Metadata) -> bool:
    """A service page's "today" ("الخميس 6 رمضان 1446 هـ - الموافق 6 مارس 2025" under
    "مواقيت الصلاة في الرياض اليوم"), not a story's publication: the page declares a
    tool or a FAQ, and its one date is a day it shows, with no hour and nothing
    machine-readable behind it. (A ministry's release shows a day alone too, but
    declares no service.)"""
    published = art.published
    return (
        not md.jsonld_types.isdisjoint(_SERVICE_TYPES)
        and published is not None
        and published.source == "visible"
        and published.precision == "day"
        and art.modified is None
        and not md.times
    )


def _declares_a_plain_page(md: Metadata) -> bool:
    """The page declares a web page (or a live broadcast) and no article.

    A video news page (og:type video.other, a VideoObject) is not one: its short
    description is its story.
    """
    if md.jsonld is not None:  # an article (NewsArticle, BlogPosting …) is declared
        return False
    og_type = (md.first("og:type") or "").strip().lower()
    return (
        og_type in _PAGE_OG_TYPES
        or "broadcastevent" in md.jsonld_types
        # a WebPage declared and no article: an SEO plugin's og:type "article" on a page
        # (a club's fixtures) is its default, not a claim
        or "webpage" in md.jsonld_types
    )


#: A list item naming what happens on a day: "الاثنين 24 حزيران: اللغة العربية".
_DATED_ITEM: Final = re.compile(r"[:：]\s*[^\W\d_]{2,}(?:\s+[^\W\d_]+)*\s*\.?$")


def _a_dated_item(block: Block) -> bool:
    """A timetable's item (a day, a colon and what happens on it), not a timestamp: a
    list's item, or a paragraph ending like a sentence ("الأربعاء 15 يناير: العلوم.")."""
    return (
        block.tag == "li" or (block.tag == "p" and block.text.rstrip().endswith("."))
    ) and _DATED_ITEM.search(block.text) is not None


#: A live entry's pinned badge before its time ("📌 مثبت" | "7:10 م", run together).
_PINNED: Final = re.compile(r"^\s*(?:📌\s*)?(?:منشور\s+)?مثب\u0651?ت\s*")
#: A clock time alone on its line: a feed item's stamp ("10:42", "09:15 ص").
_CLOCK: Final = r"[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}"
_CLOCK_LINE: Final = re.compile(rf"^\s*{_CLOCK}(?:\s*\S{{1,5}})?\s*$")
#: A clock time alone, with at most its half of the day ("08:53 م"; not "00:00 مقدمة", a
#: podcast's chapter).
_CLOCK_ONLY: Final = re.compile(
    rf"^\s*{_CLOCK}(?:[:.][0-9٠-٩]{{2}})?"
    # (SPA's wire stamp names its zone: "15:40ت م", Mecca time; "ت غ", Greenwich)
    r"\s*(?:ت\s?[مغ]\.?|ص|م|صباحا|صباحاً|مساء|مساءً|AM|PM)?\s*$",
    re.IGNORECASE,
)
#: A feed has at least this many briefs.
_FEED_ITEMS: Final = 8


def _a_feed_of_briefs(seg: Segmented, body: list[Block]) -> bool:
    """Most lines of the text each under a time of their own: a ticker's briefs ("10:42"
    over "عاجل رئيس الوزراء يصل …"), not one story. Read on pages that declare no
    article only: a live blog's updates look the same and declare themselves."""
    stamped = sum(
        1
        for b in body
        if b.index > 0 and _CLOCK_LINE.match(seg.blocks[b.index - 1].text) is not None
    )
    return stamped >= _FEED_ITEMS and 10 * stamped >= 7 * len(body)


#: "اقرأ المزيد" under this many cards, each to its own story, make a list of them.
_READ_MORE_CARDS: Final = 3
_READ_MORE_KEYS: Final = frozenset(
    match_key(t)
    for t in ("اقرأ المزيد", "إقرأ المزيد", "المزيد", "أكمل القراءة", "تابع القراءة", "Read more")
)


def _read_more_links(seg: Segmented) -> int:
    """How many different stories a "اقرأ المزيد" link alone on its line leads to: a
    category page's cards each close so (K2's "catItemReadMore")."""
    hrefs = {
        b.links[0].href
        for b in seg.blocks
        if len(b.links) == 1 and len(b.text) <= 20 and match_key(b.text) in _READ_MORE_KEYS
    }
    return len(hrefs)


def _card_summaries(seg: Segmented, body: list[Block]) -> bool:
    """Every paragraph of the text right under a link to another story in its own box:
    the summaries of a list's cards ("<a>title</a>" over its blurb), not one story. Read
    on pages that declare no article only: a round-up of linked headlines looks the
    same."""
    prose = [b for b in body if len(b.text) >= PROSE_CHARS]
    return len(prose) >= 2 and all(_under_a_card_title(seg, b) for b in prose)


def _under_a_card_title(seg: Segmented, block: Block) -> bool:
    """The line right after a link to another story, both in one card (the same box at
    most three levels up: Drupal's "views-row" > "views-field-title" / "views-field-body")."""
    if block.index == 0 or len(block.path) < 3:
        return False
    title = seg.blocks[block.index - 1]
    return (
        bool(title.links)
        and title.link_density > 0.6
        and any(i in title.path for i in block.path[-3:])
    )


def _after_a_writer_link(seg: Segmented, block: Block) -> bool:
    """The line right before is a link to a writer's page ("<a href='/author/…'>")."""
    before = seg.blocks[block.index - 1] if block.index else None
    return before is not None and any(is_author_page(link.href) for link in before.links)


def _beside_a_teaser(seg: Segmented, block: Block) -> bool:
    """The line shares its box with the link of another article just before it: a
    columnist box's writer under the column's title, not this article's byline."""
    if len(block.path) < 2:
        return False
    box = block.path[-2]
    for other in reversed(seg.blocks[max(0, block.index - 3) : block.index]):
        if box not in other.path:
            return False
        if other.links and other.link_density > 0.6:
            return True
    return False


def _next_headline(seg: Segmented, title: Block | None) -> int | None:
    """Where the next article starts on a page that loads one below the other: the next
    ``<h1>`` after the headline that is a headline (not a linked teaser title)."""
    if title is None or title.tag != "h1":
        return None
    for block in seg.blocks[title.index + 1 :]:
        if (
            block.tag == "h1"
            and len(block.text) >= 20
            and block.link_density < 0.5
            # a slideshow's title in its caption (Instant Articles' <figcaption><h1>)
            and not in_kind(seg, block, _CAPTION_KINDS)
        ):
            return block.index
    return None


@dataclass(slots=True)
class _Reading:
    """What the stages of :func:`read_article` find and hand on to the next.

    The stages run in page order of dependence: the headline anchors the header zone,
    the header zone holds the byline and the date, and what those took is no longer
    body. Each stage reads what the earlier ones left here and fills ``art``.
    """

    seg: Segmented
    md: Metadata
    ctx: Context
    art: RawArticle
    tz: str | dt.tzinfo | None
    weights: list[float]
    region: Region | None
    title_block: Block | None
    #: The region's classified lines, less the kicker and related boxes.
    lines: list[Line]
    #: Index of the first line of real prose, where the header zone ends.
    first_body: int
    header: list[Block]
    above_title: list[Block]
    byline_lines: list[Block] = field(default_factory=list)
    #: Lines already read as something else (a byline, a role line).
    skip: set[int] = field(default_factory=set)
    #: Lines read as the visible date.
    date_blocks: frozenset[int] = frozenset()
    writer_place: str | None = None  # "(القاهرة)" after the writer's name
    #: The lines just after the region (:func:`_after_text`), read once for the
    #: byline stage and the credit stage.
    after_text: list[Block] | None = None


def read_article(seg: Segmented, md: Metadata, ctx: Context) -> RawArticle:
    """The raw article of one page; raises NotAnArticleError when there is none."""
    listing = md.listing_type()
    if listing is not None:  # an author's archive with a prose bio reads like an article
        raise NotAnArticleError(f"the page declares itself a list or profile ({listing})")
    art = RawArticle(
        url=_article_url(md.canonical, ctx.url)
        or _article_url(md.first("og:url"), ctx.url)
        or ctx.url
    )
    if md.base_href:
        art.base_url = resolve(md.base_href, ctx.url)
    art.site_names = _site_names(md)
    art.site_name = art.site_names[0] if art.site_names else None
    title_block = _read_title(art, seg, md)
    art.site_names += _name_beside_the_title(art.title, md.title_tag, art.site_names)
    _keep_shown_jsonld(md, art.title)
    own_published, own_updated = _own_times(seg, md)
    machine_published = _machine_date(md, "published", own_published)
    machine_modified = _machine_date(md, "modified", own_updated)
    r = _layout(
        art,
        seg,
        md,
        ctx,
        title_block,
        tz=ctx.default_tz or _page_offset(machine_published, machine_modified),
    )
    _read_bylines(r)
    _header_dateline(r)
    if art.authors:
        _unglue_authors(r)
    else:
        _authors_from_metadata(r)
        if not art.authors:
            _authors_from_bio(r)
        if not art.authors:
            _writer_behind_a_face(r)
        if not art.authors:
            _writer_in_the_title(r)
    _source_organization(r)
    _read_dates(r, machine_published, machine_modified)
    if not art.authors:
        _name_before_the_date(r)
    body = _teasers_closing_paragraphs(r, _finish_body(r, _read_body(r)))
    art.dateline = art.dateline or r.writer_place
    body = [_without_anchor_mark(b) for b in body]
    art.body = [b.text for b in body]
    art.field_sources["body"] = "html"
    _signed_lead(r)

    length = sum(len(t) for t in art.body)
    teaser = (
        length < ctx.min_body_chars
        or _is_listing(r.lines, body)
        or _dated_summaries(seg, body) >= _DATED_SUMMARIES
        or _shows_a_teaser_of(art.body, jsonld_str(md.jsonld, "articleBody"))
    )
    fuller = None if teaser else _fuller_state_article(art.body, md)
    told = _told_in_captions(r) if length < ctx.min_body_chars else []
    if told and not _is_listing(r.lines, body):
        # A photo story told in its captions ("قصة مصورة": each picture's caption a
        # paragraph): the captions are the text, the photographers' credits are not.
        body = sorted(body + told, key=lambda b: b.index)
        art.body = [b.text for b in body]
    elif teaser or fuller is not None:
        _fallback_body(art, md, ctx, app=fuller)
    elif _declares_a_plain_page(md) and (
        length < _SHORT_TEXT
        or (not art.authors and (art.published is None or _only_a_shown_day(art, md)))
        or _a_feed_of_briefs(seg, body)
        or _card_summaries(seg, body)
        or _read_more_links(seg) >= _READ_MORE_CARDS
    ):
        # A stock quote, a rates table, a timetable, a live stream: a paragraph beside
        # the data, on a page that calls itself a web page and no article. Or a longer
        # page that says the same and shows neither a date nor a writer (a newsletter's
        # sign-up pitch, an about page): no story is dated and unsigned both. Or a
        # ticker of one-line briefs, each under its own time.
        raise NotAnArticleError("a page that declares itself no article, with no story's marks")
    elif md.static_page and md.jsonld is None and not art.authors:
        # A price or prayer-times service, a contact page: WordPress serves them as pages
        # (og:type "article" from the SEO plugin all the same), and no writer signs them.
        raise NotAnArticleError("a WordPress static page with no writer and no article declared")
    _fill_meta_fields(art, md)
    if not art.tags:
        art.tags = _shown_tags(r, body)
    return art


_TAG_KINDS: Final = frozenset({"tags"})
#: Boxes that end the stretch after the text where its own tag list may stand: a tag
#: cloud past them is the site's, not the story's.
_PAST_THE_STORY_KINDS: Final = frozenset({"widget", "related", "comments", "nav", "bio"})
#: A tag list's own label among its links ("الوسوم:"), no tag.
_TAGS_LABEL: Final = re.compile(
    r"^\s*(?:ال)?(?:وسوم|كلمات\s+(?:ال)?(?:دلالية|مفتاحية)|tags?)\s*:?\s*$", re.IGNORECASE
)
_MAX_TAGS: Final = 50


def _shown_tags(r: _Reading, body: list[Block]) -> list[str]:
    """The tag list the page shows after the text, when its metadata lists none.

    Many templates print the story's tags (tagDiv's "td-tags", Youm7's keywords row)
    and declare none in ``article:tag`` or JSON-LD. Only the first tag box after the
    text counts, and only before a widget, a related box or the comments: a tag cloud
    in the sidebar is the site's.
    """
    if not body:
        return []
    seg = r.seg
    start = body[-1].index + 1
    tags: list[str] = []
    seen: set[str] = set()
    started = False
    for block in seg.blocks[start : start + _TAIL_REACH]:
        if not in_kind(seg, block, _TAG_KINDS):
            if started or in_kind(seg, block, _PAST_THE_STORY_KINDS):
                break
            continue
        started = True
        if read_credit_line(block.text) is not None:
            continue  # tagDiv's source row in the same box ("td-post-source-tags")
        for link in block.links:
            tag = link.text.strip(" #،,")
            if tag and tag not in seen and not _TAGS_LABEL.match(tag):
                seen.add(tag)
                tags.append(tag)
    return tags[:_MAX_TAGS]


#: The separator before a portal's name closing a title ("… - صدى الخليج").
_OWN_NAME_AFTER: Final = re.compile(r"\s+[-–—|]\s+(?P<name>[^-–—|]{2,40})$")
_OWN_NAME_BEFORE: Final = re.compile(r"^(?P<name>[^-–—|]{2,40})\s+[-–—|]\s+")


def _without_own_name(item: RelatedLink, site_names: tuple[str, ...]) -> RelatedLink:
    """A related title without the portal's own name after it ("تمديد موسم حظر صيد
    الهامور - صدى الخليج") or before it ("موقع الرصيف | وزير الصحة: …"): the site, not
    the linked story's headline."""
    if not site_names:
        return item
    after = _OWN_NAME_AFTER.search(item.title)
    if after is not None and names_the_portal(after.group("name"), site_names):
        return item.model_copy(update={"title": item.title[: after.start()].strip()})
    before = _OWN_NAME_BEFORE.match(item.title)
    if before is not None and names_the_portal(before.group("name"), site_names):
        return item.model_copy(update={"title": item.title[before.end() :].strip()})
    return item


#: Labels of a story's form, kept before its title even where a menu names them too.
_FORMAT_KEYS: Final = _LABEL_KEYS | frozenset(
    match_key(w)
    for w in ("إنفوغراف", "انفوغراف", "إنفوجراف", "انفوجراف", "إنفوجرافيك", "بودكاست", "كاريكاتير")
)
#: A section's name and a bar opening a title ("رياضة | الفيصلي يتعاقد مع …").
_SECTION_BEFORE: Final = re.compile(r"^(?P<name>[^|]{2,30}?)\s*\|\s+")


def _without_section(item: RelatedLink, sections: frozenset[str]) -> RelatedLink:
    """A related title without the section its card prints before it, named as the
    page's menu names it ("رياضة | …", "محليات | …")."""
    before = _SECTION_BEFORE.match(item.title)
    if (
        before is None
        or before.group("name").strip() not in sections
        or match_key(before.group("name")) in _FORMAT_KEYS  # "إنفوغراف | …" tells the story's form
    ):
        return item
    return item.model_copy(update={"title": item.title[before.end() :].strip()})


def _keep_shown_jsonld(md: Metadata, title: str | None) -> None:
    """Of several JSON-LD articles (one for this story, others for related ones), keep
    the one whose headline is the one the page shows: its dates and writers are this
    story's."""
    if len(md.jsonld_articles) < 2 or not title:
        return

    def agreement(obj: dict[str, Any]) -> float:
        headline = jsonld_str(obj, "headline", "name")
        return overlap(title, headline) if headline else 0.0

    best = max(md.jsonld_articles, key=agreement)
    if md.jsonld is None or agreement(best) > agreement(md.jsonld):
        md.jsonld = best


def _read_title(art: RawArticle, seg: Segmented, md: Metadata) -> Block | None:
    """Find the headline (and refuse a 404 page); returns the headline's line."""
    art.title, title_block, art.field_sources["title"] = find_title(
        seg, _meta_titles(md), art.site_names
    )
    if _says_not_found(art.title, md.title_tag):
        raise NotAnArticleError(
            "the page says it was not found, failed or is closed (a 404, 500, maintenance or"
            " consent page served as 200)"
        )
    og_title = md.first("og:title") or jsonld_str(md.jsonld, "headline")
    if _a_portal_page(art.title, og_title, md.title_tag):
        raise NotAnArticleError("the portal's own page (about, contact, policies), not a story")
    if art.title and match_key(art.title) in _LISTING_PAGE_KEYS:
        raise NotAnArticleError(f"a list of stories headed {art.title!r}, not a story")
    if art.title and og_title and overlap(art.title, og_title) < 0.5:
        art.warnings.append(f"title: the page shows {art.title!r}; its metadata says {og_title!r}")
    return title_block


def _linked_lead(lines: list[Line], md: Metadata) -> list[Line]:
    """A lead sentence linked whole to the story before it reads as a teaser; the page's
    description, word for word (or its opening, which the description may stop at), says
    it is this story's first paragraph."""
    description = md.first("og:description") or md.first("description")
    key = match_key(description or "")[:_LEAD_KEY_CHARS]
    if len(key) < _LEAD_KEY_CHARS // 2:
        return lines
    for at, line in enumerate(lines):
        if line.kind is None and len(line.block.text) >= PROSE_CHARS:
            break  # the text has begun: a linked line now is a teaser
        if (
            line.kind == "teaser"
            and len(line.block.links) == 1
            and match_key(line.block.text).startswith(key)
        ):
            return [*lines[:at], Line(line.block, None), *lines[at + 1 :]]
    return lines


#: How much of a linked lead must open as the description does.
_LEAD_KEY_CHARS: Final = 80


def _related_without_scripts(
    seg: Segmented, art: RawArticle, ctx: Context, tz: str | dt.tzinfo | None
) -> list[RelatedLink]:
    """The related links a page shows only to readers without scripts: its
    ``<noscript>`` fallback of the box a script would build ("<noscript><div
    class='relatedNewsFallback'><h3>أخبار ذات صلة</h3><ul>…"), read as its own page."""
    for markup in seg.noscripts:
        tree = parse(markup)
        root = tree.body or tree.root
        if root is None:
            continue
        found, _lines = find_related(
            segment(root),
            art.link_base(ctx.url),
            art.url,
            reference_time=ctx.reference_time,
            default_tz=tz,
        )
        if found:
            return found
    return []


def _layout(
    art: RawArticle,
    seg: Segmented,
    md: Metadata,
    ctx: Context,
    title_block: Block | None,
    *,
    tz: str | dt.tzinfo | None,
) -> _Reading:
    """Lay the page out: the article region, its related boxes, and the header zone."""
    weights = [block_weight(b) for b in seg.blocks]
    region = find_region(seg, weights, live=md.live_blog)
    art.related, related_lines = find_related(
        seg,
        art.link_base(ctx.url),
        art.url,
        reference_time=ctx.reference_time,
        default_tz=tz,
        until=_next_headline(seg, title_block),
    )
    if not art.related and seg.noscripts:
        art.related = _related_without_scripts(seg, art, ctx, tz)
    if art.related:
        art.field_sources["related"] = "page"
        art.related = [_without_own_name(item, art.site_names) for item in art.related]
        if any(_SECTION_BEFORE.match(item.title) for item in art.related):
            sections = _section_names(seg, md)
            art.related = [_without_section(item, sections) for item in art.related]

    lines = classify_region(seg, region) if region else []
    if title_block is not None:
        # Short lines just above the headline are its kicker ("اقتصاد", "حصري"), not text.
        at = title_block.index
        lines = [
            ln
            for ln in lines
            if ln.block.index > at
            or ln.block.index < at - _KICKER_LINES
            or (ln.block.index < at and len(ln.block.text) >= PROSE_CHARS)
        ]
    lines = [ln for ln in lines if ln.block.index not in related_lines]
    lines = _linked_lead(lines, md)
    # The body starts at its first real sentence; short lines before it may be the
    # byline, the date or a standalone dateline. A date line with its zone in words
    # ("… 10:40 ص بتوقيت مسقط") weighs like a sentence and is still the date.
    first_body = next(
        (
            ln.block.index
            for ln in lines
            if ln.kind is None
            and weights[ln.block.index] >= 40
            and not is_date_line(ln.block.text, reference_time=ctx.reference_time, default_tz=tz)
            # (an editors' note over the text is no start of it: "ملاحظة المحرر: …" over
            # K2's intro text; a correction may be the text's own line)
            and not _EDITORS_LABELLED.match(ln.block.text)
        ),
        len(seg.blocks),
    )

    # The header zone: from the headline (or a little before the body) to the body.
    if title_block is not None and title_block.index < first_body:
        start = title_block.index + 1
    else:
        start = max(0, first_body - 8)
    header = seg.blocks[max(start, first_body - _HEADER_SPAN) : first_body]
    if title_block is not None and start == title_block.index + 1 < first_body - _HEADER_SPAN:
        # Many short lines before the first sentence (a poem's verses, a list of figures):
        # the lines right under the headline are still where the byline and date sit.
        header[:0] = seg.blocks[start : start + _UNDER_HEADLINE]
    in_region = {b.index for b in (region.blocks if region else [])}
    # A card's or a table's field named like a byline ("field--name-field-writer") is
    # the card's, not the article's; a comment's signature is its reader's. So is a
    # field of a box its heading names ("بطاقة الفيلم"), where no markup says widget (an
    # article's own <footer> reads as one, and holds its writer).
    in_region -= {
        ln.block.index
        for ln in lines
        if ln.kind in _NOT_THE_WRITERS_LINES
        or (ln.kind == "widget" and not in_kind(seg, ln.block, _WIDGET_KINDS))
    }
    for b in seg.blocks[first_body:]:
        if (
            b.index in in_region
            and in_kind(seg, b, _HEADER_KINDS)
            # not a side box's: a quote card's speakers ("<aside class='quotes-box'>… <div
            # class='quote-item__author'>حسين الربيعي، عضو لجنة الطاقة</div>")
            and not any(_a_side_box(seg.elements[i]) for i in b.path)
            # a dated teaser's date ("<li><a>…</a><span class='date'>12/11/2024</span>"),
            # not the writer's link and the date of a byline row under the text
            and not (_beside_a_teaser(seg, b) and not _after_a_writer_link(seg, b))
        ):
            # "آخر تحديث:" in a box of its own just before a marked date box.
            before = seg.blocks[b.index - 1]
            if (
                b.index > first_body
                and (not header or header[-1].index != before.index)
                and is_date_label(before.text)
            ):
                header.append(before)
            header.append(b)
    # Some templates print the byline, or the date, just above the headline.
    above_title = (
        seg.blocks[max(0, title_block.index - _KICKER_LINES) : title_block.index]
        if title_block is not None
        else []
    )
    return _Reading(
        seg=seg,
        md=md,
        ctx=ctx,
        art=art,
        tz=tz,
        weights=weights,
        region=region,
        title_block=title_block,
        lines=lines,
        first_body=first_body,
        header=header,
        above_title=above_title,
    )


#: Boxes read past after the text, to its credits: a gallery's captions, an ad, an embed.
_PAST_KINDS: Final = frozenset({"caption", "photo", "ad", "embed"})


def _after_text(r: _Reading) -> list[Block]:
    """The first lines after the article region, where its credits sit ("إعداد: …",
    "المصدر: …"), past the captions of a gallery, an ad or an embed set after the last
    paragraph."""
    if r.after_text is not None:
        return r.after_text
    after: list[Block] = []
    r.after_text = after
    if r.region is None or not r.region.blocks:
        return after
    seg = r.seg
    # A box around the text itself ("node--type-video" around a video page's caption
    # and its "المصدر" field) marks none of the lines after it as a gallery's.
    last = r.region.blocks[-1]
    around = set(last.path[: next((n for n, i in enumerate(last.path) if i in r.region.roots), 0)])

    def past(block: Block) -> bool:
        return any(i not in around and seg.elements[i].kind in _PAST_KINDS for i in block.path)

    for block in seg.blocks[last.index + 1 :]:
        # A credit box is marked as a caption's ("<p class='credit'>أ ف ب / رويترز</p>");
        # a gallery is a run of captions.
        if (
            not past(block)
            or opens_with_credit_label(block.text)
            or has_marked_byline_prefix(block.text)
            or not any(
                0 <= i < len(seg.blocks) and past(seg.blocks[i])
                for i in (block.index - 1, block.index + 1)
            )
        ):
            after.append(block)
            if len(after) == _EDGE:
                break
    return after


#: Lines between the text's first line and its second that may still be the header's.
_UNDER_FIRST_LINE: Final = 4


def _under_the_first_line(r: _Reading) -> list[Block]:
    """The short lines right after the text's first line, when that line is right under
    the headline: the header zone is empty, and a byline or a date box may follow the
    unmarked standfirst the first line is."""
    if r.title_block is None or r.title_block.index + 1 != r.first_body:
        return []
    text = {ln.block.index for ln in r.lines if ln.kind is None}
    out: list[Block] = []
    for block in r.seg.blocks[r.first_body + 1 : r.first_body + 1 + _UNDER_FIRST_LINE]:
        if block.index in text and r.weights[block.index] >= 40:
            break  # the text goes on
        out.append(block)
    return out


def _in_a_form(seg: Segmented, block: Block) -> bool:
    """The line sits in a form read as the page's interface (a field's label)."""
    return any(
        seg.elements[i].tag == "form" and seg.elements[i].kind == "widget" for i in block.path
    )


def _read_bylines(r: _Reading) -> None:
    """Authors (and agency or outlet credits) from the byline lines the page shows."""
    seg, art, site_names = r.seg, r.art, r.art.site_names
    body_lines = [ln.block for ln in r.lines if ln.kind is None]
    # Marked boxes, or short lines opening with a byline word.
    r.byline_lines = [
        b
        for b in r.header
        if len(b.text) <= 120
        and (
            (
                b.index < r.first_body
                and in_kind(seg, b, _BIO_KINDS)
                # "الحالة الاجتماعية: متزوج وأب …": a profile card's field, not a writer's
                and (has_byline_prefix(b.text) or not _FIELD_LINE.match(b.text))
            )
            # (a bookmark card's publisher and writer, in a related box, are the linked
            # story's)
            or (in_kind(seg, b, _BYLINE_KINDS) and not in_kind(seg, b, _TEASER_KINDS))
            # "من حفل التوقيع" under a picture opens like "من: name" but is a caption;
            # "إعداد: قسم المنوعات" in a photo album's header is the album's byline.
            or (
                has_byline_prefix(b.text)
                and (not in_kind(seg, b, _CAPTION_KINDS) or has_marked_byline_prefix(b.text))
            )
            # "الكاتب" | "فريق التحرير": a details table's label cell, the name beside it;
            # "مراسلنا في كيفة:" | "محمد الأمين ولد سيدي"
            or (
                b.index > 0
                and (
                    is_byline_label(seg.blocks[b.index - 1].text)
                    or is_reporter_label(seg.blocks[b.index - 1].text)
                )
            )
        )
    ]
    # a converter's or a search's fields ("من" | "إلى"), a form's labels: no one's name
    r.byline_lines = [b for b in r.byline_lines if not _in_a_form(seg, b)]
    if any(not in_kind(seg, b, _WIDGET_KINDS) for b in r.byline_lines):
        # a review's book card ("بطاقة الكتاب" … "المؤلف" | "هشام الزيّات") beside the
        # reviewer's byline: the card's author wrote the book, not the review
        r.byline_lines = [b for b in r.byline_lines if not in_kind(seg, b, _WIDGET_KINDS)]
    # "<p>standfirst</p><div class='byline'>…</div>": a byline box under a standfirst
    # the page does not mark, the headline's sentence read as the text's first line
    r.byline_lines += [
        b
        for b in _under_the_first_line(r)
        if len(b.text) <= 120
        and in_kind(seg, b, _BYLINE_KINDS)
        and not in_kind(seg, b, _TEASER_KINDS | _WIDGET_KINDS)
    ]
    # "كتب: …" opening the text, "تحرير: …" closing it; "فريق التحرير - إدلب" opening it.
    # (the text's last lines in its own language: a summary in French may close the box)
    last_lines = [b for b in body_lines[-3 * _EDGE :] if has_arabic(b.text)][-_EDGE:]
    r.byline_lines += [
        b
        for b in body_lines[:_EDGE] + last_lines
        if (
            # (a marked credit may name a few: "ساهم في التغطية: ليلى منصور من عمّان، …")
            (
                len(b.text) <= 60
                or (
                    len(b.text) <= 120
                    and (has_marked_byline_prefix(b.text) or _signed_with_a_role(b.text))
                )
            )
            and (has_byline_prefix(_unwrapped(b.text)) or is_desk_line(b.text))
            # "مراجعة لأهم أحداث اليوم وقراءة في تداعياتها.": a sentence, not "مراجعة:";
            # "<h3>متابعة يومية للمخزون</h3>": a subheading, not "متابعة:" and a name
            and (
                has_marked_byline_prefix(b.text)
                or not (ends_a_sentence(b.text) or b.tag in HEADING_TAGS)
            )
        )
        # "بقلم: سنية المرزوقي | نشر في: … | آخر تحديث: …": a byline row with its dates
        or (len(b.text) <= 160 and _a_byline_row(b.text))
    ]
    # "المحرر: علاء حمدي" closing a text whose writer the byline named: its editor.
    closing = {b.index for b in body_lines[-_EDGE:]} - {b.index for b in body_lines[:_EDGE]}
    # "إعداد: نورة القحطاني | تصوير: …" in a credits box just after the text's box, or
    # "ترجمة: ليلى حسن، عن الغارديان" in a credit box closing it.
    # A credits box of its own after the text, past a gallery ("إعداد: …" over "المصدر:
    # …"), closes the text as well.
    if r.region is not None and r.region.blocks:
        end = r.region.blocks[-1].index + 1
        after = [b for b in _after_text(r) if not _among_other_writers(seg, b)]
        closing.update(b.index for b in after if not in_kind(seg, b, _BYLINE_KINDS))
        r.byline_lines += [
            b
            for b in seg.blocks[max(0, end - _EDGE) : end] + after
            if len(b.text) <= 80
            and (
                (
                    has_marked_byline_prefix(b.text)
                    and (b.index >= end or in_kind(seg, b, _CREDIT_BOX_KINDS))
                )
                # "هيئة التحرير" alone right under an editorial: the desk signs it
                or (b.index == end and is_desk_line(b.text))
            )
        ]
    r.byline_lines += [
        b
        for b in r.above_title
        if len(b.text) <= 80
        and (
            in_kind(seg, b, _BYLINE_KINDS)
            # a breadcrumb's programme name ("حوار المدار") opens like "حوار" and a name
            or (has_byline_prefix(b.text) and not in_kind(seg, b, _NAV_KINDS))
        )
        and not _beside_a_teaser(seg, b)
        # a sidebar printed before the article: its last teaser's writer is no byline
        and not any(_a_side_box(seg.elements[i]) for i in b.path)
    ]
    # "<a href='/writers/ahmad-salem'>أحمد سالم</a> · منذ 4 ساعات": a writer's link
    # under the headline is a byline however the line is marked.
    taken = {b.index for b in r.byline_lines}
    for block in r.header:
        if (
            block.index < r.first_body
            and block.index not in taken
            and any(is_author_page(link.href) for link in block.links)
            # not a box of other writers ("كتّاب الرأي") set between headline and text,
            # nor a share bar linking the page itself (a column's address is under its
            # writer's: "/writers/rami-haddad/2025/04/07/…")
            and not in_kind(seg, block, _OTHER_DATES_KINDS | _NAV_KINDS | _SHARE_KINDS)
        ):
            r.byline_lines.append(block)
    r.skip = {b.index for b in r.header if is_role_line(b.text)}
    sections: frozenset[str] | None = None  # the navigation's link texts, when needed
    edited: set[str] = set()  # names credited as editors or supervisors ("إشراف: …")
    byline_indices = {b.index for b in r.byline_lines}
    for block in r.byline_lines:
        before = seg.blocks[block.index - 1] if block.index else None
        if is_role_line(block.text) or is_role_label(block.text):
            r.skip.add(block.index)
            continue
        if block.owner >= 0 and seg.elements[block.owner].kind == "label":
            continue  # the column's name beside its writer's ("column-name"), no writer
        if before is not None and is_role_label(before.text):
            r.skip.add(block.index)  # "راجعه طبياً" | "د. سامر الخطيب": the reviewer
            continue
        if (
            is_byline_label(block.text)
            and block.index + 1 in byline_indices
            # (not over the section's link: Joomla's "createdby" beside "category-name",
            # "المحرر" | "اقتصاد", is the desk signing, then the section)
            and not _a_link_up_the_address(seg.blocks[block.index + 1], art.url)
        ):
            continue  # "المحرر" | "فريق التحرير": a field's label, its value read next
        text = _unwrapped(block.text)
        if _a_label_over_the_byline(seg, block):
            continue  # "نفط وطاقة" | "كتب ناصر الخالدي": the beat, then the byline
        if before is not None and is_byline_label(before.text) and not has_byline_prefix(text):
            if _a_link_up_the_address(block, art.url):
                continue  # the section's link after the desk, no name
            text = f"{before.text} {text}"  # "كتب:" in its own box, the name in a link
        linked = _writer_link_in_a_bio(block)
        filed = _writer_link_and_town(block)
        if filed is not None:
            # "<a href='/writer/…'>نورة القحطاني</a> <span class='…__city'>الرياض</span>"
            linked = filed[0]
            art.dateline = art.dateline or filed[1]
        if linked and agency_code(linked):
            art.sources.extend(agencies_in(linked))  # "<a href='/author/spa/'>واس</a>"
            linked, text = None, ""
        names = [linked] if linked else split_byline(text, site_names=site_names)
        side_by_side = _writers_linked_side_by_side(block)
        if side_by_side:
            names = side_by_side  # "<a>حيدر الساعدي</a><a>زينب الموسوي</a>", no space between
        if not names and has_byline_prefix(text) and any(ch.isdigit() for ch in text):
            # "تحرير: قسم الأخبار 2024/07/09 - 11:20 بتوقيت بغداد": the writer, then the
            # date with no mark between them
            names = split_byline(_before_a_date(text, r), site_names=site_names)
        arabic = [n for n in names if has_arabic(n)]
        if "|" in text and arabic and len(names) == 2 * len(arabic):
            # "كتب: أحمد سمير | Ahmed Samir": each writer in both scripts ("Par | بقلم
            # سليم العمراني et Claire Dubois": two writers)
            names = _without_transliterations(names)
        if (
            art.authors
            and (block.index in closing or block.index > r.first_body)
            and (is_editing_credit(text) or is_desk_line(text))
        ):
            # an editor's credit or the desk's sign-off closing a text a writer signed
            r.skip.add(block.index)
            continue
        placed = read_dateline(block.text)  # "بغداد - مراسلنا", "القاهرة - أحمد علي"
        if placed is not None and placed.place and not placed.sources:
            art.dateline = art.dateline or placed.place
        tail = _BYLINE_PLACE.search(text)
        if names and tail and tail.group("place") and is_place(tail.group("place")):
            art.dateline = art.dateline or tail.group("place")  # "كتب: محمد علي - القاهرة"
        elif names and tail and tail.group("inner") and is_place(tail.group("inner")):
            # "كتب - أحمد حسن (القاهرة)": where the writer files from, the dateline only
            # when the text names none ("عبدالله الشهري (جدة)" over "الرياض - …")
            r.writer_place = r.writer_place or tail.group("inner")
        at = _PLACE_COLON.match(text)
        if at is not None and (not names or is_place(at.group("place"))):
            # "الرباط: يوسف بنعلي"; "دبي: ميثاء السويدي وعلاء حسان", which the byline
            # split reads as a label and one name
            listed = _names_after_place(text, site_names)
            if listed or not names:
                names = listed
            if listed:
                art.dateline = art.dateline or at.group("place")
        place = block.text.rstrip(" :：-–—")
        if place != block.text and is_place(place):  # "دبي:" in its own byline span
            art.dateline = art.dateline or place
            r.skip.add(block.index)
            continue
        if names and not has_byline_prefix(text):
            # "نفحات" beside the writer: the column's name, as the breadcrumb shows it
            # (a breadcrumb ending on the writer, "مقالات » ليلى الساعدي", names no column
            # when the metadata names that writer)
            sections = _section_names(seg, r.md) if sections is None else sections
            names = [
                n
                for n in names
                if n not in sections
                or n in r.md.all("article:author")
                or _a_named_writer(seg, block)
                # "هيئة التحرير" in the footer's menu links the masthead's page, no
                # section: the desk signs the piece
                or is_desk_line(n)
            ]
        elif names and [link.text.strip() for link in block.links] == [block.text.strip()]:
            # "<a href='/programmes/hiwar'>حوار الصباح</a>": a programme's name, linked
            # whole, opens like "حوار" and a name
            sections = _section_names(seg, r.md) if sections is None else sections
            if block.text.strip() in sections:
                continue
        if names:
            art.authors.extend(n for n in names if n not in art.authors)
            art.field_sources["authors"] = "byline"
            r.skip.add(block.index)
            if match_key(text.split(None, 1)[0].strip(" :：")) in _SUPERVISING_KEYS:
                edited.update(names)
        if in_kind(seg, block, _BYLINE_KINDS) or has_byline_prefix(block.text):
            art.sources.extend(agencies_in(block.text))
            outlet = byline_outlet(block.text) or byline_institution(text, site_names=site_names)
            if outlet:
                art.sources.append(Source(name=outlet))
    if edited and any(name not in edited for name in art.authors):
        # "إعداد: هالة منصور وعلي الشريف" beside "إشراف: د. عماد الزعبي": the writers
        # wrote it; a supervisor or a reviewer is an author only of an unsigned piece
        art.authors = [name for name in art.authors if name not in edited]


#: Who oversaw or checked a piece ("إشراف: …", "مراجعة: …", "تدقيق: …"), not who wrote it.
_SUPERVISING_KEYS: Final = frozenset(match_key(w) for w in REVIEW_PREFIXES)


def _before_a_date(text: str, r: _Reading) -> str:
    """The line up to the first date it shows, less the marks before that date."""
    found = scan_dates(text, reference_time=r.ctx.reference_time, default_tz=r.tz)
    return text[: found[0].start].rstrip(" -–—|·•،,") if found else text


#: A card's field: a short label, a colon and its value ("مواليد: 1968").
_FIELD_LINE: Final = re.compile(r"^\s*[^:：\d]{2,25}[:：]\s*\S")


def _writer_link_and_town(block: Block) -> tuple[str, str] | None:
    """The writer's linked name and, after it, alone, the town they file from."""
    links = [link for link in block.links if link.text.strip() and is_author_page(link.href)]
    if len(links) != 1:
        return None
    name = links[0].text.strip()
    text = block.text.strip()
    if not text.startswith(name):
        return None
    rest = text[len(name) :].strip(" -–—|·•،,")
    return (name, rest) if rest and is_place(rest) else None


def _writer_link_in_a_bio(block: Block) -> str | None:
    """The writer's linked name opening a sentence about them ("<address><a>رنا
    السويدي</a> محررة الشؤون المحلية …، تغطي ملفات النقل.</address>"): the link is the
    name, the rest their bio, which reads like more names when split."""
    links = [link for link in block.links if link.text.strip() and is_author_page(link.href)]
    if len(links) != 1:
        return None
    name = links[0].text.strip()
    rest = block.text.replace(name, "", 1).split()
    if len(rest) >= 5 and block.text.lstrip().startswith(name):
        return name
    # "يجيب عنها: <a>د. ريم العطار</a><span>استشارية الأمراض الجلدية</span>": the role
    # glued to the linked name by CSS alone, which no split of the line can undo
    at = block.text.find(name)
    after = block.text[at + len(name) : at + len(name) + 1]
    return name if after.isalpha() else None


#: "كتب عمرو سعيد: أطلقت جامعة القاهرة …": the writer signing the text's first words.
_SIGNED_LEAD: Final = re.compile(
    r"^(?P<byline>(?:كتب|كتبت)\s+(?P<name>[^:：.،,\d]{5,40}?))\s*[:：]\s+(?P<rest>\S.{79,})$",
    re.S,
)


#: Words that make "كتب …:" a sentence about someone writing, not a signature:
#: "كتب ترامب في منشور:", "كتب رئيس الوزراء عبر حسابه:".
_NOT_SIGNING_WORDS: Final = frozenset(
    "في على عبر من إلى عن منشور تغريدة حسابه صفحته رئيس وزير نائب زعيم مدير أمين".split()
)


def _signed_lead(r: _Reading) -> None:
    """The byline opening the first paragraph ("<p><b>كتب عمرو سعيد:</b> أطلقت …"): the
    writer, and the paragraph starts after the colon. Only a plain name of two to four
    words (the byline returns it unchanged) signs: "كتب الوزير على منصة إكس:" is prose."""
    art = r.art
    signed = _SIGNED_LEAD.match(art.body[0]) if art.body else None
    if signed is None:
        return
    name = signed.group("name").strip()
    words = name.split()
    if (
        not 2 <= len(words) <= 4
        or words[0].startswith("ال")  # "كتبت الصحيفة في افتتاحيتها:"
        or not _NOT_SIGNING_WORDS.isdisjoint(words)
    ):
        return
    if split_byline(signed.group("byline"), site_names=art.site_names) != [name]:
        return
    art.body[0] = signed.group("rest")
    if name not in art.authors and art.field_sources.get("authors") != "byline":
        # the page's signature over the metadata's writers, which name someone else
        art.authors = [name]
        art.field_sources["authors"] = "byline"


def _a_link_up_the_address(block: Block, url: str | None) -> bool:
    """A line that is one link to a folder of the article's own address: its section
    ("<a href='/index.php/economie'>اقتصاد</a>" on /index.php/economie/4527-…)."""
    if not url or len(block.links) != 1 or block.links[0].text.strip() != block.text.strip():
        return False
    target = resolve(block.links[0].href, url)
    if target is None:
        return False
    page, folder = urlsplit(url).path.rstrip("/"), urlsplit(target).path.rstrip("/")
    # (a writer's page the column's address sits under, "/writers/rami-haddad" over
    # "/writers/rami-haddad/2025/04/07/…", is the writer's: the name)
    return bool(folder) and page.startswith(folder + "/") and not is_author_page(target)


def _a_bare_name(text: str, site_names: tuple[str, ...]) -> bool:
    """Two to four words that read as a person's name and nothing else."""
    text = text.strip()
    return (
        2 <= len(text.split()) <= 4
        and len(text) <= 40
        and not any(ch.isdigit() for ch in text)
        and text[-1] not in ".،:؛!؟?"
        and split_byline(text, site_names=site_names) == [text]
    )


#: Where a row of credits and dates is cut into its cells.
_ROW_CELL: Final = re.compile(r"\s[|•·]\s")


#: A beat's or a section's name is this short.
_BEAT_WORDS: Final = 3


def _a_label_over_the_byline(seg: Segmented, block: Block) -> bool:
    """A short line with no byline word, right before the byline in the same box ("نفط
    وطاقة" | "كتب ناصر الخالدي"): the writer's beat, no name."""
    if has_byline_prefix(block.text) or len(block.text.split()) > _BEAT_WORDS:
        return False
    if any(is_author_page(link.href) for link in block.links) or (
        block.index and is_byline_label(seg.blocks[block.index - 1].text)
    ):
        return False  # "Par" | "<a href='/auteurs/…'>Claire Dubreuil</a>" | "ترجمة: …": a writer
    if len(block.path) < 2:
        return False
    box = block.path[-2]  # the byline's box around the beat's own
    if block.index + 2 >= len(seg.blocks):
        return False
    bar, after = seg.blocks[block.index + 1], seg.blocks[block.index + 2]
    return (
        not bar.text.strip(" |·•-–—")  # the bar between them
        and box in after.path
        and has_byline_prefix(after.text)
    )


def _a_byline_row(text: str) -> bool:
    """A row whose first cell is a byline and whose other cells are dates."""
    cells = _ROW_CELL.split(text)
    return (
        len(cells) >= 2
        and len(cells[0]) <= 60
        and has_byline_prefix(cells[0])
        and all(is_date_label(cell.split(":", 1)[0].strip()) for cell in cells[1:])
    )


#: A link to a writer's page however the site spells it ("/writer.php?wid=87",
#: "/Articles/Writer.aspx?wid=1187"), for a name linked whole in a byline box.
_WRITER_HREF: Final = re.compile(r"writer|author|kottab|kuttab|columnist", re.I)


def _a_named_writer(seg: Segmented, block: Block) -> bool:
    """The line is a link its class names as the writer's ("<a class='writer-name'
    href='/Articles/Writer.aspx?wid=1187'>…</a>"), or a name linked whole to a writer's
    page in a byline box ("<div class='writer_name'><a href='/writer.php?wid=87'>…</a>"):
    a person, though the breadcrumb ends on the same name."""
    owner = seg.elements[block.owner] if block.owner >= 0 else None
    if owner is None or owner.kind != "byline":
        return False
    return owner.tag == "a" or any(
        link.text == block.text.strip() and _WRITER_HREF.search(link.href) for link in block.links
    )


def _a_section_link(block: Block, text: str) -> bool:
    """``text`` is linked whole in ``block`` to a section's page: "<a href='/ar/news/
    economy'>اقتصاد محلي</a>" before the date names the story's section, not its writer
    (whose link goes to a writer's page, or carries the writer's number)."""
    return any(
        link.text == text
        and not is_author_page(link.href)
        and not any(ch.isdigit() for ch in link.href)
        and urlsplit(link.href).path.strip("/") != ""
        for link in block.links
    )


def _section_names(seg: Segmented, md: Metadata) -> frozenset[str]:
    """The link texts of the page's navigation (menus, breadcrumbs): its sections' and
    columns' names, which a writer's box may print beside the writer. A breadcrumb's
    last step is often no link ("الرئيسية » مقالات الرأي » رؤية"): its steps count too.
    So does a column's one-word name that opens the ``<title>`` ("نافذة | headline |
    site") or that JSON-LD gives as the alternative headline, and the section the
    metadata names (``article:section``: a radio programme's "حوار الصباح")."""
    names: set[str] = {
        part.strip()
        for part in _COLUMN_IN_TITLE.split(md.title_tag or "")
        if len(part.split()) == 1
    }
    alternative = jsonld_str(md.jsonld, "alternativeHeadline")
    if alternative and len(alternative.split()) == 1:
        names.add(alternative.strip())
    names.update(section.strip() for section in md.all("article:section"))
    for block in seg.blocks:
        if in_kind(seg, block, _NAV_KINDS):
            names.update(link.text for link in block.links)
            if block.links and _CRUMB_MARK.search(block.text):
                names.update(step.strip() for step in _CRUMB_MARK.split(block.text))
        elif block.links and len(block.text) <= 100 and len(_CRUMB_MARK.findall(block.text)) >= 2:
            # "الرئيسية » صحتك » عيادة القراء" in a box no class names: a breadcrumb all
            # the same, its linked steps (a column's last step may be its writer, unlinked)
            names.update(link.text for link in block.links)
    return frozenset(names)


#: What separates the parts of a ``<title>``.
_COLUMN_IN_TITLE: Final = re.compile(r"\s[|\-–—]\s")
#: What separates a breadcrumb's steps.
_CRUMB_MARK: Final = re.compile(r"\s[»›>/|]\s")


_DATELINE_SPLIT: Final = re.compile(r"[-–—/(]")
#: "من مراسلنا في دمشق", "موفدتنا إلى جنيف": the portal's own reporter, and where.
_OUR_REPORTER_IN: Final = re.compile(
    r"^\s*(?:من\s+)?(?:مراسلنا|مراسلتنا|مراسلينا|موفدنا|موفدتنا|مندوبنا)\s+(?:في|إلى|الى|ب)\s*"
    r"(?P<place>[^\d.،,:؛!؟?()\-–—]{2,25}?)\s*$"
)


def _header_dateline(r: _Reading) -> None:
    """A dateline or a credit line standing alone between the headline and the text,
    outside the text's box ("الرياض - واس" in a CMS field of its own above the body,
    "نقلاً عن وكالة رويترز" under the headline)."""
    for block in r.above_title:
        # a republished piece's note over the headline ("نُشر هذا المقال لأول مرة على موقع
        # «…»، وتعيد … نشره"): the outlet that first ran it
        first = first_published_in(block.text) if len(block.text) <= 300 else None
        if first is not None:
            r.art.sources.append(first)
    for block in r.header:
        if block.index >= r.first_body or block.index in r.skip or len(block.text) > 60:
            continue
        if in_kind(r.seg, block, _CAPTION_KINDS | _WIDGET_KINDS) or _a_figures_table_row(
            r.seg, block
        ):
            # "… في أطراف بغداد (أرشيف - رويترز)" credits a photo; "عُمان" beside its flag
            # in a match card names a team; "المصدر: الاتحاد الآسيوي" closing a standings
            # table credits the table
            continue
        before = r.seg.blocks[block.index - 1].text if block.index else ""
        # "المصدر" | "كونا": a details list's label, the credit in the next box
        labelled = is_credit_label(before)
        text = f"{before}: {block.text}" if labelled else block.text
        if has_credit_prefix(text):
            credited = read_credit_line(text)
            if credited:
                r.art.sources.extend(credited)
                r.skip.update((block.index, block.index - 1) if labelled else (block.index,))
                continue
        bare = block.text.strip(" ()[]-–—.|")
        if bare and len(bare) <= 30 and agency_code(bare):
            # "وات" alone in its field under the headline ("field--name-field-source")
            r.art.sources.extend(agencies_in(bare))
            r.skip.add(block.index)
            continue
        r.art.sources.extend(credit_after(block.text))  # "2024:04:03.10:15 المصدر: شينخوا"
        mirrored = first_published_in(block.text)  # "نشر في النهار الرقمي يوم 05 - 11 - 2024"
        if mirrored is not None:
            r.art.sources.append(mirrored)
            continue
        place = None if block.links else _place_alone(block)
        if place is not None:
            # "برلين" in a field of its own over the text ("field--name-field-dateline")
            r.art.dateline = r.art.dateline or place
            r.skip.add(block.index)
            continue
        if _filed_by(r.art, block.text):
            r.skip.add(block.index)
            continue
        reporter = _OUR_REPORTER_IN.match(block.text)
        if reporter is not None and is_place(reporter.group("place")):
            # "من مراسلنا في دمشق": the dateline, and no one named
            r.art.dateline = r.art.dateline or reporter.group("place")
            r.skip.add(block.index)
            continue
        wire = dated_standalone(block.text)  # "الرياض 15 رمضان 1446 هـ … 2025 م واس"
        if wire is not None:
            _take_dateline(r.art, wire)
            r.skip.add(block.index)
            continue
        head = _DATELINE_SPLIT.split(block.text, maxsplit=1)[0].strip()
        head = head.split(" في ", 1)[0]  # "الدوحة في 02 مارس /قنا/": the place, then the day
        if head == block.text.strip() or not (is_place(head) or is_ambiguous_place(head)):
            continue  # the cheap test first: a known place, then a dash, slash or "("
        dateline = read_dateline(block.text)
        if (
            dateline is not None
            and dateline.standalone
            and dateline.sources
            # "الرياض - واس", not "الصورة: …"; "الخبر - واس": Khobar, with its agency
            and (is_place(dateline.place or "") or is_ambiguous_place(dateline.place or ""))
        ):
            _take_dateline(r.art, dateline)
            r.skip.add(block.index)


def _take_dateline(art: RawArticle, dateline: Dateline) -> None:
    """Credit a dateline's agencies; its place is the article's unless one was read."""
    art.sources.extend(dateline.sources)
    place = dateline.place
    if place and "،" in place:
        # "ييوو، الصين": the city, then its country
        city, _, country = place.partition("،")
        if match_key(country.strip()) in COUNTRY_KEYS:
            place = city.strip()
    art.dateline = art.dateline or place


def _signed_with_a_role(text: str) -> bool:
    """A byline, then after a comma the writer's post: "بقلم الدكتور سامر الخطيب، أستاذ
    الاقتصاد السياسي في جامعة اليرموك" (no colon after its word, and longer than a
    byline alone, but the post is no sentence's clause)."""
    name, comma, post = text.partition("،")
    return bool(comma) and len(name) <= 60 and (is_role(post) or is_role_line(post.strip()))


def _unwrapped(text: str) -> str:
    """A credit set in parentheses on its own line, "(إعداد: قسم الأخبار الدولية)", without
    them; a wire's note of several credits ("(تغطية صحفية … - تحرير …)") stays whole."""
    inner = text.strip()
    if inner[:1] != "(" or inner[-1:] != ")":
        return text
    inner = inner[1:-1]
    if "(" in inner or ")" in inner or re.search(r"\s[-–—]\s", inner):
        return text
    return inner


def _without_transliterations(names: list[str]) -> list[str]:
    """The names less those in Latin letters that spell one of the Arabic names again."""
    arabic = [n for n in names if has_arabic(n)]
    return [n for n in names if has_arabic(n) or not any(transliterates(n, a) for a in arabic)]


#: A column's <title>: the writer, "يكتب:" and the headline ("سامر الحلبي يكتب: …").
_WRITES_IN_TITLE: Final = re.compile(
    r"^\s*(?P<name>[^:：|\-–—]{5,40}?)(?P<writes>\s+(?:يكتب|تكتب))?\s*[:：]\s*(?P<rest>\S.*)$"
)


def _writer_in_the_title(r: _Reading) -> None:
    """The writer a column's <title> names before the headline the page shows, when the
    page shows no byline ("سامر الحلبي يكتب: المدن التي تنسى أنهارها" over the <h1>
    "المدن التي تنسى أنهارها"). Without "يكتب" ("كريم الحلفي: مدينة تنتظر على رصيف
    الوعود | المدار العراقي"), the rest must be the headline and then the portal's name:
    a speaker quoted in a headline is in the headline too, and a name before the
    headline with none after it is the portal's ("البلقاء الإخبارية :: …")."""
    title = r.art.title
    if not title:
        return
    for text in (r.md.title_tag, r.md.first("og:title")):
        found = _WRITES_IN_TITLE.match(text or "")
        if found is None:
            continue
        rest, headline = match_key(found.group("rest")), match_key(title)
        if (
            rest.startswith(headline)
            and (found.group("writes") or _only_the_portal(rest[len(headline) :], r.art))
            and _a_bare_name(found.group("name"), r.art.site_names)
        ):
            r.art.authors = [found.group("name").strip()]
            r.art.field_sources["authors"] = "title"
            return


def _only_the_portal(key: str, art: RawArticle) -> bool:
    """What follows the headline in a <title> (folded) is the portal's name alone."""
    after = key.strip()
    return bool(after) and names_the_portal(after, art.site_names)


def _writers_linked_side_by_side(block: Block) -> list[str]:
    """Two or more writers' links that make up the whole line with nothing between them
    (a comma drawn by CSS alone): each link is a writer, though the text reads as one
    name ("حيدر الساعديزينب الموسوي")."""
    links = [link for link in block.links if is_author_page(link.href)]
    if len(links) < 2 or "".join(link.text.strip() for link in links) != block.text.strip():
        return []
    return [link.text.strip() for link in links]


def _rejoin_split_names(authors: list[str], named: list[str]) -> None:
    """One writer's name split at a "و" that opens its last word ("د. مارتن ويلز" read as
    "د. مارتن" and "يلز"), put back whole when the metadata ``named`` the writer so."""
    if len(authors) < 2:
        return
    keys = {match_key(n): clean_text(n) for n in named}
    at = 0
    while at + 1 < len(authors):
        # (the broken-off word alone: "محمد علي وأحمد سعيد" in the metadata is two)
        whole = keys.get(match_key(f"{authors[at]} و{authors[at + 1]}"))
        if whole is not None and " " not in authors[at + 1].strip():
            authors[at : at + 2] = [whole]
        at += 1


def _unglue_authors(r: _Reading) -> None:
    """Bylines glued by a layout that spaces its boxes with CSS alone, put right by the
    metadata's writers: two links joined by "و" (<a>أحمد يوسف</a><span>و</span><a>ريم
    خليل</a>) read as one name, or a name with its job title after it (<a>أحمد عبد
    السلام</a><span>مراسل الأفق</span>)."""
    md = r.md
    # "<a>يوهانس كلاين</a><span lang='de'>Johannes Klein</span>", each a line of the
    # byline box: the Latin name spells the Arabic one again
    r.art.authors[:] = _without_transliterations(r.art.authors)
    persons: list[str] = []
    if md.jsonld and "author" in md.jsonld:
        persons = jsonld_people(md.jsonld["author"])[0]
    _rejoin_split_names(r.art.authors, [*md.all("author"), *persons])
    if not md.jsonld or "author" not in md.jsonld:
        return
    keys = [match_key(p).replace(" ", "") for p in persons]
    if not all(keys):
        return
    glued = {"".join(keys), "و".join(keys)} if len(keys) >= 2 else set()
    authors = r.art.authors
    shown = {match_key(name).replace(" ", "") for name in authors}
    if (
        len(authors) > len(persons)
        and set(keys) <= shown
        and all(has_arabic(person) for person in persons)
    ):
        # "<a>أحمد سالم</a> <span lang='en'>Ahmed Salem</span>": every writer the metadata
        # names is shown in Arabic letters; a name in Latin letters beside them is one of
        # theirs, transliterated.
        authors[:] = _without_transliterations(authors)
    for at, name in enumerate(authors):
        key = match_key(name).replace(" ", "")
        if key in glued:
            authors[at : at + 1] = [clean_text(p) for p in persons]
            return
        for person, person_key in zip(persons, keys, strict=True):
            rest = name[len(person) :] if name.startswith(person) else ""
            if key != person_key and key.startswith(person_key) and rest and is_role(rest):
                authors[at] = clean_text(person)  # "أحمد عبد السلاممراسل الأفق"


def _authors_from_metadata(r: _Reading) -> None:
    """Authors the metadata names, when the page shows no byline: only names it shows."""
    md, art, site_names = r.md, r.art, r.art.site_names
    persons: list[str] = []
    orgs: list[str] = []
    if md.jsonld and "author" in md.jsonld:
        persons, orgs = jsonld_people(md.jsonld["author"])
    # an editorial desk typed as an Organization ("فريق التحرير") is credited as a writer
    persons += [name for name in orgs if is_desk_line(name)]
    persons += md.all("author") + md.microdata.get("author", [])[:1]
    own = [match_key(n) for n in site_names]
    for name in orgs + persons:
        key = match_key(name)
        if not any(key and key in site for site in own):  # the publisher is no source
            art.sources.extend(agencies_in(name))
    candidates = [n for p in persons for n in split_byline(p, site_names=site_names)]
    visible_names = _visible_in_page(candidates, r.seg)
    # "<a href='/authors/laith-zoghbi'><img alt='ليث الزغبي'></a>": the writer's face,
    # linked to the writer's page, shows the name the metadata gives
    faces = {match_key(i.text) for i in r.seg.linked_images if is_author_page(i.href)}
    visible_names += [n for n in candidates if n not in visible_names and match_key(n) in faces]
    hidden = [n for n in candidates if n not in visible_names]
    if hidden:
        art.warnings.append(f"authors: metadata names {hidden!r}, not shown on the page; left out")
    if visible_names:
        art.authors = list(dict.fromkeys(visible_names))
        art.field_sources["authors"] = "metadata"


_OTHER_WRITERS_KINDS: Final = _NAV_KINDS | {"related", "comments", "tags"}
_CARD_KINDS: Final = _BIO_KINDS | _BYLINE_KINDS
_ABOUT_THE_WRITER_KEYS: Final = frozenset(match_key(t) for t in ABOUT_THE_WRITER)


def _among_other_writers(seg: Segmented, block: Block) -> bool:
    """In a box of other pages' writers: navigation, teasers, comments, a sidebar widget.
    An article's own ``<footer>`` is read as a widget too, and holds its writer's card."""
    for i in block.path:
        element = seg.elements[i]
        if element.kind in _OTHER_WRITERS_KINDS or _a_side_box(element):
            return True
    return False


def _a_side_box(element: Element) -> bool:
    """A widget beside the text; an article's own ``<footer>`` is read as a widget too,
    and holds its writer's card."""
    return element.kind == "widget" and element.tag != "footer"


def _writer_behind_a_face(r: _Reading) -> None:
    """The lone "بقلم" label over the writer's face, linked to the writer's page (JNews's avatar
    byline), or that face alone in the byline's box (a Next.js byline of a face, a place
    and a time): the picture's alt or the link's title names the writer. Only one writer's
    face on the page: a sidebar of columnists' faces names no one."""
    seg = r.seg
    labels = [b for b in r.header if b.index < r.first_body and is_byline_label(b.text)]
    if any(
        # the name after the label, as text ("بواسطة" | "واس"): read as the byline is
        b.index + 1 < len(seg.blocks) and in_kind(seg, seg.blocks[b.index + 1], _BYLINE_KINDS)
        for b in labels
    ):
        return
    faces = [i for i in seg.linked_images if is_author_page(i.href)]
    if not labels and not any(
        seg.elements[box].kind in _BYLINE_KINDS for face in faces for box in face.path
    ):
        return
    # (WordPress's Arabic avatar alt is "صورة الوطن", the account's picture: its name)
    names = {_PICTURE_OF.sub("", i.text) for i in faces}
    if len(names) == 1 and not agencies_in(next(iter(names))):
        found = split_byline(names.pop(), site_names=r.art.site_names)
        if found:
            r.art.authors = found
            r.art.field_sources["authors"] = "byline"


#: "صورة" ("picture of") before the name an avatar's alt gives.
_PICTURE_OF: Final = re.compile(r"^\s*صور[ةه]\s+(?=\S)")


def _authors_from_bio(r: _Reading) -> None:
    """The writer named only in the "about the writer" box after the text.

    With no byline and no shown name in the metadata, the card that presents the writer
    (<section class="author-card"><a href="/authors/…">name</a><p>bio…</p>) still says
    who wrote the piece. Only a short line that reads as a name is taken, from the first
    such card, and never from a box of other writers in a sidebar.
    """
    seg = r.seg
    # The boxes that may be the card, found once: most lines are in none of them.
    cards = {i for i, e in enumerate(seg.elements) if e.kind in _CARD_KINDS}
    if not cards:
        return
    for block in seg.blocks[r.first_body :]:
        if len(block.text) > 40 or cards.isdisjoint(block.path):
            continue
        if not (
            in_kind(seg, block, _BIO_KINDS)
            # a byline-marked card under its title "عن الكاتب"
            or (
                in_kind(seg, block, _BYLINE_KINDS)
                and block.index > 0
                and match_key(seg.blocks[block.index - 1].text) in _ABOUT_THE_WRITER_KEYS
            )
        ) or _among_other_writers(seg, block):
            continue
        names = split_byline(block.text, site_names=r.art.site_names)
        if names:
            r.art.authors = names
            r.art.field_sources["authors"] = "bio"
            return


#: Lines under the headline where a writer's name glued to the date is looked for.
_UNDER_TITLE: Final = 3


def _name_before_the_date(r: _Reading) -> None:
    """A writer's name set before the date in the line under the headline, with no
    byline word: "<span>رامي حداد</span><span>16 مارس 2024</span>", which CSS alone
    spaces ("رامي حداد16 مارس 2024"). Two to four words that read as a name, not a
    place, a label or the site's name."""
    if r.title_block is None:
        return
    start = r.title_block.index + 1
    for block in r.seg.blocks[start : start + _UNDER_TITLE]:
        if block.index not in r.date_blocks:
            continue
        found = scan_dates(block.text, reference_time=r.ctx.reference_time, default_tz=r.tz)
        if not found:
            continue
        raw = block.text[: found[0].start].rstrip(" |·•-–—،,")
        before = raw.strip(" |·•-–—،,:")
        # "تاريخ العرض: 3 مارس": a label's colon, or a label's first word, is no name
        if (
            not 2 <= len(before.split()) <= 4
            or raw.endswith((":", "："))
            or is_date_label(before)
            or is_date_label(before.split()[0])
        ):
            return
        names = split_byline(before, site_names=r.art.site_names)
        # "<a href='/news/economy'>اقتصاد محلي</a> الخميس 11 كانون الأول": the story's
        # section, linked to the section's page
        if names == [before] and not _a_section_link(block, before):
            r.art.authors = names
            r.art.field_sources["authors"] = "byline"
        return


def _source_organization(r: _Reading) -> None:
    """The outlet a republished story comes from: JSON-LD ``sourceOrganization``.

    An aggregator prints another outlet's story and names that outlet there (and on the
    page: "اقرأ المزيد على موقع …"). A portal naming itself is the publisher, no source;
    a name the page does not show is not taken.
    """
    if not r.md.jsonld or "sourceOrganization" not in r.md.jsonld:
        return
    value = r.md.jsonld["sourceOrganization"]
    items = value if isinstance(value, list) else [value]
    # A news outlet, or an agency by its name; a company issuing its own press release
    # ("@type": "Organization" on a newsroom page) is no outlet.
    outlets = [
        item["name"].strip()
        for item in items
        if isinstance(item, dict)
        and isinstance(item.get("name"), str)
        and ("newsmediaorganization" in jsonld_types(item) or agencies_in(item["name"]))
    ]
    own = [match_key(n) for n in r.art.site_names]
    for name in _visible_in_page(outlets, r.seg):
        key = match_key(name)
        if key and not any(key in site or site in key for site in own):
            r.art.sources.extend(agencies_in(name) or [Source(name=name)])


#: A caption of more words than this (digits and marks aside) is a sentence, not a stamp.
_STAMP_WORDS: Final = 6


def _words(text: str) -> int:
    """Words of letters in a line: "الجمعة 07 فبراير 2025 | 08:00 م" has three."""
    return sum(1 for w in text.split() if w.isalpha())


#: Lines past the kicker's reach over the headline where a date line alone still counts.
_DATE_ABOVE_EXTRA: Final = 2
#: … and where a labelled date ("التاريخ:" in a details table) still counts, with the
#: cells after its label that may hold it (the day, a separator, the time).
_LABELLED_ABOVE: Final = 10
_LABELLED_CELLS: Final = 4


def _a_rows_label(seg: Segmented, th: Block) -> bool:
    """A ``<th>`` whose next line sits in a ``<td>``: the label of its row's value, not a
    column's head (a head is followed by the next head)."""
    nxt = seg.blocks[th.index + 1] if th.index + 1 < len(seg.blocks) else None
    return nxt is not None and any(seg.elements[i].tag == "td" for i in nxt.path)


#: A labelled date line closing the text is this short ("آخر تحديث: … - ٠٤:٠٥ مساءً").
_TAIL_LABEL_CHARS: Final = 80


def _read_dates(
    r: _Reading, machine_published: Timestamp | None, machine_modified: Timestamp | None
) -> None:
    """Published and modified: the visible dates, checked against the machine ones."""
    art, ctx, seg = r.art, r.ctx, r.seg
    # A date just above the headline comes last, so a date under it wins, and only a
    # written one counts ("المنارة اليوم" is a logo, not today), or one in a box marked
    # as the date ("<dd class='published'>قبل يومين</dd>"); the row's separators come
    # with them, so the date and its time side by side still join ("12 مارس 2025" | "|" |
    # "۱۴:۲۰").
    above = [
        b
        for b in r.above_title
        if any(ch.isdigit() for ch in b.text)
        or in_kind(seg, b, _DATE_KINDS)
        or is_separator(b.text)
    ]
    if r.title_block is not None and r.above_title:
        # An email's web copy dates the issue in its header, a few rows over the story's
        # headline: a line that is a date and nothing else, a little further up.
        top = r.above_title[0].index
        above += [
            b
            for b in seg.blocks[max(0, top - _DATE_ABOVE_EXTRA) : top]
            if is_date_line(b.text, reference_time=ctx.reference_time, default_tz=r.tz)
            or is_separator(b.text)
        ]
        # A details table over the headline, its date under its label ("التاريخ:" |
        # "18/06/2024" | "-" | "04:25 م"): the label says whose date it is.
        for b in seg.blocks[max(0, top - _LABELLED_ABOVE) : max(0, top - _DATE_ABOVE_EXTRA)]:
            if is_date_label(b.text):
                above += seg.blocks[b.index : min(b.index + _LABELLED_CELLS, top)]
    # a fixtures or a schedule table under the headline ("<th>التاريخ</th>" over a date
    # per row): its rows' dates are the events', not the page's
    # (a details table's rows, each a label cell and its value, "<th>تاريخ الإصدار</th>
    # <td>18/09/2024</td>", date the page: a row's label is no column's head)
    heads = [b for b in r.header if b.tag == "th"]
    headed = {table_of(seg, b) for b in heads if not _a_rows_label(seg, b)} - {-1}
    visible = read_visible(
        [
            b
            for b in r.header
            if b.index not in r.skip
            and headed.isdisjoint(b.path)
            # "توقف المباراة بملعب 5 جويلية" under the lead picture: a caption's sentence
            # names a stadium or the photo's day (a forum's caption cell "أمس, 10:42
            # PM" is a stamp)
            and not (in_kind(seg, b, _CAPTION_KINDS) and _words(b.text) > _STAMP_WORDS)
        ]
        + r.byline_lines
        + above,
        reference_time=ctx.reference_time,
        default_tz=r.tz,
    )
    r.date_blocks = frozenset(visible.blocks)
    published, modified = visible.published, visible.modified
    # (a relative date under the headline, "منذ ساعة", rounds the one written out below)
    counted = published is not None and is_counted_back(published)
    if (
        (published is None or modified is None or counted)
        and r.region is not None
        and r.region.blocks
    ):
        # "نشر بتاريخ: …", "آخر تعديل …" printed under the text (forum posts, some CMS
        # footers): only labelled dates there, an unlabelled one is a comment's.
        end = r.region.blocks[-1].index + 1
        # (the text's own last lines among them: "<div class='article-update'>آخر تحديث:
        # …</div>" closing the text's box)
        while (
            end - 1 > r.region.blocks[0].index
            and len(seg.blocks[end - 1].text) <= _TAIL_LABEL_CHARS
            and holds_a_date_label(seg.blocks[end - 1].text)
        ):
            end -= 1
        # (a tag list or a share bar between is passed over: K2 prints the update time
        # under the item's category and tags; so is a widget's line that labels no date,
        # a breaking-news ticker's set between the text and its footer's "آخر تعديل في")
        after: list[Block] = []
        for b in seg.blocks[end : end + _TAIL_REACH]:
            if in_kind(seg, b, _PASSED_OVER) or (
                in_kind(seg, b, _WIDGET_KINDS)
                and not holds_a_date_label(b.text)
                # (the value under its label alone: "آخر تحديث:" | "18/03/2024 10:05")
                and not (after and after[-1].index == b.index - 1 and is_date_label(after[-1].text))
            ):
                continue
            after.append(b)
        tail = read_visible(
            after[:_TAIL_LINES],
            reference_time=ctx.reference_time,
            default_tz=r.tz,
            labelled_only=True,
        )
        if (
            counted
            and published is not None
            and tail.published is not None
            and sharpens(tail.published, published)
        ):
            published = tail.published
        published, modified = published or tail.published, modified or tail.modified
    stamp = seg.blocks[visible.published_at] if visible.published_at is not None else None
    marked = (
        stamp is not None
        and published is not None
        and published is visible.published
        and published.precision != "day"
        and not published.year_inferred
        and in_kind(seg, stamp, _DATE_KINDS)
        and stamp not in above
    )
    in_url = url_date(art.url) or url_date(ctx.url)  # the day the address is filed under
    art.published = (
        choose(
            machine_published,
            published,
            label="published",
            warnings=art.warnings,
            reference_time=ctx.reference_time,
            marked=marked,
        )
        or in_url
    )
    if (
        in_url is not None
        and art.published is not None
        and art.published is visible.published
        and stamp is not None
        and stamp in above
        and art.published.datetime.date() != in_url.datetime.date()
    ):
        # The top bar's "today" over the headline ("الأربعاء 20 مارس 2024") against the
        # day the article's address was filed under (/2024/03/15/): the address is the
        # article's, the bar the day the page was served.
        art.warnings.append(
            f"published: {art.published.text!r} above the headline is not the address's "
            f"day {in_url.text!r}; the address's day is used"
        )
        art.published = in_url
    if art.published is in_url and in_url is not None:
        # "10:45 ص" alone under the headline, the day only in the address (/2025/03/15/)
        clock = next(
            (b for b in r.header if _CLOCK_ONLY.match(b.text) and in_kind(seg, b, _DATE_KINDS)),
            None,
        )
        if clock is not None:
            art.published = on_day_of(in_url, clock.text, ctx.reference_time, r.tz) or in_url
    art.modified = choose(
        machine_modified,
        modified,
        label="modified",
        warnings=art.warnings,
        reference_time=ctx.reference_time,
    )
    if (
        modified is not None
        and art.modified is machine_modified
        and machine_modified is not None
        and art.published is not None
        and _before(machine_modified, art.published)
    ):
        # A CMS that stamps the update before the publication (a bug), while the page
        # shows when it was updated: the page is right.
        art.warnings.append(
            f"modified: machine-readable {machine_modified.text!r} is before the "
            f"publication; the visible {modified.text!r} is used"
        )
        art.modified = modified
    if art.published is not None:
        art.field_sources["published"] = art.published.source


#: A short label and its bar or colon before a line ("عاجل | …", "خاص: …").
_LABEL_BEFORE: Final = re.compile(r"^\s*[^\s|:：]+(?:\s[^\s|:：]+)?\s*[|:：]\s*")


def _read_body(r: _Reading) -> list[Block]:
    """The body lines, with credits, datelines and notes taken out of its edges."""
    art, site_names = r.art, r.art.site_names
    ref, tz = r.ctx.reference_time, r.tz
    body: list[Block] = []
    # The edges are counted among the lines still in question: a byline or a date line
    # already read does not push a standalone dateline out of the first lines.
    candidates_lines = [
        ln
        for ln in r.lines
        if ln.kind in (None, "caption")
        and ln.block.index not in r.skip
        and ln.block.index not in r.date_blocks
    ]
    credit_label = False
    named_next = -1  # the line after a standalone dateline at the text's start
    signed_at = -2  # the line read as a statement's signature
    last = len(candidates_lines)
    # The first paragraph of prose opens with the dateline even below a summary's
    # bullets ("النقاط الرئيسية" and four points, then "الرياض (واس) - …").
    first_prose = next(
        (
            pos
            for pos, ln in enumerate(candidates_lines)
            if ln.kind is None
            and len(ln.block.text) >= PROSE_CHARS
            and ln.block.tag not in _NOT_PARAGRAPH_TAGS
        ),
        -1,
    )
    for pos, line in enumerate(candidates_lines):
        block = line.block
        at_edge = pos < _EDGE or pos >= last - _EDGE
        # In a caption's box only a labelled credit is the story's: "رويترز / أرشيفية"
        # under a photo credits the photo; "(واج)" in a credit box right after the last
        # paragraph credits the story. A live blog's updates are stories of their own:
        # "<footer class='entry-source'>(أ ف ب)</footer>" under any update's text.
        after_prose = (
            (pos >= last - _EDGE or (r.md.live_blog and not _in_a_figure(r.seg, block)))
            and pos > 0
            and candidates_lines[pos - 1].kind is None
            and len(candidates_lines[pos - 1].block.text) >= PROSE_CHARS
        )
        if (
            opens_with_credit_label(block.text) or _DATA_LABEL.match(block.text)
        ) and _under_a_table(r.seg, block):
            continue  # "المصدر: مؤسسة البترول" under a table of figures: the table's source
        if (at_edge or after_prose) and (
            line.kind is None or opens_with_credit_label(block.text) or after_prose
        ):
            credit = read_credit_line(block.text)
            if credit is not None:
                art.sources.extend(credit)
                alone = read_dateline(block.text) if pos < _EDGE else None
                if alone is not None and alone.standalone and is_place(alone.place or ""):
                    art.dateline = art.dateline or alone.place  # "إسطنبول/ الأناضول" alone
                continue
        if pos > _EDGE and len(block.text) <= 40 and line.kind is None:
            # "الرياض - واس" standing alone further down: a second part from an agency
            # (in a caption's box, "(Omar Khalil)" credits the photo).
            credit_line = read_dateline(block.text)
            if credit_line is not None and credit_line.standalone and credit_line.sources:
                art.sources.extend(credit_line.sources)
                continue
        placed = _PLACE_EXCLUSIVE_BYLINE.match(block.text) if pos <= _EDGE else None
        if placed is not None and line.kind is None and is_place(placed.group("place")):
            names = split_byline(placed.group("byline"), site_names=site_names)
            mark = (placed.group("mark") or "").strip()
            # "عدن - خاص - كتب: …" (the portal's own), "تونس - وات - كتبت …" (an agency's)
            credited = agencies_in(mark) if mark and not is_exclusive_mark(mark) else []
            if (
                names
                and (not mark or is_exclusive_mark(mark) or credited)
                and (
                    has_byline_prefix(placed.group("byline"))
                    # "حلب-سانا- ريم الحسين": the agency's reporter, named bare after it
                    or (credited and _a_bare_name(placed.group("byline"), site_names))
                )
            ):
                art.sources.extend(credited)
                art.dateline = art.dateline or placed.group("place").strip()
                art.authors.extend(n for n in names if n not in art.authors)
                art.field_sources["authors"] = "byline"
                continue
        if pos <= _EDGE and line.kind in (None, "lead") and _filed_by(art, block.text):
            continue  # "الناصرية/ حيدر الساعدي" alone over the text
        by = _BY_NAME.match(block.text) if pos <= _EDGE and line.kind is None else None
        if (
            by is not None
            and _a_bare_name(by.group("name"), site_names)
            and not is_place(by.group("name"))
            and pos + 1 < len(candidates_lines)
            and read_dateline(candidates_lines[pos + 1].block.text) is not None
        ):
            # "من كريم الصافي" over "بغداد (رويترز) - …": the wire's "by", its writer
            _signed_by(art, by.group("name").strip())
            continue
        marked = _EXCLUSIVE_OWN.match(block.text) if pos <= _EDGE else None
        if marked is not None and names_the_portal(marked.group("own"), site_names):
            continue  # "خاص - الراصد" over the text: the portal's own report, a kicker
        opening = _writer_and_town(block.text, site_names) if pos <= _EDGE else None
        if opening is not None and line.kind is None and not is_place(opening[0]):
            # "فهد العتيبي - حائل" over the text: the writer, and where from (a live page
            # signs each entry so, from a town of its own: no dateline then)
            if not _entries_signed(candidates_lines, art.authors):
                art.dateline = art.dateline or opening[1]
            _signed_by(art, opening[0])
            continue
        if art.authors and line.kind is None and _a_writers_entry_byline(block.text, art.authors):
            continue  # "رنا الحياري - عمّان" over a live page's entry: one of its writers
        exclusive = _EXCLUSIVE_BYLINE.match(block.text) if pos <= _EDGE else None
        if (
            exclusive is not None
            and line.kind is None
            and _a_bare_name(exclusive.group("name"), site_names)
            and (not art.authors or exclusive.group("name") in art.authors)
        ):
            # "عمر الزعبي - خاص" over the text: the writer, and the piece is the portal's own
            _signed_by(art, exclusive.group("name"))
            continue
        if (
            pos >= last - 2
            and not art.authors
            # wire copy ("دمشق-سانا" opened it), or a name set apart in bold
            and ((art.dateline is not None and art.sources) or block.bold)
            and line.kind is None
            and block.tag not in _NOT_PARAGRAPH_TAGS
            and body
            and body[-1].text.rstrip().endswith(".")
            and _a_bare_name(block.text, site_names)
            and all(
                ln.kind is not None or line_kind(ln.block.text) is not None
                for ln in candidates_lines[pos + 1 :]
            )
        ):
            # "دمشق-سانا …" … "مقارنة بالمخطط." then "ميس العبد الله": the reporter
            # signing the agency's story at its end (a union's statement may close on
            # a bare slogan, "عاشت نضالات الطبقة العاملة": no dateline opened it)
            _signed_by(art, block.text.strip())
            continue
        if pos >= last - _EDGE and _MOURNERS.match(block.text):
            continue  # "الآسفون: آل الخطيب في نابلس والأردن والمهجر" signing a death notice
        if pos >= last - _EDGE and _the_writers_note(block.text, art.authors):
            continue  # "ماركوس لينديمان، كبير الاقتصاديين السابق في …" closing his column
        if pos >= last - 2 and _the_writer_signing(block, art.authors):
            continue  # "د. منى العطار<br>أكاديمية متخصصة في التخطيط العمراني" closing her column
        signer = _a_closing_signature(block, site_names) if pos >= last - 2 else None
        if signer is not None and (not art.authors or signer in art.authors):
            # "د. عوض الكريم محمد نور<br>أستاذ الاقتصاد الزراعي<br>awad…@mail-sd.net"
            _signed_by(art, signer)
            continue
        if (
            pos >= last - _EDGE
            and not art.authors
            and block.tag not in HEADING_TAGS
            and _over_a_note_on_the_writer(r, candidates_lines, pos)
            and _a_bare_name(signature := _NOTE_MARK.sub("", block.text), site_names)
        ):
            # "د. نبيل العمري" over "* كاتب وباحث سياسي" closing an unsigned column (or
            # "منذر الخمّاسي (*)" over "(*) أستاذ جامعي …"): the writer's signature and
            # the note on who they are
            _signed_by(art, signature.strip())
            continue
        if (
            # (or a name in bold alone over the text's first paragraph: "<p><strong>محمود
            # الشافعي</strong></p>" opening a column)
            (
                pos == named_next
                or (
                    pos == 0
                    and block.bold
                    and first_prose == 1
                    and not _the_portals_desk(block.text, site_names)  # "آسو ديجيتال"
                )
            )
            # no writer yet, or this one (the metadata's, shown here)
            and (not art.authors or block.text.strip() in art.authors)
            and block.tag not in HEADING_TAGS  # a subheading is no signature
            and _a_bare_name(block.text, site_names)
        ):
            # "إدلب - خاص" | "محمد العلي": the name alone under a standalone dateline
            _signed_by(art, block.text.strip())
            continue
        if pos <= _EDGE and opens_with_role_label(block.text):
            # "راجعه طبياً: د. خالد الزهراني، استشاري …" under the writer's byline at the
            # head of the text: the reviewer's credit, no writer and no text
            continue
        # the first lines, and one more (a caption may come first), and the first prose
        if pos <= _EDGE or pos == first_prose:
            place = None if line.kind is not None else _place_alone(block)
            if place is not None:
                art.dateline = art.dateline or place  # "بغداد" alone above the text
                continue
            own = _place_and_own_name(block.text, site_names)
            if own is not None:  # "طرابلس – «منارة الشرق»": the portal credits itself
                art.dateline = art.dateline or own
                continue
            after_own = _after_the_portals_name(block.text, site_names)
            own_line = _the_portals_own_credit(after_own) if after_own is not None else None
            if own_line is not None:
                # "عدن الغد - خاص:"; "أثير - مكتب أثير في صلالة": the portal's own report,
                # from its office there
                art.dateline = art.dateline or own_line or None
                continue
            if after_own is not None and _a_bare_name(after_own, site_names):
                _signed_by(art, after_own)  # "عمون - ليث العبادي": the portal's own writer
                continue
            dateline = read_dateline(block.text, own_names=site_names)
            if (
                dateline is not None
                and not dateline.sources
                and block.tag in _LIST_TAGS
                and _PLACE_LABEL.match(block.text)
            ):
                dateline = None  # "الطارف: 5 حرائق …": a list's item, its label a place
            if dateline is not None and line.kind is not None:
                # In a caption box only a whole-line "الرياض - واس" of a known place is
                # one: "… في أنطاكية - الأناضول" is a caption and its photo credit.
                known = dateline.standalone and is_place(dateline.place or "")
                dateline = dateline if known else None
            if dateline is not None:
                _take_dateline(art, dateline)
                if dateline.standalone or _role_after_place(block.text, dateline.place):
                    named_next = pos + 1  # the writer's name may stand on the next line
                    continue  # "الرياض - واس"; "الخرطوم: مراسل الموقع" (a place, a role)
                names = _names_after_place(block.text, site_names)
                if names:  # "القاهرة - أحمد علي وسارة محمد": a byline, not a sentence
                    art.authors.extend(n for n in names if n not in art.authors)
                    art.field_sources["authors"] = "byline"
                    continue
                reporter = _REPORTER_AFTER_CREDIT.match(block.text)
                if (
                    reporter is not None
                    and not art.authors
                    and dateline.sources
                    and _a_bare_name(reporter.group("name"), site_names)
                ):
                    # "عمان 2 حزيران (بترا) - محمد الخوالدة - أقر …": the agency's reporter
                    _signed_by(art, reporter.group("name").strip())
        if not body and pos < _EDGE and notes_where_it_comes_from(block.text):
            # "ملاحظة: يُعاد نشر هذا التقرير بالاتفاق مع بي بي سي عربي، …" over the text:
            # the note on the piece, and the outlet it comes from
            first = first_published_in(block.text)
            if first is not None:
                art.sources.append(first)
            continue
        if (
            line.kind is not None
            # "90+6'", "1 / 8": no words (a timeline's year as its subheading is text)
            or (
                not any(ch.isalpha() for ch in block.text)
                and not (block.tag in HEADING_TAGS and _YEARS.fullmatch(block.text.strip()))
            )
            or _COUNT_ONLY.match(block.text)  # "1.2 ألف": a count of claps or views
            # "* القيم تقريبية …": a table's footnote in its last cell, or right under it
            or (
                block.text.lstrip().startswith("*")
                and (
                    block.tag in _CELL_TAGS
                    or (block.index > 0 and r.seg.blocks[block.index - 1].tag in _CELL_TAGS)
                )
            )
            # A correction boxed above the text is the editors'; printed as the last
            # paragraph it is the story's own closing line.
            or (
                not body
                and pos < _EDGE
                and _EDITORS_NOTE.match(block.text)
                # (on a page whose headline announces the correction, it is the text)
                and not match_key(art.title or "").startswith(
                    match_key(block.text.split(":", 1)[0])
                )
            )
            or (pos < _EDGE and _UPDATE_COUNT.match(block.text))  # "(تحديث 2)" over the text
            # the writer's email under the byline
            or (pos < _EDGE and _ADDRESS_ONLY.match(block.text))
            # "08:53 م" over a live entry: its time, and its pinned badge ("📌 مثبت")
            or _CLOCK_ONLY.match(_PINNED.sub("", block.text, 1))
            or (len(block.text) < 120 and _ARCHIVE_CAPTION.search(block.text))
            or (
                is_date_line(block.text, reference_time=ref, default_tz=tz)
                and not _a_dated_item(block)
                # "دمشق في 3 آذار 2025" after a statement's text: its own closing line
                and not (pos > first_prose and _a_place_and_its_day(block.text))
            )
            or block.text.strip(" -–—|") in site_names  # "- مصراوي": the portal signs off
            or _the_portals_desk(block.text, site_names)  # "آسو ديجيتال" over the text
            or is_source_note(block.text)
            or (pos < first_prose and _a_figure_box(block))
            or (
                pos < _EDGE
                and len(block.text) <= _CLOSING_CHARS
                and _COPY_NOTICE.search(match_key(block.text)) is not None
            )
        ):
            continue
        if pos >= last - _EDGE and (
            (
                len(block.text) <= _CLOSING_CHARS
                and _CLOSING.search(match_key(block.text))
                # (a statement quoted closing on the same plea, "… يُرجى التواصل على
                # الخط الساخن للوزارة.»", is the ministry's words, not the portal's note)
                and not _closes_a_quotation(block.text)
            )
            or _WIRE_NOTE.match(block.text)
            or is_wire_end(block.text)
            or _CONTACT.search(block.text)
            or is_writer_note(block.text)
            or _starred_writer(block.text, art.authors)
            or _ADDRESS_ONLY.match(block.text)
            or _a_dated_signature(block.text, ref, tz)
            or _signed_where_and_when(block.text, art.authors, ref, tz)
            or _CLOSING_EDITORS_NOTE.match(block.text)
            or notes_where_it_comes_from(block.text)  # "ملاحظة: هذا الخبر منقول"
            # the writer's name alone signing the end, over their post and town
            or block.text.strip(" *-–—،,.") in art.authors
        ):
            continue  # "الآراء الواردة أدناه لا تعبر عن رأي الموقع", "(تغطية صحفية …)"
        # (with the mark of its note, too: "مهند الجبوري (*)" over "(*) كاتب عراقي")
        if (
            pos < first_prose
            and art.authors
            and _NOTE_MARK.sub("", block.text).strip() in art.authors
        ):
            continue  # the writer's name alone over the text (its label hidden to the eye)
        if (
            pos < first_prose
            and not art.authors
            and _NOTE_MARK.search(block.text)
            and _a_bare_name(starred := _NOTE_MARK.sub("", block.text), site_names)
            and any(is_writer_note(ln.block.text) for ln in candidates_lines[-_EDGE:])
        ):
            # "عبد الرحيم الودغيري*" over the text, "* كاتب وباحث" closing it: the writer
            # and the note the star points to
            _signed_by(art, starred.strip())
            continue
        noted = (
            _starred_note_names(block.text, site_names)
            if pos >= last - _EDGE and not art.authors
            else None
        )
        if noted is not None:
            _signed_by(art, noted)  # "* سليم بن عمار كاتب وباحث تونسي" closing the column
            continue
        bracketed = _NAME_IN_BRACKETS.match(block.text) if pos >= last - _EDGE else None
        if (
            bracketed is not None
            and not art.authors
            and _a_bare_name(bracketed.group("name"), site_names)
        ):
            _signed_by(art, bracketed.group("name").strip())  # "(سلمى الحربي)" closing it
            continue
        signed = _writer_and_town(block.text, site_names) if pos >= last - _EDGE else None
        if signed is not None and not art.authors:
            _signed_by(art, signed[0])  # "محمد علي - الزرقاء" closing a reader's letter
            continue
        about = _ABOUT_US.match(block.text) if pos >= last - _EDGE else None
        if about is not None and any(
            key and match_key(about.group("rest")[:80]).startswith(key)
            for key in (match_key(n) for n in site_names)
        ):
            continue  # "عن المركز: <the site's own name> مؤسسة …": the publisher's blurb
        role_signed = _ROLE_THEN_NAME.match(block.text) if pos >= last - _EDGE else None
        if (
            role_signed is not None
            and is_role(role_signed.group("role"))
            and split_byline(role_signed.group("name"), site_names=site_names)
            == [role_signed.group("name").strip()]
        ):
            # "رئيس التحرير، مازن العبيدي" signing an editor's letter: who, not text
            if not art.authors:
                _signed_by(art, role_signed.group("name").strip())
            continue
        if block.tag not in _NOT_PARAGRAPH_TAGS and (
            (pos >= last - 2 and (_a_signatory(block.text) or _an_office_alone(block.text)))
            # "«… حدادًا على روحه».", then "نقيب محرري الصحافة<br>أنطوان شديد": the
            # quoted statement's signature, the story going on after it
            or (body and _QUOTE_CLOSED.search(body[-1].text) and _a_signatory(block.text))
            # any short line, no sentence, right under the document's "حرر في …" signs it
            # ("أ.د. كريم جاسم الربيعي<br>وزير التربية")
            or (body and _DOCUMENT_DATED.match(body[-1].text) and _signature_shaped(block.text))
            # "وفيما يلي نص البيان:" a few paragraphs up: the statement's signature, the
            # story going on after it ("المهندس رزگار محمد صالح<br>مدير عام سد دربندخان")
            # (a name and an office: "رئيس الجمهورية" alone heads a decree's text)
            or (
                len(block.text) <= _SIGNATORY_CHARS
                and len(block.text.split()) >= _SIGNED_WORDS
                and _a_signatory(block.text)
                and _quoting_a_statement(body)
            )
        ):
            # "نقيب الصحفيين / د. سامي الخطيب" signing a statement, or any signature
            # right under the document's "حرر في …" line
            signed_at = pos
            continue
        if (
            pos == signed_at + 1
            and block.tag not in HEADING_TAGS
            and _a_bare_name(block.text, site_names)
        ) or (
            # the office over it left out already, as a role's line: "الأمين العام" over
            # "محمد الأمين ولد عبد الله" (a name of five words with its "ولد")
            pos == last - 1
            and pos > 0
            and _an_office_alone(candidates_lines[pos - 1].block.text)
            and len(block.text) <= _SIGNATORY_CHARS
            and split_byline(block.text, site_names=site_names) == [block.text.strip()]
        ):
            continue  # "المدير العام" over "عبد القادر بن عودة": the office, then the name
        if _issuer_closing_a_statement(r.seg, candidates_lines, pos):
            continue  # "<div class='Statement'>…<p><b>المحكمة العليا</b></p></div>"
        if at_edge and is_credit_label(block.text):
            credit_label = True  # "المصدر:" alone: the next line is the credit
            art.sources.extend(_agencies_listed_under(r, block))
            continue
        if credit_label:
            art.sources.extend(agencies_in(block.text))
            credit_label = False
            continue
        body.append(block)
    return body


#: An item of a list of sources naming an agency is this short ("وكالة الأنباء الألمانية (د ب أ)").
_LISTED_AGENCY_CHARS: Final = 40


def _agencies_listed_under(r: _Reading, label: Block) -> list[Source]:
    """The agencies a list of linked sources under "المصادر:" names, one an item (a
    study's journal, a fact sheet, "وكالة الأنباء الألمانية (د ب أ)")."""
    found: list[Source] = []
    for line in r.lines:
        block = line.block
        if block.index <= label.index:
            continue
        if block.tag != "li" or line.kind not in ("teaser", "related"):
            break
        if len(block.text) <= _LISTED_AGENCY_CHARS:
            found.extend(agencies_in(block.text))
    return found


#: A table's note on where its figures come from: "البيانات: …", "مصدر البيانات: …".
_DATA_LABEL: Final = re.compile(r"^\s*(?:مصدر\s+)?(?:البيانات|الأرقام|الإحصاءات)\s*[:：]")


def _under_a_table(seg: Segmented, block: Block) -> bool:
    """The line right after a table, in the table's own box ("<div class='DataTable'>
    <table>…</table><span>المصدر: …</span></div>"): the table's note."""
    if block.index == 0:
        return False
    boxes = {block.owner, seg.elements[block.owner].parent}  # its own line's box, or its own
    before = seg.blocks[block.index - 1]
    return any(
        seg.elements[i].tag == "table" and seg.elements[i].parent in boxes for i in before.path
    )


def _a_figures_table_row(seg: Segmented, block: Block) -> bool:
    """A cell of a table of figures: short cells of the same table right before it, most
    of them numbers (a standings table's rows over its "المصدر: …" row), not a layout
    table's cell nor a details table's row."""
    if block.tag not in _CELL_TAGS:
        return False
    table = table_of(seg, block)
    before = seg.blocks[max(0, block.index - _FIGURE_CELLS) : block.index]
    return (
        table >= 0
        and len(before) == _FIGURE_CELLS
        and all(table in b.path and len(b.text) <= _FIGURE_CELL_CHARS for b in before)
        # (figures, not a details table's labels and values: "التصنيف" | "أخبار الوزارة")
        and 2 * sum(any(ch.isdigit() for ch in b.text) for b in before) >= _FIGURE_CELLS
    )


#: Cells right before a line, each this short, that make the table one of figures.
_FIGURE_CELLS: Final = 4
_FIGURE_CELL_CHARS: Final = 20


def _signed_by(art: RawArticle, name: str) -> None:
    """A name standing alone by the text, as its signature: the writer, unless the page
    named one already (then it is that writer, shown again)."""
    art.authors = art.authors or [name]
    art.field_sources["authors"] = "byline"


#: The exclusivity marks as one alternation, for the patterns below.
_EXCLUSIVE: Final = "|".join(EXCLUSIVE_MARKS)
#: A place (or "من" and a place: "من مخيم الزعتري - كتبت: …"), perhaps the exclusivity
#: mark or an agency, and a byline on one line: "عدن -
#: خاص - كتب: وضاح الأحمدي", "تونس - وات - كتبت سلمى بن علي", "الموصل – كتب: محمد …".
_PLACE_EXCLUSIVE_BYLINE: Final = re.compile(
    r"^\s*(?:من\s+)?(?P<place>[^\-–—|:\d]{2,30}?)\s*[-–—]\s*(?:(?P<mark>[^\-–—|:\d]{2,25}?)\s*[-–—]\s*)?"
    r"(?P<byline>.{4,60})$"
)


def _filed_by(art: RawArticle, text: str) -> bool:
    """Read a line that is a place, a writer and perhaps the agency ("الناصرية/ حيدر
    الساعدي", "هطاي/ أمره كوتشاك/ الأناضول"): where from, who, and the agency filing it."""
    own = _PLACE_OWN_NAME.match(text) if len(text) <= 80 else None
    if (
        own is not None
        and is_place(own.group("place"))
        and names_the_portal(own.group("own"), art.site_names)
        and _a_bare_name(own.group("name"), art.site_names)
    ):
        # "إربد - الغد - ماهر الشريدة": where from, the paper itself, and who
        art.dateline = art.dateline or own.group("place").strip()
        _signed_by(art, own.group("name").strip())
        return True
    filed = _PLACE_NAME_AGENCY.match(text) if len(text) <= 80 else None
    if (
        filed is None
        or not is_place(filed.group("place"))
        or not _a_bare_name(filed.group("name"), art.site_names)
        or (filed.group("agency") is not None and not agencies_in(filed.group("agency")))
    ):
        return False
    art.dateline = art.dateline or filed.group("place").strip()
    art.sources.extend(agencies_in(filed.group("agency") or ""))
    _signed_by(art, filed.group("name").strip())
    return True


#: A wire's byline, "من" and the writer's name alone on a line ("من كريم الصافي").
_BY_NAME: Final = re.compile(r"^\s*من\s+(?P<name>[^\d:،,.()]{5,40})$")
#: A place, a writer and perhaps the agency, alone on a line: "الناصرية/ حيدر الساعدي",
#: "هطاي/ أمره كوتشاك/ الأناضول", "نواكشوط: محمدن ولد سيدي".
_PLACE_NAME_AGENCY: Final = re.compile(
    r"^\s*(?P<place>[^/\-–—|:：\d]{2,30}?)\s*[/\-–—:：]\s*(?P<name>[^/\-–—|:\d]{5,40}?)"
    r"(?:\s*[/\-–—]\s*(?P<agency>[^/\-–—|:\d]{2,25}?))?\s*$"
)
#: A name alone in brackets closing an unsigned text: its writer ("(سلمى الحربي)").
_NAME_IN_BRACKETS: Final = re.compile(r"^\s*\((?P<name>[^()\d]{5,40})\)\s*$")
#: A place, the portal's own name and a writer, alone on a line: "إربد - الغد - ماهر الشريدة".
_PLACE_OWN_NAME: Final = re.compile(
    r"^\s*(?P<place>[^/\-–—|:：\d]{2,30}?)\s*[/\-–—]\s*(?P<own>[^/\-–—|:\d]{2,30}?)\s*[/\-–—]"
    r"\s*(?P<name>[^/\-–—|:\d]{5,40}?)\s*$"
)
#: A writer's name and the portal's exclusivity mark, alone on a line: "عمر الزعبي - خاص".
_EXCLUSIVE_BYLINE: Final = re.compile(
    rf"^\s*(?P<name>[^\-–—|:]{{5,40}}?)\s*[-–—|]\s*(?:{_EXCLUSIVE})\s*$"
)


#: A developing story's update count over its text: "(تحديث 2)", "تحديث 3".
_UPDATE_COUNT: Final = re.compile(r"^\s*\(?\s*(?:تحديث|محدث|Update)\s*[\d٠-٩]{1,2}\s*\)?\s*$", re.I)


#: A figure set in a box of its own: a label, a number, a unit ("قوة الزلزال 4.2 ريختر").
_FIGURE_LINE: Final = re.compile(r"^[^\d.،:!؟?]{2,25}\s[\d٠-٩][\d٠-٩.,٫]*\s?[^\d.،!؟?]{0,12}$")


def _a_figure_box(block: Block) -> bool:
    """A fact box over the text: a short label with its figure in a ``<div>`` of spans
    (the quake's magnitude above a quake story), no sentence and no paragraph."""
    return block.tag == "div" and len(block.text) <= 40 and bool(_FIGURE_LINE.match(block.text))


#: The weight of a paragraph set under the headline that makes it a sentence of the
#: story, not a label or a credit.
_SENTENCE_WEIGHT: Final = 80
#: A line that names the piece itself ("هذا التقرير"): a note on it, no story.
_THE_PIECE: Final = re.compile(
    r"(?:هذا|هذه)\s+(?:المقال|المقالة|التقرير|الخبر|المادة|النص|الصفحة|التعليق|الحوار|النسخة|نسخة)"
    r"|المقال الأصلي|النسخة\s+(?:الإنجليزية|الأصلية|العربية|الفرنسية)"
)
#: A sentence of this many words and this weight at the least, under the headline, is
#: the story told short.
_SENTENCE_WORDS: Final = 8
_SHORT_SENTENCE_WEIGHT: Final = 50


def _standfirst_under_headline(r: _Reading, block: Block) -> bool:
    """The line right under the headline as the standfirst, however light: a subtitle in
    the headline's own ``<small>`` ("<h1>العنوان<small>العنوان الفرعي</small></h1>"), a line
    marked as the summary (<h2 class="summary">) of 40 characters or more, or a sentence
    set as a heading (its weight says it is a sentence, not a kicker or a section name)."""
    title = r.title_block
    if title is None or block.index <= title.index:
        return False
    marked = in_kind(r.seg, block, BODY_KINDS)
    if block.index != title.index + 1:
        # the summary marked as one under the headline's date and byline lines ("نشر في:
        # …" | "آخر تحديث: …" | <div class="node__summary">)
        # (past a share bar and the lead picture's caption too: "<div class='field--name-
        # field-summary'>" under the byline, the share bar and the photo)
        # (and the rest of the date's row: "عدد المشاهدات: ٣٬٢١٤ المصدر: واس" beside it,
        # the section's link in a box of its own beside the date's)
        taken = r.date_blocks | r.skip | {b.index for b in r.byline_lines}
        rows = {r.seg.blocks[i].path[-2] for i in r.date_blocks if len(r.seg.blocks[i].path) > 1}
        between = [r.seg.blocks[i] for i in range(title.index + 1, block.index)]
        return (
            marked
            and len(block.text) >= 40
            and all(
                b.index in taken
                or in_kind(r.seg, b, _UNDER_HEADLINE_CHROME)
                or (
                    (b.owner in rows or (len(b.path) > 1 and b.path[-2] in rows))
                    and not b.text.rstrip().endswith((".", "؟", "!"))
                )
                for b in between
            )
        )
    if block.tag == "small" and r.seg.elements[block.path[-1]].parent == title.path[-1]:
        return marked
    return (
        (marked and len(block.text) >= 40)
        or (block.tag in ("h2", "h3", "h4") and r.weights[block.index] >= 40)
        # "<p class='td-post-sub-title'>" holding a whole sentence: the story told short
        or (
            block.tag in ("p", "div")  # "<div class='news-brief'>" holding the story told short
            # (a short one too: "سعر غرام الذهب عيار 21 يبلغ 61.40 دينار للبيع في محلات الصاغة.")
            and r.weights[block.index] >= _SHORT_SENTENCE_WEIGHT
            and len(block.text.split()) >= _SENTENCE_WORDS
            and block.text.rstrip().endswith((".", "؟", "!"))
            # (a note on the piece is none: "تم تصحيح هذا التقرير في 13.03.2025.")
            and (r.weights[block.index] >= _SENTENCE_WEIGHT or not _THE_PIECE.search(block.text))
        )
    )


def _heading_over_the_text(r: _Reading, body: list[Block]) -> Block | None:
    """A subheading set just outside the text's box, over it, in the same parent box
    (<article><h2>الجزء الأول: …</h2><div class="body">…</div></article>): the text's
    first subheading. Not the headline, not a marked box's title."""
    region = r.region
    if region is None or not region.blocks or not body:
        return None
    first = region.blocks[0].index
    if first == 0 or body[0].index != first:
        return None
    seg = r.seg
    block = seg.blocks[first - 1]
    root = seg.elements[region.roots[0]]
    # Boxes around the text's own box say what the page is (a video page's wrapper),
    # not what the heading is: only the boxes between them count.
    around = set()
    at = root.parent
    while at >= 0:
        around.add(at)
        at = seg.elements[at].parent
    if (
        block.tag not in ("h2", "h3", "h4")
        or block is r.title_block
        or block.index in r.skip
        or block.index in r.date_blocks
        or any(seg.elements[i].kind for i in block.path if i not in around)
        or seg.elements[block.path[-1]].parent != root.parent
        or line_kind(block.text) is not None
    ):
        return None
    return block


#: A subheading's permalink mark, a link of its own at either end ("<a href='#s2'>#</a>").
_ANCHOR_MARK: Final = re.compile(r"^\s*[#¶§🔗]\s*(?=\S|$)|(?<=\S)\s*[#¶§🔗]\s*$")


def _without_anchor_mark(block: Block) -> Block:
    """A subheading without the "#" its permalink draws beside it (only in headings: a
    paragraph's "#" opens a hashtag)."""
    if block.tag not in HEADING_TAGS or not _ANCHOR_MARK.search(block.text):
        return block
    if not any(link.href.startswith("#") and _ANCHOR_MARK.match(link.text) for link in block.links):
        return block  # a hashtag as written, not a link's mark
    return replace(block, text=_ANCHOR_MARK.sub("", block.text))


#: The exclusivity mark and the portal's name, alone over the text ("خاص - الراصد").
#: "خاص - مدار", "خاص بـ«مدار»": the portal's own piece, marked so over the text.
_EXCLUSIVE_OWN: Final = re.compile(
    rf"^\s*(?:{_EXCLUSIVE})\s*(?:[-–—|:]|\s(?:بـ|لـ|ب|ل))\s*«?"
    r"(?P<own>[^.،,:؛!؟?«»]{2,30}?)»?\s*$"
)
#: A signature line is this short (an office of several words and a rank and name,
#: "الناطق الإعلامي باسم المديرية العامة للدفاع المدني<br>المقدم رائد العمرو").
_SIGNATORY_CHARS: Final = 80


#: A sentence introducing a document printed whole after it ("وفيما يلي نص البيان:").
_STATEMENT_FOLLOWS: Final = re.compile(r"(?:\bنص\s+\S+|فيما\s+يلي|ما\s+يلي)[^.:]{0,20}[:：]\s*$")
#: Paragraphs a statement printed whole may run to, and the words of its signature.
_STATEMENT_PARAGRAPHS: Final = 8
_SIGNED_WORDS: Final = 4


def _quoting_a_statement(body: list[Block]) -> bool:
    return any(_STATEMENT_FOLLOWS.search(b.text) for b in body[-_STATEMENT_PARAGRAPHS:])


def _signature_shaped(text: str) -> bool:
    """Short, no sentence's end and no colon ("المتحدث الرسمي: المستشار …" is a field the
    text prints) but the signature's own label ("الكاتب العام الإمضاء: عبد اللطيف
    بنصالح"): a line shaped like a signature, whoever it names."""
    if ":" in text:
        text = _SIGNATURE_LABEL.sub(" ", text)
    return len(text) <= _SIGNATORY_CHARS and not _SIGNATURE_END.search(text) and ":" not in text


#: The label before a signatory's name, as a Maghreb ministry's statement prints it.
_SIGNATURE_LABEL: Final = re.compile(r"(?:الإمضاء|الامضاء|التوقيع|الختم والتوقيع)\s*:")


def _a_signatory(text: str) -> bool:
    """A statement's closing signature: a short line, no sentence, that opens with an
    office ("نقيب الصحفيين / د. سامي الخطيب"), with a body's media unit ("المركز
    الإعلامي للنادي / نادي الفجر الرياضي") or with an officer's rank ("اللواء الحقوقي
    عبد الكريم الشمري الناطق الرسمي باسم وزارة الداخلية")."""
    if not _signature_shaped(text):
        return False
    words = text.replace("/", " ").split()
    if words[:1] == ["عن"]:
        words = words[1:]  # "عن المدير العام كريم الحداوي": signed on the office's behalf
    if len(words) < 2:
        return False
    return (
        # "سكرتير المحكمة أشرف عبد الرازق", "رئيس المحكمة المستشار/ حسام الدين فكري"
        (words[0] in _OFFICE_WORDS and len(words) >= 3)
        or any(is_role(" ".join(words[:n])) for n in (1, 2))
        or words[0] in SIGNING_RANKS
        # "الدكتور كريم الفاضل<br>ممثل منظمة الصحة العالمية في اليمن": a title, a name,
        # then the office they sign for
        or (words[0] in _HONORIFICS and any(w in _OFFICE_WORDS for w in words[2:5]))
        or opens_with_a_newsroom_unit(words)
        # "وزارة الزراعة والموارد المائية<br>المكتب الإعلامي<br>٩ آذار ٢٠٢٥"
        or opens_with_an_institution(words[0])
    )


def _an_office_alone(text: str) -> bool:
    """An office alone on its line over the name signing for it ("الأمين العام" over
    "محمد الأمين ولد عبد الله" closing a ministry's statement)."""
    words = text.split()
    return 1 <= len(words) <= 3 and words[0] in _OFFICE_WORDS and _signature_shaped(text)


#: Titles before a signatory's name, and the words that open the office after it.
_HONORIFICS: Final = frozenset({"الدكتور", "الدكتورة", "د.", "المهندس", "المهندسة", "الأستاذ"})
_OFFICE_WORDS: Final = frozenset(
    {"ممثل", "ممثلة", "مدير", "مديرة", "رئيس", "رئيسة", "وزير", "وزيرة", "المدير", "الرئيس"}
    | {"أمين", "الأمين", "سفير", "سفيرة", "محافظ", "المتحدث", "الناطق", "منسق", "منسقة"}
    | {"سكرتير", "سكرتيرة", "نائب", "النائب"}  # "النائب العام المستشار/ …"
    # the office with its article, as a central bank's statement is signed ("المحافظ<br>
    # د. منذر الحوراني")
    | {"المحافظ", "الوزير", "السفير", "الممثل", "المنسق"}
)


#: The reporter a wire names between dashes right after its credit: "عمان 2 حزيران
#: (بترا) - محمد الخوالدة - أقر مجلس النواب …".
_REPORTER_AFTER_CREDIT: Final = re.compile(
    r"^[^()]{2,40}\([^()]{2,20}\)\s*[-–—]+\s*(?P<name>[^\d.،,:؛!؟?()\-–—]{5,30}?)\s*[-–—]+\s"
)


def _the_writer_signing(block: Block, authors: list[str]) -> bool:
    """A closing line that is the writer's name, then at most who they are: "د. منى
    العطار أكاديمية متخصصة في التخطيط العمراني" (a sentence about them is text)."""
    text = block.text.strip()
    if block.tag in _NOT_PARAGRAPH_TAGS or not _signature_shaped(text):
        return False
    for name in authors:
        if text == name:
            return True
        if text.startswith(name + " "):
            rest = text[len(name) :].strip(" -–—،,|/")
            return is_role(" ".join(rest.split()[:2]))
    return False


#: A statement's issuer signing it is a name this short.
_ISSUER_WORDS: Final = 5
#: Lines of a statement's own box before its issuer's name.
_STATEMENT_LINES: Final = 2


def _issuer_closing_a_statement(seg: Segmented, lines: list[Line], pos: int) -> bool:
    """The issuer's name or signature alone on the last line of a statement quoted in a
    box of its own, the story going on after it: "<div class='Statement'>…<p><b>
    المحكمة العليا</b></p></div>" then "وكانت المحكمة قد دعت …"."""
    block = lines[pos].block
    text = block.text.strip()
    if (
        _SIGNATURE_END.search(text)
        or ":" in text
        or block.tag in _NOT_PARAGRAPH_TAGS  # a list's last item, a heading
        or pos + 1 >= len(lines)
        or pos < _STATEMENT_LINES
    ):
        return False
    # the body's name ("المحكمة العليا"), or an office and a name ("أمين سر لجنة
    # السياسة النقدية<br>د. هالة منير الديب")
    words = text.split()
    if not (
        (
            len(words) <= _ISSUER_WORDS
            # ("خلية الإعلام الأمني": a cell, an office, a desk signs as a body does)
            and (is_institution_name(text) or opens_with_a_unit(words))
        )
        or _a_signatory(text)
    ):
        return False
    box = block.owner
    if box < 0 or box not in lines[pos - 1].block.path:
        # the name in a paragraph of its own: the statement's box is its parent (else
        # the name sits in the box itself, "<blockquote><p>…</p>المركز الإعلامي</blockquote>")
        box = seg.elements[block.owner].parent
    if box < 0 or box in lines[pos + 1].block.path:
        return False  # the story's own box goes on: no statement of its own
    return all(box in lines[pos - n].block.path for n in range(1, _STATEMENT_LINES + 1))


#: A year or a span of years alone: a timeline's subheading ("2018 - 2019").
_YEARS: Final = re.compile(r"[12][0-9]{3}(?:\s*[-–—/]\s*[12][0-9]{3})?")
#: A document's own closing line, its place and day ("حرر في الرياض بتاريخ …",
#: "حرر بالجزائر في …"): a signature may follow it.
_DOCUMENT_DATED: Final = re.compile(
    r"^\s*(?:حرر|حُرّر|حُرر)\s+(?:في|ب)"
    # a ruling's or a decree's closing line ("صدر هذا الحكم وتُلي علنًا بجلسة …")
    r"|^\s*صدر\s+(?:هذا\s+(?:الحكم|القرار|المرسوم)|في[\s:：]|بتاريخ)"
    # … and the Gregorian day under its Hijri one ("صدر في: 29 من شعبان سنة 1445هـ" then
    # "الموافق: 10 من مارس سنة 2024م")
    r"|^\s*الموافق\s*[:：]?\s*[0-9٠-٩]"
)


#: A place, "في" and a day: a document's closing line ("دمشق في 3 آذار 2025").
_PLACE_IN: Final = re.compile(r"^\s*(?P<place>[^\W\d]+(?:\s[^\W\d]+)?)\s+في\s+[0-9٠-٩]")


def _a_place_and_its_day(text: str) -> bool:
    found = _PLACE_IN.match(text)
    return found is not None and is_place(found.group("place"))


#: A paragraph closing a quotation ("… حدادًا على روحه»."): a statement ends there.
_QUOTE_CLOSED: Final = re.compile(r"[»”\"]\s*[.]?\s*$")


def _closes_a_quotation(text: str) -> bool:
    """The paragraph ends a quotation opened in an earlier one ("… للوزارة.»"): more
    closing guillemets than opening ones (a name quoted whole, "رأي «شرفة الخبر».",
    closes nothing)."""
    return text.rstrip(" .").endswith("»") and text.count("«") < text.count("»")


#: How a sentence ends: a signature does not.
_SIGNATURE_END: Final = re.compile(r"[.!؟?:»\"]\s*$")


#: A blurb's label and its text: "عن المركز: …", "نبذة عن المؤسسة: …".
_ABOUT_US: Final = re.compile(r"^\s*(?:عن|حول|نبذة عن)\s+\S+\s*[:：]\s*(?P<rest>\S.*)$", re.S)
#: A signature of a role, a comma and the name ("رئيس التحرير، مازن العبيدي").
_ROLE_THEN_NAME: Final = re.compile(
    r"^\s*(?P<role>[^\d.،,:؛!؟?()\-–—]{3,30}?)\s*[،,]\s*(?P<name>[^\d.،,:؛!؟?()\-–—]{5,35}?)\s*$"
)
#: A letter's signature: its writer, a dash and the writer's town ("محمد علي - الزرقاء").
_NAME_AND_PLACE: Final = re.compile(
    r"^\s*(?P<name>[^\d.،,:؛!؟?()\-–—]{5,35}?)\s+[-–—]\s+(?P<place>[^\d.،,:؛!؟?()\-–—]{2,25}?)\s*$"
)


#: A live entry's stamp before its writer: "منذ 25 دقيقة ليث العمري - الكرك".
_AGO_BEFORE: Final = re.compile(r"^\s*منذ\s+\S+(?:\s+\S+)?\s+(?=\S)")


#: The footnote mark a signature points to its note with: "منذر الخمّاسي (*)".
_NOTE_MARK: Final = re.compile(r"\s*(?:\(\*\)|\*+)\s*$")
#: The family signing a death notice: "الآسفون: آل الخطيب …", "المعزون: …".
_MOURNERS: Final = re.compile(r"^\s*(?:الآسفون|الآسفات|المعزون|ذوو الفقيد|ذوو الفقيدة)\s*[:：]")
#: A note on who the writer is runs this long at most.
_WRITER_NOTE_CHARS: Final = 300


def _the_writers_note(text: str, authors: list[str]) -> bool:
    """A line that opens with one of the writers' names and a comma, then who they are
    ("ماركوس لينديمان، كبير الاقتصاديين السابق في …"): the column's note on its writer."""
    if len(text) > _WRITER_NOTE_CHARS:
        return False
    text = text.lstrip(" *")
    return any(
        text.startswith(name) and text[len(name) :].lstrip().startswith(("،", ","))
        for name in authors
    )


#: A name, a dash and the first words of the writer's post ("… - مراسل الصحيفة في دمشق").
_NAME_DASH_ROLE: Final = re.compile(
    r"^\s*(?P<name>[^\-–—|:\d]{5,40}?)\s+[-–—]\s+(?P<role>\S+(?:\s+\S+)?)"
)
#: A writer's email address closing their signature.
_TRAILING_ADDRESS: Final = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
#: A signature's name is at most this many words, an honorific included.
_SIGNATURE_NAME_WORDS: Final = 6


def _a_closing_signature(block: Block, site_names: tuple[str, ...]) -> str | None:
    """The writer's name in a signature closing a text: the name, perhaps who they are,
    and their email last ("د. عوض الكريم محمد نور أستاذ الاقتصاد الزراعي - جامعة
    الجزيرة awad…@mail-sd.net"), the name being the words before a role (or all of
    them); or the name, a dash and their post ("سامر الخطيب - مراسل الصحيفة في دمشق").
    The address, or the post, marks the line a signature, not a sentence."""
    text = block.text
    if block.tag in _NOT_PARAGRAPH_TAGS or len(text) > 200:
        return None
    address = _TRAILING_ADDRESS.search(text)
    if address is None:
        # "سامر الخطيب - مراسل الصحيفة في دمشق": a name, a dash and the writer's post
        signed = _NAME_DASH_ROLE.match(text)
        if signed is None or not _signature_shaped(text) or not is_role(signed.group("role")):
            return None
        name = signed.group("name")
        return name if split_byline(name, site_names=site_names) == [name] else None
    words = text[: address.start()].split()
    for n in range(2, min(len(words), _SIGNATURE_NAME_WORDS) + 1):
        name, rest = " ".join(words[:n]), words[n:]
        if (not rest or is_role(" ".join(rest[:2]))) and split_byline(
            name, site_names=site_names
        ) == [name]:
            return name
    return None


def _a_writers_entry_byline(text: str, authors: list[str]) -> bool:
    """A short line naming one of the article's writers and where from ("رنا الحياري -
    عمّان", "مراسلنا في إربد: خالد البطاينة"): a live page's entry signed, not its text."""
    if len(text) > 60:
        return False
    text = _AGO_BEFORE.sub("", text)
    match = _NAME_AND_PLACE.match(text)
    if match is not None and is_place(match.group("place")):
        return match.group("name").strip() in authors
    names = split_byline(text) if has_byline_prefix(text) else []
    return len(names) == 1 and names[0] in authors


def _entries_signed(lines: list[Line], authors: list[str]) -> bool:
    """More than one line of the text signs an entry by one of the writers: a live page."""
    signed = 0
    for line in lines:
        if line.kind is None and _a_writers_entry_byline(line.block.text, authors):
            signed += 1
            if signed > 1:
                return True
    return False


def _writer_and_town(text: str, site_names: tuple[str, ...]) -> tuple[str, str] | None:
    """A line that is one writer's name, a dash and a known town: (name, town)."""
    match = _NAME_AND_PLACE.match(text)
    if match is None or not is_place(match.group("place")):
        return None
    name = match.group("name").strip()
    if split_byline(name, site_names=site_names) != [name]:
        return None
    return name, match.group("place").strip()


#: A statement's signature: who issued it, a dash, and the day ("المكتب السياسي — 12 آذار
#: 2025").
_DATED_SIGNATURE: Final = re.compile(
    r"^\s*(?P<who>[^.،,؛:!؟?\d]{3,40}?)\s*[—–-]\s*(?P<when>\S.{5,30})$"
)


#: Where and when a column was written, after its writer's name: "بيروت في 3 آذار 2025".
_PLACE_AND_DAY: Final = re.compile(r"^(?P<place>[^\d:：.،,]{2,25}?)\s+في\s+(?P<when>\S.{5,30})$")


def _signed_where_and_when(
    text: str, authors: list[str], ref: dt.datetime | None, tz: str | dt.tzinfo | None
) -> bool:
    """A column's signature: its writer's name, the town and the day it was written
    ("د. كمال صعب بيروت في 3 آذار 2025")."""
    name = next((a for a in authors if a and text.startswith(a)), None)
    if name is None or len(text) > 90:
        return False
    match = _PLACE_AND_DAY.match(text[len(name) :].strip(" -–—،,|"))
    return _a_place_and_date(match, ref, tz)


def _over_a_note_on_the_writer(r: _Reading, lines: list[Line], pos: int) -> bool:
    """The line under ``lines[pos]`` says who signed the text: a note on who they are
    ("* كاتب وباحث سياسي"), their address (marked as a byline, so read already and no
    longer among ``lines``), the town and the day it was written ("بيروت، 15 آذار
    2025"), or, as the text's last line, their post ("كاتبة وأكاديمية فلسطينية من
    نابلس")."""
    nxt = lines[pos + 1].block.text if pos + 1 < len(lines) else None
    if nxt is not None and is_writer_note(nxt):
        return True
    index = lines[pos].block.index + 1
    under = r.seg.blocks[index].text if index < len(r.seg.blocks) else None
    if under is not None and (
        _ADDRESS_ONLY.match(under) is not None or _a_town_and_day(under, r.ctx.reference_time, r.tz)
    ):
        return True
    return nxt is not None and pos + 2 == len(lines) and _a_writers_post(nxt)


def _a_writers_post(text: str) -> bool:
    """A short line, no sentence, opening with a role: who the writer signing above is."""
    return _signature_shaped(text) and is_role(" ".join(text.split()[:2]))


#: The town and the day a column was written, alone: "بيروت، 15 آذار 2025", "عمّان في …".
_TOWN_AND_DAY: Final = re.compile(
    r"^(?P<place>[^\d:：.،,]{2,25}?)\s*(?:[،,]|\s+في)\s+(?P<when>\S.{5,30})$"
)


def _a_town_and_day(text: str, ref: dt.datetime | None, tz: str | dt.tzinfo | None) -> bool:
    """A line that is a known town and a date, nothing else: a signature's second line."""
    match = _TOWN_AND_DAY.match(text.strip()) if len(text) <= 60 else None
    return _a_place_and_date(match, ref, tz)


def _a_place_and_date(
    match: re.Match[str] | None, ref: dt.datetime | None, tz: str | dt.tzinfo | None
) -> bool:
    """A "place" group that is a known place and a "when" group that is one date."""
    return (
        match is not None
        and is_place(match.group("place"))
        and _all_a_date(match.group("when"), ref, tz)
    )


def _a_dated_signature(text: str, ref: dt.datetime | None, tz: str | dt.tzinfo | None) -> bool:
    """The signature closing a statement: a name and a full date, nothing else."""
    match = _DATED_SIGNATURE.match(text) if len(text) <= 70 else None
    return match is not None and _all_a_date(match.group("when"), ref, tz)


def _all_a_date(when: str, ref: dt.datetime | None, tz: str | dt.tzinfo | None) -> bool:
    """``when`` is one date and nothing else (two characters of marks allowed)."""
    found = scan_dates(when, reference_time=ref, default_tz=tz)
    return bool(found) and found[0].end - found[0].start >= len(when.strip()) - 2


def _before(one: Timestamp, other: Timestamp) -> bool:
    """``one`` is earlier than ``other`` (compared as wall times when either is naive)."""
    a, b = one.datetime, other.datetime
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a < b


def _teasers_closing_paragraphs(r: _Reading, body: list[Block]) -> list[Block]:
    """ "… في أوقات الذروة. [اقرأ أيضاً: <a>…</a>]": the teaser leaves the paragraph and its
    link joins the related links, before those the page shows further down."""
    base = r.art.link_base(r.ctx.url)
    out: list[Block] = []
    for block in body:
        found = bracketed_read_also(block, base)
        if found is None:
            out.append(block)
            continue
        text, link = found
        out.append(replace(block, text=text))
        related = r.art.related
        # before the first related link whose line comes after this paragraph
        at = next(
            (n for n, item in enumerate(related) if _line_of(r.seg, item.title) > block.index),
            len(related),
        )
        if all(item.url != link.url for item in related):
            related.insert(at, link)
            r.art.field_sources["related"] = "page"
    return out


def _line_of(seg: Segmented, text: str) -> int:
    """The index of the first line holding ``text`` (past the last line if none does)."""
    return next((b.index for b in seg.blocks if text in b.text), len(seg.blocks))


#: The label of an editors' note over the text: a correction, a notice, an update.
_A_NOTES_LABEL: Final = re.compile(r"^\s*(?:تصحيح|تنويه|توضيح|تحديث)\s*[:：]")


def _finish_body(r: _Reading, body: list[Block]) -> list[Block]:
    """Add the boxed lead, drop repeats and the other language, read closing credits."""
    seg, art = r.seg, r.art
    for b in r.header:
        if b.index < r.first_body and notes_where_it_comes_from(b.text):
            # "ملاحظة: يُعاد نشر هذا التقرير بالاتفاق مع بي بي سي عربي" under the headline:
            # the note on the piece, no lead; the outlet it names is the source
            r.skip.add(b.index)
            first = first_published_in(b.text)
            if first is not None:
                art.sources.append(first)
    # A standfirst boxed above the body ("article-summary") is the article's lead.
    in_body = {b.index for b in body}
    chosen = {
        b.index
        for b in r.header
        if b.index < r.first_body
        and b.index not in r.skip
        and b.index not in r.date_blocks
        and (
            (
                r.weights[b.index] >= 40
                and in_kind(seg, b, BODY_KINDS)
                # a film's facts card set in the text's box ("بطولة: …" in its list)
                and not in_kind(seg, b, _WIDGET_KINDS)
            )
            or _standfirst_under_headline(r, b)
        )
        and not in_kind(seg, b, _CAPTION_KINDS)  # the lead picture's caption ("lead-art")
        and b.index not in in_body
        and not _EDITORS_LABELLED.match(b.text)  # "تنويه: هذا التقرير جزء من سلسلة …"
    }
    # A summary box's own heading ("أبرز ما حدث" over the key points) comes with it.
    leads = [
        b
        for b in r.header
        if b.index in chosen
        or (b.tag in HEADING_TAGS and b.index + 1 in chosen and in_kind(seg, b, BODY_KINDS))
    ]
    # (past a correction boxed over the text: "تصحيح: ورد في نسخة سابقة …" | "البصرة (أ ف ب) -")
    first_lead = next(
        (b for b in leads if b.tag not in HEADING_TAGS and not _A_NOTES_LABEL.match(b.text)),
        None,
    )
    if first_lead is not None and art.dateline is None:
        # "طهران - إرنا - …" opening a standfirst boxed apart from the text.
        dateline = read_dateline(first_lead.text, own_names=art.site_names)
        if dateline is not None and dateline.place:
            _take_dateline(art, dateline)
    heading = _heading_over_the_text(r, body)
    if heading is not None:
        body = [heading, *body]
    body = _without_pull_quotes(seg, leads + body)
    # An Arabic story printed beside its translation, paragraph by paragraph: the
    # paragraphs with no Arabic at all are the other language's.
    arabic_story = (
        has_arabic(art.title or "") or arabic_ratio(" ".join(b.text for b in body)) >= 0.6
    )
    if body and arabic_story:
        arabic = [b for b in body if has_arabic(b.text) or len(b.text.split()) < 4]
        # A quotation or two left in English is the story's text; a third of the
        # paragraphs or more is the other language's version beside it.
        if len(body) - len(arabic) >= _TRANSLATION_SHARE * len(body):
            body = arabic
        else:
            # a summary in another language closing the story ("Béja : une récolte …"
            # and its paragraphs under "Version française"): a run of them at its end
            tail = len(body)
            while tail > 0 and not has_arabic(body[tail - 1].text):
                tail -= 1
            if tail >= _FOREIGN_TAIL and (
                len(body) - tail >= _FOREIGN_TAIL
                # (or one paragraph labelled as the summary: "Résumé : Des chutes …")
                or (len(body) - tail == 1 and _SUMMARY_LABEL.match(body[-1].text))
            ):
                body = body[:tail]
    # The headline again at the head of the text (a forum post, a CMS that prints it
    # inside the body field): read once, as the title.
    title_key = match_key(art.title) if art.title else ""
    while (
        body
        and title_key
        and title_key
        in (
            match_key(body[0].text),
            match_key(_LABEL_BEFORE.sub("", body[0].text)),  # after a label: "عاجل | <headline>"
        )
    ):
        body.pop(0)
    if r.region is not None and r.region.blocks:
        after = _after_text(r)
        for n, block in enumerate(after):
            text = block.text
            if is_credit_label(text) and n + 1 < len(after):
                # "المصدر" | "ذا غلوبال ريفيو": a field's label, the credit in the next box
                text = f"{text.rstrip(' :：')}: {after[n + 1].text}"
            credit = read_credit_line(text)
            if credit:
                art.sources.extend(credit)
        # A republished piece's note in the text's footer box ("syndication-footer"),
        # or an aggregator's closing note ("هذا الخبر منقول من موقع …"), which the body
        # left out: the outlet it names is the source.
        kept = {b.index for b in body}
        for line in r.lines[-2 * _EDGE :]:
            left_out = line.kind is not None or line.block.index not in kept
            first = first_published_in(line.block.text) if left_out else None
            if first is not None:
                art.sources.append(first)
            elif line.kind == "teaser" and opens_with_credit_label(line.block.text):
                # "المصدر: <a href='…'>صحيفة المرصد الأردنية</a>" closing a republished
                # story: the credit, linked to the original
                art.sources.extend(read_credit_line(line.block.text) or ())
            elif (
                line.kind == "widget"
                and opens_with_credit_label(line.block.text)
                and any(seg.elements[idx].tag == "footer" for idx in line.block.path)
            ):
                # The article's own footer, Instant Articles' credits: "<footer><aside>
                # ساهمت في إعداد التقرير: وكالة أنباء الإمارات (وام)</aside>" (a chart's
                # "المصدر: البنك الدولي" credits the chart)
                art.sources.extend(read_credit_line(line.block.text) or ())
    # "المصادر" / "المراجع" over the works a piece cites, closing it: an agency the list
    # names by its code is credited ("وكالة الأنباء الألمانية (د ب أ)، تقرير حول …")
    cited = [line.block.text for line in r.lines if line.kind == "references"]
    # (a list of works, not of footnotes: "الهوامش" notes the text's own words)
    works = cited[1 : _CITED_WORKS + 1] if cited and _WORKS_HEADING.match(cited[0]) else []
    for work in works:
        # (by its code, or by a name that is no common word: "وكالة أنباء الشرق الأوسط،
        # تقرير …", "رويترز، …"; not "طبعته الألمانية")
        marked = marked_agency(work)
        art.sources.extend(
            [marked]
            if marked
            else [s for s in agencies_in(work) if s.code and not is_ambiguous_agency(s.name)]
        )
    # (a sentence set as a heading over the text is its standfirst too: JNews's
    # "<h2 class='jeg_post_subtitle'>تقول المفوضية … .</h2>")
    boxed = bool(body) and (
        in_kind(seg, body[0], _STANDFIRST_KINDS)
        or body[0].index in chosen  # the story told short under the headline
        or (body[0].tag in HEADING_TAGS and ends_a_sentence(body[0].text))
    )
    _credits_in_the_text(art, [b.text for b in body], live=r.md.live_blog, standfirst=boxed)
    end = _WIRE_END_AFTER_TEXT.search(body[-1].text) if body else None
    if end is not None and is_wire_end(body[-1].text[end.start() :].strip()):
        # "… حتى نهاية شهر سبتمبر المقبل. (النهاية) ف ع ر / ع ج ب 181142 جمت يون 24":
        # the wire's end mark run into the last sentence is no part of it
        body[-1] = replace(body[-1], text=body[-1].text[: end.start()].rstrip())
    while len(body) > 1 and _DANGLING_LABEL.match(body[-1].text):
        body.pop()  # "إفصاح:" over a notice that is no text: a label with nothing after it
    if (
        len(body) > 1
        and len(body[-1].text) <= _SIGN_OFF_CHARS
        and names_the_portal(body[-1].text.strip(" ()-–—."), art.site_names)
    ):
        body.pop()  # "سبأ" closing the agency's story on its own site: its sign-off
    return body


def _in_a_figure(seg: Segmented, block: Block) -> bool:
    """The line is in a picture's box (a ``<figure>``, a box holding a photo)."""
    elements = seg.elements
    return any(elements[i].tag == "figure" or elements[i].kind == "photo" for i in block.path)


#: A portal's name signing off its own story is this short ("سبأ", "(وام)").
_SIGN_OFF_CHARS: Final = 30
#: What a portal adds to its name to sign as its web desk ("آسو ديجيتال").
_WEB_DESK_WORDS: Final = frozenset(
    {"ديجيتال", "الرقمي", "الرقمية", "أونلاين", "اونلاين", "Digital"}
)


#: The portal's office a report comes from: "مكتب أثير في صلالة", "مكتبنا بالرباط".
_OWN_OFFICE: Final = re.compile(
    r"^(?:مكتب|مكتبنا)(?:\s+[^\d:،,]{1,30}?)?\s+(?:في|ب)\s*(?P<place>[^\d:،,]{2,30})$"
)


def _after_the_portals_name(text: str, site_names: tuple[str, ...]) -> str | None:
    """What a short line holds after the portal's name and a dash ("عدن الغد - خاص:" ->
    "خاص"), or None when the line does not open with the portal's name."""
    if not site_names or len(text) > 60:
        return None
    parts = _DATELINE_SPLIT.split(text.strip(" :："), maxsplit=1)
    if len(parts) != 2 or not names_the_portal(parts[0].strip(' «»"'), site_names):
        return None
    return parts[1].strip(" :：")


def _the_portals_own_credit(rest: str) -> str | None:
    """What follows the portal's name on a line (:func:`_after_the_portals_name`) when
    it is the mark for its own report ("عدن الغد - خاص:") or the office the report comes
    from ("أثير - مكتب أثير في صلالة"): the office's place, or "" for the mark; None for
    anything else (a writer's name, "عمون - ليث العبادي", is read before)."""
    if is_exclusive_mark(rest):
        return ""
    office = _OWN_OFFICE.match(rest)
    place = office.group("place").strip() if office else ""
    return place if place and is_place(place) else None


def _the_portals_desk(text: str, site_names: tuple[str, ...]) -> bool:
    """The portal's web desk alone on a line ("آسو ديجيتال" on "آسو نيوز", as Rudaw signs
    "روداو ديجيتال"): a desk line, neither text nor a writer's name."""
    words = text.split()
    return (
        len(words) == 2
        and words[1] in _WEB_DESK_WORDS
        and bool(site_names)
        and names_the_portal(words[0], site_names)
    )


def _a_short_standfirst(text: str) -> bool:
    """A subtitle over the lead: short, and no sentence ("الخطة تشمل تحويل محطات …")."""
    return len(text) < PROSE_CHARS and not ends_a_sentence(text)


def _credits_another(art: RawArticle, *, named: bool = False) -> bool:
    """A source other than the portal itself is credited ("الرياض - «مرسال»" credits the
    portal, which the output drops: the story may still credit an agency further down).
    ``named``: a source named, not the generic "وكالات" (AGENCIES)."""
    return any(
        not names_the_portal(s.name, art.site_names) and not (named and s.code == "AGENCIES")
        for s in art.sources
    )


#: How much of a paragraph's opening is read for its dateline.
_DATELINE_HEAD: Final = 160


#: A wire's end mark after the last sentence's full stop, on the same line.
_WIRE_END_AFTER_TEXT: Final = re.compile(r"(?<=[.!؟?»\"])\s*(?=[(/]*\s*(?:النهاية|انتهى))")

#: A label and its colon alone on a line: what it introduced must follow.
_DANGLING_LABEL: Final = re.compile(r"^\s*[^.!؟?:：]{1,30}[:：]\s*$")


#: Lines in another language closing an Arabic story that make a summary apart.
_FOREIGN_TAIL: Final = 2
#: Share of an Arabic story's paragraphs with no Arabic that makes them a translation.
_TRANSLATION_SHARE: Final = 1 / 3

#: Boxes that set a quotation apart from the text.
_QUOTE_TAGS: Final = frozenset({"blockquote", "aside"})
#: A quotation this many words long that stands again in a longer line is a repeat.
_REPEAT_WORDS: Final = 6
#: … or this many, when it stands in its own quotation marks.
_QUOTED_REPEAT_WORDS: Final = 4
_QUOTE_MARKS: Final = " «»\"“”„'‘’"
#: Quotation lines looked at for repeats (each is searched for in the whole text).
_MAX_QUOTES: Final = 30


def _alone_in_its_box(seg: Segmented, block: Block) -> bool:
    """The line is the only one in its innermost box (the lines either side are not in it)."""
    blocks, box = seg.blocks, block.owner
    return all(
        not 0 <= i < len(blocks) or box not in blocks[i].path
        for i in (block.index - 1, block.index + 1)
    )


#: Share of a quotation's word pairs a paragraph must hold for the quotation to retell it.
_RETOLD_PAIRS: Final = 0.6


def _retells(quote: str, text: str) -> bool:
    """Most of the quotation's word pairs (folded) stand in ``text``: the same sentence,
    a word changed or moved ("ستصبح" for "أن تصبح")."""
    words = match_key(quote).split()
    pairs = set(itertools.pairwise(words))
    if len(pairs) < _QUOTED_REPEAT_WORDS:
        return False
    found = pairs & set(itertools.pairwise(match_key(text).split()))
    return len(found) >= _RETOLD_PAIRS * len(pairs)


def _without_pull_quotes(seg: Segmented, body: list[Block]) -> list[Block]:
    """Drop pull quotes: a quotation box that repeats part of a paragraph, word for word
    or, in its own quotation marks, retold (see :func:`_retells`).

    Opinion pages print a sentence of the column a second time, large, in a blockquote
    or an aside in the middle of it; a reader reads it once. The whole box goes, with
    the name it is attributed to (its ``<cite>``). A quotation that stands nowhere else
    in the text is the article's own and stays.
    """
    texts = [b.text for b in body]
    repeats: set[int] = set()
    checked = 0
    for block in body:
        # a quotation in its own marks, a phrase long: "«آتي لأرى من بقي حياً»" set again
        # large after the paragraph that quotes it so
        quoted = block.text.startswith(("«", "“", '"')) and block.text.endswith(("»", "”", '"'))
        if len(block.text.split()) < (_QUOTED_REPEAT_WORDS if quoted else _REPEAT_WORDS):
            continue
        box = next((i for i in reversed(block.path) if seg.elements[i].tag in _QUOTE_TAGS), -1)
        if (
            box < 0
            and quoted
            and block.tag not in HEADING_TAGS
            and block is not body[0]
            and _alone_in_its_box(seg, block)
        ):
            box = block.owner  # "<div class='PullQuote'>«…»</div>": a box no tag names
        if box < 0:
            continue
        checked += 1
        if checked > _MAX_QUOTES:  # a page is not made of quotations: bound the work
            break
        # The quotation marks around the pull quote are the box's, not the sentence's:
        # «الماء صار يأتي إلينا» repeats "… «الماء صار يأتي إلينا. ما كان …»".
        core = block.text.strip(_QUOTE_MARKS)
        if any(len(text) > len(block.text) and core in text for text in texts):
            repeats.add(box)
        elif quoted and any(len(text) > len(block.text) and _retells(core, text) for text in texts):
            # an interview's answer set again large in other words: "«نصف الخدمات
            # الحكومية ستصبح إلكترونية …»" over "أن تصبح نصف الخدمات الحكومية إلكترونية"
            repeats.add(box)
    if not repeats:
        return body
    return [block for block in body if repeats.isdisjoint(block.path)]


#: Captions that tell a story: how many, at the least.
_TOLD_CAPTIONS: Final = 3


def _told_in_captions(r: _Reading) -> list[Block]:
    """The region's captions, when they are prose and the text outside them is too short
    to be the story: the paragraphs of a photo story. Empty when they are not."""
    captions = [
        ln.block
        for ln in r.lines
        if ln.kind == "caption" and not _PHOTO_CREDIT_LINE.match(ln.block.text)
    ]
    told = [b for b in captions if len(b.text) >= PROSE_CHARS]
    if len(told) < _TOLD_CAPTIONS or sum(len(b.text) for b in told) < r.ctx.min_body_chars:
        return []
    # … and among them the shorter ones that are sentences too ("كثفت الأجهزة الأمنية
    # وجودها عند البوابات الرئيسية لتنظيم الدخول ومنع التكدس.")
    return [
        b
        for b in captions
        if len(b.text) >= PROSE_CHARS
        or (len(b.text.split()) >= _SENTENCE_WORDS and ends_a_sentence(b.text))
    ]


#: A photographer's credit, however long the name ("تصوير: …", "عدسة: …").
_PHOTO_CREDIT_LINE: Final = re.compile(r"^\s*(?:تصوير|عدسة|الصورة|صورة|Photo)\s*[:：]", re.I)


def _is_listing(lines: list[Any], body: list[Block]) -> bool:
    """A page of teasers: headline links beside (or instead of) the paragraphs.

    A real article's headline is not a link to another page; a teaser card's is.
    """
    card_titles = [
        ln.block
        for ln in lines
        if ln.kind == "teaser"
        and ln.block.tag in _HEADINGS
        and any(not link.href.startswith("#") for link in ln.block.links)  # not a TOC anchor
    ]
    linked_headings = sum(1 for b in card_titles if len(b.text) >= 15)
    teasers = sum(1 for ln in lines if ln.kind == "teaser" and ln.block.links)
    prose = sum(1 for b in body if len(b.text) >= 80)
    return (
        (linked_headings >= 1 and 3 * linked_headings >= prose)
        or (teasers >= 6 and teasers > 2 * prose)
        # cards with short linked titles ("الحمل", "الثور" … over a blurb each)
        or (len(card_titles) >= 6 and 2 * len(card_titles) >= prose)
    )


#: Stories each dated under its own linked headline that make a section's page.
_DATED_SUMMARIES: Final = 3


def _dated_summaries(seg: Segmented, body: list[Block]) -> int:
    """Paragraphs that open with their own publication label under a linked headline
    ("<a>ندوة في سيئون …</a>" over "تاريخ النشر : 2009/10/14 نظم مركز …"): a section
    page's stories, each dated apart. One story is dated once, above its text."""
    count = 0
    for block in body:
        label = block.text.split(":", 1)[0] if ":" in block.text[:30] else ""
        if not label or not is_date_label(label) or not block.index:
            continue
        title = seg.blocks[block.index - 1]
        if title.links and title.link_density > 0.6:
            count += 1
    return count


def _shows_a_teaser_of(body: list[str], article_body: str | None) -> bool:
    """Whether the HTML shows only the opening of the text its JSON-LD gives whole.

    A script-rendered page prints the headline and the first paragraph for crawlers and
    leaves the rest to JavaScript; its JSON-LD ``articleBody`` has it all. (A JSON-LD
    excerpt shorter than the page, the usual case, changes nothing.)
    """
    if not body or not article_body or len(article_body) < 2 * sum(len(t) for t in body):
        return False
    opening = match_key(body[0])[:80]
    return bool(opening) and opening in match_key(article_body[: len(body[0]) + 200])


#: An HTML text of this many paragraphs or fewer may be a script-rendered page's opening.
_OPENING_ONLY: Final = 3


def _fuller_state_article(body: list[str], md: Metadata) -> AppArticle | None:
    """The article in the client-side state when the page shows only its opening (a
    Next.js page printing the headline and the first paragraph for crawlers), else None."""
    if len(body) > _OPENING_ONLY or not md.app_state_text:
        return None
    app = find_app_article(md.app_state())
    return app if app is not None and _shows_a_teaser_of(body, "\n".join(app.body)) else None


def _fallback_body(
    art: RawArticle, md: Metadata, ctx: Context, *, app: AppArticle | None = None
) -> None:
    """The HTML held no article: try client-side state, then JSON-LD articleBody.

    ``app``: the state's article when it was already found (it is parsed only once).
    """
    if app is None:
        app = find_app_article(md.app_state())
    if app is not None and sum(len(t) for t in app.body) >= ctx.min_body_chars:
        art.body = [*_shown_standfirst(art.body, app.body), *app.body]
        while art.body and (credit := read_credit_line(art.body[-1])):
            art.sources.extend(credit)  # "المصدر: قنا" closing the state's text
            art.body.pop()
        art.field_sources["body"] = "app-state"
        if app.title and art.field_sources.get("title") in ("meta", "none"):
            art.title = app.title
            art.field_sources["title"] = "app-state"
        if not art.authors and app.authors:
            art.authors = [n for a in app.authors for n in split_byline(a)]
        if art.published is None or art.published.source == "url":
            art.published = parse_machine(app.published, "json-ld") or art.published
        art.modified = art.modified or parse_machine(app.modified, "json-ld")
        if not art.related:
            art.related = [RelatedLink(title=t, url=u) for t, u in app.related]
        # (the text's own "اقرأ أيضاً" links come before the boxes under it)
        art.related[:0] = [RelatedLink(title=t, url=u) for t, u in app.inline_related]
        # "بغداد (أ ف ب) - …" opening the state's first paragraph (under the standfirst)
        _lead_dateline(art, app.body[0])
        return
    text = jsonld_str(md.jsonld, "articleBody")
    if text and len(text) >= ctx.min_body_chars:
        art.body = [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()]
        art.field_sources["body"] = "json-ld"
        # A page that renders its text with JavaScript shows no byline either: the
        # metadata's writers are the only ones there are.
        if not art.authors and md.jsonld and "author" in md.jsonld:
            persons, _ = jsonld_people(md.jsonld["author"])
            art.authors = [n for p in persons for n in split_byline(p, site_names=art.site_names)]
            art.field_sources["authors"] = "json-ld"
        _lead_dateline(art)
        return
    raise NotAnArticleError("no article text found on the page (home, section or empty page?)")


def _shown_standfirst(shown: list[str], state: list[str]) -> list[str]:
    """The sentence a script-rendered page shows under its headline (its standfirst,
    kept in the state's "excerpt" and not in its text), when that is all the page shows
    of the text: it opens the text, as it would on a page that shows it all."""
    # (a badge may follow it: "3 دقائق قراءة")
    if not shown or len(shown) > _SHOWN_LINES or not ends_a_sentence(shown[0]):
        return []
    return [] if match_key(shown[0]) in match_key(" ".join(state)) else [shown[0]]


#: Lines a script-rendered page shows of its text when it shows only its standfirst.
_SHOWN_LINES: Final = 2


def _lead_dateline(art: RawArticle, lead: str | None = None) -> None:
    """The dateline opening a text read from the page's data, not its lines (its
    ``lead``, by default its first paragraph), and the agencies its words credit
    ("ونقلت وكالة الأنباء الكويتية (كونا) عن …")."""
    lead = lead or (art.body[0] if art.body else None)
    dateline = read_dateline(lead, own_names=art.site_names) if lead else None
    if dateline is not None:
        _take_dateline(art, dateline)
    _credits_in_the_text(art, art.body, live=False)


#: Lines of a reference list read for the agencies it cites, and its heading.
_CITED_WORKS: Final = 12
_WORKS_HEADING: Final = re.compile(r"^\s*(?:ال)?(?:مصادر|مراجع)")
#: A boxed summary over the text ("<div class='nh-article__summary'>"): the lead is the
#: paragraph after it.
_STANDFIRST_KINDS: Final = frozenset({"lead"})


#: A summary's label in another language, opening its paragraph.
_SUMMARY_LABEL: Final = re.compile(
    r"^\s*(?:Résumé|Resume|Summary|En bref|L'essentiel)\b", re.IGNORECASE
)


def _credits_in_the_text(
    art: RawArticle, texts: list[str], *, live: bool, standfirst: bool = False
) -> None:
    """The agencies the text's own words credit: a closing "(وام)", a later paragraph's
    dateline, a paragraph's closing credit, the lead's, an agency marked or reported.
    ``live``: a live blog, whose updates are stories of their own (each credit counts).
    ``standfirst``: the first text is a boxed summary over the lead.
    """
    if texts:
        # "… في المنطقة. (وام)": an agency in parentheses closing the last paragraph
        # credits the story; the paragraph keeps it as written.
        closing = _CLOSING_CREDIT.search(texts[-1])
        if closing:
            art.sources.extend(agencies_in(closing.group(1)))
    for text in texts[1:]:
        # "لندن (رويترز) - …" opening a later paragraph: a digest's item, or a story's
        # second part, filed by its own agency
        opening = read_dateline(text[:_DATELINE_HEAD], own_names=art.site_names)
        if opening is not None and opening.sources and not opening.standalone:
            art.sources.extend(s for s in opening.sources if s.code)
    if texts and (live or not _credits_another(art)):
        # "… في الغرف المغلقة. (بترا)" closing a paragraph further up, when no other
        # credit is found: the agency and nothing else, after a finished sentence. A
        # live blog's updates are stories of their own: each one's credit counts.
        for text in texts[:-1]:
            ending = _SENTENCE_THEN_CREDIT.search(text)
            agencies = only_agencies(ending.group(1)) if ending else []
            if agencies:
                art.sources.extend(agencies)
                if not live:
                    break
    if texts and not _credits_another(art, named=True):
        # (a generic "وكالات" leaves the lead's named agency its credit: "…، بحسب ما
        # ذكرته وكالة فرانس برس" over a closing "المصدر: وكالات"; a standfirst of no
        # sentence over the lead leaves it the lead)
        under_subtitle = len(texts) > 1 and _a_short_standfirst(texts[0])
        lead_source = lead_credit(texts[1] if under_subtitle else texts[0])
        if lead_source is None and standfirst and not under_subtitle and len(texts) > 1:
            # a standfirst's sentence over the lead, which says whose copy it reports
            # ("… حسب ما أفاد به بيان للوزارة نقلته وكالة الأنباء الجزائرية", "باسكنو -
            # أفادت الوكالة الموريتانية للأنباء بأن …")
            # (not a journal's study: "نشرت مجلة «ذا لانسيت» … نتائج دراسة")
            lead_source = lead_credit(texts[1])
            if (
                lead_source is not None
                and not (lead_source.code or is_agency_name(lead_source.name))
                and _PUBLISHED_BY.match(texts[1])
            ):
                lead_source = None
        if lead_source is not None:
            art.sources.append(lead_source)
    if texts and (live or not _credits_another(art, named=True)):
        # "ونقلت وكالة الأنباء العمانية عن مصدر …", "وذكرت صحيفة «ليكيب» الفرنسية أن …"
        # opening a paragraph further down, when no agency or outlet is named elsewhere
        # (a generic "وكالات" leaves it its credit), as "ونقلت وكالة الأنباء العراقية
        # (واع) عن" credits INA (its dateline is read so); "في بيان نقلته وكالة الأنباء
        # الكويتية (كونا)" further down, or "«وام»" in the lead: an agency marked by its
        # code inside a sentence, when nothing at all credits the story.
        alone = live or not _credits_another(art)
        marked = [marked_agency(text) if alone else None for text in texts]
        reported = [None, *(opening_agency(text) for text in texts[1:])]
        # (each paragraph's credit counts: a live blog's updates, a story's parts)
        art.sources.extend(filter(None, (m or o for m, o in zip(marked, reported, strict=True))))


#: A lead telling what a journal published (a study: "نشرت مجلة «ذا لانسيت» … نتائج
#: دراسة"), not what an outlet reported ("نشرت صحيفة فايننشال تايمز تقريراً …" credits it).
_PUBLISHED_BY: Final = re.compile(
    r"^\s*(?:[^\W\d][^،,.:\-–—\d]{1,25}?\s*[\-–—]\s*)?و?نشرت\s+مجلة\b.{0,80}?\b(?:دراسة|بحث|بحثا|ورقة)"
)


def _fill_meta_fields(art: RawArticle, md: Metadata) -> None:
    art.language = md.lang or (md.first("og:locale") or "").split("_")[0] or None
    tags = md.all("article:tag")
    if not tags:
        keywords = jsonld_str(md.jsonld, "keywords") or md.first("news_keywords") or ""
        tags = [t for t in keywords.replace("،", ",").split(",")]
    art.tags = [t.strip() for t in tags if t.strip()][:50]
    art.section = jsonld_str(md.jsonld, "articleSection") or md.first("article:section")
    art.breadcrumbs = md.breadcrumbs
    if not art.section and len(md.breadcrumbs) >= 2:
        art.section = md.breadcrumbs[-2] if len(md.breadcrumbs) > 2 else md.breadcrumbs[-1]
    image = md.first("og:image") or md.first("twitter:image")
    if not image and md.jsonld:
        image = jsonld_str(md.jsonld, "image", "thumbnailUrl")
    art.image = image
