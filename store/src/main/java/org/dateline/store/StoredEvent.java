package org.dateline.store;

import java.util.List;

/**
 * One real-world event as reported by one or more articles: GDELT's event row. {@code numMentions}
 * counts reports, {@code numArticles} distinct articles, {@code numSources} distinct outlets.
 * {@code dateAdded} is when the first report was stored (ISO instant).
 */
public record StoredEvent(long id, String sourceCode, String sourceName, String targetCode, String targetName,
                          String cameo, String cameoRoot, String plover, Integer quadClass, Double goldstein,
                          String date, StoredPlace place, int numMentions, int numSources, int numArticles,
                          String dateAdded, List<EventReport> reports) {
    public StoredEvent {
        reports = List.copyOf(reports == null ? List.of() : reports);
    }

    /** The URL (else the path) of the first article that reported it: GDELT's SOURCEURL. */
    public String sourceUrl() {
        return reports.isEmpty() ? null : reports.get(0).urlOrPath();
    }
}
