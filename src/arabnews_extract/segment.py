"""Stage 2b: a cleaned lexbor tree -> a flat list of text blocks with their context.

One iterative walk over the tree (no recursion: a page nested 100,000 levels deep must
not overflow the stack) turns the page into the lines a reader sees, each a
:class:`Block` that knows its text, its links, the block element that holds it and the
chain of elements around it. Every later stage (title, body, byline, dates, related)
works on this list instead of walking the tree again, which keeps extraction one pass.

Paragraph rules are those of the ground truth: block elements end a line; two ``<br>``
in a row end a line; one ``<br>`` ends a line only after a finished sentence (or a
colon) or a line that is one bold run (a subheading), and is a space elsewhere (a
wrapped line).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from selectolax.lexbor import LexborNode

from .boilerplate import (
    KIND_PAIRS,
    KIND_SUBSTRINGS,
    KIND_TAGS,
    KIND_TOKENS,
    LINE_PHRASES,
    NON_TEXT_TAGS,
    PAIR_ONLY,
)
from .lexicon.bylines import PREFIXES as BYLINE_PREFIXES
from .lexicon.places import DATELINE_PLACE_KEYS
from .textnorm import clean_text, has_arabic, match_key

#: Elements that end a line of text.
BLOCK_TAGS: Final = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "address",
        "hr",
        "center",
        "details",
        "summary",
        "body",
        "html",
        "dialog",
        "menu",
        "legend",
        "caption",
    ]
)
#: Kinds that make an inline element (``<span class="author">``) a line of its own.
INLINE_LINE_KINDS: Final = frozenset({"byline", "date", "caption", "photo"})
#: Inline tags that may carry a byline/date/caption class (others are formatting only).
MARKABLE_INLINE: Final = frozenset({"span", "a", "time", "small", "address", "cite", "label", "em"})
#: ARIA roles that mark a box as navigation whatever its tag.
_LANDMARK_ROLES: Final = frozenset({"navigation", "complementary"})
HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Pictures (``picture`` holds an ``img``; its content is skipped).
_IMAGE_TAGS: Final = frozenset({"img", "picture"})
#: Elements whose content is never reader text (clean.py removes them; skipped here too
#: so a tree cleaned by someone else walks the same).
SKIP_TAGS: Final = frozenset(NON_TEXT_TAGS)

_TOKEN_SPLIT: Final = re.compile(r"[^a-z0-9]+")
_CAMEL: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

_TOKEN_KIND: Final[dict[str, str]] = {
    token: kind
    for kind, tokens in KIND_TOKENS.items()
    for token in tokens
    if token not in PAIR_ONLY
}
#: Substring -> kind, in table order (the first kind listing a substring owns it).
_SUBSTRING_KIND: Final[dict[str, str]] = {}
for _kind, _subs in KIND_SUBSTRINGS.items():
    for _sub in _subs:
        _SUBSTRING_KIND.setdefault(_sub, _kind)
#: What may not follow a fragment: "comment" names comments, "commentary" a match's live
#: commentary, the story itself.
_SUBSTRING_NOT_BEFORE: Final = {"comment": "ary"}


def _trie_pattern(words: Iterable[str], not_before: dict[str, str]) -> str:
    """One regex matching any of ``words``, its alternatives merged on shared prefixes
    ("a(?:dvert|ffiliate)" for "advert" and "affiliate").

    Every class and id of every page is searched, most of them cold: a flat alternation
    of the words tries each in turn at every position, the merged one a letter at a time
    (twice as fast). A word that is a prefix of another loses to the longer. A word in
    ``not_before`` does not match when that text follows it.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = word

    def emit(node: dict[str, Any]) -> str:
        ends = node.get("")
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        tail = f"(?!{not_before[ends]})" if ends in not_before else ""
        if not branches:
            return tail
        merged = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return merged if ends is None else f"(?:{merged}|{tail})"

    return emit(root)


_SUBSTRING_RE: Final = re.compile(_trie_pattern(_SUBSTRING_KIND, _SUBSTRING_NOT_BEFORE))

#: The class list WordPress gives a post's own box ("post-20981 type-post status-publish
#: format-audio category-podcast tag-ai"): its "tag-…" and "category-…" words are the
#: post's terms, not a tag list.
_WP_POST_CLASS: Final = re.compile(r"(?<![\w-])(?:status-publish|type-post|hentry)(?![\w-])")
#: A BEM modifier on an element ("live-feed__item--latest", "card__title--new") names the
#: element's state, not what the box is: the newest entry of a live feed is not a "latest
#: news" widget. A modifier on a block ("widget--latest") still counts.
#: A Drupal paragraph's type or view mode ("paragraph--type--essay-photo"), named by the
#: site's builder: a piece of the node's content.
_DRUPAL_PARAGRAPH_TYPE: Final = re.compile(r"(?<![\w-])paragraph--(?:type|view-mode)--([\w-]+)")
#: A Drupal view's display ("view-display-id-embed_1", "…-block_2", "…-page_1"): the
#: kind of display the builder chose, not what the view shows (its id says that).
_DRUPAL_DISPLAY_ID: Final = re.compile(r"(?<![\w-])view-display-id-[\w-]+")
#: Kinds a paragraph type names that still make it a piece of the story: a paragraph
#: typed after its picture ("essay-photo", "image-text") holds the story's own text.
_STORY_PIECE_KINDS: Final = frozenset({"caption", "photo", "embed"})


def _unless_chrome(match: re.Match[str]) -> str:
    """A paragraph type that names chrome ("ad-slot", "rating") keeps its word; one that
    names a picture is dropped."""
    return " " if kind_of_attrs(match.group(1)) in _STORY_PIECE_KINDS else match.group(1)


_PERCENT_ESCAPE: Final = re.compile(r"%[0-9A-Fa-f]{2}")
#: A class word that switches a feature off ("no-share", "no_ads", "no-sidebar").
_NEGATED_WORD: Final = re.compile(r"(?<![\w-])no[-_][A-Za-z]+(?![\w-])")
_CSS_MODULE_CLASS: Final = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z0-9]*)_([a-z][A-Za-z0-9]*)__[A-Za-z0-9_-]+"
)
_BEM_ELEMENT_MODIFIER: Final = re.compile(r"(__[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)--[A-Za-z0-9-]+")


#: BEM modifiers that name a box's state ("--active", "--pinned"), not what it holds.
_STATE_MODIFIERS: Final = frozenset(
    "active current pinned first last open selected highlighted sticky expanded collapsed".split()
)
#: Recency modifiers are a state on one item of a list ("lb-entry--latest", the newest
#: update; "entry--breaking", an urgent one) but a variant on a box ("news-box--latest",
#: the latest-news box; "ticker--breaking").
_RECENCY_MODIFIERS: Final = frozenset({"latest", "newest", "new", "breaking"})
_ITEM_WORDS: Final = frozenset({"entry", "item", "post", "update", "card", "event"})
_ANY_STATE: Final = _STATE_MODIFIERS | _RECENCY_MODIFIERS


def _without_modifiers(value: str) -> str:
    """A state modifier beside its own block's name is no kind of box: "lb-entry
    lb-entry--latest" is a live blog's newest entry, not a "latest news" widget
    ("widget widget--latest" stays a widget by its block's name). Other modifiers say
    what the box holds (Drupal's "field--name-field-update-author") and stay."""
    words = value.split()
    names = set(words)
    kept = []
    for word in words:
        base, _, modifier = word.partition("--")
        state = modifier in _STATE_MODIFIERS or (
            modifier in _RECENCY_MODIFIERS and _TOKEN_SPLIT.split(base)[-1] in _ITEM_WORDS
        )
        kept.append(base if state and base in names else word)
    return " ".join(kept)


