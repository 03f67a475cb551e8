"""Data: places that open Arabic datelines without an agency ("دبي - أعلنت …").

A paragraph that opens with a word or two and a dash is not always a dateline ("خاص -",
"عاجل -", a name); a place is. The list holds the capitals and main news cities of the
Arab world, and the foreign capitals and cities that datelines name most, as pages
write them. Matched on the folded key (textnorm.match_key), so hamza and ta-marbuta
spellings do not matter; add a place here rather than a rule elsewhere. Places that are
also common words ("الخبر" Khobar / "the news", "صور" Tyre / "pictures", "العين") are left
out on purpose.
"""

from __future__ import annotations

from ..textnorm import match_key


def _listed(names: str) -> tuple[str, ...]:
    """The names of a list written as Arabic prose writes one: "الرياض، جدة، …"."""
    return tuple(name.strip() for name in names.split("،"))


DATELINE_PLACES: tuple[str, ...] = _listed(
    # Gulf and Yemen (and the Saudi governorates that datelines and bylines name).
    "الأفلاج، وادي الدواسر، القويعية، عفيف، الزلفي، شقراء، النماص، طريف، تيماء، "
    "الرياض، جدة، مكة المكرمة، مكة، المدينة المنورة، الدمام، أبها، تبوك، الطائف، "
    "دبي، أبوظبي، أبو ظبي، الشارقة، عجمان، رأس الخيمة، الفجيرة، أم القيوين، "
    "الدوحة، الكويت، المنامة، مسقط، صلالة، صنعاء، عدن، تعز، الحديدة، المكلا، مأرب، "
    # the Hajj's holy sites ("منى" alone is also a woman's name)
    "مشعر منى، عرفات، مشعر عرفات، مزدلفة، مشعر مزدلفة، المشاعر المقدسة، "
    # Levant and Iraq.
    "بيروت، صيدا، طرابلس، دمشق، حلب، حمص، اللاذقية، حماة، درعا، دير الزور، إدلب، "
    "عمان، الزرقاء، إربد، العقبة، القدس، رام الله، غزة، نابلس، الخليل، جنين، بيت لحم، "
    "القدس المحتلة، الناصرة، حيفا، يافا، تل أبيب، بغداد، البصرة، الموصل، أربيل، السليمانية، كركوك، "
    "النجف، النجف الأشرف، كربلاء، كربلاء المقدسة، الفلوجة، الأنبار، هه ولير، "
    # Egypt, Sudan, Libya, the Maghreb, the Horn of Africa.
    "القاهرة، الإسكندرية، الجيزة، أسوان، الأقصر، بورسعيد، السويس، الإسماعيلية، المنصورة، "
    "طنطا، شرم الشيخ، الغردقة، العريش، الخرطوم، أم درمان، بورتسودان، الفاشر، بنغازي، "
    "مصراتة، سرت، تونس، صفاقس، سوسة، الجزائر، وهران، قسنطينة، عنابة، الرباط، "
    "الدار البيضاء، مراكش، فاس، طنجة، أكادير، نواكشوط، مقديشو، جيبوتي، موروني، "
    # Provincial cities and governorate seats that local portals date their stories from.
    "جرش، عجلون، المفرق، مادبا، الكرك، الطفيلة، معان، السلط، بريدة، حائل، جازان، نجران، "
    "دير علا، الشونة الجنوبية، الرمثا، "
    "الأحساء، ينبع، الجبيل، القطيف، خميس مشيط، صحار، نزوى، المحرق، الجهراء، الأحمدي، "
    "الناصرية، الديوانية، الحلة، الرمادي، تكريت، بعقوبة، العمارة، الكوت، السماوة، دهوك، "
    "ميسان، ذي قار، واسط، بابل، ديالى، الأنبار، صلاح الدين، نينوى، المثنى، القادسية، "
    "سامراء، طرطوس، الرقة، الحسكة، القامشلي، السويداء، زحلة، بعلبك، جونية، النبطية، بكركي، "
    "طولكرم، قلقيلية، أريحا، رفح، خان يونس، دير البلح، جباليا، بيت لاهيا، بيت حانون، النصيرات، "
    "سلفيت، طوباس، أسيوط، سوهاج، المنيا، الفيوم، بني سويف، "
    "سيوة، الواحات الخارجة، الفرافرة، دهب، نويبع، طابا، سانت كاترين، رأس سدر، "
    "دمياط، الزقازيق، كفر الشيخ، بنها، قنا، مرسى مطروح، إب، ذمار، سيئون، صعدة، سبها، "
    # Yemen's governorate seats and Hadramawt's towns ("حجة", "عمران", "البيضاء" are
    # also words or names: left out)
    "الشحر، تريم، شبام، الغيضة، عتق، زنجبار، الضالع، المخا، لحج، "
    "الزاوية، بنزرت، قابس، القيروان، نابل، المنستير، تلمسان، سطيف، باتنة، بجاية، البليدة، "
    "مكناس، وجدة، تطوان، العيون، القنيطرة، آسفي، كسلا، ود مدني، نيالا، القضارف، نواذيبو، "
    # Libya's towns beyond the coast's cities
    "العزيزية، زليتن، ترهونة، بني وليد، صبراتة، زوارة، يفرن، نالوت، أجدابيا، "
    "عطبرة، كادقلي، الجنينة، درنة، طبرق، غريان، هرجيسا، كسمايو، بوصاصو، بيدوا، بربرة، "
    "الحسيمة، الناظور، بني ملال، خريبكة، سلا، تمارة، المحمدية، الجديدة، ورزازات، "
    "الرشيدية، تازة، الداخلة، كلميم، العرائش، تارودانت، تزنيت، الصويرة، خنيفرة، سطات، "
    "برشيد، المهدية، قفصة، توزر، جندوبة، الكاف، مدنين، جرجيس، جربة، تطاوين، قبلي، سليانة، "
    # Sudan's state seats and towns SUNA files from ("الأبيض", "ربك", "كريمة", "مروي" are
    # also words or names: left out)
    "سنار، سنجة، الدمازين، كوستي، الدويم، شندي، الدامر، دنقلا، وادي حلفا، حلفا الجديدة، "
    "سواكن، طوكر، زالنجي، الضعين، الفولة، أم روابة، الرهد، "
    # Mount Lebanon's and the north's and south's towns NNA files from
    "جبيل، عاليه، بعبدا، البترون، الهرمل، مرجعيون، بنت جبيل، "
    # the districts of the north and the Bekaa ("الكورة", "المتن" are also words: left out)
    "عكار، حلبا، الضنية، المنية، زغرتا، إهدن، راشيا، حاصبيا، شتورة، "
    # the Jordan Valley's districts, one place in two words
    "الأغوار الشمالية، الأغوار الجنوبية، الأغوار الوسطى، "
    # Greater Tunis: its suburbs and governorates (Radès, the national stadium's town)
    "رادس، أريانة، بن عروس، منوبة، حمام الأنف، "
    "زغوان، باجة، سيدي بوزيد، القصرين، ورقلة، غرداية، بسكرة، تيزي وزو، الشلف، مستغانم، "
    "سكيكدة، "
    # the rest of Algeria's wilaya seats that APS files from ("الوادي", "البيض", "سعيدة", "بشار",
    # "المدية", "ميلة", "معسكر", "النعامة" are also common words or names: left out)
    "الطارف، أدرار، الأغواط، أم البواقي، تمنراست، تبسة، تيارت، الجلفة، جيجل، "
    "سيدي بلعباس، قالمة، المسيلة، إليزي، برج بوعريريج، بومرداس، تندوف، "
    "تيسمسيلت، خنشلة، سوق أهراس، تيبازة، عين الدفلى، عين تموشنت، غليزان، "
    # more Moroccan provincial towns (the south's oases, the Rif, the Middle Atlas)
    "زاكورة، تنغير، ميدلت، إفران، أزيلال، شفشاون، الفنيدق، بركان، الخميسات، القصر الكبير، "
    "وزان، طانطان، السمارة، بوجدور، الفقيه بن صالح، تاونات، صفرو، قلعة السراغنة، "
    "سيدي قاسم، سيدي سليمان، جرادة، فجيج، بوعرفة، طاطا، سيدي إفني، إنزكان، آيت ملول، "
    # more Saudi governorates
    "الخرج، القنفذة، الباحة، عرعر، سكاكا، القريات، رفحاء، حفر الباطن، الظهران، عنيزة، "
    "الرس، المجمعة، الدوادمي، بيشة، محايل عسير، صبيا، أبو عريش، شرورة، العلا، أملج، رابغ، "
    # Mauritanian towns, with the initial alif local spelling gives some ("انواكشوط")
    "انواكشوط، انواذيبو، روصو، كيفه، أطار، الزويرات، كيهيدي، تجكجة، ألاك، أكجوجت، "
    "سيلبابي، انوامغار، باسكنو، عيون العتروس، لعيون، بوتلميت، ازويرات، "
    # Elsewhere.
    "واشنطن، نيويورك، لندن، باريس، برلين، موسكو، بكين، طوكيو، روما، مدريد، بروكسل، جنيف، "
    # African and Central Asian cities clubs and national teams play in, and capitals
    # the wires file from ("لوبومباشي -", "طشقند -")
    "لوبومباشي، طشقند، أبيدجان، دوشنبه، بيشكيك، ألماتي، أستانا، تبليسي، يريفان، هانوي، "
    "واغادوغو، كوناكري، ياوندي، جوبا، أسمرة، لوساكا، سنغافورة، هونغ كونغ، شنغهاي، "
    # Turkey's cities, as Anadolu's Arabic service files from them
    "غازي عنتاب، أضنة، إزمير، قونية، أنطاليا، ملاطية، ديار بكر، هطاي، كهرمان مرعش، "
    "فيينا، أنقرة، إسطنبول، اسطنبول، طهران، كابول، إسلام آباد، نيودلهي، كييف، وارسو، "
    "ستوكهولم، أوسلو، أثينا، نيقوسيا، لاهاي، أمستردام، أديس أبابا، نيروبي، لاغوس، داكار، "
    "جوهانسبرغ، كانبرا، أوتاوا، برازيليا، بوينس آيرس، مكسيكو، سيول، بانكوك، جاكرتا، "
    "كوالالمبور، مانيلا، مومباسا، دار السلام، كمبالا، كيغالي، أكرا، أبوجا، كينشاسا، "
    "لواندا، هراري، كيب تاون، بريتوريا، مابوتو، باماكو، نيامي، انجامينا، انجمينا، نجامينا، "
    # Cities of the diaspora press (Europe and the Americas).
    "ساو باولو، ريو دي جانيرو، سانتياغو، بوغوتا، ليما، كاراكاس، هافانا، مونتريال، تورونتو، "
    "تورنتو، ديترويت، شيكاغو، لوس أنجلوس، سيدني، ملبورن، ميونخ، هامبورغ، فرانكفورت، "
    "كولونيا، ميلانو، برشلونة، مرسيليا، ليون، مانشستر، برمنغهام، "
    # American cities the licensed American papers file from
    "فينيكس، هيوستن، دالاس، ميامي، سان فرانسيسكو، سياتل، بوسطن، أتلانتا، لاس فيغاس، دنفر، "
    # … and the states they name after the city ("فينيكس (أريزونا) -")
    "أريزونا، تكساس، كاليفورنيا، فلوريدا، ميشيغان، أوهايو، إلينوي، فرجينيا، نيفادا، كولورادو، "
    # Conference and court cities datelines name (climate talks, the EU, summits)
    "بون، ستراسبورغ، دافوس، زيورخ، كوبنهاغن، هلسنكي، لشبونة، بازل، غلاسكو، باكو، "
    # Sports datelines: meetings, finals and clubs' cities
    "موناكو، لوزان، تورينو، دورتموند، ليفربول، بورتو، مونزا، سيلفرستون، بودابست، دبلن"
)

