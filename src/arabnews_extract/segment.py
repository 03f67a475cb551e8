"""Stage 2b: a cleaned lexbor tree -> a flat list of text blocks with their context.

One iterative walk over the tree (no recursion: a page nested 100,000 levels deep must
not overflow the stack) turns the page into the lines a reader sees, each a
:class:`Block` that knows its text, its links, the block element that holds it and the
chain of elements around it. Every later stage (title, body, byline, dates, related)
works on this list instead of walking the tree again, which keeps extraction one pass.

Paragraph rules are those of the ground truth: block elements end a line; two ``<br>``
in a row end a line; one ``<br>`` is a space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from .boilerplate import KIND_PAIRS, KIND_SUBSTRINGS, KIND_TAGS, KIND_TOKENS, PAIR_ONLY
from .textnorm import clean_text

#: Elements that end a line of text.
BLOCK_TAGS = frozenset(
    "p div section article main aside header footer nav h1 h2 h3 h4 h5 h6 li ul ol dl dt dd "
    "table tbody thead tfoot tr td th blockquote pre figure figcaption form fieldset address "
    "hr center details summary body html dialog menu legend caption".split()
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements whose content is never reader text.
SKIP_TAGS = frozenset(
    "script style noscript template svg math iframe object embed video audio canvas "
    "select option textarea button input head title link meta source picture map".split()
)

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

_TOKEN_KIND: dict[str, str] = {
    token: kind for kind, tokens in KIND_TOKENS.items() for token in tokens if token not in PAIR_ONLY
}
_SUBSTRING_RE = re.compile(
    "|".join(
        f"(?P<{kind}>{'|'.join(re.escape(s) for s in subs)})"
        for kind, subs in KIND_SUBSTRINGS.items()
    )
)


def kind_of_attrs(value: str) -> str | None:
    """The boilerplate kind named by a class/id string, or None.

    Tokens are whole words (``ad`` matches ``ad-slot`` but not ``head``); camelCase is
    split (``shareBar`` -> share, bar).
    """
    lowered = _CAMEL.sub(" ", value).lower()
    match = _SUBSTRING_RE.search(lowered)
    if match and match.lastgroup:
        return match.lastgroup
    tokens = [t for t in _TOKEN_SPLIT.split(lowered) if t]
    for first, second in zip(tokens, tokens[1:]):
        pair = KIND_PAIRS.get((first, second))
        if pair:
            return pair
    for token in tokens:
        kind = _TOKEN_KIND.get(token)
        if kind:
            return kind
    return None


@dataclass(slots=True)
class Element:
    """A block-level element met on the walk."""

    node: LexborNode
    tag: str
    kind: str | None
    parent: int  # index of the parent Element, -1 for the root
    depth: int


@dataclass(slots=True)
class Link:
    href: str
    text: str


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

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(slots=True)
class Segmented:
    elements: list[Element]
    blocks: list[Block]


class _Builder:
    __slots__ = ("blocks", "br_run", "elements", "link_chars", "links", "parts")

    def __init__(self) -> None:
        self.elements: list[Element] = []
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.links: list[Link] = []
        self.link_chars = 0
        self.br_run = 0

    def flush(self, stack: list[int]) -> None:
        self.br_run = 0
        if not self.parts:
            return
        text = clean_text("".join(self.parts))
        self.parts = []
        links, self.links = self.links, []
        link_chars, self.link_chars = self.link_chars, 0
        if not text:
            return
        owner = stack[-1] if stack else -1
        tag = self.elements[owner].tag if owner >= 0 else "div"
        self.blocks.append(
            Block(text, owner, tuple(stack), min(link_chars, len(text)), links, tag, len(self.blocks))
        )


def segment(root: LexborNode, *, max_nodes: int = 400_000) -> Segmented:
    """Walk ``root`` once and return its elements and text blocks in document order."""
    b = _Builder()
    stack: list[int] = []  # open block elements (indices into b.elements)
    # The walk keeps its own stack of (node, pushed_block, is_link) to climb back up
    # without calling node.parent.
    walk: list[tuple[LexborNode, bool, str | None]] = []
    link_parts: list[str] = []
    in_link = 0
    node: LexborNode | None = root.child
    seen = 0
    while node is not None:
        seen += 1
        if seen > max_nodes:
            break
        tag = node.tag
        descend = False
        pushed = False
        href: str | None = None
        if tag == "-text":
            text = node.text_content
            if text:
                if b.br_run and text.strip():
                    b.br_run = 0
                b.parts.append(text)
                if in_link:
                    link_parts.append(text)
        elif tag == "br":
            b.br_run += 1
            if b.br_run >= 2:
                b.flush(stack)
            else:
                b.parts.append(" ")
        elif tag is not None and tag[0] != "-" and tag not in SKIP_TAGS:
            descend = node.child is not None
            if tag in BLOCK_TAGS:
                b.flush(stack)
                attrs = node.attributes
                kind = KIND_TAGS.get(tag)
                names = " ".join(v for k in ("class", "id") if (v := attrs.get(k)))
                if names:
                    kind = kind_of_attrs(names) or kind
                elif "role" in attrs and attrs["role"] in ("navigation", "complementary"):
                    kind = "nav"
                parent = stack[-1] if stack else -1
                b.elements.append(Element(node, tag, kind, parent, len(stack)))
                if descend:
                    stack.append(len(b.elements) - 1)
                    pushed = True
            elif tag == "a":
                href = node.attributes.get("href") or ""
                if descend:
                    in_link += 1
                    link_parts = [] if in_link == 1 else link_parts
        if descend:
            walk.append((node, pushed, href))
            node = node.child
            continue
        # Leave this node and every ancestor that has no next sibling.
        while True:
            nxt = node.next if node is not None else None
            if nxt is not None:
                node = nxt
                break
            if not walk:
                node = None
                break
            node, pushed, href = walk.pop()
            if href is not None:
                in_link -= 1
                if in_link == 0:
                    text = clean_text("".join(link_parts))
                    if text:
                        b.links.append(Link(href, text))
                        b.link_chars += len(text) + 1
            if pushed:
                b.flush(stack)
                stack.pop()
    b.flush(stack)
    return Segmented(b.elements, b.blocks)