def _module_state_dropper(first: tuple[str, str]) -> Callable[[re.Match[str]], str]:
    """A substitution dropping a CSS module's later classes that only name a state of
    the first one's element ("LiveEntry_breaking" after "LiveEntry_entry")."""
    block, element = first
    item = element.lower() in _ITEM_WORDS

    def drop(match: re.Match[str]) -> str:
        modifier = match.group(2).lower()
        state = modifier in _STATE_MODIFIERS or (item and modifier in _RECENCY_MODIFIERS)
        later = match.group(1) == block and match.group(2) != element
        return "" if later and state else match.group()

    return drop


#: Kinds a CSS module's element names that its block's name does not override.
_MODULE_ELEMENT_KINDS: Final = frozenset({"date", "byline", "lead"})


#: A camelCase name that is a phrase about the text ("bodyToAddTags", "contentToShare"):
#: its first word names the box, the rest what a script does to it.
_BODY_TO_PHRASE: Final = re.compile(
    r"(?<![A-Za-z])(body|content|text|article|story|post|entry)To[A-Z]\w*"
)


def _lowered(value: str) -> str:
    """A class string lower-cased, its camelCase words apart ("relKicker" -> "rel kicker")."""
    lowered = value.lower()
    if lowered != value:  # only names with capitals can be camelCase
        lowered = _CAMEL.sub(" ", value).lower()
    return lowered


@lru_cache(maxsize=16384)
def kind_of_attrs(value: str) -> str | None:
    """The boilerplate kind named by a class/id string, or None.

    Tokens are whole words (``ad`` matches ``ad-slot`` but not ``head``); camelCase is
    split (``shareBar`` -> share, bar).
    """
    # "-p" (status-publish, type-post) and "hentry" first: most names hold neither, and
    # two substring tests cost less than the search.
    wp_post = ("-p" in value or "hentry" in value) and _WP_POST_CLASS.search(value)
    if wp_post:
        return None  # WordPress's post_class(): "tag-ai category-sport" name the post's terms
    if "no-" in value or "no_" in value:
        # "entry-content no-share": a switch saying the box has no share bar, not one
        value = _NEGATED_WORD.sub(" ", value)
    if "%" in value:
        # an id made of a heading's percent-encoded Arabic ("%D9%85%D8%AD…" holds "ad")
        value = _PERCENT_ESCAPE.sub(" ", value)
    if "__" in value:
        # CSS modules' "Block_element__hash": the element says what the node is, so it is
        # read first, alone ("LiveHeader_standfirst__k9HbL" is a standfirst, not a header;
        # "ArticleHeader_time__Nn4vR" a time, though "header" is a fragment of the block)
        modules = _CSS_MODULE_CLASS.findall(value)  # BEM's "block__element" holds none
        if modules:
            for _block, element in modules:
                kind = kind_of_attrs(element)
                if kind in _MODULE_ELEMENT_KINDS:
                    return kind
            if len(modules) > 1 and any(
                element.lower() in _ANY_STATE for _block, element in modules[1:]
            ):
                # "LiveEntry_entry__p8 LiveEntry_breaking__sA": the block's later classes
                # are its modifiers, and a state one names no box (an urgent entry, not a
                # breaking-news ticker), as BEM's "--breaking" on an item does not
                value = _CSS_MODULE_CLASS.sub(_module_state_dropper(modules[0]), value)
            value = _CSS_MODULE_CLASS.sub(r"\2 \1", value)
    if "--" in value:
        if "__" in value:
            value = _BEM_ELEMENT_MODIFIER.sub(r"\1", value)
        value = _without_modifiers(value)
    if "paragraph--" in value:
        value = _DRUPAL_PARAGRAPH_TYPE.sub(_unless_chrome, value)
    if "display-id" in value:
        value = _DRUPAL_DISPLAY_ID.sub(" ", value)
    if "To" in value:
        # "bodyToAddTags": the body the tags are added to, named by its first word
        value = _BODY_TO_PHRASE.sub(r"\1", value)
    lowered = _lowered(value)
    match = _SUBSTRING_RE.search(lowered)
    if match:
        return _SUBSTRING_KIND[match.group()]
    tokens = _TOKEN_SPLIT.split(lowered)
    # Set tests first (most names hold no word of either table): the loops keep the order.
    if not _PAIR_FIRSTS.isdisjoint(tokens):
        for first, second in itertools.pairwise(tokens):
            pair = KIND_PAIRS.get((first, second))
            if pair:
                return pair
    if _TOKEN_KIND.keys().isdisjoint(tokens):
        return None
    # "photo" is the weakest word (resolved later by what the box holds): another kind in
    # the name is the box's ("photo-story__intro" is the photo story's intro)
    weak = None
    for token in tokens:
        kind = _TOKEN_KIND.get(token)
        if kind == "photo":
            weak = kind
        elif kind:
            return kind
    return weak


#: First words of KIND_PAIRS.
_PAIR_FIRSTS: Final = frozenset(first for first, _ in KIND_PAIRS)


@dataclass(slots=True)
class Element:
    """A block-level element met on the walk."""

    tag: str
    kind: str | None
    parent: int  # index of the parent Element, -1 for the root
    depth: int


@dataclass(slots=True)
class Link:
    href: str
    text: str
    #: For a picture's link, the boxes it sits in (a card's thumbnail in a related box).
    path: tuple[int, ...] = ()


@dataclass(slots=True)
class Block:
    """One line of visible text."""

    text: str
    owner: int  # index of the innermost block Element holding the text
    path: tuple[int, ...]  # indices of all enclosing block Elements, outermost first
    link_chars: int = 0
    links: list[Link] = field(default_factory=list)
    tag: str = "div"
    index: int = 0
    bold: bool = False  # the whole line one bold run ("<p><strong>name</strong></p>")

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class Segmented:
    elements: list[Element]
    blocks: list[Block]
    #: Pictures set inside links, as (the link's href, the picture's alt): a writer's
    #: face linked to the writer's page names the writer the way a byline would.
    linked_images: list[Link] = field(default_factory=list)
    #: The markup of ``<noscript>`` fallbacks that hold links, as written: what a reader
    #: without scripts is shown where a script would build a box (related links).
    noscripts: list[str] = field(default_factory=list)


