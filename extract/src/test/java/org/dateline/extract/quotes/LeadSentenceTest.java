package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "Whitby agreed. “...”": the sentence before a quotation introduces it; on hand-built parses (sentences written for the test). */
class LeadSentenceTest {
    private static final String QUOTE = "“/“/`` The/the/DT port/port/NN must/must/MD stay/stay/VB open/open/JJ ”/”/''";
    private static final String[] QUOTE_EDGES = {"punct 4 0", "det 2 1", "nsubj 4 2", "aux 4 3", "root -1 4",
        "xcomp 4 5", "punct 4 6"};

    @Test
    void aCueSentenceRightBeforeTheQuotationGivesItsSubject() {
        Attribution a = attribute("Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON agreed/agree/VBD ././.",
                " ", "compound 1 0", "nsubj 2 1", "root -1 2", "punct 2 3");
        assertTrue(a.hasSpeaker());
        assertEquals("Ann Whitby", lastText.substring(a.speakerBegin, a.speakerEnd));
        assertEquals("agreed", lastText.substring(a.cueBegin, a.cueEnd));
    }

    @Test
    void notAcrossAParagraphNorAfterASentenceWithoutACue() {
        assertFalse(attribute("Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON agreed/agree/VBD ././.",
                "\n\n", "compound 1 0", "nsubj 2 1", "root -1 2", "punct 2 3").hasSpeaker());
        assertFalse(attribute("Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON arrived/arrive/VBD ././.",
                " ", "compound 1 0", "nsubj 2 1", "root -1 2", "punct 2 3").hasSpeaker());
    }

    private static String lastText;

    private static Attribution attribute(String lead, String between, String... leadEdges) {
        StringBuilder text = new StringBuilder();
        Sentence first = HandText.append(0, text, lead, leadEdges);
        text.append(between);
        Sentence second = HandText.append(1, text, QUOTE, QUOTE_EDGES);
        lastText = text.toString();
        int begin = second.token(1).begin();
        int end = second.token(5).end();
        QuoteMarks.Quoted q = new QuoteMarks.Quoted(begin - 2, begin, end, end + 2, true);
        Attribution a = new Attribution(begin, end, QuoteKind.DIRECT);
        AnnotatedText nlp = new AnnotatedText(lastText, List.of(first, second), List.of(), List.of());
        LeadSentence.speaker(nlp, q, List.of(q), a);
        return a;
    }
}
