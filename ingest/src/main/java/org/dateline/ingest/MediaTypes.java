package org.dateline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells a document's format from its first bytes, not from its file name. */
public final class MediaTypes {
    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String PDF = "application/pdf";
    public static final String GZIP = "application/gzip";

    private static final int SNIFF = 4096;

    private MediaTypes() {
    }

    /** The media type for a {@code --type} value: auto gives null (detect), text, html or pdf. */
    public static String forTypeOption(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "text" -> TEXT;
            case "html" -> HTML;
            case "pdf" -> PDF;
            default -> throw new IllegalArgumentException("unknown --type " + type + " (auto, text, html or pdf)");
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
