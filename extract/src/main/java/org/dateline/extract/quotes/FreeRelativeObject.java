package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * "The mayor denounced what he called a reckless plan", "They favor what are called progressive taxes": the object of
 * a cue that takes one is a free relative, which the parse hangs as a clausal complement. It is still the object,
 * so the statement; without this the cue has no content and the relative's own "he called" stands in for it.
 */
final class FreeRelativeObject {
    private static final Set<String> OPENERS = Set.of("what", "whatever");

    private FreeRelativeObject() {
    }

    /** The head of the free relative that is object cue {@code cue}'s complement, or -1. */
    static int of(Sentence s, int cue) {
        if (!CueLexicon.takesObject(s.token(cue).lemma()) || Parse.hasChild(s, cue, "obj")) {
            return -1;
        }
        for (Dependency d : s.children(cue)) {
            if (d.baseRelation().equals("ccomp") && d.dependent() > cue) {
                int first = s.subtreeRange(d.dependent())[0];
                return first > cue && OPENERS.contains(s.token(first).word().toLowerCase(Locale.ROOT)) ? d.dependent() : -1;
            }
        }
        return -1;
    }
}
