"""A cheap script filter before extraction: is this page written in Arabic?

Scanning a Common Crawl segment for Arabic news means looking at tens of thousands of
pages of which a few percent are Arabic. Extracting each one costs a full parse; this
filter costs a few byte regexes over the first 256 KB of the raw bytes, with no decoding
and no tree: markup, scripts and styles are cut out, then Arabic letters are counted
against Latin (and other) letters in what is left.

Arabic letters are recognised in the bytes themselves: UTF-8 two-byte sequences of the
Arabic block when the bytes are valid UTF-8, else the letter bytes of ISO-8859-6 when the
page declares it, or of windows-1256. UTF-16 pages, rare on the
web, are decoded and measured with :func:`arabnews_extract.textnorm.arabic_ratio`.
"""

from __future__ import annotations

import codecs
import re

from .decode import header_charset
from .models import Fetched
from .textnorm import arabic_ratio

#: Pages whose visible letters are less Arabic than this are skipped by default.
DEFAULT_MIN_SHARE = 0.3
#: Bytes of a page looked at: enough for the head and the start of any article.
SAMPLE_BYTES = 256 * 1024

_MARKUP = re.compile(
    rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>|&#?\w{2,8};",
    re.IGNORECASE | re.DOTALL,
)
_LATIN = re.compile(rb"[A-Za-z]")
#: U+0621-U+063A, U+0641-U+064A, U+0671-U+06D3 in UTF-8 (the letters textnorm counts).
_UTF8_ARABIC = re.compile(
    rb"\xd8[\xa1-\xbf]|\xd9[\x81-\x8a\xb1-\xbf]|\xda[\x80-\xbf]|\xdb[\x80-\x93]"
)
#: Lead bytes of other non-ASCII UTF-8 letters (not U+0080-U+00BF, not punctuation blocks).
_UTF8_OTHER = re.compile(rb"[\xc3-\xd7\xdc-\xdf\xe0-\xe1\xe3-\xef\xf0-\xf4]")
#: Arabic letter bytes of the single-byte code pages.
_CP1256_ARABIC = re.compile(rb"[\xc1-\xd6\xd8-\xdf\xe1\xe3-\xe6\xec\xed]")
_ISO8859_6_ARABIC = re.compile(rb"[\xc1-\xda\xe0-\xea]")
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
    latin = len(_LATIN.findall(visible))
    if _is_utf8(visible):
        arabic = len(_UTF8_ARABIC.findall(visible))
        other = len(_UTF8_OTHER.findall(visible))
    else:  # a single-byte code page: the declared one, else the common one
        arabic = len(_SINGLE_BYTE.get(declared or "", _CP1256_ARABIC).findall(visible))
        other = 0
    letters = arabic + latin + other
    return arabic / letters if letters else 0.0


def looks_arabic(page: Fetched, *, min_share: float = DEFAULT_MIN_SHARE) -> bool:
    """True when at least ``min_share`` of the page's visible letters are Arabic."""
    encoding = page.encoding or header_charset(page.headers)
    return arabic_share(page.body, encoding=encoding) >= min_share
