package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The as-phrase after an object cue's object belongs to what was said ("cited the tax as a reason"). Hand-built parse. */
class ObjectAsPhraseTest {
    @Test
    void whatTheObjectWasCitedAsIsPartOfTheStatement() {
        Attribution a = only(found("The/the/DT office/office/NN cited/cite/VBD the/the/DT levy/levy/NN as/as/IN "
                        + "a/a/DT reason/reason/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "obl 2 7", "case 7 5", "det 7 6", "punct 2 8"));
        assertEquals("the levy as a reason", content(a));
        assertEquals("The office", speaker(a));
    }
}
