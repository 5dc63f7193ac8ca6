package org.dateline.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The geo score of the data README: gold toponyms are those with coordinates; a predicted mention
 * matches a gold toponym when the spans overlap (one-to-one, largest overlap first); a prediction
 * overlapping no gold toponym at all (with or without coordinates) is a false positive, one that
 * overlaps only coordinate-less or already matched toponyms counts neither way. Distances are
 * great-circle km between the gold point and the predicted place's point; a match whose place has no
 * coordinates counts as beyond 161 km and has no distance for the median.
 * Accumulates over documents; not thread-safe.
 */
public final class GeoScorer {
    public static final double ACCURACY_KM = 161;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private int gold;
    private int predicted;
    private int matched;
    private int falsePositives;
    private int ignored;
    private int matchedWithoutCoordinates;
    private final List<Double> errorsKm = new ArrayList<>();

    /** Scores one document. */
    public void add(List<GoldToponym> goldToponyms, List<PredictedToponym> predictions) {
        List<GoldToponym> withCoordinates = goldToponyms.stream().filter(GoldToponym::hasCoordinates).toList();
        gold += withCoordinates.size();
        predicted += predictions.size();
        List<int[]> pairs = new ArrayList<>();
        for (int p = 0; p < predictions.size(); p++) {
            for (int g = 0; g < withCoordinates.size(); g++) {
                int overlap = overlap(predictions.get(p), withCoordinates.get(g));
                if (overlap > 0) {
                    pairs.add(new int[] {overlap, p, g});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
                : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
        boolean[] predictionUsed = new boolean[predictions.size()];
        boolean[] goldUsed = new boolean[withCoordinates.size()];
        for (int[] pair : pairs) {
            if (predictionUsed[pair[1]] || goldUsed[pair[2]]) {
                continue;
            }
            predictionUsed[pair[1]] = true;
            goldUsed[pair[2]] = true;
            matched++;
            PredictedToponym p = predictions.get(pair[1]);
            GoldToponym g = withCoordinates.get(pair[2]);
            if (p.hasCoordinates()) {
                errorsKm.add(distanceKm(p.lat(), p.lon(), g.lat(), g.lon()));
            } else {
                matchedWithoutCoordinates++;
            }
        }
        for (int p = 0; p < predictions.size(); p++) {
            if (predictionUsed[p]) {
                continue;
            }
            boolean overlapsAny = false;
            for (GoldToponym g : goldToponyms) {
                overlapsAny |= overlap(predictions.get(p), g) > 0;
            }
            if (overlapsAny) {
                ignored++;
            } else {
                falsePositives++;
            }
        }
    }

    private static int overlap(PredictedToponym p, GoldToponym g) {
        return Math.max(0, Math.min(p.end(), g.end()) - Math.max(p.begin(), g.begin()));
    }

    /** Great-circle distance (haversine, mean Earth radius) in km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public int matched() {
        return matched;
    }

    public int falsePositives() {
        return falsePositives;
    }

    /** Predictions overlapping only coordinate-less or already matched gold toponyms. */
    public int ignored() {
        return ignored;
    }

    public int matchedWithoutCoordinates() {
        return matchedWithoutCoordinates;
    }

    public double precision() {
        return matched + falsePositives == 0 ? 0 : (double) matched / (matched + falsePositives);
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matches within 161 km of the gold point (matches without coordinates count as misses). */
    public double accuracyAt161Km() {
        if (matched == 0) {
            return 0;
        }
        return errorsKm.stream().filter(d -> d <= ACCURACY_KM).count() / (double) matched;
    }

    /** Median error in km over matches with coordinates; NaN when there are none. */
    public double medianErrorKm() {
        if (errorsKm.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(errorsKm);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
