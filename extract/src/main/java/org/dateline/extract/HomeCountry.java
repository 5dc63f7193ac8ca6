package org.dateline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Place;
import org.dateline.model.Span;

/**
 * The country a story is filed from, when the story is mostly about it. Wire style names a foreign
 * official's country ("U.S. Secretary of State ...") but not a local one's in a story filed from that
 * country: "NAIROBI -- President William Ruto" is Kenya's president, and "police" there are Kenya's.
 * A story filed from Nairobi about Sudan's war names Sudanese places more often than Kenyan ones and has
 * no home country, so its unqualified "the army" is not read as Kenya's.
 */
public final class HomeCountry {
    private HomeCountry() {
    }

    /**
     * The ISO alpha-2 country of the place named in the dateline, if the story's place mentions name that
     * country at least twice as often as any other (counted with the dateline's own mention); empty without a dateline place or when another country leads or ties.
     */
    public static Optional<String> of(List<Place> places, Span datelinePlace) {
        return of(places, datelinePlace, Map.of());
    }

    /**
     * As {@link #of(List, Span)}, counting also {@code actorMentions}: per alpha-2 country, the mentions of
     * the people and organisations the story codes as that country's ("the Pentagon", "the White House"),
     * which speak for a country as much as its places do.
     */
    public static Optional<String> of(List<Place> places, Span datelinePlace, Map<String, Integer> actorMentions) {
        if (datelinePlace == null) {
            return Optional.empty();
        }
        String home = null;
        Map<String, Integer> mentions = new HashMap<>(actorMentions);
        for (Place p : places) {
            if (p.country() == null) {
                continue;
            }
            for (Span m : p.mentions()) {
                mentions.merge(p.country(), 1, Integer::sum);
                if (m.begin() < datelinePlace.end() && datelinePlace.begin() < m.end()) {
                    home = p.country();
                }
            }
        }
        if (home == null) {
            return Optional.empty();
        }
        int own = mentions.get(home);
        String found = home;
        // "mostly": twice as often as any other country, so that a story filed from Yerevan about Armenia
        // and Azerbaijan alike does not make Azerbaijan's president Armenian
        boolean leads = mentions.entrySet().stream().noneMatch(e -> !e.getKey().equals(found) && 2 * e.getValue() > own);
        return leads ? Optional.of(home) : Optional.empty();
    }
}
