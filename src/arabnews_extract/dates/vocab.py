"""Words the date engine reads: data only, as pages spell them.

Every table is written in ordinary spelling (with hamzas, ta marbuta, the odd
diacritic) so that a reviewer can check it against real pages. ``parse.py`` folds the
keys with the same normalisation it applies to page text, so a variant that differs
only in hamza, ta marbuta, alef maqsura, diacritics or tatweel needs no entry of its
own; variants listed here differ in letters a reader would write differently.
"""

from __future__ import annotations

from typing import Literal

Role = Literal["published", "modified"]

#: Gregorian month names, every family used by Arabic portals, plus English (machine
#: bylines such as "November 9, 2020"). Month number per name.
GREGORIAN_MONTHS: dict[str, int] = {
    # Egypt, Gulf, Sudan, Yemen, Libya (transliterated Latin names) and their spellings.
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "إبريل": 4,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "أغسطوس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    # Levant and Iraq (Syriac names).
    "كانون الثاني": 1,
    "كانون ثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين أول": 10,
    "تشرين الثاني": 11,
    "تشرين ثاني": 11,
    "كانون الأول": 12,
    "كانون أول": 12,
    # Joomla's Arabic language pack shortens the pairs with a digit ("تشرين2/نوفمبر")
    "كانون2": 1,
    "تشرين1": 10,
    "تشرين2": 11,
    "كانون1": 12,
    # Algeria and Tunisia (French names).
    "جانفي": 1,
    "فيفري": 2,
    "أفريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "جويليه": 7,
    "أوت": 8,
    "أوث": 8,
    # Morocco.
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
    # Mauritania ("12 أغشت 2025", "04 دجمبر 2025").
    "أغشت": 8,
    "اغشت": 8,
    "دجمبر": 12,
    # Libya's own calendar (official 1986-2011, still printed by some portals). Several
    # are common words: see MONTHS_NEEDING_A_YEAR.
    "أي النار": 1,
    "اي النار": 1,
    "النوار": 2,
    "الربيع": 3,
    "الطير": 4,
    "الماء": 5,
    "الصيف": 6,
    "ناصر": 7,
    "هانيبال": 8,
    "الفاتح": 9,
    "التمور": 10,
    "الحرث": 11,
    "الكانون": 12,
    # French, as Maghreb portals print dates beside Arabic text ("10 mars 2024 à 14:30").
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    # English, for bilingual bylines.
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

#: Month names that are also common words ("5 الماء" is five of water, "ناصر" a
#: name): read as a month only with a year after them ("12 الحرث 2024").
MONTHS_NEEDING_A_YEAR: frozenset[str] = frozenset(
    {"الربيع", "الطير", "الماء", "الصيف", "ناصر", "الفاتح", "التمور", "الحرث", "النوار"}
)

#: Hijri month names (Umm al-Qura numbering), with the spellings pages use.
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "المحرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع أول": 3,
    "ربيع الآخر": 4,
    "ربيع آخر": 4,
    "ربيع الثاني": 4,
    "ربيع ثاني": 4,
    "جمادى الأولى": 5,
    "جمادى الأول": 5,
    "جمادى أولى": 5,
    "جمادى الآخرة": 6,
    "جمادى الآخر": 6,
    "جمادى الثانية": 6,
    "جمادى الثاني": 6,
    "جمادى آخرة": 6,
    # Yemen's short spelling ("12 جماد أول 1447هـ", "جماد الآخر")
    "جماد أول": 5,
    "جماد الأول": 5,
    "جماد الأولى": 5,
    "جماد آخر": 6,
    "جماد الآخر": 6,
    "جماد الآخرة": 6,
    "جماد ثاني": 6,
    "جماد الثاني": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو القعده": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
}

#: Words after a date that mark it as Hijri ("1445 هـ", "1445 هجرية").
HIJRI_MARKERS: tuple[str, ...] = ("هـ", "ه", "هجري", "هجرية", "للهجرة", "هجريا")

