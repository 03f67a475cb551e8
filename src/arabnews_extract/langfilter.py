"""A cheap script filter before extraction: is this page written in Arabic?

Scanning a Common Crawl segment for Arabic news means looking at tens of thousands of
pages of which a few percent are Arabic. Extracting each one costs a full parse; this
filter costs one regex pass (markup, scripts, styles and entities cut out) and a few
``bytes.translate`` counts over the first 256 KB of the raw bytes, with no decoding and
no tree: about 0.1 ms for a typical page, against milliseconds for extraction.

Arabic is recognised in the bytes themselves: when they are valid UTF-8, the lead bytes
of the Arabic block (U+0600-U+06FF: letters, and the few diacritics and punctuation marks
that go with them); else the letter bytes of ISO-8859-6 when the page declares it, or of
windows-1256. Latin letters and other UTF-8 letters are the rest of the count. UTF-16
pages, rare on the web, are decoded and measured with
:func:`arabnews_extract.textnorm.arabic_ratio`.
"""

from __future__ import annotations

import codecs
import html
import re

from .decode import header_charset
from .models import Fetched
from .textnorm import arabic_ratio

#: Pages whose visible letters are less Arabic than this are skipped by default.
DEFAULT_MIN_SHARE = 0.3
#: Fewer Arabic characters than this in a page: not an Arabic article, whatever the share.
MIN_ARABIC_CHARS = 50
#: Bytes of a page looked at: enough for the head and the start of any article.
SAMPLE_BYTES = 256 * 1024

#: Scripts, styles, comments and tags: what is not text.
_TAG_PATTERN = rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>"
#: The same, and character references (counted as no letter).
_MARKUP = re.compile(_TAG_PATTERN + rb"|&#?\w{2,8};", re.IGNORECASE | re.DOTALL)


def _delete_all_but(keep: bytes) -> bytes:
    """A ``bytes.translate`` delete table: ``len(raw.translate(None, table))`` counts ``keep``."""
    return bytes(sorted(set(range(256)) - set(keep)))


def _span(first: int, last: int) -> bytes:
    return bytes(range(first, last + 1))


# Counting is one C-speed ``translate`` pass per class, no regex.
_LATIN = _delete_all_but(_span(0x41, 0x5A) + _span(0x61, 0x7A))
#: Lead bytes of the Arabic block U+0600-U+06FF in UTF-8 (one per character).
_UTF8_ARABIC = _delete_all_but(_span(0xD8, 0xDB))
#: Lead bytes of other non-ASCII UTF-8 letters (not U+0080-U+00BF, not punctuation blocks).
_UTF8_OTHER = _delete_all_but(
    _span(0xC3, 0xD7) + _span(0xDC, 0xE1) + _span(0xE3, 0xEF) + _span(0xF0, 0xF4)
)
#: Arabic letter bytes of the single-byte code pages.
_CP1256_ARABIC = _delete_all_but(
    _span(0xC1, 0xD6) + _span(0xD8, 0xDF) + b"\xe1" + _span(0xE3, 0xE6) + b"\xec\xed"
)
_ISO8859_6_ARABIC = _delete_all_but(_span(0xC1, 0xDA) + _span(0xE0, 0xEA))
_ANY_SINGLE_BYTE_ARABIC = bytes(sorted(set(_CP1256_ARABIC) & set(_ISO8859_6_ARABIC)))
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SINGLE_BYTE = {"cp1256": _CP1256_ARABIC, "iso8859_6": _ISO8859_6_ARABIC}


def _codec(label: bytes | str | None) -> str | None:
    if not label:
        return None
    text = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    try:
        return codecs.lookup(text.strip().lower()).name
    except LookupError:
        return None


def _is_utf8(raw: bytes) -> bool:
    """Valid UTF-8, allowing a character cut in two by the end of the sample."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(raw) - 3 and exc.reason == "unexpected end of data"
    return True


#: Markup without character references (they are the text on such pages).
_TAGS = re.compile(_TAG_PATTERN, re.IGNORECASE | re.DOTALL)
#: A character reference to a letter of the Arabic block (U+0600-U+06FF).
_ARABIC_REFERENCE = re.compile(rb"&#(?:15[3-9]\d|16\d\d|17[0-8]\d|[xX]0*6[0-9a-fA-F]{2});")


def arabic_share(body: bytes, *, encoding: str | None = None) -> float:
    """Share of Arabic letters among the letters of the page's visible text, from bytes.

    ``encoding`` is the charset the HTTP headers declared, if any. 0.0 for a page with no
    letters outside markup.
    """
    sample = body[:SAMPLE_BYTES]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = sample.decode("utf-16", "ignore")
        return arabic_ratio(re.sub(r"<[^>]*>", " ", text))
    declared = _codec(encoding)
    if declared is None:
        match = _META_CHARSET.search(sample[:4096])
        declared = _codec(match.group(1)) if match else None
    visible = _MARKUP.sub(b" ", sample)
    latin = len(visible.translate(None, _LATIN))
    if _is_utf8(visible):
        arabic = len(visible.translate(None, _UTF8_ARABIC))
        other = len(visible.translate(None, _UTF8_OTHER))
    else:  # a single-byte code page: the declared one, else the common one
        arabic = len(visible.translate(None, _SINGLE_BYTE.get(declared or "", _CP1256_ARABIC)))
        other = 0
    letters = arabic + latin + other
    return arabic / letters if letters else 0.0


def looks_arabic(page: Fetched, *, min_share: float = DEFAULT_MIN_SHARE) -> bool:
    """True when at least ``min_share`` of the page's visible letters are Arabic.

    A page with fewer than :data:`MIN_ARABIC_CHARS` Arabic characters anywhere in its
    first 256 KB is refused at once, markup unread: most pages of a general crawl.
    """
    if min_share <= 0:
        return True
    sample = page.body[:SAMPLE_BYTES]
    if (
        len(sample.translate(None, _UTF8_ARABIC)) < MIN_ARABIC_CHARS
        and len(sample.translate(None, _ANY_SINGLE_BYTE_ARABIC)) < MIN_ARABIC_CHARS
        and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    ):
        # An old CMS may write every Arabic letter as a reference ("&#1575;"): ASCII
        # bytes, Arabic text.
        if len(_ARABIC_REFERENCE.findall(sample, 0, 65_536)) < MIN_ARABIC_CHARS:
            return False
        visible = _TAGS.sub(b" ", sample).decode("ascii", "ignore")
        return arabic_ratio(html.unescape(visible)) >= min_share
    encoding = page.encoding or header_charset(page.headers)
    return arabic_share(page.body, encoding=encoding) >= min_share