class _Lines:
    """The lines and elements made so far, and the links of the line being gathered."""

    __slots__ = (
        "blocks",
        "bold",
        "clickable",
        "elements",
        "link_chars",
        "links",
        "orphan",
        "orphan_box",
    )

    def __init__(self) -> None:
        self.elements: list[Element] = []
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.link_chars = 0
        # A link with no text but a title (Bootstrap's "stretched-link" over a card):
        # it belongs to the line that shows its title.
        self.orphan: Link | None = None
        self.orphan_box = -1  # the box the orphan link sits in: only its lines take it
        self.bold = False  # the line being gathered is one bold run so far
        # Boxes clickable as a whole, with their targets and whether a script's
        # "data-href" makes them so (else a card's empty link laid over it, or a link
        # around its picture only): see _link_clickable_boxes.
        self.clickable: list[tuple[int, str, bool]] = []

    def flush(
        self, parts: list[str], stack: list[int], href: str | None, link_parts: list[str]
    ) -> None:
        """End the line: ``parts`` become a Block (and are cleared in place)."""
        text = clean_text("".join(parts))
        parts.clear()
        bold, self.bold = self.bold, False
        links, self.links = self.links, []
        link_chars, self.link_chars = self.link_chars, 0
        if not text:
            return
        if href is not None and link_parts:
            # A link that wraps block elements (<a><h4>title</h4></a>): the line is the link.
            link_text = clean_text("".join(link_parts))
            link_parts.clear()
            if link_text:
                links.append(Link(href, link_text))
                link_chars += len(link_text) + 1
        orphan = self.orphan
        if orphan is not None and not links and text == orphan.text and self.orphan_box in stack:
            links, link_chars, self.orphan = [orphan], len(text), None
        owner = stack[-1] if stack else -1
        tag = self.elements[owner].tag if owner >= 0 else "div"
        blocks = self.blocks
        blocks.append(
            Block(
                text,
                owner,
                tuple(stack),
                min(link_chars, len(text)),
                links,
                tag,
                len(blocks),
                bold,
            )
        )

    def close_link(self, href: str, link_parts: list[str], anchor: LexborNode, box: int) -> None:
        text = clean_text("".join(link_parts))
        link_parts.clear()
        if text:
            self.links.append(Link(href, text))
            self.link_chars += len(text) + 1
        elif href:
            attrs = anchor.attributes
            title = clean_text(attrs.get("title") or "")
            named = title or clean_text(attrs.get("aria-label") or "")
            if named and self._name_line_above(href, named, box):
                return
            if title:
                self.orphan, self.orphan_box = Link(href, title), box
            elif box >= 0 and (anchor.child is not None or _an_overlay_link(anchor)):
                # a link around a card's picture only, or laid over the card: not an
                # empty anchor a script fills ("<a id='comment-editor-src'>")
                self.clickable.append((box, href, False))

    def _name_line_above(self, href: str, named: str, box: int) -> bool:
        """An empty link laid over its card after the card's title, naming it ("<div
        class='card__title'>…</div><a class='stretched-link' aria-label='…'></a>"):
        the title line, just above in the same box, is the link's."""
        for block in reversed(self.blocks[-_NAMED_LINE_REACH:]):
            if box not in block.path:
                return False
            if block.text == named and not block.links:
                block.links.append(Link(href, named))
                block.link_chars = len(named)
                return True
        return False


#: Lines looked back at for the one an empty card link names.
_NAMED_LINE_REACH: Final = 3
_SMALL_IMAGE_PX: Final = 100
#: A blank line inside preformatted text.
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n\s*")
#: An inline element styled as a box ("display:block", not "display:inline-block").
_DISPLAY_BLOCK: Final = re.compile(r"(?<![\w-])display\s*:\s*block")
#: Nested boxes kept per line. Real pages nest a few dozen deep; a page nested
#: thousands deep would make every stage's work grow with lines x depth.
_MAX_BOXES: Final = 200
#: Walk-stack mark of a writer box inside a link (compared by identity).
_MUTED: Final = "\x00muted"
#: Walk-stack mark of a bold run that opened its line (compared by identity).
_BOLD: Final = "\x00bold"
_BOLD_TAGS: Final = frozenset({"b", "strong"})
#: Elements whose single <br> is a space: a paragraph, a heading.
_ONE_LINE_TAGS: Final = HEADING_TAGS | {"p"}
#: The end of a sentence: a line ending so is text, never a caption or a name (a colon
#: ends the line that introduces what follows, "وقال الوزير:").
_SENTENCE_END: Final = frozenset(".!?؟:…")
#: What may follow a sentence's end: a closing quote or bracket, white space.
_CLOSERS: Final = "»”\"')] \t\n\r\xa0"


def _ends_sentence(parts: list[str]) -> bool:
    """The line gathered so far ends like a sentence (see ``_SENTENCE_END``)."""
    for part in reversed(parts):
        text = part.rstrip(_CLOSERS)
        if text:
            return text[-1] in _SENTENCE_END
        if part.strip():
            return False  # only closers: "«…»" ends on its own closer, look no further
    return False


#: Class words of a writer ("related-articles__writer", "author").
_WRITER_TOKENS: Final = frozenset(KIND_TOKENS["byline"])
#: Class words of what a teaser's link holds besides its title: the writer, a kicker.
_MUTED_IN_LINK: Final = _WRITER_TOKENS | {
    "kicker",
    "eyebrow",
    "overline",
    "supertitle",
    "pretitle",
    # the card's section ("<a><span class='cat'>وطنية</span> <span>title</span></a>")
    "cat",
    "category",
    "sec",  # "<span class='item-sec'>أخبار مصر</span>"
    # a video card's running time ("<em class='vcard__dur'>02:15</em>")
    "dur",
    "duration",
    # a card's day ("<a><span class='related-box__date'>8 أبريل 2024</span><span>title"),
    # Drupal's views field of it ("views-field-created")
    "date",
    "created",
    "time",  # "<span class='related-stories-m__time'>منذ 6 أيام</span>"
    # a numbered list's number ("<a><span class='item-number'>1</span> <span>title",
    # "<span class='td-num'>2</span>")
    "number",
    "num",
    # a card's media badge ("<a><span class='media-badge'>فيديو</span> <span>title")
    "badge",
}
#: Class words of a label set inside a headline ("<h1><span class='kicker'>خاص</span> …",
#: "… <span class='title-badge'>| فيديو</span></h1>"): a badge, not the headline's words.
_KICKER_TOKENS: Final = frozenset(
    {
        "kicker",
        "badge",
        "eyebrow",
        "overline",
        "supertitle",
        "pretitle",
        "surtitle",
        # "<span class='breaking-label'>عاجل |</span>" before the headline's words (not
        # "label" alone: Drupal's field--label-hidden wraps the headline itself)
        "breaking",
        # "<span class='article-title__section'>المرأة |</span>": the section's name
        "section",
        # "<span class='column-name'><a>نافذة |</a></span>": a column's name
        "column",
    }
)
#: "<h1>الخبر <span class='post-subtitle'>العنوان الفرعي</span></h1>": the headline's
#: second line, its standfirst, as a ``<small>`` there is.
_SUBTITLE_TOKENS: Final = frozenset({"subtitle"})


def _opens_a_panel(node: LexborNode) -> bool:
    """An accordion's question: a button that opens the box holding its answer
    ("<button aria-expanded='false' aria-controls='faq-a-1'>من يشمله القرار؟</button>")."""
    attrs = node.attributes
    return "aria-controls" in attrs and "aria-expanded" in attrs


#: Class words of a flex container (Tailwind's, Bootstrap's): its children are laid out
#: as items apart, with a gap, however the markup runs them together.
_FLEX_WORDS: Final = frozenset({"flex", "d-flex", "inline-flex", "d-inline-flex"})


def _a_flex_box(names: str) -> bool:
    return not _FLEX_WORDS.isdisjoint(names.split())


def _class_says(attrs: dict[str, str | None] | None, words: frozenset[str]) -> bool:
    """The element's class (in its ``attrs``) holds one of ``words`` as a whole word."""
    names = attrs.get("class") if attrs else None
    if not names:
        return False
    return not words.isdisjoint(_TOKEN_SPLIT.split(_lowered(names)))


def _a_cards_tag(attrs: dict[str, str | None] | None) -> bool:
    """A card's label as a BEM element ("card__tag", "teaser__tag") or a CSS module's
    ("MoreOnStory_tag__Tg0aA", "MoreOnStory_type__Ew2Rk": the story's kind, "تحليل";
    "ReadAlso_section__rT6aK": its section, "ترجمات"):
    the card's topic. A plain "tag" or "type" class is not (a tag list's own links are
    named so)."""
    names = attrs.get("class") if attrs else None
    return names is not None and any(mark in names for mark in _CARD_LABEL_MARKS)


#: A card's label element, in BEM's and CSS modules' spellings.
_CARD_LABEL_MARKS: Final = ("__tag", "_tag__", "__type", "_type__", "__section", "_section__")


