"""Credits: which agencies or outlets the story comes from, and the dateline.

Agency names are only read in a credit context, where a name cannot be an ordinary
word: a dateline opening the text ("القاهرة - (أ ش أ) -"), a line standing alone
("الرياض - واس", "(رويترز)"), a credit line ("المصدر: وكالات"), or a byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ..dates.vocab import GREGORIAN_MONTHS, HIJRI_MARKERS, HIJRI_MONTHS, WEEKDAYS
from ..lexicon.agencies import (
    AGENCIES,
    AMBIGUOUS,
    CREDIT_PREFIXES,
    DATELINE_ONLY,
    EXCLUSIVE_MARKS,
    FOREIGN_OUTLETS,
    INSTITUTION_NOUNS,
    OUTLET_NOUNS,
    REPORT_VERBS,
    UNCODED_AGENCIES,
)
from ..lexicon.bylines import PREFIXES as BYLINE_PREFIXES
from ..lexicon.places import (
    AMBIGUOUS_PLACES,
    COUNTRY_KEYS,
    DATELINE_PLACE_KEYS,
    DATELINE_PLACES,
    OUTLET_NATIONALITIES,
    PLACE_UNITS,
)
from ..models import Source
from ..textnorm import has_arabic, match_key, trie_alternation


def _alternation(names: list[str]) -> str:
    return trie_alternation((k for n in names if (k := match_key(n))), any_space=False)


_CODE_BY_KEY: Final[dict[str, str]] = {}
for _code, _names in (*AGENCIES.items(), *AMBIGUOUS.items()):
    for _name in _names:
        _CODE_BY_KEY.setdefault(match_key(_name), _code)

_ALL_NAMES: Final = [
    *(n for names in (*AGENCIES.values(), *AMBIGUOUS.values()) for n in names),
    *UNCODED_AGENCIES,
]
#: Any agency name as whole words of a match key, perhaps after "و" ("أحمد علي ووكالات").
_AGENCY_IN_KEY: Final = re.compile(rf"(?:^| )و?({_alternation(_ALL_NAMES)})(?= |$)")

_DASH: Final = r"[-–—−ـ]+"
_PLACE: Final = r"[^\W\d][^()\[\]\-–—:/|«»\"]{0,45}?"
#: "القاهرة - (أ ش أ) -", "دمشق، سوريا (CNN) --", "(رويترز) -", "الرباط (و م ع) -".
#: A numeric date between place and credit: "رام الله 20-2-2024 (وفا) -".
#: Or a day and month, spaced: "الكويت - ١٢ - ٣ (كونا) -".
_NUMERIC_DATE: Final = r"[\d٠-٩]{1,4}(?:\s*[-/.–—]\s*[\d٠-٩]{1,4}){1,2}"
_DATELINE_PAREN: Final = re.compile(
    rf"^\s*(?:(?P<place>{_PLACE})\s*(?:(?:{_DASH}\s*)?{_NUMERIC_DATE}\s*)?(?:{_DASH}|[،,])?\s*)?"
    # … then a dash, a colon, the end, or straight on ("(شينخوا) أعلنت …"); EFE puts a
    # full stop before its dash ("مدريد، 21 يوليو (إفي).-"); the portal's exclusivity mark
    # may stand before the colon ("عدن (عدن المساء) خاص: …")
    rf"\((?P<credit>[^()]{{1,40}})\)(?:\.(?=\s*{_DASH}))?\s*"
    # … or its day after it ("باريس (أ ف ب) 28 مارس - …")
    rf"(?:[\d٠-٩]{{1,2}}\s+[^\W\d_]{{3,12}}\s*(?={_DASH}))?"
    rf"(?:(?P<end>{_DASH}|:|$|(?:خاص|حصري|حصريا|حصرياً)\s*(?:[:：]|{_DASH}))|(?=[^\W\d_]))"
)
#: An agency's dateline without parentheses, a numeric date before it: "رام الله 12-3-2025
#: وفا- …" (WAFA's own copy). Only an agency's name counts there.
_DATELINE_DATED: Final = re.compile(
    rf"^\s*(?P<place>{_PLACE})\s+{_NUMERIC_DATE}\s+(?P<credit>[^\W\d][^()\d:：\-–—]{{0,20}}?)"
    rf"\s*(?P<end>{_DASH})"
)
#: Where a place stops: a date after it ("عمان 12 آذار", "أبوظبي في 5 مارس").
_PLACE_END: Final = re.compile(r"\s+(?:في\s+)?[\d٠-٩]")
#: "دبي - أعلنت …", "بغداد/ المدى": a known place and a dash or a slash (the paper's own
#: name may follow a slash: not a credit), no agency (see lexicon.places).
_PLACE_DASH: Final = re.compile(
    rf"^\s*(?P<place>[^\W\d][^()\-–—:/|]{{0,30}}?)\s*(?:{_DASH}|/|:)\s*"
)
#: A press release's dateline: "دبي، الإمارات العربية المتحدة، 12 مارس 2024:" (place,
#: country, date, then a colon or a dash).
_RELEASE_DATELINE: Final = re.compile(
    r"^\s*(?P<place>[^\W\d][^،,:()\-–—]{0,30}?)\s*[،,][^:：\-–—\n]{0,60}?"
    r"[0-9٠-٩]{4}\s*(?:م\s*)?(?:[:：]|[\-–—]\s)"
)
#: A known place, the day and its month's name, and a dash, no one credited:
#: "بورتسودان 14 أبريل 2025 –".
_PLACE_DATE_DASH: Final = re.compile(
    rf"^\s*(?P<place>[^\W\d][^\d()\-–—:/|،,]{{0,30}}?)\s+(?:في\s+)?[0-9٠-٩]{{1,2}}\s+"
    rf"(?:{'|'.join(sorted(map(re.escape, GREGORIAN_MONTHS), key=len, reverse=True))})"
    rf"(?:\s+[0-9٠-٩]{{4}})?\s*{_DASH}\s"
)
#: Longer than any place written with vowel marks, tatweel and spaces to spare.
_LONGEST_PLACE: Final = 2 * max(len(p) for p in DATELINE_PLACES) + 10
#: "الدوحة - قنا: …", "الرياض - واس - …": place, dash, credit, then a colon or a dash.
_DATELINE_COLON: Final = re.compile(
    rf"^\s*(?P<place>{_PLACE})\s*{_DASH}\s*(?P<credit>[^:：()\-–—]{{1,40}}?)\s*(?:[:：]|{_DASH})"
)
#: "أبوظبي في 5 مارس / وام / …"
_DATELINE_SLASH: Final = re.compile(
    # (the day may be given in both calendars: "أبوظبي في 14 رمضان 1445هـ الموافق 24 مارس
    # 2024م / وام /")
    rf"^\s*(?P<place>{_PLACE})\s+في\s+[^/]{{1,60}}/\s*(?P<credit>[^/]{{1,25}}?)\s*/"
)
_CREDIT_LINE: Final = re.compile(
    rf"^\s*(?:{'|'.join(re.escape(p) for p in sorted(CREDIT_PREFIXES, key=len, reverse=True))})"
    rf"\s*(?:[:：•\-–—]|\s)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


_LATIN: Final = re.compile(r"[A-Za-z]{2,}")
#: A partner credited for the piece: "بالتعاون مع وكالة الأنباء الألمانية".
_PARTNERED: Final = re.compile(r"^\s*(?:بالتعاون|بالشراكة)\s+مع\s+(?P<rest>\S.*)$")
_AGENCY_WORD: Final = re.compile(r"^وكالة\s+(?:أنباء\s+)?")
_FOREIGN_OUTLET_KEYS: Final = frozenset(match_key(n) for n in FOREIGN_OUTLETS)
#: An institution's name, of a few words: "دائرة الأرصاد الجوية", "البنك المركزي".
_INSTITUTION_NOUN_SET: Final = frozenset(INSTITUTION_NOUNS)
_INSTITUTION: Final = re.compile(
    rf"^(?:ال)?(?:{'|'.join(re.escape(n) for n in INSTITUTION_NOUNS)})(?:\s+[^\s.،,:؟!]+){{1,5}}$"
)
#: A credit that says "source:" (not a bare "عن …", which also heads "عن الكاتبة", and
#: not "مصدر مسؤول", a source in the story's own words).
_SOURCE_LABEL: Final = re.compile(
    r"^\s*(?:(?:ال)?مصدر(?:\s+الخبر)?|(?:ال)?مصادر(?:\s+(?:ال)?إضافية)?|sources?)\s*[:：•\-–—]",
    re.IGNORECASE,
)
_OUTLET_WORD: Final = re.compile("|".join(OUTLET_NOUNS))
#: A newspaper, site, magazine or channel named after its kind: "صحيفة ماركا". An
#: agency ("وكالة …") is read by its own names (agencies_in, is_agency_name).
_NAMED_OUTLET: Final = re.compile(
    rf"^\s*(?:{'|'.join(n for n in OUTLET_NOUNS if n != 'وكالة')})"
    r"\s+(?P<name>\S+(?:\s\S+){0,3})\s*\.?\s*$"
)
_NATIONALITY_KEYS: Final = frozenset(match_key(n) for n in OUTLET_NATIONALITIES)


def _outlet_named(name: str) -> str:
    """An outlet's name without the country after it: "الغارديان البريطانية" -> الغارديان
    (the name as the outlet writes it, whatever adjective a portal adds)."""
    name = name.strip(" .()«»")
    head, _, last = name.rpartition(" ")
    return head.strip(" «»") if head and match_key(last) in _NATIONALITY_KEYS else name


#: A news agency's full name, coded or not: "وكالة الأنباء …", "الوكالة … للأنباء".
_AGENCY_NAME: Final = re.compile(r"وكال[ةه]\b.{0,40}\b(?:لل|ال)?[أا]نباء")


def opens_with_an_institution(word: str) -> bool:
    """The word that opens an institution's name ("وزارة", "المديرية", "هيئة")."""
    return word.removeprefix("ال") in _INSTITUTION_NOUN_SET


