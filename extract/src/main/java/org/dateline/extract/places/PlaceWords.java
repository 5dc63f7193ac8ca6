package org.dateline.extract.places;

import java.util.Set;

/**
 * Words that are part of place names but name no place alone ("North", "Lane", "County"): the NER's
 * bare "the North" is no toponym, and "Zqxbrook Lane" is not a place called Lane.
 */
final class PlaceWords {
    private static final Set<String> GENERIC = Set.of("Lane", "Road", "Street", "St.", "Avenue", "Ave.",
            "Drive", "Boulevard", "Way", "Court", "Place", "Square", "Highway", "Bridge", "County", "City", "Town",
            "Township", "Parish", "District", "River", "Lake", "Creek", "Park", "Hill", "Hills", "Valley", "Mountain",
            "Center", "Centre", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
            "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern",
            "Southwestern", "Area", "Region", "Province", "Metro", "Downtown",
            "Central", "Upper", "Lower", "Greater", "New", "Old", "Port", "Fort", "Mount", "Saint", "San", "Santa",
            "Islamic", "Republic", "State", "Union", "United", "Island", "Islands", "Bay", "Beach", "Springs",
            // buildings and institutions: "Convention Centre" is not in Centre, Cameroon
            "Hall", "Hospital", "Memorial", "Bank", "Tower", "Wing", "House", "Church", "Chapel",
            "Castle", "Academy", "School", "College", "University", "Library", "Museum", "Stadium", "Airport",
            "Station", "Hotel", "Mall", "Market", "Trust", "Village", "Gardens", "Garden");

    private PlaceWords() {
    }

    /** Whether {@code word} is one of these words, however capitalized ("SOUTH" in a headline too). */
    static boolean isGeneric(String word) {
        if (word.isEmpty() || GENERIC.contains(word)) {
            return !word.isEmpty();
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return GENERIC.contains(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
}
