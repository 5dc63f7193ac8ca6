package org.dateline.store;

import org.dateline.model.Span;

/** One article's report of an event, with the sentence and trigger it rests on (spans into that article's text). */
public record EventReport(long documentId, String reportId, String cameo, String plover, String modality,
                          String claimedBy, String sourceName, String targetName, Span evidence, Span trigger,
                          double confidence, String outlet, String url, String path, String published) {
    public String urlOrPath() {
        return url != null ? url : path;
    }
}
