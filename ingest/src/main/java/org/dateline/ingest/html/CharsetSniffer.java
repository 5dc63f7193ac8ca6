package org.dateline.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode the bytes of an HTML page, in the order browsers trust the evidence: a byte
 * order mark, then a {@code <meta charset>} or {@code http-equiv} declaration near the top, then the
 * bytes themselves (valid UTF-8 is taken as UTF-8, anything else as windows-1252, the web's de facto
 * Latin-1). A declaration the bytes contradict is overruled, because pages often lie about it.
 */
final class CharsetSniffer {
    /** How far into the page a declaration is looked for; the HTML standard says 1024 bytes, real pages put it later. */
    private static final int PRESCAN_BYTES = 16 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetSniffer() {
    }

    /** The decoding to use and whether the page's own declaration was overruled. */
    record Decision(Charset charset, int bomLength, String declared, boolean declarationOverruled) {
    }

    static Decision sniff(byte[] bytes) {
        int bom = bomLength(bytes);
        if (bom == 3) {
            return new Decision(StandardCharsets.UTF_8, 3, null, false);
        }
        if (bom == 2) {
            Charset utf16 = (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new Decision(utf16, 2, null, false);
        }
        String declared = declaredCharset(bytes);
        boolean validUtf8 = isValidUtf8(bytes);
        Charset named = declared == null ? null : lookup(declared);
        if (named != null) {
            if (isUtf8(named) && !validUtf8) {
                return new Decision(WINDOWS_1252, 0, declared, true);
            }
            if (!isUtf8(named) && isSingleByteLatin(named) && validUtf8 && hasMultiByteSequence(bytes)) {
                // a page declared Latin-1 whose non-ASCII bytes are all well-formed UTF-8 is UTF-8
                return new Decision(StandardCharsets.UTF_8, 0, declared, true);
            }
            return new Decision(latinAlias(named), 0, declared, false);
        }
        return new Decision(validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, 0, declared, false);
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return 2;
        }
        return 0;
    }

    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1).trim() : null;
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii");
    }

    /** Browsers decode pages labelled ISO-8859-1 or ASCII as windows-1252 (curly quotes live in 0x80-0x9F). */
    private static Charset latinAlias(Charset c) {
        return isSingleByteLatin(c) ? WINDOWS_1252 : c;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultiByteSequence(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
