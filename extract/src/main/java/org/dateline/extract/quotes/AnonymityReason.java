package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * "... spoke on condition of anonymity because they were not authorized to discuss the talks": what a source
 * is not allowed to do explains why it is unnamed; it is no statement of that source.
 */
final class AnonymityReason {
    private static final Set<String> PERMITTING = Set.of("authorize", "permit", "allow", "clear", "empower");

    private AnonymityReason() {
    }

    static boolean isCue(Sentence s, int cueBegin) {
        int cue = cueBegin < 0 ? -1 : Parse.tokenAt(s, cueBegin);
        if (cue < 0 || !Parse.relation(s, cue).equals("xcomp")) {
            return false;
        }
        int permit = Parse.governor(s, cue);
        return permit >= 0 && PERMITTING.contains(s.token(permit).lemma().toLowerCase(Locale.ROOT)) && isNegated(s, permit);
    }

    private static boolean isNegated(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }
}
