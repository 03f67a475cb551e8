"""Authors: visible bylines first, metadata only where the page shows it too.

A byline is cut into people: the opening word ("كتب", "بقلم", "حوار:") goes, a
trailing place in parentheses goes ("(جدة)"), roles go ("مراسل الجزيرة"), and the rest
is split on "و" / "،" / "and". A credit that names an agency is a source, not a person.
"""

from __future__ import annotations

import re
from typing import Final

from ..boilerplate import SOCIAL_WORDS
from ..dates.vocab import GREGORIAN_MONTHS, LABELS, WEEKDAYS
from ..lexicon.agencies import FOREIGN_OUTLETS, OUTLET_NOUNS
from ..lexicon.bylines import (
    DESK_WORDS,
    DESKS,
    EDITING_PREFIXES,
    LATIN_INITIALS,
    NEWSROOM_WORDS,
    NOT_NAME_WORDS,
    NOT_NAMES,
    PREFIXES,
    PREFIXES_NEEDING_A_MARK,
    REVIEW_PREFIXES,
    ROLE_LABELS,
    ROLES,
    TRAINEE_ROLES,
    WAW_NAMES,
)
from ..lexicon.places import COUNTRY_KEYS
from ..textnorm import clean_text, lenient_alternation, match_key, trie_alternation
from .sources import (
    agencies_in,
    agency_code,
    is_agency_name,
    is_ambiguous_place,
    is_institution_name,
    is_place,
    names_the_portal,
)


def _alternation(words: tuple[str, ...]) -> str:
    return trie_alternation(words, any_space=False)


