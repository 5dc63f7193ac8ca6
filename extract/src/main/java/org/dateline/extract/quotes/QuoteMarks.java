package org.dateline.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the top-level quotations of a text from its quote marks, paragraph by paragraph. Curly and
 * straight double marks (and typewriter {@code ''}) are paired; a mark that cannot be paired is dropped;
 * an inch mark ({@code 6'2"}, {@code 12" screen}) is no mark. A quotation left open at the end of a
 * paragraph continues only when the next paragraph opens with a mark (the newspaper convention for a
 * quotation over several paragraphs); otherwise it ends with its paragraph, so one stray mark never
 * swallows the rest of an article. Nested quotations stay inside their outer one.
 */
final class QuoteMarks {
    /** A quotation: its opening mark at {@code open}, content [contentBegin, contentEnd); closed when a closing mark was found. */
    record Quoted(int open, int contentBegin, int contentEnd, int end, boolean closed) {
        boolean containsOffset(int begin, int finish) {
            return contentBegin <= begin && finish <= contentEnd;
        }
    }

    private enum Role { OPEN, CLOSE, NONE }

    private QuoteMarks() {
    }

    /** {@code paragraphs}: [begin, end) pairs in text order; text outside them is not searched. */
    static List<Quoted> find(String text, List<int[]> paragraphs) {
        List<Quoted> out = new ArrayList<>();
        int pendingOpen = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            int pBegin = paragraphs.get(p)[0];
            int pEnd = paragraphs.get(p)[1];
            int depth = 0;
            int open = -1;
            int i = pBegin;
            if (pendingOpen >= 0) {
                open = pendingOpen;
                depth = 1;
                pendingOpen = -1;
                int first = skipSpace(text, pBegin, pEnd);
                if (first < pEnd && isDoubleMark(text, first)) {
                    i = first + markLength(text, first); // the continuation mark opens nothing new
                }
            }
            while (i < pEnd) {
                if (!isDoubleMark(text, i)) {
                    i++;
                    continue;
                }
                int len = markLength(text, i);
                Role role = role(text, i, len, pBegin, pEnd, depth > 0);
                if (role == Role.OPEN) {
                    if (depth == 0) {
                        open = i;
                    }
                    depth++;
                } else if (role == Role.CLOSE && depth > 0) {
                    depth--;
                    if (depth == 0) {
                        add(out, text, open, open + markLength(text, open), i, i + len, true);
                    }
                }
                i += len;
            }
            if (depth > 0) {
                boolean nextOpensWithMark = p + 1 < paragraphs.size()
                        && startsWithOpeningMark(text, paragraphs.get(p + 1)[0], paragraphs.get(p + 1)[1])
                        && sameStyle(text.charAt(open), text.charAt(skipSpace(text, paragraphs.get(p + 1)[0], paragraphs.get(p + 1)[1])));
                if (nextOpensWithMark) {
                    pendingOpen = open;
                } else {
                    int end = trimEnd(text, pBegin, pEnd);
                    add(out, text, open, open + markLength(text, open), end, end, false);
                }
            }
        }
        return out;
    }

    private static void add(List<Quoted> out, String text, int open, int contentBegin, int contentEnd, int end,
                            boolean closed) {
        int b = skipSpace(text, contentBegin, contentEnd);
        int e = trimEnd(text, b, contentEnd);
        while (e > b && (text.charAt(e - 1) == ',' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--; // "stage," he said: the comma belongs to the frame
        }
        if (e > b) {
            out.add(new Quoted(open, b, e, end, closed));
        }
    }

    /** Tokens that close a quotation, as the tokenizer writes them ("''" for a straight double mark). */
    private static final Set<String> CLOSING_TOKENS = Set.of("''", "\"", "\u201d", "'", "\u2019");

    /** Whether a token closes a quotation: the mark after the comma in {@code "...," she said}. */
    static boolean isClosingToken(String word) {
        return CLOSING_TOKENS.contains(word);
    }

    /** A stray straight mark before a paragraph of curly quotes is no continued quotation. */
    private static boolean sameStyle(char open, char next) {
        return (open == '"') == (next == '"') && (open == '\'') == (next == '\'');
    }

    private static boolean startsWithOpeningMark(String text, int begin, int end) {
        int first = skipSpace(text, begin, end);
        return first < end && isDoubleMark(text, first) && text.charAt(first) != '”'
                && first + markLength(text, first) < end
                && !Character.isWhitespace(text.charAt(first + markLength(text, first)));
    }

    static boolean isDoubleMark(String text, int i) {
        char c = text.charAt(i);
        return c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»'
                || (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\''
                && (i == 0 || text.charAt(i - 1) != '\''));
    }

    private static int markLength(String text, int i) {
        return text.charAt(i) == '\'' ? 2 : 1;
    }

    private static Role role(String text, int i, int len, int pBegin, int pEnd, boolean inside) {
        char c = text.charAt(i);
        char before = i > pBegin ? text.charAt(i - 1) : ' ';
        char after = i + len < pEnd ? text.charAt(i + len) : ' ';
        // a curly mark typed the wrong way round still shows its role by where the spaces are
        if (c == '“' && !inside && Character.isWhitespace(after) && Character.isLetterOrDigit(before)) {
            return Role.CLOSE;
        }
        if (c == '”' && !inside && Character.isWhitespace(before) && Character.isLetter(after)) {
            return Role.OPEN;
        }
        if (c == '“' || c == '„' || c == '«') {
            return Role.OPEN;
        }
        if (c == '”' || c == '»') {
            return Role.CLOSE;
        }
        if (c == '"' && isInchMark(text, i, pBegin, inside, after)) {
            return Role.NONE;
        }
        boolean spaceBefore = Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
        boolean spaceAfter = Character.isWhitespace(after) || ".,;:!?)]}—–-".indexOf(after) >= 0;
        if (spaceBefore && !spaceAfter) {
            return Role.OPEN;
        }
        if (!spaceBefore && spaceAfter) {
            return Role.CLOSE;
        }
        if (spaceBefore && inside && closesAfterSpace(text, i, pBegin)) {
            return Role.CLOSE; // {@code 'outreach,' " he said}: typeset apart from the inner mark it closes after
        }
        if (spaceBefore) {
            return Role.NONE; // a mark standing alone between spaces
        }
        return inside ? Role.CLOSE : Role.OPEN;
    }

    /**
     * Whether a straight mark standing alone between spaces follows the end of the quoted words: a single inner mark
     * or final punctuation right before the space ({@code 'Well done,' " said Lee}, {@code mean? " she asked}).
     */
    private static boolean closesAfterSpace(String text, int i, int pBegin) {
        int j = i - 1;
        while (j > pBegin && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j >= pBegin && j < i - 1 && "'\u2019,.?!".indexOf(text.charAt(j)) >= 0;
    }

    /** {@code 6'2"}, {@code 12" pipe}: a straight mark after a digit that closes no open quotation. */
    private static boolean isInchMark(String text, int i, int pBegin, boolean inside, char after) {
        if (i == pBegin || !Character.isDigit(text.charAt(i - 1))) {
            return false;
        }
        int j = i - 1;
        while (j > pBegin && Character.isDigit(text.charAt(j - 1))) {
            j--;
        }
        boolean feetBefore = j > pBegin && (text.charAt(j - 1) == '\'' || text.charAt(j - 1) == '’')
                && j - 1 > pBegin && Character.isDigit(text.charAt(j - 2));
        return feetBefore || !inside || Character.isLetterOrDigit(after) || measureInsideQuotation(text, i);
    }

    /**
     * {@code "He carried a 12" pipe to the gate," she said}: inside a quotation, a mark after a number that
     * a lower-case word follows is a measure when another straight mark later on the line can close.
     */
    private static boolean measureInsideQuotation(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j == i + 1 || j >= text.length() || !Character.isLowerCase(text.charAt(j))) {
            return false;
        }
        int lineEnd = text.indexOf('\n', j);
        int nextMark = text.indexOf('"', j);
        return nextMark >= 0 && (lineEnd < 0 || nextMark < lineEnd);
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
