package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;

/**
 * "He calls for a single-payer system; Lee aims to build on the law", "Ada said taxes would fall, while Lee
 * argued they would rise", "..., but her allies fear ...": a semicolon or a contrasting "while"/"whereas"/"but"
 * before a speaker and its cue closes the first statement (not "and": "I know X, and you don't want Y" is
 * mostly one statement in PolNeAR; measured, dev fell). The parser often hangs the second clause inside the first one's content, which would
 * swallow the second statement as nested; PolNeAR makes them two statements.
 */
final class SeparatedStatement {
    private static final List<String> SEPARATORS = List.of(";", ", while", ", whereas", ", but");

    private SeparatedStatement() {
    }

    /**
     * Where {@code outer}'s content ends because {@code a}'s speaker opens a clause of its own after a separator
     * inside that content (outside any quotation); -1 when it does not.
     */
    static int end(String text, Attribution outer, Attribution a) {
        if (!a.hasSpeaker() || !a.hasCue() || a.speakerEnd > a.cueBegin || a.speakerBegin <= outer.contentBegin
                || a.speakerBegin >= outer.contentEnd || a.cueEnd > outer.contentEnd || a.contentBegin < a.cueBegin) {
            return -1;
        }
        int i = a.speakerBegin;
        while (i > outer.contentBegin && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        String before = text.substring(outer.contentBegin, i).toLowerCase(Locale.ROOT);
        for (String sep : SEPARATORS) {
            if (before.endsWith(sep) && before.length() > sep.length() && outsideQuotation(before)) {
                int end = outer.contentBegin + before.length() - sep.length();
                while (end > outer.contentBegin && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return end;
            }
        }
        return -1;
    }

    /** An even number of double quotation marks: the separator is the writer's, not inside someone's words. */
    private static boolean outsideQuotation(String s) {
        int marks = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\u201c' || c == '\u201d') {
                marks++;
            }
        }
        return marks % 2 == 0 && !s.contains("''") && !s.contains("``");
    }
}