#: What follows a byline word: "بقلم:", "كتب -", "بقلم/" (older Egyptian CMSs), a space.
_AFTER_PREFIX: Final = r"(?:[:：\-–—،,/]|ـ+)"  # "كتب ـ أحمد علي": tatweel as the dash
_LOOSE_PREFIXES: Final = tuple(p for p in PREFIXES if p not in PREFIXES_NEEDING_A_MARK)
_PREFIX: Final = re.compile(
    rf"^\s*(?:(?:{_alternation(_LOOSE_PREFIXES)})(?:\s*{_AFTER_PREFIX}\s*|\s+)"
    rf"|(?:{_alternation(PREFIXES_NEEDING_A_MARK)})\s*{_AFTER_PREFIX}\s*)",
    re.IGNORECASE,
)
_MARKED_PREFIX: Final = re.compile(rf"^\s*(?:{_alternation(PREFIXES)})\s*[:：]\s*\S", re.IGNORECASE)
_LABEL_ONLY: Final = re.compile(
    rf"^\s*(?:(?:{_alternation(PREFIXES)})\s*{_AFTER_PREFIX}?"
    rf"|(?:{_alternation(PREFIXES_NEEDING_A_MARK)})\s*{_AFTER_PREFIX})\s*$",
    re.IGNORECASE,
)
_ROLE_LINE: Final = re.compile(rf"^\s*(?:{_alternation(ROLE_LABELS)})\s*[:：،,]")
#: A role in each script, nothing else: "Transport Reporter | محرر شؤون النقل".
_ROLE_FIRST: Final = re.compile(rf"^\s*(?:[A-Za-z&]+\s+){{0,3}}(?:{_alternation(ROLES)})(?:\s|$)")
#: A role and where it is held, with no name: "مراسلة Meridian News في أدري، تشاد" (a
#: name after a dash is the writer's: "مراسل الموقع في غزة - يوسف أبو شمالة").
_ROLE_IN_PLACE: Final = re.compile(
    rf"^\s*(?:{_alternation(ROLES)})\s[^:：]*?\sفي\s(?:(?!\s[-–—|]\s)[^:：])+$"
)
_ROLE: Final = re.compile(rf"(?:^|\s|[-–—،,/|])(?:{_alternation(ROLES)})(?:\s.*)?$")
_PAREN: Final = re.compile(r"\s*[(\[][^)\]]*[)\]]")
#: Where the reporter files from, a colon, then the name: "في الفيوم: محمود …".
_PLACE_THEN_NAME: Final = re.compile(r"^\s*(?:في|ب)\s*[^:：\d]{2,25}[:：]\s*(?P<name>\S.*)$")
#: A reporter's role and town, a colon, then the name: "مراسلنا في الفيوم: محمود …".
_ROLE_PLACE_NAME: Final = re.compile(
    rf"^\s*(?:{_alternation(ROLES)})(?:\s+(?:في|ب)\s*[^:：]{{2,25}})?\s*[:：]\s*(?P<name>\S.*)$"
)
#: The credits of the others who made the piece, after the writer's name on one row:
#: "كتب - أحمد الشناوي: تصوير - كريم عبد الله:" (a photographer, a video editor).
_CRAFTS: Final = "تصوير|عدسة|فيديو|رسوم|مونتاج|جرافيك|إنفوغراف|انفوجراف|تصميم"
#: A credit line of a craft, not of writing: "تصوير - كريم عادل", "فيديو: …"; the
#: photographer's word needs no mark ("تصوير سعد هنداوي" in its box of the byline row).
#: (after the row's separator: "|" | "تصوير سعد هنداوي"; "تصوير ونص: …" credits the maker)
_CRAFT_CREDIT: Final = re.compile(
    rf"^\s*[-–—|/]?\s*(?:(?:{_CRAFTS})\s*[:：\-–—|]|(?:تصوير|عدسة)\s+(?!و))"
)
_OTHER_CREDITS: Final = re.compile(
    rf"(?:[\s:：|،,]+(?:{_CRAFTS}|{_alternation(REVIEW_PREFIXES)})\s*[:：\-–—]"
    # "كتب محمد أحمد - تصوير أحمد سعيد": the craft after a dash needs no mark of its own
    rf"|\s[-–—|]\s*(?:{_CRAFTS})\s).*$"  # an editor ("تحرير:") is credited
)
#: The outlet a translation comes from, after the translator: "…، عن الغارديان",
#: "… - عن الغارديان البريطانية".
_FROM_OUTLET: Final = re.compile(
    rf"\s*(?:[،,]|\s[-–—|])\s*(?:عن|نقلا عن|نقلاً عن)\s+(?:(?:{_alternation(OUTLET_NOUNS)})\s+)?"
    r"(?P<outlet>\S[^،,]{1,40})$"
    # "… عن «نيويورك تايمز»": the outlet in quotes needs no mark before it
    r"|\s+(?:عن|نقلا عن|نقلاً عن)\s+«(?P<quoted>[^»]{2,40})»[^،,]{0,20}$"
)
#: The country after a foreign outlet's name ("الغارديان البريطانية"): not its name.
_NATIONALITY: Final = re.compile(
    r"(?<=\S)\s+(?:البريطانية|الأمريكية|الأميركية|الفرنسية|الألمانية|الإسرائيلية|الروسية"
    r"|الإسبانية|الإيطالية|التركية|الإيرانية|الصينية|اليابانية|الهندية)\s*$"
)
#: A date's label after the name, glued or spaced ("سارة الحمادينُشر: 20 مايو 2024").
_LABEL_AFTER: Final = re.compile(
    rf"\s*(?:{lenient_alternation(label for label in LABELS if not label.isascii())})\s*[:：]"
)
#: "يكتب:" after the writer's name, the Egyptian columns' label ("فلان يكتب: …").
_WRITES: Final = re.compile(r"\s+(?:يكتب|تكتب)\s*[:：]?\s*$")
#: A partner outlet after the writer: "… بالتعاون مع صحيفة الغد".
_PARTNER: Final = re.compile(
    rf"\s+بالتعاون\s+مع\s+(?:(?:{_alternation(OUTLET_NOUNS)})\s+)?(?P<outlet>\S.{{1,40}})$"
)
_QUOTED_OUTLET: Final = re.compile(r"\s+(?:في|ل|لـ)\s*[«\"](?P<outlet>[^»\"]{2,40})[»\"].*$")
#: A known outlet after the writer's name and a dash ("نادر سليمان - بي بي سي عربي"): the
#: outlet the piece comes from, not a second writer.
_DASH_OUTLET: Final = re.compile(rf"\s+[-–—|]\s*(?P<outlet>{_alternation(FOREIGN_OUTLETS)})\s*$")
#: Marks between credits ("أحمد علي، سارة محمد", "name • date"), then the "and"s
#: inside one credit ("أحمد علي وسارة محمد"), which a desk's name does not split on.
_LIST_SPLIT: Final = re.compile(
    r"\s*(?:[،,;|/&•·]|\s(?:[-–—]|ـ+)\s)\s*"
)  # a spaced tatweel: a dash
#: Names that also read as "و" and a name: "وهبة" (Wahba) or "و هبة" (and Hiba). Between
#: two writers the second reading is the usual one.
_AND_A_NAME: Final = frozenset({"هبة"})
#: "و" joining two writers, not the first letter of a name that opens with it ("أحمد وليد
#: حسن", "محمد الأمين ولد سيدي").
_AND_SPLIT: Final = re.compile(
    # (not after the Kurdish particle "هه": "كاروان هه ورامي", "هه ولير")
    # ("et" / "und" between two names on the diaspora's French and German bylines, in
    # either script: "سليم العمراني et Claire Dubois")
    r"\s*\band\b\s*|(?<=[A-Za-z\u0621-\u064a])\s+(?:et|und)\s+(?=[A-Z\u0621-\u064a])"
    r"|(?<!\sهه)(?<!^هه)\s+و"
    rf"(?!(?:{'|'.join(re.escape(n[1:]) for n in WAW_NAMES if n[1:] not in _AND_A_NAME)})(?:\s|$))"
    # (nor the "و" that opens an agency's or a ministry's word: "أخبار وكالة السودان")
    r"(?!(?:كالة|كالات|زارة)\s)"
    r"(?=\s*\S{2,})"
)
_NOT_NAME_CHARS: Final = re.compile(r"[0-9٠-٩:@?!؟.]{1}")
#: Not names: the words of NOT_NAMES, a date's labels ("تحديث: الإثنين 22 أبريل" in a
#: byline box leaves "تحديث" once the date is cut) and its months ("15/نوفمبر/2025" splits
#: at its slashes).
_NAME_KEYS: Final = (
    {match_key(n) for n in NOT_NAMES}
    | {match_key(label) for label in LABELS}
    | {match_key(month) for month in GREGORIAN_MONTHS}
)
#: (and a share row's networks, "واتساب" split at its "و" too, inside a byline's box)
_NOT_NAME_WORD_KEYS: Final = (
    frozenset(match_key(w) for w in NOT_NAME_WORDS)
    | {match_key(w) for w in SOCIAL_WORDS if len(w) > 2 and not w.isascii()}
    | {match_key("اتساب"), match_key("لينكدإن")}
)
_DESK_KEYS: Final = {match_key(d): d for d in DESKS}
_DESK_PLACE: Final = re.compile(r"\s*[-–—]\s*")
_NEWSROOM_KEYS: Final = frozenset(match_key(w) for w in NEWSROOM_WORDS)
#: "كتب: محرر الحوادث": a beat editor credited with no name after a byline prefix is the
#: desk that wrote the story (kept, as DESKS are). Without the prefix, on the line under
#: a name or after it ("سالم البلوشي - محرر الشؤون المحلية"), it is that person's job
#: title and is dropped.
_BEAT_DESK: Final = re.compile(r"^(?:ال)?محرر[ةه]?(?: ال\w+){1,3}$")
_WAW_NAMES: Final = frozenset(WAW_NAMES)
_DESK_WORDS: Final = frozenset(DESK_WORDS)
#: A weekday after the name: the date printed on the byline's line.
#: A time or date after the name: "أرسلها سالم الرويلي في 2:35 م", "… @ 10:45".
_TIME_AFTER: Final = re.compile(r"\s+(?:في|الساعة|@|at)\s*(?=[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2})")
#: What "في" or "@" led to once the date after the name is cut: Drupal's "أرسل بواسطة
#: محمود العطار في الإثنين, 20/11/2023 - 16:45" leaves "محمود العطار في".
_DANGLING_AT: Final = re.compile(r"\s+(?:في|الساعة|@|at|on)$")
_WEEKDAY_AFTER: Final = re.compile(
    rf"\s+(?=(?:{_alternation(tuple(d for d in WEEKDAYS if not d.isascii()))})\b)"
)
#: An initial, or a run of them ("ع. بوزيد", "أ.د. عماد قاسم", "محمد. ب").
_INITIAL: Final = re.compile(r"(?:^|\s)(?:[^\W\d]{1,2}\.)+|\.(?=\s[^\W\d]{1,2}$)")


