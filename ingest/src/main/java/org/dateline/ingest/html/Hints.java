package org.dateline.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Names are split into words ("relatedStories",
 * "article-body" -> related, stories / article, body) so that "ad" matches an ad slot but not
 * "header" or "shadow".
 */
final class Hints {
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_\\-:./]+|(?<=[a-z])(?=[A-Z])");
    private static final Set<String> POSITIVE = Set.of("article", "articlebody", "body", "content", "entry",
            "main", "post", "text", "story", "storybody", "blog", "prose", "richtext", "rte", "paragraph",
            "paragraphs", "copy", "bodytext", "articletext", "hentry", "news", "detail", "column");
    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "disqus", "related", "recommended",
            "recommendations", "recommend", "share", "sharing", "sharebar", "social", "sidebar", "footer", "foot",
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "promo", "promotion", "newsletter",
            "subscribe", "subscription", "signup", "sponsor", "sponsored", "outbrain", "taboola", "advert",
            "advertisement", "advertising", "ad", "ads", "adv", "dfp", "banner", "popup", "modal", "cookie",
            "gdpr", "consent", "widget", "tags", "tag", "toolbar", "tools", "print", "pagination", "pager",
            "trending", "popular", "caption", "credit", "credits", "masthead", "hidden", "hide", "skip", "login",
            "paywall", "rail", "teaser", "teasers", "gallery", "slideshow", "carousel", "follow", "byline",
            "author", "bio", "timestamp", "meta", "topics", "keywords", "more", "readmore", "rss", "shoutbox",
            "combx", "remark", "replies", "headline", "header", "icon", "icons", "visually",
            "sronly", "offscreen", "jump", "toc", "alert", "inline", "embed", "video",
            "references", "footnotes", "signature", "contact", "noprint",
            "subnav", "topnav", "nocontent", "overlay", "tooltip", "cta", "marketing", "partner", "partners",
            "affiliate", "outstream", "lightbox", "image", "img", "photo", "figure", "media");

    private Hints() {
    }

    /** Positive for names that usually hold an article body, negative for furniture, zero when silent. */
    static int weight(Element e) {
        String names = e.className() + " " + e.id();
        String role = e.attr("role");
        int weight = 0;
        if (!names.isBlank()) {
            boolean positive = false;
            boolean negative = false;
            for (String word : WORD_SPLIT.split(names)) {
                String w = word.toLowerCase(Locale.ROOT);
                if (w.isEmpty()) {
                    continue;
                }
                positive |= POSITIVE.contains(w);
                negative |= NEGATIVE.contains(w);
            }
            weight += (positive ? 25 : 0) - (negative ? 25 : 0);
        }
        if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                || role.equals("banner") || role.equals("menu") || role.equals("dialog")) {
            weight -= 25;
        }
        if (role.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            weight += 25;
        }
        return weight;
    }

    static boolean isNegative(Element e) {
        return weight(e) < 0;
    }
}
