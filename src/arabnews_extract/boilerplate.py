"""Data: how page chrome announces itself, for the clean and segment stages.

Three vocabularies, each a table so that adding a portal's habit is one line:

* ``KIND_TOKENS``: class/id tokens -> the kind of box they mark. A token matches a whole
  word of a class or id split on ``-``, ``_``, spaces and camelCase.
* ``KIND_SUBSTRINGS``: fragments that mark a box wherever they occur in a class or id
  ("adsbygoogle", "sharedaddy"); only fragments that cannot be part of an innocent word.
* ``LINE_PHRASES``: visible phrases that, opening a short line, mark the line's kind
  ("اقرأ أيضا", "إعلان", "شارك").

Kinds: ``ad``, ``share``, ``newsletter``, ``related``, ``comments``, ``tags``, ``bio``,
``nav``, ``widget``, ``caption``, ``byline``, ``date``, ``header``, ``embed``.
"""

from __future__ import annotations

from typing import Final

KIND_TOKENS: Final[dict[str, tuple[str, ...]]] = {
    "ad": (
        "ad",
        "ads",
        "adv",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "adslot",
        "adunit",
        "dfp",
        "gpt",
        "banner",
        "banners",
        "sponsor",
        "sponsored",
        "outbrain",
        "taboola",
        "mgid",
        "teads",
        "vidverto",
        "ob",
        "promo",
        "promotion",
        "native",  # "native-inarticle": a paid paragraph set among the story's
        "affiliate",
        "aff",  # "aff-box", "aff-disclosure": an affiliate's product box and its notice
    ),
    "share": (
        "share",
        "shares",
        "sharing",
        "social",
        "socials",
        "addtoany",
        "a2a",
        "sharethis",
        "follow",
        "whatsapp",
        "facebook",
        "twitter",
        "telegram",
        "print",
        "sharebar",
    ),
    "newsletter": (
        "newsletter",
        "subscribe",
        "subscription",
        "subscriptions",  # Jetpack's "wp-block-jetpack-subscriptions" form in the text
        "signup",
        "mailchimp",
        "simplenews",  # Drupal's newsletter module ("simplenews-inline-wrapper")
        "cta",
    ),
    "related": (
        "related",
        "rel",  # "rel-posts", "section.rel": the short form
        "relatedposts",
        "readalso",
        "read",
        "also",
        "more",
        "jp",
        "see",
        "recirculation",
        "similar",  # "similar-posts", "SimilarArticles_section"
        "injected",
        "inject",
    ),
    "comments": ("comment", "comments", "disqus", "respond", "replies", "reply", "discussion"),
    "tags": ("tags", "tag", "keywords", "tagcloud", "topics", "labels"),
    "bio": ("bio", "authorbio", "biography"),
    "nav": (
        # the section's label over the headline ("node__kicker": "مراجعة تطبيق"), no byline
        "kicker",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menus",
        "breadcrumb",
        "breadcrumbs",
        "crumb",  # camelCase "breadCrumb" splits in two
        "crumbs",
        "pagination",
        "pager",
        "pagenavi",
        "toc",  # a table of contents of anchor links ("ez-toc-container")
        "wpml",  # WPML's language switcher ("wpml-ls": "هذا المقال متوفر أيضاً باللغة")
        "skip",
        "header",
        "masthead",
        "topbar",
    ),
    "widget": (
        # Not "widget": page builders (Elementor) wrap the article itself in widget boxes.
        "sidebar",
        "aside",
        "footer",
        "standings",  # a league table after a match report
        "popular",
        "trending",
        "mostread",
        "most",
        "latest",
        "ticker",
        "breaking",
        "marquee",
        "recommended",
        "recommendations",
        "suggested",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "modal",
        "popup",
        "newsticker",
        "weather",
        "prayer",
        "currency",
        "poll",
        "polls",
        "survey",
        "voting",
        "forecast",
        "temperature",
        "temp",
        "temps",
        "rating",
        "ratings",
        "price",  # a review's price box
        "prices",
        # exchange rates beside an economy story ("rates-box", "exchange-rate")
        "rate",
        "rates",
        # the portal's condolences box under an obituary
        "condolence",
        "condolences",
        # an appeal for donations under a humanitarian story ("donate-box")
        "donate",
        "donation",
        "donations",
        # "send us your letter / your story" boxes ("letters-submit-box")
        "submit",
        # a match's line-ups, score and goals beside its report
        "lineup",
        "lineups",
        "scoreboard",
        "scorebox",
        "countdown",  # a match's or an event's countdown ("matchCountdown")
        # a reader's tools after the text: "هل كان هذا المقال مفيداً؟", "أرسل الخبر لصديق"
        "feedback",
        "formation",
        "formations",
        # a press release's media contact box and the portal's note under it
        "contact",
        "disclaimer",
        # boxes of figures and facts beside the text ("gaza-numbers-box", "book-info-box")
        "numbers",
        "stats",
        "statistics",
        "factbox",
        "facts",  # "quickFacts", "key-facts": big numbers with one-line labels
        "figures",  # "war-figures-box": the conflict's toll in one-line figures
        "didyouknow",
        "glossary",  # "glossary-box": an explainer's terms and their definitions
        "letterhead",  # a statement's letterhead printed over its text ("embassy-letterhead")
        # a calculator set among the paragraphs: inputs and results ("salary-calculator")
        "calculator",
        "trivia",
        "infobox",
        # charts: a title and a data source line, not the text
        "chart",
        "charts",
        "datawrapper",
        "infogram",
        # a markets story's box of index closes ("market-indices-box"), its top movers
        "indices",
        "movers",
    ),
    "caption": ("caption", "figcaption", "credit", "credits", "copyright"),
    # A box of pictures: a caption box when it holds an image, else nothing (a photo
    # story's "gallery-intro" text, its "gallery-page" wrapper). Resolved by segment.
    "photo": ("photo", "photos", "gallery", "album"),
    # Subscription walls over the rest of a paywalled article ("paywalled-content" is
    # that rest, the text itself, served behind the wall: not named here).
    "paywall": (
        "paywall",
        "meter",
        "subscribe",
        "subscription",
        "pricing",
        # a registration wall: sign up (free) to read on ("RegWall_wall", "login-wall")
        "regwall",
        "loginwall",
        "locker",  # tagDiv's "tds-locker": the subscribers' box over the locked text
    ),
    "byline": (
        "author",
        "authors",
        "auteur",
        "byline",
        "writer",
        "writers",
        "writeby",
        "reporter",
        "reporters",
        "kateb",
    ),
    # (a live match's "minute" stamps its entries as a time does: "45+2'", "قبل المباراة")
    "date": ("date", "time", "timestamp", "published", "updated", "pubdate", "minute"),
    "embed": ("embed", "tweet", "instagram", "tiktok", "youtube", "video", "player"),
    "lead": (
        "summary",
        "standfirst",
        "lead",
        "intro",
        "chapo",
        "chapeau",
        "sapo",
        "abstract",
        "excerpt",  # "article-excerpt" above the photo
        "dek",  # the American newsroom's word for it ("c-article__dek")
        "brief",  # "news-brief": the story told short under the headline
    ),
    # A reference list or footnotes under an essay: sources of the text, not the text.
    "references": ("references", "footnotes", "endnotes", "reflist", "bibliography", "refs"),
}

#: Fragments safe to match anywhere inside a class or id.
KIND_SUBSTRINGS: Final[dict[str, tuple[str, ...]]] = {
    "ad": (
        "adsbygoogle",
        "advert",
        "googlead",
        "dfp-",
        "ad-slot",
        "adslot",
        "sponsor",
        "affiliate",
        "aawp",  # the Amazon affiliate product box
        "taboola",  # sponsored-links networks ("trc_related_container" is theirs)
        "trc_",
        "outbrain",
        "ob-widget",
    ),
    "share": ("sharedaddy", "addtoany", "sharethis", "share-", "social-"),
    "newsletter": ("newsletter",),
    "related": ("relatedpost", "related-", "read-also", "readalso", "also-read", "more-on"),
    "comments": ("comment",),
    "widget": (
        "most-read",
        "mostread",
        "most-viewed",
        "trending",
        "sidebar",
        "breaking-news",
        "review-box",  # a review's score box ("td-review", "review-box"): figures, not text
        "td-review",
    ),
    "bio": ("author-bio", "author-box", "about-author", "authorbox"),
}

