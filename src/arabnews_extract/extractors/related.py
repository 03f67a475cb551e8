"""Related links: what the page itself presents as related to this article.

Two shapes: a box announced by a heading or a class ("اقرأ أيضا", "الموضوعات المتعلقة",
``div.related``) whose links are the items, and an inline paragraph that opens with the
phrase ("اقرأ أيضا: <a>…</a>"). Boxes announced as most-read, latest or suggested are
not related, whatever their class says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

from ..boilerplate import DOSSIER_PHRASES, SUGGESTION_PHRASES
from ..dates import scan_dates
from ..models import RelatedLink, Timestamp
from ..segment import HEADING_TAGS, PROSE_CHARS, Block, Segmented
from ..textnorm import match_key
from ..urls import is_author_page, is_topic_page, is_tracking_param, resolve
from .content import line_kind, outer_box

_MIN_TITLE: Final = 12
#: A story's address dated in its path ("/2024/02/20/…"): a short link text to it is a
#: headline ("تصويب"), not a label.
_DATED_URL: Final = re.compile(r"/(?:19|20)\d\d/[01]?\d/(?:[0-3]?\d/)?[^/?#]+")
_SUGGESTION: Final = re.compile("|".join(re.escape(match_key(p)) for p in SUGGESTION_PHRASES))


#: A digit right after a letter or a mark ("…عامين22", "…ذي قار؟2"): a card's date run
#: on after its title.
_GLUED_DIGIT: Final = re.compile(r"[^\s0-9٠-٩][0-9٠-٩]")
#: A day in figures and a dash opening a link's text: "2025-10-20 - …", "20/10/2025 – …".
_DATE_FIRST: Final = re.compile(
    r"^[0-9٠-٩]{1,4}[-/.][0-9٠-٩]{1,2}[-/.][0-9٠-٩]{1,4}(?:\s+[0-9٠-٩]{1,2}:[0-9٠-٩]{2})?\s*[-–—|]\s+"
)
#: A card's day in brackets closing its link: "أسعار السكر اليوم في الأسواق (12 مارس 2025)".
_BRACKETED_END: Final = re.compile(r"\s*[(\[]([^()\[\]]{4,40})[)\]]\s*$")


def _absolute(href: str, base: str | None) -> str | None:
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "whatsapp:")):
        return None
    url = resolve(href, base)
    return url if url is not None and url[:8].lower().startswith(("http://", "https://")) else None


#: A read-also teaser closing a paragraph, in brackets or not: "… الذروة. [اقرأ أيضاً:
#: <a>…</a>]".
_BRACKETED_READ_ALSO: Final = re.compile(
    r"\s*(?P<open>[\[(])?\s*(?:اقرأ|إقرأ|اقرا|طالع)\s+(?:أيضا|أيضاً|ايضا|ايضاً)\s*[:：]\s*"
    r"(?P<title>[^\[\]()]{5,200}?)\s*(?(open)[\])])\s*$"
)


def bracketed_read_also(block: Block, base_url: str | None) -> tuple[str, RelatedLink] | None:
    """A paragraph closing on a read-also teaser (bracketed, or after its last sentence):
    the paragraph's own text, and the teaser's link. None when the paragraph holds no
    such teaser (or its title is no link)."""
    if not block.links or ("أيض" not in block.text and "ايض" not in block.text):
        return None
    # (after a single <br> inside the paragraph: "… الموسم. طالع أيضاً: <a>…</a>")
    match = _BRACKETED_READ_ALSO.search(block.text)
    if match is None or match.start() == 0:
        return None
    title = match.group("title").strip()
    for link in block.links:
        # the label outside the link ("طالع أيضاً: <a>…</a>") or inside it ("<a><strong>
        # اقرأ أيضاً: …</strong></a>")
        shown = _READ_ALSO_IN_LINK.sub("", link.text.strip())
        url = _absolute(link.href, base_url) if title in (link.text.strip(), shown) else None
        if url is not None:
            return block.text[: match.start()].rstrip(), RelatedLink(title=title, url=url)
    return None


#: Lines on either side of a card's link where its sponsor's label may stand.
_CARD_REACH: Final = 3


#: A sponsored card's own badge (not an ad slot's "إعلان", which labels a slot).
_SPONSORED_BADGES: Final = frozenset(
    match_key(t)
    for t in ("محتوى مدعوم", "محتوى ممول", "محتوى مدفوع", "برعاية", "ممول", "sponsored")
)


def _sponsored_card(seg: Segmented, block: Block) -> bool:
    """A related box's card marked as an advert that says so ("<div class='is-sponsored'>
    … <span>محتوى مدعوم</span> …"): a paid placement, not a related story. An advert's
    class word alone does not tell (a BBC-style "promo" card is the site's own)."""
    elements, blocks = seg.elements, seg.blocks
    near = blocks[max(0, block.index - _CARD_REACH) : block.index + _CARD_REACH + 1]
    box = next((i for i in reversed(block.path) if elements[i].kind == "ad"), -1)
    if box < 0:
        # a card linked whole, its label inside the same link ("<a><div>محتوى مدفوع</div>
        # <h3>…</h3></a>"): the label tells, whatever the card's box is named
        hrefs = {link.href for link in block.links}
        before = blocks[block.index - 1] if block.index else None
        return bool(hrefs) and (
            any(
                other is not block
                and not hrefs.isdisjoint(link.href for link in other.links)
                and line_kind(other.text) == "ad"
                for other in near
            )
            # … or its badge right over its title, muted inside the link ("<span
            # class='badge'>محتوى مدعوم</span><h4>…</h4>")
            or (
                before is not None
                and not before.links
                and match_key(before.text) in _SPONSORED_BADGES
            )
        )
    if not any(elements[i].kind == "related" for i in block.path if i < box):
        return False  # an advert's box around the whole related box
    return any(box in b.path and line_kind(b.text) == "ad" for b in near)


def _pictures_only(seg: Segmented, at: int, box: int) -> bool:
    """The box around the heading at line ``at`` links only pictures: it shows no line
    after the heading, or only lines with no link (each card's section and date under
    its thumbnail, "دبي21 أغسطس 2024"): a strip of thumbnails, titled by their alt."""
    blocks = seg.blocks
    for block in blocks[at + 1 : at + _BOX_SPAN]:
        if box not in block.path:
            break
        if block.links:
            return False
    return any(box in picture.path for picture in seg.linked_images)


def _related_box(seg: Segmented, block: Block) -> int:
    """The innermost element around ``block`` that the page names as related, or -1."""
    elements = seg.elements
    return next((idx for idx in reversed(block.path) if elements[idx].kind == "related"), -1)


def _box_of(seg: Segmented, block: Block) -> int:
    """The smallest element around a heading line that also holds links.

    One pass over the lines after the heading (those of _box_lines), keeping how many
    of the heading's enclosing elements still hold every line so far: at the first line
    with links, the innermost of them is the box.
    """
    path = block.path
    shared = len(path)
    for other in seg.blocks[block.index + 1 : block.index + _BOX_SPAN]:
        theirs = other.path
        common = 0
        limit = min(shared, len(theirs))
        while common < limit and path[common] == theirs[common]:
            common += 1
        shared = common
        if shared == 0:
            return -1
        if other.links:
            return path[shared - 1]
    return -1


#: Boxes whose links are never related items, whatever heading came before them.
_NOT_ITEM_KINDS: Final = frozenset({"tags", "widget", "nav", "share", "comments", "ad"})


#: Boxes of a related box's tab switches ("td-pulldown-filter").
_TAB_KINDS: Final = frozenset({"nav"})

#: Boxes after a related list inside the same footer: the pager and the share bar.
_PAGER_KINDS: Final = frozenset({"nav", "share"})


def _in_pager(seg: Segmented, block: Block, outer: int) -> bool:
    """The line sits in a pager or a share bar inside element ``outer``, and in no box
    the page names as related (whose items' links are often classed "nav")."""
    path = block.path
    kinds = {seg.elements[idx].kind for idx in path[path.index(outer) + 1 :]}
    return "related" not in kinds and not kinds.isdisjoint(_PAGER_KINDS)


def _in_box_of_kind(seg: Segmented, block: Block, outer: int, kinds: frozenset[str]) -> bool:
    """The line sits in a box of one of ``kinds`` inside element ``outer``."""
    path = block.path
    return any(seg.elements[idx].kind in kinds for idx in path[path.index(outer) + 1 :])


#: How far after a heading its box's lines are looked for.
_BOX_SPAN: Final = 60


def _box_lines(seg: Segmented, heading: Block, box: int) -> Iterator[Block]:
    """The lines after ``heading`` inside element ``box`` (the next 60 at most)."""
    for other in seg.blocks[heading.index + 1 : heading.index + _BOX_SPAN]:
        if box not in other.path:
            return
        yield other


def _box_lines_before(seg: Segmented, heading: Block, box: int) -> Iterator[Block]:
    """The lines before ``heading`` inside element ``box``, nearest first."""
    at = heading.index - 1
    while at >= 0 and box in seg.blocks[at].path:
        yield seg.blocks[at]
        at -= 1


def _prose_lines(lines: Iterator[Block], enough: int) -> int:
    """How many of ``lines`` are prose with no link, counted up to ``enough``."""
    count = 0
    for other in lines:
        if not other.links and len(other.text) >= PROSE_CHARS:
            count += 1
            if count == enough:
                break
    return count


def _between_paragraphs(seg: Segmented, heading: Block, box: int) -> bool:
    """Element ``box`` (``heading``'s) sits between two paragraphs of prose: a teaser box
    in the text's flow, not a strip under the text."""
    blocks = seg.blocks
    first = heading.index
    while first > 0 and box in blocks[first - 1].path:
        first -= 1
    last = heading.index
    while last + 1 < len(blocks) and box in blocks[last + 1].path:
        last += 1
    after = blocks[last + 1] if last + 1 < len(blocks) else None
    if after is not None and after.tag in HEADING_TAGS and not after.links:
        last += 1  # the text's next part under its subheading
    return all(
        0 <= at < len(blocks) and not blocks[at].links and len(blocks[at].text) >= PROSE_CHARS
        for at in (first - 1, last + 1)
    )


def _holds_prose(seg: Segmented, heading: Block, box: int) -> bool:
    """Element ``box`` holds at least two lines of prose after ``heading``, or one after
    it and two before it (a "شاهد أيضا:" label near the text's end, one paragraph left
    under its links): the article."""
    after = _prose_lines(_box_lines(seg, heading, box), 2)
    return after == 2 or (after == 1 and _prose_lines(_box_lines_before(seg, heading, box), 2) == 2)


#: Words in a headline; a topic or tag name has fewer.
_HEADLINE_WORDS: Final = 4


_DATE_LINE_CHARS: Final = 50
#: Words of a label before a date ("بيان إخباري |"); more make a headline.
_LABEL_BEFORE_A_DATE: Final = 2
#: Whether a line is a date does not depend on the day it is read: any day lets a date
#: with no year be read as one ("19 مارس").
_ANY_DAY: Final = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


#: First letters of a relative time in words ("منذ", "قبل", "أمس").
_RELATIVE_HEADS: Final = frozenset("مقأا")


def _mostly_a_date(text: str) -> bool:
    """A line that is a date and at most a label: "٢٤ شباط/فبراير ٢٠٢٥ | بيان إخباري"."""
    if len(text) > _DATE_LINE_CHARS:
        return False  # a headline with a number in it is longer than a date and a label
    if not any(ch.isdigit() for ch in text):
        # a relative time in words, the whole line ("منذ يوم", "قبل ساعة"), or no date
        found = scan_dates(text, reference_time=_ANY_DAY) if text[:1] in _RELATIVE_HEADS else []
        return len(found) == 1 and found[0].end - found[0].start >= len(text.strip()) - 1
    found = scan_dates(text) or scan_dates(text, reference_time=_ANY_DAY)
    if not found:
        return False
    before = text[: found[0].start].rstrip()
    if len(before.split()) >= 2 and not before.endswith(("|", "-", "–", "—", "•", "·", ":")):
        return False  # "توقعات الأبراج اليوم الأربعاء 19 يونيو 2024": a headline ending on its day
    if len(before.split()) > _LABEL_BEFORE_A_DATE:
        return False  # "تقويم أم القرى: الأحد غرة المحرم 1446 هـ": a headline about a day
    return sum(m.end - m.start for m in found) >= 0.5 * len(text.strip())


#: A list item's number before a related title: "1. …", "2) …", "3- …".
_LIST_NUMBER: Final = re.compile(r"^[0-9٠-٩]{1,2}\s*[.)\-–]\s+")


#: A box's label is this short ("مواضيع ذات صلة"); a link this long is a headline.
_LABEL_CHARS: Final = 40


def _links_beside_label(block: Block) -> bool:
    """A label's line holds links besides the label itself: "اقرأ أيضا: <a>…</a>".

    A heading that is itself a link ("<h4><a href='#'>مواضيع ذات صلة</a></h4>", a tab's
    switch) holds none: it still heads the box under it.
    """
    if len(block.links) != 1:
        return bool(block.links)
    link = block.links[0]
    return (
        len(link.text) > _LABEL_CHARS
        or link.text != block.text
        or line_kind(link.text) in _TITLE_KINDS
        # "<p><a href='…/de/…'>اقرأ المزيد بالألمانية</a></p>": a link to a page, not a
        # box's switch
        or not (block.tag in HEADING_TAGS or link.href.startswith(("#", "javascript")))
    )


def _lists_articles(seg: Segmented, heading: Block) -> bool:
    """The box a heading opens lists headlines (articles), not topic names (tags).

    Portals head both with the same words ("مواضيع ذات صلة"): the links tell them apart.
    """
    if _links_beside_label(heading):  # "الوسوم: <a>…</a> <a>…</a>": the tags, inline
        return False
    box = _box_of(seg, heading)
    if box < 0:
        return False
    # One item per address, by its longest text: a card's link also wraps its badges
    # ("02:41", "18 صورة") as lines of their own.
    longest: dict[str, str] = {}
    for other in _box_lines(seg, heading, box):
        for link in other.links:
            if is_topic_page(link.href):
                continue  # a card's section label ("<a href='/category/culture/'>ثقافة</a>")
            if len(link.text) > len(longest.get(link.href, "")):
                longest[link.href] = link.text
    texts = list(longest.values())
    headlines = sum(len(text.split()) >= _HEADLINE_WORDS for text in texts)
    # (three headlines or more, each card with its section's link: "في محليات")
    return len(texts) >= 2 and (
        3 * headlines >= 2 * len(texts) or (headlines >= 3 and 2 * headlines >= len(texts))
    )


def _date_near(
    seg: Segmented,
    block: Block,
    title: str,
    reference_time: dt.datetime | None,
    default_tz: str | dt.tzinfo | None,
) -> Timestamp | None:
    """The date a related item shows: in its own line after the title, or the next line;
    never one the headline tells ("… أدنى مستوى منذ عشر سنوات")."""
    texts = [block.text.replace(title, " ", 1)]
    nxt = block.index + 1
    if nxt < len(seg.blocks) and not seg.blocks[nxt].links and len(seg.blocks[nxt].text) <= 60:
        texts.append(seg.blocks[nxt].text)
    for text in texts:
        if len(text) > 300:
            continue
        for match in scan_dates(text, reference_time=reference_time, default_tz=default_tz):
            return match.timestamp
    return None


#: "للمزيد: <a>…</a>", "طالع: <a>…</a>": a label that, alone before one link, points to a
#: related story
#: (in prose, "للمزيد من المعلومات …" opens a sentence, so the label alone counts).
_MORE_KEYS: Final = frozenset(
    match_key(w) for w in ("للمزيد", "لمزيد من التفاصيل", "للمزيد من التفاصيل", "طالع", "اقرأ")
)
#: The longest of those labels, with its colon and spaces.
_MORE_LABEL_CHARS: Final = 24
#: "شاهد" folded: a "watch also" heading.
_WATCH_KEY: Final = match_key("شاهد")
_DOSSIER_KEYS: Final = tuple(match_key(phrase) for phrase in DOSSIER_PHRASES)
#: First words of a heading over videos, "شاهد أيضاً" or "فيديو ذو صلة".
_VIDEO_HEADING_KEYS: Final = (_WATCH_KEY, match_key("فيديو"), match_key("فيديوهات"))
#: A video's page on the portal ("/video/…", "VideoDetails.aspx?VideoID=…").
_VIDEO_PAGE: Final = re.compile(r"/videos?(?:/|\b)|video(?:details|id)|[?&]videoid=", re.IGNORECASE)


def _a_title(text: str) -> bool:
    """A linked line that reads as a headline: no chrome's phrase, or a photo page's
    label over a whole headline ("صورة اليوم: ثلوج مبكرة تكسو قمم صنين", not "صورة:
    رويترز")."""
    kind = line_kind(text)
    return kind in _TITLE_KINDS or (kind == "caption" and len(text.split()) >= _CAPTION_TITLE_WORDS)


#: A linked caption-like line this long is a photo story's headline.
_CAPTION_TITLE_WORDS: Final = 6
#: A linked line of this many words or fewer may be a card's label, not its headline.
_LABEL_WORDS: Final = 3
#: Line kinds a linked headline may have: none, or an explainer's label ("خريطة
#: تفاعلية: أين يقع صدع شرق الأناضول؟" is a headline, not the page's instructions).
_TITLE_KINDS: Final = frozenset({None, "instruction"})
#: A teaser's media kind set before its headline with a comma, as a label apart
#: ("<span>فيديو، </span>نازحون من الفاشر …").
_MEDIA_KIND: Final = re.compile(r"^(?:فيديو|صور|بالصور|بالفيديو|Video)\s*[،,]\s*")
#: A read-also label that opens a link's own text.
_READ_ALSO_IN_LINK: Final = re.compile(
    # (the tanween before or after the alef, "أيضًا" | "أيضاً"; glued to the title when
    # the label and the title are a flex box's two spans, "أيضًاصيف عسير …")
    r"^(?:اقرأ|إقرأ|اقرا|طالع)\s+[أا]يض(?:اً|ًا|ا)\s*[.:：\-–—…]*\s*"
)


#: A link to a document, not a page: "…/financial-statement-2024-2025.pdf".
_DOCUMENT: Final = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:[?#]|$)", re.I)


def _link_key(url: str) -> str:
    """A page's address for telling links apart: no fragment, no closing slash (the
    page's own "#startOfPageId38472", "عد إلى الأعلى", is the page itself), no tracking
    parameter (a box's repeat of a story "?utm_source=related&utm_medium=td_block")."""
    url = url.split("#", 1)[0]
    if "?" in url:
        base, _, query = url.partition("?")
        kept = [p for p in query.split("&") if p and not is_tracking_param(p.split("=", 1)[0])]
        url = f"{base}?{'&'.join(kept)}" if kept else base
    return url.rstrip("/")


#: Links ending on a day in brackets that make it the template's habit, not a headline's.
_TEMPLATE_HABIT: Final = 2


def _names_a_topic(block: Block, base_url: str | None) -> bool:
    """A short label beside the link to a topic's page, its only link ("اقرأ المزيد عن:
    <a href='/topic/power-cuts'>انقطاع الكهرباء</a>"): the title of the topic's stories
    listed under it."""
    if len(block.text) > _LABEL_CHARS or len(block.links) != 1:
        return False
    url = _absolute(block.links[0].href, base_url)
    return url is not None and is_topic_page(url)


#: What a list's item may open or close on besides its title: bullets, dashes.
_BULLETS: Final = " :-–—•■▪►▶●◆□▫"


#: Lines whose links are a prompt's ("تابع أحدث الأخبار عبر تطبيق …: للأندرويد اضغط
#: هنا"), never related items, though they close a box of them.
_PROMPT_KINDS: Final = frozenset({"follow", "app", "newsletter", "share"})


def _bracketed_days(seg: Segmented) -> int:
    """How many of the page's links close on a day in brackets ("… (15 مارس 2025)")."""
    return sum(
        1
        for block in seg.blocks
        for link in block.links
        if link.text.endswith((")", "]"))
        and (match := _BRACKETED_END.search(link.text)) is not None
        and _mostly_a_date(match.group(1))
    )


def find_related(
    seg: Segmented,
    base_url: str | None,
    self_url: str | None,
    *,
    reference_time: dt.datetime | None = None,
    default_tz: str | dt.tzinfo | None = None,
    until: int | None = None,
) -> tuple[list[RelatedLink], set[int]]:
    """Related links in page order (with their dates when shown), and their lines.

    ``until``: the index of the first line that is no longer this article's (the next
    article of an endless-scroll page, with related boxes of its own).
    """
    items: list[RelatedLink] = []
    used: set[int] = set()
    seen: set[str] = set()
    if self_url:
        seen.add(_link_key(self_url))

    where: dict[str, int] = {}  # an item's url key -> its place in items
    bracketed_days: list[int] = []  # the page's count of them, taken once when first asked

    def days_in_brackets_are_the_templates() -> bool:
        if not bracketed_days:
            bracketed_days.append(_bracketed_days(seg))
        return bracketed_days[0] >= _TEMPLATE_HABIT

    def add_pictures(box: int) -> None:
        for picture in seg.linked_images:
            url = _absolute(picture.href, base_url) if box in picture.path else None
            title = picture.text.strip()
            if (
                url is None
                or len(title) < _MIN_TITLE
                or not _a_title(title)
                or is_author_page(url)
                or is_topic_page(url)
                or (key := _link_key(url)) in seen
            ):
                continue
            seen.add(key)
            where[key] = len(items)
            items.append(RelatedLink(title=title, url=url))

    def add(block: Block, *, watch: bool = False) -> None:
        used.add(block.index)
        if _sponsored_card(seg, block):
            return  # a sponsored card set among the related ones, labelled as one
        for link in block.links:
            url = _absolute(link.href, base_url)
            title = _LIST_NUMBER.sub("", link.text.strip(_BULLETS))  # "1. title", "■ title"
            # "<a><span>اقرأ أيضا..</span> title</a>": the label inside the link
            title = _READ_ALSO_IN_LINK.sub("", title)
            title = _MEDIA_KIND.sub("", title)  # "فيديو، نازحون من الفاشر …"
            # Joomla's related items, "2025-10-20 - title": the item's day before its link
            title = _DATE_FIRST.sub("", title)
            if title[:1] == "«" and title[-1:] == "»" and title.count("«") == 1:
                title = title[1:-1].strip()  # "اقرأ أيضا: «…»": the whole headline quoted
            if url is None or not _a_title(title):
                continue
            if len(title) < _MIN_TITLE and (
                len(title) < 3 or not (_DATED_URL.search(url) or block.tag in HEADING_TAGS)
            ):
                # "المزيد", a section's name; a dated story's address may be short, and
                # so may a card's own heading ("<a><h2>تبغُ الجنوب</h2><div>excerpt</div></a>")
                continue
            if watch and _VIDEO_PAGE.search(url):
                continue  # "شاهد أيضاً" over the site's videos: a video strip, no article
            if _mostly_a_date(title):
                continue  # a card's date line inside its link; its headline line follows
            if is_author_page(url) or is_topic_page(url) or _DOCUMENT.search(url):
                # a writer's or a topic's page, linked from a card, or a document (the
                # budget's PDF beside the related stories): no article
                continue
            key = _link_key(url)
            if key in seen:
                at = where.get(key)
                if (
                    at is not None
                    and block.tag in HEADING_TAGS
                    and len(items[at].title.split()) <= _LABEL_WORDS < len(title.split())
                ):
                    # a card's link around its category label and its headline
                    # ("<a><span>العناية بالبشرة</span><h4>دليلك الكامل …</h4></a>")
                    items[at] = RelatedLink(
                        title=title, url=items[at].url, published=items[at].published
                    )
                continue
            seen.add(key)
            where[key] = len(items)
            published = None
            if _GLUED_DIGIT.search(title):
                # A card's <time> inside its link runs on after the title with no space:
                # "…عامين22 يوليو 2024" (a headline may end with a date of its own, spaced:
                # "… في جلسة 5 مارس").
                found = scan_dates(title, reference_time=reference_time, default_tz=default_tz)
                if (
                    found
                    and found[-1].end >= len(title)
                    and found[-1].start >= _MIN_TITLE
                    and not title[found[-1].start - 1].isspace()
                ):
                    published = found[-1].timestamp
                    title = title[: found[-1].start].rstrip(" :-–—•|،,")
            if published is None and title.endswith(("هـ", "ه")):
                # "… بزراعة 9 آلاف شجرة 12 جمادى الآخرة 1445هـ": a whole Hijri day closing
                # a link is the card's date (a headline names a Hijri year, "حج 1445هـ")
                found = scan_dates(title, reference_time=reference_time, default_tz=default_tz)
                last = found[-1] if found else None
                if (
                    last is not None
                    and not title[last.end :].strip("ـ ")  # (the marker's tatweel after it)
                    and last.start >= _MIN_TITLE
                    # (a day the headline is about follows its colon: "تقويم أم القرى:
                    # الأحد غرة المحرم 1446 هـ"; a card's date is digits after a space)
                    and title[last.start].isdigit()
                    and not title[: last.start].rstrip().endswith((":", "：", "،", ","))
                    and last.timestamp.calendar == "hijri"
                    and not last.timestamp.year_inferred
                ):
                    published = last.timestamp
                    title = title[: last.start].rstrip(" :-–—•|،,")
            bracketed = _BRACKETED_END.search(title) if title.endswith((")", "]")) else None
            if (
                published is None
                and bracketed is not None
                and bracketed.start() >= _MIN_TITLE
                and _mostly_a_date(bracketed.group(1))
                and days_in_brackets_are_the_templates()
            ):
                # "… (17 مارس 2025)" closing every item: the card's day the template
                # prints, not the headline's words (one daily report's headline ends on
                # its own day: "أسعار صرف الدولار … (الخميس 9 كانون الثاني 2025)")
                found = scan_dates(
                    bracketed.group(1), reference_time=reference_time, default_tz=default_tz
                )
                published = found[0].timestamp if found else None
                title = title[: bracketed.start()]
            published = published or _date_near(seg, block, title, reference_time, default_tz)
            items.append(RelatedLink(title=title, url=url, published=published))

    blocks = seg.blocks[:until]
    elements = seg.elements
    i = 0
    while i < len(blocks):
        block = blocks[i]
        # Headings and "اقرأ أيضا: …" lines are short; a long paragraph opens no box. A
        # long line of links may open with the heading ("أخبار ذات صلة » … » …": a box
        # written as one line with <br>s).
        if len(block.text) <= 200:
            kind = line_kind(block.text)
        elif block.link_density > 0.6:
            kind = line_kind(block.text[:100])
        else:
            kind = None
        if kind is None and block.links and len(block.text) <= 300:
            # "<span>اقرأ أيضاً</span><a>…</a>": the label and the link side by side with
            # no space between them read as one run of words; the label alone tells.
            at = block.text.find(block.links[0].text) if block.links[0].text else -1
            label = block.text[:at].strip()
            if 0 < at <= 40 and (line_kind(label) == "related" or match_key(label) in _MORE_KEYS):
                kind = "related"
        elif (
            kind is None
            and not block.links
            # (with its colon, or as its box's title: "<div class='MoreDetailsTitle'>";
            # the length first: folding every line of the page costs)
            and len(block.text) <= _MORE_LABEL_CHARS
            and match_key(block.text.strip(" :：")) in _MORE_KEYS
            and i + 1 < len(blocks)
            and blocks[i + 1].links
        ):
            kind = "related"  # "للمزيد:" alone, its links on the next lines
        box = -1
        if (
            kind == "tags"
            and len(block.text) <= 40
            and not match_key(block.text).startswith(_DOSSIER_KEYS)
            and _lists_articles(seg, block)
        ):
            kind = "related"  # "مواضيع ذات صلة" over headlines, not over topic names
        if kind == "widget" and _SUGGESTION.match(match_key(block.text)):
            # "قد يهمك أيضاً" over a box the page names as related: its related links.
            named = _related_box(seg, block)
            if named >= 0:
                kind, box = None, named
        watch = kind == "related" and match_key(block.text).startswith(_WATCH_KEY)
        strip = (
            next((idx for idx in block.path if elements[idx].kind == "widget"), -1) if watch else -1
        )
        if strip >= 0 and not _between_paragraphs(seg, block, strip):
            # "<section class='watch-more'><h2>شاهد أيضاً</h2>" after the text: the site's
            # video strip (between two paragraphs, a teaser box: its videos are related)
            kind = "widget"
        if kind == "related":
            before = len(items)
            if _links_beside_label(block):  # inline "اقرأ أيضا: <a>…</a>"
                # "<span>شاهد أيضاً</span><a href='/videos'>المزيد من الفيديو</a>": a
                # video strip's head and its link to the videos page
                add(block, watch=watch)
                if len(items) > before or not _names_a_topic(block, base_url):
                    i += 1
                    continue
                # "اقرأ المزيد عن: <a href='/topic/…'>انقطاع الكهرباء</a>": the topic's
                # page beside the label, no article; the label heads the box below it
            own = -1
            if len(block.text) <= 40:
                # the box named related, else the box the heading opens ("<div><h4>اقرأ
                # أيضاً</h4><a><img alt=…></a>…</div>")
                own = _related_box(seg, block)
                if own == block.owner and len(block.path) >= 2:
                    # the heading itself named related ("Related_heading__Mm3bT"): the
                    # box is the one around it
                    own = block.path[-2]
                if own < 0 and block.tag in HEADING_TAGS and len(block.path) >= 2:
                    own = block.path[-2]
            if watch and own >= 0 and _between_paragraphs(seg, block, own):
                watch = False  # "شاهد أيضاً" between two paragraphs: a teaser, its videos too
            if own >= 0 and _pictures_only(seg, i, own):
                # "اقرأ أيضاً" over thumbnails alone: each card is a picture in a link,
                # its headline only in the picture's alt (or the link's title)
                add_pictures(own)
                used.add(i)
                i += 1
                continue
            if len(block.text) <= 40:
                box = _box_of(seg, block)
            if (box >= 0 and _holds_prose(seg, block, box)) or (
                box < 0 and len(block.path) <= 1 and len(block.text) <= 40
            ):
                # A loose label ("<p><strong>اقرأ أيضاً:</strong></p>") whose nearest box
                # is the article itself, or that stands in no box at all (a text-only
                # page): its items are the link lines right after it.
                used.add(i)
                i += 1
                while (
                    i < len(blocks)
                    and blocks[i].links
                    and blocks[i].link_density > 0.6
                    # one line per item, or all items on one line ("1- … 2- …" with <br>,
                    # "► title (2010/11/09)" each with its day)
                    and (
                        len(blocks[i].text) < 200
                        or blocks[i].link_density > 0.8
                        or (len(blocks[i].links) >= 2 and blocks[i].link_density > 0.7)
                    )
                ):
                    add(blocks[i], watch=watch)
                    i += 1
                continue
        elif kind in ("tags", "widget") and len(block.text) <= 40:
            # A "مواضيع ذات صلة" / "الأكثر قراءة" box: none of its links are related. A
            # line holding its own links ("كلمات مفتاحية: <a>…</a>، <a>…</a>") is the
            # whole list: the box the next links share may be the article itself.
            skip_box = -1 if len(block.links) >= 2 else _box_of(seg, block)
            i += 1
            # The box ends where its element ends, or earlier at prose or another heading
            # (a loose heading can make the "box" a big ancestor).
            while (
                skip_box >= 0
                and i < len(blocks)
                and skip_box in blocks[i].path
                and line_kind(blocks[i].text) is None
                and (len(blocks[i].text) < PROSE_CHARS or blocks[i].link_density > 0.5)
            ):
                i += 1
            continue
        elif box < 0 and (
            kind is None or (kind == "caption" and block.links and _a_title(block.text))
        ):
            # (a photo page's linked headline, "صورة اليوم: …", reads as a caption)
            box = _related_box(seg, block)
            if (
                box >= 0
                and box == block.path[-1]
                and len(block.text) <= 40
                and match_key(block.text).startswith(_VIDEO_HEADING_KEYS)
            ):
                # "فيديو ذو صلة" in its own "related-video-title" box: it heads the box
                # that holds the video, whose link is no article: the outermost box
                # named related around it, else the box its next links share
                outermost = outer_box(seg, block.path, 0, "related")
                box = outermost if outermost != block.path[-1] else _box_of(seg, block)
                watch = True
        if box >= 0:
            # A box found from a loose heading may be the article's own footer, where the
            # previous/next post links and a share bar follow the related list; inside a
            # box the page names as related, "nav" is only a card's link class.
            footer = elements[box].kind != "related"
            j = i
            while j < len(blocks) and box in blocks[j].path:
                inner = line_kind(blocks[j].text)
                if j > i and inner in ("widget", "tags"):
                    if _in_box_of_kind(seg, blocks[j], box, _TAB_KINDS):
                        used.add(j)  # the box's tab switch ("المزيد من الكاتب"), no box
                        j += 1
                        continue
                    break  # a most-read list inside the same box
                if (
                    blocks[j].links
                    and inner not in _PROMPT_KINDS
                    and not (footer and _in_pager(seg, blocks[j], box))
                ):
                    add(blocks[j], watch=watch)
                used.add(j)
                j += 1
            # Lists built of one box per item (<dl><dt>heading</dt><dd>…</dd></dl><dl><dd>…):
            # following link-only lines under the same parent belong to the list.
            outer = elements[box].parent
            while (
                kind == "related"
                and outer >= 0
                and j < len(blocks)
                and outer in blocks[j].path
                and len(blocks[j].links) == 1  # an item is one link; a tag cloud is many
                and not _in_box_of_kind(seg, blocks[j], outer, _NOT_ITEM_KINDS)
                and blocks[j].link_density > 0.6
                and len(blocks[j].text) < 200
                and _a_title(blocks[j].text)  # ("صورة اليوم: …", a photo page's headline)
            ):
                add(blocks[j], watch=watch)
                used.add(j)
                j += 1
            i = max(j, i + 1)
            continue
        i += 1
    return items, used
