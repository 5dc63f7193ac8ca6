package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoScorerTest {
    // Dover and Calais (about 41 km apart); Paris about 260 km from Calais
    private static final GoldToponym DOVER = new GoldToponym(0, 5, "Dover", 51.126, 1.313);
    private static final GoldToponym CALAIS = new GoldToponym(10, 16, "Calais", 50.952, 1.856);
    private static final GoldToponym HARBOUR = new GoldToponym(20, 27, "harbour", null, null);

    @Test
    void haversineKnowsSomeDistances() {
        assertEquals(0, GeoScorer.distanceKm(10, 20, 10, 20), 1e-9);
        assertEquals(111.2, GeoScorer.distanceKm(0, 0, 1, 0), 0.1);
        assertEquals(20015, GeoScorer.distanceKm(0, 0, 0, 180), 2);
        assertEquals(41, GeoScorer.distanceKm(51.126, 1.313, 50.952, 1.856), 2);
    }

    @Test
    void overlapIsEnoughToMatchAndDistanceDecidesAccuracy() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(DOVER, CALAIS, HARBOUR), List.of(
                new PredictedToponym(0, 3, 51.13, 1.31),        // partial overlap with Dover, right place
                new PredictedToponym(12, 20, 48.857, 2.352)));  // overlaps Calais, resolved to Paris
        assertEquals(2, s.gold());
        assertEquals(2, s.matched());
        assertEquals(0, s.falsePositives());
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertEquals(0.5, s.accuracyAt161Km(), 1e-9);
        assertTrue(s.medianErrorKm() > 100 && s.medianErrorKm() < 200, "median " + s.medianErrorKm());
    }

    @Test
    void predictionsOverlappingNothingAreFalsePositivesButCoordinateLessGoldIsNeutral() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(DOVER, CALAIS, HARBOUR), List.of(
                new PredictedToponym(0, 5, 51.126, 1.313),
                new PredictedToponym(21, 25, 1.0, 1.0),    // inside "harbour", which has no coordinates
                new PredictedToponym(30, 35, 1.0, 1.0),    // overlaps nothing
                new PredictedToponym(1, 4, 51.126, 1.313))); // second hit on Dover: neither TP nor FP
        assertEquals(1, s.matched());
        assertEquals(1, s.falsePositives());
        assertEquals(2, s.ignored());
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.5, s.f1(), 1e-9);
        assertEquals(1.0, s.accuracyAt161Km(), 1e-9);
    }

    @Test
    void aMatchWithoutCoordinatesCountsForRecognitionButNotForAccuracy() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(DOVER, CALAIS), List.of(new PredictedToponym(0, 5, null, null),
                new PredictedToponym(10, 16, 50.95, 1.86)));
        assertEquals(2, s.matched());
        assertEquals(1, s.matchedWithoutCoordinates());
        assertEquals(0.5, s.accuracyAt161Km(), 1e-9);
        assertEquals(GeoScorer.distanceKm(50.95, 1.86, 50.952, 1.856), s.medianErrorKm(), 1e-9);
    }

    @Test
    void scoresAccumulateOverDocuments() {
        GeoScorer s = new GeoScorer();
        s.add(List.of(DOVER), List.of(new PredictedToponym(0, 5, 51.126, 1.313)));
        s.add(List.of(CALAIS), List.of());
        assertEquals(2, s.gold());
        assertEquals(1, s.matched());
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(1.0, s.precision(), 1e-9);
    }
}