#: Two-token phrases whose parts alone mean nothing ("read" + "also" -> related).
KIND_PAIRS: Final[dict[tuple[str, str], str]] = {
    ("read", "also"): "related",
    ("read", "more"): "related",
    # "td-video-caption": the caption under a video, not the video
    ("video", "caption"): "caption",
    ("more", "on"): "related",
    ("see", "also"): "related",
    ("follow", "also"): "related",  # tagDiv's "td-follow-also" box: "تابع أيضا"
    ("bookmark", "card"): "related",
    ("info", "box"): "widget",  # "book-info-box"; "post-info" alone is the byline's box
    ("fact", "box"): "widget",
    # a review plugin's score box after the text ("jeg_review_wrap": the score, its
    # bars, its pros and cons): the verdict in figures, not the review's text (a pros
    # and cons list in the text's own flow is text: three golden pages)
    ("review", "wrap"): "widget",
    # a live coverage's feed embedded in a story ("live-coverage-widget"): its entries
    # are another page's, set beside the text
    ("coverage", "widget"): "widget",
    ("live", "widget"): "widget",
    ("market", "widget"): "widget",  # "MarketWidget": gold prices beside the text
    # K2's extra fields under the item ("itemExtraFields": "Wilaya: وهران", a summary in
    # French): the item's metadata, shown as a list of labels and values
    ("extra", "fields"): "widget",
    # "<section class='watch-more'>شاهد أيضاً": the site's video strip, no related story
    ("watch", "more"): "widget",
    # a column's name beside its writer's ("column-name": "أوراق المعلّمة"): no writer
    ("column", "name"): "label",
    ("paid", "content"): "ad",  # "paidContent": a sponsored-links strip under the story
    # "AiSummary_box": a machine's summary of the story over it, no standfirst
    ("ai", "summary"): "widget",
    # tagDiv's tab switch over a related block ("td-pulldown-filter": "المزيد من الكاتب"),
    # a control, not a box of its own
    ("pulldown", "filter"): "nav",
    # a table of figures boxed with its title ("data-table" | "data-table-title",
    # "DataBox_title")
    ("data", "table"): "widget",
    ("table", "block"): "widget",  # Arc XP's "b-table-block" | "b-table-block__title"
    ("data", "box"): "widget",
    ("reg", "wall"): "paywall",
    ("registration", "wall"): "paywall",
    ("register", "wall"): "paywall",
    ("login", "wall"): "paywall",
    # a hotel or flight search box in a travel story ("booking-widget"); a slide with
    # the id "booking" is the story's
    ("booking", "widget"): "widget",
    # a before/after slider's labels ("قبل" / "بعد") over two pictures ("twentytwenty-
    # before-label")
    ("before", "after"): "widget",
    ("before", "label"): "widget",
    ("after", "label"): "widget",
    # an app's download card in a launch story: icon, rating, store buttons
    ("app", "box"): "widget",
    ("app", "card"): "widget",
    ("download", "box"): "widget",
    # a law's or a report's file to download under the text ("law-file-box", "pdf-box")
    ("file", "box"): "widget",
    ("market", "box"): "widget",
    # "follow us on Google News" between paragraphs ("google-news-box", "gnews-follow")
    ("google", "news"): "share",
    ("series", "box"): "related",  # a series' other parts ("series-box__list")
    ("series", "list"): "related",  # a session's closing figures over a markets story
    ("files", "box"): "widget",
    ("pdf", "box"): "widget",
    ("booking", "box"): "widget",
    ("booking", "form"): "widget",
    ("facts", "box"): "widget",
    # a match centre's box above a report: score, goals, line-ups ("ml-match-box")
    ("match", "box"): "widget",
    ("match", "card"): "widget",  # the teams' logos and names over a report
    ("match", "result"): "widget",  # "match-result__team-name": a team, no writer
    ("team", "name"): "widget",
    ("index", "box"): "widget",  # "market-index-box": the index's figures over a report
    # a war's toll in figures beside the story ("toll-box", "gaza-toll-widget")
    ("toll", "box"): "widget",
    ("toll", "widget"): "widget",
    # Jannah's ad slot inside the post ("stream-item stream-item-in-post"), its text line
    ("stream", "item"): "ad",
    ("match", "sheet"): "widget",  # "ورقة المباراة": line-ups, scorers, referee
    ("match", "score"): "widget",
    ("match", "summary"): "widget",  # "ملخص المباراة": the score, scorers, cards; no lead
    ("match", "stats"): "widget",
    ("match", "results"): "widget",  # a round's results box in a league story
    ("player", "card"): "widget",  # a player's facts beside a transfer or a match story
    ("book", "card"): "widget",  # a review's data card: title, author, publisher, pages
    # a festival report's card of each film (poster, title, director, country, minutes)
    ("film", "card"): "widget",
    ("movie", "card"): "widget",
    ("art", "caption"): "caption",  # Arc's "lead-art__caption" under the lead picture
    ("league", "table"): "widget",
    ("results", "table"): "widget",  # an earnings story's results, data beside the text
    ("financial", "table"): "widget",
    # a pull quote's attribution ("pullquote__author"): the quoted man, no writer
    ("pullquote", "author"): "widget",
    ("quote", "author"): "widget",  # ASP.NET's "MatchScore" box over a report
    ("review", "score"): "widget",  # a review's score card ("review-score")
    ("to", "friend"): "widget",  # "send-to-friend-box"
    ("email", "form"): "widget",
    ("email", "box"): "widget",
    ("language", "switcher"): "nav",
    # the article's own header (headline, byline, dates), not the site's
    ("article", "header"): "header",
    ("post", "header"): "header",
    ("entry", "header"): "header",
    ("story", "header"): "header",
    ("node", "header"): "header",  # Drupal's node is the article: "node__header"
    ("item", "header"): "header",  # K2's item is the article: "itemHeader"
    # Drupal's "node__meta" (a <footer> atop the node holding its writer and dates)
    ("node", "meta"): "header",
    # Jannah's pager of a story split into pages ("page-link": "الصفحة 1 من 3 … التالي")
    ("page", "link"): "nav",
    # the next story loaded under this one as the reader scrolls ("nextArticle",
    # "next-story"): a story of its own, no text of this one
    ("next", "article"): "nav",
    ("next", "story"): "nav",
    ("next", "news"): "nav",
    # tagDiv's previous/next post pager ("td-post-next-prev", "td-post-prev-post")
    ("next", "prev"): "nav",
    ("prev", "post"): "nav",
    ("next", "post"): "nav",  # Jannah's "tie-next-post-teaser" under the text
    ("copy", "link"): "share",  # "copyLinkBox": the short link and its copy button
    # Drupal's node author field ("field--name-uid"): the account that wrote the node
    ("name", "uid"): "byline",
    # a teaser card's source and age under its title, inside its link ("story-card__meta")
    ("card", "meta"): "date",
    # a recipe card's head (WP Recipe Maker's "wprm-recipe-name", "-summary", "-meta"):
    # the dish's name, blurb, times and servings; its ingredients and steps are text
    **{
        ("recipe", part): "widget"
        for part in ("name", "summary", "meta", "details", "servings", "rating", "times")
    },
    # affiliate shopping in a lifestyle story: products, prices, "تسوق الآن"
    **{("product", box): "ad" for box in ("carousel", "card", "cards", "box", "grid", "slider")},
    # a quiz set among a story's paragraphs: questions, options, a score ("quiz-widget");
    # a page that is a quiz and nothing else stays one ("Quiz_main", no article)
    **{("quiz", part): "widget" for part in ("widget", "box", "result", "results", "embed")},
    # a property or classifieds portal's featured listings between a story's paragraphs
    # ("featured-listings", "listing-card__price"): paid placements, no text
    ("featured", "listings"): "ad",
    **{("listing", part): "ad" for part in ("card", "price", "specs")},
    ("match", "center"): "widget",
    ("match", "centre"): "widget",
    # the editor's answer under a reader's letter ("editor-reply"): text, not a comment
    # a "هل تعلمين؟" trivia box beside the text ("did-you-know-box")
    ("you", "know"): "widget",
    ("editor", "reply"): "text",
    # the editor's intro over a published reply ("reply-intro"): the page's own text
    ("reply", "intro"): "text",
    # a video's or an episode's transcript under its player: the page's text
    **{(medium, "transcript"): "text" for medium in ("video", "episode", "podcast", "audio")},
    ("reader", "opinion"): "comments",  # "reader-opinion": readers' comments, picked
    ("readers", "opinions"): "comments",
    ("reader", "comments"): "comments",
    ("editors", "reply"): "text",
    ("teaser", "text"): "lead",  # the standfirst of broadcaster templates ("teaser-text")
    # a story's own text, inside a box named for pictures ("photo-story__text" under
    # each slide of a photo story)
    ("story", "text"): "text",
    ("item", "text"): "text",  # an album's item: its heading and paragraph under the photo
    # a summary's bullets over the text, in an <aside> ("KeyPoints_box"): the story's
    ("key", "points"): "lead",
    ("key", "takeaways"): "lead",
    ("write", "by"): "byline",  # camelCase "writeBy"
    ("written", "by"): "byline",
    ("post", "pages"): "nav",  # a paginated post's page links ("multiple-post-pages")
    ("page", "links"): "nav",
    ("page", "numbers"): "nav",
    ("most", "read"): "widget",
    ("top", "stories"): "widget",  # a broadcaster's "أهم الأخبار" ("top-stories-heading")
    ("most", "popular"): "widget",
    ("author", "bio"): "bio",
    ("author", "box"): "bio",
    ("reviewer", "box"): "bio",  # a health page's medical reviewer's card
    ("about", "author"): "bio",
    # the writer's other stories beside the text (K2's "itemAuthorLatest"): a list of
    # titles, no byline
    ("author", "latest"): "widget",
    ("author", "posts"): "widget",
}

