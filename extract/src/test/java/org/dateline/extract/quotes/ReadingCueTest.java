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

/** "read" beside a quotation's marks is its cue and what reads speaks; on hand-built parses (sentences written for the test). */
class ReadingCueTest {
    @Test
    void whatReadsAfterTheQuotationSpeaks() {
        Sentence s = sentence("“/“/`` The/the/DT port/port/NN stays/stay/VBZ open/open/JJ ,/,/, ”/”/'' the/the/DT "
                        + "email/email/NN read/read/VBD ./././.",
                "punct 3 0", "det 2 1", "nsubj 3 2", "ccomp 9 3", "xcomp 3 4", "punct 3 5", "punct 3 6", "det 8 7",
                "nsubj 9 8", "root -1 9", "punct 9 10");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "The port stays open ,");
        Attribution a = attribution(q);
        assertTrue(ReadingCue.after(nlp(text, s), q, List.of(q), a));
        assertEquals("the email", text.substring(a.speakerBegin, a.speakerEnd));
        assertEquals("read", text.substring(a.cueBegin, a.cueEnd));
    }

    @Test
    void anInvertedReadHasItsCarrierAfterIt() {
        Sentence s = sentence("“/“/`` The/the/DT port/port/NN stays/stay/VBZ open/open/JJ ,/,/, ”/”/'' read/read/VBD "
                        + "the/the/DT statement/statement/NN ./././.",
                "punct 3 0", "det 2 1", "nsubj 3 2", "ccomp 7 3", "xcomp 3 4", "punct 3 5", "punct 3 6", "root -1 7",
                "det 9 8", "obj 7 9", "punct 7 10");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "The port stays open ,");
        Attribution a = attribution(q);
        assertTrue(ReadingCue.after(nlp(text, s), q, List.of(q), a));
        assertEquals("the statement", text.substring(a.speakerBegin, a.speakerEnd));
    }

    @Test
    void anotherVerbAfterTheQuotationIsNoReading() {
        Sentence s = sentence("“/“/`` The/the/DT port/port/NN stays/stay/VBZ open/open/JJ ,/,/, ”/”/'' Lee/Lee/NNP/PERSON "
                        + "said/say/VBD ./././.",
                "punct 3 0", "det 2 1", "nsubj 3 2", "ccomp 8 3", "xcomp 3 4", "punct 3 5", "punct 3 6", "nsubj 8 7",
                "root -1 8", "punct 8 9");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "The port stays open ,");
        assertFalse(ReadingCue.after(nlp(text, s), q, List.of(q), attribution(q)));
    }

    @Test
    void aSignThatReadsBeforeTheQuotationSpeaks() {
        Sentence s = sentence("One/one/CD sign/sign/NN read/read/VBD :/:/: “/“/`` Keep/keep/VB the/the/DT port/port/NN "
                        + "open/open/JJ ”/”/''",
                "nummod 1 0", "nsubj 2 1", "root -1 2", "punct 2 3", "punct 5 4", "ccomp 2 5", "det 7 6", "obj 5 7",
                "xcomp 5 8", "punct 5 9");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "Keep the port open");
        Attribution a = attribution(q);
        assertTrue(ReadingCue.before(nlp(text, s), q, List.of(q), a));
        assertEquals("One sign", text.substring(a.speakerBegin, a.speakerEnd));
        assertEquals("read", text.substring(a.cueBegin, a.cueEnd));
    }

    @Test
    void someoneReadingAloudBeforeTheQuotationIsNoCueHere() {
        Sentence s = sentence("Lee/Lee/NNP/PERSON read/read/VBD it/it/PRP aloud/aloud/RB :/:/: “/“/`` Keep/keep/VB "
                        + "the/the/DT port/port/NN open/open/JJ ”/”/''",
                "nsubj 1 0", "root -1 1", "obj 1 2", "advmod 1 3", "punct 1 4", "punct 6 5", "parataxis 1 6",
                "det 8 7", "obj 6 8", "xcomp 6 9", "punct 6 10");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "Keep the port open");
        assertFalse(ReadingCue.before(nlp(text, s), q, List.of(q), attribution(q)));
    }

    private static AnnotatedText nlp(String text, Sentence s) {
        return new AnnotatedText(text, List.of(s), List.of(), List.of());
    }

    private static Attribution attribution(QuoteMarks.Quoted q) {
        return new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
    }

    /** The quotation around {@code content}: a mark and a space on either side. */
    private static QuoteMarks.Quoted quoted(String text, String content) {
        int begin = text.indexOf(content);
        int end = begin + content.length();
        return new QuoteMarks.Quoted(begin - 2, begin, end, end + 2, true);
    }
}
