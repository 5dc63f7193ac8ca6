package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A clause the parse hung as an object cue's complement stands for its object ({@link ClauseAsObject}). */
class ClauseAsObjectTest {
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

    @Test
    void aThatClauseOfAnObjectCueIsTheStatement() {
        Attribution a = HandParse.only(found("Ortiz/Ortiz/NNP protested/protest/VBD that/that/IN the/the/DT count/count/NN "
                        + "was/be/VBD unfair/unfair/JJ ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 6", "mark 6 2", "det 4 3", "nsubj 6 4", "cop 6 5", "punct 1 7"));
        assertEquals("the count was unfair", content(a));
        assertEquals("Ortiz", speaker(a));
    }

    @Test
    void aStanceVerbTakesAClauseOnlyAsAFreeRelative() {
        assertEquals(List.of(), found("I/I/PRP remember/remember/VBP when/when/WRB the/the/DT mill/mill/NN closed/close/VBD ././.",
                "root -1 1", "nsubj 1 0", "ccomp 1 5", "advmod 5 2", "det 4 3", "nsubj 5 4", "punct 1 6"));
    }
}
