package org.dateline.eval.time;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * Time scores per collection (TimeBank, AQUAINT, ...) for our resolver and for plain SUTime, side by
 * side, plus the documents that could not be evaluated. {@code cases} lists our disagreements with
 * gold, for reading, not for the JSON.
 */
public record TimeEvalResult(List<CollectionResult> collections, List<Failure> failures,
                             @JsonIgnore List<ErrorCase> cases) {
    public TimeEvalResult {
        collections = List.copyOf(collections);
        failures = List.copyOf(failures);
        cases = List.copyOf(cases);
    }

    public record CollectionResult(String name, int documents, SystemScores ours, SystemScores sutime) {
    }

    /** The metrics of one system, flattened for JSON. */
    public record SystemScores(int gold, int predicted, int spanMatches, int valueMatches,
                               double spanPrecision, double spanRecall, double spanF1,
                               double valueAccuracy, double valueF1) {
        public static SystemScores of(TimeScores s) {
            return new SystemScores(s.gold(), s.predicted(), s.spanMatches(), s.valueMatches(),
                    round(s.spanPrecision()), round(s.spanRecall()), round(s.spanF1()),
                    round(s.valueAccuracy()), round(s.valueF1()));
        }

        private static double round(double d) {
            return Math.round(d * 10000) / 10000.0;
        }
    }

    public record Failure(String document, String problem) {
    }

    /** One disagreement of ours with gold: kind is "missed", "spurious" or "value". */
    public record ErrorCase(String document, String kind, String goldText, String goldValue,
                            String predictedText, String predictedValue, String context) {
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the time evaluation result as JSON", e);
        }
    }

    /** One line per collection and system, for a terminal. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (CollectionResult c : collections) {
            line(sb, c.name(), c.documents(), "ours", c.ours());
            line(sb, c.name(), c.documents(), "sutime", c.sutime());
        }
        if (!failures.isEmpty()) {
            sb.append(failures.size()).append(" documents failed\n");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String collection, int docs, String system, SystemScores s) {
        sb.append(String.format("%-10s docs=%3d %-6s gold=%4d pred=%4d spanP=%.3f spanR=%.3f spanF1=%.3f valueAcc=%.3f valueF1=%.3f%n",
                collection, docs, system, s.gold(), s.predicted(), s.spanPrecision(), s.spanRecall(), s.spanF1(),
                s.valueAccuracy(), s.valueF1()));
    }
}
