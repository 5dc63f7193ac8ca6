package org.dateline.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /** Points per unit of support from other names that may lie in the same first-level division. */
    private static final double SHARED_DIVISION_POINTS = 1.0;
    private static final double MOST_SHARED_DIVISION_SUPPORT = 2.0;

    private final Gazetteer gazetteer;
    private final List<Vote> votes = new ArrayList<>();
    /** For each name, the divisions its candidates lie in, with the name's weight (less for names found everywhere). */
    private final Map<String, Map<String, Double>> divisionsByName = new HashMap<>();
    /** The same for second-level divisions (counties): "Huntsville" and "Walker County" meet in Walker County, Texas. */
    private final Map<String, Map<String, Double>> countiesByName = new HashMap<>();
    private static final double SHARED_COUNTY_POINTS = 3.0;
    private static final double MOST_SHARED_POINTS = 4.0;

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

    /**
     * Remembers in which divisions each name may lie, so that names agree on a state none of them is
     * sure of: "Paris" and "Henry County" both have a meaning in Tennessee. A name with meanings in n
     * divisions lends each of them 1/sqrt(n).
     */
    void addCandidateDivisions(Map<String, List<GazetteerEntry>> candidatesByKey) {
        candidatesByKey.forEach((key, entries) -> {
            if (entries.stream().anyMatch(StoryContext::isWellKnown)) {
                return; // "China" is China: a namesake town in the story's state must not win, nor vote
            }
            divisionsByName.put(key, spread(entries, StoryContext::division));
            // two names meeting in one county is rarely chance, however many counties each has
            Map<String, Double> counties = new HashMap<>();
            spread(entries, StoryContext::county).keySet().forEach(c -> counties.put(c, 1.0));
            countiesByName.put(key, counties);
        });
    }

    /** Each area the entries lie in, weighted 1/sqrt(number of areas). */
    private static Map<String, Double> spread(List<GazetteerEntry> entries,
                                              Function<GazetteerEntry, String> area) {
        Set<String> areas = new HashSet<>();
        for (GazetteerEntry e : entries) {
            String a = area.apply(e);
            if (a != null) {
                areas.add(a);
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (String a : areas) {
            weights.put(a, 1 / Math.sqrt(areas.size()));
        }
        return weights;
    }

    /** Points for {@code e} from the other names that may lie in its division. */
    double sharedDivisionBonus(GazetteerEntry e, String key) {
        String own = division(e);
        if (own == null || e.isFirstLevelDivision() || !divisionsByName.containsKey(key)) {
            return 0;
        }
        double bonus = SHARED_DIVISION_POINTS * Math.min(support(divisionsByName, own, key), MOST_SHARED_DIVISION_SUPPORT);
        String county = county(e);
        if (county != null) {
            bonus += SHARED_COUNTY_POINTS * Math.min(support(countiesByName, county, key), 1);
        }
        return Math.min(bonus, MOST_SHARED_POINTS); // never enough to make a town of a state's or country's name

    }

    private static double support(Map<String, Map<String, Double>> areasByName, String area, String key) {
        double support = 0;
        for (Map.Entry<String, Map<String, Double>> other : areasByName.entrySet()) {
            if (!other.getKey().equals(key)) {
                support += other.getValue().getOrDefault(area, 0.0);
            }
        }
        return support;
    }

    /** "US.TN.079" for Henry County, Tennessee and every place in it; null without a second-level code. */
    static String county(GazetteerEntry e) {
        String d = division(e);
        return d == null || e.admin2().isEmpty() || e.isFirstLevelDivision() ? null : d + "." + e.admin2();
    }

    /**
     * Whether anything but the name {@code key} speaks for the country {@code country}; longer names
     * holding it ("West Palestine Avenue") are the same name again.
     */
    boolean supports(String country, String key) {
        return countrySupport(country, key) > 0;
    }

    /** How much everything but the name {@code key} (and longer names holding it) speaks for {@code country}. */
    double countrySupport(String country, String key) {
        return votes.stream().filter(v -> !v.from().contains(key) && v.country().equals(country))
                .mapToDouble(Vote::weight).sum();
    }

    /** Bonus points for {@code e} as the meaning of the name {@code key}, from everyone else's votes. */
    double bonus(GazetteerEntry e, String key) {
        double country = 0;
        double neighbour = 0;
        double division = 0;
        String ownDivision = division(e);
        for (Vote v : votes) {
            if (sameName(v.from(), key) || v.country().isEmpty()) {
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
     * Whether a vote from {@code from} is the name {@code key} again: the name itself, or a longer name
     * holding it word for word ("Dublin Community Center" must not make Dublin Irish by naming Dublin).
     */
    private static boolean sameName(String from, String key) {
        return from.equals(key) || (" " + from + " ").contains(" " + key + " ");
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

    private static boolean isWellKnown(GazetteerEntry e) {
        return e.isCountry() || e.isContinent() || e.isCapital() || PlaceScorer.isNamedRegion(e);
    }

    /** "US.GA" for anything inside Georgia (US), the division itself included; null for countries. */
    static String division(GazetteerEntry e) {
        return e.isCountry() || e.admin1().isEmpty() || e.country().isEmpty() ? null : e.country() + "." + e.admin1();
    }
}
