"""Articles that exist only in a client-side state blob (``__NEXT_DATA__`` and friends).

Next.js, Nuxt and React portals ship the article as JSON and render it in the browser,
so the HTML can be an empty shell. Without knowing any site's schema, the body is the
JSON array whose items carry the most Arabic prose (one item per paragraph or
subheading); the headline, byline, date and related list are looked up by common key
names in the objects around that array.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..boilerplate import BODY_KINDS
from ..segment import kind_of_attrs
from ..textnorm import arabic_ratio, clean_text

_TEXT_KEYS: Final = (
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
_SKIP_KEYS: Final = frozenset(
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
_TITLE_KEYS: Final = ("headline", "title", "name")
_AUTHOR_KEYS: Final = ("authors", "author", "byline", "writers", "writer")
_DATE_KEYS: Final = (
    "datePublished",
    "publishedAt",
    "published_at",
    "firstPublished",
    "publishDate",
    "published",
    "date",
    "createdAt",
)
_MODIFIED_KEYS: Final = (
    "dateModified",
    "updatedAt",
    "updated_at",
    "lastPublished",
    "modified",
    "lastUpdated",
)
_RELATED_KEYS: Final = (
    "related",
    "relatedArticles",
    "relatedLinks",
    "relatedContent",
    "readAlso",
    "relatedStories",
)
_TAG: Final = re.compile(r"<[a-zA-Z/!][^>]*>")
_MAX_NODES: Final = 200_000


@dataclass(slots=True)
class AppArticle:
    body: list[str]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    related: list[tuple[str, str]] = field(default_factory=list)  # (title, url)
    #: Related links set inside the text's own HTML ("<p class='read-also'>"), in order.
    inline_related: list[tuple[str, str]] = field(default_factory=list)


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
_HTML_BODY_KEYS: Final = frozenset(
    {"content", "body", "html", "bodyHtml", "contentHtml", "articleBody"}
)
_HTML_BLOCKS: Final = "p, h2, h3, h4, li, blockquote"


def _html_lines(markup: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The paragraphs, subheadings and items of an HTML string body, without what its
    own boxes mark as chrome (a figure's caption, an ad slot, the paragraph itself
    marked "read-also"); and the links of the boxes it marks as related, (title, url)."""
    tree = LexborHTMLParser(markup, is_fragment=True)
    out = []
    related: list[tuple[str, str]] = []
    for node in tree.css(_HTML_BLOCKS):
        if node.tag == "p" and node.parent is not None and node.parent.tag in ("li", "blockquote"):
            continue  # read with its item or its quote
        kind: str | None = None
        up: LexborNode | None = node
        while up is not None and up.tag not in ("-undef", "html", "body", None):
            names = f"{up.attributes.get('class') or ''} {up.attributes.get('id') or ''}"
            if up.tag in ("figure", "aside"):
                kind = "widget"
                break
            kind = kind_of_attrs(names.strip()) if names.strip() else None
            if up is node and kind in BODY_KINDS:
                kind = None  # "<p class='lead'>": the paragraph says it is text
            if kind is not None:
                break
            up = up.parent
        if kind == "related":
            related += [
                (title, href)
                for link in node.css("a[href]")
                if (title := clean_text(link.text())) and (href := link.attributes.get("href"))
            ]
        text = clean_text(node.text())  # inline runs join as the browser shows them
        if kind is None and text and arabic_ratio(text) > 0.5:
            out.append(text)
    return out, related


def _is_chrome(item: Any) -> bool:
    """A block whose declared type is an ad, a newsletter prompt, a promo or an embed."""
    if not isinstance(item, dict):
        return False
    kind = (
        item.get("type") or item.get("__typename") or item.get("component") or item.get("blockType")
    )
    return (
        isinstance(kind, str)
        and kind.lower() not in _HEADING_TYPES
        and kind_of_attrs(kind) is not None
    )


#: Block types of a subheading (Editor.js's "header"), not of the site's header.
_HEADING_TYPES: Final = frozenset({"header", "heading", "subheading"})


def _list_items(item: dict[str, Any]) -> list[Any] | None:
    """A list block's items (Editor.js: ``{"type": "list", "data": {"items": […]}}``):
    each is a line of its own, as the list shows them."""
    data = item.get("data")
    items = (data if isinstance(data, dict) else item).get("items")
    return items if isinstance(items, list) and items else None


def _lines(items: list[Any]) -> list[str]:
    out = []
    for item in items:
        if _is_chrome(item):
            continue
        if isinstance(item, dict) and (entries := _list_items(item)) is not None:
            out.extend(_lines(entries))
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
_NOT_WRITING: Final = re.compile(
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
_FLAT_WRAPPERS: Final = frozenset(
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
        built = out[i]
        if isinstance(value, dict) and isinstance(built, dict):
            for key, index in value.items():
                built[key] = resolve(index)
        elif isinstance(value, list) and isinstance(built, list):
            members = value[1:] if value and isinstance(value[0], str) else value
            built.extend(resolve(index) for index in members)
        elif isinstance(value, list) and isinstance(built, dict) and value[:1] == ["Map"]:
            pairs = value[1:]
            for key, index in zip(pairs[::2], pairs[1::2], strict=False):  # an odd one out
                name = resolve(key)
                if isinstance(name, str):
                    built[name] = resolve(index)
    return resolve(0)


#: Nuxt 2's state: one function called with the values it shares, so that each is
#: written once ("window.__NUXT__=(function(a,b){return {author:{name:b},…}}(null,"…"))").
_NUXT_FUNCTION: Final = re.compile(r"\(?\s*function\s*\(([\w$,\s]*)\)\s*\{\s*return\s+")
#: One token of a JavaScript literal: a string in either quotes, a number, a name, or
#: one of the punctuation marks literals are made of.
_JS_TOKEN: Final = re.compile(
    r"""\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'"""
    r"|(-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)|([A-Za-z_$][\w$]*)|([{}\[\]:,()]))",
    re.S,
)
_JS_ESCAPE: Final = re.compile(
    r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|(\r\n|.))", re.S
)
_JS_CHAR_ESCAPES: Final = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "0": "\0",
}
_JS_CONSTANTS: Final = {
    **{"true": "true", "false": "false", "null": "null"},
    **dict.fromkeys(("undefined", "NaN", "Infinity"), "null"),  # (no JSON for them)
}


