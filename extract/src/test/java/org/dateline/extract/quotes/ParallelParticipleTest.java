package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Lee cut into Ortiz, calling him a fraud and accusing him of lying": two participial statements of one speaker.
 * On a hand-built parse (sentence written for the test) with the parser's usual error: the second participle hung
 * as a conjunct inside the first one's complement, whose subject ("him") it would otherwise inherit.
 */
class ParallelParticipleTest {
    private static List<Attribution> parse() {
        return found("Lee/Lee/NNP cut/cut/VBD into/into/IN Ortiz/Ortiz/NNP ,/,/, calling/call/VBG him/he/PRP a/a/DT "
                        + "fraud/fraud/NN and/and/CC accusing/accuse/VBG him/he/PRP of/of/IN lying/lie/VBG ././.",
                "root -1 1", "nsubj 1 0", "case 3 2", "obl 1 3", "punct 1 4", "dep 1 5", "nsubj 8 6", "det 8 7",
                "obj 5 8", "cc 10 9", "conj 8 10", "obj 10 11", "mark 13 12", "advcl 10 13", "punct 1 14");
    }

    private static final String TEXT = "Lee cut into Ortiz , calling him a fraud and accusing him of lying .";

    private static Attribution withCue(List<Attribution> found, String cue) {
        return found.stream().filter(a -> a.cueBegin == TEXT.indexOf(cue)).findFirst().orElseThrow();
    }

    @Test
    void theFirstParticiplesContentEndsBeforeTheSecond() {
        Attribution calling = withCue(parse(), "calling");
        assertEquals("him a fraud", content(calling));
        assertEquals("Lee", speaker(calling));
    }

    @Test
    void theSecondParticipleSpeaksForTheFirstOnesSpeaker() {
        Attribution accusing = withCue(parse(), "accusing");
        assertEquals("Lee", speaker(accusing));
    }
}