#: Words that lengthen a name without making it two: honorifics and the particles of
#: a lineage ("الأستاذ الدكتور محمد بن عبد الله الفلاني" is one name).
_NAME_PARTICLES: Final = frozenset(
    (
        "الأستاذ الأستاذة الدكتور الدكتورة د. أ. أ.د. الشيخ المهندس المستشار بن بنت ابن عبد أبو آل"
    ).split()
)


def _name_words(part: str) -> int:
    return sum(1 for word in part.split() if word not in _NAME_PARTICLES)


def _drop_and(part: str) -> str:
    """'ومحمد سامي' (a second byline line) -> 'محمد سامي', but 'وليد' stays 'وليد'."""
    first = part.split(" ", 1)[0]
    if first.startswith("و") and len(first) > 3 and first not in _WAW_NAMES | _DESK_WORDS:
        return part[1:]
    return part


def byline_outlet(text: str) -> str | None:
    """The outlet a byline credits: 'كتب علي حسن في «النهار»:' -> 'النهار'; 'كتب: هاني
    سالم بالتعاون مع صحيفة الغد' -> 'الغد' (a partner outlet's name without its noun)."""
    match = (
        _QUOTED_OUTLET.search(text)
        or _PARTNER.search(text)
        or _FROM_OUTLET.search(text)
        or _DASH_OUTLET.search(text)
    )
    if match is None:
        return None
    outlet = match.group("outlet") or match.groupdict().get("quoted") or ""
    return _NATIONALITY.sub("", outlet.strip(' .«»"')) or None


