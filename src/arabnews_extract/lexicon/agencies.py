"""Data: news agencies and how Arabic pages write them.

Codes follow the corpus schema. ``AMBIGUOUS`` names are ordinary words too ("الفرنسية"
is also "French", "بنا" is also "with us"); they only count inside a credit context
(a dateline's parentheses, a credit line, a byline), never in running text.
"""

from __future__ import annotations

AGENCIES: dict[str, tuple[str, ...]] = {
    "AFP": (
        "أ ف ب",
        "أ.ف.ب",
        "ا ف ب",
        "فرانس برس",
        "وكالة فرانس برس",
        "وكالة الصحافة الفرنسية",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
    ),
    "REUTERS": ("رويترز", "وكالة رويترز", "Reuters"),
    "AP": (
        "أ ب",
        "أ.ب",
        "أسوشيتد برس",
        "الأسوشيتد برس",
        "أسوشييتد برس",
        "اسوشيتد برس",
        "Associated Press",
        "AP",
    ),
    "DPA": ("د ب أ", "د.ب.أ", "وكالة الأنباء الألمانية", "DPA"),
    "ANADOLU": ("الأناضول", "وكالة الأناضول", "Anadolu"),
    "XINHUA": ("شينخوا", "وكالة شينخوا", "Xinhua"),
    "EFE": ("إفي", "إيفي", "وكالة إفي", "EFE"),
    "SPUTNIK": ("سبوتنيك", "Sputnik"),
    "MENA": ("أ ش أ", "أ.ش.أ", "وكالة أنباء الشرق الأوسط", "MENA", "Middle East News Agency"),
    "SPA": ("واس", "وكالة الأنباء السعودية", "SPA", "Saudi Press Agency"),
    "WAM": ("وام", "وكالة أنباء الإمارات", "WAM", "Emirates News Agency"),
    "QNA": ("قنا", "وكالة الأنباء القطرية", "QNA", "Qatar News Agency"),
    "KUNA": ("كونا", "وكالة الأنباء الكويتية", "KUNA", "Kuwait News Agency"),
    "BNA": ("وكالة أنباء البحرين", "BNA"),
    "ONA": ("وكالة الأنباء العمانية", "ONA"),
    "INA": ("واع", "وكالة الأنباء العراقية"),
    "PETRA": ("بترا", "وكالة الأنباء الأردنية", "Petra"),
    "SANA": ("سانا", "الوكالة العربية السورية للأنباء", "SANA"),
    "NNA": ("الوكالة الوطنية للإعلام",),
    "WAFA": ("وكالة الأنباء الفلسطينية", "WAFA"),
    "MAP": (
        "لاماب",
        "و م ع",
        "و.م.ع",
        "ومع",
        "وكالة المغرب العربي للأنباء",
        "MAP",
        "Maghreb Arabe Presse",
    ),
    "TAP": ("وكالة تونس إفريقيا للأنباء", "TAP", "Tunis Afrique Presse"),
    "APS": ("واج", "وكالة الأنباء الجزائرية", "APS", "Algérie Presse Service"),
    "IRNA": ("إرنا", "ارنا", "IRNA"),
    "AGENCIES": ("وكالات", "وكالات الأنباء", "agencies"),
}

#: National agencies with no code in the corpus schema, credited by name as written
#: ("بورتسودان - سونا", "(سبأ)"): read wherever the coded ones are.
UNCODED_AGENCIES: tuple[str, ...] = (
    "سونا",  # Sudan
    "وكالة السودان للأنباء",
    "سبأ",  # Yemen
    "سبأنت",  # its website's name, as Aden's portals credit it ("عدن - سبأنت")
    "وكالة الأنباء اليمنية",
    "الوكالة الموريتانية للأنباء",
    "صونا",  # Somalia
    "وكالة الأنباء الصومالية",
    "وكالة الأنباء الليبية",
    "وال",  # its acronym ("طرابلس - وال")
    "نينا",  # Iraq's National News Agency
    "الوكالة الوطنية العراقية للأنباء",
    # foreign agencies the schema gives no code
    "تاس",  # Russia ("موسكو - (سبوتنيك، تاس) -")
    "وكالة تاس",
    "يونهاب",  # South Korea
    "كيودو",  # Japan
    # press-release wires, credited as agencies in a release's dateline ("دبي،
    # الإمارات العربية المتحدة-(بزنس واير)-")
    "بزنس واير",
    "بي آر نيوزواير",
)

