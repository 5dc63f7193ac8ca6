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

/** Whose words a quotation is when its clause has no cue we know; on hand-built parses (sentences written for the test). */
class QuotingClauseTest {
    @Test
    void aQuotationInsideAClauseIsItsSubjects() {
        Sentence s = sentence("Whitby/Whitby/NNP/PERSON branded/brand/VBD the/the/DT levy/levy/NN a/a/DT “/“/`` tax/tax/NN "
                        + "on/on/IN every/every/DT boat/boat/NN in/in/IN the/the/DT harbour/harbour/NN ”/”/'' ././.",
                "nsubj 1 0", "root -1 1", "det 3 2", "obj 1 3", "det 6 4", "punct 6 5", "xcomp 1 6", "case 9 7",
                "det 9 8", "nmod 6 9", "case 12 10", "det 12 11", "nmod 9 12", "punct 6 13", "punct 1 14");
        Attribution a = attributed(s, "tax on every boat in the harbour");
        assertEquals("Whitby", speakerOf(s, a));
        assertEquals("branded", cueOf(s, a));
    }

    @Test
    void aQuotationBeforeItsClauseIsItsSubjectsToo() {
        // "“The port will stay open for now,” Whitby fumed." with an unknown verb of saying
        Sentence s = sentence("“/“/`` The/the/DT port/port/NN will/will/MD stay/stay/VB open/open/JJ for/for/IN now/now/RB ,/,/, "
                        + "”/”/'' Whitby/Whitby/NNP/PERSON fumed/fume/VBD ././.",
                "punct 4 0", "det 2 1", "nsubj 4 2", "aux 4 3", "ccomp 11 4", "xcomp 4 5", "case 7 6", "obl 4 7",
                "punct 4 8", "punct 11 9", "nsubj 11 10", "root -1 11", "punct 11 12");
        Attribution a = attributed(s, "The port will stay open for now ,");
        assertEquals("Whitby", speakerOf(s, a));
    }

    @Test
    void wordsHeldByANounOfSayingAreItsPossessors() {
        Sentence s = sentence("Papers/paper/NNS repeated/repeat/VBD her/her/PRP$ remark/remark/NN that/that/IN "
                        + "“/“/`` the/the/DT port/port/NN is/be/VBZ not/not/RB mine/mine/PRP to/to/TO close/close/VB ”/”/''",
                "nsubj 1 0", "root -1 1", "nmod:poss 3 2", "obj 1 3", "mark 10 4", "punct 10 5", "det 7 6",
                "nsubj 10 7", "cop 10 8", "advmod 10 9", "acl 3 10", "mark 12 11", "xcomp 10 12", "punct 10 13");
        Attribution a = attributed(s, "the port is not mine to close");
        assertEquals("her", speakerOf(s, a));
        assertEquals("remark", cueOf(s, a));
    }

    @Test
    void aDemonstrativeSubjectSpeaksForNobody() {
        // "That makes her “a good neighbour to every boat here”": the words are someone else's, said before
        Sentence s = sentence("That/that/DT makes/make/VBZ her/her/PRP “/“/`` a/a/DT good/good/JJ neighbour/neighbour/NN "
                        + "to/to/IN every/every/DT boat/boat/NN here/here/RB ”/”/''",
                "nsubj 1 0", "root -1 1", "obj 1 2", "punct 6 3", "det 6 4", "amod 6 5", "xcomp 1 6", "case 9 7",
                "det 9 8", "nmod 6 9", "advmod 6 10", "punct 6 11");
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, "a good neighbour to every boat here");
        Attribution a = new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
        assertFalse(QuotingClause.speaker(new AnnotatedText(text, List.of(s), List.of(), List.of()), q, List.of(q), a));
    }

    private static Attribution attributed(Sentence s, String content) {
        String text = text(s);
        QuoteMarks.Quoted q = quoted(text, content);
        Attribution a = new Attribution(q.contentBegin(), q.contentEnd(), QuoteKind.DIRECT);
        assertTrue(QuotingClause.speaker(new AnnotatedText(text, List.of(s), List.of(), List.of()), q, List.of(q), a));
        return a;
    }

    /** The quotation of {@code content} between the marks around it (one space on each side). */
    private static QuoteMarks.Quoted quoted(String text, String content) {
        int begin = text.indexOf(content);
        int end = begin + content.length();
        return new QuoteMarks.Quoted(begin - 2, begin, end, end + 2, true);
    }

    private static String speakerOf(Sentence s, Attribution a) {
        return text(s).substring(a.speakerBegin, a.speakerEnd);
    }

    private static String cueOf(Sentence s, Attribution a) {
        return text(s).substring(a.cueBegin, a.cueEnd);
    }
}