def is_institution_name(text: str) -> bool:
    """An institution's name ("دار الإفتاء", "وزارة الصحة"): credited, it is a source."""
    return _INSTITUTION.match(text.strip()) is not None


def is_agency_name(text: str) -> bool:
    """A news agency's full name, coded or not ("وكالة مرمرة للأنباء")."""
    return bool(_AGENCY_NAME.search(text))


def agency_code(name: str) -> str | None:
    """The agency code for a credit written exactly as ``name`` (any spelling variant)."""
    return _CODE_BY_KEY.get(match_key(name))


#: Short agency names that are also the first word of another name: what follows then.
_NOT_AN_AGENCY_AFTER: Final = {match_key("وال"): " " + match_key("ستريت")}


_DATELINE_ONLY: Final = {match_key(name): code for name, code in DATELINE_ONLY.items()}


def agencies_in(text: str) -> list[Source]:
    """Every agency named in a credit-context string, in order, without duplicates."""
    out: list[Source] = []
    seen: set[str] = set()
    key = match_key(text)
    for match in _AGENCY_IN_KEY.finditer(key):
        if key.startswith(_NOT_AN_AGENCY_AFTER.get(match.group(1), "\x00"), match.end()):
            continue  # "وال ستريت جورنال": Wall Street, not Libya's agency
        code = _CODE_BY_KEY.get(match.group(1))  # None: an agency with no code
        if (code or match.group(1)) not in seen:
            seen.add(code or match.group(1))
            out.append(Source(name=_as_written(text, match.group(1)), code=code))
    return out


_NAMES_BY_KEY: Final[dict[str, list[str]]] = {}
for _name in _ALL_NAMES:
    _NAMES_BY_KEY.setdefault(match_key(_name), []).append(_name)


def _as_written(text: str, key: str) -> str:
    """The credit as the page spelled it (best effort: the key itself if not found)."""
    return next((name for name in _NAMES_BY_KEY.get(key, ()) if name in text), key)


@dataclass(slots=True)
class Dateline:
    place: str | None
    sources: list[Source]
    standalone: bool  # the whole line is the dateline (not body)


def read_dateline(text: str, *, own_names: tuple[str, ...] = ()) -> Dateline | None:
    """A dateline at the start of a paragraph, with the credited agency or outlet.

    ``own_names`` are the portal's names: "مقديشو (صوت الصومال) -" credits the portal
    itself, a dateline whatever its name looks like (normalize drops it as a source).
    """
    head = text[:160]
    if "/" in head:
        # "بنغازي 15 الماء/مايو 2024 (وال) -": two names of one month, not a slash
        # dateline's mark (the same length, so positions in ``text`` still hold)
        head = _MONTH_PAIR.sub("\\1\u2044", head)
    if "(" in head[:_PAREN_REACH]:
        # "الجبايش (العراق) - (د ب أ) -", "الصويرة (المغرب) (أ ف ب) -": the country after
        # the place, then the credit; blanked to the same length, so positions in
        # ``text`` still hold
        head = _COUNTRY_IN_PARENS.sub(_blank_a_country, head, count=1)
    own_first = _own_name_then_place(head, own_names)
    if own_first is not None:  # "النخيل نيوز/ بغداد أعلنت …": the portal, then the place
        return own_first
    # (a credit in parentheses opens within the first words: the costly pattern is tried
    # only where one does)
    paren = "(" in head[:_PAREN_REACH]
    for pattern in (_DATELINE_PAREN, _DATELINE_SLASH, _DATELINE_DATED):
        match = pattern.match(head) if paren or pattern is not _DATELINE_PAREN else None
        if not match:
            continue
        credit = match.group("credit").strip()
        place = _PLACE_END.split(match.group("place") or "", maxsplit=1)[0].strip(" ،,-–—")
        sources = agencies_in(credit)
        if pattern is _DATELINE_DATED and not only_agencies(credit):
            continue
        if (
            pattern is _DATELINE_PAREN
            and match.group("end") is None
            and not sources
            # "أبوظبي (الاتحاد) أعلنت …": the portal credits itself after a known place
            and not (own_names and is_place(place) and names_the_portal(credit, own_names))
        ):
            continue  # "(شينخوا) أعلنت" runs straight on; "البيتكوين (BTC) صعودها" is prose
        if not sources and pattern is _DATELINE_PAREN and match.group("end") is not None:
            marked = is_exclusive_mark(credit)
            if marked and is_place(place):
                # "واشنطن (خاص) - …": the portal's own report from there, no one credited
                rest = text[match.end() :].strip(" -–—:")
                return Dateline(place, [], standalone=not rest)
        if not sources and pattern is _DATELINE_PAREN and is_place(credit) and is_place(place):
            # "قضاء الزبير (البصرة) - …": the district, then its province; no one credited
            rest = text[match.end() :].strip(" -–—:")
            return Dateline(place or None, [], standalone=not rest)
        if not sources:
            # An outlet in parentheses, "(CNN) --": a name as written, if it is one.
            # Only a Latin-script name, a named outlet, or a short name after a known
            # place ("الخرطوم (سونا) -", an agency without a code): "(في خطاب) -" is prose.
            own = bool(own_names) and match_key(credit) in {match_key(n) for n in own_names}
            numbered = _NAME_AND_NUMBER.fullmatch(credit) is not None  # "كوردستان 24"
            if not own and (
                len(credit.split()) > 4 or (any(ch.isdigit() for ch in credit) and not numbered)
            ):
                continue  # the portal's own name may hold digits ("كوردستان24")
            after_place = is_place(place) and (
                own
                or numbered  # "أربيل (كوردستان 24)-": a channel named with its number
                or _a_credited_name(credit)
                or _INSTITUTION.match(credit) is not None
            )  # "جنيف (منظمة الصحة العالمية) -": an institution's own statement
            if not (_LATIN.search(credit) or _OUTLET_WORD.search(credit) or after_place):
                continue
            sources = [Source(name=credit, code=None)]
        if len(place.split()) > 5:
            continue
        if place and _REPORTING.match(place):
            place = ""  # "ونقلت وكالة أنباء الشرق الأوسط (أ ش أ) عن …": a sentence, no place
        rest = text[match.end() :].strip(" -–—:")
        return Dateline(place or None, sources, standalone=not rest)
    # "الرياض - واس" / "الجزائر - واج" / "أنقرة/ الأناضول" standing alone; after a colon
    # only when a known place comes first ("الخرطوم: سونا"; "المصدر: رويترز" is a credit).
    stripped = text.strip()
    cut = _STANDALONE_MARK.search(stripped) if len(text) <= 60 else None
    place_part = stripped[: cut.start()] if cut else ""
    if cut and (cut.group(1) != ":" or is_place(place_part)):
        credit_part = stripped[cut.end() :]
        sources = only_agencies(credit_part)
        rest = credit_part.strip(" .()")
        if (
            not sources
            and is_place(place_part.strip())
            and is_agency_name(rest)
            and len(rest.split()) <= 6
            and not re.search(rf"{_DASH}|[:：]", rest)  # the name and nothing after it
        ):
            sources = [Source(name=rest)]  # "جيبوتي - وكالة جيبوتي للأنباء"
        if (
            not sources
            and cut.group(1) != ":"
            and place_part[:1].isalpha()  # (not "(أبوظبي - البيان)": a credit in brackets)
            and is_place(place_part.strip())
            and not names_the_portal(rest, own_names)
            and " " not in rest
            and _a_credited_name(rest)
            and rest not in _BYLINE_WORDS
            and match_key(rest) not in _NOT_CREDIT_KEYS
        ):
            # "القدس المحتلة - صفا" alone over the text: one word after a known place is
            # the agency filing it, however unknown (a name has two words at least)
            sources = [Source(name=rest)]
        if sources:
            return Dateline(place_part.strip() or None, sources, standalone=True)
    # "الدوحة - قنا: …": the credit is an agency and nothing else, or, after a known
    # place, one name ("طرابلس - وال - …": an agency with no code).
    match = _DATELINE_COLON.match(head)
    if match:
        credit, place = match.group("credit").strip(), match.group("place").strip()
        sources = only_agencies(credit)
        if not sources and is_place(place) and is_place(credit):
            # "عدن - صنعاء - خاص: …": a story filed from two cities, no one credited
            rest = text[match.end() :].strip()
            return Dateline(f"{place} - {credit}", [], standalone=not rest)
        if (
            not sources
            # (a place that is also a word, "صور", is one before a credit: "صور - «الوطنية» -")
            and (is_place(place) or is_ambiguous_place(place))
            and _a_credited_name(credit)
            and " " not in credit
            and credit not in _BYLINE_WORDS  # "الموصل – كتب: …": a byline, no credit
        ):
            name = credit.strip('«»"')
            sources = [Source(name=name, code=_DATELINE_ONLY.get(match_key(name)))]
        if not sources and is_agency_name(credit):  # "نواكشوط - الوكالة الموريتانية للأنباء -"
            sources = [Source(name=credit.strip())]
        if sources:
            rest = text[match.end() :].strip()
            return Dateline(place or None, sources, standalone=not rest)
    match = _RELEASE_DATELINE.match(head) or _PLACE_DATE_DASH.match(head)
    if match and is_place(match.group("place").strip()):
        return Dateline(match.group("place").strip(), [], standalone=False)
    # "وكالات - أعلنت …", "رويترز: قالت …": the agencies alone, then the text.
    lone = _CREDIT_FIRST.match(head)
    if lone:
        credited = only_agencies(lone.group("credit"))
        if credited:
            rest = text[lone.end() :]
            # "وطنية - صيدا - أعلنت …": the agency, then the place it files from
            then = _PLACE_DASH.match(rest[:60])
            place = then.group("place").strip() if then else ""
            # (a place that is also a word counts after the agency: "وطنية - صور -")
            known = is_place(place) or (then is not None and is_ambiguous_place(place))
            return Dateline(place if known else None, credited, standalone=not rest.strip())
    # "دبي - أعلنت بلدية دبي …": a place alone, known as one.
    match = _PLACE_DASH.match(head)
    if match and (is_place(match.group("place")) or _an_ambiguous_place_opening(text, match)):
        place, rest = match.group("place").strip(), text[match.end() :].strip()
        # "دمشق-سانا بحث …", "بغداد/ واع أعلنت …": an agency's name, then straight on.
        words = rest.split(None, 3)
        for n in (3, 2, 1):
            credit = " ".join(words[:n])
            # "بغداد/ نينا/ أعلنت …": an agency with no code, its own slash after it
            name = credit.rstrip("/-–—:")
            credited = agencies_in(name) if agency_code(name) else only_agencies(name)
            if len(words) >= n and credited:
                after = rest[len(credit) :].strip(" -–—:/")
                return Dateline(place, credited, standalone=not after)
        second = _PLACE_DASH.match(rest[:60])
        if (
            second is not None
            and is_place(second.group("place"))
            and not agency_code(second.group("place"))
        ):
            # "عدن - صنعاء - تشهد …": filed from two cities
            place, rest = f"{place} - {second.group('place').strip()}", rest[second.end() :]
        label = match_key(rest.strip(" .:()-–—")) in _NOT_CREDIT_KEYS  # "إدلب - خاص"
        return Dateline(place, [], standalone=not rest or label)
    country = _PLACE_COUNTRY.match(head)
    if (
        country is not None
        and is_place(country.group("place"))
        and match_key(country.group("country")) in COUNTRY_KEYS
    ):
        # "مسقط، سلطنة عُمان: أعلنت …": a press release's city and country
        return Dateline(country.group("place").strip(), [], standalone=False)
    return dated_standalone(text) or _dated_wire_opening(text)