#: Names that are also common words: only read inside a credit context.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "AFP": ("الفرنسية",),
    "DPA": ("الألمانية",),
    "ONA": ("العمانية",),
    "BNA": ("بنا",),
    "WAFA": ("وفا",),
    "TAP": ("وات",),
    "NNA": ("وطنية",),  # its own datelines: "بيروت - وطنية - …"
}

#: Names an agency goes by only in a dateline, between the place and the text ("صيدا -
#: «الوطنية» -", the short name Lebanese portals give NNA): elsewhere they are common
#: words ("قسم الشؤون الوطنية").
DATELINE_ONLY: dict[str, str] = {"الوطنية": "NNA"}

#: Words that open a credit line ("المصدر: وكالات").
CREDIT_PREFIXES: tuple[str, ...] = (
    "المصدر",
    "المصادر",
    "مصدر",
    "المصادر الإضافية",
    "مصادر إضافية",
    "مصدر الخبر",
    "نقلا عن",
    "نقلاً عن",
    # "بتصرف عن موقع «أكسيوس» الأمريكي": adapted from another outlet's story
    "بتصرف عن",
    "بتصرّف عن",
    "بالاستناد إلى",
    "عن",
    # "ساهمت في إعداد التقرير: وكالة أنباء الإمارات (وام)" closing a staff story
    "ساهم في إعداد التقرير",
    "ساهمت في إعداد التقرير",
    "ساهم في إعداد هذا التقرير",
    "ساهمت في إعداد هذا التقرير",
    "Source",
    "Sources",
    # a syndicated column's rights line ("حقوق النشر: بروجيكت سنديكيت، 2025")
    "حقوق النشر",
)

#: Verbs that open a lead crediting another outlet ("نشر موقع Middle East Eye …").
REPORT_VERBS: tuple[str, ...] = (
    "نشر",
    "نشرت",
    "ذكر",
    "ذكرت",
    "أفاد",
    "أفادت",
    "نقل",
    "نقلت",
    "كشف",
    "كشفت",
    "أورد",
    "أوردت",
    "قال",
    "قالت",
    "أشار",
    "أشارت",
    "بحسب",
    "وفق",
    "وفقا ل",
    "حسب",
    "وفقاً ل",
)
#: The portal's marks for its own, exclusive report: in a dateline's parentheses
#: ("(خاص)"), between a place and a byline ("عدن - خاص - كتب: …"), after a writer's
#: name ("عمر الزعبي - خاص") or before the portal's name ("خاص - الراصد"). Longest
#: first, so that an alternation built from them reads the whole word.
EXCLUSIVE_MARKS: tuple[str, ...] = ("حصرياً", "حصريا", "حصري", "خاصة", "خاص")
#: Nouns that name an outlet by its kind: after a report verb ("نشر موقع …"), in a
#: credit ("مصدر: صحيفة ماركا"), in a dateline's parentheses ("(جريدة الأهرام) -").
OUTLET_NOUNS: tuple[str, ...] = (
    "موقع",
    "صحيفة",
    "جريدة",
    "وكالة",
    "قناة",
    "شبكة",
    "مجلة",
    "دورية",  # a scientific journal ("دورية نيتشر")
    "إذاعة",
    "تلفزيون",
    "منصة",
)

