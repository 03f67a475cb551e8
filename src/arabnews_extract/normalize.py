"""Stage 4: RawArticle -> Article (absolute URLs, clean text, no duplicates)."""

from __future__ import annotations

import re
from typing import Final

from ._version import __version__
from .extractors.article import RawArticle
from .extractors.sources import agencies_in
from .lexicon.bylines import LATIN_INITIALS
from .models import Article, Extraction, Image, RelatedLink, Source
from .textnorm import arabic_ratio, clean_text, match_key
from .urls import resolve


def _absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    return resolve(url.strip(), base)


_DIGITS: Final = re.compile(r"[0-9]+")


def _spells_in_latin(name: str, latin_names: list[str]) -> bool:
    """A numbered name in Arabic letters that one of the portal's Latin names spells
    ("كوردستان 24" on "Kurdistan24net"): the same number, the same first sound."""
    digits = _DIGITS.findall(name)
    return bool(digits) and any(
        _DIGITS.findall(latin) == digits and latin[:1].upper() in LATIN_INITIALS.get(name[:1], "")
        for latin in latin_names
    )


def _sources(raw: RawArticle) -> list[Source]:
    # The portal's own name is the publisher, never a source ("Sputnik" on sputnik_ar).
    own = [f" {match_key(n.replace('_', ' '))} " for n in raw.site_names if match_key(n)]
    # (an agency's own site names it in full: "واس" on "وكالة الأنباء السعودية")
    own_codes = {s.code for n in raw.site_names for s in agencies_in(n) if s.code}
    latin = [n for n in raw.site_names if n[:1].isascii() and n[:1].isalpha()]
    out: list[Source] = []
    seen: set[str] = set()
    for source in raw.sources:
        key = source.code or match_key(source.name)
        name_key = f" {match_key(source.name)} "
        if (
            key in seen
            or any(name_key in site for site in own)
            or source.code in own_codes
            or (source.code is None and _spells_in_latin(source.name, latin))
        ):
            continue
        seen.add(key)
        out.append(source)
    return out


def normalize(raw: RawArticle, *, page_url: str | None) -> Article:
    base = raw.link_base(page_url)
    url = _absolute(raw.url, raw.base_url or page_url) if raw.url else page_url
    body: list[str] = []
    for para in raw.body:
        text = clean_text(para)
        if text and (not body or body[-1] != text):
            body.append(text)
    related: list[RelatedLink] = []
    seen: set[str] = set()
    for item in raw.related:
        link = _absolute(item.url, base) or item.url
        if link not in seen:
            seen.add(link)
            related.append(item.model_copy(update={"url": link, "title": clean_text(item.title)}))
    language = raw.language
    if not language and body:
        language = "ar" if arabic_ratio(" ".join(body[:5])) > 0.5 else None
    image = _absolute(raw.image, base)
    return Article(
        url=url,
        site_name=clean_text(raw.site_name) if raw.site_name else None,
        language=language,
        title=clean_text(raw.title) if raw.title else None,
        authors=list(dict.fromkeys(name for a in raw.authors if (name := _bare_name(a)))),
        published=raw.published,
        modified=raw.modified,
        lead=body[0] if body else None,
        body=body,
        sources=_sources(raw),
        dateline=raw.dateline,
        related=related,
        tags=list(dict.fromkeys(clean_text(t) for t in raw.tags if clean_text(t))),
        section=clean_text(raw.section) if raw.section else None,
        breadcrumbs=[clean_text(b) for b in raw.breadcrumbs],
        images=[Image(url=image)] if image else [],
        extraction=Extraction(
            version=__version__, field_sources=raw.field_sources, warnings=raw.warnings
        ),
    )


def _bare_name(name: str) -> str:
    """A writer's name without the separator its byline row printed after it ("المحرر -"
    before the row's date)."""
    return clean_text(name).strip(_NAME_EDGES).strip()


#: Separators a byline row sets around a name.
_NAME_EDGES: Final = " -–—|،,:"
