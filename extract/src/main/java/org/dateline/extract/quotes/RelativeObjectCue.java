package org.dateline.extract.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "the flat tax, which Senator Lee championed", "poverty-shaming (which his colleague defended)": a verb that takes
 * what was said as its object, in a relative clause whose object is the relative pronoun before it. PolNeAR marks
 * the pronoun as the content; the cue's own subject speaks. Verbs of saying and thinking are left out: their
 * relatives ("which he said", "that we believe") are mostly asides on the clause around them, already read.
 */
final class RelativeObjectCue {
    private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP");

    private RelativeObjectCue() {
    }

    /** The relative pronoun that is the object of {@code cue}, as its content; empty when none. */
    static List<int[]> content(Sentence s, Token cue) {
        int c = cue.index();
        if (!Parse.relation(s, c).equals("acl:relcl") || !CueLexicon.takesObject(cue.lemma())
                || CueLexicon.needsAs(cue.lemma()) || CueLexicon.takesClause(cue.lemma())
                || CueLexicon.isSpeechVerb(cue.lemma())) {
            return List.of();
        }
        int object = Parse.child(s, c, "obj");
        int subject = Parse.child(s, c, "nsubj");
        if (object < 0 || object > c || !RELATIVE_TAGS.contains(s.token(object).pos()) || subject < object
                || subject > c) {
            return List.of();
        }
        return List.of(new int[] {object, object});
    }
}
