package org.dateline.extract.events;

import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.Span;

/**
 * An event ready for the analysis record, with the mentions of the place it happened at (its own
 * {@code in Doha} phrase, else the dateline's place name) for the places stage to turn into a place id.
 */
public record EventFinding(Event event, List<Span> placeMentions) {
    public EventFinding {
        placeMentions = List.copyOf(placeMentions);
    }
}
