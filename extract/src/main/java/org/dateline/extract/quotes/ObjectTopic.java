package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "offered praise for the teachers", "voiced displeasure with the plan", "offered his thoughts on the race": the
 * parser hangs the object noun's prepositional phrase on the verb, so the object alone ("praise") misses what the
 * statement is about. The object's statement runs on through a phrase of the verb that follows it directly.
 */
final class ObjectTopic {
    /** Prepositions that tell what an expressed feeling or word is about ("for", "on", "with", ...). */
    private static final Set<String> ABOUT = Set.of("for", "on", "with", "about", "over", "against", "toward",
            "towards", "regarding", "to");

    private ObjectTopic() {
    }

    /** {@code object} (token range of the cue's object) extended through the topic phrase right after it, if any. */
    static int[] through(Sentence s, int cue, int[] object) {
        int next = object[1] + 1;
        if (next >= s.tokens().size() || !ABOUT.contains(s.token(next).word().toLowerCase(Locale.ROOT))
                || !Parse.relation(s, next).equals("case")) {
            return object;
        }
        int noun = Parse.governor(s, next);
        if (noun < 0 || Parse.governor(s, noun) != cue || !Parse.relation(s, noun).equals("obl")
                || CueSpeaker.isTimeWord(s.token(noun))) {
            return object; // "criticized the plan on Monday": a time, not a topic
        }
        return new int[] {object[0], s.subtreeRange(noun)[1]};
    }

    /**
     * "cited the audit as the reason he won't release them": an as-phrase right after the object that the parse
     * made the start of another clause of the verb is still what the object was taken for; {@code object}
     * extended through that clause, else unchanged.
     */
    static int[] throughAs(Sentence s, int cue, int[] object) {
        int as = object[1] + 1;
        if (as >= s.tokens().size() || !s.token(as).word().equalsIgnoreCase("as")) {
            return object;
        }
        for (org.dateline.nlp.Dependency d : s.children(cue)) {
            int[] r = s.subtreeRange(d.dependent());
            if (d.dependent() > as && r[0] == as && !d.baseRelation().equals("punct")) {
                return new int[] {object[0], r[1]};
            }
        }
        return object;
    }
}
