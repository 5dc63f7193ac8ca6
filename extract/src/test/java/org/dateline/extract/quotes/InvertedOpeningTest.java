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

/** "Said Whitby: “...”" with the opening verb tagged a name; on hand-built parses (sentences written for the test). */
class InvertedOpeningTest {
    @Test
    void theNameAfterAnOpeningVerbOfSayingSpeaks() {
        Sentence s = sentence("Said/Said/NNP Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON :/:/: “/“/`` The/the/DT "
                        + "port/port/NN is/be/VBZ safe/safe/JJ ”/”/''",
                "compound 2 0", "compound 2 1", "root -1 2", "punct 2 3", "punct 8 4", "det 6 5", "nsubj 8 6",
                "cop 8 7", "dep 2 8", "punct 8 9");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "The port is safe");
        Attribution a = new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
        assertTrue(InvertedOpening.speaker(new AnnotatedText(text, List.of(s), List.of(), List.of()), q, List.of(q), a));
        assertEquals("Ann Whitby", text.substring(a.speakerBegin, a.speakerEnd));
        assertEquals("Said", text.substring(a.cueBegin, a.cueEnd));
    }

    @Test
    void aSentenceOpeningWithAnotherWordHasNoSuchSpeaker() {
        Sentence s = sentence("Sadly/sadly/RB Ann/Ann/NNP/PERSON Whitby/Whitby/NNP/PERSON :/:/: “/“/`` The/the/DT "
                        + "port/port/NN is/be/VBZ shut/shut/JJ ”/”/''",
                "advmod 2 0", "compound 2 1", "root -1 2", "punct 2 3", "punct 8 4", "det 6 5", "nsubj 8 6",
                "cop 8 7", "dep 2 8", "punct 8 9");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "The port is shut");
        Attribution a = new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
        assertFalse(InvertedOpening.speaker(new AnnotatedText(text, List.of(s), List.of(), List.of()), q, List.of(q), a));
    }

    private static QuoteMarks.Quoted quoted(String text, String content) {
        int begin = text.indexOf(content);
        int end = begin + content.length();
        return new QuoteMarks.Quoted(begin - 2, begin, end, end + 2, true);
    }
}
