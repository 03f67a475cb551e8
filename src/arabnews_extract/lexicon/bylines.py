"""Data: how Arabic bylines are written.

``PREFIXES`` open a byline and are dropped ("كتب محمد" -> "محمد"); ``ROLES`` are job titles
that follow or precede a name and are not part of it ("مراسل الجزيرة"); ``SEPARATORS``
split one byline into several people.
"""

from __future__ import annotations

PREFIXES: tuple[str, ...] = (
    "كتب",
    "كتبت",
    "كتبه",
    "كتبها",
    # "كتب الخبر" | name: the story's writer, as Kuwaiti dailies label it
    "كتب الخبر",
    "كتبت الخبر",
    # "الزميل ماجد الرواشدة": a colleague on the paper's staff, named so
    "الزميل",
    "الزميلة",
    "بقلم",
    "بقلم الكاتب",
    "بقلم الكاتبة",
    # readers' content: a citizen report, a reader's photos, a letter to the editor
    "بقلم القارئ",
    "بقلم القارئة",
    "بعدسة القارئ",
    "بعدسة القارئة",
    "رسالة من",
    "إعداد",
    "اعداد",
    "تقرير",
    "حوار",
    "مراجعة",
    "ترجمة وتحرير",
    "ترجمة وإعداد",
    "إعداد وترجمة",
    "إعداد وتحرير",
    "إعداد وتقديم",
    # who readied a piece for print ("أعدّه للنشر: علي الزبيدي"), its diacritic folded
    "أعده للنشر",
    "أعدّه للنشر",
    "تقرير وتصوير",
    "إعداد وتصوير",
    "تقديم وإعداد",
    "تحرير وترجمة",
    "إعداد ومتابعة",
    "متابعة وإعداد",
    # a contributor closing the text: a writer ("ساهم في إعداد التقرير: نادين حداد"), or
    # an agency, which goes to the sources like any agency in a byline
    # reporters who shared the coverage, named at the text's end
    "شارك في التغطية",
    "شاركت في التغطية",
    "ساهم في التغطية",
    "ساهمت في التغطية",
    # the maker of a photo story, words and pictures ("تصوير ونص: خالد العمري")
    "تصوير ونص",
    "نص وتصوير",
    "كتابة وتصوير",
    "كتب وصور",  # "كتب وصور: مصطفى عبد الحليم"
    "كتبت وصورت",
    "ساهم في إعداد التقرير",
    "ساهمت في إعداد التقرير",
    "شارك في الإعداد",
    "شاركت في الإعداد",
    "ساهم في الإعداد",
    "ساهمت في الإعداد",
    "شارك في إعداد التقرير",
    "شاركت في إعداد التقرير",
    "ساهم في إعداد هذا التقرير",
    "ساهمت في إعداد هذا التقرير",
    # a fatwa's scholar ("يجيب عنها: د. هشام عبد الحليم")
    "يجيب عنها",
    # a consultation's answerer ("أجاب عنها: المحامي …", "يجيب عنه: د. …")
    "أجاب عنها",
    "يجيب عنه",
    "أجاب عنه",
    "يجيب عن السؤال",
    "أجاب عن السؤال",
    # … and a woman answering ("أجابت عن السؤال د. سلمى الحداد")
    "تجيب عنها",
    "تجيب عنه",
    "أجابت عنها",
    "أجابت عنه",
    "تجيب عن السؤال",
    "أجابت عن السؤال",
    "حاوره",
    "حاورته",
    "حاورها",
    "حاورتها",
    "حاورهم",
    "أجرى الحوار",
    "أجرت الحوار",
    "ترجمة",
    "تحرير",
    "متابعة",
    "رصد",
    "تغطية",
    "تغطية مباشرة",  # a live page's crew
    "إشراف",
    "الكاتب",
    "الكاتبة",
    # a guest column's label ("بقلم ضيف الموقع: د. نادية الصالح"), no writer's name
    "ضيف الموقع",
    "الكاتب الضيف",
    "كاتب ضيف",
    "المحرر",
    "الصحفي",
    "الصحفية",
    "مراسلنا",
    "من",
    "By",
    "by",
    # French, on Maghreb portals.
    "Par",
    "par",
    "Author",
    "Written by",
    "Reporting by",
    # a translator's credit on the diaspora press ("ترجمة | Translated by: …")
    "Translated by",
    "Traduit par",
    "Traduction",
    "بواسطة",
    # Blogger's classic "posted by" ("أرسلها سالم الرويلي في 2:35 م")
    "أرسلها",
    "أرسله",
    "Posted by",
    # Drupal's "submitted" line ("أرسل بواسطة محمود العطار في الإثنين, 20/11/2023 - 16:45")
    # (not "نشر بواسطة": the account that posted it, often the desk's "التحرير")
    "أرسل بواسطة",
    "أرسلت بواسطة",
    # Joomla's "written by", vowelled or not
    "كتب بواسطة",
    "كُتب بواسطة",
    "Submitted by",
    "كتب-",
    "كتبت-",
)

