package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * The clausal complement of a verb whose statement is its object: "The mayor denounced what he called a reckless plan",
 * "They favor what are called progressive taxes" (a free relative, which the parse hangs as a complement), "the
 * senator protested that the count was unfair", "discussed how to end the strike". It stands for the object, so it
 * is the statement; without this the cue has no content and a cue inside the clause ("he called") stands in for it
 * with its own speaker. Verbs of stance take a clause only as a free relative: "I remember when ..." holds no view.
 */
final class ClauseAsObject {
    private static final Set<String> FREE_RELATIVES = Set.of("what", "whatever");

    private ClauseAsObject() {
    }

    /** The head of the clause that stands for object cue {@code cue}'s object, or -1. */
    static int of(Sentence s, int cue) {
        String lemma = s.token(cue).lemma();
        if (!CueLexicon.takesObject(lemma) || Parse.hasChild(s, cue, "obj")) {
            return -1;
        }
        for (Dependency d : s.children(cue)) {
            if (d.baseRelation().equals("ccomp") && d.dependent() > cue) {
                int first = s.subtreeRange(d.dependent())[0];
                boolean freeRelative = FREE_RELATIVES.contains(s.token(first).word().toLowerCase(Locale.ROOT));
                return first > cue && (freeRelative || !CueLexicon.isStance(lemma)) ? d.dependent() : -1;
            }
        }
        return -1;
    }
}
