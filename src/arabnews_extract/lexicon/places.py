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

DATELINE_PLACES: tuple[str, ...] = tuple(
    name.strip()
    for name in (
        # Gulf and Yemen.
        "الرياض، جدة، مكة المكرمة، مكة، المدينة المنورة، الدمام، أبها، تبوك، الطائف، "
        "دبي، أبوظبي، أبو ظبي، الشارقة، عجمان، رأس الخيمة، الفجيرة، أم القيوين، "
        "الدوحة، الكويت، المنامة، مسقط، صلالة، صنعاء، عدن، تعز، الحديدة، المكلا، مأرب، "
        # Levant and Iraq.
        "بيروت، صيدا، طرابلس، دمشق، حلب، حمص، اللاذقية، حماة، درعا، دير الزور، إدلب، "
        "عمان، الزرقاء، إربد، العقبة، القدس، رام الله، غزة، نابلس، الخليل، جنين، بيت لحم، "
        "الناصرة، حيفا، يافا، تل أبيب، بغداد، البصرة، الموصل، أربيل، السليمانية، كركوك، "
        "النجف، كربلاء، الفلوجة، الأنبار، "
        # Egypt, Sudan, Libya, the Maghreb, the Horn of Africa.
        "القاهرة، الإسكندرية، الجيزة، أسوان، الأقصر، بورسعيد، السويس، الإسماعيلية، المنصورة، "
        "طنطا، شرم الشيخ، الغردقة، العريش، الخرطوم، أم درمان، بورتسودان، الفاشر، بنغازي، "
        "مصراتة، سرت، تونس، صفاقس، سوسة، الجزائر، وهران، قسنطينة، عنابة، الرباط، "
        "الدار البيضاء، مراكش، فاس، طنجة، أكادير، نواكشوط، مقديشو، جيبوتي، موروني، "
        # Elsewhere.
        "واشنطن، نيويورك، لندن، باريس، برلين، موسكو، بكين، طوكيو، روما، مدريد، بروكسل، جنيف، "
        "فيينا، أنقرة، إسطنبول، اسطنبول، طهران، كابول، إسلام آباد، نيودلهي، كييف، وارسو، "
        "ستوكهولم، أوسلو، أثينا، نيقوسيا، لاهاي، أمستردام، أديس أبابا، نيروبي، لاغوس، داكار، "
        "جوهانسبرغ، كانبرا، أوتاوا، برازيليا، بوينس آيرس، مكسيكو، سيول، بانكوك، جاكرتا، "
        "كوالالمبور، مانيلا"
    ).split("،")
)
