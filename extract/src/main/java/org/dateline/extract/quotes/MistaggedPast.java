package org.dateline.extract.quotes;

import org.dateline.nlp.Sentence;

/**
 * "Trump conceded that his aide had touched her but implied that ...": the tagger reads a past tense after
 * "and"/"but" as a participle (VBN), mostly when a participle ("had touched") stands just before. A conjunct so
 * tagged with no auxiliary of its own, joined to no passive (not "was arrested and fined"), is read as a past tense,
 * so it can be a coordinated cue that shares the subject of an earlier one and ends that one's statement.
 */
final class MistaggedPast {
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
}
