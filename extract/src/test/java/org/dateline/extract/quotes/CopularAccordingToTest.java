package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "That's according to two aides": the subject of "be according to X" is what X says, also when the parser makes the
 * source the root and the contracted "is" a stray possessive. On hand-built parses (sentences written for the test).
 */
class CopularAccordingToTest {
    @Test
    void theSubjectOfBeAccordingToIsTheSourcesStatement() {
        Attribution a = only(found("That/that/DT ’s/’s/POS according/according/VBG to/to/IN two/two/CD "
                        + "aides/aide/NNS ././.",
                "nsubj 5 0", "dep 5 1", "case 5 2", "fixed 2 3", "nummod 5 4", "root -1 5", "punct 5 6"));
        assertEquals("That", content(a));
        assertEquals("two aides", speaker(a));
    }
}
