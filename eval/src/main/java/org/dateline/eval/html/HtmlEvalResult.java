package org.dateline.eval.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/** The scores of every extractor on the HTML benchmark, side by side. */
public record HtmlEvalResult(int pages, List<SystemResult> systems) {
    public HtmlEvalResult {
        systems = List.copyOf(systems);
    }

    /** One extractor's averages, its per-page scores, and the pages it could not read. */
    public record SystemResult(String name, double precision, double recall, double f1,
                               List<PageResult> perPage, List<Failure> failures) {
        public SystemResult {
            perPage = List.copyOf(perPage);
            failures = List.copyOf(failures);
        }
    }

    public record PageResult(String id, double precision, double recall) {
    }

    public record Failure(String id, String problem) {
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the HTML evaluation result as JSON", e);
        }
    }

    /** One line per extractor, for a terminal. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (SystemResult s : systems) {
            sb.append(String.format("%-12s pages=%d precision=%.4f recall=%.4f F1=%.4f failures=%d%n",
                    s.name(), pages, s.precision(), s.recall(), s.f1(), s.failures().size()));
        }
        return sb.toString();
    }
}
