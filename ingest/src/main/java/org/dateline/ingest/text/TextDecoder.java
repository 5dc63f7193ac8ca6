package org.dateline.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.DocumentException;

/**
 * Bytes of a text file to a Java string. A byte-order mark decides the charset; without one the
 * bytes must be strict UTF-8, else they are read as windows-1252 (the usual charset of text that is
 * not UTF-8 and declares nothing). Binary and empty content are refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which a text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    public DecodedText decode(String path, byte[] bytes, long maxBytes) throws DocumentException {
        if (bytes.length > maxBytes) {
            throw new DocumentException(path, "document of " + bytes.length + " bytes exceeds the limit of "
                    + maxBytes + " bytes");
        }
        List<String> warnings = new ArrayList<>();
        String text;
        String charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = "UTF-8";
            text = decodeUtf8(path, bytes, 3, warnings);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16BE";
            text = decodeLenient(bytes, 2, StandardCharsets.UTF_16BE, path, warnings);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16LE";
            text = decodeLenient(bytes, 2, StandardCharsets.UTF_16LE, path, warnings);
        } else {
            String utf8 = decodeStrictUtf8(bytes, 0, warnings);
            if (utf8 != null) {
                charset = "UTF-8";
                text = utf8;
            } else {
                charset = "windows-1252";
                text = decodeLenient(bytes, 0, WINDOWS_1252, path, warnings);
                warnings.add("decoded as windows-1252: the bytes are not valid UTF-8");
            }
        }
        rejectBinary(path, text);
        if (isBlank(text)) {
            throw new DocumentException(path, "empty document");
        }
        return new DecodedText(text, charset, warnings);
    }

    private static String decodeUtf8(String path, byte[] bytes, int offset, List<String> warnings) {
        String strict = decodeStrictUtf8(bytes, offset, warnings);
        if (strict != null) {
            return strict;
        }
        return decodeLenient(bytes, offset, StandardCharsets.UTF_8, path, warnings);
    }

    /**
     * Strict UTF-8, except that a multi-byte sequence cut off at the very end (a truncated file) is
     * dropped with a warning. Returns null when the bytes are not UTF-8.
     */
    private static String decodeStrictUtf8(byte[] bytes, int offset, List<String> warnings) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // at the end of input an incomplete sequence is reported as malformed: a cut-off file, not another charset
            if (!isTruncatedSequence(bytes, in.position())) {
                return null;
            }
            warnings.add("truncated UTF-8 sequence at the end: " + in.remaining() + " byte(s) dropped");
        } else if (decoder.flush(out).isError()) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** True when the bytes from {@code from} to the end are the start of one multi-byte UTF-8 sequence. */
    static boolean isTruncatedSequence(byte[] bytes, int from) {
        int remaining = bytes.length - from;
        if (remaining <= 0 || remaining > 3) {
            return false;
        }
        int lead = bytes[from] & 0xFF;
        int needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
        if (needed == 0 || remaining >= needed || lead > 0xF4) {
            return false;
        }
        for (int i = from + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String decodeLenient(byte[] bytes, int offset, Charset charset, String path,
                                        List<String> warnings) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("bytes that are not valid " + charset.name() + " replaced by U+FFFD in " + path);
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }

    private static void rejectBinary(String path, String text) throws DocumentException {
        int controls = 0;
        int replacements = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new DocumentException(path, "binary content: the document contains NUL bytes");
            }
            if (isControl(c)) {
                controls++;
            } else if (c == '\uFFFD') {
                replacements++;
            }
        }
        if (length > 0 && (controls + replacements) > Math.max(2, MAX_CONTROL_SHARE * length)) {
            throw new DocumentException(path, "binary content: " + controls + " control characters and "
                    + replacements + " undecodable bytes in " + length + " characters");
        }
    }

    /** C0 and C1 controls other than the ones text files use for layout (tab, newlines, form feed). */
    private static boolean isControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!TextChars.isSpaceOrBreak(text.charAt(i)) && text.charAt(i) != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
