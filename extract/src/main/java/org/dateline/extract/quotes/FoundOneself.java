package org.dateline.extract.quotes;

import java.util.Locale;
import org.dateline.nlp.Sentence;

/**
 * "Find" with a reflexive right after it tells where someone ended up ("Lee found herself at the center of the
 * storm", "he found himself embroiled in ...", "troops find themselves in the thick of war"), and finding a way
 * is managing something ("she found a way to make it so", "refugees find their way to the city"): neither is
 * what anyone found out or judged.
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
        if (object >= 0 && s.token(object).lemma().equalsIgnoreCase("way")) {
            return true;
        }
        return cue + 1 < s.tokens().size() && isReflexive(s, cue + 1) && within(s, cue + 1, cue);
    }

    private static boolean isReflexive(Sentence s, int token) {
        String word = s.token(token).word().toLowerCase(Locale.ROOT);
        return s.token(token).pos().startsWith("PRP") && (word.endsWith("self") || word.endsWith("selves"));
    }

    /** The reflexive is the verb's object or the subject of the clause the verb takes ("found himself embroiled"). */
    private static boolean within(Sentence s, int token, int verb) {
        int governor = Parse.governor(s, token);
        return governor == verb || governor >= 0 && Parse.governor(s, governor) == verb;
    }
}
