package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "Lee supports raising the toll", "most oppose tinkering with it", "would like to widen the road": a verb of stance
 * whose view is an act, a gerund (parsed as xcomp, dep or ccomp) or, for "like", an infinitive; the
 * parse gives it no object, so the object reading misses it. Views that need an as-phrase are left out.
 */
final class StanceComplement {
    /** Stance verbs whose infinitive is the wish ("would like to"); "want" and "prefer" take theirs already. */
    private static final Set<String> LIKING = Set.of("like");

    private StanceComplement() {
    }

    /** The gerund or infinitive a stance verb without an object holds a view on, or empty. */
    static List<int[]> content(Sentence s, Token cue) {
        int c = cue.index();
        String lemma = cue.lemma().toLowerCase(Locale.ROOT);
        if (!CueLexicon.isStance(lemma) || CueLexicon.needsAs(lemma) || Parse.hasChild(s, c, "obj")) {
            return List.of();
        }
        for (Dependency d : s.children(c)) {
            int v = d.dependent();
            String rel = d.relation();
            if (v < c || Parse.hasChild(s, v, "nsubj")) {
                continue;
            }
            boolean gerund = s.token(v).pos().equals("VBG") && (rel.equals("xcomp") || rel.equals("dep") || rel.equals("ccomp"));
            int mark = Parse.child(s, v, "mark");
            boolean infinitive = rel.equals("xcomp") && LIKING.contains(lemma) && mark >= 0 && s.token(mark).pos().equals("TO");
            if (gerund || infinitive) {
                int[] r = s.subtreeRange(v);
                return List.of(new int[] {infinitive ? mark + 1 : r[0], r[1]});
            }
        }
        return List.of();
    }
}
