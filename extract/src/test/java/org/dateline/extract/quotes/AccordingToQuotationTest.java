package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** A trailing "according to X" after a quotation's cue reports the quotation too ({@link AccordingToQuotation}). */
class AccordingToQuotationTest {
    private static final String TEXT = "\"We will win,\" Lee said, according to the Ledger.";

    private static Attribution accordingTo(String text) {
        int cue = text.indexOf("according to");
        Attribution a = new Attribution(text.indexOf("Lee"), text.indexOf(", according"), QuoteKind.INDIRECT);
        a.cue(cue, cue + "according to".length());
        return a;
    }

    @Test
    void theReportReachesBackOverTheQuotationClosedRightBeforeIt() {
        Attribution a = accordingTo(TEXT);
        QuoteMarks.Quoted q = new QuoteMarks.Quoted(0, 1, 12, 14, true);
        AccordingToQuotation.reachBack(TEXT, List.of(q), List.of(a));
        assertEquals("\"We will win,\" Lee said", TEXT.substring(a.contentBegin, a.contentEnd));
    }

    @Test
    void aQuotationWithWordsBetweenStaysApart() {
        String text = "\"We will win,\" and then Lee said, according to the Ledger.";
        Attribution a = accordingTo(text);
        QuoteMarks.Quoted q = new QuoteMarks.Quoted(0, 1, 12, 14, true);
        AccordingToQuotation.reachBack(text, List.of(q), List.of(a));
        assertEquals("Lee said", text.substring(a.contentBegin, a.contentEnd));
    }
}
