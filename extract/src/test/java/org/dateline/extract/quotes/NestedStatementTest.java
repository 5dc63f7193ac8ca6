package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** When a nested statement completes an outer content the parse cut short, on offsets alone. */
class NestedStatementTest {
    // "Ida said she hoped the road would open soon."
    //  0   4    9   13    19  23   28    34   39
    private static Attribution outer() {
        Attribution said = new Attribution(9, 27, QuoteKind.INDIRECT); // "she hoped the road"
        said.cue(4, 8);
        return said;
    }

    private static Attribution hoped(int contentEnd) {
        Attribution hoped = new Attribution(19, contentEnd, QuoteKind.INDIRECT); // "the road would open soon"
        hoped.cue(13, 18);
        return hoped;
    }

    @Test
    void aNestedStatementRunningPastTheOuterContentCompletesIt() {
        assertTrue(QuoteExtractor.runsOnPastItsOuter(hoped(43), outer()));
    }

    @Test
    void aNestedStatementEndingInsideTheOuterContentIsOnlyNested() {
        assertFalse(QuoteExtractor.runsOnPastItsOuter(hoped(26), outer()));
    }

    @Test
    void anOuterCueAfterItsContentDoesNotSwallowTheNextStatement() {
        Attribution trailing = new Attribution(0, 27, QuoteKind.INDIRECT);
        trailing.cue(30, 34);
        assertFalse(QuoteExtractor.runsOnPastItsOuter(hoped(43), trailing));
    }
}
