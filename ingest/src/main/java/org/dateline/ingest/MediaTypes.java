package org.dateline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells a document's format from its first bytes, not from its file name. */
public final class MediaTypes {
    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String PDF = "application/pdf";
    public static final String GZIP = "application/gzip";
    /** An RSS 2.0 or Atom feed: a container, one document per item. */
    public static final String FEED = "application/feed+xml";
    /** A web archive (ISO 28500): a container, one document per HTML response record. */
    public static final String WARC = "application/warc";

    private static final java.util.regex.Pattern FEED_ROOT = java.util.regex.Pattern.compile(
            "^(?:\\s|<\\?xml[^>]*\\?>|<!--.*?-->|<!doctype[^>]*>|<\\?xml-stylesheet[^>]*>)*<(rss|feed)\\b",
            java.util.regex.Pattern.DOTALL);

    private static final int SNIFF = 4096;

    private MediaTypes() {
    }

    /** The media type for a {@code --type} value: auto gives null (detect), text, html, pdf, feed or warc. */
    public static String forTypeOption(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "text" -> TEXT;
            case "html" -> HTML;
            case "pdf" -> PDF;
            case "feed" -> FEED;
            case "warc" -> WARC;
            default -> throw new IllegalArgumentException("unknown --type " + type
                    + " (auto, text, html, pdf, feed or warc)");
        };
    }

    public static String detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        String trimmed = head.replaceFirst("^(\u00ef\u00bb\u00bf|\\s)+", "");
        if (trimmed.startsWith("<") && (head.contains("<html") || head.contains("<!doctype html")
                || head.contains("<body") || head.contains("<head"))) {
            return HTML;
        }
        return TEXT;
    }

    /**
     * {@link #WARC} or {@link #FEED} when the first bytes (already un-gzipped) open a container, else null.
     * A feed is an XML document whose root is {@code <rss>}, or {@code <feed>} in the Atom namespace.
     */
    public static String container(byte[] head) {
        if (startsWith(head, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
            return WARC;
        }
        String text = new String(head, 0, Math.min(head.length, SNIFF), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT).replaceFirst("^\u00ef\u00bb\u00bf", "");
        java.util.regex.Matcher m = FEED_ROOT.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group(1).equals("rss") || text.contains("http://www.w3.org/2005/atom") ? FEED : null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
