package org.dateline.store;

import java.util.List;
import java.util.Map;

/**
 * What a store holds at a glance: rows per table, the span of publication and event dates, and the
 * most frequent outlets, speakers, event types (CAMEO roots) and actor codes with their counts.
 */
public record StoreStats(Map<String, Long> rows, String firstPublished, String lastPublished, String firstEvent,
                         String lastEvent, List<Count> outlets, List<Count> speakers, List<Count> cameoRoots,
                         List<Count> actors) {
    public StoreStats {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
        outlets = List.copyOf(outlets);
        speakers = List.copyOf(speakers);
        cameoRoots = List.copyOf(cameoRoots);
        actors = List.copyOf(actors);
    }

    /** A value and how often it occurs. */
    public record Count(String value, long count) {
    }
}
