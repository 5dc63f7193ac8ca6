package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "Lee toured the state in hopes of winning it": the subject's hope. Hand-built parses, own sentences. */
class HopePhraseTest {
    @Test
    void theInPhraseOfHopeIsTheSubjectsStance() {
        Attribution a = only(found("Lee/Lee/NNP toured/tour/VBD farms/farm/NNS in/in/IN hopes/hope/NNS of/of/IN "
                        + "winning/win/VBG Iowa/Iowa/NNP ././.",
                "root -1 1", "nsubj 1 0", "obj 1 2", "obl 1 4", "case 4 3", "acl 4 6", "mark 6 5", "obj 6 7",
                "punct 1 8"));
        assertEquals("winning Iowa", content(a));
        assertEquals("Lee", speaker(a));
    }
}
