package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The infinitive after a verb that makes someone act is said by that verb's object; on hand-built parses. */
class ObjectControlTest {
    @Test
    void theObjectOfACausativeVerbSpeaksThroughTheInfinitive() {
        // "The defeat led Ann Ortiz to declare that the race was over."
        Sentence s = sentence("The/the/DT defeat/defeat/NN led/lead/VBD Ann/Ann/NNP/PERSON Ortiz/Ortiz/NNP/PERSON "
                        + "to/to/TO declare/declare/VB that/that/IN the/the/DT race/race/NN was/be/VBD over/over/RB",
                "det 1 0", "nsubj 2 1", "root -1 2", "compound 4 3", "obj 2 4", "mark 6 5", "xcomp 2 6",
                "mark 11 7", "det 9 8", "nsubj 11 9", "cop 11 10", "ccomp 6 11");
        assertEquals(4, ObjectControl.doer(s, 6));
        assertEquals(4, CueSpeaker.subject(s, 6, 0));
    }

    @Test
    void anAskersInfinitiveKeepsTheSubject() {
        // "Lee urged Ortiz to declare victory.": urging is no causative here
        Sentence s = sentence("Lee/Lee/NNP/PERSON urged/urge/VBD Ortiz/Ortiz/NNP/PERSON to/to/TO declare/declare/VB "
                        + "victory/victory/NN",
                "nsubj 1 0", "root -1 1", "obj 1 2", "mark 4 3", "xcomp 1 4", "obj 4 5");
        assertEquals(-1, ObjectControl.doer(s, 4));
        assertEquals(0, CueSpeaker.subject(s, 4, 0));
    }
}