#: A press release's opening, the city and its country: "مسقط، سلطنة عُمان: أعلنت …".
_PLACE_COUNTRY: Final = re.compile(
    r"^\s*(?P<place>[^\W\d][^،,:：\-–—\d]{1,24}?)\s*[،,]\s*"
    r"(?P<country>[^\W\d][^،,:：\-–—\d]{1,30}?)\s*[:：\-–—]\s*\S"
)
#: A name in parentheses after the dateline's place, perhaps its country.
_COUNTRY_IN_PARENS: Final = re.compile(r"(?<=[^\W\d_])\s*\(([^()]{2,30})\)(?=\s*[-–—(])")


def _blank_a_country(match: re.Match[str]) -> str:
    if match_key(match.group(1)) in COUNTRY_KEYS:
        return " " * len(match.group())
    return match.group()


#: A month named in two calendars with a slash between ("الماء/مايو", "شباط/فبراير").
_MONTH_PAIR: Final = re.compile(
    "("
    + "|".join(
        sorted((re.escape(m) for m in GREGORIAN_MONTHS if " " not in m), key=len, reverse=True)
    )
    + r")/(?=[^\W\d_])"
)
_YEAR: Final = re.compile(r"[\d٠-٩]{4}")
#: The words a wire's dated opening may take before its text starts.
_WIRE_OPENING_WORDS: Final = 16


def _dated_wire_opening(text: str) -> Dateline | None:
    """The same dateline opening the paragraph, its text straight after the agency
    ("الرياض 14 رمضان 1445 هـ الموافق 24 مارس 2024 م واس أعلنت النيابة …")."""
    if _YEAR.search(text[:100]) is None:
        return None
    words = text.split(None, _WIRE_OPENING_WORDS)[:_WIRE_OPENING_WORDS]
    for m in (3, 2, 1):  # the place: the first words
        if len(words) <= m + 1 or not words[m][:1].isdigit() or not is_place(" ".join(words[:m])):
            continue
        end = m
        while end < len(words) and _a_date_word(words[end]):
            end += 1  # the date in words, to its era mark
        if not _YEAR.search(" ".join(words[m:end])):
            return None
        for n in (3, 2, 1):  # the agency: the words right after the date
            credited = only_agencies(" ".join(words[end : end + n])) if end + n < len(words) else []
            if credited:
                return Dateline(" ".join(words[:m]), credited, standalone=False)
        return None
    return None


def dated_standalone(text: str) -> Dateline | None:
    """A wire's line over its text: the place, the date in words, the agency last
    ("الرياض 15 رمضان 1446 هـ الموافق 15 مارس 2025 م واس")."""
    if len(text) > 100 or _YEAR.search(text) is None:
        return None
    words = text.split()
    if len(words) < 4:
        return None
    for n in (3, 2, 1):  # the agency: the line's last words
        sources = only_agencies(" ".join(words[-n:]))
        if not sources:
            continue
        for m in (3, 2, 1):  # the place: its first words
            place, middle = " ".join(words[:m]), " ".join(words[m:-n])
            if (
                middle[:1].isdigit()
                and _YEAR.search(middle)
                and all(_a_date_word(w) for w in words[m:-n])
                and is_place(place)
            ):
                return Dateline(place, sources, standalone=True)
    return None


#: Words a written date is made of, besides its numbers.
_DATE_WORD_KEYS: Final = frozenset(
    match_key(word)
    for name in (
        *GREGORIAN_MONTHS,
        *HIJRI_MONTHS,
        *HIJRI_MARKERS,
        *WEEKDAYS,
        "الموافق",
        "م",
        "ميلادي",
        "ميلادية",
    )
    for word in name.split()  # each word of "جمادى الأولى", "ربيع الآخر"
)


def _a_date_word(word: str) -> bool:
    word = word.strip("،,-–—/()")
    return not word or word[0].isdigit() or match_key(word) in _DATE_WORD_KEYS


_AMBIGUOUS_PLACE_KEYS: Final = frozenset(match_key(p) for p in AMBIGUOUS_PLACES)
_BYLINE_WORDS: Final = frozenset(BYLINE_PREFIXES)


_AMBIGUOUS_AGENCY_KEYS: Final = frozenset(
    match_key(n) for names in AMBIGUOUS.values() for n in names
)


