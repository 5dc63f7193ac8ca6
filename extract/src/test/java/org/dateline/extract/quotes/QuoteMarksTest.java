package org.dateline.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static List<QuoteMarks.Quoted> find(String text) {
        return QuoteMarks.find(text, QuoteExtractor.blankLineBlocks(text));
    }

    private static String content(String text, QuoteMarks.Quoted q) {
        return text.substring(q.contentBegin(), q.contentEnd());
    }

    @Test
    void curlyAndStraightMarksArePairedAndTheFramingCommaDropped() {
        String text = "“The dam will hold,” the engineer said. Her deputy added: \"We checked twice.\"";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(2, q.size());
        assertEquals("The dam will hold", content(text, q.get(0)));
        assertEquals("We checked twice.", content(text, q.get(1)));
        assertTrue(q.get(0).closed());
    }

    @Test
    void aQuotationOverSeveralParagraphsContinuesOnlyWhenTheNextOneOpensWithAMark() {
        String text = "The mayor said: “Water is rising in the east.\n\n“We have moved the families out.”\n\nLater, the rain stopped.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(1, q.size());
        assertTrue(content(text, q.get(0)).startsWith("Water is rising"));
        assertTrue(content(text, q.get(0)).endsWith("families out."));
    }

    @Test
    void anUnbalancedMarkEndsWithItsParagraph() {
        String text = "He called it “a mess and left.\n\nThe second paragraph has no marks at all.\n\nNor does the third.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(1, q.size());
        assertFalse(q.get(0).closed());
        assertEquals("a mess and left.", content(text, q.get(0)));
    }

    @Test
    void inchMarksAreNoQuotations() {
        String text = "The guard, who is 6'2\" tall, carried a 12\" pipe. \"Stop there,\" he shouted.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(1, q.size());
        assertEquals("Stop there", content(text, q.get(0)));
    }

    @Test
    void nestedQuotationsStayInsideTheOuterOne() {
        String text = "\"The letter said “come home” and nothing more,\" she recalled.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(1, q.size());
        assertEquals("The letter said “come home” and nothing more", content(text, q.get(0)));
    }

    @Test
    void aFiveThousandWordQuotationIsOneQuotationAndTheNextParagraphIsFree() {
        String longQuote = "word ".repeat(5000).trim();
        String text = "She read: “" + longQuote + "”\n\nAfterwards “a short one” appeared.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(2, q.size());
        assertEquals(longQuote, content(text, q.get(0)));
        assertEquals("a short one", content(text, q.get(1)));
    }

    @Test
    void typewriterDoubleApostrophesPairLikeMarks() {
        String text = "Critics called him ''a genius'' for it.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(1, q.size());
        assertEquals("a genius", content(text, q.get(0)));
    }

    @Test
    void inchMarksInsideAQuotationDoNotCloseIt() {
        String text = "\"He is 5'11\" and carried a 12\" pipe to the gate,\" the guard said.\n\nThe gate stayed shut.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(1, q.size());
        assertEquals("He is 5'11\" and carried a 12\" pipe to the gate", content(text, q.get(0)));
    }

    @Test
    void aStrayMarkAfterAnInchMarkSwallowsNothing() {
        String text = "The 12\" pipe burst. A plumber said \"it was old.\n\nThe street flooded.\n\nCrews came at noon.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(1, q.size());
        assertEquals("it was old.", content(text, q.get(0)));
        assertFalse(q.get(0).closed());
    }

    @Test
    void aMarkSetApartAfterAnInnerQuotationClosesTheOuterOne() {
        String text = "\"The ferry crew kept shouting 'hold the rail,' \" the passenger told reporters, adding that "
                + "nobody was hurt. \"Why wait? \" she asked.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(2, q.size());
        assertEquals("The ferry crew kept shouting 'hold the rail,'", content(text, q.get(0)));
        assertTrue(q.get(0).closed());
        assertEquals("Why wait?", content(text, q.get(1)));
    }

    @Test
    void aLoneMarkAfterAWordStaysUnpaired() {
        String text = "The sign read 12 \" wide. \"We measured it,\" the clerk said.";
        List<QuoteMarks.Quoted> q = find(text);
        assertEquals(1, q.size());
        assertEquals("We measured it", content(text, q.get(0)));
    }
}
