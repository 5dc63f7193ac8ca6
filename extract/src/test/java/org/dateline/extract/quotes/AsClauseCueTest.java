package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of saying in a clause marked "as" reports the clause it hangs on ({@link AsClauseCue}). On hand-built
 * parses (sentences written for the test).
 */
class AsClauseCueTest {
    @Test
    void aFrontedAsClauseReportsTheClauseAfterIt() {
        Attribution a = only(found("As/as/IN the/the/DT Ledger/Ledger/NNP reported/report/VBD ,/,/, the/the/DT "
                        + "mill/mill/NN will/will/MD close/close/VB ././.",
                "root -1 8", "advcl 8 3", "mark 3 0", "det 2 1", "nsubj 3 2", "punct 8 4", "det 6 5", "nsubj 8 6",
                "aux 8 7", "punct 8 9"));
        assertEquals("the mill will close", content(a));
        assertEquals("the Ledger", speaker(a));
    }

    @Test
    void aTrailingAsClauseReportsTheClauseBeforeIt() {
        Attribution a = only(found("The/the/DT levy/levy/NN carries/carry/VBZ risks/risk/NNS ,/,/, as/as/IN its/its/PRP$ "
                        + "critics/critic/NNS point/point/VBP out/out/RP ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 3", "punct 8 4", "advcl 2 8", "mark 8 5", "nmod:poss 7 6",
                "nsubj 8 7", "compound:prt 8 9", "punct 2 10"));
        assertEquals("The levy carries risks", content(a));
        assertEquals("its critics", speaker(a));
    }

    @Test
    void anAsClauseWithoutASpeakerReportsNothing() {
        assertEquals(List.of(), found("As/as/IN expected/expect/VBN ,/,/, the/the/DT mill/mill/NN closed/close/VBD ././.",
                "root -1 5", "advcl 5 1", "mark 1 0", "punct 5 2", "det 4 3", "nsubj 5 4", "punct 5 6"));
    }
}
