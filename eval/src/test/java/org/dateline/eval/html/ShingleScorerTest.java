package org.dateline.eval.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    private static final double EPS = 1e-9;

    @Test
    void identicalTextsScoreOne() {
        ShingleScorer.PageScore s = ShingleScorer.score("The ferry will stop at the end of the month.",
                "The ferry will stop at the end of the month.");
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
        assertEquals(1.0, s.tp(), EPS);
    }

    @Test
    void disjointTextsScoreZero() {
        ShingleScorer.PageScore s = ShingleScorer.score("one two three four five", "six seven eight nine ten");
        assertEquals(0.0, s.precision(), EPS);
        assertEquals(0.0, s.recall(), EPS);
    }

    @Test
    void emptyAgainstEmptyCountsOne() {
        ShingleScorer.PageScore s = ShingleScorer.score("", "...");
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
        ShingleScorer.Totals t = ShingleScorer.totals(List.of(s));
        assertEquals(1.0, t.f1(), EPS);
    }

    @Test
    void tokensAreUnicodeWordsWithCaseKept() {
        assertEquals(List.of("Café", "Dupré", "s", "2024", "naïve", "x_y"),
                ShingleScorer.tokens("Café—Dupré's 2024 «naïve» x_y!"));
    }

    @Test
    void shinglesAreAMultisetOfFourTokenWindows() {
        Map<List<String>, Integer> s = ShingleScorer.shingles("a b c d a b c d");
        assertEquals(2, s.get(List.of("a", "b", "c", "d")));
        assertEquals(1, s.get(List.of("b", "c", "d", "a")));
        assertEquals(4, s.size());
    }

    @Test
    void shortTextIsOneShorterShingle() {
        assertEquals(Map.of(List.of("two", "words"), 1), ShingleScorer.shingles("two words"));
        assertEquals(Map.of(), ShingleScorer.shingles("  !! "));
    }

    @Test
    void countsAreNormalisedToSumOne() {
        // truth has 3 shingles (a b c d, b c d e, c d e f); prediction has 2, one shared
        ShingleScorer.PageScore s = ShingleScorer.score("a b c d e f", "a b c d x");
        assertEquals(1.0 / 4, s.tp(), EPS);
        assertEquals(1.0 / 4, s.fp(), EPS);
        assertEquals(2.0 / 4, s.fn(), EPS);
        assertEquals(0.5, s.precision(), EPS);
        assertEquals(1.0 / 3, s.recall(), EPS);
    }

    @Test
    void averagesArePerPageAndF1ComesFromTheAverages() {
        ShingleScorer.PageScore perfect = ShingleScorer.score("a b c d e", "a b c d e");
        ShingleScorer.PageScore half = ShingleScorer.score("a b c d e f", "a b c d x");
        ShingleScorer.Totals t = ShingleScorer.totals(List.of(perfect, half));
        double p = (1 + 0.5) / 2;
        double r = (1 + 1.0 / 3) / 2;
        assertEquals(p, t.precision(), EPS);
        assertEquals(r, t.recall(), EPS);
        assertEquals(2 * p * r / (p + r), t.f1(), EPS);
    }

    @Test
    void emptyPredictionLowersRecallButIsLeftOutOfPrecision() {
        ShingleScorer.PageScore missed = ShingleScorer.score("a b c d e", "");
        ShingleScorer.PageScore perfect = ShingleScorer.score("a b c d e", "a b c d e");
        ShingleScorer.Totals t = ShingleScorer.totals(List.of(missed, perfect));
        assertEquals(1.0, t.precision(), EPS);
        assertEquals(0.5, t.recall(), EPS);
    }
}
