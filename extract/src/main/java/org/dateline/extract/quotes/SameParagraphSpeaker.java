package org.dateline.extract.quotes;

import java.util.List;

/**
 * {@code Lee said the port was "safe" for now, a relief to the crews. "We will reopen it next week ..."}: a long
 * quotation opening a sentence that nothing else gave a speaker continues the last statement with a speaker before
 * it in its paragraph, whatever that statement's kind, when only a short stretch lies between. Asked last, for
 * quotations that would otherwise stand without a speaker.
 */
final class SameParagraphSpeaker {
    /** How far back, in characters, the earlier statement may end. */
    private static final int REACH = 240;

    private SameParagraphSpeaker() {
    }

    /** Gives {@code a} the speaker and cue of the last statement before quotation {@code q}; false when there is none. */
    static boolean speaker(String text, QuoteMarks.Quoted q, List<Attribution> found, Attribution a) {
        if (!opensSentence(text, q.open())) {
            return false; // a quotation inside a sentence belongs to that sentence's own words
        }
        Attribution best = null;
        for (Attribution other : found) {
            int end = Math.max(other.contentEnd, Math.max(other.cueEnd, other.speakerEnd));
            if (other.hasSpeaker() && other.hasCue() && end <= q.open() && q.open() - end < REACH
                    && !text.substring(end, q.open()).contains("\n")
                    && (best == null || other.contentEnd > best.contentEnd)) {
                best = other;
            }
        }
        if (best == null) {
            return false;
        }
        a.cue(best.cueBegin, best.cueEnd);
        a.speakerFrom(best);
        return true;
    }

    /** The opening mark at {@code open} follows a sentence end (".", "?", "!", maybe closed by a mark) or nothing. */
    private static boolean opensSentence(String text, int open) {
        int i = open - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && QuoteMarks.isDoubleMark(text, i)) {
            i--;
        }
        return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '?' || text.charAt(i) == '!';
    }
}
