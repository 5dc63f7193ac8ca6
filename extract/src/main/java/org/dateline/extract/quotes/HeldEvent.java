package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "Hold" as a cue ("held that the law applies", "hold him responsible") mostly holds an occasion or a standing
 * instead ("held a rally", "holds a primary", "held a commanding lead"), and "stumping for her" is campaigning,
 * not words: neither states anything (PolNeAR train: 4 right of 25 such statements). The passive ("held
 * back", "held to standards") is left alone: it sometimes carries the statement of a cue nested in it.
 */
final class HeldEvent {
    /** What one holds that is an occasion or a standing, not a view. */
    private static final Set<String> OCCASIONS = Set.of("rally", "party", "meeting", "election", "primary",
            "caucus", "contest", "audition", "lead", "debate", "hearing", "conference", "event", "session", "vote",
            "summit", "fundraiser", "celebration", "ceremony", "forum", "dinner", "seat", "office", "post", "edge");

    private HeldEvent() {
    }

    static boolean isCue(Sentence s, int cueBegin) {
        int cue = cueBegin < 0 ? -1 : Parse.tokenAt(s, cueBegin);
        if (cue < 0) {
            return false;
        }
        String lemma = s.token(cue).lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("stump")) {
            return true;
        }
        if (!lemma.equals("hold")) {
            return false;
        }
        int object = Parse.child(s, cue, "obj");
        return object >= 0 && OCCASIONS.contains(s.token(object).lemma().toLowerCase(Locale.ROOT));
    }
}
