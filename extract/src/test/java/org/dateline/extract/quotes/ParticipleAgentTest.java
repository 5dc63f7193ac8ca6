package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "Asked by Whitby whether ...": the by-phrase of a reduced passive names the asker; on hand-built parses. */
class ParticipleAgentTest {
    @Test
    void theByPhraseOfAParticipleWithoutAuxiliaryIsItsAgent() {
        Sentence s = sentence("Asked/ask/VBN by/by/IN Whitby/Whitby/NNP/PERSON whether/whether/IN it/it/PRP "
                        + "would/would/MD close/close/VB ,/,/, Ortiz/Ortiz/NNP/PERSON laughed/laugh/VBD",
                "advcl 9 0", "case 2 1", "obl 0 2", "mark 6 3", "nsubj 6 4", "aux 6 5", "ccomp 0 6", "punct 9 7",
                "nsubj 9 8", "root -1 9");
        assertEquals(2, ParticipleAgent.of(s, 0, List.of()));
    }

    @Test
    void aFullPassiveIsLeftToTheSubjectRule() {
        Sentence s = sentence("Ortiz/Ortiz/NNP/PERSON was/be/VBD asked/ask/VBN by/by/IN Whitby/Whitby/NNP/PERSON "
                        + "whether/whether/IN it/it/PRP would/would/MD close/close/VB",
                "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2", "case 4 3", "obl 2 4", "mark 8 5", "nsubj 8 6",
                "aux 8 7", "ccomp 2 8");
        assertEquals(-1, ParticipleAgent.of(s, 2, List.of()));
    }
}
