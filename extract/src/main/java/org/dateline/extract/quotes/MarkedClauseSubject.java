package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;

/**
 * "... gathered steam as a number of writers suggested ...", "..., as the head of the rules committee has accused
 * ...": the parser often reads a subordinator as a preposition, makes the clause's subject its object and hangs the
 * cue on that noun or on the main verb, without a subject. The noun phrase the subordinator opens, ending right
 * before the cue, is then the cue's subject (not the main clause's).
 */
final class MarkedClauseSubject {
    private static final Set<String> SUBORDINATORS = Set.of("as", "after", "when", "while", "because", "since",
            "before", "until", "although", "though", "whereas");

    private MarkedClauseSubject() {
    }

    /** The head of the noun phrase right before finite {@code cue} that a subordinator opens, or -1. */
    static int of(Sentence s, int cue) {
        if (!SubjectBeforeCue.isFiniteOrPerfect(s, cue) || Parse.child(s, cue, "nsubj", "csubj", "nsubj:pass", "expl") >= 0) {
            return -1;
        }
        int end = cue - 1;
        while (end >= 0 && (s.token(end).pos().startsWith("RB") || s.token(end).pos().equals("MD")
                || Parse.relation(s, end).startsWith("aux"))) {
            end--;
        }
        for (int m = end - 1; m >= 0 && end - m <= 12; m--) {
            if (Parse.isPunct(s.token(m))) {
                return -1;
            }
            int noun = Parse.governor(s, m);
            if (Parse.relation(s, m).equals("case") && SUBORDINATORS.contains(s.token(m).word().toLowerCase(Locale.ROOT))
                    && noun > m && noun <= end && s.token(noun).isNoun() && s.subtreeRange(noun)[0] == m
                    && endsAt(s, noun, end)) {
                return noun;
            }
        }
        return -1;
    }

    /** The noun's phrase (its subtree without a clause hung on it) ends at token {@code end}. */
    private static boolean endsAt(Sentence s, int noun, int end) {
        int last = noun;
        for (org.dateline.nlp.Dependency d : s.children(noun)) {
            if (d.dependent() > noun && !d.baseRelation().startsWith("acl")) {
                last = Math.max(last, s.subtreeRange(d.dependent())[1]);
            }
        }
        return last == end;
    }
}
