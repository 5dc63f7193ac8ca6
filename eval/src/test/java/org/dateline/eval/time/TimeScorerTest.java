package org.dateline.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeScorerTest {
    private static Timex t(int begin, int end, String value) {
        return new Timex(begin, end, "x".repeat(end - begin), "DATE", value);
    }

    @Test
    void overlapMatchesOneToOneLargestOverlapFirst() {
        // one prediction covers two gold times: it matches the one it shares most with
        List<Timex> gold = List.of(t(0, 3, "a"), t(4, 12, "b"));
        List<Timex> predicted = List.of(t(2, 12, "B"), t(20, 25, "c"));
        List<TimeScorer.Match> matches = TimeScorer.match(gold, predicted);
        assertEquals(1, matches.size());
        assertEquals(gold.get(1), matches.get(0).gold());
        TimeScores s = TimeScorer.score(gold, predicted);
        assertEquals(new TimeScores(2, 2, 1, 1), s);
        assertEquals(0.5, s.spanPrecision(), 1e-9);
        assertEquals(0.5, s.spanRecall(), 1e-9);
        assertEquals(1.0, s.valueAccuracy(), 1e-9);
        assertEquals(0.5, s.valueF1(), 1e-9);
    }

    @Test
    void touchingSpansDoNotOverlapAndMissingValuesNeverAgree() {
        assertEquals(0, TimeScorer.match(List.of(t(0, 3, "a")), List.of(t(3, 6, "a"))).size());
        TimeScores s = TimeScorer.score(List.of(t(0, 3, null)), List.of(t(0, 3, null)));
        assertEquals(new TimeScores(1, 1, 1, 0), s);
        assertEquals(0.0, s.valueF1(), 1e-9);
    }

    @Test
    void valuesCompareIgnoringCase() {
        TimeScores s = TimeScorer.score(List.of(t(0, 3, "PRESENT_REF"), t(5, 9, "2023-11-23TNI")),
                List.of(t(0, 3, "present_ref"), t(5, 9, "2023-11-23TMO")));
        assertEquals(new TimeScores(2, 2, 2, 1), s);
        assertEquals(0.5, s.valueAccuracy(), 1e-9);
    }

    @Test
    void nothingPredictedScoresZeroWithoutDividingByZero() {
        TimeScores s = TimeScorer.score(List.of(t(0, 3, "a")), List.of());
        assertEquals(0.0, s.spanPrecision());
        assertEquals(0.0, s.spanF1());
        assertEquals(0.0, s.valueAccuracy());
    }
}
