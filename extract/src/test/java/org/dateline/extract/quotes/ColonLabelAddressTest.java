package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What may follow a colon label as a statement: words, not a figure nor a contact address. */
class ColonLabelAddressTest {
    @Test
    void aContactAddressAfterTheLabelIsNoStatement() {
        assertFalse(ColonLabel.isStatement(" @annlee."));
        assertFalse(ColonLabel.isStatement(" ann.lee@example.com\n"));
        assertFalse(ColonLabel.isStatement(" http://example.com/results."));
        assertFalse(ColonLabel.isStatement(" 1,769."));
    }

    @Test
    void wordsAfterTheLabelStayAStatementEvenWithAnAddressInThem() {
        assertTrue(ColonLabel.isStatement(" The vote will pass."));
        assertTrue(ColonLabel.isStatement(" Follow me at @annlee for the results."));
    }
}
