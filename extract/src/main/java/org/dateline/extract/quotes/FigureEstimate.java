package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "The poll puts her support at 5 percent", "Statista estimates its users at 100 million": a verb of estimating
 * whose object is set at a figure states that estimate; the object through the at-phrase is what was said, by the
 * subject. Without a figure ("put the plan at risk") it is no estimate.
 */
final class FigureEstimate {
    private static final Set<String> ESTIMATING = Set.of("put", "estimate", "place");

    private FigureEstimate() {
    }

    /** The object and its at-phrase with a number, or empty. */
    static List<int[]> content(Sentence s, Token cue) {
        int c = cue.index();
        if (!ESTIMATING.contains(cue.lemma().toLowerCase(Locale.ROOT)) || !Parse.hasChild(s, c, "nsubj")) {
            return List.of();
        }
        int object = Parse.child(s, c, "obj");
        if (object < c) {
            return List.of();
        }
        for (Dependency d : s.children(c)) {
            int at = d.dependent();
            if (d.baseRelation().equals("obl") && at > object && "at".equalsIgnoreCase(ClauseAttributor.caseWord(s, at))
                    && hasNumber(s, s.subtreeRange(at))) {
                return List.of(new int[] {s.subtreeRange(object)[0], s.subtreeRange(at)[1]});
            }
        }
        return List.of();
    }

    private static boolean hasNumber(Sentence s, int[] range) {
        for (int i = range[0]; i <= range[1]; i++) {
            if (s.token(i).pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }
}
