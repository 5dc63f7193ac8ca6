package org.dateline.extract.quotes;

import java.util.Set;
import org.dateline.nlp.Sentence;

/** Who speaks through a subjectless cue after "and" that the parse coordinates with the verb of a complement clause. */
final class CoordinatedCueSpeaker {
    /**
     * Only complements: a conjunct of a relative clause ("Lee, who won and said") or an adverbial one keeps its own
     * subject more often than not (measured on PolNeAR train: with advcl/acl:relcl the rule lost as many as it won).
     */
    private static final Set<String> SUBORDINATE = Set.of("ccomp");

    private CoordinatedCueSpeaker() {
    }

    /**
     * "Lee admitted that even she found the plan confusing and called for ...": the parse joins "called" to "found",
     * deep in the complement, but a reporting conjunct continues the main clause, so its subject speaks; -1 when
     * the cue is no such conjunct, hangs from the main clause itself, or climbs through a coordinated clause with a
     * subject of its own ("Lee won, but Ortiz said that ..., and called ...").
     */
    static int mainSubject(Sentence s, int cue) {
        if (!CueSpeaker.isCoordinatedCue(s, cue) || !Parse.relation(s, cue).startsWith("conj")) {
            return -1;
        }
        int head = Parse.governor(s, cue);
        if (head < 0 || !SUBORDINATE.contains(Parse.relation(s, head))) {
            return -1;
        }
        int v = Parse.governor(s, head);
        for (int steps = 0; v >= 0 && steps < 10; steps++) {
            String r = Parse.relation(s, v);
            if (r.equals("root")) {
                int subject = Parse.child(s, v, "nsubj");
                return subject >= 0 && subject < v && v < head ? subject : -1;
            }
            boolean coordinated = r.startsWith("conj") || r.equals("parataxis");
            if (coordinated && Parse.child(s, v, "nsubj", "nsubj:pass") >= 0) {
                return -1;
            }
            v = Parse.governor(s, v);
        }
        return -1;
    }
}