def byline_institution(text: str, *, site_names: tuple[str, ...] = ()) -> str | None:
    """The institution a byline credits as a whole ("دار الإفتاء", "بقلم: وزارة الصحة"):
    a source, never an author (a newsroom's own desk, "قسم الأخبار", is an author, and so
    is the portal's own office, "مكتب أثير في مسقط")."""
    text = clean_text(text)
    if text.endswith(".") and ":" not in text:
        return None  # "تقرير لجنة النزاهة بشأن العقود.": a list item of the text, no credit
    name = _PREFIX.sub("", text, count=1).strip(" :-–—،,.")
    if _the_portals_office(name, site_names) or is_place(name.strip("()")):
        return None  # (the writer's town in brackets, "(الدار البيضاء)", is no "دار")
    return name if len(name) <= 60 and _an_institution(name) else None


#: A portal's office in a town, credited as the writer: "مكتب أثير في مسقط".
_OFFICE_IN: Final = re.compile(r"^(?:ال)?مكتب\s+(?P<own>\S+(?:\s\S+)?)\s+(?:في|ب)\s*\S+(?:\s\S+)?$")


def _the_portals_office(name: str, site_names: tuple[str, ...]) -> bool:
    """ "مكتب أثير في مسقط" on "أثير": the portal's own desk there, an author."""
    office = _OFFICE_IN.match(name) if site_names else None
    return office is not None and names_the_portal(office.group("own"), site_names)


#: DESK_WORDS folded, to compare with a folded word ("المركز" less its article).
_DESK_WORD_KEYS: Final = frozenset(match_key(w) for w in DESK_WORDS)


def opens_with_a_newsroom_unit(words: list[str]) -> bool:
    """The words open with a body's own media unit: a desk word and a newsroom word
    ("المركز الإعلامي للنادي", "المكتب الإعلامي"), a press office, not an institution."""
    return len(words) >= 2 and opens_with_a_unit(words) and match_key(words[1]) in _NEWSROOM_KEYS


def opens_with_a_unit(words: list[str]) -> bool:
    """The words open with a unit's word ("خلية الإعلام الأمني", "المكتب السياسي"): an
    office's or a cell's name, which signs a statement as a body's name does."""
    return bool(words) and match_key(words[0]).removeprefix("ال") in _DESK_WORD_KEYS


def _an_institution(name: str) -> bool:
    return is_institution_name(name) and not any(
        word in _NEWSROOM_KEYS for word in match_key(name).split()
    )


#: The most words a role and its place run to ("مراسلة Meridian News في أدري، تشاد").
_ROLE_LINE_WORDS: Final = 10


def opens_with_role_label(text: str) -> bool:
    """A line opening with a role's label and a colon ("راجعه طبياً: …", "المنصب: …")."""
    return _ROLE_LINE.match(text) is not None


def is_role_line(text: str) -> bool:
    """'Role, بي بي سي نيوز' / 'المنصب: مراسل' / 'مراسلة Meridian News في أدري، تشاد' /
    'Transport Reporter | محرر شؤون النقل': the job line under a byline, not a name (its
    place after a comma is no second writer)."""
    # (a role's line is short: "وزير البيئة … أكد أن … في منطقة الزلزال …" is a sentence)
    if _ROLE_LINE.match(text) or (
        len(text.split()) <= _ROLE_LINE_WORDS and _ROLE_IN_PLACE.match(text)
    ):
        return True
    parts = text.split("|")
    return len(parts) >= 2 and all(_ROLE_FIRST.match(part) for part in parts)


def is_role_label(text: str) -> bool:
    """A role's label alone ("راجعه طبياً" in its own box): the name after it is the
    reviewer's, not a writer's."""
    return bool(_ROLE_LABEL_ONLY.match(text))


#: (after the row's separator: "محمد عبد الحميد" | "- تصوير" | "أحمد إسماعيل")
_ROLE_LABEL_ONLY: Final = re.compile(
    rf"^\s*[-–—|/]?\s*(?:{_alternation(ROLE_LABELS)})\s*[:：]?\s*$"
)


def is_role(text: str) -> bool:
    """A job title standing for a writer: "مراسل الموقع", "مراسلنا", "محرر الشؤون المحلية"."""
    return len(text.split()) <= 4 and _ROLE.match(text.strip()) is not None


