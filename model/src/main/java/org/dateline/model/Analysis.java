package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The analysis record of one document (contract v1, {@code spec/ANALYSIS.md}). Constructing one
 * checks that every span points at its own text, so an invalid record cannot be printed.
 */
public record Analysis(@JsonProperty("dateline") String version, DocumentInfo document, Article article,
                       List<Entity> entities, List<Place> places, List<TimeRef> times, List<Quote> quotes,
                       List<Event> events, List<String> warnings) {
    public static final String VERSION = "1";

    public Analysis {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities == null ? List.of() : entities);
        places = List.copyOf(places == null ? List.of() : places);
        times = List.copyOf(times == null ? List.of() : times);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        events = List.copyOf(events == null ? List.of() : events);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** Checks every span against the text and every id reference; throws naming the first problems found. */
    public Analysis validated() {
        List<String> problems = SpanCheck.problems(this);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid analysis of " + document.path() + ": "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
        return this;
    }
}
