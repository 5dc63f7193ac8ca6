package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.extract.events.EventFinding;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.Span;

/**
 * Gives each event the id of the place it happened at: the geocoded place one of whose mentions is the
 * event's own place phrase ("in Doha"), else, for the dateline's place name (which the NLP stage does not
 * see), the place of the same name mentioned elsewhere in the article.
 */
final class EventPlaces {
    private EventPlaces() {
    }

    static List<Event> assign(List<EventFinding> findings, List<Place> places) {
        List<Event> out = new ArrayList<>();
        for (EventFinding f : findings) {
            Event e = f.event();
            String place = null;
            for (Span mention : f.placeMentions()) {
                Optional<Place> p = byMention(places, mention).or(() -> byName(places, mention.text()));
                if (p.isPresent()) {
                    place = p.get().id();
                    break;
                }
            }
            out.add(place == null ? e : new Event(e.id(), e.cameo(), e.plover(), e.quadClass(), e.goldstein(),
                    e.source(), e.target(), e.date(), place, e.modality(), e.claimedBy(), e.evidence(), e.trigger(),
                    e.confidence()));
        }
        return out;
    }

    private static Optional<Place> byMention(List<Place> places, Span mention) {
        return places.stream().filter(p -> p.mentions().stream().anyMatch(m -> m.overlaps(mention))).findFirst();
    }

    private static Optional<Place> byName(List<Place> places, String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return places.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(key)
                || p.mentions().stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).equals(key))).findFirst();
    }
}
