package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.Sentence;

/**
 * "Ann Lee, a nurse from Dayton, said he ...", "Lee, who ..., also decried the plan, noting she ...": a cue after a
 * comma whose chosen speaker is a pronoun after it that is no subject of the cue itself is the subject of what the
 * cue reports (the parse lost the cue's own subject behind an apposition or a relative clause). Who speaks is the
 * person named first in the sentence before the cue.
 */
final class PronounAfterCue {

    private PronounAfterCue() {
    }

    /** {@code speaker}, or the sentence's first name before {@code cue} when {@code speaker} is such a pronoun. */
    static int fix(Sentence s, int speaker, int cue, List<QuoteMarks.Quoted> quotes) {
        if (speaker <= cue || !Parse.THIRD_PERSON_SUBJECTS.contains(s.token(speaker).word().toLowerCase())
                || Parse.governor(s, speaker) == cue || !afterComma(s, cue)) {
            return speaker;
        }
        for (int i = 0; i < cue; i++) {
            if ("PERSON".equals(s.token(i).ner()) && !ClauseAttributor.insideQuote(quotes, s.token(i))) {
                int last = i;
                while (last + 1 < cue && "PERSON".equals(s.token(last + 1).ner())) {
                    last++;
                }
                return last;
            }
        }
        return speaker;
    }

    /** The cue follows a comma, perhaps with one adverb between ("..., forcefully denouncing"). */
    private static boolean afterComma(Sentence s, int cue) {
        int before = cue - 1;
        if (before > 0 && s.token(before).pos().startsWith("RB")) {
            before--;
        }
        return before >= 0 && s.token(before).word().equals(",");
    }
}