#: "* كاتب وأكاديمي أردني", "* الكاتب أستاذ العلوم السياسية …": the footnote an op-ed
#: closes with to say who wrote it, starred like a footnote.
_WRITER_NOTE: Final = re.compile(
    rf"^\s*(?:\*+|\(\*\))\s*(?:(?:الكاتب|الكاتبة)\s+)?(?:{_alternation(ROLES)})(?:\s|$)"
)


_EDITING: Final = re.compile(rf"^\s*(?:{_alternation(EDITING_PREFIXES)})\s*[:：]")


def is_editing_credit(text: str) -> bool:
    """ "تحرير: …", "المحرر: …": the editor's credit, an author only when no writer is named."""
    return _EDITING.match(text) is not None


def is_writer_note(text: str) -> bool:
    """The starred line under an op-ed saying who its writer is: not the column's text."""
    return len(text) <= 160 and _WRITER_NOTE.match(text) is not None


#: A newsroom's section credited as the writer: "قسم الاقتصاد", "قسم الأخبار الدولية"
#: (every word after "قسم" definite; "قسم شرطة الدقي" is a police station).
_SECTION_DESK: Final = re.compile(r"^قسم(?:\s+ال\w+){1,3}$")


def is_desk_line(text: str) -> bool:
    """A desk credited alone or with its place: "فريق التحرير - إدلب", "هيئة التحرير"."""
    parts = _DESK_PLACE.split(clean_text(text), maxsplit=1)
    desk = match_key(parts[0]) in _DESK_KEYS or _SECTION_DESK.match(parts[0]) is not None
    return desk and (len(parts) == 1 or is_place(parts[1]))


#: "مراسلنا في كيفة:" in a field of its own, the name in the next: who files from where.
_REPORTER_LABEL: Final = re.compile(
    r"^\s*(?:مراسلنا|مراسلتنا|مراسل الموقع|موفدنا|موفدتنا)\s+(?:في|من)\s+\S+(?:\s\S+)?\s*[:：]\s*$"
)


def is_reporter_label(text: str) -> bool:
    """ "مراسلنا في كيفة:" alone: the label of a correspondent whose name is in the next box."""
    return _REPORTER_LABEL.match(text) is not None


def is_byline_label(text: str) -> bool:
    """ "كتب:" / "بقلم" alone: the label of a byline whose name is in the next box."""
    return bool(_LABEL_ONLY.match(text))


def has_marked_byline_prefix(text: str) -> bool:
    """ "إعداد: …", "كتب - …": a byline word and its mark, which no caption opens with
    (a caption may open with the bare word: "من حفل التوقيع")."""
    return bool(_MARKED_PREFIX.match(text))


def has_byline_prefix(text: str) -> bool:
    return bool(_PREFIX.match(text))


_LIST_MARKS: Final = re.compile(f"({_LIST_SPLIT.pattern})")


def _credits(text: str) -> list[str]:
    """The byline split at its list marks, but a desk's "&" joins its own name ("قسم
    الاقتصاد & الأعمال" is one desk; "Ahmed & Sara" are two writers)."""
    pieces = _LIST_MARKS.split(text)
    out = [pieces[0]]
    for mark, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if mark.strip() == "&" and _opens_a_desk(out[-1]):
            out[-1] += f"{mark}{piece}"
        else:
            out.append(piece)
    return out


def _names_the_site(key: str, site_keys: set[str]) -> bool:
    """The portal's own name, or its short form inside a longer one ("النبأ اليومي" of
    "جريدة النبأ اليومي الكويتية", "نبض الأطلس" of "نبض الأطلس - جريدة إلكترونية")."""
    if key in site_keys:
        return True
    if " " not in key:
        # one word: only the name after a portal's noun ("بوابة النهرين"), before its
        # medium ("صحيفة سبق الإلكترونية") or before its web brand's word ("هسبريس نيوز")
        return any(
            key in (_without_medium(site.split(" ", 1)[-1]), _without_medium(site))
            for site in site_keys
            if " " in site
        )
    return any(f" {key} " in f" {site} " for site in site_keys)


#: The medium a portal's name may close on ("صحيفة سبق الإلكترونية", "هسبريس نيوز").
_MEDIUM_KEYS: Final = frozenset(
    match_key(w)
    for w in (
        "الإلكترونية",
        "الإلكتروني",
        "الالكترونية",
        "الالكتروني",
        "أونلاين",
        "نيوز",
        "برس",
        "بوست",
        "نت",
        # the paper's kind ("البيان اليومي", "موقع الرصد الإخباري")
        "اليومي",
        "اليومية",
        "الإخباري",
        "الإخبارية",
        # a station's band or channel ("أمواج إف إم", "الساحل تي في")
        "إف إم",
        "اف ام",
        "fm",
        "تي في",
        "tv",
    )
)