def _a_heading_not_nav(attrs: dict[str, str | None]) -> bool:
    """A heading marked like navigation that is a subheading: one with an id (a table of
    contents' target) or whose class says "header" (Substack's "header-anchor-post")."""
    return bool(attrs.get("id")) or "header" in _TOKEN_SPLIT.split(
        (attrs.get("class") or "").lower()
    )


def _is_code(pre: LexborNode) -> bool:
    """A ``<pre>`` holding code (a ``<code>`` inside, or no Arabic at all), not a story
    an old template prints preformatted."""
    return pre.css_first("code") is not None or not has_arabic(pre.text(deep=True))


#: Related boxes' titles a template may draw as pictures ("read-also.png" with its alt
#: text). Not widgets' titles: a promo's picture is often named after its widget
#: ("يستحق الانتباه" on a podcast's cover), and a widget needs no title to be left out.
_HEADING_ALTS: Final = frozenset(match_key(p) for p in LINE_PHRASES.get("related", ()))


def _heading_image(alt: str | None) -> str | None:
    """The alt text of a picture that is a box's title ("اقرأ أيضا"), or None."""
    if not alt or len(alt) > 40 or match_key(alt) not in _HEADING_ALTS:
        return None
    return alt


def _drawn_size(attrs: dict[str, str | None]) -> int | None:
    """The larger side an image is drawn at, or None unless both sides are given.

    At most 100 px each way is an avatar or an icon, not a photo; a 150x100 thumbnail is
    a teaser's picture, so both sizes must be given (an icon drawn 24 px wide beside
    "غائم جزئيًا" in a forecast table gives one).
    """
    width, height = attrs.get("width"), attrs.get("height")
    if not (width and height and width.isascii() and height.isascii()):
        return None
    if not (width.isdigit() and height.isdigit()):
        return None
    return max(int(width), int(height))


#: An image this small each way is an icon (a print or a mail button), not a face.
_ICON_PX: Final = 20


#: Attributes that name a box when its class does not (utility-CSS templates name their
#: components there: data-component="author-card").
_NAMING_ATTRS: Final = ("data-component", "data-testid", "data-widget", "aria-labelledby")


#: Words that make a custom element (``<news-paragraph>``, ``<story-body>``) a box of its
#: own; other custom elements (``<fa-icon>``, ``<time-ago>``) stay inline.
_BLOCK_WORDS: Final = frozenset(
    "paragraph article section body heading headline subheading title text content block "
    "container list item story card figure caption quote aside summary lead "
    # AMP's components that hold boxes ("<amp-accordion class='fact-box'>")
    "accordion carousel sidebar".split()
)


@lru_cache(maxsize=1024)
def _is_block_element(tag: str) -> bool:
    """A custom element whose name says it holds text, or names a kind of box."""
    return not _BLOCK_WORDS.isdisjoint(tag.split("-")) or kind_of_attrs(tag) is not None


#: An accessible label naming a box of related stories ("موضوع ذو صلة", "اقرأ أيضاً").
_RELATED_LABEL: Final = re.compile(
    r"^\s*(?:موضوع|مواضيع|مقالات?|أخبار|خبر|قصص?|محتوى)\s+(?:ذو|ذات|ذي)\s+صلة"
    r"|^\s*(?:اقرأ|إقرأ)\s+(?:أيضا|أيضاً|ايضا)|^\s*related\b",
    re.IGNORECASE,
)


def _kind_of(attrs: dict[str, str | None], heading: bool = False) -> str | None:
    """The kind an element's attributes name: class and id, else a naming attribute.

    A heading's id is its anchor, a slug of its own words ("never-share-otp" over "لا
    تشارك رمز التحقق"), and names no box; a marked heading says so in its class.
    """
    cls, ident = attrs.get("class"), attrs.get("id")
    if heading and cls:
        ident = None
    kind = None
    if cls:
        kind = kind_of_attrs(f"{cls} {ident}" if ident else cls)
    elif ident:
        kind = kind_of_attrs(ident)
    if len(attrs) <= (cls is not None) + (ident is not None):
        return kind  # class and id only, as most boxes
    label = attrs.get("aria-label")
    if label and kind != "related" and _RELATED_LABEL.search(label):
        # "<aside class='embed embed--teaser' aria-label='موضوع ذو صلة'>": the box its
        # label names for readers' software
        return "related"
    if kind is None:
        if attrs.get("itemprop") == "description":
            return "lead"  # microdata's description of the article, shown: its standfirst
        if attrs.get("aria-hidden") == "true":
            return "widget"  # hidden from readers' software: a decoration, no text
        for name in _NAMING_ATTRS:
            value = attrs.get(name)
            if value:
                return kind_of_attrs(value)
    return kind


