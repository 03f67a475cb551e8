"""URL normalisation: one key per article, whatever link reached it.

Portals reach one article under many URLs: tracking parameters (``utm_*``, ``fbclid``),
fragments, an upper-case host, ``www.`` or not, AMP variants (``/amp``, ``?amp=1``,
``amp.`` hosts). ``normalize_url`` keeps a URL fetchable but canonical in form;
``article_key`` goes further and folds the variants a store must treat as one article.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

#: Query parameters that only track the reader.
TRACKING_PARAMS: Final = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "ref_url",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "share",
        "at_medium",
        "at_campaign",
        "s_cid",
        "src",
        "ito",
        "spm",
        "amp",
        "outputtype",
    }
)
TRACKING_PREFIXES: Final = ("utm_", "pk_", "mtm_", "hsa_", "at_")
_AMP_PATH: Final = re.compile(r"(?:/amp/?|/amp\.html|\.amp)$", re.IGNORECASE)
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    """A query parameter that only tracks the reader (``utm_source``, ``fbclid``)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def resolve(href: str, base: str | None) -> str | None:
    """``urljoin(base, href)``, without parsing either when ``href`` is absolute already;
    None for a link urljoin cannot read ("//[x": a broken IPv6 host).

    Every link of every page is resolved; most are absolute, and urljoin parses both
    URLs each time.
    """
    if not base or href.startswith(("https://", "http://")):
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return None


#: The escape of a reserved character (RFC 3986: gen-delims, sub-delims and "%"):
#: "%2F" is not "/" and "%25" is not "%", so these stay escapes.
_RESERVED_ESCAPE: Final = re.compile(r"(%(?:2[1346-9A-Fa-f]|25|3[ABDFabdf]|40|5[BDbd]))")


def _normal_path(path: str) -> str:
    """A path percent-encoded one way, naming the same resource.

    Escapes of other characters are decoded and everything outside the unreserved and
    reserved sets encoded again, so "/%D8%A7" and "/ا" agree; escapes of reserved
    characters keep their meaning (with upper-case hex).
    """
    pieces = _RESERVED_ESCAPE.split(path)
    for i, piece in enumerate(pieces):
        pieces[i] = piece.upper() if i % 2 else quote(unquote(piece), safe="/:@!$&'()*+,;=-._~")
    return "".join(pieces)


def normalize_url(url: str, base: str | None = None) -> str | None:
    """A canonical form of ``url`` (resolved against ``base``), or None if not http(s).

    Lower-case scheme and host, no default port, no fragment, no tracking parameters,
    the remaining parameters sorted, the path percent-encoded one way.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _normal_path(parts.path or "/")
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not is_tracking_param(k)
        )
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def article_key(url: str) -> str | None:
    """The store key of an article URL: normalised; scheme, www./amp. and AMP paths folded."""
    normal = normalize_url(url)
    if normal is None:
        return None
    parts = urlsplit(normal)
    host = parts.netloc
    for prefix in ("www.", "amp.", "m."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
            break
    path = _AMP_PATH.sub("", parts.path).rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, "")).lstrip("/")


def host_of(url: str) -> str:
    """host[:port] of a URL, lower-cased (the unit of per-host politeness)."""
    try:
        parts = urlsplit(url)
        return (parts.netloc or "").lower()
    except ValueError:
        return ""


#: Addresses of a writer's page: "/author/…", "/writers/…", "/writer/412/…", "/kottab/…";
#: not the writers' section of the articles ("/articles/writers/19377" is a column), nor
#: an article filed under it ("/kuttab/item/21388-labour-market-q1", Joomla K2's item).
_AUTHOR_PATH: Final = re.compile(
    r"(?<!/articles)(?<!/article)(?<!/news)(?<!/opinion)"
    r"/(?:authors?|writers?|kottab|kuttab|columnists?)/(?!(?:item|article|articles)/)[^/?#]",
    re.I,
)


def is_author_page(url: str) -> bool:
    """Whether ``url`` is a writer's page (a byline's link), not an article.

    A column filed under its writer's address by its day ("/writers/nour-khalil/2025/03/
    24/…") is an article: the writer's pages go one step below the name at most
    ("/writers/rami-haddad/archive")."""
    found = _AUTHOR_PATH.search(url)
    if found is None:
        return False
    rest = re.split(r"[?#]", url[found.end() - 1 :], maxsplit=1)[0].strip("/").split("/")
    return len(rest) < _FILED_UNDER_A_WRITER or not any(_YEAR.fullmatch(p) for p in rest[1:])


#: Steps below the writer's name, a year among them, that make an article's address.
_FILED_UNDER_A_WRITER: Final = 3
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


#: A tag's, a topic's or a category's page: the slug ends the path ("/topics/cbe-interest-
#: rates", WordPress's "/category/science-tech/", "/Tags/1190/السوق-السوداء" with the
#: tag's number first); an article filed under a topic goes
#: deeper ("/topics/economy/2024/rates-held").
_TOPIC_PATH: Final = re.compile(
    r"/(?:tags?|topics?|keywords?|hashtags?|wasm|wusum|category|categories)/(?:\d+/)?[^/?#]+/?"
    r"(?:[?#]|$)"
    # WordPress's nested categories ("/category/football/local-league/")
    r"|/(?:category|categories)/(?:[^/?#]+/){1,2}[^/?#]+/?(?:[?#]|$)"
    # a script serving every tag's page ("/Tags.aspx?tag=السودان", "/tag.php?id=12"),
    # a tag in the query of any page ("/search?tag=…"), Drupal's term pages
    r"|/(?:tags?|topics?|keywords?|hashtags?)\.(?:aspx?|php|html?|jsp)(?:[?#]|$)"
    r"|[?&](?:tag|tags|keyword|hashtag)=[^&#]"
    r"|/taxonomy/term/\d+/?(?:[?#]|$)"
    # Blogger's label pages ("/search/label/الكويت")
    r"|/search/label/[^/?#]+",
    re.I,
)


def is_topic_page(url: str) -> bool:
    """Whether ``url`` is a tag's, a topic's or a category's page, not an article."""
    return _TOPIC_PATH.search(url) is not None
