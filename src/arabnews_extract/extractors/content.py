"""The main text: which blocks of the page are the article body.

A general algorithm, no site list. Each line of text gets a *content weight* (its length
without link text, damped when it has no sentence punctuation or sits in a box marked as
chrome); the weight flows up to the line's container and, halved, to the container's
parent (the Readability idea). The best container, plus the siblings that carry a fair
share of prose (articles split by ads or "اقرأ أيضا" boxes live in sibling divs; where
the best container is the only prose in its wrappers, the siblings of the outermost such
wrapper), is the article region. Inside the region, lines are then sorted by what they
say: ad labels, share prompts, teasers, captions and credit lines leave; paragraphs,
subheadings and list items stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from ..boilerplate import (
    BODY_KINDS,
    COUNTER_LABELS,
    ENDING_KINDS,
    FEED_START,
    FILED_LABELS,
    KIND_TAGS,
    LINE_PHRASES,
    NOT_BODY_KINDS,
    PUNCTUATED_KINDS,
    RELATED_HEADINGS_ALONE,
    SOCIAL_WORDS,
    WHOLE_LINE_KINDS,
    WHOLE_LINE_SLACK,
)
from ..segment import HEADING_TAGS, PROSE_CHARS, Block, Element, Segmented, subtree_end
from ..textnorm import arabic_ratio, first_word_key, match_key
from .sources import opens_with_credit_label

#: Tags whose line is a paragraph inside a container (weight goes to the parent).
PARAGRAPH_TAGS: Final = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "figcaption",
        "th",
    }
)
_URL_ONLY: Final = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
#: An address with its label ("رابط مختصر للخبر: https://…", "https://… نسخ الرابط"): a
#: copy-link box's line, no text.
_LABELLED_URL: Final = re.compile(
    r"^\s*(?:[^\s:：]+\s+){0,3}[^\s:：]*[:：]?\s*(?:https?://|www\.)\S+(?:\s+\S+){0,2}\s*$"
)
_LABELLED_URL_CHARS: Final = 160
_SENTENCE_PUNCT: Final = re.compile(r"[.،؛؟!:\"«»]")
#: How a sentence ends; a colon ends a label ("استمع للحلقة:", "باختصار:"), not prose.
_SENTENCE_CLOSE: Final = re.compile(r"[.،؛؟!\"«»]")

_LINE_KEYS: Final[dict[str, tuple[str, ...]]] = {
    kind: tuple(sorted({match_key(p) for p in phrases}, key=len, reverse=True))
    for kind, phrases in LINE_PHRASES.items()
}


def _kind_pattern(kind: str, phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"^(?:{alternation})(?= |$)")


#: One anchored pattern per kind, over folded keys (longest phrase first).
_LINE_PATTERNS: Final = [
    (kind, _kind_pattern(kind, phrases)) for kind, phrases in _LINE_KEYS.items()
]
#: The patterns worth trying on a line, by its folded first word: a phrase matches only
#: a line that opens with the phrase's own first word (each pattern ends on a word's end).
_PATTERNS_BY_FIRST_WORD: Final[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}
for _kind, _pattern in _LINE_PATTERNS:
    for _word in dict.fromkeys(p.split(" ", 1)[0] for p in _LINE_KEYS[_kind]):
        _PATTERNS_BY_FIRST_WORD.setdefault(_word, []).append((_kind, _pattern))


_SOCIAL_KEYS: Final = frozenset(match_key(w) for w in SOCIAL_WORDS)
_RELATED_ALONE: Final = frozenset(match_key(p) for p in RELATED_HEADINGS_ALONE)
_FEED_START: Final = frozenset(FEED_START)
_FIRST_WORDS: Final = frozenset(
    p.split(" ", 1)[0] for phrases in _LINE_KEYS.values() for p in phrases
)
#: First words of the headings that count only alone ("لا تفوت"): common words ("لا")
#: that open many lines of text, folded only on a line as short as such a heading.
_ALONE_FIRST_WORDS: Final = frozenset(p.split(" ", 1)[0] for p in _RELATED_ALONE) - _FIRST_WORDS
_ALONE_CHARS: Final = max(len(p) for p in _RELATED_ALONE) + 5


_LEADING: Final = " \t\n:：-–—•*\"'«»()[]|/،,.!؟?"

#: A record line: a counter's label and a count ("زيارات: 1532", "شوهد ٩٨٠ مرة"), or a
#: filing label, a colon and at most three words ("التصنيف: محليات").
_RECORD_LINE: Final = re.compile(
    rf"^\s*(?:(?:{'|'.join(COUNTER_LABELS)})\s*[:：]?\s*[\d٠-٩][\d٠-٩,.٬]*"
    r"(?:\s*(?:ألف|الف|k))?(?:\s*(?:مرة|مرات|زيارة|مشاهدة|قراءة))?"
    rf"|(?:{'|'.join(FILED_LABELS)})\s*[:：]\s*[^\s:：]+(?:\s+[^\s:：]+){{0,2}})\s*$",
    re.IGNORECASE,
)
#: A counter with its count first: "2318 مشاهدة", "1.2 ألف قراءة", "٣٤٥ زيارة".
_COUNT_FIRST: Final = re.compile(
    r"^\s*[\d٠-٩][\d٠-٩,.٬]*(?:\s*(?:ألف|الف|k|K))?\s*"
    r"(?:مشاهدة|مشاهدات|قراءة|قراءات|زيارة|زيارات|views?)\s*$"
)
_RECORD_HEADS: Final = frozenset(
    first_word_key(label.split(" ", 1)[0]) for label in COUNTER_LABELS + FILED_LABELS
)


def _head_key(text: str) -> str:
    """The folded first word of a line (a cheap stand-in for folding the whole line)."""
    words = text.lstrip(_LEADING).split(None, 1)
    return first_word_key(words[0]) if words else ""


@lru_cache(maxsize=8192)
def line_kind(text: str) -> str | None:
    """The chrome kind a line announces by its opening words ("اقرأ أيضا: …" -> related)."""
    if "#" in text and _a_hashtag_line(text):
        return "tags"  # "#الرباط #سلا #تمارة …", however long
    if len(text) > 400:  # every phrase kind needs a short line
        return None
    if "|" in text and len(text) <= _TOOL_ROW_CHARS and _a_tool_row(text):
        return "share"
    if text.startswith(_TRIVIA_PROMPTS):
        return "widget"  # "هل تعلم؟ أعلى سماكة ثلوج …": a fact box's line, prompt and fact
    # Most lines are prose: their first word opens no phrase and is no social name, and
    # folding that one word is much cheaper than folding the line.
    head = _head_key(text)
    if head in _RECORD_HEADS and _RECORD_LINE.match(text):
        return "record"
    if head[:1].isdigit() and _COUNT_FIRST.match(text):
        return "record"
    if (
        head
        and head not in _FIRST_WORDS
        and head not in _SOCIAL_KEYS
        and (head not in _ALONE_FIRST_WORDS or len(text) > _ALONE_CHARS)
    ):
        if "://" not in text and "www." not in text:
            return None
        if _URL_ONLY.match(text) or (
            len(text) <= _LABELLED_URL_CHARS and _LABELLED_URL.match(text)
        ):
            return "url"
        return None
    key = match_key(text)
    if not key:
        return "empty"
    # The longest phrase that opens the line names it: "اقرأ المزيد من أخبار محلية" is
    # a section's box ("المزيد من أخبار"), not "اقرأ المزيد" over related links.
    found, longest = None, 0
    for kind, pattern in _PATTERNS_BY_FIRST_WORD.get(key.split(" ", 1)[0], ()):
        match = pattern.match(key)
        if match is None or match.end() <= longest:
            continue
        rest = len(key) - match.end()
        if kind in WHOLE_LINE_KINDS:
            # "إعلان" alone is a label; "إعلان الحكومة عن …" is prose.
            slack = WHOLE_LINE_SLACK.get(kind, 25)
            # (the phrase alone may end on its own mark: "هل تعلم؟" over a fact box)
            if rest <= slack and (
                kind in PUNCTUATED_KINDS or rest == 0 or not _SENTENCE_CLOSE.search(text[-3:])
            ):
                found, longest = kind, match.end()
        elif len(key) < 200:
            found, longest = kind, match.end()
    if found == "share" and key.split(" ", 1)[0] in _SHARE_NOUNS and not _a_share_row(key):
        return None  # "مشاركة مجتمعية" (participation), a subheading; not "مشاركة 1.2K"
    if found == "share" and key.startswith(_TOOK_PART):
        return None  # "شارك في الإعداد: منى حسن": who took part, not a share prompt
    if found == "tags" and len(key.split()) > _TAG_LINE_WORDS and _SENTENCE_END.search(text):
        return None  # "الموضوع: تنظيم حصص الدعم التربوي …." heading a circular: its text
    if found == "related" and not _FOLLOW_VERBS.isdisjoint(key.split()):
        return "follow"  # "للمزيد من الأخبار تابعونا على تطبيق …": a follow prompt
    if found is None and key in _RELATED_ALONE:
        return "related"  # "في نفس السياق" alone over links; opening a sentence, prose
    words = key.split()
    if (
        found is None
        and words[0] in _FOLLOW_VERBS
        and len(words) <= _FOLLOW_WORDS
        and not _FOLLOW_PLACES.isdisjoint(words)
    ):
        return "follow"  # "تابعوا «المغرب الآن» على Google News": the portal, on a network
    return found or _line_shape(text, key)


#: A "did you know" box's prompt, its question mark right after it (prose asks "هل تعلم
#: أن …؟" at the sentence's end).
_TRIVIA_PROMPTS: Final = ("هل تعلم؟", "هل تعلم ؟", "هل تعلمين؟", "هل تعلمون؟")
#: A legacy page's tool row under the text, its items between bars, each a tool, a count
#: or a network: "طباعة | أرسل لصديق | التعليقات (٢) | عدد القراءات: ١٤٣٧".
_TOOL_ROW_CHARS: Final = 160
#: (besides the networks and the one-word tools of SOCIAL_WORDS: "طباعة", "print")
_TOOLS: Final = frozenset(
    match_key(w)
    for w in (
        "اطبع",
        "أرسل لصديق",
        "إرسال لصديق",
        "أرسل الخبر",
        "أرسل المقال",
        "حفظ",
        "تكبير الخط",
        "تصغير الخط",
        "حجم الخط",
        "نسخة للطباعة",
    )
)
_TOOL_ROW_KINDS: Final = frozenset({"share", "record", "comments"})


def _a_tool_row(text: str) -> bool:
    parts = [part.strip() for part in text.split("|") if part.strip()]
    return len(parts) >= 2 and all(
        (key := match_key(part)) in _TOOLS
        or key in _SOCIAL_KEYS
        or line_kind(part) in _TOOL_ROW_KINDS
        for part in parts
    )


#: Hashtags in a line this many at least, and this share of its words, make it a tag list.
_HASHTAGS: Final = 3
_HASHTAG_SHARE: Final = 0.7


def _a_hashtag_line(text: str) -> bool:
    """A line of hashtags, perhaps after its label ("كلمات دلالية: #لبنان #بيروت …")."""
    words = text.split(":", 1)[-1].split()
    tagged = sum(word.startswith("#") for word in words)
    return tagged >= _HASHTAGS and tagged >= _HASHTAG_SHARE * len(words)


#: "Follow us" verbs, and the networks and news apps a portal is followed on, in a line
#: this short.
_FOLLOW_WORDS: Final = 12
_FOLLOW_VERBS: Final = frozenset(match_key(w) for w in ("تابعوا", "تابعونا", "تابعنا"))
_FOLLOW_PLACES: Final = _SOCIAL_KEYS | {
    match_key(w) for w in ("google", "جوجل", "غوغل", "قناتنا", "صفحتنا")
}
#: A tag list's label and its tags run this many words at most when they end like a
#: sentence (a circular's "الموضوع: …." is a sentence).
_TAG_LINE_WORDS: Final = 6

_SHARE_KEYS: Final = frozenset(_LINE_KEYS["share"])
#: Words a share label is made of besides social names ("شارك الخبر عبر فيسبوك").
_SHARE_WORDS: Final = frozenset(w for k in _SHARE_KEYS for w in k.split()) | {
    match_key(w) for w in ("على", "عبر", "في", "مع", "عن")
}


#: "شارك في …": took part in (a credit, a sentence), never a share label.
_TOOK_PART: Final = tuple(match_key(p) for p in ("شارك في ", "شاركت في "))
#: Share labels that are also nouns of the text ("مشاركة": sharing, participation).
_SHARE_NOUNS: Final = frozenset(match_key(w) for w in ("مشاركة", "المشاركة"))


def _a_share_row(key: str, *, counts: bool = True) -> bool:
    """A folded line of share words and social names only (and counts, if ``counts``)."""
    return all(
        w in _SOCIAL_KEYS or w in _SHARE_WORDS or (counts and any(ch.isdigit() for ch in w))
        for w in key.split()
    )


def _a_share_label(text: str) -> bool:
    """A heading that is a share label: a share phrase alone, or with social names after
    it ("شارك عبر فيسبوك"), not a subheading that opens with the same word."""
    key = match_key(text)
    return key in _SHARE_KEYS or _a_share_row(key, counts=False)


def _line_shape(text: str, key: str) -> str | None:
    """Kinds told by what a line is made of rather than how it opens."""
    words = key.split()
    if len(words) <= 16 and sum(w in _SOCIAL_KEYS for w in words) >= max(2, 0.6 * len(words)):
        return "share"
    if _URL_ONLY.match(text) or (
        len(text) <= _LABELLED_URL_CHARS and "://" in text and _LABELLED_URL.match(text)
    ):
        return "url"  # (a label opening with a phrase's word: "رابط مختصر للخبر: https://…")
    return None


def block_weight(block: Block) -> float:
    """How much a line looks like article prose."""
    n = len(block.text)
    if n < 25:
        return 0.0
    density = block.link_density
    if density > 0.5:
        return 0.0
    weight = n * (1.0 - density)
    punct = len(_SENTENCE_PUNCT.findall(block.text))
    if punct == 0:
        weight *= 0.3 if n < 120 else 0.6
    return weight


@dataclass(slots=True)
class Region:
    """The article region: its root elements and the lines inside it."""

    roots: list[int]
    blocks: list[Block]
    total: float
    scores: dict[int, float] = field(default_factory=dict)
    #: Kinds of the boxes around the region ("video-page" > "video-info"): the page's
    #: theme, which marks nothing inside it as chrome.
    theme: frozenset[str] = frozenset()


def outer_box(seg: Segmented, path: tuple[int, ...], start: int, kind: str) -> int:
    """The outermost element of path[start:] marked as ``kind`` (a box, not its title)."""
    return next((idx for idx in path[start:] if seg.elements[idx].kind == kind), -1)


#: A paragraph announcing what follows: a sentence ending on a colon.
_ANNOUNCING: Final = re.compile(r"[:：]\s*$")
#: How far into an announced box a sentence is looked for.
_INTRODUCED_LINES: Final = 6


def _announces(text: str) -> bool:
    """A line ending on its colon ("وقدم واجب العزاء كل من:"), or prose announcing."""
    return text.rstrip().endswith((":", "：")) or _introduces(text)


def _introduces(text: str) -> bool:
    """A paragraph of prose that announces the box after it ("وجاء في أبرزها:")."""
    return len(text) >= PROSE_CHARS and _ANNOUNCING.search(text) is not None


def _chrome_in_path(
    seg: Segmented, path: tuple[int, ...], start: int = 0, theme: frozenset[str] = frozenset()
) -> str | None:
    """The innermost chrome kind among path[start:] (body kinds such as "lead" are not,
    nor the kinds in ``theme``). A box marked as the text itself inside a picture's box
    ("photo-story__text" under a slide's picture, "album-item__text") is text."""
    marked_text = False
    for idx in reversed(path[start:]):
        kind = seg.elements[idx].kind
        if kind == "text":
            marked_text = True
        elif kind == "caption" and marked_text:
            continue
        elif kind is not None and kind not in BODY_KINDS and kind not in theme:
            return kind
    return None


#: The weight of one real paragraph (a lead in a box of its own is one).
PARAGRAPH_WEIGHT: Final = 120.0


def _paragraph_holders(seg: Segmented, weights: list[float]) -> set[int]:
    """Elements holding a line of real prose (weighed before any chrome damping)."""
    holders: set[int] = set()
    for block, weight in zip(seg.blocks, weights, strict=True):
        if weight >= PARAGRAPH_WEIGHT:
            holders.update(block.path)
    return holders


def _heading_before(elements: list[Element], idx: int) -> int:
    """The heading right before the element, in the same box, or -1: unmarked, or marked
    as text ("أبرز ما حدث" titling a live page's pinned summary)."""
    parent = elements[idx].parent
    before = idx - 1
    while before > parent and elements[before].parent != parent:
        before -= 1  # step back over the previous sibling's own boxes
    if (
        before > parent
        and elements[before].tag in HEADING_TAGS
        and (elements[before].kind is None or elements[before].kind in BODY_KINDS)
    ):
        return before
    return -1


def _path_of(elements: list[Element], idx: int) -> tuple[int, ...]:
    """The element's chain of boxes, outermost first, itself last."""
    path = []
    while idx >= 0:
        path.append(idx)
        idx = elements[idx].parent
    return tuple(reversed(path))


def find_region(seg: Segmented, weights: list[float], *, live: bool = False) -> Region | None:
    """Pick the container that holds the article (Readability-style scoring).

    ``live``: the page declares a live blog, whose updates are boxes side by side (an
    ``<li>`` each): the region is the box that holds them all, not the weightiest one.
    """
    scores: dict[int, float] = {}
    totals: dict[int, float] = {}
    longest: dict[int, float] = {}  # the weightiest single line under each element
    for block, weight in zip(seg.blocks, weights, strict=False):
        if weight <= 0:
            continue
        if _chrome_in_path(seg, block.path) is not None:
            weight *= 0.15
        path = block.path
        if block.tag in PARAGRAPH_TAGS and len(path) > 1:
            path = path[:-1]
        for level, idx in enumerate(reversed(path[-3:])):
            scores[idx] = scores.get(idx, 0.0) + weight / (level + 1)
        # Totals count the paragraph's own element too: a paragraph standing beside the
        # best box (a podcast's description above its transcript's box) may join it.
        for idx in block.path:
            totals[idx] = totals.get(idx, 0.0) + weight
            if weight > longest.get(idx, 0.0):
                longest[idx] = weight
    if not scores:
        return None
    best = max(scores, key=lambda i: scores[i])
    elements = seg.elements
    if _chrome_in_path(seg, _path_of(elements, best)) is not None:
        # Fifty readers' comments outweigh a short story even damped: a box outside all
        # chrome that holds two real paragraphs' worth is the article.
        clean = [i for i in scores if _chrome_in_path(seg, _path_of(elements, i)) is None]
        if clean:
            alternative = max(clean, key=lambda i: scores[i])
            if scores[alternative] >= 2 * PARAGRAPH_WEIGHT:
                best = alternative
    roots = [best]
    best_total = totals.get(best, 0.0)
    # The box whose children are weighed beside the best one: its parent, or the first
    # box further up that holds prose of its own (a lead in a box above the text's
    # wrapper; a video's description beside the box that wraps its transcript).
    branch, parent = best, elements[best].parent
    while parent >= 0 and totals.get(parent, 0.0) <= best_total:
        branch, parent = parent, elements[parent].parent
    if parent < 0:
        branch, parent = best, elements[best].parent
    if live:
        entries = _updates_box(elements, best, longest)
        if entries is not None:
            branch, parent = entries
            best = branch  # the whole update, its heading and time with it
    # A kind that the boxes around the article carry is the page's theme, not chrome
    # ("video-page" > "video-info" > "video-description").
    theme: set[str] = set()
    up = parent
    while up >= 0:
        kind = elements[up].kind
        if kind is not None:
            theme.add(kind)
        up = elements[up].parent
    if parent >= 0 and _prose_of_its_own(seg, weights, parent) and elements[parent].kind is None:
        # The best box is a statement quoted inside the story, whose own paragraphs sit
        # straight in the box around it ("<div>text<br><br>… كما يلي:<div>the
        # statement</div>text</div>"): that box is the article.
        roots = [parent]
    elif parent >= 0:
        threshold = max(0.12 * best_total, 60.0)
        # A box of the theme's kind joins when it holds a real paragraph, unless its
        # tag says chrome (<aside>).
        children = [i for i, el in enumerate(elements) if el.parent == parent]
        themed = bool(theme) and any(elements[i].kind in theme for i in children)
        holders = _paragraph_holders(seg, weights) if themed else set()
        joined = [
            i
            for i in children
            if i == branch
            or (
                elements[i].kind is None
                # a fair share of prose, or one real paragraph (a lead in its own box)
                and (totals.get(i, 0.0) >= threshold or longest.get(i, 0.0) >= PARAGRAPH_WEIGHT)
            )
            or (elements[i].kind in theme and elements[i].tag not in KIND_TAGS and i in holders)
        ]
        # Between two boxes of the article, an unnamed box is the article's too: a page
        # that gives every paragraph its own box gives one to each subheading as well.
        first, last = children.index(joined[0]), children.index(joined[-1])
        gaps = {i for i in children[first:last] if elements[i].kind is None}
        kept = gaps.union(joined)
        roots = [best if i == branch else i for i in children if i in kept]
        heading = _heading_before(elements, best) if branch != best else -1
        if heading >= 0:
            # <section><h2>ضيوف الحلقة</h2><ul>…</ul></section> joined by its list: the
            # list's own heading comes with it.
            roots.insert(roots.index(best), heading)
        roots += _sibling_sections(elements, parent, totals)
    elif elements[best].tag in PARAGRAPH_TAGS:
        roots = _loose_paragraphs(elements, best, totals, longest)
    roots = [_with_its_label(seg, elements, root) for root in roots]
    root_set = set(roots)
    blocks = [b for b in seg.blocks if root_set.intersection(b.path)]
    total = sum(totals.get(i, 0.0) for i in roots)
    return Region(roots, blocks, total, scores, frozenset(theme))


#: Lines looked at after a translation's heading for the Arabic text going on.
_AFTER_TRANSLATION: Final = 30


def _arabic_prose_after(blocks: list[Block], at: int, box: int) -> bool:
    """An Arabic paragraph follows the box the heading at ``at`` opens, outside it."""
    return any(
        box not in later.path and len(later.text) >= PROSE_CHARS and arabic_ratio(later.text) >= 0.6
        for later in blocks[at + 1 : at + 1 + _AFTER_TRANSLATION]
    )


def _sibling_sections(elements: list[Element], box: int, totals: dict[int, float]) -> list[int]:
    """The ``<section>``s beside the text's own, each of them as weighty: a page that
    sets each question and its answer, or each chapter, in a section of its own."""
    section = elements[box]
    if section.tag != "section" or section.parent < 0:
        return []
    floor = 0.5 * totals.get(box, 0.0)
    return [
        i
        for i, el in enumerate(elements)
        if i != box
        and el.parent == section.parent
        and el.tag == "section"
        and el.kind is None
        and totals.get(i, 0.0) >= floor
    ]


#: A field's label over its text is this short ("الجواب:", "نص البيان:").
_FIELD_LABEL_CHARS: Final = 20
#: Wrappers climbed from the text's box to the field's (each level scans the lines).
_LABEL_CLIMB: Final = 4


def _with_its_label(seg: Segmented, elements: list[Element], root: int) -> int:
    """The box around ``root`` when it holds nothing else but the field's label over it
    (Drupal's "<div class='field-label'>الجواب:</div><div class='field-items'>…"): the
    label is the text's, as a Q&A prints it."""
    inner, parent = root, elements[root].parent
    for _ in range(_LABEL_CLIMB):
        if parent < 0:
            break
        others = [b for b in seg.blocks if parent in b.path and inner not in b.path]
        if not others:
            inner, parent = parent, elements[parent].parent  # a wrapper of the text alone
            continue
        label = others[0]
        if (
            len(others) == 1
            and len(label.text) <= _FIELD_LABEL_CHARS
            and label.text.rstrip()[-1:] in ":："
            and any(inner in b.path for b in seg.blocks[label.index + 1 :])
        ):
            return parent
        return root
    return root


#: Real paragraphs written straight into a box (no element of their own) that make its
#: own text the article's.
_OWN_PARAGRAPHS: Final = 2


def _prose_of_its_own(seg: Segmented, weights: list[float], box: int) -> bool:
    """The box holds real paragraphs as its own text, not in a child element: "<div>
    text<br><br>text …</div>" (a legacy template's story around a quoted box)."""
    own = 0
    for block, weight in zip(seg.blocks, weights, strict=False):
        if block.owner == box and weight >= PARAGRAPH_WEIGHT:
            own += 1
            if own >= _OWN_PARAGRAPHS:
                return True
    return False


def _updates_box(
    elements: list[Element], best: int, longest: dict[int, float]
) -> tuple[int, int] | None:
    """The live blog's list of updates around ``best``: (the update that holds it, the
    box of updates), found as the first box up whose children hold a real paragraph in
    two or more of them."""
    child, up = best, elements[best].parent
    while up >= 0:
        holders = sum(
            1
            for i, el in enumerate(elements)
            if el.parent == up and el.kind is None and longest.get(i, 0.0) >= PARAGRAPH_WEIGHT
        )
        if holders >= 2:
            return child, up
        child, up = up, elements[up].parent
    return None


def _loose_paragraphs(
    elements: list[Element], best: int, totals: dict[int, float], longest: dict[int, float]
) -> list[int]:
    """The article of a page with no box around its text (a text-only "lite" version,
    an old page printing ``<p>`` after ``<p>`` straight into ``<body>``).

    The top level is the box: its real paragraphs, what lies between them, and the
    weighed lines right before the first and after the last (a short closing paragraph).
    Only real paragraphs join: with no box to bound them, a footer's note would reach
    across a list of links to the text.
    """
    children = [i for i, element in enumerate(elements) if element.parent < 0]
    joined = [
        n
        for n, i in enumerate(children)
        if i == best or (elements[i].kind is None and longest.get(i, 0.0) >= PARAGRAPH_WEIGHT)
    ]
    first, last = joined[0], joined[-1]
    while (
        first > 0
        and elements[children[first - 1]].kind is None
        and totals.get(children[first - 1], 0.0)
    ):
        first -= 1
    while (
        last + 1 < len(children)
        and elements[children[last + 1]].kind is None
        and totals.get(children[last + 1], 0.0)
    ):
        last += 1
    return [i for i in children[first : last + 1] if elements[i].kind is None or i == best]


@dataclass(slots=True)
class Line:
    """A line of the region with the reason it is (or is not) body."""

    block: Block
    kind: str | None  # None: body; else the chrome kind that excluded it


def table_of(seg: Segmented, block: Block) -> int:
    """The innermost table holding the line, or -1."""
    return next((i for i in reversed(block.path) if seg.elements[i].tag == "table"), -1)


def _in_data_table(seg: Segmented, block: Block, start: int) -> bool:
    """A line inside a table nested in the article (not a page-layout table around it)."""
    return any(seg.elements[idx].tag == "table" for idx in block.path[start:])


#: "شاهد: …", "فيديو | …": a video's title line. The verb alone opens prose too ("شاهد
#: آلاف المواطنين …"); with the label punctuation after it, it names a video.
_WATCH_LABEL: Final = re.compile(
    r"^\s*(?:شاهد|شاهدوا|فيديو|بالفيديو)\s*(?:\.{2,}|…|:|\|)"
    # "شاهد الفيديو:" over the player, alone or with the video's title after the colon
    r"|^\s*(?:شاهد|شاهدوا|شاهدي)\s+(?:ال)?(?:فيديو|فيديوهات|مقطع|تقرير|كليب|أغنية|اغنية|إعلان"
    r"|اعلان|برومو|لقطات|مشهد|حلقة|الحلقة|البث|صور|الصور)\s*(?:[:：|]|[.…]*\s*$)"
)

#: A file's download link: the verb, then the file's kind or size ("تحميل البيان (PDF)").
_DOWNLOAD_LINE: Final = re.compile(
    # (after its lead-in: "للاطلاع على النشرة كاملة: تحميل ملف PDF")
    r"^\s*(?:[^:：.؟!]{2,40}[:：]\s*)?(?:تحميل|تنزيل|حمّل|حمل|Download)\s[^.؟!]{0,60}?"
    r"(?:\bPDF\b|\.pdf\b|كيلوبايت|كيلو بايت|ميغابايت|ميجابايت|\bKB\b|\bMB\b)",
    re.IGNORECASE,
)
#: A live page's count of its updates, with its refresh switch or not.
_UPDATES_COUNTER: Final = re.compile(
    r"^\s*[\d٠-٩]+\s+(?:تحديثات|تحديث|مستجدات|منشورات)(?:\s+تحديث\s+تلقائي)?\s*$"
)
#: A photographer's credit closing a line: the line is that photo's caption.
_PHOTO_CREDIT_END: Final = re.compile(
    r"(?:^|[-–—|/(]\s*)(?:تصوير|عدسة|بعدسة|الصورة|صورة|Photo)\s*[:：]\s*[^.،:؛!؟]{2,40}\)?\s*$"
)

#: Table cells: a heading cell's box is its table, not the cell (a caption heads it too).
_CELL_TAGS: Final = frozenset({"td", "th", "caption"})
#: Headings that announce a whole box of chrome ("يستحق الانتباه", "مواضيع ذات صلة").
_BOX_KINDS: Final = frozenset(
    {"widget", "tags", "comments", "newsletter", "related", "bio", "timeline"}
)
#: A notice's box holds a few lines at most; more, and it is the text's own box.
_NOTICE_BOX_LINES: Final = 3


#: A comments section's own heading: a label and at most a count ("التعليقات (5)").
_COMMENTS_HEADING: Final = re.compile(
    r"^\s*(?:التعليقات|تعليقات القراء|تعليقات الزوار|تعليقات|أضف تعليقك|أضف تعليقا|أضف تعليقاً"
    r"|اترك تعليقا|اترك تعليقاً|Comments)\s*[:：]?\s*[(\[]?\s*[0-9٠-٩]*\s*[)\]]?\s*[:：]?\s*$",
    re.IGNORECASE,
)


#: A heading over the works a piece cites ("<h5>المصادر:</h5>" over studies), as a
#: health or science page closes: a reference list, unlike "المصدر: رويترز" in a line.
_SOURCES_HEADINGS: Final = frozenset(
    match_key(t) for t in ("المصادر", "المصادر:", "مصادر", "مصادر:", "المصادر العلمية")
)


#: The photographer of a story's pictures credited on a line of its own.
_PHOTOS_CREDIT: Final = re.compile(r"^\s*الصور\s*[:：]\s*\S")


#: What a caption's credit carries and a subheading does not: "صورة: رويترز", "(أرشيف)".
_CAPTION_MARK: Final = re.compile(r"[:：()/|]")


#: Kinds of a box the text may announce with a colon and go on in.
_INTRODUCED_KINDS: Final = frozenset({"widget", "comments"})


#: Lines looked at past a subheading's own header box for the text it heads.
_HEADER_REACH: Final = 3
_PICTURE_KINDS: Final = frozenset({"caption", "photo"})
#: Words of a sentence a subheading opens (not a widget's one-line item).
_SENTENCE_WORDS: Final = 6


def classify_region(seg: Segmented, region: Region) -> list[Line]:
    """Label each line of the region as body (kind None) or a kind of chrome.

    A short heading that announces chrome ("الأكثر قراءة") takes the rest of its box
    with it: the lines after it inside the heading's parent element.
    """
    roots = set(region.roots)
    lines: list[Line] = []
    box: int = -1
    box_kind: str | None = None
    # Past a reference-list or translation heading, nothing is the article's text: the
    # kind of that heading, else None.
    ended: str | None = None
    prose_seen = False
    introduced = -1  # a box the text announced ("وجاء في أبرزها:"): the text goes on in it
    released = False  # the text ended at a press release's end mark or boilerplate
    for at, block in enumerate(region.blocks):
        if ended and not (released and opens_with_credit_label(block.text)):
            # (a release's "المصدر: …" after its contacts still credits the story)
            lines.append(Line(block, ended))
            continue
        if box >= 0 and box in block.path:
            lines.append(Line(block, box_kind))
            continue
        box = -1
        # Only chrome *inside* the region counts: an outer wrapper named "has-sidebar"
        # says nothing about the article it wraps.
        start = next(i for i, idx in enumerate(block.path) if idx in roots)
        kind = _chrome_in_path(seg, block.path, start + 1, region.theme)
        if kind is not None and kind not in NOT_BODY_KINDS:
            kind = None
        if kind in _INTRODUCED_KINDS:
            if introduced in block.path:
                kind = None
            elif lines and lines[-1].kind is None and _announces(lines[-1].block.text):
                # "… وجاء في أبرزها:" and a box of the officials' messages, "… ننشره كما
                # ورد:" and a reply's box: the text goes on in the box it announces, when
                # the box holds sentences
                widget = outer_box(seg, block.path, start + 1, kind)
                boxed = [b for b in region.blocks[at : at + _INTRODUCED_LINES] if widget in b.path]
                # (or a list it announces: "وقدم واجب العزاء كل من:" over the names)
                listed = seg.elements[widget].tag in ("ul", "ol")
                prose = _introduces(lines[-1].block.text) and any(
                    len(b.text) >= PROSE_CHARS for b in boxed
                )
                # (not a box holding a form: "… من خلال الرابط التالي:" and a search)
                holds_a_form = any(
                    e.tag == "form"
                    for e in seg.elements[widget : subtree_end(seg.elements, widget)]
                )
                if (listed or prose) and not holds_a_form:
                    introduced, kind = widget, None
        if kind == "header" and prose_seen and block.tag in HEADING_TAGS:
            # TYPO3's "<header><h2>…</h2></header>" over a content element's text, once
            # the text has begun: the subheading's own box, not the page's header
            # (past a picture's caption between them: a long-form chapter's heading
            # over its wide photo, then its text)
            following = next(
                (
                    b
                    for b in region.blocks[at + 1 : at + 1 + _HEADER_REACH]
                    if _chrome_in_path(seg, b.path, start + 1, region.theme) not in _PICTURE_KINDS
                ),
                None,
            )
            if (
                following is not None
                and len(following.text) >= PROSE_CHARS
                and _chrome_in_path(seg, following.path, start + 1, region.theme) is None
            ):
                kind = None
        by_markup = kind is not None  # not by the line's words
        if kind is None:
            kind = line_kind(block.text)
            if kind == "share" and block.tag in HEADING_TAGS and not _a_share_label(block.text):
                kind = None  # "مشاركة القطاع الخاص": a subheading that opens with "participation"
            elif kind == "label" and block.tag in HEADING_TAGS and block.text in _FEED_START:
                kind = None  # "<h3>بداية التغطية</h3>" over the first update: its title
            elif (
                kind == "caption"
                and block.tag in HEADING_TAGS
                and len(block.text.split()) >= 3
                and not _CAPTION_MARK.search(block.text)
            ):
                kind = None  # "صورة تحكي أكثر من الحوار": a subheading, not "صورة: رويترز"
        if (
            kind is None
            and block.tag in HEADING_TAGS
            and match_key(block.text) in _SOURCES_HEADINGS
        ):
            kind = "references"  # "<h4>المصادر</h4>" over the studies cited: no text after it
        if kind is None and len(block.text) <= 150 and _WATCH_LABEL.match(block.text):
            kind = "embed"  # "شاهد.. جولة داخل المحور": the title of a video that follows
        elif kind is None and len(block.text) <= 120 and _DOWNLOAD_LINE.match(block.text):
            kind = "control"  # "تحميل البيان (PDF) (312 كيلوبايت)": a file's download link
        elif kind is None and len(block.text) <= 40 and _UPDATES_COUNTER.match(block.text):
            kind = "control"  # "4 تحديثات تحديث تلقائي": a live page's counter and switch
        if kind is None and len(block.text) <= 80 and _PHOTOS_CREDIT.match(block.text):
            kind = "caption"  # "الصور: محمد ناصر – خاص الوادي نيوز": a gallery's credit
        if kind is None and len(block.text) <= 250 and _PHOTO_CREDIT_END.search(block.text):
            kind = "caption"  # "زوار يتابعون عرضاً … - تصوير: محمود عبد الرحمن" under a photo
        if (
            kind is None
            and len(block.text) < 100
            and block.tag not in HEADING_TAGS  # a layout table's subheading is the text's
            and _in_data_table(seg, block, start + 1)
        ):
            kind = "table"  # a table of figures inside the article, cell by cell
        if (
            kind is None
            and block.link_density > 0.6
            and len(block.text) < 200
            # (a writer's email linked under the name signs the text: "سامر عودة
            # samer.odeh@…" is no teaser)
            and not all(link.href.startswith("mailto:") for link in block.links)
        ):
            kind = "teaser"
        if kind is None and prose_seen and len(block.text) <= 80 and _ends_a_release(block.text):
            kind = "policy"  # "-انتهى-", "نبذة عن بنك المرجان", "للاستفسارات الإعلامية:"
            released = True
        # A whole line "الحواشي" / "المراجع" heads what follows, in a heading or not; so
        # does "التعليقات (5)" once the text has begun, where no box marks the comments
        # (a layout table's row, a page of unnamed divs).
        ended = kind if kind in ENDING_KINDS else None
        if ended == "translation" and len(block.path) >= 2:
            # "Abstract" heading an English box in the middle of an Arabic story: the box
            # is the translation's, and the Arabic text goes on after it
            own = block.path[-2]
            if _arabic_prose_after(region.blocks, at, own):
                ended, box, box_kind = None, own, kind
        if kind == "comments" and prose_seen and _COMMENTS_HEADING.match(block.text):
            ended = kind
        prose_seen = prose_seen or (kind is None and len(block.text) >= PROSE_CHARS)
        if kind in _BOX_KINDS and len(block.text) <= 40 and len(block.path) >= 2:
            parent = block.path[-2] if block.tag in PARAGRAPH_TAGS else block.path[-1]
            if block.tag in _CELL_TAGS:  # a title cell heads the rows below it: the table
                table = table_of(seg, block)
                parent = table if table >= 0 else parent
            following = region.blocks[at + 1] if at + 1 < len(region.blocks) else None
            depth = block.path.index(parent)
            if (
                not by_markup
                and (block.tag in HEADING_TAGS or kind == "timeline")
                and following is not None
                and parent not in following.path
                and depth > 0
            ):
                # "<div class='head'><h3>المزيد من اقتصاد</h3></div>": a heading alone in
                # its wrapper heads the wrapper's box
                parent = block.path[depth - 1]
            # A root of the region may be such a box itself, when its heading opens it
            # after the text ("ردود على المقال" over a forum beside the story's box).
            opens_a_root = (
                parent in roots and prose_seen and (not lines or parent not in lines[-1].block.path)
            )
            if (parent not in roots or opens_a_root) and any(
                idx in roots for idx in block.path[:-1]
            ):
                box, box_kind = parent, kind
            if kind == "timeline" and box < 0:
                kind = None  # "تسلسل زمني" over a list in the text's own flow: a subheading
            elif (
                kind == "widget"
                and box < 0
                and block.tag in HEADING_TAGS
                and following is not None
                and following.tag not in HEADING_TAGS
                and len(following.text.split()) >= _SENTENCE_WORDS
                and not following.links
            ):
                # "<h2>الأكثر ارتفاعا</h2>" in a market report's own flow over a sentence
                # ("وتصدرت الأسهم التالية قائمة الأكثر ارتفاعا …"): its subheading
                kind = None
        elif kind == "timeline":
            kind = None  # too long for a box's title: a line of the text
        elif kind == "notice" and len(block.path) >= 2:
            # A notice's own small box ("للإبلاغ اتصل على: …" and "أو الخط الساخن: 104"
            # under it), never the text's box it may sit in.
            parent = block.path[-2]
            held = sum(parent in b.path for b in region.blocks)
            if parent not in roots and held <= _NOTICE_BOX_LINES:
                box, box_kind = parent, kind
        lines.append(Line(block, kind))
    _record_runs(lines)
    _title_boxes(seg, lines, roots)
    _headed_lists(seg, lines)
    _prompt_boxes(seg, lines, roots)
    _promoted_story_boxes(lines, roots)
    return lines


_LIST_TAGS: Final = frozenset({"ul", "ol", "dl"})


def _headed_lists(seg: Segmented, lines: list[Line]) -> None:
    """A widget's heading in the text's own flow heads the list right after it: "<h3>
    بطاقة الكتاب</h3><ul><li>العنوان: …</li>…" is the book's card, as it is in a box."""
    elements = seg.elements
    for at, line in enumerate(lines[:-1]):
        block = line.block
        if line.kind != "widget" or block.tag not in HEADING_TAGS:
            continue
        nxt = subtree_end(elements, block.owner)
        if (
            nxt >= len(elements)
            or elements[nxt].tag not in _LIST_TAGS
            or elements[nxt].parent != elements[block.owner].parent
        ):
            continue
        for after in lines[at + 1 :]:
            if nxt not in after.block.path:
                break
            after.kind = after.kind or "widget"


#: Kinds of a prompt's own small box whose title goes with it.
_PROMPT_KINDS: Final = frozenset({"newsletter", "follow", "app"})
#: Lines in a prompt's own small box: its title and the prompt (and a button).
_PROMPT_BOX_LINES: Final = 3


def _prompt_boxes(seg: Segmented, lines: list[Line], roots: set[int]) -> None:
    """A prompt's title in its own small box ("هل تصلك قصصنا؟" over "اشترك في نشرة …"):
    the box is the prompt's, its short title too, whatever the title says."""
    for at in range(1, len(lines)):
        line, before = lines[at], lines[at - 1]
        if line.kind not in _PROMPT_KINDS or before.kind is not None:
            continue
        if len(before.block.text) > 40 or len(line.block.path) < 2:
            continue
        parent = line.block.path[-2]
        if parent in roots or before.block.path[:-1] != line.block.path[:-1]:
            continue
        if sum(parent in ln.block.path for ln in lines) <= _PROMPT_BOX_LINES:
            before.kind = line.kind


#: Lines in a subscriber story's promotion: a badge, the linked title, an excerpt, the
#: call to subscribe and the price.
_PROMO_BOX_LINES: Final = 5


def _promoted_story_boxes(lines: list[Line], roots: set[int]) -> None:
    """A small box that closes on a call to subscribe and links another story's title
    ("حصري للمشتركين", "<h3><a>كيف تحولت دور النشر …</a></h3>", its excerpt, "اشترك
    لمتابعة القراءة"): a promotion of the paid story set between paragraphs, none of it
    this story's text."""
    for line in lines:
        if line.kind != "newsletter":
            continue
        path = line.block.path
        for box in (path[-1], path[-2]) if len(path) >= 2 else ():
            if box in roots:
                break
            held = [ln for ln in lines if box in ln.block.path]
            if len(held) < 2:
                continue
            if (
                len(held) <= _PROMO_BOX_LINES
                and held[-1] is line
                and any(ln.kind == "teaser" and ln.block.links for ln in held)
            ):
                for ln in held:
                    ln.kind = "newsletter"
            break


#: What closes a press release's own text: its end mark ("-انتهى-", "###"), the
#: company's boilerplate ("نبذة عن بنك المرجان الوطني") and its press contacts
#: ("للاستفسارات الإعلامية:"). Nothing after them is the story's.
_RELEASE_END: Final = re.compile(
    r"^\s*[-–—(\[]*\s*(?:انتهى|انتهي|#{3}|# # #)\s*[-–—)\]]*\s*$"
    r"|^\s*(?:للاستفسارات|للتواصل|لمزيد من المعلومات)\s+"
    r"(?:الإعلامية|الإعلامي|الصحفية|الصحفي)\s*[:：]"
    r"|^\s*نبذة\s+عن\s+(?!حياة|الراحل|الفقيد|الكاتب|المؤلف|الشاعر)\S"
)


def _ends_a_release(text: str) -> bool:
    return _RELEASE_END.match(text) is not None


#: A run of this many short unpunctuated lines set as plain boxes is a record card.
_RECORD_RUN: Final = 6
#: Tags of the label and value boxes of a record card (not list items, not paragraphs:
#: a list of ingredients or a poem's lines are the text's).
_RECORD_TAGS: Final = frozenset({"div", "span", "dt", "dd", "time", "a"})


#: A line ending like a sentence: no card's label or value ("رنا الخطيب، يزن العمري" is).
_SENTENCE_END: Final = re.compile(r"[.؟?!]\s*$")
#: Kinds a card's boxes may carry besides none: its facts list ("company-card__facts"),
#: its link to a full profile.
_CARD_KINDS: Final = frozenset({None, "widget", "table", "teaser"})


def _record_runs(lines: list[Line]) -> None:
    """Label and value boxes in a row ("الإخراج" "شريف عبد الحميد" "المدة" "118 دقيقة"):
    a film's, a book's or a player's card between the paragraphs, not the text."""
    run: list[Line] = []
    for line in [*lines, None]:
        block = line.block if line is not None else None
        if (
            line is not None
            and block is not None
            and block.tag in _RECORD_TAGS
            and len(block.text) <= 30
            and not _SENTENCE_END.search(block.text)
        ):
            run.append(line)
            continue
        # Mostly plain lines: a run of short chrome (a share bar, a byline and a date)
        # is left as it was read. A field in the card named like chrome
        # ("field--name-field-writer", "rating-age") is the card's all the same.
        plain = sum(item.kind is None for item in run)
        boxed = all(item.kind in _CARD_KINDS for item in run)  # the card's own facts box
        if len(run) >= _RECORD_RUN and (plain * 3 >= len(run) * 2 or (plain and boxed)):
            for item in run:
                item.kind = "table"
        run = []


def _heads_its_table(seg: Segmented, title: Block, block: Block) -> bool:
    """The title line set right before the table ``block`` is in, as its sibling, in the
    text's own flow ("<div class='table-title'>…</div><div class='table-responsive'>
    <table>")."""
    table = table_of(seg, block)
    box = title.owner + 1  # the element the walk met right after the title's
    return (
        0 <= box <= table
        and box in block.path
        and table in block.path
        and seg.elements[box].parent == seg.elements[title.owner].parent
    )


#: How long a box's title in a div is, and a table's ("أداء القطاعات في جلسة اليوم (%)").
_BOX_TITLE_CHARS: Final = 30
_TABLE_TITLE_CHARS: Final = 80
#: Kinds of boxes whose own heading goes with them: a table of figures, a list of links.
_TITLED_KINDS: Final = frozenset({"table", "teaser"})


def _title_boxes(seg: Segmented, lines: list[Line], roots: set[int]) -> None:
    """A heading whose box holds nothing but a table of figures, or nothing but links,
    after it is that box's title ("بطاقة الكتاب" over the book's details, "روابط النتيجة"
    over the results links), not a subheading of the text; so is a title box set right
    before its table in the text's own flow ("<div class='table-title'>النتائج المالية
    (مليون ريال)</div>"; a heading there heads the text's next part)."""
    for at, line in enumerate(lines[:-1]):
        block = line.block
        if line.kind is not None or len(block.path) < 2:
            continue
        if block.tag not in HEADING_TAGS and (
            len(block.text) > _TABLE_TITLE_CHARS or _SENTENCE_PUNCT.search(block.text)
        ):
            continue
        after = lines[at + 1]
        if (
            # (a heading there heads the text's next part, the table with it; a paragraph
            # there is the text's own: "(واج)" closing the story over a results table)
            block.tag not in HEADING_TAGS
            and block.tag != "p"
            and after.kind is not None
            and _heads_its_table(seg, block, after.block)
        ):
            line.kind = after.kind  # the table left out as figures, or as a results widget
            continue
        if block.tag not in HEADING_TAGS and len(block.text) > _BOX_TITLE_CHARS:
            continue  # a box's title in a div ("csb-title": "خدمة المواطن") heads it too
        kind = lines[at + 1].kind
        if kind not in _TITLED_KINDS:
            continue
        # The box both the heading and the first line after it are in: at most three
        # levels up from the heading ("results-box" > "results-box__head" > h3), or the
        # title line's own box when its text stands in it before the links
        # (<div><strong>البودكاست</strong><div><a>…</a></div></div>); not the article's
        # own wrapper.
        after_path = set(lines[at + 1].block.path)
        box = next((i for i in reversed(block.path[-4:]) if i in after_path), -1)
        if box < 0 or box in roots:
            continue
        # The box's lines follow the heading in one run: stop at the first outside it.
        for after in lines[at + 1 :]:
            if box not in after.block.path:
                line.kind = kind
                break
            if after.kind != kind:
                break
        else:
            line.kind = kind
