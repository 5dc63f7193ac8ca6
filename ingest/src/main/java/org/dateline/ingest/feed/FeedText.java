package org.dateline.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's bytes as text. The XML declaration's encoding (default UTF-8) is used when the bytes are
 * valid in it; feeds that declare UTF-8 but are written in Latin-1 are common, and are read as
 * Windows-1252 with a warning rather than lost.
 */
record FeedText(String xml, String warning) {
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    static FeedText decode(byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return new FeedText(stripDeclaration(new String(bytes, StandardCharsets.UTF_16)), null);
        }
        String head = new String(bytes, bom, Math.min(bytes.length - bom, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        String declared = m.find() ? m.group(1) : null;
        Charset charset = StandardCharsets.UTF_8;
        String warning = null;
        if (declared != null) {
            try {
                charset = Charset.forName(declared);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                warning = "feed declares unknown encoding " + declared + "; read as UTF-8";
            }
        }
        try {
            String xml = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
            return new FeedText(stripDeclaration(xml), warning);
        } catch (CharacterCodingException e) {
            String said = declared == null ? "declares no encoding (so UTF-8)" : "declares " + declared;
            return new FeedText(stripDeclaration(new String(bytes, bom, bytes.length - bom, FALLBACK)),
                    "feed " + said + " but its bytes are not valid " + charset.name() + "; read as windows-1252");
        }
    }

    /** The text is decoded already: a declaration naming another encoding must not confuse the parser. */
    private static String stripDeclaration(String xml) {
        return xml.replaceFirst("^\\uFEFF?\\s*<\\?xml[^>]*\\?>", "");
    }
}
