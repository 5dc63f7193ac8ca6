package org.dateline.extract.quotes;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * "In endorsing Ryan, Pence ...", "has made decrying outsourced jobs central": a gerund of saying or stance
 * that the parse hangs as an adjective on the noun after it ({@code amod}), so the noun that is its object
 * reads as the thing the gerund describes. The noun's phrase after the gerund is what was said; views that
 * need an as-phrase ("seeing", "casting") are left out, as with a plain object, and so is a noun that is the
 * subject of a clause after it ("saying airstrikes have failed" says the clause).
 */
final class GerundObjectCue {
    private GerundObjectCue() {
    }

    /** The object phrase of a gerund parsed as its object's adjective, or empty. */
    static List<int[]> content(Sentence s, Token cue) {
        int c = cue.index();
        int noun = Parse.governor(s, c);
        if (!cue.pos().equals("VBG") || !Parse.relation(s, c).equals("amod") || noun <= c
                || !s.token(noun).isNoun() || !CueLexicon.takesObject(cue.lemma()) || CueLexicon.needsAs(cue.lemma())) {
            return List.of();
        }
        if (Parse.relation(s, noun).startsWith("nsubj")) {
            return List.of(); // "saying airstrikes have failed": the noun is the subject of the clause said
        }
        for (org.dateline.nlp.Dependency d : s.children(noun)) {
            String rel = d.relation();
            if (d.dependent() < c && (rel.equals("det") || rel.equals("nmod:poss"))) {
                return List.of(); // "a declining role", "its growing support": an adjective inside the noun phrase
            }
        }
        return List.of(new int[] {c + 1, s.subtreeRange(noun)[1]});
    }

    /**
     * The subject of the clause the gerund's phrase hangs on, before or after it ("In praising the plan, Ortiz
     * broke with ..."): a fronted participial phrase speaks for the main clause's subject; -1 when the cue is
     * no such gerund or no subject is found within three steps up.
     */
    static int speaker(Sentence s, int cue, List<QuoteMarks.Quoted> quotes) {
        if (content(s, s.token(cue)).isEmpty()) {
            return -1;
        }
        int v = Parse.governor(s, Parse.governor(s, cue));
        for (int steps = 0; v >= 0 && steps < 3; steps++) {
            int subject = Parse.child(s, v, "nsubj");
            if (subject >= 0 && !ClauseAttributor.insideQuote(quotes, s.token(subject))) {
                return subject;
            }
            v = Parse.governor(s, v);
        }
        return -1;
    }
}