def is_ambiguous_agency(name: str) -> bool:
    """An agency's name that is also a common word ("الألمانية", "العمانية", "وات")."""
    return match_key(name) in _AMBIGUOUS_AGENCY_KEYS


def is_ambiguous_place(text: str) -> bool:
    """A place whose name is also a common word ("الخبر", "صور"): a dateline's place only
    where the line's shape says so (a dash and an agency, or a whole sentence after it)."""
    return match_key(text) in _AMBIGUOUS_PLACE_KEYS


#: A sentence after the dash: an ambiguous place opens a paragraph this long at least.
_SENTENCE_AFTER: Final = 80


def _an_ambiguous_place_opening(text: str, match: re.Match[str]) -> bool:
    """ "صور - افتتح وزير …": a place that is also a word ("pictures") is the dateline
    when a spaced dash and a whole sentence follow it, never in a short label."""
    return (
        match_key(match.group("place")) in _AMBIGUOUS_PLACE_KEYS
        and _SPACED_DASH.search(text[: match.end() + 1]) is not None
        and len(text) - match.end() >= _SENTENCE_AFTER
    )


#: A dash with a space on each side ("صور – …", "صور - …").
_SPACED_DASH: Final = re.compile(r"\s[-–—]\s")
_PARENTHESES: Final = re.compile(r"\(([^()]{2,30})\)")
#: An agency's code set off in the text, in parentheses or guillemets: "نقلته وكالة
#: الأنباء الكويتية (كونا)", "بحسب ما ذكرته وكالة أنباء الإمارات «وام»".
_MARKED: Final = re.compile(r"\(([^()]{2,30})\)|«([^«»]{2,12})»")
#: The portal's own name opening the text, then a mark and the place.
_OWN_THEN_PLACE: Final = re.compile(
    r"^\s*(?P<own>[^\-–—/|:：()]{2,40}?)\s*[\-–—/|:：]\s*(?P<rest>\S.*)$", re.S
)


def _own_name_then_place(text: str, own_names: tuple[str, ...]) -> Dateline | None:
    """ "الكرخ اليوم - بغداد حددت …", "السومرية نيوز/ بغداد": the portal names itself
    first and the place after; its own name is no source."""
    if not own_names:
        return None
    match = _OWN_THEN_PLACE.match(text) or _OWN_IN_PARENS.match(text)
    if match is None or not names_the_portal(match.group("own"), own_names):
        return None
    rest = match.group("rest")
    for n in (3, 2, 1):  # a place of up to three words: "أبو ظبي", "دير الزور"
        words = rest.split(None, n)
        place = " ".join(words[:n]).strip(" :：-–—،,")
        if len(words) >= n and is_place(place):
            return Dateline(place, [], standalone=len(words) == n)
    return None


#: "(عكاظ) جدة أعلنت …": the portal's name in parentheses, then the place.
_OWN_IN_PARENS: Final = re.compile(r"^\s*\((?P<own>[^()]{2,40})\)\s*(?P<rest>\S.*)$", re.S)


def names_the_portal(name: str, own_names: tuple[str, ...]) -> bool:
    """The portal's name, or its one distinctive word ("سبق" of "صحيفة سبق الإلكترونية")."""
    key = match_key(name)
    if not key:
        return False
    for own in own_names:
        own_key = match_key(own)
        if key == own_key:
            return True
        # (not a place the name holds: "الدوحة" of "نبض الدوحة" opens "الدوحة - قنا:")
        if len(key) >= 3 and " " not in key and key in own_key.split() and not is_place(name):
            return True
    return False


#: A credit opening the text with no place: "وكالات - ", "رويترز: ".
_CREDIT_FIRST: Final = re.compile(r"^\s*(?P<credit>[^\-–—:：()\d]{2,30}?)\s*(?:[\-–—]+|[:：])\s*")


def only_agencies(text: str) -> list[Source]:
    """The agencies ``text`` names when it names agencies and nothing else ("واس")."""
    sources = agencies_in(text)
    if sources and match_key(text) == " ".join(match_key(s.name) for s in sources):
        return sources
    return []


#: What stands between the place and the agency of a dateline alone ("الرياض - واس",
#: "أنقرة/ الأناضول", "الخرطوم: سونا").
#: How far into a line a dateline's "(" may be: a place (45), a date, dashes, spaces.
_PAREN_REACH: Final = 90
_STANDALONE_MARK: Final = re.compile(rf"\s*({_DASH}|/|:)\s*")

#: "ريف " folded: a city's countryside ("ريف دمشق") is a place.
_COUNTRYSIDE: Final = match_key("ريف") + " "


def is_place(text: str) -> bool:
    """A dateline place of lexicon.places ("بغداد", "أبو ظبي"), in any spelling."""
    # No place name is this long: a paragraph is not folded to find that out.
    if len(text) > _LONGEST_PLACE:
        return False
    key = match_key(text)
    # "ريف دمشق", "ريف حلب": a city's countryside, the governorate Syrian datelines name.
    return (
        key in DATELINE_PLACE_KEYS
        or (key.startswith(_COUNTRYSIDE) and key[4:] in DATELINE_PLACE_KEYS)
        # "مخيم الزعتري", "قضاء الزبير", "ولاية قابس": a camp, a district, a village or
        # a province named with the word for its kind, a place of its own
        or (key.startswith(_PLACE_UNIT_HEADS) and key.count(" ") <= 3)
    )


#: The place-kind words with the space after them, for one C-level prefix test.
_PLACE_UNIT_HEADS: Final = tuple(match_key(w) + " " for w in PLACE_UNITS)


def credit_after(text: str) -> list[Source]:
    """The credit a line carries after other words, behind a source label: a header
    line's date, then "المصدر: شينخوا" ("2024:04:03.10:15 المصدر: شينخوا")."""
    inside = _SOURCE_INSIDE.search(text)
    if inside is None:
        return []
    return read_credit_line(text[inside.start() :].strip()) or []


#: A source label inside a line, after other words (and a space).
_SOURCE_INSIDE: Final = re.compile(r"(?<=\s)(?:المصدر|المصادر|مصدر الخبر)\s*[:：]")


def has_credit_prefix(text: str) -> bool:
    """A line that says it credits: "المصدر: …", "نقلاً عن …"."""
    return _CREDIT_LINE.match(text) is not None


#: An outlet named in quotes after its kind: "موقع «أكسيوس»", "خدمة «بلومبرغ»".
_QUOTED_OUTLETS: Final = re.compile(
    rf"(?:^|\s|و)(?:{'|'.join(OUTLET_NOUNS)}|خدمة)\s*«(?P<name>[^»]{{2,40}})»"
)
_QUOTED_WITH_ORIGIN: Final = re.compile(_QUOTED_OUTLETS.pattern + r"(?:\s+ال[^\s«»]+(?:ية|ي))?")
#: A news site's name with "نيوز" after it, a word or two ("السومرية نيوز", "شفق نيوز").
_NEWS_SITE_NAME: Final = re.compile(r"[^\s\d+/|،,]{2,20}(?:\s[^\s\d+/|،,]{2,20})?\s+نيوز")
#: A name and its short form in parentheses: "وكالة الأنباء الليبية (وال)".
_NAME_AND_SHORT: Final = re.compile(
    r"^\s*(?P<name>[^()]{6,60}?)\s*\((?P<short>[^()]{2,12})\)\s*\.?\s*$"
)


#: Words of a source label's generic answers ("المصدر: وسائل إعلام", "مواقع التواصل",
#: "بيان رسمي"), which name no outlet.
_GENERIC_SOURCE_KEYS: Final = frozenset(
    match_key(w)
    for w in (
        "وسائل مواقع موقع بيان بيانات تقارير تقرير مصادر مصدر صحف وكالات إعلام الإعلام "
        "التواصل الاجتماعي رسمي رسمية محلية عالمية دولية متعددة خاص خاصة الموقع الصحيفة"
    ).split()
)


def _a_two_word_outlet(name: str) -> bool:
    """Two words after "المصدر:" that name an outlet ("عنب بلدي"), not a kind of source
    ("وسائل إعلام", "مواقع التواصل")."""
    words = name.split()
    return len(words) == 2 and _GENERIC_SOURCE_KEYS.isdisjoint(match_key(w) for w in words)


#: The portal's own reporter as a "source" field's value ("Source: Correspondante
#: régionale", "المصدر: مراسلنا"): a role, no outlet.
_A_CORRESPONDENT: Final = re.compile(
    r"(?:correspondant|envoy[ée]|r[ée]daction|مراسل|مراسلة|مراسلنا|مراسلتنا|محرر|المحرر)",
    re.IGNORECASE,
)


