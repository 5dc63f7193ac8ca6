package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** A relative pronoun right before a cue the parse left without a subject; hand-built parses (sentences written for the test). */
class RelativeBeforeCueTest {
    @Test
    void theRelativeRightBeforeASubjectlessCueSpeaks() {
        // "Lee praised the union , which has long backed Ortiz": "backed" hung as a loose dependent of "praised"
        Sentence s = sentence("Lee/Lee/NNP/PERSON praised/praise/VBD the/the/DT union/union/NN ,/,/, which/which/WDT "
                        + "has/have/VBZ long/long/RB backed/back/VBN Ortiz/Ortiz/NNP/PERSON",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "punct 3 4", "dep 8 5", "aux 8 6", "advmod 8 7",
                "dep 1 8", "obj 8 9");
        assertEquals(5, RelativeBeforeCue.fix(s, 0, 8));
    }

    @Test
    void aCueWithItsOwnSubjectOrAPassiveKeepsItsSpeaker() {
        // "Lee , who was praised by Ortiz" is no statement of "who"
        Sentence passive = sentence("Lee/Lee/NNP/PERSON ,/,/, who/who/WP was/be/VBD praised/praise/VBN by/by/IN "
                        + "Ortiz/Ortiz/NNP/PERSON",
                "root -1 0", "punct 0 1", "nsubj:pass 4 2", "aux:pass 4 3", "acl:relcl 0 4", "case 6 5", "obl 4 6");
        assertEquals(6, RelativeBeforeCue.fix(passive, 6, 4));
        // "Lee said Ortiz backed it": no relative before the cue
        Sentence plain = sentence("Lee/Lee/NNP/PERSON said/say/VBD Ortiz/Ortiz/NNP/PERSON backed/back/VBD it/it/PRP",
                "nsubj 1 0", "root -1 1", "nsubj 3 2", "ccomp 1 3", "obj 3 4");
        assertEquals(0, RelativeBeforeCue.fix(plain, 0, 1));
    }
}
