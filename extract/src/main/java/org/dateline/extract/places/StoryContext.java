package org.dateline.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The geographic evidence of one story: which countries and first-level divisions it is about,
 * gathered from the dateline, the demonyms and every other place name. Each piece of evidence
 * remembers the name it came from, so a name is never its own evidence ("Georgia" does not vote for
 * Georgia).
 */
final class StoryContext {
    private static final Pattern QUALIFIER = Pattern.compile("\\G,\\s*(\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2})");

    /** A vote: the name it came from (lookup key), the country and division it points at, its weight. */
    record Vote(String from, String country, String division, double weight) {
    }

    private final Gazetteer gazetteer;
    private final List<Vote> votes = new ArrayList<>();

    StoryContext(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void add(String from, String country, String division, double weight) {
        votes.add(new Vote(from, country, division, weight));
    }

    /**
     * Votes of each name by its best guess without context: full weight when the name's likely
     * features agree on a country, a little when they do not.
     */
    void addNames(Map<String, List<GazetteerEntry>> candidatesByKey) {
        candidatesByKey.forEach((key, entries) -> {
            if (entries.isEmpty()) {
                return;
            }
            GazetteerEntry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            double otherCountryScore = Double.NEGATIVE_INFINITY;
            for (GazetteerEntry e : entries) {
                double p = PlaceScorer.prior(e);
                if (p > bestScore) {
                    if (best != null && !best.country().equals(e.country())) {
                        otherCountryScore = Math.max(otherCountryScore, bestScore);
                    }
                    best = e;
                    bestScore = p;
                } else if (!e.country().equals(best.country())) {
                    otherCountryScore = Math.max(otherCountryScore, p);
                }
            }
            double weight = bestScore - otherCountryScore >= 1.5 ? 1.0 : 0.3;
            add(key, best.country(), division(best), weight);
        });
    }

    /** Bonus points for {@code e} as the meaning of the name {@code key}, from everyone else's votes. */
    double bonus(GazetteerEntry e, String key) {
        double country = 0;
        double neighbour = 0;
        double division = 0;
        String ownDivision = division(e);
        for (Vote v : votes) {
            if (v.from().equals(key) || v.country().isEmpty()) {
                continue;
            }
            if (v.country().equals(e.country())) {
                country += v.weight();
                if (ownDivision != null && ownDivision.equals(v.division()) && !e.isCountry()) {
                    division += v.weight();
                }
            } else if (gazetteer.neighbours(e.country()).contains(v.country())) {
                neighbour += v.weight();
            }
        }
        double bonus = 0;
        if (country > 0) {
            bonus += 3 + 0.5 * Math.min(country, 3);
        } else if (neighbour > 0) {
            bonus += 1;
        }
        if (division > 0) {
            bonus += 1.5 + 0.5 * Math.min(division, 3);
        }
        return bonus;
    }

    /**
     * A big bonus when the name is followed by its own division or country, as in "Paris, Texas" or
     * "Alexandria, Egypt".
     */
    double qualifierBonus(GazetteerEntry e, String text, int end) {
        Matcher m = QUALIFIER.matcher(text);
        if (!m.find(end) || m.start() != end) {
            return 0;
        }
        String qualifier = m.group(1);
        for (int cut = qualifier.length(); cut > 0; cut = qualifier.lastIndexOf(' ', cut - 1)) {
            for (GazetteerEntry q : gazetteer.lookup(qualifier.substring(0, cut))) {
                if (q.country().equals(e.country()) && (q.isCountry()
                        || q.isFirstLevelDivision() && q.admin1().equals(e.admin1()) && !e.isFirstLevelDivision())) {
                    return 6;
                }
            }
        }
        return 0;
    }

    /** "US.GA" for anything inside Georgia (US), the division itself included; null for countries. */
    static String division(GazetteerEntry e) {
        return e.isCountry() || e.admin1().isEmpty() || e.country().isEmpty() ? null : e.country() + "." + e.admin1();
    }
}
