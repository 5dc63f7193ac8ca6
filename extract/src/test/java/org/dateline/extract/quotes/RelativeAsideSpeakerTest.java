package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.QuoteKind;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "Lee, who spoke at the rally, said ...": a cue after a comma-set relative clause is the noun's, not "who"'s; hand-built parses. */
class RelativeAsideSpeakerTest {
    @Test
    void aCueAfterTheRelativeClauseIsTheNounsStatement() {
        // the parse hangs "said" inside the clause, as it often does: who <- spoke -> said
        Sentence s = sentence("Lee/Lee/NNP/PERSON ,/,/, who/who/WP spoke/speak/VBD at/at/IN the/the/DT rally/rally/NN ,/,/, "
                        + "said/say/VBD the/the/DT port/port/NN is/be/VBZ safe/safe/JJ",
                "root -1 0", "punct 0 1", "nsubj 3 2", "dep 0 3", "case 6 4", "det 6 5", "obl 3 6", "punct 3 7",
                "conj 3 8", "det 10 9", "nsubj 12 10", "cop 12 11", "ccomp 8 12");
        assertEquals("Lee", speakerAfterFix(s, "said", 2));
    }

    @Test
    void aCueInsideTheRelativeClauseStaysWithWho() {
        Sentence s = sentence("Lee/Lee/NNP/PERSON ,/,/, who/who/WP said/say/VBD the/the/DT port/port/NN is/be/VBZ safe/safe/JJ "
                        + ",/,/, won/win/VBD",
                "nsubj 9 0", "punct 0 1", "nsubj 3 2", "acl:relcl 0 3", "det 5 4", "nsubj 7 5", "cop 7 6", "ccomp 3 7",
                "punct 0 8", "root -1 9");
        assertEquals("who", speakerAfterFix(s, "said", 2));
    }

    @Test
    void aCommaGoingOnWithButKeepsTheClauseOpen() {
        Sentence s = sentence("Ada/Ada/NNP/PERSON ,/,/, who/who/WP backs/back/VBZ Lee/Lee/NNP/PERSON ,/,/, but/but/CC "
                        + "doubted/doubt/VBD the/the/DT plan/plan/NN ,/,/, won/win/VBD",
                "nsubj 11 0", "punct 0 1", "nsubj 3 2", "acl:relcl 0 3", "obj 3 4", "punct 7 5", "cc 7 6", "conj 3 7",
                "det 9 8", "obj 7 9", "punct 0 10", "root -1 11");
        assertEquals("who", speakerAfterFix(s, "doubted", 2));
    }

    /** The speaker mention after the fix of a statement whose cue is the word {@code cue} and speaker token {@code who}. */
    private static String speakerAfterFix(Sentence s, String cue, int who) {
        String text = text(s);
        int cueBegin = text.indexOf(" " + cue + " ") + 1;
        Attribution a = new Attribution(cueBegin + cue.length() + 1, text.length(), QuoteKind.INDIRECT);
        a.cue(cueBegin, cueBegin + cue.length());
        a.speaker(s, who, new int[] {s.token(who).begin(), s.token(who).end()});
        RelativeAsideSpeaker.fix(a);
        return text.substring(a.speakerBegin, a.speakerEnd);
    }
}