#: Weekday names, Monday = 0 as in :meth:`datetime.date.weekday`.
WEEKDAYS: dict[str, int] = {
    "الإثنين": 0,
    "الاثنين": 0,
    "الأثنين": 0,
    "الثلاثاء": 1,
    "الثلاثا": 1,
    "الأربعاء": 2,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

#: How a written part of the day moves a 12-hour clock reading onto 0-23.
#:   am    12 -> 0, 1-11 unchanged             (ص، صباحا، فجرا)
#:   pm    1-11 -> +12, 12 unchanged           (م، مساء، عصرا، PM)
#:   noon  11-12 unchanged, 1-6 -> +12          (ظهرا: "1 ظهرا" is 13:00, "12 ظهرا" noon)
#:   night 6-11 -> +12, 12 -> 0, 1-5 unchanged  (ليلا: "10 ليلا" 22:00, "2 ليلا" 02:00)
DayPart = Literal["am", "pm", "noon", "night"]
DAY_PARTS: dict[str, DayPart] = {
    "ص": "am",
    "صباحا": "am",
    "صباحاً": "am",
    "صباح": "am",
    "صباحًا": "am",
    "فجرا": "am",
    "فجراً": "am",
    "فجر": "am",
    "am": "am",
    "a.m.": "am",
    "a.m": "am",
    "م": "pm",
    "مساء": "pm",
    "مساءً": "pm",
    "مساءا": "pm",
    "عصرا": "pm",
    "عصراً": "pm",
    "pm": "pm",
    "p.m.": "pm",
    "p.m": "pm",
    "ظهرا": "noon",
    "ظهراً": "noon",
    "ظهر": "noon",
    "ليلا": "night",
    "ليلاً": "night",
    "ليل": "night",
}

#: Words that introduce a clock time ("الساعة 10:30", Moroccan "على الساعة").
TIME_INTRODUCERS: tuple[str, ...] = ("الساعة", "على الساعة", "في الساعة", "عند الساعة", "à")

#: Labels before a date and the role they give it; None: a label with no role
#: ("بتاريخ" alone says a date follows, not which one). The longest label wins,
#: so "نشر بتاريخ" is published although "بتاريخ" alone has no role.
LABELS: dict[str, Role | None] = {
    "نشر": "published",
    "نشر في": "published",
    "نشر بتاريخ": "published",
    "نشر يوم": "published",
    "نشرت": "published",  # the feminine: "نشرت في" (the news, the article)
    "نشرت في": "published",
    "نشرت بتاريخ": "published",
    "تاريخ النشر": "published",
    "وقت النشر": "published",
    "تم النشر": "published",
    "تم النشر في": "published",
    "تم النشر بتاريخ": "published",
    # a live page's first entry: "بدأت التغطية: الإثنين 4 آذار 2024 - 07:30"
    "بدأت التغطية": "published",
    "بدء التغطية": "published",
    "published": "published",
    "published on": "published",
    "posted": "published",
    "آخر تحديث": "modified",
    "اخر تحديث": "modified",
    "تاريخ التحديث": "modified",
    "تاريخ آخر تحديث": "modified",
    "تم التحديث": "modified",
    "تم التحديث في": "modified",
    "تاريخ التعديل": "modified",
    "تم تحديثه": "modified",
    "حُدّث": "modified",
    "حدث في": "modified",
    # Tunisian: "تحيين" is the word for an update ("آخر تحيين: الإثنين 10 مارس 2025 - 14:20")
    "آخر تحيين": "modified",
    "اخر تحيين": "modified",
    "تاريخ التحيين": "modified",
    "تم التحيين": "modified",
    "محدث": "modified",
    "تحديث": "modified",
    # a live entry's edit stamp beside its time ("عُدّل الساعة 14:10")
    "عُدّل": "modified",
    "عُدّلت": "modified",
    "آخر تعديل": "modified",  # forums and older CMSs: "آخر تعديل بواسطة … ; 13-11-2012"
    "اخر تعديل": "modified",
    "تم التعديل": "modified",
    "updated": "modified",
    "last updated": "modified",
    "modified": "modified",
    # French, on Maghreb portals ("Publié le 14/03/2024 à 10h35", "Mis à jour le …").
    "publié": "published",
    "publié le": "published",
    "mis à jour": "modified",
    "mis à jour le": "modified",
    "modifié le": "modified",
    "بتاريخ": None,
    "التاريخ": None,
    "تاريخ": None,
}

#: Words that may stand between the parts of one date expression without breaking it
#: ("الجمعة 5 رمضان 1445 هـ الموافق 15 مارس 2024 م", "يوم الأحد"). Punctuation and
#: white space always may.
CONNECTORS: tuple[str, ...] = (
    "الموافق",
    "الموافق لـ",
    "الموافق ل",
    "م",
    "ميلادي",
    "ميلادية",
    "في",
    "من",
    "يوم",
    "على",
    "عند",
    "at",
    "on",
)

#: Relative-time prefixes ("منذ 5 دقائق", "قبل يومين").
RELATIVE_PREFIXES: tuple[str, ...] = ("منذ", "قبل")

#: Hedges allowed between prefix and amount ("منذ حوالي ساعة").
RELATIVE_HEDGES: tuple[str, ...] = ("حوالي", "حوالى", "نحو", "قرابة", "زهاء")

Unit = Literal["seconds", "minutes", "hours", "days", "weeks", "months", "years"]

#: Relative units: the unit and the count the word itself carries (1 singular,
#: 2 dual, None plural: a plural needs a number, "منذ أيام" is too vague to date).
RELATIVE_UNITS: dict[str, tuple[Unit, int | None]] = {
    "ثانية": ("seconds", 1),
    "ثانيتين": ("seconds", 2),
    "ثانيتان": ("seconds", 2),
    "ثوان": ("seconds", None),
    "ثواني": ("seconds", None),
    "ثوانٍ": ("seconds", None),
    "دقيقة": ("minutes", 1),
    "دقيقتين": ("minutes", 2),
    "دقيقتان": ("minutes", 2),
    "دقائق": ("minutes", None),
    "ساعة": ("hours", 1),
    "ساعتين": ("hours", 2),
    "ساعتان": ("hours", 2),
    "ساعات": ("hours", None),
    "يوم": ("days", 1),
    "يوما": ("days", 1),
    "يومين": ("days", 2),
    "يومان": ("days", 2),
    "أيام": ("days", None),
    "أسبوع": ("weeks", 1),
    "أسبوعا": ("weeks", 1),
    "أسبوعين": ("weeks", 2),
    "أسبوعان": ("weeks", 2),
    "أسابيع": ("weeks", None),
    "شهر": ("months", 1),
    "شهرا": ("months", 1),
    "شهرين": ("months", 2),
    "شهران": ("months", 2),
    "أشهر": ("months", None),
    "شهور": ("months", None),
    "سنة": ("years", 1),
    "سنتين": ("years", 2),
    "سنتان": ("years", 2),
    "سنوات": ("years", None),
    "عام": ("years", 1),
    "عاما": ("years", 1),
    "عامين": ("years", 2),
    "عامان": ("years", 2),
    "أعوام": ("years", None),
}

#: "and a half" after a relative amount ("منذ ساعة ونصف").
RELATIVE_HALF: tuple[str, ...] = ("نصف",)

_ORDINAL_UNITS = (
    *("الحادي", "الثاني", "الثالث", "الرابع", "الخامس"),
    *("السادس", "السابع", "الثامن", "التاسع"),
)
#: A day of the month written as an ordinal ("الثالث من مارس 2025", "الحادي والعشرين من
#: يناير 2024"), as weeklies and magazines date their pieces: 1 to 31.
ORDINAL_DAYS: dict[str, int] = {
    "الأول": 1,
    **{word: n for n, word in enumerate(_ORDINAL_UNITS[1:], start=2)},
    "العاشر": 10,
    **{f"{word} عشر": n for n, word in enumerate(_ORDINAL_UNITS, start=11)},
    "العشرين": 20,
    **{f"{word} والعشرين": n for n, word in enumerate(_ORDINAL_UNITS, start=21)},
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}

#: Small numbers written as words ("منذ ثلاث ساعات").
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1,
    "واحدة": 1,
    "ثلاث": 3,
    "ثلاثة": 3,
    "أربع": 4,
    "أربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثماني": 8,
    "ثمانية": 8,
    "ثمان": 8,
    "تسع": 9,
    "تسعة": 9,
    "عشر": 10,
    "عشرة": 10,
}

