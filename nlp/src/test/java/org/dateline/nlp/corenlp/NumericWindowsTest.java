package org.dateline.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dateline.nlp.corenlp.NumericWindows.Span;
import org.junit.jupiter.api.Test;

class NumericWindowsTest {
    private static List<Span> windows(String sentence, int margin) {
        List<String> words = Arrays.asList(sentence.split(" "));
        return NumericWindows.windows(words, Collections.nCopies(words.size(), "NN"), margin);
    }

    @Test
    void aSentenceWithoutNumbersOrTimesHasNoWindow() {
        assertEquals(List.of(), windows("The minister met union leaders in the harbour town", 8));
    }

    @Test
    void aTriggerGetsTheMarginEitherSideClippedToTheSentence() {
        // "Tuesday" is token 3 of 12
        assertEquals(List.of(new Span(1, 6)), windows("They met on Tuesday in the old harbour town of Lumen again", 2));
        assertEquals(List.of(new Span(0, 12)), windows("They met on Tuesday in the old harbour town of Lumen again", 20));
    }

    @Test
    void overlappingAndTouchingWindowsMergeSoNoExpressionIsCut() {
        // triggers at 1 and 5 with margin 2: [0,4) and [3,8) overlap
        assertEquals(List.of(new Span(0, 8)), windows("on Monday the talks resumed Friday with their envoys", 2));
        // triggers at 1 and 6 with margin 2: [0,4) and [4,9) touch
        assertEquals(List.of(new Span(0, 9)), windows("on Monday the talks went on Friday with the envoys", 2));
        // triggers at 0 and 8 with margin 2: [0,3) and [6,11) stay apart
        assertEquals(List.of(new Span(0, 3), new Span(6, 11)),
                windows("Yesterday the envoy said that talks would resume tomorrow in Lumen", 2));
    }

    @Test
    void digitsCardinalTagsAndMoneyOrPercentSignsTrigger() {
        assertTrue(NumericWindows.isTrigger("2024", "CD"));
        assertTrue(NumericWindows.isTrigger("3:15", "NN"));
        assertTrue(NumericWindows.isTrigger("umpteen", "CD"));
        assertTrue(NumericWindows.isTrigger("$", "$"));
        assertTrue(NumericWindows.isTrigger("%", "NN"));
        assertFalse(NumericWindows.isTrigger("harbour", "NN"));
    }

    @Test
    void timeAndNumberWordsTriggerInAnyCaseAndForm() {
        for (String w : List.of("Tuesday", "Sept.", "yesterday", "ago", "weeks", "Mornings", "decade", "centuries",
                "half", "dozens", "twenty", "hundred", "first", "Twelfth", "mid-March", "two-day", "year-long",
                "annual", "Christmas", "now", "recently", "o'clock", "p.m.", "Seventies", "nineties")) {
            assertTrue(NumericWindows.isTrigger(w, "NN"), w);
        }
        for (String w : List.of("minister", "said", "Lumen", "s", "talks", "on")) {
            assertFalse(NumericWindows.isTrigger(w, "NN"), w);
        }
    }
}
