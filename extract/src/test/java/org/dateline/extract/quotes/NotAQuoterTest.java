package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Subjects of a quotation's clause that cannot be quoting it; on hand-built parses (sentences written for the test). */
class NotAQuoterTest {
    @Test
    void aPassiveSubjectWasActedOn() {
        // "The film was based on “The Harbour Years”"
        Sentence s = sentence("The/the/DT film/film/NN was/be/VBD based/base/VBN on/on/IN Harbour/Harbour/NNP",
                "det 1 0", "nsubj:pass 3 1", "aux:pass 3 2", "root -1 3", "case 5 4", "obl 3 5");
        assertTrue(NotAQuoter.is(s, 1));
    }

    @Test
    void aRelativeThatStandsForAThing() {
        // "an essay that included “a tax on every boat”"
        Sentence s = sentence("an/a/DT essay/essay/NN that/that/WDT included/include/VBD tax/tax/NN",
                "det 1 0", "root -1 1", "nsubj 3 2", "acl:relcl 1 3", "obj 3 4");
        assertTrue(NotAQuoter.is(s, 2));
    }

    @Test
    void aWhosePhraseIsWhatTheClauseDescribes() {
        // "Whitby, whose term ended with “a tax on every boat”"
        Sentence s = sentence("Whitby/Whitby/NNP/PERSON ,/,/, whose/whose/WP$ term/term/NN ended/end/VBD tax/tax/NN",
                "root -1 0", "punct 0 1", "nmod:poss 3 2", "nsubj 4 3", "acl:relcl 0 4", "obl 4 5");
        assertTrue(NotAQuoter.is(s, 3));
    }

    @Test
    void anActiveSubjectAndARelativeWhoMaySpeak() {
        // "Whitby, who branded it “a tax on every boat”"
        Sentence s = sentence("Whitby/Whitby/NNP/PERSON ,/,/, who/who/WP branded/brand/VBD it/it/PRP tax/tax/NN",
                "root -1 0", "punct 0 1", "nsubj 3 2", "acl:relcl 0 3", "obj 3 4", "xcomp 3 5");
        assertFalse(NotAQuoter.is(s, 2));
        Sentence t = sentence("Whitby/Whitby/NNP/PERSON branded/brand/VBD it/it/PRP tax/tax/NN",
                "nsubj 1 0", "root -1 1", "obj 1 2", "xcomp 1 3");
        assertFalse(NotAQuoter.is(t, 0));
    }
}