def segment(root: LexborNode, *, max_nodes: int = 400_000) -> Segmented:
    """Walk ``root`` once and return its elements and text blocks in document order.

    The hot loop of the library (every node of every page passes here), so its state is
    in locals and it asks lexbor only for what a node's tag says it needs.
    Paragraph rules: block elements end a line, two ``<br>`` in a row end a line, one
    ``<br>`` is a space; white space before a line's first character is dropped.
    """
    lines = _Lines()
    elements = lines.elements
    flush = lines.flush
    parts: list[str] = []  # the text of the line being gathered
    has_text = False  # a non-space character among parts
    href: str | None = None  # the open <a>, if any
    link_parts: list[str] = []  # its text not yet given to a line
    br_run = 0
    bold_line = False  # the line so far is one bold run ("<b>العنوان</b>")
    stack: list[int] = []  # open block elements (indices into elements)
    # The walk keeps its own stack of (node, pushed_block, href) to climb back up
    # without calling node.parent; href is set on the <a> that opened a link.
    walk: list[tuple[LexborNode, bool, str | None]] = []
    pictured: set[int] = set()  # elements with an image directly in them
    pictured_first: set[int] = set()  # … before any text of the line being gathered
    flexed: set[int] = set()  # flex containers: their inline children are items apart
    panels: set[str] = set()  # ids of the boxes a button met so far opens (aria-controls)
    # pictures inside links: (href, alt), or (href, the link's title) for a picture
    # with no alt ("<a href='/author/…' title='خالد العمري'><img alt=''></a>")
    linked_images: list[Link] = []
    link_title: str | None = None  # the open link's title attribute
    # the hrefs and titles of links read as boxes of their own (a writer's chip): no link
    # is open in the walk inside them, yet a picture there is linked
    anchors: list[tuple[str, str | None]] = []
    avatars: set[int] = set()  # elements with a small image (a face, an icon) in them
    muted = 0  # open writer boxes inside the open link (their text is not its title)
    noscripts: list[str] = []  # <noscript> fallbacks' markup that holds links
    node: LexborNode | None = root.child
    seen = 0
    while node is not None:
        seen += 1
        if seen > max_nodes:
            break
        tag = node.tag
        if (
            tag == "-text"
            and node.is_empty_text_node
            and (not stack or elements[stack[-1]].tag != "pre")
        ):
            # White space between tags, most text nodes of a page: lexbor tells without
            # building the string (5x cheaper than reading it). It is a space within a
            # line, nothing before one.
            if has_text:
                parts.append(" ")
                if href is not None and not muted:
                    link_parts.append(" ")
        elif tag == "-text":
            text = node.text_content
            if text and "\n\n" in text and stack and elements[stack[-1]].tag == "pre":
                # A story printed preformatted: a blank line ends a paragraph, as the
                # browser shows it. All but the last chunk end their lines here.
                chunks = _BLANK_LINE.split(text)
                for chunk in chunks[:-1]:
                    parts.append(chunk)
                    if has_text or not chunk.isspace():
                        flush(parts, stack, href, link_parts)
                    parts.clear()
                    has_text = False
                text = chunks[-1]
            if text and (has_text or not text.isspace()):
                if not has_text or not text.isspace():
                    has_text = True
                    br_run = 0
                    if bold_line:
                        bold_line = lines.bold = False
                parts.append(text)
                if href is not None and not muted:
                    link_parts.append(text)
        elif tag == "br":
            br_run += 1
            # "<span>جملة تامة.</span><br><span>جملة</span>": the browser starts a new
            # line after a finished sentence or a bold subheading; a line wrapped
            # mid-sentence by one <br> goes on.
            # A <p> is a paragraph its writer marked, a heading one line: a <br> inside
            # either stays a space ("<h1>الصحة بصفاقس:<br>لا إصابات جديدة</h1>").
            if br_run >= 2 or (
                has_text
                and (bold_line or _ends_sentence(parts))
                and (
                    not stack
                    or elements[stack[-1]].tag not in _ONE_LINE_TAGS
                    # "<p><strong>كتبت: منى عبد الحميد</strong><br>افتتح …": the byline
                    # set in the paragraph's first line is a line apart, even in a <p>
                    or (bold_line and _SIGNED.match("".join(parts)) is not None)
                )
            ):
                br_run = 0
                bold_line = False
                if has_text:
                    flush(parts, stack, href, link_parts)
                    has_text = False
                else:
                    parts.clear()
            else:
                parts.append(" ")
                if href is not None and not muted:
                    link_parts.append(" ")  # "<a>الخطة الصيفية<br>بسبب شح المياه</a>"
        elif tag in _IMAGE_TAGS:
            image = node.attributes  # (read once: lexbor builds the dict on each call)
            alt = image.get("alt")
            if href is not None or anchors:
                linked, named = (href, link_title) if href is not None else anchors[-1]
                if alt and not alt.isspace():
                    named = alt
                if linked and named and not named.isspace():
                    linked_images.append(Link(linked, named.strip(), tuple(stack)))
            if stack:
                drawn = _drawn_size(image)
                if drawn is None or drawn > _SMALL_IMAGE_PX:
                    pictured.add(stack[-1])
                    if not has_text and href is None:
                        pictured_first.add(stack[-1])  # its text, if any, comes under it
                elif drawn > _ICON_PX:  # an icon (print, mail) is no one's face
                    avatars.add(stack[-1])
            heading = _heading_image(alt) if href is None else None
            if heading is not None:
                # <img alt="اقرأ أيضا"> over a box: the box's title, drawn as a picture
                if has_text:
                    flush(parts, stack, href, link_parts)
                    has_text = False
                else:
                    parts.clear()
                flush([heading], stack, None, [])
        elif (
            tag is not None
            and tag[0] != "-"
            and (tag not in SKIP_TAGS or (tag == "button" and _opens_a_panel(node)))
        ):
            child = node.child
            # Past _MAX_BOXES nested boxes, boxes are read as inline: every line keeps
            # its chain of boxes, and later stages walk those chains.
            is_block = (
                tag in BLOCK_TAGS
                or ("-" in tag and _is_block_element(tag))
                # "<h1>العنوان<small>العنوان الفرعي</small></h1>": the subtitle is a line
                or (tag == "small" and bool(stack) and elements[stack[-1]].tag in HEADING_TAGS)
            ) and len(stack) < _MAX_BOXES
            # Formatting tags (b, i, font …) never mark boxes: skip their attributes.
            attrs = node.attributes if is_block or tag in MARKABLE_INLINE else None
            if not is_block and tag == "span" and attrs is not None and len(stack) < _MAX_BOXES:
                # a legacy CMS's paragraphs, <span style="display:block">: boxes, as shown
                style = attrs.get("style")
                is_block = (
                    style is not None
                    and "block" in style
                    and _DISPLAY_BLOCK.search(style) is not None
                )
            kind = _kind_of(attrs, tag in HEADING_TAGS) if attrs is not None else None
            if tag == "button":
                if controls := node.attributes.get("aria-controls"):
                    panels.add(controls)
            elif kind == "widget" and attrs is not None and attrs.get("id") in panels:
                # the rest of the story behind "اقرأ المزيد" (<button aria-controls=
                # "rm-hidden-1"> over <div id="rm-hidden-1" aria-hidden="true">): text
                kind = None
            if kind is None and is_block and "-" in tag:  # <share-bar>, <news-byline>
                kind = kind_of_attrs(tag)
            elif tag == "main":
                kind = None  # <main class="main-with-sidebar">: the page's main content
            elif tag == "pre" and kind is None and _is_code(node):
                kind = "embed"  # a code listing in a tech story, not its text
            elif kind == "nav" and tag in HEADING_TAGS and attrs and _a_heading_not_nav(attrs):
                # <h3 id="section-1" class="toc-heading">: the subheading a table of
                # contents links to, not the table itself; <h3 class="header-anchor-post">:
                # "header" on a heading names the heading, not the site's header
                kind = None
            if (
                stack
                and elements[stack[-1]].tag in HEADING_TAGS
                and (
                    (tag in MARKABLE_INLINE and _class_says(attrs, _KICKER_TOKENS))
                    # K2's "<span><sup>مميز</sup></span>" after the headline's words
                    or (tag == "sup" and has_text)
                )
            ):
                kind = "label"  # a kicker or a badge inside the headline: a line apart
            subtitle = (
                tag == "span"
                and bool(stack)
                and elements[stack[-1]].tag in HEADING_TAGS
                and _class_says(attrs, _SUBTITLE_TOKENS)
            )
            if subtitle:
                # the headline's subtitle, a line apart (a "lead" span elsewhere stays
                # inside its line)
                kind = "lead"
            # An inline element marked as a byline or date is a line of its own.
            if kind == "photo" and href is not None and not is_block:
                # "<a><span class='badge badge--photos'>صور</span> title</a>": a card's
                # media badge inside its link, no line of its own (muted below)
                kind = None
            if is_block or kind in INLINE_LINE_KINDS or kind == "label" or subtitle:
                br_run = 0
                if has_text:
                    flush(parts, stack, href, link_parts)
                    has_text = False
                else:
                    parts.clear()
                kind = kind or KIND_TAGS.get(tag) or ("lead" if tag == "small" else None)
                if kind is None and attrs is not None and attrs.get("role") in _LANDMARK_ROLES:
                    kind = "nav"
                elements.append(Element(tag, kind, stack[-1] if stack else -1, len(stack)))
                if attrs is not None:
                    scripted = attrs.get("data-href") or _onclick_target(attrs.get("onclick"))
                    if scripted:
                        # a card a script makes clickable ("<div role='link' data-href>")
                        lines.clickable.append((len(elements) - 1, scripted, True))
                    names = attrs.get("class")
                    if names is not None and "flex" in names and _a_flex_box(names):
                        flexed.add(len(elements) - 1)
                if child is not None:
                    stack.append(len(elements) - 1)
                    if tag == "a":
                        anchor = attrs or node.attributes
                        anchors.append((_href_of(anchor), anchor.get("title")))
                    mute = href is not None and kind == "byline"  # a writer in a teaser link
                    muted += mute
                    walk.append((node, True, _MUTED if mute else None))
                    node = child
                    continue
            elif child is not None:
                opened: str | None = None
                if tag == "a" and href is None:
                    anchor = attrs or node.attributes
                    opened = href = anchor.get("href") or ""
                    # (_href_of inlined: every link of the page opens here)
                    if not href or href[0] == "#" or href.startswith("javascript:"):
                        opened = href = _scripted_href(anchor, href)
                    link_title = anchor.get("title")
                    link_parts.clear()
                elif (
                    href is not None
                    and tag in MARKABLE_INLINE
                    and (tag == "time" or _class_says(attrs, _MUTED_IN_LINK) or _a_cards_tag(attrs))
                ):
                    # a teaser's writer, or its kicker ("<a><span class='…kicker'>تحليل
                    # </span>title</a>"), or its section, or its date ("<time>13 نوفمبر
                    # 2024</time>"), inside its link: not the title
                    opened = _MUTED
                    muted += 1
                elif tag in _BOLD_TAGS and not has_text:
                    opened = _BOLD
                elif (
                    tag in _BOLD_TAGS
                    and br_run == 1
                    and href is None
                    and (not stack or elements[stack[-1]].tag not in _ONE_LINE_TAGS)
                ):
                    # "<font>ضمن برنامج …</font><br><font><b>تدشين مشروع …</b></font>": a
                    # bold run the line after a <br> opens (a headline under its kicker)
                    flush(parts, stack, href, link_parts)
                    has_text = False
                    br_run = 0
                    opened = _BOLD
                walk.append((node, False, opened))
                node = child
                continue
            elif tag == "a" and href is None:
                # <a class="stretched-link" href="…" title="…"></a>: an empty card link
                lines.close_link(
                    _href_of(attrs or node.attributes),
                    [],
                    node,
                    stack[-1] if stack else -1,
                )
        elif tag == "input" and stack and elements[stack[-1]].kind is None:
            # "<div><div>استعلم عن نتيجتك برقم الجلوس</div><input type='text'>…": a box a
            # reader types into is a service's form, not text (an ASP.NET page is one
            # <form> around everything, so the box, not the form, tells)
            # (a <form> of its own near it is read as a form already)
            if (
                (node.attributes.get("type") or "text").lower() in _TYPED_INPUTS
                and all(elements[i].tag != "form" for i in stack[-_FORM_NEAR:])
                and not any(
                    stack[-1] in b.path and len(b.text) >= PROSE_CHARS
                    for b in lines.blocks[-_FORM_LOOKBACK:]
                )
            ):
                elements[stack[-1]].kind = "widget"
        elif tag == "noscript":
            fallback = node.text(deep=True)
            if "<a" in fallback:
                noscripts.append(fallback)
        nxt = node.next
        while nxt is None and walk:  # climb until an ancestor has a next sibling
            up, pushed, opened = walk.pop()
            if opened is _MUTED:
                muted -= 1
            elif opened is _BOLD:
                bold_line = lines.bold = has_text
            elif opened is not None and href is not None:
                lines.close_link(opened, link_parts, up, stack[-1] if stack else -1)
                href = None
            if (
                not pushed
                and has_text
                and flexed
                and stack
                and stack[-1] in flexed
                and walk
                and walk[-1][1]  # a flex box's own child: "<span>02:20 م</span><span>قراءة"
            ):
                parts.append(" ")
            if pushed:
                br_run = 0
                if has_text:
                    flush(parts, stack, href, link_parts)
                    has_text = False
                else:
                    parts.clear()
                if anchors and elements[stack[-1]].tag == "a":
                    anchors.pop()
                stack.pop()
            nxt = up.next
        node = nxt
    if has_text:
        flush(parts, stack, href, link_parts)
    _resolve_picture_kinds(elements, lines.blocks, pictured)
    _clear_story_boxes(elements, lines.blocks)
    _mark_unnamed_boxes(elements, lines.blocks, pictured, avatars, pictured_first)
    _mark_form_boxes(elements, lines.blocks)
    _captions_under_pictures(elements, lines.blocks, pictured)
    if lines.clickable:
        _link_clickable_boxes(elements, lines.blocks, lines.clickable)
    return Segmented(elements, _join_date_labels(elements, lines.blocks), linked_images, noscripts)