def read_credit_line(text: str) -> list[Source] | None:
    """Agencies of a credit line ("المصدر: الجزيرة + وكالات"); None if it is not one.

    A line made only of agency names ("(رويترز)", "أ ف ب") is a credit line too.
    """
    if len(text) > 120:
        return None
    partnered = _PARTNERED.match(text)
    if partnered is not None:
        # "بالتعاون مع وكالة الأنباء الألمانية" closing a feature: the agency and nothing
        # else ("بالتعاون مع وزارة الصحة، نظمت …" is a sentence)
        partner = partnered.group("rest").strip(" .()")
        # ("بالتعاون مع وكالة سبأ": the word "agency" before a name kept without it)
        return only_agencies(partner) or only_agencies(_AGENCY_WORD.sub("", partner)) or None
    syndicated = _SYNDICATED.match(text)
    if syndicated:  # "حقوق النشر: بروجيكت سنديكيت، 2025", "* خدمة «نيويورك تايمز»"
        return [Source(name=(syndicated.group("name") or syndicated.group("service")).strip())]
    match = _CREDIT_LINE.match(text)
    if match is None and text.startswith("*"):
        match = _CREDIT_LINE.match(text.lstrip("* "))  # "* نقلاً عن «الرأي»" closing a column
    if match is None and text.startswith("(") and text.endswith(")"):
        # "(نقلاً عن وكالة الأنباء القطرية «قنا»)": the whole credit in brackets
        match = _CREDIT_LINE.match(text[1:-1])
    if match:
        rest = match.group("rest")
        quoted = [name.strip() for name in _QUOTED_OUTLETS.findall(rest)]
        # (the paper's country after it is no agency: "عن صحيفة «هاندلسبلات» الألمانية"
        # is no "الألمانية", DPA)
        found = agencies_in(_QUOTED_WITH_ORIGIN.sub(" ", rest) if quoted else rest)
        if not quoted and not found:
            alone = _QUOTED_ALONE.fullmatch(rest.strip())
            quoted = [alone.group(1).strip()] if alone else []  # "نقلاً عن «الرأي»"
        if quoted and not found:
            # "بتصرف عن موقع «أكسيوس» الأمريكي وخدمة «بلومبرغ» الإخبارية": each outlet
            # named in quotes after its kind
            return [Source(name=name) for name in quoted]
        both = _NAME_AND_SHORT.match(rest)
        if both and len(found) == 2 and not any(source.code for source in found):
            # "وكالة الأنباء الليبية (وال)": one agency by its name and its short name, as
            # its datelines credit it
            return [Source(name=both.group("short").strip())]
        parts = _CREDIT_SEPARATOR.split(rest.strip(" .()"))
        for part in parts if len(parts) > 1 else ():
            # the same, one agency among others: "وكالة الأنباء الليبية (وال) + برنيق نيوز"
            pair = _NAME_AND_SHORT.match(part)
            in_pair = agencies_in(part) if pair is not None else []
            if pair is not None and len(in_pair) == 2 and not any(s.code for s in in_pair):
                at = found.index(in_pair[0]) if in_pair[0] in found else len(found)
                found = [source for source in found if source not in in_pair]
                found.insert(min(at, len(found)), Source(name=pair.group("short").strip()))
        if found or len(parts) > 1:
            # "المصدر: سبوتنيك + RT": an outlet with no code listed beside the agencies;
            # "صحيفة الشرق الأوسط + وكالات": one named by its kind, kept by its name;
            # "ملعب نيوز + ليكيب": the portal itself (dropped later) and a known outlet
            for part in parts:
                if agencies_in(part):
                    continue
                named = _NAMED_OUTLET.match(part)
                if named:
                    found.append(Source(name=_outlet_named(named.group("name"))))
                elif (
                    _OUTLET_ACRONYM.fullmatch(part)
                    or match_key(part) in _FOREIGN_OUTLET_KEYS
                    # "السومرية نيوز": a portal named as news sites are, beside the agency
                    or _NEWS_SITE_NAME.fullmatch(part)
                    # "ذا أثلتيك": a foreign title written in Arabic letters after its article
                    or (part.split(" ", 1)[0] in ("ذا", "The") and _a_credited_name(part))
                    # "المصدر: صفا + وفا", "المصدر: قدس برس / موقع الأفق": under a source
                    # label, every name the list gives (the portal's own is dropped later)
                    or (_SOURCE_LABEL.match(text) is not None and _a_listed_brand(part))
                ):
                    found.append(Source(name=part))
        if not found and is_agency_name(rest) and len(rest.split()) <= 6:
            found = [Source(name=rest.strip(" .()"))]  # "الوكالة الموريتانية للأنباء"
        outlet = _NAMED_OUTLET.match(rest)
        if not found and outlet:  # "مصدر: صحيفة ماركا": an outlet credited by name
            found = [Source(name=_outlet_named(outlet.group("name")))]
        name = rest.strip(" .()«»")
        if not found and match_key(name) in _FOREIGN_OUTLET_KEYS:
            found = [Source(name=name)]  # "نقلاً عن سكاي نيوز عربية": a known outlet
        if (
            not found
            and _SOURCE_LABEL.match(text)
            and (_a_credited_name(name) or _INSTITUTION.match(name) or _a_two_word_outlet(name))
            and not any(ch.isdigit() for ch in name)
            and not _A_CORRESPONDENT.match(name)
        ):
            # "المصدر: ناسا", "المصدر: دائرة الأرصاد الجوية": a name with no code, as written
            found = [Source(name=name)]
        if not found and text.split(maxsplit=1)[0] == "عن":
            return None  # "عن المرفأ والصوامع": a subheading "about" something, no credit
        return found
    glued = _GLUED_SOURCE.match(text)
    if glued:
        # "<span>المصدر</span><a>الوكالة الوطنية للإعلام</a>" with no space between, as
        # tagDiv's source box prints it ("المصدرسونا"): the label, then its credit
        rest = glued.group("rest")
        if glued.group("via"):
            # its "VIA" row ("عبروكالات"), which a sentence could open ("عبرت …"): only
            # agencies, named alone
            return only_agencies(rest) or None
        if agency_code(rest) or is_agency_name(rest):
            return agencies_in(rest) or [Source(name=rest.strip())]
        return read_credit_line(f"المصدر: {rest}") or None
    bare = text.strip(" ()[]-–—.")
    if bare and agency_code(bare):
        return agencies_in(bare)
    first = first_published_in(text)
    if first is not None:
        return [first]
    initials = _INITIALS_CREDIT.match(text) or _CREDIT_THEN_INITIALS.match(text)
    if initials:  # "ع.ج/ ح.ز (د ب أ، رويترز)": the editors' initials, then the agencies
        found = agencies_in(initials.group("names") or initials.group("slashed"))
        if found:
            return found
    lone = _LONE_CREDIT.match(text)
    name = lone.group("name").strip() if lone else ""
    if name and (_a_credited_name(name) or is_agency_name(name)):
        # "(سبأ)", "(الوكالة الموريتانية للأنباء)": an agency, no code
        return [Source(name=name)]
    # "ميريديان الدولية / أ ف ب / رويترز": names between separators, agencies among them.
    names = [n.strip(" ()[]-–—.") for n in _CREDIT_SEPARATOR.split(bare)]
    if (
        len(names) >= 2
        and all(
            n
            and len(n.split()) <= 3
            and (not _NOT_A_NAME.search(n) or _NAME_AND_NUMBER.fullmatch(n) is not None)
            for n in names
        )
        and any(agency_code(n) for n in names)
    ):
        return agencies_in(bare)
    return None


#: A syndicated piece's line: its rights holder ("حقوق النشر: بروجيكت سنديكيت، 2025") or
#: the licensed service it comes from ("* خدمة «نيويورك تايمز»").
_SYNDICATED: Final = re.compile(
    r"^\s*\*?\s*(?:حقوق\s+النشر\s*[:：]\s*«?(?P<name>[^«»،,©\d:]{2,40}?)»?"
    r"(?:\s*[،,]?\s*©?\s*[0-9]{4})?|خدمة\s+«(?P<service>[^«»]{2,40})»)\s*\.?\s*$"
)


def first_published_in(text: str) -> Source | None:
    """The outlet of a republished piece's note: "نُشر هذا المقال أولاً في مجلة «فصول
    المعرفة»" -> فصول المعرفة; "… أولا في موقع الشرق الأوسط الجديد" -> الشرق الأوسط الجديد."""
    first = (
        _FIRST_PUBLISHED.match(text)
        or _PUBLISHED_WITH.match(text)
        or _COPIED_FROM.match(text)
        or _ADAPTED_FROM.match(text)
        or _MIRRORED_FROM.match(text)
        or (_ORIGINAL_ON.search(text) if len(text) <= _NOTE_CHARS else None)
    )
    if first is None:
        return None
    outlet = first.group("outlet") or first.groupdict().get("original") or ""
    quoted = _QUOTED_NAME.search(outlet)
    named = _NAMED_OUTLET.match(outlet)
    name = quoted.group(1) if quoted else _outlet_named(named.group("name")) if named else outlet
    agencies = agencies_in(first.group(0))  # (the outlet's noun included: "وكالة …")
    if len(agencies) == 1:
        return agencies[0]  # "هذا الخبر منقول من وكالة الأناضول للأنباء": the agency's code
    return Source(name=name.strip(' .«»"'))


