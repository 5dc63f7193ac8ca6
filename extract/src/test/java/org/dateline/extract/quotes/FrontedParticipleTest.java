package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.content;
import static org.dateline.extract.quotes.HandParse.found;
import static org.dateline.extract.quotes.HandParse.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A participle opening the sentence speaks for the main clause's subject; on hand-built parses (sentences written for the test). */
class FrontedParticipleTest {
    @Test
    void aFrontedParticipleTheParseMadeTheRootSpeaksForTheSubjectAfterTheComma() {
        // "Citing the toll, Whitby criticized the levy." parsed with "Citing" as the root
        List<Attribution> all = found("Citing/cite/VBG the/the/DT toll/toll/NN ,/,/, Whitby/Whitby/NNP/PERSON "
                        + "criticized/criticize/VBD the/the/DT levy/levy/NN ././.",
                "root -1 0", "det 2 1", "obj 0 2", "punct 2 3", "nsubj 5 4", "dep 2 5", "det 7 6", "obj 5 7",
                "punct 0 8");
        Attribution citing = all.stream().filter(a -> content(a).equals("the toll")).findFirst().orElseThrow();
        assertEquals("Whitby", speaker(citing));
    }

    @Test
    void theInfinitiveOfAFrontedParticipleAndAnAsideBeforeTheMainClause() {
        // "Continuing to explain her plan, which drew jeers, Whitby said ..." with "Continuing" as the infinitive's subject
        List<Attribution> all = found("Continuing/continue/VBG to/to/TO explain/explain/VB her/her/PRP$ plan/plan/NN ,/,/, "
                        + "which/which/WDT drew/draw/VBD jeers/jeer/NNS ,/,/, Whitby/Whitby/NNP/PERSON "
                        + "denied/deny/VBD the/the/DT claim/claim/NN",
                "nsubj 2 0", "mark 2 1", "advcl 11 2", "nmod:poss 4 3", "obj 2 4", "punct 4 5", "nsubj 7 6",
                "acl:relcl 4 7", "obj 7 8", "punct 11 9", "nsubj 11 10", "root -1 11", "det 13 12", "obj 11 13");
        Attribution explain = all.stream().filter(a -> content(a).startsWith("her plan")).findFirst().orElseThrow();
        assertTrue(speaker(explain).equals("Whitby"), speaker(explain));
    }
}
