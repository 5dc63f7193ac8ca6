package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "The loss led Lee to declare ...", "That prompted Ortiz to call ...", "forced the mayor to admit ...": after a verb
 * that makes someone do something, the infinitive's subject is that verb's object, not its subject (a thing or an
 * event, mostly). Verbs of asking or persuading ("urged Lee to", "persuaded Lee to") are left out: PolNeAR reads what
 * follows them as the asker's statement.
 */
final class ObjectControl {
    private static final Set<String> CAUSATIVES = Set.of("lead", "prompt", "force", "allow", "require", "cause",
            "drive", "leave", "compel", "spur", "inspire", "enable", "move", "push", "provoke", "oblige");

    private ObjectControl() {
    }

    /** The object that does what infinitive (or -ing) {@code cue} says, or -1 when no causative verb governs it so. */
    static int doer(Sentence s, int cue) {
        int verb = Parse.governor(s, cue);
        if (verb < 0 || !Parse.relation(s, cue).equals("xcomp") || !s.token(verb).isVerb()
                || !CAUSATIVES.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int object = Parse.child(s, verb, "obj");
        return object > verb && object < cue ? object : -1;
    }
}
