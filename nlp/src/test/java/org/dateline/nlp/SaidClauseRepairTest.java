package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaidClauseRepairTest {

    /** "word/lemma/POS" tokens and "relation governor dependent" edges, the same edges in both graphs. */
    private static Sentence sentence(String tokens, String... edges) {
        List<Token> ts = new ArrayList<>();
        int at = 0;
        String[] parts = tokens.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            ts.add(new Token(i, at, at + f[0].length(), f[0], f[1], f[2], "O"));
            at += f[0].length() + 1;
        }
        List<Dependency> ds = new ArrayList<>();
        for (String e : edges) {
            String[] f = e.split(" ");
            ds.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        return new Sentence(0, 0, at, ts, ds, ds);
    }

    private static boolean has(List<Dependency> edges, String relation, int governor, int dependent) {
        return edges.contains(new Dependency(governor, dependent, relation));
    }

    @Test
    void aSpeechVerbParsedAsClausalSubjectGetsItsClauseBack() {
        Sentence torn = sentence("He/he/PRP said/say/VBD Gondor/Gondor/NNP is/be/VBZ not/not/RB able/able/JJ to/to/TO "
                        + "continue/continue/VB the/the/DT war/war/NN ./././.",
                "nsubj 1 0", "csubj 5 1", "obj 1 2", "cop 5 3", "advmod 5 4", "root -1 5", "mark 7 6",
                "xcomp 5 7", "det 9 8", "obj 7 9", "punct 5 10");
        Sentence fixed = SaidClauseRepair.apply(torn);
        assertEquals(List.of(1), fixed.roots());
        assertTrue(has(fixed.basic(), "ccomp", 1, 5));
        assertTrue(has(fixed.basic(), "nsubj", 5, 2));
        assertTrue(has(fixed.basic(), "nsubj", 1, 0));
        assertFalse(fixed.basic().stream().anyMatch(d -> d.relation().equals("csubj") || d.relation().equals("obj") && d.governor() == 1));
        assertTrue(has(fixed.enhanced(), "nsubj:xsubj", 7, 2), "the controlled verb shares the subject");
        assertEquals(torn.basic().size(), fixed.basic().size(), "still one head per token");
    }

    @Test
    void aModalClauseIsRepairedTheSameWay() {
        Sentence torn = sentence("The/the/DT minister/minister/NN said/say/VBD Gondor/Gondor/NNP would/would/MD "
                        + "continue/continue/VB the/the/DT war/war/NN",
                "det 1 0", "nsubj 2 1", "csubj 5 2", "obj 2 3", "aux 5 4", "root -1 5", "det 7 6", "obj 5 7");
        Sentence fixed = SaidClauseRepair.apply(torn);
        assertEquals(List.of(2), fixed.roots());
        assertTrue(has(fixed.basic(), "ccomp", 2, 5));
        assertTrue(has(fixed.basic(), "nsubj", 5, 3));
    }

    @Test
    void aRightParseIsLeftAlone() {
        Sentence right = sentence("He/he/PRP said/say/VBD Gondor/Gondor/NNP would/would/MD fight/fight/VB",
                "nsubj 1 0", "root -1 1", "nsubj 4 2", "aux 4 3", "ccomp 1 4");
        assertSame(right, SaidClauseRepair.apply(right));
    }

    @Test
    void aRealClausalSubjectIsLeftAlone() {
        // "What he saw surprised everyone": the clause is the subject; no speech verb, no object before it
        Sentence real = sentence("What/what/WP he/he/PRP saw/see/VBD surprised/surprise/VBD everyone/everyone/NN",
                "obj 2 0", "nsubj 2 1", "csubj 3 2", "root -1 3", "obj 3 4");
        assertSame(real, SaidClauseRepair.apply(real));
    }

    @Test
    void aPredicateWithItsOwnSubjectIsLeftAlone() {
        Sentence odd = sentence("Saying/say/VBG it/it/PRP aloud/aloud/RB helps/help/VBZ nobody/nobody/NN",
                "csubj 3 0", "obj 0 1", "advmod 0 2", "root -1 3", "obj 3 4");
        assertSame(odd, SaidClauseRepair.apply(odd), "no subject of the speech verb: not a report");
    }
}