#: Words that name a day relative to the reader's now, as days back; None for the
#: moment itself ("الآن", "للتو": precision minute).
RELATIVE_DAYS: dict[str, int | None] = {
    "الآن": None,
    "للتو": None,
    "حالا": None,
    "اليوم": 0,
    "أمس": 1,
    "امس": 1,
    "البارحة": 1,
    "أول أمس": 2,
    "أول من أمس": 2,
}

#: Words right before a relative-day word that make it something else ("حتى الآن" is
#: "so far", not a timestamp).
RELATIVE_DAY_BLOCKERS: tuple[str, ...] = ("حتى", "لحد", "إلى", "الى", "منذ", "قبل")

#: Phrases naming Greenwich time; an offset may follow ("GMT+3", "ت.غ").
UTC_NAMES: tuple[str, ...] = (
    "GMT",
    "UTC",
    "ت.غ",
    "ت غ",
    "ت. غ",
    "توقيت غرينتش",
    "بتوقيت غرينتش",
    "غرينتش",
    "جرينتش",
    "بتوقيت جرينتش",
    "غرينيتش",
    "بتوقيت غرينيتش",
)

#: Place names after "بتوقيت"/"توقيت" and the IANA zone they mean. "عمّان" and
#: "عُمان" fold to the same letters; bare "عمان" is read as Amman (Jordanian portals
#: write it far more often in a time phrase), "سلطنة عمان" as Oman.
TZ_PLACES: dict[str, str] = {
    "مكة المكرمة": "Asia/Riyadh",
    "مكة": "Asia/Riyadh",
    "السعودية": "Asia/Riyadh",
    "الرياض": "Asia/Riyadh",
    "جدة": "Asia/Riyadh",
    "القاهرة": "Africa/Cairo",
    "مصر": "Africa/Cairo",
    "بغداد": "Asia/Baghdad",
    "العراق": "Asia/Baghdad",
    "دمشق": "Asia/Damascus",
    "سوريا": "Asia/Damascus",
    "سورية": "Asia/Damascus",
    "بيروت": "Asia/Beirut",
    "لبنان": "Asia/Beirut",
    "عمّان": "Asia/Amman",
    "الأردن": "Asia/Amman",
    "القدس": "Asia/Jerusalem",
    "فلسطين": "Asia/Hebron",
    "رام الله": "Asia/Hebron",
    "غزة": "Asia/Gaza",
    "الإمارات": "Asia/Dubai",
    "أبوظبي": "Asia/Dubai",
    "أبو ظبي": "Asia/Dubai",
    "دبي": "Asia/Dubai",
    "الدوحة": "Asia/Qatar",
    "قطر": "Asia/Qatar",
    "الكويت": "Asia/Kuwait",
    "المنامة": "Asia/Bahrain",
    "البحرين": "Asia/Bahrain",
    "مسقط": "Asia/Muscat",
    "سلطنة عمان": "Asia/Muscat",
    "صنعاء": "Asia/Aden",
    "عدن": "Asia/Aden",
    "اليمن": "Asia/Aden",
    "الرباط": "Africa/Casablanca",
    "المغرب": "Africa/Casablanca",
    "الدار البيضاء": "Africa/Casablanca",
    "الجزائر": "Africa/Algiers",
    "تونس": "Africa/Tunis",
    "طرابلس": "Africa/Tripoli",
    "ليبيا": "Africa/Tripoli",
    "الخرطوم": "Africa/Khartoum",
    "السودان": "Africa/Khartoum",
    "نواكشوط": "Africa/Nouakchott",
    "موريتانيا": "Africa/Nouakchott",
    "غرينتش": "UTC",
    "جرينتش": "UTC",
    "غرينيتش": "UTC",
}

#: Words that introduce a place-name zone.
TZ_PLACE_INTRODUCERS: tuple[str, ...] = ("بتوقيت", "توقيت", "حسب توقيت")

#: Country-code top-level domain -> the country's IANA zone. Only single-zone Arab
#: League countries (and Palestine); a portal on .com needs an override.
TZ_BY_TLD: dict[str, str] = {
    "eg": "Africa/Cairo",
    "sa": "Asia/Riyadh",
    "ae": "Asia/Dubai",
    "kw": "Asia/Kuwait",
    "qa": "Asia/Qatar",
    "bh": "Asia/Bahrain",
    "om": "Asia/Muscat",
    "jo": "Asia/Amman",
    "lb": "Asia/Beirut",
    "sy": "Asia/Damascus",
    "iq": "Asia/Baghdad",
    "ps": "Asia/Hebron",
    "ye": "Asia/Aden",
    "ma": "Africa/Casablanca",
    "dz": "Africa/Algiers",
    "tn": "Africa/Tunis",
    "ly": "Africa/Tripoli",
    "sd": "Africa/Khartoum",
    "mr": "Africa/Nouakchott",
    "so": "Africa/Mogadishu",
    "dj": "Africa/Djibouti",
    "km": "Indian/Comoro",
}
