package org.dateline.extract.quotes;

import java.util.List;

/**
 * {@code "We will win," Lee said, according to the Ledger.}: a trailing "according to X" after a quotation's
 * own cue reports the whole of it, quotation, speaker and cue (PolNeAR gives each word one statement, so the
 * quotation is X's report of what Lee said). The parse hangs the phrase on "said", whose clause starts at
 * "Lee"; the statement reaches back over the quotation closed right before it, and Lee's quotation, now
 * inside it, gives way as a nested statement.
 */
final class AccordingToQuotation {
    private AccordingToQuotation() {
    }

    /** Widens each trailing "according to" statement that starts right after a closed quotation. */
    static void reachBack(String text, List<QuoteMarks.Quoted> quotes, List<Attribution> statements) {
        for (Attribution a : statements) {
            if (!a.hasCue() || a.cueBegin <= a.contentBegin || !text.regionMatches(true, a.cueBegin, "according to", 0, 12)) {
                continue;
            }
            for (QuoteMarks.Quoted q : quotes) {
                if (q.closed() && q.end() <= a.contentBegin && onlyCommasBetween(text, q.end(), a.contentBegin)) {
                    a.contentBegin = q.open();
                    break;
                }
            }
        }
    }

    private static boolean onlyCommasBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ',' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
