package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "the Iran Sanctions Act, which outlines the penalties", "voters, who have long backed her": a relative pronoun
 * right before a cue that the parse left without a subject is that cue's subject; the parse often hangs such a
 * relative clause elsewhere, so the cue got the subject of the sentence.
 */
final class RelativeBeforeCue {
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    private RelativeBeforeCue() {
    }

    /** The relative pronoun right before {@code cue} when the cue has no subject of its own, else {@code subject}. */
    static int fix(Sentence s, int subject, int cue) {
        if (subject < 0 || Parse.child(s, cue, "nsubj", "nsubj:pass", "csubj", "aux:pass") >= 0) {
            return subject;
        }
        int before = cue - 1;
        while (before >= 0 && isAuxiliaryOrAdverb(s, before)) {
            before--;
        }
        if (before < 0 || before == subject) {
            return subject;
        }
        String pos = s.token(before).pos();
        boolean relative = (pos.equals("WDT") || pos.equals("WP"))
                && RELATIVES.contains(s.token(before).word().toLowerCase(Locale.ROOT));
        return relative ? before : subject;
    }

    /** "who has also", "which did not", "that would": words between a relative and its verb. */
    private static boolean isAuxiliaryOrAdverb(Sentence s, int token) {
        String pos = s.token(token).pos();
        String lemma = s.token(token).lemma().toLowerCase(Locale.ROOT);
        return pos.startsWith("RB") || pos.equals("MD") || lemma.equals("have") || lemma.equals("be")
                || lemma.equals("do") || s.token(token).word().equals("’d") || s.token(token).word().equals("'d");
    }
}
