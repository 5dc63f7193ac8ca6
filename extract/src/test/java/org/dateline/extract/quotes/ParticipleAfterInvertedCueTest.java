package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "“...,” said Ann Whitby, adding ...": the participle goes on with the inverted speaker; on a hand-built parse. */
class ParticipleAfterInvertedCueTest {
    @Test
    void aParticipleAfterTheNameOfAnInvertedCueIsThatNamesStatement() {
        Sentence s = sentence("“/“/`` The/the/DT port/port/NN is/be/VBZ safe/safe/JJ ,/,/, ”/”/'' said/say/VBD "
                        + "Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON ,/,/, adding/add/VBG it/it/PRP would/would/MD "
                        + "reopen/reopen/VB",
                "punct 4 0", "det 2 1", "nsubj 4 2", "cop 4 3", "ccomp 7 4", "punct 4 5", "punct 7 6", "root -1 7",
                "compound 9 8", "nsubj 7 9", "punct 7 10", "dep 7 11", "nsubj 14 12", "aux 14 13", "ccomp 11 14");
        assertEquals(9, ParticipleAfterCue.speaker(s, 11, List.of()));
    }

    @Test
    void notWhenTheVerbBeforeTheNameIsNoVerbOfSaying() {
        Sentence s = sentence("The/the/DT port/port/NN hired/hire/VBD Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON ,/,/, "
                        + "adding/add/VBG staff/staff/NN",
                "det 1 0", "nsubj 2 1", "root -1 2", "compound 4 3", "obj 2 4", "punct 2 5", "advcl 2 6", "obj 6 7");
        assertEquals(-1, ParticipleAfterCue.speaker(s, 6, List.of()));
    }
}
