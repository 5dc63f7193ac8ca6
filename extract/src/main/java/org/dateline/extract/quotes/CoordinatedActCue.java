package org.dateline.extract.quotes;

import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "Lee has called on the city to close the plant and proposed a fund for its workers", "Ida said the plan would
 * fail but downplayed the risk": a cue of an act of speech that takes an object (propose, welcome, downplay, call)
 * coordinated by "and"/"but", without a subject of its own, after the content of an earlier cue of its speaker. The
 * parser hangs it inside that content (on "close", on "fail"); PolNeAR makes it a statement of its own by the earlier
 * cue's subject, so the earlier content ends before the conjunction. Verbs of saying and thinking are handled by
 * {@link CueSpeaker#isCoordinatedCue}; this covers the other cues.
 */
final class CoordinatedActCue {
    private static final Set<String> TENSES = Set.of("VBD", "VBZ", "VBP");

    private CoordinatedActCue() {
    }

    /**
     * The earlier cue, standing before token {@code from} (outside the content being ended), whose subject cue
     * {@code i} shares; -1 when {@code i} is no such coordinated act.
     */
    static int earlierCue(Sentence s, int i, int from) {
        Token t = s.token(i);
        if (CueSpeaker.isCoordinatedCue(s, i) || StatementBoundary.conjunctionBefore(s, i) < 0
                || !TENSES.contains(StatementBoundary.finiteForm(s, i)) || !CueLexicon.isAnyCue(t.lemma())
                || Parse.hasChild(s, i, "nsubj") || Parse.hasChild(s, i, "nsubj:pass")) {
            return -1;
        }
        int joinedTo = Parse.relation(s, i).startsWith("conj") ? Parse.governor(s, i) : -1;
        if (joinedTo >= from && sameForm(s, joinedTo, i)) {
            return -1; // "said he was tired and wanted a change": the parse's reading, two verbs of one tense, holds
        }
        for (int c = Math.min(from, i) - 1; c >= 0; c--) {
            Token cue = s.token(c);
            int subject = Parse.child(s, c, "nsubj");
            if (cue.isVerb() && CueLexicon.isAnyCue(cue.lemma()) && subject >= 0 && subject < c) {
                return sameForm(s, c, i) ? c : -1;
            }
        }
        return -1;
    }

    /** The subject of the earlier cue whose act {@code i} continues inside its clause, or -1. */
    static int sharedSubject(Sentence s, int i) {
        for (int c = i - 1; c >= 0; c--) {
            int[] clause = s.subtreeRange(c);
            if (s.token(c).isVerb() && clause[0] <= i && i <= clause[1] && earlierCue(s, i, c + 1) == c) {
                return Parse.child(s, c, "nsubj");
            }
        }
        return -1;
    }

    /** "said ... and proposed", "says ... and welcomes", "has called ... and proposed" (a perfect read as past). */
    private static boolean sameForm(Sentence s, int earlier, int later) {
        String form = StatementBoundary.finiteForm(s, later);
        String first = StatementBoundary.finiteForm(s, earlier);
        boolean perfect = first.equals("VBN") && (Parse.hasChild(s, earlier, "aux") || Parse.hasChild(s, earlier, "aux:pass"));
        return form.equals(first) || perfect && form.equals("VBD");
    }
}
