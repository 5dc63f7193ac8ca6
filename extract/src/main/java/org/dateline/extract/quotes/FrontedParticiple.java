package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "Citing the toll, Lee criticized ...", "In rejecting the appeal, the board said ...", "Continuing to explain
 * her view, Lee said ...": a participle opening the sentence has the main clause's subject as its own. The parse
 * often makes such a participle the root or a subject, so the main clause is read off the word order: the first
 * subject that opens the words after a comma and precedes its finite verb.
 */
final class FrontedParticiple {
    /** Words that may stand before the fronted participle: "And in explaining ...", "While discussing ...". */
    private static final Set<String> OPENERS = Set.of("and", "but", "yet", "so", "in", "while", "after", "by", "when",
            "before", "upon", "on");
    private static final int MAX_REACH = 60;

    private FrontedParticiple() {
    }

    /** The main clause's subject when {@code cue} is (or is the infinitive of) a fronted participle; else -1. */
    static int mainSubject(Sentence s, int cue, List<QuoteMarks.Quoted> quotes) {
        int participle = 0;
        while (participle < s.tokens().size() && participle < 2
                && OPENERS.contains(s.token(participle).word().toLowerCase(Locale.ROOT))) {
            participle++;
        }
        if (participle >= s.tokens().size() || !s.token(participle).pos().equals("VBG")) {
            return -1;
        }
        boolean ownInfinitive = cue == participle + 2 && s.token(participle + 1).pos().equals("TO"); // "Continuing to explain"
        if (cue != participle && !ownInfinitive) {
            return -1;
        }
        for (int c = cue + 1; c < s.tokens().size() && c < MAX_REACH; c++) {
            if (!s.token(c).word().equals(",") || ClauseAttributor.insideQuote(quotes, s.token(c))) {
                continue;
            }
            int subject = subjectOpening(s, c + 1);
            if (subject >= 0 && !ClauseAttributor.insideQuote(quotes, s.token(subject))) {
                return subject;
            }
        }
        return -1;
    }

    /**
     * The subject whose phrase starts at {@code first} and whose verb, finite and no relative clause's, follows it; -1
     * when none.
     */
    private static int subjectOpening(Sentence s, int first) {
        for (int j = first; j < s.tokens().size() && j < first + 8; j++) {
            if (!Parse.relation(s, j).equals("nsubj")) {
                continue;
            }
            int verb = Parse.governor(s, j);
            boolean opens = s.subtreeRange(j)[0] == first;
            boolean relative = s.token(j).pos().startsWith("W") || Parse.relation(s, verb).startsWith("acl");
            return opens && !relative && verb > j && isFinite(s, verb) ? j : -1; // not ", which drew jeers,"
        }
        return -1;
    }

    private static boolean isFinite(Sentence s, int verb) {
        Token t = s.token(verb);
        String pos = t.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || Parse.hasChild(s, verb, "aux");
    }
}