#: Prefixes of a review's credit: on the writer's own row they credit no writer
#: ("إعداد: منى سمير | مراجعة: أحمد فؤاد"), while an editor there is credited.
REVIEW_PREFIXES: tuple[str, ...] = ("مراجعة", "إشراف", "تدقيق")
#: Prefixes of an editor's credit, a review's among them: closing a text whose writer is
#: named, they name who handled it, not a writer ("المحرر: علاء حمدي" under "متابعة:
#: قسم الرياضة").
#: (a supervisor, "إشراف: د. عماد الزعبي", is credited as an editor is)
EDITING_PREFIXES: tuple[str, ...] = ("تحرير", "المحرر", "إشراف", *REVIEW_PREFIXES)

#: Byline words that are also common words ("من ساحة البرج إلى الحمرا" is a subheading):
#: a byline only with a mark after them ("من: أحمد علي", "من - أحمد علي").
PREFIXES_NEEDING_A_MARK: tuple[str, ...] = (
    "من",
    "تحقيق",  # "تحقيق: منى عادل"
    "كتابة",  # "كتابة: رنا الحلبي" over an investigation's other credits
    # a consultation's answerer ("المستشار: فيصل الشهري"), not a judge's title before a
    # name in the text ("المستشار عدلي منصور")
    "المستشار",
    "المستشارة",
    # a fatwa's answerer ("المفتي: د. …"), not "المفتي" named in the text
    "المفتي",
    # a second writer's credit ("بمشاركة: فهد العتيبي"), also a common word in the text
    # ("بمشاركة 48 فيلمًا")
    "بمشاركة",
    # a live page's crew ("فريق التغطية: حيدر الساعدي ونور الهدى كاظم")
    "فريق التغطية",
    # an exclusive's mark before its writer ("خاص - أمجد عبده الشرعبي"); "خاص" alone
    # opens a sentence too ("خاص بالمشتركين")
    "خاص",
    # the Moroccan portals' word for it ("سكوب ـ ياسين الوزاني")
    "سكوب",
)

#: Bylines that credit a desk rather than a person; kept as written (the corpus counts them).
DESKS: tuple[str, ...] = (
    "فريق التحرير",
    "هيئة التحرير",
    "المحرر",
    "محرر الموقع",
    "قسم الأخبار",
    # a beat's editor signing as the desk ("المحرر الاقتصادي"), no person named
    "المحرر الاقتصادي",
    "المحرر السياسي",
    "المحرر الرياضي",
    "المحرر المحلي",
    "المحرر الثقافي",
    "المحرر البرلماني",
)
#: Words that open the name of a desk or a unit credited as the writer ("وحدة الرصد
#: والتحليل", "قسم الشؤون الدولية"): the name is kept whole, its "و" joins, not splits.
DESK_WORDS: tuple[str, ...] = (
    "فريق",
    "هيئة",
    "قسم",
    "وحدة",
    "خلية",  # the Maghreb's press cell ("خلية الإعلام والاتصال")
    "مكتب",
    "مركز",
    "مرصد",
    "دائرة",
    "أسرة",
    "إدارة",
    "وزارة",
    "العلاقات",  # "العلاقات العامة والإعلام": a press office, one desk
    "علاقات",
    "وكالة",  # an agency credited as the writer: kept whole, then left out as no person
)

#: Words that make a unit a newsroom's own ("هيئة التحرير", "المركز الإعلامي", "المكتب
#: الإعلامي"): credited as the writer, it is an author, not an institution as a source.
NEWSROOM_WORDS: tuple[str, ...] = (
    "التحرير",
    "الإعلامي",
    "الإعلامية",
    "الأخبار",
    "الصحفي",
    "الصحفية",
    "المحتوى",
    "الترجمة",
)

