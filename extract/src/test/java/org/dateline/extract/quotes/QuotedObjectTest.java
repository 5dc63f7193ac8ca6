package org.dateline.extract.quotes;

import static org.dateline.extract.quotes.HandParse.sentence;
import static org.dateline.extract.quotes.HandParse.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.QuoteKind;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Short quotations in what a person's verb takes; on hand-built parses (sentences written for the test). */
class QuotedObjectTest {
    /** "Okafor praised the harbour master as a “steady hand” ." */
    private static final String PRAISED = "Okafor/Okafor/NNP/PERSON praised/praise/VBD the/the/DT harbour/harbour/NN "
            + "master/master/NN as/as/IN a/a/DT “/“/`` steady/steady/JJ hand/hand/NN ”/”/'' ././.";
    private static final String[] PRAISED_DEPS = {"nsubj 1 0", "root -1 1", "det 4 2", "compound 4 3", "obj 1 4",
            "case 9 5", "det 9 6", "punct 9 7", "amod 9 8", "obl 1 9", "punct 9 10", "punct 1 11"};

    @Test
    void theSubjectSaysWhatItsVerbTakesWithTheQuotedWords() {
        Sentence s = sentence(PRAISED, PRAISED_DEPS);
        String text = text(s);
        Attribution a = attribute(s, "steady hand");
        assertTrue(a != null);
        assertEquals("the harbour master as a “ steady hand ”", text.substring(a.contentBegin, a.contentEnd));
        assertEquals(QuoteKind.MIXED, a.kind);
        assertEquals("Okafor", text.substring(a.speakerBegin, a.speakerEnd));
        assertEquals("praised", text.substring(a.cueBegin, a.cueEnd));
    }

    @Test
    void aNounForPeopleQuotesToo() {
        Sentence s = sentence(PRAISED.replace("Okafor/Okafor/NNP/PERSON", "senator/senator/NN"), PRAISED_DEPS);
        Attribution a = attribute(s, "steady hand");
        assertTrue(a != null);
        assertEquals("senator", text(s).substring(a.speakerBegin, a.speakerEnd));
    }

    @Test
    void aThingAsSubjectQuotesNobody() {
        // "The report praised ...": no person or organization holds the words
        Sentence s = sentence(PRAISED.replace("Okafor/Okafor/NNP/PERSON", "report/report/NN"), PRAISED_DEPS);
        assertEquals(null, attribute(s, "steady hand"));
    }

    @Test
    void theNameOfAShowIsNobodysWords() {
        Sentence s = sentence("Okafor/Okafor/NNP/PERSON appeared/appear/VBD on/on/IN “/“/`` Harbour/Harbour/NNP "
                        + "Tonight/Tonight/NNP ”/”/'' ././.",
                "nsubj 1 0", "root -1 1", "case 5 2", "punct 5 3", "compound 5 4", "obl 1 5", "punct 5 6", "punct 1 7");
        assertEquals(null, attribute(s, "Harbour Tonight"));
        assertTrue(QuotedObject.isTitle("Meet the Press"));
        assertFalse(QuotedObject.isTitle("steady hand"));
    }

    private static Attribution attribute(Sentence s, String content) {
        String text = text(s);
        int begin = text.indexOf(content);
        int end = begin + content.length();
        QuoteMarks.Quoted q = new QuoteMarks.Quoted(begin - 2, begin, end, end + 2, true);
        Attribution a = new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
        return QuotedObject.statement(new AnnotatedText(text, List.of(s), List.of(), List.of()), q, List.of(q), a) ? a : null;
    }
}