#: A caption set as the paragraph under a picture's paragraph is one short line.
_CAPTION_CHARS: Final = 140
#: … a little longer when it ends on the photo's credit, agency and photographer.
_CREDITED_CAPTION_CHARS: Final = 260
_PHOTO_CREDIT_END: Final = re.compile(r"\([^()/]{2,30}/\s*[^()/]{2,40}\)\s*$")
#: A credit under the text's last picture ("تحرير: لينا الحسن") signs the text.
_SIGNED: Final = re.compile(rf"^\s*(?:{'|'.join(re.escape(p) for p in BYLINE_PREFIXES)})\s*[:：]")


#: "نواكشوط: أحمدو ولد محمد الأمين": a known place, a colon, and two to five words.
_PLACE_COLON_WORDS: Final = re.compile(
    r"^\s*(?P<place>[^:：\d]{2,25}?)\s*[:：]\s*(?:[^\s.،,:؛!؟?]+\s*){2,5}$"
)


def _a_place_and_writer(text: str) -> bool:
    """The writer's line under the lead picture ("نواكشوط: أحمدو ولد محمد الأمين"): the
    place they file from, a colon, a name; no caption."""
    match = _PLACE_COLON_WORDS.match(text)
    return match is not None and match_key(match.group("place")) in DATELINE_PLACE_KEYS


def _captions_under_pictures(
    elements: list[Element], blocks: list[Block], pictured: set[int]
) -> None:
    """A short paragraph right after a paragraph that holds only a picture is its caption
    ("<p><img …></p><p style='text-align:center'>الإضاءة الليلية …</p>"): editors' CMSs
    put the caption in a paragraph of its own, unmarked (or marked by style alone)."""
    if not pictured:
        return
    owners = {block.owner for block in blocks}
    for block in blocks:
        idx = block.owner
        # (a Blogger post's "<div class='separator'><img></div><div>caption (شينخوا/ يا
        # دونغ)</div>": a div too, when the line ends on a photo's credit)
        credited = (
            block.tag in ("p", "div")
            and len(block.text) <= _CREDITED_CAPTION_CHARS
            and _PHOTO_CREDIT_END.search(block.text) is not None
        )
        if (
            not (credited or (block.tag == "p" and len(block.text) <= _CAPTION_CHARS))
            or elements[idx].kind
            or _SIGNED.match(block.text)
            or _a_place_and_writer(block.text)
        ):
            continue
        parent = elements[idx].parent
        before = idx - 1
        while before > parent and elements[before].parent != parent:
            before -= 1  # back over the previous sibling's descendants
        if (
            before > parent
            and before in pictured
            and before not in owners
            and elements[before].tag in (("p", "div") if credited else ("p",))
        ):
            elements[idx].kind = "caption"


#: Inputs a reader types into, and the lines looked back at for prose in their box.
_TYPED_INPUTS: Final = frozenset({"text", "search", "number", "tel", "email"})
_FORM_LOOKBACK: Final = 6
_FORM_NEAR: Final = 3

#: Class words of a link laid over its card (Bootstrap's "stretched-link").
_OVERLAY_LINK_WORDS: Final = frozenset(
    {"stretched-link", "stretched", "overlay-link", "link-overlay", "card-link", "full-link"}
)


def _an_overlay_link(anchor: LexborNode) -> bool:
    """An empty link its class lays over the card it sits in."""
    names = anchor.attributes.get("class")
    return names is not None and not _OVERLAY_LINK_WORDS.isdisjoint(names.lower().split())


def _href_of(anchor: dict[str, str | None]) -> str:
    """A link's target: its href, or the one a script reads when the href is a
    placeholder ("<a href='#' role='button' data-url='/news/…'>", a quick-view card)."""
    href = anchor.get("href") or ""
    if href and href[0] != "#" and not href.startswith("javascript:"):
        return href
    return _scripted_href(anchor, href)


#: The address a click handler goes to: "window.location.href='/societe/…'",
#: "location.href = \"/news/1\"", "window.location='…'".
_ONCLICK_TARGET: Final = re.compile(r"location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]")


