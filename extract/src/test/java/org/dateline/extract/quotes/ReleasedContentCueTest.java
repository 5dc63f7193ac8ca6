package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.only;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "The campaign released a new ad": releasing something that carries words is a statement. Own sentences. */
class ReleasedContentCueTest {
    @Test
    void releasingAnAdIsTheReleasersStatementButReleasingHostagesIsNot() {
        Attribution a = only(found("The/the/DT campaign/campaign/NN released/release/VBD an/a/DT ad/ad/NN ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "punct 2 5"));
        assertEquals("an ad", content(a));
        assertEquals("The campaign", speaker(a));
        assertTrue(found("The/the/DT rebels/rebel/NNS released/release/VBD the/the/DT hostages/hostage/NNS ././.",
                "root -1 2", "det 1 0", "nsubj 2 1", "obj 2 4", "det 4 3", "punct 2 5").isEmpty());
    }

    @Test
    void whatTheAdShowsBelongsToItAndADashedAsideDoesNot() {
        Attribution a = only(found("Lee/Lee/NNP unveiled/unveil/VBD a/a/DT spot/spot/NN featuring/feature/VBG "
                        + "Ortiz/Ortiz/NNP ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "dep 1 4", "obj 4 5", "punct 1 6"));
        assertEquals("a spot featuring Ortiz", content(a));
        Attribution b = only(found("Lee/Lee/NNP released/release/VBD a/a/DT list/list/NN of/of/IN donors/donor/NNS "
                        + "--/--/: all/all/DT of/of/IN them/they/PRP --/--/: ././.",
                "root -1 1", "nsubj 1 0", "obj 1 3", "det 3 2", "nmod 3 5", "case 5 4", "punct 3 6", "appos 3 7",
                "nmod 7 9", "case 9 8", "punct 3 10", "punct 1 11"));
        assertEquals("a list of donors", content(b));
        assertEquals("Lee", speaker(b));
    }

    @Test
    void aPassiveOrRelativeReleaseHasNoReleaser() {
        assertTrue(found("The/the/DT list/list/NN was/be/VBD released/release/VBN ././.",
                "root -1 3", "det 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "punct 3 4").isEmpty());
    }
}
