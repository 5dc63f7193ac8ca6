package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

/**
 * A quotation run on from the paragraph before and closed by its cue in this one hands its speaker to the quotation
 * right after that cue; on offsets alone (texts written for the test, no parse needed).
 */
class RunOnQuotationTest {
    private static final String TEXT = "Lee spoke at the dock. “The water was cold.\n\n"
            + "“And then it rained,” Lee said. “We left early.”";
    private static final AnnotatedText NLP = new AnnotatedText(TEXT, List.of(), List.of(), List.of());

    @Test
    void theQuotationAfterTheCueOfARunOnQuotationTakesItsSpeaker() {
        Attribution runOn = new Attribution(TEXT.indexOf("The water"), TEXT.indexOf(",” Lee"), QuoteKind.DIRECT);
        runOn.cue(TEXT.indexOf("said"), TEXT.indexOf("said") + 4);
        int lee = TEXT.lastIndexOf("Lee");
        runOn.speaker(null, 0, new int[] {lee, lee + 3});
        Attribution later = later();
        assertTrue(QuoteAttributor.byPreviousParagraph(NLP, paragraphs(), laterQuotation(), List.of(runOn), later));
        assertEquals("Lee", TEXT.substring(later.speakerBegin, later.speakerEnd));
        assertEquals("said", TEXT.substring(later.cueBegin, later.cueEnd));
    }

    @Test
    void aQuotationEndingInAnEarlierParagraphHandsNothingOn() {
        Attribution earlier = new Attribution(TEXT.indexOf("The water"), TEXT.indexOf("cold.") + 5, QuoteKind.DIRECT);
        earlier.cue(0, 3);
        earlier.speaker(null, 0, new int[] {0, 3});
        Attribution later = later();
        assertFalse(QuoteAttributor.byPreviousParagraph(NLP, paragraphs(), laterQuotation(), List.of(earlier), later));
        assertFalse(later.hasSpeaker());
    }

    private static Attribution later() {
        QuoteMarks.Quoted q = laterQuotation();
        return new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
    }

    private static QuoteMarks.Quoted laterQuotation() {
        int begin = TEXT.indexOf("We left");
        int end = TEXT.indexOf("early.") + 6;
        return new QuoteMarks.Quoted(begin - 1, begin, end, end + 1, true);
    }

    private static List<int[]> paragraphs() {
        int second = TEXT.indexOf("“And");
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {0, TEXT.indexOf("\n\n")});
        out.add(new int[] {second, TEXT.length()});
        return out;
    }
}