#: Tokens that only count in a pair; alone they mark nothing.
PAIR_ONLY: Final = frozenset({"read", "also", "more", "see", "most", "on", "about", "jp"})

#: Elements that never hold reader text, removed with their content. A ``<label>`` is
#: a form control's caption ("الاسم", "تحديث تلقائي" beside its checkbox), wherever the
#: form is drawn.
NON_TEXT_TAGS: Final[tuple[str, ...]] = tuple(
    "script style noscript template svg math iframe object embed video audio canvas select "
    "option textarea button input label head title link meta source picture map".split()
)

#: Tags whose subtree is never article text.
KIND_TAGS: Final[dict[str, str]] = {
    "nav": "nav",
    "footer": "widget",
    "aside": "widget",
    "figcaption": "caption",
    "header": "header",
    "menu": "nav",
    # the contact of an article's writer (Instant Articles' byline is its <address>)
    "address": "byline",
    # a group of a form's fields: a quiz's question and its choices, a search's filters
    "fieldset": "widget",
}

#: Kinds whose lines never enter the body.
#: Kinds that mark article text rather than chrome: a standfirst in its own box above
#: the body ("article-summary", "lead") is the article's first paragraph. A "subtitle" or
#: "deck" has no kind: it is the standfirst only when it is a sentence of the story right
#: under the headline (see ``_standfirst_under_headline``), not a label or a credit.
BODY_KINDS: Final = frozenset({"lead", "text"})

NOT_BODY_KINDS: Final = (frozenset(KIND_TOKENS) | {"header"}) - BODY_KINDS

# --- visible phrases -------------------------------------------------------------------

#: Phrases that open a short line and say what it is. Matched on the folded key of the
#: line (see textnorm.match_key), so hamza and ta-marbuta spellings do not matter.
#: Headings of recommendations ("قد يهمك"): a widget, unless the box they head is named
#: as related ("story__related"), where they head the article's own related links.
SUGGESTION_PHRASES: Final[tuple[str, ...]] = (
    "قصص مقترحة",
    "اخترنا لكم",
    "قد يعجبك أيضا",
    "قد يهمك",
    # "مواضيع قد تهمك": the portal's picks, not "مواضيع ذات صلة"
    "قد تهمك",
    "مواضيع قد تهمك",
    "مقالات قد تهمك",
    "أخبار قد تهمك",
)

#: Headings of a portal's dossiers the story belongs to ("ملفات ذات صلة"): topic
#: pages, however long their names, never related articles.
DOSSIER_PHRASES: Final[tuple[str, ...]] = ("ملفات ذات صلة", "الملفات ذات الصلة")

