package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "As the gazette noted, the harbour is silting up": a bare verb of saying in an as-clause reports the clause
 * the parse hangs it on. On hand-built parses (sentences written for the test).
 */
class AsClauseCueTest {
    @Test
    void aFrontedAsClauseReportsTheClauseAfterItsComma() {
        Attribution a = only(found("As/as/IN the/the/DT gazette/gazette/NN noted/note/VBD ,/,/, the/the/DT "
                        + "harbour/harbour/NN is/be/VBZ silting/silt/VBG up/up/RP ././.",
                "root -1 8", "advcl 8 3", "mark 3 0", "nsubj 3 2", "det 2 1", "punct 8 4", "nsubj 8 6",
                "det 6 5", "aux 8 7", "compound:prt 8 9", "punct 8 10"));
        assertEquals("the harbour is silting up", content(a));
        assertEquals("the gazette", speaker(a));
    }

    @Test
    void aTrailingAsClauseAtTheEndReportsTheClauseBeforeIt() {
        Attribution a = only(found("The/the/DT tolls/toll/NNS rose/rise/VBD ,/,/, as/as/IN Ortiz/Ortiz/NNP "
                        + "has/have/VBZ acknowledged/acknowledge/VBN ././.",
                "root -1 2", "nsubj 2 1", "det 1 0", "punct 2 3", "advcl 2 7", "mark 7 4", "nsubj 7 5",
                "aux 7 6", "punct 2 8"));
        assertEquals("The tolls rose", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void anAsClauseWithItsOwnObjectIsATimeNotAStatement() {
        assertTrue(found("The/the/DT crowd/crowd/NN left/leave/VBD ,/,/, as/as/IN Ortiz/Ortiz/NNP "
                        + "mentioned/mention/VBD the/the/DT tolls/toll/NNS ././.",
                "root -1 2", "nsubj 2 1", "det 1 0", "punct 2 3", "advcl 2 6", "mark 6 4", "nsubj 6 5",
                "obj 6 8", "det 8 7", "punct 2 9").stream().noneMatch(a -> content(a).startsWith("The crowd")));
    }
}