#: A republisher's note on where the original ran, anywhere in its sentence: "ننوه بأن
#: الخبر الأصلي منشور على موقع اليوم السابع، …", "… والتقرير الأصلي منشور باللغة
#: الإنجليزية على موقع صحيفة فايننشال تايمز."
_ORIGINAL_ON: Final = re.compile(
    r"(?:الخبر|التقرير|المقال|النص)\s+الأصلي\s+منشور\s+(?:باللغة\s+\S+\s+)?(?:على|في)\s+"
    r"(?:موقع\s+)?(?P<outlet>[^،,.]{2,50}?)\s*(?:[،,.]|$)"
)
_NOTE_CHARS: Final = 300
#: A press mirror's line over each item: the outlet and the day it ran there ("نشر في
#: النهار الرقمي يوم 05 - 11 - 2024", "نشر في موقع الوادي بتاريخ 3 مارس").
_MIRRORED_FROM: Final = re.compile(
    r"^\s*(?:نُ?شِ?رَ?|نشرت)\s+(?:في|على)\s+"
    # (not the portal's own print edition: "نشر في الطبعة الورقية يوم …")
    r"(?!(?:ال)?(?:طبعة|نسخة|عدد|ملحق|صفحة)\b)"
    r"(?P<outlet>[^\d\s٠-٩،,.:|][^\d٠-٩،,.:|]{1,40}?)"
    r"\s+(?:يوم|بتاريخ)\s+\S*\s*[\d٠-٩]"
)
#: A republished piece's note on where it first appeared.
_FIRST_PUBLISHED: Final = re.compile(
    r"^\s*(?:نُ?شِ?رَ?|نشرت)\s+(?:هذا\s+|هذه\s+)?(?:المقال|المقالة|النص|التقرير|الحوار|الدراسة)\s+"
    r"(?:(?:أولاً?|أولا|لأول مرة|في الأصل)\s+(?:في|على|ب)\s*(?P<outlet>[^.]{2,60}?)"
    # "…على موقع «النهار الرقمي»، وتعيد شبكة الأفق نشره …": the rest of the note
    r"(?:(?<=»)\s*[،,][^.]{0,160})?"
    # "نشر المقال في «ميريديان ريفيو» بالإنجليزية": the original's outlet and language
    r"|(?:في|على)\s*(?P<original>«[^»]{2,40}»|[^.]{2,40}?)\s+(?:بالإنجليزية|بالانجليزية"
    r"|بالفرنسية|باللغة\s+\S+))\s*\.?\s*$"
)
#: A partner's note on a piece made with another outlet: "يُنشر هذا التقرير بالتعاون مع
#: منصة «مرايا» للصحافة المستقلة، ضمن شراكة …" (a partner is credited, as in a byline's
#: "بالتعاون مع صحيفة الغد").
#: Its opening, which alone tells the note (over the text, it is no lead): "ملاحظة:
#: يُعاد نشر هذا التقرير بالاتفاق مع …", "ننشر هذا المقال بإذن من …".
_PUBLISHED_WITH_OPENING: Final = (
    # (a note's label first: "ملاحظة: يُعاد نشر هذا التقرير بالاتفاق مع بي بي سي عربي")
    r"^\s*(?:ملاحظة\s*[:：]\s*)?(?:يُ?نشر|نُ?شر|ننشر|يُ?عاد\s+نشر|نعيد\s+نشر)\s+(?:هذا|هذه)\s+"
    r"(?:التقرير|المقال|المقالة|التحقيق|الموضوع|النص|المادة|الحوار)\s+(?:بالتعاون|بالاتفاق|بإذن)\s"
)
_PUBLISHED_WITH: Final = re.compile(
    _PUBLISHED_WITH_OPENING + r"\s*مع\s+(?:(?:منصة|موقع|صحيفة|مجلة|شبكة)\s+)?"
    r"(?P<outlet>«[^»]{2,40}»|[^\s،,.«»]+(?:\s[^\s،,.«»]+){0,3})"
)
#: An aggregator's note on where the item comes from: "هذا الخبر منقول من موقع الوادي
#: اليوم ولا يعبر عن رأي الموقع …"; its opening alone tells the note.
#: (behind a note's label too, and alone: "ملاحظة: هذا الخبر منقول")
_COPIED: Final = (
    r"^\s*(?:(?:ملاحظة|ملحوظة|تنويه)\s*[:：]\s*)?(?:هذا\s+)?(?:الخبر|المقال|الموضوع|المحتوى)"
    r"\s+(?:منقول|مأخوذ|منشور)"
)
_COPIED_FROM_OPENING: Final = _COPIED + r"(?:\s+(?:من|عن)\s|\s*\.?\s*$)"
_COPIED_FROM: Final = re.compile(
    _COPIED + r"\s+(?:من|عن)\s+(?:موقع|صحيفة|جريدة|بوابة|مجلة|وكالة)\s+"
    r"(?P<outlet>[^،,.]{2,40}?)(?=\s+و|\s*[،,.]|\s*$)"
)
_WHERE_IT_COMES_FROM: Final = re.compile(f"{_PUBLISHED_WITH_OPENING}|{_COPIED_FROM_OPENING}")


def notes_where_it_comes_from(text: str) -> bool:
    """A note on the piece, not its text: it is republished with a partner's leave
    ("يُعاد نشر هذا التقرير بالاتفاق مع …") or copied from another outlet ("هذا الخبر
    منقول من وكالة …"). :func:`first_published_in` reads the outlet it names."""
    return _WHERE_IT_COMES_FROM.match(text) is not None


#: An adapted piece's note: "بتصرف عن بي بي سي", "بتصرّف من موقع …".
_ADAPTED_FROM: Final = re.compile(
    r"^\s*(?:بتصرف|بتصرّف)\s+(?:عن|من)\s+(?P<outlet>[^.،,]{2,40}?)\s*\.?\s*$"
)
_QUOTED_NAME: Final = re.compile(r"[«\"]([^»\"]{2,40})[»\"]")
#: Editors' initials before the agencies, as broadcasters close a story: "ع.ج/ ح.ز (د ب أ)",
#: "س.ح/ع.ج.م (د ب أ، أ ف ب)" (an editor of three initials).
_INITIALS_CREDIT: Final = re.compile(
    r"^\s*(?:[^\s()/.]{1,2}(?:\.\s?[^\s()/.]{1,2}){1,2}\.?\s*/?\s*){1,4}"
    r"\((?P<names>[^()]{2,60})\)\s*\.?\s*$"
)
#: The agency first, then the editors' initials, as PETRA closes its copy: "--(بترا) س ع/ م ق"
#: (ONA sets its name between slashes: "/العُمانية/ ع خ").
_CREDIT_THEN_INITIALS: Final = re.compile(
    r"^[\s\-–—]*(?:\((?P<names>[^()]{2,40})\)|/(?P<slashed>[^()/]{2,40})/)\s*(?:[^\s()/]{1,2}(?:\s[^\s()/]{1,2}){0,3}\s*/?\s*){1,3}"
    # … and the time it was filed ("--(بترا) م ح/ س ك/ ع ع 14:20")
    r"(?:[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}\s*)?$"
)
#: SPA's time stamp (Makkah time) and item number: "16:12 ت م 0247", "13:05 ت مـ".
_SPA_STAMP: Final = r"[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}\s*ت\s*مـ*(?:\s+[0-9٠-٩]{2,6})?\s*"
#: The editors' spaced initials, as KUNA and BNA close: "م ع ح / ف ج", "ع ع".
_SPACED_INITIALS: Final = (
    r"[^\W\d_](?:\s[^\W\d_]){1,2}(?:\s*/\s*[^\W\d_](?:\s[^\W\d_]){1,2}){0,3}\s*"
)
#: What wire copy closes with, on a line of its own: "انتهى", "(انتهى)", the editors'
#: initials alone ("ر.س/ م.ح").
_WIRE_END: Final = re.compile(
    # "// انتهى //" closes SPA copy; a forum's "منقول" (copied) closes a reposted story
    r"^[\s(\-–—/]*(?:انتهى|انتهي|النهاية|end|منقول)[\s).\-–—/]*"
    # "(النهاية) م ع ح / ف ج": KUNA's end mark, then the editors' spaced initials
    rf"(?:{_SPACED_INITIALS})?"
    # … and its time code ("121347 جمت مار 25": day, hour and minute, GMT, month, year;
    # "كونا141425 جمت مايو 24" with the agency's name glued before it)
    r"(?:(?:كونا\s*)?[0-9]{6}\s+جمت\s+\S+\s+[0-9]{2}\s*)?"
    # … or SPA's ("//انتهى// ١٦:١٢ ت م ٠٢٤٧": the time, Makkah time, the item's number)
    # ("ت مـ" with its tatweel too)
    rf"(?:{_SPA_STAMP})?"
    # … or IRNA's ("انتهى ** 1049": the editor's number after stars)
    r"(?:\*{1,3}\s*[0-9٠-٩]{2,6}\s*)?$"
    # "13:05 ت مـ 0127": SPA's time stamp (Makkah time) and item number on a line apart
    rf"|^\s*{_SPA_STAMP}$"
    # "ع ع", "م ع ح / ف ج": the editors' spaced initials alone, as BNA and KUNA close
    # (MAP's "و م ع" alone matches too: a closing line's credit is read before this)
    rf"|^\s*{_SPACED_INITIALS}$"
    # "ر.س/ م.ح", "(ع.م)": the editors' dotted initials, in parentheses or not
    # ("/ع.ف" with the slash before it, as WAFA closes its copy; "==========ن.ح." after a
    # rule, as NNA closes its bulletins; "ـــــ ع.ف/م.ع" after tatweels)
    r"|^\s*(?:[=_*\-–—ـ]{3,}\s*)?[(/]?\s*(?:[^\W\d_]{1,2}(?:\.\s?[^\W\d_]{1,2}){1,2}\.?\s*/?\s*){1,4}\)?\s*$"
    # "كونا111742 جمت يون 24": KUNA's time code alone on the last line
    r"|^\s*كونا\s*[0-9]{6}\s+جمت\s+\S+\s+[0-9]{2}\s*$",
    re.IGNORECASE,
)
#: Words marking the portal's own report in a dateline's parentheses ("(خاص)").
_EXCLUSIVE_KEYS: Final = frozenset(match_key(w) for w in EXCLUSIVE_MARKS)