LINE_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "related": (
        # a follow-up's box recalling the earlier story, its link to it ("خلفية الخبر")
        "خلفية الخبر",
        "خلفية القصة",
        "روابط ذات صلة",
        "روابط متعلقة",
        "اقرأ أيضا",
        "اقرأ أيضاً",
        "اقرأ ايضا",
        "إقرأ أيضا",
        "اقرا ايضا",
        "اقرأ المزيد",
        # "لمزيد من الأخبار:" over a list of links closing the text ("المزيد من أخبار
        # …" is a section's box)
        "لمزيد من الأخبار",
        "للمزيد من الأخبار",
        "طالع أيضا",
        "طالع ايضا",
        "شاهد أيضا",
        "تابع أيضا",
        "انظر أيضا",
        "اقرأ كذلك",
        "إقرأ المزيد",
        "مقالات ذات صلة",
        "تدوينات ذات صلة",  # a blog platform's posts
        "أخبار ذات صلة",
        "اخبار ذات صلة",
        "قصص ذات صلة",
        "تقارير ذات صلة",
        "فيديوهات ذات صلة",
        "مقاطع ذات صلة",
        "ذات صلة",  # a bare "ذات صلة:" over a list of links
        # … and with the article ("الأخبار ذات الصلة", as wire services' sites title it)
        "الأخبار ذات الصلة",
        "أخبار ذات الصلة",
        "المقالات ذات الصلة",
        "مقالات ذات الصلة",
        "المواضيع ذات الصلة",
        "مواضيع ذات الصلة",
        "مواضيع ذات صلة",
        "الموضوعات ذات الصلة",
        "موضوعات ذات صلة",
        "مقالات مشابهة",
        # a series' box listing its other parts ("ملف خاص" / "ضمن ملف: العطش القادم")
        "ضمن ملف",
        "ملف خاص",
        "سلسلة مقالات",  # "سلسلة مقالات: العطش القادم" over the series' other parts
        "مقالات السلسلة",
        "أخبار مشابهة",
        "قصص مشابهة",
        "المزيد حول هذه القصة",
        "الموضوعات المتعلقة",
        "موضوعات متعلقة",
        "مواد ذات علاقة",
        "أخبار ذات علاقة",
        "اخبار ذات علاقة",
        "مقالات ذات علاقة",
        "مواضيع ذات علاقة",
        # "على نفس الموضوع", as French portals' Arabic services translate "sur le même sujet"
        "على نفس الموضوع",
        "في نفس الموضوع",
        "حول نفس الموضوع",
        "في الموضوع نفسه",
        "حول الموضوع نفسه",
        "اقرأ ايضاً",
        "read also",
        "read more",
        "related",
        # French, on Maghreb portals' interfaces.
        "articles similaires",
        "à lire aussi",
        "lire aussi",
        "voir aussi",
        "sur le même sujet",
        "articles liés",
    ),
    "ad": (
        "إعلان",
        "اعلان",
        "إعلانات",
        "إشهار",  # the Maghreb's word for it
        "اشهار",
        "advertisement",
        "مساحة إعلانية",
        "إعلان ممول",
        "اعلان ممول",
        "محتوى ممول",
        "محتوى مدعوم",
        "محتوى برعاية",
        "محتوى مدفوع",  # "paid content" over a sponsored-links strip
        "برعاية",  # a sponsored card's badge alone ("برعاية" over its headline)
        "ads",
        "sponsored",
        "publicité",
        "publicite",
    ),
    "share": (
        # a copy-link box's label, its address in a field beside it
        "رابط مختصر",
        "الرابط المختصر",
        "شارك",
        "شارك الخبر",
        "شارك المقال",
        "شارك هذا",
        "تابعنا",
        "تابعونا",
        "تابعوا",
        "تابع",
        "انشر",
        "مشاركة",
        "share",
        "follow us",
        "partager",
        "partagez",
        "suivez-nous",
    ),
    "newsletter": (
        "اشترك في النشرة",
        "اشترك في نشرتنا",
        "اشترك الآن",
        "سجل في النشرة",
        # the pitch before the prompt: "للتوصل بالتدوينات الجديدة في بريدك، اشترك …"
        # (Maghreb "التوصل ب", to receive; "للتوصل إلى اتفاق" is prose), "لتصلك آخر …"
        "للتوصل بالتدوينات",
        "للتوصل بالمقالات",
        "للتوصل بآخر",
        "للتوصل بجديد",
        "للتوصل بكل جديد",
        "لتصلك",
        "ليصلك",
        "النشرة البريدية",
        "النشرة الإخبارية",
        "اشترك",
        # "هل أعجبك هذا التقرير؟ اشترك في نشرتنا …": the pitch before the prompt
        "هل أعجبك هذا",
        "هل أعجبتك هذه",
        "هل أعجبك المقال",
        "هل أعجبك التقرير",
        "هل أعجبك الخبر",  # a reaction box's question over its thumbs
        # "هل تريد متابعة أخبار الاقتصاد أولاً بأول؟ اشترك …": a newsletter's pitch
        "هل تريد متابعة",
        "هل تود متابعة",
        "هل ترغب في متابعة",
        "subscribe",
        "abonnez-vous",
    ),
    "caption": (
        "صدر الصورة",
        "التعليق على الصورة",
        "مصدر الصورة",
        "الصورة:",
        "صورة",
        "صورة أرشيفية",
        "صورة تعبيرية",
        "تصوير",
        # a chart's caption ("رسم بياني: متوسط سعر القدم المربعة …"; "إنفوغراف" opens
        # related titles too)
        "رسم بياني",
        # a gallery's own label ("ألبوم الصور 6 صور")
        "ألبوم الصور",
        "ألبوم صور",
        "معرض الصور",
        "photo",
        "getty images",
    ),
    "comments": (
        "التعليقات",
        "أضف تعليقا",
        "اضف تعليق",
        "أضف تعليقك",
        "تعليقات",
        "comments",
        "commentaires",
        # a box of readers' comments chosen by the editors ("رأيك يهمنا")
        "رأيك يهمنا",
        "آراء القراء",
        # SPIP's forum under an article ("ردود على المقال")
        "ردود على المقال",
        "ردود على الموضوع",
        "ردود القراء",
    ),
    # "مواضيع ذات صلة" lists topic pages (tags), not related articles.
    "tags": (
        "الكلمات الدلالية",
        "كلمات دلالية",
        "الوسوم",
        "كلمات مفتاحية",
        "الكلمات المفتاحية",
        "وسوم",
        "tags",
        "مواضيع ذات صلة",
        *DOSSIER_PHRASES,
        "كلمات البحث",
        "الموضوع:",
        "mots-clés",
        "mots clés",
    ),
    "widget": (
        "المواصفات الفنية",  # a review's specs table under its heading
        "ورقة المباراة",  # a match report's sheet: line-ups, goals, referee
        # a review's card of credits ("بطاقة الفيلم": director, cast, running time); a
        # transfer story's player card ("بطاقة اللاعب": born, position, former club)
        *(
            f"بطاقة {work}"
            for work in (
                "الفيلم",
                "المسلسل",
                "العمل",
                "الكتاب",
                "الألبوم",
                "المرشح",
                "المرشحة",
                "النعي",  # an obituary notice's card: the dead's name, the day, the wake
                "اللاعب",
                "المدرب",
            )
        ),
        "معلومات الزلزال",  # a quake's magnitude, depth and epicentre over the story
        # the portal's app pitched between paragraphs ("حمّل تطبيق الضفتين على هاتفك")
        "حمل تطبيق",
        "حمل التطبيق",
        "حمل تطبيقنا",  # "حمل تطبيقنا" over "أخبار الشمال في جيبك" and the store badges
        "نزل تطبيقنا",
        "نزل تطبيق",
        "نزل التطبيق",
        # a consultation page's form for the next question
        "أرسل استشارتك",
        "أرسلي استشارتك",
        "اطرح سؤالك",
        "اطرحي سؤالك",
        "أرسل سؤالك",
        "أرسلي سؤالك",
        "الأكثر قراءة",
        "الاكثر قراءة",
        "الأكثر مشاهدة",
        "الأكثر تصفحا",
        # a market box's top movers ("الأكثر ارتفاعاً", "الأكثر انخفاضاً")
        "الأكثر ارتفاعا",
        "الأكثر انخفاضا",
        "الأكثر نشاطا",
        "آخر الأخبار",
        "أحدث الأخبار",
        # "الأحدث في المجلة", "أحدث المقالات": the site's newest, whatever their topic
        "الأحدث",
        "أحدث المقالات",
        "أحدث المواضيع",
        "أحدث القصص",
        "آخر المقالات",
        "آخر المواضيع",
        # a blog's newest posts ("آخر التدوينات" over WordPress's latest-posts block)
        "آخر التدوينات",
        "أحدث التدوينات",
        *SUGGESTION_PHRASES,
        "يستحق الانتباه",
        # more from the section: the section's latest, not the editors' related picks
        "من نفس القسم",
        "من القسم نفسه",
        "أخبار من نفس القسم",
        "المزيد من القسم",
        "المزيد من هذا القسم",
        "آخر أخبار القسم",
        "أحدث أخبار القسم",
        # an info box's head over its label-and-value lines ("معلومات عن الموقع", "معلومات
        # سريعة"); "معلومات عن الكاتب" is a bio's, the longer phrase
        "معلومات عن",
        "معلومات سريعة",
        # a "did you know" box between a story's paragraphs ("هل تعلم؟" over one fact)
        "هل تعلم",
        "هل تعلمين",
        "هل تعلم أن",
        "هل تعلمون",
        # a fact box's head ("حقائق سريعة عن أحراج القبيات" over its list of facts)
        "حقائق سريعة",
        "حقائق وأرقام",
        "أرقام وحقائق",
        # a magazine's or a newsletter's past issues beside the current one
        "أحدث الأعداد",
        "الأعداد السابقة",
        "أعداد سابقة",
        "من الأعداد السابقة",
        "أخبار القسم",
        # "اقرأ المزيد من أخبار محلية": more of a section's news
        "اقرأ المزيد من أخبار",
        "المزيد من أخبار",
        "المزيد من",  # "المزيد من اقتصاد": more from the section, named after it
        # more by the writer: the writer's other pieces, whatever the box is called
        # (tagDiv's related block shows "More from author" in its related-posts box)
        "المزيد من الكاتب",
        "المزيد من الكاتبة",
        "المزيد للكاتب",
        "المزيد للكاتبة",
        "مقالات أخرى للكاتب",
        "مقالات أخرى للكاتبة",
        "المزيد من المؤلف",
        "more from author",
        "more from the author",
        "الأخبار الرئيسية",
        "أهم الأخبار",  # a broadcaster's "top stories" after the text
        "أهم القصص",
        "عاجل",
        "les plus lus",
        "dernières infos",
        "dernières nouvelles",
        "à la une",
    ),
}

