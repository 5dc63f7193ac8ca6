package org.dateline.eval.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * Toponym recognition and resolution scores on one geo gold file (see {@link GeoScorer} for the
 * rules), with the counts behind them and the articles that could not be processed.
 * {@code unusableGoldToponyms}: gold entries whose offsets fall outside their text, left out.
 * {@code goldDemonyms}: gold toponyms with coordinates that are demonyms ("Syrian"), which Dateline
 * never reports as places, so recall cannot exceed {@code 1 - goldDemonyms / goldToponyms}.
 */
public record GeoEvalResult(String goldFile, int articles, int goldToponyms, int unusableGoldToponyms,
                            int goldDemonyms, int predictedMentions, int matched,
                            int falsePositives, int ignoredPredictions, int matchedWithoutCoordinates,
                            double precision, double recall, double f1, double accuracyAt161Km,
                            double medianErrorKm, List<Failure> failures) {
    public GeoEvalResult {
        failures = List.copyOf(failures);
    }

    public record Failure(String article, String problem) {
    }

    static GeoEvalResult of(String goldFile, int articles, int unusable, int demonyms, GeoScorer s,
                            List<Failure> failures) {
        return new GeoEvalResult(goldFile, articles, s.gold(), unusable, demonyms, s.predicted(), s.matched(), s.falsePositives(),
                s.ignored(), s.matchedWithoutCoordinates(), s.precision(), s.recall(), s.f1(), s.accuracyAt161Km(),
                s.medianErrorKm(), failures);
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the geo evaluation result as JSON", e);
        }
    }

    /** One line for a terminal. */
    public String summary() {
        return String.format("%s articles=%d gold=%d predicted=%d matched=%d FP=%d P=%.4f R=%.4f F1=%.4f "
                        + "acc@161km=%.4f medianKm=%.1f demonymsInGold=%d failures=%d", goldFile, articles, goldToponyms,
                predictedMentions, matched, falsePositives, precision, recall, f1, accuracyAt161Km, medianErrorKm,
                goldDemonyms, failures.size());
    }
}