_LAST_CODE_POINT: Final = 0x10FFFF


def _js_string(body: str) -> str:
    """A JavaScript string literal's value (its escapes, ``\\u002F`` and ``\\x3C`` too)."""

    def unescape(match: re.Match[str]) -> str:
        hexa = match.group(1) or match.group(2) or match.group(3)
        if hexa:
            code = int(hexa, 16)
            return chr(code) if code <= _LAST_CODE_POINT else "\ufffd"  # ("\u{FFFFFF}")
        char = match.group(4)
        return "" if char in ("\n", "\r\n") else _JS_CHAR_ESCAPES.get(char, char)

    value = _JS_ESCAPE.sub(unescape, body) if "\\" in body else body
    # a pair of \u escapes is one character beyond the basic plane
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _js_to_json(text: str, start: int, env: dict[str, str] | None) -> tuple[str, int] | None:
    """The JSON for the one literal (an object, an array, a value) at ``start``, and
    where it ends; names are looked up in ``env`` (None: every name is null, to find
    the end only). None for anything else JavaScript may write there (a call, an
    expression)."""
    out: list[str] = []
    depth = 0
    at = start
    size = len(text)
    while at < size:
        match = _JS_TOKEN.match(text, at)
        if match is None:
            return None
        at = match.end()
        double, single, number, name, mark = match.groups()
        if double is not None or single is not None:
            out.append(json.dumps(_js_string(double if double is not None else single)))
        elif number is not None:
            out.append(number if number[-1] != "." else number + "0")
        elif name is not None:
            after = _JS_TOKEN.match(text, at)
            if after is not None and after.group(5) == ":":
                out.append(json.dumps(name))  # a key
            elif name == "void" and after is not None and after.group(3) is not None:
                out.append("null")  # "void 0": undefined
                at = after.end()
            elif name in _JS_CONSTANTS:
                out.append(_JS_CONSTANTS[name])
            elif env is None:
                out.append("null")
            elif name in env:
                out.append(env[name])
            else:
                return None
        elif mark in "{[":
            depth += 1
            out.append(mark)
        elif mark in "}]":
            depth -= 1
            if depth < 0:
                return None
            if out and out[-1] == ",":
                out.pop()  # a trailing comma
            out.append(mark)
        elif mark in ",:" and depth > 0:
            out.append(mark)
        else:
            return None
        if depth == 0:
            return "".join(out), at
    return None


def nuxt_state(text: str) -> Any:
    """The state a Nuxt 2 page assigns to ``window.__NUXT__``: the object its function
    returns, each parameter replaced by the value the call passes it (one it does not
    pass is undefined). None when the text is no such function, or writes anything but
    literals."""
    head = _NUXT_FUNCTION.match(text)
    if head is None:
        return None
    params = [p.strip() for p in head.group(1).split(",") if p.strip()]
    skimmed = _js_to_json(text, head.end(), None)  # where the returned object ends
    call = _NUXT_CALL.match(text, skimmed[1]) if skimmed is not None else None
    if call is None:
        return None
    env = dict.fromkeys(params, "null")
    at = call.end()
    for name in params:
        value = _js_to_json(text, at, {})
        if value is None:
            break  # ")": fewer values than parameters
        env[name], at = value
        comma = _JS_TOKEN.match(text, at)
        if comma is None or comma.group(5) != ",":
            break
        at = comma.end()
    converted = _js_to_json(text, head.end(), env)
    if converted is None:
        return None
    try:
        return json.loads(converted[0])
    except (ValueError, RecursionError):
        return None


#: The end of the function's body and the start of the call ("}}(" or "}})(").
_NUXT_CALL: Final = re.compile(r"\s*;?\s*\}\s*\)?\s*\(")


def find_app_article(states: list[Any]) -> AppArticle | None:
    """The article inside client-side state, or None when there is no prose array."""
    best: tuple[float, list[str], list[Any], list[tuple[str, str]]] | None = None
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
                        best = (score, lines, ancestors, [])
                stack.extend((x, ancestors) for x in node if isinstance(x, (list, dict)))
            elif isinstance(node, dict):
                chain = [*ancestors, node]
                stack.extend((v, chain) for v in node.values() if isinstance(v, (list, dict)))
                for key in _HTML_BODY_KEYS.intersection(node):
                    value = node[key]
                    if isinstance(value, str) and len(value) >= 200 and "</p>" in value:
                        lines, inline = _html_lines(value)
                        score = _score(lines)
                        if score > 0 and (best is None or score > best[0]):
                            best = (score, lines, chain, inline)
    if best is None or best[0] < 200:
        return None
    _, lines, holders, inline_related = best
    article = AppArticle(body=lines, inline_related=inline_related)
    for obj in holders[::-1]:  # nearest enclosing object first
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
