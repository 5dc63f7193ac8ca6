package org.dateline.extract.quotes;

import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * "Trump conceded that his aide had touched her but implied that ...": the tagger reads a past tense after
 * "and"/"but" as a participle (VBN), mostly when a participle ("had touched") stands just before. A conjunct so
 * tagged with no auxiliary of its own, joined to no passive (not "was arrested and fined"), is read as a past tense,
 * so it can be a coordinated cue that shares the subject of an earlier one and ends that one's statement.
 */
final class MistaggedPast {
    /** Clauses that carry a subject of their own; a relative clause ("the oil that funds it") does not count. */
    private static final Set<String> CLAUSES = Set.of("ccomp", "conj", "parataxis", "root", "advcl");

    private MistaggedPast() {
    }

    static boolean isPastTense(Sentence s, int i) {
        if (!s.token(i).pos().equals("VBN") || !Parse.relation(s, i).startsWith("conj")
                || StatementBoundary.conjunctionBefore(s, i) < 0 || hasAuxiliary(s, i)) {
            return false;
        }
        int head = Parse.governor(s, i);
        return head >= 0 && Parse.child(s, head, "aux:pass") < 0 && !Parse.relation(s, head).equals("amod");
    }

    private static boolean hasAuxiliary(Sentence s, int verb) {
        return Parse.child(s, verb, "aux", "aux:pass", "cop") >= 0;
    }

    /**
     * "Lee has vowed to fight the levy and celebrated the ruling": a perfect ("has vowed") and a later verb tagged as a
     * past tense that shares its auxiliary; the two are one form for a coordinated cue. Only a perfect that is the main
     * verb: one inside a reported clause ("Lee said that he had voted for Ortiz, but cautioned ...") has the clause's
     * subject, not the speaker's.
     */
    static boolean perfectThenPast(Sentence s, int earlier, int later) {
        if (!s.token(earlier).pos().equals("VBN") || !StatementBoundary.finiteForm(s, later).equals("VBD")
                || !Parse.relation(s, earlier).equals("root")) {
            return false;
        }
        boolean perfect = false;
        for (Dependency d : s.children(earlier)) {
            perfect |= d.relation().equals("aux") && s.token(d.dependent()).lemma().equalsIgnoreCase("have");
        }
        return perfect && !clauseWithSubjectBetween(s, earlier, later);
    }

    /** "Lee has said he will vote for Ortiz, but he hasn't endorsed her or conceded": a clause of another subject. */
    private static boolean clauseWithSubjectBetween(Sentence s, int earlier, int later) {
        for (int i = earlier + 1; i < later; i++) {
            String r = Parse.relation(s, i);
            int head = Parse.governor(s, i);
            if (r.startsWith("nsubj") && head > earlier && head <= later
                    && CLAUSES.contains(Parse.relation(s, head).split(":")[0])) {
                return true;
            }
        }
        return false;
    }
}
