package org.dateline.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own description of its article from Open Graph and other meta tags, JSON-LD, and
 * a few widespread markup conventions. Must run before the page is cleaned: scripts carry JSON-LD.
 */
final class MetadataReader {
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[property=og:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]",
            "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=dc.date]", "meta[name=dcterms.date]",
            "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[name=publication_date]",
            "meta[name=original-publish-date]", "meta[name=article.published]", "meta[name=DC.date.issued]",
            "meta[property=article:modified_time]");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:[|\\-\u2013\u2014:\u00b7\u2022»]|::)\\s+");
    private static final Pattern URLISH = Pattern.compile("^(?:https?:)?//.*");

    private MetadataReader() {
    }

    static PageMetadata read(Document doc) {
        JsonLdArticle ld = JsonLdArticle.find(doc);
        String outlet = first(meta(doc, "meta[property=og:site_name]"), ld == null ? null : ld.publisher(),
                meta(doc, "meta[name=application-name]"));
        String title = cleanTitle(first(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                ld == null ? null : ld.headline(), textOf(doc.selectFirst("h1")), doc.title()), outlet);
        String byline = first(nonUrl(meta(doc, "meta[name=author]")), ld == null ? null : ld.author(),
                nonUrl(meta(doc, "meta[property=article:author]")), textOf(doc.selectFirst("[rel=author]")),
                textOf(doc.selectFirst("[itemprop=author] [itemprop=name]")), textOf(doc.selectFirst("[itemprop=author]")),
                textOf(doc.selectFirst(".byline, .author-name, .article-author")));
        String published = isoDate(first(meta(doc, DATE_META.toArray(String[]::new)),
                ld == null ? null : ld.datePublished(), attr(doc, "[itemprop=datePublished]", "datetime"),
                attr(doc, "time[datetime]", "datetime")));
        String url = first(attr(doc, "link[rel=canonical]", "abs:href"), attr(doc, "link[rel=canonical]", "href"),
                meta(doc, "meta[property=og:url]"), ld == null ? null : ld.url());
        Element html = doc.selectFirst("html");
        String lang = html == null ? null : language(html.attr("lang"));
        return new PageMetadata(title, cleanByline(byline), published, outlet, url, lang,
                ld == null ? null : ld.body());
    }

    private static String meta(Document doc, String... selectors) {
        for (String selector : selectors) {
            for (Element e : doc.select(selector)) {
                String v = e.attr("content").strip();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute).strip();
        if (v.isEmpty() && attribute.equals("datetime")) {
            v = e.attr("content").strip();
        }
        return v.isEmpty() ? null : v;
    }

    private static String textOf(Element e) {
        if (e == null) {
            return null;
        }
        String t = TextBlocks.collapse(e.text());
        return t.isEmpty() || t.length() > 200 ? null : t;
    }

    private static String nonUrl(String s) {
        return s == null || URLISH.matcher(s).matches() ? null : s;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Drops the site name a {@code <title>} usually carries ("Headline | Site"), keeping the longest part. */
    static String cleanTitle(String raw, String outlet) {
        if (raw == null) {
            return null;
        }
        String title = TextBlocks.collapse(raw);
        String[] parts = TITLE_SUFFIX.split(title);
        if (parts.length < 2) {
            return title;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        boolean lastIsSite = outlet != null && parts[parts.length - 1].equalsIgnoreCase(outlet.strip());
        boolean shortTail = parts[parts.length - 1].length() < 30 && parts[0].length() >= 30;
        if (lastIsSite || shortTail) {
            return title.substring(0, title.length() - parts[parts.length - 1].length()).replaceAll(
                    TITLE_SUFFIX.pattern() + "$", "").strip();
        }
        return title;
    }

    private static String cleanByline(String byline) {
        if (byline == null) {
            return null;
        }
        String b = TextBlocks.collapse(byline).replaceFirst("(?i)^by\\s+", "");
        return b.isEmpty() ? null : b;
    }

    static String isoDate(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(raw);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (d.getYear() >= 1900 && d.getYear() <= 2100) {
                    return d.toString();
                }
            } catch (DateTimeException | NumberFormatException e) {
                // not a calendar date (e.g. a build number); look further in the string
            }
        }
        return null;
    }

    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        return lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
