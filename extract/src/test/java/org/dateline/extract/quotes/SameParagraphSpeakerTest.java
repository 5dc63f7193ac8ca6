package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** A speakerless quotation continues the last statement with a speaker in its paragraph; on offsets alone (texts written for the test). */
class SameParagraphSpeakerTest {
    @Test
    void aQuotationAfterAMixedStatementInItsParagraphTakesItsSpeaker() {
        String text = "Lee said the port was “safe” for now, a relief to the crews. “We will reopen it next week for all boats.”";
        Attribution later = quotationAfter(text, "We will");
        assertTrue(SameParagraphSpeaker.speaker(text, quoted(text, "We will"), List.of(mixed(text)), later));
        assertEquals("Lee", text.substring(later.speakerBegin, later.speakerEnd));
        assertEquals("said", text.substring(later.cueBegin, later.cueEnd));
    }

    @Test
    void aParagraphBreakEndsTheReach() {
        String text = "Lee said the port was “safe” for now, a relief to the crews.\n\n“We will reopen it next week for all boats.”";
        Attribution later = quotationAfter(text, "We will");
        assertFalse(SameParagraphSpeaker.speaker(text, quoted(text, "We will"), List.of(mixed(text)), later));
        assertFalse(later.hasSpeaker());
    }

    @Test
    void aQuotationInsideASentenceBelongsToThatSentence() {
        String text = "Lee said the port was “safe” for now, a relief. The rules barred them “from using it next week for boats.”";
        Attribution later = quotationAfter(text, "from using");
        assertFalse(SameParagraphSpeaker.speaker(text, quoted(text, "from using"), List.of(mixed(text)), later));
    }

    /** "Lee said the port was “safe” for now": a mixed statement, speaker "Lee", cue "said". */
    private static Attribution mixed(String text) {
        Attribution a = new Attribution(text.indexOf("the port"), text.indexOf(" for now") + 8, QuoteKind.MIXED);
        a.cue(text.indexOf("said"), text.indexOf("said") + 4);
        a.speaker(null, 0, new int[] {0, 3});
        return a;
    }

    private static Attribution quotationAfter(String text, String start) {
        QuoteMarks.Quoted q = quoted(text, start);
        return new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
    }

    private static QuoteMarks.Quoted quoted(String text, String start) {
        int begin = text.indexOf(start);
        int end = text.lastIndexOf('”');
        return new QuoteMarks.Quoted(begin - 1, begin, end, end + 1, true);
    }
}