#: Headings of a related box that open prose as often ("في السياق نفسه، قال الوزير …"):
#: a related box's head only when the phrase is the whole line ("في نفس السياق" over
#: links to earlier stories).
RELATED_HEADINGS_ALONE: Final[tuple[str, ...]] = (
    "في نفس السياق",
    # "لا تفوّت" over links set in the text, as "اقرأ أيضا" is ("لا تفوت أهم الأخبار،
    # اشترك …" opening a newsletter's pitch is no heading)
    "لا تفوت",
    "في السياق نفسه",
    "في السياق ذاته",
    "في ذات السياق",
    # "مقالات في نفس السياق" over a list of links (the Maghreb's "articles liés")
    "مقالات في نفس السياق",
    "أخبار في نفس السياق",
    "مواضيع في نفس السياق",
    "مقالات في السياق نفسه",
    "أخبار في السياق نفسه",
)

#: Kinds of LINE_PHRASES that only apply when the phrase *is* the whole line (or nearly):
#: "تابع" or "إعلان" opening a long sentence is prose.
#: An update's badge over its paragraph ("تحديث" | "تحديث 17:25: أعلنت الوزارة …"),
#: the word alone ("تحديث الرافعات" is a subheading).
#: A live entry's flag is the word alone too ("مهم" beside its time; "مثبت" is a label).
LINE_PHRASES["badge"] = ("تحديث", "تحديث جديد", "مهم", "هام")

#: The marker closing a live feed shown newest first, at its first update ("<div
#: class='LiveFeed_end'>بداية التغطية</div>"); as the heading of that first update, over
#: its text, it is the update's title.
FEED_START: Final[tuple[str, ...]] = ("بداية التغطية", "بداية التغطية المباشرة")

LINE_PHRASES["label"] = (
    # a reading-time badge ("مدة القراءة: 6 دقائق")
    "مدة القراءة",
    "وقت القراءة",
    # a live blog's badge on its pinned update
    "مثبت",
    "مثبّت",
    "منشور مثبت",
    # the label over a ruling's or a release's attached files ("المرفقات:")
    "المرفقات",
    "مرفقات",
    # the label over a summary's bullets ("ملخص" in the summary box's head)
    "ملخص",
    "الملخص",
    # a press release's header ("للنشر الفوري" over the dateline)
    "للنشر الفوري",
    "للنشر فورا",
    "للنشر فوراً",
    "For immediate release",
    # an audio player's label ("استمع إلى القصيدة بصوت الشاعر")
    "استمع إلى",
    "استمع الى",
    "استمع للحلقة",
    "استمع للتقرير",
    "استمع للمقال",
    # the label of a summary box's bullets ("باختصار"), which are the text's own
    "باختصار",
    "بإيجاز",
    "باختصار شديد",
    # a translated piece's badge over its text, no translator named
    "ترجمة خاصة",
    "ترجمة حصرية",
    # a syndicated piece's banner ("هذه المادة منقولة من موقع شريك")
    "هذه المادة منقولة من موقع شريك",
    "هذا المحتوى منقول من موقع شريك",
    "محتوى منقول من موقع شريك",
    "هذه المادة من موقع شريك",
    # Screen-reader headings of byline boxes: "Article information".
    "Article information",
    "معلومات المقال",
    "معلومات عن المقال",
    "Author information",
    "معلومات الكاتب",
    "معلومات عن الكاتب",
    # a fact-check's verdict badge ("الحكم: زائف") over the text it sums up
    *(
        f"{label}: {verdict}"
        for label in ("الحكم", "التقييم", "النتيجة", "التصنيف", "تقييمنا", "حكمنا")
        for verdict in (
            "زائف",
            "مضلل",
            "صحيح",
            "خطأ",
            "مفبرك",
            "غير دقيق",
            "صحيح جزئيا",
            "مضلل جزئيا",
            "مجتزأ",
            "ساخر",
            "غير مثبت",
            "بلا دليل",
        )
    ),
    *FEED_START,
    # a live page's status line ("التغطية متواصلة · يتم التحديث تلقائيا")
    "التغطية متواصلة",
    "تغطية متواصلة",
    "التغطية مستمرة",
    "يتم التحديث تلقائيا",
    # a live update's badge beside its time
    "حدث بارز",
    "حدث رئيسي",
    "تحديث مهم",
)

#: A slider's or a pager's buttons, alone on their lines ("السابق", "التالي"): controls,
#: never text.
LINE_PHRASES["control"] = (
    "السابق",
    "التالي",
    "الصورة السابقة",
    "الصورة التالية",
    "عرض بملء الشاشة",
    # a link to report an error in the piece, under it
    "الإبلاغ عن خطأ",
    "الإبلاغ عن خطأ في هذا المقال",
    "أبلغ عن خطأ",
    "أبلغ عن خطأ في هذا المقال",
    "أبلغ عن خطأ في هذا الخبر",
    # … or asking the reader to ("لاحظت خطأ في هذا الخبر؟ أرسل تصحيحاً")
    "أرسل تصحيحا",
    *(
        f"{seen} {error} {ask}".strip()
        for seen in ("لاحظت", "وجدت", "رأيت", "هل لاحظت", "هل وجدت")
        for error in (
            "خطأ",
            *(f"خطأ في هذا {what}" for what in ("الخبر", "المقال", "الموضوع", "التقرير")),
            "خطأ أو معلومة غير دقيقة",
        )
        for ask in ("", "أرسل تصحيحا", "أبلغنا", "راسلنا")
    ),
    # a reader's vote on the piece under it ("هل كان هذا المقال مفيداً؟ نعم (124) لا (9)")
    *(f"هل كان هذا {what} مفيدا" for what in ("المقال", "الخبر", "المحتوى", "الموضوع")),
    "هل وجدت هذا المقال مفيدا",
    # the next story's teaser closing the page ("المقال التالي" over its headline)
    "المقال التالي",
    "الخبر التالي",
    "المقال السابق",
    "الخبر السابق",
    # a copy-link button's status ("<span class='copied' role='status'>تم النسخ</span>")
    "تم النسخ",
    "تم نسخ الرابط",
    # a live page's auto-refresh switch ("<label><input type=checkbox> تحديث تلقائي</label>")
    "تحديث تلقائي",
    # the link back to the list the story came from ("← العودة إلى قائمة الأخبار")
    *(
        f"{back} {where}"
        for back in ("العودة إلى", "عودة إلى", "رجوع إلى")
        for where in ("قائمة الأخبار", "الأخبار", "القائمة", "الرئيسية", "الصفحة الرئيسية")
    ),
    "العودة لقائمة الأخبار",
    "العودة للأخبار",
    "العودة للقائمة",
    "العودة للرئيسية",
    "رجوع",
    "العودة",
)

#: Openings of a picture's caption set in the text as a paragraph (wire photo style).
LINE_PHRASES["photo-caption"] = ("صورة ملتقطة", "صور ملتقطة", "صورة التقطت", "صور التقطت")

#: The title of the card presenting the writer after the text ("عن الكاتب", a poem's "عن
#: الشاعر"): the card is the writer's, not the text. The titles alone on their lines.
LINE_PHRASES["bio"] = (
    *(
        f"{about} {who}"
        for about in ("عن", "نبذة عن", "معلومات عن")
        for who in (
            "الكاتب",
            "الكاتبة",
            "الشاعر",
            "الشاعرة",
            "المؤلف",
            "المؤلفة",
            "المترجم",
            # a health page's medical reviewer ("عن المراجع الطبي")
            "المراجع",
            "المراجعة",
            "المراجع الطبي",
        )
    ),
    "About the author",
)

#: The title of a timeline box set beside or inside the text ("تسلسل زمني: حصار الفاشر"):
#: in a box of its own, the box is a side box of dated events, not the text; as a
#: subheading in the text's own flow, over the text's own list, it stays (content.py).
LINE_PHRASES["timeline"] = (
    "تسلسل زمني",
    "التسلسل الزمني",
    "تسلسل الأحداث",
    "خط زمني",
    "الخط الزمني",
)

#: Record lines of a page's database entry ("رقم الفتوى: 58213 | المفتي: …").
LINE_PHRASES["record"] = ("رقم الفتوى", "رقم الخبر", "رقم المادة", "كود الخبر")

