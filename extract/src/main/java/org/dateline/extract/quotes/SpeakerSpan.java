package org.dateline.extract.quotes;

import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * The mention span shown for a speaker. A noun phrase taken with its case marker reads "by Matt Lauer" when the
 * speaker is a passive agent ("was reported by Matt Lauer"); the preposition is not part of who spoke, so the
 * span starts after it.
 */
final class SpeakerSpan {
    private SpeakerSpan() {
    }

    /** {@code charRange} without a preposition that marks the speaker head and opens the range. */
    static int[] withoutLeadingPreposition(Sentence s, int head, int[] charRange) {
        if (s == null || head < 0 || head >= s.tokens().size()) {
            return charRange;
        }
        for (Dependency d : s.children(head)) {
            int p = d.dependent();
            if (d.baseRelation().equals("case") && p < head && s.token(p).pos().equals("IN")
                    && s.token(p).begin() == charRange[0]) {
                return new int[] {s.token(p + 1).begin(), charRange[1]};
            }
        }
        return charRange;
    }
}
