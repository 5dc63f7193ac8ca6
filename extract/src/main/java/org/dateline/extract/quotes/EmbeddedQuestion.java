package org.dateline.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

/**
 * An indirect question or a wh-clause after a verb of saying or knowing ({@code explained why she stayed},
 * {@code wondered if the deal would hold}, {@code would not say whether}, {@code asked voters if}): the parser
 * hangs it as an adverbial clause rather than a complement, so the cue had no content.
 */
final class EmbeddedQuestion {
    /** Not "when" (mostly a time: "said when she was earning ...") nor "who" (mostly a relative clause). */
    private static final Set<String> OPENERS = Set.of("if", "whether", "why", "how", "where", "what");

    /** Verbs after which "if" asks ("asked if", "wondered if"); after others it sets a condition ("continue if"). */
    private static final Set<String> ASKING = Set.of("ask", "wonder", "question", "know", "say", "tell", "show",
            "determine", "decide", "doubt", "learn", "consider", "understand", "reveal", "indicate", "confirm", "declare");

    private EmbeddedQuestion() {
    }

    /** The question's token range after the cue, or nothing. */
    static List<int[]> content(Sentence s, int cue) {
        String lemma = s.token(cue).lemma();
        if (!CueLexicon.takesClause(lemma)) {
            return List.of();
        }
        for (Dependency d : s.children(cue)) {
            String rel = d.baseRelation();
            if (d.dependent() < cue || !(rel.equals("advcl") || rel.equals("dep"))) {
                continue;
            }
            int[] r = s.subtreeRange(d.dependent());
            String opener = s.token(r[0]).word().toLowerCase(Locale.ROOT);
            if (r[0] > cue && OPENERS.contains(opener) && isClause(s, d.dependent())
                    && (!opener.equals("if") || ASKING.contains(lemma.toLowerCase(Locale.ROOT)))) {
                return List.of(StatementEnd.beforeParticipialCue(s, r));
            }
        }
        return List.of();
    }

    /** A clause of its own, not a fragment ("find, if not details, at least ..."). */
    private static boolean isClause(Sentence s, int head) {
        return s.token(head).isVerb() || Parse.hasChild(s, head, "cop") || Parse.hasChild(s, head, "nsubj");
    }
}