#: Labels of the page's own record of the article, each line a label and its value: the
#: counter ("زيارات: 1532", "عدد المشاهدات: 4,210", "شوهد 980 مرة") and the filing
#: ("التصنيف: محليات"), as Joomla's article-info and many PHP portals print them. The
#: labels alone open prose ("زيارات ميدانية للوزير", "القسم الأول من الخطة"), so these
#: are no phrases: the line's whole shape decides (a count; a colon and a short value).
COUNTER_LABELS: Final[tuple[str, ...]] = (
    "زيارات",
    "الزيارات",
    "عدد الزيارات",
    "مشاهدات",
    "المشاهدات",
    "عدد المشاهدات",
    "قراءات",
    "القراءات",
    "عدد القراءات",
    "مرات القراءة",
    "عدد مرات القراءة",
    "شوهد",
    "Hits",
    "Views",
)
FILED_LABELS: Final[tuple[str, ...]] = (
    "التصنيف",
    "تصنيف",
    "القسم",
    "الفئة",
    "التبويب",
    "Category",
    # a sermon's, an episode's or a lesson's topic over its text ("موضوع الخطبة: …")
    "موضوع الخطبة",
    "عنوان الخطبة",
    "موضوع الحلقة",
    "موضوع الدرس",
)

#: A breaking story's promise of more, in a line of its own ("التفاصيل بعد قليل...").
LINE_PHRASES["more"] = (
    # a round-up's link to each item's own story ("<p class='read-more-link'><a>اقرأ
    # التفاصيل</a></p>"): no related headline
    "اقرأ التفاصيل",
    "اقرأ الخبر كاملا",
    "اقرأ الخبر كاملاً",
    "التفاصيل بعد قليل",
    "التفاصيل بعد قليل بإذن الله",
    "التفاصيل لاحقا",
    "التفاصيل لاحقاً",
    "تفاصيل أكثر لاحقا",
    "المزيد من التفاصيل لاحقا",
    # "جارٍ تحديث الخبر..." under a breaking item: it is being written, no text yet
    "جار تحديث الخبر",
    "جاري تحديث الخبر",
    "جارٍ تحديث الخبر",
    "المزيد من التفاصيل بعد قليل",
    "الخبر قيد التحديث",
    "خبر قيد التحديث",
    "الخبر قيد المتابعة",  # closing a running story, with its follow prompt or not
    "خبر قيد المتابعة",
    "الخبر قيد المتابعة، تابعونا للمزيد",
    "الخبر قيد المتابعة، تابعونا",
    "جار التحديث",
    "جاري التحديث",
    "يتبع",
    # the label between a teaser and the story it opens ("التفاصيل:"), alone
    "التفاصيل",
    # the label over a speech or a statement printed in full ("نص الكلمة:"), alone (a
    # sentence introducing it, "وفيما يلي نص البيان:", is the text's, as with any text)
    *(f"نص {what}" for what in ("الكلمة", "البيان", "الخطاب", "الرسالة")),
    "وإليكم التفاصيل",
    "إليكم التفاصيل",
    # a link to another page as the text's last line ("للمزيد: اضغط هنا")
    "للمزيد اضغط هنا",
    "اضغط هنا للمزيد",
    "للتفاصيل اضغط هنا",
    "لمزيد من التفاصيل اضغط هنا",
    "اضغط هنا",
    # a press mirror's link to the whole story on its outlet's site
    *(
        f"لقراءة {what} {whole}{click}"
        for what in ("الخبر", "المقال", "الموضوع")
        for whole in ("كاملا", "كاملاً", "بالكامل")
        for click in ("", " اضغط هنا", " انقر هنا")
    ),
    "اقرأ الخبر من المصدر",
    "اقرأ الخبر من مصدره",
)

#: A follow prompt that reads like a sentence ("تابعوا المزيد من القصص على …",
#: "تابعوا آخر الأخبار عبر قناتنا"): an imperative to the reader opens no news paragraph.
LINE_PHRASES["follow"] = (
    # "يمكنكم متابعة آخر أخبار الاقتصاد عبر صفحتنا على فيسبوك."
    "يمكنكم متابعة آخر",
    "يمكنكم متابعة أخبار",
    "يمكنكم متابعتنا",
    "تابعوا المزيد",
    "تابعوا آخر",
    "تابعوا أحدث",
    "تابعوا أهم",
    "تابعوا أخبار",
    "تابعوا التغطية",
    "تابعوا قناة",
    "تابعوا قناتنا",
    "تابعوا صفحتنا",
    "تابعونا على",
    "تابعونا عبر",
    "تابعنا على",
    "تابعنا عبر",
    # a writer's card's follow link ("تابعها على إكس")
    "تابعه على",
    "تابعها على",
    "تابعني على",
    "لمتابعة آخر الأخبار",
    "لمتابعة أهم الأخبار",
    "لمتابعة أحدث الأخبار",
    # the portal's app ("تابع آخر الأخبار عبر تطبيق … على أندرويد وآيفون")
    "تابع آخر الأخبار",
    "تابع أحدث الأخبار",
    "تابع أهم الأخبار",
)

#: A note opening readers' content ("محتوى من القراء، لا يعبر بالضرورة عن رأي الموقع"):
#: the portal disowns it before the text begins.
LINE_PHRASES["disclaimer"] = (
    # a review's disclosure of how the product came ("إفصاح: حصلنا على الهاتف …")
    "إفصاح",
    "محتوى من القراء",
    "هذا المحتوى من القراء",
    "هذا المقال من القراء",
    "هذه التدوينة منشورة ضمن مدونات القراء",
    "هذه المادة من إسهامات القراء",
    # a copy's note on what it is ("هذه نسخة مبسطة من المقال الأصلي على موقع …"): a
    # reader-mode proxy's, an archive's, a text-only edition's
    "هذه نسخة مبسطة",
    "هذه نسخة مبسّطة",
    "هذه نسخة مؤرشفة",
    "هذه نسخة نصية",
    "هذه النسخة المبسطة",
    "هذه النسخة النصية",
    # a translation's note on its original ("نُشرت النسخة الإنجليزية من هذا التعليق على
    # موقع المرصد في …")
    "نشرت النسخة الإنجليزية من هذا",
    "نشرت النسخة الانجليزية من هذا",
    "نشرت النسخة الأصلية من هذا",
    "نشرت النسخة الفرنسية من هذا",
    "نشر النص الأصلي لهذا",
    # a series' note on the piece ("هذا المقال جزء من سلسلة «مدن الطين» …")
    "هذا المقال جزء من سلسلة",
    "هذه المقالة جزء من سلسلة",
    "هذا التقرير جزء من سلسلة",
    "هذه المادة جزء من سلسلة",
    "هذا التحقيق جزء من سلسلة",
    "هذه الحلقة جزء من سلسلة",
)

#: The portal's notes to its reader around a story, which read like sentences: a content
#: warning over a crime story, an appeal's contact box under a missing person's.
LINE_PHRASES["notice"] = (
    "تحذير: يحتوي",
    "تحذير: قد يحتوي",
    "تحذير: هذا الخبر يحتوي",
    "تحذير: هذا التقرير يحتوي",
    "تنبيه: يحتوي",
    "تنبيه: قد يحتوي",
    "تنويه: يحتوي",
    "للإبلاغ اتصل",
    "للإبلاغ يرجى الاتصال",
    "للإبلاغ عن أي معلومات",
    # a service's hotline under the story ("للاستفسار اتصل على 937")
    "للاستفسار اتصل",
    "للاستفسار يرجى الاتصال",
    "للاستفسارات اتصل",
    "للاستفسار والحجز اتصل",
)

