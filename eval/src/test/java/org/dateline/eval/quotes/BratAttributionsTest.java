package org.dateline.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratAttributionsTest {
    private static final String ANN = String.join("\n",
            "T1\tSource 0 5\tMaria",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 12 20;30 41\tthe rain stops soon",
            "T4\tAttribution 6 10\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 50 60\tsome words",
            "T6\tCue 61 65\tsaid",
            "E2\tCue:T6 Content:T5",
            "T7\tCue 70 74\tsaid",
            "E3\tCue:T7",
            "");

    @Test
    void readsDiscontinuousContentAndLinkedRoles() {
        List<GoldAttribution> gold = BratAttributions.parse(ANN, "tiny.ann");
        assertEquals(2, gold.size(), "the event without content is no statement");
        GoldAttribution first = gold.get(0);
        assertEquals(List.of(new TextRange(12, 20), new TextRange(30, 41)), first.content());
        assertEquals(List.of(new TextRange(0, 5)), first.source());
        assertEquals(List.of(new TextRange(6, 10)), first.cue());
        assertTrue(first.hasSource());
    }

    @Test
    void anAttributionWithoutSourceHasNone() {
        GoldAttribution second = BratAttributions.parse(ANN, "tiny.ann").get(1);
        assertFalse(second.hasSource());
        assertEquals(List.of(new TextRange(50, 60)), second.content());
    }

    @Test
    void aBrokenRangeNamesTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BratAttributions.parse("T1\tContent 12 x\tabc\n", "broken.ann"));
        assertTrue(e.getMessage().contains("broken.ann:1"), e.getMessage());
    }

    @Test
    void coveredTextRunningOverALineBreakIsNoAnnotationLine() {
        String ann = "T1\tContent 0 9;12 30\tThe vote.\n\nThe count went on\nT2\tSource 31 36\tMaria\n"
                + "E1\tContent:T1 Source:T2\n";
        List<GoldAttribution> gold = BratAttributions.parse(ann, "wrapped.ann");
        assertEquals(1, gold.size());
        assertEquals(List.of(new TextRange(0, 9), new TextRange(12, 30)), gold.get(0).content());
        assertEquals(List.of(new TextRange(31, 36)), gold.get(0).source());
    }

    @Test
    void aLinkToAnUnknownTextBoundIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BratAttributions.parse("E1\tContent:T9\n", "dangling.ann"));
        assertTrue(e.getMessage().contains("T9"), e.getMessage());
    }
}
