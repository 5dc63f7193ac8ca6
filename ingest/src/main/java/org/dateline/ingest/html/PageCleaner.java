package org.dateline.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text before any scoring: scripts and styles, embedded media, form
 * controls, navigation, figures with their captions, asides, and elements the page hides.
 */
final class PageCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, "
            + "embed, input, button, select, textarea, option, label, nav, figure, figcaption, picture, video, "
            + "audio, link, meta, map, dialog, menu, aside, footer, [hidden], [aria-hidden=true]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private PageCleaner() {
    }

    static void clean(Element body) {
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Comment ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, body);
        Elements doomed = body.select(NEVER_TEXT);
        for (Element e : doomed) {
            if (e != body && e.parent() != null) {
                e.remove();
            }
        }
        for (Element e : body.select("[style]")) {
            if (e.parent() != null && HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()) {
                e.remove();
            }
        }
        for (Element e : body.select("[class~=(?i)^(sr-only|visually-hidden|screen-reader-text|hidden|hide)$]")) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }
}