#: What a page tells its reader to do with a table, a picture or a map ("اضغط على عنوان
#: أي عمود لترتيب الجدول", "انقر على الصورة لتكبيرها"): the page's interface, not text.
LINE_PHRASES["instruction"] = (
    # (not "اضغط على" alone: a how-to's steps open with it)
    "اضغط على عنوان",
    "انقر على عنوان",
    "اضغط على الصورة",
    "انقر على الصورة",
    "اضغط على الصور",
    "انقر على الصور",
    "اضغط على الخريطة",
    "انقر على الخريطة",
    "اضغط على الرسم",
    "انقر على الرسم",
    "مرر الفأرة",
    "مرر المؤشر",
    "اسحب الخريطة",
    "اسحب الشريط",
    # the label over an interactive graphic ("خريطة تفاعلية: اضغط على المحافظة …")
    "خريطة تفاعلية",
    "رسم تفاعلي",
    "رسم بياني تفاعلي",
    "إنفوغراف تفاعلي",
    "إنفوغرافيك تفاعلي",
    "جدول تفاعلي",
)

#: Headings of the same story in another language, printed under the Arabic one: the
#: article's text ends there.
LINE_PHRASES["translation"] = (
    "English version",
    "English Summary",
    "Summary in English",
    "Summary",  # alone over an English paragraph at an Arabic story's end
    "Abstract",
    "English text",
    "In English",
    "In brief, in English",
    "Read in English",
    "النسخة الإنجليزية",
    "النسخة الانجليزية",
    "Version française",
    "النسخة الفرنسية",
)

#: Badges printed inside a headline, before it ("عاجل", "فيديو"); dropped when the page's
#: metadata names the headline without them.
HEADLINE_LABELS: Final[tuple[str, ...]] = (
    "عاجل",
    "حصري",
    "خاص",
    "فيديو",
    "بالفيديو",
    "بالصور",
    "صور",
    "مباشر",
    "محدث",
    "تحديث",
)

#: Headings of the portal's own notes after the text (an editor's note, its policies, a
#: sponsor's description): the article's text ends there.
LINE_PHRASES["policy"] = (
    "من المحرر",
    "رسالة المحرر",
    "ملاحظة المحرر",
    "سياسة التصحيح",
    "سياسة التصحيحات",
    "سياسة النشر",
    "سياسة التحرير",
    "عن الشريك",
    # a press release's boilerplate about the company, after its text
    "نبذة عن الشركة",
    "نبذة عن المجموعة",
    "نبذة عن البنك",
    "حول الشركة",
    "عن الشركة",
    # an investigation's methodology box after its text ("منهجية التحقيق" is as often a
    # chapter of the text itself)
    "عن هذا التحقيق",
    "حول هذا التحقيق",
    "عن هذا التقرير",
    # an appeal for readers' money closing the text ("ادعم الصحافة المستقلة" over "يحتاج
    # تحقيق واحد مثل هذا إلى أشهر من العمل …" and a "تبرّع الآن" button)
    "ادعم الصحافة المستقلة",
    "ادعموا الصحافة المستقلة",
    "ادعم صحافتنا",
    "ادعموا صحافتنا",
    "ادعم عملنا",
    "ادعموا عملنا",
    "ادعمنا",
    "ادعمونا",
)

#: Headings of a reference list: the article's text ends there.
LINE_PHRASES["references"] = (
    "المراجع",
    "مراجع",
    "المصادر والمراجع",
    "قائمة المراجع",
    "الهوامش",
    "الحواشي",
    "حواشي",
    "هوامش",
    "References",
    "Footnotes",
    "Bibliographie",
    # the study a science story reports, cited under it ("مرجع الدراسة" over the reference)
    "مرجع الدراسة",
    "مرجع البحث",
    "المرجع",
    # a paper's citation box ("للاستشهاد بهذه الورقة:" over the reference to cite)
    "للاستشهاد بهذه الورقة",
    "للاستشهاد بهذا المقال",
    "للاستشهاد بهذه الدراسة",
    "طريقة الاستشهاد",
    "كيفية الاستشهاد",
)

WHOLE_LINE_KINDS: Final = frozenset(
    {
        "ad",
        "share",
        "comments",
        "widget",
        "caption",
        "label",
        "references",
        "more",
        "translation",
        "policy",
        "control",
        "bio",
        "timeline",
        "badge",
    }
)
#: Whole-line kinds whose line may end like a sentence ("التفاصيل بعد قليل...").
PUNCTUATED_KINDS: Final = frozenset({"more", "control"})

#: How many characters may follow a whole-line phrase ("صدر الصورة، Getty Images").
WHOLE_LINE_SLACK: Final[dict[str, int]] = {
    "caption": 60,
    "references": 0,
    "more": 0,
    "control": 0,
    "translation": 0,
    "policy": 0,
    "bio": 0,
    "badge": 0,
}
#: Headings after which nothing is the article's text.
ENDING_KINDS: Final = frozenset({"references", "translation", "policy"})

#: Words of share/follow bars; a short line made mostly of them is a share bar.
SOCIAL_WORDS: Final = frozenset(
    (
        "فيسبوك فيس بوك تويتر إكس انستغرام إنستغرام انستجرام يوتيوب واتساب واتس اب تلغرام "
        "تليجرام لينكدين سناب شات تيك توك طباعة البريد الإلكتروني ارسال إرسال نسخ الرابط "
        "facebook twitter x instagram youtube whatsapp whats app telegram linkedin pin "
        "interest pinterest email e-mail print copy link share tiktok snapchat messenger"
    ).split()
)

#: Headings of boxes whose links are NOT related-article links even inside a related box.
NOT_RELATED_HEADINGS: Final = LINE_PHRASES["widget"] + LINE_PHRASES["tags"]


#: Phrases of the site's own voice that close an article page: comment policies,
#: disclaimers, copyright. Only read in the last lines of the article region, where
#: they cannot be a quote in the story.
#: Words of a wire service's closing note, a line in parentheses: "(تغطية صحفية ليلى بسام -
#: إعداد محمد علي للنشرة العربية - تحرير سها جادو)". The people it names are the wire's
#: staff, not the article's authors.
WIRE_NOTE_WORDS: Final[tuple[str, ...]] = (
    "تغطية صحفية",
    "إعداد",
    "اعداد",
    "تحرير",
    "ترجمة",
    "للنشرة العربية",
    # the reporters who shared the coverage ("(شارك في التغطية مروان الحداد من سنغافورة)")
    "شارك في التغطية",
)

#: What a page that was not found says in its title or headline (an HTTP 200 "404").
NOT_FOUND_PHRASES: Final[tuple[str, ...]] = (
    "الصفحة غير موجودة",
    "الصفحة التي تبحث عنها غير موجودة",
    "الصفحة المطلوبة غير موجودة",
    "لم يتم العثور على الصفحة",
    "لم نتمكن من العثور على الصفحة",
    "خطأ 404",
    "page not found",
    "error 404",
    "404 not found",
    # a story taken down, its address kept in the layout ("هذا الخبر لم يعد متاحا")
    "هذا الخبر لم يعد متاح",
    "هذا المقال لم يعد متاح",
    "هذا المحتوى لم يعد متاح",
    *(
        f"{thing} المطلوب غير {state}"
        for thing in ("الخبر", "المحتوى", "الموضوع", "المقال")
        for state in ("متوفر", "موجود", "متاح")
    ),
    "الصفحة المطلوبة غير متوفرة",
    "تم حذف هذا الخبر",
    "تم حذف هذا المحتوى",
    # a server error, a maintenance page, a consent wall: served on the story's address
    "خطأ في الخادم",
    "خطأ 500",
    "internal server error",
    "error 500",
    "service unavailable",
    "الموقع قيد الصيانة",
    "الموقع تحت الصيانة",
    "يحترم خصوصيتك",
    "نحترم خصوصيتك",
    "خصوصيتك تهمنا",
    "قبل المتابعة إلى",  # a consent wall's title before the portal's name
)