ROLES: tuple[str, ...] = (
    "مراسل",
    "مراسلة",
    "مراسلنا",
    "مراسلتنا",
    "مراسلينا",
    "مراسلونا",
    # the paper's man at an institution ("مندوب الصحيفة في البرلمان"), or sent to an event
    "مندوب",
    "مندوبة",
    "مندوبنا",
    "موفد",
    "موفدة",
    "موفدنا",
    "مبعوث",  # the Maghreb's word for the paper's envoy ("مبعوث «الشروق» إلى …")
    "مبعوثة",
    "مبعوثنا",
    "محرر",
    "محررة",
    "صحفي",
    "صحفية",
    "صحافي",  # the Levant's and the Maghreb's spelling
    "صحافية",
    "كاتب صحفي",
    "كاتبة صحفية",
    "كاتب صحافي",
    "كاتبة صحافية",
    "كاتب",
    "كاتبة",
    "أكاديمي",
    "أكاديمية",
    "قارئ",  # a letter's writer described: "قارئ من الزرقاء"
    "قارئة",
    "رئيس التحرير",
    "مدير التحرير",
    "نائب رئيس التحرير",
    "رئيس القسم",
    "رئيس قسم",
    "رئيسة قسم",
    "مدير القسم",
    "مدير مكتب",
    "مديرة مكتب",
    # an office held, printed under a columnist's name ("نائب رئيس مجلس الدولة
    # الأسبق", "وزير الإعلام السابق", "سفير سابق")
    "نائب",
    "نائبة",
    "نقيب",  # a syndicate's head ("نقيب الصحفيين")
    # a spokesman signing a statement ("الناطق الإعلامي باسم المديرية …")
    "الناطق",
    "الناطقة",
    "المتحدث",
    "المتحدثة",
    "نقيبة",
    "وزير",
    "وزيرة",
    "سفير",
    "سفيرة",
    "رئيس",
    "رئيسة",
    "مدير",
    "مديرة",
    "المدير",  # "المدير العام" over the name signing a notice
    # a secretary's office ("أمين سر اللجنة", "الأمين العام"); "أمين" alone is a name
    "أمين سر",
    "أمينة سر",
    "أمين عام",
    "الأمين العام",
    "المديرة",
    "محلل",
    "محللة",
    "مستشار",
    "مستشارة",
    "باحث",
    "باحثة",
    # professions a writer box prints under the name ("أخصائية تغذية علاجية")
    "مدرب",
    "مدربة",
    "ناقد",
    "ناقدة",
    "لاعب",
    "لاعبة",
    # a former player's column: "قائد المنتخب الوطني السابق" under the name
    "قائد المنتخب",
    "قائد الفريق",
    "حكم دولي",
    "إعلامي",
    "إعلامية",
    "مذيع",
    "مذيعة",
    "أخصائي",
    "أخصائية",
    "اختصاصي",
    "اختصاصية",
    "استشاري",
    "استشارية",
    "خبير",
    "خبيرة",
    "أستاذ",
    "أستاذة",
    "عضو",  # "أستاذ الفقه المقارن وعضو لجنة الفتوى"
    "معلم",  # "* معلم لغة عربية وكاتب تربوي" under a teacher's column
    "معلمة",
    "مدرس",
    "عضوة",
    "محاضر",
    "محاضرة",
    "طبيب",
    "طبيبة",
    "محامي",  # "المحامي بالنقض والإدارية العليا" beside a consultation's answerer
    "المحامي",
    "محامية",
    "المحامية",
    # a citizen journalist's label beside the name ("(مواطن صحفي)")
    "مواطن صحفي",
    "مواطنة صحفية",
    "صحفي مواطن",
    "مصور",  # "تقرير مصور": a video report's kicker, not "تقرير:" and a name
    "مصورة",
    "مصوّر",
    "مصوّرة",
    # English roles on Arabic pages ("By Ahmed Ali, Staff Writer")
    "Staff Writer",
    "Staff Reporter",
    "Correspondent",
    "Reporter",
    "Senior Editor",
    "Editor",
    "Contributor",
    "خاص",
    "خاصة",  # "ترجمة خاصة": the portal's own translation, no translator named
    "حصري",
    "حصرية",
    "Role",
)

#: A trainee's status before the name, with the field of study or the desk after it
#: ("إعداد: طالبة الإعلام ريم الحسيني", "المتدرب بقسم الأخبار علي حسن"): not the name.
#: ("طالب" alone is also a given name: "طالب الرفاعي".)
TRAINEE_ROLES: tuple[str, ...] = (
    "طالب",
    "طالبة",
    "الطالب",
    "الطالبة",
    "متدرب",
    "متدربة",
    "المتدرب",
    "المتدربة",
)