def _without_medium(name_key: str) -> str:
    """A folded portal name less the medium or kind it closes on, which its short form
    leaves out ("سبق" of "سبق الإلكترونية", "أمواج" of "أمواج إف إم")."""
    for medium in _MEDIUM_KEYS:
        if name_key.endswith(medium) and name_key[-len(medium) - 1 : -len(medium)] == " ":
            return name_key[: -len(medium) - 1]
    return name_key


def _opens_a_desk(text: str) -> bool:
    """The credit opens with a desk's word ("قسم …", "وحدة …"): one unit's name."""
    return text.split(" ", 1)[0] in _DESK_WORDS


def _a_desk(name: str) -> bool:
    """A newsroom's desk credited as a writer ("قسم الأخبار", "فريق التحرير")."""
    return match_key(name) in _DESK_KEYS or _opens_a_desk(name)


def is_site_name(text: str, site_names: tuple[str, ...]) -> bool:
    """The portal's own name, as declared or as a short form of it."""
    return _names_the_site(match_key(text), {match_key(s) for s in site_names if s})


#: An outlet named by its kind ("صحيفة الساحل اليوم", "موقع …") is a source, no writer.
_OUTLET_KEYS: Final = frozenset(match_key(noun) for noun in OUTLET_NOUNS)


#: A name ending on an initial and its dot ("Karim B.", "سامي ع.").
_ENDS_ON_INITIAL: Final = re.compile(r"\s[^\W\d_]\.$")
#: A second writer's credit after the first's name: "- بمشاركة:", "، وبمشاركة".
_CO_CREDIT: Final = re.compile(r"(?<=\S)\s*[-–—|،,]?\s*و?(?:بمشاركة|بالمشاركة مع)\s*[:：]?\s*")
#: A trainee's status and field before the name, which two words at least follow.
_TRAINEE: Final = re.compile(
    rf"^(?:{_alternation(TRAINEE_ROLES)})\s+(?:(?:ب|في\s+)?(?:قسم|كلية)\s+)?ال\S+\s+(?=\S+\s+\S)"
)


#: A section's name, a bar, then the byline ("نفط وطاقة | كتب ناصر الخالدي").
_SECTION_THEN_BYLINE: Final = re.compile(r"^[^|]{2,30}\|\s*(?P<byline>\S.*)$")


#: Where a contributor filed from, after the name: "ليلى منصور من عمّان".
_FROM_TOWN: Final = re.compile(r"\s+(?:من|في)\s+(?P<place>[^\s.]+(?:\s[^\s.]+)?)\s*\.?\s*$")
#: A byline of more words than this that ends like a sentence is one ("… العمانية.").
_SENTENCE_WORDS: Final = 5
#: A sentence's end: a word of three letters or more, then its stop ("Karim B." is a
#: writer's initial).
#: (diacritics are no letters to \w: "بنحو الخُمس." ends a sentence too)
_SENTENCE_STOP: Final = re.compile(
    r"(?:[^\W\d_][\u064b-\u065f\u0670]*){3,}[»\"')]?\s*[.!؟?]\s*$"  # (a quoted title before it)
)


def ends_a_sentence(text: str) -> bool:
    """The line ends like a sentence, not like a name with its initial ("Karim B.")."""
    return _SENTENCE_STOP.search(text) is not None


#: One writer in Latin letters, then in Arabic ones in parentheses.
_LATIN_THEN_ARABIC: Final = re.compile(
    r"^\s*[A-Za-z][A-Za-z.'\- ]{2,40}\s*"
    r"\(\s*(?P<arabic>[\u0621-\u064a][^()A-Za-z\d]{2,40}?)\s*\)\s*$"
)


#: A correspondent's letter from a city, before the writer's name ("رسالة القاهرة - …").
_LETTER_FROM: Final = re.compile(r"^رسالة\s+(?P<place>\S+(?:\s\S+)?)\s*[-–—:：|]\s*")
#: "من" with no mark, a name, a comma and what follows ("من يوسف أبو شمالة، مراسل الموقع في
#: غزة"): a byline when a role follows; "من ساحة البرج، …" is a phrase.
_FROM_THEN_ROLE: Final = re.compile(r"^(?P<from>من\s+)[^،,:：]{3,40}[،,]\s*(?P<role>\S.*)$")


#: One definite word after a byline word that is also a noun, with no mark between: a
#: label ("تقرير المباراة", "متابعة الحدث"), not "تقرير: الخليفي".
_ONE_DEFINITE_WORD: Final = re.compile(r"^ال\w+$")
_NOUN_PREFIXES: Final = frozenset({"تقرير", "متابعة", "حوار", "تغطية"})


