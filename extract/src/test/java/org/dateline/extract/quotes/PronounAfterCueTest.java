package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A pronoun after a comma-set cue is who the cue reports on, not who speaks; on hand-built parses. */
class PronounAfterCueTest {
    // "Ann Lee , a nurse from Dayton , said he was tired": the parse hangs "said" on "tired" and gives it no subject
    private static final Sentence APPOSITION = sentence("Ann/Ann/NNP/PERSON Lee/Lee/NNP/PERSON ,/,/, a/a/DT "
                    + "nurse/nurse/NN from/from/IN Dayton/Dayton/NNP/CITY ,/,/, said/say/VBD he/he/PRP was/be/VBD "
                    + "tired/tired/JJ",
            "compound 1 0", "root -1 1", "punct 1 2", "det 4 3", "appos 1 4", "case 6 5", "nmod 4 6", "punct 8 7",
            "parataxis 11 8", "nsubj 11 9", "cop 11 10", "acl:relcl 4 11");

    @Test
    void theNameBeforeTheCueSpeaksNotThePronounItReports() {
        assertEquals(1, PronounAfterCue.fix(APPOSITION, 9, 8, List.of()));
    }

    @Test
    void aSpeakerBeforeTheCueStays() {
        assertEquals(1, PronounAfterCue.fix(APPOSITION, 1, 8, List.of()));
    }

    @Test
    void theInvertedSubjectOfTheCueStays() {
        // "It is over , said he": the pronoun is the cue's own subject
        Sentence s = sentence("It/it/PRP is/be/VBZ over/over/RB ,/,/, said/say/VBD he/he/PRP",
                "nsubj 2 0", "cop 2 1", "ccomp 4 2", "punct 4 3", "root -1 4", "nsubj 4 5");
        assertEquals(5, PronounAfterCue.fix(s, 5, 4, List.of()));
    }

    @Test
    void aFrontedParticipleKeepsTheSubjectAfterIt() {
        // "While saying Ann was tired , she smiled": no comma right before the cue, so the subject after it stays
        Sentence s = sentence("While/while/IN saying/say/VBG Ann/Ann/NNP/PERSON was/be/VBD tired/tired/JJ ,/,/, "
                        + "she/she/PRP smiled/smile/VBD",
                "mark 1 0", "advcl 7 1", "nsubj 4 2", "cop 4 3", "ccomp 1 4", "punct 7 5", "nsubj 7 6", "root -1 7");
        assertEquals(6, PronounAfterCue.fix(s, 6, 1, List.of()));
    }
}
