package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "As the paper noted, trust is collapsing." and "Trust is collapsing, as Lee acknowledged.": a verb of
 * saying in a clause opened by "as" reports the clause it is hung on, which the parse gives as the cue's
 * governor, not its complement. Only a bare cue counts (subject, adverbs, auxiliaries): "as he mentioned
 * the plan", "as they responded to ..." have their own object and "as" is then "while"; a trailing one
 * must end the sentence and a fronted one be set off by a comma.
 */
final class AsClauseCue {
    /** Relations a bare "as X noted" may have besides its subject. */
    private static final Set<String> BARE = Set.of("nsubj", "mark", "aux", "advmod", "punct", "obl:tmod");

    private AsClauseCue() {
    }

    /** The clause a bare "as"-cue reports (the governor's words outside the as-clause), or empty. */
    static List<int[]> content(Sentence s, Token cue) {
        int c = cue.index();
        int gov = Parse.governor(s, c);
        if (gov < 0 || !Parse.relation(s, c).equals("advcl") || !isBareAsClause(s, c)
                || !(CueLexicon.takesClause(cue.lemma()) || CueLexicon.isSpeechVerb(cue.lemma()))) {
            return List.of();
        }
        int[] whole = s.subtreeRange(gov);
        int[] hole = s.subtreeRange(c);
        int n = s.tokens().size();
        int lo;
        int hi;
        if (c < gov) { // "As the paper noted, it is surprising"
            if (hole[1] + 1 >= n || !s.token(hole[1] + 1).word().equals(",")) {
                return List.of();
            }
            lo = hole[1] + 1;
            hi = whole[1];
        } else { // "The numbers changed, as Lee acknowledged."
            if (hole[0] == 0 || !s.token(hole[0] - 1).word().equals(",") || !endsSentence(s, hole[1])) {
                return List.of();
            }
            lo = whole[0];
            hi = hole[0] - 1;
        }
        while (lo < hi && (Parse.isPunct(s.token(lo)) || s.token(lo).pos().equals("CC"))) {
            lo++;
        }
        while (hi > lo && Parse.isPunct(s.token(hi))) {
            hi--;
        }
        return hi > lo ? List.of(new int[] {lo, hi}) : List.of();
    }

    private static boolean isBareAsClause(Sentence s, int c) {
        int mark = Parse.child(s, c, "mark");
        if (mark < 0 || !s.token(mark).word().toLowerCase(Locale.ROOT).equals("as") || Parse.child(s, c, "nsubj") < 0) {
            return false;
        }
        for (Dependency d : s.children(c)) {
            boolean frontedObl = d.baseRelation().equals("obl") && d.dependent() < c; // "as we in the press noted"
            if (!BARE.contains(d.relation()) && !frontedObl) {
                return false;
            }
        }
        return true;
    }

    /** True when only closing punctuation follows token {@code i}. */
    private static boolean endsSentence(Sentence s, int i) {
        for (int j = i + 1; j < s.tokens().size(); j++) {
            if (!Parse.isPunct(s.token(j))) {
                return false;
            }
        }
        return true;
    }
}
