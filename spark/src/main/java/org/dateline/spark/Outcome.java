package org.dateline.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one document became on an executor: its record as a JSON line with its event and quote
 * rows, or, when it failed, its id and the reason. Nothing is lost: every input gives one outcome.
 */
public record Outcome(String id, String path, String json, List<EventRow> events, List<QuoteRow> quotes,
                      String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Outcome failed(String id, String path, String error) {
        return new Outcome(id, path, null, List.of(), List.of(), error);
    }

    boolean ok() {
        return error == null;
    }
}
