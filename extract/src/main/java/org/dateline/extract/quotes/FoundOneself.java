package org.dateline.extract.quotes;

import java.util.Locale;
import org.dateline.nlp.Sentence;

/**
 * "Find" with a reflexive object tells where someone ended up ("Lee found herself at the center of the storm",
 * "troops find themselves in the thick of war"), not what anyone found out or judged.
 */
final class FoundOneself {
    private FoundOneself() {
    }

    static boolean isCue(Sentence s, int cueBegin) {
        int cue = cueBegin < 0 ? -1 : Parse.tokenAt(s, cueBegin);
        if (cue < 0 || !s.token(cue).lemma().equalsIgnoreCase("find")) {
            return false;
        }
        int object = Parse.child(s, cue, "obj");
        if (object < 0) {
            return false;
        }
        String word = s.token(object).word().toLowerCase(Locale.ROOT);
        return word.endsWith("self") || word.endsWith("selves");
    }
}