def split_byline(text: str, *, site_names: tuple[str, ...] = ()) -> list[str]:
    """Plain person names from one byline string (possibly several people)."""
    text = clean_text(text)
    if not text or len(text) > 160 or "://" in text or text.startswith("www."):
        return []  # (an address: a writer's card's link to their site, no name)
    if match_key(text) in _DESK_KEYS:
        return [text]
    if match_key(text) in _NAME_KEYS:
        return []  # "بيان صحفي" in the byline slot: a label whose last word is also a role
    if _ROLE_LINE.match(text):
        return []  # "مراجعة طبية: د. …": a reviewer or a job title, not the writer
    if _LABEL_ONLY.match(text):
        return []  # "الكاتب" / "بقلم:" alone: a field label, the name is on its own line
    if _CRAFT_CREDIT.match(text):
        return []  # "تصوير - كريم عادل" in its own box of the byline row: a photographer
    if len(text.split()) > _SENTENCE_WORDS and ends_a_sentence(text) and not _PREFIX.match(text):
        return []  # "أخبار واردة من وكالة الأنباء العمانية." in a writer's card: a sentence
    marked = _SECTION_THEN_BYLINE.match(text)
    if marked is not None and not _PREFIX.match(text) and _PREFIX.match(marked.group("byline")):
        text = marked.group("byline")  # "نفط وطاقة | كتب ناصر الخالدي": the section, then
    written = text
    text = _PREFIX.sub("", text, count=1)
    if text != written:
        desk = _PAREN.sub("", text).strip(" :-–—،,")
        if _BEAT_DESK.match(desk):
            # "كتب: محرر الحوادث"; "كتب - المحرر العسكري" (not "المحرر:" and a name)
            return [desk]
        if (
            written.split(None, 1)[0] in _NOUN_PREFIXES
            and _ONE_DEFINITE_WORD.match(desk)
            and not _MARKED_PREFIX.match(written)
        ):
            return []  # "تقرير المباراة" over a match report: a label, no writer
    office = text.strip(" :-–—،,.")
    if _the_portals_office(office, site_names):
        return [office]  # "بواسطة مكتب أثير في مسقط": the portal's own desk there
    text = _PREFIX.sub("", text, count=1)  # "كتب- بقلم:" happens
    letter = _LETTER_FROM.match(text)
    if letter is not None and is_place(letter.group("place")):
        text = text[letter.end() :]  # "رسالة القاهرة - هشام الدسوقي": a letter from a city
    from_then_role = _FROM_THEN_ROLE.match(text)
    if from_then_role is not None and _ROLE.match(from_then_role.group("role")):
        text = text[from_then_role.end("from") :]  # "من يوسف أبو شمالة، مراسل الموقع في غزة"
    # "كتب مراسلنا في الفيوم: محمود عبد الستار" ("مراسلنا" read as a prefix leaves "في
    # الفيوم: …"): the reporter's town, then the name
    reporter = _ROLE_PLACE_NAME.match(text) or _PLACE_THEN_NAME.match(text)
    if reporter is not None:
        text = reporter.group("name")
    both = _LATIN_THEN_ARABIC.match(text)
    if both is not None:
        text = both.group("arabic")  # "Omar Al-Hashimi (عمر الهاشمي)": one writer, twice
    text = _QUOTED_OUTLET.sub("", text)
    text = _PARTNER.sub("", text)
    text = _FROM_OUTLET.sub("", text)  # "ترجمة: ليلى حسن، عن الغارديان"
    text = _DASH_OUTLET.sub("", text)  # "نادر سليمان - بي بي سي عربي"
    text = _OTHER_CREDITS.sub("", text)  # "أحمد الشناوي: تصوير - كريم عبد الله:"
    text = _WRITES.sub("", text)  # "الشيخ عبد الرحمن الفاضل يكتب:"
    # "نورهان محمد ومحمد نصار و(أ ش أ):": the agency credited beside them goes, its "و" too
    text = _PAREN.sub("", text).strip(" :-–—،,").removesuffix(" و").rstrip()
    text = _TRAINEE.sub("", text)  # "طالبة الإعلام ريم الحسيني"
    text = _CO_CREDIT.sub("، ", text)  # "سارة الحربي - بمشاركة: فهد العتيبي"
    text = _WEEKDAY_AFTER.split(text, maxsplit=1)[0]  # "محمود عبد الرحيم الثلاثاء، 12 مارس"
    text = _TIME_AFTER.split(text, maxsplit=1)[0]  # "سالم الرويلي في 2:35 م"
    text = _LABEL_AFTER.split(text, maxsplit=1)[0]  # "سارة الحمادينُشر: 20 مايو …"
    text = _DANGLING_AT.sub("", text.rstrip())
    site_keys = {match_key(s) for s in site_names if s}
    names: list[str] = []
    parts = [
        part
        for chunk in _credits(text)
        # "المحامي بالنقض والإدارية العليا": a role all through, "و" and all
        if not _ROLE.match(chunk.strip())
        # "وحدة الرصد والتحليل": one desk, not two names
        for part in ([chunk] if _opens_a_desk(chunk) else _AND_SPLIT.split(chunk))
    ]
    after_role = False  # the part before ended on a role ("… مستشار أسري")
    for part in parts:
        described = after_role and len(part.split()) == 1
        unroled = _ROLE.sub("", part)
        after_role = unroled != part
        if described:
            continue  # "مستشار أسري وتربوي": one more word of the role, after "و"
        part = unroled.strip(" :-–—،,.*")  # "د. سامر العلي*": a footnote mark
        if _ENDS_ON_INITIAL.search(unroled.rstrip(" :-–—،,*")):
            part += "."  # "Karim B.": the surname's initial keeps its dot
        part = _PREFIX.sub("", part).strip()
        if agencies_in(part):
            continue  # "وكالات" is an agency credit, not "و" + a name
        part = _drop_and(part)
        town = _FROM_TOWN.search(part)
        if (
            town is not None
            and (
                is_place(town.group("place"))
                # "الشيخ ولد اباه من باسكنو": a town the lexicon lacks, one word after "من"
                # and a name of two words or more
                or (
                    town.group(0).split()[0] == "من"
                    and " " not in town.group("place")
                    and _name_words(part[: town.start()]) >= 2
                )
            )
        ):
            part = part[: town.start()]  # "ليلى منصور من عمّان": the writer, and where from
        if not part or len(part) < 3 or _name_words(part) > 5:
            continue
        key = match_key(part)
        if (
            key in _NAME_KEYS
            or _names_the_site(key, site_keys)
            or agency_code(part)
            or agencies_in(part)
            or is_agency_name(part)
            or _an_institution(part)  # "دار الإفتاء": a source (byline_institution)
            or (key.split(" ", 1)[0] in _OUTLET_KEYS and " " in key)  # "صحيفة الساحل"
        ):
            continue
        if (
            any(word in _NOT_NAME_WORD_KEYS for word in key.split())
            or is_place(part)
            or key in COUNTRY_KEYS
            # "عبد الرحمن الطاهر - الأبيض": a town that is also a word, alone after the
            # writer's name (no one signs with one word)
            or is_ambiguous_place(part)
        ):
            # "كل مقالات الكاتب"; "بغداد - مراسلنا" names a place and a role;
            # "الناصرية، العراق" the writer's city and country
            continue
        if key.startswith("في ") or (key.startswith("من ") and is_place(part.split(" ", 1)[1])):
            # "في القاهرة" left of "مراسلنا في القاهرة", "تقرير من لندن": where, not who
            continue
        if _NOT_NAME_CHARS.search(_INITIAL.sub(" ", part)):
            continue
        if all(len(word) == 1 for word in part.split()):
            continue  # "ع ع": an editor's initials closing wire copy, no name
        if part not in names:
            names.append(part)
    # "كتب: سامي علي وهدى حسن - قسم الأخبار": the writers' desk after their names is
    # where they work, not a co-author.
    people = [n for n in names if not _a_desk(n)]
    return people if people and len(people) < len(names) else names


