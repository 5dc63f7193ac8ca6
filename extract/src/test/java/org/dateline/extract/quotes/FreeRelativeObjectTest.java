package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A free relative the parse hung as a clausal complement is an object cue's object ({@link FreeRelativeObject}). */
class FreeRelativeObjectTest {
    @Test
    void aFreeRelativeParsedAsAComplementIsTheObjectAndSoTheStatement() {
        List<Attribution> all = found("The/the/DT mayor/mayor/NN denounced/denounce/VBD what/what/WP he/he/PRP "
                        + "called/call/VBD a/a/DT reckless/reckless/JJ plan/plan/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "ccomp 2 5", "obj 5 3", "nsubj 5 4", "xcomp 5 8", "det 8 6",
                "amod 8 7", "punct 2 9");
        // the relative's own "he called" is found too and gives way as nested (QuoteExtractor.withoutNested)
        Attribution denounced = all.stream().filter(a -> a.cueBegin == "The mayor ".length()).findFirst().orElseThrow();
        assertEquals("what he called a reckless plan", content(denounced));
        assertEquals("The mayor", speaker(denounced));
    }
}
