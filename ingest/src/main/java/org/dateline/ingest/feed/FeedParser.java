package org.dateline.ingest.feed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;

/**
 * Walks a feed's XML and hands out one {@link FeedItem} at a time, so a huge feed is never held as a
 * tree and a break in the XML keeps what came before it. Knows RSS 2.0 ({@code channel/item}) and
 * Atom ({@code feed/entry}); elements are matched by local name, since feeds mix namespaces freely.
 */
final class FeedParser {
    private static final Pattern MARKUP = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*|!--)[^>]*>");

    private final XMLStreamReader xml;
    private final Deque<String> open = new ArrayDeque<>();
    private String outlet;
    private String root;

    FeedParser(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The channel's or feed's own title, once read (it usually comes before the items). */
    String outlet() {
        return outlet;
    }

    boolean sawFeedRoot() {
        return "rss".equals(root) || "feed".equals(root);
    }

    String rootName() {
        return root;
    }

    /** The next item, or null at the end of the feed. */
    FeedItem nextItem() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (root == null) {
                    root = name;
                    if (!sawFeedRoot()) {
                        return null;
                    }
                }
                String parent = open.peek();
                if (name.equals("item") || name.equals("entry")) {
                    return item(name.equals("entry"));
                }
                if (name.equals("title") && ("channel".equals(parent) || "feed".equals(parent))) {
                    outlet = plain(inner().text());
                    continue;
                }
                open.push(name);
            }
        }
        return null;
    }

    private FeedItem item(boolean atom) throws XMLStreamException {
        String link = null;
        String title = null;
        String published = null;
        String updated = null;
        Inner content = null;
        Inner summary = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            switch (name) {
                case "title" -> title = plain(inner().text());
                case "link" -> {
                    String href = atom ? atomLink() : plain(inner().text());
                    link = link == null ? href : link;
                }
                case "pubDate", "published", "issued" -> published = FeedDates.isoDate(inner().text());
                case "date", "updated", "modified" -> updated = FeedDates.isoDate(inner().text());
                case "encoded" -> content = inner();
                case "content" -> content = atom ? atomContent() : inner();
                case "description", "summary" -> summary = atom ? atomContent() : inner();
                default -> inner();
            }
        }
        Inner body = content != null && !content.text().isBlank() ? content : summary;
        return new FeedItem(link, title, published != null ? published : updated,
                body == null ? null : body.text().strip(), body != null && body.html());
    }

    /** Atom's {@code <link rel="alternate" href>} (no rel means alternate); other links are skipped. */
    private String atomLink() throws XMLStreamException {
        String rel = xml.getAttributeValue(null, "rel");
        String href = xml.getAttributeValue(null, "href");
        inner();
        return rel == null || rel.equals("alternate") ? blankToNull(href) : null;
    }

    /** Atom text constructs say their type: text, html (escaped markup) or xhtml (inline markup). */
    private Inner atomContent() throws XMLStreamException {
        String type = xml.getAttributeValue(null, "type");
        Inner inner = inner();
        if (type == null || type.equals("text")) {
            return new Inner(inner.text(), inner.html());
        }
        return new Inner(inner.text(), type.equals("html") || type.equals("xhtml") || type.contains("html"));
    }

    /** An element's content as text; child elements (inline XHTML) are written back as markup. */
    private record Inner(String text, boolean html) {
    }

    private Inner inner() throws XMLStreamException {
        StringBuilder raw = new StringBuilder();
        StringBuilder markup = new StringBuilder();
        boolean children = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    children = true;
                    markup.append('<').append(xml.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        markup.append("</").append(xml.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    raw.append(xml.getText());
                    markup.append(escape(xml.getText()));
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    // an HTML entity the XML does not declare (&nbsp;): kept for the HTML reader to decode
                    raw.append('&').append(xml.getLocalName()).append(';');
                    markup.append('&').append(xml.getLocalName()).append(';');
                }
                default -> {
                    // comments and processing instructions carry no article text
                }
            }
        }
        if (children) {
            return new Inner(markup.toString(), true);
        }
        String text = raw.toString();
        return new Inner(text, MARKUP.matcher(text).find());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Titles sometimes carry markup or entities; the record wants their text. */
    private static String plain(String s) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
        return blankToNull(t.replaceAll("\\s+", " ").strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