def _onclick_target(handler: str | None) -> str | None:
    """The target of a box a click handler makes a link (``<div role='link' onclick=…>``)."""
    if not handler or "location" not in handler:
        return None
    match = _ONCLICK_TARGET.search(handler)
    return match.group(1) if match else None


def _scripted_href(anchor: dict[str, str | None], href: str) -> str:
    """The target a script reads beside a placeholder href (see ``_href_of``)."""
    return anchor.get("data-url") or anchor.get("data-href") or href


#: A box this many lines or fewer is a card (a picture, a label, a title, a date), whose
#: link laid over it is its title's.
_CARD_LINES: Final = 5


def _link_clickable_boxes(
    elements: list[Element], blocks: list[Block], clickable: list[tuple[int, str, bool]]
) -> None:
    """A card clickable as a whole gives its link to its title line.

    Templates make a card a link without linking its title: Bootstrap's empty
    "stretched-link" after the ``<h3>``, a link around the card's picture only, a script's
    ``<div role='link' data-href='/uae/…'>``. A reader sees and follows the title, so it
    is the link's text: the card's heading, or a scripted box's one line ("<div
    class='breaking-bar__item' data-href>"). A picture's link in a box of its own (JNews's
    "jeg_thumb", beside the card's content box) is the card's: the boxes around it are
    climbed until one holds a heading. A box holding more lines or paragraphs of prose
    is no card (a post's picture linked to its file over the text's subheading and
    paragraphs), nor is one whose title is linked already; nor is a picture's box whose
    one line is its caption.
    """
    # A card whose headline is linked to the same story is read by that link: most
    # pictures' links are such cards' thumbnails, passed over here at once.
    linked: dict[str, list[tuple[int, ...]]] = {}
    for block in blocks:
        for link in block.links:
            linked.setdefault(link.href, []).append(block.path)
    # (a script's card is passed over only when the line linking its story is inside it:
    # the same story linked in another box, a related list under the text, leaves the
    # inline "اقرأ أيضاً" card unlinked otherwise)
    clickable = [
        (box, href, scripted)
        for box, href, scripted in clickable
        if href not in linked or (scripted and not any(box in path for path in linked[href]))
    ]
    if not clickable:
        return
    # The boxes a few steps above each unlinked heading: a card's link finds its title
    # there in a few lookups (most pictures' boxes hold none: a logo, a banner).
    headed: set[int] = set()
    for block in blocks:
        if _a_card_title(elements, block) and not block.links:
            headed.update(block.path[-_CARD_CLIMB - 3 :])
    first: dict[int, int] = {}  # a box -> its first line's place among the blocks
    for box, href, scripted in clickable:
        if not scripted and not _heading_near(elements, box, headed):
            continue
        if not first:
            for at, block in enumerate(blocks):
                first.setdefault(block.owner, at)
        for _ in range(_CARD_CLIMB):
            end = subtree_end(elements, box, _CARD_ELEMENTS)
            if end < 0:
                break  # a box this big is no card (the text, the page)
            starts = [first[idx] for idx in range(box, end) if idx in first]
            inside: list[Block] = []
            if starts:
                at = min(starts)  # a box's lines run together in the page's order
                while at < len(blocks) and box <= blocks[at].owner < end:
                    inside.append(blocks[at])
                    at += 1
            if len(inside) > _CARD_LINES:
                break
            titles = [block for block in inside if _a_card_title(elements, block)]
            if titles or scripted:
                _link_card_title(inside, titles, href, scripted)
                break
            box = elements[box].parent
            if box < 0:
                break


def _a_card_title(elements: list[Element], block: Block) -> bool:
    """A card's title: its heading, or in a related box a figure's caption under its
    linked picture ("<figure class='teaser-card'><a><img alt=''></a><figcaption>…")."""
    return block.tag in HEADING_TAGS or (
        block.tag == "figcaption" and any(elements[i].kind == "related" for i in block.path)
    )


def _heading_near(elements: list[Element], box: int, headed: set[int]) -> bool:
    """An unlinked heading sits in the box or in one of the boxes climbed from it."""
    for _ in range(_CARD_CLIMB):
        if box in headed:
            return True
        box = elements[box].parent
        if box < 0:
            return False
    return False


#: Boxes climbed from a card's link to the box holding its title.
_CARD_CLIMB: Final = 3
#: A card's elements (its boxes, its picture's wrappers); a bigger box is no card.
_CARD_ELEMENTS: Final = 40


def _link_card_title(inside: list[Block], titles: list[Block], href: str, scripted: bool) -> None:
    """Give a card's link to its title line (see ``_link_clickable_boxes``)."""
    title = titles[0] if titles else inside[0] if scripted and len(inside) == 1 else None
    if title is None or title.links or any(link.href == href for b in inside for link in b.links):
        return
    if sum(len(block.text) >= PROSE_CHARS for block in inside if block is not title) <= 1:
        # (one line of prose is a card's excerpt; more are a text's paragraphs)
        title.links.append(Link(href, title.text))
        title.link_chars = len(title.text)


def subtree_end(elements: list[Element], idx: int, most: int = -1) -> int:
    """One past the element's last descendant: its descendants are the elements after it
    up to the next one no deeper, so a box's lines are those whose owner falls between.
    ``most``: past this many descendants, -1 (a caller that wants a small box only)."""
    depth, end = elements[idx].depth, idx + 1
    stop = len(elements) if most < 0 else min(len(elements), idx + most + 2)
    while end < stop and elements[end].depth > depth:
        end += 1
    if end == stop and stop < len(elements):
        return -1
    return end


#: A form's box with more lines than this, or with prose, is the page (ASP.NET wraps the
#: whole page in a <form>), not a search or sign-up box.
_FORM_BOX_LINES: Final = 5


def _mark_form_boxes(elements: list[Element], blocks: list[Block]) -> None:
    """A small box holding a form is the page's interface: "استعلم عن نتيجتك الآن", the
    field's label "أدخل رقم الجلوس" and the service's note around a results search in
    the text. The form's parent box counts, unless it is already marked; it may hold one
    sentence, after the form (its note), but no prose before it (the text's own). When
    the parent holds more (a converter's result and tables beside its form), the form
    alone is the interface: its field labels ("المبلغ", "من", "إلى") are no one's text.
    """
    for idx, element in enumerate(elements):
        if element.tag != "form" or element.kind is not None:
            continue
        form_end = subtree_end(elements, idx)
        parent = element.parent
        boxes = (parent, idx) if parent >= 0 and elements[parent].kind is None else (idx,)
        for box in boxes:
            end = form_end if box == idx else subtree_end(elements, box)
            held = [block for block in blocks if box <= block.owner < end]
            prose = [b for b in held if len(b.text) >= PROSE_CHARS]
            # One sentence under the form is its note ("البيانات مقدمة من مزود الخدمة …").
            if 0 < len(held) - len(prose) <= _FORM_BOX_LINES and (
                not prose
                or (len(prose) == 1 and prose[0] is held[-1] and held[-1].owner >= form_end)
            ):
                elements[box].kind = "widget"
                break


#: Paragraph-like boxes whose entries a date may introduce.
_ENTRY_TAGS: Final = frozenset({"li", "p", "dd"})


def _join_date_labels(elements: list[Element], blocks: list[Block]) -> list[Block]:
    """A date marked inline that introduces its entry's text is part of the entry: a
    timeline's "<li><span class='tl-date'>آذار 2023:</span> الشركة تتوقف …</li>" is
    one line, not a date line and a line without its date."""
    joined = False
    for block, after in itertools.pairwise(blocks):
        if block.text[-1] != ":" or block.owner < 0:
            continue  # the cheap test first: a label ends on its colon
        element = elements[block.owner]
        if (
            element.kind == "date"
            and element.tag not in BLOCK_TAGS
            and after.owner == element.parent
            and after.owner >= 0
            and elements[after.owner].tag in _ENTRY_TAGS
            and _DIGIT.search(block.text)  # a date, not a label ("نشر في:")
        ):
            after.text = f"{block.text} {after.text}"
            after.links = block.links + after.links
            after.link_chars += block.link_chars
            block.text = ""
            joined = True
    if not joined:
        return blocks
    kept = [block for block in blocks if block.text]
    for index, block in enumerate(kept):
        block.index = index
    return kept


