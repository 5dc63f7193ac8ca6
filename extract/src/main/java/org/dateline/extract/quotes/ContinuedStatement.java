package org.dateline.extract.quotes;

import java.util.List;

/**
 * {@code "...," Lee said, adding that the port would reopen. "It will take weeks."}: a quotation that continues a
 * speaker's earlier quotation in the same paragraph continues the statement that speaker made last, the
 * participle's ("adding that ...") when one comes between, not the first quotation's (PolNeAR puts the later
 * quotation in the participle's statement). Only "adding": other participles ("asking for anonymity",
 * "referring to the law", "suggesting ...") are asides the later quotation does not continue.
 */
final class ContinuedStatement {
    private ContinuedStatement() {
    }

    /**
     * The last statement of {@code earlier}'s speaker (the same mention) made after {@code earlier} with its cue
     * before its content and ending before {@code open}, the opening mark of the later quotation; {@code earlier}
     * itself when there is none.
     */
    static Attribution lastOfSameSpeaker(String text, Attribution earlier, List<Attribution> found, int open) {
        Attribution last = earlier;
        for (Attribution other : found) {
            if (other != earlier && other.hasCue() && isAdding(text, other) && other.hasSpeaker() && other.speakerBegin == earlier.speakerBegin
                    && other.speakerEnd == earlier.speakerEnd && other.cueBegin >= earlier.contentEnd
                    && other.cueEnd <= other.contentBegin && other.contentEnd <= open
                    && other.contentBegin > last.contentBegin) {
                last = other;
            }
        }
        return last;
    }

    private static boolean isAdding(String text, Attribution a) {
        return a.cueEnd - a.cueBegin == 6 && text.regionMatches(true, a.cueBegin, "adding", 0, 6);
    }
}
