"""Text clean-up shared by every stage: what a reader sees, without invisible noise.

Arabic pages carry characters that change nothing a reader sees but break search and
comparison: presentation forms (legacy encodings and PDFs paste "ﻻ" instead of "لا"),
bidi controls and zero-width joiners. We fold or drop those and nothing else: letters,
hamzas and diacritics stay exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

#: Bidi controls, zero-width characters, BOM, soft hyphen, Arabic letter mark.
_INVISIBLE_CHARS: Final = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE: Final = re.compile(f"[{_INVISIBLE_CHARS}]")
#: Arabic Presentation Forms-A and -B (the BOM U+FEFF is in _INVISIBLE).
_PRESENTATION_CHARS: Final = "\ufb50-\ufdff\ufe70-\ufefe"
_PRESENTATION: Final = re.compile(f"[{_PRESENTATION_CHARS}]+")
#: Either kind. One character class, not an alternation of two: the regex engine then
#: scans for it 4x faster, and every line of every page is checked.
_NEEDS_WORK: Final = re.compile(f"[{_INVISIBLE_CHARS}{_PRESENTATION_CHARS}]")


def _fold(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def clean_text(text: str) -> str:
    """Fold presentation forms, drop invisible characters and collapse white space."""
    if not text:
        return ""
    if _NEEDS_WORK.search(text):  # rare: most lines have neither
        text = _INVISIBLE.sub("", text)
        text = _PRESENTATION.sub(_fold, text)
    return " ".join(text.split())


# --- comparison keys -------------------------------------------------------------------

#: Diacritics and tatweel.
_DIACRITIC_SPANS: Final = ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED))
_FOLD: Final = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
#: Diacritics and tatweel removal only (the letters stay as written).
_KEY_TABLE_MARKS: Final[dict[int, str | None]] = {
    **{c: None for a, b in _DIACRITIC_SPANS for c in range(a, b + 1)},
    0x0640: None,
}
#: Diacritic and tatweel removal and letter folding in one ``str.translate`` pass.
_KEY_TABLE: Final[dict[int, str | None]] = {
    **_KEY_TABLE_MARKS,
    **{ord(k): v for k, v in _FOLD.items()},
}

_WORD: Final = re.compile(r"\w+")


@lru_cache(maxsize=16384)
def match_key(text: str) -> str:
    """A lenient key for comparing two renderings of the same words.

    Diacritics and tatweel dropped, alef/hamza, ya/alef maqsura and ta marbuta folded,
    punctuation reduced to spaces, case folded. Never shown to users.
    """
    return " ".join(_WORD.findall(clean_text(text).translate(_KEY_TABLE).casefold()))


def first_word_key(word: str) -> str:
    """``match_key(word).split(" ", 1)[0]`` for one word, without the cache or the split.

    The line classifier folds the first word of every line to rule most lines out
    cheaply; this is that fold, about 4x cheaper than :func:`match_key`.
    """
    if _NEEDS_WORK.search(word):  # invisible characters join what \w would split
        return match_key(word).split(" ", 1)[0]
    found = _WORD.search(word.translate(_KEY_TABLE).casefold())
    return found.group() if found else ""


#: What a lenient pattern lets stand after any letter: diacritics and tatweel.
_MARKS: Final = "[\u0610-\u061a\u064b-\u065f\u0670\u0640]*"
#: Letters that writers interchange, each matching its whole family.
_FAMILIES: Final = {
    **{c: "[اأإآٱ]" for c in "اأإآٱ"},
    **{c: "[يى]" for c in "يى"},
    **{c: "[هة]" for c in "هة"},
}


def _lenient_tokens(phrase: str) -> list[str]:
    """The regex of each letter of ``phrase``, however the page dresses it (see
    :func:`lenient_alternation`)."""
    tokens: list[str] = []
    for char in phrase.translate(_KEY_TABLE_MARKS):
        if char.isspace():
            if not tokens or tokens[-1] != r"\s+":
                tokens.append(r"\s+")
        elif char.isalpha() and not char.isascii():
            tokens.append(_FAMILIES.get(char, re.escape(char)) + _MARKS)
        else:
            tokens.append(re.escape(char))
    return tokens


_Trie = dict[str, "_Trie"]


def trie_alternation(phrases: Iterable[str], *, any_space: bool = True) -> str:
    """A regex source matching any of ``phrases`` as written (white space as any run
    unless not ``any_space``), laid out as a tree of their shared openings
    ("الأحد|الأربعاء" as "ال(?:أحد|أربعاء)").

    Python's engine tries an alternation's branches one after another at each place it
    looks; a tree tries each letter once. Where one phrase opens another, the longer one
    wins, as an alternation sorted longest first does.
    """
    return _alternation_of(_plain_tokens(p, any_space) for p in sorted(set(phrases)))


def _plain_tokens(phrase: str, any_space: bool) -> list[str]:
    tokens: list[str] = []
    for char in phrase:
        if not any_space:
            tokens.append(re.escape(char))
        elif char.isspace():
            if tokens and tokens[-1] != r"\s+":
                tokens.append(r"\s+")
        else:
            tokens.append(re.escape(char))
    if any_space and tokens and tokens[-1] == r"\s+":
        tokens.pop()
    return tokens


def _alternation_of(phrases: Iterable[list[str]]) -> str:
    trie: _Trie = {}
    for tokens in phrases:
        node = trie
        for token in tokens:
            node = node.setdefault(token, {})
        node[""] = {}
    return _branches(trie)


def lenient_alternation(phrases: Iterable[str]) -> str:
    """A regex source matching any of ``phrases`` however its letters are dressed.

    Labels in vocabularies are written once ("حدث في", "آخر تحديث"); pages write them
    with diacritics ("حُدّث في"), tatweel, or another alef ("اخر تحديث"). The pattern
    lets marks stand after any letter, matches an alef, ya or ta marbuta by its family,
    and lets any run of white space stand for a space, so one entry covers every
    dressing instead of one entry per spelling. The phrases are laid out as a tree of
    their shared openings ("تم التحديث(?: في)?"): the engine tries each letter once,
    not once per phrase, and the longer phrase wins where both match.
    """
    # (sorted: one pattern text from run to run)
    return _alternation_of(_lenient_tokens(phrase) for phrase in sorted(set(phrases)))


def _branches(node: _Trie) -> str:
    branches = [token + _branches(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_ARABIC_LETTER: Final = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def has_arabic(text: str) -> bool:
    """At least one Arabic letter in ``text``."""
    return _ARABIC_LETTER.search(text) is not None


def arabic_ratio(text: str) -> float:
    """Share of Arabic letters among the letters of ``text`` (0.0 when there are none)."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / letters
