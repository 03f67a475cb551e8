"""Articles that exist only in a client-side state blob (``__NEXT_DATA__`` and friends).

Next.js, Nuxt and React portals ship the article as JSON and render it in the browser,
so the HTML can be an empty shell. Without knowing any site's schema, the body is the
JSON array whose items carry the most Arabic prose (one item per paragraph or
subheading); the headline, byline, date and related list are looked up by common key
names in the objects around that array.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from ..segment import kind_of_attrs
from ..textnorm import arabic_ratio, clean_text

_TEXT_KEYS = (
    "text",
    "content",
    "value",
    "body",
    "html",
    "children",
    "blocks",
    "model",
    "paragraph",
    "plain",
    "data",
)
_SKIP_KEYS = frozenset(
    {
        "url",
        "href",
        "src",
        "id",
        "type",
        "slug",
        "alt",
        "caption",
        "credit",
        "image",
        "images",
        "style",
        "className",
        "class",
        "key",
    }
)
_TITLE_KEYS = ("headline", "title", "name")
_AUTHOR_KEYS = ("authors", "author", "byline", "writers", "writer")
_DATE_KEYS = (
    "datePublished",
    "publishedAt",
    "published_at",
    "firstPublished",
    "publishDate",
    "published",
    "date",
    "createdAt",
)
_MODIFIED_KEYS = (
    "dateModified",
    "updatedAt",
    "updated_at",
    "lastPublished",
    "modified",
    "lastUpdated",
)
_RELATED_KEYS = (
    "related",
    "relatedArticles",
    "relatedLinks",
    "relatedContent",
    "readAlso",
    "relatedStories",
)
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_MAX_NODES = 200_000


@dataclass(slots=True)
class AppArticle:
    body: list[str]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    related: list[tuple[str, str]] = field(default_factory=list)  # (title, url)


def _text_of(item: Any, depth: int = 0) -> str:
    """The visible text inside one block object (strings under text-like keys)."""
    if depth > 6:
        return ""
    if isinstance(item, str):
        if "<" in item and _TAG.search(item):
            return LexborHTMLParser(item, is_fragment=True).text(separator=" ")
        return item
    if isinstance(item, list):
        return " ".join(t for x in item[:200] if (t := _text_of(x, depth + 1)))
    if isinstance(item, dict):
        parts = []
        for key in _TEXT_KEYS:
            if key in item and key not in _SKIP_KEYS:
                text = _text_of(item[key], depth + 1)
                if text:
                    parts.append(text)
        return " ".join(parts)
    return ""


#: Keys under which a headless CMS ships the article as one HTML string.
_HTML_BODY_KEYS = frozenset({"content", "body", "html", "bodyHtml", "contentHtml", "articleBody"})
_HTML_BLOCKS = "p, h2, h3, h4, li, blockquote"


def _html_lines(markup: str) -> list[str]:
    """The paragraphs, subheadings and items of an HTML string body, without what its
    own boxes mark as chrome (a figure's caption, an ad slot)."""
    tree = LexborHTMLParser(markup, is_fragment=True)
    out = []
    for node in tree.css(_HTML_BLOCKS):
        if node.tag == "p" and node.parent is not None and node.parent.tag in ("li", "blockquote"):
            continue  # read with its item or its quote
        chrome, up = False, node.parent
        while up is not None and up.tag not in ("-undef", "html", "body", None):
            names = f"{up.attributes.get('class') or ''} {up.attributes.get('id') or ''}"
            if up.tag in ("figure", "aside") or (names.strip() and kind_of_attrs(names.strip())):
                chrome = True
                break
            up = up.parent
        text = clean_text(node.text())  # inline runs join as the browser shows them
        if not chrome and text and arabic_ratio(text) > 0.5:
            out.append(text)
    return out


def _is_chrome(item: Any) -> bool:
    """A block whose declared type is an ad, a newsletter prompt, a promo or an embed."""
    if not isinstance(item, dict):
        return False
    kind = (
        item.get("type") or item.get("__typename") or item.get("component") or item.get("blockType")
    )
    return isinstance(kind, str) and kind_of_attrs(kind) is not None


def _lines(items: list[Any]) -> list[str]:
    out = []
    for item in items:
        if _is_chrome(item):
            continue
        text = clean_text(_text_of(item))
        if text and arabic_ratio(text) > 0.5 and len(text) >= 3:
            out.append(text)
    return out


def _entries(items: list[Any]) -> bool:
    """A list of titled things (teasers, a quiz's results, products), not of paragraphs:
    most of its items carry a title of their own."""
    # (not "name": WordPress blocks are {"name": "core/paragraph", …})
    titled = sum(isinstance(x, dict) and ("title" in x or "headline" in x) for x in items)
    return titled * 2 > len(items)


def _score(lines: list[str]) -> float:
    return sum(len(t) for t in lines if len(t) >= 40)


def _first_str(obj: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("text") or value.get("name") or value.get("value")
        if isinstance(value, str) and value.strip():
            return clean_text(value)
    return None


#: A contributor's role that writes nothing of the text: a copy editor, a proofreader, a
#: photographer, a designer ({"name": …, "role": "copy-editor"} beside the writer).
_NOT_WRITING = re.compile(
    r"copy|proof|photo|illustrat|design|video|camera|graphic|review|fact|تدقيق|مراجعة|تصوير",
    re.IGNORECASE,
)


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items[:20]:
        if isinstance(item, dict):
            role = item.get("role")
            if isinstance(role, str) and _NOT_WRITING.search(role):
                continue
            item = item.get("name") or item.get("title") or item.get("displayName")
        if isinstance(item, str) and item.strip():
            out.append(clean_text(item))
    return out


def _related(value: Any) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if isinstance(value, dict):
        value = next((v for v in value.values() if isinstance(v, list)), [])
    if not isinstance(value, list):
        return out
    for item in value[:50]:
        if isinstance(item, dict):
            title = _first_str(item, ("headline", "title", "name", "text"))
            url = item.get("url") or item.get("href") or item.get("link") or item.get("uri")
            if title and isinstance(url, str):
                out.append((title, url))
    return out


#: devalue's tags for a value that is only a wrapper around another index (Vue's reactive
#: state, refs, Nuxt's error object).
_FLAT_WRAPPERS = frozenset(
    {"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "Object"}
)


def _flat_index(value: Any, size: int) -> int | None:
    """An index into a flat payload (negative numbers are devalue's undefined, NaN …)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < size:
        return value
    return None


def is_flat_payload(state: Any) -> bool:
    """Nuxt 3's ``__NUXT_DATA__`` (devalue's flat form): a list whose first item, the
    root, is a wrapper tag and an index (``["ShallowReactive", 1]``) or an object of
    indices."""
    if not isinstance(state, list) or len(state) < 2:
        return False
    root, size = state[0], len(state)
    if isinstance(root, list):
        return (
            len(root) == 2 and root[0] in _FLAT_WRAPPERS and _flat_index(root[1], size) is not None
        )
    return (
        isinstance(root, dict)
        and bool(root)
        and all(_flat_index(v, size) is not None for v in root.values())
    )


def revive_flat(values: list[Any]) -> Any:
    """The state a flat payload encodes, every index replaced by its value.

    devalue writes each object or array once, with indices into the one list for its
    members, so shared and even circular values are allowed. Containers are made first
    and filled after (no recursion, so no depth to exhaust); wrappers stand for what
    they wrap; a date is its ISO string, a set a list, a map an object.
    """
    size = len(values)
    out: list[Any] = [None] * size
    alias: dict[int, int] = {}  # a wrapper's index -> the index it wraps
    for i, value in enumerate(values):
        if isinstance(value, dict):
            out[i] = {}
        elif isinstance(value, list):
            tag = value[0] if value and isinstance(value[0], str) else None
            if tag is None:
                out[i] = []
            elif tag in _FLAT_WRAPPERS and len(value) == 2:
                target = _flat_index(value[1], size)
                if target is not None:
                    alias[i] = target
            elif tag == "Date" and len(value) == 2:
                out[i] = value[1]
            elif tag == "Set":
                out[i] = []
            elif tag == "Map":
                out[i] = {}
        else:
            out[i] = value

    def resolve(index: Any) -> Any:
        at = _flat_index(index, size)
        for _ in range(size):  # a chain of wrappers, never a loop of them
            if at is None or at not in alias:
                break
            at = alias[at]
        return None if at is None or at in alias else out[at]

    for i, value in enumerate(values):
        target = out[i]
        if isinstance(value, dict) and isinstance(target, dict):
            for key, index in value.items():
                target[key] = resolve(index)
        elif isinstance(value, list) and isinstance(target, list):
            members = value[1:] if value and isinstance(value[0], str) else value
            target.extend(resolve(index) for index in members)
        elif isinstance(value, list) and isinstance(target, dict) and value[:1] == ["Map"]:
            pairs = value[1:]
            for key, index in zip(pairs[::2], pairs[1::2], strict=False):  # an odd one out
                name = resolve(key)
                if isinstance(name, str):
                    target[name] = resolve(index)
    return resolve(0)


def find_app_article(states: list[Any]) -> AppArticle | None:
    """The article inside client-side state, or None when there is no prose array."""
    best: tuple[float, list[str], list[Any]] | None = None
    seen = 0
    for raw in states:
        state = revive_flat(raw) if is_flat_payload(raw) else raw
        stack: list[tuple[Any, list[Any]]] = [(state, [])]
        while stack:
            node, ancestors = stack.pop()
            seen += 1
            if seen > _MAX_NODES or len(ancestors) > 40:
                break
            if isinstance(node, list):
                if (
                    node
                    and any(isinstance(x, (dict, str)) for x in node[:5])
                    and not _entries(node)
                ):
                    lines = _lines(node)
                    score = _score(lines)
                    if score > 0 and (best is None or score > best[0]):
                        best = (score, lines, ancestors)
                stack.extend((x, ancestors) for x in node if isinstance(x, (list, dict)))
            elif isinstance(node, dict):
                chain = [*ancestors, node]
                stack.extend((v, chain) for v in node.values() if isinstance(v, (list, dict)))
                for key in _HTML_BODY_KEYS.intersection(node):
                    value = node[key]
                    if isinstance(value, str) and len(value) >= 200 and "</p>" in value:
                        lines = _html_lines(value)
                        score = _score(lines)
                        if score > 0 and (best is None or score > best[0]):
                            best = (score, lines, chain)
    if best is None or best[0] < 200:
        return None
    _, lines, ancestors = best
    article = AppArticle(body=lines)
    for obj in reversed(ancestors):  # nearest enclosing object first
        if not isinstance(obj, dict):
            continue
        article.title = article.title or _first_str(obj, _TITLE_KEYS)
        article.published = article.published or _first_str(obj, _DATE_KEYS)
        article.modified = article.modified or _first_str(obj, _MODIFIED_KEYS)
        if not article.authors:
            for key in _AUTHOR_KEYS:
                if key in obj:
                    article.authors = _names(obj[key])
                    if article.authors:
                        break
        if not article.related:
            for key in _RELATED_KEYS:
                if key in obj:
                    article.related = _related(obj[key])
                    if article.related:
                        break
    return article
