"""Focused behaviours of the extract stage, each on a small page written here."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from arabnews_extract import NotAnArticleError, extract
from arabnews_extract.clean import parse, strip_chrome
from arabnews_extract.decode import decode
from arabnews_extract.errors import DecodeError, InvalidPageError
from arabnews_extract.extractors.byline import (
    byline_institution,
    is_desk_line,
    is_role_line,
    is_site_name,
    split_byline,
)
from arabnews_extract.extractors.content import line_kind
from arabnews_extract.extractors.dates import is_date_line
from arabnews_extract.extractors.sources import (
    Dateline,
    first_published_in,
    is_institution_name,
    is_wire_end,
    lead_credit,
    opening_agency,
    read_credit_line,
    read_dateline,
)
from arabnews_extract.models import Source
from arabnews_extract.segment import kind_of_attrs
from arabnews_extract.textnorm import clean_text
from arabnews_extract.urls import is_author_page, is_topic_page

PARA = (
    "وقال المتحدث باسم الوزارة في بيان صحفي إن العمل سيستمر خلال الأشهر المقبلة، وفق الخطة المعلنة."
)
REF = dt.datetime(2024, 3, 7, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def page(body: str, head: str = "") -> str:
    return (
        f"<html lang='ar' dir='rtl'><head><meta charset='utf-8'>{head}</head><body>"
        "<nav><a href='/'>الرئيسية</a> <a href='/s'>سياسة</a></nav>"
        f"<article><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>{body}</article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )


def test_related_items_keep_the_date_they_show() -> None:
    html = page(
        f"<p>{PARA}</p><p>{PARA}</p><div class='related-news'><h3>أخبار ذات صلة</h3><ul>"
        "<li><a href='/news/1'>الحكومة تعلن خطة جديدة للنقل العام</a><span>5 مارس 2024</span></li>"
        "<li><a href='/news/2'>افتتاح محطة مترو جديدة وسط المدينة</a></li></ul></div>"
    )
    article = extract(html, url="https://www.example-news.com.sa/a/9", reference_time=REF)
    assert [r.url for r in article.related] == [
        "https://www.example-news.com.sa/news/1",
        "https://www.example-news.com.sa/news/2",
    ]
    first, second = article.related
    assert first.published is not None and first.published.datetime.date() == dt.date(2024, 3, 5)
    assert second.published is None


def test_presentation_forms_and_bidi_controls_are_cleaned() -> None:
    assert clean_text("\u200fﻻ\u200b بد ﻣﻦ\u202b ذلك\u202c") == "لا بد من ذلك"
    assert "لا" in PARA
    html = page(f"<p>\u200f{PARA.replace('لا', 'ﻻ')}</p><p>{PARA} ثانية\u200e</p>")
    article = extract(html)
    assert article.body == [PARA, f"{PARA} ثانية"]


@pytest.mark.parametrize("codec", ["cp1256", "iso-8859-6"])
def test_legacy_encodings_without_a_declaration(codec: str) -> None:
    html = page(f"<p>{PARA}</p><p>{PARA} ثانية</p>").replace("<meta charset='utf-8'>", "")
    article = extract(html.encode(codec))
    assert article.body[0] == PARA


def test_wrong_header_charset_is_overruled() -> None:
    html = page(f"<p>{PARA}</p><p>{PARA} ثانية</p>").replace("<meta charset='utf-8'>", "")
    article = extract(html.encode("cp1256"), headers={"Content-Type": "text/html; charset=utf-8"})
    assert article.title == "عنوان الخبر الرئيسي في الصفحة اليوم"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("كتب - محمد علي", ["محمد علي"]),
        ("بقلم: د. سامية حسن", ["د. سامية حسن"]),
        ("إعداد: ليلى أحمد وسامر خليل", ["ليلى أحمد", "سامر خليل"]),
        ("تقرير: وليد يوسف - مراسل الجزيرة", ["وليد يوسف"]),
        ("By Sarah Smith and John Doe", ["Sarah Smith", "John Doe"]),
        ("وكالة الأنباء الألمانية (د ب أ)", []),
        ("فريق التحرير", ["فريق التحرير"]),
        ("محمد السليطي - رئيس القسم الاقتصادي", ["محمد السليطي"]),
        ("كل مقالات الكاتب", []),
        ("بقلم/ نادية فؤاد", ["نادية فؤاد"]),
        ("أخصائية تغذية علاجية", []),
        ("حاورته: منى سليمان", ["منى سليمان"]),
        ("إعداد: وحدة الرصد والتحليل • منذ 5 ساعات", ["وحدة الرصد والتحليل"]),
        ("By Ahmed Ali, Staff Writer", ["Ahmed Ali"]),
        (
            "بقلم: الأستاذ الدكتور محمد بن عبد الله الفلاني - أستاذ العلوم السياسية",
            ["الأستاذ الدكتور محمد بن عبد الله الفلاني"],
        ),
        ("ريم العطار - استشارية طب الأطفال", ["ريم العطار"]),
    ],
)
def test_bylines(text: str, names: list[str]) -> None:
    assert split_byline(text) == names


@pytest.mark.parametrize(
    ("text", "place", "codes", "standalone"),
    [
        ("القاهرة - (أ ش أ) - قال وزير", "القاهرة", ["MENA"], False),
        ("الرياض - واس", "الرياض", ["SPA"], True),
        ("(رويترز) - أعلنت الشركة", None, ["REUTERS"], False),
        ("دمشق، سوريا (CNN) -- أكدت جهات", "دمشق، سوريا", [None], False),
        ("عمان 12 آذار (بترا) - قال وزير", "عمان", ["PETRA"], False),
        ("رام الله 20-2-2024 (وفا) - افتتحت الوزارة", "رام الله", ["WAFA"], False),
        ("الكويت - ١٢ - ٣ (كونا) - أعلنت الوزارة", "الكويت", ["KUNA"], False),
        ("دبي - أطلقت البلدية مبادرة جديدة", "دبي", [], False),
        ("الخرطوم (سونا) - قال الوزير", "الخرطوم", [None], False),  # an agency with no code
        ("الدوحة - قنا: أعلنت الوزارة", "الدوحة", ["QNA"], False),
        ("أبو ظبي – أعلنت الدائرة", "أبو ظبي", [], False),
    ],
)
def test_datelines(text: str, place: str | None, codes: list[str | None], standalone: bool) -> None:
    dateline = read_dateline(text)
    assert dateline is not None
    assert (dateline.place, [s.code for s in dateline.sources], dateline.standalone) == (
        place,
        codes,
        standalone,
    )


@pytest.mark.parametrize(
    "text",
    [
        "قال الرئيس (في خطاب متلفز) - إن الحكومة",
        "خاص - كشفت مصادر مطلعة أن الحكومة",  # a label, not a place
        "الخبر - وهو ما أكدته المصادر",  # a city's name that is also a word: left out
    ],
)
def test_prose_is_no_dateline(text: str) -> None:
    assert read_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # (on the channel's own site normalize drops its name: the portal is no source)
        ("المصدر: الجزيرة + وكالات", ["AGENCIES", None]),
        ("المصادر الإضافية • أ ب", ["AP"]),
        ("(رويترز)", ["REUTERS"]),
        ("المصدر : (أبوظبي - البيان)", []),
        ("ميريديان الدولية / أ ف ب / رويترز", ["AFP", "REUTERS"]),
        ("رويترز، أ ب", ["REUTERS", "AP"]),
        ("(سبأ)", [None]),  # a lone name in parentheses closing the story
        ("(وكالة سبأ)", [None]),
        ("(الوكالة الموريتانية للأنباء)", [None]),
    ],
)
def test_credit_lines(text: str, codes: list[str]) -> None:
    credit = read_credit_line(text)
    assert credit is not None and [s.code for s in credit] == codes


@pytest.mark.parametrize(
    "text",
    [
        PARA,
        "سياسة / اقتصاد / رياضة",
        "القاهرة / 12 مارس / رويترز قالت إن",
        "(انتهى)",  # wire copy's end mark
        "(ع م)",  # an editor's initials
        "(في خطاب متلفز)",
    ],
)
def test_running_text_is_not_a_credit_line(text: str) -> None:
    assert read_credit_line(text) is None


@pytest.mark.parametrize(
    ("lead", "name", "code"),
    [
        ("نشر موقع Middle East Eye البريطاني، أن خبراً يفيد", "Middle East Eye", None),
        ("ذكرت صحيفة نيويورك تايمز الأمريكية أن الرئيس", "نيويورك تايمز", None),
        ("نقلت وكالة رويترز عن مصادر مطلعة", "رويترز", "REUTERS"),
    ],
)
def test_a_lead_that_credits_an_outlet(lead: str, name: str, code: str | None) -> None:
    credit = lead_credit(lead)
    assert credit is not None and (credit.name, credit.code) == (name, code)


@pytest.mark.parametrize("lead", ["أعلنت وزارة الصحة المصرية اليوم", PARA])
def test_an_ordinary_lead_credits_nobody(lead: str) -> None:
    assert lead_credit(lead) is None


def test_metadata_author_not_on_the_page_is_left_out_with_a_warning() -> None:
    html = page(
        f"<p>{PARA}</p><p>{PARA} ثانية</p>", head="<meta name='author' content='زياد خوري'>"
    )
    article = extract(html)
    assert article.authors == []
    assert any("زياد خوري" in w for w in article.extraction.warnings)


def test_a_render_time_stamp_loses_to_the_visible_date() -> None:
    head = "<meta property='article:published_time' content='2024-03-07T11:50:00+03:00'>"
    html = page(
        f"<div class='date'>الثلاثاء 5 مارس 2024</div><p>{PARA}</p><p>{PARA} ثانية</p>", head
    )
    article = extract(html, reference_time=REF)
    assert article.published is not None
    assert article.published.datetime.date() == dt.date(2024, 3, 5)
    assert any("rendered" in w for w in article.extraction.warnings)


def test_closing_disclaimers_are_not_body_but_quotes_in_the_story_are() -> None:
    quote = "وقال الوزير إن هذه التصريحات لا تعبر عن رأي الحكومة الرسمي في المفاوضات الجارية."
    html = page(
        f"<p>{PARA}</p><p>{quote}</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p><p>{PARA} رابعة</p>"
        "<p>الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.</p>"
    )
    article = extract(html)
    assert quote in article.body
    assert not any("الآراء الواردة" in p for p in article.body)


def test_a_related_list_made_of_one_box_per_item() -> None:
    html = page(
        f"<p>{PARA}</p><p>{PARA} ثانية</p><div class='refs'>"
        "<dl><dt><h3>انظر أيضا:</h3></dt>"
        "<dd><a href='/n/1'>الحكومة تعلن خطة جديدة للنقل</a></dd></dl>"
        "<dl><dd><a href='/n/2'>افتتاح محطة مترو جديدة وسط المدينة</a></dd></dl>"
        "<dl><dd><a href='/n/3'>ارتفاع أسعار الوقود للمرة الثانية هذا العام</a></dd></dl></div>"
        "<div class='tags'><a href='/tag/x'>النقل العام</a></div>"
    )
    article = extract(html, url="https://example.com/a/1")
    assert [r.url.rsplit("/", 1)[-1] for r in article.related] == ["1", "2", "3"]


def test_a_bare_header_with_the_headline_is_kept_and_a_site_header_dropped() -> None:
    html = (
        "<html><body><header class='site'><div class='logo'>موقع الأخبار</div>"
        "<ul><li><a href='/a'>سياسة</a></li></ul></header>"
        "<div class='post'><header class='entry-header'><h1>عنوان المقال في ترويسة مستقلة</h1>"
        "<span class='byline'>كتب: سامي يوسف</span></header>"
        f"<div class='entry-content'><p>{PARA}</p><p>{PARA} ثانية</p></div></div></body></html>"
    )
    article = extract(html)
    assert article.title == "عنوان المقال في ترويسة مستقلة"
    assert article.authors == ["سامي يوسف"]
    assert "موقع الأخبار" not in " ".join(article.body)


def test_double_encoded_utf8_is_refused_not_passed_on_as_mojibake() -> None:
    # UTF-8 bytes read as Latin-1 and saved again as UTF-8: valid UTF-8, full of "Ø§Ù„".
    html = page(f"<p>{PARA}</p><p>{PARA} ثانية</p>")
    double = html.encode("utf-8").decode("latin-1").encode("utf-8")
    with pytest.raises(DecodeError):
        extract(double)


def test_utf8_page_with_a_few_latin1_letters_stays_utf8() -> None:
    # "Ø" and "Ã" are also letters of Danish and Portuguese names: a few are no mojibake.
    html = page(f"<p>{PARA} (Søren, São Paulo, ØRESUND)</p><p>{PARA} ثانية</p>")
    decoded = decode(html.encode("utf-8"))
    assert decoded.encoding == "utf-8"
    assert "ØRESUND" in decoded.text
    assert extract(html.encode("utf-8")).body[0].endswith("(Søren, São Paulo, ØRESUND)")


def test_utf8_page_full_of_c1_controls_is_not_taken_as_utf8() -> None:
    # cp1252 text mis-saved through a latin-1 round trip carries C1 controls in UTF-8.
    body = "".join(chr(c) for c in range(0x80, 0xA0)) * 40
    html = page(f"<p>{PARA}</p><p>{body}</p>")
    with pytest.raises(DecodeError):
        decode(html.encode("utf-8"))


@pytest.mark.parametrize(
    "declared",
    [
        {"Content-Type": "text/html; charset=windows-1256"},
        {"Content-Type": "text/html; charset=iso-8859-6"},
        None,  # the page's own <meta charset='windows-1256'>
    ],
)
def test_utf8_bytes_under_a_legacy_declaration_are_read_as_utf8(
    declared: dict[str, str] | None,
) -> None:
    # A site moved to UTF-8 but its template still declares the old code page.
    html = page(f"<p>{PARA}</p><p>{PARA} ثانية</p>").replace("utf-8", "windows-1256")
    article = extract(html.encode("utf-8"), headers=declared)
    assert article.title == "عنوان الخبر الرئيسي في الصفحة اليوم"
    assert article.body[0] == PARA


PARA2 = (
    "وأضاف أن الوزارة ستنشر تقريرا مفصلا عن سير العمل في نهاية كل ربع من العام الجاري، "
    "ليطلع عليه المواطنون."
)
CAPTION = (
    "صورة من الموقع يظهر فيها عمال يركبون الأنابيب الجديدة تحت الجسر الرئيسي في وسط "
    "المدينة قبل افتتاحه المرتقب."
)


def test_photo_story_text_in_gallery_boxes_is_body_and_captions_are_not() -> None:
    html = page(
        f"<div class='gallery-intro'><p>{PARA}</p></div>"
        "<div class='gallery-list'><figure class='gallery-item'><img src='/1.jpg'>"
        f"<figcaption>{CAPTION}</figcaption></figure>"
        f"<div class='gallery-item'><img src='/2.jpg'><p>{CAPTION} ثانية</p></div></div>"
        f"<div class='gallery-outro'><p>{PARA2}</p></div>"
    ).replace("<article>", "<article class='gallery-page'>")
    assert extract(html).body == [PARA, PARA2]


def test_a_pull_quote_repeating_the_text_is_dropped_a_quotation_is_not() -> None:
    quote = "«إن العمل سيستمر خلال الأشهر المقبلة بلا توقف مهما كانت الظروف»"
    html = page(
        f"<p>{PARA}</p><blockquote class='pullquote'>{PARA.split('،')[0]}</blockquote>"
        f"<blockquote>{quote}</blockquote><p>{PARA2}</p>"
    )
    assert extract(html).body == [PARA, quote, PARA2]


@pytest.mark.parametrize(
    ("links", "related"),
    [
        (("الحكومة تعلن خطة جديدة للنقل العام", "افتتاح محطة مترو جديدة وسط المدينة"), 2),
        (("النقل العام", "المترو", "وزارة النقل"), 0),  # topic pages: tags
    ],
)
def test_a_related_topics_heading_over_headlines_lists_related_articles(
    links: tuple[str, ...], related: int
) -> None:
    items = "".join(f"<li><a href='/x/{i}'>{text}</a></li>" for i, text in enumerate(links))
    html = page(
        f"<p>{PARA}</p><p>{PARA2}</p><div class='box'><h3>مواضيع ذات صلة</h3><ul>{items}</ul></div>"
    )
    article = extract(html, url="https://www.example-news.com/a/1")
    assert len(article.related) == related


def test_a_page_that_declares_itself_a_profile_is_not_an_article() -> None:
    bio = f"<p>{PARA}</p><p>{PARA2}</p>"
    head = "<meta property='og:type' content='profile'>"
    with pytest.raises(NotAnArticleError, match="profile"):
        extract(page(bio, head=head))
    assert extract(page(bio)).body == [PARA, PARA2]  # the same text, undeclared


def test_a_byline_of_a_place_and_a_role_gives_a_dateline_not_an_author() -> None:
    html = page(f"<div class='author'>بغداد - مراسلنا</div><p>{PARA}</p><p>{PARA2}</p>")
    article = extract(html)
    assert (article.authors, article.dateline) == ([], "بغداد")


def test_a_wire_closing_note_is_not_body_and_names_no_author() -> None:
    note = "(تغطية صحفية ليلى بسام - إعداد محمد علي للنشرة العربية - تحرير سها جادو)"
    article = extract(page(f"<p>بيروت (رويترز) - {PARA}</p><p>{PARA2}</p><p>{note}</p>"))
    assert article.body == [f"بيروت (رويترز) - {PARA}", PARA2]
    assert article.authors == [] and [s.code for s in article.sources] == ["REUTERS"]


def test_a_not_found_page_served_as_200_is_not_an_article() -> None:
    html = page(f"<p>{PARA}</p><p>{PARA2}</p>").replace(
        "عنوان الخبر الرئيسي في الصفحة اليوم", "عذراً، الصفحة التي تبحث عنها غير موجودة"
    )
    with pytest.raises(NotAnArticleError, match="not found"):
        extract(html)


def test_a_teaser_writer_inside_its_link_is_not_part_of_the_title() -> None:
    box = (
        "<div class='related'><h3>مقالات ذات صلة</h3><ul><li><a href='/o/1'>"
        "<span class='writer'>م. سامر الحياري</span> "
        "<span>الحكومة الإلكترونية بين الطموح والواقع</span>"
        "</a></li></ul></div>"
    )
    article = extract(
        page(f"<p>{PARA}</p><p>{PARA2}</p>{box}"), url="https://www.example-news.com/a"
    )
    assert [r.title for r in article.related] == ["الحكومة الإلكترونية بين الطموح والواقع"]


@pytest.mark.parametrize(
    ("declared", "offset"),
    [
        ("2024-03-05T14:05:00+03:00", dt.timedelta(hours=3)),
        ("2024-03-05T14:05:30+02:00", dt.timedelta(hours=2)),
        ("2024-03-05T11:05:00Z", None),
    ],
)
def test_visible_times_take_the_offset_the_page_declares(
    declared: str, offset: dt.timedelta | None
) -> None:
    # A .com portal has no zone by its address; its own JSON-LD offset is the clock of
    # the times it prints. UTC is no such clue (CMSs store UTC and print local time).
    head = (
        "<script type='application/ld+json'>"
        f'{{"@type": "NewsArticle", "datePublished": "{declared}"}}</script>'
    )
    html = page(
        f"<div class='meta'>آخر تحديث: 6 مارس 2024 - 18:30</div><p>{PARA}</p><p>{PARA}</p>", head
    )
    article = extract(html, url="https://www.example-news.com/a/9", reference_time=REF)
    assert article.modified is not None
    assert article.modified.datetime.replace(tzinfo=None) == dt.datetime(2024, 3, 6, 18, 30)
    assert article.modified.datetime.utcoffset() == offset
    assert article.modified.tz_inferred is (offset is not None)


@pytest.mark.parametrize(
    ("text", "place", "sources"),
    [
        ("الرياض - واس - توقع المركز الوطني للأرصاد هطول أمطار", "الرياض", [("واس", "SPA")]),
        ("طرابلس - وال - أعلنت وزارة الزراعة أسعار القمح", "طرابلس", [("وال", None)]),
        ("بيروت - وطنية - أطلق وزير الزراعة حملة", "بيروت", [("وطنية", "NNA")]),
        ("القاهرة - محمد علي - أعلنت الوزارة عن خطة", "القاهرة", []),
        ("بغداد/ المدى أعلنت وزارة الكهرباء عن خطة", "بغداد", []),
    ],
)
def test_datelines_with_a_dash_or_a_slash_after_the_credit(
    text: str, place: str, sources: list[tuple[str, str | None]]
) -> None:
    dateline = read_dateline(text)
    assert dateline is not None
    assert dateline.place == place
    assert [(s.name, s.code) for s in dateline.sources] == sources
    assert not dateline.standalone


def test_a_credit_line_names_an_agency_or_an_outlet_with_no_code() -> None:
    (source,) = read_credit_line("المصدر: الوكالة الموريتانية للأنباء") or []
    assert (source.name, source.code) == ("الوكالة الموريتانية للأنباء", None)
    # An outlet named after its kind is credited by its name (the corpus README: "the
    # outlet's name as written where it has none"); the portal's own is dropped later.
    (paper,) = read_credit_line("المصدر: صحيفة الأهرام") or []
    assert (paper.name, paper.code) == ("الأهرام", None)
    # Every outlet noun of the lexicon counts, in a credit line and in a dateline.
    (magazine,) = read_credit_line("المصدر: مجلة العربي") or []
    assert (magazine.name, magazine.code) == ("العربي", None)
    dateline = read_dateline("القاهرة (جريدة الأهرام) - قال وزير النقل إن المشروع سيكتمل")
    assert dateline is not None
    assert [(s.name, s.code) for s in dateline.sources] == [("جريدة الأهرام", None)]


def test_a_hidden_transcript_is_text_but_other_hidden_boxes_are_not() -> None:
    transcript = "المراسل: نحن الآن في وسط المدينة حيث غمرت مياه الأمطار معظم الشوارع الرئيسية."
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(
        f"<p>{PARA}</p><p>{second}</p>"
        f"<div class='transcript-body' hidden><p>{transcript}</p></div>"
        "<div class='menu-drawer' hidden><p>قائمة مخفية لا يراها القارئ إلا إذا فتحها.</p></div>"
    )
    article = extract(html, url="https://www.example-news.com/v/1", reference_time=REF)
    assert article.body == [PARA, second, transcript]


def test_a_lead_box_one_level_above_the_text_box_is_body() -> None:
    lead = (
        "أعلنت الحكومة اليوم عن حزمة إجراءات اقتصادية جديدة تهدف إلى دعم الأسر محدودة الدخل،"
        " وتشمل زيادة الدعم النقدي وتوسيع برامج الحماية الاجتماعية في المحافظات كافة."
    )
    texts = [
        f"{PARA} وأوضح أن الخطة تشمل {n} مراحل تمتد على مدى عامين كاملين." for n in range(3, 7)
    ]
    html = page(
        f"<div class='box-a'><p>{lead}</p></div>"
        "<div class='share-bar'><a href='#'>فيسبوك</a> <a href='#'>واتساب</a></div>"
        "<div class='wrap'><div class='inner'><div class='text'>"
        + "".join(f"<p>{t}</p>" for t in texts)
        + "</div></div></div>"
    )
    article = extract(html, url="https://www.example-news.com/a/1", reference_time=REF)
    assert article.body == [lead, *texts]


def test_a_video_page_names_every_box_video_and_keeps_description_and_transcript() -> None:
    description = (
        "شهدت المدينة مساء الأربعاء أمطاراً غزيرة تسببت في فيضانات مفاجئة غمرت الشوارع"
        " الرئيسية، ويظهر الفيديو سيارات عالقة في المياه ومواطنين يعبرون الطرقات سيراً."
    )
    said = [
        "المراسل: نحن الآن في وسط المدينة حيث غمرت مياه الأمطار معظم الشوارع خلال ساعتين فقط.",
        "أحد السكان: منذ سنوات ونحن نطالب بإصلاح شبكة تصريف المياه لكن لا شيء تغير حتى الآن.",
        "المراسل: مديرية الدفاع المدني دفعت بأكثر من عشرين مضخة إلى الأحياء المتضررة اليوم.",
    ]
    html = page(
        "<section class='video-main'><div class='video-info'>"
        f"<div class='video-description'><p>{description}</p></div>"
        "<div class='transcript'><button>نص الفيديو</button><div class='transcript-body' hidden>"
        + "".join(f"<p>{s}</p>" for s in said)
        + "</div></div></div></section>"
    )
    article = extract(html, url="https://www.example-news.com/v/2", reference_time=REF)
    assert article.body == [description, *said]


def test_a_page_with_a_box_per_paragraph_keeps_its_subheading_and_short_lines() -> None:
    texts = [f"{PARA} وأوضح أن المرحلة رقم {n} تبدأ خلال الشهر المقبل." for n in range(1, 5)]

    def box(kind: str, inner: str) -> str:  # block > inner > content, as Nuxt themes nest
        return f"<div class='block block--{kind}'><div class='inner'>{inner}</div></div>"

    def text(line: str) -> str:
        return box("text", f"<div class='content'><p>{line}</p></div>")

    blocks = [
        text(texts[0]),
        text(texts[1]),
        box("ad", "<div class='ad-slot'>إعلان</div>"),
        box("heading", "<h2>فرص عمل وحوافز</h2>"),
        text(texts[2]),
        text("وتابع: «سننجح»."),
        text(texts[3]),
    ]
    html = page("<div class='article-body'>" + "".join(blocks) + "</div>")
    article = extract(html, url="https://www.example-news.com/a/2", reference_time=REF)
    assert article.body == [
        texts[0],
        texts[1],
        "فرص عمل وحوافز",
        texts[2],
        "وتابع: «سننجح».",
        texts[3],
    ]


def test_a_source_line_under_a_chart_is_neither_text_nor_the_story_s_source() -> None:
    texts = [f"{PARA} وأضاف أن المؤشر ارتفع {n} بالمئة في ختام التعاملات." for n in range(1, 5)]
    html = page(
        f"<div class='entry-content'><p>{texts[0]}</p><p>{texts[1]}</p>"
        "<figure><img src='/chart.png' alt=''><figcaption>أداء المؤشر منذ بداية العام</figcaption>"
        "</figure><p><span>المصدر: بلومبرغ</span></p>"
        f"<p>{texts[2]}</p><p>{texts[3]}</p><p>(رويترز)</p></div>"
    )
    article = extract(html, url="https://www.example-news.com/a/3", reference_time=REF)
    assert article.body == texts
    assert [s.code for s in article.sources] == ["REUTERS"]


@pytest.mark.parametrize("label", ["undefined", "utf8mb4_unicode_ci", "x-user-defined-junk"])
def test_a_junk_charset_label_falls_back_to_detection(label: str) -> None:
    raw = page(f"<p>{PARA}</p><p>{PARA}</p>", head="").replace(
        "charset='utf-8'", f"charset='{label}'"
    )
    article = extract(raw.encode("cp1256"), headers={"content-type": f"text/html; charset={label}"})
    assert article.body == [PARA]


def test_an_image_size_in_other_digits_is_no_size() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(f"<div><img src='/a.jpg' width='²' height='١٠'><p>{PARA}</p><p>{second}</p></div>")
    assert extract(html).body == [PARA, second]


def test_a_canonical_link_to_the_home_page_is_not_the_article_s_address() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(f"<p>{PARA}</p><p>{second}</p>", head="<link rel='canonical' href='/'>")
    url = "https://www.example-news.com/news/2024/03/07/flood"
    assert extract(html, url=url).url == url
    assert extract(html).url is None


def test_a_latin1_declaration_does_not_hide_windows_1256_bytes() -> None:
    html = page(f"<p>{PARA}</p><p>{PARA[::-1]}</p>", head="<meta charset='iso-8859-1'>")
    article = extract(html.encode("cp1256"), headers={"content-type": "text/html"})
    assert article.body[0] == PARA


def test_a_place_alone_in_a_byline_span_is_the_dateline() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(
        "<div class='byline'><span class='byline__dateline'>دبي:</span> "
        "<a class='byline__author' href='/a/1'>رنا الحمادي</a></div>"
        f"<div class='body'><p>{PARA}</p><p>{second}</p></div>"
    )
    article = extract(html)
    assert (article.dateline, article.authors) == ("دبي", ["رنا الحمادي"])


def test_the_headline_again_at_the_head_of_the_text_is_read_once() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(
        "<div class='post'><b>عنوان الخبر الرئيسي في الصفحة اليوم</b><br><br>"
        f"{PARA}<br><br>{second}</div>"
    )
    assert extract(html).body == [PARA, second]


@pytest.mark.parametrize("line", ["التفاصيل بعد قليل...", "يتبع", "الخبر قيد التحديث."])
def test_a_promise_of_more_is_not_text(line: str) -> None:
    assert line_kind(line) == "more"
    assert line_kind("يتبع الاتحاد سياسة جديدة في الملف.") is None


@pytest.mark.parametrize(
    "line",
    [
        "تابعوا المزيد من القصص المصورة على شرفة نيوز",
        "تابعوا آخر الأخبار عبر قناتنا على تلغرام",
        "لمتابعة آخر الأخبار اشترك في قناتنا",
    ],
)
def test_a_follow_prompt_that_reads_like_a_sentence_is_not_text(line: str) -> None:
    assert line_kind(line) == "follow"
    # The same verb inside a sentence, or with a conjunction, is reporting.
    assert line_kind("وتابعوا المباراة من المدرجات حتى صافرة النهاية.") is None


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_a_byte_order_mark_names_the_encoding(codec: str) -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(f"<p>{PARA}</p><p>{second}</p>")
    raw = ("\ufeff" + html).encode(codec)
    assert extract(raw).body == [PARA, second]


@pytest.mark.parametrize("raw", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xef\xbb\xbf  \n"])
def test_a_byte_order_mark_alone_is_an_empty_page(raw: bytes) -> None:
    with pytest.raises(InvalidPageError, match="empty"):
        extract(raw)


def test_a_place_and_names_opening_the_text_is_the_byline() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(
        f"<p><strong>القاهرة - أحمد علي وسارة محمد</strong></p><p>{PARA}</p><p>{second}</p>"
    )
    article = extract(html)
    assert article.body == [PARA, second]
    assert (article.authors, article.dateline) == (["أحمد علي", "سارة محمد"], "القاهرة")


def test_an_editor_line_closing_the_text_is_the_byline() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(f"<p>{PARA}</p><p>{second}</p><p><strong>تحرير: ليلى حسن</strong></p>")
    article = extract(html)
    assert (article.body, article.authors) == ([PARA, second], ["ليلى حسن"])


def test_a_component_named_in_a_data_attribute_is_known_by_it() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    bio = "كاتب وباحث في الشؤون الاقتصادية، يكتب عن الأسواق والطاقة منذ عشرين عاما في صحف عربية."
    html = page(
        f"<p>{PARA}</p><p>{second}</p>"
        f"<section data-component='author-card'><p>سامي علي</p><p>{bio}</p></section>"
    )
    assert extract(html).body == [PARA, second]


def test_a_poll_inside_the_text_is_not_text() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(
        f"<div class='body'>{PARA}<br><br>"
        "<div class='InlinePoll'><div class='PollQuestion'>هل تؤيد القرار؟</div>"
        "<div class='PollNote'>شارك في الاستطلاع: 418 صوتا حتى الآن</div></div>"
        f"{second}</div>"
    )
    assert extract(html).body == [PARA, second]


@pytest.mark.parametrize(
    ("text", "place", "codes"),
    [
        ("دمشق-سانا بحث وزير الموارد المائية مع وفد المنظمة", "دمشق", ["SANA"]),
        ("بغداد/ واع أعلنت وزارة الزراعة اليوم استكمال استعداداتها", "بغداد", ["INA"]),
        ("بكين 5 مارس 2024 (شينخوا) أعلنت الصين إطلاق مركز مشترك", "بكين", ["XINHUA"]),
        ("أنقرة/ الأناضول", "أنقرة", ["ANADOLU"]),
    ],
)
def test_datelines_glued_or_running_straight_on(text: str, place: str, codes: list[str]) -> None:
    dateline = read_dateline(text)
    assert dateline is not None
    assert (dateline.place, [s.code for s in dateline.sources]) == (place, codes)


def test_editors_initials_before_the_agencies_are_a_credit_line() -> None:
    assert [s.code for s in read_credit_line("ع.ج/ ح.ز (د ب أ، رويترز)") or []] == [
        "DPA",
        "REUTERS",
    ]


def test_an_agency_name_in_a_byline_is_no_author() -> None:
    assert split_byline("وكالة مرمرة للأنباء") == []
    assert split_byline("الخميس، 14 نوفمبر 2024 09:15 م") == []


def test_a_translation_under_the_article_is_not_its_text() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    english = "The ministry said the plan will start next month, according to the statement."
    html = page(f"<p>{PARA}</p><p>{second}</p><h2>English version</h2><p>{english}</p>")
    assert extract(html).body == [PARA, second]


def test_a_republished_piece_credits_where_it_first_appeared() -> None:
    (source,) = read_credit_line("نُشر هذا المقال أولاً في مجلة «فصول المعرفة».") or []
    assert (source.name, source.code) == ("فصول المعرفة", None)


def test_a_place_and_an_exclusive_label_stand_alone_as_the_dateline() -> None:
    dateline = read_dateline("إدلب - خاص")
    assert dateline is not None and (dateline.place, dateline.standalone) == ("إدلب", True)
    assert dateline.sources == []


@pytest.mark.parametrize(
    ("text", "names"),
    [("ترجمة وتحرير: لين الأحمد", ["لين الأحمد"]), ("مراجعة: يوسف بنعلي", ["يوسف بنعلي"])],
)
def test_compound_and_review_byline_prefixes(text: str, names: list[str]) -> None:
    assert split_byline(text) == names


def test_a_source_label_alone_is_no_source_note() -> None:
    from arabnews_extract.extractors.sources import is_source_note

    assert not is_source_note("المصدر:")  # the credit follows on the next line
    assert is_source_note("المصدر: بيانات عقود الإيجار المسجلة. القيم مقرّبة.")


def test_a_kicker_inside_the_headline_goes_when_the_metadata_leaves_it_out() -> None:
    from arabnews_extract.extractors.title import _without_kicker

    headline = "البنك المركزي يثبّت أسعار الفائدة للمرة الثانية"
    assert _without_kicker(f"عاجل | {headline}", [headline]) == headline
    kept = "مصر: الحكومة تعلن خطة جديدة للنقل العام"
    assert _without_kicker(kept, [kept]) == kept


def test_an_agency_then_editors_initials_close_the_copy() -> None:
    assert [s.code for s in read_credit_line("--(بترا) س ع/ م ق") or []] == ["PETRA"]


def test_a_short_text_on_a_page_declaring_no_article_is_no_article() -> None:
    blurb = (
        "تعرض هذه الصفحة أسعار صرف العملات الأجنبية مقابل الدينار في السوق الرسمية، "
        "وتُحدّث البيانات كل ساعة من مصادر السوق المعتمدة. "
    )
    rates = "<table><tr><td>الدولار</td><td>0.709</td></tr></table>"
    html = page(f"<p>{blurb}</p><p>{blurb[::-1]}</p>{rates}")
    assert 200 < 2 * len(blurb) < 500
    with pytest.raises(NotAnArticleError, match="declares itself no article"):
        extract(html.replace("<head>", "<head><meta property='og:type' content='website'>"))
    assert extract(html).body  # declaring nothing, a short text stays a story


def test_a_parenthesised_word_inside_a_sentence_is_no_credit() -> None:
    assert read_dateline("واصلت عملة البيتكوين (BTC) صعودها القوي اليوم") is None


def test_a_date_after_the_name_on_the_byline_line_is_cut_off() -> None:
    assert split_byline("كتب: محمود عبد الرحيم الثلاثاء، 12 مارس 2024 - 10:35 ص") == [
        "محمود عبد الرحيم"
    ]


def test_a_correction_note_and_an_archive_caption_are_not_text() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    note = "تصحيح: ورد في نسخة سابقة من هذا الخبر رقم غير دقيق، وقد جرى تصويبه."
    html = page(
        f"<p>{note}</p><p>محطة الزور لتوليد الكهرباء (أرشيف)</p><p>{PARA}</p><p>{second}</p>"
    )
    assert extract(html).body == [PARA, second]


def test_a_reviewer_line_names_no_author() -> None:
    assert split_byline("مراجعة طبية: د. خالد العتيبي، استشاري الغدد الصماء والسكري") == []
    from arabnews_extract.extractors.byline import is_role_line

    assert is_role_line("مراجعة طبية: د. خالد العتيبي")


def test_paragraphs_of_a_translation_alternating_with_the_arabic_are_not_text() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    english = "The ministry said the plan will start next month, according to the statement."
    html = page(f"<p>{PARA}</p><p>{english}</p><p>{second}</p>")
    assert extract(html).body == [PARA, second]


def test_a_subheading_opening_with_a_share_word_is_text() -> None:
    second = "وأضاف أن فرق الدفاع المدني تواصل سحب المياه من الأحياء المتضررة منذ ساعات الصباح."
    html = page(f"<p>{PARA}</p><h3>مشاركة القطاع الخاص</h3><p>{second}</p><h3>شارك الخبر</h3>")
    assert extract(html).body == [PARA, "مشاركة القطاع الخاص", second]


def _republished(source_org: str, shown: str) -> str:
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "عنوان",'
        ' "publisher": {"@type": "Organization", "name": "مرصد الأخبار"},'
        f' "sourceOrganization": {{"@type": "NewsMediaOrganization", "name": "{source_org}"}}}}'
    )
    return page(
        f"<div class='source'>{shown}</div><p>{PARA}</p><p>{PARA} ثانية</p>",
        head=f"<script type='application/ld+json'>{ld}</script>",
    )


def test_a_republished_story_credits_the_source_organization_it_shows() -> None:
    article = extract(_republished("الوادي نيوز", "الوادي نيوز"))
    assert [(s.name, s.code) for s in article.sources] == [("الوادي نيوز", None)]
    # An agency there takes its code; the publisher naming itself is no source; a name
    # the reader never sees is not taken either.
    assert [s.code for s in extract(_republished("رويترز", "رويترز")).sources] == ["REUTERS"]
    assert extract(_republished("مرصد الأخبار", "مرصد الأخبار")).sources == []
    assert extract(_republished("الوادي نيوز", "مصدر آخر")).sources == []
    # A company issuing its own release is an Organization, not a news outlet.
    company = _republished("الوادي نيوز", "الوادي نيوز").replace(
        "NewsMediaOrganization", "Organization"
    )
    assert extract(company).sources == []


def test_a_date_label_in_its_own_box_gives_its_role_to_the_next_box() -> None:
    html = page(
        "<div class='meta'><span>نشر في:</span> <span class='d'>04/03/2024 09:30 ص</span></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
        "<div class='info'><div>آخر تحديث:</div><span class='date'>05/03/2024 10:05 ص</span></div>"
    )
    article = extract(html, reference_time=REF)
    assert article.published is not None and article.modified is not None
    assert article.published.datetime.isoformat() == "2024-03-04T09:30:00"
    assert article.modified.datetime.isoformat() == "2024-03-05T10:05:00"
    assert not any("تحديث" in p for p in article.body)


@pytest.mark.parametrize(
    "label",
    [
        "حُدِّث في:",  # diacritics the vocabulary does not write
        "تم التَّحديث:",
        "آخـر تحديـث:",  # tatweel
        "آخر تحيين:",  # Tunisian
    ],
)
def test_a_dressed_or_regional_update_label_between_two_dates_marks_the_second(
    label: str,
) -> None:
    html = page(
        "<div class='dates'>نشر في: <span class='date'>4 مارس 2024 - 10:50 م</span>"
        f" &nbsp;|&nbsp; {label} <span class='date'>5 مارس 2024 - 09:05 ص</span></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    article = extract(html, reference_time=REF)
    assert article.published is not None and article.modified is not None
    assert article.published.datetime.isoformat() == "2024-03-04T22:50:00"
    assert article.modified.datetime.isoformat() == "2024-03-05T09:05:00"


def test_a_place_and_a_role_opening_the_text_is_a_dateline_not_body() -> None:
    article = extract(
        page(f"<p><strong>الخرطوم: مراسل الموقع</strong></p><p>{PARA}</p><p>{PARA} ثانية</p>")
    )
    assert article.body == [PARA, f"{PARA} ثانية"]
    assert article.dateline == "الخرطوم"
    assert article.authors == []


def test_a_place_alone_above_the_text_is_the_dateline() -> None:
    article = extract(page(f"<div class='dl'>بغداد</div><p>{PARA}</p><p>{PARA} ثانية</p>"))
    assert article.body == [PARA, f"{PARA} ثانية"]
    assert article.dateline == "بغداد"
    # A place as a subheading stays: headings are the text's own structure.
    article = extract(page(f"<h2>غزة</h2><p>{PARA}</p><p>{PARA} ثانية</p>"))
    assert article.body[0] == "غزة"


def test_the_lead_pictures_caption_is_not_the_lead() -> None:
    caption = "ألواح للطاقة الشمسية على سطح مبنى في بيروت، 3 تشرين الأول/أكتوبر 2024 خلال جولة"
    html = page(
        "<div class='b-lead-art'><figure><img src='/a.jpg'>"
        f"<figcaption><span>{caption}</span> <span>(أ ف ب)</span></figcaption></figure></div>"
        f"<div class='article-body'><p>{PARA}</p><p>{PARA} ثانية</p></div>"
    )
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_bookmark_card_in_the_text_is_related_and_a_newsletter_pitch_is_not_text() -> None:
    html = page(
        f"<section class='gh-content'><p>{PARA}</p>"
        "<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container' "
        "href='https://example-journal.com/reading-clubs/'><div class='kg-bookmark-title'>"
        "نوادي القراءة في المعاهد الثانوية: تجربة نموذجية</div>"
        "<div class='kg-bookmark-description'>"
        "في ثلاثة معاهد يدير التلاميذ أنفسهم نوادي للقراءة تلتقي أسبوعيا.</div></a></figure>"
        "<div class='kg-callout-card'>هل أعجبك هذا التقرير؟ اشترك في نشرتنا الأسبوعية لتصلك "
        f"قصص مماثلة كل خميس. <a href='#/signup'>اشترك مجاناً</a></div><p>{PARA} ثانية</p></section>"
    )
    article = extract(html, url="https://example-journal.com/libraries/")
    assert article.body == [PARA, f"{PARA} ثانية"]
    assert [(r.title, r.url) for r in article.related] == [
        (
            "نوادي القراءة في المعاهد الثانوية: تجربة نموذجية",
            "https://example-journal.com/reading-clubs/",
        )
    ]


def test_an_agency_under_a_photo_credits_the_photo_not_the_story() -> None:
    figure = (
        "<figure><img src='/a.jpg'>"
        "<figcaption class='credit'>رويترز / أرشيفية</figcaption></figure>"
    )
    article = extract(page(f"{figure}<p>{PARA}</p><p>{PARA} ثانية</p>"))
    assert article.sources == []
    # A labelled credit stays the story's, wherever the template boxes it.
    labelled = "<p class='caption'>المصدر: بوابة المشرق + وكالات</p>"
    article = extract(page(f"<p>{PARA}</p><p>{PARA} ثانية</p>{labelled}"))
    assert [s.code for s in article.sources] == ["AGENCIES"]


def test_a_credit_line_names_an_outlet_with_no_code_as_written() -> None:
    (nasa,) = read_credit_line("المصدر: ناسا") or []
    assert (nasa.name, nasa.code) == ("ناسا", None)
    # Not a source in the story's own words, not "about the writer", not the site itself.
    assert read_credit_line("مصدر مسؤول") == []
    assert read_credit_line("عن الكاتبة") is None  # no credit line: "about" her
    assert read_credit_line("المصدر: الموقع") == []
    assert read_credit_line("المصدر: صحف") == []  # newspapers in general, no one outlet


def test_a_closing_disclaimer_is_not_text_but_a_closing_correction_is() -> None:
    correction = (
        "تصحيح: ذكرت نسخة سابقة من هذا الخبر أن المرحلة الثالثة تضم 14 محطة، والصحيح أنها تضم 12."
    )
    disclaimer = "تنويه: هذا المقال لأغراض التثقيف ولا تُغني المعلومات عن استشارة الطبيب المختص."
    article = extract(page(f"<p>{PARA}</p><p>{PARA} ثانية</p><p>{correction}</p>"))
    assert article.body[-1] == correction
    article = extract(page(f"<p>{PARA}</p><p>{PARA} ثانية</p><div>{disclaimer}</div>"))
    assert article.body == [PARA, f"{PARA} ثانية"]


def test_a_badge_inside_the_headline_goes_when_the_metadata_lacks_it() -> None:
    headline = "حريق ضخم في مصنع للبلاستيك بالمنطقة الصناعية وإصابة عدد من العمال"
    html = page(
        f"<p>{PARA}</p><p>{PARA} ثانية</p>", head=f"<meta property='og:title' content='{headline}'>"
    )
    html = html.replace(
        "<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>",
        f"<h1><span class='breaking-label'>عاجل</span> {headline}</h1>",
    )
    assert extract(html).title == headline


def test_a_quotation_left_in_english_is_text() -> None:
    quote = "We are running out of time, and the families in the camps cannot wait any longer."
    html = page(f"<p>{PARA}</p><p>{quote}</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>")
    assert extract(html).body == [PARA, quote, f"{PARA} ثانية", f"{PARA} ثالثة"]


def test_a_standfirst_opening_with_a_dateline_gives_it() -> None:
    lead = f"طهران - إرنا - {PARA}"
    html = page(
        f"<div class='article-lead'><p>{lead}</p></div>"
        f"<div class='article-body'><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></div>"
    )
    article = extract(html)
    assert article.body[0] == lead
    assert article.dateline == "طهران"
    assert [s.code for s in article.sources] == ["IRNA"]


def test_wordpress_post_classes_name_the_posts_terms_not_a_tag_list() -> None:
    post = "post-20981 post type-post status-publish format-audio category-podcast tag-ai"
    assert kind_of_attrs(post) is None
    assert kind_of_attrs("tag-ai tag-jobs") == "tags"  # a tag list still is one


def test_a_paragraph_beside_the_best_box_joins_the_region() -> None:
    transcript = "".join(f"<p>المذيع: {PARA} {n}</p>" for n in range(5))
    description = (
        "في هذه الحلقة نستضيف باحثة في سياسات التوظيف للحديث عن الوظائف الجديدة في المنطقة."
    )
    html = page(
        f"<div class='post-content'><p>{description}</p>"
        f"<div class='episode-transcript'><h2>نص الحلقة</h2>{transcript}</div></div>"
    )
    assert extract(html).body[:2] == [description, "نص الحلقة"]


def test_a_press_release_header_contact_box_and_disclaimer_are_not_text() -> None:
    opening = f"دبي، الإمارات العربية المتحدة، 12 مارس 2024: {PARA}"
    html = page(
        f"<p>للنشر الفوري</p><p>{opening}</p><p>{PARA} ثانية</p>"
        "<div class='media-contact'><p>للتواصل الإعلامي:</p><p>ريم العلي – مديرة الاتصال</p></div>"
        "<div class='release-disclaimer'><p>المحتوى أعلاه بيان صحفي صادر عن الجهة المذكورة،"
        " والموقع غير مسؤول عن دقة المعلومات الواردة فيه.</p></div>"
        "<div class='citizen-cta'><h4>هل لديك قصة؟</h4><p>شاركنا قصتك وسننشرها.</p></div>"
    )
    article = extract(html)
    assert article.body == [opening, f"{PARA} ثانية"]
    assert article.dateline == "دبي"
    assert article.sources == []


def test_a_compound_presenter_prefix_is_no_name() -> None:
    assert split_byline("إعداد وتقديم: كريم منصور") == ["كريم منصور"]
    assert split_byline("إعداد وتقديم:") == []


def test_a_time_two_boxes_after_its_date_with_the_hijri_date_between() -> None:
    html = page(
        "<div class='news-date'><span class='date-miladi'>4 آذار 2024</span>"
        "<span class='date-hijri'>23 شعبان 1445</span>"
        "<span class='date-time'>الساعة 09:12 مساء</span></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    fetched = dt.datetime(2024, 6, 18, 21, 10, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    published = extract(html, reference_time=fetched).published
    assert published is not None
    assert published.datetime.isoformat() == "2024-03-04T21:12:00"


def test_a_related_cards_date_inside_its_link_is_its_date_not_its_title() -> None:
    html = page(
        f"<p>{PARA}</p><p>{PARA} ثانية</p><aside><h3>المزيد حول هذه القصة</h3><ul>"
        "<li><a href='/c/1'><span>بعثة إيطالية تستأنف التنقيب في أور بعد انقطاع</span>"
        "<time datetime='2024-02-22'>22 فبراير 2024</time></a></li>"
        "<li><a href='/c/2'>تأجيل محاكمة المتهمين في قضية الآثار إلى جلسة 5 مارس</a></li>"
        "</ul></aside>"
    )
    related = extract(html, url="https://www.example-news.com/a/1", reference_time=REF).related
    assert [r.title for r in related] == [
        "بعثة إيطالية تستأنف التنقيب في أور بعد انقطاع",
        "تأجيل محاكمة المتهمين في قضية الآثار إلى جلسة 5 مارس",  # a date of its own, spaced
    ]
    assert related[0].published is not None
    assert related[0].published.datetime.date().isoformat() == "2024-02-22"


def test_a_credit_in_parentheses_closing_the_text_names_the_writer() -> None:
    html = page(f"<p>{PARA}</p><p>{PARA} ثانية</p><p>(إعداد: قسم الأخبار الدولية)</p>")
    article = extract(html)
    assert article.authors == ["قسم الأخبار الدولية"]
    assert article.body == [PARA, f"{PARA} ثانية"]
    # A wire's note of several credits names its staff, not the writers.
    note = "(تغطية صحفية ليلى بسام - إعداد محمد علي للنشرة العربية - تحرير سها جادو)"
    assert extract(page(f"<p>{PARA}</p><p>{PARA} ثانية</p><p>{note}</p>")).authors == []


def test_related_links_resolve_against_the_pages_base_href() -> None:
    html = page(
        f"<p>{PARA}</p><p>{PARA} ثانية</p><div class='related-news'><h3>أخبار ذات صلة</h3><ul>"
        "<li><a href='2024/05/09/inflation.html'>التضخم يتراجع إلى أدنى مستوى منذ سنوات</a></li>"
        "<li><a href='../sport/final.html'>الفيصلي يتأهل إلى نهائي الكأس بعد فوز صعب</a></li>"
        "</ul></div>",
        head="<base href='https://www.example-news.com/economy/'>",
    )
    article = extract(html, url="https://www.example-news.com/economy/2024/05/12/story.html")
    assert [r.url for r in article.related] == [
        "https://www.example-news.com/economy/2024/05/09/inflation.html",
        "https://www.example-news.com/sport/final.html",
    ]


def test_a_comments_heading_after_the_text_ends_it_where_no_box_marks_the_comments() -> None:
    comment = "الحمد لله على هذه الأمطار، لكن يجب محاسبة من يبذر الماء في المسابح والملاعب."
    html = page(
        f"<div><div>{PARA}</div><div>{PARA} ثانية</div><div>التعليقات (2)</div>"
        f"<div>1 - مواطن من فاس</div><div>{comment}</div></div>"
    )
    assert extract(html).body == [PARA, f"{PARA} ثانية"]
    # Before the text, the same words are a comment count beside the byline.
    html = page(f"<div><div>التعليقات (2)</div><div>{PARA}</div><div>{PARA} ثانية</div></div>")
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_subheading_that_opens_with_min_is_no_byline() -> None:
    assert split_byline("من: أحمد علي") == ["أحمد علي"]
    html = page(f"<h2>من ساحة البرج إلى الحمرا</h2><p>{PARA}</p><p>{PARA} ثانية</p>")
    article = extract(html)
    assert article.authors == []
    assert article.body[0] == "من ساحة البرج إلى الحمرا"


def test_a_heading_over_a_table_of_figures_is_the_tables_title() -> None:
    card = (
        "<div class='book-card'><h4>بطاقة الكتاب</h4><table>"
        "<tr><th>العنوان:</th><td>بيت على حافة الملح</td></tr>"
        "<tr><th>الناشر:</th><td>دار الرواق الجديد</td></tr></table></div>"
    )
    html = page(
        f"<div class='body'><p>{PARA}</p>{card}<h3>قراءة في الرواية</h3><p>{PARA} ثانية</p></div>"
    )
    assert extract(html).body == [PARA, "قراءة في الرواية", f"{PARA} ثانية"]


def test_a_pull_quote_in_its_own_quotation_marks_is_a_repeat() -> None:
    said = (
        "تقول فاطمة وهي تمسح الرذاذ عن الشبكة: «الماء صار يأتي إلينا بدل أن نذهب إليه."
        " ما كان يأخذ نصف يومي صار وقتاً أقضيه مع أطفالي»."
    )
    quote = (
        "<blockquote class='pullquote'><p>«الماء صار يأتي إلينا بدل أن نذهب إليه»</p>"
        "<cite>فاطمة أوحمو، من سكان القرية</cite></blockquote>"
    )
    html = page(f"<p>{PARA}</p><p>{said}</p>{quote}<p>{PARA} ثانية</p>")
    assert extract(html).body == [PARA, said, f"{PARA} ثانية"]


def test_a_credit_line_names_an_institution_as_written() -> None:
    (met,) = read_credit_line("المصدر: دائرة الأرصاد الجوية") or []
    assert (met.name, met.code) == ("دائرة الأرصاد الجوية", None)
    assert read_credit_line("المصدر: بيان صحفي") == []  # a kind of document, no outlet
    assert read_credit_line("المصدر: وزارة الصحة، وقالت إن العدد ارتفع إلى 5 حالات") == []


def test_a_heading_over_a_box_of_links_goes_with_the_links() -> None:
    links = "".join(
        f"<li><a href='https://results.example-edu.net/{n}/'>رابط النتيجة لمحافظة رقم {n}</a></li>"
        for n in range(4)
    )
    box = (
        "<div class='results-box'><div class='results-box__head'>"
        f"<h3>روابط نتيجة الشهادة الإعدادية</h3></div><ul>{links}</ul></div>"
    )
    html = page(f"<div class='body'><p>{PARA}</p>{box}<p>{PARA} ثانية</p></div>")
    article = extract(html)
    assert article.body == [PARA, f"{PARA} ثانية"]
    assert article.related == []


def test_a_page_showing_the_opening_of_its_json_ld_text_gives_the_whole_text() -> None:
    paragraphs = [f"{PARA} {n}" for n in range(6)]
    ld = json.dumps(
        {"@type": "NewsArticle", "headline": "عنوان", "articleBody": "\n\n".join(paragraphs)},
        ensure_ascii=False,
    )
    html = page(
        f"<p>{paragraphs[0]}</p><p>{paragraphs[0][:40]}…</p><div id='root'></div>",
        head=f"<script type='application/ld+json'>{ld}</script>",
    )
    article = extract(html)
    assert article.body == paragraphs
    assert article.extraction.field_sources["body"] == "json-ld"


def test_a_standalone_dateline_between_headline_and_text_is_read() -> None:
    html = page(
        "<div class='field-dateline'>الرياض - واس</div>"
        f"<div class='text'><p>{PARA}</p><p>{PARA} ثانية</p></div>"
    )
    article = extract(html)
    assert article.dateline == "الرياض"
    assert [s.code for s in article.sources] == ["SPA"]
    assert article.body == [PARA, f"{PARA} ثانية"]


@pytest.mark.parametrize("closing", ["انتهى", "(انتهى)", "ر.س/ م.ح"])
def test_wire_copys_closing_mark_is_not_text(closing: str) -> None:
    html = page(f"<p>{PARA}</p><p>{PARA} ثانية</p><p>{closing}</p>")
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_labelled_publication_date_under_the_text_is_read() -> None:
    html = page(
        f"<div class='text'><p>{PARA}</p><p>{PARA} ثانية</p></div>"
        "<span class='date'>نشر بتاريخ: 2024/03/05 - 09:30</span>"
        "<ul class='comments'><li>قارئ - 2024/03/06 - 10:00</li></ul>"
    )
    fetched = dt.datetime(2024, 6, 18, 21, 10, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    published = extract(html, reference_time=fetched).published
    assert published is not None
    assert published.datetime.isoformat() == "2024-03-05T09:30:00"


def test_of_two_json_ld_articles_the_one_the_page_shows_gives_the_dates() -> None:
    other = {
        "@type": "NewsArticle",
        "headline": "قصة أخرى عن موضوع مختلف تماما",
        "datePublished": "2024-02-09T11:20:00+03:00",
    }
    this = {
        "@type": "NewsArticle",
        "headline": "عنوان الخبر الرئيسي في الصفحة اليوم",
        "datePublished": "2024-03-04T14:30:00+03:00",
    }
    scripts = "".join(
        f"<script type='application/ld+json'>{json.dumps(o, ensure_ascii=False)}</script>"
        for o in (other, this)
    )
    article = extract(page(f"<p>{PARA}</p><p>{PARA} ثانية</p>", head=scripts), reference_time=REF)
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2024-03-04T14:30:00+03:00"


def test_a_writers_link_under_the_headline_is_a_byline() -> None:
    html = page(
        "<div class='post__meta'><a href='/writers/ahmad-salem'>أحمد سالم</a> · "
        "<span>منذ 4 ساعات</span></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    article = extract(html, url="https://m.example-news.com/a/1", reference_time=REF)
    assert article.authors == ["أحمد سالم"]
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2024-03-07T08:00:00+03:00"


def test_a_writers_page_in_a_related_box_is_no_related_article() -> None:
    html = page(
        f"<p>{PARA}</p><p>{PARA} ثانية</p><div class='related-news'><h3>أخبار ذات صلة</h3><ul>"
        "<li><a href='/news/148213.html'>رئيس الوزراء يتابع معدلات تنفيذ المشروعات</a></li>"
        "<li><a href='/writer/412/ahmad.html'>أحمد فتحي السيد</a></li></ul></div>"
    )
    related = extract(html, url="https://www.example-news.com/news/1.html").related
    assert [r.url for r in related] == ["https://www.example-news.com/news/148213.html"]


def test_a_watch_the_video_label_is_not_text() -> None:
    html = page(f"<p>{PARA}</p><p>شاهد الفيديو:</p><p>{PARA} ثانية</p>")
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_read_also_label_glued_to_its_link_is_related() -> None:
    html = page(
        f"<p>{PARA}</p><div class='box'><span>اقرأ أيضاً</span><a class='block' href='/n/22'>"
        f"الأرصاد تحذّر من عاصفة قطبية وتدعو إلى أخذ الحيطة</a></div><p>{PARA} ثانية</p>"
    )
    article = extract(html, url="https://www.example-news.com/n/1")
    assert [r.title for r in article.related] == [
        "الأرصاد تحذّر من عاصفة قطبية وتدعو إلى أخذ الحيطة"
    ]
    assert article.body == [PARA, f"{PARA} ثانية"]


def test_a_place_and_the_portals_own_name_is_the_dateline() -> None:
    html = page(
        f"<p>طرابلس – «منارة الشرق»</p><p>{PARA}</p><p>{PARA} ثانية</p>",
        head="<meta property='og:site_name' content='منارة الشرق'>",
    )
    article = extract(html)
    assert article.body == [PARA, f"{PARA} ثانية"]
    assert (article.dateline, article.sources) == ("طرابلس", [])


def test_an_editors_placeholder_title_names_no_page() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Untitled Document</title></head><body>"
        f"<table><tr><td>البصرة (أ ف ب)</td></tr><tr><td>{PARA}</td></tr>"
        f"<tr><td>{PARA} ثانية</td></tr></table></body></html>"
    )
    article = extract(html)
    assert article.title is None
    assert (article.dateline, [s.code for s in article.sources]) == ("البصرة", ["AFP"])


def test_a_posted_by_credit_with_its_time_names_the_writer() -> None:
    assert split_byline("أرسلها سالم الرويلي في 2:35 م") == ["سالم الرويلي"]
    assert split_byline("Posted by Sami Haddad at 10:45") == ["Sami Haddad"]
    assert split_byline("قراءة في 9 دقائق") == []  # a reading time, no writer


def test_a_list_of_key_dates_is_text_and_a_quick_facts_box_is_not() -> None:
    items = "".join(
        f"<li><strong>{month} 2023:</strong> توقيع اتفاقيات التمويل مع الصناديق العربية.</li>"
        for month in ("أبريل", "سبتمبر")
    )
    facts = (
        "<div class='quickFacts'><div class='qfTitle'>أرقام سريعة</div>"
        "<div class='qfItem'><span>15.7 مليون</span><span>سائح زاروا مصر في 2024</span></div></div>"
    )
    html = page(f"<p>{PARA}</p>{facts}<h2>أبرز المحطات</h2><ul class='key-dates'>{items}</ul>")
    body = extract(html).body
    assert body[1:] == [
        "أبرز المحطات",
        "أبريل 2023: توقيع اتفاقيات التمويل مع الصناديق العربية.",
        "سبتمبر 2023: توقيع اتفاقيات التمويل مع الصناديق العربية.",
    ]


def test_a_byline_boxs_screen_reader_heading_is_no_writer() -> None:
    html = page(
        "<div class='byline-block'><h2 class='visually-hidden'>معلومات عن المقال</h2>"
        "<ul><li>Author,</li><li><span class='byline-name'>كريم الشاذلي</span></li></ul></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    assert extract(html).authors == ["كريم الشاذلي"]


def test_only_a_whole_label_lends_its_role_to_the_next_box() -> None:
    from arabnews_extract.extractors.dates import is_date_label

    assert is_date_label("آخر تحديث:") and is_date_label("تاريخ النشر :")
    assert not is_date_label("تحديث أسعار الوقود")  # a kicker opening with a label word


def test_a_box_of_other_writers_between_headline_and_text_names_no_author() -> None:
    html = page(
        "<div class='sidebar-writers'><h3>كتّاب الرأي</h3><ul>"
        "<li><a href='/writers/omar'>عمر الحسيني</a></li></ul></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    assert extract(html).authors == []


def test_a_datelines_agency_without_a_code_is_credited_by_its_full_name() -> None:
    opening = read_dateline("نواكشوط - الوكالة الموريتانية للأنباء - أعلنت الحكومة خطة")
    assert opening is not None and not opening.standalone
    assert [(s.name, s.code) for s in opening.sources] == [("الوكالة الموريتانية للأنباء", None)]
    alone = read_dateline("جيبوتي - وكالة جيبوتي للأنباء")
    assert alone is not None and alone.standalone and alone.place == "جيبوتي"
    assert [s.name for s in alone.sources] == ["وكالة جيبوتي للأنباء"]


def test_a_beat_editor_after_a_byline_prefix_is_the_desk_that_wrote() -> None:
    assert split_byline("كتب: محرر الحوادث") == ["محرر الحوادث"]
    # without the prefix it is a job title, on the line under a name or after it
    assert split_byline("محررة الشؤون الاقتصادية") == []
    assert split_byline("كتب - سالم البلوشي - محرر الشؤون المحلية") == ["سالم البلوشي"]


def test_a_bem_modifier_on_an_element_names_its_state_not_its_kind() -> None:
    assert kind_of_attrs("live-feed__item live-feed__item--latest") is None
    assert kind_of_attrs("widget-latest") is not None  # the block itself still counts
    assert kind_of_attrs("box--latest") is not None


def test_a_dateline_crediting_the_portal_itself_gives_the_place_and_no_source() -> None:
    own = read_dateline("مقديشو (صوت الصومال) - أعلنت الحكومة خطة", own_names=("صوت الصومال",))
    assert own is not None and own.place == "مقديشو"
    # without the portal's names, a two-word name in parentheses is prose
    assert read_dateline("مقديشو (صوت الصومال) - أعلنت الحكومة خطة") is None
    html = page(
        "<p>مقديشو (صوت الصومال) - أعلنت الحكومة الفيدرالية خطة وطنية جديدة للمياه.</p>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>",
        head="<meta property='og:site_name' content='صوت الصومال'>",
    )
    article = extract(html)
    assert article.dateline == "مقديشو" and article.sources == []


def test_figures_and_donation_boxes_inside_the_text_are_not_body() -> None:
    html = page(
        f"<p>{PARA}</p><div class='war-figures-box'><h4>الحرب في أرقام</h4>"
        "<ul><li>النازحون داخل البلاد: نحو 10 ملايين شخص</li></ul></div>"
        f"<p>{PARA} ثانية</p><div class='donate-box'><h4>للتبرع</h4>"
        "<p>يمكنكم دعم الأسر النازحة عبر التحويل إلى حساب غرفة الطوارئ لدى البنك.</p></div>"
    )
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_subtitle_in_the_headlines_small_is_the_standfirst() -> None:
    html = page(f"<p>{PARA}</p><p>{PARA} ثانية</p>").replace(
        "<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>",
        "<h1>عنوان الخبر الرئيسي في الصفحة اليوم"
        "<small>العنوان الفرعي يشرح الخبر بإيجاز</small></h1>",
    )
    article = extract(html)
    assert article.title == "عنوان الخبر الرئيسي في الصفحة اليوم"
    assert article.body[0] == "العنوان الفرعي يشرح الخبر بإيجاز"


def test_a_short_h1_opening_the_metadata_title_is_the_headline() -> None:
    html = page(
        f"<p>{PARA}</p><p>{PARA} ثانية</p>",
        head=("<meta property='og:title' content='سامي العطار: المدن لا تبنى بالإسمنت وحده'>"),
    ).replace("<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>", "<h1>سامي العطار</h1>")
    assert extract(html).title == "سامي العطار"


def test_an_update_time_with_no_date_is_read_on_the_publication_day() -> None:
    html = page(
        "<div class='date'>نشر في: 9 أبريل 2024 - 11:05 GMT</div>"
        "<div class='update'>آخر تحديث: 14:20 GMT</div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    article = extract(html)
    assert article.published is not None and article.modified is not None
    assert article.modified.datetime.isoformat() == "2024-04-09T14:20:00+00:00"
    assert "آخر تحديث" not in " ".join(article.body)


def test_a_credit_line_under_the_headline_and_foreign_outlets() -> None:
    html = page(f"<p>نقلاً عن وكالة رويترز</p><p>{PARA}</p><p>{PARA} ثانية</p>")
    article = extract(html)
    assert [s.code for s in article.sources] == ["REUTERS"]
    assert "نقلاً عن وكالة رويترز" not in article.body
    assert read_credit_line("المصدر: نيويورك تايمز") == [Source(name="نيويورك تايمز")]
    assert read_credit_line("المصدر: مواقع التواصل") == []


def test_a_republished_pieces_note_names_the_outlet_without_its_noun() -> None:
    from arabnews_extract.extractors.sources import first_published_in

    first = first_published_in("نُشر هذا التقرير أولا في موقع الشرق الأوسط الجديد")
    assert first is not None and first.name == "الشرق الأوسط الجديد"


def test_a_record_card_between_paragraphs_is_not_body_nor_a_byline() -> None:
    fields = "".join(
        f"<div class='field'><div class='field__label'>{k}</div>"
        f"<div class='field__item'>{v}</div></div>"
        for k, v in [
            ("اسم الفيلم", "ظل المدينة"),
            ("الإخراج", "شريف عبد الحميد"),
            ("المدة", "118 دقيقة"),
        ]
    )
    writer = (
        "<div class='field field--name-field-writer'><div class='field__label'>السيناريو</div>"
        "<div class='field__item'>منى عاطف</div></div>"
    )
    html = page(
        f"<p>{PARA}</p><div class='film-card'><h3>بطاقة الفيلم</h3>{fields}{writer}</div>"
        f"<p>{PARA} ثانية</p>"
    )
    article = extract(html)
    assert article.body == [PARA, f"{PARA} ثانية"]
    assert article.authors == []


def test_paid_and_booking_boxes_inside_the_text_are_not_body() -> None:
    html = page(
        f"<p>{PARA}</p><div class='native-inarticle'><span>إعلان ممول</span>"
        "<p>محتوى برعاية بنك الساحل: استرد خمسة بالمئة من قيمة فواتيرك طوال أشهر الصيف.</p></div>"
        "<div class='booking-widget'><h4>احجز فندقك الآن</h4>"
        "<p>قارن أسعار أكثر من 500 ألف فندق واحصل على أفضل عرض</p></div>"
        f"<p>{PARA} ثانية</p>"
    )
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_marked_byline_in_a_photo_albums_header_names_its_writer() -> None:
    html = page(
        "<div class='album-header'><span class='album-author'>إعداد: قسم المنوعات</span></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    assert extract(html).authors == ["قسم المنوعات"]


def test_a_byline_naming_an_institution_credits_a_source_not_an_author() -> None:
    html = page(f"<div class='author'>دار الإفتاء</div><p>{PARA}</p><p>{PARA} ثانية</p>")
    article = extract(html)
    assert article.authors == [] and [s.name for s in article.sources] == ["دار الإفتاء"]
    # a newsroom's own unit is an author
    assert split_byline("إعداد: المكتب الإعلامي") == ["المكتب الإعلامي"]
    assert split_byline("كتب - المحرر العسكري") == ["المحرر العسكري"]


def test_a_code_listing_and_a_titled_box_of_links_are_not_body() -> None:
    html = page(
        f"<p>{PARA}</p><p>ويكفي سطران لتثبيت المكتبة وتجربتها:</p>"
        "<pre><code>pip install dhad\nfrom dhad import normalize</code></pre>"
        "<div class='csb'><div class='csb-title'>خدمة المواطن</div><ul>"
        "<li><a href='https://e.example/complaint'>تقديم شكوى انقطاع المياه إلكترونيا</a></li>"
        "<li><a href='https://e.example/bills'>الاستعلام عن فاتورة المياه ودفعها</a></li>"
        f"</ul></div><p>{PARA} ثانية</p>"
    )
    assert extract(html).body == [
        PARA,
        "ويكفي سطران لتثبيت المكتبة وتجربتها:",
        f"{PARA} ثانية",
    ]


def test_a_pages_instructions_for_its_table_or_picture_are_not_text() -> None:
    assert line_kind("اضغط على عنوان أي عمود لإعادة ترتيب الجدول.") == "instruction"
    assert line_kind("انقر على الصورة لتكبيرها") == "instruction"
    assert line_kind("اضغط على «الحساب» ثم اختر «التحقق بخطوتين».") is None  # a how-to step


def test_a_byline_label_cell_names_the_writer_in_the_next_cell() -> None:
    html = page(
        "<table class='details'><tr><td>تاريخ النشر</td><td>2024-02-14 08:30</td></tr>"
        "<tr><td>الكاتب</td><td>فريق التحرير</td></tr></table>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    article = extract(html)
    assert article.authors == ["فريق التحرير"]
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2024-02-14T08:30:00"


def test_screen_reader_text_is_not_shown_so_not_body() -> None:
    html = page(
        f"<h2 class='sr-only'>نص الخبر</h2><p>{PARA}</p>"
        f"<p>{PARA} ثانية<span class='screen-reader-text'> (يفتح في نافذة جديدة)</span></p>"
    )
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_line_closing_with_a_photographers_credit_is_a_caption() -> None:
    html = page(
        f"<p>{PARA}</p>"
        "<p><em>زوار يتابعون عرضا حيا لصناعة الحصير - تصوير: محمود عبد الرحمن</em></p>"
        f"<p>{PARA} ثانية</p>"
    )
    article = extract(html)
    assert article.body == [PARA, f"{PARA} ثانية"] and article.authors == []


def test_the_royal_court_credited_by_a_source_line_is_a_source() -> None:
    assert read_credit_line("المصدر: الديوان الملكي") == [Source(name="الديوان الملكي")]


def test_a_subheading_a_table_of_contents_links_to_is_body() -> None:
    html = page(
        "<div class='article-toc'><ul><li><a href='#s1'>فجوة رقمية تتسع</a></li></ul></div>"
        f"<p>{PARA}</p><h3 id='s1' class='toc-heading'>فجوة رقمية تتسع</h3><p>{PARA} ثانية</p>"
    )
    assert extract(html).body == [PARA, "فجوة رقمية تتسع", f"{PARA} ثانية"]


def test_a_foreign_name_opening_with_waw_keeps_it_and_a_source_after_the_date() -> None:
    assert split_byline("بقلم: وانغ لي") == ["وانغ لي"]
    html = page(
        "<div class='fr'>2024:04:03.10:15 <span class='source'>المصدر: شينخوا</span></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    assert [s.code for s in extract(html).sources] == ["XINHUA"]


def test_readers_content_bylines_disclaimers_and_the_editors_reply() -> None:
    assert split_byline("بقلم القارئ: حسن العلي") == ["حسن العلي"]
    assert split_byline("رسالة من: منى سعيد - عمّان") == ["منى سعيد"]
    html = page(
        "<div class='disclaimer-note'>محتوى من القراء، لا يعبر بالضرورة عن رأي الموقع</div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
        "<div class='editor-reply'><p>رد المحرر: تواصلنا مع البلدية وأفادت بأن الشارع مدرج ضمن"
        " خطة الصيانة للربع الأخير من العام.</p></div>"
    )
    body = extract(html).body
    assert body[0] == PARA and body[-1].startswith("رد المحرر:")


def test_an_itemscope_author_gives_its_name_not_its_whole_box() -> None:
    html = page(
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<a itemprop='name' href='/u/salma'>سلمى الراشد</a>"
        "<div>معلمة ومدوّنة · 1.2 ألف متابع</div></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    assert extract(html).authors == ["سلمى الراشد"]


def test_a_trivia_box_inside_a_main_named_for_its_sidebar_is_not_body() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body>"
        "<main class='main-with-sidebar'><article><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>"
        f"<div class='field--name-body'><p>{PARA}</p><div class='did-you-know-box'>"
        "<div class='did-you-know-title'>هل تعلمين؟</div><p>يقدر أطباء الأطفال أن نحو عشرين"
        " بالمئة من الأطفال في عمر السنتين يمرون بنوبة غضب واحدة على الأقل يوميا.</p></div>"
        f"<p>{PARA} ثانية</p></div></article></main></body></html>"
    )
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_company_card_with_a_facts_list_and_a_profile_link_is_not_body() -> None:
    html = page(
        f"<p>{PARA}</p><div class='company-card'><h4>سلة الحصاد</h4><span>التقنية الزراعية</span>"
        "<dl class='company-card__facts'><dt>سنة التأسيس</dt><dd>2020</dd>"
        "<dt>المؤسسون</dt><dd>رنا الخطيب، يزن العمري</dd><dt>المقر</dt><dd>عمّان، الأردن</dd>"
        "</dl><a href='/companies/harvest'>الملف الكامل للشركة</a></div>"
        f"<p>{PARA} ثانية</p>"
    )
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_tag_pages_are_never_related_and_glued_or_numbered_credits_are_read() -> None:
    from arabnews_extract.urls import is_topic_page

    assert is_topic_page("https://example.com/topics/cbe-interest-rates")
    assert not is_topic_page("https://example.com/topics/economy/2024/rates-held")
    assert read_credit_line("فرانس 24 / أ ف ب") == [Source(name="أ ف ب", code="AFP")]
    assert read_credit_line("12 مارس / رويترز") is None  # a date, not an outlet
    assert [s.code for s in read_credit_line("المصدرالوكالة الوطنية للإعلام") or []] == ["NNA"]


def test_a_promo_boxs_label_goes_with_its_links() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة", "رابعة", "خامسة")]
    html = page(
        "".join(f"<p>{t}</p>" for t in text[:3]) + "<div class='x1'><strong>البودكاست</strong><div>"
        "<a href='/podcasts/tech'><h3>تكنولوجيا ببساطة</h3><p>حلقات أسبوعية تشرح أحدث التطورات"
        "</p></a></div></div>" + "".join(f"<p>{t}</p>" for t in text[3:])
    )
    assert extract(html).body == text
    assert split_byline("معلومات عن الكاتب") == []


def test_an_excerpt_above_the_photo_and_a_marked_summary_heading_are_the_standfirst() -> None:
    summary = "يشارك فيه أكثر من 60 دولة ومنظمة دولية لبحث سبل تعزيز سلاسل الإمداد الغذائي"
    html = page(f"<h2 class='summary'>{summary}</h2><p>{PARA}</p><p>{PARA} ثانية</p>")
    assert extract(html).body[0] == summary
    html = page(
        f"<div class='article-excerpt'>{PARA} أولى</div><figure><img src='/a.jpg'></figure>"
        f"<div class='entry-content'><p>{PARA}</p><p>{PARA} ثانية</p></div>"
    )
    assert extract(html).body[0] == f"{PARA} أولى"


def test_a_desk_and_its_place_opening_the_text_is_a_byline_and_short_labels_go() -> None:
    from arabnews_extract.extractors.byline import is_desk_line

    assert is_desk_line("فريق التحرير - إدلب") and not is_desk_line("فريق الإنقاذ - إدلب")
    html = page(f"<p><strong>فريق التحرير - إدلب</strong></p><p>{PARA}</p><p>{PARA} ثانية</p>")
    article = extract(html)
    assert article.authors == ["فريق التحرير"] and article.body == [PARA, f"{PARA} ثانية"]
    assert line_kind("باختصار") == "label"


def test_a_long_undated_unsigned_text_on_a_declared_web_page_is_no_article() -> None:
    pitch = "".join(
        f"<p>{PARA} {n}</p>" for n in "أولى ثانية ثالثة رابعة خامسة سادسة سابعة".split()
    )
    head = "<meta property='og:type' content='website'>"
    with pytest.raises(NotAnArticleError):
        extract(page(pitch, head=head))
    dated = page(f"<time datetime='2024-03-05T10:00:00+03:00'>5 مارس 2024</time>{pitch}", head=head)
    assert extract(dated).body  # the same page with a date reads as a story


def test_a_photographers_name_in_parentheses_under_a_photo_credits_no_story() -> None:
    html = page(
        "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة", "رابعة"))
        + "<figure><img src='/a.jpg'><figcaption>عامل يتفقد مولدا <span class='credit'>"
        "(Omar Khalil)</span></figcaption></figure>" + f"<p>{PARA} خامسة</p>"
    )
    assert extract(html).sources == []


def test_a_known_place_a_colon_and_a_name_is_a_byline_and_a_date_label_no_name() -> None:
    html = page(
        "<div class='byline'><p>الرباط: يوسف بنعلي</p>"
        "<span class='date'>تحديث: الإثنين 22 أبريل 2024 - 20:10</span></div>"
        f"<p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    article = extract(html)
    assert article.authors == ["يوسف بنعلي"] and article.dateline == "الرباط"
    assert split_byline("تحديث: الإثنين 22 أبريل 2024 - 20:10") == []


def test_a_subheading_just_outside_the_texts_box_opens_the_text() -> None:
    html = page(
        "<section class='transcript'><h2>نص الحلقة</h2><div class='transcript__body'>"
        + "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
        + "</div></section>"
    )
    assert extract(html).body[0] == "نص الحلقة"


def test_a_story_printed_preformatted_splits_at_blank_lines_and_code_does_not_count() -> None:
    story = f"<pre class='story-text'>{PARA}\n\n{PARA} ثانية\n\n{PARA} ثالثة</pre>"
    assert extract(page(story)).body == [PARA, f"{PARA} ثانية", f"{PARA} ثالثة"]
    code = "<pre><code>pip install dhad\n\nfrom dhad import normalize</code></pre>"
    html = page(f"<p>{PARA}</p>{code}<p>{PARA} ثانية</p><p>{PARA} ثالثة</p>")
    assert extract(html).body == [PARA, f"{PARA} ثانية", f"{PARA} ثالثة"]


def test_a_credit_label_in_a_details_list_and_the_portals_notes_after_the_text() -> None:
    html = page(
        "<dl class='article-info'><dt>المصدر</dt><dd>كونا</dd></dl>"
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>"
        "<section><h2>سياسة التصحيح</h2><p>تلتزم المنصة بتصحيح أي خطأ يرد في محتواها بأسرع"
        " وقت ممكن وبشفافية كاملة، ويمكنكم إبلاغنا عبر البريد.</p></section>"
    )
    article = extract(html)
    assert [s.code for s in article.sources] == ["KUNA"]
    assert article.body == [f"{PARA} أولى", f"{PARA} ثانية", f"{PARA} ثالثة"]


def test_a_place_after_the_writers_name_in_a_byline_is_the_dateline() -> None:
    html = page(
        f"<div class='author'>كتب: محمد علي - القاهرة</div><p>{PARA}</p><p>{PARA} ثانية</p>"
    )
    article = extract(html)
    assert article.authors == ["محمد علي"] and article.dateline == "القاهرة"


def test_more_from_the_section_is_not_related_and_a_comment_prompt_not_body() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "".join(f"<p>{t}</p>" for t in text)
        + "<p>ما رأيكم؟ شاركونا في التعليقات</p>"
        + "<div class='related'><h3>من نفس القسم</h3><ul>"
        "<li><a href='/economy/1'>البنك المركزي يبقي أسعار الفائدة دون تغيير</a></li></ul></div>"
        "<div class='related'><h3>مقالات ذات صلة</h3><ul><li><a href='/economy/2'>"
        "الصادرات الوطنية ترتفع في النصف الأول من العام</a></li></ul></div>"
    )
    article = extract(html, url="https://news.example/economy/3")
    assert article.body == text
    assert [r.title for r in article.related] == ["الصادرات الوطنية ترتفع في النصف الأول من العام"]


def test_a_channels_live_page_with_a_video_object_is_no_article() -> None:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"VideoObject","name":"البث المباشر","uploadDate":"2024-12-03T21:00:00+03:00",'
        '"publication":{"@type":"BroadcastEvent","isLiveBroadcast":true}}</script>'
    )
    html = page(
        "<h2>حصاد المدى</h2><p>21:00 - 22:00 | تقديم: لينا الشامي</p>"
        "<p>برنامج إخباري يومي يقدم حصيلة شاملة لأبرز أحداث اليوم السياسية والاقتصادية،"
        " مع تقارير المراسلين من العواصم العربية والعالمية، ولقاءات مع محللين وخبراء لقراءة"
        " أبعاد الأحداث وتداعياتها على المنطقة، إضافة إلى جولة في أبرز عناوين الصحف.</p>",
        head=ld,
    )
    # the same page without the live broadcast is a video story (its description)
    assert extract(html.replace('"isLiveBroadcast":true', '"isLiveBroadcast":false')).body
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_agencies_as_the_byline_are_a_source_not_a_name_without_its_waw() -> None:
    assert split_byline("بواسطة وكالات") == []
    html = page(f"<div class='author'>بواسطة وكالات</div><p>{PARA}</p><p>{PARA} ثانية</p>")
    article = extract(html)
    assert article.authors == [] and [s.code for s in article.sources] == ["AGENCIES"]


def test_a_page_showing_the_opening_of_its_page_data_text_takes_the_whole_text() -> None:
    import json

    names = "أولى ثانية ثالثة رابعة خامسة سادسة سابعة ثامنة".split()
    blocks = [{"type": "paragraph", "text": f"{PARA} {n}"} for n in names]
    state = {"props": {"pageProps": {"article": {"title": "عنوان", "blocks": blocks}}}}
    html = page(  # the first three paragraphs for crawlers, the rest left to the script
        "".join(f"<p>{b['text']}</p>" for b in blocks[:3]),
        head=f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>',
    )
    assert extract(html).body == [b["text"] for b in blocks]


def test_two_writers_glued_by_waw_are_split_by_the_metadatas_names() -> None:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
        '"NewsArticle","headline":"عنوان الخبر الرئيسي في الصفحة اليوم","author":['
        '{"@type":"Person","name":"أحمد يوسف"},{"@type":"Person","name":"ريم خليل"}]}</script>'
    )
    html = page(
        "<div class='byline'><span>كتب:</span><a href='/author/a'>أحمد يوسف</a><span>و</span>"
        f"<a href='/author/r'>ريم خليل</a></div><p>{PARA}</p><p>{PARA} ثانية</p>",
        head=ld,
    )
    assert extract(html).authors == ["أحمد يوسف", "ريم خليل"]


def test_a_utf8_page_with_a_few_stray_bytes_in_its_footer_is_read_as_utf8() -> None:
    raw = page(f"<p>{PARA}</p><p>{PARA} ثانية</p>").encode("utf-8")
    raw = raw.replace("جميع الحقوق".encode(), "جميع".encode() + bytes([0xFF]) + " الحقوق".encode())
    assert bytes([0xFF]) in raw
    assert extract(raw).body == [PARA, f"{PARA} ثانية"]


def test_a_job_title_glued_to_the_writers_name_goes_by_the_metadatas_name() -> None:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
        '"NewsArticle","author":[{"@type":"Person","name":"أحمد عبد السلام"}]}</script>'
    )
    html = page(
        "<div><span>كتب: </span><a href='/author/a'>أحمد عبد السلام</a>"
        f"<span>مراسل الأفق - طرابلس</span></div><p>{PARA}</p><p>{PARA} ثانية</p>",
        head=ld,
    )
    assert extract(html).authors == ["أحمد عبد السلام"]


def test_one_br_ends_a_line_after_a_sentence_or_a_bold_subheading_outside_a_p() -> None:
    first, second, third = (f"{n}: {PARA}" for n in ("أولى", "ثانية", "ثالثة"))
    html = page(
        f"<div class='post-body'><span>{first}</span><br /><span><b>عنوان فرعي للقسم</b></span>"
        f"<br /><span>{second}</span><br /><span>{third}</span></div>"
    )
    assert extract(html).body == [first, "عنوان فرعي للقسم", second, third]
    # a line wrapped mid-sentence goes on; inside a <p> the writer marked the paragraph
    wrapped = page(
        f"<div>{first[:40]}<br />{first[40:]}</div><p>{second}<br />{third}</p><p>{PARA} رابعة</p>"
    )
    assert extract(wrapped).body == [first, f"{second} {third}", f"{PARA} رابعة"]


def test_the_title_part_shown_in_a_header_line_beats_the_site_part_on_the_logo() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>الشرق العربي :: الجامعة تقبل 4500 طالب جديد"
        "</title></head><body><table><tr><td><b>الشرق العربي</b><br>صحيفة يومية مستقلة</td></tr>"
        "<tr><td>الخميس 12 يوليو 2001<br><b>الجامعة تقبل 4500 طالب جديد</b><br>"
        f"<b>كتبت: نادية يوسف</b><p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>"
        "</td></tr></table></body></html>"
    )
    assert extract(html).title == "الجامعة تقبل 4500 طالب جديد"


def test_a_starred_note_on_the_writer_and_a_guest_badge_are_neither_body_nor_name() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<div class='writer-box'><span class='badge'>مقال ضيف</span>"
        "<h4 class='writer-name'>د. عمر الزعبي</h4></div>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "<p><em>* كاتب وأكاديمي أردني</em></p>"
    )
    article = extract(html)
    assert article.authors == ["د. عمر الزعبي"] and article.body == text


def test_a_related_box_headed_more_from_the_writer_is_not_related() -> None:
    html = page(
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>"
        "<div class='td_block_related_posts'><h4>المزيد من الكاتب</h4><ul><li>"
        "<a href='/opinion/1'>الحوار الأمني الإقليمي: من يملك مفاتيح الطاولة؟</a></li></ul></div>"
    )
    assert extract(html, url="https://news.example/opinion/2").related == []


def test_a_writer_named_only_in_the_card_about_them_after_the_text_is_the_author() -> None:
    text = "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة", "رابعة"))
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><main><article>"
        "<h1>الطيور المهاجرة فوق لبنان: أعداد تتراجع</h1>"
        f"<div class='article__body'>{text}</div><ul class='tags'><li><a href='/tag/1'>بيئة"
        "</a></li></ul><footer class='article__footer'><section class='author-card'>"
        "<h3 class='author-card__heading'>عن الكاتب</h3><a class='author-card__name' "
        "href='/authors/rami'>رامي فؤاد حداد</a><p class='author-card__bio'>صحافي لبناني "
        "متخصص في قضايا البيئة.</p></section></footer></article></main></body></html>"
    )
    assert extract(html).authors == ["رامي فؤاد حداد"]
    # the same box under another title lists another piece's writer
    assert extract(html.replace(">عن الكاتب<", ">كتابات<")).authors == []


def test_a_transcripts_heading_over_its_box_opens_it_inside_a_video_pages_wrapper() -> None:
    lines = [f"المراسل: {PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body>"
        "<main class='VideoPage_main'><article class='VideoPage_article'>"
        "<header><span class='kicker'>تقرير مصور</span><h1>مزارعو الوادي يراهنون على المياه"
        f"</h1></header><div class='ArticleBody'><p class='summary'>{PARA} ملخص</p>"
        "<section class='Transcript'><h2>نص الفيديو</h2><div>"
        + "".join(f"<p>{t}</p>" for t in lines)
        + "</div></section></div></article></main></body></html>"
    )
    article = extract(html)
    assert article.body == [f"{PARA} ملخص", "نص الفيديو", *lines]
    assert article.authors == []  # "تقرير مصور": a video report, not "تقرير:" and a name


def test_a_programme_name_in_a_header_box_over_the_headline_is_no_byline() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><article>"
        "<div class='episode-program-header'><div class='field'><a href='/programs/hiwar'>"
        "حوار المدار</a></div><div class='field'><div>الحلقة</div><div>112</div></div></div>"
        "<h1>أزمة المياه في المنطقة العربية: هل تكفي تحلية مياه البحر؟</h1>"
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></article></body></html>"
    )
    assert extract(html).authors == []


def test_a_heading_naming_a_span_of_days_is_text_not_a_date() -> None:
    signs = ["برج الحمل (21 مارس - 19 أبريل)", "برج الثور (20 أبريل - 20 مايو)"]
    paragraphs = (f"{PARA} أولى", f"{PARA} ثانية")
    body = "".join(f"<h2>{s}</h2><p>{t}</p>" for s, t in zip(signs, paragraphs, strict=True))
    html = page(f"<div class='byline'>كتبت: منى عبد الحميد</div>{body}")
    article = extract(html, reference_time=REF)  # a year to read "21 مارس" in
    assert article.body == [signs[0], f"{PARA} أولى", signs[1], f"{PARA} ثانية"]
    assert article.published is None


def test_an_outlet_acronym_beside_agencies_and_an_aggregators_note_are_sources() -> None:
    assert [(s.name, s.code) for s in read_credit_line("المصدر: سبوتنيك + RT") or []] == [
        ("سبوتنيك", "SPUTNIK"),
        ("RT", None),
    ]
    assert read_credit_line("المصدر: AFP + وكالات") == [
        Source(name="AFP", code="AFP"),
        Source(name="وكالات", code="AGENCIES"),
    ]
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "".join(f"<p>{t}</p>" for t in text)
        + "<p>هذا الخبر منقول من موقع الوادي اليوم ولا يعبر عن رأي الموقع، وإنما نقل كما هو.</p>"
    )
    article = extract(html)
    assert article.body == text and [s.name for s in article.sources] == ["الوادي اليوم"]


def test_a_match_centres_box_above_the_report_is_not_body() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<div class='ml-match-box'><div class='match-competition'>دوري النخبة - الجولة 7</div>"
        "<div class='match-venue'>ملعب الخالدية - الحكم: إبراهيم الدوسري</div>"
        "<h4>أهداف المباراة</h4><ul><li>ياسر الحمادي (شباب الساحل)</li></ul></div>"
        + "".join(f"<p>{t}</p>" for t in text)
    )
    assert extract(html).body == text


def test_an_app_shell_whose_article_is_only_in_noscript_is_read_from_there() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><div id='root'></div>"
        "<noscript><iframe src='https://www.googletagmanager.com/ns.html'></iframe></noscript>"
        "<noscript><article><h1>الكويت تطلق برنامجا وطنيا للكشف المبكر</h1>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "</article></noscript><script src='/app.js'></script></body></html>"
    )
    assert extract(html).body == text
    assert extract(html.encode()).title == "الكويت تطلق برنامجا وطنيا للكشف المبكر"
    with pytest.raises(NotAnArticleError):  # no paragraph in <noscript>: still no article
        extract(html.replace("<p>", "<span>").replace("</p>", "</span>").replace(PARA, "نص"))


def test_instant_articles_markup_an_address_byline_and_a_slideshow_title() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>الحكومة تبدأ استلام القمح من"
        " المزارعين</title></head><body><article><header>"
        "<h1>الحكومة تبدأ استلام القمح من المزارعين</h1><address><a href='https://fb.example/m'>"
        "منى عبد الحميد</a> مراسلة الشؤون الاقتصادية في القاهرة</address></header>"
        f"<p>{text[0]}</p><p>{text[1]}</p><figure class='op-slideshow'><figure><img src='a.jpg'>"
        "<figcaption>أجولة قمح في انتظار النقل</figcaption></figure><figcaption><h1>جولة في "
        "نقاط الاستلام بالمحافظات</h1>صور من اليوم الأول لموسم التوريد</figcaption></figure>"
        f"<p>{text[2]}</p><footer><small>© 2025 النخلة</small>"
        "<ul class='op-related-articles'><li><a href='https://news.example/a/1'>"
        "مصر تتعاقد على شحنات قمح جديدة</a></li></ul></footer></article></body></html>"
    )
    article = extract(html)
    assert article.authors == ["منى عبد الحميد"] and article.body == text
    assert [r.title for r in article.related] == ["مصر تتعاقد على شحنات قمح جديدة"]


def test_a_relative_date_in_a_date_box_over_the_headline_is_read() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>وزارة المياه تعلن برنامج التزويد"
        " الصيفي | الموقع</title></head><body><article><dl class='info'>"
        "<dd class='createdby'>وكالة الأنباء الأردنية (بترا)</dd>"
        "<dd class='published'>قبل يومين</dd></dl><h2>وزارة المياه تعلن برنامج التزويد الصيفي</h2>"
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></article></body></html>"
    )
    published = extract(html, reference_time=REF).published
    assert published is not None and published.datetime.date() == dt.date(2024, 3, 5)


def test_national_agencies_with_no_code_are_credited_by_name() -> None:
    assert read_dateline("بورتسودان - سونا") == Dateline(
        place="بورتسودان", sources=[Source(name="سونا")], standalone=True
    )
    html = page(f"<p><strong>بورتسودان - سونا</strong></p><p>{PARA} أولى</p><p>{PARA} ثانية</p>")
    article = extract(html)
    assert article.authors == [] and [s.name for s in article.sources] == ["سونا"]
    assert article.dateline == "بورتسودان"


def test_a_most_read_strip_of_microdata_items_does_not_date_the_page() -> None:
    teaser = (
        "<li itemscope itemtype='https://schema.org/NewsArticle'><a href='/n/1'>"
        "<span itemprop='headline'>الداخلية تضبط مخالفين لقانون الإقامة</span></a>"
        "<meta itemprop='datePublished' content='2024-03-02T21:30:00+03:00'>"
        "<time itemprop='dateModified' datetime='2024-03-02T22:00:00+03:00'>أمس</time></li>"
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body>"
        f"<div class='most-read'><ul>{teaser}</ul></div>"
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<h1 itemprop='headline'>بلدية الكويت تمنح المحلات مهلة لإزالة اللافتات</h1>"
        "<meta itemprop='datePublished' content='2024-03-05T08:15:00+03:00'>"
        f"<div itemprop='articleBody'><p>{PARA} أولى</p><p>{PARA} ثانية</p>"
        f"<p>{PARA} ثالثة</p></div></div></body></html>"
    )
    article = extract(html)
    assert article.published is not None and article.published.text == "2024-03-05T08:15:00+03:00"
    assert article.modified is None


def test_a_desks_ampersand_joins_its_name() -> None:
    assert split_byline("قسم الاقتصاد & الأعمال") == ["قسم الاقتصاد & الأعمال"]
    assert split_byline("كتب: أحمد علي & سارة محمد") == ["أحمد علي", "سارة محمد"]


def test_a_partner_outlet_after_the_writer_is_a_source_and_a_bare_name_glued_to_the_date() -> None:
    assert split_byline("كتب: هاني سالم بالتعاون مع صحيفة الغد") == ["هاني سالم"]
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<p><strong>كتب: هاني سالم بالتعاون مع صحيفة الغد</strong></p>"
        + "".join(f"<p>{t}</p>" for t in text)
    )
    article = extract(html)
    assert article.body == text and [s.name for s in article.sources] == ["الغد"]
    glued = (
        "<html lang='ar'><head><meta charset='utf-8'><title>طرابلس تحتضن معرضا للحرف | المرصد"
        "</title></head><body><article><h1>طرابلس تحتضن معرضا للحرف</h1><div class='news-info'>"
        "<span>رامي حداد</span><span>5 مارس 2024</span></div>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "</article></body></html>"
    )
    article = extract(glued, reference_time=REF)
    assert article.authors == ["رامي حداد"]
    published = article.published
    assert published is not None and published.datetime.date() == dt.date(2024, 3, 5)
    labelled = glued.replace("<span>رامي حداد</span>", "<span>نشرت في</span>")
    assert extract(labelled, reference_time=REF).authors == []


def test_counters_follow_prompts_and_picked_readers_comments_are_not_body() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<div class='pw-multi-vote-count'><p><span>1.2 ألف</span></p></div>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "<p><strong>للمزيد من الأخبار تابعونا على صفحتنا على <a href='https://fb.example/p'>"
        "فيسبوك</a></strong></p><div class='opinion-box' id='reader-opinion'><h3>رأيك يهمنا</h3>"
        f"<blockquote><p>{PARA} تعليق قارئ</p><cite>أحمد البلوشي</cite></blockquote></div>"
    )
    assert extract(html).body == text


def test_a_heading_classed_header_anchor_is_a_subheading() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        f"<p>{text[0]}</p><h3 class='header-anchor-post'>الكلفة الحقيقية للانتظار<div "
        "class='header-anchor-parent'><button aria-label='Link'></button></div></h3>"
        f"<p>{text[1]}</p><p>{text[2]}</p>"
    )
    assert extract(html).body == [text[0], "الكلفة الحقيقية للانتظار", text[1], text[2]]


def test_a_place_that_is_also_a_word_opens_a_dateline_only_before_a_sentence() -> None:
    opening = (
        "صور - افتتح وزير الطاقة والمياه، قبل ظهر اليوم، محطة جديدة لضخ المياه تعمل بالطاقة"
        " الشمسية في بلدة العباسية"
    )
    assert read_dateline(opening) == Dateline(place="صور", sources=[], standalone=False)
    assert read_dateline("صور - من الحفل") is None  # "pictures - from the party"


def test_a_generic_page_title_and_a_section_h1_leave_the_headline_to_the_h2() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>تفاصيل الخبر</title></head><body>"
        "<h1 class='page-title'>المركز الإعلامي</h1><div class='news-details'>"
        "<div class='label'><span>بيان صحفي</span></div><h2>الوزارة تعلن بدء تنفيذ ثلاثة سدود"
        f" للحماية من الفيضانات</h2><p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>"
        "</div></body></html>"
    )
    assert extract(html).title == "الوزارة تعلن بدء تنفيذ ثلاثة سدود للحماية من الفيضانات"


def test_a_live_pages_label_and_an_updates_badge_are_neither_name_nor_body() -> None:
    assert split_byline("تغطية مباشرة") == []
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "".join(
            f"<div class='update'><div class='meta'><time class='time' "
            f"datetime='2024-03-05T1{i}:00+03:00'>1{i}:00</time>"
            f"<span class='keyBadge'>حدث بارز</span></div><p>{t}</p></div>"
            for i, t in enumerate(text)
        )
    )
    assert extract(html).body == text


def test_related_titles_drawn_headings_numbers_badges_and_dates_inside_cards() -> None:
    html = page(
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>"
        "<div class='more-stories-box'><img src='/h/read-also.png' alt='اقرأ أيضا'><ul>"
        "<li><a href='/a/1'>1. نسبة ملء السدود تتراجع مع بداية الصيف</a></li></ul></div>"
        "<div class='related-block'><h2>مواضيع ذات صلة</h2><div><a href='/a/2'>"
        "<div class='badge'>02:41</div><h3>كواليس البروفات الأخيرة قبل حفل الافتتاح</h3></a>"
        "<a href='/a/3'><div class='date'><span>24 فبراير 2024</span> | <span>بيان</span></div>"
        "<h3>حملة التطعيم تصل إلى ملايين الأطفال في ثلاثة بلدان</h3></a></div></div>"
    )
    related = extract(html, url="https://news.example/a/0").related
    assert [r.title for r in related] == [
        "نسبة ملء السدود تتراجع مع بداية الصيف",
        "كواليس البروفات الأخيرة قبل حفل الافتتاح",
        "حملة التطعيم تصل إلى ملايين الأطفال في ثلاثة بلدان",
    ]


def test_the_first_prose_paragraph_opens_the_dateline_below_a_key_points_box() -> None:
    points = [f"النقطة {n}: {PARA}" for n in ("الأولى", "الثانية", "الثالثة", "الرابعة")]
    html = page(
        "<div class='summary-box'><h2>النقاط الرئيسية</h2><ul>"
        + "".join(f"<li>{p}</li>" for p in points)
        + f"</ul></div><p>الرياض (واس) - {PARA}</p><p>{PARA} ثانية</p>"
    )
    article = extract(html)
    assert [s.code for s in article.sources] == ["SPA"] and article.dateline == "الرياض"
    assert article.body[:5] == ["النقاط الرئيسية", *points]


def test_a_time_under_its_publication_label_beside_the_day_and_a_place_field() -> None:
    html = page(
        "<div class='info'><span class='date'>الأربعاء 6 مارس 2024</span><div>|</div>"
        "<span class='date'>نشر: 12:10</span></div><div class='field-dateline'>برلين</div>"
        "<figure><img src='a.jpg'><figcaption>مبنى للسكن الطلابي في برلين</figcaption></figure>"
        f"<div class='article-body'><p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></div>"
    )
    article = extract(html, reference_time=REF)
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2024, 3, 6, 12, 10)
    assert article.dateline == "برلين"


def test_a_marked_credit_just_after_the_text_names_the_writer() -> None:
    html = page(
        f"<div class='body'><p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></div>"
        "<div class='news-credits'><span class='news-writer'>إعداد: نورة القحطاني</span>"
        "<span>|</span><span class='news-photographer'>تصوير: فهد العتيبي</span></div>"
    )
    assert extract(html).authors == ["نورة القحطاني"]


def test_a_drupal_paragraph_typed_after_its_photo_holds_story_text() -> None:
    items = "".join(
        "<div class='paragraph paragraph--type--essay-photo'><figure><img src='p.jpg'>"
        f"<figcaption>صورة {n} من الأهوار</figcaption></figure><div class='field'>"
        f"<p>{PARA} {n}</p></div></div>"
        for n in ("أولى", "ثانية", "ثالثة")
    )
    html = page(
        f"<p>{PARA} مقدمة</p>{items}<div class='paragraph paragraph--type--ad-slot'>إعلان</div>"
    )
    assert extract(html).body == [f"{PARA} {n}" for n in ("مقدمة", "أولى", "ثانية", "ثالثة")]


def test_a_promos_picture_named_after_its_widget_is_no_line() -> None:
    html = page(
        "<div class='author'>كتب: أحمد علي</div>"
        f"<p>{PARA} أولى</p><div class='promo'><div class='byline'>"
        "<img src='/podcast.jpg' alt='يستحق الانتباه'></div></div>"
        f"<p>{PARA} ثانية</p><p>{PARA} ثالثة</p>"
    )
    assert extract(html).authors == ["أحمد علي"]


def test_credit_rows_name_the_writer_and_not_the_photographer_or_the_editor() -> None:
    assert split_byline("كتب - أحمد الشناوي: تصوير - كريم عبد الله:") == ["أحمد الشناوي"]
    assert split_byline("تحقيق: منى عادل ورامي حسن") == ["منى عادل", "رامي حسن"]
    assert split_byline("تحقيق:") == []
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<div class='author'>متابعة: قسم الرياضة</div>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "<p><strong>المحرر: علاء حمدي</strong></p>"
    )
    article = extract(html)
    assert article.authors == ["قسم الرياضة"] and article.body == text
    # with no writer named above, the closing editor's credit is the byline
    unsigned = html.replace("<div class='author'>متابعة: قسم الرياضة</div>", "")
    assert extract(unsigned).authors == ["علاء حمدي"]


def test_sources_in_a_lead_a_translators_credit_and_an_adaptation_note() -> None:
    lead = "وقال - في تصريح لوكالة أنباء الشرق الأوسط (أ ش أ) - إن الوزارة أنهت استعداداتها"
    assert lead_credit(lead) == Source(name="أ ش أ", code="MENA")
    assert read_dateline("وكالات - أعلنت الحكومة اليوم عن خطة") == Dateline(
        place=None, sources=[Source(name="وكالات", code="AGENCIES")], standalone=False
    )
    assert read_credit_line("بتصرف عن بي بي سي") == [Source(name="بي بي سي")]
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "".join(f"<p>{t}</p>" for t in text)
        + "<p class='ArticleBody_credit'>ترجمة: ليلى حسن، عن الغارديان</p>"
    )
    article = extract(html)
    assert article.authors == ["ليلى حسن"] and [s.name for s in article.sources] == ["الغارديان"]


def test_click_here_and_app_lines_at_the_texts_edges_are_not_body() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        f"<p>{text[0]}</p><p><b>تابع آخر الأخبار عبر تطبيق مدار 360 على أندرويد وآيفون</b></p>"
        f"<p>{text[1]}</p><p>{text[2]}</p><p>للمزيد: <a href='/n/1'>اضغط هنا</a></p>"
    )
    assert extract(html).body == text


def test_a_ticker_of_stamped_briefs_on_a_declared_web_page_is_no_article() -> None:
    briefs = [f"عاجل {n}: {PARA}" for n in range(10)]
    items = "".join(f"<li><span>10:{n:02d}</span><p>{b}</p></li>" for n, b in enumerate(briefs))
    html = page(
        "<div class='byline'>إعداد: قسم الأخبار</div>"
        f"<div class='updated'>آخر تحديث: 5 مارس 2024 - 10:45</div><ul>{items}</ul>",
        head="<meta property='og:type' content='website'>",
    )
    with pytest.raises(NotAnArticleError):
        extract(html, reference_time=REF)


def test_inline_tags_do_not_hide_the_related_box_after_them() -> None:
    html = page(
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>"
        "<div class='tags'><strong>كلمات مفتاحية:</strong> <a href='/tags/a'>القروض</a>، "
        "<a href='/tags/b'>البنوك</a></div><div class='related-box'><h4>أخبار متعلقة</h4><ul>"
        "<li><a href='/economy/1192210'>الودائع الخاصة ترتفع إلى 39.6 مليار دينار</a></li>"
        "<li><a href='/category/economy/'>أخبار الاقتصاد والأعمال</a></li></ul></div>"
    )
    related = extract(html, url="https://news.example/economy/1").related
    assert [r.url for r in related] == ["https://news.example/economy/1192210"]


def test_the_portals_short_name_and_a_name_ending_in_now_are_neither_writer_nor_date() -> None:
    assert split_byline("النبأ اليومي", site_names=("جريدة النبأ اليومي الكويتية",)) == []
    assert split_byline("الشيخ عبد الرحمن الفاضل يكتب:") == ["الشيخ عبد الرحمن الفاضل"]
    html = page(
        "<p class='source'>دبي - الإمارات الآن</p>"
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>",
        head="<meta property='og:site_name' content='الإمارات الآن'>",
    )
    article = extract(html, reference_time=REF)
    assert article.dateline == "دبي" and article.published is None


def test_credits_after_the_text_an_agency_joined_by_waw_and_known_outlets() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page("".join(f"<p>{t}</p>" for t in text) + "<p class='artx__credit'>(واج)</p>")
    assert [s.code for s in extract(html).sources] == ["APS"]
    byline = page(
        f"<div class='author'>كتب: أحمد علي ووكالات</div><p>{text[0]}</p><p>{text[1]}</p>"
    )
    article = extract(byline)
    assert article.authors == ["أحمد علي"] and [s.code for s in article.sources] == ["AGENCIES"]
    assert read_credit_line("نقلاً عن سكاي نيوز عربية") == [Source(name="سكاي نيوز عربية")]
    assert [s.name for s in read_credit_line("المصدر: الأناضول + الجزيرة نت") or []] == [
        "الأناضول",
        "الجزيرة نت",
    ]


def test_the_portals_name_then_the_place_opens_a_dateline() -> None:
    assert read_dateline("الكرخ اليوم - بغداد حددت الوزارة", own_names=("الكرخ اليوم",)) == (
        Dateline(place="بغداد", sources=[], standalone=False)
    )
    assert read_dateline("النخيل نيوز/ بغداد أعلنت", own_names=("النخيل نيوز",)) == Dateline(
        place="بغداد", sources=[], standalone=False
    )


def test_a_timetables_dated_items_are_text_and_a_details_label_is_not() -> None:
    items = ["السبت 22 حزيران: التربية الإسلامية", "الاثنين 24 حزيران: اللغة العربية"]
    html = page(
        f"<p><strong>{PARA} موجز</strong></p><p>التفاصيل:</p><p>{PARA} أولى</p><ul>"
        + "".join(f"<li>{i}</li>" for i in items)
        + f"</ul><p>{PARA} ثانية</p><p>للاطلاع على النص الكامل للبيان "
        "<a href='/s.pdf'>اضغط هنا</a></p>"
    )
    assert extract(html, reference_time=REF).body == [
        f"{PARA} موجز",
        f"{PARA} أولى",
        *items,
        f"{PARA} ثانية",
    ]


def test_tatweel_after_a_prefix_and_a_follow_link_in_the_writer_card() -> None:
    assert split_byline("كتب ـ أحمد علي") == ["أحمد علي"]
    assert split_byline("كتب ـــ سارة محمد") == ["سارة محمد"]
    assert split_byline("تابع الكاتب على إكس") == []


def test_an_article_header_component_is_no_site_header() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>معرض في باريس يستعيد تاريخ الخط العربي"
        " | النوافذ</title></head><body><header class='SiteHeader_header__a1'><nav>"
        "<a href='/'>الرئيسية</a></nav></header><article><header class='ArticleHeader_header__b2'>"
        "<h1>معرض في باريس يستعيد تاريخ الخط العربي</h1><div class='ArticleHeader_meta__c3'>"
        "<a class='ArticleHeader_author__d4' href='/author/newsdesk'>فريق التحرير</a></div>"
        f"</header><div class='ArticleBody_body__e5'><p>{PARA} أولى</p><p>{PARA} ثانية</p>"
        f"<p>{PARA} ثالثة</p></div></article></body></html>"
    )
    assert extract(html).authors == ["فريق التحرير"]


def test_a_dates_label_glued_to_the_writers_name_is_cut() -> None:
    assert split_byline("سارة الحمادينُشر: 20 مايو 2024 09:30 ص") == ["سارة الحمادي"]


def test_a_desk_after_the_writers_and_a_reviewer_on_their_row_are_not_authors() -> None:
    assert split_byline("كتب: سامي علي وهدى حسن - قسم الأخبار") == ["سامي علي", "هدى حسن"]
    assert split_byline("إعداد: منى سمير | مراجعة: أحمد فؤاد") == ["منى سمير"]
    assert split_byline("تقرير: أحمد سالم | تحرير: منى عادل") == ["أحمد سالم", "منى عادل"]


def test_labels_ending_in_a_colon_footnotes_in_cells_and_widgets_are_not_body() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        f"<p>{text[0]}</p><p><strong>استمع للحلقة:</strong></p><iframe src='x'></iframe>"
        "<div class='matchCountdown'><ul><li>02 يوم</li><li>14 ساعة</li></ul></div>"
        f"<p>{text[1]}</p><table><tr><td>العدس</td><td>9 غرام</td></tr><tr><td>* القيم "
        "تقريبية وفق بيانات وزارة الزراعة، والنسب محسوبة على أساس نظام غذائي من 2000 سعرة."
        "</td></tr></table><div class='review-score'><span>التصميم ★★★★★</span></div>"
        f"<p class='wpml-ls'>هذا المقال متوفر أيضاً باللغة: <a href='/en/x'>English</a></p>"
        f"<p>{text[2]}</p>"
    )
    assert extract(html).body == text


def test_a_columns_name_in_the_writers_box_is_no_writer() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>حين يصبح العمل الخيري ثقافة</title>"
        "</head><body><div class='breadcrumb'><a href='/'>الرئيسية</a> » <a href='/c/37'>نفحات"
        "</a></div><div class='articleBox'><div class='writerHead'><span class='columnName'>"
        "نفحات</span><h1>حين يصبح العمل الخيري ثقافة</h1><a class='writerName' href='/w/412'>"
        "بقلم فضيلة الشيخ ناصر الكعبي</a></div><div class='articleText'>"
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></div></div></body></html>"
    )
    assert extract(html).authors == ["فضيلة الشيخ ناصر الكعبي"]


def test_a_readers_tools_after_the_text_and_the_portals_one_word_name() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<p>البصرة – النهرين</p>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "<div class='article-feedback card'><p>هل كان هذا المقال مفيداً؟</p>"
        "<button>نعم</button><p>نأسف لذلك. ما الذي يمكننا تحسينه؟</p></div>"
        "<div class='wp-email-form send-to-friend-box'><p>أرسل الخبر لصديق</p>"
        "<p>شارك هذا الخبر مع أصدقائك عبر البريد الإلكتروني، ولن نستخدم العنوان لغير ذلك.</p>"
        "</div>",
        head="<meta property='og:site_name' content='بوابة النهرين'>",
    )
    article = extract(html)
    assert article.body == text and article.dateline == "البصرة" and article.authors == []


def test_paragraphs_straight_in_the_body_are_all_the_text() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة", "رابعة")]
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>عنوان الخبر في النسخة الخفيفة</title>"
        "</head><body><p><a href='/'>الرئيسية</a> | <a href='/eco'>اقتصاد</a></p>"
        "<h1>عنوان الخبر في النسخة الخفيفة</h1><p>إعداد: جاد منصور</p>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "<p>آخر الأخبار</p><ul><li><a href='/a/1'>الحكومة تقر مشروع قانون الموازنة الجديد</a>"
        "</li><li><a href='/a/2'>وزارة الطاقة تعلن زيادة ساعات التغذية بالكهرباء</a></li></ul>"
        "<p>النسخة الخفيفة من الموقع مصممة للاتصالات البطيئة وتعرض النصوص فقط من دون صور.</p>"
        "</body></html>"
    )
    article = extract(html)
    assert article.body == text and article.authors == ["جاد منصور"]


def test_a_photo_story_article_named_for_its_photo_is_the_article() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية")]
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>قوارب الصيد تعود مع الغروب</title>"
        "</head><body><main><article class='PhotoOfDay_article__N3bqL'>"
        "<h1>قوارب الصيد تعود مع الغروب</h1><figure><img src='a.jpg' width='1200' height='800'>"
        "<figcaption>تصوير: حسن بزي</figcaption></figure>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "</article><aside class='PhotoOfDay_about__b3Hk9'><h3>عن صورة اليوم</h3><p>زاوية"
        " يومية تختار فيها هيئة التحرير لقطة واحدة من عدسات مصوري الموقع، تروي حكاية صغيرة من"
        " يوميات الناس في لبنان والمنطقة.</p></aside></main></body></html>"
    )
    assert extract(html).body == text


def test_a_sections_latest_box_and_a_sliders_buttons_are_not_the_story() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<p>ريف دمشق - "
        + text[0]
        + "</p>"
        + "".join(f"<p>{t}</p>" for t in text[1:])
        + "<div class='swiper-button-prev' role='button'>السابق</div>"
        "<div class='swiper-button-next' role='button'>التالي</div>"
        "<table class='boxTable'><tr><td class='boxTitle'>آخر أخبار القسم</td></tr>"
        "<tr><td class='relatedItem'><a href='https://news.example/a/1'>بنك المغرب يبقي سعر"
        " الفائدة الرئيسي دون تغيير</a></td></tr></table>"
    )
    article = extract(html)
    assert article.body == ["ريف دمشق - " + text[0], *text[1:]]
    assert article.related == [] and article.dateline == "ريف دمشق"


def test_an_interactive_graphics_label_and_a_videos_titled_label_are_not_text() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        f"<p>{text[0]}</p><p><strong>خريطة تفاعلية: اضغط على المحافظة لعرض الأرقام</strong></p>"
        f"<iframe src='https://maps.example/embed'></iframe><p>{text[1]}</p>"
        "<p>شاهد الفيديو: <strong>لحظة دخول البعثة الأثرية إلى المقبرة</strong></p>"
        f"<iframe src='https://www.youtube.com/embed/x'></iframe><p>{text[2]}</p>"
    )
    assert extract(html).body == text


def test_a_foreign_outlet_in_a_source_field_after_the_text_is_credited() -> None:
    assert read_credit_line("المصدر: ذا غلوبال ريفيو") == [Source(name="ذا غلوبال ريفيو")]
    html = page(
        f"<div class='body'><p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></div>"
        "<div class='translation-info'><div class='field__label'>المصدر</div>"
        "<div class='field__item'><a href='https://review.example/a'>ذا غلوبال ريفيو</a>"
        "</div></div>"
    )
    assert [s.name for s in extract(html).sources] == ["ذا غلوبال ريفيو"]


def test_a_place_a_colon_and_an_uncoded_agency_alone_are_a_dateline() -> None:
    assert read_dateline("الخرطوم: سونا") == Dateline(
        place="الخرطوم", sources=[Source(name="سونا")], standalone=True
    )
    assert read_dateline("المصدر: رويترز") is None  # a credit label, not a place
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    article = extract(
        page("<p><strong>الخرطوم: سونا</strong></p>" + "".join(f"<p>{t}</p>" for t in text))
    )
    assert article.body == text and [s.name for s in article.sources] == ["سونا"]


def test_many_readers_comments_do_not_outweigh_the_story() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    comment = (
        "أسكن في هذه المنطقة منذ أكثر من عشر سنوات، ولا أجد موقفا قرب بيتي بعد الساعة الثامنة"
        " مساء مهما درت في الشوارع، وأتمنى أن تراجع البلدية القرار قبل تطبيقه."
    )
    html = page(
        "<div class='article-body'>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "</div><section class='comments'><h2>تعليقات القراء (30)</h2><ol class='comment-list'>"
        + "".join(f"<li><div>قارئ {n}</div><p>{comment} {n}</p></li>" for n in range(30))
        + "</ol></section>"
    )
    assert extract(html).body == text


def test_an_archive_pieces_republication_note_over_the_text_is_not_text() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<div class='content-inner'><div class='archive-note'><p>نشر هذا المقال في عام 1998"
        " ضمن ملحق «آفاق» الأسبوعي، ونعيد نشره اليوم كما ورد في نسخته الأصلية.</p></div>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "</div>"
    )
    assert extract(html).body == text


def test_the_longest_opening_phrase_names_a_line() -> None:
    assert line_kind("اقرأ المزيد من أخبار محلية") == "widget"
    assert line_kind("اقرأ المزيد") == "related"
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "".join(f"<p>{t}</p>" for t in text)
        + "<div class='block-views'><h2>اقرأ المزيد من أخبار محلية</h2><div class='views-row'>"
        "<a href='https://news.example/local/1'>الأمن العام يضبط ثلاثة أشخاص بحوزتهم مواد"
        " مخدرة</a></div></div>"
    )
    assert extract(html).related == []


def test_a_closing_paragraph_about_figures_that_do_not_reflect_is_text() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية")] + [
        "ويقول خبراء اقتصاديون إن الأرقام الرسمية لا تعكس بالضرورة حجم التجارة الفعلي، إذ"
        " يجري جزء من المبادلات عبر وسطاء."
    ]
    assert extract(page("".join(f"<p>{t}</p>" for t in text))).body == text


def test_a_date_label_before_the_date_under_the_headline_is_no_writer() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>حلقة عن مياه النيل</title></head>"
        "<body><article><h1>حلقة عن مياه النيل</h1><div class='meta'><span>تاريخ العرض:</span>"
        f"<span>3 مارس 2024</span></div><p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة"
        "</p></article></body></html>"
    )
    assert extract(html, reference_time=REF).authors == []


def test_a_lists_own_heading_comes_with_the_list() -> None:
    items = [
        "د. سامر الخطيب، خبير الموارد المائية وأستاذ الهندسة الهيدروليكية",
        "السفيرة منى عبد الرحمن، مساعدة وزير الخارجية الأسبق للشؤون الأفريقية",
        "م. خالد الطيب، مستشار سابق في وزارة الري والموارد المائية",
        "د. نادية فهمي، باحثة في اقتصاديات المناخ بمركز الدراسات الاستراتيجية",
    ]
    html = page(
        f"<section class='episode__description'><p>{PARA} أولى {PARA}</p></section>"
        "<section class='episode__guests'><h2>ضيوف الحلقة</h2><ul>"
        + "".join(f"<li>{t}</li>" for t in items)
        + "</ul></section>"
    )
    assert extract(html).body == [f"{PARA} أولى {PARA}", "ضيوف الحلقة", *items]


def test_a_kicker_and_a_badge_inside_the_headline_are_not_the_headline() -> None:
    title = "أمطار طوفانية تجرف جسراً قروياً بضواحي تارودانت وتعزل عدداً من الدواوير"
    body = "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
    for h1 in (
        f"<h1><span class='kicker'>خاص</span> {title}</h1>",
        f"<h1>{title} <span class='title-badge badge-video'>| فيديو</span></h1>",
    ):
        html = (
            f"<html lang='ar'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<article>{h1}{body}</article></body></html>"
        )
        assert extract(html).title == title


def test_a_videos_caption_and_a_moroccan_towns_dateline() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<div class='td-post-content'><div class='td-post-featured-image'><iframe"
        " src='https://www.youtube.com/embed/x'></iframe><span class='td-video-caption'>مقطع"
        " متداول يوثق لحظة انهيار الجسر - المصدر: مواقع التواصل الاجتماعي</span></div>"
        f"<p>تارودانت - {text[0]}</p>" + "".join(f"<p>{t}</p>" for t in text[1:]) + "</div>"
    )
    article = extract(html)
    assert article.body == [f"تارودانت - {text[0]}", *text[1:]]
    assert article.dateline == "تارودانت"


def test_a_translation_desk_and_the_foreign_outlet_after_a_dash() -> None:
    assert split_byline("إعداد: قسم الترجمة - عن الغارديان البريطانية") == ["قسم الترجمة"]
    html = page(
        "<p class='byline'>إعداد: قسم الترجمة - عن الغارديان البريطانية</p>"
        + "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
    )
    article = extract(html)
    assert article.authors == ["قسم الترجمة"]
    assert [s.name for s in article.sources] == ["الغارديان"]


def test_a_columns_name_as_the_breadcrumbs_last_step_is_no_writer() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>حين يبدأ الإصلاح من الداخل</title>"
        "</head><body><div class='breadcrumb-box'><a href='/'>الرئيسية</a> » <a href='/s/12'>"
        "مقالات الرأي</a> » <span>رؤية</span></div><div class='article-header'><div"
        " class='writer-box'><div class='writer-data'><span class='column-title'>رؤية</span>"
        "<a href='/Writer.aspx?WID=318' class='writer-name'>بقلم: أحمد عبد الرحيم النجار</a>"
        "</div></div><h1>حين يبدأ الإصلاح من الداخل</h1></div><div class='article-text'>"
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></div></body></html>"
    )
    assert extract(html).authors == ["أحمد عبد الرحيم النجار"]


def test_the_writers_section_of_the_articles_is_no_writers_page() -> None:
    assert not is_author_page("https://news.example/articles/writers/19377")
    assert is_author_page("https://news.example/writers/12")


def test_a_bare_related_label_over_a_list_of_links() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<div class='item-page'>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "<p><strong>ذات صلة:</strong></p><ul><li><a href='https://news.example/local/45102'>"
        "صيانة طارئة على خط الديسي تؤثر على التزويد المائي</a></li><li><a"
        " href='https://news.example/local/45077'>دراسة حكومية لإعادة هيكلة تعرفة المياه</a>"
        "</li></ul></div>"
    )
    article = extract(html)
    assert article.body == text and len(article.related) == 2


def test_a_tags_page_with_its_number_before_the_slug_is_no_article() -> None:
    assert is_topic_page("https://news.example/Tags/1190/السوق-السوداء")
    assert not is_topic_page("https://news.example/topics/economy/2024/rates-held")


def test_an_update_label_and_its_time_are_no_paragraph() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        f"<p><strong>تحديث - 15:40</strong></p><p>{text[0]}</p>"
        f"<p><strong>تحديث - 14:20</strong></p><p>{text[1]}</p><hr><p>{text[2]}</p>"
    )
    assert extract(html, reference_time=REF).body == text


def test_a_state_modifier_beside_its_block_names_no_box() -> None:
    assert kind_of_attrs("lb-entry lb-entry--latest") is None
    assert kind_of_attrs("news-box news-box--latest") == "widget"
    assert kind_of_attrs("field field--name-field-update-author") == "byline"


def test_a_participation_subheading_is_no_share_label() -> None:
    assert line_kind("مشاركة مجتمعية") is None
    assert line_kind("مشاركة عبر فيسبوك") == "share"


def test_drupals_node_header_is_the_articles_header() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>العراق يطلق منصة موحدة</title>"
        "</head><body><article class='node node--type-article'><div class='node__header'>"
        "<h1>العراق يطلق منصة موحدة</h1><div class='field field--name-field-writers'>"
        "<div class='field__label'>كتب</div><div class='field__items'><div class='field__item'>"
        "<a href='/author/a'>علي حسن الجبوري</a></div><div class='field__item'><a"
        " href='/author/b'>نور الهدى كاظم</a></div></div></div></div><div class='node__content'>"
        f"<p>{PARA} أولى</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p></div></article></body></html>"
    )
    assert extract(html).authors == ["علي حسن الجبوري", "نور الهدى كاظم"]


def test_a_score_boxs_team_badges_name_no_writers() -> None:
    html = page(
        "<span class='byline'>كتب: هشام فؤاد</span><div class='MatchScore'><table><tr>"
        "<td class='Team'><img src='t1.png' width='48' height='48'><br>أهلي الصعيد</td>"
        "<td class='Score'>2 - 0</td><td class='Team'><img src='t2.png' width='48'"
        " height='48'><br>الاتحاد الساحلي</td></tr></table></div>"
        + "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
    )
    article = extract(html)
    assert article.authors == ["هشام فؤاد"] and article.sources == []


def test_a_watch_also_strip_of_videos_is_no_related_box() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "".join(f"<p>{t}</p>" for t in text)
        + "<div class='WatchAlso'><div class='BoxTitle'>شاهد أيضاً</div><div class='VideoItem'>"
        "<a href='https://news.example/VideoDetails.aspx?VideoID=9921'>ملخص مباراة أهلي الصعيد"
        " والاتحاد الساحلي</a></div></div>"
    )
    assert extract(html).related == []
    html = page(
        "".join(f"<p>{t}</p>" for t in text)
        + "<div class='watch-also'><h3>شاهد أيضا</h3><ul><li><a"
        " href='https://news.example/news/4519'>ارتفاع أسعار السكر في الأسواق المحلية</a></li>"
        "</ul></div>"
    )
    assert [r.title for r in extract(html).related] == ["ارتفاع أسعار السكر في الأسواق المحلية"]


def test_a_league_table_after_a_report_is_not_text() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "".join(f"<p>{t}</p>" for t in text)
        + "<div class='StandingsWidget_wrapper__1bQe2'><table><tr><td>الساحل</td><td>32</td>"
        "</tr></table><p class='StandingsWidget_note__Bv2sK'>يُحدَّث الترتيب تلقائياً بعد نهاية"
        " كل مباراة.</p></div>"
    )
    assert extract(html).body == text


def test_a_byline_row_with_its_dates_opening_the_text() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<p>بقلم: سنية المرزوقي | نشر في: الخميس 14 نوفمبر 2024 - 09:30 | آخر تحديث: 14"
        " نوفمبر 2024 - 11:05</p>" + "".join(f"<p>{t}</p>" for t in text)
    )
    article = extract(html, reference_time=REF)
    assert article.authors == ["سنية المرزوقي"] and article.body == text


def test_a_figures_label_beside_its_picture_is_not_text() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        f"<p>{text[0]}</p><figure class='article__figure'><div class='infographic__label'>"
        "بالأرقام</div><a href='/big.png'><img src='/small.png'></a><figcaption>أبرز مؤشرات"
        f" سوق النفط خلال الأسبوع</figcaption></figure><p>{text[1]}</p><p>{text[2]}</p>"
    )
    assert extract(html).body == text


def test_a_writers_name_in_latin_letters_beside_the_arabic_is_one_writer() -> None:
    html = page(
        "<div class='b-byline'><span class='ts-byline__names'><a href='/author/ahmed-salem/'>"
        "أحمد سالم</a> <span lang='en' class='author-en'>Ahmed Salem</span></span></div>"
        + "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة")),
        head='<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author":'
        ' [{"@type": "Person", "name": "أحمد سالم"}]}</script>',
    )
    assert extract(html).authors == ["أحمد سالم"]


def test_a_correspondents_role_alone_names_nobody() -> None:
    assert split_byline("مراسلنا في القاهرة") == []


def test_a_standalone_dateline_then_the_writers_bare_name() -> None:
    assert read_dateline("بغداد/ نينا/ أعلنت وزارة الزراعة") == Dateline(
        place="بغداد", sources=[Source(name="نينا")], standalone=False
    )
    assert read_dateline(
        "أربيل (كوردستان24) - أعلنت وزارة الزراعة", own_names=("كوردستان24",)
    ) == Dateline(place="أربيل", sources=[Source(name="كوردستان24")], standalone=False)
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<p><strong>إدلب - خاص</strong></p><p><strong>محمد العلي</strong></p>"
        + "".join(f"<p>{t}</p>" for t in text)
    )
    article = extract(html)
    assert article.authors == ["محمد العلي"] and article.body == text
    assert article.dateline == "إدلب"


def test_the_desks_sign_off_closing_a_signed_text_is_no_writer() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<p class='byline'>كتب: سامر علي</p>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "<p><strong>فريق التحرير</strong></p>"
    )
    article = extract(html)
    assert article.authors == ["سامر علي"] and article.body == text


def test_one_line_with_the_publication_and_its_labelled_update() -> None:
    assert kind_of_attrs("node__meta") == "header"  # Drupal's <footer> atop the node
    html = page(
        "<footer class='node__meta'><div>كتب - محمد عبد الحميد</div><div><span>الأحد 12 مايو"
        " 2024 03:45 م</span> <span>آخر تحديث: الأحد 12 مايو 2024 05:10 م</span></div></footer>"
        + "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
    )
    article = extract(html, reference_time=dt.datetime(2024, 5, 12, 20, tzinfo=dt.timezone.utc))
    assert article.published is not None and article.modified is not None
    assert article.published.datetime.hour == 15 and article.modified.datetime.hour == 17


def test_a_related_headline_ending_on_its_day_is_kept() -> None:
    html = page(
        "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
        + "<div class='related-posts'><h3>مقالات ذات صلة</h3><ul><li><a"
        " href='https://news.example/horoscope/daily-19-june'>توقعات الأبراج اليوم الأربعاء 19"
        " يونيو 2024</a></li><li><a href='https://news.example/horoscope/solstice'>الانقلاب"
        " الصيفي 2024: موعده وتأثيره على الأبراج</a></li></ul></div>"
    )
    assert len(extract(html, reference_time=REF).related) == 2


def test_a_journal_credited_after_the_text() -> None:
    assert read_credit_line("المصدر: دورية نيتشر") == [Source(name="نيتشر")]


def test_an_english_summary_box_ends_the_arabic_text() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "".join(f"<p>{t}</p>" for t in text)
        + "<div class='english-summary' dir='ltr'><h3>Summary</h3><p>Egypt's Ministry of"
        " Finance on Tuesday launched its first local-currency green bond, a five billion"
        " pound issue.</p></div>"
    )
    assert extract(html).body == text


def test_a_pull_quotes_speaker_is_no_writer() -> None:
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<p class='byline'>كتب: يوسف المنصوري</p><p>" + text[0] + "</p><aside class='pullquote'>"
        "<p>الدولة لن تترك الفلاح وحيدًا</p><span class='pullquote__author'>وزير الفلاحة</span>"
        "</aside>" + "".join(f"<p>{t}</p>" for t in text[1:])
    )
    assert extract(html).authors == ["يوسف المنصوري"]


def test_a_french_templates_author_box() -> None:
    html = page(
        "<span class='auteur'><img src='/plume.png' width='14' height='14' alt=''> ك. بلقاسمي"
        "</span>" + "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
    )
    assert extract(html).authors == ["ك. بلقاسمي"]


def test_a_cards_stretched_link_belongs_to_the_title_it_names() -> None:
    titles = [
        "المنعشون العقاريون يطالبون بمراجعة سقف أسعار السكن",
        "الوزيرة الوصية على الإسكان: الدعم المباشر حقق نتائج تفوق التوقعات",
    ]
    cards = "".join(
        f"<div class='card'><a href='https://news.example/eco/{n}.html' class='stretched-link'"
        f" title='{t}'></a><div class='card-body'><h3>{t}</h3></div></div>"
        for n, t in enumerate(titles)
    )
    html = page(
        "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
        + f"<section class='related-posts'><h3>مقالات ذات صلة</h3>{cards}</section>",
        head="<title>عنوان الخبر الرئيسي في الصفحة اليوم</title>",
    )
    related = extract(html).related
    assert [(r.title, r.url) for r in related] == [
        (t, f"https://news.example/eco/{n}.html") for n, t in enumerate(titles)
    ]


def test_jetpacks_related_posts_nav_is_a_related_box() -> None:
    html = page(
        "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة"))
        + "<nav class='jp-relatedposts-i2 wp-block-jetpack-related-posts'><h3>مقالات ذات صلة"
        "</h3><ul><li><a href='https://news.example/2025/02/03/dams/'>نسبة ملء السدود بالمغرب"
        " تستقر في حدود 27 بالمئة</a></li><li><a href='https://news.example/2025/01/20/desal/'>"
        "محطة تحلية مياه البحر بالدار البيضاء تدخل مرحلة التجهيز</a></li></ul></nav>"
    )
    assert len(extract(html).related) == 2


def test_a_reading_time_and_a_call_to_comment_are_not_the_story() -> None:
    assert split_byline("قراءة في دقيقتين") == []
    text = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page("".join(f"<p>{t}</p>" for t in text) + "<p>ما رأيك؟ شاركنا في التعليقات</p>")
    assert extract(html).body == text


THREE = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
PARAS = "".join(f"<p>{t}</p>" for t in THREE)


def test_a_date_line_with_its_zone_in_words_is_no_paragraph() -> None:
    html = page(f"<p class='meta'>الأربعاء 6 مارس 2024 - 10:40 ص بتوقيت مكة المكرمة</p>{PARAS}")
    article = extract(html, reference_time=REF)
    assert article.body == THREE
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2024, 3, 6, 10, 40)


def test_a_box_named_rel_is_a_related_box() -> None:
    html = page(
        PARAS + "<section class='rel'><h3>قد يهمك أيضاً</h3><a href='https://news.example/1'>"
        "<h4>المتحف يستقبل ثلاثين قطعة أثرية جديدة</h4></a></section>"
    )
    assert [r.url for r in extract(html).related] == ["https://news.example/1"]


def test_a_writers_linked_name_opening_a_bio_sentence() -> None:
    html = page(
        "<address><a rel='author' href='https://news.example/authors/rana'>رنا السويدي</a>"
        " محررة الشؤون المحلية في الموقع، تغطي ملفات النقل والبلديات.</address>" + PARAS
    )
    assert extract(html).authors == ["رنا السويدي"]


def test_an_agency_credited_in_the_articles_own_footer() -> None:
    html = page(
        PARAS + "<footer><aside>ساهمت في إعداد التقرير: وكالة أنباء الإمارات (وام)</aside>"
        "<small>© 2024 الموقع</small></footer>"
    )
    assert [s.code for s in extract(html).sources] == ["WAM"]


def test_a_charts_source_in_a_side_box_credits_the_chart() -> None:
    html = page(PARAS + "<aside class='chart'><p>المصدر: البنك الدولي</p></aside>")
    assert extract(html).sources == []


def test_a_contributor_closing_the_text_is_a_writer() -> None:
    html = page(PARAS + "<p><em>ساهم في إعداد التقرير: نادين حداد</em></p>")
    article = extract(html)
    assert article.authors == ["نادين حداد"]
    assert article.body == THREE


def test_a_carousels_copies_of_its_slides_count_once() -> None:
    titles = ["هيئة الطاقة تعلن تعرفة جديدة للشحن", "ارتفاع إنتاج الكهرباء الشمسية في الربع الأول"]

    def slide(n: int, cls: str) -> str:
        return f"<div class='{cls}'><a href='https://news.example/{n}'>{titles[n]}</a></div>"

    slides = (
        slide(1, "swiper-slide swiper-slide-duplicate")
        + slide(0, "swiper-slide swiper-slide-active")
        + slide(1, "swiper-slide swiper-slide-duplicate-prev")
        + slide(0, "swiper-slide swiper-slide-duplicate")
    )
    html = page(PARAS + f"<div class='related-posts'><h3>مقالات ذات صلة</h3>{slides}</div>")
    assert [r.title for r in extract(html).related] == titles


def test_a_scholar_answering_and_his_roles() -> None:
    assert split_byline("يجيب عنها: د. هشام عبد الحليم أستاذ الفقه المقارن وعضو لجنة الفتوى") == [
        "د. هشام عبد الحليم"
    ]


def test_icon_buttons_labels_beside_small_icons_are_no_writer() -> None:
    html = page(
        "<span class='news-writer'>كتب: <b>ليث العبادي</b></span><div class='tools'>"
        "<a href='#'><img src='/print.png' width='20' height='20' alt=''></a>"
        "<a href='#'>A+</a> <a href='#'>A-</a></div>" + PARAS
    )
    assert extract(html).authors == ["ليث العبادي"]


def test_the_hajj_sites_open_datelines() -> None:
    html = page(f"<p>مشعر منى - {PARA}</p>" + PARAS)
    assert extract(html).dateline == "مشعر منى"


def test_a_timelines_dated_entries_keep_their_dates() -> None:
    entries = [
        ("آذار 2023:", "الشركة تتوقف عن صرف الأموال للمودعين وتقفل فروعها."),
        ("2 أيار 2023:", "توقيف مؤسس الشركة في المطار أثناء محاولته السفر."),
    ]
    items = "".join(f"<li><span class='tl-date'>{d}</span> {t}</li>" for d, t in entries)
    html = page(PARAS + f"<h3>تسلسل زمني للقضية</h3><ol class='timeline'>{items}</ol>")
    assert extract(html).body[-2:] == [f"{d} {t}" for d, t in entries]


def test_a_content_warning_and_an_appeals_contact_box_are_not_the_story() -> None:
    html = page(
        "<div class='cw' role='note'><p>تحذير: يحتوي الخبر على تفاصيل قد تكون مزعجة</p></div>"
        + PARAS
        + "<div class='report-box'><div><p><strong>للإبلاغ اتصل على:</strong> 0770 123 4567</p>"
        "<p>أو الخط الساخن للشرطة: 104</p></div></div>"
    )
    assert extract(html).body == THREE


def test_a_notice_inside_the_texts_own_box_takes_only_itself() -> None:
    html = page(
        "<div class='body'><p>تحذير: يحتوي الخبر على تفاصيل قد تكون مزعجة</p>" + PARAS + "</div>"
    )
    assert extract(html).body == THREE


def test_a_byline_section_named_by_its_hidden_heading() -> None:
    html = page(
        "<section aria-labelledby='article-byline' class='x1'><h2 class='visually-hidden'"
        " id='article-byline'>معلومات عن الكاتب</h2><ul><li><span class='n'>رنا حداد</span></li>"
        "<li><span class='r'>الناصرية، العراق</span></li></ul></section>" + PARAS
    )
    assert extract(html).authors == ["رنا حداد"]


def test_a_summary_label_is_not_the_summary() -> None:
    html = page(
        "<div class='article-summary'><div class='summary-title'>ملخص</div><ul>"
        "<li>هيئة الطرق في المدينة تعلن خطة استثمارية بقيمة 12 مليار درهم للطرق.</li></ul></div>"
        + PARAS
    )
    assert extract(html).body[0].startswith("هيئة الطرق")


def test_a_related_video_in_its_own_box_is_no_related_article() -> None:
    html = page(
        PARAS + "<div class='related-video-block'><div class='related-video-title'>فيديو ذو صلة"
        "</div><a class='related-video-link' href='/video/1794-plan'><span>02:36</span>"
        "<h3>كيف تخطط المدينة لمواجهة الازدحام المروري؟</h3></a></div>"
    )
    assert extract(html, url="https://news.example/business/1812-plan").related == []


def test_a_byline_signing_the_first_paragraph() -> None:
    body = f"<p><strong>كتب عمرو سعيد:</strong> {THREE[0]}</p>" + PARAS[len(THREE[0]) + 7 :]
    article = extract(page(body))
    assert article.authors == ["عمرو سعيد"]
    assert article.body == THREE
    # the page's signature over a metadata writer who is someone else
    signed = extract(page(body, head="<meta name='author' content='أحمد منصور'>"))
    assert signed.authors == ["عمرو سعيد"]


def test_a_first_paragraph_about_someone_writing_is_not_signed() -> None:
    lead = f"كتب ترامب في منشور: {PARA}"
    html = page(f"<p>{lead}</p>" + PARAS)
    article = extract(html)
    assert article.authors == []
    assert article.body[0] == lead


def test_the_portals_about_page_is_no_article() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>من نحن - نبض المدينة</title>"
        "<meta property='og:type' content='article'></head><body><h1 class='logo'>نبض المدينة"
        "</h1><div class='page'><h1 class='entry-title'><span>من نحن</span></h1>"
        + PARAS
        + "</div></body></html>"
    )
    with pytest.raises(NotAnArticleError, match="portal's own page"):
        extract(html)


def test_a_breaking_label_inside_the_headline_is_no_part_of_it() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>عاجل | الأرصاد تحذر من أمطار رعدية"
        "</title></head><body><article><h1><span class='breaking-label'>عاجل |</span> <span>"
        "الأرصاد تحذر من أمطار رعدية</span></h1>" + PARAS + "</article></body></html>"
    )
    assert extract(html).title == "الأرصاد تحذر من أمطار رعدية"


def test_spaced_editors_initials_close_wire_copy() -> None:
    html = page(PARAS + "<p>ع ح / م ع</p>")
    assert extract(html).body == THREE


def test_an_apps_download_card_is_not_the_story() -> None:
    html = page(
        PARAS[: len(THREE[0]) + 7]
        + "<div class='app-box'><h4 class='app-box-title'>سند - مدير المصاريف الذكي</h4>"
        "<ul class='app-meta'><li>الحجم: 38 ميغابايت</li><li>السعر: مجاني</li></ul></div>"
        + PARAS[len(THREE[0]) + 7 :]
    )
    assert extract(html).body == THREE


def test_a_foreign_outlet_credited_in_latin_letters() -> None:
    assert read_credit_line("مصدر الخبر: The Verge") == [Source(name="The Verge")]


def test_related_links_in_one_paragraph_between_bars() -> None:
    html = page(
        PARAS + "<p><strong>روابط ذات صلة:</strong> <a href='/article/1'>تراجع أسعار زيت الزيتون"
        " في المعاصر</a> | <a href='/article/2'>ديوان الزيت يفتح باب الخزن التعديلي</a></p>"
    )
    article = extract(html, url="https://news.example/article/9")
    assert [r.url for r in article.related] == [
        "https://news.example/article/1",
        "https://news.example/article/2",
    ]
    assert article.body == THREE


def test_african_ports_open_datelines() -> None:
    dateline = read_dateline(f"مومباسا - {PARA}")
    assert dateline is not None and dateline.place == "مومباسا"


def test_a_prefixed_screen_reader_label_and_the_writers_city() -> None:
    assert split_byline("تقرير من لندن") == []
    html = page(
        "<ul class='byline'><li><span class='mdr-visually-hidden'>الكاتب، </span><span>ليلى حداد"
        "</span></li><li><span class='mdr-visually-hidden'>تقرير من </span><span>لندن</span></li>"
        "</ul>" + PARAS
    )
    assert extract(html).authors == ["ليلى حداد"]


def test_a_copy_link_buttons_status_is_not_the_story() -> None:
    assert line_kind("تم النسخ") == "control"


def test_a_read_also_label_inside_the_link() -> None:
    html = page(
        PARAS + "<p class='readAlso'><a href='https://news.example/s/1'><span>اقرأ أيضا..</span>"
        " ما الذي يجب فعله أثناء الزلزال؟</a></p>"
    )
    assert [r.title for r in extract(html).related] == ["ما الذي يجب فعله أثناء الزلزال؟"]


def test_the_united_nations_credited_by_name() -> None:
    assert read_credit_line("المصدر: الأمم المتحدة") == [Source(name="الأمم المتحدة")]


def test_a_figure_box_over_the_text_is_not_the_story() -> None:
    html = page(
        "<div class='articleBody'><p><strong>القاهرة - أ ش أ</strong></p><div class='quakeBox'>"
        "<span>قوة الزلزال</span> <span>4.2</span> <span>ريختر</span></div>" + PARAS + "</div>"
    )
    assert extract(html).body == THREE


def test_a_reports_kind_as_its_kicker_is_no_writer() -> None:
    assert split_byline("تقرير مباراة") == []
    assert split_byline("تقرير تحليلي") == []


def test_a_search_forms_box_inside_the_text_is_not_the_story() -> None:
    html = page(
        PARAS[: len(THREE[0]) + 7]
        + "<div class='natiga-box'><h3>استعلم عن نتيجتك الآن</h3><form action='/q'><label>أدخل"
        " رقم الجلوس</label><input name='n'><button>اعرض النتيجة</button></form><p>* الخدمة"
        " مقدمة بالتعاون مع الموقع الرسمي للوزارة</p></div>" + PARAS[len(THREE[0]) + 7 :]
    )
    assert extract(html).body == THREE


def test_a_page_wrapped_in_a_form_keeps_its_text() -> None:
    html = page(f"<form id='aspnetForm' action='/x.aspx'>{PARAS}</form>")
    assert extract(html).body == THREE


def test_a_starred_note_on_the_columnist_is_no_writer() -> None:
    html = page(
        "<p>بقلم: أ. خالد منصور</p>" + PARAS + "<p><em>* معلم لغة عربية وكاتب تربوي</em></p>"
    )
    article = extract(html)
    assert article.authors == ["أ. خالد منصور"]
    assert article.body == THREE


def test_a_round_ups_links_to_each_items_story_are_no_related() -> None:
    assert line_kind("اقرأ التفاصيل") == "more"
    html = page(
        PARAS + "<p class='read-more-link'><a href='/news/2024/12/10/item'>اقرأ التفاصيل</a></p>"
    )
    article = extract(html)
    assert article.related == []
    assert article.body == THREE


def test_a_wordpress_static_page_unsigned_is_no_article() -> None:
    html = page(PARAS).replace("<body>", "<body class='page-template-default page page-id-18432'>")
    with pytest.raises(NotAnArticleError, match="static page"):
        extract(html)
    signed = html.replace("<h1>", "<p class='byline'>كتب: سامي يوسف</p><h1>")
    assert extract(signed).authors == ["سامي يوسف"]


def test_a_box_named_related_around_the_whole_story() -> None:
    paras = "".join(f"<p>{PARA} {n}</p>" for n in ("أولى", "ثانية", "ثالثة", "رابعة"))
    html = page(f"<div id='NewsStory' class='min_related'>{paras}</div>")
    assert len(extract(html).body) == 4


def test_names_with_a_footnote_mark_or_a_surnames_initial() -> None:
    assert split_byline("بقلم: د. سامر العلي*") == ["د. سامر العلي"]
    assert split_byline("محمد. ب") == ["محمد. ب"]


def test_an_editorials_label_beside_its_icon_is_no_writer() -> None:
    html = page(
        "<div class='editorial-kicker'><img src='/i.png' width='28' height='28' alt=''>"
        " <span>الافتتاحية</span> <em>| رأي الصحيفة</em></div>" + PARAS
    )
    assert extract(html).authors == []


def test_a_developing_storys_update_count_is_not_the_story() -> None:
    html = page("<p><strong>(تحديث 2)</strong></p>" + PARAS)
    assert extract(html).body == THREE


def test_a_pinned_summarys_own_heading_comes_with_it() -> None:
    points = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    html = page(
        "<section class='pinned-summary'><h2 class='summary-title'>أبرز ما حدث</h2><ul>"
        + "".join(f"<li>{p}</li>" for p in points)
        + "</ul></section>"
    )
    assert extract(html).body == ["أبرز ما حدث", *points]


def test_an_explainers_headline_may_open_with_its_label() -> None:
    title = "خريطة تفاعلية: أين يقع صدع شرق الأناضول ولماذا يتكرر نشاطه؟"
    html = page(
        PARAS + f"<div class='related-stories'><h3>المزيد حول هذه القصة</h3><ul><li><a"
        f" href='https://news.example/explainers/1'>{title}</a></li></ul></div>"
    )
    assert [r.title for r in extract(html).related] == [title]


def test_a_before_after_sliders_labels_are_not_the_story() -> None:
    html = page(
        PARAS[: len(THREE[0]) + 7]
        + "<div class='BeforeAfter_wrap__x1'><img src='/a.jpg' alt=''><div><img src='/b.jpg'"
        " alt=''></div><span class='BeforeAfter_label__o0'>قبل</span><span"
        " class='BeforeAfter_label__o1'>بعد</span><div class='BeforeAfter_handle__j'><span>⟷"
        "</span></div></div>" + PARAS[len(THREE[0]) + 7 :]
    )
    assert extract(html).body == THREE


def test_a_wire_note_without_its_parentheses_closes_the_text() -> None:
    note = "تغطية صحفية ماثيو هارتلي - إعداد رنا الشامي للنشر العربي - تحرير هالة عبد الله"
    article = extract(page(PARAS + f"<p>{note}</p>"))
    assert article.body == THREE
    assert article.authors == []


def test_a_dateline_opening_a_text_read_from_page_data() -> None:
    lead = f"بغداد (أ ف ب) - {PARA}"
    content = [lead, *THREE]
    state = {"props": {"pageProps": {"article": {"title": "عنوان", "content": content}}}}
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>عنوان</title>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
        "</head><body><div id='__next'><div class='spinner'>جار التحميل</div></div></body></html>"
    )
    article = extract(html)
    assert article.body == content
    assert article.dateline == "بغداد"
    assert [s.code for s in article.sources] == ["AFP"]


def test_a_writers_name_in_both_scripts_is_one_writer() -> None:
    html = page(
        "<span class='writer'>كتب: أحمد سمير | <span lang='en'>Ahmed Samir</span></span>" + PARAS,
        head="<meta name='author' content='Ahmed Samir'>",
    )
    assert extract(html).authors == ["أحمد سمير"]


def test_an_honorific_cut_off_by_the_egyptian_slash_is_no_writer() -> None:
    assert split_byline("بقلم الأستاذ الدكتور/ محمود عبد الله") == ["محمود عبد الله"]


def test_a_camel_case_breadcrumb_names_the_columns() -> None:
    assert kind_of_attrs("breadCrumb") == "nav"


def test_a_contact_line_for_the_writer_closes_the_text() -> None:
    html = page(
        "<p>كتب: يوسف عادل</p>" + PARAS + "<p><strong>للتواصل مع الكاتب:</strong> <a"
        " href='mailto:w@example.com'>w@example.com</a></p>"
    )
    assert extract(html).body == THREE


def test_a_quote_cards_speakers_are_no_writers() -> None:
    html = page(
        "<p class='byline'>تحرير: زينب الموسوي</p>"
        + PARAS[: len(THREE[0]) + 7]
        + "<aside class='quotes-box'><div class='quotes-box__title'>قالوا</div><div"
        " class='quote-item'><p>الصيف المقبل سيكون اختباراً حقيقياً.</p><div"
        " class='quote-item__author'>حسين الربيعي، عضو لجنة الطاقة النيابية</div></div></aside>"
        + PARAS[len(THREE[0]) + 7 :]
    )
    assert extract(html).authors == ["زينب الموسوي"]


def test_a_rounds_results_box_is_not_the_story() -> None:
    assert kind_of_attrs("match-results-box") == "widget"


def test_a_box_named_by_its_data_widget_attribute() -> None:
    html = page(
        PARAS[: len(THREE[0]) + 7]
        + "<div class='gold-widget inline-widget' data-widget='gold-prices'><div><span>أسعار"
        " الذهب اليوم</span> <small>تحديث: 19:00</small></div><ul><li>عيار 24 بيع: 89.30 دينار"
        "</li><li>عيار 21 بيع: 78.10 دينار</li></ul></div>" + PARAS[len(THREE[0]) + 7 :]
    )
    assert extract(html).body == THREE


def test_the_portals_name_beside_the_headline_in_its_title_tag() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>الرافدين للأنباء - عنوان الخبر"
        " الرئيسي في الصفحة اليوم</title></head><body><article><h1>عنوان الخبر الرئيسي في"
        " الصفحة اليوم</h1><p><b>البصرة – الرافدين للأنباء</b></p><p>كتب: حيدر كاظم</p>"
        + PARAS
        + "</article></body></html>"
    )
    article = extract(html)
    assert article.authors == ["حيدر كاظم"]
    assert article.sources == []


def test_a_blog_named_for_its_writer_keeps_the_writer() -> None:
    html = page(
        "<p class='byline'>بقلم: محمود سالم</p>" + PARAS,
        head="<title>قلم محمود سالم: عنوان الخبر الرئيسي في الصفحة اليوم</title>",
    )
    assert extract(html).authors == ["محمود سالم"]


def test_the_metadatas_writer_shown_under_a_standalone_dateline() -> None:
    html = page(
        "<p><strong>بنغازي - خاص</strong></p><p><strong>عبدالسلام الفيتوري</strong></p>" + PARAS,
        head="<meta name='author' content='عبدالسلام الفيتوري'>",
    )
    article = extract(html)
    assert article.authors == ["عبدالسلام الفيتوري"]
    assert article.body == THREE


def test_libyas_agency_by_its_acronym_and_not_wall_street() -> None:
    assert read_dateline("طرابلس - وال") == Dateline(
        place="طرابلس", sources=[Source(name="وال")], standalone=True
    )
    assert read_credit_line("المصدر: وال ستريت جورنال") == []


def test_a_web_portals_brand_keeps_its_noun() -> None:
    assert read_credit_line("المصدر: بوابة الوسط") == [Source(name="بوابة الوسط")]


def test_a_player_card_beside_a_sports_story_names_no_writer() -> None:
    html = page(
        "<p class='byline'>كتب: ماجد الحربي</p><div class='player-card'><img src='/p.jpg'"
        " width='60' height='60' alt=''><div class='player-card__name'>ميلوش ستانكوفيتش</div>"
        "</div>" + PARAS
    )
    assert extract(html).authors == ["ماجد الحربي"]


def test_a_cards_category_label_gives_way_to_its_headline() -> None:
    html = page(
        PARAS + "<section class='related-articles'><h3>مقالات ذات صلة</h3><a class='card'"
        " href='/beauty/guide'><img src='/t.jpg' alt=''><span class='cat'>العناية بالبشرة</span>"
        "<h4>دليلك الكامل لاستخدام حمض الهيالورونيك: متى وكيف؟</h4></a></section>"
    )
    assert [r.title for r in extract(html, url="https://news.example/a/1").related] == [
        "دليلك الكامل لاستخدام حمض الهيالورونيك: متى وكيف؟"
    ]


def test_key_points_in_an_aside_over_the_text_are_its_summary() -> None:
    points = [
        "تباطأ معدل التضخم السنوي إلى 1.9% في يناير مقارنة بـ2.1% في ديسمبر الماضي.",
        "أسعار الأغذية والمشروبات تراجعت 0.4% على أساس شهري، فيما واصلت الإيجارات الارتفاع.",
    ]
    html = page(
        "<div class='body'><aside class='KeyPoints_box__r7'><div class='KeyPoints_title__W'>"
        "باختصار</div><ul>"
        + "".join(f"<li>{p}</li>" for p in points)
        + "</ul></aside>"
        + PARAS
        + "</div>"
    )
    assert extract(html).body == [*points, *THREE]


def test_a_name_that_opens_with_waw_is_not_split() -> None:
    assert split_byline("كتب: أحمد وليد حسن") == ["أحمد وليد حسن"]
    assert split_byline("بواسطة محمد الأمين ولد سيدي") == ["محمد الأمين ولد سيدي"]
    assert split_byline("كتب: أحمد علي ووليد حسن") == ["أحمد علي", "وليد حسن"]
    assert split_byline("كتب: محمد عادل وهبة الله مصطفى") == ["محمد عادل", "هبة الله مصطفى"]


def test_datelines_of_tunisian_towns_and_the_diaspora_press() -> None:
    for place in ("المهدية", "ساو باولو", "مونتريال"):
        dated = f"{place} – {PARA}"
        article = extract(page(f"<p>{dated}</p>{PARAS}"))
        assert article.body[0] == dated
        assert article.dateline == place


def test_a_reviews_credits_card_under_its_heading_is_not_body() -> None:
    card = "".join(
        f"<p><strong>{k}:</strong> {v}</p>"
        for k, v in [("إخراج", "سليم بن عمارة"), ("بطولة", "هشام الزغلامي"), ("المدة", "108 دقائق")]
    )
    html = page(
        f"<p>{THREE[0]}</p><div class='box info'><h4 class='box-title'>بطاقة الفيلم</h4>{card}"
        f"</div><p>{THREE[1]}</p><p>{THREE[2]}</p>"
    )
    article = extract(html)
    assert article.body == THREE
    assert article.authors == []


def test_a_registration_wall_and_a_markets_box_are_not_body() -> None:
    wall = (
        "<section class='RegWall_wall__Hq7Zp'><h2>سجّل مجاناً لمتابعة القراءة</h2><p>أنشئ حسابك"
        " المجاني في أقل من دقيقة، واقرأ هذا المقال كاملاً إلى جانب 10 مقالات إضافية كل شهر."
        "</p></section>"
    )
    indices = (
        "<div class='market-indices-box'><h4>مؤشرات</h4><ul><li>تاسي 11,184.35 +0.42%</li>"
        "<li>سوق دبي 5,612.80 +0.31%</li></ul><span>الأرقام عند الإغلاق</span></div>"
    )
    html = page(f"<p>{THREE[0]}</p>{indices}<p>{THREE[1]}</p><p>{THREE[2]}</p>{wall}")
    assert extract(html).body == THREE


def test_a_fact_checks_verdict_badge_and_call_for_claims_are_not_body() -> None:
    claim = "الادعاء: الوزارة أعلنت إلغاء الامتحانات لهذا العام بسبب موجة الحر."
    html = page(
        f"<div class='fc-claim-box'><p>{claim}</p></div><div class='fc-verdict'><span>الحكم:"
        f"</span> زائف</div>{PARAS}<div class='fc-report-box'><p>هل صادفت خبراً تشك في صحته؟"
        " أرسله إلى فريق التحقق عبر واتساب.</p></div>"
    )
    assert extract(html).body == [claim, *THREE]
    assert line_kind("الحكم: مضلل") == "label"
    assert line_kind("الحكم: السجن خمس سنوات مع النفاذ لكل المتهمين في القضية") is None


def test_a_forum_after_the_text_is_comments_and_its_signatures_are_no_writers() -> None:
    # SPIP: the text, its tags and the forum are sibling boxes of one column.
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><div class='content'>"
        "<h1 class='titre'>عنوان الخبر الرئيسي في الصفحة اليوم</h1>"
        "<p class='info-publi'>بقلم <span class='vcard author'>نادية الشامي</span></p>"
        f"<div class='texte'>{PARAS}</div>"
        "<div class='forum-total'><h2>ردود على المقال</h2><ul class='forum'><li>"
        "<div class='forum-chapo'><small>الأحد 13 أكتوبر 2024، بقلم <span class='vcard author'>"
        "كريم ب.</span></small></div><div class='forum-texte'><p>هل هناك أسعار مخفضة للطلاب؟"
        " وهل المعرض مفتوح يوم الاثنين؟ شكراً على المقال الجميل.</p></div></li></ul></div>"
        "</div></body></html>"
    )
    article = extract(html)
    assert article.body == THREE
    assert article.authors == ["نادية الشامي"]


def test_drupals_submitted_line_names_the_writer() -> None:
    line = "أرسل بواسطة محمود العطار في الإثنين, 20/11/2023 - 16:45"
    assert split_byline(line) == ["محمود العطار"]
    html = page(f"<div class='submitted'><span>{line}</span></div>{PARAS}")
    assert extract(html).authors == ["محمود العطار"]


def test_a_video_strips_link_to_the_videos_page_is_not_related() -> None:
    html = page(
        PARAS + "<div class='watch-also-strip'><div class='strip-head'><span>شاهد أيضاً</span>"
        "<a href='/videos' class='more'>المزيد من الفيديو</a></div><a class='video-card'"
        " href='/video/55120'><p>لحظة انهيار مبنى قديم في وسط المدينة</p></a></div>"
        "<div class='related-news'><h3>أخبار متعلقة</h3><a href='/news/details/2024/6/17/12'>"
        "الأرصاد تكشف توقعات الأيام الخمسة المقبلة</a></div>"
    )
    assert [r.url for r in extract(html, url="https://news.example/a/1").related] == [
        "https://news.example/news/details/2024/6/17/12"
    ]


def test_similar_articles_are_related() -> None:
    html = page(
        PARAS + "<section class='SimilarArticles_section__Zr3eD'><h2 class='SectionTitle_t'>"
        "مقالات مشابهة</h2><ul><li><a href='/gulf/2024/09/12/permits'><h3>دبي تعتمد نظاماً"
        " ذكياً لإصدار تصاريح البناء</h3><span>12 سبتمبر 2024</span></a></li></ul></section>"
    )
    assert [r.title for r in extract(html, url="https://news.example/a/1").related] == [
        "دبي تعتمد نظاماً ذكياً لإصدار تصاريح البناء"
    ]
    assert kind_of_attrs("similar-posts") == "related"


def test_a_broadcasters_top_stories_and_reporting_from_line_are_not_the_story() -> None:
    top = "".join(
        f"<li><h3><a href='/arabic/articles/c{n}'>عنوان خبر مهم آخر رقم {n} من أخبار اليوم</a>"
        "</h3></li>"
        for n in range(3)
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><main role='main'>"
        "<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1><ul role='list'>"
        "<li><span>Author, </span><span>ليلى منصور</span></li>"
        "<li><span>Reporting from, </span><span>إدلب وتونس</span></li></ul>"
        f"{PARAS}<section aria-labelledby='top-stories-heading' role='region'><div>"
        f"<h2 id='top-stories-heading'>أهم الأخبار</h2></div><ul>{top}</ul></section>"
        "</main></body></html>"
    )
    article = extract(html)
    assert article.body == THREE
    assert article.authors == ["ليلى منصور"]


def test_a_relative_date_in_the_writers_box_is_no_writer() -> None:
    html = page(
        "<div class='writeBy'><span class='writer'>كتبت: <a href='/Writer/733/mona'>منى عبد"
        " الحميد</a></span><span class='newsStoryDate'>منذ يومين</span></div>" + PARAS
    )
    assert extract(html, reference_time=REF).authors == ["منى عبد الحميد"]


def test_a_columns_one_word_name_beside_its_writer_is_no_writer() -> None:
    html = page(
        "<div class='writer-box'><a href='/writers/khalid' class='writer-box__name'>خالد"
        " المنصوري</a><span class='writer-box__column'>نافذة</span></div>" + PARAS,
        head="<title>نافذة | عنوان الخبر الرئيسي في الصفحة اليوم | الساحل</title>",
    )
    assert extract(html).authors == ["خالد المنصوري"]


def test_a_signature_over_the_writers_note_closing_a_column() -> None:
    html = page(PARAS + "<p><strong>د. نبيل العمري</strong></p><p><em>* كاتب وباحث سياسي</em></p>")
    article = extract(html)
    assert article.authors == ["د. نبيل العمري"]
    assert article.body == THREE


def test_a_mauritanian_towns_dateline_with_a_tatweel_dash() -> None:
    dated = f"انوامغار ـ {PARA}"
    article = extract(page(f"<p>{dated}</p>{PARAS}"))
    assert article.dateline == "انوامغار"
    assert article.body[0] == dated


def test_a_laws_file_box_is_not_body_and_a_decrees_issue_line_is() -> None:
    issued = "صدر في قصر الرفاع: بتاريخ 12 رمضان 1445هـ الموافق 22 مارس 2024م"
    html = page(
        f"<p>{THREE[0]}</p><ol><li>{THREE[1]}</li></ol><div class='law-file-box'><div"
        " class='law-file-box__icon'><i class='far fa-file-pdf'></i></div><div"
        " class='law-file-box__body'><a class='law-file-box__link' href='/f.pdf' download>"
        "نص القانون (PDF)</a> <span class='law-file-box__size'>1.4 ميجابايت</span></div></div>"
        f"<p>{THREE[2]}</p><p style='text-align: left;'>{issued}</p>"
    )
    after = dt.datetime(2024, 3, 23, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert extract(html, reference_time=after).body == [*THREE, issued]


def test_the_official_gazette_credited_as_a_source() -> None:
    assert read_credit_line("المصدر: الجريدة الرسمية") == [Source(name="الجريدة الرسمية")]


def test_a_percent_encoded_heading_id_names_no_ad() -> None:
    # "%D8%AD" (ح) splits into the tokens "d8" and "ad"
    assert kind_of_attrs("%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A7%D8%AA") is None
    heading = "محاولات إنقاذ متأخرة"
    html = page(f"<p>{THREE[0]}</p><h2 id='%D9%85%D8%AD%D8%A7'>{heading}</h2><p>{THREE[1]}</p>")
    assert extract(html).body == [THREE[0], heading, THREE[1]]


def test_a_lead_linked_whole_to_the_story_before_is_still_the_lead() -> None:
    lead = f"{PARA} وذلك بعد أيام من انتهاء المرحلة الأولى"
    html = page(
        f"<p><a href='/story/2025/3/2/first-phase/7118930'>{lead}</a></p>{PARAS}",
        head=f"<meta name='description' content='{PARA}'>",
    )
    assert extract(html).body == [lead, *THREE]


def test_a_date_only_datetime_gives_way_to_the_time_the_page_shows() -> None:
    html = page(
        "<div class='date'><time datetime='2025-01-19'>19 يناير 2025 - 07:30 م</time></div>" + PARAS
    )
    after = dt.datetime(2025, 1, 20, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    published = extract(html, reference_time=after).published
    assert published is not None
    assert published.datetime == dt.datetime(2025, 1, 19, 19, 30)
    assert published.source == "visible"


def test_a_market_box_and_spas_end_mark_are_not_body_and_the_exchange_is_a_source() -> None:
    movers = "".join(f"<li><span>{n}</span><b>{c}</b></li>" for n, c in [("الراجحي", "+2.1%")])
    html = page(
        "<div class='market-box'><div class='market-box__title'>ملخص إغلاق السوق</div>"
        "<table><tr><th>مؤشر السوق الرئيسية (تاسي)</th><td>11,042.35</td></tr></table>"
        f"<div class='movers'><div class='movers__head'>الأكثر ارتفاعًا</div><ul>{movers}</ul>"
        f"</div></div>{PARAS}<p>// انتهى //</p><p>المصدر: تداول السعودية</p>"
    )
    article = extract(html)
    assert article.body == THREE
    assert article.sources == [Source(name="تداول السعودية")]
    assert read_credit_line("المصدر: سوق دبي المالي") == [Source(name="سوق دبي المالي")]


def test_a_google_news_follow_box_is_not_body() -> None:
    html = page(
        f"<p>{THREE[0]}</p><div class='google-news-box'><a class='button gnews-follow'"
        " href='https://news.google.com/publications/X'>تابعنا على جوجل نيوز</a><p class="
        "'gnews-hint'>لتصلك أحدث أخبارنا فور نشرها، اضغط على زر المتابعة ثم فعّل خيار «متابعة».</p>"
        f"</div><p>{THREE[1]}</p><p>{THREE[2]}</p>"
    )
    assert extract(html).body == THREE


def test_a_series_box_lists_the_other_parts_as_related() -> None:
    parts = "".join(
        f"<li><a href='/investigations/thirst-{n}/'>الحلقة {n}: عنوان حلقة سابقة من الملف"
        " نفسه</a></li>"
        for n in (1, 2)
    )
    html = page(
        f"<p>{THREE[0]}</p><div class='series-box'><div class='series-box__head'><span>ملف خاص"
        "</span><h4>ضمن ملف: العطش القادم.. أزمة المياه في المشرق</h4></div><ol>"
        f"{parts}<li class='current'><span>الحلقة 3: هذه الحلقة (أنت تقرأها الآن)</span></li>"
        f"</ol></div><p>{THREE[1]}</p><p>{THREE[2]}</p>"
    )
    article = extract(html, url="https://news.example/investigations/thirst-3/")
    assert article.body == THREE
    assert [r.url for r in article.related] == [
        "https://news.example/investigations/thirst-1/",
        "https://news.example/investigations/thirst-2/",
    ]


def test_wafas_dateline_with_a_numeric_date_and_no_parentheses() -> None:
    assert read_dateline("رام الله 12-3-2025 وفا- أعلنت وزارة الصحة اليوم") == Dateline(
        "رام الله", [Source(name="وفا", code="WAFA")], standalone=False
    )
    assert read_dateline("رام الله 12-3-2025 أعلنت - وزارة الصحة") is None


def test_a_translation_badge_and_an_occupied_citys_dateline() -> None:
    assert split_byline("ترجمة خاصة") == []
    dated = f"القدس المحتلة - {PARA}"
    html = page(f"<p><strong>ترجمة خاصة</strong></p><p>{dated}</p>{PARAS}")
    article = extract(html)
    assert article.body == [dated, *THREE]
    assert article.dateline == "القدس المحتلة"
    assert article.authors == []


def test_a_newspaper_beside_the_agencies_in_a_credit_line_keeps_its_name() -> None:
    assert read_credit_line("المصدر: صحيفة الشرق الأوسط + وكالات") == [
        Source(name="وكالات", code="AGENCIES"),
        Source(name="الشرق الأوسط"),
    ]


def test_kurdish_names_and_places_and_a_web_outlets_brand() -> None:
    assert split_byline("كتب: كاروان هه ورامي") == ["كاروان هه ورامي"]
    assert read_credit_line("المصدر: شفق نيوز") == [Source(name="شفق نيوز")]
    assert read_credit_line("المصدر: بيان صحفي") == []
    for place in ("هه ولير", "النجف الأشرف"):
        assert extract(page(f"<p>{place} - {PARA}</p>{PARAS}")).dateline == place


def test_a_translated_pieces_note_on_its_original_outlet() -> None:
    note = "نشر المقال في «ميريديان ريفيو» بالإنجليزية."
    article = extract(page(f"{PARAS}<p><em>{note}</em></p>"))
    assert article.body == THREE
    assert article.sources == [Source(name="ميريديان ريفيو")]


def test_a_matchs_live_commentary_is_the_story_not_comments() -> None:
    assert kind_of_attrs("live-commentary") is None
    assert kind_of_attrs("comment-list") == "comments"
    items = "".join(
        f"<li class='commentary-item'><span class='cm-minute'>{m}'</span><p class='cm-text'>"
        f"{t}</p></li>"
        for m, t in zip(("90", "45", "12"), THREE, strict=True)
    )
    html = page(
        "<div class='live-commentary'><div class='lc-refresh'><label><input type='checkbox'>"
        f" تحديث تلقائي</label></div><ul class='commentary-list'>{items}</ul></div>"
    )
    assert extract(html).body == THREE


def test_a_css_modules_element_name_is_read_before_its_block() -> None:
    assert kind_of_attrs("LiveHeader_standfirst__k9HbL") == "lead"
    assert kind_of_attrs("ShareBar_title__P0sLd") == "share"
    standfirst = f"{PARA} وهذا موجز القصة"
    html = page(
        f"<header class='LiveHeader_header__j2PdW'><p class='LiveHeader_standfirst__k9HbL'>"
        f"{standfirst}</p></header>{PARAS}<div class='LiveFeed_end__b5QhK'>بداية التغطية</div>"
    )
    assert extract(html).body == [standfirst, *THREE]


def test_a_sections_more_box_under_a_wrapped_heading_is_not_the_story() -> None:
    teasers = "".join(
        f"<div class='card'><h4><a href='/eco/{n}'>عنوان خبر اقتصادي آخر رقم {n} اليوم</a></h4>"
        f"<p>{PARA} {n}</p></div>"
        for n in range(3)
    )
    lead = f"القاهرة (أ ش أ) - {PARA} {PARA}"
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><div class='container'>"
        "<div class='news'><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1><div class='text'>"
        f"<p>{lead}</p></div><div class='note'>الخبر قيد التحديث.. تابعونا للمزيد من التفاصيل"
        "</div></div><div class='more-section'><div class='head'><h3>المزيد من اقتصاد</h3>"
        f"</div>{teasers}</div></div></body></html>"
    )
    assert extract(html).body == [lead]
    # "more from <section>" heads a widget; the full page is the golden page
    # urgent-portal/breaking-one-sentence, whose heading sits alone in its wrapper
    assert line_kind("المزيد من اقتصاد") == "widget"


def test_a_match_card_and_an_exclusive_writers_line() -> None:
    html = page(
        "<div class='match-card'><div class='mc-team'><img src='/t/rsb.png' alt='' width='40'"
        " height='40'><span>نهضة بركان</span></div><div class='mc-team'><img src='/t/wac.png'"
        " alt='' width='40' height='40'><span>الوداد الرياضي</span></div></div>"
        f"<p><strong>عمر الزعبي - خاص</strong></p>{PARAS}"
    )
    article = extract(html)
    assert article.authors == ["عمر الزعبي"]
    assert article.body == THREE


def test_a_for_more_line_closing_the_text_is_a_related_link() -> None:
    html = page(
        PARAS + "<p><strong>للمزيد: <a href='/article/2024/08/20/yas-taxi'>توسيع خدمة التاكسي"
        " ذاتي القيادة لتشمل جزيرة ياس بالكامل</a></strong></p>"
    )
    article = extract(html, url="https://news.example/a/1")
    assert article.body == THREE
    assert [r.url for r in article.related] == ["https://news.example/article/2024/08/20/yas-taxi"]


def test_a_medical_reviewer_in_a_labelled_field_is_no_writer() -> None:
    html = page(
        "<div class='node__byline'><div class='field field--name-field-author'><div"
        " class='field__label'>إعداد</div><div class='field__item'><a href='/author/layla'>ليلى"
        " منصور</a></div></div><div class='field field--name-field-medical-reviewer'><div"
        " class='field__label'>راجعه طبياً</div><div class='field__item'><a"
        " href='/reviewer/samer'>د. سامر الخطيب</a></div></div></div>" + PARAS
    )
    assert extract(html).authors == ["ليلى منصور"]


def test_coverage_credits_a_photo_storys_maker_and_a_place_before_the_colon() -> None:
    assert split_byline("شارك في التغطية: ليلى عبد الرحمن") == ["ليلى عبد الرحمن"]
    assert split_byline("تصوير ونص: خالد العمري") == ["خالد العمري"]
    assert split_byline("رقم العدد") == []
    html = page(
        "<div class='author'><a href='/author/mohamed-hassan'>من القاهرة: محمد حسن</a></div>"
        + PARAS
    )
    article = extract(html)
    assert article.authors == ["محمد حسن"]
    assert article.dateline == "القاهرة"


def test_a_place_the_exclusive_mark_and_a_byline_on_one_line() -> None:
    html = page(f"<p><strong>عدن - خاص - كتب: وضاح الأحمدي</strong></p>{PARAS}")
    article = extract(html)
    assert article.authors == ["وضاح الأحمدي"]
    assert article.dateline == "عدن"
    assert article.body == THREE


def test_a_short_paragraph_under_a_pictures_paragraph_is_its_caption() -> None:
    caption = "الإضاءة الليلية للممشى تعمل بالطاقة الشمسية"
    html = page(
        f"<p>{THREE[0]}</p><p>{THREE[1]}</p><p style='text-align:center'><img src='/i/1.jpg'"
        f" alt='' width='640' height='400'></p><p style='text-align:center'><span"
        f" style='color:#808080'>{caption}</span></p><p>{THREE[2]}</p>"
        "<p style='text-align:center'><img src='/i/2.jpg' alt=''></p><p>تحرير: لينا الحسن</p>"
    )
    article = extract(html)
    assert article.body == THREE
    assert article.authors == ["لينا الحسن"]


def test_a_desk_typed_as_an_organization_in_json_ld_is_credited() -> None:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "عنوان الخبر الرئيسي في الصفحة اليوم",
            "author": {"@type": "Organization", "name": "فريق التحرير"},
        },
        ensure_ascii=False,
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><script type='application/ld+json'>"
        f"{ld}</script></head><body><main><article class='liveblog'><div class='live-head'>"
        "<span class='live-badge'>مباشر</span><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>"
        "<div class='meta'><span class='by'>فريق التحرير</span><span class='start'>بدأت"
        " التغطية: <time datetime='2025-01-14T06:30:00+02:00'>الثلاثاء 14 يناير 2025 - 06:30"
        f"</time></span></div></div>{PARAS}</article></main></body></html>"
    )
    assert extract(html).authors == ["فريق التحرير"]


def test_credit_parts_a_known_outlet_beside_the_portal_and_a_letters_writer() -> None:
    # (the portal's own name among the credits is dropped later, where its name is known)
    assert read_credit_line("المصدر: ملعب نيوز + ليكيب") == [
        Source(name="ملعب نيوز"),
        Source(name="ليكيب"),
    ]
    assert split_byline("عبد الله الزعبي، قارئ من الزرقاء") == ["عبد الله الزعبي"]


def test_a_body_shipped_as_one_html_string_in_the_page_data() -> None:
    paragraphs = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة", "رابعة", "خامسة")]
    content = "".join(f"<p>{t}</p>" for t in paragraphs[1:])
    content += (
        "<figure><img src='/a.jpg'><figcaption>صورة من موقع المشروع قرب السد</figcaption></figure>"
    )
    data = {
        "props": {
            "pageProps": {
                "article": {"title": "عنوان", "content": f"<p>{paragraphs[0]}</p>{content}"}
            }
        }
    }
    html = page(
        f"<p>{paragraphs[0]}</p><script id='__NEXT_DATA__' type='application/json'>"
        f"{json.dumps(data, ensure_ascii=False)}</script>"
    )
    assert extract(html).body == paragraphs


def test_a_press_releases_company_boilerplate_ends_the_text() -> None:
    html = page(
        f"{PARAS}<h3>نبذة عن الشركة</h3><p>تأسست الشركة عام 2009 في دبي، وتقدم خدمات الشحن"
        " والتخزين والتوزيع وإدارة سلاسل الإمداد لأكثر من 1,500 عميل في المنطقة.</p>"
    )
    assert extract(html).body == THREE


def test_an_icon_beside_a_link_is_no_writers_face_and_khobars_dateline() -> None:
    tools = "".join(
        f"<td><img src='/i/{n}.gif' width='16' height='16'> <a href='#'>{t}</a></td>"
        for n, t in (("mail", "أرسل لصديق"), ("comment", "أضف تعليقك"))
    )
    html = page(
        f"<table><tr class='smallText'>{tools}</tr></table><p>الخبر - واس</p>{PARAS}"
        "<div class='match-sheet'><h4>ورقة المباراة</h4><table><tr><td>الحكم</td><td>محمد"
        " علي</td></tr></table></div>"
    )
    article = extract(html)
    assert article.authors == []
    assert article.dateline == "الخبر"
    assert article.sources == [Source(name="واس", code="SPA")]
    assert article.body == THREE


def test_a_candidates_card_a_quake_box_a_courtroom_line_and_a_quoted_outlet() -> None:
    assert line_kind("بطاقة المرشح") == "widget"
    assert line_kind("معلومات الزلزال") == "widget"
    assert split_byline("من داخل قاعة المحكمة") == []
    lead = "نشرت صحيفة «هيوم هحداش» العبرية، صباح اليوم الاثنين، تقريراً موسعاً"
    assert lead_credit(lead) == Source(name="هيوم هحداش")


def test_the_portals_own_name_signing_off_the_text_is_not_body() -> None:
    html = page(f"{PARAS}<p>- نيلاوي</p>", head="<meta property='og:site_name' content='نيلاوي'>")
    assert extract(html).body == THREE


def test_a_place_and_a_byline_on_one_line_credit_no_agency() -> None:
    html = page(f"<p><strong>الموصل – كتب: محمد يونس الحمداني</strong></p>{PARAS}")
    article = extract(html)
    assert article.authors == ["محمد يونس الحمداني"]
    assert article.dateline == "الموصل"
    assert article.sources == []
    assert article.body == THREE


def test_a_team_beside_its_flag_in_a_match_card_is_no_dateline() -> None:
    dated = f"البصرة – {PARA}"
    html = page(
        "<div class='MatchCard_card__x1'><div class='MatchCard_team__f2LpA'><img alt=''"
        " width='40' height='40' src='/flags/om.svg'><span>عُمان</span></div></div>"
        f"<p>{dated}</p>{PARAS}"
    )
    assert extract(html).dateline == "البصرة"


def test_a_pages_counter_and_filing_lines_are_not_body() -> None:
    assert line_kind("زيارات: 1532") == "record"
    assert line_kind("شوهد ٩٨٠ مرة") == "record"
    assert line_kind("التصنيف: محليات") == "record"
    # the labels alone open prose and subheadings
    assert line_kind("زيارات ميدانية للوزير إلى المحافظات الجنوبية") is None
    assert line_kind("القسم الأول: الخطة") is None
    html = page(
        "<dl class='article-info'><dd class='category-name'>التصنيف: <a href='/local'>محليات"
        f"</a></dd><dd class='hits'>زيارات: 1532</dd></dl>{PARAS}"
    )
    assert extract(html).body == THREE


def test_the_card_titled_about_the_poet_is_not_body() -> None:
    assert line_kind("عن الشاعر") == "bio"
    assert line_kind("عن الكاتب نجيب محفوظ") is None  # a subheading about a writer
    html = page(
        f"{PARAS}<div class='poet-card'><div class='poet-card__text'><h3>عن الشاعر</h3>"
        "<p>شاعر من مواليد عام 1971، صدرت له خمس مجموعات شعرية آخرها «حديقة الغياب».</p>"
        "</div></div>"
    )
    assert extract(html).body == THREE


def test_a_poems_date_under_its_headline_is_read_past_its_many_short_verses() -> None:
    verses = "".join(f"<p>سطر قصير من القصيدة {n}</p>" for n in range(30))
    html = page(
        f"<div class='node__meta'><span>الجمعة 14 مارس 2025 - 09:30 م</span></div>{verses}"
        f"<p>{PARA}</p>"
    )
    url = "https://www.example-culture.net/poetry/2025/03/14/poem"
    published = extract(html, url=url).published
    assert published is not None
    assert published.datetime == dt.datetime(2025, 3, 14, 21, 30)


def test_nuxt3s_flat_payload_is_revived() -> None:
    from arabnews_extract.extractors.appstate import is_flat_payload, revive_flat

    flat = [
        ["ShallowReactive", 1],
        {"data": 2, "when": 5, "missing": -1},
        {"title": 3, "tags": 4, "self": 2},
        "العنوان",
        ["Set", 3, 3],
        ["Date", "2025-03-12T10:00:00Z"],
    ]
    assert is_flat_payload(flat)
    state = revive_flat(flat)
    assert state["data"]["title"] == "العنوان"
    assert state["data"]["tags"] == ["العنوان", "العنوان"]
    assert state["data"]["self"] is state["data"]  # shared and circular values stay one
    assert state["when"] == "2025-03-12T10:00:00Z"
    assert state["missing"] is None
    assert not is_flat_payload([{"id": 1, "count": 9}])  # an index out of range: plain JSON
    assert not is_flat_payload(["ShallowReactive", 1])
    assert revive_flat([["Ref", 1], ["Ref", 0]]) is None  # a loop of wrappers holds nothing


def test_a_nuxt3_page_showing_only_its_opening_takes_the_story_from_its_payload() -> None:
    paras = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة", "رابعة", "خامسة")]
    blocks: list[int] = []
    values: list[object] = [["ShallowReactive", 1], {"data": 2}, {"title": 3, "body": 4}]
    values += ["عنوان الخبر الرئيسي في الصفحة اليوم", blocks]
    for text in paras:  # each paragraph block: its object, its text, its type
        at = len(values)
        values += [{"type": at + 2, "text": at + 1}, text, "paragraph"]
        blocks.append(at)
    html = page(
        f"<div id='__nuxt'><p>{paras[0]}</p><p>جارٍ تحميل بقية الخبر…</p></div>"
        "<script type='application/json' id='__NUXT_DATA__'>"
        f"{json.dumps(values, ensure_ascii=False)}</script>"
    )
    assert extract(html).body == paras


def test_the_credits_after_a_gallery_under_the_text_are_read() -> None:
    gallery = "".join(
        f"<div class='gallery__item'><img src='/g/{n}.jpg' width='300' height='200'>"
        f"<div class='gallery__caption'>صورة رقم {n} من المعرض</div></div>"
        for n in range(6)
    )
    html = page(
        f"<div class='detail-text'>{PARAS}</div><div class='gallery'>{gallery}</div>"
        "<div class='props'><div class='prop'>إعداد: <span>ناديا كوزلوفا</span></div>"
        "<div class='prop'>المصدر: <span>تاس</span></div></div>"
        "<p><a href='/news/'>← العودة إلى قائمة الأخبار</a></p>"
    )
    article = extract(html, url="https://www.example-news.ru/news/1/")
    assert article.body == THREE
    assert article.authors == ["ناديا كوزلوفا"]
    assert article.sources == [Source(name="تاس")]
    assert line_kind("← العودة إلى قائمة الأخبار") == "control"  # no related headline
    assert line_kind("العودة إلى الوطن بعد غياب طويل") is None


def test_a_search_form_with_its_note_under_it_is_no_text() -> None:
    html = page(
        f"<div class='body'>{PARAS}<div class='embedded-entity status-widget'><div>"
        "<h4>تحقق من حالة رحلتك</h4><form action='/s'><label>رقم الرحلة</label>"
        "<input name='f'><label>المطار</label><select><option>الرياض</option></select></form>"
        "<p>البيانات مقدمة من مزود خدمة تتبع الرحلات وقد تختلف عن لوحات المعلومات في المطار.</p>"
        f"</div></div><p>{PARA} رابعة</p></div>"
    )
    assert extract(html).body == [*THREE, f"{PARA} رابعة"]


def test_jetpacks_subscription_block_in_the_text_is_no_text() -> None:
    assert kind_of_attrs("wp-block-jetpack-subscriptions__container") == "newsletter"


def test_a_box_the_text_announces_with_a_colon_is_the_texts() -> None:
    intro = (
        "وتوالت برقيات التعزية من كبار المسؤولين والمؤسسات الثقافية فور إعلان النبأ، "
        "وجاء في أبرزها:"
    )
    quotes = [
        "رئيس الجمهورية: «برحيل الشاعر يفقد العراق صوتاً شعرياً أصيلاً ظلّ وفياً لأرضه وناسه».",
        "وزير الثقافة: «خسارة فادحة للمشهد الأدبي، وسنعمل على طباعة أعماله الكاملة تكريماً له».",
    ]
    items = "".join(f"<li>{q}</li>" for q in quotes)
    box = (
        "<div class='condolence-box'><h4 class='condolence-title'>من برقيات التعزية</h4>"
        f"<ul>{items}</ul></div>"
    )
    assert extract(page(f"{PARAS}<p>{intro}</p>{box}")).body == [
        *THREE,
        intro,
        "من برقيات التعزية",
        *quotes,
    ]
    # unannounced, the same box is the portal's
    assert extract(page(f"{PARAS}{box}")).body == THREE


def test_a_spokesman_credited_a_writers_field_label_and_the_headline_after_a_label() -> None:
    assert read_credit_line("المصدر: الناطق العسكري") == [Source(name="الناطق العسكري")]
    html = page(
        "<div class='field--name-field-writer'><div class='field__label'>المحرر</div>"
        "<div class='field__item'>فريق التحرير</div></div>"
        f"<p><strong>عاجل | عنوان الخبر الرئيسي في الصفحة اليوم</strong></p>{PARAS}"
    )
    article = extract(html)
    assert article.authors == ["فريق التحرير"]
    assert article.body == THREE


def test_an_exclusive_mark_in_a_datelines_parentheses_credits_no_one() -> None:
    dateline = read_dateline("واشنطن (خاص) - كشف تقرير أمريكي جديد عن تفاصيل خطة واسعة")
    assert dateline == Dateline("واشنطن", [], standalone=False)
    assert read_dateline("الحكومة (خاص) - كشف تقرير") is None
    # (a place and the mark: the place is read; earlier it was left, with nobody credited)
    assert read_dateline("القاهرة (خاص) - كشفت مصادر") == Dateline("القاهرة", [], False)


def test_an_aggregators_outlet_its_cards_meta_and_its_link_to_the_source() -> None:
    assert split_byline("صحيفة الساحل اليوم") == []  # an outlet, credited as a source
    assert first_published_in("نشر في النهار الرقمي يوم 05 - 11 - 2024") == Source(
        name="النهار الرقمي"
    )
    assert first_published_in("نشر في الطبعة الورقية يوم 3 مارس 2024") is None
    assert line_kind("لقراءة الخبر كاملاً اضغط هنا") == "more"
    html = page(
        f"{PARAS}<section class='related-stories'><h2>أخبار ذات صلة</h2><ul><li>"
        "<a href='/s/1' class='story-card__link'><span class='story-card__title'>تركيب 40"
        " محطة شحن للسيارات الكهربائية في المحافظة</span><span class='story-card__meta'>"
        "<span class='src'>صحيفة الساحل اليوم</span> · <span>منذ يوم</span></span></a>"
        "</li></ul></section>"
    )
    article = extract(html, url="https://www.example-radar.app/s/9", reference_time=REF)
    assert [r.title for r in article.related] == [
        "تركيب 40 محطة شحن للسيارات الكهربائية في المحافظة"
    ]


def test_yesterday_inside_a_caption_is_no_timestamp_and_a_download_link_no_text() -> None:
    html = page(
        "<p class='caption'>جانب من الجلسة الافتتاحية للاجتماع الوزاري في بيروت أمس (أ ف ب)</p>"
        f"{PARAS}<p><a href='/f/s.pdf'>تحميل البيان (PDF) (312 كيلوبايت)</a></p>"
    )
    article = extract(html, reference_time=REF)
    assert article.published is None
    assert article.body == THREE


def test_the_rest_of_the_story_hidden_behind_a_read_more_button_is_body() -> None:
    rest = [f"{PARA} {n}" for n in ("رابعة", "خامسة")]
    html = page(
        f"{PARAS}<button aria-expanded='false'>تابع قراءة الحوار</button>"
        f"<div id='article-rest' hidden>{''.join(f'<p>{t}</p>' for t in rest)}</div>"
        "<div class='menu-panel' hidden><p>قائمة مخفية لا تظهر للقارئ في الصفحة.</p></div>"
    )
    assert extract(html).body == [*THREE, *rest]


def test_shopping_cards_a_recipe_cards_head_and_a_sponsors_disclosure_are_no_text() -> None:
    assert kind_of_attrs("product-carousel") == "ad"
    assert kind_of_attrs("wprm-recipe-summary wprm-block-text-normal") == "widget"
    assert kind_of_attrs("wprm-recipe-ingredients") is None  # the recipe itself is text
    assert kind_of_attrs("sponsored-disclosure alert") is not None


def test_a_quiz_of_questions_and_choices_is_not_an_article() -> None:
    questions = "".join(
        f"<fieldset><legend>{n}كم ساعة تنام في الليلة عادةً في أيام العمل؟</legend>"
        "<label><input type='radio' name='q'><span>أقل من 5 ساعات</span></label>"
        "<label><input type='radio' name='q'><span>من 7 إلى 8 ساعات يومياً</span></label>"
        "</fieldset>"
        for n in range(1, 7)
    )
    state = {
        "props": {
            "quiz": {
                "title": "عنوان الخبر الرئيسي في الصفحة اليوم",
                "results": [
                    {"title": f"نتيجة {n}", "text": f"{PARA} {n}"} for n in ("أولى", "ثانية")
                ],
            }
        }
    }
    html = page(
        f"<p>أجب عن الأسئلة التالية بصراحة.</p><form>{questions}</form>"
        f"<script id='__NEXT_DATA__' type='application/json'>"
        f"{json.dumps(state, ensure_ascii=False)}</script>"
    )
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_a_bracketed_teaser_closing_a_paragraph_leaves_it_for_the_related_links() -> None:
    html = page(
        f"<p>{PARA} [اقرأ أيضاً: <a href='/news/7'>مترو دبي يدخل مرحلة التنفيذ بـ 14 محطة</a>]</p>"
        f"<p>{PARA} ثانية</p><p>{PARA} ثالثة</p><div class='related'><h3>أخبار ذات صلة</h3>"
        "<ul><li><a href='/news/8'>هيئة الطرق تطرح مناقصة لتوريد 40 حافلة كهربائية</a></li>"
        "</ul></div>"
    )
    article = extract(html, url="https://www.example-news.ae/a/1")
    assert article.body == [PARA, f"{PARA} ثانية", f"{PARA} ثالثة"]
    assert [r.url for r in article.related] == [
        "https://www.example-news.ae/news/7",
        "https://www.example-news.ae/news/8",
    ]


def test_a_photo_storys_intro_and_slide_paragraphs_are_its_text() -> None:
    assert kind_of_attrs("photo-story__intro") == "lead"  # "photo" yields to another kind
    assert kind_of_attrs("photo-story__slide") == "photo"
    assert kind_of_attrs("photo-story__text") == "text"  # the story's text under a slide
    slides = "".join(
        f"<div class='photo-story__slide'><img src='/p/{n}.jpg' width='1024' height='683'>"
        f"<p class='photo-story__text'>{PARA} {n}</p></div>"
        for n in ("أولى", "ثانية", "ثالثة")
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body>"
        "<article class='photo-story'><header class='photo-story__header'>"
        "<h1>بالصور.. موسم صرام التمور في واحة الأحساء</h1></header>"
        f"<div class='photo-story__slides'>{slides}</div></article></body></html>"
    )
    assert extract(html).body == THREE


def test_a_split_storys_pager_and_a_moroccan_oasis_dateline() -> None:
    assert kind_of_attrs("page-link") == "nav"
    html = page(
        f"<p>زاكورة - {PARA}</p>{PARAS}<div class='page-link'><span>الصفحة 1 من 3</span>"
        "<a href='/a/2/'><span>2</span></a><a href='/a/2/'><span>التالي</span></a></div>"
    )
    article = extract(html)
    assert article.dateline == "زاكورة"
    assert article.body == [f"زاكورة - {PARA}", *THREE]


def test_a_consultations_answerer_and_the_role_after_the_name() -> None:
    assert split_byline("أجاب عنها: أحمد الشناوي") == ["أحمد الشناوي"]
    assert split_byline("المستشار: فيصل الشهري مستشار أسري وتربوي") == ["فيصل الشهري"]
    assert split_byline("المستشار عدلي منصور") == ["المستشار عدلي منصور"]  # a title, no label
    assert split_byline("المحامي بالنقض والإدارية العليا") == []
    html = page(
        "<div class='answered-by'>يجيب عنها: <a href='/author/reem'>د. ريم العطار</a>"
        f"<span class='specialty'>استشارية الأمراض الجلدية والتجميل</span></div>{PARAS}"
    )
    assert extract(html).authors == ["د. ريم العطار"]


def test_a_speechs_label_a_statements_signature_and_a_headings_permalink() -> None:
    assert line_kind("نص الكلمة:") == "more"
    html = page(
        "<h2 id='never-share-otp' class='Body_heading__kq3Lm'><a href='#never-share-otp'>#</a>"
        f"لا تشارك رمز التحقق مع أي شخص</h2>{PARAS}<p>المكتب السياسي — 2 آذار 2024</p>"
    )
    assert extract(html, reference_time=REF).body == ["لا تشارك رمز التحقق مع أي شخص", *THREE]


def test_a_hotline_an_institutions_dateline_and_a_readers_letter_signature() -> None:
    assert line_kind("للاستفسار اتصل على 937") == "notice"
    dateline = read_dateline("جنيف (منظمة الصحة العالمية) - حذرت المنظمة من تفشي المرض")
    assert dateline == Dateline("جنيف", [Source(name="منظمة الصحة العالمية")], False)
    assert split_byline("تابعها على إكس") == []
    html = page(f"{PARAS}<p>محمد علي - الزرقاء</p>")
    article = extract(html)
    assert article.authors == ["محمد علي"]
    assert article.body == THREE


def test_a_programmes_linked_name_is_no_byline_and_a_dated_story_may_have_a_short_title() -> None:
    html = page(
        "<div class='node__meta'><div class='field--name-field-programme'>"
        "<a href='/programmes/hiwar'>حوار الصباح</a></div></div>"
        f"{PARAS}<div class='related'><h3>أخبار ذات صلة</h3><ul>"
        "<li><a href='/2024/02/20/correction-2/'>تصويب</a></li></ul></div>",
        head="<meta property='article:section' content='حوار الصباح'>",
    )
    article = extract(html, url="https://www.example-radio.net/a/1")
    assert article.authors == []
    assert [r.title for r in article.related] == ["تصويب"]


def test_an_albums_item_text_under_its_photo_is_body() -> None:
    items = "".join(
        f"<div class='album-item'><div class='album-item__media'><img src='/a/{n}.jpg'"
        f" width='800' height='500'></div><div class='album-item__text'><p>{PARA} {n}</p>"
        "</div></div>"
        for n in ("أولى", "ثانية", "ثالثة")
    )
    intro = f"{PARA} مقدمة"
    html = page(f"<p>{intro}</p><div class='album-items'>{items}</div>")
    assert extract(html).body == [intro, *THREE]


def test_a_web_page_whose_paragraphs_are_its_cards_summaries_is_not_an_article() -> None:
    rows = "".join(
        f"<div class='views-row'><div class='views-field-title'><span><a href='/n/{n}'>"
        f"عنوان الخبر رقم {n} عن أسعار الذهب اليوم</a></span></div>"
        f"<div class='views-field-body'><div class='field-content'>{PARA} {n}</div></div></div>"
        for n in ("أولى", "ثانية", "ثالثة")
    )
    html = page(
        f"<table><tr><td>عيار 21</td><td>4060</td></tr></table><div class='view'>{rows}</div>",
        head="<meta property='og:type' content='website'>",
    )
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_a_live_pages_count_of_updates_is_no_text() -> None:
    html = page(
        f"<div class='live-bar'><span>4 تحديثات</span> <label>تحديث تلقائي</label></div>{PARAS}"
    )
    assert extract(html).body == THREE


def test_a_photographer_after_a_dash_and_share_buttons_in_a_byline_box_are_no_writers() -> None:
    assert split_byline("كتب محمد أحمد - تصوير أحمد سعيد") == ["محمد أحمد"]
    assert split_byline("فيسبوك X واتساب لينكدإن") == []


def test_the_portals_name_opening_the_text_and_a_wires_dated_line() -> None:
    own = ("صحيفة سبق الإلكترونية",)
    assert read_dateline("(عكاظ) جدة أعلنت إدارة المرور", own_names=("عكاظ",)) == Dateline(
        "جدة", [], False
    )
    assert read_dateline("سبق- الرياض: توقع المركز الوطني", own_names=own) == Dateline(
        "الرياض", [], False
    )
    # "الدوحة" of "نبض الدوحة" is a place, not the portal
    assert read_dateline("الدوحة - قنا: تستضيف قطر", own_names=("نبض الدوحة",)) == Dateline(
        "الدوحة", [Source(name="قنا", code="QNA")], False
    )
    wire = read_dateline("الرياض 15 رمضان 1446 هـ الموافق 15 مارس 2025 م واس")
    assert wire == Dateline("الرياض", [Source(name="واس", code="SPA")], True)
    assert read_dateline("الرياض 15 مارس 2025 أعلنت الوزارة خطة جديدة واس") is None


def test_an_agency_alone_under_the_headline_and_a_writer_with_a_town_over_the_text() -> None:
    html = page(f"<div class='field--name-field-source'><a href='/source/tap'>وات</a></div>{PARAS}")
    assert [s.code for s in extract(html).sources] == ["TAP"]
    html = page(f"<p><strong>فهد العتيبي - حائل</strong></p>{PARAS}")
    article = extract(html)
    assert article.authors == ["فهد العتيبي"]
    assert article.dateline == "حائل"
    assert article.body == THREE


def test_editors_initials_in_parentheses_and_an_exclusive_kicker_with_the_portals_name() -> None:
    html = page(
        f"<p><strong>خاص - الراصد</strong></p>{PARAS}<p>(ع.م)</p>",
        head="<meta property='og:site_name' content='الراصد'>",
    )
    article = extract(html)
    assert article.body == THREE
    assert article.authors == []


def test_a_reaction_box_an_app_banner_and_a_related_video_box_between_paragraphs() -> None:
    assert line_kind("هل أعجبك الخبر؟") == "newsletter"
    assert line_kind("حمّل تطبيق الضفتين على هاتفك") == "widget"
    video = (
        "<aside class='RelatedVideo_wrap__Jd8qA'><div class='RelatedVideo_head__Lm0sV'>"
        "<span class='RelatedVideo_label__Cw5yE'>فيديو ذو صلة</span></div>"
        "<iframe src='https://player.example.com/v/1'></iframe>"
        "<p>جولة داخل أجنحة المعرض في يومه الأول</p></aside>"
    )
    html = page(f"<p>{PARA} أولى</p>{video}<p>{PARA} ثانية</p><p>{PARA} ثالثة</p>")
    assert extract(html).body == THREE


def test_a_machine_update_before_the_publication_gives_way_to_the_shown_one() -> None:
    head = (
        "<meta property='article:published_time' content='2024-06-03T14:10:00+03:00'>"
        "<meta property='article:modified_time' content='2024-06-03T08:02:11+03:00'>"
    )
    html = page(f"<div class='meta'>آخر تحديث: 3 يونيو 2024 - 16:45</div>{PARAS}", head=head)
    article = extract(html, reference_time=dt.datetime(2024, 6, 4, tzinfo=dt.timezone.utc))
    assert article.modified is not None
    assert article.modified.source == "visible"  # in the page's own offset
    assert article.modified.datetime.replace(tzinfo=None) == dt.datetime(2024, 6, 3, 16, 45)


def test_a_live_entrys_clock_a_tables_footnote_and_an_unbracketed_teaser_ending_a_paragraph() -> (
    None
):
    html = page(
        f"<p>{PARA} أولى</p><div class='feed'><time>08:53 م</time><p>{PARA} ثانية</p></div>"
        "<table><tr><td>صافي الربح</td><td>214.6</td></tr></table>"
        "<p class='note'>* الأرقام مقربة لأقرب منزلة عشرية.</p>"
        f"<p>{PARA} ثالثة<br><strong>طالع أيضاً:</strong> <a href='/n/7'>بدء موسم توريد القمح"
        " المحلي وتحديد سعر الأردب</a></p>"
    )
    article = extract(html, url="https://www.example-news.eg/a/1")
    assert article.body == THREE
    assert [r.url for r in article.related] == ["https://www.example-news.eg/n/7"]


def test_a_sidebar_before_the_article_lends_no_writer_and_a_newsletter_pitch() -> None:
    assert line_kind("هل تريد متابعة أخبار الاقتصاد أولاً بأول؟ اشترك مجاناً") == "newsletter"
    sidebar = (
        "<aside class='sidebar'><div class='widget posts-list'><ul><li><a href='/o/1'>"
        "الرياضة المدرسية ليست حصة فراغ</a><div class='post-meta'><span class='meta-author'>"
        "<a href='/writers/omar' class='author-name'>عمر جابر</a></span></div></li></ul></div>"
        "</aside>"
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body>"
        f"{sidebar}<article><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>{PARAS}</article>"
        "</body></html>"
    )
    assert extract(html).authors == []


def test_a_contributor_an_agencys_description_and_a_credit_closing_a_middle_paragraph() -> None:
    assert line_kind("شارك في الإعداد: منى حسن") is None  # took part: no share prompt
    assert split_byline("شارك في الإعداد: منى حسن") == ["منى حسن"]
    assert split_byline("أخبار وكالة السودان للأنباء") == []  # "و" of "وكالة" splits nothing
    html = page(f"<p>{PARA} أولى (بترا)</p><p>{PARA} ثانية</p><p>{PARA} ثالثة</p>")
    assert [s.code for s in extract(html).sources] == ["PETRA"]


def test_a_place_an_agency_and_a_byline_the_writers_city_and_our_reporter_in_a_city() -> None:
    article = extract(page(f"<p><strong>تونس - وات - كتبت سلمى بن علي</strong></p>{PARAS}"))
    assert (article.dateline, article.authors) == ("تونس", ["سلمى بن علي"])
    assert [s.code for s in article.sources] == ["TAP"]
    assert article.body == THREE
    article = extract(page(f"<div class='byline'>كتب - أحمد حسن (القاهرة)</div>{PARAS}"))
    assert (article.dateline, article.authors) == ("القاهرة", ["أحمد حسن"])
    article = extract(page(f"<div class='byline'>من مراسلنا في دمشق</div>{PARAS}"))
    assert (article.dateline, article.authors) == ("دمشق", [])


def test_al_khor_opens_a_dateline_before_a_sentence() -> None:
    assert extract(page(f"<p>الخور - {PARA}</p>{PARAS}")).dateline == "الخور"


def test_a_pager_and_a_share_bar_after_a_loose_related_list_are_not_related() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><article class='post-block'>"
        f"<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1><div class='post-body'>{PARAS}</div>"
        "<div class='popular-posts-header'>مقالات ذات صلة</div><ul class='popular-posts'>"
        "<li class='popular-posts-item'><a href='/2025/02/18/rates/'>البنك المركزي يثبت أسعار"
        " الفائدة للمرة الثالثة</a></li></ul><div class='post-share-buttons'><span>شارك الخبر:"
        "</span><a href='https://x.com/intent/tweet?u=1'>إكس</a></div><footer class='post-footer'>"
        "<div class='post-nav'><a href='/2025/03/01/exports/' rel='prev'>صادرات الفوسفات ترتفع"
        " في كانون الثاني</a></div></footer></article></body></html>"
    )
    article = extract(html, url="https://www.example-news.jo/2025/03/02/x/")
    assert [r.url for r in article.related] == ["https://www.example-news.jo/2025/02/18/rates/"]


def test_a_publisher_that_is_the_writer_is_not_the_sites_name() -> None:
    ld = {
        "@type": "BlogPosting",
        "headline": "عنوان الخبر الرئيسي في الصفحة اليوم",
        "author": {"@type": "Person", "name": "ليلى حمدان"},
        "publisher": {"@type": "Organization", "name": "ليلى حمدان"},
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    html = page(f"<p class='post-meta'><span class='p-author'>ليلى حمدان</span></p>{PARAS}", head)
    assert extract(html).authors == ["ليلى حمدان"]


def test_a_copys_note_and_a_republished_pieces_note_over_the_headline() -> None:
    note = "هذه نسخة مبسطة من المقال الأصلي على موقع «المرصد». أُزيلت الصور والإعلانات."
    assert extract(page(f"<div class='rdr-note'>{note}</div>{PARAS}")).body == THREE
    first = "نُشر هذا المقال لأول مرة على موقع «النهار الرقمي»، وتعيد شبكة الأفق نشره ضمن اتفاقية."
    assert first_published_in(first) == Source(name="النهار الرقمي")
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body>"
        f"<div class='syndication-box'><p>{first}</p></div>"
        f"<article><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>{PARAS}</article></body></html>"
    )
    assert [s.name for s in extract(html).sources] == ["النهار الرقمي"]


def test_a_delegate_a_trainee_and_a_camp() -> None:
    assert split_byline("كتب: أحمد عبد الرحيم - مندوب الصحيفة في البرلمان") == ["أحمد عبد الرحيم"]
    assert split_byline("إعداد: طالبة الإعلام ريم الحسيني") == ["ريم الحسيني"]
    assert split_byline("كتب: طالب الرفاعي") == ["طالب الرفاعي"]  # a given name
    assert split_byline("كتب: طالب عبد العزيز الرفاعي") == ["طالب عبد العزيز الرفاعي"]
    article = extract(page(f"<p><strong>من مخيم الزعتري - كتبت: ريم العبادي</strong></p>{PARAS}"))
    assert (article.dateline, article.authors, article.body) == (
        "مخيم الزعتري",
        ["ريم العبادي"],
        THREE,
    )


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "المصدر: المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
            "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
        ),
        ("المصدر: تصنيف كيو إس", "تصنيف كيو إس"),
        ("المصدر: برنامج الأغذية العالمي", "برنامج الأغذية العالمي"),
    ],
)
def test_aid_bodies_and_rankings_credited_by_name(line: str, name: str) -> None:
    assert read_credit_line(line) == [Source(name=name)]


def test_a_list_item_opening_with_report_credits_no_institution() -> None:
    items = (
        "<ul><li>قانون الموازنة العامة للدولة.</li><li>تقرير لجنة النزاهة بشأن العقود.</li></ul>"
    )
    assert extract(page(f"{PARAS}{items}")).sources == []


def test_a_css_module_time_inside_a_header_component_is_read() -> None:
    assert kind_of_attrs("ArticleHeader_time__Nn4vR") == "date"
    assert kind_of_attrs("ArticleHeader_credit__Pq8sd") == "header"  # the component's wins
    html = page(
        "<div class='ArticleHeader_meta__Wc5tJ'><span class='ArticleHeader_time__Nn4vR'>"
        "منذ 25 دقيقة</span><span class='ArticleHeader_live__aE6oS'>يتم التحديث</span></div>"
        f"{PARAS}"
    )
    article = extract(html, reference_time=REF)
    assert article.published is not None
    assert article.published.datetime == REF - dt.timedelta(minutes=25)


def test_the_date_labelled_as_the_publications_wins_on_its_line() -> None:
    line = "الطبعة الورقية: الأربعاء 13 مارس 2024 | نُشر على الموقع: الخميس 14 مارس 2024"
    later = REF + dt.timedelta(days=8)
    article = extract(page(f"<div class='dates'>{line}</div>{PARAS}"), reference_time=later)
    assert article.published is not None
    assert article.published.datetime.date() == dt.date(2024, 3, 14)


def test_a_glossary_box_and_a_section_label_inside_the_headline() -> None:
    glossary = (
        "<div class='glossary-box'><h4>مصطلحات</h4><dl><dt>الرياح الشمسية</dt>"
        "<dd>تيار متواصل من الجسيمات المشحونة ينطلق من الطبقة الخارجية للشمس بسرعات عالية.</dd>"
        "</dl></div>"
    )
    assert (
        extract(page(f"<p>{THREE[0]}</p>{glossary}<p>{THREE[1]}</p><p>{THREE[2]}</p>")).body
        == THREE
    )
    head = "<meta property='og:title' content='المرأة | الأم العاملة بين ضغوط الوظيفة والبيت'>"
    html = (
        f"<html lang='ar'><head><meta charset='utf-8'>{head}</head><body><article>"
        "<h1 class='article-title'><span class='article-title__section'>المرأة |</span>"
        " الأم العاملة بين ضغوط الوظيفة والبيت</h1>"
        f"{PARAS}</article></body></html>"
    )
    assert extract(html).title == "الأم العاملة بين ضغوط الوظيفة والبيت"


def test_a_profiles_card_of_facts_lends_no_writer() -> None:
    card = (
        "<div class='bio-card'><h4>بطاقة تعريف</h4><ul><li><strong>مواليد:</strong> 1968</li>"
        "<li><strong>الحالة الاجتماعية:</strong> متزوج وأب لثلاثة أبناء</li></ul></div>"
    )
    html = page(f"<p><strong>كتب: محمود عبد الرحيم</strong></p>{card}{PARAS}")
    assert extract(html).authors == ["محمود عبد الرحيم"]


def test_featured_listings_between_paragraphs_are_paid_cards() -> None:
    cards = "".join(
        f"<div class='listing-card'><a href='/listing/{n}'><div class='listing-card__price'>"
        f"{n},450,000 ج.م</div><div class='listing-card__title'>شقة 3 غرف للبيع في التجمع"
        f" الخامس رقم {n}</div><ul class='listing-card__specs'><li>165 م²</li></ul></a></div>"
        for n in range(1, 7)
    )
    box = f"<section class='featured-listings'><h3>عقارات مميزة</h3>{cards}</section>"
    html = page(f"<p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p>")
    assert extract(html).body == THREE


@pytest.mark.parametrize(
    "note",
    [
        "ملاحظة المحرر: تم تعديل العنوان بعد نشر الخبر، إذ أشارت النسخة الأولى إلى رقم آخر.",
        "اعتذار: تعتذر الصحيفة عن الخطأ الوارد في النسخة الأولى من هذا التقرير.",
    ],
)
def test_the_editors_note_on_the_piece_closing_it_is_not_text(note: str) -> None:
    assert extract(page(f"{PARAS}<p><em>{note}</em></p>")).body == THREE


def test_a_switched_off_feature_names_no_box_and_a_videos_transcript_is_text() -> None:
    assert kind_of_attrs("entry-content no-share") is None
    assert kind_of_attrs("video-transcript") == "text"
    html = page(
        f"<div class='entry-content no-share'><p>{THREE[0]}</p><div class='video-transcript'>"
        f"<h2>نص الفيديو</h2><p>{THREE[1]}</p><p>{THREE[2]}</p></div></div>"
    )
    assert extract(html).body == [THREE[0], "نص الفيديو", THREE[1], THREE[2]]


def test_a_credit_field_after_a_video_pages_caption_in_the_same_node() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body>"
        "<article class='node node--type-video'><h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>"
        "<div class='node__content'><div class='field field--name-field-duration'>00:45</div>"
        f"<div class='field field--name-body'><p>{PARA} {PARA}</p></div>"
        "<div class='field field--name-field-source'><div class='field__label'>المصدر</div>"
        "<div class='field__item'>رويترز</div></div><div class='field field--name-field-tags'>"
        "<a href='/t/1'>بيئة</a></div></div></article></body></html>"
    )
    assert [s.code for s in extract(html).sources] == ["REUTERS"]


def test_a_photo_story_told_in_its_captions() -> None:
    slides = "".join(
        f"<figure><img src='/p{n}.jpg' width='800' height='500'><figcaption>{text}"
        "</figcaption><figcaption>تصوير: ليث العمري</figcaption></figure>"
        for n, text in enumerate(THREE)
    )
    assert extract(page(slides)).body == THREE


def test_a_quiz_and_a_calculator_among_the_paragraphs() -> None:
    quiz = (
        "<div class='quiz-widget'><h2>اختبر معلوماتك</h2><div class='quiz-result'><h3>النتيجة"
        "</h3><p>أجب عن جميع الأسئلة ثم اضغط «أظهر النتيجة» لمعرفة مستواك.</p></div></div>"
    )
    calc = (
        "<div class='salary-calculator'><h3>احسب راتبك الصافي</h3><p>أدخل بياناتك الشهرية "
        "وستظهر النتيجة فوراً.</p><label>الراتب الأساسي (ريال)</label></div>"
    )
    html = page(f"<p>{THREE[0]}</p>{quiz}<p>{THREE[1]}</p>{calc}<p>{THREE[2]}</p>")
    assert extract(html).body == THREE


def test_a_superscript_badge_after_the_headline_is_no_part_of_it() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><meta property='og:title' content='إطلاق "
        "برنامج لتعميم التعليم الأولي في القرى'></head><body><div class='itemView'>"
        "<h2 class='itemTitle'>إطلاق برنامج لتعميم التعليم الأولي في القرى <span><sup>مميز"
        f"</sup></span></h2>{PARAS}</div></body></html>"
    )
    assert extract(html).title == "إطلاق برنامج لتعميم التعليم الأولي في القرى"


def test_the_logos_heading_naming_the_site_is_no_headline() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><meta property='og:site_name' content='وزارة"
        " التنمية الريفية'><meta property='og:title' content='وزارة التنمية الريفية تطلق برنامجاً"
        " لدعم المشاريع المنزلية - وزارة التنمية الريفية'></head><body><header><h2>وزارة التنمية"
        " الريفية</h2></header><div class='asset'><h4><span class='asset-title'>وزارة التنمية"
        f" الريفية تطلق برنامجاً لدعم المشاريع المنزلية</span></h4>{PARAS}</div></body></html>"
    )
    assert extract(html).title == "وزارة التنمية الريفية تطلق برنامجاً لدعم المشاريع المنزلية"


def test_a_wire_line_with_a_two_word_hijri_month_and_places_named_by_their_kind() -> None:
    line = "الدمام 01 جمادى الأولى 1446 هـ الموافق 03 نوفمبر 2024 م واس"
    assert read_dateline(line) == Dateline("الدمام", [Source(name="واس", code="SPA")], True)
    assert read_dateline(f"قضاء الزبير (البصرة) - {PARA}") == Dateline("قضاء الزبير", [], False)
    assert read_dateline(f"ولاية قابس - {PARA}") == Dateline("ولاية قابس", [], False)
    assert read_dateline(f"صور – «صدى الساحل»: {PARA}") == Dateline("صور", [], False)


def test_a_subheading_in_a_content_elements_header_box() -> None:
    frame = (
        "<div class='frame frame-type-text'><header><h2>ألواح شمسية على مساحة 40 هكتاراً</h2>"
        f"</header><div class='ce-bodytext'><p>{THREE[2]}</p></div></div>"
    )
    html = page(f"<p>{THREE[0]}</p><p>{THREE[1]}</p>{frame}")
    assert extract(html).body == [THREE[0], THREE[1], "ألواح شمسية على مساحة 40 هكتاراً", THREE[2]]


def test_a_newsletters_copy_its_issue_date_forward_prompt_and_signature() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><meta property='og:title' content='إطلاق"
        " مبادرة لزراعة خمسة ملايين شجرة في عسير'></head><body><table><tr><td><div>الأحد 11 مايو"
        " 2025 - 09:15 ص</div></td></tr><tr><td><div>محليات | مناطق</div></td></tr><tr><td><div>"
        "صورة الشتلات</div></td></tr><tr><td><div>مناطق</div></td></tr><tr><td><div>إطلاق مبادرة"
        f" لزراعة خمسة ملايين شجرة في عسير</div></td></tr><tr><td>{PARAS}"
        "<p>رئيس التحرير، مازن العبيدي</p>"
        "<p>هل أعجبتك النشرة؟ أرسلها إلى صديق أو اشترك من هنا.</p></td></tr></table></body></html>"
    )
    article = extract(html, reference_time=dt.datetime(2025, 5, 12, tzinfo=dt.timezone.utc))
    assert article.body == THREE
    assert article.authors == ["مازن العبيدي"]
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2025, 5, 11, 9, 15)


def test_a_did_you_know_box_slider_labels_and_the_publishers_blurb() -> None:
    assert line_kind("هل تعلم؟") == "widget"
    assert line_kind("أحدث الأعداد") == "widget"
    box = (
        "<div class='box info'><strong>هل تعلم؟</strong><br>أنّ النحلة الواحدة تزور ما بين 50"
        " و100 زهرة في الرحلة الواحدة، وأنّ النحل يحتاج إلى ملايين الأزهار ليصنع العسل!</div>"
    )
    slider = (
        "<div class='twentytwenty-overlay'><div class='twentytwenty-before-label'><span>قبل"
        " الترميم</span></div><div class='twentytwenty-after-label'><span>بعد الترميم</span>"
        "</div></div>"
    )
    blurb = (
        "<p><strong>عن المركز:</strong> المركز العربي للبحوث مؤسسة بحثية مستقلة تأسست عام 2009"
        " في عمّان، تُعنى بالمعرفة التطبيقية.</p>"
    )
    head = "<meta property='og:site_name' content='المركز العربي للبحوث'>"
    html = page(f"<p>{THREE[0]}</p>{box}<p>{THREE[1]}</p>{slider}<p>{THREE[2]}</p>{blurb}", head)
    assert extract(html).body == THREE


def test_a_kicker_inside_a_related_link_is_no_part_of_its_title() -> None:
    box = (
        "<div class='more-on-story'><h2>المزيد حول هذه القصة</h2><ul><li><a href='/a/2024/12/09/x'>"
        "<span class='MoreOnStory_kicker__X5vjA'>تحليل</span>أقساط تأمين مخاطر الحرب في البحر"
        "</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.com/a/1")
    assert [r.title for r in article.related] == ["أقساط تأمين مخاطر الحرب في البحر"]


def test_an_info_boxs_head_over_label_and_value_bullets() -> None:
    assert line_kind("معلومات عن الموقع") == "widget"
    assert line_kind("معلومات عن الكاتب") != "widget"  # a bio's, the longer phrase
    box = (
        "<div class='box info shadow'><div class='box-inner-block'><h4>معلومات عن الموقع</h4>"
        "<ul><li><strong>الموقع:</strong> قرية عراد، جزيرة المحرق</li><li><strong>سنة البناء:"
        "</strong> أواخر القرن الخامس عشر الميلادي</li></ul></div></div>"
    )
    html = page(f"<p>{THREE[0]}</p><p>{THREE[1]}</p>{box}<p>{THREE[2]}</p>")
    assert extract(html).body == THREE


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("إعداد: سارة الحربي - بمشاركة: فهد العتيبي", ["سارة الحربي", "فهد العتيبي"]),
        ("ترجمة وإعداد: نور الهدى", ["نور الهدى"]),
        ("نائب رئيس مجلس الدولة الأسبق", []),
        ("كتب: سامي علي بمشاركة مراسلينا", ["سامي علي"]),
    ],
)
def test_a_second_writers_credit_and_offices_under_a_name(text: str, names: list[str]) -> None:
    assert split_byline(text) == names


def test_a_sermons_topic_an_attachments_label_a_closing_prompt_and_a_letterhead() -> None:
    assert line_kind("موضوع الخطبة: الصيام وتزكية النفوس") == "record"
    assert line_kind("المرفقات:") == "label"
    letterhead = (
        "<div class='embassy-letterhead'><p><strong>بسم الله الرحمن الرحيم</strong></p>"
        "<p><strong>سفارة الجمهورية بالرياض</strong><br>المكتب الإعلامي</p></div>"
    )
    prompt = "هل لديك سؤال آخر حول البطاقة؟ أرسله لنا عبر واتساب وسنحدّث هذا الدليل."
    html = page(f"<p>{THREE[0]}</p>{letterhead}<p>{THREE[1]}</p><p>{THREE[2]}</p><p>{prompt}</p>")
    assert extract(html).body == THREE


def test_kunas_end_mark_with_the_editors_initials() -> None:
    assert extract(page(f"{PARAS}<p>(النهاية) م ع ح / ف ج</p>")).body == THREE


def test_a_time_labelled_as_the_update_is_no_publication_and_a_one_word_headline() -> None:
    head = (
        "<meta property='og:title' content='صلالة | موسوعة الرائد'>"
        "<meta property='article:modified_time' content='2025-03-12T10:40:00+04:00'>"
    )
    html = (
        f"<html lang='ar'><head><meta charset='utf-8'>{head}</head><body><article><h1>صلالة</h1>"
        "<span class='entry__updated'>آخر تحديث: <time datetime='2025-03-12T10:40:00+04:00'>"
        f"12 مارس 2025 - 10:40</time></span>{PARAS}</article></body></html>"
    )
    article = extract(html, reference_time=dt.datetime(2025, 3, 20, tzinfo=dt.timezone.utc))
    assert (article.title, article.published) == ("صلالة", None)
    assert article.modified is not None


@pytest.mark.parametrize(
    "signature",
    ["نقيب الصحفيين / د. سامي الخطيب", "المركز الإعلامي للنادي / نادي الفجر الرياضي"],
)
def test_a_statements_closing_signature_is_not_text(signature: str) -> None:
    html = page(f"{PARAS}<p style='text-align:left'><strong>{signature}</strong></p>")
    assert extract(html).body == THREE


def test_names_with_an_initial_a_valley_and_a_press_office() -> None:
    assert split_byline("Par Karim B.") == ["Karim B."]
    assert split_byline("جماعة وادي الزيتون") == ["جماعة وادي الزيتون"]
    assert split_byline("العلاقات العامة والإعلام") == ["العلاقات العامة والإعلام"]


def test_the_first_of_a_hijri_month_in_a_word() -> None:
    html = page(f"<div class='date'>غرة رمضان 1446هـ</div>{PARAS}")
    article = extract(html, reference_time=dt.datetime(2025, 3, 5, tzinfo=dt.timezone.utc))
    assert article.published is not None
    assert article.published.datetime.date() == dt.date(2025, 3, 1)


def test_a_fixtures_table_under_the_headline_dates_nothing() -> None:
    rows = "".join(
        f"<tr><td>2025-01-{d} 17:00:00</td><td>الشروق × الواحة</td></tr>" for d in (18, 25)
    )
    table = f"<table><tr><th>التاريخ</th><th>المباراة</th></tr>{rows}</table>"
    article = extract(page(f"{table}{PARAS}"), reference_time=REF.replace(year=2025, month=2))
    assert article.published is None


def test_a_page_declared_a_web_page_stays_one_whatever_its_og_type() -> None:
    head = (
        "<meta property='og:type' content='article'><script type='application/ld+json'>"
        '{"@context":"https://schema.org","@type":"WebPage","name":"مواعيد المباريات"}</script>'
    )
    with pytest.raises(NotAnArticleError):
        extract(page(PARAS, head))


def test_a_reply_announced_by_the_text_and_its_editors_intro() -> None:
    intro = f"<p class='reply-intro'><em>{THREE[0]}</em></p>"
    lead = (
        "كما تلقت الصحيفة من الشركة رداً على التقرير ذاته، ننشره في ما يلي كما ورد، إعمالاً لحق الرد:"
    )
    reply = (
        f"<blockquote class='ArticleBody_reply__Bn6Yt'><p>{THREE[1]}</p><p>{THREE[2]}</p>"
        "</blockquote>"
    )
    assert extract(page(f"{intro}<p>{lead}</p>{reply}")).body == [
        THREE[0],
        lead,
        THREE[1],
        THREE[2],
    ]


def test_a_follow_ups_background_box_links_the_earlier_story() -> None:
    box = (
        "<div class='news-background-box'><div class='box-title'>خلفية الخبر</div><div>انهار"
        " مبنى سكني مؤلف من خمس طبقات في منطقة برج حمود شمالي بيروت فجر الشهر الماضي.</div>"
        "<div>للتفاصيل: <a href='/news/213866'>انهيار مبنى سكني في برج حمود ومقتل أربعة"
        " أشخاص</a></div></div>"
    )
    html = page(f"<p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p>")
    article = extract(html, url="https://www.example-news.lb/news/214900")
    assert article.body == THREE
    assert [r.url for r in article.related] == ["https://www.example-news.lb/news/213866"]


def test_a_correction_page_keeps_its_correction() -> None:
    correction = (
        "<p><strong>تصحيح:</strong> ورد في تقرير سابق أن قيمة العقد بلغت 14 مليون دينار، "
        "والصحيح أنها 11.4 مليون دينار، ونعتذر لقرائنا عن هذا الخطأ.</p>"
    )
    html = page(f"{correction}{PARAS}").replace(
        "عنوان الخبر الرئيسي في الصفحة اليوم", "تصحيح وحق رد: شركة تعترض على تقرير"
    )
    assert extract(html).body[0].startswith("تصحيح:")


def test_a_match_box_team_a_photographers_box_and_an_aggregation_label() -> None:
    assert kind_of_attrs("match-result__team-name") == "widget"
    assert split_byline("تصوير - كريم عادل") == []
    assert split_byline("متابعات") == []
    row = (
        "<div class='byline-row'><div class='author'>كتب - أحمد سعيد</div>"
        "<div class='photographer'>تصوير - كريم عادل</div></div>"
    )
    assert extract(page(f"{row}{PARAS}")).authors == ["أحمد سعيد"]


def test_the_portals_app_pitched_under_the_text() -> None:
    pitch = "<p>حمّل تطبيق الموقع لتصلك الأخبار العاجلة أولًا بأول</p>"
    assert extract(page(f"{PARAS}{pitch}")).body == THREE


def test_a_toll_box_an_in_post_ad_slot_and_a_columns_disclaimer() -> None:
    toll = (
        "<div class='toll-box'><div class='toll-box-title'>حصيلة العدوان منذ 7 أكتوبر 2023"
        "</div><ul><li>43,374 شهيداً</li><li>102,261 مصاباً</li></ul></div>"
    )
    ad = (
        "<div class='stream-item stream-item-in-post'><span class='stream-title'>إعلان</span>"
        "<p class='stream-item-text'>اكتشف عروضنا الحصرية</p></div>"
    )
    note = "<p><em>* هذا المقال يعبر عن رأي كاتبه</em></p>"
    html = page(f"<p>{THREE[0]}</p>{toll}<p>{THREE[1]}</p>{ad}<p>{THREE[2]}</p>{note}")
    assert extract(html).body == THREE


def test_a_player_card_an_index_box_and_a_column_name_in_the_headline() -> None:
    card = (
        "<div class='box info'><div class='box-inner-block'><h4>بطاقة اللاعب</h4>"
        "<p><strong>الاسم:</strong> أيوب الزياني</p><p><strong>المركز:</strong> رأس حربة</p>"
        "</div></div>"
    )
    index = (
        "<div class='market-index-box'><div class='idx-head'><span>المؤشر العام</span></div>"
        "<div class='idx-body'><span>11,250 نقطة</span> <span>+0.8%</span></div></div>"
    )
    html = page(f"<p>{THREE[0]}</p>{card}<p>{THREE[1]}</p>{index}<p>{THREE[2]}</p>")
    assert extract(html).body == THREE
    head = "<meta property='og:title' content='نافذة | حين تصبح الحديقة العامة رفاهية'>"
    titled = (
        f"<html lang='ar'><head><meta charset='utf-8'>{head}</head><body><article><h1>"
        "<span class='column-name'><a href='/opinion/nafitha'>نافذة |</a></span> <span>حين"
        f" تصبح الحديقة العامة رفاهية</span></h1>{PARAS}</article></body></html>"
    )
    assert extract(titled).title == "حين تصبح الحديقة العامة رفاهية"


def test_a_dated_teasers_date_is_no_header_line_a_writers_dated_row_is() -> None:
    later = dt.datetime(2024, 11, 20, tzinfo=dt.timezone.utc)
    teaser = (
        "<ul class='list'><li><a href='/news/1'>خبر آخر في الصفحة عن موضوع</a>"
        "<span class='date'>12/11/2024</span></li></ul>"
    )
    assert extract(page(f"{PARAS}{teaser}"), reference_time=later).published is None
    row = (
        "<div class='post-meta'><a href='/author/sami'>سامي علي</a>"
        "<span class='date'>12/11/2024</span></div>"
    )
    article = extract(page(f"{PARAS}{row}"), reference_time=later)
    assert article.published is not None
    assert article.published.datetime.date() == dt.date(2024, 11, 12)


def test_a_live_blogs_updates_each_credit_their_agency() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org",'
        ' "@type": "LiveBlogPosting", "headline": "عنوان الخبر الرئيسي في الصفحة اليوم"}'
        "</script>"
    )
    updates = (
        f"<div class='entry'><h3>تحديث أول</h3><p>{THREE[0]}. (رويترز)</p></div>"
        f"<div class='entry'><h3>تحديث ثان</h3><p>{THREE[1]}. (أ ف ب)</p></div>"
        f"<div class='entry'><h3>تحديث ثالث</h3><p>{THREE[2]}. (العمانية)</p></div>"
    )
    codes = {s.code for s in extract(page(updates, head)).sources}
    assert codes == {"REUTERS", "AFP", "ONA"}
    # an article's single story: a credit further up counts only when none closes it
    assert {s.code for s in extract(page(updates)).sources} == {"ONA"}


def test_a_css_modules_excerpt_under_the_headline_is_the_standfirst() -> None:
    assert kind_of_attrs("ArticleHeader_excerpt__q8UoT") == "lead"
    summary = (
        "أصدر المكتب الأممي تقرير الوضع الرابع بشأن الفيضانات في اليمن، محذرا من تفشي الكوليرا."
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><article>"
        "<header class='ArticleHeader_header__0aWcE'><h1 class='ArticleHeader_title__Y1dGb'>"
        "عنوان الخبر الرئيسي في الصفحة اليوم</h1>"
        f"<p class='ArticleHeader_excerpt__q8UoT'>{summary}</p></header>"
        f"<div class='ArticleBody_body__x1'>{PARAS}</div></article></body></html>"
    )
    assert extract(html).body == [summary, *THREE]


def test_the_maghrebs_word_for_an_advert_labels_one() -> None:
    assert line_kind("إشهار") == "ad"
    label = "<div><span class='pub-label'>إشهار</span></div>"
    html = page(f"<p>{THREE[0]}</p>{label}<p>{THREE[1]}</p>")
    assert extract(html).body == THREE[:2]


def test_a_dated_stamp_under_the_headline_wins_over_a_draft_date_days_away() -> None:
    head = "<meta property='article:published_time' content='2024-04-29T13:02:11+03:00'>"
    stamp = (
        "<div class='meta'><span class='date meta-item'>الجمعة، 3 أيار 2024 - 09:15</span></div>"
    )
    later = dt.datetime(2024, 5, 4, tzinfo=dt.timezone.utc)
    article = extract(page(f"{stamp}{PARAS}", head), reference_time=later)
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2024, 5, 3, 9, 15)
    assert any("visible reading is used" in w for w in article.extraction.warnings)
    # a date alone, with no time, is not beyond doubt: the machine value stays
    day_only = "<div class='meta'><span class='date'>3 أيار 2024</span></div>"
    kept = extract(page(f"{day_only}{PARAS}", head), reference_time=later)
    assert kept.published is not None and kept.published.datetime.day == 29


def test_statement_signatures_in_their_common_shapes_are_no_text() -> None:
    spokesman = (
        "<p><strong>الناطق الإعلامي باسم المديرية العامة للدفاع المدني</strong><br>"
        "المقدم رائد العمرو</p>"
    )
    assert extract(page(f"{PARAS}{spokesman}")).body == THREE
    ranked = (
        "<p><strong>اللواء الحقوقي عبد الكريم الشمري</strong><br><strong>الناطق الرسمي باسم"
        " وزارة الداخلية</strong></p>"
    )
    background = "يذكر أن القوات الأمنية كانت قد أعلنت الشهر الماضي القبض على عصابة مماثلة."
    assert extract(page(f"{PARAS}{ranked}<p>{background}</p>")).body == [*THREE, background]
    dated = "حرر بالجزائر في 12 ديسمبر 2025"
    after_dated = f"<p>{dated}</p><p>رئيس السلطة الوطنية المستقلة للانتخابات<br>كريم بوعلام</p>"
    html = page(f"{PARAS}{after_dated}<p>{background}</p><p>{background} ثانية</p>")
    assert extract(html).body == [*THREE, dated, background, f"{background} ثانية"]
    two_lines = "<p><strong>المدير العام</strong></p><p><strong>عبد القادر بن عودة</strong></p>"
    assert extract(page(f"{PARAS}{two_lines}")).body == THREE
    # a field the text prints, label and colon, stays
    field = "<p>المتحدث الرسمي: المستشار هشام الدسوقي</p>"
    assert extract(page(f"{PARAS}{field}")).body[-1] == "المتحدث الرسمي: المستشار هشام الدسوقي"


def test_a_press_cell_is_one_desk() -> None:
    assert split_byline("خلية الإعلام والاتصال") == ["خلية الإعلام والاتصال"]


def test_a_standing_notice_on_the_piece_closes_the_text_a_correction_stays() -> None:
    notice = (
        "تنويه: جميع الأشخاص المشار إليهم في هذا الخبر يتمتعون بقرينة البراءة إلى حين صدور"
        " حكم قضائي نهائي."
    )
    assert extract(page(f"{PARAS}<p>{notice}</p>")).body == THREE
    correction = (
        "تصحيح: ورد في نسخة سابقة من هذا الخبر أن عدد الدول المشاركة 12 دولة، والصحيح 14"
        " دولة. اقتضى التنويه."
    )
    assert extract(page(f"{PARAS}<p>{correction}</p>")).body == [*THREE, correction]
    starred = (
        "* القصة من مجموعة «أرض الديار» التي تصدر مطلع العام المقبل، وتنشرها المجلة"
        " بالاتفاق مع الكاتبة."
    )
    assert extract(page(f"{PARAS}<p><em>{starred}</em></p>")).body == THREE


def test_a_sentence_set_under_the_headline_in_a_paragraph_is_the_standfirst() -> None:
    sub = (
        "في القرية، يقطع الأهالي كيلومترات يوميًا لجلب الماء، فيما تحوّلت حقول القمح إلى"
        " أرض جرداء وباع الفلاحون قطعانهم."
    )

    def tagdiv(under: str) -> str:
        return (
            "<html lang='ar'><head><meta charset='utf-8'></head><body><article>"
            "<header class='td-post-title'><h1 class='entry-title'>عنوان الخبر الرئيسي في"
            f" الصفحة اليوم</h1><p class='td-post-sub-title'>{under}</p>"
            "<div class='td-module-meta-info'><div class='td-post-author-name'>بقلم <a"
            " href='/author/s/'>سلمى الورتاني</a></div></div></header>"
            f"<div class='td-post-content'>{PARAS}</div></article></body></html>"
        )

    assert extract(tagdiv(sub)).body == [sub, *THREE]
    # a label or a credit there is not
    assert extract(tagdiv("تقرير تحليلي")).body == THREE


def test_an_update_time_under_the_tags_is_read() -> None:
    tags = "".join(f"<li><a href='/tag/{n}'>وسم {n}</a></li>" for n in range(6))
    tail = (
        f"<div class='itemTagsBlock'><span>وسم في</span><ul class='itemTags'>{tags}</ul></div>"
        "<span class='itemDateModified'>آخر تعديل في الثلاثاء, 08 تشرين الأول/أكتوبر 2024"
        " 13:05</span>"
    )
    stamp = "<span class='date'>الثلاثاء 08 تشرين الأول 2024 11:20</span>"
    html = page(f"{stamp}<div class='body'>{PARAS}</div>{tail}")
    article = extract(html, reference_time=dt.datetime(2024, 10, 9, tzinfo=dt.timezone.utc))
    assert article.modified is not None
    assert article.modified.datetime.replace(tzinfo=None) == dt.datetime(2024, 10, 8, 13, 5)


def test_a_teasers_day_without_its_year_inside_its_link_is_no_title() -> None:
    box = (
        "<aside class='ReadAlso_box__Hn4Wd'><div class='ReadAlso_title__t0VqM'>اقرأ أيضاً</div>"
        "<ul><li><a href='/local/2024/03/19/pp-bribery'>"
        "<span class='ReadAlso_date__Sx1Fo'>19 مارس</span>"
        "<span class='ReadAlso_headline__Kd7Tn'>«النيابة»: إيقاف موظف بتهمة طلب رشوة</span>"
        "</a></li></ul></aside>"
    )
    html = page(f"<p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p>")
    article = extract(html, url="https://www.example-news.com/local/9")
    assert [r.title for r in article.related] == ["«النيابة»: إيقاف موظف بتهمة طلب رشوة"]


def test_a_wires_dated_opening_runs_straight_into_its_text() -> None:
    text = (
        "الرياض 14 رمضان 1445 هـ الموافق 24 مارس 2024 م واس أعلنت النيابة العامة صدور حكم"
        " ابتدائي من المحكمة الجزائية المتخصصة."
    )
    assert read_dateline(text) == Dateline(
        "الرياض", [Source(name="واس", code="SPA")], standalone=False
    )
    # no agency after the date: no dateline
    assert read_dateline("الرياض 14 رمضان 1445 هـ أعلنت النيابة العامة صدور حكم ابتدائي") is None


def test_a_reviews_book_card_names_the_books_writer_not_the_reviewers() -> None:
    card = (
        "<div class='book-card'><h3>بطاقة الكتاب</h3>"
        "<div class='field--name-field-book-author'><div>المؤلف</div><div>هشام الزيّات</div></div>"
        "<div><div>الناشر</div><div>دار الساقية للنشر</div></div></div>"
    )
    byline = "<div class='byline'>كتبت: <span class='author'>منى العطار</span></div>"
    assert extract(page(f"{byline}{card}{PARAS}")).authors == ["منى العطار"]


def test_a_reading_time_beside_the_writer_is_no_name() -> None:
    row = (
        "<div class='article-byline-meta'><h4 class='author-name'><a href='/author/yousef/'>"
        "يوسف الطحان</a></h4><div class='byline-meta-content'><span class='byline-reading-time'>"
        "<span class='bull'>&bull;</span> دقيقتان للقراءة</span></div></div>"
    )
    assert extract(page(f"{row}{PARAS}")).authors == ["يوسف الطحان"]


def test_the_sites_newest_under_a_read_more_box_are_not_related() -> None:
    assert line_kind("الأحدث في المجلة") == "widget"
    box = (
        "<aside class='read-more-wrap'><h3 class='read-more-title'>الأحدث في المجلة</h3>"
        "<article><a href='/blue-room/'><h2>الغرفة الزرقاء</h2></a></article>"
        "<article><a href='/portugal/'><h2>خمس قصائد من البرتغال</h2></a></article></aside>"
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><article>"
        f"<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>{PARAS}</article>{box}</body></html>"
    )
    assert extract(html).related == []


def test_the_issuer_closing_a_quoted_statement_is_no_text() -> None:
    statement = (
        "<div class='Statement'><p>تعلن المحكمة العليا أنه قد ثبت لديها شرعاً رؤية هلال شهر"
        " شوال مساء هذا اليوم.</p><p>وعليه فإن يوم غد الأحد هو أول أيام شهر شوال، وهو يوم"
        " عيد الفطر المبارك.</p><p align='left'><b>المحكمة العليا</b></p></div>"
    )
    html = page(f"<div class='text'><p>{THREE[0]}</p>{statement}<p>{THREE[1]}</p></div>")
    body = extract(html).body
    assert "المحكمة العليا" not in body and body[-1] == THREE[1] and len(body) == 4
    # a list's last item naming an institution stays
    ranking = (
        "<ol><li>جامعة الملك سعود (السعودية)</li><li>جامعة قطر (قطر)</li>"
        "<li>جامعة السلطان قابوس (سلطنة عمان)</li></ol>"
    )
    listed = extract(page(f"<div class='text'><p>{THREE[0]}</p>{ranking}<p>{THREE[1]}</p></div>"))
    assert "جامعة السلطان قابوس (سلطنة عمان)" in listed.body


def test_a_time_unit_before_its_noun_is_no_relative_date() -> None:
    from arabnews_extract.dates import scan_dates

    ref = dt.datetime(2026, 6, 13, 12, tzinfo=dt.timezone.utc)
    assert (
        scan_dates("ما صلاحيات المجلس البلدي؟ أسئلة وأجوبة قبل يوم الاقتراع", reference_time=ref)
        == []
    )
    assert scan_dates("منذ ساعات الصباح الأولى", reference_time=ref) == []
    assert [m.timestamp.datetime.day for m in scan_dates("قبل يومين", reference_time=ref)] == [11]


def test_a_ministrys_dated_signature_closes_its_statement() -> None:
    signature = (
        "<p class='text-align-left'><strong>وزارة الزراعة والموارد المائية</strong><br>"
        "<strong>المكتب الإعلامي</strong><br>٩ آذار ٢٠٢٥</p>"
    )
    assert extract(page(f"{PARAS}{signature}")).body == THREE


def test_a_medical_reviewers_card_is_no_text() -> None:
    assert line_kind("عن المراجع الطبي") == "bio"
    assert kind_of_attrs("tbk-reviewer-box") == "bio"
    card = (
        "<section class='reviewer-card'><h3>عن المراجع الطبي</h3><p><strong>د. مازن القاضي"
        "</strong> استشاري الغدد الصماء والسكري، ويراجع المحتوى الطبي للموقع منذ عام 2019."
        "</p></section>"
    )
    assert extract(page(f"<div class='text'>{PARAS}</div>{card}")).body == THREE


def test_a_call_for_questions_by_mail_closes_the_text() -> None:
    prompt = (
        "لديك سؤال لأطباء «صدى الوادي»؟ أرسله عبر البريد الإلكتروني health@example.com"
        " وسننشر الإجابات في العدد المقبل."
    )
    assert extract(page(f"{PARAS}<p><em>{prompt}</em></p>")).body == THREE


def test_k2s_item_header_is_the_articles_header_and_a_captions_stadium_no_date() -> None:
    assert kind_of_attrs("itemHeader") == "header"
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><div class='itemView'>"
        "<div class='itemHeader'><span class='itemDateCreated'>نشر في الأربعاء, 23 أفريل 2025"
        " 14:30</span><h2 class='itemTitle'>عنوان الخبر الرئيسي في الصفحة اليوم</h2></div>"
        "<div class='itemImageBlock'><span class='itemImage'><img src='/a.jpg' width='600'"
        " height='400'></span><span class='itemImageCaption'>توقف مباراة مولودية الجزائر وشباب"
        " بلوزداد بملعب 5 جويلية</span></div>"
        f"<div class='itemFullText'>{PARAS}</div></div></body></html>"
    )
    later = dt.datetime(2025, 4, 24, tzinfo=dt.timezone.utc)
    published = extract(html, reference_time=later).published
    assert published is not None
    assert published.datetime.replace(tzinfo=None) == dt.datetime(2025, 4, 23, 14, 30)


def test_the_editors_note_on_an_update_closes_the_text() -> None:
    note = "تحديث (12 فبراير 2025): أضفنا تفاصيل الإصدارات المتأثرة بعد تعديل النشرة الأصلية."
    assert extract(page(f"{PARAS}<p><em>{note}</em></p>")).body == THREE


def test_an_affiliates_product_box_is_an_advert() -> None:
    assert kind_of_attrs("aff-box aff-box--featured") == "ad"
    box = (
        "<div class='aff-box'><span class='aff-box__badge'>اختيارنا</span>"
        "<h3>Sawt Buds Pro 2 – سماعات لاسلكية بعزل ضوضاء نشط</h3>"
        "<div class='aff-box__price'>449 ريال 329 ريال خصم 27%</div></div>"
    )
    html = page(
        f"<div class='entry'><p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p></div>"
    )
    assert extract(html).body == THREE


def test_joomlas_vowelled_written_by_is_a_byline_prefix() -> None:
    byline = (
        "<span class='itemAuthor'>كُتب بواسطة&nbsp;<a rel='author'"
        " href='/itemlist/user/917-salma'>سلمى الحوراني</a></span>"
    )
    assert extract(page(f"{byline}{PARAS}")).authors == ["سلمى الحوراني"]


def test_a_read_also_link_closing_a_paragraph_with_its_label_inside() -> None:
    teaser = (
        "<a class='inline-related' href='/2025/05/03/abha-istanbul/'><strong>اقرأ أيضاً:"
        " مطار أبها يستقبل أول رحلة مباشرة من إسطنبول</strong></a>"
    )
    html = page(f"<p>{THREE[0]}</p><p>{THREE[1]} {teaser}</p><p>{THREE[2]}</p>")
    article = extract(html, url="https://www.example-news.com/2025/06/01/abha-routes/")
    assert article.body == THREE
    assert [(r.title, r.url) for r in article.related] == [
        (
            "مطار أبها يستقبل أول رحلة مباشرة من إسطنبول",
            "https://www.example-news.com/2025/05/03/abha-istanbul/",
        )
    ]


def test_a_sponsored_card_among_the_related_ones_is_not_related() -> None:
    def card(href: str, title: str, extra: str = "", label: str = "") -> str:
        return (
            f"<div class='related-item'><div class='{extra}'><a href='{href}'>{label}<h3>{title}"
            "</h3></a></div></div>"
        )

    box = (
        "<div class='related-posts'><h4>مقالات ذات صلة</h4>"
        + card("/2025/04/19/abha-expansion/", "تطوير مطار أبها: تسليم صالة السفر الجديدة")
        + card(
            "https://clck.example-ads.net/ghits/1499321",
            "احجز رحلتك الصيفية بخصم 40% مع أفضل عروض الفنادق",
            "is-sponsored",
            "<span class='sponsored-label'>محتوى مدعوم</span>",
        )
        + card("/2025/03/30/aviation-strategy/", "الاستراتيجية الوطنية للطيران.. أين وصلت المملكة؟")
        + "</div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.com/2025/06/01/a/")
    assert [r.title for r in article.related] == [
        "تطوير مطار أبها: تسليم صالة السفر الجديدة",
        "الاستراتيجية الوطنية للطيران.. أين وصلت المملكة؟",
    ]


def test_a_story_written_around_a_quoted_statements_box_is_read_whole() -> None:
    statement = (
        "<div class='statement'>قررت لجنة السياسة النقدية في اجتماعها اليوم الإبقاء على"
        " أسعار العائد الأساسية دون تغيير، في ضوء تطورات التضخم والنشاط الاقتصادي.<br><br>"
        "وترى اللجنة أن الإبقاء على الأسعار يتسق مع تحقيق معدلات التضخم المستهدفة على المدى"
        " المتوسط، مع متابعة التطورات الاقتصادية عن كثب.<br><br>وعلى الصعيد العالمي، استمرت"
        " البنوك المركزية في تيسير سياساتها النقدية بوتيرة حذرة خلال الفترة الماضية.<br><br>"
        "<div class='sig'>أمين سر لجنة السياسة النقدية<br>د. هالة منير الديب</div></div>"
    )
    story = (
        f"<div class='news-text'>{THREE[0]}<br><br>{THREE[1]}<br><br>وجاء نص البيان كما يلي:"
        f"{statement}{THREE[2]}<br><br>{PARA} رابعة</div>"
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><table><tr><td>"
        f"<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>{story}</td></tr></table></body></html>"
    )
    body = extract(html).body
    assert body[:2] == THREE[:2] and body[-2:] == [THREE[2], f"{PARA} رابعة"]
    assert not any("هالة منير الديب" in line for line in body)


def test_a_cards_section_label_inside_its_link_is_no_part_of_the_title() -> None:
    box = (
        "<div class='related'><h3>Sur le même sujet</h3><ul>"
        "<li><a href='/ar/national/2025/08/02/bilan'><span class='cat'>وطنية</span> <span"
        " class='ttl'>الحماية المدنية: 412 حريقا خلال شهر جويلية</span></a></li>"
        "<li><a href='/ar/news/2025/03/16/cement'><span class='card__tag'>نتائج مالية</span>"
        "<span class='card__title'>«أسمنت الجنوب» تتحول إلى الربحية</span></a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.tn/ar/a/1")
    assert [r.title for r in article.related] == [
        "الحماية المدنية: 412 حريقا خلال شهر جويلية",
        "«أسمنت الجنوب» تتحول إلى الربحية",
    ]


def test_a_notice_that_is_no_text_takes_its_label_with_it() -> None:
    notice = (
        "<div class='article__disclosure' role='note'><strong>إفصاح:</strong><p>يستند هذا الخبر"
        " إلى البيانات المعلنة من الشركة، ولا يُعد توصية بشراء أو بيع أي ورقة مالية.</p></div>"
    )
    assert extract(page(f"<div class='text'>{PARAS}{notice}</div>")).body == THREE


def test_the_writer_signing_her_column_with_who_she_is() -> None:
    byline = "<div class='byline'>بقلم: <a href='/author/mona'>د. منى العطار</a></div>"
    signature = "<p><strong>د. منى العطار</strong><br>أكاديمية متخصصة في التخطيط العمراني</p>"
    article = extract(page(f"{byline}{PARAS}{signature}"))
    assert article.authors == ["د. منى العطار"] and article.body == THREE


def test_the_maghrebs_note_on_an_updated_piece_closes_the_text() -> None:
    note = "ملحوظة: جرى تحيين هذا المقال بإضافة تصريح رئيس جمعية أرباب وكالات الأسفار."
    assert extract(page(f"{PARAS}<p><em>{note}</em></p>")).body == THREE


def test_a_line_break_after_a_colon_inside_the_headline_is_a_space() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><article>"
        "<h1 itemprop='headline'>الصحة بصفاقس:<br>لا إصابات بشرية جديدة بداء الكلب</h1>"
        f"{PARAS}</article></body></html>"
    )
    assert extract(html).title == "الصحة بصفاقس: لا إصابات بشرية جديدة بداء الكلب"


def test_a_live_pages_coverage_start_labels_its_publication() -> None:
    row = (
        "<div class='live-header__meta'><span class='live-header__author'>تحرير: <a"
        " href='/author/laila'>ليلى أبو شمالة</a></span> <span class='live-header__start'>بدأت"
        " التغطية: الإثنين 4 آذار (مارس) 2024 - 07:30</span></div>"
    )
    article = extract(page(f"{row}{PARAS}"), reference_time=REF)
    assert article.authors == ["ليلى أبو شمالة"]
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2024, 3, 4, 7, 30)


def test_a_wires_reporter_named_after_its_credit_is_the_writer() -> None:
    lead = (
        "عمان 2 حزيران (بترا) - محمد الخوالدة - أقر مجلس النواب، خلال جلسته التشريعية التي"
        " عقدها اليوم الأحد، مشروع قانون الإدارة المحلية كما ورد من اللجنة."
    )
    article = extract(page(f"<p>{lead}</p>{PARAS}"))
    assert article.authors == ["محمد الخوالدة"]
    assert [s.code for s in article.sources] == ["PETRA"] and article.dateline == "عمان"


def test_an_earnings_results_table_is_no_text() -> None:
    assert kind_of_attrs("results-table") == "widget"
    table = (
        "<div class='results-table'><div class='results-table__title'>النتائج المالية لشركة"
        " الواحة للأسمنت (مليون ريال)</div><table><tr><th>البند</th><th>الربع الرابع</th></tr>"
        "<tr><td>الإيرادات</td><td>412</td></tr></table></div>"
    )
    html = page(
        f"<div class='text'><p>{THREE[0]}</p>{table}<p>{THREE[1]}</p><p>{THREE[2]}</p></div>"
    )
    assert extract(html).body == THREE


def test_a_byline_runs_into_its_date_with_no_mark_between() -> None:
    row = "<p>تحرير: قسم الأخبار 2024/07/09 - 11:20 بتوقيت بغداد</p>"
    later = dt.datetime(2024, 7, 10, tzinfo=dt.timezone.utc)
    assert extract(page(f"{row}{PARAS}"), reference_time=later).authors == ["قسم الأخبار"]


def test_a_text_only_pages_loose_related_label_takes_the_links_under_it() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body>"
        f"<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>{PARAS}<p>روابط ذات صلة:</p><ul>"
        "<li><a href='/news/87902'>تراجع مناسيب دجلة في بغداد إلى أدنى مستوى</a></li>"
        "<li><a href='/news/87850'>الزراعة تحدد مساحات الخطة الصيفية</a></li></ul>"
        "<p>آخر الأخبار:</p><ul><li><a href='/news/88001'>البرلمان يستضيف وزير الكهرباء</a></li>"
        "</ul></body></html>"
    )
    article = extract(html, url="https://lite.example-news.com/news/88000")
    assert [r.title for r in article.related] == [
        "تراجع مناسيب دجلة في بغداد إلى أدنى مستوى",
        "الزراعة تحدد مساحات الخطة الصيفية",
    ]


def test_the_note_that_the_story_was_updated_closes_it() -> None:
    note = "تم تحديث هذا الخبر الساعة 17:05 بإضافة تصريحات رئيس البلدية حول الجدول الزمني."
    assert extract(page(f"{PARAS}<p><em>{note}</em></p>")).body == THREE


def test_a_programme_named_for_its_slot_is_no_writer() -> None:
    assert split_byline("حوار الأسبوع") == []
    assert split_byline("لقاء اليوم") == []


def test_joomlas_shortened_syriac_months() -> None:
    from arabnews_extract.dates import scan_dates

    ref = dt.datetime(2024, 11, 6, tzinfo=dt.timezone.utc)
    found = scan_dates("الثلاثاء, 05 تشرين2/نوفمبر 2024 10:12", reference_time=ref)
    assert [m.timestamp.datetime for m in found] == [dt.datetime(2024, 11, 5, 10, 12)]


def test_a_search_form_the_text_points_to_stays_a_widget() -> None:
    intro = (
        "ويمكن للطلاب الاستعلام عن النتيجة عبر إدخال رقم الجلوس في الخانة المخصصة من خلال"
        " الرابط التالي:"
    )
    form = (
        "<div class='result-widget'><h4>استعلم عن نتيجتك الآن</h4><form><label>رقم الجلوس</label>"
        "<input name='seat'></form><p>الخدمة مجانية ولا تحتاج إلى تسجيل، ويمكنك أيضًا الاستعلام"
        " بالاسم الرباعي من هنا في أي وقت خلال اليوم.</p></div>"
    )
    body = extract(page(f"<div class='text'>{PARAS}<p>{intro}</p>{form}</div>")).body
    assert body == [*THREE, intro]


def test_any_short_line_under_the_documents_dated_close_signs_it() -> None:
    dated = "حرر في بغداد بتاريخ 14/9/2025"
    signature = "<p><strong>أ.د. كريم جاسم الربيعي</strong><br>وزير التربية</p>"
    after = "وكانت الوزارة قد أعلنت في وقت سابق نتائج الدور الثاني لطلبة السادس الإعدادي."
    html = page(f"<div class='text'>{PARAS}<p>{dated}</p>{signature}<p>{after}</p></div>")
    assert extract(html).body == [*THREE, dated, after]


def test_the_town_beside_the_writers_link_is_the_dateline() -> None:
    row = (
        "<div class='news-details__writer'><a href='/writer/noura-alqahtani'>نورة القحطاني</a>"
        " <span class='news-details__city'>الرياض</span></div>"
    )
    article = extract(page(f"{row}{PARAS}"))
    assert article.authors == ["نورة القحطاني"] and article.dateline == "الرياض"


def test_a_day_a_span_ends_on_is_no_stamp() -> None:
    summary = "فعاليات يومية حتى 25 رمضان.. وأسواق شعبية ومسابقات للأسر"
    html = page(f"<div class='field--name-field-summary'>{summary}</div><div>{PARAS}</div>")
    article = extract(html, reference_time=REF)
    assert article.body == [summary, *THREE] and article.published is None


def test_an_agencys_name_and_its_short_name_are_one_credit() -> None:
    assert read_credit_line("المصدر: وكالة الأنباء الليبية (وال)") == [Source(name="وال")]


def test_a_lead_reporting_an_agency_named_in_full_credits_it() -> None:
    found = lead_credit("قالت الوكالة الموريتانية للأنباء إن وزارة الصيد قررت تعليق الرخص")
    assert found == Source(name="الوكالة الموريتانية للأنباء")


def test_the_place_and_writer_under_the_lead_picture_is_no_caption() -> None:
    html = page(
        "<div itemprop='articleBody'><p><img src='/a.jpg' width='800' height='500'></p>"
        f"<p><strong>نواكشوط: أحمدو ولد محمد الأمين</strong></p>{PARAS}</div>"
    )
    article = extract(html)
    assert article.authors == ["أحمدو ولد محمد الأمين"] and article.body == THREE


def test_outlets_a_story_is_adapted_or_translated_from() -> None:
    assert read_credit_line("بتصرف عن موقع «أكسيوس» الأمريكي وخدمة «بلومبرغ» الإخبارية") == [
        Source(name="أكسيوس"),
        Source(name="بلومبرغ"),
    ]
    byline = "<p class='byline'>ترجمة: هالة الشامي عن «نيويورك تايمز»</p>"
    article = extract(page(f"{byline}{PARAS}"))
    assert article.authors == ["هالة الشامي"]
    assert [s.name for s in article.sources] == ["نيويورك تايمز"]


def test_a_paragraph_that_reports_an_agency_has_no_place_before_its_credit() -> None:
    found = read_dateline("ونقلت وكالة أنباء الشرق الأوسط (أ ش أ) عن مصدر بالوزارة قوله إن")
    assert found is not None and found.place is None
    assert found.sources == [Source(name="أ ش أ", code="MENA")]


def test_a_gallerys_watch_label_is_no_text() -> None:
    gallery = (
        "<p>شاهد الصور</p><div class='slider'><img src='/a.jpg' width='800' height='500'></div>"
    )
    assert extract(page(f"<div class='text'>{PARAS}{gallery}</div>")).body == THREE


def test_a_video_cards_running_time_and_media_label_are_no_part_of_its_title() -> None:
    box = (
        "<div class='related-videos'><h2>فيديوهات ذات صلة</h2>"
        "<a href='/news/2024/11/27/247510'><em class='vcard__dur'>02:15</em>"
        "<span class='vcard__title'>بدء أعمال رصف محور المريوطية بعد توقف</span></a>"
        "<a href='/news/2024/11/20/246388'><span class='x1'>فيديو، </span>نازحون من الفاشر"
        " يروون رحلة الهروب إلى تشاد</a></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.com/news/1")
    assert [r.title for r in article.related] == [
        "بدء أعمال رصف محور المريوطية بعد توقف",
        "نازحون من الفاشر يروون رحلة الهروب إلى تشاد",
    ]


def test_a_more_label_alone_takes_the_link_on_the_next_line() -> None:
    more = "<p><strong>للمزيد:</strong></p><p><a href='/2024/08/05/gcc-grid/'>الربط الخليجي.."
    more += " شبكة أمان في صيف استثنائي</a></p>"
    html = page(
        f"<div class='entry'><p>{THREE[0]}</p>{more}<p>{THREE[1]}</p><p>{THREE[2]}</p></div>"
    )
    article = extract(html, url="https://www.example-news.com/2024/08/12/load/")
    assert article.body == THREE
    assert [r.title for r in article.related] == ["الربط الخليجي.. شبكة أمان في صيف استثنائي"]


def test_a_series_part_beside_its_label_is_no_writer() -> None:
    assert split_byline("حوار الأسبوع | الحلقة الثانية") == []


def test_a_timelines_years_are_its_subheadings() -> None:
    entries = (
        f"<h3 class='timeline-year'>2017</h3><ul><li>{THREE[0]}</li></ul>"
        f"<h3 class='timeline-year'>2018 - 2019</h3><ul><li>{THREE[1]}</li></ul>"
    )
    html = page(f"<div class='text'><p>{THREE[2]}</p>{entries}</div>")
    assert extract(html).body == [THREE[2], "2017", THREE[0], "2018 - 2019", THREE[1]]


def test_an_agencys_code_then_the_place_it_files_from() -> None:
    found = read_dateline("وطنية - صيدا - أعلنت مؤسسة مياه لبنان الجنوبي عن خطة جديدة")
    assert found == Dateline("صيدا", [Source(name="وطنية", code="NNA")], standalone=False)


def test_a_pinned_updates_badge_is_no_text() -> None:
    assert line_kind("مثبت") == "label"


def test_kunas_end_mark_with_its_time_code_closes_the_text() -> None:
    end = "<p>(النهاية) م ع ف / ع ه ش 121347 جمت مار 25</p>"
    assert extract(page(f"{PARAS}{end}")).body == THREE


def test_a_credit_label_in_the_byline_slot_is_no_writer() -> None:
    assert split_byline("المصدر:") == []


def test_wordpress_nested_categories_are_topic_pages() -> None:
    assert is_topic_page("https://www.example-sport.com/category/football/local-league/")
    assert not is_topic_page("https://www.example-sport.com/2025/04/17/local-league/")


def test_a_correspondents_label_over_the_name_in_its_own_field() -> None:
    fields = (
        "<div class='field-label'>مراسلنا في كيفة:</div>"
        "<div class='field-item'>محمد الأمين ولد سيدي</div>"
    )
    assert extract(page(f"<div class='node-meta'>{fields}</div>{PARAS}")).authors == [
        "محمد الأمين ولد سيدي"
    ]


def test_arcs_lead_art_caption_is_a_caption() -> None:
    assert kind_of_attrs("lead-art__caption") == "caption"


def test_a_press_releases_label_in_the_byline_slot_is_no_writer() -> None:
    assert split_byline("بيان صحفي") == []
    assert split_byline("بيان الحسن") == ["بيان الحسن"]  # a woman's name


def test_et_joins_two_latin_names_on_a_french_byline() -> None:
    assert split_byline("Par : Karim Ouali et Nassima Belhadj") == [
        "Karim Ouali",
        "Nassima Belhadj",
    ]


def test_wafas_initials_after_a_slash_close_its_copy() -> None:
    assert extract(page(f"{PARAS}<p>/ع.ف</p>")).body == THREE


def test_a_quoted_statements_signature_in_the_middle_of_the_story() -> None:
    html = page(
        f"<p>{THREE[0]}</p><p>«{THREE[1]}».</p>"
        "<p style='text-align:left'><strong>نقيب محرري الصحافة</strong><br>"
        "<strong>أنطوان شديد</strong></p>"
        f"{PARAS}"
    )
    assert extract(html).body == [THREE[0], f"«{THREE[1]}».", *THREE]


def test_a_cards_media_kind_before_a_latin_comma_is_no_title() -> None:
    items = "".join(
        f"<li><h3><a href='/articles/{n}'>{label}{title}</a></h3></li>"
        for n, (label, title) in enumerate(
            [
                ("", "موجة حر غير مسبوقة تضرب بلاد الشام"),
                ("<span>فيديو, </span>", "أزمة المياه تتفاقم في وادي الأردن"),
            ]
        )
    )
    html = page(f"{PARAS}<section><h2>المزيد حول هذه القصة</h2><ul>{items}</ul></section>")
    article = extract(html, url="https://www.example-news.com/articles/x")
    assert [r.title for r in article.related] == [
        "موجة حر غير مسبوقة تضرب بلاد الشام",
        "أزمة المياه تتفاقم في وادي الأردن",
    ]


def test_on_the_same_subject_heads_related_links() -> None:
    items = "".join(
        f"<div class='item'><a href='/ar/{n}'><p class='title'>{t}</p></a>"
        "<span>02/04/2024</span></div>"
        for n, t in enumerate(
            ["الجفاف في المغرب يهدد موسم الحبوب", "تونس تمدد نظام الحصص في توزيع المياه"]
        )
    )
    html = page(PARAS) + f"<section><h2>على نفس الموضوع</h2>{items}</section>"
    article = extract(html, url="https://www.example-news.com/ar/x")
    assert [r.title for r in article.related] == [
        "الجفاف في المغرب يهدد موسم الحبوب",
        "تونس تمدد نظام الحصص في توزيع المياه",
    ]


def test_a_journalists_title_in_the_levantine_spelling_is_no_writer() -> None:
    box = (
        "<div class='author'><a class='author-name' href='/author/hala'>هالة بن عمر</a>"
        "<span class='author-title'>صحافية</span></div>"
    )
    assert extract(page(f"{box}{PARAS}")).authors == ["هالة بن عمر"]


def test_an_editor_of_three_initials_before_the_agencies() -> None:
    article = extract(page(f"{PARAS}<p>س.ح/ع.ج.م (د ب أ، أ ف ب، رويترز)</p>"))
    assert article.body == THREE
    assert sorted(s.code or "" for s in article.sources) == ["AFP", "DPA", "REUTERS"]


def test_a_broadcasters_hidden_time_label_is_no_writer() -> None:
    meta = (
        "<div class='css-meta' data-testid='byline'><ul class='meta'><li>"
        "<span class='css-vh'>التوقيت، </span>"
        "<time datetime='2024-05-21'>21 مايو/ أيار 2024</time></li></ul></div>"
    )
    assert extract(page(f"{meta}{PARAS}"), reference_time=REF).authors == []


def test_an_outlets_country_after_its_name_is_no_part_of_it() -> None:
    assert read_credit_line("عن صحيفة الغارديان البريطانية") == [Source(name="الغارديان")]
    assert read_credit_line("المصدر: صحيفة ماركا الإسبانية") == [Source(name="ماركا")]


def test_a_credit_line_in_brackets() -> None:
    assert read_credit_line("(نقلاً عن وكالة الأنباء القطرية «قنا»)") == [
        Source(name="وكالة الأنباء القطرية", code="QNA")
    ]


def test_a_paragraph_opening_with_an_agency_named_in_full_credits_it() -> None:
    report = "ونقلت وكالة الأنباء العمانية عن مصدر في الوزارة أن القرار سيصدر خلال الساعات المقبلة."
    article = extract(page(f"<p>{THREE[0]}</p><p>{report}</p><p>{THREE[1]}</p>"))
    assert [s.code for s in article.sources] == ["ONA"]


def test_a_shown_microdata_description_under_the_headline_is_the_standfirst() -> None:
    dek = "صفقة محتملة تتجاوز قيمتها مليار يورو وسط منافسة"
    html = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<div class='story__kicker'>حصري</div><h1>صندوق سيادي يدرس شراء حصة في مشغل موانئ</h1>"
        f"<p class='story__dek' itemprop='description'>{dek}</p>"
        "<div class='story__meta'><span class='byline'>خالد العتيبي</span></div>"
        "<figure><img src='/a.jpg' width='800' height='450'>"
        "<figcaption>رافعات حاويات في الميناء (رويترز)</figcaption></figure>"
        "<div class='share-rail'><button>X</button><button>واتساب</button></div>"
        f"<div class='story__body'>{PARAS}</div>"
        "</article></body></html>"
    )
    assert extract(html).body == [dek, *THREE]


def test_the_next_story_loaded_under_this_one_is_no_text() -> None:
    following = (
        "<div class='nextArticle'><span>المقال التالي</span><h2><a href='/story/2'>"
        f"محافظ كفر الشيخ يتابع أعمال رفع مياه الأمطار</a></h2><p>{PARA} أخرى</p></div>"
    )
    assert extract(page(f"{PARAS}{following}")).body == THREE


def test_a_box_hidden_from_screen_readers_is_no_text_and_names_no_writer() -> None:
    quote = (
        "<div class='c-quote-box' aria-hidden='true'><span class='c-quote-box__text'>"
        "«لا نريد مرفأً جديداً يمحو ذاكرة الانفجار»</span>"
        "<span class='c-quote-box__author'>جاد صعب</span></div>"
    )
    article = extract(page(f"<p>{THREE[0]}</p>{quote}<p>{THREE[1]}</p><p>{THREE[2]}</p>"))
    assert article.body == THREE
    assert article.authors == []


def test_a_subheading_about_something_is_no_credit_line() -> None:
    assert read_credit_line("عن المرفأ والصوامع") is None
    article = extract(page(f"<p>{THREE[0]}</p><h3>عن المرفأ والصوامع</h3><p>{THREE[1]}</p>"))
    assert article.body == [THREE[0], "عن المرفأ والصوامع", THREE[1]]


def test_a_story_filed_from_two_cities_credits_neither() -> None:
    for text in ("عدن - صنعاء - خاص: تشهد المدينتان أزمة", "عدن - صنعاء - تشهد المدينتان أزمة"):
        found = read_dateline(text)
        assert found is not None and (found.place, found.sources) == ("عدن - صنعاء", [])
    qna = read_dateline("الدوحة - قنا: أعلنت الوزارة")  # Qena is a town, QNA an agency
    assert qna is not None and [s.code for s in qna.sources] == ["QNA"]


def test_a_podcast_series_page_is_no_article() -> None:
    ld = (
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org",'
        '"@type":"PodcastSeries","name":"في العمق"}</script>'
    )
    with pytest.raises(NotAnArticleError):
        extract(page(PARAS, head=ld))


def test_an_agency_marked_by_its_code_inside_a_sentence_credits_it() -> None:
    said = "وقالت الوزارة في بيان نقلته وكالة الأنباء الكويتية (كونا) إن الفرق باشرت العمل."
    article = extract(page(f"<p>{THREE[0]}</p><p>{said}</p><p>{THREE[1]}</p>"))
    assert [s.code for s in article.sources] == ["KUNA"]
    quoted = f"{THREE[0]} بحسب ما ذكرته وكالة أنباء الإمارات «وام»."
    assert [s.code for s in extract(page(f"<p>{quoted}</p>{PARAS}")).sources] == ["WAM"]
    # named in passing, without its code: no credit
    passing = "وأضاف الوزير، في تصريحات نقلتها وكالة أنباء الشرق الأوسط، أن العمل مستمر."
    assert extract(page(f"<p>{THREE[0]}</p><p>{passing}</p><p>{THREE[1]}</p>")).sources == []


def test_an_agency_credited_beside_the_writers_takes_its_and() -> None:
    assert split_byline("كتب- نورهان محمد ومحمد نصار و(أ ش أ):") == ["نورهان محمد", "محمد نصار"]


def test_a_writers_box_after_the_standfirst() -> None:
    summary = (
        "<div class='news-summary'>الهيئة تبدأ تجارب تشغيل القطارات دون ركاب على المرحلة "
        "الأولى.</div>"
    )
    writers = (
        "<div class='writers'><span>كتب - </span><a href='/w/1'>محمد الشرقاوي</a> و"
        "<a href='/w/2'>آية حسن</a></div>"
    )
    article = extract(page(f"{summary}{writers}{PARAS}"))
    assert article.authors == ["محمد الشرقاوي", "آية حسن"]


def test_a_timeline_in_a_box_of_its_own_is_a_fact_box_not_text() -> None:
    box = (
        "<div class='mr-timeline'><h4>تسلسل زمني: مدارس الإيواء تحت النار</h4><ul>"
        "<li>1 أغسطس: غارة على مدرسة في حي الشجاعية.</li>"
        "<li>3 أغسطس: قصف مدرستين غرب مدينة غزة.</li></ul></div>"
    )
    assert extract(page(f"{PARAS}{box}<p>{PARA} رابعة</p>")).body == [*THREE, f"{PARA} رابعة"]
    # the same heading over a list in the text's own flow is a subheading of the text
    flow = "<h3>تسلسل زمني</h3><ul><li>1 أغسطس: غارة على مدرسة في حي الشجاعية.</li></ul>"
    assert extract(page(f"{PARAS}{flow}")).body == [
        *THREE,
        "تسلسل زمني",
        "1 أغسطس: غارة على مدرسة في حي الشجاعية.",
    ]


def test_a_place_and_an_en_dash_before_the_writers_name() -> None:
    assert split_byline("عدن – وضاح الشرعبي") == ["وضاح الشرعبي"]


def test_an_office_signs_a_quoted_statement() -> None:
    statement = (
        f"<div class='un-statement'>«{THREE[1]}»<br><br>«{THREE[2]}»"
        "<div class='statement-sign'>مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن"
        "</div></div>"
    )
    article = extract(page(f"<p>{THREE[0]}</p>{statement}{PARAS}"))
    assert "مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن" not in article.body


def test_a_page_titled_only_by_its_cms_shows_its_headline_over_the_text() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>الواحة نت :: تفاصيل الخبر</title></head>"
        "<body><table><tr><td>الرئيسية | محليات | اقتصاد | رياضة | منوعات</td></tr>"
        "<tr><td>الرئيسية &gt; اقتصاد &gt; تفاصيل الخبر</td></tr>"
        "<tr><td><font size='4'><b>قطر توقع عقدا لتوسعة ميناء الرويس</b></font></td></tr>"
        "<tr><td><b>كتب: عادل سالم الهاجري</b></td></tr>"
        "<tr><td>التاريخ: الأحد 18/11/2007 - 10:45 ص</td></tr>"
        "<tr><td>طباعة أرسل لصديق حجم الخط: + -</td></tr>"
        f"<tr><td>{PARA}<br><br>{PARA} ثانية</td></tr></table></body></html>"
    )
    assert extract(html).title == "قطر توقع عقدا لتوسعة ميناء الرويس"


def test_a_short_title_tag_does_not_cut_the_headline_shown() -> None:
    html = (
        "<html><head><meta charset='utf-8'>"
        "<title>المنارة - محليات - بلدية بيروت تقر خطة لتأهيل الواجهة البحرية</title></head>"
        "<body><p><b>محليات</b><br><b>بلدية بيروت تقر خطة لتأهيل الواجهة البحرية في عين "
        f"المريسة</b></p><p>كتبت ريما حداد</p>{PARAS}</body></html>"
    )
    assert extract(html).title == "بلدية بيروت تقر خطة لتأهيل الواجهة البحرية في عين المريسة"


def test_yesterday_in_a_short_caption_does_not_date_the_page() -> None:
    caption = "<p class='photo-note'>كورنيش عين المريسة كما بدا أمس</p>"
    article = extract(page(f"{caption}{PARAS}"), reference_time=REF)
    assert article.published is None


def test_a_forums_copied_mark_closes_the_text() -> None:
    assert extract(page(f"{PARAS}<p>منقول</p>")).body == THREE


def test_a_tables_source_line_credits_the_table_not_the_story() -> None:
    table = (
        "<div class='DataTable_wrap'><table><tr><th>المصفاة</th><th>الطاقة</th></tr>"
        "<tr><td>الزور</td><td>615</td></tr></table>"
        "<span class='DataTable_source'>المصدر: مؤسسة البترول الكويتية</span></div>"
    )
    article = extract(page(f"{PARAS}{table}"))
    assert article.sources == []
    assert article.body == THREE


def test_a_beat_before_the_bar_and_the_byline_is_no_writer() -> None:
    row = (
        "<div class='ArticleByline_byline'><span class='ArticleByline_beat'>نفط وطاقة</span>"
        "<span class='ArticleByline_sep'>|</span>"
        "<span class='ArticleByline_writer'>كتب ناصر الخالدي</span></div>"
    )
    assert extract(page(f"{row}{PARAS}")).authors == ["ناصر الخالدي"]


def test_kunas_time_code_alone_closes_its_copy() -> None:
    assert extract(page(f"{PARAS}<p>(النهاية)</p><p>كونا111742 جمت يون 24</p>")).body == THREE


def test_an_updates_badge_alone_is_no_text_but_a_subheading_opening_so_is() -> None:
    update = (
        f"<div class='news-update'><span class='update-badge'>تحديث</span><p>{PARA} محدث</p></div>"
    )
    assert extract(page(f"{PARAS}{update}")).body == [*THREE, f"{PARA} محدث"]
    heading = f"<h3>تحديث الرافعات</h3><p>{PARA} رابعة</p>"
    assert "تحديث الرافعات" in extract(page(f"{PARAS}{heading}")).body


def test_a_fields_label_over_the_answer_is_the_texts() -> None:
    fields = (
        "<div class='field-question'><div class='field-label'>السؤال:</div>"
        f"<div class='field-items'><p>{THREE[0]}</p></div></div>"
        "<div class='field-body'><div class='field-label'>الجواب:</div>"
        f"<div class='field-items'><div class='field-item'><p>{THREE[1]}</p><p>{THREE[2]}</p>"
        "</div></div></div>"
    )
    body = extract(page(fields)).body
    assert body == ["السؤال:", THREE[0], "الجواب:", THREE[1], THREE[2]]


def test_a_fatwas_mufti_field_names_its_writer() -> None:
    fields = (
        "<div class='field-mufti'><div class='field-label'>المفتي:</div>"
        "<div class='field-items'><a href='/mufti/7'>د. عبد الرحمن فوزي</a></div></div>"
    )
    assert extract(page(f"{fields}{PARAS}")).authors == ["د. عبد الرحمن فوزي"]


def test_an_agency_linked_as_the_writer_is_a_source() -> None:
    row = "<div class='jeg_meta_author'><span>بواسطة</span> <a href='/author/spa/'>واس</a></div>"
    article = extract(page(f"{row}{PARAS}"), url="https://www.example-news.com/a/1")
    assert article.authors == []
    assert [s.code for s in article.sources] == ["SPA"]


def test_a_related_headline_about_a_day_is_no_date_line() -> None:
    cards = "".join(
        f"<li><a href='/local/2024/07/0{n}/x{n}'>{t}</a></li>"
        for n, t in enumerate(
            ["تقويم أم القرى: الأحد غرة المحرم 1446 هـ", "خطيب الحرم يدعو إلى محاسبة النفس"], 1
        )
    )
    html = page(f"{PARAS}<div class='related'><h3>مقالات ذات صلة</h3><ul>{cards}</ul></div>")
    titles = [r.title for r in extract(html, url="https://www.example-news.com/a").related]
    assert titles == [
        "تقويم أم القرى: الأحد غرة المحرم 1446 هـ",
        "خطيب الحرم يدعو إلى محاسبة النفس",
    ]


def test_cards_each_closed_by_read_more_on_a_plain_page_are_a_list() -> None:
    cards = "".join(
        f"<div class='catItemView'><h3><a href='/fatwa/{n}'>فتوى رقم {n} في الصيام</a></h3>"
        f"<span class='catItemDateCreated'>الأحد {n} مارس 2024</span>"
        "<span class='catItemAuthor'>كتب: أحمد الشريف</span>"
        + "".join(f"<p>{PARA} {n} {m}</p>" for m in range(5))
        + f"<a class='readmore' href='/fatwa/{n}'>اقرأ المزيد</a></div>"
        for n in range(1, 5)
    )
    html = (
        "<html><head><meta charset='utf-8'><meta property='og:type' content='website'>"
        f"</head><body><h1>فتاوى الصيام</h1>{cards}</body></html>"
    )
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_a_match_centre_is_no_article_but_a_report_of_the_match_is() -> None:
    ld = (
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org",'
        '"@type":"SportsEvent","name":"الوداد - الرجاء"}</script>'
    )
    LONG = "".join(f"<p>{PARA} {n}</p>" for n in range(8))
    marks = (
        "<p class='byline'>كتب: سامي الحداد</p><time datetime='2024-03-07T10:00'>7 مارس 2024</time>"
    )
    with pytest.raises(NotAnArticleError):
        extract(page(f"{marks}{LONG}", head=f"<meta property='og:type' content='website'>{ld}"))
    report = extract(
        page(f"{marks}{LONG}", head=f"<meta property='og:type' content='article'>{ld}")
    )
    assert len(report.body) == 8


def test_a_sentence_in_a_box_under_the_headline_is_the_standfirst() -> None:
    brief = f"<div class='news-brief'>{PARA}</div>"
    info = "<div class='news-info'><span class='news-source'>الرياض - واس</span></div>"
    html = page(f"{brief}{info}<figure><img src='/a.jpg' width='800' height='500'></figure>{PARAS}")
    assert extract(html).body[0] == PARA


def test_a_sources_heading_over_cited_studies_ends_the_text() -> None:
    refs = "<h4>المصادر</h4><ol><li>Yang YX, et al. JAMA. 2006;296(24):2947.</li></ol>"
    assert extract(page(f"{PARAS}{refs}")).body == THREE


def test_signatures_by_title_and_office_close_a_quoted_statement() -> None:
    quote = (
        f"<blockquote><p>«{THREE[1]}»</p><cite>د. إيلينا موراليس<br>"
        "ممثلة منظمة الصحة العالمية في السودان</cite></blockquote>"
    )
    body = extract(page(f"<p>{THREE[0]}</p>{quote}<p>{THREE[2]}</p>{PARAS}")).body
    assert not any("موراليس" in line for line in body)
    behalf = f"<p>«{THREE[1]}»</p><p>عن المدير العام كريم الحداوي</p>"
    body = extract(page(f"<p>{THREE[0]}</p>{behalf}{PARAS}")).body
    assert "عن المدير العام كريم الحداوي" not in body


def test_a_rulings_closing_line_is_signed_under_it() -> None:
    verdict = (
        f"<blockquote><p>{THREE[1]}</p>"
        "<p>صدر هذا الحكم وتُلي علنًا بجلسة يوم السبت 21 ديسمبر 2024م.</p>"
        "<div class='verdictSign'><p>سكرتير المحكمة<br>أشرف عبد الرازق</p>"
        "<p>رئيس المحكمة<br>المستشار/ حسام الدين فكري</p></div></blockquote>"
    )
    body = extract(page(f"<p>{THREE[0]}</p>{verdict}{PARAS}")).body
    assert "سكرتير المحكمة أشرف عبد الرازق" not in body
    assert "رئيس المحكمة المستشار/ حسام الدين فكري" not in body


def test_a_sentence_introducing_a_statement_is_the_texts() -> None:
    body = extract(page(f"<p>{THREE[0]}</p><p>وفيما يلي نص البيان:</p><p>{THREE[1]}</p>")).body
    assert body == [THREE[0], "وفيما يلي نص البيان:", THREE[1]]


@pytest.mark.parametrize(
    "headline", ["الموقع قيد الصيانة", "خطأ في الخادم", "صدى الخليج يحترم خصوصيتك"]
)
def test_a_maintenance_error_or_consent_page_is_no_article(headline: str) -> None:
    html = page(PARAS).replace("عنوان الخبر الرئيسي في الصفحة اليوم", headline)
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_a_reviews_closing_disclosure_is_no_text() -> None:
    note = "<p>إفصاح: حصلنا على الهاتف على سبيل الإعارة من الشركة المصنّعة.</p>"
    assert extract(page(f"{PARAS}{note}")).body == THREE


def test_a_subscribers_locker_box_is_no_text() -> None:
    locker = (
        "<div class='tds-locker-wrap'><div class='tds-locker-title'>أنت تقرأ مقالا حصريا لمشتركي"
        " الموقع</div><ul><li>قراءة بلا إعلانات على الموقع والتطبيق</li></ul></div>"
    )
    assert (
        extract(page(f"<p>{THREE[0]}</p>{locker}<p>{THREE[1]}</p><p>{THREE[2]}</p>")).body == THREE
    )


def test_a_kicker_over_the_headline_is_no_byline() -> None:
    html = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        "<div class='node__kicker'>مراجعة تطبيق</div>"
        "<h1>تطبيق جديد لتدوين الملاحظات بالذكاء الاصطناعي</h1>"
        f"<div class='byline'>إعداد: منى الشريف</div>{PARAS}</article></body></html>"
    )
    assert extract(html).authors == ["منى الشريف"]


def test_et_and_und_join_writers_in_either_script() -> None:
    assert split_byline("سليم العمراني et Claire Dubois") == ["سليم العمراني", "Claire Dubois"]
    assert split_byline("Jonas Keller und مها الدرويش") == ["Jonas Keller", "مها الدرويش"]


def test_our_reporter_in_a_town_then_the_name() -> None:
    assert split_byline("كتب مراسلنا في الفيوم: محمود عبد الستار") == ["محمود عبد الستار"]


def test_a_list_of_villages_under_the_lead_is_the_texts() -> None:
    villages = "<ul><li>قرية قصر الباسل وتوابعها.</li><li>قرية الغرق بحري.</li></ul>"
    body = extract(page(f"<p>{THREE[0]}</p>{villages}<p>{THREE[1]}</p>")).body
    assert body == [THREE[0], "قرية قصر الباسل وتوابعها.", "قرية الغرق بحري.", THREE[1]]


def test_a_datelines_country_after_the_city_is_not_the_place() -> None:
    text = f"ييوو، الصين (شينخوا) - {PARA}"
    article = extract(page(f"<p>{text}</p>{PARAS}"))
    assert article.dateline == "ييوو"


def test_where_a_piece_ran_first_closing_it_is_no_text() -> None:
    note = "<p>* نُشر هذا المقال في عمود «على الهامش» بصحيفة الضفاف الأسبوعية، عدد الأحد.</p>"
    assert extract(page(f"{PARAS}{note}")).body == THREE


def test_a_guest_posts_note_over_the_text_is_no_text() -> None:
    note = "<p><em>تدوينة ضيف: تُنشر هذه التدوينة ضمن سلسلة «عيون من الخارج».</em></p>"
    assert extract(page(f"{note}{PARAS}")).body == THREE


def test_report_and_photos_by_one_writer() -> None:
    assert split_byline("تقرير وتصوير: محمد الأمين ولد أحمدو") == ["محمد الأمين ولد أحمدو"]


def test_a_galleries_credit_line_is_no_text() -> None:
    assert extract(page(f"{PARAS}<p>الصور: محمد ناصر – خاص الوادي نيوز</p>")).body == THREE


def test_a_writers_join_date_is_not_the_articles() -> None:
    box = (
        "<div class='itemAuthorBlock'><ul class='itemAuthorMeta'><li>كاتب في الموقع منذ: "
        "<time datetime='2019-01-14T09:00:00+02:00'>الإثنين، 14 كانون الثاني 2019</time>"
        "</li></ul></div>"
    )
    shown = "<div class='itemDateCreated'>الخميس، 26 أيلول 2024 07:30</div>"
    fetched = dt.datetime(2024, 9, 27, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    article = extract(page(f"{shown}{PARAS}{box}"), reference_time=fetched)
    assert article.published is not None
    assert article.published.datetime.date() == dt.date(2024, 9, 26)


def test_a_copyright_plea_closing_the_text_is_no_text() -> None:
    plea = "<p>نرجو عدم نسخ المحتوى دون ذكر المصدر، حفاظاً على حقوق الملكية الفكرية.</p>"
    assert extract(page(f"{PARAS}{plea}")).body == THREE


def test_an_ambassador_signs_a_ministrys_statement() -> None:
    sign = "<p>السفير مجدي عوض الكريم أحمد الناطق الرسمي باسم وزارة الخارجية</p>"
    assert extract(page(f"{PARAS}{sign}")).body == THREE


def test_each_item_of_a_digest_credits_its_own_agency() -> None:
    items = (
        f"<p>{THREE[0]}</p><h3>1- الأسواق</h3><p>لندن (رويترز) - {THREE[1]}</p>"
        f"<h3>2- الطقس</h3><p>الرياض (واس) - {THREE[2]}</p>"
    )
    article = extract(page(items))
    assert sorted(s.code or "" for s in article.sources) == ["REUTERS", "SPA"]


def test_a_relative_date_reads_in_the_portals_zone_whatever_zone_now_is_given_in() -> None:
    from arabnews_extract.dates import scan_dates

    local = dt.datetime(2024, 3, 25, 5, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    utc = local.astimezone(dt.timezone.utc)  # a WARC-Date
    (a,) = scan_dates("منذ 3 ساعات", reference_time=local, default_tz="Asia/Riyadh")
    (b,) = scan_dates("منذ 3 ساعات", reference_time=utc, default_tz="Asia/Riyadh")
    assert a.timestamp == b.timestamp
    assert b.timestamp.hijri == "1445-09-15"  # 02:30 on 25 March in Riyadh


def test_a_byline_under_an_unmarked_standfirst_is_read() -> None:
    # the standfirst is the text's first line; the byline box comes after it, then the text
    stand = "<p>تتغير خريطة إنتاج القمح في العالم بوتيرة أسرع مما تتوقعه الحكومات والأسواق معاً.</p>"
    byline = (
        "<div class='c-article__byline'><span class='role'>بقلم:</span> <a href='/author/mw'>"
        "مارك ويلسون</a> | <span class='role'>ترجمة:</span> <a href='/author/rc'>رنا شمعون</a>"
        "</div><div class='c-article__date'>الثلاثاء 12 آذار 2024</div>"
        "<figure><img src='/w.jpg' width='800'><figcaption>حصاد القمح (أرشيف)</figcaption></figure>"
    )
    article = extract(page(f"{stand}{byline}<div class='c-article__body'>{PARAS}</div>"))
    assert article.authors == ["مارك ويلسون", "رنا شمعون"]


def test_a_dek_is_the_standfirst() -> None:
    assert kind_of_attrs("c-article__dek") == "lead"


def test_a_wire_envoys_role_under_the_name_is_no_writer() -> None:
    card = (
        "<div class='meta-author'><a href='/auteur/mourad-bouzid'>مراد بوزيد</a>"
        "<span class='author-role'>مبعوث «شمس» إلى ملعب براقي</span></div>"
    )
    assert extract(page(f"{card}{PARAS}")).authors == ["مراد بوزيد"]


def test_an_algerian_wilaya_seat_opens_a_dateline() -> None:
    found = read_dateline("الطارف - تم يوم الأحد التوقيع على اتفاقية لإنجاز محطة جديدة.")
    assert found is not None and found.place == "الطارف"


def test_a_camelcase_kicker_inside_a_related_link_is_no_part_of_its_title() -> None:
    box = (
        "<div class='relatedBox'><h4>مقالات ذات صلة</h4><ul>"
        "<li><a href='/mujtama3/87990'><span class='relKicker'>مجتمع</span> "
        "باب التبانة بعد الانهيار: عائلات تنام في العراء</a></li>"
        "<li><a href='/ra2i/85102'><span class='relKicker'>رأي</span> "
        "عن المدن التي تُدار من بعيد في هذا البلد</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.com.lb/a/1")
    assert [r.title for r in article.related] == [
        "باب التبانة بعد الانهيار: عائلات تنام في العراء",
        "عن المدن التي تُدار من بعيد في هذا البلد",
    ]


def test_a_related_heading_that_is_a_link_still_heads_its_cards() -> None:
    def card(slug: str, section: str, title: str) -> str:
        return (
            f"<div class='td-related-span4'><div class='thumb'><a href='/{slug}/' "
            f"title='{title}'><img src='/{slug}.jpg' alt=''></a>"
            f"<a href='/category/{section}/' class='td-post-category'>{section}</a></div>"
            f"<h3 class='entry-title'><a href='/{slug}/'>{title}</a></h3></div>"
        )

    box = (
        "<div class='td_block_related_posts'><h4 class='td-related-title'>"
        "<a href='#' class='td-related-left'>مواضيع ذات صلة</a></h4><div class='td-related-row'>"
        + card("beit-beirut", "culture", "بيت بيروت يفتح أرشيفه المصوّر للمرة الأولى")
        + card("gemmayzeh", "society", "الجمّيزة ومار مخايل: ترميم الحجر ونسيان البشر")
        + card("book-fair", "culture", "معرض الكتاب العربي في بيروت يعود بعد غياب")
        + "</div></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.com.lb/a/1")
    assert [r.url.rsplit("/", 2)[-2] for r in article.related] == [
        "beit-beirut",
        "gemmayzeh",
        "book-fair",
    ]


def test_onas_slashed_credit_then_the_editors_initials_closes_the_text() -> None:
    assert read_credit_line("/العُمانية/ ع خ") == [Source(name="العمانيه", code="ONA")]
    article = extract(page(f"{PARAS}<p>/العُمانية/<br>ع خ</p>"))
    assert article.body == THREE
    assert [s.code for s in article.sources] == ["ONA"]


def test_a_decree_signed_under_its_hijri_and_gregorian_days() -> None:
    closing = (
        "<p>صدر في: 29 من شعبان سنة 1445هـ</p><p>الموافق: 10 من مارس سنة 2024م</p>"
        "<p><strong>هيثم بن طارق</strong><br><strong>سلطان عُمان</strong></p>"
    )
    body = extract(page(f"{PARAS}{closing}")).body
    assert body[-1] == "الموافق: 10 من مارس سنة 2024م"


@pytest.mark.parametrize(
    ("latin", "arabic", "same"),
    [
        ("Ahmed Samir", "أحمد سمير", True),
        ("Nader El-Khatib", "نادر الخطيب", True),
        ("Djamel Belkacem", "جمال بلقاسم", True),
        ("Claire Dubois", "سليم العمراني", False),
        ("Hannah Morley", "نادر الخطيب", False),
    ],
)
def test_a_latin_name_transliterates_an_arabic_one_when_their_initials_agree(
    latin: str, arabic: str, same: bool
) -> None:
    from arabnews_extract.extractors.byline import transliterates

    assert transliterates(latin, arabic) is same


def test_a_foreign_co_writer_beside_an_arabic_one_is_kept() -> None:
    byline = (
        "<div class='jeg_meta_author'><span>Par | بقلم</span> <a href='/author/salim/'>"
        "سليم العمراني</a> <span>et</span> <a href='/author/claire/'>Claire Dubois</a></div>"
    )
    assert extract(page(f"{byline}{PARAS}")).authors == ["سليم العمراني", "Claire Dubois"]
    twice = "<div class='byline'>كتب: أحمد سمير | Ahmed Samir</div>"
    assert extract(page(f"{twice}{PARAS}")).authors == ["أحمد سمير"]


def test_a_bilingual_translator_credit_names_the_translator() -> None:
    assert split_byline("ترجمة | Translated by: نادر الخطيب") == ["نادر الخطيب"]


def test_stories_each_dated_under_a_linked_headline_make_a_section_page() -> None:
    items = "".join(
        f"<tr><td><a href='/news/{n}'><b>خبر محلي رقم {n} عن مشروع المياه</b></a></td></tr>"
        f"<tr><td>تاريخ النشر : 2009/10/1{n} {PARA}</td></tr>"
        for n in range(1, 5)
    )
    with pytest.raises(NotAnArticleError):
        extract(page(f"<table>{items}</table>"))


def test_a_hadramawt_town_opens_a_dateline() -> None:
    found = read_dateline("الشحر – «صوت الوادي»: تشكو أحياء المدينة من انقطاع المياه منذ أسابيع.")
    assert found is not None and found.place == "الشحر"


def test_the_portals_name_before_two_dots_is_no_part_of_the_title() -> None:
    head = "<title>كردفان تايمز .. وزارة الزراعة تعلن السيطرة على أسراب الجراد</title>"
    html = (
        f"<html lang='ar'><head><meta charset='utf-8'>{head}"
        "<meta property='og:site_name' content='كردفان تايمز'></head><body>"
        f"<table><tr><td><font size='5'><b>وزارة الزراعة تعلن السيطرة على أسراب الجراد</b>"
        f"</font></td></tr><tr><td>{PARAS}</td></tr></table></body></html>"
    )
    assert extract(html).title == "وزارة الزراعة تعلن السيطرة على أسراب الجراد"


SITE_MURSAL = "<meta property='og:site_name' content='مرسال'>"


def test_an_agency_marked_in_the_text_is_credited_past_the_portals_own_dateline() -> None:
    first = f"الرياض - «مرسال»: {THREE[0]}"
    marked = "وصدر بيان عن الديوان الملكي نقلته وكالة الأنباء السعودية (واس)، رفع فيه التهنئة."
    html = page(f"<p>{first}</p><p>{marked}</p><p>{THREE[1]}</p>", head=SITE_MURSAL)
    assert [s.code for s in extract(html).sources] == ["SPA"]


def test_each_paragraph_credits_the_agency_it_reports() -> None:
    reported = "أفادت الوكالة الوطنية للإعلام بأن مسيّرة استهدفت سيارة على طريق في الجنوب."
    marked = "وأعلنت الوزارة تعليق الدراسة، بحسب ما نقلته وكالة الأنباء الليبية (وال)."
    html = page(f"<p>{THREE[0]}</p><p>{reported}</p><p>{marked}</p><p>{THREE[1]}</p>")
    assert sorted(s.code or s.name for s in extract(html).sources) == ["NNA", "وال"]


def test_a_breaking_modifier_on_a_css_module_entry_is_no_ticker() -> None:
    assert kind_of_attrs("LiveEntry_entry__p8XyT LiveEntry_breaking__sA3Xe") is None
    assert kind_of_attrs("Ticker_breaking__sA3Xe") == "widget"
    assert kind_of_attrs("ArticleBody_paragraph__Lq2Zr ArticleBody_follow__m8Yk1") is not None


def test_a_live_pages_entry_bylines_are_no_text_and_no_dateline() -> None:
    byline = "<div class='byline'>تغطية مباشرة: رنا الحياري - خالد البطاينة - ليث العمري</div>"
    entries = (
        f"<div>رنا الحياري - عمّان</div><p>{THREE[0]}</p>"
        f"<div>مراسلنا في إربد: خالد البطاينة</div><p>{THREE[1]}</p>"
        f"<div>منذ 25 دقيقة ليث العمري - الكرك</div><p>{THREE[2]}</p>"
    )
    article = extract(page(f"{byline}{entries}"))
    assert article.authors == ["رنا الحياري", "خالد البطاينة", "ليث العمري"]
    assert article.body == THREE
    assert article.dateline is None


def test_a_running_storys_closing_note_is_no_text() -> None:
    assert line_kind("(الخبر قيد المتابعة، تابعونا للمزيد)") == "more"


def test_an_update_time_in_a_row_of_cells_is_read_on_the_publication_day() -> None:
    row = (
        "<div><span class='date'>الأحد 18 مايو 2025 - 10:15 صباحاً</span></div>"
        "<div>| آخر تحديث: 23:40 | عدد القراءات: 5321</div>"
    )
    article = extract(page(f"{row}{PARAS}"), reference_time=REF.replace(year=2025, month=5, day=19))
    assert article.modified is not None
    assert article.modified.datetime.replace(tzinfo=None) == dt.datetime(2025, 5, 18, 23, 40)


def test_a_tables_data_line_and_a_papers_citation_box_are_no_text() -> None:
    table = (
        "<div><table><tr><td>جامعة زايد</td><td>72.4</td></tr><tr><td>جامعة قطر</td>"
        "<td>70.1</td></tr></table><p>البيانات: مؤسسة المنارة لتقييم التعليم العالي</p></div>"
    )
    cite = "<p>للاستشهاد بهذه الورقة:</p><p>السليطي، خالد. «الربط الكهربائي». الدوحة، 2025.</p>"
    assert extract(page(f"{PARAS}{table}")).body == THREE
    assert extract(page(f"{PARAS}{cite}")).body == THREE


def test_a_translations_note_on_its_original_is_no_text() -> None:
    note = (
        "<p><em>نُشرت النسخة الإنجليزية من هذا التعليق على موقع المرصد في 12 نوفمبر 2024.</em></p>"
    )
    assert extract(page(f"{note}{PARAS}")).body == THREE


def test_a_summary_marked_under_the_date_lines_is_the_standfirst() -> None:
    dates = "<div class='date'>نشر في: الإثنين 4 مارس 2024 - 14:35</div>"
    summary = (
        "<div class='node__summary'>لجنة اليقظة الإقليمية تعبئ آليات التجهيز لفك العزلة عن "
        "الدواوير المتضررة</div>"
    )
    body = extract(
        page(f"{dates}{summary}<div class='body'>{PARAS}</div>"), reference_time=REF
    ).body
    assert body[0].startswith("لجنة اليقظة")


def test_a_flex_boxs_items_are_apart_however_the_markup_runs_them_together() -> None:
    meta = (
        "<div class='mt-4 flex items-center gap-2'><span class='flex gap-1'>الأحد 3 مارس "
        "2024 | 02:20 م</span><span>قراءة في 3 دقائق</span></div>"
    )
    article = extract(page(f"{meta}{PARAS}"), reference_time=REF)
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2024, 3, 3, 14, 20)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("حقوق النشر: بروجيكت سنديكيت، 2025", "بروجيكت سنديكيت"),
        ("* خدمة «نيويورك تايمز»", "نيويورك تايمز"),
    ],
)
def test_a_syndicated_pieces_rights_line_credits_its_outlet(line: str, name: str) -> None:
    assert read_credit_line(line) == [Source(name=name)]


def test_a_partners_note_credits_the_partner() -> None:
    note = "يُنشر هذا التقرير بالتعاون مع منصة «مرايا» للصحافة المستقلة، ضمن شراكة لتبادل المحتوى."
    assert first_published_in(note) == Source(name="مرايا")
    assert split_byline("تحقيق بالتعاون مع") == []
    assert split_byline("كتابة: رنا الحلبي") == ["رنا الحلبي"]


def test_a_place_a_writer_and_an_agency_alone_over_the_text() -> None:
    article = extract(page(f"<p>هطاي/ أمره كوتشاك/ الأناضول</p>{PARAS}"))
    assert article.authors == ["أمره كوتشاك"]
    assert article.dateline == "هطاي"
    assert [s.code for s in article.sources] == ["ANADOLU"]
    assert article.body == THREE


def test_the_portals_arabic_name_beside_the_title_when_its_metadata_name_is_latin() -> None:
    head = (
        "<title>عنوان الخبر الرئيسي في الصفحة اليوم | چيا نيوز</title>"
        "<meta property='og:site_name' content='Chya News'>"
    )
    first = f"أربيل (چيا نيوز) - {THREE[0]}"
    article = extract(page(f"<p>{first}</p><p>{THREE[1]}</p>", head=head))
    assert article.sources == []
    assert article.dateline == "أربيل"


def test_the_top_bars_today_gives_way_to_the_addresss_day() -> None:
    html = page(PARAS).replace(
        "<nav>", "<div class='top-bar'><span class='date'>الأربعاء 20 مارس 2024</span></div><nav>"
    )
    url = "https://www.example-news.ma/2024/03/15/barrages-31/"
    article = extract(html, url=url, reference_time=REF.replace(day=21))
    assert article.published is not None and article.published.source == "url"
    assert article.published.datetime.date() == dt.date(2024, 3, 15)


def test_a_sentence_opening_with_a_byline_word_is_no_byline() -> None:
    closing = "<p>مراجعة لأهم أحداث اليوم وقراءة في تداعياتها.</p>"
    assert extract(page(f"{PARAS}{closing}")).authors == []


def test_a_prompts_title_in_its_own_small_box_goes_with_it() -> None:
    box = (
        "<div class='box'><p>هل تصلك قصصنا؟</p>"
        "<p>اشترك في نشرة «زاوية» الأسبوعية لتصلك تحقيقاتنا.</p></div>"
    )
    html = page(f"<div class='body'><p>{THREE[0]}</p>{box}<p>{THREE[1]}</p></div>")
    assert extract(html).body == THREE[:2]


def test_the_columns_closing_note_on_its_writer_is_no_text() -> None:
    byline = "<div class='byline'>بقلم: ماركوس لينديمان</div>"
    note = (
        "<p><em>ماركوس لينديمان، كبير الاقتصاديين السابق في مؤتمر الأمم المتحدة للتجارة.</em></p>"
    )
    assert extract(page(f"{byline}{PARAS}{note}")).body == THREE


def test_a_city_and_its_state_open_a_dateline_crediting_no_one() -> None:
    found = read_dateline(f"فينيكس (أريزونا) - {PARA}")
    assert found is not None and found.place == "فينيكس" and found.sources == []


def test_a_press_releases_end_mark_blurb_and_contacts_are_no_text() -> None:
    tail = (
        "<p>-انتهى-</p><h4>نبذة عن بنك المرجان الوطني</h4>"
        f"<p>تأسس بنك المرجان الوطني عام 1971 كشركة مساهمة، {PARA}</p>"
        "<h4>للاستفسارات الإعلامية:</h4><p>إدارة الاتصال المؤسسي، هاتف 22223333</p>"
        "<p>المصدر: كونا</p>"
    )
    article = extract(page(f"{PARAS}{tail}"))
    assert article.body == THREE
    assert [s.code for s in article.sources] == ["KUNA"]


def test_a_releases_city_and_country_open_its_dateline() -> None:
    found = read_dateline("مسقط، سلطنة عُمان: أعلنت مجموعة الصقر للطاقة عن بدء التشغيل.")
    assert found is not None and found.place == "مسقط" and found.sources == []


@pytest.mark.parametrize(("text", "month"), [("12 أغشت 2025", 8), ("04 دجمبر 2025", 12)])
def test_mauritanian_month_names(text: str, month: int) -> None:
    from arabnews_extract.dates import scan_dates

    (found,) = scan_dates(text, reference_time=dt.datetime(2025, 12, 20))
    assert found.timestamp.datetime.month == month


def test_an_agency_reported_after_the_leads_dateline_is_credited() -> None:
    lead = f"الدار البيضاء – أفادت وكالة المغرب العربي للأنباء، اليوم الثلاثاء، بأن {PARA}"
    html = page(f"<p>{lead}</p><p>{THREE[1]}</p><p>{THREE[2]}</p>")
    assert [s.code for s in extract(html).sources] == ["MAP"]


def test_chained_initials_open_a_name() -> None:
    byline = "إعداد: د. سامر الحلبي، م. رنا يوسف وأ.د. عماد قاسم"
    assert split_byline(byline) == ["د. سامر الحلبي", "م. رنا يوسف", "أ.د. عماد قاسم"]


def test_a_cards_date_inside_its_link_is_no_part_of_the_title() -> None:
    box = (
        "<section class='related-box'><h3>مقالات ذات صلة</h3><ul>"
        "<li><a href='/opinion/1.97102'><span class='related-box__date'>8 أبريل 2024</span>"
        "<span class='related-box__headline'>التعليم المهني ليس خيارا ثانيا</span></a></li>"
        "<li><a href='/local/1.98115'><span class='related-box__date'>14 مايو 2024</span>"
        "<span class='related-box__headline'>تقرير سوق العمل في الربع الأول</span></a></li>"
        "</ul></section>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.ae/a/1")
    assert [r.title for r in article.related] == [
        "التعليم المهني ليس خيارا ثانيا",
        "تقرير سوق العمل في الربع الأول",
    ]


def test_a_writers_face_linked_to_the_writers_page_shows_the_metadata_writer() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": "ليث الزغبي"}}</script>'
    )
    chip = (
        "<div class='meta'><a href='/ar/authors/laith-zoghbi'>"
        "<img alt='ليث الزغبي' src='/a.webp'></a></div>"
    )
    assert extract(page(f"{chip}{PARAS}", head=head)).authors == ["ليث الزغبي"]


def test_a_signature_with_its_footnote_mark_over_the_writers_note() -> None:
    closing = "<p><strong>منذر الخمّاسي (*)</strong></p><p>(*) أستاذ جامعي وباحث في علم الاجتماع</p>"
    article = extract(page(f"{PARAS}{closing}"))
    assert article.authors == ["منذر الخمّاسي"]
    assert article.body == THREE


def test_a_bold_name_closing_a_column_signs_it_and_a_bold_slogan_does_not() -> None:
    text = f"{PARAS}<p>{PARA}</p>"
    signed = extract(page(f"{text}<p><strong>عبد الحميد بن صالح</strong></p>"))
    assert signed.authors == ["عبد الحميد بن صالح"]
    assert signed.body == [*THREE, PARA]
    slogan = extract(page(f"{text}<p><strong>عاشت نضالات الطبقة العاملة</strong></p>"))
    assert slogan.authors == []


def test_a_sentence_in_a_writers_card_is_no_name() -> None:
    assert split_byline("أخبار واردة من وكالة الأنباء العمانية.") == []


def test_an_update_note_in_the_passive_is_no_text() -> None:
    note = "<p>ملاحظة: حُدّث هذا الخبر الساعة 6:10 مساءً بإضافة تصريحات المدير.</p>"
    assert extract(page(f"{PARAS}{note}")).body == THREE


def test_yemeni_spellings_of_the_jumada_months() -> None:
    from arabnews_extract.dates import scan_dates

    (found,) = scan_dates(
        "12 جماد الأول 1447هـ - 08:40 مساءً", reference_time=dt.datetime(2025, 11, 9)
    )
    assert found.timestamp.datetime == dt.datetime(2025, 11, 3, 20, 40)


def test_three_headlines_each_with_its_sections_link_make_a_related_box() -> None:
    def item(n: int, title: str) -> str:
        return (
            f"<li><a href='/item/{n}-x'>{title}</a>"
            f"<div class='cat'><a href='/local-{n}'>في محليات</a></div></li>"
        )

    box = (
        "<div class='related'><h3>مواضيع ذات صلة</h3><ul>"
        + item(1, "وساطة قبلية تنهي نزاعاً على أرض زراعية في غيل باوزير")
        + item(2, "مشايخ حضرموت يطلقون مبادرة لإنهاء قضايا الثأر في الوادي")
        + item(3, "مقتل شخصين في تجدد نزاع قبلي بمديرية دوعن")
        + "</ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.ye/a/1")
    assert len(article.related) == 3


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("إعداد ومتابعة: عزيز الوردي ونادية بلحاج", ["عزيز الوردي", "نادية بلحاج"]),
        (
            "ساهم في التغطية: ليلى منصور من عمّان، وكريم داود من الزرقاء.",
            ["ليلى منصور", "كريم داود"],
        ),
    ],
)
def test_closing_credits_of_several_writers(line: str, names: list[str]) -> None:
    assert split_byline(line) == names


def test_an_editors_credit_after_the_writers_byline_is_no_writer() -> None:
    html = page(f"<p>كتب: حسام العبادي</p>{PARAS}<p class='wp-caption-text'>تحرير: منى الشريف</p>")
    assert extract(html).authors == ["حسام العبادي"]


def test_an_accordions_hidden_answers_and_their_questions_are_text() -> None:
    faq = (
        "<h2>أسئلة شائعة</h2><div><button type='button' aria-expanded='false' "
        "aria-controls='a1'>من يشمله القرار؟</button><div id='a1' role='region' "
        f"aria-labelledby='q1' hidden><p>{THREE[1]}</p></div></div>"
    )
    body = extract(page(f"<p>{THREE[0]}</p>{faq}<p>{THREE[2]}</p>")).body
    assert "من يشمله القرار؟" in body and THREE[1] in body


def test_an_events_own_page_is_no_article() -> None:
    head = (
        "<meta property='og:type' content='website'><script type='application/ld+json'>"
        '{"@type": "Event", "name": "قمة مسقط للطاقة", "startDate": "2026-02-10"}'
        "</script>"
    )
    text = f"<div class='byline'>كتب: سالم العامري</div>{PARAS}{PARAS}"
    assert extract(page(text)).body  # the same page with no event declared: an article
    with pytest.raises(NotAnArticleError):
        extract(page(text, head=head))


def test_a_circulars_subject_line_is_text_not_a_tag_list() -> None:
    assert line_kind("الموضوع: تنظيم حصص الدعم التربوي ومنع استغلالها لأغراض تجارية.") is None
    assert line_kind("الموضوع: وهران") == "tags"


def test_the_day_after_the_dateline_credits_no_one() -> None:
    found = read_dateline(f"القاهرة - أمس: {PARA}")
    assert found is not None and found.place == "القاهرة" and found.sources == []


def test_a_citizen_journalists_label_is_a_role() -> None:
    from arabnews_extract.extractors.byline import is_role

    assert is_role("مواطن صحفي")


@pytest.mark.parametrize(
    ("opening", "place", "code"),
    [
        ("بنغازي 15 الماء/مايو 2024 (وال) -", "بنغازي", None),
        ("الجبايش (العراق) - (د ب أ) -", "الجبايش", "DPA"),
    ],
)
def test_datelines_with_a_month_pair_or_a_country_in_parentheses(
    opening: str, place: str, code: str | None
) -> None:
    found = read_dateline(f"{opening} {PARA}")
    assert found is not None and found.place == place
    assert [s.code for s in found.sources] == [code]


def test_a_series_note_is_no_text() -> None:
    note = "<p>هذا المقال جزء من سلسلة «مدن الطين» التي تنشرها المجلة على مدى ستة أسابيع.</p>"
    assert extract(page(f"{PARAS}{note}")).body == THREE


def test_a_quotation_set_again_in_its_own_box_is_a_pull_quote() -> None:
    para = f"يقول الحاج العربي إنه لا يأتي من أجل الشاي. «آتي لأرى من بقي حياً»، {PARA}"
    pulls = "<blockquote>«آتي لأرى من بقي حياً»</blockquote>"
    boxed = "<div class='PullQuote'>«الصخرة في جبة ليست لوحة واحدة، بل دفتر»</div>"
    second = f"قال الباحث إن «الصخرة في جبة ليست لوحة واحدة، بل دفتر» {PARA}"
    html = page(f"<p>{THREE[0]}</p><p>{para}</p>{pulls}<p>{second}</p>{boxed}<p>{THREE[1]}</p>")
    assert extract(html).body == [THREE[0], para, second, THREE[1]]


def test_each_question_in_a_section_of_its_own_is_text() -> None:
    def qa(question: str, answers: list[str]) -> str:
        answer = "".join(f"<p>{text}</p>" for text in answers)
        return (
            f"<section><p>السؤال:</p><p>{question}</p><p>الإجابة:</p><div>{answer}</div></section>"
        )

    last = f"{PARA} أخيرة"
    sections = (
        "<div class='qa'>"
        + qa("ابني عمره تسع سنوات وشُخّص بالربو قبل عامين، فهل يلعب كرة القدم؟", [*THREE, PARA])
        + "<aside class='related'><a href='/x'>اقرأ أيضاً موسم الغبار: نصائح للأسر</a></aside>"
        + qa("ابنتي تستخدم بخاخ الكورتيزون يومياً منذ سنة، فهل أوقفه في الصيف؟", [PARA, last])
        + "</div>"
    )
    body = extract(page(sections)).body
    assert THREE[0] in body and last in body


def test_a_death_notices_mourners_and_card_are_no_text() -> None:
    card = (
        "<p>الآسفون: آل الخطيب في نابلس والأردن والمهجر</p><table><caption>بطاقة النعي</caption>"
        "<tr><th>اسم المتوفى</th><td>محمود عبد الرحيم الخطيب</td></tr>"
        "<tr><th>المدينة</th><td>نابلس</td></tr></table>"
    )
    assert extract(page(f"{PARAS}{card}")).body == THREE


def test_an_abstract_box_in_another_language_mid_story_ends_nothing() -> None:
    box = (
        "<aside class='abstract'><h3>Abstract</h3><p>Red palm weevil infestations are "
        "typically detected only late, when the damage to the trunk can no longer be "
        "reversed.</p></aside>"
    )
    cited = "<h4>مرجع الدراسة</h4><p>Al-Zoubi, A. (2024). Listening inside the trunk.</p>"
    html = page(f"<p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p>{cited}")
    assert extract(html).body == THREE


def test_reading_time_and_follow_prompts_are_no_text() -> None:
    assert line_kind("مدة القراءة: 6 دقائق") == "label"
    assert line_kind("يمكنكم متابعة آخر أخبار الاقتصاد المصري عبر صفحتنا على فيسبوك.") == "follow"


def test_an_agency_named_in_full_opening_the_lead_is_credited_by_its_code() -> None:
    lead = lead_credit(f"أفادت وكالة المغرب العربي للأنباء بأن {PARA}")
    assert lead is not None and lead.code == "MAP"


def test_a_summary_in_another_language_closing_the_story_is_no_text() -> None:
    french = (
        "<div class='fr'><h5>Béja : une récolte céréalière estimée à 1,6 million</h5>"
        "<p>La récolte céréalière dans le gouvernorat de Béja est estimée à 1,6 million.</p>"
        "<p>Douze centres de collecte ont été mobilisés pour la saison.</p></div>"
    )
    arabic = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة")]
    text = "".join(f"<p>{t}</p>" for t in arabic)
    assert extract(page(f"{text}{french}")).body == arabic


def test_a_supervisor_beside_the_writers_is_no_writer() -> None:
    byline = (
        "<div class='byline'>إعداد: هالة منصور وعلي الشريف</div>"
        "<div class='byline'>إشراف: د. عماد الزعبي</div>"
    )
    assert extract(page(f"{byline}{PARAS}")).authors == ["هالة منصور", "علي الشريف"]


def test_a_wire_dateline_with_en_dashes_around_its_day() -> None:
    found = read_dateline(f"الكويت – 14 – 11 (كونا) -- {PARA}")
    assert found is not None and found.place == "الكويت"
    assert [s.code for s in found.sources] == ["KUNA"]


def test_a_list_a_short_line_announces_is_text_whatever_its_class() -> None:
    names = ["سمو ولي العهد.", "سمو رئيس مجلس الوزراء.", "وزير الخارجية."]
    items = "".join(f"<li>{n}</li>" for n in names)
    html = page(
        f"<p>{THREE[0]}</p><p>وقدم واجب العزاء كل من:</p><ul class='condolence-list'>{items}</ul>"
    )
    assert extract(html).body == [THREE[0], "وقدم واجب العزاء كل من:", *names]


def test_map_without_spaces() -> None:
    assert read_credit_line("(ومع)") == [Source(name="ومع", code="MAP")]


def test_a_follow_prompt_naming_a_news_app_is_no_text() -> None:
    assert line_kind("تابعوا «المغرب الآن» على Google News") == "follow"
    assert line_kind("تابعوا الرئيس وهو يلقي كلمته أمام البرلمان") is None


def test_a_paragraph_opening_on_a_quoted_agency_credits_it() -> None:
    found = opening_agency(f"وذكرت «الوكالة الوطنية للإعلام» أن {PARA}")
    assert found is not None and found.code == "NNA"


def test_a_paid_content_strip_is_an_ad() -> None:
    assert kind_of_attrs("paidContent") == "ad"
    assert line_kind("محتوى مدفوع") == "ad"


def test_a_lead_giving_its_copys_agency_credits_it() -> None:
    lead = lead_credit(f"{PARA}، بحسب ما نقلته وكالة أنباء الشرق الأوسط.")
    assert lead is not None and lead.code == "MENA"
    # further down the text, the same words are the story's, not a credit
    html = page(f"<p>{THREE[0]}</p><p>{THREE[1]}، بحسب ما نقلته وكالة أنباء الشرق الأوسط.</p>")
    assert extract(html).sources == []


def test_a_time_element_inside_a_cards_link_is_no_part_of_its_title() -> None:
    box = (
        "<aside class='inline-related'><span>اقرأ أيضاً</span>"
        "<a class='inline-related__card' href='/economy/2024/11/13/iea-cuts'>"
        "<span class='inline-related__title'>وكالة الطاقة تخفض توقعاتها لنمو الطلب</span> "
        "<time datetime='2024-11-13T14:20:00+04:00'>13 نوفمبر 2024</time></a></aside>"
    )
    html = page(f"<p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p>")
    article = extract(html, url="https://www.example-news.ae/oil/1")
    assert [r.title for r in article.related] == ["وكالة الطاقة تخفض توقعاتها لنمو الطلب"]
    assert article.body == THREE


def test_in_the_same_context_alone_heads_related_links_and_opens_prose_otherwise() -> None:
    assert line_kind("في نفس السياق") == "related"
    assert line_kind("في السياق نفسه، قال الوزير إن الحكومة ستواصل دعم القطاع") is None
    box = (
        "<div><h4>في نفس السياق</h4><ul><li><a href='/ar/node/47950'>ارتفاع عدد السياح "
        "الوافدين على المغرب خلال الربع الأول</a></li></ul></div>"
    )
    article = extract(
        page(f"<p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p>"),
        url="https://www.example-news.ma/ar/node/48000",
    )
    assert [r.url for r in article.related] == ["https://www.example-news.ma/ar/node/47950"]
    assert article.body == THREE


def test_a_columns_name_beside_its_writer_is_no_writer() -> None:
    head = "<meta property='article:author' content='ليلى الساعدي'>"
    crumbs = (
        "<div class='path'><a href='/'>الرئيسية</a> » <a href='/opinion'>مقالات</a> » "
        "<a href='/opinion/writer?id=64'>ليلى الساعدي</a></div>"
    )
    writer = (
        "<div class='writer-head'><a class='writer-name' href='/opinion/writer?id=64'>"
        "ليلى الساعدي</a><span class='column-name'>أوراق المعلّمة</span></div>"
    )
    assert extract(page(f"{crumbs}{writer}{PARAS}", head=head)).authors == ["ليلى الساعدي"]


def test_a_starred_note_on_the_writer_and_an_address_closing_a_column_are_no_text() -> None:
    byline = "<div class='byline'>بقلم: خابيير مورينو</div>"
    note = "<p>* خابيير مورينو أستاذ اقتصاديات العمل في جامعة فالنسيا.</p>"
    email = "<p>writer.name@example-news.com</p>"
    assert extract(page(f"{byline}{PARAS}{note}{email}")).body == THREE


def test_an_exclusives_mark_before_the_writer_makes_a_byline() -> None:
    html = page(f"<p><strong>خاص - أمجد عبده الشرعبي</strong></p>{PARAS}")
    article = extract(html)
    assert article.authors == ["أمجد عبده الشرعبي"]
    assert article.body == THREE


LIVE_HEAD = (
    '<script type=\'application/ld+json\'>{"@context": "https://schema.org",'
    ' "@type": "LiveBlogPosting", "headline": "عنوان الخبر الرئيسي في الصفحة اليوم"}'
    "</script>"
)


def test_each_live_updates_own_credit_line_counts() -> None:
    updates = "".join(
        f"<article class='entry'><h3>تحديث {n}</h3><p>{text}</p>"
        f"<footer class='entry-source'><span class='entry-credit'>{credit}</span></footer>"
        "</article>"
        for n, text, credit in zip(
            ("أول", "ثان", "ثالث"), THREE, ("(وات)", "(أ ف ب)", "(وات)"), strict=True
        )
    )
    article = extract(page(updates, LIVE_HEAD))
    assert {s.code for s in article.sources} == {"TAP", "AFP"}
    assert article.body == [
        x for n, t in zip(("أول", "ثان", "ثالث"), THREE, strict=True) for x in (f"تحديث {n}", t)
    ]


def test_the_first_updates_heading_is_its_title_and_the_feeds_end_marker_no_text() -> None:
    updates = (
        f"<div class='entry'><h3>تحديث أول</h3><p>{THREE[0]}</p><p>{THREE[1]}</p></div>"
        f"<div class='entry'><h3>بداية التغطية</h3><p>{THREE[2]}</p></div>"
        "<div class='feed-end'>بداية التغطية</div>"
    )
    body = extract(page(updates, LIVE_HEAD)).body
    assert body == ["تحديث أول", THREE[0], THREE[1], "بداية التغطية", THREE[2]]


def test_a_live_entrys_edit_stamp_and_the_pages_status_line_are_no_text() -> None:
    later = dt.datetime(2025, 1, 14, 16, tzinfo=dt.timezone.utc)
    assert is_date_line("عُدّل الساعة 14:10", reference_time=later, default_tz=dt.timezone.utc)
    assert line_kind("التغطية متواصلة · يتم التحديث تلقائيا") == "label"


def test_a_pull_quote_retelling_an_answer_goes_with_its_attribution() -> None:
    answer = (
        "هدفنا المعلن أن تصبح نصف الخدمات الحكومية إلكترونية بالكامل قبل نهاية العام "
        "الحالي، وأن نصل إلى ثمانين في المئة بحلول العام المقبل."
    )
    quote = (
        "<figure class='pullquote'><blockquote><p>«نصف الخدمات الحكومية ستصبح إلكترونية "
        "بالكامل قبل نهاية العام الحالي»</p><cite>ليث العمري</cite></blockquote></figure>"
    )
    html = page(f"<p>{THREE[0]}</p><p>{answer}</p>{quote}<p>{THREE[1]}</p><p>{THREE[2]}</p>")
    assert extract(html).body == [THREE[0], answer, THREE[1], THREE[2]]


def test_a_css_modules_card_tag_and_a_short_card_heading() -> None:
    box = (
        "<section><h2>المزيد حول هذه القصة</h2><ul>"
        "<li><a href='/league/2024/07/03/appoints-coach'><span class='MoreOnStory_tag__Tg0aA'>"
        "رسمي</span><span>الشروق يتعاقد مع المدرب التونسي لموسمين</span></a></li></ul></section>"
        "<aside class='read-more'><h3>نصوص ذات صلة</h3><article class='post-card'>"
        "<a href='/tabgh-al-janoub/'><header><h2>تبغُ الجنوب</h2></header>"
        "<div class='post-card-excerpt'>ثلاث قصائد قصيرة عن الحقول والمواسم والغياب.</div></a>"
        "</article></aside>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.sa/a/1")
    assert [r.title for r in article.related] == [
        "الشروق يتعاقد مع المدرب التونسي لموسمين",
        "تبغُ الجنوب",
    ]


def test_a_subtitle_span_in_the_headline_is_the_standfirst_not_the_title() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><article>"
        "<h1 class='post-title'>مجلس النواب يقر موازنة العام المقبل بعجز كبير "
        "<span class='post-subtitle'>الحكومة تتعهد بعدم فرض ضرائب جديدة وتثبيت سعر الخبز</span>"
        f"</h1><div class='entry-content'>{PARAS}</div></article></body></html>"
    )
    article = extract(html)
    assert article.title == "مجلس النواب يقر موازنة العام المقبل بعجز كبير"
    assert article.body == ["الحكومة تتعهد بعدم فرض ضرائب جديدة وتثبيت سعر الخبز", *THREE]


def test_a_facts_card_and_a_data_tables_title_in_the_text_are_no_text() -> None:
    assert kind_of_attrs("data-table") == "widget"
    card = (
        "<aside class='film-card'><ul class='film-facts'><li><span>إخراج:</span> هشام القليوبي"
        "</li><li><span>بطولة:</span> ياسمين رأفت، عمرو الدسوقي، سامي المنشاوي</li></ul></aside>"
    )
    assert extract(page(f"<div class='entry-content'>{card}{PARAS}</div>")).body == THREE


def test_a_text_read_from_json_ld_credits_the_agency_its_words_mark() -> None:
    text = "\n\n".join(
        [
            THREE[0],
            f"ونقلت وكالة الأنباء الكويتية (كونا) عن الوزير قوله إن {PARA}",
            THREE[1],
            THREE[2],
        ]
    )
    head = (
        "<script type='application/ld+json'>"
        + json.dumps(
            {"@type": "NewsArticle", "headline": "عنوان الخبر", "articleBody": text},
            ensure_ascii=False,
        )
        + "</script>"
    )
    html = (
        f"<html lang='ar'><head><meta charset='utf-8'>{head}</head><body>"
        "<div id='app'></div></body></html>"
    )
    article = extract(html)
    assert article.extraction.field_sources["body"] == "json-ld"
    assert [s.code for s in article.sources] == ["KUNA"]


def test_wrote_and_photographed_is_a_byline() -> None:
    assert split_byline("كتب وصور: مصطفى عبد الحليم") == ["مصطفى عبد الحليم"]


def test_a_role_and_where_it_is_held_names_no_second_writer() -> None:
    byline = (
        "<div class='byline'><span class='byline__name'>By Sarah Johnson</span>"
        "<span class='byline__role'>مراسلة Meridian News في أدري، تشاد</span></div>"
    )
    assert extract(page(f"{byline}{PARAS}")).authors == ["Sarah Johnson"]


def test_spas_end_mark_with_its_time_code_is_no_text() -> None:
    html = page(f"{PARAS}<p>//انتهى// ١٦:١٢ ت م ٠٢٤٧</p>")
    assert extract(html).body == THREE


def test_a_css_modules_data_box_is_a_widget() -> None:
    assert kind_of_attrs("DataBox_title__Pd0eS") == "widget"


def test_the_writer_named_only_by_the_title_of_the_link_around_the_face() -> None:
    meta = (
        "<div class='jeg_meta_author'><span class='meta_text'>بقلم</span>"
        "<a href='/author/khaled-alomari/' title='خالد العمري' class='jeg_author_link'>"
        "<img alt='' src='/k.jpg' class='avatar' height='80' width='80'></a></div>"
        "<div class='jeg_meta_date'>18 نوفمبر، 2024</div>"
    )
    article = extract(page(f"{meta}{PARAS}"), url="https://www.example-news.jo/2024/11/18/a/")
    assert article.authors == ["خالد العمري"]


def test_a_woman_answering_a_consultation_is_its_writer() -> None:
    assert split_byline("أجابت عن السؤال د. سلمى الحداد") == ["د. سلمى الحداد"]


def test_a_columns_signature_with_its_town_and_day_is_no_text() -> None:
    byline = "<div class='byline'>بقلم: د. كمال صعب</div>"
    signature = "<p><strong>د. كمال صعب</strong><br>بيروت في 3 آذار 2025</p>"
    later = dt.datetime(2025, 3, 4, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    article = extract(page(f"{byline}{PARAS}{signature}"), reference_time=later)
    assert article.authors == ["د. كمال صعب"]
    assert article.body == THREE


def test_an_investigations_methodology_box_ends_the_text() -> None:
    assert line_kind("عن هذا التحقيق") == "policy"
    box = "<h3>عن هذا التحقيق</h3><p>أنجز هذا التحقيق بين نوفمبر ومايو بتحليل صور أقمار صناعية.</p>"
    assert extract(page(f"{PARAS}{box}")).body == THREE


def test_a_follow_prompt_of_a_dozen_words_naming_the_portal_is_no_text() -> None:
    prompt = "تابعوا نبض الأطلس على فيسبوك وواتساب ليصلكم جديد الأخبار أولا بأول."
    assert line_kind(prompt) == "follow"


def test_a_line_break_inside_a_related_links_title_is_a_space() -> None:
    box = (
        "<div class='related'><h3>أخبار ذات صلة</h3><ul><li><a href='/news/87301'>الزراعة "
        "تقلص المساحات المشمولة بالخطة الصيفية<br>بسبب شح المياه</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.iq/news/87400")
    assert [r.title for r in article.related] == [
        "الزراعة تقلص المساحات المشمولة بالخطة الصيفية بسبب شح المياه"
    ]


def test_efes_dateline_with_a_full_stop_before_its_dash() -> None:
    found = read_dateline(f"مدريد، 21 يوليو (إفي).- {PARA}")
    assert found is not None and found.place == "مدريد"
    assert [s.code for s in found.sources] == ["EFE"]


def test_a_bloggers_caption_div_ending_on_the_photos_credit_is_no_text() -> None:
    picture = (
        "<div class='separator'><a href='/i/launch.jpg'><img src='/i/launch.jpg' width='600' "
        "height='400'></a></div>"
    )
    caption = (
        "<div style='text-align: center;'><span>صاروخ حامل ينطلق من موقع إطلاق المركبات "
        "الفضائية في ونتشانغ بمقاطعة هاينان جنوبي الصين، يوم 22 يناير 2025. "
        "(شينخوا/ يا دونغ)</span></div>"
    )
    text = "".join(f"<div>{t}</div><div><br></div>" for t in THREE)
    assert extract(page(f"{picture}{caption}{text}")).body == THREE


def test_a_role_in_each_script_names_no_writer() -> None:
    byline = (
        "<div class='byline'><p class='byline__names'><a href='/ar/author/omar-ali'>"
        "By Omar Ali | عمر علي</a></p>"
        "<p class='byline__role'>Transport Reporter | محرر شؤون النقل</p></div>"
    )
    assert extract(page(f"{byline}{PARAS}")).authors == ["عمر علي"]


def test_an_hatom_update_on_a_time_element_is_the_modified_time() -> None:
    stamps = (
        "<span class='posted-on'><time class='entry-date published' "
        "datetime='2025-04-08T09:30:12+03:00'>8 نيسان 2025</time><time class='updated' "
        "datetime='2025-04-08T16:05:40+03:00'>8 نيسان 2025</time></span>"
    )
    later = dt.datetime(2025, 4, 9, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    article = extract(page(f"{stamps}{PARAS}"), reference_time=later)
    assert article.modified is not None
    assert article.modified.datetime.isoformat() == "2025-04-08T16:05:40+03:00"


def test_a_dateline_with_the_country_in_parentheses_then_the_agency() -> None:
    found = read_dateline(f"الصويرة (المغرب) (أ ف ب) - {PARA}")
    assert found is not None and found.place == "الصويرة"
    assert [s.code for s in found.sources] == ["AFP"]


def test_a_read_also_strip_of_thumbnails_gives_the_pictures_headlines() -> None:
    strip = (
        "<div class='readmore-thumbs'><h4>اقرأ أيضاً</h4>"
        "<a href='/item/18297-dam-inflows.html'><img src='/t/1.jpg' width='200' height='120' "
        "alt='سد الوحدة يستقبل 200 مليون متر مكعب في أسبوع واحد'></a>"
        "<a href='/item/18188-desalination.html'><img src='/t/2.jpg' width='200' "
        "height='120' alt='محطة تحلية مياه البحر تدخل الخدمة جزئياً نهاية العام'></a></div>"
    )
    photo = (
        "<p><a href='/media/big.jpg'><img src='/media/big.jpg' width='800' height='500' "
        "alt='صورة السد من الجو بعد الأمطار الأخيرة في المنطقة'></a></p>"
    )
    # (a linked photo in the text, its alt a caption, names no related story)
    html = page(f"<p>{THREE[0]}</p><p>{THREE[1]}</p>{strip}<p>{THREE[2]}</p>{photo}")
    article = extract(html, url="https://www.example-news.ma/item/18300-dams.html")
    assert [r.title for r in article.related] == [
        "سد الوحدة يستقبل 200 مليون متر مكعب في أسبوع واحد",
        "محطة تحلية مياه البحر تدخل الخدمة جزئياً نهاية العام",
    ]
    assert article.body == THREE


def test_a_numbered_related_lists_number_span_and_a_report_an_error_link() -> None:
    assert line_kind("الإبلاغ عن خطأ في هذا المقال") == "control"
    box = (
        "<footer><section class='related'><h3>مقالات ذات صلة</h3><ol>"
        "<li><a href='/news/2025/02/03/47911'><span class='item-number'>1</span> "
        "<span class='item-title'>رئيس الوزراء يتفقد محطة القطار الكهربائي</span></a></li>"
        "</ol><p><a href='/contact/?ref=87421'>الإبلاغ عن خطأ في هذا المقال</a></p>"
        "</section></footer>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.eg/news/1")
    assert [r.title for r in article.related] == ["رئيس الوزراء يتفقد محطة القطار الكهربائي"]


def test_an_exclusive_to_the_portal_line_over_a_column_is_no_text() -> None:
    head = "<meta property='og:site_name' content='مدار'>"
    assert extract(page(f"<p>خاص بـ«مدار»</p>{PARAS}", head=head)).body == THREE


def test_nnas_short_name_in_a_dateline_and_only_there() -> None:
    found = read_dateline(f"صيدا - «الوطنية» - {PARA}")
    assert found is not None and [s.code for s in found.sources] == ["NNA"]
    role = (
        "<div class='byline'><span>رنا الحلبي</span> <span>صحفية بقسم الشؤون الوطنية</span></div>"
    )
    assert extract(page(f"{role}{PARAS}")).sources == []


def test_a_related_blocks_tab_switch_does_not_end_its_list() -> None:
    box = (
        "<div class='td_block_wrap tdb_single_related'><div class='td-block-title-wrap'>"
        "<h4 class='td-block-title'><span>مقالات ذات صلة</span></h4>"
        "<div class='td-wrapper-pulldown-filter'><div class='td-subcat-more'>المزيد من الكاتب"
        "</div></div></div><div class='td_block_inner'>"
        "<h3><a href='/economy/survey-2024/'>مسح: 62% من الأسر تنفق أكثر من دخلها الشهري</a></h3>"
        "<h3><a href='/local/unions-wages/'>النقابات العمالية تلوح بوقفات احتجاجية</a></h3>"
        "</div></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.jo/economy/wage/")
    assert [r.url for r in article.related] == [
        "https://www.example-news.jo/economy/survey-2024/",
        "https://www.example-news.jo/local/unions-wages/",
    ]


def test_a_drupal_views_created_date_inside_a_related_link_is_no_part_of_its_title() -> None:
    box = (
        "<div class='related'><h3>أخبار ذات صلة</h3><div class='views-row'>"
        "<a href='/news/politics/2024/06/02/4512355'><span class='views-field-created'>"
        "الأحد 02 يونيو 2024 | 08:15 م</span> <span class='views-field-title'>السيسي يستقبل "
        "نائب رئيس مجلس السيادة السوداني</span></a></div></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.eg/news/1")
    assert [r.title for r in article.related] == ["السيسي يستقبل نائب رئيس مجلس السيادة السوداني"]


def test_a_wire_end_mark_run_into_the_last_sentence_is_cut() -> None:
    last = f"{PARA} (النهاية) ف ع ر / ع ج ب 181142 جمت يون 24"
    html = page(f"<p>{THREE[0]}</p><p>{THREE[1]}</p><p>{last}</p>")
    assert extract(html).body == [THREE[0], THREE[1], PARA]
    html = page(f"{PARAS}<p>//انتهى// 14:32ت م</p>")
    assert extract(html).body == THREE


def test_iraqi_governorates_open_datelines() -> None:
    found = read_dateline(f"ميسان - {PARA}")
    assert found is not None and found.place == "ميسان"


def test_a_forms_field_labels_are_no_byline_and_a_tool_page_no_article() -> None:
    form = (
        "<section class='converter'><form action='/convert'><div><label>المبلغ</label>"
        "<input name='amount'></div><div><label>من</label><select><option>دولار</option>"
        "</select></div><div><label>إلى</label><select><option>جنيه</option></select></div>"
        "</form><div class='result'><p>1.00 دولار أمريكي = 50.62 جنيه مصري</p><p>1 EGP = "
        "0.019755 USD</p><p>آخر تحديث: 18 فبراير 2025</p></div><div>الأسعار استرشادية.</div>"
        "</section>"
    )
    assert extract(page(f"{form}{PARAS}")).authors == []
    plain = "<meta property='og:type' content='website'>"
    with pytest.raises(NotAnArticleError):
        extract(page(f"{form}{PARAS}", head=plain))


def test_a_service_page_whose_one_date_is_todays_is_no_article() -> None:
    faq = (
        "<meta property='og:type' content='website'><script type='application/ld+json'>"
        '{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[]}</script>'
    )
    today = "<p class='day'>الخميس 6 رمضان 1446 هـ - الموافق 6 مارس 2025 م</p>"
    text = PARAS * 2  # past the length of a data page's paragraph
    with pytest.raises(NotAnArticleError):
        extract(page(f"{today}{text}", head=faq))
    # a ministry's release declaring a web page and showing its day alone is a story
    plain = "<meta property='og:type' content='website'>"
    assert extract(page(f"{today}{text}", head=plain)).body == THREE * 2


def test_a_job_posting_is_no_article() -> None:
    job = (
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org",'
        '"@type":"JobPosting","title":"محاسب أول"}</script>'
    )
    with pytest.raises(NotAnArticleError, match="jobposting"):
        extract(page(PARAS, head=job))


def test_a_name_over_the_writers_email_closing_a_column_signs_it() -> None:
    html = page(
        f"{PARAS}<p>خالد المنصوري</p><p class='author-email'>kh.almansouri@example-daily.com</p>"
    )
    article = extract(html)
    assert article.authors == ["خالد المنصوري"] and article.body == THREE


def test_a_statements_signature_set_in_its_own_quote_box_is_no_text() -> None:
    html = page(
        f"<p>{THREE[0]}</p><p>وقال النادي في بيانه:</p><blockquote><p>{THREE[1]}</p>"
        f"<p>{THREE[2]}</p><cite>المركز الإعلامي – نادي الشروق الرياضي</cite></blockquote>"
        f"<p>{PARA} رابعة</p><p>{PARA} خامسة</p>"  # the story goes on after the statement
    )
    assert "المركز الإعلامي – نادي الشروق الرياضي" not in extract(html).body


def test_a_section_linked_before_the_date_is_no_writer() -> None:
    row = (
        "<div class='meta'><a href='/ar/news/economy'>اقتصاد محلي</a> "
        "<span>الخميس 11 كانون الأول 2025 - 15:30</span></div>"
    )
    assert extract(page(f"{row}{PARAS}")).authors == []
    writer = row.replace("/ar/news/economy", "/ar/profile/118").replace("اقتصاد محلي", "رامي حداد")
    assert extract(page(f"{writer}{PARAS}")).authors == ["رامي حداد"]


def test_a_starred_update_note_and_disclaimer_closing_the_text_are_no_text() -> None:
    notes = (
        "<p>* تم تحديث الخبر في الساعة 4:45 مساءً بإضافة تعليق الخبير الاقتصادي.</p>"
        "<p>* تنويه: توقعات الأبراج تُنشر بغرض التسلية ولا تستند إلى أي أساس علمي.</p>"
    )
    assert extract(page(f"{PARAS}{notes}")).body == THREE


def test_a_writer_named_by_the_link_class_stays_though_the_breadcrumb_ends_on_them() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><div class='path'>"
        "<a href='/'>الرئيسية</a> &gt; <a href='/Articles/Writers.aspx'>كتاب الرأي</a> &gt; "
        "<a href='/Articles/Writer.aspx?wid=1187'>عبدالعزيز الشمري</a></div><table><tr>"
        "<td class='writer-info'><a class='writer-name' href='/Articles/Writer.aspx?wid=1187'>"
        "عبدالعزيز الشمري</a><br><span class='date'>الجمعة 20 جمادى الأولى 1446هـ</span></td>"
        f"</tr></table><h1>الرياض التي تمشي في المساء</h1>{PARAS}</body></html>"
    )
    assert extract(html).authors == ["عبدالعزيز الشمري"]


def test_a_signature_closing_on_the_writers_email_signs_the_column() -> None:
    sig = (
        "<p class='column-signature'><strong>د. عوض الكريم محمد نور</strong><br>أستاذ الاقتصاد "
        "الزراعي - جامعة الجزيرة<br><span dir='ltr'>awad.nour@mail-example.net</span></p>"
    )
    article = extract(page(f"{PARAS}{sig}"))
    assert article.authors == ["د. عوض الكريم محمد نور"] and article.body == THREE


def test_a_view_counter_with_its_count_first_is_no_text() -> None:
    assert line_kind("2318 مشاهدة") == "record"
    assert line_kind("1.2 ألف قراءة") == "record"
    assert line_kind("2318 مشاهدة للمباراة النهائية في الملعب") is None


def test_a_quoted_statement_closing_on_a_plea_to_call_is_the_statements_text() -> None:
    last = "وتهيب الوزارة بالمواطنين، وفي حالة وجود أي شكوى يُرجى التواصل على الخط الساخن.»"
    html = page(f"<p>{THREE[0]}</p><blockquote><p>«{THREE[1]}</p><p>{last}</p></blockquote>")
    assert extract(html).body[-1] == last
    # the portal's own plea, a name quoted in it, is still no text
    plea = "<p>لإرسال نعي يرجى التواصل على الرقم المخصص لـ«شرفة الخبر».</p>"
    assert extract(page(f"{PARAS}{plea}")).body == THREE


def test_a_kicker_clause_in_the_headline_is_kept_when_the_metadata_has_it() -> None:
    head = (
        "<meta property='og:title' content='بعد تراجع إيرادات النفط: الكويت تعيد جدولة 37 مشروعا'>"
    )
    h1 = (
        "<h1><span class='jeg_kicker'>بعد تراجع إيرادات النفط:</span>"
        "<span class='jeg_main_title'>الكويت تعيد جدولة 37 مشروعا</span></h1>"
    )
    html = page(f"{PARAS}", head=head).replace("<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>", h1)
    assert extract(html).title == "بعد تراجع إيرادات النفط: الكويت تعيد جدولة 37 مشروعا"
    badge = h1.replace("بعد تراجع إيرادات النفط:", "عاجل |")
    head = head.replace("بعد تراجع إيرادات النفط:", "عاجل |")
    html = page(f"{PARAS}", head=head).replace(
        "<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>", badge
    )
    assert extract(html).title == "الكويت تعيد جدولة 37 مشروعا"


def test_a_lead_reporting_an_agency_after_the_datelines_place_credits_it() -> None:
    found = lead_credit(
        "بيروت – قالت وكالة رويترز، نقلا عن ثلاثة مسؤولين لبنانيين مطلعين، إن الخطة"
    )
    assert found is not None and found.code == "REUTERS"


def test_sports_cities_open_datelines() -> None:
    found = read_dateline(f"موناكو - {PARA}")
    assert found is not None and found.place == "موناكو"


def test_a_drupal_views_display_id_names_no_kind() -> None:
    assert kind_of_attrs("view view-live-blog-updates view-display-id-embed_1") is None
    assert kind_of_attrs("view view-id-related_content view-display-id-block_1") == "related"


def test_a_name_after_a_photographers_label_in_the_byline_row_is_no_writer() -> None:
    row = (
        "<div class='byline'><span class='lbl'>كتب</span> <a href='/Writers/Details/11' "
        "class='writerName'>محمد عبد الحميد</a> <span class='lbl'>- تصوير</span> "
        "<a href='/Writers/Details/22' class='writerName'>أحمد إسماعيل</a></div>"
    )
    assert extract(page(f"{row}{PARAS}")).authors == ["محمد عبد الحميد"]


def test_a_labelled_date_in_a_details_table_over_the_headline() -> None:
    table = (
        "<table class='info'><tr><td>التاريخ:</td><td><span class='date'>18/06/2024</span></td>"
        "<td>-</td><td><span class='time'>04:25 م</span></td></tr><tr><td>المصدر:</td>"
        "<td>شينخوا</td></tr><tr><td>عدد القراءات:</td><td>856</td></tr></table>"
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><div class='news'>"
        f"{table}<h1>الصين ودول الخليج تبحثان تسريع مفاوضات التجارة</h1>{PARAS}</div></body></html>"
    )
    fetched = dt.datetime(2024, 6, 18, 21, 10, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    published = extract(html, reference_time=fetched).published
    assert published is not None and published.datetime == dt.datetime(2024, 6, 18, 16, 25)


def test_a_writers_town_in_parentheses_beside_the_name_is_the_dateline_without_them() -> None:
    row = (
        "<div class='writer'><a href='/author/1187'>عبدالله الزهراني</a> "
        "<span class='writer-city'>(الدمام)</span></div>"
    )
    article = extract(page(f"{row}{PARAS}"))
    assert article.authors == ["عبدالله الزهراني"] and article.dateline == "الدمام"


def test_tam_al_nashr_is_a_dates_label_not_a_name() -> None:
    assert split_byline("تم النشر في: 15 يناير 2025 - 4:30 م") == []
    row = (
        "<div class='byline'><div class='author'><span>جدة -</span> سلطان العتيبي</div>"
        "<div class='date'>تم النشر في: 15 يناير 2025 - 4:30 م</div></div>"
    )
    assert extract(page(f"{row}{PARAS}"), reference_time=REF).authors == ["سلطان العتيبي"]


def test_a_marked_summary_under_the_byline_share_bar_and_picture_is_the_standfirst() -> None:
    summary = "القرارات تشمل إعفاء المركبات القديمة من غرامات الترخيص المتأخر حتى نهاية أيار"
    html = page(
        "<div class='byline'>إعداد: ليث العبادي</div><div class='share'>مشاركة على فيسبوك</div>"
        "<figure><img src='/a.jpg'><figcaption>جانب من جلسة مجلس الوزراء</figcaption></figure>"
        f"<div class='field--name-field-summary'><p>{summary}</p></div>"
        f"<div class='field--name-body'>{PARAS}</div>"
    )
    assert extract(html).body == [summary, *THREE]


def test_an_arc_table_blocks_title_is_no_text() -> None:
    assert kind_of_attrs("b-table-block__title") == "widget"
    table = (
        "<div class='b-table-block'><p class='b-table-block__title'>أبرز المؤشرات (الربع الرابع)"
        "</p><table><tr><td>الصادرات</td><td>82.6</td></tr></table></div>"
    )
    assert extract(page(f"{PARAS}{table}<p>{PARA} أخيرة</p>")).body == [*THREE, f"{PARA} أخيرة"]


def test_a_name_a_dash_and_the_writers_post_closing_the_text_signs_it() -> None:
    html = page(f"{PARAS}<p>سامر الخطيب - مراسل الصحيفة في دمشق</p>")
    article = extract(html)
    assert article.authors == ["سامر الخطيب"] and article.body == THREE


def test_a_desk_alone_right_under_an_editorial_signs_it() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><main><h1>الإصلاح الذي لا "
        f"يقنع الناس لن يصمد طويلا</h1><div class='editorial'><div class='text'>{PARAS}</div>"
        "<div class='sign'>هيئة التحرير</div></div></main></body></html>"
    )
    article = extract(html)
    assert article.authors == ["هيئة التحرير"] and article.body == THREE


def test_a_starred_name_opening_a_column_and_its_starred_note_closing_it() -> None:
    html = page(f"<p><strong>عبد الرحيم الودغيري*</strong></p>{PARAS}<p>* كاتب وباحث</p>")
    article = extract(html)
    assert article.authors == ["عبد الرحيم الودغيري"] and article.body == THREE


def test_kunas_end_mark_with_the_agencys_name_glued_to_its_time_code() -> None:
    assert is_wire_end("(النهاية) ب م ط / ع ع ج كونا141425 جمت مايو 24")


def test_a_writer_linked_whole_in_a_byline_box_stays_though_the_breadcrumb_ends_on_them() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><div class='path'>"
        "<a href='/'>الرئيسية</a> » <a href='/category.php?cid=12'>مقالات</a> » "
        "<a href='/writer.php?wid=87'>د. ناصر الرشيدي</a></div><div class='writer_box'>"
        "<div class='writer_name'><a href='/writer.php?wid=87'>د. ناصر الرشيدي</a></div></div>"
        f"<h1>حين يصبح الازدحام سياسة عامة</h1>{PARAS}</body></html>"
    )
    assert extract(html).authors == ["د. ناصر الرشيدي"]


def test_a_page_headed_by_a_lists_name_is_no_article() -> None:
    html = page(PARAS * 2).replace("عنوان الخبر الرئيسي في الصفحة اليوم", "الأكثر قراءة")
    with pytest.raises(NotAnArticleError, match="list of stories"):
        extract(html)


def test_a_place_with_the_rows_bullet_after_it_is_the_dateline() -> None:
    row = "<div class='meta'><span class='loc'>عمّان</span>•</div>"
    assert extract(page(f"{row}{PARAS}")).dateline == "عمّان"


def test_a_title_tag_that_only_names_the_site_gives_way_to_the_heading_over_the_text() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>الرافدين نيوز</title>"
        "<meta property='og:site_name' content='الرافدين نيوز'></head><body>"
        "<h1 class='logo'><a href='/'><img src='/logo.png' alt='الرافدين نيوز'></a></h1><div>"
        "<h2 class='news-title'>البصرة تطلق خطة عاجلة لتأهيل محطات المياه</h2>"
        "<div><span class='author'>كتب: علي حسن الموسوي</span></div>"
        "<div>عدد القراءات: 1247</div>"
        f"<div class='text'>{PARAS}</div></div></body></html>"
    )
    assert extract(html).title == "البصرة تطلق خطة عاجلة لتأهيل محطات المياه"


def test_an_embassy_signing_its_statement_is_no_text() -> None:
    html = page(f"{PARAS}<p>سفارة سلطنة عُمان – القاهرة</p>")
    assert extract(html).body == THREE
    assert is_institution_name("سفارة سلطنة عُمان – القاهرة")


def test_a_details_tables_label_and_value_rows_date_the_page() -> None:
    table = (
        "<table class='meta'><tr><th>رقم التعميم</th><td>10/2/12985</td></tr>"
        "<tr><th>تاريخ الإصدار</th><td>18/09/2024</td></tr></table>"
    )
    fetched = dt.datetime(2024, 9, 20, 10, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    published = extract(page(f"{table}{PARAS}"), reference_time=fetched).published
    assert published is not None and published.datetime.date() == dt.date(2024, 9, 18)


def test_a_former_players_post_under_his_name_is_no_writer() -> None:
    box = (
        "<div class='writer-box'><a class='writer-name' href='/writer/12'>عادل الهاملي</a>"
        "<span class='writer-role'>قائد المنتخب الوطني السابق</span></div>"
    )
    assert extract(page(f"{box}{PARAS}")).authors == ["عادل الهاملي"]


def test_a_css_modules_type_label_in_a_cards_link_is_no_part_of_its_title() -> None:
    box = (
        "<section class='MoreOnStory_wrap__Ab1'><h2>المزيد حول هذه القصة</h2><ul><li>"
        "<a href='/sport/2025/3/14/group-b'><span class='MoreOnStory_type__Ew2Rk'>تحليل</span>"
        "<span class='MoreOnStory_title__Bf6Yn'>المجموعة الثانية: صراع رباعي على بطاقتين</span>"
        "</a></li></ul></section>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-net.com/sport/1")
    assert [r.title for r in article.related] == ["المجموعة الثانية: صراع رباعي على بطاقتين"]


def test_tyre_before_an_agencys_credit_is_a_dateline() -> None:
    found = read_dateline(f"صور - «الوطنية» - {PARA}")
    assert found is not None and found.place == "صور" and [s.code for s in found.sources] == ["NNA"]


def test_a_name_over_the_town_and_day_closing_a_column_signs_it() -> None:
    html = page(f"{PARAS}<p>د. سمير حدّاد</p><p>بيروت، 15 آذار 2025</p>")
    article = extract(html, reference_time=dt.datetime(2025, 3, 16, tzinfo=dt.timezone.utc))
    assert article.authors == ["د. سمير حدّاد"] and article.body == THREE


def test_scoop_and_a_tatweel_for_the_dash() -> None:
    assert split_byline("سكوب ـ ياسين الوزاني") == ["ياسين الوزاني"]
    assert extract(page(f"<p><strong>نواذيبو ـ</strong></p>{PARAS}")).dateline == "نواذيبو"


def test_a_ministrys_department_signing_its_statement_is_no_text() -> None:
    html = page(
        f"{PARAS}<p>إدارة العلاقات العامة والإعلام</p><p>وزارة الكهرباء والماء والطاقة المتجددة</p>"
    )
    assert extract(html).body == THREE


def test_a_details_rows_date_in_a_span_of_its_value_cell() -> None:
    table = (
        "<table class='details'><tr><th>التاريخ</th><td><span class='date'>الثلاثاء "
        "٢٢/١٠/٢٠٢٤</span></td></tr><tr><th>المصدر</th><td>وكالة الأنباء القطرية (قنا)</td>"
        "</tr></table>"
    )
    fetched = dt.datetime(2024, 10, 22, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    published = extract(page(f"{table}{PARAS}"), reference_time=fetched).published
    assert published is not None and published.datetime.date() == dt.date(2024, 10, 22)


def test_documents_in_a_related_box_are_no_related_stories() -> None:
    box = (
        "<div class='related'><h3>موضوعات ذات صلة</h3><ul><li><a href='/news/2024/03/20/57980'>"
        "مجلس الوزراء يوافق على الإطار الموازني متوسط المدى</a></li><li><a href='/files/"
        "financial-statement-2024.pdf'>البيان المالي لمشروع الموازنة العامة</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-news.eg/news/1")
    assert [r.url for r in article.related] == ["https://www.example-news.eg/news/2024/03/20/57980"]


def test_the_latest_articles_box_is_no_related_box() -> None:
    assert line_kind("آخر المقالات") == "widget"


def test_thumbnail_cards_under_a_heading_named_related_are_titled_by_their_alt() -> None:
    box = (
        "<section class='Related_related__Pp7'><h2 class='Related_heading__Mm3'>أخبار ذات صلة"
        "</h2><div class='Related_grid__cA1'><article class='RelatedCard_card__9Hk'>"
        "<a href='/uae/dubai/2024-08-21-1.709877'><img alt='«طرق دبي» تضيف 4 محطات جديدة إلى "
        "الخط الأحمر' width='300' height='169' src='/a.jpg'></a><div><span>دبي</span>"
        "<time>21 أغسطس 2024</time></div></article></div></section>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-pulse.com/uae/1")
    assert [r.title for r in article.related] == ["«طرق دبي» تضيف 4 محطات جديدة إلى الخط الأحمر"]


def test_running_or_joint_coverage_names_no_writer() -> None:
    assert split_byline("تغطية مستمرة") == []
    assert split_byline("تغطية مشتركة من مراسلينا في المشاعر المقدسة") == []


def test_a_known_place_and_a_colon_before_two_writers() -> None:
    row = "<div class='byline'>دبي: ميثاء السويدي وعلاء حسان</div>"
    article = extract(page(f"{row}{PARAS}"))
    assert article.authors == ["ميثاء السويدي", "علاء حسان"] and article.dateline == "دبي"


def test_the_public_prosecution_signing_the_statement_a_story_quotes() -> None:
    html = page(
        f"<p>{THREE[0]}</p><div class='statement'><p>{THREE[1]}</p><p>{THREE[2]}</p>"
        f"<p>النيابة العامة</p></div><p>{PARA} رابعة</p><p>{PARA} خامسة</p>"
    )
    assert "النيابة العامة" not in extract(html).body


def test_more_iraqi_governorates_open_datelines() -> None:
    found = read_dateline(f"ديالى – {PARA}")
    assert found is not None and found.place == "ديالى"


def test_a_name_over_the_writers_post_as_the_last_line_signs_the_column() -> None:
    html = page(f"{PARAS}<p>د. ليلى عبد الهادي</p><p>كاتبة وأكاديمية فلسطينية من نابلس</p>")
    article = extract(html)
    assert article.authors == ["د. ليلى عبد الهادي"] and article.body == THREE


def test_tarikh_al_tadil_labels_the_modified_day() -> None:
    row = "<div class='meta'><p>تاريخ النشر: 01/03/2025</p><p>تاريخ التعديل: 02/03/2025</p></div>"
    fetched = dt.datetime(2025, 3, 3, 10, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    article = extract(page(f"{row}{PARAS}"), reference_time=fetched)
    assert article.modified is not None and article.modified.datetime.date() == dt.date(2025, 3, 2)


def test_a_subheading_opening_with_a_byline_word_is_no_byline() -> None:
    html = page(f"<p>{THREE[0]}</p><h3>متابعة يومية للمخزون</h3><p>{THREE[1]}</p><p>{THREE[2]}</p>")
    article = extract(html)
    assert article.authors == [] and "متابعة يومية للمخزون" in article.body


def test_the_portals_name_after_a_related_title_is_no_part_of_it() -> None:
    head = "<meta property='og:site_name' content='صدى الخليج'>"
    box = (
        "<div class='related'><h3>أخبار ذات صلة</h3><ul><li><a href='/ar/news/2025/04/20/ban'>"
        "تمديد موسم حظر صيد الهامور حتى نهاية يونيو - صدى الخليج</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}", head=head), url="https://www.example-sada.com/ar/1")
    assert [r.title for r in article.related] == ["تمديد موسم حظر صيد الهامور حتى نهاية يونيو"]


def test_editors_initials_after_a_rule_close_a_bulletin() -> None:
    html = page(f"{PARAS}<p>==========ن.ح.</p>")
    assert extract(html).body == THREE


def test_a_starred_note_that_the_prices_are_a_guide_closes_no_text() -> None:
    html = page(f"{PARAS}<p><em>* الأسعار المذكورة استرشادية وقد تختلف من محل لآخر.</em></p>")
    assert extract(html).body == THREE


def test_an_office_with_its_article_signs_a_quoted_statement() -> None:
    html = page(
        f"<p>{THREE[0]}</p><blockquote class='statement'><p>{THREE[1]}</p><p>{THREE[2]}</p>"
        "<span>المحافظ<br>د. منذر الحوراني</span></blockquote>"
        f"<p>{PARA} رابعة</p><p>{PARA} خامسة</p>"
    )
    assert "المحافظ د. منذر الحوراني" not in extract(html).body


def test_a_lead_clause_reporting_a_known_agency_credits_it() -> None:
    lead = lead_credit(f"{PARA}، وقالت وكالة رويترز إن 14 من أصل 16 اقتصاديًا توقعوا التثبيت.")
    assert lead is not None and lead.code == "REUTERS"


def test_a_desk_byline_stays_when_the_footer_menu_links_the_masthead() -> None:
    footer = (
        "<div id='footer'><a href='/p/1'>من نحن</a> | <a href='/p/2'>هيئة التحرير</a> | "
        "<a href='/p/3'>اتصل بنا</a></div>"
    )
    html = page(f"<span class='art-author'>هيئة التحرير</span>{PARAS}{footer}")
    assert extract(html).authors == ["هيئة التحرير"]


def test_a_paid_storys_promotion_between_paragraphs_is_no_text() -> None:
    promo = (
        "<div class='plus-teaser'><div>النهار بلس <span>حصري للمشتركين</span></div>"
        "<h3><a href='/premium/507990'>كيف تحولت دور النشر الصغيرة إلى لاعب رئيسي؟</a></h3>"
        "<p class='excerpt'>في تحقيق موسع، تتبعت «النهار» مسار عشرين دار نشر ناشئة.</p>"
        "<a class='btn' href='/subscribe'>اشترك لمتابعة القراءة</a></div>"
    )
    html = page(f"<p>{THREE[0]}</p><p>{THREE[1]}</p>{promo}<p>{THREE[2]}</p>")
    assert extract(html).body == THREE


def test_an_agency_its_editors_initials_and_the_filing_time_close_the_copy() -> None:
    closing = "--(بترا) م ح/ س ك/ ع ع 14:20"
    assert [s.code for s in read_credit_line(closing) or []] == ["PETRA"]
    article = extract(page(f"{PARAS}<p>{closing}</p>"))
    assert article.body == THREE and [s.code for s in article.sources] == ["PETRA"]


def test_a_place_a_colon_and_a_name_between_headline_and_text_is_the_writer() -> None:
    html = page(
        f"<div class='itemIntroText'><p>نواكشوط: محمدن ولد سيدي</p><p>{THREE[0]}</p></div>"
        f"<div class='itemFullText'><p>{THREE[1]}</p><p>{THREE[2]}</p></div>"
    )
    article = extract(html)
    assert article.authors == ["محمدن ولد سيدي"] and article.dateline == "نواكشوط"


def test_a_day_written_as_an_ordinal_word_dates_the_page() -> None:
    html = page(f"<span class='ArticleDate'>الاثنين الثالث من مارس 2025</span>{PARAS}")
    fetched = dt.datetime(2025, 3, 5, 11, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    article = extract(html, reference_time=fetched)
    assert article.published is not None and article.published.datetime.date() == dt.date(
        2025, 3, 3
    )


def test_editors_initials_after_a_rule_of_tatweels_close_the_copy() -> None:
    assert extract(page(f"{PARAS}<p>ـــــ ع.ف/م.ع</p>")).body == THREE


def test_for_more_news_over_links_closing_the_text_heads_related_links() -> None:
    links = (
        "<p><strong>لمزيد من الأخبار:</strong></p><ul>"
        "<li><a href='/ar/news/local/fares'>تخفيض 50% على تذاكر قطار الرياض للطلاب</a></li>"
        "<li><a href='/ar/news/local/bus'>إطلاق 22 مساراً جديداً لحافلات الرياض</a></li></ul>"
    )
    article = extract(
        page(f"<div class='text'>{PARAS}{links}</div>"), url="https://example.sa/ar/1"
    )
    assert article.body == THREE and len(article.related) == 2


def test_a_portal_named_in_a_title_over_lines_of_its_own_credits_itself_no_source() -> None:
    headline = "إصابة شاب برصاص الاحتلال خلال اقتحام مخيم الدهيشة"
    html = (
        f"<html><head><title>\n\tوكالة الصدى الإخبارية - {headline}\n</title></head><body>"
        f"<h1>{headline}</h1><p>بيت لحم- الصدى- {PARA}</p><p>{THREE[1]}</p><p>{THREE[2]}</p>"
        "</body></html>"
    )
    assert extract(html).sources == []


def test_a_writers_face_alone_in_the_byline_box_names_the_writer() -> None:
    byline = (
        "<div class='Byline_byline__K3zfR'><a href='/ar/author/tamer-yousef' title='صفحة الكاتب'>"
        "<img alt='تامر يوسف' width='44' height='44' src='/a.jpg'></a>"
        "<span class='Byline_place__0GqLs'>جدة</span></div>"
    )
    assert extract(page(f"{byline}{PARAS}")).authors == ["تامر يوسف"]


def test_for_more_news_follow_us_is_a_follow_prompt_not_related() -> None:
    prompt = "<p>للمزيد من الأخبار تابعونا على تطبيق <a href='/app'>صدى المحروسة</a></p>"
    article = extract(page(f"{PARAS}{prompt}"), url="https://example.eg/news/1")
    assert article.related == [] and article.body == THREE


def test_a_generic_agencies_credit_leaves_the_leads_named_agency_its_credit() -> None:
    lead = f"جنيف - {PARA}، بحسب ما ذكرته وكالة فرانس برس."
    html = page(f"<p>{lead}</p><p>{THREE[1]}</p><p>{THREE[2]}</p><p>المصدر: وكالات</p>")
    assert sorted(s.code for s in extract(html).sources) == ["AFP", "AGENCIES"]


def test_a_signature_with_its_label_under_a_dated_statement_is_no_text() -> None:
    html = page(
        f"{PARAS}<p>حرر بالرباط في 20 مارس 2024</p>"
        "<p>عن الوزير وبتفويض منه<br>الكاتب العام<br>الإمضاء: عبد اللطيف بنصالح</p>"
    )
    assert extract(html).body == [*THREE, "حرر بالرباط في 20 مارس 2024"]


def test_a_lead_naming_the_agency_that_carried_the_statement_credits_it() -> None:
    lead = lead_credit(f"{PARA}، وذلك في بلاغ نقلته وكالة المغرب العربي للأنباء.")
    assert lead is not None and lead.code == "MAP"


def test_a_tables_data_note_is_neither_text_nor_credit() -> None:
    note = "<p>بيانات الجدول: تقرير فجوة الانبعاثات، برنامج الأمم المتحدة للبيئة</p>"
    html = page(f"<p>{THREE[0]}</p>{note}<p>{THREE[1]}</p><p>{THREE[2]}</p>")
    article = extract(html)
    assert article.body == THREE and article.sources == []


def test_spans_styled_as_blocks_are_paragraphs() -> None:
    spans = "".join(f"<span style='display:block;margin-bottom:12px'>{p}</span>" for p in THREE)
    inline = "<span style='display:inline-block'>و</span>"
    assert extract(page(f"<div class='NewsText'>{spans}</div>")).body == THREE
    assert len(extract(page(f"<div>{PARAS}<p>{inline}{PARA}</p></div>")).body) == 4


def test_a_writer_in_latin_then_arabic_letters_is_one_writer_in_arabic() -> None:
    assert split_byline("Omar Al-Hashimi (عمر الهاشمي)") == ["عمر الهاشمي"]


def test_a_short_standfirst_over_the_lead_leaves_the_lead_its_credit() -> None:
    lead = f"الرياض – قالت وكالة رويترز، نقلاً عن ثلاثة مصادر مطلعة، إن {PARA}"
    html = page(f"<p>الخطة تشمل تحويل محطات تعمل بالنفط</p><p>{lead}</p>{PARAS}")
    assert [s.code for s in extract(html).sources] == ["REUTERS"]


def test_a_channel_named_with_its_number_after_a_place_credits_it() -> None:
    found = read_dateline(f"أربيل (كوردستان 24)- {PARA}")
    assert found is not None and found.place == "أربيل"
    assert [s.name for s in found.sources] == ["كوردستان 24"]


def test_a_name_over_a_linked_email_closing_the_text_signs_it() -> None:
    signature = (
        "<p><b>سامر عودة</b><br><a href='mailto:samer.odeh@example.com'>"
        "samer.odeh@example.com</a></p>"
    )
    article = extract(page(f"{PARAS}{signature}"))
    assert article.authors == ["سامر عودة"] and article.body == THREE


def test_a_labelled_update_under_a_ticker_after_the_text_is_read() -> None:
    ticker = (
        "<div class='breaking-ticker'><ul><li><span class='time'>18:52</span> عاجل | غارة على "
        "أطراف بلدة</li><li><span class='time'>18:40</span> عاجل | دعوة إلى جلسة</li>"
        "<li><span class='time'>18:31</span> عاجل | إقفال طريق</li><li><span class='time'>"
        "18:05</span> عاجل | تمديد التعميم</li></ul></div>"
    )
    footer = (
        "<div class='itemContentFooter'><span>آخر تعديل في الخميس, 11 نيسان/أبريل 2024 19:20"
        "</span></div>"
    )
    stamp = "<span class='itemDateCreated'>الخميس, 11 نيسان/أبريل 2024 18:45</span>"
    text = (
        f"<div class='itemIntroText'><p>{THREE[0]}</p></div>"
        f"<div class='itemFullText'><p>{THREE[1]}</p><p>{THREE[2]}</p></div>"
    )
    html = page(f"{stamp}<div class='itemBody'>{text}{ticker}{footer}</div>")
    fetched = dt.datetime(2024, 4, 12, 9, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    article = extract(html, reference_time=fetched)
    assert article.modified is not None
    assert article.modified.datetime.replace(tzinfo=None) == dt.datetime(2024, 4, 11, 19, 20)


def test_articles_in_the_same_context_head_related_links() -> None:
    box = (
        "<div class='articles_lies'><h3>مقالات في نفس السياق</h3><ul>"
        "<li><a href='/article/97322/port'>صفاقس: تعطل الشحن بالميناء التجاري</a></li>"
        "<li><a href='/article/96870/plan'>ديوان الموانئ يعلن برنامج استثمارات</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://example.tn/article/1")
    assert len(article.related) == 2


def test_a_short_line_under_a_picture_in_its_own_box_is_its_caption() -> None:
    figure = (
        "<div class='text-center'><img src='/chart.png' alt=''><br>"
        "<small>رسم بياني: متوسط سعر القدم المربعة للشقق في أبرز مناطق دبي (بيانات مدار "
        "للاستشارات العقارية)</small></div>"
    )
    html = page(
        f"<div class='text'><p>{THREE[0]}</p>{figure}<p>{THREE[1]}</p><p>{THREE[2]}</p></div>"
    )
    assert extract(html).body == THREE


def test_a_cards_time_and_the_boxs_label_inside_its_link_are_no_part_of_the_title() -> None:
    inline = (
        "<div class='story-element-also-read'><a class='also-read-m__wrapper' "
        "href='/tourism/asir-summer'><span class='also-read-m__label'>اقرأ أيضًا</span>\n"
        "<span class='also-read-m__title'>صيف عسير 2025.. أكثر من 200 فعالية في أبها</span>"
        "</a></div>"
    )
    box = (
        "<section class='related-stories'><h3>قصص ذات صلة</h3><a class='card' "
        "href='/saudia/fog-warning'><span class='card__headline'>مرور عسير يحذر من الضباب"
        "</span><span class='card__time'>منذ 6 أيام</span></a></section>"
    )
    html = page(f"<p>{THREE[0]}</p>{inline}<p>{THREE[1]}</p><p>{THREE[2]}</p>{box}")
    article = extract(html, url="https://example.sa/a/1")
    assert [r.title for r in article.related] == [
        "صيف عسير 2025.. أكثر من 200 فعالية في أبها",
        "مرور عسير يحذر من الضباب",
    ]


def test_the_portals_exclusivity_mark_after_its_name_in_parentheses_ends_the_dateline() -> None:
    found = read_dateline(f"عدن (عدن المساء) خاص: {PARA}", own_names=("عدن المساء",))
    assert found is not None and found.place == "عدن"


def test_a_date_and_its_time_apart_by_a_separator_over_the_kicker_join() -> None:
    row = (
        "<div class='item-date'><span class='fa-date'>الأربعاء ۲۲ اسفند ۱۴۰۳</span>"
        "<span class='sep'>|</span><span class='en-date'>12 مارس 2025</span>"
        "<span class='sep'>|</span><span class='item-time'>۱۴:۲۰</span></div>"
        "<div class='item-code'>رمز الخبر: <span>48213</span></div>"
        "<h2 class='rutitr'>طهران – النقل والمرور</h2>"
    )
    html = (
        f"<html><body><article>{row}<h1>بلدية طهران تعلن خطة مرورية استثنائية لعطلة النوروز</h1>"
        f"{PARAS}</article></body></html>"
    )
    fetched = dt.datetime(2025, 3, 13, 9, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30)))
    article = extract(html, reference_time=fetched)
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2025, 3, 12, 14, 20)


def test_a_read_also_label_near_the_texts_end_leaves_the_paragraph_under_it() -> None:
    also = "<p><strong>شاهد أيضا:</strong></p><p><a href='/news/2024/5/5/1'>{}</a></p>"
    html = page(
        f"<div class='text'><p>{THREE[0]}</p><p>{THREE[1]}</p>"
        + also.format("الصحة تحذر من تناول الفسيخ المجهول المصدر")
        + f"<p>{THREE[2]}</p></div>"
    )
    assert extract(html, url="https://example.eg/news/1").body == THREE


def test_the_portals_name_before_a_related_title_and_a_back_to_top_link_are_dropped() -> None:
    head = "<meta property='og:site_name' content='موقع الرصيف'>"
    box = (
        "<div class='related'><h3>أخبار ذات صلة</h3><ul><li><a href='/health/2024/11/02/stock'>"
        "موقع الرصيف | وزير الصحة: مخزون الأدوية يكفي لشهرين</a></li>"
        "<li><a href='/ar/1#startOfPage'>عد إلى الأعلى</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}", head=head), url="https://www.example-raseef.com/ar/1")
    assert [r.title for r in article.related] == ["وزير الصحة: مخزون الأدوية يكفي لشهرين"]


def test_a_place_that_is_also_a_word_after_the_agency_is_the_dateline() -> None:
    found = read_dateline(f"وطنية - صور - {PARA}")
    assert found is not None and found.place == "صور"
    assert [s.code for s in found.sources] == ["NNA"]


def test_a_source_line_naming_an_outlet_in_two_words_credits_it() -> None:
    assert read_credit_line("المصدر: عنب بلدي") == [Source(name="عنب بلدي")]
    assert read_credit_line("المصدر: وسائل إعلام") == []


def test_a_body_box_whose_id_says_what_a_script_adds_to_it_is_the_text() -> None:
    summary = "سلفة الخزينة الجديدة تؤمّن الفيول لأشهر الصيف، لكنها تعيد فتح النقاش."
    html = page(
        f"<p class='article-summary'>{summary}</p>"
        f"<div class='articleMainText' id='bodyToAddTags'>{PARAS}</div>"
    )
    assert extract(html).body == [summary, *THREE]


def test_a_paragraph_reporting_an_agency_with_a_shadda_on_its_that_credits_it() -> None:
    later = "أفادت «الوكالة الوطنية للإعلام» بأنّ طريق ضهر البيدر أُقفلت صباح اليوم."
    html = page(f"<p>{THREE[0]}</p><p>{later}</p><p>{THREE[2]}</p>")
    assert [s.code for s in extract(html).sources] == ["NNA"]


def test_related_links_offered_only_without_scripts_are_read() -> None:
    fallback = (
        "<div id='related-js'></div><noscript><div class='relatedNewsFallback'>"
        "<h3>أخبار ذات صلة</h3><ul><li><a href='/economy/item/36502-olive-export'>"
        "اتفاق لتصدير 3 آلاف طن من زيت الزيتون</a></li><li><a href='/local/item/36455-jenin'>"
        "مزارعو جنين يشكون منعهم من الوصول إلى الحقول</a></li></ul></div></noscript>"
    )
    article = extract(page(f"{PARAS}{fallback}"), url="https://example.ps/item/1")
    assert [r.url for r in article.related] == [
        "https://example.ps/economy/item/36502-olive-export",
        "https://example.ps/local/item/36455-jenin",
    ]


def test_a_wires_by_line_over_its_dateline_names_the_writer() -> None:
    lead = f"بغداد (رويترز) - {PARA}"
    html = page(f"<p><strong>من كريم الصافي</strong></p><p>{lead}</p>{PARAS}")
    article = extract(html)
    assert article.authors == ["كريم الصافي"] and article.body[0] == lead


def test_a_foreign_title_beside_another_outlet_in_a_credit_line_is_credited() -> None:
    assert read_credit_line("المصدر: ماركا + ذا أثلتيك") == [
        Source(name="ماركا"),
        Source(name="ذا أثلتيك"),
    ]


def test_a_time_alone_under_the_headline_is_read_on_the_day_of_the_address() -> None:
    stamp = "<span class='article-details__time'>10:45 ص</span>"
    fetched = dt.datetime(2025, 3, 15, 13, 20, tzinfo=dt.timezone(dt.timedelta(hours=4)))
    article = extract(
        page(f"{stamp}{PARAS}"),
        url="https://www.example-times.com/uae/2025/03/15/sharjah-iftar-meals",
        reference_time=fetched,
    )
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2025, 3, 15, 10, 45)


def test_the_portals_web_desk_alone_over_the_text_is_no_text() -> None:
    head = "<meta property='og:site_name' content='آسو نيوز'>"
    html = page(f"<div class='content'><p><strong>آسو ديجيتال</strong></p>{PARAS}</div>", head=head)
    article = extract(html)
    assert article.body == THREE and article.authors == []


def test_a_place_the_day_in_words_and_a_dash_open_a_dateline() -> None:
    found = read_dateline(f"بورتسودان 14 أبريل 2025 – {PARA}")
    assert found is not None and found.place == "بورتسودان" and found.sources == []
    assert read_dateline(f"الخرطوم 3 آلاف - {PARA}") is None


def test_greater_tunis_opens_datelines() -> None:
    found = read_dateline(f"رادس – {PARA}")
    assert found is not None and found.place == "رادس"


def test_wams_dateline_with_the_day_in_both_calendars_is_read() -> None:
    found = read_dateline(f"أبوظبي في 14 رمضان 1445هـ الموافق 24 مارس 2024م / وام / {PARA}")
    assert found is not None and found.place == "أبوظبي"
    assert [s.code for s in found.sources] == ["WAM"]


def test_a_date_with_its_months_name_between_slashes_is_read_and_names_no_writer() -> None:
    row = (
        "<div class='byline'><span>تحرير:</span> <a href='/Author/3307'>سارة محمود</a>"
        "<div class='byline-dates'><time>السبت 15/نوفمبر/2025 - 06:30 م</time></div></div>"
    )
    fetched = dt.datetime(2025, 11, 16, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    article = extract(page(f"{row}{PARAS}"), reference_time=fetched)
    assert article.authors == ["سارة محمود"]
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2025, 11, 15, 18, 30)


def test_card_section_labels_inside_related_links_are_no_part_of_their_titles() -> None:
    box = (
        "<aside class='ReadAlso_box__Lw8xZ'><span>اقرأ أيضا</span><a href='/t/2025/02/20/japan'>"
        "<span class='ReadAlso_section__rT6aK'>ترجمات</span><span>كيف تستعد اليابان لمجتمع "
        "المسنين؟</span></a></aside><div class='related'><h3>أخبار ذات صلة</h3><ul><li>"
        "<a href='/news/1'><span class='item-sec'>أخبار مصر</span> خطوات تحديث بيانات البطاقة "
        "التموينية</a></li></ul></div>"
    )
    html = page(f"<p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p>")
    article = extract(html, url="https://www.example-manara.net/a/1")
    assert [r.title for r in article.related] == [
        "كيف تستعد اليابان لمجتمع المسنين؟",
        "خطوات تحديث بيانات البطاقة التموينية",
    ]


def test_a_note_that_the_item_is_being_updated_and_a_content_disclaimer_are_no_text() -> None:
    notes = (
        "<p><em>جارٍ تحديث الخبر...</em></p>"
        "<p>تنويه: توقعات الأبراج اجتهادات فلكية، ويُنشر هذا المحتوى بغرض التسلية فقط.</p>"
    )
    assert extract(page(f"{PARAS}{notes}")).body == THREE


def test_mount_lebanons_towns_open_datelines() -> None:
    found = read_dateline(f"جبيل - {PARA}")
    assert found is not None and found.place == "جبيل"


def test_a_magazines_issue_page_is_no_article() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
        '"@type": "PublicationIssue", "issueNumber": "38", "datePublished": '
        '"2025-03-01"}</script>'
    )
    with pytest.raises(NotAnArticleError):
        extract(page(PARAS, head=head))


def test_the_storys_writer_label_kataba_al_khabar_is_no_name() -> None:
    assert split_byline("كتب الخبر جراح الناصر") == ["جراح الناصر"]


def test_a_lens_credit_and_a_colleague_title_are_no_part_of_the_writers_name() -> None:
    assert split_byline("كتبت: منى عبد الحميد عدسة: أحمد سمير") == ["منى عبد الحميد"]
    assert split_byline("الزميل ماجد الرواشدة") == ["ماجد الرواشدة"]


def test_a_numbered_related_lists_number_span_is_no_part_of_the_title() -> None:
    box = (
        "<div class='related'><h3>أخبار ذات صلة</h3><ol><li><a href='/2024/11/14/water/'>"
        "<span class='td-num'>1</span> ضبط 40 اعتداء على خطوط مياه رئيسية</a></li></ol></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-rumman.com/a/1")
    assert [r.title for r in article.related] == ["ضبط 40 اعتداء على خطوط مياه رئيسية"]


def test_the_text_served_behind_a_registration_wall_is_the_articles() -> None:
    wall = (
        "<div class='regwall'><h3>سجل الآن لمتابعة القراءة</h3><p>أنشئ حسابك المجاني في أقل "
        "من دقيقة.</p></div>"
    )
    html = page(
        f"<div class='text'><p>{THREE[0]}</p>{wall}<div class='paywalled-content is-faded'>"
        f"<p>{THREE[1]}</p><p>{THREE[2]}</p></div></div>"
    )
    assert extract(html).body == THREE


def test_a_tables_title_set_right_before_its_box_is_no_text() -> None:
    table = (
        "<div class='table-title'>النتائج المالية (مليون ريال)</div><div class='table-responsive'>"
        "<table><tr><th>البند</th><th>الربع الأول</th></tr><tr><td>الإيرادات</td><td>512</td></tr>"
        "<tr><td>صافي الربح</td><td>112</td></tr></table></div>"
    )
    html = page(
        f"<div class='text'><p>{THREE[0]}</p><p>{THREE[1]}</p>{table}<p>{THREE[2]}</p></div>"
    )
    assert extract(html).body == THREE


def test_a_dated_stamp_in_the_portals_zone_beats_a_machine_value_hours_away() -> None:
    head = "<meta property='article:published_time' content='2024-03-06T10:30:00+03:00'>"
    stamp = (
        "<div class='news-data'><span class='date-publish'>الثلاثاء 5 مارس 2024 - 07:45 م"
        "</span></div>"
    )
    article = extract(page(f"{stamp}{PARAS}", head=head), reference_time=REF)
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2024, 3, 5, 19, 45)
    assert any("in its own zone" in w for w in article.extraction.warnings)


def test_a_brief_under_the_date_row_with_its_counter_and_credit_is_the_standfirst() -> None:
    brief = "تستهدف الحملة الأسر المتعففة في أربع مدن بمشاركة مئات المتطوعين"
    header = (
        "<div class='news-info'><span class='info-item'><span class='date'>6 مارس 2024</span>"
        "</span>"
        "<span class='info-item'>عدد المشاهدات: <span>٣٬٢١٤</span></span>"
        "<span class='info-item'>المصدر: <span>واس</span></span></div>"
        f"<div class='news-brief'><span>{brief}</span></div>"
    )
    assert extract(page(f"{header}<div class='text'>{PARAS}</div>"), reference_time=REF).body == [
        brief,
        *THREE,
    ]


def test_an_appeal_for_readers_money_closing_the_text_is_no_text() -> None:
    appeal = (
        "<hr><div class='kg-callout-card'><div class='kg-callout-text'><b>ادعم الصحافة المستقلة"
        "</b><br>يحتاج تحقيق واحد مثل هذا إلى أشهر من العمل الميداني والتدقيق، ونعتمد على دعم "
        "قرائنا.</div></div><p>إذا كنت تقدّر هذا النوع من الصحافة، فكّر في أن تصبح داعما شهريا."
        "</p><div class='kg-button-card'><a href='/donate/'>تبرّع الآن</a></div>"
    )
    assert extract(page(f"{PARAS}{appeal}")).body == THREE


def test_the_portals_one_word_name_before_its_medium_is_the_portal() -> None:
    assert is_site_name("سبق", ("صحيفة سبق الإلكترونية",))
    assert not is_site_name("الإلكترونية", ("صحيفة سبق الإلكترونية",))


def test_a_date_the_related_headline_tells_is_not_the_items_date() -> None:
    box = (
        "<div class='related'><h3>أخبار ذات صلة</h3><ul><li><a href='/local/dams'>تراجع مخزون "
        "السدود إلى أدنى مستوى منذ عشر سنوات</a></li></ul></div>"
    )
    article = extract(
        page(f"{PARAS}{box}"), url="https://www.example-nabd.net/a/1", reference_time=REF
    )
    assert [(r.title, r.published) for r in article.related] == [
        ("تراجع مخزون السدود إلى أدنى مستوى منذ عشر سنوات", None)
    ]


def test_a_cards_media_badge_inside_its_link_is_no_part_of_the_title() -> None:
    box = (
        "<div class='related'><h3>المزيد حول هذه القصة</h3><ul><li><a href='/v/1'><span "
        "class='media-badge'>فيديو</span> <span class='media-title'>طوابير الصهاريج في ماركا "
        "الشمالية صيف العام الماضي</span></a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-nabd.net/a/1")
    assert [r.title for r in article.related] == [
        "طوابير الصهاريج في ماركا الشمالية صيف العام الماضي"
    ]


def test_an_update_time_after_the_word_hour_is_read_on_the_publication_day() -> None:
    stamp = (
        "<div class='meta'><span class='published'>الثلاثاء 5 مارس 2024 - الساعة 10:15 بتوقيت "
        "غرينتش</span><span class='updated'>آخر تحديث: الساعة 12:40 بتوقيت غرينتش</span></div>"
    )
    article = extract(page(f"{stamp}{PARAS}"), reference_time=REF)
    assert article.modified is not None
    assert article.modified.datetime == dt.datetime(2024, 3, 5, 12, 40, tzinfo=dt.timezone.utc)


def test_a_lead_clause_reporting_an_agency_after_fima_credits_it() -> None:
    lead = (
        "أربيل (كوردستان 24) - قال مسؤول في الوزارة إن المحادثات دخلت مرحلة حاسمة، فيما قالت "
        "وكالة رويترز إن الأطراف تقترب من اتفاق."
    )
    credit = lead_credit(lead)
    assert credit is not None and credit.code == "REUTERS"


def test_a_standfirst_opening_with_a_ministers_title_is_no_role_line() -> None:
    assert is_role_line("مراسلة Meridian News في أدري، تشاد")
    assert not is_role_line(
        "وزير البيئة والتطوير العمراني التركي أكد أن عدد المساكن المنجزة في منطقة الزلزال "
        "سيتجاوز 300 ألف وحدة قبل نهاية العام الجاري"
    )


def test_a_story_taken_down_in_the_full_layout_is_no_article() -> None:
    gone = "<h1>هذا الخبر لم يعد متاحا</h1><p>ربما تم حذفه أو نقله. جرّب البحث في الموقع.</p>"
    html = page(f"{gone}{PARAS}").replace("<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>", "")
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_an_update_line_closing_the_texts_own_box_is_the_modified_time() -> None:
    stamp = "<div class='date'>الأربعاء، ٠٦/٠٣/٢٠٢٤ م ٠٢:٢٠ مساءً</div>"
    update = "<div class='article-update'>آخر تحديث: ٠٦/٠٣/٢٠٢٤ م - ٠٤:٠٥ مساءً</div>"
    html = page(f"{stamp}<div class='article-text'>{PARAS}{update}</div>")
    article = extract(html, reference_time=REF)
    assert article.modified is not None
    assert article.modified.datetime.replace(tzinfo=None) == dt.datetime(2024, 3, 6, 16, 5)


def test_a_place_the_portals_name_and_a_colon_then_the_writer() -> None:
    head = "<meta property='og:site_name' content='بوابة الوسط'>"
    byline = "<p class='byline'>طرابلس - بوابة الوسط: سالم العبيدي</p>"
    article = extract(page(f"{byline}{PARAS}", head=head))
    assert (article.authors, article.sources, article.dateline) == (["سالم العبيدي"], [], "طرابلس")


def test_a_market_reports_note_that_it_is_no_advice_is_no_text() -> None:
    note = (
        "<p>تُنشر تقارير «صدى الرياض» العقارية بالتعاون مع وحدة البيانات في الصحيفة، ولا تمثل "
        "توصية بالشراء أو البيع.</p>"
    )
    assert extract(page(f"{PARAS}{note}")).body == THREE


def test_a_related_story_repeated_with_tracking_parameters_is_listed_once() -> None:
    box = (
        "<div class='related'><h3>مقالات ذات صلة</h3><ul>"
        "<li><a href='/eco/lgv-works/'>انطلاق أشغال الشطر الأول من الخط فائق السرعة</a></li>"
        "<li><a href='/eco/oncf-2023/'>ارتفاع عدد مسافري القطارات إلى مستوى قياسي</a></li>"
        "<li><a href='/eco/lgv-works/?utm_source=related&utm_medium=td_block'>انطلاق أشغال الشطر "
        "الأول من الخط فائق السرعة</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-atlas.com/a/1")
    assert [r.url for r in article.related] == [
        "https://www.example-atlas.com/eco/lgv-works/",
        "https://www.example-atlas.com/eco/oncf-2023/",
    ]


def test_more_details_as_a_boxs_title_heads_its_related_link() -> None:
    box = (
        "<div class='MoreDetails'><div class='MoreDetailsTitle'>لمزيد من التفاصيل</div><ul>"
        "<li><a href='/Article.aspx?id=882417'>بدء تطبيق قرار حظر العمل وقت الظهيرة في الأماكن "
        "المكشوفة</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-waha.com/Article.aspx?id=1")
    assert [r.title for r in article.related] == [
        "بدء تطبيق قرار حظر العمل وقت الظهيرة في الأماكن المكشوفة"
    ]


def test_the_section_a_related_card_prints_before_its_title_is_dropped() -> None:
    nav = (
        "<div class='main-menu'><a href='/local/'>محليات</a> <a href='/sport/'>رياضة</a> "
        "<a href='/infographic/'>إنفوغراف</a></div>"
    )
    box = (
        "<div class='related'><h3>مقالات ذات صلة</h3><ul>"
        "<li><a href='/sport/1/'>رياضة | الفيصلي يتعاقد مع مهاجم عراقي لتعويض غياب هدافه</a></li>"
        "<li><a href='/info/2/'>إنفوغراف | كيف تُحسب فاتورة الكهرباء وفق التعرفة الجديدة؟</a></li>"
        "</ul></div>"
    )
    html = page(f"{PARAS}{box}").replace("<article>", f"{nav}<article>")
    article = extract(html, url="https://www.example-nabd.com/a/1")
    assert [r.title for r in article.related] == [
        "الفيصلي يتعاقد مع مهاجم عراقي لتعويض غياب هدافه",
        "إنفوغراف | كيف تُحسب فاتورة الكهرباء وفق التعرفة الجديدة؟",
    ]


def test_a_correction_boxed_over_the_text_leaves_the_dateline_to_the_lead() -> None:
    intro = (
        "<div class='itemIntroText'><div class='correction-box'><p><strong>تصحيح:</strong> ورد "
        "في نسخة سابقة من هذا الخبر أن عدد العائلات بلغ 1200 عائلة، والصحيح أنه بلغ نحو 700 "
        f"عائلة.</p></div><p>البصرة (أ ف ب) - {PARA}</p></div>"
    )
    article = extract(page(f"{intro}<div class='itemFullText'>{PARAS}</div>"))
    assert article.dateline == "البصرة"


def test_a_live_entrys_flag_alone_is_a_badge() -> None:
    assert line_kind("مهم") == "badge"
    assert line_kind("هام") == "badge"
    assert line_kind("مهم جدا أن نعرف ما يجري") is None


def test_a_photographers_credit_after_the_rows_bar_needs_no_colon() -> None:
    assert split_byline("| تصوير سعد هنداوي") == []
    assert split_byline("تصوير ونص: خالد العمري") == ["خالد العمري"]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [("عدن الغد - خاص:", None), ("أثير - مكتب أثير في صلالة", "صلالة")],
)
def test_the_portals_own_credit_alone_over_the_text_is_no_text(
    line: str, dateline: str | None
) -> None:
    name = line.split(" - ")[0]
    head = f"<meta property='og:site_name' content='{name}'>"
    article = extract(page(f"<p><strong>{line}</strong></p>{PARAS}", head=head))
    assert (article.body, article.dateline, article.sources) == (THREE, dateline, [])


def test_a_writers_bio_closing_on_a_quoted_title_is_no_byline() -> None:
    bio = (
        "أستاذة التخطيط العمراني في جامعة الشارقة، تكتب عن المدن والمناخ والسياسات العامة، وصدر "
        "لها كتاب «مدن في مواجهة الحر»."
    )
    assert split_byline(bio) == []


def test_an_agency_in_the_list_of_sources_under_the_text_credits_it() -> None:
    sources = (
        "<p><strong>المصادر:</strong></p><ul><li><a href='https://journal.example/a'>المجلة "
        "الأوروبية لأمراض القلب - النوم القصير وارتفاع ضغط الدم</a></li><li><a "
        "href='https://wire.example/b'>وكالة الأنباء الألمانية (د ب أ)</a></li></ul>"
    )
    article = extract(page(f"<div class='text'>{PARAS}{sources}</div>"))
    assert (article.body, [s.code for s in article.sources]) == (THREE, ["DPA"])


def test_related_news_headed_dhat_alaqa_all_on_one_line_with_their_days() -> None:
    box = (
        "<table><tr><td><b>أخبار ذات علاقة</b></td></tr><tr><td>&#9658; <a href='news.asp?id=1'>"
        "وزير الزراعة يتفقد مشاريع الحواجز المائية في وادي مور</a> <font>(2010/11/09)</font><br>"
        "&#9658; <a href='news.asp?id=2'>مزارعو المراوعة يطالبون بسرعة استكمال قنوات الري</a> "
        "<font>(2010/10/28)</font><br>&#9658; <a href='news.asp?id=3'>تقرير: تراجع منسوب المياه "
        "الجوفية في سهل تهامة بمعدل مترين سنوياً</a> <font>(2010/09/30)</font></td></tr></table>"
    )
    article = extract(page(f"{PARAS}{box}"), url="http://www.example-tihama.net/news.asp?id=9")
    assert [r.url for r in article.related] == [
        f"http://www.example-tihama.net/news.asp?id={n}" for n in (1, 2, 3)
    ]


def test_a_photo_of_the_days_headline_is_a_related_title() -> None:
    box = (
        "<div class='related'><h3>مواضيع ذات صلة</h3><ul><li><a href='/2025/01/10/fund/'>صيادو "
        "الجنوب يطالبون بصندوق طوارئ لتعويض أيام التعطل</a></li><li><a href='/2025/01/09/snow/'>"
        "صورة اليوم: ثلوج مبكرة تكسو قمم صنين</a></li><li><a href='/2025/01/08/x/'>صورة: رويترز"
        "</a></li></ul></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-marsad.com/a/1")
    assert [r.title for r in article.related] == [
        "صيادو الجنوب يطالبون بصندوق طوارئ لتعويض أيام التعطل",
        "صورة اليوم: ثلوج مبكرة تكسو قمم صنين",
    ]


def test_a_name_split_at_the_waw_of_its_last_word_is_put_back_by_the_metadata() -> None:
    head = "<meta name='author' content='د. مارتن ويلز'>"
    byline = "<div class='byline'>بقلم: <a href='/author/martin-wells/'>د. مارتن ويلز</a></div>"
    article = extract(page(f"{byline}{PARAS}", head=head))
    assert article.authors == ["د. مارتن ويلز"]


def test_the_portals_name_a_dash_and_a_name_over_the_text_is_its_writer() -> None:
    head = "<meta property='og:site_name' content='وكالة عمون الاخبارية'>"
    article = extract(page(f"<p><strong>عمون - ليث العبادي</strong></p>{PARAS}", head=head))
    assert (article.authors, article.body) == (["ليث العبادي"], THREE)


def test_a_name_in_bold_alone_over_the_first_paragraph_signs_the_column() -> None:
    article = extract(page(f"<div class='text'><p><strong>محمود الشافعي</strong></p>{PARAS}</div>"))
    assert (article.authors, article.body) == (["محمود الشافعي"], THREE)


def test_a_columns_title_tag_names_its_writer_before_yaktub() -> None:
    head = "<title>سامر الحلبي يكتب: عنوان الخبر الرئيسي في الصفحة اليوم - موقع</title>"
    assert extract(page(PARAS, head=head)).authors == ["سامر الحلبي"]


def test_an_article_filed_under_the_writers_section_is_no_writers_page() -> None:
    assert not is_author_page("https://www.example.com/index.php/kuttab/item/21388-labour")
    assert is_author_page("https://www.example.com/kuttab/salem-hashmi")


def test_a_series_box_lists_its_other_parts_as_related() -> None:
    box = (
        "<div class='serie-box'><h2>سلسلة مقالات: العطش القادم</h2><ol><li><span>الجزء 1</span> "
        "<a href='/dossiers/part-1'>واحات درعة تفقد ثلثي نخيلها في ثلاثة عقود</a></li><li><span>"
        "الجزء 3</span> <span>شباب الواحات بين الهجرة والبقاء</span></li></ol></div>"
    )
    article = extract(page(f"{PARAS}{box}"), url="https://www.example-wahat.com/dossiers/part-3")
    assert [r.title for r in article.related] == ["واحات درعة تفقد ثلثي نخيلها في ثلاثة عقود"]


def test_an_agency_reported_after_the_portals_follow_up_note_credits_it() -> None:
    lead = "بغداد اليوم - متابعة ذكرت وكالة رويترز، اليوم الخميس، أن العراق يعتزم خفض صادراته."
    credit = lead_credit(lead)
    assert credit is not None and credit.code == "REUTERS"


@pytest.mark.parametrize("site", ["هسبريس نيوز", "البيان اليومي"])
def test_the_portals_name_before_its_web_word_or_its_kind_is_the_portal(site: str) -> None:
    assert is_site_name(site.split()[0], (site,))


def test_a_beat_editor_signing_as_the_desk_is_the_author() -> None:
    assert split_byline("المحرر الاقتصادي") == ["المحرر الاقتصادي"]


def test_an_agencys_own_site_is_no_source_of_its_own_stories() -> None:
    head = "<meta property='og:site_name' content='وكالة الأنباء السعودية'>"
    html = page(f"<p>الرياض 16 مارس 2025 (واس) - {PARA}</p>{PARAS}", head=head)
    assert extract(html).sources == []


def test_spas_filing_time_code_closes_the_text() -> None:
    assert is_wire_end("11:42 ت م 0045")


def test_a_timetables_day_in_a_paragraph_ending_like_a_sentence_is_text() -> None:
    items = (
        "<p><strong>الأحد 12 يناير:</strong> اللغة العربية.</p>"
        "<p><strong>الأربعاء 15 يناير:</strong> العلوم.</p>"
    )
    article = extract(page(f"<div class='text'>{PARAS}{items}</div>"), reference_time=REF)
    assert article.body[-2:] == ["الأحد 12 يناير: اللغة العربية.", "الأربعاء 15 يناير: العلوم."]


def test_a_download_line_after_its_lead_in_is_no_text() -> None:
    line = "<p>للاطلاع على النشرة كاملة: <a href='/files/b.pdf'>تحميل ملف PDF</a></p>"
    assert extract(page(f"<div class='text'>{PARAS}{line}</div>")).body == THREE


def test_an_update_note_in_parentheses_closing_the_text_is_no_text() -> None:
    note = "<p><em>(تم تحديث الخبر الساعة 11:05 بإضافة تفاصيل جديدة)</em></p>"
    assert extract(page(f"<div class='text'>{PARAS}{note}</div>")).body == THREE


def test_a_machines_summary_over_the_text_is_no_standfirst() -> None:
    box = (
        "<section class='AiSummary_box__kL2pW'><h2>ملخص بالذكاء الاصطناعي</h2><ul><li>أطلقت "
        "الهيئة منظومة وطنية لرصد جودة المياه الساحلية بالأقمار الصناعية.</li></ul></section>"
    )
    assert extract(page(f"{box}<div class='text'>{PARAS}</div>")).body == THREE


def test_a_transcripts_editing_note_closing_it_is_no_text() -> None:
    note = "<p>ملاحظة: حُرّر هذا النص تحريراً طفيفاً بهدف الوضوح، والنسخة الصوتية هي المرجع.</p>"
    assert extract(page(f"<div class='text'>{PARAS}{note}</div>")).body == THREE


def test_the_writers_name_with_the_mark_of_its_note_over_the_text_is_no_text() -> None:
    html = page(
        "<span class='author'>مهند الجبوري</span>"
        f"<div class='text'><p><strong>مهند الجبوري (*)</strong></p>{PARAS}"
        "<p>(*) كاتب عراقي</p></div>"
    )
    article = extract(html)
    assert (article.authors, article.body) == (["مهند الجبوري"], THREE)


def test_a_print_headers_stamp_is_not_the_publication_date() -> None:
    fetched = dt.datetime(2024, 3, 9, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    printed = (
        "<div class='print-only'>طُبع من موقع المغرب اليوم - www.example.ma بتاريخ السبت 9 "
        "مارس 2024 09:12</div>"
    )
    stamp = "<span class='itemDateCreated'>الأربعاء, 6 مارس 2024 11:15</span>"
    html = page(PARAS).replace("<article>", f"<article>{printed}{stamp}")
    article = extract(html, reference_time=fetched)
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2024, 3, 6, 11, 15)


def test_taali_before_one_link_in_the_text_is_a_related_teaser() -> None:
    teaser = (
        "<p><strong>طالع: <a href='/news/libya/469880'>«الصحة» تعلن إطلاق برنامج لتوطين العلاج "
        "بالداخل</a></strong></p>"
    )
    html = page(
        f"<div class='text'><p>{THREE[0]}</p>{teaser}<p>{THREE[1]}</p><p>{THREE[2]}</p></div>"
    )
    article = extract(html, url="https://www.example-wasat.ly/news/1")
    assert article.body == THREE
    assert [r.title for r in article.related] == ["«الصحة» تعلن إطلاق برنامج لتوطين العلاج بالداخل"]


def test_two_writers_links_side_by_side_with_nothing_between_are_two_writers() -> None:
    byline = (
        "<span class='node__authors'><a href='/ar/author/haidar'>حيدر الساعدي</a><a "
        "href='/ar/author/zainab'>زينب الموسوي</a></span>"
    )
    assert extract(page(f"{byline}{PARAS}")).authors == ["حيدر الساعدي", "زينب الموسوي"]


def _cards(card: str, titles: list[str]) -> str:
    """A related box of cards built from ``card`` (formatted with n and title)."""
    items = "".join(card.format(n=n, title=title) for n, title in enumerate(titles, 1))
    return f"<section class='related'><h2>أخبار ذات صلة</h2>{items}</section>"


CARD_TITLES = [
    "مجلس الوزراء يقر خطة طوارئ لقطاع الطاقة ويطلب سلفة جديدة",
    "أصحاب المولدات الخاصة يرفعون التسعيرة مع ارتفاع سعر المازوت",
]


@pytest.mark.parametrize(
    "card",
    [
        # Bootstrap's empty "stretched-link" laid over the card after its title
        "<article class='card'><img src='/i{n}.jpg' alt='صورة'><div class='card-body'><span "
        "class='badge'>لبنان</span><h3>{title}</h3><a href='/news/{n}' "
        "class='stretched-link'></a><p><small>10 نيسان 2025</small></p></div></article>",
        # a script's clickable box with its target in "data-href"
        "<div class='story-card' role='link' tabindex='0' data-href='/news/{n}'><img "
        "src='/i{n}.jpg' alt=''><span class='story-card__tag'>الإمارات</span><h4>{title}</h4>"
        "</div>",
        # a link around the card's picture only, the title a plain heading
        "<div class='card'><a href='/news/{n}'><img src='/i{n}.jpg' alt=''></a><h3>{title}</h3>"
        "</div>",
        # a quick-view button: a placeholder href and the target in "data-url"
        "<li><a href='#' role='button' data-url='/news/{n}'><img src='/i{n}.jpg' alt=''><h3>"
        "{title}</h3></a></li>",
    ],
)
def test_a_card_clickable_as_a_whole_links_its_title(card: str) -> None:
    html = page(f"<div class='text'>{PARAS}</div>{_cards(card, CARD_TITLES)}")
    article = extract(html, url="https://www.example.com/news/9")
    assert article.body == THREE
    assert [(r.title, r.url) for r in article.related] == [
        (title, f"https://www.example.com/news/{n}") for n, title in enumerate(CARD_TITLES, 1)
    ]


def test_a_posts_picture_linked_to_its_file_does_not_link_the_text() -> None:
    html = page(
        "<div class='text'><a href='/uploads/photo-large.jpg'><img src='/uploads/photo.jpg' "
        f"alt=''></a><h2>الخطة الجديدة للطاقة</h2>{PARAS}</div>"
    )
    article = extract(html, url="https://www.example.com/news/9")
    assert article.body == ["الخطة الجديدة للطاقة", *THREE]
    assert article.related == []


def test_a_cards_picture_link_in_a_box_of_its_own_links_the_cards_title() -> None:
    card = (
        "<article class='jeg_post'><div class='jeg_thumb'><a href='/news/{n}'><div "
        "class='thumbnail-container'><img src='/i{n}.jpg' alt=''></div></a><div "
        "class='jeg_post_category'><a href='/category/economy/'>اقتصاد</a></div></div><div "
        "class='jeg_postblock_content'><h3>{title}</h3><div class='jeg_meta_date'>10 مارس "
        "2025</div></div></article>"
    )
    html = page(f"<div class='text'>{PARAS}</div>{_cards(card, CARD_TITLES)}")
    article = extract(html, url="https://www.example.com/news/9")
    assert [(r.title, r.url) for r in article.related] == [
        (title, f"https://www.example.com/news/{n}") for n, title in enumerate(CARD_TITLES, 1)
    ]


def test_a_related_links_day_in_brackets_is_its_date_not_its_title() -> None:
    items = [
        ("628011", "التموين: صرف مقررات أبريل على البطاقات بدءا من 25 مارس (17 مارس 2025)"),
        ("627702", "ضبط 12 طن سكر مجهول المصدر في حملة بالقليوبية (15 مارس 2025)"),
        ("627215", "عرض فيلم وثائقي عن السكر (فيديو)"),
    ]
    box = "".join(f"<li><a href='/News/{n}'>{title}</a></li>" for n, title in items)
    html = page(
        f"<div class='text'>{PARAS}</div><div class='related'><h3>أخبار ذات صلة</h3>"
        f"<ul>{box}</ul></div>"
    )
    fetched = dt.datetime(2025, 3, 20, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    article = extract(html, url="https://www.example.com/News/628100", reference_time=fetched)
    assert [r.title for r in article.related] == [
        "التموين: صرف مقررات أبريل على البطاقات بدءا من 25 مارس",
        "ضبط 12 طن سكر مجهول المصدر في حملة بالقليوبية",
        "عرض فيلم وثائقي عن السكر (فيديو)",
    ]
    published = article.related[0].published
    assert published is not None and published.datetime.date() == dt.date(2025, 3, 17)
    # one headline ending on its own day is a daily report's title, kept whole
    single = html.replace(items[1][1], "ضبط 12 طن سكر مجهول المصدر في حملة بالقليوبية")
    article = extract(single, url="https://www.example.com/News/628100", reference_time=fetched)
    assert article.related[0].title == items[0][1]


@pytest.mark.parametrize(
    "box",
    [
        # tagDiv's "td-follow-also" box
        "<div class='td-follow-also td_block_wrap td_block_template_1'><div "
        "class='td-block-title-wrap'><h4 class='block-title'><span>تابع أيضا</span></h4></div>"
        "<ul class='td-follow-also-list'>{items}</ul></div>",
        # a wire service's site: "الأخبار ذات الصلة" in an unnamed box
        "<div class='relative-news'><div class='tit'>الأخبار ذات الصلة</div><ul>{items}</ul></div>",
    ],
)
def test_more_related_boxes_titles(box: str) -> None:
    items = "".join(
        f"<li><a href='/2025/03/0{n}/story-{n}/'>{title}</a></li>"
        for n, title in enumerate(CARD_TITLES, 1)
    )
    html = page(f"<div class='text'>{PARAS}</div>{box.format(items=items)}")
    article = extract(html, url="https://www.example.com/2025/03/11/story/")
    assert article.body == THREE
    assert [r.title for r in article.related] == CARD_TITLES


def test_a_market_boxs_title_as_a_subheading_over_a_sentence_is_text() -> None:
    text = (
        f"<div class='text'><p>{THREE[0]}</p><h2>الأكثر ارتفاعا</h2><p>وتصدرت الأسهم التالية "
        f"قائمة الأكثر ارتفاعا في ختام الجلسة:</p><p>{THREE[1]}</p><p>{THREE[2]}</p></div>"
    )
    article = extract(page(text))
    assert article.body == [
        THREE[0],
        "الأكثر ارتفاعا",
        "وتصدرت الأسهم التالية قائمة الأكثر ارتفاعا في ختام الجلسة:",
        *THREE[1:],
    ]


def test_an_agency_credited_by_its_name_in_latin_letters() -> None:
    credit = "<div class='article-source'>المصدر: <em>Algérie Presse Service</em></div>"
    article = extract(page(f"<div class='text'>{PARAS}</div>{credit}"))
    assert [s.code for s in article.sources] == ["APS"]


def test_a_stations_name_less_its_band_over_the_text_is_the_portal_not_a_writer() -> None:
    html = page(
        "<span class='author'>أسماء الخميري</span><div class='text'><p><strong>تونس - أمواج"
        f"</strong></p>{PARAS}</div>",
        head="<meta property='og:site_name' content='أمواج إف إم'>",
    )
    article = extract(html)
    assert (article.authors, article.dateline, article.body) == (["أسماء الخميري"], "تونس", THREE)


@pytest.mark.parametrize("heading", ["لا تفوت", "لا تفوّت:"])
def test_a_dont_miss_box_in_the_text_heads_related_links(heading: str) -> None:
    items = "".join(
        f"<li><a href='/2025/03/0{n}/story-{n}/'>{title}</a></li>"
        for n, title in enumerate(CARD_TITLES, 1)
    )
    text = f"<p>{THREE[0]}</p><div class='box'><h4>{heading}</h4><ul>{items}</ul></div>"
    html = page(f"<div class='text'>{text}<p>{THREE[1]}</p><p>{THREE[2]}</p></div>")
    article = extract(html, url="https://www.example.com/2025/03/11/story/")
    assert article.body == THREE
    assert [r.title for r in article.related] == CARD_TITLES


def test_an_app_prompt_after_read_also_links_gives_no_related_link() -> None:
    links = "".join(
        f"<p><a href='/news/2025/3/{n}/story-{n}'>{title}</a></p>"
        for n, title in enumerate(CARD_TITLES, 1)
    )
    prompt = (
        "<p><strong>تابع أحدث الأخبار عبر تطبيق نبض مصر: <a href='https://play.google.com/"
        "store/apps/details?id=net.example'>للأندرويد اضغط هنا</a> - <a href='https://apps."
        "apple.com/app/id1188470311'>للآيفون اضغط هنا</a></strong></p>"
    )
    html = page(f"<div class='text'>{PARAS}<p><strong>اقرأ أيضًا:</strong></p>{links}{prompt}</div>")
    article = extract(html, url="https://www.example.com/news/2025/3/9/story")
    assert article.body == THREE
    assert [r.title for r in article.related] == CARD_TITLES


def test_irnas_end_mark_with_the_editors_number_closes_the_text() -> None:
    assert is_wire_end("انتهى ** 1049")
    assert extract(page(f"<div class='text'>{PARAS}<p>انتهى ** 1049</p></div>")).body == THREE


def test_a_time_alone_in_the_byline_row_is_the_publications_on_the_day_over_the_headline() -> None:
    html = page(
        "<div class='meta'><span class='author'>كتبت: رنا أبو زيد</span><span class='time'>"
        f"الساعة 10:15 صباحاً بتوقيت القدس</span></div><div class='text'>{PARAS}</div>"
    ).replace("<article>", "<article><span class='day'>السبت 22 آذار 2025</span>")
    fetched = dt.datetime(2025, 3, 22, 16, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    article = extract(html, reference_time=fetched)
    assert article.body == THREE
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2025, 3, 22, 10, 15)


def test_read_more_about_a_topic_heads_the_box_of_stories_under_it() -> None:
    items = "".join(
        f"<li><a href='/article/2024/07/1{n}/{n}'><span class='bullet'>■</span> {title}</a></li>"
        for n, title in enumerate(CARD_TITLES, 1)
    )
    box = (
        "<div class='topic-more-box'><div class='topic-more-head'><span>اقرأ المزيد عن:</span> "
        f"<a href='/topic/power-cuts'>انقطاع الكهرباء</a></div><ul>{items}</ul><a "
        "href='/topic/power-cuts'>كل الأخبار ←</a></div>"
    )
    html = page(f"<div class='text'>{PARAS}</div>{box}")
    article = extract(html, url="https://www.example.com/article/2024/07/20/9")
    assert [r.title for r in article.related] == CARD_TITLES


def test_a_relative_time_a_script_renders_from_its_data_time_gives_that_time() -> None:
    stamp = (
        "<span class='ArticleMeta_time__x2Lk9' data-time='2025-03-23T09:12:00+03:00'>قبل ساعتين"
        "</span>"
    )
    fetched = dt.datetime(2025, 3, 23, 11, 20, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    article = extract(page(f"{stamp}<div class='text'>{PARAS}</div>"), reference_time=fetched)
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2025-03-23T09:12:00+03:00"


def test_a_copy_protection_notice_over_the_text_is_no_text() -> None:
    notice = (
        "<p>تنبيه: هذا المحتوى محمي بموجب حقوق النشر. يمكنكم مشاركة الرابط، ويُمنع نسخ النص أو "
        "إعادة نشره.</p>"
    )
    assert extract(page(f"<div class='text'>{notice}{PARAS}</div>")).body == THREE


def test_a_place_a_colon_and_the_portals_name_over_the_text_is_the_dateline() -> None:
    html = page(
        f"<div class='text'><p><strong>الخرطوم: باج نيوز</strong></p>{PARAS}</div>",
        head="<meta property='og:site_name' content='باج نيوز'>",
    )
    article = extract(html)
    assert (article.body, article.dateline, article.authors) == (THREE, "الخرطوم", [])


def test_a_chapters_heading_in_its_header_box_over_a_wide_photo_is_text() -> None:
    chapter = (
        "<section class='lf-chapter'><header class='lf-chapter__head'><h2>الفصل الأول: الماء "
        "الذي يعرف طريقه</h2></header><figure><img src='/c1.jpg' alt='قناة فلج'><figcaption>"
        "تمتد ساقية الفلج بين البساتين.</figcaption></figure>"
        f"<p>{THREE[1]}</p><p>{THREE[2]}</p></section>"
    )
    html = page(f"<div class='lf-body'><section><p>{THREE[0]}</p></section>{chapter}</div>")
    assert extract(html).body == [THREE[0], "الفصل الأول: الماء الذي يعرف طريقه", *THREE[1:]]


def test_a_media_badge_inside_a_related_link_is_no_line_of_its_own() -> None:
    box = (
        "<div class='read-also'><h4>اقرأ أيضا</h4><ul><li><a href='/photos/2024/05/21/186877'>"
        f"<span class='badge badge--photos'>صور</span> {CARD_TITLES[0]}</a></li></ul></div>"
    )
    html = page(f"<div class='text'>{PARAS}</div>{box}")
    article = extract(html, url="https://www.example.com/news/2024/06/01/1")
    assert [r.title for r in article.related] == [CARD_TITLES[0]]


def test_tagdivs_previous_next_pager_after_a_related_list_is_not_related() -> None:
    items = "".join(
        f"<li><a href='/2024/09/0{n}/story-{n}/'>{title}</a></li>"
        for n, title in enumerate(CARD_TITLES, 1)
    )
    pager = (
        "<div class='td-post-next-prev'><div class='td-post-prev-post'><span>المقال السابق</span>"
        "<a href='/2024/09/17/hail-rain-forecast/'>الأرصاد: أمطار رعدية على حائل والقصيم حتى "
        "الجمعة</a></div></div>"
    )
    related = (
        "<div class='td-block-title-wrap'><h4 class='block-title'><span>أخبار ذات صلة</span>"
        f"</h4></div><ul class='nt-rel-list'>{items}</ul>"
    )
    html = page(f"<div class='text'>{PARAS}{related}{pager}</div>")
    article = extract(html, url="https://www.example.com/2024/09/20/story/")
    assert [r.title for r in article.related] == CARD_TITLES


def test_drupals_node_author_field_names_the_writer() -> None:
    author = (
        "<span class='field field--name-uid field--type-entity-reference field--label-hidden'>"
        "<span typeof='schema:Person' property='schema:name'>ليلى الإدريسي</span></span>"
    )
    assert extract(page(f"{author}<div class='text'>{PARAS}</div>")).authors == ["ليلى الإدريسي"]


def test_a_photo_pages_linked_headline_is_a_related_item_in_a_row_of_cards() -> None:
    titles = [*CARD_TITLES, "صورة اليوم: الطيور المهاجرة تعود مبكرا إلى بحيرة البرلس"]
    cards = "".join(
        "<div class='td-related-span4'><div class='td_module_related_posts'><div "
        f"class='td-module-thumb'><a href='/2024/08/1{n}/story-{n}/' title='{title}'><img "
        f"src='/t{n}.jpg' alt='' width='218' height='150'></a></div><div class='item-details'>"
        f"<h3><a href='/2024/08/1{n}/story-{n}/'>{title}</a></h3></div></div></div>"
        for n, title in enumerate(titles, 1)
    )
    box = (
        "<div class='td_block_related_posts'><h4 class='td-related-title'><a "
        "class='td-related-left' href='#'>مقالات ذات صلة</a><a class='td-related-right' "
        "href='#'>المزيد من الكاتب</a></h4><div class='td_block_inner'><div "
        f"class='td-related-row'>{cards}</div></div></div>"
    )
    html = page(f"<div class='text'>{PARAS}</div>{box}")
    article = extract(html, url="https://www.example.com/2024/10/20/story/")
    assert [r.title for r in article.related] == titles


@pytest.mark.parametrize(
    "tools",
    [
        # a copy-link box, a reader's vote, a report-an-error link (under the text)
        "<p>رابط مختصر للخبر: https://go.example.com/8H2kQ</p><p>هل كان هذا المقال مفيداً؟</p>"
        "<p><a href='/report-error/?post=1'>أبلغ عن خطأ في هذا المقال</a></p>",
        "<p>https://www.example.com/opinion/article/87341 نسخ الرابط</p>",
        # Jannah's teaser of the next story, its excerpt in the same box
        "<div class='tie-next-post-teaser'><span>المقال التالي</span><a href='/archives/2'><h3>"
        "البنك المركزي يبقي على أسعار الفائدة دون تغيير</h3></a><p>قررت لجنة السياسة النقدية "
        "بالبنك المركزي في اجتماعها اليوم الإبقاء على أسعار العائد الأساسية دون تغيير.</p></div>",
    ],
)
def test_a_pages_tools_under_the_text_are_no_text(tools: str) -> None:
    assert extract(page(f"<div class='text'>{PARAS}{tools}</div>")).body == THREE


def test_a_blogs_related_posts_and_the_bloggers_follow_prompt() -> None:
    follow = (
        "<p>إن أعجبتكم التدوينة تابعوني على تويتر @ReemAlshehri_ وشاركوها مع من يهمه أمر "
        "مدينتنا.</p>"
    )
    items = "".join(
        f"<div class='story-card'><h3><a href='/@writer/post-{n}'>{title}</a></h3></div>"
        for n, title in enumerate(CARD_TITLES, 1)
    )
    box = f"<section class='more-stories'><h2>تدوينات ذات صلة</h2>{items}</section>"
    html = page(f"<div class='text'>{PARAS}{follow}</div>{box}")
    article = extract(html, url="https://www.example.com/@reem/post-9")
    assert article.body == THREE
    assert [r.title for r in article.related] == CARD_TITLES


@pytest.mark.parametrize(
    "title", ["الثلاثاء 18 آذار 2025 14:20", "2025-03-18T14:20:00+02:00"], ids=["words", "iso"]
)
def test_a_relative_time_whose_title_spells_its_date_gives_that_time(title: str) -> None:
    stamp = f"<span class='text-xs' title='{title}'>منذ يومين</span>"
    fetched = dt.datetime(2025, 3, 20, 16, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    article = extract(page(f"{stamp}<div class='text'>{PARAS}</div>"), reference_time=fetched)
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2025, 3, 18, 14, 20)


@pytest.mark.parametrize(
    ("opening", "place", "codes"),
    [
        ("باريس (أ ف ب) 28 مارس - افتتح", "باريس", ["AFP"]),  # the day after the agency
        ("العزيزية – بدأ", "العزيزية", []),  # a Libyan town beyond the coast's cities
    ],
)
def test_more_datelines(opening: str, place: str, codes: list[str]) -> None:
    lead = f"<p>{opening} {PARA}</p>"
    article = extract(page(f"<div class='text'>{lead}<p>{THREE[1]}</p><p>{THREE[2]}</p></div>"))
    assert (article.dateline, [s.code for s in article.sources]) == (place, codes)


def test_reuters_contributors_note_closing_the_text_is_no_text() -> None:
    note = "<p>(شارك في التغطية مروان الحداد من سنغافورة وكريم الشامي من دبي)</p>"
    article = extract(page(f"<div class='text'>{PARAS}{note}</div>"))
    assert (article.body, article.authors) == (THREE, [])


def test_a_writers_name_loses_the_separator_its_byline_row_prints_after_it() -> None:
    byline = (
        "<div class='td-post-author-name'><div class='td-author-by'>بواسطة</div> <a "
        "href='/author/almuharrir/'>المحرر</a><div class='td-author-line'> - </div></div>"
    )
    assert extract(page(f"{byline}<div class='text'>{PARAS}</div>")).authors == ["المحرر"]


def test_a_related_headline_quoted_whole_loses_its_quotes() -> None:
    teaser = f"<p>اقرأ أيضا: <a href='/local/2024/04/21/story/'>«{CARD_TITLES[0]}»</a></p>"
    html = page(f"<div class='text'>{PARAS}{teaser}</div>")
    article = extract(html, url="https://www.example.com/local/2024/05/02/story/")
    assert [r.title for r in article.related] == [CARD_TITLES[0]]


def test_an_avatars_picture_of_the_portals_account_names_no_writer() -> None:
    meta = (
        "<div class='post-meta'><span class='meta-author-avatar'><a href='/author/alwatan/'><img "
        "alt='صورة الوطن' src='/a.png' class='avatar' height='140' width='140'></a></span><span "
        "class='meta-author'><a href='/author/alwatan/' class='author-name'>الوطن</a></span></div>"
    )
    html = page(
        f"{meta}<div class='text'>{PARAS}</div>",
        head="<meta property='og:site_name' content='الوطن'>",
    )
    assert extract(html).authors == []


def test_today_ending_the_portals_name_is_no_date_and_its_dateline_is_read() -> None:
    html = page(
        f"<div class='text'><p><strong>بغداد اليوم - بغداد</strong></p>{PARAS}</div>",
        head="<meta property='og:site_name' content='بغداد اليوم'>",
    )
    article = extract(html, reference_time=REF)
    assert (article.dateline, article.published, article.body) == ("بغداد", None, THREE)
    # after a date label, or alone on its line, it is still the day the page shows
    assert is_date_line("نشر: اليوم", reference_time=REF, default_tz=None)
    assert is_date_line("اليوم", reference_time=REF, default_tz=None)


def test_a_cell_signing_the_statement_quoted_in_its_box_is_no_text() -> None:
    statement = (
        "<blockquote class='statement'><p>\"تمكنت قطعات قيادة قوات الحدود من إحباط محاولة تسلل"
        " عبر الحدود ضمن قاطع المسؤولية.</p><p>وتؤكد قواتنا الأمنية أن حدودنا مؤمّنة بالكامل"
        "\".</p><p class='statement-sign'>خلية الإعلام الأمني</p></blockquote>"
    )
    html = page(f"<div class='text'><p>{THREE[0]}</p>{statement}<p>{THREE[1]}</p></div>")
    body = extract(html).body
    assert "خلية الإعلام الأمني" not in body and body[-1] == THREE[1] and len(body) == 4


def test_a_list_item_opening_with_a_place_and_a_colon_is_no_dateline() -> None:
    items = "<ul><li>الطارف: 5 حرائق أتت على 62 هكتارا.</li><li>سكيكدة: 4 حرائق.</li></ul>"
    html = page(f"<div class='text'><p>{THREE[0]}</p><p>{THREE[1]}</p>{items}</div>")
    article = extract(html)
    assert article.dateline is None and article.body[2].startswith("الطارف:")


@pytest.mark.parametrize("town", ["سنار", "سنجة", "كوستي", "الدامر"])
def test_sudans_towns_are_datelines(town: str) -> None:
    html = page(f"<div class='text'><p>{town} – {THREE[0]}</p><p>{THREE[1]}</p></div>")
    assert extract(html).dateline == town


def test_from_a_name_then_a_role_is_a_byline() -> None:
    assert split_byline("من يوسف أبو شمالة، مراسل الموقع في غزة") == ["يوسف أبو شمالة"]
    # "من" opening a phrase with no role after the comma stays as it was
    assert split_byline("من ساحة البرج، حيث تجمع المحتجون")[0] == "من ساحة البرج"


def test_a_proofreader_in_the_byline_row_is_no_writer() -> None:
    row = (
        "<div class='Byline_people'><span class='Byline_role'>بقلم:</span> <a class='Byline_name'"
        " href='/authors/j'>جوناثان ميلر</a><span class='Byline_sep'> · </span><span"
        " class='Byline_role'>ترجمة:</span> <a class='Byline_name' href='/authors/s'>سلمى عبد"
        " الرحيم</a><span class='Byline_sep'> · </span><span class='Byline_role'>مراجعة لغوية:"
        "</span> <span class='Byline_plain'>حسن الدباغ</span></div>"
    )
    title = "<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1>"
    article = extract(page(f"<header>{title}{row}</header><div class='text'>{PARAS}</div>"))
    assert article.authors == ["جوناثان ميلر", "سلمى عبد الرحيم"]


def test_page_data_contributors_who_write_nothing_are_no_authors() -> None:
    people = [
        {"name": "جوناثان ميلر", "role": "writer"},
        {"name": "سلمى عبد الرحيم", "role": "translator"},
        {"name": "حسن الدباغ", "role": "copy-editor"},
        {"name": "كريم عادل", "role": "photographer"},
    ]
    state = {"props": {"pageProps": {"article": {"title": "عنوان", "content": THREE}}}}
    state["props"]["pageProps"]["article"]["authors"] = people  # type: ignore[index]
    html = (
        "<html lang='ar'><head><meta charset='utf-8'><title>عنوان</title>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
        "</head><body><div id='__next'><div class='spinner'>جار التحميل</div></div></body></html>"
    )
    assert extract(html).authors == ["جوناثان ميلر", "سلمى عبد الرحيم"]


def test_credits_a_channels_short_name_a_partner_agency_and_tass() -> None:
    assert [(s.name, s.code) for s in read_credit_line("المصدر: الجزيرة + وكالات") or []] == [
        ("وكالات", "AGENCIES"),
        ("الجزيرة", None),
    ]
    assert [s.code for s in read_credit_line("بالتعاون مع وكالة الأنباء الألمانية") or []] == [
        "DPA"
    ]
    # on the channel's own site its name is the publisher, no source
    own = page(
        f"<div class='text'>{PARAS}<p>المصدر: الجزيرة + وكالات</p></div>",
        head="<meta property='og:site_name' content='الجزيرة نت'>",
    )
    assert [s.code for s in extract(own).sources] == ["AGENCIES"]
    # a sentence opening with the same words credits no one
    assert read_credit_line("بالتعاون مع وزارة الصحة، نظمت السفارة معرضا للصور") is None
    html = page(f"<div class='text'><p>موسكو - (سبوتنيك، تاس) - {PARA}</p>{PARAS}</div>")
    assert [(s.name, s.code) for s in extract(html).sources] == [
        ("سبوتنيك", "SPUTNIK"),
        ("تاس", None),
    ]


def test_a_watch_also_box_between_paragraphs_lists_its_videos_as_related() -> None:
    videos = (
        "<aside class='watch-also'><h4>شاهد أيضاً</h4><ul>"
        "<li><a href='/videos/2024/08/26/drone'><span>▶</span><span>طائرة مسيّرة ترصد ارتفاع"
        " منسوب النهر قبل الفيضان</span><span>01:47</span></a></li>"
        "<li><a href='/videos/2024/08/25/shelter'><span>▶</span><span>أسر نازحة تحتمي بالمدارس"
        " مع اقتراب موسم الذروة</span><span>03:12</span></a></li></ul></aside>"
    )
    html = page(
        f"<div class='text'><p>{THREE[0]}</p><p>{THREE[1]}</p>{videos}<p>{THREE[2]}</p></div>"
    )
    article = extract(html, url="https://tv.example/news/2024/08/27/floods")
    assert [r.url for r in article.related] == [
        "https://tv.example/videos/2024/08/26/drone",
        "https://tv.example/videos/2024/08/25/shelter",
    ]
    # the same box under the text, a strip of the site's videos, gives none
    strip = page(f"<div class='text'>{PARAS}</div>{videos}<footer>© 2024</footer>")
    assert extract(strip, url="https://tv.example/news/2024/08/27/floods").related == []


def test_a_known_outlet_after_the_writers_name_is_the_source() -> None:
    assert split_byline("نادر سليمان - بي بي سي عربي") == ["نادر سليمان"]
    html = page(f"<span class='itemAuthor'>نادر سليمان - بي بي سي عربي</span>{PARAS}")
    article = extract(html)
    assert article.authors == ["نادر سليمان"]
    assert [s.name for s in article.sources] == ["بي بي سي عربي"]


def test_a_republication_note_over_the_text_is_no_text_and_credits_the_outlet() -> None:
    note = "ملاحظة: يُعاد نشر هذا التقرير بالاتفاق مع بي بي سي عربي، وقد نُشر أولا على موقعها."
    for html in (
        page(f"<div class='text'><p>{note}</p>{PARAS}</div>"),
        page(
            f"<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1><div class='note'><p>{note}</p></div>"
            f"<div class='text'>{PARAS}</div>"
        ),
    ):
        article = extract(html)
        assert article.body == THREE
        assert [s.name for s in article.sources] == ["بي بي سي عربي"]


def test_a_numbered_credit_the_portals_latin_name_spells_is_the_portal() -> None:
    html = page(
        f"<div class='text'><p>أربيل (كوردستان 24)- {PARA}</p>{PARAS}</div>",
        head="<meta property='og:site_name' content='Kurdistan24net'>",
    )
    article = extract(html)
    assert (article.dateline, article.sources) == ("أربيل", [])
    # another numbered channel is credited all the same
    other = page(
        f"<div class='text'><p>باريس (فرانس 24)- {PARA}</p>{PARAS}</div>",
        head="<meta property='og:site_name' content='Kurdistan24net'>",
    )
    assert [s.name for s in extract(other).sources] == ["فرانس 24"]


@pytest.mark.parametrize(
    "line",
    [
        "وجدت خطأً في هذا الموضوع؟ أرسل تصحيحاً",
        "✎ لاحظت خطأ في هذا الخبر؟ أرسل تصحيحاً",
        "رأيت خطأ أو معلومة غير دقيقة؟ أرسل تصحيحاً",
    ],
)
def test_a_prompt_to_send_a_correction_is_no_text(line: str) -> None:
    assert line_kind(line) == "control"
    assert line_kind("لاحظت خطأ في حسابات الوزارة المالية للعام الماضي.") is None
    assert extract(page(f"<div class='text'>{PARAS}<p>{line}</p></div>")).body == THREE


def test_a_guest_columns_label_names_no_writer() -> None:
    assert split_byline("بقلم ضيف الموقع:") == []
    assert split_byline("بقلم ضيف الموقع: د. نادية الصالح") == ["د. نادية الصالح"]


def test_a_dated_wire_dateline_alone_over_the_text_and_a_time_in_its_own_cell() -> None:
    row = "<table><tr><td>التاريخ: 02-03-2025</td><td>الوقت: 11:05 ص</td></tr></table>"
    html = page(f"{row}<p><strong>الدوحة في 02 مارس /قنا/</strong></p>{PARAS}")
    article = extract(html)
    assert article.dateline == "الدوحة" and [s.code for s in article.sources] == ["QNA"]
    assert article.published is not None
    assert article.published.datetime == dt.datetime(2025, 3, 2, 11, 5)
    assert article.body == THREE


def test_a_wire_stamp_naming_its_zone_closes_the_text() -> None:
    html = page(f"<div class='text'>{PARAS}<p>//انتهى//</p><p>15:40ت م</p></div>")
    assert extract(html).body == THREE


def test_cards_a_click_handler_makes_links_are_related() -> None:
    cards = "".join(
        f"<div class='similar-card' role='link' tabindex='0' onclick=\"window.location.href="
        f"'/societe/2025/01/1{n}/story-{n}'\"><h3>{title}</h3><span>1{n} يناير 2025</span></div>"
        for n, title in enumerate(CARD_TITLES[:2])
    )
    html = page(f"<div class='text'>{PARAS}</div><section><h2>مقالات مشابهة</h2>{cards}</section>")
    related = extract(html, url="https://www.example.ma/societe/2025/01/14/dams").related
    assert [(r.title, r.url) for r in related] == [
        (CARD_TITLES[0], "https://www.example.ma/societe/2025/01/10/story-0"),
        (CARD_TITLES[1], "https://www.example.ma/societe/2025/01/11/story-1"),
    ]


def test_a_time_element_in_a_sentence_of_the_standfirst_is_an_events_day() -> None:
    lead = (
        "<p class='summary'>تنطلق الدورة الجديدة من المعرض الدولي للكتاب في <time"
        " datetime='2025-04-24'>24 نيسان</time> بمشاركة أكثر من مئتي دار نشر عربية وأجنبية.</p>"
    )
    meta = (
        "<span class='date'><time datetime='2025-03-15T10:45:00+02:00'>15 آذار 2025</time></span>"
    )
    article = extract(page(f"{lead}{meta}<div class='text'>{PARAS}</div>"))
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2025-03-15T10:45:00+02:00"


def test_an_aggregators_note_over_the_text_credits_the_agency_it_names() -> None:
    note = (
        "<div class='source-alert'>هذا الخبر منقول من وكالة الأناضول للأنباء، والموقع غير"
        " مسؤول عن محتواه.</div>"
    )
    html = page(f"<div class='post-body'>{note}<b>إسطنبول/ الأناضول</b><br><br>{PARAS}</div>")
    article = extract(html)
    assert article.body == THREE
    assert (article.dateline, [s.code for s in article.sources]) == ("إسطنبول", ["ANADOLU"])


def test_drupals_newsletter_box_in_the_text_is_no_text() -> None:
    box = (
        "<div class='simplenews-inline-wrapper'><div class='simplenews-inline-title'>اشترك في"
        " النشرة اليومية</div><p class='simplenews-inline-text'>أهم أخبار الأردن والعالم تصلك"
        " إلى بريدك الإلكتروني في السابعة صباح كل يوم.</p></div>"
    )
    html = page(f"<div class='text'><p>{THREE[0]}</p>{box}<p>{THREE[1]}</p><p>{THREE[2]}</p></div>")
    assert extract(html).body == THREE


def test_the_portal_crediting_itself_after_a_known_place_with_no_dash_is_a_dateline() -> None:
    html = page(
        f"<div class='text'><p><strong>أبوظبي (الاتحاد)</strong> {PARA}</p>{PARAS}</div>",
        head="<meta property='og:site_name' content='صحيفة الاتحاد'>",
    )
    article = extract(html)
    assert (article.dateline, article.sources) == ("أبوظبي", [])


def test_the_portals_short_name_after_a_place_is_no_writer() -> None:
    html = page(
        f"<div class='text'><p><strong>غزة - صفا</strong></p>{PARAS}</div>",
        head="<meta property='og:site_name' content='وكالة الصحافة الفلسطينية - صفا'>",
    )
    article = extract(html)
    assert (article.authors, article.dateline, article.sources) == ([], "غزة", [])


def test_the_portals_own_office_in_the_byline_is_its_writer() -> None:
    byline = (
        "<div class='author'>بواسطة <a href='/author/muscat-office/'>مكتب أثير في مسقط</a></div>"
    )
    html = page(
        f"{byline}<div class='text'>{PARAS}</div>",
        head="<meta property='og:site_name' content='أثير'>",
    )
    article = extract(html)
    assert (article.authors, article.sources) == (["مكتب أثير في مسقط"], [])
    # another body's office credited is a source, as before
    assert byline_institution("مكتب الأمم المتحدة في جنيف", site_names=("أثير",)) is not None


def test_a_date_written_month_first_agrees_with_the_machine_value() -> None:
    html = page(
        f"<div class='date'>نشر: 5/3/2025 11:42 ص</div><div class='text'>{PARAS}</div>",
        head=(
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "datePublished": "2025-05-03T11:42:00+03:00"}</script>'
        ),
    )
    article = extract(html)
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2025-05-03T11:42:00+03:00"
    assert any("month first" in w for w in article.extraction.warnings)


def test_a_correspondents_letter_from_a_city_is_no_writer() -> None:
    assert split_byline("رسالة القاهرة - هشام الدسوقي") == ["هشام الدسوقي"]


def test_a_byline_with_the_writers_post_after_a_comma_opening_the_text_is_no_text() -> None:
    byline = "بقلم الدكتور سامر الخطيب، أستاذ الاقتصاد السياسي في جامعة اليرموك"
    html = page(f"<div class='text'><p><strong>{byline}</strong></p>{PARAS}</div>")
    article = extract(html)
    assert (article.authors, article.body) == (["الدكتور سامر الخطيب"], THREE)


def test_a_box_hidden_by_its_class_is_not_shown_but_a_responsive_one_is() -> None:
    # Drupal's RDF author, the login of whoever filed the node: display:none by its class
    tree = parse(
        "<div class='node__submitted'><span rel='schema:author' class='hidden'>"
        "<span property='schema:name'>editor_mona</span></span><time>الأحد 14 يوليو 2024</time>"
        "</div><p class='hidden md:block'>يظهر على الشاشات العريضة</p>"
    )
    strip_chrome(tree)
    shown = tree.body.text(separator=" ") if tree.body else ""
    assert "editor_mona" not in shown
    # Tailwind's "hidden md:block" is shown from a screen width up: its text stays
    assert "يظهر على الشاشات العريضة" in shown


def test_a_box_hidden_by_a_style_in_capitals_is_not_shown() -> None:
    # CSS reads its keywords in any case: a legacy editor's "DISPLAY: none" hides too
    html = page(
        f"<p>{PARA}</p><p style='DISPLAY: none'>نص مخفي تركه محرر الموقع القديم في الصفحة.</p>"
        f"<p style='Display:None'>سطر مخفي آخر لا يراه القارئ في المتصفح.</p><p>{PARA} ثانية</p>"
    )
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_lead_under_a_standfirst_naming_the_agency_that_carried_a_statement_credits_it() -> None:
    standfirst = (
        "الامتحانات الرسمية تنطلق يوم 28 ماي وتختتم بالبكالوريا يوم 13 جوان المقبل في كل الولايات."
    )
    lead = (
        "كشفت وزارة التربية الوطنية، اليوم الاثنين، عن الرزنامة الرسمية للامتحانات، حسب ما"
        " أفاد به بيان للوزارة نقلته وكالة الأنباء الجزائرية."
    )
    summary = f"<div class='article__summary'><p>{standfirst}</p></div>"
    html = page(f"{summary}<div class='text'><p>{lead}</p>{PARAS}</div>")
    assert [s.code for s in extract(html).sources] == ["APS"]
    # under a first paragraph that is the text's own, the same words are no credit
    html = page(f"<div class='text'><p>{standfirst}</p><p>{lead}</p>{PARAS}</div>")
    assert extract(html).sources == []


def test_a_related_cards_figure_caption_under_its_linked_picture_is_its_title() -> None:
    cards = "".join(
        f"<figure class='teaser-card'><a href='/ar/society/{n}'><img src='/i/{n}.jpg'"
        f" width='360' height='203' alt=''></a><figcaption class='teaser-card__title'>{t}"
        "</figcaption></figure>"
        for n, t in (
            (1, "تراجع نسبة ملء السدود مع استمرار موجة الحر"),
            (2, "محطة تحلية تزود المدينة بالماء"),
        )
    )
    box = f"<div class='related-content'><h2>مواضيع ذات صلة</h2>{cards}</div>"
    html = page(f"<div class='text'>{PARAS}</div>{box}")
    assert [(r.title, r.url) for r in extract(html, url="https://example.ma/ar/x/9").related] == [
        ("تراجع نسبة ملء السدود مع استمرار موجة الحر", "https://example.ma/ar/society/1"),
        ("محطة تحلية تزود المدينة بالماء", "https://example.ma/ar/society/2"),
    ]


def test_the_sites_correspondent_in_a_town_then_a_dash_and_the_name_is_a_byline() -> None:
    byline = "<div class='writer'>مراسل الموقع في غزة - يوسف أبو شمالة</div>"
    assert extract(page(f"{byline}<div class='text'>{PARAS}</div>")).authors == ["يوسف أبو شمالة"]
    assert is_role_line("مراسلة Meridian News في أدري، تشاد")  # a post alone stays one


def test_drupals_rdfa_date_field_gives_the_time_the_page_shows_the_day_of() -> None:
    stamp = (
        "<div class='field-name-field-date'><span class='date-display-single'"
        " property='dc:date' datatype='xsd:dateTime' content='2024-11-03T19:05:00+03:00'>"
        "الأحد 3 تشرين الثاني 2024</span></div>"
    )
    published = extract(page(f"{stamp}<div class='text'>{PARAS}</div>")).published
    assert published is not None
    assert published.datetime.isoformat() == "2024-11-03T19:05:00+03:00"


def test_a_writers_name_before_the_headline_in_the_title_tag_is_the_writer() -> None:
    def authors(title: str) -> list[str]:
        head = f"<title>{title}</title><meta property='og:site_name' content='المدار العراقي'>"
        body = f"<h1>مدينة تنتظر على رصيف الوعود</h1><div class='text'>{PARAS}</div>"
        html = (
            f"<html lang='ar'><head><meta charset='utf-8'>{head}</head><body><article>{body}"
            "</article></body></html>"
        )
        return extract(html).authors

    assert authors("كريم الحلفي: مدينة تنتظر على رصيف الوعود | المدار العراقي") == ["كريم الحلفي"]
    # the portal's name before the headline, none after it: no writer
    assert authors("البلقاء الإخبارية :: مدينة تنتظر على رصيف الوعود") == []
    # more after the headline than the portal's name: a quote's speaker, not a writer
    assert authors("كريم الحلفي: مدينة تنتظر على رصيف الوعود منذ سنوات | المدار العراقي") == []


def test_a_controls_label_beside_its_checkbox_is_no_text() -> None:
    controls = (
        "<div class='live-controls'><label class='autorefresh'><input type='checkbox' checked>"
        " تحديث تلقائي</label> <span class='order'>الأحدث أولاً</span></div>"
    )
    first, *rest = (f"<p>{t}</p>" for t in THREE)
    html = page(
        f"<div class='live'>{first}{controls}<div class='timeline'>{''.join(rest)}</div></div>"
    )
    assert extract(html).body == THREE


def test_a_pitch_for_the_blogs_mail_and_its_newest_posts_close_the_text() -> None:
    pitch = (
        "<p><strong>للتوصل بالتدوينات الجديدة في بريدك، اشترك في النشرة الأسبوعية عبر"
        " <a href='/newsletter/'>هذه الصفحة</a>.</strong></p>"
    )
    newest = (
        "<h2>آخر التدوينات</h2><ul class='wp-block-latest-posts'>"
        "<li><a href='/2025/02/a/'>سدود الشمال في أرقام</a></li></ul>"
    )
    body = extract(page(f"<div class='entry-content'>{PARAS}{pitch}{newest}</div>")).body
    assert body == THREE


def test_a_newsrooms_section_credited_as_the_writer_is_an_author() -> None:
    head = (
        "<script type='application/ld+json'>"
        + json.dumps(
            {
                "@type": "NewsArticle",
                "headline": "عنوان الخبر الرئيسي في الصفحة اليوم",
                "author": {"@type": "Organization", "name": "قسم الاقتصاد"},
            },
            ensure_ascii=False,
        )
        + "</script>"
    )
    desk = "<div class='field--name-field-desk'><a href='/desk/economy'>قسم الاقتصاد</a></div>"
    article = extract(page(f"{desk}<div class='text'>{PARAS}</div>", head=head))
    assert article.authors == ["قسم الاقتصاد"]
    # every word after "قسم" definite: a police station is no desk
    assert is_desk_line("قسم الأخبار الدولية")
    assert not is_desk_line("قسم شرطة الدقي")


def test_a_tag_page_served_by_a_script_or_a_drupal_term_is_no_related_story() -> None:
    assert is_topic_page("https://news.example/Tags.aspx?tag=%D8%AF%D8%A7%D8%B1%D9%81%D9%88%D8%B1")
    assert is_topic_page("https://news.example/tag.php?id=12")
    assert is_topic_page("https://news.example/search?tag=economy")
    assert is_topic_page("https://news.example/ar/taxonomy/term/2291")
    assert not is_topic_page("https://news.example/NewsDetails.aspx?id=90215")
    assert not is_topic_page("https://news.example/ar/node/77412")
    cloud = (
        "<div class='tags-cloud'><h3>مواضيع ذات صلة</h3>"
        "<a href='/Tags.aspx?tag=%D8%A7%D9%84%D8%A3%D9%85%D9%85'>الأمم المتحدة</a>"
        "<a href='/Tags.aspx?tag=%D8%A8%D8%B1%D9%86%D8%A7%D9%85%D8%AC'>برنامج الأغذية العالمي</a>"
        "</div>"
    )
    html = page(f"<div class='text'>{PARAS}</div>{cloud}")
    assert extract(html, url="https://news.example/NewsDetails.aspx?id=9").related == []


def test_a_summary_under_the_section_and_the_date_of_the_meta_row_is_the_lead() -> None:
    lead = "الخطة تشمل 60 بلدية وتعتمد على متطوعين وأبراج مراقبة جديدة وخط طوارئ موحد"
    meta = (
        "<div class='node__meta'><div class='field--name-field-section'><a href='/ar/lebanon'>"
        "لبنان</a></div><span class='node__date'>3 آذار 2024 - 12:47</span></div>"
    )
    summary = f"<div class='field--name-field-summary'><p>{lead}</p></div>"
    rest = "".join(f"<p>{t}</p>" for t in THREE[1:])
    text = f"<div class='field--name-body'><p>عكار - {THREE[0]}</p>{rest}</div>"
    article = extract(page(f"{meta}{summary}{text}"), reference_time=REF)
    assert article.body == [lead, f"عكار - {THREE[0]}", *THREE[1:]]
    assert article.dateline == "عكار"


@pytest.mark.parametrize("place", ["عكار", "الأغوار الشمالية", "الضنية"])
def test_districts_of_lebanon_and_the_jordan_valley_open_datelines(place: str) -> None:
    dateline = read_dateline(f"{place} - {PARA}")
    assert dateline is not None and dateline.place == place


def test_amps_timeago_element_dates_the_page() -> None:
    stamp = (
        "<span class='when'><amp-timeago layout='fixed' width='170' height='20'"
        " datetime='2024-03-05T07:15:00+03:00' locale='ar'>5 آذار 2024</amp-timeago></span>"
    )
    published = extract(
        page(f"{stamp}<div class='text'>{PARAS}</div>"), reference_time=REF
    ).published
    assert published is not None
    assert published.datetime.isoformat() == "2024-03-05T07:15:00+03:00"


def test_a_date_written_out_under_the_text_sharpens_a_relative_one_under_the_headline() -> None:
    top = "<span class='post-time'>منذ ساعة</span>"
    foot = "<div class='publish-date'>نُشر بتاريخ: الخميس 7 آذار 2024 - 10:35 ص</div>"
    html = page(f"{top}<div class='text'>{PARAS}</div>{foot}")
    published = extract(html, reference_time=REF).published
    assert published is not None
    assert published.datetime.isoformat() == "2024-03-07T10:35:00"
    # a day apart, the written date is another story's: the relative one stands
    foot = "<div class='publish-date'>نُشر بتاريخ: الأحد 3 آذار 2024 - 10:35 ص</div>"
    published = extract(
        page(f"{top}<div class='text'>{PARAS}</div>{foot}"), reference_time=REF
    ).published
    assert published is not None and published.datetime.date() == dt.date(2024, 3, 7)


def test_a_spaced_tatweel_between_two_writers_parts_them() -> None:
    assert split_byline("كتب: محمود عبد الحليم ـ هبة الله منصور") == [
        "محمود عبد الحليم",
        "هبة الله منصور",
    ]


def test_a_starred_note_closing_an_unsigned_column_names_its_writer() -> None:
    note = "<p><em>* سليم بن عمار كاتب وباحث تونسي في قضايا الطاقة والتنمية</em></p>"
    article = extract(page(f"<div class='text'>{PARAS}{note}</div>"))
    assert article.authors == ["سليم بن عمار"]
    assert article.body == THREE


def test_a_starred_note_on_the_series_a_piece_runs_in_is_no_text() -> None:
    note = (
        "<p>* تُنشر هذه المادة ضمن ملف «الحِرف التقليدية في عُمان» في العدد 312 من ملحق"
        " «مرافئ»، ويمكن تصفح العدد كاملاً عبر النسخة الرقمية.</p>"
    )
    assert extract(page(f"<div class='text'>{PARAS}{note}</div>")).body == THREE


def test_a_channels_live_stream_page_is_no_article() -> None:
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><main>"
        "<h1>البث المباشر</h1><div class='now-playing'><h2>نشرة الظهيرة</h2>"
        f"{PARAS}</div><h2>جدول البرامج</h2><ul><li>13:00 نشرة الظهيرة</li>"
        "<li>14:00 حديث الساعة</li></ul></main></body></html>"
    )
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_a_whole_hijri_day_closing_a_related_link_is_the_cards_date() -> None:
    box = (
        "<div class='related'><h5>أخبار ذات صلة</h5>"
        "<a href='/news/local/93880'><span>أمانة الشرقية تنجز المرحلة الأولى من تشجير"
        " كورنيش الدمام</span> <small>12 جمادى الآخرة 1445هـ</small></a></div>"
    )
    related = extract(page(f"<div class='text'>{PARAS}</div>{box}"), url="https://x.sa/n/1").related
    assert [r.title for r in related] == [
        "أمانة الشرقية تنجز المرحلة الأولى من تشجير كورنيش الدمام"
    ]
    assert related[0].published is not None
    assert related[0].published.datetime.date() == dt.date(2023, 12, 25)


def test_a_desk_word_alone_beside_the_category_is_the_desk_signing() -> None:
    info = (
        "<dl class='article-info'><dd class='createdby' itemprop='author'><span>المحرر</span></dd>"
        "<dd class='category-name'><a href='/economie'>اقتصاد</a></dd></dl>"
    )
    html = page(f"{info}<div class='text'>{PARAS}</div>")
    assert extract(html, url="https://example.ma/economie/4527-dams").authors == ["المحرر"]
    # with its mark it labels the name after it
    info = "<div class='by'><span>المحرر:</span> <span>سعيد الإدريسي</span></div>"
    assert extract(page(f"{info}<div class='text'>{PARAS}</div>")).authors == ["سعيد الإدريسي"]


def test_a_cards_heading_in_the_texts_flow_takes_its_list() -> None:
    card = (
        "<h3>بطاقة الكتاب</h3><ul><li><strong>العنوان:</strong> ذاكرة الملح</li>"
        "<li><strong>الناشر:</strong> دار الساحل للنشر والتوزيع، بيروت</li>"
        "<li><strong>عدد الصفحات:</strong> 312 صفحة</li></ul>"
    )
    first, *rest = (f"<p>{t}</p>" for t in THREE)
    assert extract(page(f"<div class='text'>{first}{card}{''.join(rest)}</div>")).body == THREE


def test_a_town_that_is_also_a_word_opens_a_dateline_before_a_sentence() -> None:
    dateline = read_dateline(f"الأبيض – كردفان بوست – {PARA}", own_names=("كردفان بوست",))
    assert dateline is not None and dateline.place == "الأبيض"
    assert read_dateline("الأبيض – ناصع") is None  # a word in a short label


def test_a_partner_agency_named_with_the_word_agency_is_credited() -> None:
    assert read_credit_line("بالتعاون مع وكالة سبأ") == [Source(name="سبأ")]
    assert read_credit_line("بالتعاون مع وزارة الصحة") is None


def test_a_podcast_episodes_structured_data_dates_its_page() -> None:
    head = (
        "<script type='application/ld+json'>"
        '{"@type": "PodcastEpisode", "name": "عنوان الخبر الرئيسي في الصفحة اليوم",'
        ' "datePublished": "2024-03-05T06:00:00+03:00"}</script>'
    )
    html = page(f"<span class='meta-date'>5 مارس 2024</span><div class='text'>{PARAS}</div>", head)
    published = extract(html, reference_time=REF).published
    assert published is not None
    assert published.datetime.isoformat() == "2024-03-05T06:00:00+03:00"


def test_a_related_cards_relative_time_in_words_is_no_title() -> None:
    box = (
        "<section class='related'><h2>المزيد حول هذه القصة</h2><ul><li>"
        "<a href='/news/2024/03/06/storm-2362'><span class='time'>منذ يوم</span>"
        "<span class='headline'>الأرصاد تحذر من منخفض جوي قوي يضرب الشمال</span></a></li>"
        "</ul></section>"
    )
    related = extract(
        page(f"<div class='text'>{PARAS}</div>{box}"), url="https://x.lb/n/1", reference_time=REF
    ).related
    assert [r.title for r in related] == ["الأرصاد تحذر من منخفض جوي قوي يضرب الشمال"]


def test_the_rest_of_a_story_behind_a_read_more_button_is_text() -> None:
    first, *rest = (f"<p>{t}</p>" for t in THREE)
    text = (
        f"<div class='rm-wrap'>{first}<button type='button' aria-expanded='false'"
        " aria-controls='rm-hidden-1'>اقرأ المزيد</button>"
        f"<div class='rm-hidden' id='rm-hidden-1' aria-hidden='true'>{''.join(rest)}</div></div>"
    )
    assert extract(page(f"<div class='text'>{text}</div>")).body == THREE


def test_a_closing_note_that_the_story_is_copied_is_no_text() -> None:
    note = "<p><em>ملاحظة: هذا الخبر منقول</em></p>"
    assert extract(page(f"<div class='text'>{PARAS}{note}</div>")).body == THREE
    note = "<p>ملاحظة: هذا الخبر منقول عن وكالة الأنباء الكويتية (كونا)</p>"
    article = extract(page(f"<div class='text'>{PARAS}{note}</div>"))
    assert article.body == THREE
    assert [s.code for s in article.sources] == ["KUNA"]


def test_the_writers_name_alone_signing_a_letter_is_no_text() -> None:
    byline = "<span class='writer'>بقلم القارئة: سلمى عبد الرحيم النعيمي</span>"
    sign = (
        "<div class='letter-sign'><b>سلمى عبد الرحيم النعيمي</b><br>معلمة - الحصن، إربد</div>"
        "<div class='editor-note'><p>ملاحظة المحرر: تنشر الصحيفة رسائل القراء كما وردت مع"
        " تصرف محدود في اللغة، والآراء الواردة فيها تعبر عن أصحابها.</p></div>"
    )
    article = extract(page(f"{byline}<div class='text'>{PARAS}{sign}</div>"))
    assert article.authors == ["سلمى عبد الرحيم النعيمي"]
    assert article.body == THREE


def test_a_timeline_heading_titled_by_its_day_is_no_date_line() -> None:
    assert not is_date_line("14 نوفمبر 2023: ليلة النار", reference_time=REF, default_tz=None)
    assert is_date_line("14 نوفمبر 2023 - 10:30", reference_time=REF, default_tz=None)


def test_one_word_after_a_known_place_alone_over_the_text_is_the_agency() -> None:
    dateline = read_dateline("القدس المحتلة - صفا")
    assert dateline is not None and dateline.place == "القدس المحتلة"
    assert [s.name for s in dateline.sources] == ["صفا"]
    article = extract(page(f"<div class='text'><p>القدس المحتلة - صفا</p>{PARAS}</div>"))
    assert article.authors == []
    assert [s.name for s in article.sources] == ["صفا"]
    # not a credit in brackets, nor the portal crediting itself
    for text, own in (("(أبوظبي - البيان)", ()), ("أبوظبي - البيان", ("البيان",))):
        dateline = read_dateline(text, own_names=own)
        assert dateline is None or dateline.sources == []
    dateline = read_dateline(f"عدن - سبأنت {PARA}")
    assert dateline is not None and [s.name for s in dateline.sources] == ["سبأنت"]


def test_a_line_of_hashtags_is_a_tag_list() -> None:
    assert line_kind("#الرباط #سلا #تمارة #القنيطرة #النقل_الحضري") == "tags"
    assert line_kind("كلمات دلالية: #لبنان #بيروت #كهرباء_لبنان #التقنين") == "tags"
    assert line_kind("كلمات دلالية") == "tags"
    assert line_kind(f"{PARA} #لبنان") is None  # one hashtag closing a sentence
    tags = "<p>كلمات دلالية: #لبنان #بيروت #كهرباء_لبنان #التقنين #ساعات_التغذية</p>"
    assert extract(page(f"<div class='text'>{PARAS}{tags}</div>")).body == THREE


def test_an_office_alone_over_the_name_signing_a_statement_is_no_text() -> None:
    intro = "وفيما يلي نص البيان:"
    sign = "<p><strong>الأمين العام</strong></p><p><strong>محمد الأمين ولد عبد الله</strong></p>"
    article = extract(page(f"<div class='text'><p>{intro}</p>{PARAS}{sign}</div>"))
    assert article.body == [intro, *THREE]
    assert article.authors == []
    sign = "<p><strong>النائب العام</strong><br>المستشار/ عادل حسن الشربيني</p>"
    assert extract(page(f"<div class='text'>{PARAS}{sign}</div>")).body == THREE


def test_a_bold_byline_before_a_break_in_the_first_paragraph_is_a_line_apart() -> None:
    first = f"<p><strong>كتبت: منى عبد الحميد</strong><br>{THREE[0]}</p>"
    rest = "".join(f"<p>{t}</p>" for t in THREE[1:])
    article = extract(page(f"<div class='text'>{first}{rest}</div>"))
    assert article.authors == ["منى عبد الحميد"]
    assert article.body == THREE
    # a bold subheading before a break inside a paragraph stays in it
    first = f"<p><strong>خطة جديدة</strong><br>{THREE[0]}</p>"
    assert extract(page(f"<div class='text'>{first}{rest}</div>")).body[0] == (
        f"خطة جديدة {THREE[0]}"
    )


def test_a_removed_storys_page_saying_the_topic_is_not_available_is_no_article() -> None:
    html = page(f"<div class='text'><p>عذراً، الموضوع المطلوب غير متوفر</p>{PARAS}</div>")
    html = html.replace("عنوان الخبر الرئيسي في الصفحة اليوم", "عذراً، الموضوع المطلوب غير متوفر")
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_a_clock_icons_tooltip_dates_a_page_that_shows_no_date() -> None:
    stamp = (
        "<span class='news-time' data-toggle='tooltip' title='الثلاثاء 5 آذار 2024 - 09:45"
        " صباحاً'><i class='fa fa-clock-o'></i></span>"
    )
    published = extract(
        page(f"{stamp}<div class='text'>{PARAS}</div>"), reference_time=REF
    ).published
    assert published is not None
    assert published.datetime.isoformat() == "2024-03-05T09:45:00"


def test_a_place_the_papers_name_and_a_writer_alone_over_the_text() -> None:
    head = "<meta property='og:site_name' content='الغد'>"
    line = "<p>إربد - الغد - ماهر الشريدة</p>"
    article = extract(page(f"<div class='text'>{line}{PARAS}</div>", head))
    assert article.authors == ["ماهر الشريدة"]
    assert article.dateline == "إربد"
    assert article.body == THREE
    assert article.sources == []


def test_a_storys_own_footer_with_its_related_box_on_a_page_with_no_article_element() -> None:
    footer = (
        "<footer class='news-footer'><div class='news-tags'><span>الوسوم:</span>"
        "<a href='/tag/water'>المياه</a></div><div class='news-related'><h4>مواضيع ذات صلة</h4>"
        "<ul><li><a href='/news/87954'>الزراعة تحدد موعد توزيع بذور الحنطة على الفلاحين</a></li>"
        "<li><a href='/news/87611'>تراجع مناسيب الفرات في الناصرية يهدد محطات الإسالة</a></li>"
        "</ul></div></footer>"
    )
    html = (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><div class='news'>"
        f"<h1>عنوان الخبر الرئيسي في الصفحة اليوم</h1><div class='news-body'>{PARAS}</div>"
        f"{footer}</div><footer class='site-footer'><a href='/about'>من نحن</a></footer>"
        "</body></html>"
    )
    related = extract(html, url="https://example.iq/news/88213").related
    assert [r.url for r in related] == [
        "https://example.iq/news/87954",
        "https://example.iq/news/87611",
    ]


def test_the_writers_email_under_the_byline_is_no_text() -> None:
    first = (
        "<p><strong>بقلم: هشام العطار</strong><br><a href='mailto:h.attar@example.com'>"
        "h.attar@example.com</a></p>"
    )
    article = extract(page(f"<div class='text'>{first}{PARAS}</div>"))
    assert article.authors == ["هشام العطار"]
    assert article.body == THREE


def test_an_app_pitch_and_a_short_links_label_are_no_text() -> None:
    assert line_kind("حمل تطبيقنا") == "widget"
    assert line_kind("رابط مختصر") == "share"
    first, *rest = (f"<p>{t}</p>" for t in THREE)
    box = (
        "<div class='short-link-box'><span>رابط مختصر</span><input value='https://x.jo/?p=1'></div>"
    )
    assert extract(page(f"<div class='text'>{first}{box}{''.join(rest)}</div>")).body == THREE


def test_a_match_summary_box_and_a_match_report_label_are_neither_text_nor_writer() -> None:
    assert split_byline("تقرير المباراة") == []
    assert split_byline("تقرير: الخليفي") == ["الخليفي"]
    assert split_byline("كتب المحرر") == ["المحرر"]
    assert split_byline("https://petra.gov.jo") == []
    box = (
        "<aside class='match-summary'><h4>ملخص المباراة</h4><div><span>الزمالك</span>"
        "<span>2 - 1</span><span>سيراميكا كليوباترا</span></div></aside>"
    )
    first, *rest = (f"<p>{t}</p>" for t in THREE)
    assert extract(page(f"<div class='text'>{first}{box}{''.join(rest)}</div>")).body == THREE


def test_a_breadcrumb_title_gives_the_headline_and_the_portals_name() -> None:
    headline = "المياه تطلق مشروعا لتأهيل شبكات التوزيع في 14 منطقة بإربد"
    html = (
        "<html lang='ar'><head><meta charset='utf-8'>"
        f"<title>{headline} &gt; أخبار محلية &gt; حوران نيوز</title>"
        "<meta name='AUTHOR' content='حوران نيوز'></head><body><table><tr><td>"
        f"<span class='NewsTitle'><b>{headline}</b></span><div class='Normal'>{PARAS}</div>"
        "</td></tr></table></body></html>"
    )
    article = extract(html)
    assert article.title == headline
    assert article.authors == []


def test_an_rdfa_date_with_two_properties_dates_the_page() -> None:
    stamp = (
        "<span property='dc:date dc:created' content='2024-03-05T14:05:00+03:00'"
        " datatype='xsd:dateTime'>نُشر في: الثلاثاء, 03/05/2024 - 14:05</span>"
    )
    published = extract(
        page(f"{stamp}<div class='text'>{PARAS}</div>"), reference_time=REF
    ).published
    assert published is not None
    assert published.datetime.isoformat() == "2024-03-05T14:05:00+03:00"


def test_a_name_in_brackets_closing_an_unsigned_text_is_its_writer() -> None:
    sign = "<p><em>(سلمى الحربي)</em></p>"
    article = extract(page(f"<div class='text'>{PARAS}{sign}</div>"))
    assert article.authors == ["سلمى الحربي"]
    assert article.body == THREE
    credit = "<p>(أ ف ب)</p>"  # an agency in brackets is its credit, no writer
    article = extract(page(f"<div class='text'>{PARAS}{credit}</div>"))
    assert article.authors == []
    assert [s.code for s in article.sources] == ["AFP"]


def test_who_readied_a_piece_for_print_is_its_writer() -> None:
    assert split_byline("أعدّه للنشر: علي حسين الزبيدي") == ["علي حسين الزبيدي"]


URL = "https://www.example-news.com/news/2025/05/story"


def test_a_section_word_in_the_h1_over_a_long_h2_heading_the_text_is_no_headline() -> None:
    headline = "أمانة المحافظة تحدد مواعيد عمل الأسواق التجارية خلال شهر رمضان"
    html = (
        "<html><head><title>الأخبار - أمانة المحافظة</title></head><body>"
        f"<h1>الأخبار</h1><div class='news'><h2>{headline}</h2>{PARAS}</div></body></html>"
    )
    assert extract(html).title == headline


def test_a_portals_dossiers_are_no_related_articles_however_long_their_names() -> None:
    # (a box its class names related: "related-dossiers")
    dossiers = (
        "<div class='field related-dossiers'><div class='field__label'>ملفات ذات صلة</div>"
        "<div class='dossier-card'><a href='/dossier/storms'><img src='/s.png' alt=''>"
        "<span>الحالات المدارية في سلطنة عمان خلال العقد الأخير</span></a></div>"
        "<div class='dossier-card'><a href='/dossier/roads'><img src='/r.png' alt=''>"
        "<span>مشاريع البنية الأساسية في محافظة ظفار الجنوبية</span></a></div></div>"
    )
    related = (
        "<div class='related'><h2>أخبار ذات صلة</h2><ul>"
        "<li><a href='/news/1'>الأرصاد تحذر من منخفض جوي في بحر العرب</a></li></ul></div>"
    )
    article = extract(page(f"<div class='text'>{PARAS}</div>{related}{dossiers}"), url=URL)
    assert [r.url for r in article.related] == ["https://www.example-news.com/news/1"]


def test_an_empty_card_link_after_the_title_it_names_links_that_title() -> None:
    title = "الموارد المائية: خطة صيفية لتوزيع الحصص بين المحافظات"
    card = (
        "<aside class='inline-box'><span>اقرأ أيضاً</span><div class='card'>"
        f"<img alt='' src='/t.jpg'><div class='card-title'>{title}</div>"
        f"<a class='stretched-link' href='/article/58102' aria-label='{title}'></a></div></aside>"
    )
    html = page(f"<div class='text'><p>{PARA}</p>{card}<p>{PARA} ثانية</p></div>")
    article = extract(html, url="https://www.example-news.iq/article/58200")
    assert [(r.title, r.url) for r in article.related] == [
        (title, "https://www.example-news.iq/article/58102")
    ]
    assert article.body == [PARA, f"{PARA} ثانية"]


def test_a_sponsored_card_in_a_related_grid_whose_titles_are_named_related() -> None:
    def card(href: str, title: str, extra: str = "", badge: str = "") -> str:
        return (
            f"<div class='RelatedGrid_card__q1{extra}'><a href='{href}'><img src='/i.jpg'"
            f" width='320' height='180' alt=''></a><h3 class='RelatedGrid_title__pY6'>{title}</h3>"
            f"{badge}</div>"
        )

    grid = (
        "<section class='RelatedGrid_box__x'><h2>أخبار ذات صلة</h2>"
        "<div class='RelatedGrid_grid__y'>"
        + card("/article/1", "بحيرة دربندخان تفقد ثلث خزينها خلال عام")
        + card(
            "https://partner.example-ads.com/c/1",
            "اكتشف أفضل عروض الإنترنت المنزلي في أربيل",
            " RelatedGrid_sponsored__W",
            "<span class='RelatedGrid_badge__Z'>محتوى مُموَّل</span>",
        )
        + "</div></section>"
    )
    article = extract(page(f"<div class='text'>{PARAS}</div>{grid}"), url=URL)
    assert [r.url for r in article.related] == ["https://www.example-news.com/article/1"]


NUXT2 = (
    "<html><head><title>انطلاق المعرض | البوابة</title></head><body><div id='__nuxt'>"
    "<div class='skeleton'></div></div><script>window.__NUXT__=(function(a,b,c,d){return {"
    'layout:"default",data:[{article:{title:"انطلاق المعرض المغاربي لكتاب الطفل بالرباط",'
    "author:{name:b},published_at:c,body:{blocks:["
    '{type:d,data:{text:"الرباط (و م ع) - انطلقت صباح اليوم بالرباط فعاليات الدورة الأولى للمعرض'
    ' المغاربي لكتاب الطفل بمشاركة مئة وعشرين ناشرا من بلدان المنطقة."}},'
    '{type:"header",data:{text:"ورشات للقراءة والكتابة",level:2}},'
    '{type:d,data:{text:"ويضم المعرض \\u003Cb\\u003Eخمسة عشر ألف عنوان\\u003C\\u002Fb\\u003E'
    ' موجهة للأطفال واليافعين باللغات العربية والأمازيغية والفرنسية، في فضاء مفتوح."}},'
    '{type:"list",data:{style:"unordered",items:["لقاء مفتوح مع كتاب القصة المصورة.",'
    '"ندوة حول رقمنة كتاب الطفل وحقوق النشر."]}},'
    "{type:\"embed\",data:{service:'youtube',width:580,height:void 0}}]}},error:a}]}}"
    '(null,"ياسين بنعلي","2025-10-08T10:20:00+01:00","paragraph"));</script></body></html>'
)


def test_a_nuxt2_state_is_read_with_the_values_its_function_is_called_with() -> None:
    article = extract(NUXT2, url="https://www.example-maghreb.ma/culture/48213")
    assert article.body == [
        "الرباط (و م ع) - انطلقت صباح اليوم بالرباط فعاليات الدورة الأولى للمعرض المغاربي لكتاب"
        " الطفل بمشاركة مئة وعشرين ناشرا من بلدان المنطقة.",
        "ورشات للقراءة والكتابة",  # Editor.js's "header" block: a subheading, no site header
        "ويضم المعرض خمسة عشر ألف عنوان موجهة للأطفال واليافعين باللغات العربية والأمازيغية"
        " والفرنسية، في فضاء مفتوح.",
        "لقاء مفتوح مع كتاب القصة المصورة.",  # a list block's items, one line each
        "ندوة حول رقمنة كتاب الطفل وحقوق النشر.",
    ]
    assert article.authors == ["ياسين بنعلي"]
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2025-10-08T10:20:00+01:00"
    assert (article.dateline, [s.code for s in article.sources]) == ("الرباط", ["MAP"])


def test_a_javascript_literal_that_calls_or_computes_is_not_read() -> None:
    from arabnews_extract.extractors.appstate import nuxt_state

    assert nuxt_state("(function(a){return {x:a,y:\"\\x3Cb\\x3E\",z:[1,],w:'q'}}(2))") == {
        "x": 2,
        "y": "<b>",
        "z": [1],
        "w": "q",
    }
    assert nuxt_state("(function(a,b){return {x:a,y:b}}(1))") == {"x": 1, "y": None}
    assert nuxt_state("(function(a){return {x:f(a)}}(1))") is None
    assert nuxt_state("(function(a){return {x:unknown}}(1))") is None
    assert nuxt_state('{"x": 1}') is None


def test_a_time_element_labelled_as_the_update_gives_the_modified_date() -> None:
    stamps = (
        "<div class='meta'><span>نُشر: <span class='ago' data-time='2025-03-20T08:10:00+02:00'>"
        "منذ ٥ ساعات</span></span> <span>آخر تحديث: <span class='ago'"
        " data-time='2025-03-20T11:05:00+02:00'>منذ ساعتين</span></span></div>"
    )
    ref = dt.datetime(2025, 3, 20, 13, 20, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    article = extract(page(f"{stamps}<div class='text'>{PARAS}</div>"), reference_time=ref)
    assert article.published is not None and article.modified is not None
    assert article.published.datetime.isoformat() == "2025-03-20T08:10:00+02:00"
    assert article.modified.datetime.isoformat() == "2025-03-20T11:05:00+02:00"


def test_a_town_that_is_also_a_word_alone_after_a_writer_is_no_writer() -> None:
    assert split_byline("تقرير: عبد الرحمن الطاهر - الأبيض ، وسلمى عثمان بابكر - كوستي") == [
        "عبد الرحمن الطاهر",
        "سلمى عثمان بابكر",
    ]


def test_a_contributor_from_a_town_the_lexicon_lacks_is_named_without_it() -> None:
    assert split_byline("ساهم في التغطية: الشيخ ولد اباه من تمبدغة") == ["الشيخ ولد اباه"]


def test_the_lead_under_a_standfirst_set_as_a_heading_credits_the_agency_it_reports() -> None:
    standfirst = "تقول المفوضية إن وتيرة الوصول هي الأعلى منذ مطلع العام الجاري في المخيم."
    lead = (
        "نواكشوط - أفادت الوكالة الموريتانية للأنباء بأن المخيم استقبل خلال الأسبوعين الماضيين"
        " أكثر من ثلاثة آلاف لاجئ جديد."
    )
    html = page(
        f"<h2 class='jeg_post_subtitle'>{standfirst}</h2>"
        f"<div class='text'><p>{lead}</p>{PARAS}</div>"
    )
    article = extract(html)
    assert article.body[:2] == [standfirst, lead]
    assert [s.name for s in article.sources] == ["الوكالة الموريتانية للأنباء"]
    # a journal that published a study is no agency: no credit
    study = html.replace(
        "أفادت الوكالة الموريتانية للأنباء بأن", "نشرت مجلة «ذا لانسيت» الطبية نتائج دراسة تفيد بأن"
    )
    assert extract(study).sources == []


def test_a_columns_disclaimer_is_not_text() -> None:
    note = "<p><span style='color:#808080'>الآراء الواردة في الأعمدة لا تلزم إلا أصحابها</span></p>"
    assert extract(page(f"<div class='text'>{PARAS}{note}</div>")).body == THREE


def test_a_source_field_naming_the_reporter_credits_no_outlet() -> None:
    assert read_credit_line("Source: Correspondante régionale") == []
    assert read_credit_line("المصدر: مراسلنا في القيروان") == []


def test_a_papers_country_after_its_quoted_name_is_no_agency() -> None:
    assert read_credit_line("عن صحيفة «هاندلسبلات» الألمانية") == [Source(name="هاندلسبلات")]


def test_a_latin_name_on_its_own_byline_line_spelling_the_arabic_one_is_one_writer() -> None:
    byline = (
        "<div class='byline'><span class='byline__role'>بقلم: </span><a class='byline__name'"
        " href='/authors/jk'>يوهانس كلاين</a><span class='byline__latin' lang='de'>Johannes"
        " Klein</span></div>"
    )
    assert extract(page(f"{byline}<div class='text'>{PARAS}</div>")).authors == ["يوهانس كلاين"]


def test_a_watch_also_box_between_a_paragraph_and_a_subheading_is_a_teaser() -> None:
    box = (
        "<div class='paragraph--type--video-teasers'><h3>شاهد أيضاً</h3>"
        "<div class='row'><a href='/ar/video/chouara-48102'><img src='/c.jpg' alt=''></a>"
        "<h4><a href='/ar/video/chouara-48102'>دار الدباغة شوارة تستعيد بريقها بعد الترميم</a></h4>"
        "</div></div>"
    )
    html = page(f"<div class='text'><p>{PARA}</p>{box}<h3>مسارات سياحية جديدة</h3>{PARAS}</div>")
    related = extract(html, url=URL).related
    assert [r.url for r in related] == ["https://www.example-news.com/ar/video/chouara-48102"]


def test_a_fact_box_in_an_amp_accordion_is_not_text() -> None:
    box = (
        "<amp-accordion class='fact-box'><section><h4>حقائق سريعة عن أحراج القبيات</h4><ul>"
        "<li>تعد من أكبر المساحات الحرجية المتصلة في لبنان.</li>"
        "<li>تضم أشجار الصنوبر البري والسنديان.</li></ul></section></amp-accordion>"
    )
    html = page(f"<div class='text'><p>{PARA}</p>{box}<p>{PARA} ثانية</p></div>")
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_paragraph_opening_with_a_named_agency_credits_it_beside_a_generic_credit() -> None:
    anadolu = (
        "ونقلت وكالة الأناضول عن مسؤول محلي أن فرق الإنقاذ أجلت مئات الأسر من المناطق المنخفضة."
    )
    credit = "<p>المصدر: وكالات</p>"
    html = page(f"<div class='text'><p>{PARA}</p><p>{anadolu}</p><p>{PARA} ثالثة</p>{credit}</div>")
    assert sorted(s.code or s.name for s in extract(html).sources) == ["AGENCIES", "ANADOLU"]
    # one marked by its code inside a sentence still credits only when nothing else does
    marked = f"وقال المتحدث، بحسب ما نقلت عنه وكالة الأنباء العراقية (واع)، إن {PARA}"
    html = page(f"<div class='text'><p>{PARA}</p><p>{marked}</p><p>{PARA} ثالثة</p>{credit}</div>")
    assert [s.code for s in extract(html).sources] == ["AGENCIES"]


def test_a_live_entrys_pinned_badge_run_into_its_time_is_not_text() -> None:
    entry = (
        "<article class='LiveEntry_entry'><div class='LiveEntry_meta'><span>📌 مثبت</span>"
        "<time datetime='2025-11-11T19:10:00+03:00'>7:10 م</time></div>"
        f"<h3>المفوضية: النتائج الأولية خلال يومين</h3><p>{PARA}</p></article>"
    )
    body = extract(page(f"<div class='text'>{entry}{PARAS}</div>")).body
    assert not any("مثبت" in line for line in body)


NEXT_HTML = (
    "<p>الدوحة - قنا - دشنت المؤسسة العامة صباح اليوم أول محطة لتحلية مياه البحر تعمل بالكامل"
    " بالطاقة الشمسية في مدينة الخور شمال البلاد.</p><p>وقال مدير إدارة المشاريع إن المحطة تعتمد"
    " على تقنية التناضح العكسي وتغذيها حقول ألواح شمسية تمتد على مساحة واسعة.</p>"
    "<p class='read-also'><strong>اقرأ أيضاً:</strong> <a href='/eco/umm-salal'>اكتمال خزانات"
    " المياه الاستراتيجية في أم صلال</a></p><p>وتخطط المؤسسة لإنشاء محطتين مماثلتين في الوكرة"
    " ودخان بحلول عام 2028 ضمن خطة لرفع حصة الطاقة المتجددة.</p><p><em>المصدر: قنا</em></p>"
)


def test_a_next_state_html_body_keeps_the_shown_standfirst_and_drops_its_read_also() -> None:
    state = {"props": {"pageProps": {"article": {"content": NEXT_HTML}}}}
    standfirst = "تنتج المحطة ستين ألف متر مكعب يومياً وتخفض استهلاك الغاز بنحو الخُمس."
    html = (
        "<html><head><title>قطر تدشن محطة تحلية | نبض</title></head><body><article>"
        f"<h1>قطر تدشن أول محطة لتحلية المياه بالطاقة الشمسية</h1><p class='lead'>{standfirst}</p>"
        "<div class='skeleton'></div></article><script id='__NEXT_DATA__' type='application/json'>"
        f"{json.dumps(state, ensure_ascii=False)}</script></body></html>"
    )
    article = extract(html, url="https://www.example-gulf.qa/eco/al-khor")
    assert article.body[0] == standfirst
    assert article.body[1].startswith("الدوحة - قنا -")
    assert len(article.body) == 4  # no "اقرأ أيضاً" line, no credit line
    assert [(r.title, r.url) for r in article.related] == [
        (
            "اكتمال خزانات المياه الاستراتيجية في أم صلال",
            "https://www.example-gulf.qa/eco/umm-salal",
        )
    ]
    assert (article.dateline, [s.code for s in article.sources]) == ("الدوحة", ["QNA"])


def test_a_sentence_whose_last_word_carries_diacritics_ends_a_sentence() -> None:
    from arabnews_extract.extractors.byline import ends_a_sentence

    assert ends_a_sentence("وتخفض استهلاك الغاز بنحو الخُمس.")
    assert not ends_a_sentence("Karim B.")


def test_a_legacy_tool_row_between_bars_is_no_text() -> None:
    assert line_kind("طباعة | أرسل لصديق | التعليقات (٢) | عدد القراءات: ١٤٣٧") == "share"
    assert line_kind("عاجل | الحكومة تعلن خطة جديدة للنقل العام") != "share"


LONG = [f"{PARA} {PARA} {n}." for n in ("أولى", "ثانية", "ثالثة")]


def test_a_title_naming_only_the_site_yields_to_the_line_over_the_text() -> None:
    headline = "بدء العمل في مشروع لتحلية مياه الآبار يخدم 40 ألف نسمة في تعز"
    html = (
        "<html><head><title>اليمن الغد</title></head><body><table><tr><td><center>"
        f"<font class='content'><b>{headline}</b></font><br>"
        "<font class='tiny'><b>التاريخ:</b> الإثنين 23 نوفمبر 2009</font></center>"
        f"<font class='content'>{'<br><br>'.join(LONG)}</font></td></tr></table></body></html>"
    )
    assert extract(html).title == headline


def test_a_headline_in_bold_after_its_kicker_and_one_br_is_a_line_apart() -> None:
    headline = "تدشين مشروع لإعادة تأهيل 35 فلجاً في ولاية سمائل"
    html = (
        "<html><head><title>الشروق - محليات</title></head><body><table><tr><td>"
        "<font color='#808080'>ضمن برنامج صون الموارد المائية</font><br>"
        f"<font size='5'><b>{headline}</b></font></td></tr><tr><td>{''.join(LONG)}</td></tr>"
        "</table></body></html>"
    )
    assert extract(html).title == headline


def test_a_tables_long_title_in_its_own_box_is_no_text() -> None:
    table = (
        "<div class='TableTitle'>أداء القطاعات في جلسة اليوم (%)</div><table class='DataTable'>"
        + "".join(f"<tr><td>قطاع {n}</td><td>+1.{n}</td><td>61{n}.5</td></tr>" for n in range(1, 6))
        + "</table>"
    )
    html = page(f"<div class='text'><p>{PARA}</p>{table}<p>{PARA} ثانية</p></div>")
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_a_press_release_wire_in_the_dateline_is_credited() -> None:
    lead = f"دبي، الإمارات العربية المتحدة-(بزنس واير)- {PARA}"
    article = extract(page(f"<div class='text'><p>{lead}</p>{PARAS}</div>"))
    assert [s.name for s in article.sources] == ["بزنس واير"]


def tagdiv(standfirst: str, text: str) -> str:
    """A tagDiv Newspaper post: the headline and its sub-title in the post's header."""
    return (
        "<html lang='ar'><head><meta charset='utf-8'></head><body><article>"
        "<header class='td-post-title'><h1 class='entry-title'>عنوان الخبر الرئيسي في الصفحة"
        f" اليوم</h1><p class='td-post-sub-title'>{standfirst}</p><div class='td-module-meta-info'>"
        "<time datetime='2025-03-12T10:05:00+03:00'>مارس 12, 2025</time></div></header>"
        f"<div class='td-post-content'>{text}</div></article></body></html>"
    )


def test_a_short_sentence_under_the_headline_is_its_standfirst() -> None:
    standfirst = "سعر غرام الذهب عيار 21 يبلغ 61.40 دينار للبيع في محلات الصاغة."
    assert extract(tagdiv(standfirst, PARAS)).body == [standfirst, *THREE]


def test_an_agency_a_reference_list_cites_is_credited() -> None:
    refs = (
        "<h3>المصادر</h3><ol><li>منظمة الصحة العالمية، صحيفة وقائع حول المغذيات، 2023.</li>"
        "<li>وكالة الأنباء الألمانية (د ب أ)، تقرير حول مكملات فيتامين د، ديسمبر 2024.</li></ol>"
    )
    article = extract(page(f"<div class='text'>{PARAS}{refs}</div>"))
    assert article.body == THREE
    assert [s.code for s in article.sources] == ["DPA"]


def test_a_review_plugins_score_box_is_no_text() -> None:
    box = (
        "<div class='jeg_review_wrap jeg_review_wrap_score'><h3>ملخص المراجعة</h3>"
        "<div class='score'><span>8.4</span><span>جيد جداً</span></div><p>هاتف متوازن يتفوق"
        " في البطارية والشاشة، ويحتاج إلى تحسينات في التصوير الليلي.</p>"
        "<ul><li>بطارية تدوم يومين</li><li>شاشة ساطعة بألوان دقيقة</li></ul></div>"
    )
    assert extract(page(f"<div class='text'>{PARAS}{box}</div>")).body == THREE


def test_a_column_filed_under_its_writers_address_keeps_its_writer() -> None:
    url = "https://www.example-lb.com/writers/rami-haddad/2025/04/07/silos-memory"
    byline = (
        "<div class='byline'><div>بقلم</div><div><a href='/writers/rami-haddad'>رامي حداد</a>"
        f"</div></div><div class='share'>شارك<a href='{url}'>فيسبوك</a><a href='{url}'>إكس</a>"
        "</div>"
    )
    related = (
        "<div class='related'><h3>مقالات ذات صلة</h3><ul><li><a href='/writers/nour-khalil/"
        "2025/03/24/port-tenders'>مناقصات إعادة إعمار المرفأ: من يراقب المراقبين؟</a></li>"
        "</ul></div>"
    )
    article = extract(page(f"{byline}<div class='text'>{PARAS}</div>{related}"), url=url)
    assert article.authors == ["رامي حداد"]
    assert [r.url for r in article.related] == [
        "https://www.example-lb.com/writers/nour-khalil/2025/03/24/port-tenders"
    ]
    assert is_author_page("https://www.example-lb.com/writers/rami-haddad/archive")


def test_a_statements_closing_place_and_day_stays_in_the_text() -> None:
    html = page(
        f"<div class='text'><p>{PARA}</p><p>وفيما يلي نص البيان:</p><p>{PARA} ثانية</p>"
        "<p>دمشق في 3 آذار 2025</p></div>"
    )
    assert extract(html).body[-1] == "دمشق في 3 آذار 2025"


def test_the_source_row_closing_a_table_of_figures_credits_the_table() -> None:
    table = (
        "<table class='side'><tr><th>المنتخب</th><th>لعب</th><th>نقاط</th></tr>"
        "<tr><td>الكويت</td><td>5</td><td>10</td></tr><tr><td>الثالث</td><td>5</td><td>6</td></tr>"
        "<tr><td colspan='3'>المصدر: الاتحاد الآسيوي لكرة القدم</td></tr></table>"
    )
    lead = f"الكويت - (كونا) -- {PARA}"
    article = extract(page(f"{table}<div class='text'><p>{lead}</p>{PARAS}</div>"))
    assert [s.code or s.name for s in article.sources] == ["KUNA"]


def test_a_photo_storys_shorter_captions_that_are_sentences_are_told_too() -> None:
    captions = [f"{PARA} {n}" for n in ("أولى", "ثانية", "ثالثة")]
    short = "كثفت الأجهزة الأمنية وجودها عند البوابات الرئيسية لتنظيم الدخول ومنع التكدس."
    figures = "".join(
        f"<figure><img src='/{n}.jpg' width='1024' height='576' alt=''><figcaption>{c}"
        "</figcaption></figure>"
        for n, c in enumerate([*captions, short])
    )
    assert extract(page(f"<div class='gallery'>{figures}</div>")).body == [*captions, short]


def test_a_live_coverage_widget_in_a_story_is_no_text() -> None:
    widget = (
        "<div class='live-coverage-widget'><h3>تغطية مباشرة: المنخفض الجوي</h3><ol>"
        "<li><time datetime='2025-03-12T14:32:00+04:00'>14:32</time><p>الأرصاد: استمرار هطول"
        " الأمطار الغزيرة على محافظة مسندم حتى مساء الخميس المقبل.</p></li></ol></div>"
    )
    html = page(f"<div class='text'><p>{PARA}</p>{widget}<p>{PARA} ثانية</p></div>")
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_an_agency_named_by_its_kind_around_its_name_is_given_by_the_name() -> None:
    assert opening_agency(f"وذكرت وكالة بلومبرغ للأنباء أن {PARA}") == Source(name="بلومبرغ")
    assert lead_credit(f"ذكرت وكالة بلومبرغ للأنباء أن {PARA}") == Source(name="بلومبرغ")
    assert opening_agency(f"وقالت الوكالة الموريتانية للأنباء إن {PARA}") == Source(
        name="الوكالة الموريتانية للأنباء"
    )


def test_a_teaser_box_its_accessible_label_names_related_is_related() -> None:
    box = (
        "<aside class='embed embed--teaser' aria-label='موضوع ذو صلة'><a href='/ar/protection/"
        "a-70011223'><img src='/t.jpg' alt=''><h3>ما الفرق بين اللجوء والحماية الفرعية في"
        " ألمانيا؟</h3><p>يخلط كثيرون بين صفة اللاجئ والحماية الفرعية.</p></a></aside>"
    )
    html = page(f"<div class='text'><p>{PARA}</p>{box}<p>{PARA} ثانية</p></div>")
    article = extract(html, url=URL)
    assert [r.url for r in article.related] == [
        "https://www.example-news.com/ar/protection/a-70011223"
    ]
    assert article.body == [PARA, f"{PARA} ثانية"]


def test_a_video_pages_video_object_dates_it_to_the_second() -> None:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject",'
        '"name":"مزارعو الزيتون","datePublished":"2025-03-12T11:20:31.000Z"}</script>'
    )
    stamp = "<time datetime='2025-03-12'>12 مارس/ آذار 2025</time>"
    published = extract(page(f"{stamp}<div class='text'>{PARAS}</div>", head=ld)).published
    assert published is not None
    assert published.datetime.isoformat() == "2025-03-12T11:20:31+00:00"


def test_a_watch_more_strip_after_the_text_is_no_related_box() -> None:
    strip = (
        "<section class='watch-more'><h2>شاهد أيضاً</h2><ul><li><a href='/arabic/media-68120001'>"
        "مهرجان للفخار في نابل يجمع حرفيين من خمس دول</a></li></ul></section>"
    )
    assert extract(page(f"<div class='text'>{PARAS}</div>{strip}"), url=URL).related == []


def test_a_paragraph_opening_with_a_quoted_outlets_report_credits_it_when_nothing_else_does() -> (
    None
):
    later = "وذكرت صحيفة «ليكيب» الفرنسية أن إدارة النادي رفضت عرضاً أولياً من ميلان الإيطالي."
    html = page(f"<div class='text'><p>{PARA}</p><p>{later}</p><p>{PARA} ثالثة</p></div>")
    assert [s.name for s in extract(html).sources] == ["ليكيب"]


def test_the_lead_under_a_standfirst_reporting_an_outlet_credits_it() -> None:
    standfirst = (
        "يقترب صانع الألعاب المغربي من مغادرة ناديه الفرنسي في الصيف المقبل وسط منافسة محتدمة."
    )
    lead = (
        "ذكرت صحيفة «ماركا» الإسبانية، اليوم الأربعاء، أن إدارة ريال مدريد أرسلت كشافيها لمتابعته."
    )
    html = tagdiv(standfirst, f"<p>{lead}</p>{PARAS}")
    assert [s.name for s in extract(html).sources] == ["ماركا"]


def test_reacts_streamed_segment_takes_its_templates_place() -> None:
    cards = (
        "<ul><li><a href='/uae/renewables'>الإمارات تضاعف قدرتها من الطاقة المتجددة ثلاث"
        " مرات</a></li><li><a href='/uae/membranes'>جامعة خليفة تطور أغشية تحلية أقل استهلاكاً"
        "</a></li></ul>"
    )
    html = page(
        f"<div class='text'>{PARAS}</div><section class='related'><h2>أخبار ذات صلة</h2>"
        "<!--$?--><template id='B:0'></template><div class='skeleton'>جار التحميل</div><!--/$-->"
        "</section>"
    ).replace(
        "</body>", f'<div hidden id="S:0">{cards}</div><script>$RC("B:0","S:0")</script></body>'
    )
    article = extract(html, url=URL)
    assert [r.url for r in article.related] == [
        "https://www.example-news.com/uae/renewables",
        "https://www.example-news.com/uae/membranes",
    ]
    assert article.body == THREE


def test_a_card_labelled_sponsored_inside_its_own_link_is_no_related_story() -> None:
    assert line_kind("برعاية") == "ad"
    grid = (
        "<section class='related'><h2>أخبار ذات صلة</h2><div class='grid'>"
        "<a href='/local/metro'><h3>قطار الرياض يبدأ تشغيل المسار البرتقالي بالكامل</h3></a>"
        "<a href='https://click.partner.example/c?id=1'><div>محتوى مدفوع</div>"
        "<h3>شقق جاهزة شمال الرياض بدفعة أولى مخفضة.. اكتشف العرض</h3></a>"
        "<a href='/local/parking'><h3>رسوم مواقف السيارات في وسط الرياض: ما الذي تغيّر؟</h3></a>"
        "</div></section>"
    )
    article = extract(page(f"<div class='text'>{PARAS}</div>{grid}"), url=URL)
    assert [r.url for r in article.related] == [
        "https://www.example-news.com/local/metro",
        "https://www.example-news.com/local/parking",
    ]


def test_a_consent_wall_on_the_storys_address_is_no_article() -> None:
    html = (
        "<html><head><title>قبل المتابعة إلى الرافدين نيوز</title></head><body>"
        f"<div class='cmp-wall'><h1>خصوصيتك تهمّنا</h1>{PARAS}</div></body></html>"
    )
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_wire_end_marks_with_a_tatweel_or_spaced_initials() -> None:
    assert is_wire_end("// انتهى // 21:47 ت مـ 0127")
    assert is_wire_end("ع ع")
    assert split_byline("ع ع") == []
    assert not is_wire_end("عبد الله")


def test_a_statements_signature_in_the_middle_of_the_story_is_no_text() -> None:
    body = (
        f"<p>{PARA}</p><p>وأصدرت إدارة السد بياناً، وفيما يلي نص البيان:</p><p>{PARA} ثانية</p>"
        "<p>المهندس رزگار محمد صالح<br>مدير عام سد دربندخان</p>"
        "<p>{PARA} ثالثة</p><p>{PARA} رابعة</p><p>{PARA} خامسة</p>"
    ).replace("{PARA}", PARA)
    article = extract(page(f"<div class='text'>{body}</div>"))
    assert not any("رزگار" in line for line in article.body)
    assert article.body[-3:] == [f"{PARA} ثالثة", f"{PARA} رابعة", f"{PARA} خامسة"]


def test_a_news_sites_name_with_nyuz_in_a_credit_line_is_credited() -> None:
    assert sorted(
        s.code or s.name for s in read_credit_line("المصدر: السومرية نيوز + واع") or []
    ) == [
        "INA",
        "السومرية نيوز",
    ]


def test_a_did_you_know_line_with_its_fact_is_no_text() -> None:
    fact = (
        "<div class='box info'><div class='box-inner-block'><strong>هل تعلم؟</strong> أعلى سماكة"
        " ثلوج سُجلت في عمّان تجاوزت 60 سنتيمتراً في بعض المناطق المرتفعة.</div></div>"
    )
    html = page(f"<div class='text'><p>{PARA}</p>{fact}<p>{PARA} ثانية</p></div>")
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_the_same_day_with_its_time_right_after_a_day_alone_dates_the_story() -> None:
    html = page(
        "<div class='top-date'>الأربعاء 12 مارس 2025 - 11 رمضان 1446</div>"
        "<span class='itemDateCreated'>الأربعاء، 12 مارس 2025 10:45</span>"
        f"<div class='text'>{PARAS}</div>"
    )
    ref = dt.datetime(2025, 3, 12, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    published = extract(html, reference_time=ref).published
    assert published is not None
    assert published.datetime.replace(tzinfo=None).isoformat() == "2025-03-12T10:45:00"


def test_a_box_a_reader_types_into_is_no_text() -> None:
    lookup = (
        "<div class='natega-search'><div class='head'>استعلم عن نتيجة الشهادة الإعدادية برقم"
        " الجلوس</div><input type='text' name='seat'><input type='submit' value='اعرض'>"
        "<span>الخدمة مقدمة بالتعاون مع مديرية التربية والتعليم</span></div>"
    )
    html = page(f"<div class='text'><p>{PARA}</p>{lookup}<p>{PARA} ثانية</p></div>")
    assert extract(html).body == [PARA, f"{PARA} ثانية"]


def test_an_arab_papers_country_after_its_name_is_no_part_of_it() -> None:
    assert read_credit_line("المصدر: صحيفة المرصد الأردنية") == [Source(name="المرصد")]


def test_a_credit_line_linked_to_the_original_closing_a_republished_story() -> None:
    credit = "<p>المصدر: <a href='https://almarsad.example/story/1'>صحيفة المرصد الأردنية</a></p>"
    article = extract(page(f"<div class='text'>{PARAS}{credit}</div>"), url=URL)
    assert [s.name for s in article.sources] == ["المرصد"]
    assert article.body == THREE


def test_a_french_summary_closing_the_text_is_left_out_and_the_credits_before_it_read() -> None:
    contributors = "<p>ساهم في التغطية: نسيمة ب. من تيزي وزو، وعبد القادر م. من بجاية</p>"
    resume = (
        "<p>Résumé : La Direction générale de la Protection civile a annoncé mardi le lancement"
        " de son plan de lutte contre les feux de forêts pour la saison estivale.</p>"
    )
    html = page(
        "<div class='byline'>كتب: حسان بوعلام</div>"
        f"<div class='text'>{PARAS}{contributors}{resume}</div>"
    )
    article = extract(html)
    assert article.body == THREE
    assert sorted(article.authors) == sorted(["حسان بوعلام", "نسيمة ب.", "عبد القادر م."])


def test_k2s_extra_fields_are_no_text() -> None:
    fields = (
        "<div class='itemExtraFields'><h3>معلومات إضافية</h3><ul><li><span>Wilaya:</span>"
        "<span>وهران</span></li><li><span>Résumé en français:</span><span>Depuis plus de deux"
        " semaines, les habitants subissent des coupures d'eau répétées.</span></li></ul></div>"
    )
    assert extract(page(f"<div class='itemFullText'>{PARAS}</div>{fields}")).body == THREE


def test_a_sponsored_badge_muted_over_a_related_cards_title() -> None:
    grid = (
        "<section class='related'><h2>مقالات ذات صلة</h2><div>"
        "<a class='card' href='/ar/eco/inflation'><h4>التضخم يتراجع إلى 5,4 بالمائة في شهر ماي</h4>"
        "</a><a class='card' href='https://ad.example/c/epargne' rel='sponsored'>"
        "<span class='badge'>محتوى مدعوم</span><h4>اكتشف حلول الادخار الجديدة ذات المردودية"
        " المضمونة</h4></a></div></section>"
    )
    article = extract(page(f"<div class='text'>{PARAS}</div>{grid}"), url=URL)
    assert [r.url for r in article.related] == ["https://www.example-news.com/ar/eco/inflation"]


def test_a_reference_list_naming_agencies_in_full_credits_them_but_footnotes_do_not() -> None:
    refs = (
        "<h3>المراجع:</h3><ol><li>وكالة أنباء الشرق الأوسط، تقرير عن الورش الصغيرة، 2024.</li>"
        "<li>رويترز، تحقيق عن سلاسل التوريد، 2023.</li></ol>"
    )
    article = extract(page(f"<div class='text'>{PARAS}{refs}</div>"))
    assert sorted(s.code for s in article.sources) == ["MENA", "REUTERS"]
    notes = (
        "<h4>الهوامش</h4><ol><li>يورغن هابرماس، «التحول البنيوي للفضاء العمومي»، صدرت طبعته"
        " الألمانية الأولى عام 1962.</li></ol>"
    )
    assert extract(page(f"<div class='text'>{PARAS}{notes}</div>")).sources == []


def test_spas_time_stamp_on_a_line_apart_closes_the_wire() -> None:
    assert is_wire_end("13:05 ت مـ")
    assert is_wire_end("13:05 ت م 0127")


def test_an_agencys_note_on_its_subscribers_wire_is_no_text() -> None:
    note = (
        "<p><em>يُنشر على الموقع الإلكتروني لوكالة الأناضول جزء من الأخبار التي تُبث للمشتركين"
        " عبر نظام تدفق الأخبار (HAS) بصيغة مختصرة. للاشتراك في الخدمة يرجى التواصل معنا.</em></p>"
    )
    assert extract(page(f"<div class='text'>{PARAS}{note}</div>")).body == THREE


def test_an_editors_note_over_k2s_intro_text_leaves_the_intro_the_texts() -> None:
    note = "<p>ملاحظة المحرر: تنشر الصحيفة على خمس حلقات تحقيقاً ميدانياً عن أحوال الأهوار.</p>"
    intro = f"<div class='itemIntroText'><p>الناصرية – {PARA}</p></div>"
    full = f"<div class='itemFullText'>{PARAS}</div>"
    article = extract(page(f"<div class='itemBody'>{note}{intro}{full}</div>"))
    assert article.body == [f"الناصرية – {PARA}", *THREE]
    assert article.dateline == "الناصرية"


def test_a_wire_dateline_from_a_foreign_city_the_teams_play_in() -> None:
    found = read_dateline(f"لوبومباشي - {PARA}")
    assert found is not None and found.place == "لوبومباشي"


def test_a_republishers_note_on_the_original_credits_its_outlet() -> None:
    note = (
        "<p>ننوه بأن الخبر الأصلي منشور على موقع اليوم السابع، وقد نقله فريق تحرير الموقع"
        " وربما أجرى عليه بعض التعديلات.</p>"
    )
    article = extract(page(f"<div class='text'>{PARAS}{note}</div>"))
    assert article.body == THREE
    assert [s.name for s in article.sources] == ["اليوم السابع"]
    translated = (
        "* ترجمة خاصة بموقع صوت عمّان، والتقرير الأصلي منشور باللغة الإنجليزية على موقع"
        " صحيفة فايننشال تايمز."
    )
    assert first_published_in(translated) == Source(name="فايننشال تايمز")


def test_the_hours_at_left_beside_a_writer_is_no_writer() -> None:
    assert split_byline("على") == []


def test_a_writers_town_in_brackets_is_no_institution() -> None:
    from arabnews_extract.extractors.byline import byline_institution

    assert byline_institution("الدار البيضاء") is None
    assert byline_institution("دار الإفتاء") == "دار الإفتاء"


def test_a_wire_dateline_from_singapore_with_its_outlet() -> None:
    found = read_dateline(f"سنغافورة (بلومبرغ) - {PARA}")
    assert found is not None and found.place == "سنغافورة"
    assert [s.name for s in found.sources] == ["بلومبرغ"]


def test_a_guestbook_is_no_article() -> None:
    html = (
        "<html><head><title>سجل الزوار - شبكة النيل</title></head><body>"
        f"<h1>سجل الزوار</h1><table><tr><td>{PARAS}</td></tr></table></body></html>"
    )
    with pytest.raises(NotAnArticleError):
        extract(html)


def test_a_numeric_date_whose_day_first_reading_lies_ahead_reads_month_first() -> None:
    from arabnews_extract.dates import scan_dates

    march = dt.datetime(2025, 3, 12, 11, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    found = scan_dates("3/12/2025 10:42:17 AM", reference_time=march)
    assert [d.timestamp.datetime.date() for d in found if d.timestamp] == [dt.date(2025, 3, 12)]
    december = dt.datetime(2025, 12, 5, 11, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    found = scan_dates("3/12/2025 10:42:17 AM", reference_time=december)
    assert [d.timestamp.datetime.date() for d in found if d.timestamp] == [dt.date(2025, 12, 3)]


def test_a_streamed_segment_that_is_not_hidden_is_moved_all_the_same() -> None:
    html = page(
        f"<div class='text'>{PARAS}</div><section class='related'><h2>أخبار ذات صلة</h2>"
        "<template id='B:1'></template><!--/$--></section>"
    ).replace(
        "</body>",
        '<div id="S:1"><ul><li><a href="/uae/renewables">الإمارات تضاعف قدرتها من الطاقة'
        ' المتجددة ثلاث مرات</a></li></ul></div><script>$RC("B:1","S:1")</script></body>',
    )
    related = extract(html, url=URL).related
    assert [r.url for r in related] == ["https://www.example-news.com/uae/renewables"]


def test_a_nuxt_state_with_an_escape_past_unicode_is_read_without_error() -> None:
    from arabnews_extract.extractors.appstate import nuxt_state

    assert nuxt_state('(function(){return {x:"a\\u{FFFFFF}b"}}())') == {"x": "a\ufffdb"}


def test_a_site_named_before_a_spaced_colon_in_the_title_credits_itself_nowhere() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>سبأ نت : سفينة محملة بالقمح ترسو في ميناء"
        " الحديدة</title></head><body><h1>سفينة محملة بالقمح ترسو في ميناء الحديدة</h1>"
        f"<div class='text'><p>الحديدة - سبأ : {PARA}</p><p>{PARA}</p><p>{PARA}</p>"
        "<p>سبأ</p></div></body></html>"
    )
    article = extract(html, url=URL)
    assert article.sources == []  # the agency on its own site is the publisher
    assert article.dateline == "الحديدة"
    assert article.body[-1] == PARA  # its sign-off closing the text is no paragraph


def test_a_source_list_credits_each_brand_it_names() -> None:
    credit = read_credit_line("المصدر: صفا + وفا")
    assert credit is not None and [(s.name, s.code) for s in credit] == [
        ("وفا", "WAFA"),
        ("صفا", None),
    ]
    credit = read_credit_line("المصدر: ميدان القدس + قدس برس")
    assert credit is not None and [s.name for s in credit] == ["قدس برس"]
    # a word with its article, a plain word, a correspondent: no brands
    for line in ("المصدر: الواحة + وكالات", "المصدر: رويترز + مواقع"):
        credit = read_credit_line(line)
        assert credit is not None and [s.code for s in credit] in (["AGENCIES"], ["REUTERS"])
    credit = read_credit_line("المصدر: مراسل المرصد نت + فرانس برس")
    assert credit is not None and [s.code for s in credit] == ["AFP"]


def test_a_kicker_set_in_the_headline_without_a_mark_is_left_out_when_the_metadata_does() -> None:
    headline = "المركزي المصري يثبت أسعار الفائدة للمرة الرابعة على التوالي"
    html = (
        f"<html><head><meta charset='utf-8'><meta property='og:title' content='{headline}'>"
        f"</head><body><h1><span class='RedTitle'>قرار مرتقب</span> <span>{headline}</span>"
        f"</h1><div class='text'>{PARAS}</div></body></html>"
    )
    assert extract(html, url=URL).title == headline


def test_a_reviewers_credit_under_the_byline_at_the_head_of_the_text_is_no_text() -> None:
    html = page(
        "<div class='entry-content'><p><strong>بقلم: د. ريم الحسيني</strong></p>"
        "<p>راجعه طبياً: د. خالد الزهراني، استشاري الغدد الصماء والسكري</p>"
        f"{PARAS}</div>"
    )
    article = extract(html, url=URL)
    assert article.authors == ["د. ريم الحسيني"]
    assert not any("راجعه" in p for p in article.body)


def test_an_egyptian_governorate_opens_a_dateline() -> None:
    found = read_dateline(f"الدقهلية - {PARA}")
    assert found is not None and found.place == "الدقهلية"


def test_a_related_items_day_before_its_title_is_no_part_of_it() -> None:
    html = page(
        f"{PARAS}<div class='itemRelated'><h3>أخبار ذات صلة</h3><ul>"
        "<li><a href='/politique/12795-x.html'>2025-10-20 - السلطة المستقلة تعلن النتائج"
        " المؤقتة</a></li><li><a href='/politique/12741-y.html'>2025-10-02 - انطلاق الحملة"
        " الانتخابية في تيبازة</a></li></ul></div>"
    )
    titles = [r.title for r in extract(html, url=URL).related]
    assert titles == ["السلطة المستقلة تعلن النتائج المؤقتة", "انطلاق الحملة الانتخابية في تيبازة"]


def test_a_scripted_read_also_card_keeps_its_place_when_a_box_below_links_it_too() -> None:
    html = page(
        f"<div class='text'>{PARAS}<div class='read-more'><div>اقرأ أيضاً</div>"
        "<div role='link' class='card' data-href='/health/screen-time'><img src='/t.jpg' alt=''>"
        "<h4>ساعات الشاشة قبل النوم وما تفعله بأدمغة المراهقين</h4></div></div>"
        f"<p>{PARA}</p></div><section class='related'><h3>أخبار ذات صلة</h3><ul>"
        "<li><a href='/health/coffee'>قهوة العصر تسرق نصف ساعة من نومك العميق</a></li>"
        "<li><a href='/health/screen-time'>ساعات الشاشة قبل النوم وما تفعله بأدمغة المراهقين"
        "</a></li></ul></section>"
    )
    related = extract(html, url=URL).related
    assert [r.url.rsplit("/", 1)[1] for r in related] == ["screen-time", "coffee"]


def test_the_writers_other_stories_beside_the_text_name_no_writer() -> None:
    assert kind_of_attrs("itemAuthorLatest") == "widget"
    html = page(
        "<span class='itemAuthor'>كتب بواسطة <a rel='author' href='/user/87-hossam'>حسام"
        f" الدين عبد الرحيم</a></span><div class='itemFullText'>{PARAS}</div>"
        "<div class='itemAuthorLatest'><h3>المزيد من حسام الدين عبد الرحيم</h3><ul>"
        "<li><a href='/item/48102-festival.html'>انطلاق مهرجان أسوان الشتوي بمشاركة 12 فرقة"
        "</a></li></ul></div>"
    )
    assert extract(html, url=URL).authors == ["حسام الدين عبد الرحيم"]


def test_an_agency_by_its_name_and_short_name_among_other_credits_is_one_source() -> None:
    credit = read_credit_line("المصدر: وكالة الأنباء الليبية (وال) + برنيق نيوز")
    assert credit is not None and [s.name for s in credit] == ["وال", "برنيق نيوز"]


def test_a_column_republished_from_a_paper_credits_it_in_a_starred_note() -> None:
    for line in ("* نقلاً عن «الرأي»", "نقلاً عن «الرأي»"):
        credit = read_credit_line(line)
        assert credit is not None and [s.name for s in credit] == ["الرأي"]


def test_the_writer_cards_link_to_the_writers_page_is_no_writer() -> None:
    assert split_byline("صفحة الكاتب") == []


def test_the_red_sea_governorate_opens_a_dateline() -> None:
    found = read_dateline(f"البحر الأحمر - {PARA}")
    assert found is not None and found.place == "البحر الأحمر"


def test_a_blogger_label_page_is_a_topic_page() -> None:
    assert is_topic_page("https://news.blogspot.com/search/label/%D8%A7%D9%84%D9%83%D9%88")
    assert not is_topic_page("https://news.blogspot.com/2025/06/kuwait-power.html")


def test_a_festival_reports_film_cards_are_no_text() -> None:
    assert kind_of_attrs("film-card") == "widget"
    html = page(
        f"<div class='text'>{PARAS}<div class='film-card'><div class='film-card__info'>"
        "<h4>رمال متحركة</h4><ul><li>إخراج: فيصل العنزي</li><li>السعودية، 98 دقيقة</li></ul>"
        f"</div></div><p>{PARA}</p></div>"
    )
    body = extract(html, url=URL).body
    assert "رمال متحركة" not in body and not any("إخراج" in p for p in body)


def test_a_content_warning_over_the_text_is_no_text() -> None:
    warning = "تنبيه: يتضمن هذا التقرير تفاصيل عن ضحايا مدنيين قد تكون مؤلمة لبعض القراء."
    html = page(
        f"<div class='td-post-content'><div class='alert'><p>{warning}</p></div>{PARAS}</div>"
    )
    body = extract(html, url=URL).body
    assert warning not in body and len(body) == 3


def test_tagdivs_source_and_via_rows_glued_to_their_labels_are_credits() -> None:
    assert read_credit_line("المصدرسونا") == [Source(name="سونا")]
    assert read_credit_line("المصدرصحيفة الراكوبة") == [Source(name="الراكوبة")]
    assert [s.code for s in read_credit_line("عبروكالات") or []] == ["AGENCIES"]
    assert read_credit_line("عبرت الوزارة عن أسفها") is None  # "expressed", a sentence
    html = page(
        f"<div class='td-post-content'>{PARAS}</div><div class='td-post-source-via'>"
        "<div class='td-post-small-box'><span>المصدر</span><a rel='nofollow' href='https://"
        "suna.example/'>سونا</a></div><div class='td-post-small-box'><span>عبر</span>"
        "<a rel='nofollow' href='https://v.example/'>وكالات</a></div></div>"
    )
    article = extract(html, url=URL)
    assert [(s.name, s.code) for s in article.sources] == [("سونا", None), ("وكالات", "AGENCIES")]
    assert len(article.body) == 3


def test_the_tag_list_shown_after_the_text_gives_the_tags_metadata_lacks() -> None:
    tags = (
        "<ul class='td-tags'><li><span>الوسوم</span></li><li><a href='/tag/sudan'>السودان</a>"
        "</li><li><a href='/tag/nile'>النيل</a></li></ul>"
    )
    cloud = (
        "<aside class='widget'><h3>الأكثر قراءة</h3><a href='/n/1'>خبر آخر</a></aside>"
        "<div class='tagcloud'><a href='/tag/x'>اقتصاد</a><a href='/tag/y'>رياضة</a></div>"
    )
    html = page(f"<div class='td-post-content'>{PARAS}</div>{tags}{cloud}")
    assert extract(html, url=URL).tags == ["السودان", "النيل"]
    # a tag cloud past the sidebar's widgets is the site's
    assert extract(page(f"<div class='td-post-content'>{PARAS}</div>{cloud}"), url=URL).tags == []
    declared = "<meta property='article:tag' content='الخرطوم'>"
    html = page(f"<div class='td-post-content'>{PARAS}</div>{tags}", head=declared)
    assert extract(html, url=URL).tags == ["الخرطوم"]
