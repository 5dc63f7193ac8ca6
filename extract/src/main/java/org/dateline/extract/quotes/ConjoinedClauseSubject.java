package org.dateline.extract.quotes;

import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * "Ortiz won the county, but the state's senator, Ann Lee, had endorsed Berg": the parser sometimes joins the
 * subject of a second clause to the subject of the first as a conjunct, so the cue of the second clause gets the
 * first clause's subject. A conjunct that follows a finite verb of its own clause or ", but" is no partner of the
 * subject: it is the cue's own subject.
 */
final class ConjoinedClauseSubject {
    private ConjoinedClauseSubject() {
    }

    /** The conjunct of {@code subject} that is really the subject of {@code cue}, else {@code subject}. */
    static int fix(Sentence s, int subject, int cue) {
        if (subject < 0 || subject >= cue) {
            return subject;
        }
        for (Dependency d : s.children(subject)) {
            int c = d.dependent();
            if (d.baseRelation().equals("conj") && c > subject && c < cue && isNominal(s, c)
                    && (finiteVerbBetween(s, subject, c) || afterCommaBut(s, c))) {
                return c;
            }
        }
        return subject;
    }

    private static boolean isNominal(Sentence s, int token) {
        String pos = s.token(token).pos();
        return pos.startsWith("NN") || pos.startsWith("PRP");
    }

    /** A finite verb between the subject and its conjunct, outside the conjunct's own phrase. */
    private static boolean finiteVerbBetween(Sentence s, int subject, int conjunct) {
        int phraseBegin = s.subtreeRange(conjunct)[0];
        for (int i = subject + 1; i < phraseBegin; i++) {
            String pos = s.token(i).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /** "..., but the coalition wants": a contrast joins clauses, not the names in one subject. */
    private static boolean afterCommaBut(Sentence s, int conjunct) {
        for (Dependency d : s.children(conjunct)) {
            int cc = d.dependent();
            if (d.baseRelation().equals("cc") && s.token(cc).word().equalsIgnoreCase("but") && cc > 0
                    && s.token(cc - 1).word().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