#: Titles of the card presenting the writer, and of byline boxes for screen readers.
ABOUT_THE_WRITER: tuple[str, ...] = (
    "معلومات عن الكاتب",
    "معلومات عن الكاتبة",
    "معلومات الكاتب",
    "نبذة عن الكاتب",
    "نبذة عن الكاتبة",
    "عن الكاتب",
    "عن الكاتبة",
    "Author information",
    "About the author",
)

#: Credits that are never people (publisher desks, photo credits).
NOT_NAMES: tuple[str, ...] = (
    *ABOUT_THE_WRITER,
    "متابعات",  # an aggregation desk's label in the byline slot, no one named
    "على",  # "نادية الشعري | على الساعة 14:35": the time's "at", left once the time is cut
    "بيان صحفي",  # a press release's label in the byline slot
    "بيان رسمي",
    "تصوير",
    "صور",
    "فيديو",
    "Photo",
    "Getty Images",
    "Article information",
    "معلومات المقال",
    "معلومات عن المقال",
    "العدد",  # "حوار العدد": the interview, a section label
    # an honorific alone, cut from its name by the Egyptian slash ("الأستاذ الدكتور/ محمود
    # عبد الله")
    "الأستاذ الدكتور",
    "الأستاذ",
    "الأستاذة",
    "الدكتور",
    "الدكتورة",
    "المهندس",
    "المستشار",
    # an unsigned editorial's label ("الافتتاحية | رأي الصحيفة")
    "الافتتاحية",
    "رأي الصحيفة",
    "كلمة التحرير",
    # a live page's label: "تغطية مباشرة" is live coverage, not "تغطية:" and a name
    "مباشرة",
    "مباشر",
    "حية",
    "مستمرة",  # "تغطية مستمرة"
    "متواصلة",
    # "تغطية مشتركة من مراسلينا في …": joint coverage by the correspondents, no one named
    "مشتركة",
    "مشتركة من",
    # a date's label printed on the byline's line ("سارة محمود: نشر في: الخميس …")
    "تم النشر في",
    "تم النشر",
    "نشر في",
    "نُشر في",
    "نشر",
    "آخر تحديث",
    "تاريخ النشر",
    "بتاريخ",
    # a broadcaster's hidden label before the day ("<span class='vh'>التوقيت، </span>")
    "التوقيت",
    "التاريخ",
    # weekdays: a date printed in the byline box ("الخميس، 14 نوفمبر 2024") splits there
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
)

#: Words no name contains: links beside a byline ("كل مقالات الكاتب", "المزيد للكاتب").
NOT_NAME_WORDS: tuple[str, ...] = (
    # a follow link in a writer's card ("تابعها على إكس")
    "تابعه",
    "تابعها",
    "تابعني",
    "تابعوه",
    # a reading time beside the byline ("قراءة في دقيقتين", "3 دقائق قراءة")
    "دقيقة",
    "دقيقتين",
    "دقيقتان",
    "دقائق",
    "للقراءة",  # "دقيقتان للقراءة", "5 دقائق للقراءة"
    "مقال",  # "مقال ضيف", "مقال رأي": a column's badge beside its writer
    "بالتعاون",  # "تحقيق بالتعاون مع" over a partner's logo: a badge, no one named
    # a statement's closing slogan, bold as a signature ("عاشت نضالات الطبقة العاملة")
    "عاش",
    "عاشت",
    "تحيا",
    "المجد",
    "الخلود",
    # a report's kind as its kicker ("تقرير مباراة", "تقرير ميداني"): no "تقرير:" and a name
    "مباراة",
    "ميداني",
    "إخباري",
    "تحليلي",
    "استقصائي",
    "مطول",
    "مفصل",
    # a relative date in the byline row ("منذ يومين", "منذ ساعتين")
    "منذ",
    "العدد",  # a print issue's number beside the byline ("رقم العدد [17012]")
    "بطاقة",  # "بطاقة تعريف": a profile's card of facts over the text
    "داخل",  # "من داخل قاعة المحكمة": where a live update comes from
    # a programme named for its slot ("حوار الأسبوع", "لقاء اليوم"), which opens like a
    # byline word and a name
    "الأسبوع",
    "اليوم",
    "الشهر",
    "الليلة",
    "الحلقة",  # a series' part beside its label ("حوار الأسبوع | الحلقة الثانية")
    # a credit's label in the byline slot ("<span>المصدر:</span> <a>فرانس برس</a>")
    "المصدر",
    "المصادر",
    "مقالات",
    "المقالات",
    "تابع",  # "تابع الكاتب على إكس": the writer card's follow link
    "تابعوا",
    "مقالاته",
    "مقالاتها",
    "صفحة",  # "صفحة الكاتب": the writer card's link to the writer's page
    "أرشيف",
    "المزيد",
    "جميع",
    "كل",
    "articles",
    "posts",
    "more",
    "profile",
)