#: Headlines of the portal's own pages: about, contact, its policies. A page headed so is
#: no story, however an SEO plugin types it (Yoast prints og:type "article" on them).
PORTAL_PAGE_TITLES: Final[tuple[str, ...]] = (
    "من نحن",
    "عن الموقع",
    "عن الصحيفة",
    "عن الجريدة",
    "اتصل بنا",
    "تواصل معنا",
    "أعلن معنا",
    "اعلن معنا",
    "سياسة الخصوصية",
    "الشروط والأحكام",
    "شروط الاستخدام",
    "سياسة الاستخدام",
    # a channel's live stream: a player and the day's schedule, no story
    "البث المباشر",
    "بث مباشر",
    "البث الحي",
    "شاهد البث المباشر",
    "About us",
    "Contact us",
    "Privacy policy",
)

#: Headlines that name a list of stories, not a story: a page headed so lists
#: ("<h1>الأكثر قراءة</h1>" over ten ranked teasers with their excerpts).
LISTING_PAGE_TITLES: Final[tuple[str, ...]] = (
    "سجل الزوار",  # a guestbook: readers' posts, no story
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "الأكثر تداولا",
    "آخر الأخبار",
    "أحدث الأخبار",
    "كل الأخبار",
    "جميع الأخبار",
    "عناوين اليوم",
    "أبرز العناوين",
    "الأرشيف",
    "أرشيف الأخبار",
    "نتائج البحث",
)

CLOSING_PHRASES: Final[tuple[str, ...]] = (
    # "نرجو عدم نسخ المحتوى دون ذكر المصدر": the portal's copyright plea after the text
    "عدم نسخ المحتوى",
    # a blogger's own follow prompt under the post ("إن أعجبتكم التدوينة تابعوني على
    # تويتر @…")
    "تابعوني على",
    # "للاطلاع على النص الكامل للبيان اضغط هنا": a link prompt closing the text
    "اضغط هنا",
    "انقر هنا",
    # "للمزيد من الأخبار تابعونا على صفحتنا على فيسبوك": a follow prompt after the text
    "تابعونا على",
    "تابعونا عبر",
    "تابعوا صفحتنا",
    "لا تعبر عن رأي",
    "لا تعبر بالضرورة عن",
    # a readers' corner's note ("… والآراء الواردة فيها تعبر عن كاتبيها")
    "تعبر عن كاتبيها",
    "تعبر عن آراء أصحابها",
    "تعبر عن آراء كاتبيها",
    "تعبر عن رأي كاتبها",
    "تعبر عن رأي صاحبها",
    "يعبر عن رأي كاتبه",
    "تعبر عن رأي كاتبه",
    "يعبر عن رأي صاحبه",
    "لا يعبر عن رأي",
    "لا يعبر بالضرورة عن",
    # the Maghreb papers' "الآراء الواردة في الأعمدة لا تلزم إلا أصحابها"
    "لا تلزم إلا أصحابها",
    "لا تلزم إلا كاتبها",
    "لا تلزم إلا صاحبها",
    "لا يلزم إلا كاتبه",
    "لا يلزم إلا صاحبه",
    # the portal's views disclaimed ("… لا تعكس بالضرورة رأي الموقع"), not figures that
    # "لا تعكس بالضرورة حجم التجارة"
    *(
        f"{verb} بالضرورة {what}"
        for verb in ("لا تعكس", "لا يعكس")
        for what in ("رأي", "الرأي", "آراء", "وجهة نظر", "موقف", "سياسة", "توجهات")
    ),
    "إرشادات الاستخدام",
    "شروط الاستخدام",
    "سياسة التعليقات",
    "مراجعة التعليقات",
    "جميع الحقوق محفوظة",
    "يمنع نسخ",
    "يحظر نسخ",
    "يحظر إعادة نشر",
    "يمنع إعادة نشر",
    "all rights reserved",
    # an agency's note on what its subscribers get ("… هي ملخص لجزء من الأخبار المعروضة …")
    "ملخص لجزء من الأخبار",
    "للاشتراك في الخدمة",  # "… عبر نظام تدفق الأخبار (HAS) … للاشتراك في الخدمة يرجى …"
    # a republisher's note on the original ("ننوه بأن الخبر الأصلي منشور على موقع …",
    # "* ترجمة خاصة …، والتقرير الأصلي منشور باللغة الإنجليزية على موقع …"): the outlet it
    # names is the source (sources.first_published_in)
    "الخبر الأصلي منشور",
    "التقرير الأصلي منشور",
    "المقال الأصلي منشور",
    # an autoblog's sign-off ("كانت هذه تفاصيل خبر … لهذا اليوم، نتمنى أن نكون قد وفقنا …")
    "كانت هذه تفاصيل خبر",
    "نظام تدفق الأخبار",
    # a newsletter's web copy: the forward prompt and the why-you-got-this footer
    "أعجبتك النشرة",
    "أعجبتك هذه النشرة",
    "وصلتك هذه الرسالة",
    "وصلتك هذه النشرة",
    "لأنك مشترك في",
    "لأنك مشتركة في",
    # a book excerpt's publishing note, a Q&A page's call for questions
    "يصدر الكتاب عن",
    "صدر الكتاب عن",
    "أرسل سؤالك",
    # the portal's app pitched under the text ("حمّل تطبيق الموقع لتصلك الأخبار …")
    "حمل تطبيق الموقع",
    "حمّل تطبيق الموقع",
    "حملوا تطبيق",
    "هل لديك سؤال آخر",
    "هل لديكم سؤال آخر",
    # "لديك سؤال لأطباء «الموقع»؟ أرسله عبر البريد الإلكتروني …"
    "أرسله عبر البريد",
    "أرسليه عبر البريد",
    "أرسلوها عبر البريد",
    # a market page's risk warning closing the text
    "ينطوي على مخاطر عالية",
    "لا يعد نصيحة استثمارية",
    # "… ولا يُعد توصية بشراء أو بيع أي ورقة مالية"
    "لا يعد توصية",
    "لا يُعد توصية",
    "لا تعد نصيحة استثمارية",
    "ليس نصيحة استثمارية",
    # an aggregator's note on the outlet it republishes ("… غير مسؤول عن محتواه")
    "غير مسؤول عن محتواه",
    "غير مسؤولة عن محتواه",
    "غير مسؤول عن مضمون",
    "غير مسؤول عن دقة",
    "غير مسؤولة عن دقة",
    "لا يتحمل مسؤولية محتوى",
    "لا تتحمل مسؤولية محتوى",
    # a health page's disclaimer ("هذا المقال لأغراض التوعية ولا يغني عن استشارة الطبيب")
    "لا يغني عن استشارة",
    "لا تغني عن استشارة",
    "لا يغني عن زيارة الطبيب",
    "لأغراض التوعية",
    "لأغراض تثقيفية",
    "لأغراض التثقيف",
    "للأغراض التثقيفية",
    # a prompt to comment closing the text ("ما رأيكم؟ شاركونا في التعليقات")
    "شاركونا في التعليقات",
    "شاركنا في التعليقات",
    "شاركنا رأيك في التعليقات",
    "شاركونا رأيكم",
    "شاركونا آراءكم",
    "شاركنا رأيك",
    "شاركينا رأيك",
    "أخبرونا في التعليقات",
    "اكتبوا لنا رأيكم",
    # a call for readers' stories under one ("هل لديك قصة من مدينتك؟ أرسلها …")
    "هل لديك قصة",
    "أرسل قصتك",
    "شاركنا قصتك",
    "شاركونا قصصكم",
    # the portal's note on sending it an item ("… لإرسال نعي يرجى التواصل عبر الرقم …")
    "يرجى التواصل عبر",
    "يرجى التواصل على",
    "للتواصل مع التحرير",
    "لإرسال نعي",
    "لنشر نعي",
    # a developing story's promise of more, with a call to follow ("الخبر قيد التحديث..
    # تابعونا للمزيد من التفاصيل")
    "الخبر قيد التحديث",
    "تابعونا للمزيد من التفاصيل",
    # a fact-check desk's call for claims to check ("هل صادفت خبراً تشك في صحته؟ أرسله …")
    "هل صادفت خبرا",
    "هل صادفت معلومة",
    "هل صادفت ادعاء",
    "أرسله إلى فريق التحقق",
    "أرسلها إلى فريق التحقق",
)