#: The folded keys of DATELINE_PLACES (textnorm.match_key): the form every stage looks a
#: place up in, built once.
DATELINE_PLACE_KEYS: frozenset[str] = frozenset(match_key(p) for p in DATELINE_PLACES)

#: A country's adjective after an outlet's name, agreeing with "صحيفة" / "مجلة" / "شبكة"
#: ("صحيفة الغارديان البريطانية", "صحيفة ماركا الإسبانية"): who the outlet is, not its name.
OUTLET_NATIONALITIES: tuple[str, ...] = _listed(
    "البريطانية، الأمريكية، الأميركية، الفرنسية، الألمانية، الإسرائيلية، الروسية، الإسبانية، "
    "الإيطالية، الصينية، اليابانية، التركية، الإيرانية، الهندية، الكندية، الأسترالية، "
    "السويسرية، النمساوية، البلجيكية، الهولندية، السويدية، النرويجية، الباكستانية، "
    "الكورية، الأوكرانية، البرازيلية، الأرجنتينية، اليونانية، البولندية، "
    # the Arab countries' too ("صحيفة المرصد الأردنية", "صحيفة الوطن العمانية")
    "الأردنية، المصرية، السعودية، الإماراتية، الكويتية، القطرية، البحرينية، العمانية، "
    "اللبنانية، السورية، العراقية، الفلسطينية، اليمنية، السودانية، الليبية، التونسية، "
    "الجزائرية، المغربية، الموريتانية"
)

