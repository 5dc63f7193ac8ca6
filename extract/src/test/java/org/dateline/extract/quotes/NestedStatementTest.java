package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    // "Ida told her it was late, according to an aide."
    //  0   4    9   13 16  20  24 26        36 39 42
    private static final String TOLD = "Ida told her it was late, according to an aide.";

    private static Attribution told() {
        Attribution told = new Attribution(13, 46, QuoteKind.INDIRECT); // "it was late, according to an aide"
        told.cue(4, 8);
        told.speakerBegin = 0;
        told.speakerEnd = 3;
        return told;
    }

    private static Attribution accordingTo(int cueBegin, int speakerEnd) {
        Attribution according = new Attribution(13, 24, QuoteKind.INDIRECT);
        according.cue(cueBegin, cueBegin + 12);
        according.speakerBegin = cueBegin + 13;
        according.speakerEnd = speakerEnd;
        return according;
    }

    @Test
    void aTrailingAccordingToEndsTheOuterContentAndReportsTheWholeStatement() {
        Attribution told = told();
        Attribution according = accordingTo(26, 46);
        List<Attribution> kept = QuoteExtractor.withoutNested(TOLD, List.of(told, according));
        assertEquals(2, kept.size());
        assertEquals("it was late", TOLD.substring(told.contentBegin, told.contentEnd));
        assertEquals("Ida told her it was late", TOLD.substring(according.contentBegin, according.contentEnd));
    }

    @Test
    void anAccordingToFollowedByMoreOfTheStatementStaysNested() {
        // "Ida told her, according to an aide, it was late." : the phrase sits inside what she told
        String text = "Ida told her, according to an aide, it was late.";
        Attribution told = new Attribution(9, 47, QuoteKind.INDIRECT);
        told.cue(4, 8);
        Attribution according = new Attribution(36, 47, QuoteKind.INDIRECT);
        according.cue(14, 26);
        according.speakerBegin = 27;
        according.speakerEnd = 34;
        List<Attribution> kept = QuoteExtractor.withoutNested(text, List.of(told, according));
        assertEquals(List.of(told), kept);
        assertEquals(47, told.contentEnd);
    }
}
