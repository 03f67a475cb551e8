"""Stage 1: page bytes (+ HTTP headers) -> text.

Order of evidence: a byte-order mark; bytes that are strict UTF-8 (and not double-encoded);
the charset of the HTTP ``Content-Type`` header; a ``<meta charset>`` or ``http-equiv``
declaration in the first bytes; then charset-normalizer. A declaration is only trusted
when the bytes really decode with it and do not look like mojibake: Arabic portals often
declare ISO-8859-1 or UTF-8 over windows-1256 bytes, and windows-1256 over UTF-8 bytes.
Browsers trust the declaration first; for pages read in bulk the bytes are better evidence.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from typing import Final, NamedTuple

from charset_normalizer import from_bytes

from .errors import DecodeError, InvalidPageError, NotHTMLError

_META_CHARSET: Final = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HEADER_CHARSET: Final = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

#: Magic numbers of formats that are sometimes served as pages by mistake.
_BINARY_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF (WebP/AVI) file"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\x00\x00\x00", "binary data"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "executable"),
)

_BAD_CHARS: Final = re.compile("[\ufffd\x80-\x9f]")

#: Labels that decode anything without error and so prove nothing about the bytes.
#: (Names as codecs.lookup() spells them, which is how _codec_name returns them.)
_PERMISSIVE: Final = frozenset(
    codecs.lookup(n).name for n in ("latin-1", "cp1252", "iso-8859-15", "ascii")
)


class Decoded(NamedTuple):
    text: str
    encoding: str
    declared: str | None


#: Codecs whose bytes the HTML parser can take as they are (lexbor reads UTF-8).
_PARSER_NATIVE: Final = {"utf-8": 0, "utf-8-sig": len(codecs.BOM_UTF8)}


def markup(raw: bytes, decoded: Decoded) -> bytes | str:
    """What to hand the HTML parser: the page's own bytes when they are UTF-8, else text.

    lexbor parses UTF-8 natively; giving it the ``str`` makes selectolax encode the page
    back to UTF-8 first, which nearly doubled the parse time of an Arabic page. The
    bytes were already proven to be UTF-8 by :func:`decode`.
    """
    skip = _PARSER_NATIVE.get(decoded.encoding)
    if skip is None:
        return decoded.text
    return raw[skip:] if skip else raw


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def header_charset(headers: Mapping[str, str] | None) -> str | None:
    if not headers:
        return None
    for key, value in headers.items():
        if key.lower() == "content-type":
            match = _HEADER_CHARSET.search(value)
            return _codec_name(match.group(1)) if match else None
    return None


def content_type(headers: Mapping[str, str] | None) -> str | None:
    """The media type of a Content-Type header, lower-cased, without parameters."""
    for key, value in (headers or {}).items():
        if key.lower() == "content-type":
            return value.split(";", 1)[0].strip().lower() or None
    return None


def _looks_like_text(text: str, *, limit: int = 200_000) -> bool:
    """Reject decodings full of replacement marks, C1 controls or Latin-1 mojibake."""
    sample = text[:limit]
    if not sample:
        return True
    bad = len(_BAD_CHARS.findall(sample))
    # "Ø§Ù„" is UTF-8 Arabic read as a single-byte charset; Ç/Ê/á is cp1256 read as latin-1.
    mojibake = sample.count("Ø") + sample.count("Ù") + sample.count("Ã")
    return bad / len(sample) < 0.001 and mojibake / len(sample) < 0.01


#: In valid UTF-8 these sequences can only be C1 controls (U+0080-U+009F) and the
#: replacement mark; and "Ø", "Ù", "Ã", the marks of double-encoded Arabic.
#: (One pattern each: with a literal first byte the regex engine skips ahead at memchr
#: speed; an alternation of the two is scanned byte by byte, 14x slower.)
_C1_UTF8: Final = re.compile(rb"\xc2[\x80-\x9f]")
_REPLACEMENT_UTF8: Final = re.compile(rb"\xef\xbf\xbd")
_MOJIBAKE_UTF8: Final = re.compile(rb"\xc3[\x83\x98\x99]")
#: Bytes of a UTF-8 page looked at for those (strict UTF-8 rarely decodes anything else
#: but double encoding, which a sample shows).
_UTF8_SAMPLE: Final = 64 * 1024


def _utf8_looks_like_text(raw: bytes, chars: int) -> bool:
    """:func:`_looks_like_text` for bytes that decoded as strict UTF-8 (``chars`` long).

    Counted on the bytes: a character-class scan of the decoded text cost ten times the
    decoding itself. A lead byte absent from the sample (the usual case for Arabic text)
    rules its sequences out at memchr speed.
    """
    sample = raw[:_UTF8_SAMPLE]
    chars = chars * len(sample) // len(raw) if raw else 0  # in the sample, near enough
    if not chars:
        return True
    bad = len(_C1_UTF8.findall(sample)) if b"\xc2" in sample else 0
    bad += len(_REPLACEMENT_UTF8.findall(sample)) if b"\xef" in sample else 0
    mojibake = len(_MOJIBAKE_UTF8.findall(sample)) if b"\xc3" in sample else 0
    return bad / chars < 0.001 and mojibake / chars < 0.01


def _try(raw: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        text = raw.decode(codec)
    except (UnicodeError, LookupError, ValueError):  # "charset=undefined" fails in the codec
        return None
    if codec == "utf-8":  # strict UTF-8 rarely decodes anything else but double encoding
        return text if _utf8_looks_like_text(raw, len(text)) else None
    return text if _looks_like_text(text) else None


def check_not_binary(raw: bytes) -> None:
    """Raise :class:`NotHTMLError` for bytes that are clearly not a text page."""
    head = raw[:16]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise NotHTMLError(f"input is {what}, not an HTML page")
    sample = raw[:4096]
    if b"\x00" in sample and not (sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))):
        raise NotHTMLError("input contains NUL bytes: binary data, not an HTML page")


def decode(raw: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode page bytes to text, trying the evidence in order of reliability."""
    if not raw.strip():
        raise InvalidPageError("empty page")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        # UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                unmarked = raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"page starts with a {codec} BOM but is not {codec}") from exc
            if not unmarked.strip():
                raise InvalidPageError("empty page (a byte-order mark and nothing else)")
            return Decoded(unmarked, codec, codec)
    check_not_binary(raw)

    declared = header_charset(headers)
    if declared is None:
        match = _META_CHARSET.search(raw[:4096])
        declared = _codec_name(match.group(1).decode("ascii", "ignore")) if match else None

    # UTF-8 first, whatever is declared: Arabic text in any other encoding is almost
    # never valid UTF-8, while a single-byte declaration (cp1256 left in the template of
    # a site that moved to UTF-8) decodes UTF-8 bytes without error, as "ط§ظ„" mojibake.
    # A permissive declaration (latin-1, cp1252) decodes anything, so it proves nothing:
    # it is kept for last, after detection.
    for candidate in dict.fromkeys(["utf-8", declared]):
        if candidate is None or candidate in _PERMISSIVE:
            continue
        text = _try(raw, candidate)
        if text is not None:
            return Decoded(text, candidate, declared)

    if declared in (None, "utf-8"):
        text = _nearly_utf8(raw)
        if text is not None:
            return Decoded(text, "utf-8", declared)

    best = from_bytes(raw[:500_000], cp_isolation=_DETECT_CANDIDATES).best()
    if best is None:
        best = from_bytes(raw[:500_000]).best()
    detected = _codec_name(best.encoding) if best is not None else None
    if detected is not None:
        text = _try(raw, detected)
        if text is not None:
            return Decoded(text, detected, declared)
    if declared is not None:
        text = _try(raw, declared)  # a permissive declaration is the last resort
        if text is not None:
            return Decoded(text, declared, declared)
    raise DecodeError(f"cannot decode the page (declared charset: {declared or 'none'})")


#: Invalid sequences a UTF-8 page may carry (a stray 0xFF in a footer widget) and still
#: be read as UTF-8, at most, and at most one for every this many non-ASCII bytes.
_STRAY_BYTES: Final = 16
_STRAY_SHARE: Final = 100


def _nearly_utf8(raw: bytes) -> str | None:
    """The page as UTF-8 when only a few stray bytes break it, else None.

    A page in another encoding fails UTF-8 on nearly every Arabic letter; a UTF-8 page
    with a broken byte or two in its footer fails on those alone. Reading the second as
    UTF-8, with U+FFFD where the bytes were, keeps its text; detection would guess a
    single-byte codepage and turn every letter into mojibake.
    """
    text = raw.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    non_ascii = len(raw) - len(raw.decode("ascii", errors="ignore"))
    if 0 < stray <= _STRAY_BYTES and stray * _STRAY_SHARE <= non_ascii:
        return text
    return None


#: Encodings Arabic pages are written in; restricting detection to them makes it fast
#: and stops it choosing a Cyrillic or Greek codepage for short Arabic pages.
_DETECT_CANDIDATES: Final = ["utf_8", "cp1256", "iso8859_6", "cp720", "utf_16", "cp1252"]
