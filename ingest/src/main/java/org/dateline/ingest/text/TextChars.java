package org.dateline.ingest.text;

/** Character classes the text stages share. */
final class TextChars {
    private TextChars() {
    }

    /** Spaces of any kind, including the no-break spaces that word processors and web pages leave behind. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == 0x0B
                || Character.isSpaceChar(c) && !isLineBreak(c);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean isSpaceOrBreak(char c) {
        return isSpace(c) || isLineBreak(c);
    }

    /** Ends a sentence, possibly followed by closing quotes or brackets (see {@link #endsSentence}). */
    static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
    }

    /** True when the text, after closing quotes and brackets, ends in sentence punctuation. */
    static boolean endsSentence(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && (isClosing(s.charAt(i)) || isSpace(s.charAt(i)))) {
            i--;
        }
        return i >= 0 && isSentenceEnd(s.charAt(i));
    }

    static String trimSpaces(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpaceOrBreak(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpaceOrBreak(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