#: The Arabic article a family name opens with, and its Latin spellings.
_ARABIC_ARTICLE: Final = re.compile(r"^(?:ال|لل)")
_LATIN_ARTICLE: Final = re.compile(r"^(?:al|el|ul)[-\s']+|^(?:al|el)(?=[A-Z])", re.IGNORECASE)


def _initials(words: list[str], article: re.Pattern[str]) -> tuple[str, str]:
    first, last = words[0], article.sub("", words[-1]) or words[-1]
    return first[:1], last[:1]


def transliterates(latin: str, arabic: str) -> bool:
    """Whether a Latin-script name can be the Arabic one written in Latin letters: the
    first letters of the first and the last name agree ("Ahmed Samir" / "أحمد سمير",
    "Nader El-Khatib" / "نادر الخطيب"); "Claire Dubois" beside "سليم العمراني" is a
    second writer, not his name spelled again."""
    latin_words = _LATIN_ARTICLE.sub("", latin.strip()).split()
    arabic_words = arabic.split()
    if not latin_words or not arabic_words:
        return False
    if len(latin_words) > 1:
        latin_words[-1] = _LATIN_ARTICLE.sub("", latin_words[-1]) or latin_words[-1]
    pairs = zip(
        _initials(latin_words, _LATIN_ARTICLE),
        _initials(arabic_words, _ARABIC_ARTICLE),
        strict=True,
    )
    return all(
        bool(ar) and bool(la) and la.upper() in LATIN_INITIALS.get(ar, "") for la, ar in pairs
    )