def is_exclusive_mark(text: str) -> bool:
    """Whether *text* is only the portal's mark for its own report ("خاص", "حصرياً").

    Such a mark stands where an agency would, so the readers of datelines and bylines
    must tell it apart from a credit.
    """
    return match_key(text) in _EXCLUSIVE_KEYS


#: A name alone in parentheses on its own line: "(سبأ)", "(وكالة سبأ)".
_LONE_CREDIT: Final = re.compile(r"^\s*\((?P<name>[^()\d.,:؟?!]{2,30})\)\s*$")
#: Words in parentheses that credit nobody: wire copy's "(انتهى)", and labels.
_NOT_CREDIT_KEYS: Final = frozenset(
    match_key(w)
    for w in (
        "انتهى يتبع تتمة النهاية end خاص حصري حصريا عاجل متابعة متابعات تقرير فيديو صور "
        "تحديث محدث مباشر "
        # the portal itself, its staff, or no one in particular
        "الموقع موقعنا الصحيفة الجريدة القناة المحرر الكاتب الكاتبة الإنترنت انترنت مواقع "
        "صحف الصحف إعلام الإعلام مراسلنا مراسلونا مراسلينا مكاتبنا "
        # the day, after the place ("القاهرة - أمس: …", a print edition's dateline)
        "أمس اليوم غدا"
    ).split()
)


def _a_credited_name(name: str) -> bool:
    """One word, an outlet word and a name ("وكالة سبأ"), or a foreign title written in
    Arabic letters after its article ("ذا غلوبال ريفيو", "ذا إيكونوميست"); not initials,
    not a label."""
    words = name.split()
    if not words or all(len(w) == 1 for w in words) or match_key(name) in _NOT_CREDIT_KEYS:
        return False
    if words[0] == "بوابة" and 2 <= len(words) <= 3:
        return True  # "بوابة الوسط": a web portal's brand holds its noun, as written
    if words[0] in ("ذا", "The") and 2 <= len(words) <= 4:
        # "ذا" is the English "The": no Arabic name opens with it ("The Verge" as written)
        return True
    if 2 <= len(words) <= 3 and words[-1] in _OUTLET_SUFFIXES:
        return True  # "شفق نيوز", "آسو برس": a web outlet's brand ends with its kind
    return len(words) == 1 or (len(words) == 2 and bool(_OUTLET_WORD.match(words[0])))


#: A credit that is one name in quotation marks and nothing else: "«الرأي»".
_QUOTED_ALONE: Final = re.compile(r"«([^«»]{2,40})»\.?")


def _a_listed_brand(part: str) -> bool:
    """A name in a source list that is a brand by its form: one word with no article, as
    agencies' short names are ("صفا", "سبأ"; "الواحة" is a word first), or a web outlet's
    two-word brand ("قدس برس"); not an address, a count, or a role ("مراسل …")."""
    words = part.split()
    if any(ch in part for ch in ".:/@") or any(ch.isdigit() for ch in part):
        return False
    if len(words) == 1:
        return (
            len(part) >= 2
            and has_arabic(part)
            and not part.startswith("ال")
            and match_key(part) not in _NOT_CREDIT_KEYS  # "مواقع", "متابعات"
        )
    return len(words) == 2 and words[-1] in _OUTLET_SUFFIXES


#: Last words of web outlets' brands, as Arabic portals name themselves.
_OUTLET_SUFFIXES: Final = frozenset({"نيوز", "برس", "بوست", "تايمز", "نت", "TV", "News"})


_CREDIT_SEPARATOR: Final = re.compile(r"\s*[/،,+•|]\s*")
#: A Latin outlet acronym among credits: "RT", "CNN", "BBC".
_OUTLET_ACRONYM: Final = re.compile(r"[A-Z]{2,5}")
#: An outlet named with a number after its name ("فرانس 24"), not a date ("12 مارس").
_NAME_AND_NUMBER: Final = re.compile(r"[^\W\d_][^\d؟?!:«»\"]*\s[0-9٠-٩]{1,3}")
#: A source label glued to the agency it names: "المصدرالوكالة الوطنية للإعلام".
_GLUED_SOURCE: Final = re.compile(
    r"^\s*(?:المصدر|المصادر|(?P<via>عبر))(?=\S)(?P<rest>[^:：\s].{2,60})$"
)
#: Digits or sentence punctuation: prose or a date, not a credit's name.
_NOT_A_NAME: Final = re.compile(r"[\d٠-٩؟?!:«»\"]")

_CREDIT_LABEL: Final = re.compile(
    rf"^\s*(?:{'|'.join(re.escape(p) for p in CREDIT_PREFIXES)})\s*[:：]?\s*$", re.IGNORECASE
)


#: "المصدر: بلومبرغ" under a chart or a table: names where figures came from, perhaps
#: with a note ("… القيم مقرّبة إلى أقرب 500 درهم.").
_SOURCE_NOTE: Final = re.compile(
    r"^\s*(?:المصدر|المصادر|مصدر|Source|Sources"
    # … or where a table's figures come from ("بيانات الجدول: تقرير فجوة الانبعاثات")
    r"|بيانات الجدول|مصدر البيانات|مصدر الجدول|مصدر الأرقام)\s*[:：]\s*\S",
    re.IGNORECASE,
)  # something after the colon: "المصدر:" alone is a label over the next line


def is_source_note(text: str) -> bool:
    """A figure's or a table's source line inside the text ("المصدر: بلومبرغ").

    At the end of the article such a line is the story's credit; in its middle it
    credits a chart, and it is neither the story's source nor its text.
    """
    return bool(_SOURCE_NOTE.match(text)) and len(text.split()) <= 25


def opens_with_credit_label(text: str) -> bool:
    """'المصدر: …', 'المصادر الإضافية • أ ب': a credit that says it is one."""
    return len(text) <= 120 and _CREDIT_LINE.match(text) is not None


def is_wire_end(text: str) -> bool:
    """Wire copy's closing mark: "انتهى" or the editors' initials ("ر.س/ م.ح") alone."""
    return len(text) <= 50 and _WIRE_END.match(text) is not None


def is_credit_label(text: str) -> bool:
    """'المصدر:' on a line of its own (the credit follows on the next line)."""
    return bool(_CREDIT_LABEL.match(text))


