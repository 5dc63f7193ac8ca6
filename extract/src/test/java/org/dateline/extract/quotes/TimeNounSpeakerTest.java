package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A stretch of time the parse made a cue's subject gives way to the last person named; on hand-built parses. */
class TimeNounSpeakerTest {
    @Test
    void theNameBeforeTheCueSpeaksNotTheWeekend() {
        // "At a panel this weekend , Ann Lee , the mayor , told voters to wait": "told" hung on "weekend"
        Sentence s = sentence("At/at/IN a/a/DT panel/panel/NN this/this/DT weekend/weekend/NN ,/,/, Ann/Ann/NNP/PERSON "
                        + "Lee/Lee/NNP/PERSON ,/,/, the/the/DT mayor/mayor/NN ,/,/, told/tell/VBD voters/voter/NNS "
                        + "to/to/TO wait/wait/VB",
                "case 2 0", "det 2 1", "obl 12 2", "det 4 3", "root -1 4", "punct 4 5", "compound 7 6", "appos 4 7",
                "punct 7 8", "det 10 9", "appos 7 10", "punct 4 11", "acl 4 12", "obj 12 13", "mark 15 14",
                "xcomp 12 15");
        assertEquals(7, TimeNounSpeaker.fix(s, 4, 12, List.of()));
    }

    @Test
    void mostOfHerTimeIsNoSpeaker() {
        // "Ann Lee spent most of her time praising Ortiz": "most" taken for the subject of "praising"
        Sentence s = sentence("Ann/Ann/NNP/PERSON Lee/Lee/NNP/PERSON spent/spend/VBD most/most/JJS of/of/IN her/she/PRP$ "
                        + "time/time/NN praising/praise/VBG Ortiz/Ortiz/NNP/PERSON",
                "compound 1 0", "nsubj 2 1", "root -1 2", "nsubj 7 3", "case 6 4", "nmod:poss 6 5", "nmod 3 6",
                "dep 2 7", "obj 7 8");
        assertEquals(1, TimeNounSpeaker.fix(s, 3, 7, List.of()));
    }

    @Test
    void aPersonOrAMagazineStays() {
        // "Time reported that ...": the capitalised name of a magazine is no stretch of time
        Sentence s = sentence("Time/Time/NNP/ORGANIZATION reported/report/VBD it/it/PRP",
                "nsubj 1 0", "root -1 1", "obj 1 2");
        assertEquals(0, TimeNounSpeaker.fix(s, 0, 1, List.of()));
    }
}