#: A line this long is prose, not a caption, a label, a credit or a teaser title.
PROSE_CHARS: Final = 80


#: The kinds settled once a box's content is known.
_PICTURE_KINDS: Final = frozenset({"photo", "caption"})


def _resolve_picture_kinds(
    elements: list[Element], blocks: list[Block], pictured: set[int]
) -> None:
    """Settle the boxes named for pictures once their content is known.

    "gallery" and "photo" name a photo story's whole page as readily as one picture's
    box ("container gallery-page", "article-text gallery-intro"), and "caption" can wrap
    more than a caption. A "photo" box is a caption box if it holds an image or no prose
    (an album badge, "6 صور"); one with prose and no image is text. A caption box with
    two prose paragraphs of its own is text too: a caption is one short text; so is one
    that holds the page's first ``<h1>`` (``<article class="PhotoOfDay_article">``: a
    photo story's whole article). Pictures inside keep their own boxes (figcaption,
    "gallery-item"). A box cleared so falls back on its tag's kind (``<aside>``), unless
    it holds the headline: then it is the story's own (its ``<header>``, with the intro).
    """
    targets = [idx for idx, element in enumerate(elements) if element.kind in _PICTURE_KINDS]
    if not targets:
        return
    # A box's descendants are the elements after it up to the next one no deeper: one
    # range each, so the few prose lines and pictures are counted only where asked.
    prose_owners = [
        block.owner for block in blocks if block.tag == "p" and len(block.text) >= PROSE_CHARS
    ]
    # The page's first <h1>, its headline (an Instant Articles slideshow titles its
    # caption with a later one).
    headline = next((i for i, element in enumerate(elements) if element.tag == "h1"), -1)
    for idx in targets:
        element = elements[idx]
        end = subtree_end(elements, idx)
        prose = sum(idx <= owner < end for owner in prose_owners)
        if element.kind == "photo":
            with_image = any(idx <= held < end for held in pictured)
            element.kind = "caption" if with_image or not prose else None
        holds_headline = idx < headline < end
        if element.kind == "caption" and (prose >= 2 or holds_headline):
            element.kind = None  # text, or a photo story's whole article with its headline
        if element.kind is None and holds_headline:
            continue  # the story's own box (its <header> too: the headline and the intro)
        if element.kind is None:
            # The box's own tag still speaks: <aside class="photo-of-day-about"> is a side box.
            tag_kind = KIND_TAGS.get(element.tag)
            element.kind = tag_kind if tag_kind != "caption" else None


_DIGIT: Final = re.compile(r"\d")
#: A box named related that holds this many unlinked prose paragraphs, and more of them
#: than linked lines, holds a story, not teasers.
_STORY_PARAGRAPHS: Final = 4


def _clear_story_boxes(elements: list[Element], blocks: list[Block]) -> None:
    """A box named as related that holds a story is the story's: Al-Masry Al-Youm-style
    ``<div id="NewsStory" class="min_related">`` around the whole text. Teaser cards,
    however long their excerpts, each have a linked headline beside the excerpt."""
    targets = [idx for idx, element in enumerate(elements) if element.kind == "related"]
    if not targets:
        return
    prose = [b.owner for b in blocks if b.tag == "p" and len(b.text) >= PROSE_CHARS and not b.links]
    if len(prose) < _STORY_PARAGRAPHS:
        return
    linked = [b.owner for b in blocks if b.links]
    for idx in targets:
        end = subtree_end(elements, idx)
        held = sum(idx <= owner < end for owner in prose)
        if held >= _STORY_PARAGRAPHS and held > sum(idx <= owner < end for owner in linked):
            elements[idx].kind = None


def _mark_unnamed_boxes(
    elements: list[Element],
    blocks: list[Block],
    pictured: set[int],
    avatars: set[int],
    pictured_first: set[int],
) -> None:
    """Captions and writer boxes that no class names (utility-CSS templates).

    A box that holds a picture and one short line beside it, not a sentence: that line
    is the picture's caption (a longer one too, up to a caption's length, when it comes
    under the picture in the picture's own box: "<img …><br><small>رسم بياني: متوسط سعر
    القدم المربعة … (بيانات …)</small>"). A box that holds a small picture (a face) and
    one line of two to four words with no digits: that line is the writer's name.
    """
    if not pictured and not avatars:
        return
    holders = pictured | avatars
    lines: dict[int, list[Block]] = {}
    for block in blocks:
        for idx in block.path[-3:]:  # the picture's box is at most two boxes up
            if idx in holders:
                lines.setdefault(idx, []).append(block)
    for holder, held in lines.items():
        if len(held) != 1:
            if holder in pictured and elements[holder].tag == "figure":
                _label_figure_lines(elements, held)
            continue
        block = held[0]
        element = elements[block.owner]
        text = block.text
        if element.kind is not None or block.tag in HEADING_TAGS or text[-1] in _SENTENCE_END:
            continue
        if any(elements[idx].kind == "widget" for idx in block.path):
            continue  # a match's score box: a team's badge and its name, no writer
        under = holder == block.owner and holder in pictured_first
        if (
            holder in pictured
            and (len(text) < PROSE_CHARS or (under and len(text) <= _CAPTION_CHARS))
            and not block.links
        ):
            element.kind = "caption"
        elif holder in avatars and _reads_like_a_name(text):
            element.kind = "byline"


def _reads_like_a_name(text: str) -> bool:
    """Two to four words, no digits, two of them words of letters: not a row of icon
    buttons' labels ("A+ A-" beside the print and mail icons)."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and not _DIGIT.search(text)
        and "|" not in text  # "الافتتاحية | رأي الصحيفة" by an icon: a label, no name
        and sum(sum(ch.isalpha() for ch in word) >= 2 for word in words) >= 2
    )


def _label_figure_lines(elements: list[Element], held: list[Block]) -> None:
    """A ``<figure>``'s short unmarked lines beside its picture are its labels and
    caption ("بالأرقام" over an infographic), not text: a figure holds no paragraphs."""
    for block in held:
        element = elements[block.owner]
        if (
            element.kind is None
            and block.tag not in HEADING_TAGS
            and len(block.text) < 40
            and not block.links
            and block.text[-1] not in _SENTENCE_END
        ):
            element.kind = "caption"


def in_kind(seg: Segmented, block: Block, kinds: frozenset[str]) -> bool:
    """Whether a box around the line is named as one of ``kinds``."""
    return any(seg.elements[i].kind in kinds for i in block.path)


def split_block(seg: Segmented, block: Block, piece: str) -> Block | None:
    """Cut ``piece`` out of ``block`` as a line of its own; return that new line.

    Old table layouts print date, headline and byline in one cell separated by single
    ``<br>``s; once the headline is known it splits the cell back into lines.
    """
    at = block.text.find(piece)
    if at < 0:
        return None
    parts = [block.text[:at].strip(), piece, block.text[at + len(piece) :].strip()]
    new = [Block(text, block.owner, block.path, 0, [], block.tag) for text in parts if text]
    pos = block.index
    seg.blocks[pos : pos + 1] = new
    for i, line in enumerate(seg.blocks[pos:], start=pos):
        line.index = i
    return next(b for b in new if b.text == piece)
