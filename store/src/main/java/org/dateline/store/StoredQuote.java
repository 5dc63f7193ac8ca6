package org.dateline.store;

import java.util.List;
import org.dateline.model.Span;

/** A stored quote with its speaker's name, the outlets it came through, and the article it is in. */
public record StoredQuote(long documentId, String quoteId, String kind, Span content, Span cue, String speakerEntity,
                          String speakerName, List<String> reportedBy, String outlet, String title, String published,
                          String url, String path) {
    public StoredQuote {
        reportedBy = List.copyOf(reportedBy == null ? List.of() : reportedBy);
    }
}