#: Given names that start with the letter و, so a leading "و" ("and") is not cut from them.
WAW_NAMES: tuple[str, ...] = (
    "ولد",  # Mauritanian "son of" inside a name ("محمد الأمين ولد سيدي")
    "وادي",  # a valley in a place's or a body's name ("جماعة وادي الزيتون")
    "وليد",
    "وائل",
    "وفاء",
    "وسام",
    "وجدي",
    "وحيد",
    "وديع",
    "وعد",
    "وهبة",
    "وداد",
    "وردة",
    "وصال",
    "وفيق",
    "ولاء",
    "وئام",
    "وجيه",
    "وهيب",
    "ولید",
    "وسيم",
    "وضاح",
    "وهب",
    "وصفي",
    # foreign names as Arabic portals write them ("بقلم: وانغ لي", "ويليام جونز")
    "وانغ",
    "وانج",
    "ويليام",
    "وليام",
    "والتر",
    "ويلسون",
    "وارن",
    "وينستون",
    "واين",
    "ويندي",
)

#: Labels of the job line some bylines print under the name ("Role, بي بي سي نيوز").
ROLE_LABELS: tuple[str, ...] = (
    "Role",
    "Reporting from",  # where the writer filed from ("Reporting from, إدلب وتونس")
    "المنصب",
    "الوظيفة",
    "الصفة",
    # a reviewer credited beside the writer is not one ("مراجعة طبية: د. …")
    "مراجعة طبية",
    "المراجعة الطبية",
    "راجعه طبيا",
    "راجعه طبياً",
    "راجعته طبيا",
    "راجعته طبياً",
    "المراجع الطبي",
    "مراجعة علمية",
    "تدقيق",
    # a proofreader ("مراجعة لغوية: حسن الدباغ" beside the writer and the translator)
    "مراجعة لغوية",
    "المراجعة اللغوية",
    "تدقيق لغوي",
    "التدقيق اللغوي",
    # a photographer's or an editor's label in its own box of the byline row ("كتب" |
    # name | "- تصوير" | name): the name after it took the pictures
    "تصوير",
    "عدسة",
    "تصوير فيديو",
    "مونتاج",
    "جرافيك",
)


#: Officers' and envoys' ranks that open a signature under a statement ("اللواء
#: الحقوقي عبد الكريم الشمري", "السفير مجدي …"): a rank and a name, not a sentence.
SIGNING_RANKS: frozenset[str] = frozenset(
    "اللواء العميد العقيد المقدم الرائد الفريق العماد المشير السفير السفيرة".split()
)


#: The Latin letters a name's Arabic first letter is written with in the common
#: romanizations (English, French, the Maghreb's: "جمال" Jamal / Djamel, "غسان" Ghassan,
#: "قاسم" Qasim / Kacem / Gassim). A Latin name printed beside an Arabic one is its
#: transliteration only when the initials agree ("أحمد سمير | Ahmed Samir"); "Claire
#: Dubois" beside "سليم العمراني" is a second writer.
LATIN_INITIALS: dict[str, str] = {
    **dict.fromkeys("اأإآءعى", "AEIOU"),
    "ب": "BP",
    "ت": "T",
    "ث": "TS",
    "ج": "JGD",
    "ح": "H",
    "خ": "KH",
    "د": "D",
    "ذ": "DZT",
    "ر": "R",
    "ز": "ZS",
    "س": "SC",
    "ش": "SC",
    "ص": "S",
    "ض": "D",
    "ط": "T",
    "ظ": "ZD",
    "غ": "GR",
    "ف": "FP",
    "ق": "QKG",
    "ك": "KC",
    "ل": "L",
    "م": "M",
    "ن": "N",
    "ه": "H",
    "و": "WOUV",
    "ي": "YIJE",
}