#: Foreign newspapers, magazines and networks Arabic portals translate from, as they
#: write them. Their names carry no outlet noun ("المصدر: نيويورك تايمز"), so a credit
#: names them only from this list; they have no agency code and are kept as written.
FOREIGN_OUTLETS: tuple[str, ...] = (
    "نيويورك تايمز",
    "واشنطن بوست",
    "وول ستريت جورنال",
    "فايننشال تايمز",
    "فاينانشيال تايمز",
    "الغارديان",
    "الجارديان",
    "الإيكونوميست",
    "ذي إيكونوميست",
    "الإندبندنت",
    "الاندبندنت",
    "التلغراف",
    "ديلي تلغراف",
    "ديلي ميل",
    "التايمز",
    "لوموند",
    "لوفيغارو",
    "ليبراسيون",
    "دير شبيغل",
    "إل باييس",
    "فورين بوليسي",
    "فورين أفيرز",
    "بوليتيكو",
    "أكسيوس",
    "نيوزويك",
    "بلومبرغ",
    "بلومبيرغ",
    "هآرتس",
    "يديعوت أحرونوت",
    "تايمز أوف إسرائيل",
    "جيروزاليم بوست",
    "ذا أتلانتيك",
    "ذا هيل",
    "سي إن إن",
    "بي بي سي",
    "فوكس نيوز",
    "سكاي نيوز",
    # Arabic services and pan-Arab outlets, credited by name as the foreign ones are
    "سكاي نيوز عربية",
    "الجزيرة نت",
    # the channels by their short names, in a credit only ("المصدر: الجزيرة + وكالات")
    "الجزيرة",
    "العربية",
    "العربية نت",
    "بي بي سي عربي",
    "سي إن إن بالعربية",
    "فرانس 24",
    "يورونيوز",
    "روسيا اليوم",
    "الحرة",
    "إندبندنت عربية",
    # sports papers and channels transfer news credits
    "ليكيب",
    "ماركا",
    "موندو ديبورتيفو",
    "لا غازيتا ديلو سبورت",
    "كوريري ديلو سبورت",
    "سكاي سبورتس",
    "بي بي سي سبورت",
    # stock exchanges named by their brand ("تداول" is the Saudi exchange's)
    "تداول السعودية",
    # official gazettes, credited for the laws and decrees they publish
    "الجريدة الرسمية",
    "الرائد الرسمي",
    "الوقائع المصرية",
)

#: Nouns that open the name of an institution credited as a story's source ("المصدر:
#: دائرة الأرصاد الجوية", "المصدر: بورصة عمان"): its name, as written, is the source.
INSTITUTION_NOUNS: tuple[str, ...] = (
    "وزارة",
    "هيئة",
    "دائرة",
    "مركز",
    "مؤسسة",
    "منظمة",
    "جامعة",
    "بورصة",
    "مجلس",
    "جمعية",
    "اتحاد",
    "مصلحة",
    "مديرية",
    "بنك",
    "مصرف",
    "دار",  # "دار الإفتاء"
    "محكمة",  # "المحكمة العليا" issuing a statement, "محكمة النقض"
    "ديوان",  # "الديوان الملكي", "ديوان المحاسبة"
    "أمم",  # "الأمم المتحدة"
    # the UN's and the aid world's bodies credited for a humanitarian story ("المصدر:
    # المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "صندوق الأمم المتحدة للسكان",
    # "اللجنة الدولية للصليب الأحمر", "برنامج الأغذية العالمي")
    "مفوضية",
    "صندوق",
    "لجنة",
    "برنامج",
    # a ranking or an index credited for its figures ("المصدر: تصنيف كيو إس")
    "تصنيف",
    "مؤشر",
    "سوق",  # a stock market credited for its figures ("سوق دبي المالي")
    # an official voice credited for a statement ("المصدر: الناطق العسكري", "المتحدث
    # الرسمي باسم الوزارة", "القيادة العامة للقوات المسلحة")
    "ناطق",
    "متحدث",
    "قيادة",
    "مكتب",  # "مكتب المبعوث الخاص للأمين العام" signing its statement
    # a ministry's department signing its statement ("إدارة العلاقات العامة والإعلام")
    "إدارة",
    "نيابة",  # "النيابة العامة" signing the statement the story quotes
    # a mission signing its statement ("سفارة سلطنة عُمان – القاهرة")
    "سفارة",
    "قنصلية",
    # an operations room, a presidency, a secretariat signing its statement ("غرفة
    # العمليات المشتركة", "رئاسة الجمهورية", "الأمانة العامة لمجلس الوزراء")
    "غرفة",
    "رئاسة",
    "أمانة",
)
