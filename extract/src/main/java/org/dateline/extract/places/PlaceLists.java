package org.dateline.extract.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names listed together are of one kind: "California or Washington" is two states, "Georgia and
 * Armenia" two countries. For each name of a list, the kind (state of one country, or country) that
 * all the other names of its list were resolved to.
 */
final class PlaceLists {
    /** What stands between two names of one list: a comma, "and", "or", "&". */
    private static final Pattern BETWEEN = Pattern.compile(",\\s*|,?\\s+(?:and|or|&)\\s+|\\s*/\\s*");
    /** Points for a meaning of the kind of the names listed beside it. */
    static final double SAME_KIND_POINTS = 4;

    private PlaceLists() {
    }

    /**
     * For each name (lookup key), the kind that every other name of a list it is in was resolved to by
     * {@code chosen} ("Washington" in "Oregon, California or Washington": ADM1 in US); a list with one name
     * of another kind ("Washington, New York and Boston") says nothing. Names in no such list are absent.
     */
    static Map<String, String> listKinds(List<ToponymCandidate> mentions, String text,
                                         Map<String, GazetteerEntry> chosen) {
        List<ToponymCandidate> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(ToponymCandidate::begin));
        Map<String, String> out = new HashMap<>();
        int first = 0;
        boolean conjunction = false;
        for (int i = 1; i <= ordered.size(); i++) {
            String between = i < ordered.size() ? between(ordered.get(i - 1), ordered.get(i), text) : null;
            if (between == null || !BETWEEN.matcher(between).matches()) {
                if (conjunction) { // commas alone make "Matias Romero, Oaxaca State, Mexico": a place and its qualifiers
                    addList(ordered.subList(first, i), chosen, out);
                }
                first = i;
                conjunction = false;
            } else {
                conjunction |= !between.strip().equals(",");
            }
        }
        return out;
    }

    private static String between(ToponymCandidate a, ToponymCandidate b, String text) {
        return a.end() <= b.begin() ? text.substring(a.end(), b.begin()) : null;
    }

    private static void addList(List<ToponymCandidate> list, Map<String, GazetteerEntry> chosen,
                                Map<String, String> out) {
        if (list.size() < 2) {
            return;
        }
        for (ToponymCandidate member : list) {
            String key = Gazetteer.key(member.text());
            String kind = null;
            boolean agree = true;
            for (ToponymCandidate other : list) {
                String otherKey = Gazetteer.key(other.text());
                if (otherKey.equals(key)) {
                    continue;
                }
                String k = kindIn(chosen.get(otherKey));
                agree &= k != null && (kind == null || kind.equals(k));
                kind = k;
            }
            if (agree && kind != null) {
                out.put(key, kind);
            }
        }
    }

    /** "ADM1 US" for a state of the United States, "PCL" for a country, null for other features. */
    static String kindIn(GazetteerEntry e) {
        if (e == null) {
            return null;
        }
        if (e.isFirstLevelDivision()) {
            return "ADM1 " + e.country();
        }
        return e.isCountry() ? "PCL" : null;
    }
}
