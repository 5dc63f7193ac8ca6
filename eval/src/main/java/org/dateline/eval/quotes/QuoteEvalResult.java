package org.dateline.eval.quotes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/** One system's quote scores over a gold folder, with the per-text counts and the texts it failed on. */
public record QuoteEvalResult(String system, int texts, QuoteCounts counts, QuoteCounts.Prf content,
                              QuoteCounts.Prf attribution, List<TextResult> perText, List<Failure> failures) {
    public QuoteEvalResult {
        perText = List.copyOf(perText);
        failures = List.copyOf(failures);
    }

    public record TextResult(String name, QuoteCounts counts) {
    }

    public record Failure(String name, String problem) {
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the quote evaluation result as JSON", e);
        }
    }

    public String summary() {
        return String.format("%s texts=%d predicted=%d gold=%d matched=%d | content P=%.3f R=%.3f F1=%.3f"
                        + " | attribution P=%.3f R=%.3f F1=%.3f | failures=%d",
                system, texts, counts.predicted(), counts.gold(), counts.matched(),
                content.precision(), content.recall(), content.f1(),
                attribution.precision(), attribution.recall(), attribution.f1(), failures.size());
    }
}
