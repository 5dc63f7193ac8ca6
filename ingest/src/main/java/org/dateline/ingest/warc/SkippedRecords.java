package org.dateline.ingest.warc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts the WARC records that hold no article, by kind, so that the skip is reported, not silent. */
final class SkippedRecords {
    private final Map<String, Integer> byKind = new LinkedHashMap<>();

    void add(String kind) {
        byKind.merge(kind, 1, Integer::sum);
    }

    boolean isEmpty() {
        return byKind.isEmpty();
    }

    String summary(int records) {
        int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
        return total + " of " + records + " records skipped, not HTML pages: " + byKind.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
