"""The headline: the visible ``<h1>`` that agrees with the page's metadata.

``<title>`` and og:title often carry a site suffix or an SEO rewording; the reader sees
the ``<h1>``. When several ``<h1>`` exist (a logo, a section name) the one whose words
best overlap the metadata title wins; without any usable ``<h1>`` the metadata title is
used with its " | Site" or " - Site" part cut off.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from ..boilerplate import HEADLINE_LABELS, NOT_BODY_KINDS, SOCIAL_WORDS
from ..dates import scan_dates
from ..segment import Block, Segmented, in_kind, split_block
from ..textnorm import clean_text, match_key
from .byline import has_byline_prefix
from .sources import read_dateline

#: (">" and "›" too: a breadcrumb's steps after the headline, "العنوان > أخبار محلية > الموقع")
_TITLE_SEPARATORS: Final = re.compile(r"\s+[|\-–—:«»•·>›]{1,2}\s+|\s*[|]\s*|\s+\.{2,3}\s+")


def title_parts(title: str) -> list[str]:
    """A metadata title's parts between its separators ("الواحة نت :: تفاصيل الخبر")."""
    return [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's words found in the other (0..1)."""
    wa, wb = set(match_key(a).split()), set(match_key(b).split())
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def agreement(a: str, b: str) -> float:
    """Dice overlap of the two word sets (0..1): high only when most words are shared."""
    wa, wb = set(match_key(a).split()), set(match_key(b).split())
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def strip_site_suffix(title: str, site_names: tuple[str, ...]) -> str:
    """'Headline - اليوم السابع' -> 'Headline'."""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    site_keys = {match_key(s) for s in site_names if s}
    kept = [p for p in parts if match_key(p) not in site_keys]
    # Unknown site name: drop the last part when it is short and the rest is long.
    if len(kept) == len(parts) and len(parts[-1]) <= 30 and sum(map(len, parts[:-1])) >= 20:
        kept = parts[:-1]
    if not kept:
        return title.strip()
    # Re-join what remains with the separators the title had.
    first, last = kept[0], kept[-1]
    return title[title.index(first) : title.rindex(last) + len(last)].strip()


#: A label of one or two words before a bar or a colon: "عاجل | …", "فيديو: …".
_KICKER: Final = re.compile(
    r"^\s*(?:(\S+(?:\s\S+)?)\s*[|:：]"
    # a label in its own badge, with no separator: "<span>عاجل</span> حريق ضخم …"
    rf"|(?:{'|'.join(HEADLINE_LABELS)})\s)\s*(?P<rest>\S.*)$"
)


#: A kicker without a separator is at most this many words, before a headline at least
#: this long.
_KICKER_WORDS: Final = 3
_BARE_TITLE_CHARS: Final = 20


def _without_kicker(text: str, meta_titles: list[str]) -> str:
    """The headline without a kicker printed inside its ``<h1>`` (``<span>عاجل |</span>``),
    when the page's own metadata names the headline without it. "مصر: الحكومة …", whose
    metadata keeps the "مصر:", stays whole."""
    match = _KICKER.match(text)
    if match is None:
        # "<h1><span class='RedTitle'>قرار مرتقب</span> <span>المركزي المصري يثبت …</span>":
        # a kicker of a few words with no separator, which the metadata leaves out
        for meta in meta_titles:
            head = text[: -len(meta)] if len(meta) >= _BARE_TITLE_CHARS else ""
            if (
                head
                and text.endswith(meta)
                and head.endswith(" ")
                and len(head.split()) <= _KICKER_WORDS
            ):
                return meta
        return text
    if not meta_titles:
        return text
    rest = match.group("rest")
    whole = max(agreement(text, t) for t in meta_titles)
    bare = max(agreement(rest, t) for t in meta_titles)
    return rest if bare > whole else text


def _with_its_kicker(seg: Segmented, block: Block, meta_titles: list[str]) -> str | None:
    """The headline with the kicker set apart inside its ``<h1>``, when the kicker is the
    headline's opening clause, up to its colon, and the metadata's headline is both
    ("<h1><span class='jeg_kicker'>بعد تراجع إيرادات النفط:</span><span>الكويت تعيد
    جدولة …</span></h1>" under og:title "بعد تراجع إيرادات النفط: الكويت تعيد جدولة
    …"). A section's or a badge's label ("عاجل |", "المرأة |") stays out, whatever the
    metadata says."""
    if block.index == 0 or block.owner < 0:
        return None
    kicker = seg.blocks[block.index - 1]
    if not kicker.text.rstrip().endswith((":", "：")):
        return None
    heading = block.owner if seg.elements[block.owner].tag == "h1" else -1
    if heading < 0 or heading not in kicker.path or seg.elements[kicker.owner].kind != "label":
        return None
    joined = f"{kicker.text} {block.text}"
    key = match_key(joined)
    return joined if any(match_key(t) == key for t in meta_titles) else None


def find_title(
    seg: Segmented, meta_titles: list[str], site_names: tuple[str, ...]
) -> tuple[str | None, Block | None, str]:
    """(title, the block showing it or None, where it came from)."""
    headings = [b for b in seg.blocks if b.tag == "h1" and 8 <= len(b.text) <= 400]
    site_keys = {match_key(s) for s in site_names if s}
    # "<title>الرافدين نيوز</title>" on every page of a legacy portal names the site, no story
    meta_titles = [t for t in meta_titles if match_key(t) not in site_keys]
    headings = [b for b in headings if match_key(b.text) not in site_keys]
    best: Block | None = None
    best_score = 0.0
    for block in headings:
        # Symmetric: a site-name <h1> is a subset of "Site: Headline" but covers little of it.
        score = max((agreement(block.text, t) for t in meta_titles), default=0.0)
        if score > best_score:
            best, best_score = block, score
    if best is not None and best_score >= 0.6:
        kicked = _with_its_kicker(seg, best, meta_titles)
        if kicked is not None:
            return kicked, best, "h1"
        return _without_kicker(best.text, meta_titles), best, "h1"
    for block in seg.blocks:
        # "<h1>صلالة</h1>" under og:title "صلالة | موسوعة الرائد": an encyclopedia's
        # entry named in one short word, too short for the search above
        if (
            block.tag == "h1"
            and 2 <= len(block.text.strip()) < 8
            and any(
                _TITLE_PARTS.split(t, maxsplit=1)[0].strip() == block.text.strip()
                for t in meta_titles
            )
        ):
            # … unless a long <h2> after it heads the text: then the word names the
            # section ("<h1>الأخبار</h1>" under "<title>الأخبار - أمانة …</title>")
            h2 = _headline_h2(seg, block)
            if h2 is not None:
                return h2.text, h2, "h2"
            return block.text.strip(), block, "h1"
    if not meta_titles and not headings:
        # No headline in the metadata (a CMS's "تفاصيل الخبر" only) and no <h1>: the
        # line the text is set under, as a legacy page prints it in a big bold cell.
        shown = _headline_over_the_text(seg)
        if shown is not None:
            return shown.text, shown, "visible"
    if not meta_titles and len(headings) == 1:
        # A short <h1> over the page ("المركز الإعلامي") names its section when a long
        # <h2> after it heads the text.
        h2 = None if len(headings[0].text) >= 20 else _headline_h2(seg, headings[0])
        if h2 is not None:
            return h2.text, h2, "h2"
        return headings[0].text, headings[0], "h1"
    if len(headings) == 1 and len(headings[0].text) >= 20 and headings[0].link_density < 0.5:
        return headings[0].text, headings[0], "h1"
    if (
        len(headings) == 1
        and headings[0].link_density < 0.5  # a blog's name links home: "Blog: Post"
        and any(_opens(headings[0].text, t) for t in meta_titles)
    ):
        # "<h1>سامي العطّار</h1>" under og:title "سامي العطّار: المدن لا تُبنى …": a profile
        # names its subject in the h1 and its metadata adds the quote shown under it.
        return headings[0].text, headings[0], "h1"
    # No usable h1: a heading that matches the metadata (some portals use h2).
    for block in seg.blocks:
        if (
            block.tag in ("h2", "h3")
            and meta_titles
            and len(block.text) >= 15
            and match_key(block.text) not in site_keys  # the logo's "<h2>وزارة …</h2>"
            and max(overlap(block.text, t) for t in meta_titles) >= 0.8
        ):
            return block.text, block, block.tag
    if not headings and meta_titles and all(_names_no_story(t) for t in meta_titles):
        # "<title>اليمن الغد</title>", "<title>الشروق - محليات</title>": a legacy page's
        # title names the site (and the section) on every page; the headline is the
        # line the text is set under
        shown = _headline_over_the_text(seg)
        if shown is not None and not any(overlap(shown.text, t) >= 0.5 for t in meta_titles):
            return shown.text, shown, "visible"
    for title in meta_titles:
        found = _find_shown(seg, title, site_names)
        if found is not None:
            return found.text, found, "visible"
    for title in meta_titles:
        cleaned = clean_text(strip_site_suffix(title, site_names))
        if cleaned:
            return cleaned, None, "meta"
    return None, None, "none"


#: A title of this many words at most, its separators aside, names a site or a section.
_NAME_WORDS: Final = 3


def _names_no_story(title: str) -> bool:
    return len(" ".join(title_parts(title)).split()) <= _NAME_WORDS


#: Lines looked at above the text's first paragraph for its headline.
_OVER_THE_TEXT: Final = 10
#: How long a headline is, in characters and in words.
_HEADLINE_CHARS: Final = (12, 200)
_HEADLINE_WORDS: Final = 3
#: Paragraphs of prose tried, in order, as the text's first.
_PROSE_TRIED: Final = 3
#: How a headline never ends (a sentence, a label, a cut-off breadcrumb) and what a
#: breadcrumb holds.
_NOT_A_HEADLINE: Final = re.compile(r"(?:[.:：]|\.\.\.|…)\s*$|\s[»›>]\s|[|+]")
_TOOL_WORDS: Final = frozenset(w for phrase in SOCIAL_WORDS for w in phrase.split())


def _headline_over_the_text(seg: Segmented) -> Block | None:
    """The headline of a page that names it nowhere else: the nearest line above the
    first paragraph of prose that reads as one (a few words, no sentence's end, no
    byline, no date, in no box of chrome)."""
    blocks = seg.blocks
    prose = (
        b
        for b in blocks
        if len(b.text) >= _PROSE and b.link_density < 0.3 and not in_kind(seg, b, NOT_BODY_KINDS)
    )
    # (the first prose may be a ticker's run of headlines: then the next one)
    for first in itertools.islice(prose, _PROSE_TRIED):
        # a heading over the byline and the date rows, before a nearer line that only
        # reads like one ("عدد القراءات: 1247" over the text)
        nearest: Block | None = None
        for block in reversed(blocks[max(0, first.index - _OVER_THE_TEXT) : first.index]):
            if _reads_as_a_headline(seg, block):
                if block.tag in _HEADLINE_TAGS:
                    return block
                nearest = nearest or block
        if nearest is not None:
            return nearest
    return None


#: Tags a headline over the text may be set in, preferred to a plain line.
_HEADLINE_TAGS: Final = frozenset({"h1", "h2", "h3"})


def _reads_as_a_headline(seg: Segmented, block: Block) -> bool:
    """A few words, no sentence's end, no byline, no date, in no box of chrome."""
    text = block.text
    words = text.split()
    return not (
        not _HEADLINE_CHARS[0] <= len(text) <= _HEADLINE_CHARS[1]
        or len(words) < _HEADLINE_WORDS
        or block.link_density >= 0.5
        or _NOT_A_HEADLINE.search(text)
        or sum(w in _TOOL_WORDS for w in words) * 2 >= len(words)  # "طباعة أرسل لصديق"
        or in_kind(seg, block, NOT_BODY_KINDS)
        or has_byline_prefix(text)
        or scan_dates(text)
        or _a_standalone_dateline(text)
    )


def _a_standalone_dateline(text: str) -> bool:
    """ "البصرة (أ ف ب)" alone on its line: where the story comes from, no headline."""
    found = read_dateline(text)
    return found is not None and found.standalone


#: Lines looked at after a heading for the prose it heads, and how long prose is.
_HEADED_SPAN: Final = 6
_PROSE: Final = 100


def _headline_h2(seg: Segmented, after: Block) -> Block | None:
    """The first long unlinked ``<h2>`` after ``after`` with prose within a few lines."""
    blocks = seg.blocks
    for block in blocks[after.index + 1 :]:
        if block.tag != "h2":
            continue
        if not 20 <= len(block.text) <= 300 or block.link_density >= 0.5:
            return None
        following = blocks[block.index + 1 : block.index + 1 + _HEADED_SPAN]
        return block if any(len(b.text) >= _PROSE for b in following) else None
    return None


#: What separates a title's parts ("صلالة | موسوعة الرائد").
_TITLE_PARTS: Final = re.compile(r"\s[|\-–—]\s")


def _opens(heading: str, title: str) -> bool:
    """Whether a short heading of two words or more opens the title, up to a separator."""
    if len(heading.split()) < 2 or not title.startswith(heading):
        return False
    return title[len(heading) :].lstrip()[:1] in (":", "|", "-", "–", "—")


def _variants(title: str, site_names: tuple[str, ...]) -> list[str]:
    """The ways a metadata title may appear on the page, longest first."""
    parts = title_parts(title)
    out = [strip_site_suffix(title, site_names), title]
    if len(parts) >= 2:
        out += [" ".join(parts[1:]), " ".join(parts[:-1]), max(parts, key=len)]
    return [clean_text(v) for v in dict.fromkeys(out) if len(v) >= 10]


def _find_shown(seg: Segmented, title: str, site_names: tuple[str, ...]) -> Block | None:
    """A line showing the metadata title, or a short line holding it (then split out)."""
    # Variant by variant, longest first: "الشرق العربي :: العنوان" is shown inside the
    # header line "التاريخ العنوان كتبت: …" before its site part is matched on the logo.
    for variant in _variants(title, site_names):
        for block in seg.blocks:
            if block.text == variant and block.link_density < 0.5:
                return block
        for block in seg.blocks:
            if (
                variant in block.text
                and len(block.text) <= 3 * len(variant)
                and block.link_density < 0.5
            ):
                return split_block(seg, block, _shown_whole(block.text, variant, title))
    return None


#: Words a <title> may cut from the end of the headline it shortens.
_CUT_WORDS: Final = 6
_SENTENCE_END: Final = re.compile(r"[.!؟?:]\s*$")


def _shown_whole(text: str, variant: str, title: str) -> str:
    """The headline as the line shows it around the metadata's ``variant``: the words a
    short <title> cut from its end ("… الواجهة البحرية" shown "… الواجهة البحرية في عين
    المريسة"), without the section the title also names before it ("محليات")."""
    at = text.find(variant)
    piece = variant
    rest = text[at + len(variant) :]
    if (
        rest[:1] == " "
        and len(rest.split()) <= _CUT_WORDS
        and not _SENTENCE_END.search(rest)
        and not has_byline_prefix(rest.strip())
        and not scan_dates(rest)
    ):
        piece = text[at:].strip()
    for part in title_parts(title)[:-1]:
        if len(part.split()) <= 2 and piece.startswith(part + " "):
            piece = piece[len(part) :].strip()
    return piece