#: Countries, as a byline's place line writes them after the city ("الناصرية، العراق"):
#: never a writer's name.
COUNTRIES: tuple[str, ...] = _listed(
    "السعودية، المملكة العربية السعودية، الإمارات، الإمارات العربية المتحدة، قطر، الكويت، "
    "البحرين، عمان، سلطنة عمان، اليمن، العراق، سوريا، سورية، لبنان، الأردن، فلسطين، مصر، "
    "السودان، ليبيا، تونس، الجزائر، المغرب، موريتانيا، الصومال، جيبوتي، جزر القمر، "
    "تركيا، إيران، إسرائيل، الولايات المتحدة، بريطانيا، المملكة المتحدة، فرنسا، ألمانيا، "
    "روسيا، الصين، الهند، باكستان، أفغانستان، أوكرانيا، إيطاليا، إسبانيا، اليابان"
)
#: The folded keys of COUNTRIES (textnorm.match_key), built once.
COUNTRY_KEYS: frozenset[str] = frozenset(match_key(c) for c in COUNTRIES)

#: Places that are also common words ("صور" Tyre / "pictures", "الخبر" Khobar / "the
#: news", "العين"): a dateline only when a spaced dash and a whole sentence follow them
#: at the start of a paragraph ("صور - افتتح وزير الطاقة …").
AMBIGUOUS_PLACES: tuple[str, ...] = (
    "صور",
    "الخبر",
    "العين",
    "النعمة",  # Néma / "grace"
    "الخور",  # Al Khor / "the creek"
    "الأبيض",  # El Obeid / "the white"
    "البيض",  # El Bayadh / "eggs"
    "الوادي",  # El Oued / "the valley"
    "سعيدة",  # Saïda / a woman's name, "happy"
    "المدية",  # Médéa / "the knife"
    "الأزرق",  # Azraq / "the blue"
)


#: Words naming a kind of place before its name, which make any name a place: a camp,
#: a district, a subdistrict, a village, a town, a province ("مخيم الزعتري", "قضاء
#: الزبير", "ناحية الكحلاء", "قرية بني عديات", "ولاية قابس").
PLACE_UNITS: tuple[str, ...] = (
    "مخيم",
    "قضاء",
    "ناحية",
    "قرية",
    "بلدة",
    "ولاية",
    "محافظة",
)
