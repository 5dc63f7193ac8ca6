package org.dateline.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
    private static GoldAttribution gold(int cb, int ce, int sb, int se) {
        return new GoldAttribution("E", List.of(new TextRange(cb, ce)),
                sb < 0 ? List.of() : List.of(new TextRange(sb, se)), List.of());
    }

    private static PredictedAttribution pred(int cb, int ce, int sb, int se) {
        return new PredictedAttribution(List.of(new TextRange(cb, ce)),
                sb < 0 ? List.of() : List.of(new TextRange(sb, se)));
    }

    @Test
    void overlapOfHalfTheShorterSpanIsAMatch() {
        // gold 100..200 (100 chars), prediction 150..170 (20 chars) lies inside: overlap 20 >= 10
        QuoteCounts c = QuoteScorer.score(List.of(gold(100, 200, 0, 5)), List.of(pred(150, 170, 0, 5))).counts();
        assertEquals(1, c.matched());
        assertEquals(1, c.attributed());
    }

    @Test
    void lessThanHalfIsNoMatch() {
        // prediction 190..230 (40 chars) shares 10 with gold 100..200: 10 < 20
        QuoteCounts c = QuoteScorer.score(List.of(gold(100, 200, 0, 5)), List.of(pred(190, 230, 0, 5))).counts();
        assertEquals(0, c.matched());
        assertEquals(1, c.predicted());
        assertEquals(1, c.gold());
    }

    @Test
    void matchingIsOneToOneAndGreedyByOverlap() {
        // both predictions could match the one gold; the larger overlap takes it, the other is a false alarm
        QuoteScorer.Scored s = QuoteScorer.score(List.of(gold(0, 100, 200, 210)),
                List.of(pred(0, 40, 200, 210), pred(10, 100, 300, 310)));
        assertEquals(1, s.counts().matched());
        assertEquals(1, s.matches().get(0).predicted());
        assertEquals(0, s.counts().attributed(), "the winning prediction has the wrong speaker");
        assertEquals(0.5, s.counts().content().precision(), 1e-9);
        assertEquals(1.0, s.counts().content().recall(), 1e-9);
    }

    @Test
    void goldWithoutSourceCountsForContentOnly() {
        QuoteCounts c = QuoteScorer.score(List.of(gold(0, 50, -1, -1), gold(100, 150, 160, 170)),
                List.of(pred(0, 50, -1, -1), pred(100, 150, 165, 170))).counts();
        assertEquals(2, c.matched());
        assertEquals(1, c.goldWithSource());
        assertEquals(1, c.predictedScorable(), "the prediction matched to the source-less gold is not scored");
        assertEquals(1.0, c.attribution().f1(), 1e-9);
    }

    @Test
    void discontinuousContentOverlapsPieceByPiece() {
        GoldAttribution g = new GoldAttribution("E", List.of(new TextRange(0, 30), new TextRange(50, 80)),
                List.of(new TextRange(35, 40)), List.of());
        PredictedAttribution p = new PredictedAttribution(List.of(new TextRange(2, 28), new TextRange(52, 78)),
                List.of(new TextRange(35, 38)));
        QuoteCounts c = QuoteScorer.score(List.of(g), List.of(p)).counts();
        assertEquals(1, c.attributed());
    }

    @Test
    void aPredictedSpeakerBesideTheSourceIsWrong() {
        QuoteCounts c = QuoteScorer.score(List.of(gold(0, 50, 60, 65)), List.of(pred(0, 50, 65, 70))).counts();
        assertEquals(1, c.matched());
        assertEquals(0, c.attributed());
        assertEquals(0.0, c.attribution().f1(), 1e-9);
    }
}