#: The report verbs as one alternation, the longest first ("نشرت" before "نشر").
_REPORT_VERB: Final = "|".join(re.escape(v) for v in sorted(REPORT_VERBS, key=len, reverse=True))
_LEAD_CREDIT: Final = re.compile(
    rf"^\s*(?:{_REPORT_VERB})\s*"
    rf"(?:{_OUTLET_WORD.pattern})\s+"
    r"(?P<name>[A-Za-z][\w .&'-]{1,40}?(?=\s+[^\x00-\x7f]|[،,]|$)"  # a Latin-script name
    # words of at most 30 letters, each followed by its space: no way to split one long
    # token into several "words" (that backtracked for seconds on a 190-letter token)
    r"|(?:(?!ال\w+(?:ي|ية)\b)[^\s،,.]{1,30}(?:\s+|(?=[،,]))){1,4}?"
    r"(?=ال\w+(?:ي|ية)\b|[،,]|(?:أن|إن|عن)\b))"
)


#: A lead opening by reporting what an agency, named in full, said: "قالت الوكالة
#: الموريتانية للأنباء إن …".
_LEAD_AGENCY: Final = re.compile(
    # (after the dateline's place and dash: "الدار البيضاء – أفادت وكالة …، اليوم، بأن")
    r"^\s*(?:[^\W\d][^،,.:\-–—\d]{1,25}?\s*[\-–—]\s*)?"
    # (the portal's own note after it: "بغداد اليوم - متابعة ذكرت وكالة رويترز …")
    r"(?:(?:متابعة|متابعات|خاص)\s*[:\-–—]?\s*)?"
    rf"(?:{_REPORT_VERB})\s+"
    r"(?P<name>(?:ال)?وكالة\s[^،,.:]{3,50}?)\s*(?:[،,][^،,.:]{1,30}[،,]\s*)?(?:إن|أن|بأن)\u0651?\s"
)


#: A paragraph that opens by reporting what an agency said: "ونقلت وكالة الأنباء العمانية
#: عن مصدر …", "وذكرت وكالة الأنباء السعودية أن …", "وذكرت «الوكالة الوطنية للإعلام» أن …".
_OPENING_AGENCY: Final = re.compile(
    rf"^\s*و?(?:{_REPORT_VERB})\s+«?"
    # (the shadda may be written: "أفادت «الوكالة الوطنية للإعلام» بأنّ …")
    r"(?P<name>(?:ال)?وكالة\s[^،,.:«»]{3,50}?)»?\s+(?:إن|أن|بأن|عن)\u0651?\s"
)


def marked_agency(text: str) -> Source | None:
    """The agency a paragraph marks by its code inside a sentence ("في بيان نقلته وكالة
    الأنباء الكويتية (كونا) إن …"): the portals' way of crediting the copy they used. An
    agency named in passing, without its code, credits no one."""
    for paren, quoted in _MARKED.findall(text):
        marked = only_agencies(paren or quoted)
        if marked:
            return marked[0]
    return None


#: A later paragraph that opens by reporting what an outlet, named in quotes, said:
#: "وذكرت صحيفة «ليكيب» الفرنسية أن …", "وكشف موقع «ذا أثلتيك» البريطاني أن …".
_OPENING_OUTLET: Final = re.compile(
    rf"^\s*و(?:{_REPORT_VERB}|كشفت|كشف)\s+(?:{_OUTLET_WORD.pattern})\s+«(?P<name>[^«»]{{2,40}})»"
    r"(?:\s+ال[^\s،,.]+(?:ية|ي))?\s+(?:إن|أن|بأن|عن)\u0651?\s"
)


def opening_agency(text: str) -> Source | None:
    """The agency a paragraph opens by reporting, named in full ("ونقلت وكالة الأنباء
    العمانية عن …"), or an outlet named in quotes ("وذكرت صحيفة «ليكيب» الفرنسية أن
    …"): the story leans on its copy, as a "(واع)" after the name would say."""
    match = _OPENING_AGENCY.match(text[:200])
    if match is None:
        outlet = _OPENING_OUTLET.match(text[:200])
        if outlet is None:
            return None
        name = outlet.group("name").strip()
        return (agencies_in(name) or [Source(name=name)])[0]
    found = agencies_in(match.group("name"))  # "الوكالة الوطنية للإعلام": NNA, by its name
    if found:
        return found[0]
    name = match.group("name").strip()
    return Source(name=_without_its_kind(name)) if is_agency_name(name) else None


#: A sentence that opens by reporting ("ونقلت وكالة …", "قالت …"): no place before it.
_REPORTING: Final = re.compile(rf"^\s*و?(?:{_REPORT_VERB})\s")


#: A lead sentence closing on its copy's origin: "…، بحسب ما نقلته وكالة أنباء الشرق
#: الأوسط", "وفق ما أوردته وكالة الأنباء السعودية": the lead reports the agency's words.
_ACCORDING_TO_AGENCY: Final = re.compile(
    r"(?:(?:بحسب|حسب|وفق|وفقا ل|وفقًا ل)\s*ما\s+"
    r"(?:نقلت|نقلته|ذكرت|ذكرته|أوردت|أوردته|أفادت|أفادت به|بثت|بثته|أعلنت|أعلنته)"
    # … or a clause of it reporting the agency's words ("…، وقالت وكالة رويترز إن 14 من
    # أصل 16 اقتصاديًا توقعوا التثبيت", "…، فيما قالت وكالة رويترز إن …")
    r"|[،,]\s*(?:و|(?:فيما|بينما|في حين)\s+)(?:قالت|ذكرت|أفادت|أوردت|نقلت)"
    # … or the statement it carried ("…، وذلك في بلاغ نقلته وكالة المغرب العربي للأنباء",
    # "حسب ما أفاد به بيان للوزارة نقلته وكالة الأنباء الجزائرية")
    r"|(?:بيان|بلاغ|تصريح|تصريحات)(?:\s+[^\s،,.:«»()]+){0,3}?\s+(?:نقلته|نقلتها|أوردته|أوردتها|بثته|بثتها|نشرته|نشرتها))\s+«?"
    r"(?P<name>(?:ال)?وكالة\s[^،,.:«»()]{3,50})"
)


def according_to_agency(text: str) -> Source | None:
    """The known agency a paragraph's first sentences say they report, named in full:
    "…، بحسب ما نقلته وكالة أنباء الشرق الأوسط", "… بيان للوزارة نقلته وكالة الأنباء
    الجزائرية"."""
    according = _ACCORDING_TO_AGENCY.search(text[:600])
    found = agencies_in(according.group("name")) if according else []
    return found[0] if found else None


#: An agency named by its kind around a name of its own: "وكالة بلومبرغ للأنباء".
_KIND_AROUND_A_NAME: Final = re.compile(r"^(?:ال)?وكالة\s+(?P<name>(?!ال)[^\s«»]+)\s+للأنباء$")


def _without_its_kind(name: str) -> str:
    """An agency named around its own name given by that name, as outlets are
    ("وكالة بلومبرغ للأنباء" is "بلومبرغ"); one named by its country stays whole
    ("الوكالة الموريتانية للأنباء")."""
    found = _KIND_AROUND_A_NAME.match(name)
    return found.group("name") if found else name


def lead_credit(text: str) -> Source | None:
    """The outlet a lead paragraph opens by crediting ("نشر موقع Middle East Eye البريطاني …"),
    or the agency it marks in parentheses ("وقال - في تصريح لوكالة أنباء الشرق الأوسط
    (أ ش أ) - إن …", the Egyptian portals' credit inside the first sentence)."""
    for inner in _PARENTHESES.findall(text[:400]):
        marked = only_agencies(inner)
        if marked:
            return marked[0]
    according = according_to_agency(text)
    if according is not None:
        return according
    agency = _LEAD_AGENCY.match(text[:200])
    if agency:
        # "قالت الوكالة الموريتانية للأنباء إن …", "أفادت وكالة المغرب العربي للأنباء بأن
        # …": an agency named in full (its known name first, not "وكالة" and a word)
        found = agencies_in(agency.group("name"))
        if found:
            return found[0]
    # (after the dateline's place and dash: "بيروت – قالت وكالة رويترز، نقلا عن …")
    match = _LEAD_CREDIT.match(text[:200]) or _LEAD_CREDIT.match(_PLACE_DASH.sub("", text[:200], 1))
    if not match:
        if agency and is_agency_name(agency.group("name")):
            return Source(name=_without_its_kind(agency.group("name").strip()))
        return None
    name = match.group("name").strip(' «»"')  # "نشرت صحيفة «هيوم هحداش» العبرية"
    name = name.removesuffix(" للأنباء").strip()  # "ذكرت وكالة بلومبرغ للأنباء أن"
    if not name or len(name) > 40:
        return None
    found = agencies_in(name)
    return found[0] if found else Source(name=name)
