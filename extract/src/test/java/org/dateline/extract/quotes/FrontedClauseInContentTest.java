package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement whose content opens with a fronted "while"-clause holding a cue of its own is not ended before
 * that clause (which would leave it empty and lose it). On a hand-built parse (a sentence written for the test).
 */
class FrontedClauseInContentTest {
    @Test
    void aFrontedWhileClauseWithItsOwnCueStaysInsideTheStatement() {
        List<Attribution> all = found("Lee/Lee/NNP said/say/VBD that/that/IN while/while/IN she/she/PRP opposed/oppose/VBD "
                        + "the/the/DT levy/levy/NN ,/,/, she/she/PRP would/would/MD vote/vote/VB for/for/IN it/it/PRP ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 11", "mark 11 2", "advcl 11 5", "mark 5 3", "nsubj 5 4", "obj 5 7",
                "det 7 6", "punct 11 8", "nsubj 11 9", "aux 11 10", "obl 11 13", "case 13 12", "punct 1 14");
        Attribution said = all.stream().filter(a -> a.cueBegin == "Lee ".length()).findFirst().orElseThrow();
        assertEquals("while she opposed the levy , she would vote for it", content(said));
        assertEquals("Lee", speaker(said));
    }
}
