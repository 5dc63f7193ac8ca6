package org.dateline.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * Checks on a clause the parser hung before a cue with no complement ("Crops are withering, he noted"):
 * it is not what was said when it opens with a subordinator the parser did not mark ("when we look at the
 * map, we think about ...") or when the cue says its thing after itself, in an object or an about/of/for
 * phrase ("Morale has suffered, employees complain of ...", "Later on the show, Lee questioned his record").
 */
final class LooseClauseBefore {
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "whenever", "as", "because", "if",
            "after", "before", "since", "although", "though", "once", "until", "unless", "where");
    private static final Set<String> TOPIC_CASES = Set.of("about", "of", "for");

    private LooseClauseBefore() {
    }

    /** True when the clause [range] before cue {@code cue} is not the cue's statement. */
    static boolean isSomethingElse(Sentence s, int cue, int[] range) {
        if (SUBORDINATORS.contains(s.token(range[0]).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Dependency d : s.children(cue)) {
            if (d.dependent() < cue) {
                continue;
            }
            String rel = d.baseRelation();
            if (rel.equals("obj")
                    || rel.equals("obl") && TOPIC_CASES.contains(ClauseAttributor.caseWord(s, d.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
